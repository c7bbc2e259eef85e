"""Records -> output: rich tables, JSON, JSON Lines, CSV/TSV. Nothing here analyses.

The JSON documents are a public interface: each carries `schema` with a version
(`feudcli.entities/1`, ...). Fields are only ever added within a version.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import asdict
from typing import IO, TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .records import Actor, Claim, Document, Event, Paragraph

if TYPE_CHECKING:
    from .analysis import Analysis

SCHEMA_VERSION = 1

# Characters that would act on a terminal rather than show: C0/C1 controls (ESC
# starts ANSI sequences) and bidirectional overrides.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Text for a terminal cell: control characters shown as \\xNN escapes, line ends as spaces."""
    value = value.replace("\r\n", " ").replace("\n", " ")
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# ---------------------------------------------------------------- records as dicts


def document_dict(d: Document) -> dict:
    return {
        "id": d.id,
        "path": d.path,
        "status": d.status,
        "error": d.error,
        "encoding": d.encoding,
        "date": d.date,
        "date_source": d.date_source,
        "paragraphs": len(d.paragraphs),
        "characters": len(d.text),
    }


def actor_dict(a: Actor) -> dict:
    return {
        "name": a.name,
        "label": a.label,
        "aliases": a.aliases,
        "roles": a.roles,
        "count": a.count,
        "docs": a.documents,
        "count_by_doc": a.counts_by_document(),
        "mentions": [
            {
                "doc": m.doc,
                "paragraph": m.paragraph,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "label": m.label,
                "role": m.role,
            }
            for m in a.mentions
        ],
    }


def event_dict(e: Event) -> dict:
    return asdict(e)


def claim_dict(c: Claim) -> dict:
    return asdict(c)


PAYLOADS = {
    "entities": ("entities", lambda a: a.actors, actor_dict),
    "timeline": ("events", lambda a: a.events, event_dict),
    "claims": ("claims", lambda a: a.claims, claim_dict),
}


def payload(command: str, analysis: Analysis, records: list) -> dict:
    """The JSON document; its lists are made record by record as they are written."""
    key, _, to_dict = PAYLOADS[command]
    return {
        "schema": f"feudcli.{command}/{SCHEMA_VERSION}",
        "model": analysis.model,
        "documents": map(document_dict, analysis.documents),
        key: map(to_dict, records),
    }


# ---------------------------------------------------------------- writers


def write(
    command: str, fmt: str, analysis: Analysis, records: list, out: IO[str], console: Console, view: str | None = None
) -> None:
    """Write records in a format; `view` picks the table ("mentions": one actor's mentions)."""
    if fmt == "json":
        write_json(payload(command, analysis, records), out)
    elif fmt == "jsonl":
        write_jsonl(command, records, out)
    elif fmt in ("csv", "tsv"):
        write_csv(command, records, out, delimiter="," if fmt == "csv" else "\t")
    else:
        console.print(TABLES[view or command](analysis, records))


def write_json(document: dict, out: IO[str]) -> None:
    """A JSON document with each key and each list item on a line of its own, items
    compact (like sqlite-utils): readable, written by json's fast encoder, and one
    item at a time (`document`'s lists may be iterators)."""
    out.write("{")
    for i, (key, value) in enumerate(document.items()):
        out.write(("," if i else "") + "\n  " + json.dumps(key) + ": ")
        if isinstance(value, (str, dict)) or not isinstance(value, Iterable):
            out.write(json.dumps(value, ensure_ascii=False))
            continue
        separator = "[\n    "
        for item in value:
            out.write(separator + json.dumps(item, ensure_ascii=False))
            separator = ",\n    "
        out.write("[]" if separator.startswith("[") else "\n  ]")
    out.write("\n}\n")


def write_jsonl(command: str, records: Iterable, out: IO[str]) -> None:
    _, _, to_dict = PAYLOADS[command]
    for r in records:
        out.write(json.dumps(to_dict(r), ensure_ascii=False) + "\n")


CSV_COLUMNS = {
    "entities": [
        "name",
        "label",
        "count",
        "docs",
        "aliases",
        "roles",
        "first_doc",
        "first_paragraph",
        "first_start",
        "first_end",
        "first_text",
    ],
    "timeline": [
        "date",
        "value",
        "date_text",
        "type",
        "mod",
        "granularity",
        "anchor",
        "anchor_value",
        "doc",
        "paragraph",
        "start",
        "end",
        "actors",
        "sentence",
    ],
    "claims": [
        "speaker",
        "cue",
        "target",
        "quote",
        "content",
        "sourcing",
        "disputed",
        "polarity",
        "doc",
        "paragraph",
        "start",
        "end",
        "sentence",
        "group",
        "group_docs",
    ],
}


def csv_rows(command: str, records: Iterable) -> Iterable[dict]:
    for r in records:
        if command == "entities":
            first = r.mentions[0]
            yield {
                "name": r.name,
                "label": r.label,
                "count": r.count,
                "docs": len(r.documents),
                "aliases": "; ".join(r.aliases),
                "roles": "; ".join(r.roles),
                "first_doc": first.doc,
                "first_paragraph": first.paragraph,
                "first_start": first.start,
                "first_end": first.end,
                "first_text": first.text,
            }
        else:
            row = asdict(r)
            if command == "timeline":
                row["actors"] = "; ".join(r.actors)
            yield {k: row[k] for k in CSV_COLUMNS[command]}


def write_csv(command: str, records: list, out: IO[str], delimiter: str = ",") -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS[command], delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    for row in csv_rows(command, records):
        writer.writerow({k: safe_cell(v) for k, v in row.items()})


# ---------------------------------------------------------------- tables


def _paragraph(analysis: Analysis, doc: str, number: int) -> Paragraph | None:
    for d in analysis.documents:
        if d.id == doc and 0 < number <= len(d.paragraphs):
            return d.paragraphs[number - 1]
    return None


def _excerpt(text: str, start: int, end: int, width: int = 90) -> Text:
    """The text around [start, end), the span in bold, cut to about `width` characters."""
    left = max(0, start - (width - (end - start)) // 2)
    right = min(len(text), max(end, left + width))
    out = Text("…" if left else "")
    out.append(safe_text(text[left:start]))
    out.append(safe_text(text[start:end]), style="bold")
    out.append(safe_text(text[end:right]))
    if right < len(text):
        out.append("…")
    return out


def _source(doc: str, paragraph: int) -> Text:
    return Text(f"{safe_text(doc)} ¶{paragraph}")


def _where(actor: Actor, most: int = 10) -> Text:
    """Per document: mention count and the paragraphs, e.g. "a.txt ×4 ¶2 5 9"."""
    lines = []
    for doc in actor.documents:
        numbers = sorted({m.paragraph for m in actor.mentions if m.doc == doc})
        shown = " ".join(str(n) for n in numbers[:most]) + (" …" if len(numbers) > most else "")
        lines.append(f"{safe_text(doc)} ×{actor.counts_by_document()[doc]} ¶{shown}")
    return Text("\n".join(lines))


def entities_table(analysis: Analysis, actors: list[Actor]) -> Table:
    table = Table(title=f"Actors ({len(actors)})", show_lines=False, expand=False)
    for name, kw in (
        ("Actor", {"style": "bold"}),
        ("Type", {}),
        ("Mentions", {"justify": "right"}),
        ("Aliases", {}),
        ("Roles", {}),
        ("Where (document ×mentions ¶paragraphs)", {}),
        ("First seen", {}),
    ):
        table.add_column(name, **kw)
    for a in actors:
        first = a.mentions[0]
        para = _paragraph(analysis, first.doc, first.paragraph)
        excerpt = _excerpt(para.text, first.start - para.start, first.end - para.start, 60) if para else Text("")
        table.add_row(
            Text(safe_text(a.name)),
            a.label,
            str(a.count),
            Text(safe_text(", ".join(a.aliases))),
            Text(safe_text(", ".join(a.roles))),
            _where(a),
            excerpt,
        )
    return table


def mentions_table(analysis: Analysis, actors: list[Actor]) -> Table:
    actor = actors[0]
    title = f"{safe_text(actor.name)} ({actor.label}): {actor.count} mentions in {len(actor.documents)} document(s)"
    table = Table(title=title)
    table.add_column("Source")
    table.add_column("Offsets", justify="right")
    table.add_column("As written")
    table.add_column("Role")
    table.add_column("Paragraph")
    for m in actor.mentions:
        para = _paragraph(analysis, m.doc, m.paragraph)
        text = _excerpt(para.text, m.start - para.start, m.end - para.start, 110) if para else Text("")
        table.add_row(
            _source(m.doc, m.paragraph),
            f"{m.start}–{m.end}",
            Text(safe_text(m.text)),
            Text(safe_text(m.role or "")),
            text,
        )
    return table


def _date_cell(e: Event) -> Text:
    value = e.date or e.value or "—"
    if e.mod:
        value += f" ({e.mod.lower()})"
    return Text(safe_text(value), style="bold" if e.date else "dim")


def timeline_table(analysis: Analysis, events: list[Event]) -> Table:
    dated = sum(1 for e in events if e.date)
    table = Table(title=f"Timeline ({dated} dated, {len(events) - dated} undated or vague)")
    table.add_column("Date", no_wrap=True)
    table.add_column("Expression")
    table.add_column("Event")
    table.add_column("Actors")
    table.add_column("Source", no_wrap=True)
    for e in events:
        sentence = _excerpt(e.sentence, e.start - e.sentence_start, e.end - e.sentence_start, 220)
        table.add_row(
            _date_cell(e),
            Text(safe_text(e.date_text)),
            sentence,
            Text(safe_text(", ".join(e.actors))),
            _source(e.doc, e.paragraph),
        )
    return table


_POLARITY_STYLE = {"attack": "red", "praise": "green", "neutral": ""}


def claims_table(analysis: Analysis, claims: list[Claim]) -> Table:
    table = Table(title=f"Claims ({len(claims)})")
    table.add_column("Speaker", style="bold")
    table.add_column("Cue")
    table.add_column("Target")
    table.add_column("Said")
    table.add_column("Sourcing")
    table.add_column("Source", no_wrap=True)
    for c in claims:
        said = Text(f"“{safe_text(c.quote)}”") if c.quote else Text(safe_text(c.content or ""))
        sourcing = c.sourcing + (", disputed" if c.disputed else "")
        if c.group_docs > 1:
            sourcing += f", in {c.group_docs} articles"
        table.add_row(
            Text(safe_text(c.speaker or "—")),
            Text(c.cue, style=_POLARITY_STYLE.get(c.polarity, "")),
            Text(safe_text(c.target or "")),
            said,
            sourcing,
            _source(c.doc, c.paragraph),
        )
    return table


TABLES = {"entities": entities_table, "mentions": mentions_table, "timeline": timeline_table, "claims": claims_table}


def to_string(command: str, fmt: str, analysis: Analysis, records: list) -> str:
    """Render to a string (for the Python API and tests)."""
    buffer = io.StringIO()
    write(command, fmt, analysis, records, buffer, Console(file=buffer, width=160, color_system=None))
    return buffer.getvalue()

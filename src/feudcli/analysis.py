"""The pipeline, wired: files -> documents/paragraphs -> spaCy Docs -> actors, events, claims.

`analyze()` is also the Python API (`from feudcli import analyze`): it returns the
same records the CLI renders.
"""

from __future__ import annotations

import bisect
import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import actors as actors_mod
from . import cache, loading, nlp, paragraphs, timeline
from . import claims as claims_mod
from .records import Actor, Claim, Document, Event, Paragraph, Span
from .timex import find_document_date

if TYPE_CHECKING:
    from rich.progress import Progress
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

PARSED_KINDS = ("title", "heading", "body")
COMMANDS = ("entities", "timeline", "claims")
# Below this many paragraphs per process, starting parser processes costs more than it saves.
PARALLEL_MIN = 400
STORE_BATCH = 256


@dataclass
class Analysis:
    documents: list[Document]
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    model: str = ""


def read_dates(path: Path) -> dict[str, date]:
    """A CSV of `doc,date` rows (doc = file name or document id; a header row is allowed)."""
    dates: dict[str, date] = {}
    with path.open(newline="", encoding="utf-8-sig") as f:
        for n, row in enumerate(csv.reader(f), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < 2:
                raise ValueError(f"line {n}: expected doc,date")
            try:
                dates[row[0].strip()] = date.fromisoformat(row[1].strip())
            except ValueError:
                if n == 1:
                    continue  # a header
                raise ValueError(f"line {n}: {row[1].strip()!r} is not a YYYY-MM-DD date") from None
    return dates


def load_documents(
    paths: list[str],
    *,
    encoding: str | None = None,
    max_bytes: int | None = None,
    dates: dict[str, date] | None = None,
    reference_date: date | None = None,
) -> list[Document]:
    """Read every source; split the readable ones into paragraphs and give each a date."""
    documents = []
    for source in loading.discover(paths):
        document = loading.read(source, encoding=encoding, max_bytes=max_bytes)
        if document.status == "analysed":
            document.paragraphs = paragraphs.split(document.id, document.text)
            _assign_date(document, dates or {}, reference_date)
        documents.append(document)
    return documents


def _assign_date(document: Document, dates: dict[str, date], reference_date: date | None) -> None:
    """The document's date: the mapping file, then a date line in the article, then --reference-date."""
    name = Path(document.id).name
    mapped = dates.get(document.id) or dates.get(name)
    head = "\n".join(p.text for p in document.paragraphs[:4] if p.kind in ("dateline", "title", "byline"))
    found = find_document_date(head) if head else None
    for value, source in ((mapped, "mapping"), (found, "dateline"), (reference_date, "reference")):
        if value is not None:
            document.date, document.date_source = value.isoformat(), source
            return


@dataclass
class _Job:
    """One readable paragraph to analyse and where its parse is stored."""

    document: Document
    paragraph: Paragraph
    key: str


def _jobs(documents: list[Document], model_key: str) -> list[_Job]:
    return [
        _Job(d, p, cache.key(model_key, p.text))
        for d in documents
        if d.status == "analysed"
        for p in d.paragraphs
        if p.kind in PARSED_KINDS
    ]


def _parse_missing(language: Language, store: cache.ParseStore, jobs: list[_Job], n_process: int,
                   progress: Progress) -> None:
    """Parse every paragraph the store lacks (identical texts once) and store it in batches."""
    known = store.known(j.key for j in jobs)
    todo: dict[str, str] = {}
    for j in jobs:
        if j.key not in known and j.key not in todo:
            todo[j.key] = j.paragraph.text
    if not todo:
        return
    n_process = n_process if len(todo) >= PARALLEL_MIN * n_process else 1
    task = progress.add_task("parsing", total=len(todo))
    batch: list[tuple[str, Doc, dict]] = []
    model = nlp.model_id(language)
    for k, doc in zip(todo, nlp.parse(language, todo.values(), n_process=n_process)):
        batch.append((k, doc, _first_pass(doc)))
        if len(batch) == STORE_BATCH:
            store.put(model, batch)
            progress.advance(task, len(batch))
            batch = []
    store.put(model, batch)
    progress.advance(task, len(batch))


def _first_pass(doc: Doc) -> dict:
    """What the first actor pass needs from a paragraph, kept beside its parse so a
    cached run never reloads the Doc for it: the mentions (offsets into the
    paragraph) and the words it uses in lower case."""
    whole = Paragraph(doc="", number=0, start=0, end=len(doc.text), text=doc.text, kind="body")
    return {
        "mentions": [asdict(m) for m in actors_mod.doc_mentions(doc, whole)],
        "lower": sorted({t.lower_ for t in doc if t.is_lower and t.is_alpha}),
    }


def _placed(raw: dict, para: Paragraph) -> actors_mod.RawMention:
    start, end = raw["start"], raw["end"]
    return actors_mod.RawMention(**{**raw, "doc": para.doc, "paragraph": para.number, "kind": para.kind,
                                    "start": para.start + start, "end": para.start + end,
                                    "text": para.text[start:end]})


class _Docs:
    """Stored parses with the corpus's second entity pass applied."""

    def __init__(self, language: Language, store: cache.ParseStore, matcher: Matcher | None):
        self.language, self.store, self.matcher = language, store, matcher

    def get(self, job: _Job) -> Doc:
        doc = self.store.doc(job.key)
        if doc is None:  # dropped as unreadable: parse again
            doc = next(nlp.parse(self.language, [job.paragraph.text]))
            self.store.put(nlp.model_id(self.language), [(job.key, doc, _first_pass(doc))])
        if self.matcher is not None:
            nlp.apply_entity_matches(doc, self.matcher, actors_mod.ACTOR_LABELS)
        return doc


def _find_actors(language: Language, store: cache.ParseStore, jobs: list[_Job],
                 aliases: actors_mod.AliasTable | None, progress: Progress) -> tuple[list[Actor], _Docs]:
    """Two passes: actors from the model's entities; then the confident names of those
    actors override the model where they overlap (recovering "On April 2, Musk" and
    one-word names the model mislabelled), and actors are formed again."""
    first, lowercase = [], set()
    for j in jobs:
        meta = store.meta(j.key) or _first_pass(_Docs(language, store, None).get(j))
        if j.paragraph.kind in actors_mod.COUNTED_KINDS:
            first.extend(_placed(m, j.paragraph) for m in meta["mentions"])
        lowercase.update(meta["lower"])
    patterns = actors_mod.ruler_patterns(actors_mod.build_actors(first, aliases), lowercase, aliases)
    docs = _Docs(language, store, nlp.entity_matcher(language, patterns) if patterns else None)
    task = progress.add_task("actors", total=len(jobs))
    mentions = []
    for j in jobs:
        mentions.extend(actors_mod.doc_mentions(docs.get(j), j.paragraph))
        progress.advance(task)
    return actors_mod.build_actors(mentions, aliases), docs


class ActorIndex:
    """Where each actor is mentioned, for the timeline and claims stages."""

    def __init__(self, actors: list[Actor]):
        self._by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._by_key: dict[str, str] = {}
        for actor in actors:
            for m in actor.mentions:
                self._by_doc[m.doc].append((m.start, m.end, actor.name))
            for form in (actor.name, *actor.aliases):
                self._by_key.setdefault(actors_mod.name_key(form), actor.name)
        for spans in self._by_doc.values():
            spans.sort()

    def between(self, doc: str, start: int, end: int) -> list[str]:
        """Actors mentioned within [start, end), in order of first mention, once each."""
        spans = self._by_doc.get(doc, [])
        i = bisect.bisect_left(spans, (start, -1, ""))
        names: list[str] = []
        for s, e, name in spans[i:]:
            if s >= end:
                break
            if e <= end and name not in names:
                names.append(name)
        return names

    def at_end_of(self, doc: str, start: int, end: int) -> str | None:
        """The actor whose mention ends the span: "White House spokesperson Karoline Leavitt"
        -> Karoline Leavitt; "Musk’s team" -> None (the team is not Musk)."""
        spans = self._by_doc.get(doc, [])
        i = bisect.bisect_left(spans, (start, -1, ""))
        best = None
        for s, e, name in spans[i:]:
            if s >= end:
                break
            if end - 2 <= e <= end:
                best = name
        return best

    def by_name(self, text: str) -> str | None:
        return self._by_key.get(actors_mod.name_key(text))


def _records(documents: list[Document], jobs: list[_Job], docs: _Docs, index: ActorIndex, commands: set[str],
             progress: Progress) -> tuple[list[Event], list[Claim]]:
    """Timeline events and claims, one document at a time (its Docs are then let go)."""
    by_doc: dict[str, list[_Job]] = defaultdict(list)
    for j in jobs:
        by_doc[j.document.id].append(j)
    events: list[Event] = []
    claims: list[Claim] = []
    task = progress.add_task("timeline and claims", total=len(by_doc))
    for document in documents:
        doc_jobs = by_doc.get(document.id)
        if not doc_jobs:
            continue
        pairs = [(j.paragraph, docs.get(j)) for j in doc_jobs]
        if "timeline" in commands:
            doc_date = date.fromisoformat(document.date) if document.date else None
            events.extend(timeline.document_events(document.id, pairs, doc_date, index.between))
        if "claims" in commands:
            paras = [p for p, _ in pairs]
            claims.extend(_claim(document.id, paras, raw, index) for raw in claims_mod.extract_claims([d for _, d in pairs]))
        progress.advance(task)
    events.sort(key=timeline.sort_key)
    return events, claims


def _claim(doc_id: str, paras: list[Paragraph], raw: claims_mod.RawClaim, index: ActorIndex) -> Claim:
    def span(part: claims_mod.Part | None) -> Span | None:
        if part is None:
            return None
        para = paras[part.paragraph]
        return Span(part.text, para.number, para.start + part.start, para.start + part.end)

    def actor(part: claims_mod.Part | None) -> str | None:
        s = span(part)
        if s is None:
            return None
        return index.at_end_of(doc_id, s.start, s.end) or index.by_name(s.text) or s.text

    spans = {
        name: s
        for name, s in (
            ("sentence", span(raw.sentence)),
            ("cue", span(raw.cue)),
            ("speaker", span(raw.speaker)),
            ("speaker_antecedent", span(raw.speaker_antecedent)),
            ("target", span(raw.target)),
            ("target_antecedent", span(raw.target_antecedent)),
            ("voucher", span(raw.voucher)),
            ("content", span(raw.content)),
            ("quote", span(raw.quote)),
        )
        if s is not None
    }
    sentence = spans["sentence"]
    speaker = actor(raw.speaker_antecedent) or actor(raw.speaker)
    return Claim(
        speaker=speaker,
        speaker_mention=spans.get("speaker"),
        cue=raw.cue_lemma,
        target=actor(raw.target_antecedent) or actor(raw.target),
        content=raw.content.text if raw.content else None,
        quote=raw.quote.text if raw.quote else None,
        sourcing=raw.sourcing,
        disputed=raw.disputed,
        polarity=raw.polarity,
        doc=doc_id,
        paragraph=sentence.paragraph,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.text,
        spans=spans,
    )


def analyze(
    paths: list[str],
    *,
    commands: Iterable[str] = COMMANDS,
    model: str = nlp.DEFAULT_MODEL,
    aliases: actors_mod.AliasTable | None = None,
    reference_date: date | None = None,
    dates: dict[str, date] | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: bool = False,
    on_document: Callable[[Document], None] | None = None,
) -> Analysis:
    """Analyse files or folders; `commands` picks which records to build.

    Parses are kept in the cache folder (`cache_dir`, default the user's cache) so
    that later runs and other commands reuse them; with `use_cache=False` they go to
    a temporary store that is removed at the end."""
    commands = set(commands)
    documents = load_documents(paths, encoding=encoding, max_bytes=max_bytes, dates=dates, reference_date=reference_date)
    if on_document:
        for document in documents:
            on_document(document)
    result = Analysis(documents=documents)
    if not any(d.status == "analysed" for d in documents):
        return result
    language = nlp.load(model)
    result.model = nlp.model_id(language)
    folder = (cache_dir or cache.default_dir()) if use_cache else None
    todo = _jobs(documents, result.model)
    with cache.ParseStore(folder, language.vocab) as store, _progress(progress) as bar:
        _parse_missing(language, store, todo, jobs, bar)
        result.actors, docs = _find_actors(language, store, todo, aliases, bar)
        if commands & {"timeline", "claims"}:
            result.events, result.claims = _records(documents, todo, docs, ActorIndex(result.actors), commands, bar)
    return result


def _progress(enabled: bool) -> Progress:
    """A progress display on stderr, shown only when asked and stderr is a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=console, transient=True, disable=not (enabled and console.is_terminal))

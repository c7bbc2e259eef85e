"""The pipeline, wired: files -> documents/paragraphs -> spaCy Docs -> actors, events, claims.

`analyze()` is also the Python API (`from feudcli import analyze`): it returns the
same records the CLI renders.
"""

from __future__ import annotations

import bisect
import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import actors as actors_mod
from . import claims as claims_mod
from . import loading, nlp, paragraphs, timeline
from .records import Actor, Claim, Document, Event, Paragraph, Span
from .timex import find_document_date

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARSED_KINDS = ("title", "heading", "body")
COMMANDS = ("entities", "timeline", "claims")


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


def parse_documents(model: Language, documents: list[Document], jobs: int = 1) -> dict[str, list[tuple[Paragraph, Doc]]]:
    """Every analysed document's readable paragraphs with their spaCy Docs."""
    todo = [(d.id, p) for d in documents if d.status == "analysed" for p in d.paragraphs if p.kind in PARSED_KINDS]
    parsed: dict[str, list[tuple[Paragraph, Doc]]] = defaultdict(list)
    for (doc_id, para), doc in zip(todo, nlp.parse(model, (p.text for _, p in todo), n_process=jobs)):
        parsed[doc_id].append((para, doc))
    return parsed


def find_actors(
    model: Language,
    parsed: dict[str, list[tuple[Paragraph, Doc]]],
    aliases: actors_mod.AliasTable | None = None,
) -> list[Actor]:
    """Two passes: actors from the model's entities, then a second NER pass seeded
    with their confident names (an EntityRuler before `ner`), actors again."""
    pairs = [pair for doc_pairs in parsed.values() for pair in doc_pairs]
    first = actors_mod.build_actors(_mentions(pairs), aliases)
    lowercase = {t.lower_ for _, doc in pairs for t in doc if t.is_lower and t.is_alpha}
    patterns = actors_mod.ruler_patterns(first, lowercase, aliases)
    if patterns:
        nlp.rerun_entities(model, [doc for _, doc in pairs], patterns)
    return actors_mod.build_actors(_mentions(pairs), aliases)


def _mentions(pairs: Iterable[tuple[Paragraph, Doc]]) -> Iterable[actors_mod.RawMention]:
    for para, doc in pairs:
        yield from actors_mod.doc_mentions(doc, para)


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


def build_timeline(
    documents: list[Document], parsed: dict[str, list[tuple[Paragraph, Doc]]], index: ActorIndex
) -> list[Event]:
    events = []
    for document in documents:
        if document.status != "analysed":
            continue
        doc_date = date.fromisoformat(document.date) if document.date else None
        events.extend(timeline.document_events(document.id, parsed.get(document.id, []), doc_date, index.between))
    events.sort(key=timeline.sort_key)
    return events


def find_claims(
    documents: list[Document], parsed: dict[str, list[tuple[Paragraph, Doc]]], index: ActorIndex
) -> list[Claim]:
    claims = []
    for document in documents:
        pairs = parsed.get(document.id, [])
        if not pairs:
            continue
        paras = [p for p, _ in pairs]
        for raw in claims_mod.extract_claims([doc for _, doc in pairs]):
            claims.append(_claim(document.id, paras, raw, index))
    return claims


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
        target=actor(raw.target),
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
    on_document: Callable[[Document], None] | None = None,
) -> Analysis:
    """Analyse files or folders; `commands` picks which records to build."""
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
    parsed = parse_documents(language, documents, jobs=jobs)
    result.actors = find_actors(language, parsed, aliases)
    index = ActorIndex(result.actors)
    if "timeline" in commands:
        result.events = build_timeline(documents, parsed, index)
    if "claims" in commands:
        result.claims = find_claims(documents, parsed, index)
    return result

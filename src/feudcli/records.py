"""Typed records: what the extractors produce and every renderer consumes.

Offsets (`start`, `end`) are character offsets into the document's text as
decoded (line ends as they are in the file), so `text[start:end]` is the span.
Paragraph numbers are 1-based over the document's non-empty paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    doc: str
    number: int  # 1-based
    start: int
    end: int
    text: str
    kind: str  # title | byline | dateline | heading | body | boilerplate


@dataclass(slots=True)
class Document:
    id: str
    path: str | None
    status: str  # analysed | skipped
    text: str = ""
    encoding: str | None = None
    error: str | None = None
    date: str | None = None  # ISO date used to anchor relative dates
    date_source: str | None = None  # mapping | dateline | reference | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Mention:
    doc: str
    paragraph: int
    start: int
    end: int
    text: str
    label: str  # the label the model (or ruler) gave this mention
    role: str | None = None


@dataclass(slots=True)
class Actor:
    name: str
    label: str
    aliases: list[str]
    roles: list[str]
    mentions: list[Mention]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc for m in self.mentions})

    def counts_by_document(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            counts[m.doc] = counts.get(m.doc, 0) + 1
        return counts


@dataclass(frozen=True, slots=True)
class Event:
    date: str | None  # the value when it is a calendar date or period, else None
    value: str | None  # the TIMEX3 value as normalised (also durations, sets, PAST_REF ...)
    date_text: str
    type: str  # DATE | TIME | DURATION | SET
    mod: str | None
    granularity: str | None
    anchor: str | None  # absolute | document | narrative | None
    anchor_value: str | None
    doc: str
    paragraph: int
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    actors: list[str]


@dataclass(frozen=True, slots=True)
class Span:
    """A part of a claim: text and where it sits in its document."""

    text: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    speaker: str | None  # canonical actor name, else the noun phrase
    speaker_mention: Span | None  # as written ("he", "sources familiar with ...")
    cue: str  # reporting verb lemma
    target: str | None
    content: str | None
    quote: str | None
    sourcing: str
    disputed: bool
    polarity: str
    doc: str
    paragraph: int
    start: int  # the sentence's offsets
    end: int
    sentence: str
    spans: dict[str, Span]
    group: int = 0  # claims with the same group number report the same claim (across articles)
    group_docs: int = 1  # how many articles report it

"""Timex mentions -> timeline events: dated sentences with their actors, in calendar order."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from .records import Event, Paragraph
from .timex import Timex, TimexTagger

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Paragraph kinds read for dates: the dateline is the document's own date, not an event.
DATED_KINDS = ("title", "heading", "body")
_CALENDAR = re.compile(r"^(?:\d{2,4}|XXXX)(?:-|T|$)")
_MOD_DAY = {"START": 1, "MID": 15, "END": 21, "AFTER": 28}
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


def document_events(
    doc_id: str,
    parsed: Iterable[tuple[Paragraph, Doc]],
    document_date: date | None,
    actors_between: Callable[[str, int, int], list[str]],
) -> list[Event]:
    """All timex rows of one document, in reading order (the tagger keeps the story's
    last resolved date, so narrative expressions like "days later" anchor to it)."""
    tagger = TimexTagger(document_date)
    events = []
    for para, doc in parsed:
        if para.kind not in DATED_KINDS:
            continue
        for timex in tagger.tag(doc):
            sent = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            sentence = sent.sent if sent is not None else doc[:]
            s_start = para.start + sentence.start_char
            s_end = para.start + sentence.end_char
            events.append(
                _event(doc_id, para, timex, sentence.text, s_start, s_end, actors_between(doc_id, s_start, s_end))
            )
    return events


def _event(doc_id: str, para: Paragraph, t: Timex, sentence: str, s_start: int, s_end: int, actors: list[str]) -> Event:
    return Event(
        date=calendar_value(t),
        value=t.value,
        date_text=t.text,
        type=t.type,
        mod=t.mod,
        granularity=t.granularity,
        anchor=t.anchor,
        anchor_value=t.anchor_value,
        doc=doc_id,
        paragraph=para.number,
        start=para.start + t.start,
        end=para.start + t.end,
        sentence=sentence,
        sentence_start=s_start,
        sentence_end=s_end,
        actors=actors,
    )


def calendar_value(t: Timex) -> str | None:
    """The value when it names a calendar date or period (not a duration, a set or a vague reference)."""
    if t.type in ("DATE", "TIME") and t.value and _CALENDAR.match(t.value):
        return t.value
    return None


def sort_key(event: Event) -> tuple:
    """Chronological: known years first by (year, month, day, time), where a month or
    season without a day sorts at its start, its middle or its end by `mod`; then
    dates with an unknown year by month and day; then undated rows in reading order."""
    value = event.date
    if value is None:
        return (2, (), event.doc, event.start)
    year_part, _, rest = value.partition("-")
    if not year_part.isdigit():
        return (1, _month_day(rest, event.mod), event.doc, event.start)
    year = int(year_part.ljust(4, "0"))
    return (0, (year, *_month_day(rest, event.mod)), event.doc, event.start)


def _month_day(rest: str, mod: str | None) -> tuple[int, int, str]:
    day_default = _MOD_DAY.get(mod or "", 1)
    parts, _, time = rest.partition("T")
    fields = parts.split("-") if parts else []
    if not fields:
        return (12 if mod in ("END", "AFTER") else 6 if mod == "MID" else 1, day_default, time)
    head = fields[0]
    if head.startswith("W") and head[1:].isdigit():
        week_start = date.fromisocalendar(2000, max(1, min(52, int(head[1:]))), 1)
        return (week_start.month, week_start.day, time)
    if head.startswith("Q") and head[1:].isdigit():
        return (3 * int(head[1:]) - 2, day_default, time)
    if head in _SEASON_MONTH:
        return (_SEASON_MONTH[head], day_default, time)
    month = int(head) if head.isdigit() else 1
    day = int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else day_default
    return (month, day, time)


def in_range(event: Event, start: str | None, end: str | None) -> bool:
    """Whether a dated event falls within [start, end] (ISO dates, either may be None)."""
    if event.date is None or not event.date[:4].isdigit():
        return start is None and end is None
    value = event.date.split("T")[0]
    if start and value[: len(start)] < start[: len(value)]:
        return False
    if end and value[: len(end)] > end[: len(value)]:
        return False
    return True

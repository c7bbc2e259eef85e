"""Temporal expressions in news paragraphs, normalised in the style of TIMEX3.

How it works, per paragraph (one spaCy ``Doc``):

1. *Find* candidate spans with a small grammar of regular expressions (``RULES``)
   and with spaCy's DATE/TIME entities.  An entity is *cleaned* by keeping the
   longest token sub-span that the grammar accepts whole ("April 2, Musk" ->
   "April 2", "a retreat days later" -> "days later", "Musk" -> nothing).
   A match is dropped when it is a modal verb ("may") or words inside a spaCy
   name ("Theresa May", "China Daily").  Ambiguous forms (a bare number like
   "2000", a month name alone, "spring", "current", "now" ...) also need support:
   a spaCy DATE/TIME entity over them or a temporal word in front ("in 2000").
2. *Extend* a span to the left over modifiers ("late", "the end of", "around",
   "almost" ...) that set ``mod``.
3. *Select* non-overlapping spans, longest first.
4. *Normalise* them left to right.  Deictic expressions ("yesterday", "last
   week", weekday names, month names without a year) use the document date;
   narrative ones ("days later", "the next morning") use the last resolved date
   of the story, kept across paragraphs, and fall back to the document date.

Conventions, where TIMEX3 leaves a choice:

* Never invent a day or a month: "in January" is "2025-01", "late April" is
  "2025-04" with mod END, "the 1990s" is "199".
* A month, a month and day, a season or a quarter without a year is, in a
  past-tense clause, the most recent one not after the document date (document
  date 2025-06-06: "April 2" -> 2025-04-02, "December" -> 2024-12); in a clause
  that looks ahead ("will", "is to", "is expected to", "plans to" ...) the
  first one not before it; in a present-tense or verbless clause the nearest
  one ("has a June 1 deadline" written on May 28 -> June 1 of the same year).
  A weekday name is the most recent one not after the document date, unless
  the clause looks ahead.  Without a document date the year stays unknown
  ("XXXX-04-02"); weekday names and other deictic expressions then get
  ``value=None``, and narrative ones count from a yearless date if there is one.
* "days later" (no number): the value is the anchor date with mod AFTER
  ("days earlier": mod BEFORE); a counted offset ("three days later") moves the
  anchor and keeps the unit's granularity ("two weeks later" -> an ISO week).
* Parts of a day are TIME values with TIMEX3's suffixes ("2025-04-03TMO",
  ``granularity="day"``); clock times are "2025-04-02T15:00", with "Z" for UTC.
* "now", "currently", "current" -> PRESENT_REF; "recently", "recent days" ->
  PAST_REF; "soon", "the future" -> FUTURE_REF.  These are never calendar dates
  (``granularity=None``).
* Besides the modifiers in the API, durations may carry TIMEX3's LESS_THAN
  ("almost two years"), MORE_THAN ("more than two years") and EQUAL_OR_MORE
  ("at least two years").
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None
    granularity: str | None
    anchor: str | None
    anchor_value: str | None


# --------------------------------------------------------------------------
# Vocabulary

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DAY_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
VAGUE_NUMBERS = {"several", "a few", "few", "many", "a number of", "multiple", "numerous"}
# unit -> (TIMEX3 duration letter, is a time-of-day unit, granularity of a point)
UNITS = {
    "second": ("S", True, "time"),
    "minute": ("M", True, "time"),
    "hour": ("H", True, "time"),
    "day": ("D", False, "day"),
    "night": ("D", False, "day"),
    "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"),
    "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"),
}
GRANULARITY_RANK = {
    "time": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "season": 4,
    "quarter": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}
FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo", "should", "may", "might"}
FUTURE_VERBS = {
    "plan",
    "expect",
    "schedule",
    "intend",
    "aim",
    "hope",
    "due",
    "forecast",
    "predict",
    "propose",
    "promise",
    "vow",
    "pledge",
}

# --------------------------------------------------------------------------
# Regular-expression building blocks (rules are compiled case-insensitive;
# month and weekday names must be capitalised)

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH = rf"(?-i:(?:{_MONTH_FULL})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
MONTH_NAME = rf"(?-i:(?:{_MONTH_FULL})\b)"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d|[\s-]+(?:years?|old)\b)"
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_VAGUE = "|".join(sorted(VAGUE_NUMBERS, key=len, reverse=True))
NUMBER = (
    rf"(?:\d{{1,3}}(?:\.\d+)?|a\s+couple\s+of|{_VAGUE}|an?"
    rf"|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD})){{0,3}}(?:\s+and\s+a\s+half)?)\b"
)
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))s?\b"
DURATION_UNIT = r"(?:seconds|minute|hour|day|night|week|weekend|fortnight|month|year|decade|centur(?:y|ie))s?\b"
CALENDAR_UNIT = r"(?:week|weekend|month|quarter|year|decade|century)\b"
DAY_PART = r"(?:morning|afternoon|evening|night)\b"
RELATIVE_WORD = r"(?:this|last|next|past|coming|previous|current)"
MODIFIER = re.compile(
    r"(?<![\w-])(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close)\s+of|early|late|mid-|mid|"
    r"around|about|approximately|roughly|circa|almost|nearly|more\s+than|less\s+than|"
    r"at\s+least)\s*$",
    re.IGNORECASE,
)
MODIFIER_VALUES = {
    "end": "END",
    "close": "END",
    "late": "END",
    "beginning": "START",
    "start": "START",
    "early": "START",
    "middle": "MID",
    "mid": "MID",
    "around": "APPROX",
    "about": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "circa": "APPROX",
    "almost": "LESS_THAN",
    "nearly": "LESS_THAN",
    "less": "LESS_THAN",
    "more": "MORE_THAN",
    "at": "EQUAL_OR_MORE",
}
POINT_MODIFIERS = {"START", "MID", "END", "APPROX"}
DURATION_MODIFIERS = {"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE"}
TEMPORAL_CUES = {
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "for",
    "over",
    "within",
    "to",
    "through",
    "before",
    "after",
    "of",
    "at",
    "between",
    "early",
    "late",
    "mid",
    "the",
    "this",
    "last",
    "next",
}


# --------------------------------------------------------------------------
# Readings: what a rule makes of a match, given the context


YEARLESS = 2000  # a leap year standing in for an unknown one


@dataclass(frozen=True)
class Anchor:
    day: date  # first day of the period
    granularity: str
    year_known: bool = True


@dataclass(frozen=True)
class Context:
    document_date: date | None
    narrative: Anchor | None  # the story's last resolved date
    narrative_day: Anchor | None  # the story's last resolved day
    tense: str  # of the clause around the expression: "past", "present" or "future"


@dataclass(frozen=True)
class Reading:
    type: str
    value: str | None
    granularity: str | None = None
    anchor: str | None = None
    anchor_value: str | None = None
    mod: str | None = None
    point: date | None = None  # start of the resolved period, for the narrative
    year_known: bool = True


def format_date(day: date, granularity: str) -> str:
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "year":
        return str(day.year)
    if granularity == "decade":
        return str(day.year)[:3]
    if granularity == "century":
        return str(day.year)[:2]
    raise ValueError(granularity)


def format_point(day: date, granularity: str, year_known: bool) -> str | None:
    """A period as a TIMEX3 value; with an unknown year only days and months
    ("XXXX-04-02") can be written."""
    if year_known:
        return format_date(day, granularity)
    if granularity in ("day", "month"):
        return "XXXX" + format_date(day, granularity)[4:]
    return None


def absolute(value: str, granularity: str, point: date | None = None) -> Reading:
    return Reading("DATE", value, granularity, "absolute", None, point=point)


def document_reading(ctx: Context, day: date, granularity: str) -> Reading:
    assert ctx.document_date is not None
    return Reading(
        "DATE", format_date(day, granularity), granularity, "document", ctx.document_date.isoformat(), point=day
    )


def unresolved(type_: str = "DATE", granularity: str | None = None) -> Reading:
    return Reading(type_, None, granularity)


def reference_ref(ctx: Context, value: str) -> Reading:
    if ctx.document_date is None:
        return Reading("DATE", value)
    return Reading("DATE", value, None, "document", ctx.document_date.isoformat())


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def shift(day: date, amount: int, unit: str) -> date:
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(day, amount * months)


def period_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if granularity == "year":
        return date(day.year, 1, 1)
    if granularity == "decade":
        return date(day.year // 10 * 10, 1, 1)
    if granularity == "century":
        return date(day.year // 100 * 100, 1, 1)
    return day


def pick(occurrences: list[tuple[date, date]], reference: date, tense: str) -> int:
    """Index of the occurrence (first day, last day) a yearless expression means:
    in a past-tense clause the last one begun by the reference date, in a future
    one the first one not yet over, otherwise the nearest one (the earlier on a tie)."""
    if tense == "future":
        return min(i for i, (_, end) in enumerate(occurrences) if end >= reference)
    if tense == "past":
        return max(i for i, (start, _) in enumerate(occurrences) if start <= reference)

    def distance(i: int) -> int:
        start, end = occurrences[i]
        return max((start - reference).days, (reference - end).days, 0)

    return min(range(len(occurrences)), key=lambda i: (distance(i), i))


def yearly(reference: date, first: Callable[[int], date], last: Callable[[int], date], tense: str) -> int:
    years = [reference.year - 1, reference.year, reference.year + 1]
    return years[pick([(first(y), last(y)) for y in years], reference, tense)]


def unit_of(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def parse_number(text: str) -> float | None:
    """Value of a number phrase; None for vague ones ("several")."""
    text = text.lower().strip()
    if text in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"a\s+couple\s+of", text):
        return 2
    if text in ("a", "an"):
        return 1
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    half = 0.5 if text.endswith("and a half") else 0.0
    words = re.split(r"[\s-]+", text.removesuffix("and a half").strip())
    total = 0.0
    for word in words:
        number = NUMBER_WORDS[word]
        total = max(total, 1) * number if number == 100 else total + number
    return total + half


def duration_value(amount: float | None, unit: str) -> str:
    letter, is_time, _ = UNITS[unit]
    if unit == "fortnight" and amount is not None:
        amount *= 2
    number = "X" if amount is None else (f"{amount:g}")
    return f"P{'T' if is_time else ''}{number}{letter}"


# --------------------------------------------------------------------------
# Rules: a pattern and a reading of its match in a context


class Groups:
    """The groups of a rule's match; a group a pattern spells more than once
    ("unit", "unit2", "unit3") reads as its first name."""

    def __init__(self, m: re.Match[str]):
        self._m = m

    def group(self, name: str | int = 0) -> str | None:
        if name == 0:
            return self._m.group(0)
        groups = self._m.groupdict()
        for key in (name, f"{name}2", f"{name}3"):
            if groups.get(key) is not None:
                return groups[key]
        return None


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Callable[[Groups, Context], Reading]
    ambiguous: bool = False  # needs a spaCy DATE/TIME entity or a temporal preposition


def lowered(m: Groups, name: str) -> str | None:
    text = m.group(name)
    return text.lower() if text is not None else None


def read_full_date(m: Groups, ctx: Context) -> Reading:
    month = MONTHS[lowered(m, "month").rstrip(".")]
    day = int(re.match(r"\d+", m.group("day")).group())
    try:
        point = date(int(m.group("year")), month, day)
    except ValueError:
        return unresolved(granularity="day")
    return absolute(point.isoformat(), "day", point)


def read_iso_date(m: Groups, ctx: Context) -> Reading:
    try:
        point = date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return unresolved(granularity="day")
    return absolute(point.isoformat(), "day", point)


def read_numeric_date(m: Groups, ctx: Context) -> Reading:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    try:
        point = date(year, month, day)
    except ValueError:
        return unresolved(granularity="day")
    return absolute(point.isoformat(), "day", point)


def read_month_year(m: Groups, ctx: Context) -> Reading:
    month = MONTHS[lowered(m, "month").rstrip(".")]
    year = int(m.group("year"))
    return absolute(f"{year}-{month:02d}", "month", date(year, month, 1))


def read_month_day(m: Groups, ctx: Context) -> Reading:
    month = MONTHS[lowered(m, "month").rstrip(".")]
    day = int(re.match(r"\d+", m.group("day")).group())
    if day > monthrange(2000, month)[1]:
        return unresolved(granularity="day")
    if ctx.document_date is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", "day", point=date(YEARLESS, month, day), year_known=False)

    def on(year: int) -> date:
        return date(year, month, min(day, monthrange(year, month)[1]))

    year = yearly(ctx.document_date, on, on, ctx.tense)
    return document_reading(ctx, on(year), "day")


def read_month(m: Groups, ctx: Context) -> Reading:
    month = MONTHS[lowered(m, "month")]
    year_word = lowered(m, "rel")
    if ctx.document_date is None:
        return Reading("DATE", f"XXXX-{month:02d}", "month", point=date(YEARLESS, month, 1), year_known=False)
    if year_word is not None:
        offset = {"this": 0, "last": -1, "next": 1}[year_word]
        return document_reading(ctx, date(ctx.document_date.year + offset, month, 1), "month")
    year = yearly(
        ctx.document_date, lambda y: date(y, month, 1), lambda y: date(y, month, monthrange(y, month)[1]), ctx.tense
    )
    return document_reading(ctx, date(year, month, 1), "month")


def read_year(m: Groups, ctx: Context) -> Reading:
    year = int(m.group("year"))
    return absolute(str(year), "year", date(year, 1, 1))


def read_decade(m: Groups, ctx: Context) -> Reading:
    digits = m.group("decade")
    century = m.group("century") or "19"
    return absolute(f"{century}{digits}", "decade")


def read_decade_word(m: Groups, ctx: Context) -> Reading:
    tens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].index(
        lowered(m, "word")
    ) + 2
    return absolute(f"19{tens}", "decade")


def read_current_period_edge(m: Groups, ctx: Context) -> Reading:
    """ "year end", "the end of the year": the edge of the document's current period."""
    unit = lowered(m, "unit")
    mod = MODIFIER_VALUES[lowered(m, "edge") or "end"]
    if ctx.document_date is None:
        return replace(unresolved(granularity=unit), mod=mod)
    return replace(document_reading(ctx, period_start(ctx.document_date, unit), unit), mod=mod)


def read_week_of_month(m: Groups, ctx: Context) -> Reading:
    """ "the last week of March": the ISO week of the month's first (last) full week."""
    month = MONTHS[lowered(m, "month")]
    if m.group("year"):
        year, reading = int(m.group("year")), absolute("", "week")
    elif ctx.document_date is not None:
        year = yearly(
            ctx.document_date, lambda y: date(y, month, 1), lambda y: date(y, month, monthrange(y, month)[1]), ctx.tense
        )
        reading = Reading("DATE", "", "week", "document", ctx.document_date.isoformat())
    else:
        return unresolved(granularity="week")
    first = date(year, month, 1)
    first_monday = first + timedelta(days=(7 - first.weekday()) % 7)
    last = date(year, month, monthrange(year, month)[1])
    last_monday = last - timedelta(days=(last.weekday() + 1) % 7 + 6)
    ordinal = lowered(m, "ordinal")
    monday = last_monday if ordinal in ("last", "final") else first_monday + timedelta(weeks=ORDINALS[ordinal] - 1)
    return replace(reading, value=format_date(monday, "week"), point=monday)


def read_century(m: Groups, ctx: Context) -> Reading:
    ordinal = lowered(m, "ordinal")
    number = ORDINALS.get(ordinal) or int(re.match(r"\d+", ordinal).group())
    return absolute(f"{number - 1:02d}", "century")


def read_season(m: Groups, ctx: Context) -> Reading:
    code = SEASONS[lowered(m, "season")]
    if m.group("year"):
        return absolute(f"{m.group('year')}-{code}", "season")
    rel = lowered(m, "rel")
    if ctx.document_date is None:
        return Reading("DATE", f"XXXX-{code}" if rel is None else None, "season")
    doc = ctx.document_date
    first_month = SEASON_MONTHS[code]

    def begins(y: int) -> date:
        return date(y, first_month, 1)

    def ends(y: int) -> date:
        return add_months(begins(y), 3) - timedelta(days=1)

    if rel in ("this", "current"):
        year = doc.year
    elif rel in ("last", "past", "previous"):
        year = max(y for y in (doc.year - 2, doc.year - 1, doc.year) if ends(y) < doc)
    elif rel in ("next", "coming"):
        year = min(y for y in (doc.year, doc.year + 1, doc.year + 2) if begins(y) > doc)
    else:
        year = yearly(doc, begins, ends, ctx.tense)
    return Reading("DATE", f"{year}-{code}", "season", "document", doc.isoformat(), point=begins(year))


def read_quarter(m: Groups, ctx: Context) -> Reading:
    ordinal = lowered(m, "ordinal")
    if ordinal is None:
        number = int(m.group("q"))
    else:
        number = 4 if ordinal in ("final", "last") else ORDINALS[ordinal]
    half = (lowered(m, "unit") or "quarter") == "half"
    code = f"H{number}" if half else f"Q{number}"
    months = 6 if half else 3
    if m.group("year"):
        year = int(m.group("year"))
        return absolute(f"{year}-{code}", "quarter", date(year, (number - 1) * months + 1, 1))
    if ctx.document_date is None:
        return Reading("DATE", f"XXXX-{code}", "quarter")
    doc = ctx.document_date
    rel = lowered(m, "rel")

    def begins(y: int) -> date:
        return date(y, (number - 1) * months + 1, 1)

    def ends(y: int) -> date:
        return add_months(begins(y), months) - timedelta(days=1)

    if rel is not None:
        year = doc.year + {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[rel.split()[-1]]
    else:
        year = yearly(doc, begins, ends, ctx.tense)
    return Reading("DATE", f"{year}-{code}", "quarter", "document", doc.isoformat(), point=begins(year))


def weekday_date(doc: date, weekday: int, rel: str | None, tense: str) -> date:
    """ "Tuesday" in news: the last one not after the document date (the first
    one not before it when the sentence looks ahead)."""
    tense = "future" if tense == "future" else "past"
    days = [doc + timedelta(days=k) for k in range(-7, 8) if (doc + timedelta(days=k)).weekday() == weekday]
    if rel == "last":
        return max(d for d in days if d < doc)
    if rel == "next":
        return min(d for d in days if d > doc)
    if rel == "this":
        return doc + timedelta(days=weekday - doc.weekday())
    return days[pick([(d, d) for d in days], doc, tense)]


DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}


def day_reading(ctx: Context, day_of: Callable[[date], date], part: str | None) -> Reading:
    type_ = "DATE" if part is None else "TIME"
    if ctx.document_date is None:
        return unresolved(type_, "day")
    day = day_of(ctx.document_date)
    value = day.isoformat() + (DAY_PARTS[part] if part else "")
    return Reading(type_, value, "day", "document", ctx.document_date.isoformat(), point=day)


def read_weekday(m: Groups, ctx: Context) -> Reading:
    weekday = WEEKDAYS[lowered(m, "weekday")]
    return day_reading(ctx, lambda doc: weekday_date(doc, weekday, lowered(m, "rel"), ctx.tense), lowered(m, "part"))


def read_deictic_day(m: Groups, ctx: Context) -> Reading:
    word = lowered(m, "word")
    part = "night" if word == "tonight" or (word == "last" and lowered(m, "part") is None) else lowered(m, "part")
    return day_reading(ctx, lambda doc: doc + timedelta(days=DEICTIC_OFFSETS[word]), part)


def read_relative_period(m: Groups, ctx: Context) -> Reading:
    """this/last/next week, month, year ... relative to the document date."""
    unit = unit_of(m.group("unit"))
    rel = lowered(m, "rel")
    _, _, granularity = UNITS[unit]
    if ctx.document_date is None:
        return unresolved(granularity=granularity)
    offset = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[rel]
    if unit == "weekend" and offset == 0:
        return read_weekend(m, ctx)
    point = period_start(shift(ctx.document_date, offset, unit), granularity)
    reading = document_reading(ctx, point, granularity)
    if unit == "weekend":
        reading = replace(reading, value=f"{reading.value}-WE")
    return reading


def read_weekend(m: Groups, ctx: Context) -> Reading:
    if ctx.document_date is None:
        return unresolved(granularity="week")
    doc = ctx.document_date
    saturdays = [doc + timedelta(days=k) for k in range(-7, 8) if (doc + timedelta(days=k)).weekday() == 5]
    saturday = saturdays[pick([(s, s + timedelta(days=1)) for s in saturdays], doc, ctx.tense)]
    reading = document_reading(ctx, period_start(saturday, "week"), "week")
    return replace(reading, value=f"{reading.value}-WE")


def read_vague_reference(m: Groups, ctx: Context) -> Reading:
    word = m.group(0).lower()
    if re.search(r"now|current|present|these days|nowadays|today's world", word):
        return reference_ref(ctx, "PRESENT_REF")
    if re.search(r"recent|past|lately|previously|formerly", word):
        return reference_ref(ctx, "PAST_REF")
    return reference_ref(ctx, "FUTURE_REF")


def read_ago(m: Groups, ctx: Context) -> Reading:
    unit = unit_of(m.group("unit"))
    amount = parse_number(m.group("number")) if m.group("number") else None
    _, is_time, granularity = UNITS[unit]
    if ctx.document_date is None:
        return unresolved(granularity=granularity)
    if amount is None:
        return reference_ref(ctx, "PAST_REF")
    if is_time or amount != int(amount):
        return Reading("DATE", None, None, "document", ctx.document_date.isoformat())
    point = period_start(shift(ctx.document_date, -int(amount), unit), granularity)
    return document_reading(ctx, point, granularity)


def story_anchor(ctx: Context, day_only: bool) -> tuple[Anchor, str] | None:
    """What narrative expressions count from, and how it was found: the story's
    last resolved date (day, when ``day_only``), else the document date."""
    narrative = ctx.narrative_day if day_only else ctx.narrative
    if narrative is not None:
        return narrative, "narrative"
    if ctx.document_date is not None:
        return Anchor(ctx.document_date, "day"), "document"
    return None


def offset_reading(
    ctx: Context, amount: float | None, unit: str, sign: int, type_: str = "DATE", suffix: str = ""
) -> Reading:
    _, is_time, granularity = UNITS[unit]
    found = story_anchor(ctx, day_only=False)
    if found is None:
        return unresolved(type_, granularity)
    anchor, kind = found
    anchor_value = format_point(anchor.day, anchor.granularity, anchor.year_known)
    usable = GRANULARITY_RANK[anchor.granularity] <= GRANULARITY_RANK[granularity]
    if is_time or (amount is not None and (not usable or amount != int(amount))):
        return Reading(type_, None, None, kind, anchor_value)
    if amount is None:
        mod = "AFTER" if sign > 0 else "BEFORE"
        return Reading(
            type_,
            anchor_value,
            anchor.granularity,
            kind,
            anchor_value,
            mod,
            point=anchor.day,
            year_known=anchor.year_known,
        )
    point = period_start(shift(anchor.day, sign * int(amount), unit), granularity)
    value = format_point(point, granularity, anchor.year_known)
    if value is None:
        return Reading(type_, None, None, kind, anchor_value)
    value += suffix + ("-WE" if unit == "weekend" else "")
    return Reading(type_, value, granularity, kind, anchor_value, point=point, year_known=anchor.year_known)


def read_later(m: Groups, ctx: Context) -> Reading:
    unit = unit_of(m.group("unit"))
    sign = -1 if lowered(m, "dir") in ("earlier", "before", "previously", "prior") else 1
    return offset_reading(ctx, parse_number(m.group("number")), unit, sign)


def read_vague_later(m: Groups, ctx: Context) -> Reading:
    unit = unit_of(m.group("unit"))
    sign = -1 if lowered(m, "dir") in ("earlier", "before") else 1
    return offset_reading(ctx, None, unit, sign)


def read_narrative_step(m: Groups, ctx: Context) -> Reading:
    """the next day, the following week, the previous year, the day before ..."""
    word = lowered(m, "rel") or lowered(m, "after")
    unit = unit_of(m.group("unit") or "day")
    part = lowered(m, "part")
    sign = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1, "earlier": -1, "same": 0}[word]
    if part is not None:
        return offset_reading(ctx, 1, "day", sign, "TIME", DAY_PARTS[part])
    return offset_reading(ctx, 1, unit, sign)


def read_same_day(m: Groups, ctx: Context) -> Reading:
    return offset_reading(ctx, 0, "day", 1)


def read_duration(m: Groups, ctx: Context) -> Reading:
    unit = unit_of(m.group("unit"))
    if m.group("number") is not None:
        amount = parse_number(m.group("number"))
    else:  # "the past year" is one year, bare "years" some number of them
        amount = None if m.group("unit").lower().endswith("s") else 1.0
    return Reading("DURATION", duration_value(amount, unit))


def read_set(m: Groups, ctx: Context) -> Reading:
    word = lowered(m, "adverb")
    if word is not None:
        unit = {
            "annual": "year",
            "annually": "year",
            "yearly": "year",
            "monthly": "month",
            "weekly": "week",
            "daily": "day",
            "nightly": "day",
            "hourly": "hour",
            "quarterly": "quarter",
        }[word]
        return Reading("SET", duration_value(1, unit))
    unit = unit_of(m.group("unit"))
    amount = parse_number(m.group("number")) if m.group("number") else 1.0
    if lowered(m, "other"):
        amount = 2.0
    return Reading("SET", duration_value(amount, unit))


def read_clock(m: Groups, ctx: Context) -> Reading:
    word = lowered(m, "noon")
    if word is not None:
        hour, minute = (12, 0) if word == "noon" else (0, 0)
    else:
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
    meridian = lowered(m, "ampm")
    if meridian and meridian.startswith("p") and hour < 12:
        hour += 12
    if meridian and meridian.startswith("a") and hour == 12:
        hour = 0
    zone = "Z" if lowered(m, "zone") in ("utc", "gmt") else ""
    clock = f"T{hour:02d}:{minute:02d}{zone}"
    day_word = lowered(m, "dayword")
    if day_word in WEEKDAYS:
        day = day_reading(ctx, lambda doc: weekday_date(doc, WEEKDAYS[day_word], None, ctx.tense), None)
    elif day_word is not None:
        day = day_reading(ctx, lambda doc: doc + timedelta(days=DEICTIC_OFFSETS[day_word]), None)
    else:
        found = story_anchor(ctx, day_only=True)
        if found is None:
            return Reading("TIME", f"XXXX-XX-XX{clock}", "time")
        anchor, kind = found
        day_value = format_point(anchor.day, "day", anchor.year_known)
        return Reading(
            "TIME", day_value + clock, "time", kind, day_value, point=anchor.day, year_known=anchor.year_known
        )
    if day.value is None:
        return Reading("TIME", f"XXXX-XX-XX{clock}", "time")
    return replace(day, type="TIME", value=day.value + clock, granularity="time")


def read_day_part(m: Groups, ctx: Context) -> Reading:
    part = lowered(m, "part")
    found = story_anchor(ctx, day_only=True)
    if found is None:
        return unresolved("TIME", "day")
    anchor, kind = found
    day_value = format_point(anchor.day, "day", anchor.year_known)
    return Reading(
        "TIME", day_value + DAY_PARTS[part], "day", kind, day_value, point=anchor.day, year_known=anchor.year_known
    )


# a match may not touch a word, a currency sign or a number ("$2009", "1,500", "14-year-old")
NOT_BEFORE = r"[\w$€£¥.,/]"
NOT_AFTER = r"[\w%]|-\w"


def rule(name: str, pattern: str, read: Callable[[Groups, Context], Reading], ambiguous: bool = False) -> Rule:
    return Rule(name, re.compile(rf"(?<!{NOT_BEFORE})(?:{pattern})(?!{NOT_AFTER})", re.IGNORECASE), read, ambiguous)


RULES: list[Rule] = [
    rule(
        "iso_date",
        r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
        r"(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?",
        read_iso_date,
    ),
    rule(
        "full_date_mdy",
        rf"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})[,.]?\s+(?P<year>{YEAR})",
        read_full_date,
    ),
    rule(
        "full_date_dmy",
        rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
        read_full_date,
    ),
    rule("numeric_date", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d{2})", read_numeric_date),
    rule("month_year", rf"(?P<month>{MONTH_NAME})(?:\s+of)?,?\s+(?P<year>{YEAR})", read_month_year),
    rule("month_day", rf"(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})", read_month_day),
    rule("day_month", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})", read_month_day),
    rule(
        "month", rf"(?P<month>{MONTH_NAME})(?:\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?", read_month, ambiguous=True
    ),
    rule(
        "year",
        rf"(?:(?:the\s+)?(?:fiscal|calendar|financial)\s+(?:year\s+)?)?(?P<year>{YEAR})",
        read_year,
        ambiguous=True,
    ),
    rule("decade", r"(?:the\s+)?(?:(?P<century>1[5-9]|20)|')?(?P<decade>\d)0'?s", read_decade, ambiguous=True),
    rule(
        "decade_word",
        r"the\s+(?:nineteen[\s-]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
        read_decade_word,
    ),
    rule(
        "year_end",
        r"(?:the\s+)?(?P<unit>year|month|week)[\s-]end|"
        r"(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+the\s+(?P<unit2>year|month|week)",
        read_current_period_edge,
    ),
    rule(
        "week_of_month",
        rf"the\s+(?P<ordinal>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{MONTH_NAME})"
        rf"(?:,?\s+(?P<year>{YEAR}))?",
        read_week_of_month,
    ),
    rule(
        "century", rf"(?:the\s+)?(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})[\s-]+century", read_century
    ),
    rule(
        "season",
        r"(?:(?:the\s+)?(?P<rel>this|last|next|past|coming|previous|current)\s+|the\s+)?"
        r"(?P<season>spring|summer|autumn|winter|(?<=this |last |next )fall|fall(?=\s+(?:of\s+)?\d{4}))"
        r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?",
        read_season,
        ambiguous=True,
    ),
    rule(
        "relative_period",
        rf"(?:(?:earlier|later)\s+)?(?P<rel>{RELATIVE_WORD})\s+(?P<unit>{CALENDAR_UNIT})",
        read_relative_period,
    ),
    rule(
        "quarter",
        rf"(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
        rf"(?:fiscal\s+)?(?:(?P<unit>quarter)|(?P<unit2>half)(?=\s+of\s))"
        rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(?P<year>{YEAR})|"
        r"(?P<rel>this|last|next|the\s+previous|the\s+current)\s+(?:fiscal\s+)?year))?"
        rf"|Q(?P<q>[1-4])(?:\s+(?P<year2>{YEAR}))?",
        read_quarter,
    ),
    rule(
        "weekday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{DAY_PART}))?", read_weekday
    ),
    rule(
        "deictic_day",
        rf"(?:earlier\s+|later\s+)?(?P<word>today|yesterday|tomorrow)(?:\s+(?P<part>{DAY_PART}))?"
        rf"|(?P<word2>tonight)|(?P<word3>this|last)\s+(?P<part2>{DAY_PART})",
        read_deictic_day,
    ),
    rule("weekend", r"the\s+weekend", read_weekend),
    rule(
        "vague_reference",
        r"recent\s+(?:days|weeks|months|years|decades)|(?:the\s+)?coming\s+(?:days|weeks|months|years)|"
        r"(?:right\s+)?now|currently|current|at\s+present|presently|nowadays|these\s+days|"
        r"recently|lately|recent|the\s+past|(?:(?:very\s+)?soon|shortly)(?!\s+(?:after|before))|the\s+future",
        read_vague_reference,
        ambiguous=True,
    ),
    rule("ago", rf"(?P<number>{NUMBER})\s+(?P<unit>{UNIT})\s+ago|(?P<unit2>{UNIT})\s+ago", read_ago),
    rule(
        "later",
        rf"(?P<number>{NUMBER})\s+(?P<unit>{UNIT})\s+"
        r"(?P<dir>(?:later|earlier)(?!\s+than)|afterwards|(?:after|before)(?=\s*(?:[,.;:)]|$)))",
        read_later,
    ),
    rule(
        "vague_later",
        r"(?P<unit>(?:second|minute|hour|day|week|month|year)s)\s+(?P<dir>later|earlier)(?!\s+than)",
        read_vague_later,
    ),
    rule(
        "narrative_step",
        rf"the\s+(?P<rel>next|following|previous|same)\s+(?:(?P<unit>day|week|weekend|month|year)|(?P<part>{DAY_PART}))"
        rf"|the\s+(?P<unit2>day|week|month|year)\s+(?P<after>before|after|previous|earlier)",
        read_narrative_step,
    ),
    rule("same_day", r"that\s+(?:same\s+)?day", read_same_day),
    rule(
        "set",
        rf"(?:(?:once|twice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)|every|each|per)"
        rf"\s+(?P<other>other\s+)?(?:(?P<number>{NUMBER})\s+)?(?P<unit>{UNIT})"
        rf"|(?P<adverb>annual|annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly)",
        read_set,
    ),
    rule(
        "duration",
        rf"(?:the\s+(?:past|last|next|previous|coming|first|following)\s+)?"
        rf"(?P<number>{NUMBER})[\s-]+(?P<unit>{DURATION_UNIT})(?:\s+and\s+a\s+half)?(?![\s-]+old\b)"
        rf"|the\s+(?:past|last)\s+(?P<unit2>{UNIT})",
        read_duration,
    ),
    rule(
        "vague_duration",
        r"(?:the\s+)?(?P<unit>(?:minute|hour|day|week|month|year|decade|centurie)s)",
        read_duration,
        ambiguous=True,
    ),
    rule(
        "clock",
        r"(?:(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?:\s*(?P<ampm>[ap])\.?m\.?)?"
        r"|(?P<hour2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap])\.?m\.?|(?P<noon>noon|midnight))"
        r"(?:\s+(?P<zone>UTC|GMT|[ECMP][SD]T|BST|CET|CEST))?"
        rf"(?:\s+(?:on\s+)?(?P<dayword>today|yesterday|tomorrow|{WEEKDAY}))?",
        read_clock,
    ),
    rule("day_part", r"(?:that\s+|the\s+)?(?P<part>morning|afternoon|evening)", read_day_part, ambiguous=True),
]


# --------------------------------------------------------------------------
# Finding spans


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: Groups
    mod: str | None = None


def rule_candidates(text: str) -> Iterator[Candidate]:
    for r in RULES:
        for m in r.pattern.finditer(text):
            yield Candidate(m.start(), m.end(), r, Groups(m))


def whole_match(text: str, start: int, end: int) -> tuple[Rule, Groups] | None:
    """A rule whose match at ``start``, in context, ends at ``end`` ("14-year"
    is no match in "14-year-old")."""
    for r in RULES:
        m = r.pattern.match(text, start)
        if m is not None and m.end() == end:
            return r, Groups(m)
    return None


MAX_ENTITY_TOKENS = 12  # longer "entities" are runs of dates the grammar finds one by one


def entity_candidates(doc: Doc, text: str) -> Iterator[Candidate]:
    """The longest token sub-span of each DATE/TIME entity that the grammar reads
    whole: "April 2, Musk" -> "April 2"; "Musk" -> nothing."""
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or len(ent) > MAX_ENTITY_TOKENS:
            continue
        spans = [doc[i:j] for i in range(ent.start, ent.end) for j in range(i + 1, ent.end + 1)]
        for span in sorted(spans, key=lambda s: len(s.text), reverse=True):
            found = whole_match(text, span.start_char, span.end_char)
            if found is not None:
                yield Candidate(span.start_char, span.end_char, *found)
                break


def with_modifier(candidate: Candidate, text: str) -> Candidate:
    """Take in a modifier just before the span ("late April", "almost two years")."""
    m = MODIFIER.search(text, max(0, candidate.start - 40), candidate.start)
    if m is None:
        return candidate
    words = re.findall(r"[a-z]+", m.group(0).lower())
    mod = MODIFIER_VALUES[next(w for w in words if w in MODIFIER_VALUES)]
    is_duration = candidate.rule.name == "duration"
    if mod not in (DURATION_MODIFIERS if is_duration else POINT_MODIFIERS):
        return candidate
    return replace(candidate, start=m.start(), mod=mod)


NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
NUMBER_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def supported(candidate: Candidate, doc: Doc) -> bool:
    """Whether a match is a temporal expression here: never a modal verb ("may"),
    nor words inside a name ("Theresa May", "China Daily"); ambiguous forms only
    inside a spaCy DATE/TIME entity or after a temporal word ("in 2000")."""
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    if len(span) == 1 and span[0].tag_ == "MD":
        return False
    labels = {t.ent_type_ for t in span}
    if labels & NAME_LABELS and not any(c.isdigit() for c in span.text):
        return False
    if not candidate.rule.ambiguous:
        return True
    if candidate.rule.name == "year" and labels & NUMBER_LABELS:
        return False
    if candidate.rule.name == "season" and span[-1].dep_ == "compound":
        return False  # "winter wheat"
    if labels & {"DATE", "TIME"} or candidate.mod is not None:
        return True
    if candidate.rule.name == "year" and counts_things(span):
        return False
    if candidate.rule.name == "vague_reference":
        return span[0].pos_ not in ("NOUN", "PROPN", "VERB")
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    return previous in TEMPORAL_CUES


def counts_things(span: Span) -> bool:
    """A number in front of a plural noun is a count ("1709 schoolchildren")."""
    last = span[-1]
    return last.dep_ == "nummod" and last.head.tag_ == "NNS"


def as_rate(reading: Reading, span: Span) -> Reading:
    """ "a year" after a quantity ("$300 million a year", "15 a year") is a SET."""
    if reading.type != "DURATION" or span[0].lower_ not in ("a", "an", "per") or span.start == 0:
        return reading
    previous = span.doc[span.start - 1]
    if previous.tag_ in ("CD", "NNS") or previous.text == "%":
        return replace(reading, type="SET")
    return reading


def select(candidates: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates, longest first (then leftmost, then by rule order)."""
    rank = {r.name: i for i, r in enumerate(RULES)}
    taken = bytearray(length)
    chosen = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start, rank[c.rule.name])):
        if not any(taken[c.start : c.end]):
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """Tense of the nearest finite verb governing the span: "future" for will,
    shall, modals, "is to", plan/expect/schedule...; "past" for the past and the
    present perfect; else "present"."""
    token = doc.char_span(start, end, alignment_mode="expand").root
    while True:
        if token.lower_ == "due" or token.lemma_.lower() in FUTURE_VERBS:
            return "future"
        if token.lemma_ == "set" and any(a.lower_ == "to" for c in token.children for a in c.children):
            return "future"  # "set to take place"
        if token.pos_ in ("VERB", "AUX"):
            auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
            words = {a.lower_ for a in auxiliaries}
            lemmas = {a.lemma_.lower() for a in auxiliaries}
            if words & FUTURE_AUXILIARIES or ("to" in words and "be" in lemmas):
                return "future"
            if token.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxiliaries):
                return "past"
            if token.tag_ == "VBN" and (not auxiliaries or "have" in lemmas):
                return "past"  # present perfect, or a participle ("plans announced in May")
            if token.morph.get("Tense") or any(a.morph.get("Tense") for a in auxiliaries):
                return "present"
        if token.head.i == token.i:
            return "present"
        token = token.head


# --------------------------------------------------------------------------
# Public API


class TimexTagger:
    def __init__(self, document_date: date | None):
        self.document_date = document_date
        self.narrative: Anchor | None = None
        self.narrative_day: Anchor | None = None

    def tag(self, doc: Doc) -> list[Timex]:
        """Tag one paragraph; the story's last resolved date carries over to the
        next call."""
        text = doc.text
        candidates = [with_modifier(c, text) for c in [*rule_candidates(text), *entity_candidates(doc, text)]]
        chosen = select([c for c in candidates if supported(c, doc)], len(text))
        timexes = []
        for candidate in chosen:
            ctx = Context(
                self.document_date,
                self.narrative,
                self.narrative_day,
                clause_tense(doc, candidate.start, candidate.end),
            )
            span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            reading = as_rate(candidate.rule.read(candidate.groups, ctx), span)
            if reading.point is not None and reading.mod is None:
                self.remember(reading)
            timexes.append(
                Timex(
                    start=candidate.start,
                    end=candidate.end,
                    text=text[candidate.start : candidate.end],
                    type=reading.type,
                    value=reading.value,
                    mod=candidate.mod or reading.mod,
                    granularity=reading.granularity,
                    anchor=reading.anchor,
                    anchor_value=reading.anchor_value,
                )
            )
        return timexes

    def remember(self, reading: Reading) -> None:
        granularity = "day" if reading.granularity == "time" else reading.granularity
        if granularity in ("day", "week", "month", "year"):
            self.narrative = Anchor(reading.point, granularity, reading.year_known)
        if granularity == "day":
            self.narrative_day = self.narrative


DATE_LINE_RULES = ("iso_date", "full_date_mdy", "full_date_dmy")
# lower-case words a date line may have besides the date: labels, clock times
DATE_LINE_WORDS = {
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "date",
    "on",
    "at",
    "by",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "utc",
    "gmt",
    "edt",
    "est",
    "bst",
}


def is_date_line(rest: str) -> bool:
    """Whether what is left of a line once the date is cut out is only labels,
    a clock time, names and punctuation ("By Jane Doe | Published at 10:02 am"),
    not prose ("The vote on ... was close.")."""
    words = re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+\.?)?", rest)
    return all(w[0].isupper() or w.lower() in DATE_LINE_WORDS for w in words)


def find_document_date(text: str) -> date | None:
    """The date on a date line near the top of an article, or None.

    Looks at the first five non-empty lines for a full date ("March 01, 2008",
    "Friday, May 8, 2009", "2025-06-06") on a line that is otherwise only labels,
    a clock time and names ("Published: ...", "By Jane Doe | ...", "... at 10:02 am")."""
    lines = [line for line in text.splitlines() if line.strip()][:5]
    for line in lines:
        for r in RULES:
            if r.name not in DATE_LINE_RULES:
                continue
            m = r.pattern.search(line)
            if m is None or not is_date_line(line[: m.start()] + " " + line[m.end() :]):
                continue
            reading = r.read(Groups(m), Context(None, None, None, "past"))
            if reading.value is not None:
                return date.fromisoformat(reading.value)
    return None

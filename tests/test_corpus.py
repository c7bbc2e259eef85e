"""The whole pipeline on the two sample articles: the cases the issues name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from feudcli.analysis import analyze

CORPUS = Path(__file__).parents[1] / "corpus"


@pytest.fixture(scope="module")
def result():
    return analyze([str(CORPUS)], reference_date=date(2025, 6, 6))


@pytest.mark.parametrize(
    ("quote", "speaker", "cue", "target", "polarity"),
    [
        ("a moron", "Elon Musk", "call", "Peter Navarro", "attack"),
        ("a major drug addict", "Donald Trump", "call", "Elon Musk", "attack"),
        ("a bitter divorce", "Ted Cruz", "liken", "the situation", "neutral"),
        (
            "one of the greatest business leaders and innovators the world has ever seen",
            "Donald Trump",
            "praise",
            "Elon Musk",
            "praise",
        ),
    ],
)
def test_every_quoted_phrase_is_attributed(result, quote, speaker, cue, target, polarity):
    found = [c for c in result.claims if c.quote == quote]
    assert [(c.speaker, c.cue, c.target, c.polarity) for c in found] == [(speaker, cue, target, polarity)]


def test_anonymous_and_disputed_sourcing(result):
    addict = next(c for c in result.claims if c.quote == "a major drug addict")
    assert addict.sourcing == "anonymous" and addict.speaker_mention.text in ("he", "Trump")
    accuse = next(c for c in result.claims if c.cue == "accuse" and c.speaker == "Donald Trump")
    assert accuse.target == "Elon Musk" and accuse.disputed
    assert any(c.cue == "deny" and c.speaker == "Elon Musk" for c in result.claims)


def test_timeline_values_and_anchors(result):
    by_text = {}
    for e in result.events:
        by_text.setdefault(e.date_text.lower(), []).append(e)
    assert [e.date for e in by_text["april 2"]] == ["2025-04-02"]
    late = by_text["late april"][0]
    assert (late.date, late.mod) == ("2025-04", "END")
    assert by_text["january"][0].date == "2025-01"
    days_later = next(e for e in by_text["days later"] if e.paragraph == by_text["april 2"][0].paragraph)
    assert (days_later.anchor, days_later.anchor_value) == ("narrative", "2025-04-02")
    assert not any(e.date_text.lower() in ("may", "musk") for e in result.events)
    assert not any(e.date_text.lower() == "now" and e.date for e in result.events)


def test_timeline_is_in_calendar_order(result):
    dated = [e.date for e in result.events if e.date and e.date[:4].isdigit()]
    assert dated[:4] == ["2025-01", "2025-02", "2025-04", "2025-04-02"]
    assert result.events[-1].date is None


def test_actors_in_event_sentences_are_canonical(result):
    april2 = next(e for e in result.events if e.date_text == "April 2")
    assert {"Elon Musk", "Donald Trump", "Peter Navarro"} <= set(april2.actors)

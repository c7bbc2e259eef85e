"""The parse store: spaCy analyses of articles, by content, in one SQLite file.

An entry is one article's parsed paragraphs (a DocBin; without lemmas when the
pipeline's lemmatizer is rule-based: nlp.lemmatize() adds them on reading). Keys
are a hash of the model's name and version, the pipeline components run, this
store's format and the paragraphs' text as the model reads it (nlp.model_text), so
identical articles are parsed once and neither a changed model nor a changed reading
of the text serves stale parses. Beside the parses are values derived
from them (actor mentions, and a corpus's actors), keyed also by a hash of the code
that derives them and of the lexicons it reads, so a changed extractor or word list
never serves stale results. SQLite makes every
write atomic: a killed run or two runs at once never leave a half-written entry;
an entry that fails to load is dropped and rebuilt.

With caching off the same store lives in a temporary file for the run, so the
analysis never holds every parsed Doc in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FORMAT = 6  # bump when what is stored changes: older stores are emptied on open
FILE_NAME = "parses.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS parse (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    docs BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS derived (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class CacheError(Exception):
    """The cache folder cannot be created or written."""


def default_dir() -> Path:
    """The user's cache folder: $FEUDCLI_CACHE_DIR, else the platform's (XDG on Linux)."""
    if os.environ.get("FEUDCLI_CACHE_DIR"):
        return Path(os.environ["FEUDCLI_CACHE_DIR"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("feudcli", appauthor=False))


def code_version(*modules: ModuleType, data: Iterable[bytes] = ()) -> str:
    """A hash of the source of the modules that derive cached values, and of the data
    they read (the lexicons the package ships)."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(module.__file__).read_bytes())
    for blob in data:
        digest.update(blob)
    return digest.hexdigest()[:16]


def key(model: str, texts: Iterable[str]) -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{model}".encode())
    for text in texts:
        digest.update(b"\0" + text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ParseStore:
    """Parsed paragraphs by key. Use as a context manager."""

    def __init__(self, folder: Path | None, vocab: Callable[[], Vocab]):
        self._vocab = vocab  # called only when a Doc is first loaded
        self._tmp = None
        if folder is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="feudcli-")
            folder = Path(self._tmp.name)
        self.path = folder / FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError:  # not a database any more: it is only a cache, start again
                clear(folder)
                self._db = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(
                f"cannot use the cache folder {folder}: {exc} (use --cache-dir DIR or --no-cache)"
            ) from None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        if db.execute("PRAGMA user_version").fetchone()[0] != FORMAT:
            db.executescript("DROP TABLE IF EXISTS parse; DROP TABLE IF EXISTS derived;")
            db.execute(f"PRAGMA user_version = {FORMAT}")
        db.executescript(_SCHEMA)
        return db

    def __enter__(self) -> ParseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def known(self, keys: Iterable[str]) -> set[str]:
        keys = list(set(keys))
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self._db.execute(f"SELECT key FROM parse WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update(k for (k,) in rows)
        return found

    def put(self, model: str, items: list[tuple[str, bytes]]) -> None:
        """Store a batch of articles' serialised parses in one transaction (all or nothing)."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO parse VALUES (?, ?, ?)", [(k, model, b) for k, b in items])

    def docs(self, k: str) -> list[Doc] | None:
        """The stored Docs, or None when absent or unreadable (then the entry is dropped)."""
        from spacy.tokens import DocBin

        row = self._db.execute("SELECT docs FROM parse WHERE key = ?", (k,)).fetchone()
        if row is None:
            return None
        try:
            return list(DocBin(store_user_data=False).from_bytes(row[0]).get_docs(self._vocab()))
        except Exception:  # any corruption: rebuild rather than fail
            self.drop(k)
            return None

    def drop(self, k: str) -> None:
        self._db.execute("DELETE FROM parse WHERE key = ?", (k,))

    def derived(self, k: str) -> Any:
        """A value computed from stored parses (JSON), or None."""
        row = self._db.execute("SELECT value FROM derived WHERE key = ?", (k,)).fetchone()
        try:
            return None if row is None else json.loads(row[0])
        except ValueError:
            return None

    def put_derived(self, items: Iterable[tuple[str, Any]]) -> None:
        """Store values in one transaction; `items` is consumed one at a time, so a
        generator of many values never holds all of them encoded at once."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO derived VALUES (?, ?)", ((k, json.dumps(v)) for k, v in items))


def serialize(docs: list[Doc]) -> bytes:
    """An article's parsed paragraphs as stored (a DocBin)."""
    from spacy.tokens import DocBin

    return DocBin(docs=docs, store_user_data=False).to_bytes()


def info(folder: Path) -> dict[str, Any]:
    path = folder / FILE_NAME
    result: dict[str, Any] = {"path": str(path), "exists": path.exists(), "entries": 0, "bytes": 0, "models": {}}
    if not path.exists():
        return result
    result["bytes"] = sum(p.stat().st_size for p in folder.glob(FILE_NAME + "*"))
    with sqlite3.connect(path, timeout=60) as db:
        for model, count in db.execute("SELECT model, COUNT(*) FROM parse GROUP BY model"):
            result["models"][model] = count
            result["entries"] += count
    return result


def clear(folder: Path) -> int:
    """Delete the store's files; returns how many bytes were freed."""
    freed = 0
    for p in folder.glob(FILE_NAME + "*"):
        freed += p.stat().st_size
        p.unlink()
    return freed

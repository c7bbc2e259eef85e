"""The parse store: spaCy analyses of paragraphs, by content, in one SQLite file.

Keys are a hash of the model's name and version, the pipeline components run,
this store's format and the paragraph text, so identical paragraphs (and
identical articles) are parsed once and a changed model never serves stale
parses. SQLite makes every write atomic: a killed run or two runs at once never
leave a half-written entry; an entry that fails to load is dropped and rebuilt.

With caching off the same store lives in a temporary file for the run, so the
analysis never holds every parsed Doc in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FORMAT = 1
FILE_NAME = "parses.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS parse (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    doc BLOB NOT NULL,
    meta TEXT NOT NULL
)
"""
_EXCLUDE = ["tensor", "user_data"]


def default_dir() -> Path:
    """The user's cache folder: $FEUDCLI_CACHE_DIR, else the platform's (XDG on Linux)."""
    if os.environ.get("FEUDCLI_CACHE_DIR"):
        return Path(os.environ["FEUDCLI_CACHE_DIR"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("feudcli", appauthor=False))


def key(model: str, text: str) -> str:
    return hashlib.sha256(f"{FORMAT}\0{model}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Entry:
    doc: Doc
    meta: dict[str, Any]


class ParseStore:
    """Parsed paragraphs by key. Use as a context manager."""

    def __init__(self, folder: Path | None, vocab: Vocab):
        self.vocab = vocab
        self._tmp = None
        if folder is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="feudcli-")
            folder = Path(self._tmp.name)
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILE_NAME
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

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

    def put(self, model: str, items: list[tuple[str, Doc, dict[str, Any]]]) -> None:
        """Store a batch in one transaction (all or nothing)."""
        rows = [(k, model, doc.to_bytes(exclude=_EXCLUDE), json.dumps(meta)) for k, doc, meta in items]
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO parse VALUES (?, ?, ?, ?)", rows)

    def meta(self, k: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT meta FROM parse WHERE key = ?", (k,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            self.drop(k)
            return None

    def doc(self, k: str) -> Doc | None:
        """The stored Doc, or None when absent or unreadable (then the entry is dropped)."""
        from spacy.tokens import Doc

        row = self._db.execute("SELECT doc FROM parse WHERE key = ?", (k,)).fetchone()
        if row is None:
            return None
        try:
            return Doc(self.vocab).from_bytes(row[0])
        except Exception:  # any corruption: rebuild rather than fail
            self.drop(k)
            return None

    def drop(self, k: str) -> None:
        self._db.execute("DELETE FROM parse WHERE key = ?", (k,))


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

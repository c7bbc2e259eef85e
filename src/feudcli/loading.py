"""Files -> documents: find the articles, read and decode them, never crash on one.

Every input ends as a `Document` with status "analysed" (text decoded) or
"skipped" (with a one-line reason), so one bad file never loses the others.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import Document

TEXT_SUFFIXES = (".txt",)
STDIN = "-"
_C1_CONTROLS = re.compile(r"[\x80-\x9f]")


class UsageError(Exception):
    """A problem with what the user asked for (not with one file's content)."""


@dataclass(frozen=True)
class Source:
    id: str
    path: Path | None  # None for stdin


def discover(paths: list[str]) -> list[Source]:
    """Expand PATH arguments into sources: files as given, folders' *.txt recursively, sorted.

    Document ids are paths relative to the folder given (the file name for a file
    argument), so they stay stable wherever the corpus lives.
    """
    sources: list[Source] = []
    for arg in paths:
        if arg == STDIN:
            sources.append(Source("<stdin>", None))
            continue
        path = Path(arg)
        if path.is_dir():
            sources.extend(Source(rel, path / rel) for rel in _walk_texts(path))
        elif path.exists() or path.is_symlink():
            sources.append(Source(path.name, path))
        else:
            raise UsageError(f"{arg}: no such file or folder")
    seen: set[str] = set()
    unique = []
    for source in sources:
        if source.id in seen:  # same id from two arguments: qualify by path
            source = Source(str(source.path), source.path)
        seen.add(source.id)
        unique.append(source)
    return unique


def _walk_texts(root: Path) -> Iterator[str]:
    found = []
    visited: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in visited:  # a symlink loop
            dirnames[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirnames.sort()
        for name in filenames:
            if name.lower().endswith(TEXT_SUFFIXES) and not name.startswith("."):
                found.append(Path(dirpath, name).relative_to(root).as_posix())
    return iter(sorted(found))


def read(source: Source, encoding: str | None = None, max_bytes: int | None = None) -> Document:
    """Read and decode one source; problems become a skipped Document, never an exception."""
    if source.path is not None:
        try:
            if not stat.S_ISREG(source.path.stat().st_mode):
                return _skipped(source, "not a regular file")
        except FileNotFoundError:
            return _skipped(source, "vanished or a broken link")
        except OSError as exc:
            return _skipped(source, exc.strerror or type(exc).__name__)
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
    except IsADirectoryError:
        return _skipped(source, "is a folder, not a file")
    except PermissionError:
        return _skipped(source, "permission denied")
    except FileNotFoundError:
        return _skipped(source, "vanished before it could be read")
    except OSError as exc:
        return _skipped(source, exc.strerror or type(exc).__name__)
    if max_bytes is not None and len(data) > max_bytes:
        return _skipped(source, f"{len(data):,} bytes is over --max-bytes {max_bytes:,}")
    text, used, problem = decode(data, encoding)
    if problem:
        return _skipped(source, problem)
    if not text.strip():
        return _skipped(source, "empty (no text)")
    return Document(id=source.id, path=_shown(source), status="analysed", text=text, encoding=used)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str | None, str | None]:
    """Bytes -> (text, encoding used, problem): the encoding asked for, else UTF-8 (BOM
    or not), else Windows-1252, else charset detection; binary data is refused."""
    if b"\x00" in data[:65536]:
        return "", None, "not text (binary data, NUL bytes)"
    if encoding:
        try:
            return data.decode(encoding), encoding, None
        except (UnicodeDecodeError, LookupError) as exc:
            return "", None, f"cannot be decoded as {encoding}: {exc.__class__.__name__}"
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data.decode("utf-8-sig"), "utf-8-sig", None
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    # Western scraped text that is not UTF-8 is nearly always Windows-1252 (a
    # superset of Latin-1); detection guesses badly on short texts, so that comes first.
    try:
        text = data.decode("cp1252")
        if not _C1_CONTROLS.search(text):
            return text, "cp1252", None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "", None, "not UTF-8 text and no other encoding fits (binary?)"
    return str(best), best.encoding, None


def _shown(source: Source) -> str:
    return "<stdin>" if source.path is None else str(source.path)


def _skipped(source: Source, reason: str) -> Document:
    return Document(id=source.id, path=_shown(source), status="skipped", error=reason)

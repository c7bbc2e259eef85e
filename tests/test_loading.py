"""Finding and decoding input files."""

from pathlib import Path

import pytest

from feudcli.loading import Source, UsageError, discover, read


def test_folder_is_walked_recursively_sorted_with_relative_ids(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [s.id for s in discover([str(tmp_path)])] == ["a.txt", "b/z.txt"]


def test_missing_path_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match="no such file"):
        discover([str(tmp_path / "nope")])


@pytest.mark.parametrize(
    ("data", "status", "encoding", "text"),
    [
        ("Caf\u00e9 news.".encode("utf-8"), "analysed", "utf-8", "Caf\u00e9 news."),
        (b"\xef\xbb\xbfBOM first.", "analysed", "utf-8-sig", "BOM first."),
        (b"\x00\x01\x02binary", "skipped", None, ""),
        (b"   \n\n", "skipped", None, ""),
    ],
)
def test_decoding(tmp_path: Path, data: bytes, status: str, encoding: str | None, text: str):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    doc = read(Source("x.txt", path))
    assert (doc.status, doc.encoding, doc.text) == (status, encoding, text)
    if status == "skipped":
        assert doc.error


def test_latin1_is_detected_not_mangled(tmp_path: Path):
    path = tmp_path / "l.txt"
    path.write_bytes(
        "Le ministre a d\u00e9clar\u00e9 que la r\u00e9forme \u00e9tait n\u00e9cessaire.".encode("latin-1")
    )
    doc = read(Source("l.txt", path))
    assert doc.status == "analysed"
    assert "d\u00e9clar\u00e9" in doc.text


def test_max_bytes(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    doc = read(Source("big.txt", path), max_bytes=10)
    assert doc.status == "skipped" and "--max-bytes" in doc.error

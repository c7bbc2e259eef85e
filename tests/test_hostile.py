"""Bad input and hostile text: every file accounted for, good results unchanged, no text interpreted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feudcli import render
from feudcli.analysis import analyze
from feudcli.paragraphs import MAX_PARAGRAPH_CHARS, split

GOOD = "Mayor Lena Fischer opened the new bridge in Bremen on Monday.\n\nShe said “it will last a century.”\n"
HOSTILE = (
    "[bold red]Governor Ada Quist[/] met Omar Reyes in \x1b[31mOslo\x1b[0m on May 3.\n"
    '=HYPERLINK("http://example.invalid","click") was posted by Omar Reyes.\n'
    "<script>alert(1)</script> Ada Quist said “=1+1” was wrong.\n"
)


def run(*args: str, columns: int = 200) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run(
        [sys.executable, "-m", "feudcli", *args], capture_output=True, text=True, timeout=600, env=env
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"%PDF-1.4\x00\x00\x93\x8c binary stream")
    (root / "empty.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes(
        "President José Núñez visited Zürich with Zoë Martin, the mayor said.".encode("latin-1")
    )
    (root / "bom.txt").write_bytes("\ufeffSenator Kate Olsen spoke in Denver.".encode("utf-8"))
    (root / "crlf.txt").write_bytes(
        b"Storm Warning Issued\r\n\r\nChief Ray Dunn warned residents of Tulsa.\r\nHe said the storm was close.\r\n"
    )
    (root / "huge.txt").write_text(
        "Word after word in a very long line. " * 140_000, encoding="utf-8"
    )  # 5 MB, one line
    (root / "markup.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "gone.txt").symlink_to(root / "does-not-exist.txt")
    os.mkfifo(root / "fifo.txt")
    (root / "sub").mkdir()
    (root / "sub" / "loop").symlink_to(root)  # a symlink loop back to the top
    return root


EXPECTED_SKIPS = {
    "binary.txt": "not text (binary data, NUL bytes)",
    "empty.txt": "empty (no text)",
    "huge.txt": "5,180,000 bytes is over --max-bytes 1,000,000",
    "gone.txt": "vanished or a broken link",
    "fifo.txt": "not a regular file",
}


@pytest.fixture(scope="module")
def result(corpus: Path) -> subprocess.CompletedProcess:
    return run("entities", str(corpus), "--json", "--max-bytes", "1000000")


def test_every_file_accounted_for(result, corpus: Path):
    assert result.returncode == 2
    data = json.loads(result.stdout)
    status = {d["id"]: (d["status"], d["error"]) for d in data["documents"]}
    assert {k: v[1] for k, v in status.items() if v[0] == "skipped"} == EXPECTED_SKIPS
    assert {k for k, v in status.items() if v[0] == "analysed"} == {
        "good.txt",
        "latin1.txt",
        "bom.txt",
        "crlf.txt",
        "markup.txt",
    }
    lines = result.stderr.strip().splitlines()
    assert sorted(lines) == sorted(f"feudcli: skipped {corpus / k}: {v}" for k, v in EXPECTED_SKIPS.items())


def test_encodings_reported_and_offsets_hold(result, corpus: Path):
    data = json.loads(result.stdout)
    docs = {d["id"]: d for d in data["documents"]}
    assert docs["bom.txt"]["encoding"] == "utf-8-sig"
    assert docs["latin1.txt"]["encoding"] == "cp1252"
    names = {e["name"] for e in data["entities"]}
    assert {"José Núñez", "Zoë Martin", "Kate Olsen", "Ray Dunn", "Lena Fischer"} <= names
    texts = {"crlf.txt": (corpus / "crlf.txt").read_bytes().decode(), "good.txt": GOOD}
    for e in data["entities"]:
        for m in e["mentions"]:
            if m["doc"] in texts:
                assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]


def test_good_file_results_unchanged_by_bad_neighbours(result, corpus: Path):
    alone = json.loads(run("entities", str(corpus / "good.txt"), "--json").stdout)
    together = json.loads(result.stdout)
    mine = [{**e, "count_by_doc": None, "docs": None} for e in together["entities"] if e["docs"] == ["good.txt"]]
    assert mine == [{**e, "count_by_doc": None, "docs": None} for e in alone["entities"]]


def test_strict_fails_on_any_skip(corpus: Path):
    proc = run("entities", str(corpus), "--json", "--strict", "--max-bytes", "1000000")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip().splitlines()[-1] == "feudcli: 5 file(s) skipped (--strict)"


def test_markup_escapes_and_formulas_are_inert(corpus: Path):
    for command in ("entities", "timeline", "claims"):
        table = run(command, str(corpus / "markup.txt"))
        assert table.returncode == 0, table.stderr
        assert "\x1b" not in table.stdout
    table = run("entities", str(corpus / "markup.txt"), "--actor", "Omar Reyes", columns=400)
    assert "[bold red]Governor Ada Quist[/] met" in table.stdout  # shown as written, not as style
    assert "\\x1b[31mOslo\\x1b[0m" in table.stdout  # the escape made visible, not sent
    csv_out = run("claims", str(corpus / "markup.txt"), "--csv").stdout
    for cell in csv_out.replace("\n", ",").split(","):
        assert not cell.strip('"').startswith(("=", "+", "@")), cell


def test_five_megabyte_line_is_cut_into_paragraphs():
    text = "Word after word in a very long line. " * 140_000
    paras = split("huge", text)
    assert max(len(p.text) for p in paras) <= MAX_PARAGRAPH_CHARS
    assert all(text[p.start : p.end] == p.text for p in paras)


def test_long_line_is_analysed_end_to_end(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text("Inspector Mara Lind visited Kyiv. " * 4_000, encoding="utf-8")  # 136 KB, one line
    proc = run("entities", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["documents"][0]["paragraphs"] == 14
    assert {"Mara Lind", "Kyiv"} <= {e["name"] for e in data["entities"]}


_ALPHABET = st.sampled_from(
    list("abc XYZ.,;:!?'\"“”‘’«»()[]/\\\n\r\t-—=+@<>&") + ["Trump", " said ", "’s", "\x1b[", "\x00", "January 3"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=300), st.lists(_ALPHABET, max_size=80).map("".join)))
def test_arbitrary_text_never_crashes(tmp_path: Path, text: str):
    path = tmp_path / "any.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    analysis = analyze([str(path)], reference_date=None)
    for command in ("entities", "timeline", "claims"):
        records = {"entities": analysis.actors, "timeline": analysis.events, "claims": analysis.claims}[command]
        out = render.to_string(command, "json", analysis, records)
        assert json.loads(out)["schema"] == f"feudcli.{command}/1"
        render.to_string(command, "table", analysis, records)
        render.to_string(command, "csv", analysis, records)


def _parsed_any(path: Path) -> bool:
    import sqlite3

    if not path.exists():  # connecting would create it
        return False
    try:
        with sqlite3.connect(path, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM parse").fetchone()[0] > 0
    except sqlite3.Error:  # not created yet
        return False


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_with_130_and_a_sound_cache(tmp_path: Path, jobs: str):
    """Ctrl-C in a terminal signals the whole process group, parser processes included."""
    import signal
    import sqlite3
    import time

    articles = tmp_path / "many"
    articles.mkdir()
    seed = (Path(__file__).parents[1] / "corpus" / "001_fce04371c749120f.txt").read_text(encoding="utf-8")
    for i in range(400):  # minutes of parsing: the interrupt always comes mid-run
        (articles / f"a{i:03d}.txt").write_text(f"Report number {i}\n\n" + seed, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    # A suite started in the background ("pytest &") ignores Ctrl-C, and so would the program it starts:
    # the program is started as from a terminal, taking Ctrl-C.
    ignoring = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "feudcli", "entities", str(articles), "--jobs", jobs, "--cache-dir", str(cache_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, ignoring)
    deadline = time.monotonic() + 120
    while not _parsed_any(cache_dir / "parses.sqlite3") and time.monotonic() < deadline:
        time.sleep(0.2)  # until the model is loaded and parses are being stored: on a busy machine
        # a fixed wait could interrupt the model's loading, which a library may swallow
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and stderr.strip().endswith("feudcli: interrupted")
    with sqlite3.connect(cache_dir / "parses.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    some = tmp_path / "some"  # the articles parsed first, and others: stored parses are read back or redone
    some.mkdir()
    for path in sorted(articles.iterdir())[:20]:
        shutil.copy(path, some)
    again = run("entities", str(some), "--json", "--cache-dir", str(cache_dir))
    assert again.returncode == 0 and json.loads(again.stdout)["entities"][0]["count"] >= 20

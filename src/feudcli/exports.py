"""Records -> formats other tools read: TimelineJS 3 JSON and the actor network
(GraphML, GEXF, DOT, JSON, a terminal table). Nothing here analyses.

Timeline dates keep only the parts the article gave: "2025-04" is a year and a
month, never an invented day. Periods become the calendar unit they start in,
with TimelineJS's `display_date` naming the period as written in TIMEX3 terms:

* ISO week "2025-W14" (and its weekend "2025-W14-WE") -> year and month of the week's Monday
* season "2025-SU" -> year and the season's first month (SP 3, SU 6, FA 9, WI 12)
* quarter "2025-Q2" -> year and the quarter's first month
* decade "199" -> year 1990; century "20" -> year 2000
* "2025-04-02T15:00" -> day, hour and minute; a part of a day ("2025-04-03TMO") -> the day,
  named in `display_date` ("3 April 2025, morning")
* a year TimelineJS cannot place ("XXXX-04-02") or no calendar value -> left out
  (`timelinejs_date` returns None; `left_out` counts them)

The network has one node per actor and two kinds of edges (a MultiDiGraph keyed
by kind): "co-occurrence" between actors named in the same paragraph (weight =
paragraphs, stored once from the actor listed first in `analysis.actors` to the
other), and "claim" from speaker to target when both are actors (weight =
claims, with attack/praise/neutral counts).
"""

from __future__ import annotations

import html
import re
from calendar import month_name
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from typing import IO, TYPE_CHECKING, Any

import networkx as nx
from rich.table import Table
from rich.text import Text

from .records import Event
from .render import safe_text

if TYPE_CHECKING:
    from .analysis import Analysis

NETWORK_SCHEMA = "feudcli.network/1"
GROUP_BY = ("document", "actor")
NO_ACTOR_GROUP = "(no actor named)"
POLARITIES = ("attack", "praise", "neutral")

_SEASONS = {"SP": (3, "Spring"), "SU": (6, "Summer"), "FA": (9, "Autumn"), "AU": (9, "Autumn"), "WI": (12, "Winter")}
_DAY_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_CLOCK = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2}))?")


# ---------------------------------------------------------------- TimelineJS


def timelinejs_date(value: str | None) -> dict[str, Any] | None:
    """A TimelineJS `start_date` with only the known parts, or None when the year is unknown."""
    if not value:
        return None
    day_part, _, time_part = value.partition("T")
    year, _, rest = day_part.partition("-")
    if not year.isdigit():
        return None
    if len(year) == 3:
        return {"year": int(year) * 10, "display_date": f"{year}0s"}
    if len(year) == 2:
        return {"year": int(year) * 100, "display_date": f"{year}00s"}
    return _period(int(year), rest.split("-") if rest else [], time_part)


def _period(year: int, fields: list[str], time_part: str) -> dict[str, Any]:
    if not fields:
        return {"year": year}
    head = fields[0]
    if head.startswith("W") and head[1:].isdigit():
        monday = date.fromisocalendar(year, int(head[1:]), 1)
        weekend = "Weekend of week" if fields[1:] == ["WE"] else "Week"
        return {"year": monday.year, "month": monday.month, "display_date": f"{weekend} {int(head[1:])}, {year}"}
    if head.startswith("Q") and head[1:].isdigit():
        return {"year": year, "month": 3 * int(head[1:]) - 2, "display_date": f"Q{head[1:]} {year}"}
    if head in _SEASONS:
        month, name = _SEASONS[head]
        return {"year": year, "month": month, "display_date": f"{name} {year}"}
    if not head.isdigit():
        return {"year": year}
    start: dict[str, Any] = {"year": year, "month": int(head)}
    if len(fields) > 1 and fields[1].isdigit():
        start["day"] = int(fields[1])
        start.update(_time(time_part))
        if time_part in _DAY_PARTS:
            start["display_date"] = f"{start['day']} {month_name[start['month']]} {year}, {_DAY_PARTS[time_part]}"
    return start


def _time(time_part: str) -> dict[str, Any]:
    clock = _CLOCK.match(time_part)
    if clock:
        parts = {"hour": int(clock[1]), "minute": int(clock[2])}
        if clock[3]:
            parts["second"] = int(clock[3])
        return parts
    return {}


def left_out(events: list[Event]) -> int:
    """How many events `timelinejs` leaves out (no calendar date with a known year)."""
    return sum(1 for e in events if timelinejs_date(e.date) is None)


def timelinejs(analysis: Analysis, events: list[Event], group_by: str = "document") -> dict[str, Any]:
    """TimelineJS 3 JSON: a title slide and one slide per event with a placeable date."""
    if group_by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {', '.join(GROUP_BY)}, not {group_by!r}")
    analysed = [d for d in analysis.documents if d.status == "analysed"]
    slides = []
    for n, event in enumerate(events, start=1):
        start_date = timelinejs_date(event.date)
        if start_date is not None:
            slides.append(_slide(n, event, start_date, group_by))
    return {
        "title": {
            "text": {
                "headline": "Timeline",
                "text": html.escape(f"{len(slides)} dated events from {len(analysed)} article(s)"),
            }
        },
        "events": slides,
    }


def _slide(n: int, event: Event, start_date: dict[str, Any], group_by: str) -> dict[str, Any]:
    group = event.doc if group_by == "document" else (event.actors[0] if event.actors else NO_ACTOR_GROUP)
    start, end = event.start - event.sentence_start, event.end - event.sentence_start
    sentence = (
        html.escape(event.sentence[:start])
        + "<strong>"
        + html.escape(event.sentence[start:end])
        + "</strong>"
        + html.escape(event.sentence[end:])
    )
    source = html.escape(f"{event.doc} ¶{event.paragraph}")
    actors = html.escape(", ".join(event.actors))
    text = f"<p>{sentence}</p><p><small>{source}" + (f" · {actors}" if actors else "") + "</small></p>"
    return {
        "start_date": start_date,
        "text": {"headline": html.escape(event.date_text), "text": text},
        "group": html.escape(group),  # TimelineJS shows group names as HTML
        "unique_id": f"event-{n}",
    }


# ---------------------------------------------------------------- the actor network


def actor_graph(analysis: Analysis) -> nx.MultiDiGraph:
    """Actors as nodes; co-occurrence and claim edges (see the module docstring)."""
    graph = nx.MultiDiGraph(name="feudcli actor network")
    for actor in analysis.actors:
        graph.add_node(
            actor.name,
            label=actor.name,
            type=actor.label,
            mentions=actor.count,
            documents=len(actor.documents),
            aliases="; ".join(actor.aliases),
            roles="; ".join(actor.roles),
        )
    for (a, b), paragraphs in _co_occurrences(analysis).items():
        graph.add_edge(a, b, key="co-occurrence", kind="co-occurrence", weight=paragraphs)
    for (speaker, target), polarities in _claim_pairs(analysis).items():
        counts = {p: polarities.get(p, 0) for p in POLARITIES}
        graph.add_edge(speaker, target, key="claim", kind="claim", weight=sum(polarities.values()), **counts)
    return graph


def _co_occurrences(analysis: Analysis) -> Counter[tuple[str, str]]:
    """Paragraphs naming both actors, per pair (ordered as in `analysis.actors`)."""
    order = {a.name: i for i, a in enumerate(analysis.actors)}
    by_paragraph: dict[tuple[str, int], set[str]] = defaultdict(set)
    for actor in analysis.actors:
        for m in actor.mentions:
            by_paragraph[(m.doc, m.paragraph)].add(actor.name)
    pairs: Counter[tuple[str, str]] = Counter()
    for names in by_paragraph.values():
        pairs.update(combinations(sorted(names, key=order.__getitem__), 2))
    return pairs


def _claim_pairs(analysis: Analysis) -> dict[tuple[str, str], Counter[str]]:
    names = {a.name for a in analysis.actors}
    pairs: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for claim in analysis.claims:
        if claim.speaker in names and claim.target in names:
            pairs[(claim.speaker, claim.target)][claim.polarity] += 1
    return pairs


def write_graphml(graph: nx.MultiDiGraph, path_or_stream: Any) -> None:
    """GraphML (yEd, Gephi, Cytoscape); `path_or_stream` is a path or a binary stream."""
    nx.write_graphml(graph, path_or_stream, encoding="utf-8")


def write_gexf(graph: nx.MultiDiGraph, path_or_stream: Any) -> None:
    """GEXF 1.2 (Gephi); `path_or_stream` is a path or a binary stream."""
    nx.write_gexf(graph, path_or_stream, encoding="utf-8")


def dot_id(value: str) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, line ends as \\n."""
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )
    return f'"{escaped}"'


def _dot_attributes(data: dict[str, Any]) -> str:
    return ", ".join(f"{key}={dot_id(str(value))}" for key, value in data.items())


def write_dot(graph: nx.MultiDiGraph, stream: IO[str]) -> None:
    """Graphviz DOT: claim edges as arrows, co-occurrence edges without arrowheads."""
    stream.write(f"digraph {dot_id(graph.graph.get('name', 'feudcli'))} {{\n")
    for node, data in graph.nodes(data=True):
        stream.write(f"  {dot_id(node)} [{_dot_attributes(data)}];\n")
    for u, v, data in graph.edges(data=True):
        style = {"dir": "none", "style": "dashed"} if data["kind"] == "co-occurrence" else {}
        stream.write(f"  {dot_id(u)} -> {dot_id(v)} [{_dot_attributes({**data, **style})}];\n")
    stream.write("}\n")


def graph_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """The network as JSON (schema feudcli.network/1): nodes with `id`, edges with `source`/`target`."""
    return {
        "schema": NETWORK_SCHEMA,
        "nodes": [{"id": node, **data} for node, data in graph.nodes(data=True)],
        "edges": [{"source": u, "target": v, **data} for u, v, data in graph.edges(data=True)],
    }


EDGE_COLUMNS = ("source", "target", "kind", "weight", *POLARITIES)


def edge_rows(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One flat row per edge, the same columns for both kinds (0 for counts a kind lacks)."""
    return [
        {"source": u, "target": v, **{c: data.get(c, 0) for c in EDGE_COLUMNS[2:]}}
        for u, v, data in graph.edges(data=True)
    ]


def network_table(graph: nx.MultiDiGraph, limit: int | None = None) -> Table:
    """The edges, strongest first: claims, then co-occurrences; at most `limit` rows."""
    claims = sum(1 for *_, kind in graph.edges(data="kind") if kind == "claim")
    table = Table(
        title=f"Actor network ({graph.number_of_nodes()} actors, {claims} claim links, "
        f"{graph.number_of_edges() - claims} co-occurrence links)"
    )
    table.add_column("Actor", style="bold")
    table.add_column("Relation")
    table.add_column("Actor", style="bold")
    table.add_column("Weight", justify="right")
    table.add_column("Attack / praise / neutral", justify="right")
    edges = sorted(graph.edges(data=True), key=lambda e: (e[2]["kind"] != "claim", -e[2]["weight"], e[0], e[1]))
    for u, v, data in edges[:limit]:
        if data["kind"] == "claim":
            relation, tone = "claims about →", " / ".join(str(data[p]) for p in POLARITIES)
        else:
            relation, tone = "named with", ""
        table.add_row(Text(safe_text(u)), relation, Text(safe_text(v)), str(data["weight"]), tone)
    if limit is not None and len(edges) > limit:
        table.caption = f"{len(edges) - limit} weaker links not shown"
    return table

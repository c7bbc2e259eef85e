"""Records -> one self-contained HTML report (inline CSS, no script, no network).

The claims show their source paragraph with its parts marked in the spirit of
displaCy, from the offsets in the records (nothing is analysed again). Every
piece of article text goes through `html.escape`, and a Content-Security-Policy
forbids scripts and outside resources as a second line of defence.
"""

from __future__ import annotations

from calendar import month_name
from collections import defaultdict
from dataclasses import dataclass, replace
from html import escape
from typing import TYPE_CHECKING

from . import __version__
from .exports import timelinejs_date
from .records import Actor, Claim, Document, Event, Paragraph

if TYPE_CHECKING:
    from .analysis import Analysis

# Part of a claim -> (CSS class, label shown, nesting rank: outer parts first).
PARTS = {
    "sentence": ("sentence", "", 0),
    "content": ("content", "", 1),
    "quote": ("quote", "", 2),
    "speaker": ("speaker", "SPEAKER", 3),
    "speaker_antecedent": ("speaker", "SPEAKER", 3),
    "target": ("target", "TARGET", 4),
    "cue": ("cue", "CUE", 5),
}
ENTITY_RANK, DATE_RANK = 6, 7
TOP_ACTORS = 12  # shown before "more actors"
LEGEND = (
    ("speaker", "SPEAKER", "who is said to speak"),
    ("cue", "CUE", "the reporting verb"),
    ("target", "TARGET", "whom or what the claim is about"),
    ("quote", "", "quoted words"),
    ("content", "", "what is claimed"),
    ("ent", "PERSON", "an actor mentioned, with its type"),
    ("date", "DATE", "a date expression"),
)
MODS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
}
VAGUE_VALUES = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"}


@dataclass(frozen=True)
class Mark:
    """A highlighted span of a text: [start, end) relative to that text."""

    start: int
    end: int
    classes: tuple[str, ...]
    labels: tuple[str, ...]
    rank: int
    title: str = ""


# ---------------------------------------------------------------- highlighting


def highlight(text: str, marks: list[Mark]) -> str:
    """`text` as escaped HTML with `marks` as nested <mark> elements; a mark that
    crosses another's end is split, its labels kept on the last piece."""
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    return _nest(text, _merge(inside), 0, len(text))


def _merge(marks: list[Mark]) -> list[Mark]:
    """One mark per range, with the classes, labels and titles of all marks on it."""
    by_range: dict[tuple[int, int], list[Mark]] = defaultdict(list)
    for m in sorted(marks, key=lambda m: m.rank):
        by_range[(m.start, m.end)].append(m)
    merged = []
    for (start, end), group in by_range.items():
        classes = tuple(dict.fromkeys(c for m in group for c in m.classes))
        labels = tuple(dict.fromkeys(label for m in group for label in m.labels if label))
        titles = "; ".join(dict.fromkeys(m.title for m in group if m.title))
        merged.append(Mark(start, end, classes, labels, group[0].rank, titles))
    return merged


def _order(m: Mark) -> tuple[int, int, int]:
    return (m.start, -m.end, m.rank)


def _nest(text: str, marks: list[Mark], lo: int, hi: int) -> str:
    out, pos = [], lo
    pending = sorted(marks, key=_order)
    while pending:
        mark, *others = pending
        inside, after = [], []
        for m in others:
            if m.start >= mark.end:
                after.append(m)
            elif m.end <= mark.end:
                inside.append(m)
            else:
                inside.append(replace(m, end=mark.end, labels=()))
                after.append(replace(m, start=mark.end))
        out.append(escape(text[pos : mark.start]))
        out.append(_open(mark) + _nest(text, inside, mark.start, mark.end) + "</mark>")
        pos = mark.end
        pending = sorted(after, key=_order)
    out.append(escape(text[pos:hi]))
    return "".join(out)


def _open(mark: Mark) -> str:
    attributes = f' class="{escape(" ".join("hl-" + c for c in mark.classes))}"'
    if mark.labels:
        attributes += f' data-label="{escape(" · ".join(mark.labels))}"'
    if mark.title:
        attributes += f' title="{escape(mark.title)}"'
    return f"<mark{attributes}>"


# ---------------------------------------------------------------- lookups


class Sources:
    """Paragraphs, actor mentions and date expressions by document and paragraph."""

    def __init__(self, analysis: Analysis):
        self.paragraphs = {(d.id, p.number): p for d in analysis.documents for p in d.paragraphs}
        self.mentions: dict[tuple[str, int], list[tuple[int, int, Actor]]] = defaultdict(list)
        for actor in analysis.actors:
            for m in actor.mentions:
                self.mentions[(m.doc, m.paragraph)].append((m.start, m.end, actor))
        self.dates: dict[tuple[str, int], list[Event]] = defaultdict(list)
        for event in analysis.events:
            self.dates[(event.doc, event.paragraph)].append(event)

    def context_marks(self, doc: str, number: int, offset: int) -> list[Mark]:
        """Actor mentions and date expressions in a paragraph, relative to `offset`."""
        marks = [
            Mark(s - offset, e - offset, ("ent", "ent-" + a.label.lower()), (a.label,), ENTITY_RANK, a.name)
            for s, e, a in self.mentions.get((doc, number), [])
        ]
        marks += [
            Mark(e.start - offset, e.end - offset, ("date",), ("DATE",), DATE_RANK, e.value or "")
            for e in self.dates.get((doc, number), [])
        ]
        return marks


# ---------------------------------------------------------------- sections


def html_report(analysis: Analysis) -> str:
    """The whole report as one HTML document."""
    sources = Sources(analysis)
    analysed = [d for d in analysis.documents if d.status == "analysed"]
    sections = [
        ("articles", f"Articles ({len(analysis.documents)})", _documents_section(analysis)),
        ("actors", f"Actors ({len(analysis.actors)})", _actors_section(analysis.actors)),
        ("timeline", f"Timeline ({len(analysis.events)})", _timeline_section(analysis.events)),
        ("claims", f"Claims ({len(analysis.claims)})", _claims_section(analysis.claims, sources)),
    ]
    toc = "".join(f'<li><a href="#{key}">{escape(title)}</a></li>' for key, title, _ in sections)
    body = "".join(
        f'<section id="{key}"><h2>{escape(title)}</h2>{content}</section>' for key, title, content in sections
    )
    summary = (
        f"{len(analysed)} article(s) analysed · {len(analysis.actors)} actors · "
        f"{sum(1 for e in analysis.events if _is_dated(e))} dated events · {len(analysis.claims)} claims"
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>feudcli report: {escape(_report_title(analysed))}</title><style>{CSS}</style></head><body>"
        f'<header class="masthead"><p class="kicker">feudcli report</p><h1>{escape(_report_title(analysed))}</h1>'
        f'<p class="summary">{escape(summary)}</p></header>'
        f'<div class="layout"><nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>{toc}</ol></nav>'
        f"<main>{body}</main></div>"
        f"<footer>Generated by feudcli {escape(__version__)}"
        f"{' with ' + escape(analysis.model) if analysis.model else ''}. "
        "Extracted automatically: check every finding against its source paragraph.</footer>"
        "</body></html>\n"
    )


def _report_title(analysed: list[Document]) -> str:
    if len(analysed) == 1:
        return _document_title(analysed[0])
    return f"Who, when and who said what in {len(analysed)} articles"


def _document_title(document: Document) -> str:
    titles = [p.text for p in document.paragraphs if p.kind == "title"]
    return titles[0] if titles else document.id


def _documents_section(analysis: Analysis) -> str:
    cards = []
    for document in analysis.documents:
        actors = sum(1 for a in analysis.actors if document.id in a.documents)
        events = sum(1 for e in analysis.events if e.doc == document.id)
        claims = sum(1 for c in analysis.claims if c.doc == document.id)
        if document.status == "analysed":
            date = f"{document.date} ({document.date_source})" if document.date else "unknown"
            facts = [
                ("Date", date),
                ("Paragraphs", str(len(document.paragraphs))),
                ("Actors", str(actors)),
                ("Time expressions", str(events)),
                ("Claims", str(claims)),
            ]
        else:
            facts = [("Problem", document.error or "unreadable")]
        rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
        cards.append(
            f'<article class="doc doc-{escape(document.status)}"><h3>{escape(_document_title(document))}</h3>'
            f'<p class="doc-id"><code>{escape(document.id)}</code> <span class="badge status-{escape(document.status)}">'
            f"{escape(document.status)}</span></p><dl>{rows}</dl></article>"
        )
    return f'<div class="docs">{"".join(cards)}</div>'


def _actors_section(actors: list[Actor]) -> str:
    if not actors:
        return '<p class="empty">No actors found.</p>'
    most = max(a.count for a in actors)
    shown, more = actors[:TOP_ACTORS], actors[TOP_ACTORS:]
    parts = [_actors_table(shown, most)]
    if more:
        parts.append(f"<details><summary>{len(more)} more actors</summary>{_actors_table(more, most)}</details>")
    return "".join(parts)


def _actors_table(actors: list[Actor], most: int) -> str:
    rows = []
    for a in actors:
        width = max(2, round(100 * a.count / most))
        rows.append(
            f'<tr><th scope="row">{escape(a.name)}</th>'
            f'<td><span class="badge type type-{escape(a.label.lower())}">{escape(a.label)}</span></td>'
            f'<td><div class="meter"><span class="bar"><span style="width:{width}%"></span></span>'
            f'<span class="count">{a.count}</span></div></td>'
            f'<td class="num">{len(a.documents)}</td><td>{escape(", ".join(a.aliases))}</td>'
            f"<td>{escape(', '.join(a.roles))}</td></tr>"
        )
    head = (
        '<tr><th scope="col">Actor</th><th scope="col">Type</th><th scope="col">Mentions</th>'
        '<th scope="col" class="num">Articles</th><th scope="col">Aliases</th><th scope="col">Roles</th></tr>'
    )
    return f'<table class="actors"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _is_dated(event: Event) -> bool:
    return timelinejs_date(event.date) is not None


def date_label(event: Event) -> str:
    """A reader's date: "2 April 2025", "late April 2025", "Summer 2025"; else the value or "undated"."""
    start = timelinejs_date(event.date)
    if start is None:
        return _yearless_label(event.date) or VAGUE_VALUES.get(event.value or "", event.value or "undated")
    if "display_date" in start:
        label = start["display_date"]
    else:
        parts = [str(start["day"])] if "day" in start else []
        parts += [month_name[start["month"]]] if "month" in start else []
        label = " ".join([*parts, str(start["year"])])
        if "hour" in start:
            label += f", {start['hour']:02d}:{start['minute']:02d}"
    return f"{MODS[event.mod]} {label}" if event.mod in MODS else label


def _yearless_label(value: str | None) -> str | None:
    """ "XXXX-04-02" -> "2 April, year unknown"; None for anything else."""
    fields = (value or "").split("T")[0].split("-")
    if fields[0] != "XXXX" or len(fields) < 2 or not fields[1].isdigit():
        return None
    day = f"{int(fields[2])} " if len(fields) > 2 and fields[2].isdigit() else ""
    return f"{day}{month_name[int(fields[1])]}, year unknown"


def _event_sentence(event: Event) -> str:
    mark = Mark(event.start - event.sentence_start, event.end - event.sentence_start, ("date",), (), DATE_RANK)
    return highlight(event.sentence, [mark])


def _event_item(event: Event) -> str:
    actors = "".join(f'<span class="chip">{escape(a)}</span>' for a in event.actors)
    return (
        f'<li><div class="when">{escape(date_label(event))}</div><div class="what">'
        f'<p>{_event_sentence(event)}</p><p class="source">{actors}'
        f'<span class="ref">{escape(event.doc)} ¶{event.paragraph}</span></p></div></li>'
    )


def _timeline_section(events: list[Event]) -> str:
    dated = [e for e in events if _is_dated(e)]
    vague = [e for e in events if not _is_dated(e)]
    parts = [
        '<p class="note">Dated expressions in calendar order; a month or season without a day stays '
        "a month or season. Relative dates are resolved against each article's date.</p>"
    ]
    parts.append(
        f'<ol class="timeline">{"".join(_event_item(e) for e in dated)}</ol>'
        if dated
        else '<p class="empty">No dated events found.</p>'
    )
    if vague:
        parts.append(
            f'<h3>Vague or undated ({len(vague)})</h3><ol class="timeline vague">'
            f"{''.join(_event_item(e) for e in vague)}</ol>"
        )
    return "".join(parts)


def _legend() -> str:
    items = []
    for cls, label, text in LEGEND:
        classes = "hl-ent hl-ent-person" if cls == "ent" else f"hl-{cls}"
        data = f' data-label="{label}"' if label else ""
        items.append(f'<li><mark class="{classes}"{data}>example</mark> {escape(text)}</li>')
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'


def _claim_marks(claim: Claim, paragraph: Paragraph, sources: Sources) -> list[Mark]:
    marks = sources.context_marks(claim.doc, claim.paragraph, paragraph.start)
    for part, span in claim.spans.items():
        if part in PARTS and span.paragraph == claim.paragraph:
            cls, label, rank = PARTS[part]
            marks.append(
                Mark(span.start - paragraph.start, span.end - paragraph.start, (cls,), (label,) if label else (), rank)
            )
    return marks


def _claim_card(n: int, claim: Claim, sources: Sources) -> str:
    paragraph = sources.paragraphs.get((claim.doc, claim.paragraph))
    if paragraph is not None:
        passage = highlight(paragraph.text, _claim_marks(claim, paragraph, sources))
    else:
        passage = escape(claim.sentence)
    speaker = escape(claim.speaker or "Unattributed")
    target = f' <span class="arrow">→</span> <strong>{escape(claim.target)}</strong>' if claim.target else ""
    written = claim.speaker_mention.text if claim.speaker_mention else None
    as_written = (
        f'<span class="as-written">as written: “{escape(written)}”</span>'
        if written and written != claim.speaker
        else ""
    )
    badges = [
        f'<span class="badge polarity-{escape(claim.polarity)}">{escape(claim.polarity)}</span>',
        f'<span class="badge sourcing">{escape(claim.sourcing)}</span>',
    ]
    if claim.disputed:
        badges.append('<span class="badge disputed">disputed</span>')
    return (
        f'<article class="claim polarity-{escape(claim.polarity)}" id="claim-{n}">'
        f'<header><h3><strong>{speaker}</strong> <span class="cue-word">{escape(claim.cue)}</span>{target}</h3>'
        f'<div class="badges">{"".join(badges)}</div></header>'
        f'<p class="passage">{passage}</p>'
        f'<p class="source">{as_written}<span class="ref">{escape(claim.doc)} ¶{claim.paragraph}</span></p></article>'
    )


def _claims_section(claims: list[Claim], sources: Sources) -> str:
    if not claims:
        return '<p class="empty">No claims found.</p>'
    cards = "".join(_claim_card(n, c, sources) for n, c in enumerate(claims, start=1))
    return (
        f'<p class="note">Each claim is shown in its source paragraph; its sentence is in dark type.</p>'
        f"{_legend()}{cards}"
    )


CSS = """
:root{--ink:#1d232b;--muted:#5f6b7a;--faint:#8a94a3;--rule:#e3e7ec;--paper:#fbfbf9;--card:#fff;--accent:#9c2f2f;
--person:#dbe9ff;--org:#e6defc;--gpe:#d9f2e3;--other:#eceff3;--date:#d3f0ee;--speaker:#ffd9b8;--cue:#ffe58a;--target:#ffd0dd;
--quote:#fff6d6;--attack:#b3261e;--praise:#1e7b45;--neutral:#5f6b7a}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.55 Georgia,"Iowan Old Style","Times New Roman",serif}
h1,h2,h3,.kicker,.summary,nav,table,.badge,.source,.note,.legend,dl,.when,footer,.doc-id,.chip{font-family:"Helvetica Neue",Arial,"Liberation Sans",sans-serif}
.masthead{padding:2.2rem 3rem 1.6rem;border-bottom:3px double var(--ink);background:var(--card)}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.14em;font-size:.75rem;font-weight:700;color:var(--accent)}
h1{margin:.3rem 0 .4rem;font-size:2.1rem;line-height:1.2;font-weight:800;letter-spacing:-.01em}
.summary{margin:0;color:var(--muted);font-size:.95rem}
.layout{display:grid;grid-template-columns:13rem minmax(0,1fr);gap:2.5rem;max-width:78rem;padding:0 3rem}
.toc{position:sticky;top:0;align-self:start;padding-top:2rem}
.toc h2{font-size:.75rem;text-transform:uppercase;letter-spacing:.12em;color:var(--muted);margin:0 0 .6rem;border:0;padding:0}
.toc ol{list-style:none;margin:0;padding:0;border-left:2px solid var(--rule)}
.toc a{display:block;padding:.3rem .8rem;color:var(--ink);text-decoration:none;font-size:.92rem}
.toc a:hover{color:var(--accent);border-left:2px solid var(--accent);margin-left:-2px}
main{min-width:0;padding-bottom:3rem}
section{padding-top:2rem}
h2{font-size:1.35rem;margin:0 0 1rem;padding-bottom:.4rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.02rem;margin:1.4rem 0 .6rem}
.note{color:var(--muted);font-size:.88rem;margin:-.4rem 0 1rem}
.empty{color:var(--muted);font-style:italic}
.docs{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
.doc{background:var(--card);border:1px solid var(--rule);border-top:4px solid var(--ink);padding:1rem 1.2rem;border-radius:4px}
.doc-skipped{border-top-color:var(--attack)}
.doc h3{margin:0 0 .4rem;font-size:1.05rem;line-height:1.3}
.doc-id{margin:0 0 .7rem;font-size:.8rem;color:var(--muted)}
.doc dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem 1rem;margin:0;font-size:.88rem}
.doc dt{color:var(--muted)}.doc dd{margin:0;font-weight:600}
.badge{display:inline-block;font-size:.7rem;font-weight:700;letter-spacing:.05em;text-transform:uppercase;padding:.12rem .45rem;border-radius:3px;background:var(--other);color:var(--ink);vertical-align:middle}
.status-analysed{background:#dff3e6;color:var(--praise)}.status-skipped{background:#fbe1df;color:var(--attack)}
.type-person{background:var(--person)}.type-org{background:var(--org)}.type-gpe,.type-loc{background:var(--gpe)}
table.actors{width:100%;border-collapse:collapse;font-size:.9rem;background:var(--card);border:1px solid var(--rule)}
.actors th,.actors td{text-align:left;padding:.42rem .7rem;border-bottom:1px solid var(--rule);vertical-align:top}
.actors thead th{font-size:.72rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);background:#f3f4f1;position:sticky;top:0}
.actors tbody th{font-weight:700;white-space:nowrap}
.actors tbody tr:hover{background:#f7f7f3}
.actors .num{text-align:right;white-space:nowrap}
.meter{display:flex;align-items:center;gap:.6rem;min-width:9rem}
.meter .bar{flex:1;height:.45rem;background:#eef1f4;border-radius:2px;overflow:hidden}
.meter .bar span{display:block;height:100%;background:#8fa3bb}
.meter .count{min-width:1.8rem;text-align:right;font-variant-numeric:tabular-nums}
details{margin-top:.8rem}
summary{cursor:pointer;font-family:"Helvetica Neue",Arial,sans-serif;font-size:.9rem;color:var(--accent);font-weight:600;margin-bottom:.6rem}
.timeline{list-style:none;margin:0;padding:0 0 0 .4rem}
.timeline li{display:grid;grid-template-columns:11rem minmax(0,1fr);gap:1.4rem;position:relative;padding:0 0 1.1rem}
.timeline li::before{content:"";position:absolute;left:12.05rem;top:.15rem;bottom:-.15rem;border-left:2px solid var(--rule)}
.timeline li::after{content:"";position:absolute;left:11.75rem;top:.45rem;width:.75rem;height:.75rem;border-radius:50%;background:var(--accent);box-shadow:0 0 0 3px var(--paper)}
.timeline li:last-child::before{display:none}
.timeline.vague li::after{background:var(--card);border:2px solid var(--faint)}
.when{text-align:right;font-weight:700;font-size:.9rem;padding-top:.15rem}
.vague .when{color:var(--muted);font-weight:400;font-style:italic}
.what{padding-left:.6rem}.what p{margin:0 0 .3rem}
.chip{display:inline-block;font-size:.75rem;background:var(--other);border-radius:999px;padding:.05rem .55rem;margin:0 .3rem .2rem 0}
.source{font-size:.8rem;color:var(--muted);margin:.2rem 0 0}
.ref{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.75rem;color:var(--faint);margin-left:.2rem}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:.8rem 1rem;margin:0 0 1.2rem;background:var(--card);border:1px solid var(--rule);border-radius:4px;font-size:.82rem;line-height:2.2}
.claim{background:var(--card);border:1px solid var(--rule);border-left:4px solid var(--neutral);border-radius:4px;padding:1rem 1.3rem;margin:0 0 1rem}
.claim.polarity-attack{border-left-color:var(--attack)}.claim.polarity-praise{border-left-color:var(--praise)}
.claim header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;flex-wrap:wrap}
.claim h3{margin:0;font-weight:400;font-size:1rem}
.cue-word{font-style:italic;color:var(--muted)}.arrow{color:var(--faint)}
.badges{display:flex;gap:.3rem}
.polarity-attack .badge.polarity-attack,.badge.polarity-attack{background:#fbe1df;color:var(--attack)}
.badge.polarity-praise{background:#dff3e6;color:var(--praise)}
.badge.disputed{background:#fff0c2;color:#7a5200}
.passage{color:var(--faint);line-height:2.35;margin:.6rem 0 .2rem}
.as-written{margin-right:.6rem;font-style:italic}
mark{background:none;color:inherit;padding:0}
mark.hl-sentence{color:var(--ink)}
mark.hl-content{text-decoration:underline dotted var(--muted) 1px;text-underline-offset:4px}
mark.hl-quote{background:var(--quote);box-shadow:0 0 0 2px var(--quote);font-style:italic}
mark.hl-speaker,mark.hl-target,mark.hl-cue,mark.hl-ent,mark.hl-date{padding:.1em .3em;border-radius:.3em;box-decoration-break:clone;-webkit-box-decoration-break:clone;font-style:normal}
mark.hl-ent{background:var(--other)}
mark.hl-ent-person{background:var(--person)}mark.hl-ent-org,mark.hl-ent-norp{background:var(--org)}mark.hl-ent-gpe,mark.hl-ent-loc{background:var(--gpe)}
mark.hl-date{background:var(--date)}
mark.hl-target{background:var(--target)}
mark.hl-cue{background:var(--cue)}
mark.hl-speaker{background:var(--speaker);font-weight:700}
mark[data-label]::after{content:attr(data-label);font:700 .58rem/1 "Helvetica Neue",Arial,sans-serif;letter-spacing:.04em;margin-left:.4em;vertical-align:middle;color:var(--ink);opacity:.7;font-style:normal}
footer{max-width:78rem;padding:1.5rem 3rem 2.5rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule)}
@media (max-width:52rem){.layout{grid-template-columns:1fr;padding:0 1.2rem}.toc{position:static}.masthead{padding:1.5rem 1.2rem}
.timeline li{grid-template-columns:1fr;gap:.2rem}.timeline li::before,.timeline li::after{display:none}.when{text-align:left}}
@media print{.toc{display:none}.layout{display:block}.claim,.doc{break-inside:avoid}}
"""

"""The HTML report: self-contained, every article text escaped, claims marked from the records."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from feudcli.analysis import Analysis, analyze
from feudcli.records import Document
from feudcli.report import Mark, highlight, html_report

CORPUS = Path(__file__).parents[1] / "corpus"
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = """Walker Attacks Jones <script>document.title='pwned'</script>

Senator Alice Walker said on April 2, 2025 that Bob Jones was "a liar <script>document.title='pwned'</script>".

Bob Jones called Alice Walker "a fraud <img src=x onerror="document.body.setAttribute('data-pwned','1')">" in a statement on April 3, 2025.
"""


class Page(HTMLParser):
    """Elements, attributes and visible text of an HTML page, as a browser's parser sees them."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.chunks: list[str] = []
        self.title = ""
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br", "img", "link", "input"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):
        if "title" in self.open:
            self.title += data
        elif "style" not in self.open:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return squash("".join(self.chunks))

    def names(self) -> set[str]:
        return {tag for tag, _ in self.tags}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyze([str(CORPUS)], reference_date=date(2025, 6, 6))


@pytest.fixture(scope="module")
def report(analysis) -> str:
    return html_report(analysis)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Analysis, str]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    result = analyze([str(folder)], reference_date=date(2025, 6, 6))
    return result, html_report(result)


# ---------------------------------------------------------------- highlighting


def test_highlight_escapes_and_keeps_the_text():
    text = 'Musk said "<b>Trump</b> & co" today.'
    marks = [
        Mark(10, 29, ("quote",), (), 2),
        Mark(14, 19, ("ent",), ("PERSON",), 6, "Donald Trump"),
        Mark(0, 4, ("speaker",), ("SPEAKER",), 3),
        Mark(0, 4, ("ent",), ("PERSON",), 6, "Elon Musk"),
    ]
    out = highlight(text, marks)
    page = Page(out)
    assert page.text == squash(text)
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert '<mark class="hl-speaker hl-ent" data-label="SPEAKER · PERSON" title="Elon Musk">Musk</mark>' in out


def test_highlight_splits_crossing_marks_and_labels_the_last_piece():
    text = "abcdefghij"
    out = highlight(text, [Mark(0, 6, ("quote",), (), 2), Mark(4, 9, ("ent",), ("ORG",), 6)])
    assert out == (
        '<mark class="hl-quote">abcd<mark class="hl-ent">ef</mark></mark>'
        '<mark class="hl-ent" data-label="ORG">ghi</mark>j'
    )


def test_highlight_drops_marks_outside_the_text():
    assert highlight("abc", [Mark(2, 9, ("ent",), (), 6), Mark(-1, 1, ("ent",), (), 6)]) == "abc"


# ---------------------------------------------------------------- the corpus report


def test_report_is_self_contained(report):
    page = Page(report)
    assert not page.open, "every element is closed"
    assert "script" not in page.names() and "link" not in page.names() and "img" not in page.names()
    assert not re.search(r"(?:src|href)=\"(?!#)", report), "no outside resources"
    assert "http://" not in report and "https://" not in report
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]


def test_report_has_contents_and_sections(report):
    page = Page(report)
    links = [a["href"] for t, a in page.tags if t == "a"]
    ids = {a["id"] for _, a in page.tags if "id" in a}
    assert links == ["#articles", "#actors", "#timeline", "#claims"]
    assert {link[1:] for link in links} <= ids


def test_report_shows_every_record(analysis, report):
    text = Page(report).text
    for document in analysis.documents:
        assert document.id in text
    for actor in analysis.actors:
        assert actor.name in text
    for event in analysis.events:
        assert squash(event.sentence) in text
    for claim in analysis.claims:
        assert squash(claim.sentence) in text


def test_claim_passages_mark_the_records(analysis, report):
    page = Page(report)
    quotes = [c for c in analysis.claims if "quote" in c.spans and c.spans["quote"].paragraph == c.paragraph]
    cues = [a for t, a in page.tags if t == "mark" and "hl-cue" in (a.get("class") or "").split()]
    assert quotes and len(cues) >= len(analysis.claims)
    claim_ids = [a["id"] for _, a in page.tags if a.get("id", "").startswith("claim-")]
    assert len(claim_ids) == len(analysis.claims)
    for claim in analysis.claims:
        paragraph = next(d for d in analysis.documents if d.id == claim.doc).paragraphs[claim.paragraph - 1]
        assert squash(paragraph.text) in page.text


# ---------------------------------------------------------------- hostile article text


def test_article_markup_is_escaped(hostile):
    result, report = hostile
    assert {a.name for a in result.actors} >= {"Alice Walker", "Bob Jones"}
    assert result.claims, "the hostile article has claims to mark"
    page = Page(report)
    assert "script" not in page.names() and "img" not in page.names()
    assert page.title == "feudcli report: " + HOSTILE.splitlines()[0]
    assert not any("onerror" in attrs for _, attrs in page.tags)
    assert "<script>document.title='pwned'</script>" in page.text
    assert "&lt;script&gt;" in report and "&lt;img src=x onerror=" in report


# ---------------------------------------------------------------- in a browser


def dump_dom(html_path: Path, profile: Path) -> str:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            html_path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_browser_renders_the_corpus_report(analysis, report, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(report, encoding="utf-8")
    page = Page(dump_dom(path, tmp_path / "profile"))
    assert {"main", "nav", "table", "mark"} <= page.names()
    for actor in analysis.actors:
        assert actor.name in page.text
    for claim in analysis.claims:
        assert squash(claim.sentence) in page.text


def test_browser_does_not_run_article_markup(hostile, tmp_path):
    _, report = hostile
    path = tmp_path / "hostile.html"
    path.write_text(report, encoding="utf-8")
    dom = dump_dom(path, tmp_path / "profile")
    page = Page(dom)
    assert page.title == "feudcli report: " + HOSTILE.splitlines()[0], "the script did not set the title"
    assert not any("data-pwned" in attrs for _, attrs in page.tags), "the onerror handler did not run"
    assert "script" not in page.names() and "img" not in page.names()
    assert "<script>document.title='pwned'</script>" in page.text


def test_report_of_skipped_articles_only():
    skipped = Document(id="bad<1>.txt", path=None, status="skipped", error="not UTF-8 <binary?>")
    page = Page(html_report(Analysis(documents=[skipped])))
    assert not page.open
    assert "bad<1>.txt" in page.text and "not UTF-8 <binary?>" in page.text
    assert "No actors found." in page.text and "No claims found." in page.text

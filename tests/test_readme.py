"""The README's JSON examples are real output: each is run and compared."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
EXAMPLE = re.compile(r"```sh\n\$ feudcli (.+?) \| python -m json\.tool\n```\n```json\n(.*?)\n```", re.DOTALL)
EXAMPLES = EXAMPLE.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_examples_for_each_schema():
    assert [args.split()[0] for args, _ in EXAMPLES] == ["entities", "timeline", "claims"]


@pytest.mark.parametrize(("args", "shown"), EXAMPLES, ids=[a.split()[0] for a, _ in EXAMPLES])
def test_example_matches_real_output(args: str, shown: str):
    proc = subprocess.run(
        [sys.executable, "-m", "feudcli", *shlex.split(args)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1, "the example's command must print exactly one record"
    assert json.loads(lines[0]) == json.loads(shown)


def test_the_alias_file_examples_load_and_agree(tmp_path: Path):
    from feudcli.actors import AliasTable

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tables = []
    for lang, suffix in (("toml", ".toml"), ("yaml", ".yaml")):
        path = tmp_path / f"aliases{suffix}"
        path.write_text(re.search(rf"```{lang}\n(.*?)```", readme, re.DOTALL).group(1), encoding="utf-8")
        tables.append(AliasTable.load(path))
    assert tables[0] == tables[1]
    assert tables[0].labels == {"X": "ORG", "Donald Trump": "PERSON"}

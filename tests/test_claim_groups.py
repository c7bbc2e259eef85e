"""The same claim reported by several articles is grouped, every source kept."""

from pathlib import Path

from feudcli.analysis import analyze


def test_claim_reported_twice_is_one_group(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "Senator Maria Lopez accused Governor Tom Hale of hiding the audit, calling it “a cover-up.”\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "The row deepened on Friday. Maria Lopez called the decision “a cover-up” in a statement.\n"
        "Tom Hale said the audit would be published next week.\n",
        encoding="utf-8",
    )
    claims = analyze([str(tmp_path)], commands=["claims"], use_cache=False).claims
    cover_up = [c for c in claims if c.quote == "a cover-up"]
    assert {c.doc for c in cover_up} == {"a.txt", "b.txt"}
    assert len({c.group for c in cover_up}) == 1 and all(c.group_docs == 2 for c in cover_up)
    hale = [c for c in claims if c.speaker == "Tom Hale"]
    assert hale and hale[0].group not in {c.group for c in cover_up} and hale[0].group_docs == 1

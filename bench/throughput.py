"""Regex backend throughput on one core over a corpus built from the seeds.

Run: python bench/throughput.py [--copies 40] [--repeat 3] [--profile]
Instructions an article (steady, unlike time on a shared machine): run `valgrind --tool=callgrind
--callgrind-out-file=/dev/null python bench/throughput.py --copies 2 --repeat 1` and the same with `--copies 0`;
the difference over 10 articles.
Writes nothing; prints articles/s and KB/s by CPU time of this process (`time.process_time`: the machine's
cores are shared, so wall time moves with other people's work) and by wall time, and with --profile the top
functions by own time (the profiler slows the run; read its shares, not its rate).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from pathlib import Path

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus(copies: int) -> list[Document]:
    """Each seed `copies` times, under distinct ids, each copy its own string (no cache keyed on the object hits)."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return [Document(id=f"{stem}-{i}", text=(text + " ")[:-1]) for i in range(copies) for stem, text in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is reported")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=15, help="functions the profile lists")
    args = parser.parse_args()
    backend = get_backend("regex")
    docs = corpus(args.copies)
    backend.extract(corpus(1)[0])  # warm caches (gazetteer, compiled patterns): a one-off cost reported apart
    if not docs:
        return  # --copies 0: the start-up and the warm-up alone, to subtract from an instruction count
    kb = sum(len(d.text.encode()) for d in docs) / 1024
    profiler = cProfile.Profile() if args.profile else None
    runs = []
    for _ in range(args.repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        n_facts = sum(len(backend.extract(d).facts) for d in docs)
        if profiler:
            profiler.disable()
        runs.append((time.process_time() - cpu_start, time.perf_counter() - start))
    cpu, elapsed = min(runs)
    median = statistics.median(c for c, _ in runs)
    print(
        f"{len(docs)} articles, {kb:.0f} KB, {n_facts} facts; best of {args.repeat}: {cpu:.2f} s CPU "
        f"({elapsed:.2f} s wall): {len(docs) / cpu:.0f} articles/s, {kb / cpu:.0f} KB/s by CPU time "
        f"({len(docs) / elapsed:.0f} articles/s, {kb / elapsed:.0f} KB/s by wall time); "
        f"median {len(docs) / median:.0f} articles/s by CPU time; one core"
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()

"""Regex backend throughput on one core over a corpus built from the seeds.

Run: python bench/throughput.py [--copies 40] [--profile]
Writes nothing; prints articles/s and KB/s by CPU time of this process (`time.process_time`: the machine's
cores are shared, so wall time moves with other people's work) and by wall time, and with --profile the top
functions by own time (the profiler slows the run; read its shares, not its rate).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus(copies: int) -> list[Document]:
    """Each seed `copies` times, under distinct ids."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return [Document(id=f"{stem}-{i}", text=text) for i in range(copies) for stem, text in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    backend = get_backend("regex")
    docs = corpus(args.copies)
    backend.extract(docs[0])  # warm caches (gazetteer, compiled patterns): a one-off cost reported apart
    kb = sum(len(d.text.encode()) for d in docs) / 1024
    profiler = cProfile.Profile() if args.profile else None
    start, cpu_start = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    n_facts = sum(len(backend.extract(d).facts) for d in docs)
    if profiler:
        profiler.disable()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"{len(docs)} articles, {kb:.0f} KB, {n_facts} facts in {cpu:.2f} s CPU ({elapsed:.2f} s wall): "
        f"{len(docs) / cpu:.0f} articles/s, {kb / cpu:.0f} KB/s by CPU time "
        f"({len(docs) / elapsed:.0f} articles/s, {kb / elapsed:.0f} KB/s by wall time; one core)"
    )
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(12)


if __name__ == "__main__":
    main()

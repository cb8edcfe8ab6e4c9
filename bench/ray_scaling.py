"""`tradefacts.ray.extract_dataset` on a local Ray instance: throughput with 1 and 2 workers (actors).

    python bench/ray_scaling.py [--copies 100] [--workers 1 2]

Seeds repeated as a JSONL file, extracted with the regex backend and written back as JSONL by Ray;
wall time per run (Ray start-up excluded; actor start-up included).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import ray
from seed_corpus import write_seed_corpus

import tradefacts.ray as tfray


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    ray.init(num_cpus=max(args.workers), include_dashboard=False, log_to_driver=False)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, kb = write_seed_corpus(corpus, args.copies)
        print(f"{n} articles, {kb:.0f} KB, Ray {ray.__version__}\n")
        print("| workers | wall (s) | articles/s | KB/s |")
        print("|---|---|---|---|")
        for run, workers in enumerate(args.workers):
            out = Path(tmp) / f"out{run}"
            start = time.perf_counter()
            tfray.extract_dataset(str(corpus), "regex", output=str(out), workers=workers)
            wall = time.perf_counter() - start
            written = sum(1 for f in out.glob("*.jsonl") for _ in f.open())
            assert written == n, (written, n)
            print(f"| {workers} | {wall:.2f} | {n / wall:.0f} | {kb / wall:.0f} |")
    ray.shutdown()


if __name__ == "__main__":
    main()

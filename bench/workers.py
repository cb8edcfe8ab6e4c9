"""`tradefacts extract --workers N`: throughput of the regex backend with 1 and 2 processes.

    python bench/workers.py [--copies 60] [--workers 1 2]

Writes a JSONL corpus of the seeds repeated, runs the command line on it with each worker count
(fresh process, output to a temporary file) and reports wall time and articles/s; checks the outputs are
identical.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from seed_corpus import write_seed_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=60)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, kb = write_seed_corpus(corpus, args.copies)
        print(f"{n} articles, {kb:.0f} KB\n")
        print("| workers | wall (s) | articles/s | KB/s | speed-up |")
        print("|---|---|---|---|---|")
        outputs, base = [], None
        for workers in args.workers:
            out = Path(tmp) / f"w{workers}.jsonl"
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "tradefacts", "extract", str(corpus), "-o", str(out), "--workers", str(workers)],
                check=True, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            wall = time.perf_counter() - start
            base = base or wall
            print(f"| {workers} | {wall:.2f} | {n / wall:.0f} | {kb / wall:.0f} | {base / wall:.2f} |")
            outputs.append(out.read_bytes())
        assert all(o == outputs[0] for o in outputs), "outputs differ between worker counts"


if __name__ == "__main__":
    main()

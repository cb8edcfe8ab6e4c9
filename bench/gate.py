"""What the gate and the consistency flags cost on top of extraction, per article (regex backend, seeds corpus).

Run: python bench/gate.py [--copies 40]
Extracts the corpus once with the rules, then times `finish` (gate + flags) over the same articles; prints both.
"""

from __future__ import annotations

import argparse
import time

from bench.throughput import corpus
from tradefacts.extract.backend import finish
from tradefacts.extract.registry import get_backend


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    docs, backend = corpus(args.copies), get_backend("regex")
    clock = time.perf_counter()
    articles = [backend.extract(d) for d in docs]
    extract_s = time.perf_counter() - clock
    facts = sum(len(a.facts) for a in articles)
    clock = time.perf_counter()
    finished = [finish(a) for a in articles]
    finish_s = time.perf_counter() - clock
    flags = sum(len(a.flags) for a in finished)
    print(f"{len(docs)} articles, {facts} facts: rules {1000 * extract_s / len(docs):.1f} ms/article, "
          f"gate + flags {1000 * finish_s / len(docs):.2f} ms/article ({100 * finish_s / extract_s:.1f}% more); "
          f"{sum(len(a.rejected) for a in finished)} rejected, {flags} flags")  # fmt: skip


if __name__ == "__main__":
    main()

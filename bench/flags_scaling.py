"""What the consistency flags cost against the number of facts in one article: the cost must grow linearly.

Two shapes of one record: a long table of partner rows under one total (each row a part of that whole, each
above it, so every row is flagged), and one observation restated many times with values that disagree.
Prints seconds and microseconds per fact for each size.
Run: python bench/flags_scaling.py [--sizes 250 500 1000 2000]
"""

from __future__ import annotations

import argparse
import time

from tradefacts.schemas import Fact
from tradefacts.schemas.consistency import consistency_flags

_COMMON = {"area": "Chile", "flow": "exports", "measure": "value", "unit": "USD",
           "period": {"start": "2025-08", "end": "2025-08"}}  # fmt: skip


def partner_table(rows: int) -> list[Fact]:
    """A total of $1.00 billion and `rows` partner rows of $2.00 billion each: every row exceeds its whole."""
    total = Fact(**_COMMON, value=1e9, value_text="1.00", evidence="exports of $1.00 billion")
    return [total] + [
        Fact(**_COMMON, value=2e9, value_text="2.00", evidence="to P: $2.00 billion", partner=f"Partner {i}")
        for i in range(rows)
    ]


def restatements(count: int) -> list[Fact]:
    """One observation stated `count` times, each with another value."""
    return [
        Fact(**_COMMON, value=float(n), value_text=str(n), evidence=f"exports of {n} dollars")
        for n in range(1, count + 1)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    args = parser.parse_args()
    for name, build in (("partner rows under one total", partner_table), ("one observation restated", restatements)):
        print(name)
        print("facts  seconds  us/fact  flags")
        for size in args.sizes:
            facts = build(size)
            started = time.process_time()
            flags = consistency_flags(facts)
            spent = time.process_time() - started
            print(f"{len(facts):5d}  {spent:7.3f}  {spent / len(facts) * 1e6:7.1f}  {len(flags):5d}")


if __name__ == "__main__":
    main()

"""Start-up time of the command line: `tradefacts --version` and a one-sentence extract, over a bare interpreter.

    python bench/startup.py [--runs 10]

Each command runs `--runs` times in a fresh process; the table shows the fastest run (the least disturbed
by other load on the machine) and the median. The place table is cached before the warm runs; the cold
row starts with an empty cache folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "China's exports rose 6.1 percent year on year in July 2025.\n"


def timed(command: list[str], env: dict[str, str], runs: int, before: object = None) -> list[float]:
    times = []
    for _ in range(runs):
        if callable(before):
            before()
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("tradefacts"))
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "one.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        cold_cache = Path(tmp) / "cache" / "tradefacts"

        def empty_cache() -> None:
            for f in cold_cache.glob("places-*.json"):
                f.unlink()

        rows = {
            "python -c pass": timed([sys.executable, "-c", "pass"], env, args.runs),
            "tradefacts --version": timed([exe, "--version"], env, args.runs),
            "tradefacts extract one.txt (place table cached)": timed([exe, "extract", str(text)], env, args.runs),
            "tradefacts extract one.txt (cold: table built)": timed(
                [exe, "extract", str(text)], env, max(2, args.runs // 3), before=empty_cache
            ),
        }
    bare = min(rows["python -c pass"])
    print(f"{args.runs} runs each; fastest and median wall time, and the fastest over the bare interpreter\n")
    print("| command | fastest (s) | median (s) | over `python -c pass` (s) |")
    print("|---|---|---|---|")
    for name, times in rows.items():
        print(f"| `{name}` | {min(times):.3f} | {statistics.median(times):.3f} | {min(times) - bare:+.3f} |")


if __name__ == "__main__":
    main()

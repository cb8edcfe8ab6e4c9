"""Client overhead of the LLM backend against the fault server with a fixed latency, and a cached re-run.

    python bench/llm_client.py [--articles 256] [--latency 0.2]

Runs the full batch path (extract_stream → LLMBackend → RequestShape → ChatEndpoint → HTTP) over
N one-chunk articles at concurrency 1, 8 and 32; reports wall time over the ideal (target ≤ 1.05),
the CPU time per call of the client process and of the server's, then re-runs with a warm cache:
zero calls.

The ideal is ceil(N / concurrency) × latency: the calls run in that many waves, so a last partial
wave costs a whole latency whatever the client does. N = 256 is a multiple of every concurrency
measured, so there the ideal is N × latency / concurrency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fault_server import fact
from tradefacts.extract.io.batch import extract_stream
from tradefacts.extract.llm.backend import LLMBackend, LLMConfig
from tradefacts.schemas import Document

ROOT = Path(__file__).resolve().parents[1]

TEXT = "China's exports rose 6.1 percent year on year to 2.1 trillion yuan in July 2025, customs data showed. Doc {i}."
ANSWER = {
    "facts": [
        fact("exports rose 6.1 percent year on year to 2.1 trillion yuan", "2.1 trillion", 2.1e12, flow="exports")
    ]
}


async def batch(backend: LLMBackend, n: int, concurrency: int) -> tuple[float, int]:
    docs = (Document(id=str(i), text=TEXT.format(i=i)) for i in range(n))
    clock = time.perf_counter()
    facts = 0
    backend.calls_made = 0  # type: ignore[attr-defined]
    async for article in extract_stream(docs, backend, concurrency=concurrency):
        assert article.status.value == "ok", article.error
        facts += len(article.facts)
        backend.calls_made += article.usage.calls  # type: ignore[attr-defined]
    await backend.aclose()
    return time.perf_counter() - clock, facts


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a running process has used so far (Linux: /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=256)
    ap.add_argument("--latency", type=float, default=0.2)
    args = ap.parse_args()
    n, latency = args.articles, args.latency
    print(f"{n} articles, server latency {latency * 1000:.0f} ms\n")
    print("| concurrency | wall (s) | ideal (s) | wall / ideal | client CPU / call (ms) | server CPU / call (ms) |")
    print("|---|---|---|---|---|---|")
    # The server runs in its own process so that its threads do not compete with the client for the GIL.
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fault_server", str(latency), json.dumps(ANSWER)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    base_url = server.stdout.readline().strip()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for concurrency in (1, 8, 32):
                backend = LLMBackend(LLMConfig(model="bench", base_url=base_url, concurrency=concurrency))
                client, server_cpu = time.process_time(), cpu_seconds(server.pid)
                wall, facts = asyncio.run(batch(backend, n, concurrency))
                client, server_cpu = time.process_time() - client, cpu_seconds(server.pid) - server_cpu
                ideal = math.ceil(n / concurrency) * latency
                per_call = f"{client / n * 1000:.2f} | {server_cpu / n * 1000:.2f}"
                print(f"| {concurrency} | {wall:.2f} | {ideal:.2f} | {wall / ideal:.3f} | {per_call} |")
                assert facts == n
            config = LLMConfig(model="bench", base_url=base_url, concurrency=32, cache_path=Path(tmp) / "c.sqlite")
            asyncio.run(batch(LLMBackend(config), n, 32))  # fill the cache
            backend = LLMBackend(config)
            wall, _ = asyncio.run(batch(backend, n, 32))
            print(f"\ncached re-run: {n / wall:.0f} articles/s ({wall:.2f} s), model calls: {calls(backend)}")
    finally:
        server.kill()


def calls(backend: LLMBackend) -> int:
    """Model calls a finished batch made (the cache hits do not count)."""
    return backend.calls_made


if __name__ == "__main__":
    main()

"""Client overhead of the LLM backend against the fault server with a fixed latency, and a cached re-run.

    python bench/llm_client.py [--articles 256] [--latency 0.2] [--concurrency 1 8 32] [--repeats 3]

Runs the full batch path (extract_stream → LLMBackend → RequestShape → ChatEndpoint → HTTP) over
N one-chunk articles at each concurrency, `repeats` times; reports wall time over the ideal (target
≤ 1.05), best and median of the repeats (on a machine other jobs share, the best is the run they
disturbed least), and the median CPU time per call of the client process and of the server's; then
re-runs with a warm cache: zero calls. The server's own floor is printed too: a bare asyncio client (a
pre-encoded request, the answer's bytes read and dropped) through the same calls at concurrency 32.

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
import statistics
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


def measure(base_url: str, server_pid: int, n: int, concurrency: int) -> tuple[float, float, float]:
    """One batch: wall seconds, and CPU seconds per call of this process and of the server."""
    backend = LLMBackend(LLMConfig(model="bench", base_url=base_url, concurrency=concurrency))
    client, server = time.process_time(), cpu_seconds(server_pid)
    wall, facts = asyncio.run(batch(backend, n, concurrency))
    client, server = time.process_time() - client, cpu_seconds(server_pid) - server
    assert facts == n
    return wall, client / n, server / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=256)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    n, latency = args.articles, args.latency
    print(f"{n} articles, server latency {latency * 1000:.0f} ms, best and median of {args.repeats} runs\n")
    print("| concurrency | ideal (s) | best wall (s) | wall / ideal: best | median | client CPU/call (ms) | server |")
    print("|---|---|---|---|---|---|---|")
    # The server runs in its own process, on one event loop (tests/fault_server.py, serve_fixed).
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fault_server", str(latency), json.dumps(ANSWER)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    base_url = server.stdout.readline().strip()
    try:
        for concurrency in args.concurrency:
            runs = [measure(base_url, server.pid, n, concurrency) for _ in range(args.repeats)]
            ideal = math.ceil(n / concurrency) * latency
            walls = sorted(r[0] for r in runs)
            client, server_cpu = (statistics.median(r[i] for r in runs) * 1000 for i in (1, 2))
            ratios = f"{walls[0] / ideal:.3f} | {statistics.median(walls) / ideal:.3f}"
            print(f"| {concurrency} | {ideal:.2f} | {walls[0]:.2f} | {ratios} | {client:.2f} | {server_cpu:.2f} |")
        floor = min(asyncio.run(bare_client(base_url, n, 32)) for _ in range(args.repeats))
        floor /= math.ceil(n / 32) * latency
        print(f"\nthe server's floor: a bare asyncio client at concurrency 32 reads {floor:.3f} of the ideal (best)")
        with tempfile.TemporaryDirectory() as tmp:
            config = LLMConfig(model="bench", base_url=base_url, concurrency=32, cache_path=Path(tmp) / "c.sqlite")
            asyncio.run(batch(LLMBackend(config), n, 32))  # fill the cache
            backend = LLMBackend(config)
            wall, _ = asyncio.run(batch(backend, n, 32))
            print(f"\ncached re-run: {n / wall:.0f} articles/s ({wall:.2f} s), model calls: {calls(backend)}")
    finally:
        server.kill()


async def bare_client(base_url: str, n: int, concurrency: int) -> float:
    """Wall seconds for `n` requests through `concurrency` kept-alive connections by a client that does nothing but
    write a pre-encoded request and read the answer's bytes: what the server, the loop and the OS cost alone."""
    host, port = base_url.split("//")[1].split("/")[0].split(":")
    body = json.dumps({"model": "bench", "messages": [{"role": "user", "content": TEXT}], "tools": [
        {"type": "function", "function": {"name": "Extraction", "parameters": {}}}]}).encode()  # fmt: skip
    head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\n\r\n"
    request, left = head.encode() + body, [n]

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        while left[0] > 0:
            left[0] -= 1
            writer.write(request)
            answer_head = (await reader.readuntil(b"\r\n\r\n")).lower()
            await reader.readexactly(int(answer_head.split(b"content-length:")[1].split(b"\r\n")[0]))
        writer.close()

    clock = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - clock


def calls(backend: LLMBackend) -> int:
    """Model calls a finished batch made (the cache hits do not count)."""
    return backend.calls_made


if __name__ == "__main__":
    main()

"""Load on `tradefacts serve` (regex backend): concurrent clients over loopback, latency and server memory.

    python bench/service_load.py [--clients 50] [--requests 1000] [--workers 1] [--port 0]

Starts the real server (`python -m tradefacts serve`, one uvicorn process) on loopback, warms it up,
then `--clients` threads, each on its own keep-alive connection, send `--requests` POST /v1/extract
in all, cycling over the five seed articles. Reports throughput, p50/p90/p99/max latency, errors
(any non-200 answer or article status other than ok) and the server's peak resident memory (VmHWM,
summed over the worker processes when there are several).
Clients and server share the machine; on a small one the clients' CPU is part of what is measured.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import free_port, running  # noqa: E402


def peak_rss_mib(pid: int) -> float:
    """Peak resident set of a live process and its children, summed, from /proc (Linux)."""
    own = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
               if line.startswith("VmHWM:")) / 1024  # fmt: skip
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(peak_rss_mib(int(child)) for child in children)


def client(port: int, bodies: list[bytes], latencies: list[float], errors: list[str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for body in bodies:
        start = time.perf_counter()
        try:
            conn.request("POST", "/v1/extract", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            payload = response.read()
        except OSError as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            continue
        latencies.append(time.perf_counter() - start)
        if response.status != 200:
            errors.append(f"HTTP {response.status}")
        elif (status := json.loads(payload)["status"]) != "ok":
            errors.append(f"article status {status}")
    conn.close()


def together(clients: list[tuple[int, list[bytes], list[float], list[str]]]) -> None:
    """Run one client thread per argument tuple, all at once, and wait for them all."""
    threads = [threading.Thread(target=client, args=args) for args in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    bodies = [json.dumps({"id": f"req-{i}", "text": texts[i % len(texts)]}).encode() for i in range(args.requests)]
    port = args.port or free_port()
    serve = [sys.executable, "-m", "tradefacts", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with running([*serve, "--workers", str(args.workers)], f"http://127.0.0.1:{port}/healthz", cwd=ROOT) as server:
        idle_mib = peak_rss_mib(server.pid)
        warm: list[float] = []  # first calls load the gazetteer, in every worker: reported apart
        together([(port, bodies[:2], warm, [])] * (8 * args.workers))
        latencies: list[float] = []
        errors: list[str] = []
        shares = [bodies[i :: args.clients] for i in range(args.clients)]
        cpu0, start = os.times(), time.perf_counter()
        together([(port, share, latencies, errors) for share in shares])
        wall, cpu1 = time.perf_counter() - start, os.times()
        peak_mib = peak_rss_mib(server.pid)
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    kb = sum(len(b) for b in bodies) / 1024
    points = {"p50": q[49], "p90": q[89], "p99": q[98], "max": max(latencies)}
    result = {
        "clients": args.clients,
        "workers": args.workers,
        "requests": args.requests,
        "answered": len(latencies),
        "errors": len(errors),
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(latencies) / wall, 1),
        "kb_per_s": round(kb / wall, 1),
        "latency_ms": {k: round(v * 1000, 1) for k, v in points.items()},
        "warmup_slowest_ms": round(max(warm) * 1000, 1),
        "server_rss_mib": {"idle": round(idle_mib, 1), "peak": round(peak_mib, 1)},
        "client_cpu_s": round((cpu1.user - cpu0.user) + (cpu1.system - cpu0.system), 2),
        "cpus": os.cpu_count(),
    }
    print(json.dumps(result, indent=2))
    if errors:
        print(f"errors, first 5: {errors[:5]}", file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()

"""Memory of `tradefacts serve` while it keeps articles for GET /v1/view.

    python bench/view_cache_memory.py [--requests 200] [--mb 4.8] [--view-cache-bytes N]

Starts the real server on loopback (regex backend, `--max-body-bytes` raised to fit), then sends `--requests`
POST /v1/extract one after another, each with a distinct id, in two rounds:

- skipped: texts of `--mb` MB, over --max-chars, so each article comes back skipped (the red-team case);
- extracted: seed articles repeated to 100 KB, so each is extracted and kept for the view.

After each round it reports the server's resident memory (VmRSS) and how many of the ids GET /v1/view still
shows. `--view-cache-bytes` is passed on only when given (a server without the flag keeps its own policy).
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import free_port, running  # noqa: E402


def rss_mib(pid: int) -> float:
    """Resident memory of a live process now, from /proc (Linux)."""
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


def send(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    conn.request(method, path, body, {"Content-Type": "application/json"} if body else {})
    answer = conn.getresponse()
    return answer.status, answer.read()


def round_of(conn: http.client.HTTPConnection, prefix: str, text: str, n: int) -> tuple[list[str], int]:
    """Send `n` articles with `text`; their statuses, and how many the view still shows afterwards."""
    statuses = []
    for i in range(n):
        status, raw = send(conn, "POST", "/v1/extract", json.dumps({"id": f"{prefix}{i}", "text": text}).encode())
        statuses.append(json.loads(raw)["status"] if status == 200 else f"HTTP {status}")
    shown = sum(send(conn, "GET", f"/v1/view?id={prefix}{i}")[0] == 200 for i in range(n))
    return statuses, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--mb", type=float, default=4.8, help="size of each skipped article's text")
    parser.add_argument("--view-cache-bytes", type=int)
    args = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "tradefacts", "serve", "--port", str(port), "--max-body-bytes", "6000000"]
    if args.view_cache_bytes is not None:
        command += ["--view-cache-bytes", str(args.view_cache_bytes)]
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    with running(command, url + "/healthz", cwd=ROOT) as server:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        round_of(conn, "warm", seeds, 1)
        print(f"after warm-up: {rss_mib(server.pid):,.0f} MiB")
        big = "Exports rose 5 percent in 2024. " * int(args.mb * 1e6 / 32)
        statuses, shown = round_of(conn, "big", big, args.requests)
        print(f"after {args.requests} articles of {len(big) / 1e6:.1f} MB ({', '.join(sorted(set(statuses)))}): "
              f"{rss_mib(server.pid):,.0f} MiB, {shown} viewable")  # fmt: skip
        long = (seeds * 10)[:100_000]
        statuses, shown = round_of(conn, "long", long, args.requests // 2)
        print(f"after {args.requests // 2} articles of {len(long) / 1e3:.0f} KB ({', '.join(sorted(set(statuses)))}): "
              f"{rss_mib(server.pid):,.0f} MiB, {shown} viewable")  # fmt: skip


if __name__ == "__main__":
    main()

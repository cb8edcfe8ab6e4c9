"""The HTTP service on a real uvicorn over loopback: round trips, every error path, and schemathesis."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import uvicorn

from tests.conftest import ROOT, SEEDS
from tests.fault_server import FaultServer, Step
from tests.servers import free_port, running
from tradefacts.extract.llm.backend import LLMBackend, LLMConfig
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, Document
from tradefacts.service import Limits, create_app

SEED = (SEEDS / "004_fab758f6019e703d.txt").read_text(encoding="utf-8")


def serve(app: object) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    yield from serve(create_app(get_backend("regex"), Limits(max_body_bytes=200_000, max_batch=3)))


def call(url: str, body: object | bytes | None = None, method: str | None = None) -> tuple[int, str, bytes]:
    data = body if isinstance(body, bytes) else None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read()


def test_extract_round_trip_and_view(base: str) -> None:
    status, ctype, body = call(base + "/v1/extract", {"id": "a4", "text": SEED})
    article = Article.model_validate_json(body)
    assert status == 200 and ctype == "application/json" and article.status == "ok" and article.facts
    status, ctype, page = call(base + "/v1/view?id=a4")
    assert status == 200 and ctype.startswith("text/html") and b"<mark" in page


def test_batch_keeps_order_and_statuses(base: str) -> None:
    docs = [{"id": "x", "text": SEED}, {"id": "empty", "text": " "}, {"id": "zh", "text": "中国外贸进出口总值增长"}]
    status, _, body = call(base + "/v1/extract/batch", {"documents": docs})
    arts = json.loads(body)["articles"]
    assert status == 200 and [a["id"] for a in arts] == ["x", "empty", "zh"]
    assert [a["status"] for a in arts] == ["ok", "skipped", "skipped"]


def test_schema_and_health(base: str) -> None:
    status, _, body = call(base + "/v1/schema")
    assert status == 200 and json.loads(body)["title"] == "Article"
    status, _, body = call(base + "/healthz")
    assert json.loads(body)["status"] == "ok" and json.loads(body)["backend"] == "regex"


@pytest.mark.parametrize(
    ("path", "body", "code", "field"),
    [
        ("/v1/extract", {"id": "no-text"}, 422, "text"),
        ("/v1/extract", {"text": "x", "published": "yesterday"}, 422, "published"),
        ("/v1/extract", {"text": "x", "colour": "red"}, 422, "colour"),
        ("/v1/extract", b"{not json", 422, ""),
        ("/v1/extract/batch", {"documents": [{"text": "a"}] * 4}, 413, "documents"),
        ("/v1/extract/batch", {"documents": []}, 422, "documents"),
    ],
)
def test_errors_are_problem_json_naming_the_field(base: str, path: str, body: object, code: int, field: str) -> None:
    status, ctype, raw = call(base + path, body)
    problem = json.loads(raw)
    assert status == code and ctype == "application/problem+json" and problem["status"] == code
    if field:
        assert any(e["field"].startswith(field) for e in problem["errors"])


def test_body_over_the_limit_is_413(base: str) -> None:
    status, ctype, raw = call(base + "/v1/extract", {"text": "x" * 300_000})
    assert status == 413 and ctype == "application/problem+json" and "200,000" in json.loads(raw)["detail"]


def test_unknown_view_is_404_problem(base: str) -> None:
    status, ctype, _ = call(base + "/v1/view?id=nope")
    assert status == 404 and ctype == "application/problem+json"


def test_slow_model_times_out_per_request_and_says_so() -> None:
    with FaultServer(default=Step(answer={"facts": []}, delay_s=3)) as fault:
        backend = LLMBackend(LLMConfig(model="m", base_url=fault.base_url))
        for url in serve(create_app(backend, Limits(timeout_s=0.5))):
            status, _, body = call(url + "/v1/extract", {"id": "slow", "text": SEED})
    article = json.loads(body)
    assert status == 200 and article["status"] == "failed" and "timed out after 0.5 s" in article["error"]


class SleepyRules:
    """A rule-based (sync) backend stuck on one article."""

    name = "sleepy"

    def extract(self, doc: Document) -> Article:
        time.sleep(3)
        return Article(id=doc.id, text=doc.text)


def test_a_stuck_sync_backend_times_out_and_the_service_stays_responsive() -> None:
    for url in serve(create_app(SleepyRules(), Limits(timeout_s=0.3))):
        with ThreadPoolExecutor(1) as pool:
            started = time.monotonic()
            stuck = pool.submit(call, url + "/v1/extract", {"text": SEED})
            time.sleep(0.1)
            assert call(url + "/healthz")[0] == 200 and time.monotonic() - started < 1.5  # the loop is not blocked
            status, _, body = stuck.result()
            assert time.monotonic() - started < 2.5  # answered at the timeout, not after the 3 s extraction
    article = json.loads(body)
    assert status == 200 and article["status"] == "failed" and "timed out after 0.3 s" in article["error"]


def test_concurrent_model_calls_are_capped_across_requests() -> None:
    docs = {"documents": [{"id": str(i), "text": SEED} for i in range(3)]}
    with FaultServer(default=Step(answer={"facts": []}, delay_s=0.3)) as fault:
        backend = LLMBackend(LLMConfig(model="m", base_url=fault.base_url, concurrency=2))
        for url in serve(create_app(backend, Limits())):
            workers = [threading.Thread(target=call, args=(url + "/v1/extract/batch", docs)) for _ in range(2)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
        assert fault.max_in_flight == 2 and len(fault.requests) >= 6


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts worker processes through /proc")
def test_serve_with_workers_answers_from_separate_processes() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "tradefacts", "serve", "--port", str(port), "--workers", "2", "--max-batch", "2"]
    with running(cmd, url + "/healthz", cwd=ROOT) as server:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        assert len(children) >= 2  # the workers (and, with the spawn start method, its resource tracker)
        status, _, body = call(url + "/v1/extract", {"id": "w", "text": SEED})
        assert status == 200 and json.loads(body)["facts"]
        status, _, _ = call(url + "/v1/extract/batch", {"documents": [{"text": SEED}] * 3})
        assert status == 413  # the options reach the workers: --max-batch 2


def test_committed_openapi_spec_is_current(base: str) -> None:
    _, _, served = call(base + "/openapi.json")
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert json.loads(served) == committed, "regenerate: python -m tradefacts.openapi > docs/openapi.json"


def test_schemathesis_finds_no_failures(base: str, tmp_path: Path) -> None:
    cli = Path(sys.executable).with_name("schemathesis")
    done = subprocess.run(
        [
            str(cli),
            "run",
            base + "/openapi.json",
            "--checks",
            "all",
            "--max-examples",
            "25",
            "--exclude-checks",
            "positive_data_acceptance",
            "--seed",
            "1",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]

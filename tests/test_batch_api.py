"""`extract --backend llm --batch-api` against a local files-and-batches server: requests, polling, answers
through the verification gate, errors as per-document statuses, and a batch collected by another process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.batch_server import BatchServer
from tests.fault_server import Step, fact
from tradefacts.cli import main

TEXT = "China's exports rose 6.1 percent year on year to 2.1 trillion yuan in July 2025, customs data showed. Doc {i}."
GOOD = fact("exports rose 6.1 percent year on year to 2.1 trillion yuan", "2.1 trillion", 2.1e12, flow="exports")
INVENTED = fact("exports rose 6.1 percent", "6.1", 9.9, flow="exports", measure="growth", unit="percent")


def answer(body: dict[str, Any]) -> Step:
    """A model: doc 3's request fails on the server, doc 4 invents a value, doc 5 runs out of tokens."""
    user = body["messages"][-1]["content"]
    if "Doc 3." in user:
        return Step(status=500)
    if "Doc 4." in user:
        return Step(answer={"facts": [GOOD, INVENTED]})
    return Step(answer={"facts": [GOOD]}, truncated="Doc 5." in user)


def documents(tmp_path: Path, n: int = 8) -> Path:
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": TEXT.format(i=i)}) + "\n" for i in range(n)))
    return path


def flags(server: BatchServer, docs: Path, out: Path) -> list[str]:
    return ["extract", str(docs), "-o", str(out), "--backend", "llm", "--batch-api", "--model", "gpt-4o-mini",
            "--base-url", server.base_url, "--batch-poll-s", "0.05", "--no-cache"]  # fmt: skip


def records(out: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}


def test_a_batch_is_written_uploaded_polled_and_every_answer_verified(tmp_path: Path) -> None:
    docs, out = documents(tmp_path), tmp_path / "run.jsonl"
    with BatchServer(answer) as server:
        assert main(flags(server, docs, out)) == 1  # two documents failed: the exit status says so
        sent = server.requests("batch_1")
    assert server.created == 1 and len(sent) == 8
    assert {r["method"] for r in sent} == {"POST"} and {r["url"] for r in sent} == {"/v1/chat/completions"}
    assert len({r["custom_id"] for r in sent}) == 8
    body = sent[0]["body"]
    assert body["model"] == "gpt-4o-mini" and body["tools"][0]["function"]["name"] and body["max_tokens"] == 2048
    assert (tmp_path / "run.batch-requests.jsonl").read_text().count("\n") == 8

    got = records(out)
    assert list(got) == [f"d{i}" for i in range(8)]  # input order
    assert got["d0"]["status"] == "ok" and got["d0"]["facts"][0]["value"] == 2.1e12
    assert got["d0"]["facts"][0]["evidence_span"] and got["d0"]["usage"]["calls"] == 1
    assert got["d3"]["status"] == "failed" and "the batch request failed (500)" in got["d3"]["error"]
    assert got["d4"]["status"] == "ok" and len(got["d4"]["facts"]) == 1
    assert "disagrees" in got["d4"]["rejected"][0]["reason"]  # the same gate as the live path
    assert got["d5"]["status"] == "failed" and "max_tokens=2048" in got["d5"]["error"]
    errors = [json.loads(line) for line in (tmp_path / "run.errors.jsonl").read_text().splitlines()]
    assert [(e["id"], e["stage"]) for e in errors] == [("d3", "extract"), ("d5", "extract")]
    state = json.loads((tmp_path / "run.batch.json").read_text())
    assert state["batch_id"] == "batch_1" and state["finished"] is True
    manifest = json.loads((tmp_path / "run.manifest.json").read_text())
    assert manifest["engine"] == "batch-api" and manifest["status"] == {"ok": 6, "failed": 2}
    assert manifest["cost_usd"] > 0


def test_another_process_collects_the_batch_without_paying_twice(tmp_path: Path) -> None:
    docs, out = documents(tmp_path), tmp_path / "run.jsonl"
    with BatchServer(answer, polls_before_done=10**9) as server:
        first = subprocess.Popen([sys.executable, "-m", "tradefacts", *flags(server, docs, out)], stderr=subprocess.PIPE)
        state = tmp_path / "run.batch.json"
        deadline = time.monotonic() + 120
        while not state.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait()
        assert json.loads(state.read_text())["finished"] is False
        assert main(flags(server, docs, out)) == 2  # without --resume: refused, naming the batch

        server.polls_before_done = 0
        assert main([*flags(server, docs, out), "--resume"]) == 1
        assert server.created == 1
    got = records(out)
    assert len(got) == 8 and got["d1"]["status"] == "ok" and got["d3"]["status"] == "failed"


def test_an_expired_batch_fails_only_the_requests_it_did_not_answer(tmp_path: Path) -> None:
    docs, out = documents(tmp_path, n=4), tmp_path / "run.jsonl"
    with BatchServer(answer, final="expired") as server:
        assert main(flags(server, docs, out)) == 1
    got = records(out)
    assert [got[f"d{i}"]["status"] for i in range(4)] == ["ok", "failed", "ok", "failed"]
    assert "the batch ended expired without answering this request" in got["d1"]["error"]


def test_a_failed_batch_gives_every_document_its_reason(tmp_path: Path) -> None:
    docs, out = documents(tmp_path, n=3), tmp_path / "run.jsonl"
    refused = [{"code": "invalid_request", "message": "line 1: model not available for batch", "line": 1}]
    with BatchServer(answer, final="failed", batch_errors=refused) as server:
        assert main(flags(server, docs, out)) == 1
    got = records(out)
    assert {r["status"] for r in got.values()} == {"failed"}
    assert all("model not available for batch" in r["error"] for r in got.values())

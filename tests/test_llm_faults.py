"""The LLM path against a scripted chat-completions server: every fault, deterministically."""

from __future__ import annotations

import asyncio
import csv
import json
import time
from pathlib import Path

import pytest

from tests.conftest import GOLD, ROOT
from tests.fault_server import FaultServer, Step, fact
from tradefacts.cli import main
from tradefacts.extract.compose import WithFallback
from tradefacts.extract.io.batch import extract_stream
from tradefacts.extract.llm.backend import LLMBackend, LLMConfig
from tradefacts.extract.llm.config import MODE_NAMES
from tradefacts.extract.llm.transport import RetryPolicy, last_reask_only, retry_after
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, DocStatus, Document

TEXT = (
    "China's July trade grows\n"
    "August 7, 2025\n"
    "BEIJING (Xinhua) -- China's foreign trade reached 3.91 trillion yuan in July, up 6.7 percent year on year.\n"
    "Exports rose 8.9 percent, while imports fell 1.2 percent."
)
GOOD = fact("China's foreign trade reached 3.91 trillion yuan in July", "3.91 trillion", 3.91e12)
FAST = RetryPolicy(retries=3, initial_s=0.01, max_backoff_s=0.05)


def backend(server: FaultServer, **options: object) -> LLMBackend:
    return LLMBackend(LLMConfig(model="fault-model", base_url=server.base_url, retry=FAST, **options))


def run(server: FaultServer, text: str = TEXT, **options: object) -> Article:
    return backend(server, **options).extract(Document(id="doc", text=text))


def test_429_waits_as_long_as_retry_after_says() -> None:
    with FaultServer([Step(status=429, headers={"Retry-After": "0.4"}), Step(answer={"facts": [GOOD]})]) as s:
        clock = time.perf_counter()
        article = run(s)
        waited = time.perf_counter() - clock
    assert article.status == DocStatus.ok and len(article.facts) == 1
    assert article.usage.transport_retries == 1 and article.usage.calls == 2 and article.usage.reasks == 0
    assert waited >= 0.4


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried(status: int) -> None:
    with FaultServer([Step(status=status), Step(status=status), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s)
    assert article.status == DocStatus.ok and article.usage.transport_retries == 2


def test_timeout_is_retried() -> None:
    with FaultServer([Step(delay_s=1.5, answer={"facts": []}), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s, timeout_s=0.5)
    assert article.status == DocStatus.ok and article.usage.transport_retries == 1 and len(article.facts) == 1


def test_a_dropped_connection_is_retried() -> None:
    with FaultServer([Step(drop=True), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s)
    assert article.status == DocStatus.ok and len(article.facts) == 1
    assert article.usage.transport_retries == 1 and article.usage.calls == 2


def test_a_gateway_page_is_retried_and_an_answer_that_is_not_json_fails_with_the_reason() -> None:
    page = "<html><body>502 Bad Gateway</body></html>"
    with FaultServer([Step(status=502, body=page), Step(answer={"facts": [GOOD]})]) as s:
        retried = run(s)
    with FaultServer(default=Step(body=page)) as s:
        garbled = run(s)
        assert len(s.requests) == 1  # a 200 that is not a completion is not retried
    assert retried.status == DocStatus.ok and retried.usage.transport_retries == 1
    assert garbled.status == DocStatus.failed and "not a JSON object" in garbled.error and "502 Bad" in garbled.error


def test_the_api_key_goes_as_a_bearer_token_and_none_goes_without_one() -> None:
    with FaultServer(default=Step(answer={"facts": [GOOD]})) as s:
        run(s, api_key="sk-test")
        run(s)
        assert s.authorizations == ["Bearer sk-test", None]


def test_the_environments_proxy_carries_the_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    with FaultServer([Step(answer={"facts": [GOOD]})]) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.base_url.removesuffix("/v1"))
        article = LLMBackend(LLMConfig(model="m", base_url="http://llm.invalid/v1")).extract(Document(id="d", text=TEXT))
        assert len(proxy.requests) == 1
    assert article.status == DocStatus.ok and len(article.facts) == 1


def test_a_client_error_is_not_retried_and_the_document_fails_with_the_reason() -> None:
    with FaultServer([Step(status=400), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s)
        assert len(s.requests) == 1
    assert article.status == DocStatus.failed and "BadRequestError" in article.error and "chunk 1/1" in article.error


def test_retries_run_out_and_fallback_takes_over() -> None:
    with FaultServer(default=Step(status=500)) as s:
        failed = run(s)
        assert len(s.requests) == FAST.retries + 1
        fell_back = WithFallback(backend(s), get_backend("regex")).extract(Document(id="doc", text=TEXT))
    assert failed.status == DocStatus.failed and not failed.facts
    assert fell_back.status == DocStatus.fallback and "llm failed" in fell_back.error
    assert fell_back.facts and {f.source for f in fell_back.facts} == {"regex"}
    assert fell_back.usage.calls == FAST.retries + 1  # what the failed attempt cost is still reported


def test_invalid_json_is_reasked_with_the_error() -> None:
    with FaultServer([Step(answer=None, raw="sure! here are the facts"), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s, mode="json")
        reask = s.requests[1]["messages"]
    assert article.status == DocStatus.ok and article.usage.reasks == 1 and len(article.facts) == 1
    assert reask[-2]["role"] == "assistant" and "sure! here are the facts" in reask[-2]["content"]
    assert "errors" in reask[-1]["content"].lower()


def test_schema_invalid_answer_is_fixed_on_reask_and_context_does_not_grow() -> None:
    wrong = {"facts": [dict(GOOD, flow="sideways")]}
    with FaultServer([Step(answer=wrong), Step(answer=wrong), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s)
        sizes = [len(r["messages"]) for r in s.requests]
        last = s.requests[-1]["messages"]
    assert article.status == DocStatus.ok and article.usage.reasks == 2 and len(article.facts) == 1
    assert sizes == [2, 4, 4]  # system + user, then the last failed answer and its error only
    assert "sideways" in json.dumps(last[-2]) and "flow" in last[-1]["content"]


def test_last_reask_only_keeps_the_original_messages_and_the_latest_attempt() -> None:
    msgs = [
        {"role": "system"},
        {"role": "user"},
        {"role": "assistant", "n": 1},
        {"role": "tool", "n": 1},
        {"role": "assistant", "n": 2},
        {"role": "tool", "n": 2},
    ]
    assert last_reask_only(msgs) == msgs[:2] + msgs[4:]
    assert last_reask_only(msgs[:4]) == msgs[:4]


def test_reasks_run_out_and_the_document_fails() -> None:
    with FaultServer(default=Step(answer={"facts": [dict(GOOD, unit="yen")]})) as s:
        article = run(s, max_reasks=1)
        assert len(s.requests) == 2
    assert article.status == DocStatus.failed and "unit" in article.error


def test_invented_numbers_and_quotes_are_rejected_with_reasons() -> None:
    invented = fact("China's foreign trade reached 3.91 trillion yuan in July", "4.5 trillion", 4.5e12)
    misquoted = fact("China's foreign trade soared to a record 3.91 trillion yuan", "3.91 trillion", 3.91e12)
    with FaultServer([Step(answer={"facts": [GOOD, invented, misquoted]})]) as s:
        article = run(s)
    assert [f.value_text for f in article.facts] == ["3.91 trillion"]
    reasons = sorted(r.reason for r in article.rejected)
    assert reasons == ["evidence is not in the article text", "value_text '4.5 trillion' is not in the evidence"]


def test_truncated_output_is_not_parsed_but_retried_with_more_room() -> None:
    with FaultServer([Step(answer={"facts": [GOOD]}, truncated=True), Step(answer={"facts": [GOOD]})]) as s:
        article = run(s, max_tokens=100)
        budgets = [r["max_tokens"] for r in s.requests]
    assert budgets == [100, 200]
    assert article.status == DocStatus.ok and article.usage.truncations == 1 and len(article.facts) == 1


def test_truncated_at_the_cap_splits_the_chunk() -> None:
    with FaultServer([Step(answer={"facts": []}, truncated=True)], default=Step(answer={"facts": [GOOD]})) as s:
        article = run(s, max_tokens=100, max_tokens_cap=100)
        users = [r["messages"][-1]["content"] for r in s.requests]
    halves = sorted("Exports rose" in u for u in users[1:])  # the halves are asked concurrently, in either order
    assert len(users) == 3 and halves == [False, True]
    assert article.status == DocStatus.ok and len(article.facts) == 1  # the halves' repeats merge


@pytest.mark.parametrize("mode", MODE_NAMES)
def test_every_mode_round_trips(mode: str) -> None:
    with FaultServer([Step(answer={"facts": [GOOD]})]) as s:
        article = run(s, mode=mode)
        request = s.requests[0]
    assert article.status == DocStatus.ok and len(article.facts) == 1 and article.provenance.mode == mode
    assert ("tools" in request) == (mode == "tools")


def test_long_articles_are_chunked_with_title_dateline_and_running_period() -> None:
    para = "In the first half of 2025, trade in the region was steady and growth held up. " * 12
    text = "Regional trade holds steady in first half\nPublished August 2, 2025\n\n" + "\n\n".join([para] * 6)
    with FaultServer() as s:
        article = run(s, text=text, chunk_tokens=300)
        users = [r["messages"][-1]["content"] for r in s.requests]
    assert len(users) >= 4 and article.status == DocStatus.ok
    assert all(u.startswith("Title: Regional trade holds steady in first half\nPublished: 2025-08-02") for u in users)
    later = [u for u in users if "Part 1 of" not in u]  # chunks are asked concurrently: any order
    assert len(later) == len(users) - 1
    assert all("Running period before this part: 2025-01 to 2025-06" in u for u in later)


def test_a_failed_chunk_makes_the_document_partial() -> None:
    text = ("Exports rose 8.9 percent in July. " * 40 + "\n\n") * 2
    with FaultServer([Step(answer={"facts": []}), Step(status=400)]) as s:
        article = run(s, text=text, chunk_tokens=350, concurrency=1)
    assert article.status == DocStatus.partial and "chunk 2/" in article.error


def test_cache_rerun_makes_no_calls(tmp_path: Path) -> None:
    with FaultServer(default=Step(answer={"facts": [GOOD]})) as s:
        first = run(s, cache_path=tmp_path / "c.sqlite")
        second = run(s, cache_path=tmp_path / "c.sqlite")
        other_model = LLMBackend(LLMConfig(model="other", base_url=s.base_url, cache_path=tmp_path / "c.sqlite"))
        other_model.extract(Document(id="doc", text=TEXT))
        assert len(s.requests) == 2
    assert second.usage.calls == 0 and second.usage.cache_hits == 1
    assert second.facts == first.facts


def test_documents_run_concurrently_under_the_limit() -> None:
    async def many(b: LLMBackend) -> list[Article]:
        docs = [Document(id=str(i), text=TEXT) for i in range(8)]
        try:
            return await asyncio.gather(*(b.aextract(d) for d in docs))
        finally:
            await b.aclose()

    with FaultServer(default=Step(answer={"facts": [GOOD]}, delay_s=0.2)) as s:
        articles = asyncio.run(many(backend(s, concurrency=3)))
        peak = s.max_in_flight
    assert peak == 3 and all(a.status == DocStatus.ok for a in articles)


def test_a_stream_keeps_input_order_and_the_backends_call_limit() -> None:
    async def stream(b: LLMBackend) -> list[Article]:
        docs = [Document(id=str(i), text=f"{TEXT}\nDoc {i}.") for i in range(12)]
        try:
            return [a async for a in extract_stream(docs, b, concurrency=3)]
        finally:
            await b.aclose()

    def slow_evens(request: dict) -> Step:  # later documents answer first
        even = int(request["messages"][-1]["content"].rsplit("Doc ", 1)[1].rstrip(".")) % 2 == 0
        return Step(answer={"facts": [GOOD]}, delay_s=0.15 if even else 0.02)

    with FaultServer(route=slow_evens) as s:
        articles = asyncio.run(stream(backend(s, concurrency=3)))
        peak = s.max_in_flight
    assert [a.id for a in articles] == [str(i) for i in range(12)] and all(a.status == DocStatus.ok for a in articles)
    assert peak == 3  # the stream runs six documents, the backend three calls


def test_cost_comes_from_the_price_table() -> None:
    with FaultServer([Step(answer={"facts": [GOOD]})]) as s:
        article = run(s, prices={"fault-model": (1.0, 2.0)})
    u = article.usage
    assert u.cost_usd == pytest.approx((u.prompt_tokens * 1.0 + u.completion_tokens * 2.0) / 1e6)


def test_retry_after_forms() -> None:
    class Resp:
        def __init__(self, headers: dict[str, str]) -> None:
            self.headers = headers

    class Err(Exception):
        def __init__(self, headers: dict[str, str]) -> None:
            self.response = Resp(headers)

    assert retry_after(Err({"retry-after": "3"})) == 3.0
    assert retry_after(Err({"retry-after-ms": "250"})) == 0.25
    assert retry_after(Err({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0  # a date in the past
    assert retry_after(Err({})) is None and retry_after(ValueError()) is None


def test_hybrid_adds_what_the_llm_missed_tagged_by_source() -> None:
    with FaultServer([Step(answer={"facts": [GOOD]})]) as s:
        hybrid = get_backend("hybrid", config=LLMConfig(model="m", base_url=s.base_url, retry=FAST))
        article = hybrid.extract(Document(id="doc", text=TEXT))
    sources = [(f.source, f.value_text) for f in article.facts]
    assert ("llm", "3.91 trillion") in sources and ("regex", "6.7") in sources
    assert ("regex", "3.91 trillion") not in sources  # the LLM already read that number
    assert article.provenance.backend == "hybrid"


def test_cli_llm_run_scores_with_eval_and_reports_cost(tmp_path: Path) -> None:
    out = tmp_path / "llm.jsonl"
    with FaultServer(default=Step(answer={"facts": [GOOD]})) as s:
        (tmp_path / "prices.json").write_text(json.dumps({"fault-model": [1.0, 2.0]}))
        flags = ["--backend", "llm", "--base-url", s.base_url, "--model", "fault-model", "--no-cache"]
        flags += ["--prices", str(tmp_path / "prices.json"), "--fallback", "regex"]
        assert main(["extract", str(ROOT / "seeds"), "-o", str(out), *flags]) == 0
    manifest = json.loads((tmp_path / "llm.manifest.json").read_text())
    assert manifest["backend"] == "llm" and manifest["model"] == "fault-model" and len(manifest["prompt_hash"]) == 12
    assert manifest["documents"] == 5 and manifest["usage"]["calls"] >= 5 and manifest["cost_usd"] > 0
    articles = [Article.model_validate_json(line) for line in out.read_text().splitlines()]
    assert all(a.provenance.prompt_version == manifest["prompt_hash"] for a in articles)
    report = tmp_path / "report"
    assert main(["eval", "--gold", str(GOLD), "--pred", str(out), "--out", str(report)]) == 0
    row = next(csv.DictReader((report / "leaderboard.csv").open()))
    assert row["backend"] == "llm" and row["model"] == "fault-model" and row["prompt_hash"] == manifest["prompt_hash"]
    assert row["endpoint"] == s.base_url and row["prompt"] == "default"
    assert float(row["cost_usd"]) == pytest.approx(manifest["cost_usd"]) and int(row["tokens"]) > 0
    assert float(row["latency_p95_s"]) >= float(row["latency_p50_s"]) > 0
    assert "cost as if uncached" in (report / "report.md").read_text()


def test_running_periods_are_the_last_stated_before_each_chunk() -> None:
    from tradefacts.extract.llm.chunks import running_periods

    text = "Intro.\nIn the first half, exports rose.\nIn July, imports fell.\nMore."
    starts = [0, text.index("In the"), text.index("In July"), text.index("More")]
    assert running_periods(text, starts, 2025) == [None, None, "2025-01 to 2025-06", "2025-07 to 2025-07"]
    assert running_periods(text, [], 2025) == []


def test_the_benchmarks_fixed_latency_server_answers_the_real_client_over_kept_alive_connections() -> None:
    """bench/llm_client.py's server (`serve_fixed`, a bare asyncio protocol): 12 documents through 3 connections,
    so each connection carries several requests, every one answered with the fact it was told to give."""
    import subprocess
    import sys

    answer = {"facts": [GOOD]}
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fault_server", "0.01", json.dumps(answer)], cwd=ROOT, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        base_url = server.stdout.readline().strip()  # type: ignore[union-attr]
        llm = LLMBackend(LLMConfig(model="bench", base_url=base_url, concurrency=3, retry=FAST))

        async def batch() -> list[Article]:
            docs = [Document(id=str(i), text=TEXT) for i in range(12)]
            out = [a async for a in extract_stream(docs, llm, concurrency=3)]
            await llm.aclose()
            return out

        articles = asyncio.run(batch())
    finally:
        server.kill()
    assert [a.status for a in articles] == [DocStatus.ok] * 12
    assert all([f.value_text for f in a.facts] == ["3.91 trillion"] for a in articles)
    assert sum(a.usage.calls for a in articles) == 12  # no request was lost or retried

"""The OpenAI Batch API (`extract --backend llm --batch-api`): every chunk of every document as one request
of a `/v1/batches` job, at the Batch API's lower price, answered within its 24-hour window.

1. Each document is planned as the live backend plans it (chunks, headers, messages); a chunk whose answer
   is in the answer cache needs no request.
2. The requests are written as JSON Lines beside the run (`run.batch-requests.jsonl`) with the body
   instructor would send, uploaded, and a batch is created. Its id goes into `run.batch.json` at once, so a
   later `--resume`, from any process, collects that batch instead of paying for another.
3. The batch is polled until it ends; its output and error files are downloaded.
4. Each answer is parsed as instructor parses a live one and passes the same verification gate. A request
   in the error file, an answer cut off or not fitting the schema, or one the batch never ran (expired,
   failed) makes its chunk fail with the reason: the document ends `partial` or `failed`.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from tradefacts.extract.backend import refusal
from tradefacts.extract.llm.backend import LLMBackend, Plan
from tradefacts.extract.llm.cache import Cached
from tradefacts.extract.llm.prompt import Extraction
from tradefacts.extract.llm.transport import PARSE_ERRORS, brief
from tradefacts.schemas import Article, Document, Usage

ENDPOINT = "/v1/chat/completions"
FINAL_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})
PRICE_FACTOR = 0.5  # the Batch API bills half the list price


@dataclass
class _Job:
    """One document: its plan, and per chunk either a cached answer or the custom_id of its request."""

    doc: Document
    plan: Plan
    cached: dict[int, Cached] = field(default_factory=dict)
    requests: dict[int, str] = field(default_factory=dict)  # chunk index -> custom_id


@dataclass
class _Outcome:
    """What the batch said about one request: an answer, or why there is none."""

    answer: Extraction | None = None
    error: str | None = None
    usage: Usage = field(default_factory=Usage)


class BatchRun:
    """The requests of a run's documents, the batch that answers them, and the articles made from the answers."""

    def __init__(self, backend: LLMBackend, state_path: Path) -> None:
        self.backend, self.config, self.state_path = backend, backend.config, state_path
        self.shape = backend.shape
        self.client = openai.OpenAI(
            base_url=self.config.base_url,
            api_key=self.config.api_key or "unused",
            timeout=self.config.timeout_s,
            max_retries=self.config.retry.retries,  # status checks and downloads are idempotent: the client retries
        )

    def plan(self, doc: Document, lines: list[str]) -> _Job:
        """The job of one document; the requests its uncached chunks need are appended to `lines`."""
        job = _Job(doc, self.backend.plan(doc))
        prefix = hashlib.sha256(doc.id.encode()).hexdigest()[:24]  # custom_id: any id, fixed length, no clashes
        for i, (header, chunk) in enumerate(zip(job.plan.headers, job.plan.chunks, strict=True)):
            messages = self.backend.messages(header, chunk)
            cache = self.backend.cache
            if cache and (hit := cache.get(self.backend.answer_key(messages))):
                job.cached[i] = hit
                continue
            job.requests[i] = f"{prefix}-{i}"
            body = self.shape.request(messages, self.config.max_tokens)
            lines.append(json.dumps({"custom_id": job.requests[i], "method": "POST", "url": ENDPOINT, "body": body}))
        return job

    def submit(self, lines: list[str]) -> str:
        """Write, upload and start the batch; its id is recorded before anything else can go wrong."""
        requests = self.state_path.with_name(self.state_path.name.replace(".batch.json", ".batch-requests.jsonl"))
        requests.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        with requests.open("rb") as handle:
            uploaded = self.client.files.create(file=handle, purpose="batch")
        batch = self.client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h")
        self._save({"batch_id": batch.id, "input_file_id": uploaded.id, "requests": len(lines), "finished": False})
        print(f"tradefacts extract: batch {batch.id} created with {len(lines)} requests", file=sys.stderr)
        return batch.id

    def wait(self, batch_id: str) -> Any:
        """The batch once it has ended (completed, failed, expired or cancelled)."""
        last = None
        while True:
            batch = self.client.batches.retrieve(batch_id)
            if batch.status != last:
                print(f"tradefacts extract: batch {batch_id}: {batch.status}", file=sys.stderr)
                last = batch.status
            if batch.status in FINAL_STATUSES:
                return batch
            time.sleep(self.config.batch_poll_s)

    def outcomes(self, batch: Any) -> dict[str, _Outcome]:
        """Every answered or failed request of the batch by custom_id."""
        found: dict[str, _Outcome] = {}
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                for line in self.client.files.content(file_id).text.splitlines():
                    if line.strip():
                        record = json.loads(line)
                        found[record["custom_id"]] = self._outcome(record)
        return found

    def _outcome(self, record: dict[str, Any]) -> _Outcome:
        response = record.get("response") or {}
        body = response.get("body") or {}
        if record.get("error") or response.get("status_code") != 200:
            error = record.get("error") or body.get("error") or {}
            code = error.get("code") or response.get("status_code")
            return _Outcome(error=f"the batch request failed ({code}): {error.get('message', 'no message')}")
        completion = ChatCompletion.model_validate(body)
        tokens = completion.usage
        usage = Usage(calls=1, prompt_tokens=tokens.prompt_tokens if tokens else 0,
                      completion_tokens=tokens.completion_tokens if tokens else 0)  # fmt: skip
        if completion.choices and completion.choices[0].finish_reason == "length":
            usage.truncations = 1
            cut = f"output reached max_tokens={self.config.max_tokens} (raise --max-tokens)"
            return _Outcome(error=cut, usage=usage)
        try:
            answer = self.shape.parse(body)
        except PARSE_ERRORS as exc:
            reason = f"the answer does not fit the schema: {type(exc).__name__}: {brief(exc)}"
            return _Outcome(error=reason, usage=usage)
        return _Outcome(answer=answer, usage=usage)

    def article(self, job: _Job, outcomes: dict[str, _Outcome], missing: str) -> Article:
        """The document's article from its chunks' answers; a chunk with none fails with the reason."""
        usage, answers, failures = Usage(cache_hits=len(job.cached)), [], []
        n = len(job.plan.chunks)
        for i in range(n):
            if hit := job.cached.get(i):
                answers.append(hit.answer)
                usage.cached_prompt_tokens += hit.prompt_tokens
                usage.cached_completion_tokens += hit.completion_tokens
                continue
            outcome = outcomes.get(job.requests[i]) or _Outcome(error=missing)
            usage.add(outcome.usage)
            if outcome.answer is not None:
                answers.append(outcome.answer)
                if self.backend.cache:
                    key = self.backend.answer_key(self.backend.messages(job.plan.headers[i], job.plan.chunks[i]))
                    tokens = outcome.usage
                    self.backend.cache.put(key, outcome.answer, tokens.prompt_tokens, tokens.completion_tokens)
            else:
                failures.append(f"chunk {i + 1}/{n}: {outcome.error}")
        cost, uncached = self.config.cost(usage), self.config.cost(usage, uncached=True)
        usage.cost_usd = None if cost is None else round(cost * PRICE_FACTOR, 8)
        usage.cost_uncached_usd = None if uncached is None else round(uncached * PRICE_FACTOR, 8)
        return self.backend.assemble(job.doc, job.plan, answers, failures, usage)

    def state(self) -> dict[str, Any] | None:
        """The recorded batch of this run, if any."""
        try:
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def _save(self, state: dict[str, Any]) -> None:
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        tmp.write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
        tmp.replace(self.state_path)

    def finish(self, state: dict[str, Any]) -> None:
        """Mark the recorded batch collected: every document of it is in the run log."""
        self._save(state | {"finished": True})


def extract_batch(
    work: Iterable[Document | Article], backend: Any, state_path: Path, *, max_chars: int = 0, resume: bool = False
) -> Iterator[Article]:
    """Each item as a finished Article, in input order, the documents answered through one Batch API job.

    An unfinished batch recorded at `state_path` is collected when `resume` is true, and refused otherwise
    (starting another would pay twice).
    """
    if not isinstance(backend, LLMBackend):
        raise RuntimeError("--batch-api needs --backend llm")
    run = BatchRun(backend, state_path)
    state = run.state()
    if state and not state.get("finished") and not resume:
        raise RuntimeError(
            f"batch {state['batch_id']} of an earlier run is not collected yet: rerun with --resume to collect it, "
            f"or delete {state_path} to start over"
        )
    lines: list[str] = []
    items = [(item, None) if isinstance(item, Article) else (None, item) for item in work]
    jobs = {i: run.plan(doc, lines) for i, (_, doc) in enumerate(items) if doc and not refusal(doc, max_chars)}
    batch_id = state["batch_id"] if state and not state.get("finished") else run.submit(lines) if lines else None
    outcomes, missing = {}, "no answer"
    if batch_id:
        batch = run.wait(batch_id)
        outcomes = run.outcomes(batch)
        errors = [e.message for e in (batch.errors.data if batch.errors else []) if e.message]
        missing = f"the batch ended {batch.status} without answering this request" + (
            f": {'; '.join(errors)}" if errors else ""
        )
    try:
        for i, (finished, doc) in enumerate(items):
            if finished is not None:
                yield finished
            elif i in jobs:
                yield run.article(jobs[i], outcomes, missing)
            else:
                yield refusal(doc, max_chars)  # type: ignore[arg-type, misc]
    finally:
        backend.close()
    if batch_id:
        run.finish(run.state() or {"batch_id": batch_id})

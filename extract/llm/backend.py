"""The LLM backend: chunk, ask (cached, rate-limited, retried), verify, merge."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from aiolimiter import AsyncLimiter

from tradefacts.extract.llm.cache import AnswerCache, cache_key
from tradefacts.extract.llm.chunks import Chunk, chunk_text, paragraphs, running_periods
from tradefacts.extract.llm.config import LLMConfig
from tradefacts.extract.llm.endpoint import OPENAI_URL, ChatEndpoint
from tradefacts.extract.llm.prompt import (
    ChunkHeader,
    Extraction,
    prompt_name,
    prompt_version,
    read_prompt,
    response_model,
    schema_json,
    system_prompt,
    user_message,
)
from tradefacts.extract.llm.transport import GaveUp, RequestShape, StructuredCall, Truncated
from tradefacts.extract.text import find_metadata
from tradefacts.extract.verify import verify_all
from tradefacts.schemas import Article, DocStatus, Document, Provenance, Usage


class _LoopState:
    """HTTP session, semaphore and limiters: asyncio objects that belong to one event loop."""

    def __init__(self, config: LLMConfig, shape: RequestShape) -> None:
        self.loop = asyncio.get_running_loop()
        url = config.base_url or OPENAI_URL
        self.endpoint = ChatEndpoint(url, config.api_key, config.timeout_s, connections=config.concurrency)
        self.semaphore = asyncio.Semaphore(config.concurrency)
        self.rpm = AsyncLimiter(config.rpm, 60) if config.rpm else None
        self.tpm = AsyncLimiter(config.tpm, 60) if config.tpm else None
        limiter = self.acquire if self.rpm or self.tpm else None
        self.call = StructuredCall(self.endpoint, shape, config.retry, config.max_reasks, limiter)

    async def acquire(self, tokens: int) -> None:
        """Wait for room under the requests- and tokens-per-minute limits."""
        if self.rpm:
            await self.rpm.acquire(1)
        if self.tpm:
            await self.tpm.acquire(min(tokens, self.tpm.max_rate))


@dataclass(frozen=True)
class Plan:
    """One document as the model sees it: metadata found in the text, its chunks and their headers."""

    title: str | None
    published: date | None
    publisher: str | None
    chunks: list[Chunk]
    headers: list[ChunkHeader]


class LLMBackend:
    """Schema-constrained extraction through any OpenAI-compatible endpoint, every fact verified."""

    name = "llm"
    bounds_its_calls = True  # at most config.concurrency calls in flight, however many documents (extract_stream)

    def __init__(self, config: LLMConfig | None = None, **options: Any) -> None:
        """Use `config` as given, or build one from the environment and `options` (`LLMConfig.from_env`)."""
        self.config = replace(config, **options) if config else LLMConfig.from_env(**options)
        model = response_model(self.config.max_facts, self.config.max_evidence_chars)
        path = self.config.prompt_path
        self._system = system_prompt(read_prompt(path) if path else None)
        self._schema = schema_json(model)
        self._shape = RequestShape(self.config.model, self.config.mode, self.config.temperature, model)  # ~30 ms
        self.prompt_version = prompt_version(model, self._system)
        self.prompt_name = prompt_name(path)
        self._cache = AnswerCache(self.config.cache_path) if self.config.cache_path else None
        self._state: _LoopState | None = None

    def provenance(self) -> Provenance:
        """Backend, model, mode and prompt version, recorded on every article."""
        return Provenance(
            backend=self.name,
            model=self.config.model,
            mode=self.config.mode,
            prompt_version=self.prompt_version,
            prompt_name=self.prompt_name,
            base_url=self.config.base_url,
        )

    def extract(self, doc: Document) -> Article:
        """Synchronous extraction of one document, in an event loop of its own."""

        async def once() -> Article:
            try:
                return await self.aextract(doc)
            finally:
                if self._state is not None:
                    await self._state.endpoint.close()
                    self._state = None

        return asyncio.run(once())

    async def aextract(self, doc: Document) -> Article:
        """Extract one document: `ok`, `partial` (some chunks failed) or `failed`, with its usage."""
        if self._state is None or self._state.loop is not asyncio.get_running_loop():
            self._state = _LoopState(self.config, self._shape)
        clock, usage = time.perf_counter(), Usage()
        plan = self.plan(doc)
        results = await asyncio.gather(
            *(self._answers(h, c, usage) for h, c in zip(plan.headers, plan.chunks, strict=True)),
            return_exceptions=True,
        )
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, GaveUp | Truncated):
                raise r  # a bug, not a model failure: let extract_safely record it
        answers = [a for r in results if not isinstance(r, BaseException) for a in r]
        n = len(results)
        failures = [f"chunk {i + 1}/{n}: {_describe(r)}" for i, r in enumerate(results) if isinstance(r, BaseException)]
        usage.latency_s = round(time.perf_counter() - clock, 6)
        usage.cost_usd = self.config.cost(usage)
        usage.cost_uncached_usd = self.config.cost(usage, uncached=True)
        return self.assemble(doc, plan, answers, failures, usage)

    def plan(self, doc: Document) -> Plan:
        """What the model is asked about `doc`: its chunks, each with the header that situates it."""
        meta = find_metadata(doc.text)
        title, published = doc.title or meta.title, doc.published or meta.published
        chunks = chunk_text(doc.text, self.config.chunk_tokens)
        year = published.year if published else None
        periods = running_periods(doc.text, [c.start for c in chunks], year)
        dateline = published.isoformat() if published else None
        headers = [ChunkHeader(title, dateline, p, i + 1, len(chunks)) for i, p in enumerate(periods)]
        return Plan(title, published, doc.publisher or meta.publisher, chunks, headers)

    def messages(self, header: ChunkHeader, chunk: Chunk) -> list[dict[str, str]]:
        """The chat messages that ask for one chunk's facts."""
        return [
            {"role": "system", "content": self._system},
            {"role": "user", "content": user_message(header, chunk.text)},
        ]

    def answer_key(self, messages: list[dict[str, str]]) -> str:
        """The answer cache's key for these messages under this configuration."""
        return cache_key(messages=messages, schema=self._schema, **self.config.answer_options())

    @property
    def shape(self) -> RequestShape:
        """How this backend's requests are built and its answers read."""
        return self._shape

    @property
    def cache(self) -> AnswerCache | None:
        """The answer cache, when one is configured."""
        return self._cache

    def assemble(
        self, doc: Document, plan: Plan, answers: list[Extraction], failures: list[str], usage: Usage
    ) -> Article:
        """The article from the chunks' answers, every proposed fact verified; failed chunks make it partial."""
        facts, rejected = verify_all((f.model_dump(mode="json") for a in answers for f in a.facts), doc.text, "llm")
        first = answers[0] if answers else None
        status = DocStatus.failed if failures and not answers else DocStatus.partial if failures else DocStatus.ok
        return Article(
            id=doc.id,
            title=plan.title or _grounded(first and first.title, doc.text),
            publisher=plan.publisher or _grounded(first and first.publisher, doc.text),
            published=plan.published or _date(first and first.published),
            text=doc.text,
            facts=facts,  # verify_all has merged repeats across chunks
            rejected=rejected,
            status=status,
            error="; ".join(failures) or None,
            provenance=self.provenance(),
            usage=usage,
        )

    async def _answers(self, header: ChunkHeader, chunk: Chunk, usage: Usage) -> list[Extraction]:
        """The model's answer for one chunk: cached, else asked; a truncated answer gets more room, then halves."""
        assert self._state is not None
        messages = self.messages(header, chunk)
        key = self.answer_key(messages) if self._cache else ""
        if self._cache and (hit := self._cache.get(key)):
            usage.cache_hits += 1
            usage.cached_prompt_tokens += hit.prompt_tokens
            usage.cached_completion_tokens += hit.completion_tokens
            return [hit.answer]
        budget, spent = self.config.max_tokens, Usage()  # spent: the calls behind this chunk's answer
        try:
            while True:
                try:
                    async with self._state.semaphore:
                        answer = await self._state.call(messages, budget, spent)
                    await asyncio.sleep(0)  # the request waiting for this slot goes out before this answer is verified
                except Truncated:
                    if budget < self.config.max_tokens_cap:
                        budget = min(2 * budget, self.config.max_tokens_cap)
                        continue
                    halves = _halves(chunk)
                    if halves is None:
                        raise
                    parts = await asyncio.gather(*(self._answers(header, h, usage) for h in halves))
                    return [a for part in parts for a in part]
                if self._cache:
                    self._cache.put(key, answer, spent.prompt_tokens, spent.completion_tokens)
                return [answer]
        finally:
            usage.add(spent)

    def close(self) -> None:
        """Close the answer cache (for callers that never ran an event loop: the batch API)."""
        if self._cache:
            self._cache.close()

    async def aclose(self) -> None:
        """Release the HTTP client and the cache."""
        if self._state is not None:
            await self._state.endpoint.close()
            self._state = None
        if self._cache:
            self._cache.close()


def _halves(chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """The chunk cut in two at the paragraph nearest its middle, or None for a single paragraph."""
    paras = paragraphs(chunk.text)
    if len(paras) < 2:
        return None
    middle = min(paras[1:], key=lambda p: abs(p.start - len(chunk.text) // 2)).start
    return Chunk(chunk.start, chunk.text[:middle]), Chunk(chunk.start + middle, chunk.text[middle:])


def _describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, GaveUp) else f"{type(exc).__name__}: {exc}"


def _grounded(value: str | None, text: str) -> str | None:
    """A model-proposed metadata string, kept only when the article contains it."""
    return value if value and value.strip() and value.strip() in text else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None

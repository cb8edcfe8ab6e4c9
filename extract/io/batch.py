"""Run a backend over a stream of documents, several at once, results in input order."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator

from tradefacts.extract.backend import Backend, aextract_safely, extract_safely, is_async
from tradefacts.schemas import Article, Document


async def extract_stream(
    work: Iterable[Document | Article], backend: Backend, *, concurrency: int = 1, max_chars: int = 0
) -> AsyncIterator[Article]:
    """Each item as a finished Article, in input order; up to `concurrency` documents in flight, or twice as many
    for a backend that bounds its own calls (`bounds_its_calls`: the LLM backend), so that the next document is
    planned and waiting when a call ends, and its request goes out before the finished answer is verified.

    A backend without its own `aextract` (rules) runs one document at a time on this thread.

    Items that are already Articles (bad input, duplicates, resumed) pass straight through.
    At most twice as many results wait in memory, so a slow document holds the output
    back briefly but never lets the queue grow without bound.
    """
    if not is_async(backend):  # rules are CPU-bound: threads would only contend for the GIL
        for item in work:
            yield item if isinstance(item, Article) else extract_safely(backend, item, max_chars=max_chars)
            await asyncio.sleep(0)
        return
    in_flight = max(1, concurrency) * (2 if getattr(backend, "bounds_its_calls", False) else 1)
    window = 2 * in_flight
    pending: deque[asyncio.Task[Article] | Article] = deque()
    gate = asyncio.Semaphore(in_flight)

    async def one(doc: Document) -> Article:
        async with gate:
            return await aextract_safely(backend, doc, max_chars=max_chars)

    for item in work:
        pending.append(item if isinstance(item, Article) else asyncio.create_task(one(item)))
        await asyncio.sleep(0)  # let started tasks send their requests while input is read
        while len(pending) > window or (pending and _ready(pending[0])):
            yield await _result(pending.popleft())
    while pending:
        yield await _result(pending.popleft())


def _ready(item: asyncio.Task[Article] | Article) -> bool:
    return isinstance(item, Article) or item.done()


async def _result(item: asyncio.Task[Article] | Article) -> Article:
    return item if isinstance(item, Article) else await item


def iterate_stream(
    work: Iterable[Document | Article],
    backend: Backend,
    *,
    concurrency: int = 1,
    max_chars: int = 0,
    close_backend: bool = True,
) -> Iterator[Article]:
    """`extract_stream` for synchronous callers, in an event loop of its own; the backend is closed at the end
    (its `aclose`, when it has one) unless `close_backend` is False."""
    with asyncio.Runner() as runner:
        stream = extract_stream(work, backend, concurrency=concurrency, max_chars=max_chars)
        try:
            while True:
                try:
                    yield runner.run(anext(stream))  # type: ignore[arg-type]
                except StopAsyncIteration:
                    return
        finally:
            runner.run(stream.aclose())  # type: ignore[attr-defined]
            if close_backend and (close := getattr(backend, "aclose", None)):
                runner.run(close())

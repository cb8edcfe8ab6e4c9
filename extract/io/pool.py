"""Every core of one machine: CPU-bound backends (rules) in a pool of worker processes, results in input order.

Documents go to the workers in chunks, a bounded number at a time, so memory stays flat however long the
input; results come back in input order, so the run log stays resumable. A worker that dies (a crash in a
native library, the out-of-memory killer) costs only its own document: the pool is started again, the
documents it held are retried one by one, and the one that kills a worker again ends `failed`.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

from tradefacts.extract.backend import Backend, extract_safely, unfinished
from tradefacts.schemas import Article, DocStatus, Document

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

CHUNK = 8  # documents per task: amortises the hand-over without holding back the output
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: enough to keep every worker busy
INLINE_UP_TO = 16  # a run of at most this many documents is done in this process: no pool to start
PARENT_CHECK_S = 1.0  # how often a worker checks that the run it works for is still alive


def machine_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS says, else the machine's count)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_worker_backend: Backend | None = None
_worker_max_chars = 0


def _start_worker(backend: Backend, max_chars: int, parent: int) -> None:
    global _worker_backend, _worker_max_chars
    _worker_backend, _worker_max_chars = backend, max_chars
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker once the process that started the pool is gone (killed with SIGKILL, say).

    An orphaned worker would otherwise wait for work forever: every worker holds the task queue's write end.
    """
    while True:
        time.sleep(PARENT_CHECK_S)
        try:
            os.kill(parent, 0)
        except (ProcessLookupError, PermissionError):  # gone (or its pid reused by another user's process)
            os._exit(1)


def _extract_chunk(docs: list[Document]) -> list[Article]:
    assert _worker_backend is not None, "the pool's initializer sets the backend"
    return [extract_safely(_worker_backend, doc, max_chars=_worker_max_chars) for doc in docs]


@dataclass
class _Pending:
    """A chunk handed to the pool (its future) or a record that was finished before it got there."""

    docs: list[Document]
    future: Future[list[Article]] | None = None
    executor: ProcessPoolExecutor | None = None  # the pool it went to: a dead pool is started again only once
    finished: Article | None = None


class _Pool:
    """A process pool that can be started again when a worker dies."""

    def __init__(self, backend: Backend, workers: int, max_chars: int) -> None:
        self.backend, self.workers, self.max_chars = backend, workers, max_chars
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing  # here: a run that needs no pool does not load it
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        # forkserver: workers fork from a clean server that has imported the backend's module once,
        # never from this process, whose threads (a progress bar) fork badly.
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload([type(self.backend).__module__])
        return ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self.backend, self.max_chars, os.getpid()),
        )

    def submit(self, entry: _Pending) -> None:
        """Hand the entry's documents to the pool."""
        entry.executor, entry.future = self.executor, self.executor.submit(_extract_chunk, entry.docs)

    def result(self, entry: _Pending) -> list[Article]:
        """The chunk's articles; after a worker died, its documents retried one by one in a new pool."""
        from concurrent.futures.process import BrokenProcessPool

        assert entry.future is not None
        try:
            return entry.future.result()
        except BrokenProcessPool:
            self._restart(entry)
            return [self._alone(doc) for doc in entry.docs]

    def _alone(self, doc: Document) -> Article:
        entry = _Pending([doc])
        self.submit(entry)
        from concurrent.futures.process import BrokenProcessPool

        assert entry.future is not None
        try:
            return entry.future.result()[0]
        except BrokenProcessPool:
            self._restart(entry)
            return unfinished(doc, DocStatus.failed, "the worker process extracting this document died")

    def _restart(self, broken: _Pending) -> None:
        """A new pool, unless one was already started since the broken entry was submitted."""
        if broken.executor is self.executor:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def extract_parallel(
    work: Iterable[Document | Article], backend: Backend, *, workers: int, max_chars: int = 0
) -> Iterator[Article]:
    """Each item as a finished Article, in input order, the documents extracted by `workers` processes.

    Items that are already Articles (bad input, duplicates) pass straight through. With one worker, or a
    short input, everything runs in this process.
    """
    items = iter(work)
    head: list[Document | Article] = []
    n_docs = 0
    for item in items if workers > 1 else ():
        head.append(item)
        n_docs += isinstance(item, Document)
        if n_docs > INLINE_UP_TO:
            break
    if n_docs <= INLINE_UP_TO:
        for item in chain(head, items):
            yield item if isinstance(item, Article) else extract_safely(backend, item, max_chars=max_chars)
        return
    pool = _Pool(backend, workers, max_chars)
    pending: deque[_Pending] = deque()
    window = workers * IN_FLIGHT_PER_WORKER
    try:
        for entry in _chunks(chain(head, items)):
            if entry.docs:
                pool.submit(entry)
            pending.append(entry)
            while len(pending) > window or (pending and _done(pending[0])):
                yield from _finish(pool, pending.popleft())
        while pending:
            yield from _finish(pool, pending.popleft())
    finally:
        pool.close()


def _chunks(items: Iterable[Document | Article]) -> Iterator[_Pending]:
    """Runs of up to CHUNK documents; a finished record between them is its own entry, keeping the order."""
    docs: list[Document] = []
    for item in items:
        if isinstance(item, Document):
            docs.append(item)
            if len(docs) == CHUNK:
                yield _Pending(docs)
                docs = []
            continue
        if docs:
            yield _Pending(docs)
            docs = []
        yield _Pending([], finished=item)
    if docs:
        yield _Pending(docs)


def _done(entry: _Pending) -> bool:
    return entry.future is None or entry.future.done()


def _finish(pool: _Pool, entry: _Pending) -> list[Article]:
    return [entry.finished] if entry.finished is not None else pool.result(entry)

"""A time limit that stops the work, not only the wait: backends check it between units of work.

`asyncio.wait_for` answers a caller on time, but a rule-based extraction running in a worker thread keeps
burning CPU after it. A deadline set here (it travels with the context into `asyncio.to_thread`) is
checked by the rules between sentences, so the thread ends soon after the time is up.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_DEADLINE: ContextVar[float | None] = ContextVar("tradefacts_deadline", default=None)


class DeadlineExceeded(TimeoutError):
    """The per-article time limit ran out while a backend was still working."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Work inside this block must finish within `seconds` (None: no limit)."""
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise `DeadlineExceeded` when the current deadline has passed; cheap enough to call per sentence."""
    limit = _DEADLINE.get()
    if limit is not None and time.monotonic() > limit:
        raise DeadlineExceeded("the per-article time limit ran out; the extraction was stopped")

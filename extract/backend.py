"""The one interface every extractor implements, a registry of backends, and the safe call around them."""

from __future__ import annotations

import asyncio
import inspect
import re
from collections.abc import Callable
from datetime import date
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from schemas import Article, DocStatus


class Document(BaseModel):
    """An article to extract from: raw text plus whatever metadata the caller already has."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None


@runtime_checkable
class Backend(Protocol):
    """An extractor: one document in, one `Article` (facts and a status) out."""

    name: str

    def extract(self, doc: Document) -> Article:
        """Extract the facts of one document; raise on failure (the caller records the status)."""
        ...


BackendFactory = Callable[..., Backend]
_REGISTRY: dict[str, BackendFactory] = {}


def register(name: str) -> Callable[[BackendFactory], BackendFactory]:
    """Class decorator adding a backend factory to the registry under `name`."""

    def add(factory: BackendFactory) -> BackendFactory:
        _REGISTRY[name] = factory
        return factory

    return add


def available() -> list[str]:
    """Names of the registered backends."""
    _load_builtin()
    return sorted(_REGISTRY)


def get_backend(name: str, **options: object) -> Backend:
    """Build the backend registered as `name` with its options."""
    _load_builtin()
    if name not in _REGISTRY:
        raise KeyError(f"unknown backend {name!r}; available: {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name](**options)


def _load_builtin() -> None:
    from extract import regex_backend  # noqa: F401  (registers "regex")

    try:
        from extract import hybrid  # noqa: F401  (registers "llm" and "hybrid")
    except ImportError as exc:  # the llm extra is not installed: say how to get it when asked for
        missing = exc.name

        def needs_extra(**_: object) -> Backend:
            raise RuntimeError(f"this backend needs {missing!r}: pip install 'tradefacts[llm]'")

        _REGISTRY.setdefault("llm", needs_extra)
        _REGISTRY.setdefault("hybrid", needs_extra)


DEFAULT_MAX_CHARS = 2_000_000  # ~2 MB: far beyond any news article, well inside memory
_LATIN = re.compile(r"[A-Za-z]")


def skip_reason(doc: Document) -> str | None:
    """Why a document cannot be extracted at all (empty, binary, not English), or None."""
    text = doc.text
    if not text.strip():
        return "empty text"
    if "\x00" in text or sum(not (c.isprintable() or c.isspace()) for c in text[:4000]) > 0.05 * min(len(text), 4000):
        return "binary content, not text"
    letters = [c for c in text[:20000] if c.isalpha()]
    if letters and len(_LATIN.findall("".join(letters))) / len(letters) < 0.5:
        return "not English: fewer than half the letters are Latin; the extractors read English trade reporting"
    return None


def unfinished(doc: Document, status: DocStatus, error: str) -> Article:
    """The record of a document that yields no facts: its text and metadata, a status and why."""
    return Article(
        id=doc.id,
        title=doc.title,
        publisher=doc.publisher,
        published=doc.published,
        text=doc.text,
        status=status,
        error=error,
    )


def refusal(doc: Document, max_chars: int = 0) -> Article | None:
    """The finished record of a document that must not be extracted (too long, empty, binary, not English)."""
    limit = max_chars or DEFAULT_MAX_CHARS
    if len(doc.text) > limit:
        return unfinished(
            doc,
            DocStatus.skipped,
            f"text has {len(doc.text):,} characters, over the limit of {limit:,} (raise it with --max-chars)",
        )
    reason = skip_reason(doc)
    return unfinished(doc, DocStatus.skipped, reason) if reason else None


def extract_safely(backend: Backend, doc: Document, *, max_chars: int = 0) -> Article:
    """Run a backend on one document; never raises: failures come back as an Article with status and error."""
    if refused := refusal(doc, max_chars):
        return refused
    try:
        article = backend.extract(doc)
    except Exception as exc:  # one bad document must never cost the others
        return unfinished(doc, DocStatus.failed, f"{type(exc).__name__}: {exc}")
    article.status = article.status or DocStatus.ok
    return article


async def aextract_safely(backend: Backend, doc: Document, *, max_chars: int = 0) -> Article:
    """`extract_safely` for event loops: awaits the backend's `aextract` when it has one."""
    if refused := refusal(doc, max_chars):
        return refused
    try:
        article = await aextract(backend, doc)
    except Exception as exc:  # one bad document must never cost the others
        return unfinished(doc, DocStatus.failed, f"{type(exc).__name__}: {exc}")
    article.status = article.status or DocStatus.ok
    return article


async def aextract(backend: Backend, doc: Document) -> Article:
    """The backend's own coroutine when it has one (LLM backends), else its plain `extract` in a worker thread.

    The thread keeps the event loop free while rules run: a service still answers, and timeouts still fire.
    """
    if is_async(backend):
        return await backend.aextract(doc)  # type: ignore[attr-defined]
    return await asyncio.to_thread(backend.extract, doc)


def is_async(backend: Backend) -> bool:
    """Whether the backend has its own `aextract` coroutine (I/O-bound, worth running concurrently)."""
    return inspect.iscoroutinefunction(getattr(backend, "aextract", None))

"""The one interface every extractor implements, and the safe call around it: every document ends with a status,
every fact passes one gate, and every record carries its consistency flags."""

from __future__ import annotations

import inspect
import re
from collections import Counter
from typing import Protocol, runtime_checkable

from tradefacts.schemas import Article, DocStatus, Document
from tradefacts.schemas.consistency import consistency_flags
from tradefacts.schemas.grounding import gate


@runtime_checkable
class Backend(Protocol):
    """An extractor: one document in, one `Article` (facts and a status) out."""

    name: str

    def extract(self, doc: Document) -> Article:
        """Extract the facts of one document; raise on failure (the caller records the status)."""
        ...


DEFAULT_MAX_CHARS = 2_000_000  # ~2 MB: far beyond any news article, well inside memory
_LATIN = re.compile(r"[A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")  # the ASCII characters neither printable nor space

# Characters that look like nothing or like a space but are neither to the rules: removed (zero width, BOM, soft
# hyphen, direction marks) or made a plain space (no-break and fixed-width spaces). One table, one pass.
_INVISIBLE = (0xAD, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070))
_SPACES = (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)
_NORMALISE: dict[int, str | None] = dict.fromkeys(_INVISIBLE) | dict.fromkeys(_SPACES, " ")
_ODD = re.compile("[" + "".join(map(chr, _NORMALISE)) + "]")  # searching is 200× faster than translating


def normalise_text(text: str) -> str:
    """`text` as the extractors read it: zero-width characters, BOMs and direction marks removed, no-break and other
    fixed-width spaces made plain spaces. The record keeps this text, so every offset refers to it."""
    return text.translate(_NORMALISE) if _ODD.search(text) else text


def normalised(doc: Document) -> Document:
    """`doc` with its text normalised (`normalise_text`); itself when nothing changes."""
    text = normalise_text(doc.text)
    return doc if text == doc.text else doc.model_copy(update={"text": text})


def skip_reason(doc: Document) -> str | None:
    """Why a document cannot be extracted at all (empty, binary, not English), or None."""
    text = doc.text
    if not text.strip():
        return "empty text"
    head = text[:4000]
    odd = _CONTROL.findall(head) if head.isascii() else [c for c in head if not (c.isprintable() or c.isspace())]
    if "\x00" in text or len(odd) > 0.05 * len(head):
        return "binary content, not text"
    letters = "" if text[:20000].isascii() else [c for c in text[:20000] if c.isalpha()]  # ASCII letters are Latin
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
    doc = normalised(doc)
    if refused := refusal(doc, max_chars):
        return refused
    try:
        article = backend.extract(doc)
    except Exception as exc:  # one bad document must never cost the others
        return unfinished(doc, DocStatus.failed, f"{type(exc).__name__}: {exc}")
    return finish(article)


async def aextract_safely(backend: Backend, doc: Document, *, max_chars: int = 0) -> Article:
    """`extract_safely` for event loops: awaits the backend's `aextract` when it has one."""
    doc = normalised(doc)
    if refused := refusal(doc, max_chars):
        return refused
    try:
        article = await aextract(backend, doc)
    except Exception as exc:  # one bad document must never cost the others
        return unfinished(doc, DocStatus.failed, f"{type(exc).__name__}: {exc}")
    return finish(article)


def finish(article: Article) -> Article:
    """What every backend's article goes through: the gate (a fact whose number is not the whole number its
    evidence states moves to `rejected`, with the reason), the consistency flags, and a status: `partial`, with
    why, when the gate turned away every fact the backend found."""
    before = len(article.rejected)
    proposed = len(article.facts)
    article = gate(article)
    article.flags = consistency_flags(article.facts)
    if proposed and not article.facts and article.status in (None, DocStatus.ok):
        reason = Counter(r.reason for r in article.rejected[before:]).most_common(1)[0][0]
        article.status = DocStatus.partial
        article.error = f"{proposed} facts found, none passed the gate: {reason}"
    article.status = article.status or DocStatus.ok
    return article


async def aextract(backend: Backend, doc: Document) -> Article:
    """The backend's own coroutine when it has one (LLM backends), else its plain `extract` in a worker thread.

    The thread keeps the event loop free while rules run: a service still answers, and timeouts still fire.
    """
    if is_async(backend):
        return await backend.aextract(doc)  # type: ignore[attr-defined]
    import asyncio  # here: a command that never awaits (rules in the CLI) does not load asyncio

    return await asyncio.to_thread(backend.extract, doc)


def is_async(backend: Backend) -> bool:
    """Whether the backend has its own `aextract` coroutine (I/O-bound, worth running concurrently)."""
    return inspect.iscoroutinefunction(getattr(backend, "aextract", None))

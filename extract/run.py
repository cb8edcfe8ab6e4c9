"""Extraction by backend name: one article (`extract`, `aextract`) or many in order, each with a status.

These are the verbs of the public API (`tradefacts.extract(...)` calls `extract` here).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from pydantic import ValidationError

from tradefacts.extract.backend import Backend, aextract_safely, extract_safely, is_async, unfinished
from tradefacts.extract.io.batch import iterate_stream
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, DocStatus, Document

DocumentLike = str | Document | Mapping[str, Any]


@cache
def _default_backend(name: str) -> Backend:
    return get_backend(name)


def resolve_backend(backend: str | Backend, options: Mapping[str, Any]) -> Backend:
    """A backend instance: `backend` itself, or the one registered under that name, built with `options`."""
    if not isinstance(backend, str):
        if options:
            raise TypeError("options configure a backend by name; this backend is already built")
        return backend
    return get_backend(backend, **options) if options else _default_backend(backend)


def as_document(item: DocumentLike, default_id: str = "document") -> Document:
    """A `Document` from text (id `default_id`), a mapping with `text` (and `id`, `published`, ...), or itself."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=default_id, text=item)
    return Document.model_validate({"id": default_id, **item})


def extract(text_or_document: DocumentLike, backend: str | Backend = "regex", **options: Any) -> Article:
    """Extract the facts of one article; the result carries a `status` (and `error`), it does not raise.

    `backend` is a registered name (`available_backends()`) or a backend instance; `options` configure a
    backend given by name, e.g. `tf.extract(text, backend="llm", model="gpt-4o-mini")`.
    """
    return extract_safely(resolve_backend(backend, options), as_document(text_or_document))


async def aextract(text_or_document: DocumentLike, backend: str | Backend = "regex", **options: Any) -> Article:
    """`extract` for event loops: model backends run concurrently, rules in a worker thread."""
    return await aextract_safely(resolve_backend(backend, options), as_document(text_or_document))


def _work(documents: Iterable[DocumentLike]) -> Iterator[Document | Article]:
    """Each input as a Document, or as a finished record: invalid (failed) or a repeated id (skipped)."""
    seen: Counter[str] = Counter()
    for position, item in enumerate(documents):
        try:
            doc = as_document(item, default_id=str(position))
        except ValidationError as exc:
            where = f"document {position}"
            yield Article(id=str(position), text="", status=DocStatus.failed, error=f"{where}: {exc}")
            continue
        seen[doc.id] += 1
        yield unfinished(doc, DocStatus.skipped, "duplicate id") if seen[doc.id] > 1 else doc


def extract_many(
    documents: Iterable[DocumentLike],
    backend: str | Backend = "regex",
    *,
    concurrency: int = 8,
    max_chars: int = 0,
    **options: Any,
) -> Iterator[Article]:
    """One record per input, in input order, each with a status: nothing is dropped, one bad input costs no other.

    Texts get their position as id. Model backends run up to `concurrency` documents at once.
    """
    chosen = resolve_backend(backend, options)
    if not is_async(chosen):
        for item in _work(documents):
            yield item if isinstance(item, Article) else extract_safely(chosen, item, max_chars=max_chars)
        return
    # a backend built here from options is closed here; a shared or given one stays open for its owner
    yield from iterate_stream(
        _work(documents), chosen, concurrency=concurrency, max_chars=max_chars, close_backend=bool(options)
    )

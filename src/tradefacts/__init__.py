"""tradefacts: news articles about trade statistics in, verified and scored facts out.

    import tradefacts as tf
    article = tf.extract("China's exports rose 6.1 percent year on year in July 2025.")
    print(article.facts)

Names load on first use, so `import tradefacts` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tradefacts import extract  # a callable package: tradefacts.extract(text) extracts one article
    from tradefacts.api import reconcile, score
    from tradefacts.extract.registry import available_backends, get_backend
    from tradefacts.extract.run import aextract, extract_many
    from tradefacts.schemas import Article, Document, Fact

__all__ = [
    "Article",
    "Document",
    "Fact",
    "__version__",
    "aextract",
    "available_backends",
    "extract",
    "extract_many",
    "get_backend",
    "reconcile",
    "score",
]

_WHERE = {
    "aextract": "tradefacts.extract.run",
    "extract_many": "tradefacts.extract.run",
    "score": "tradefacts.api",
    "reconcile": "tradefacts.api",
    "get_backend": "tradefacts.extract.registry",
    "available_backends": "tradefacts.extract.registry",
    "Article": "tradefacts.schemas",
    "Document": "tradefacts.schemas",
    "Fact": "tradefacts.schemas",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from tradefacts.schemas import package_version

        return package_version()
    if name == "extract":  # the subpackage, which is callable: see tradefacts/extract/__init__.py
        return importlib.import_module("tradefacts.extract")
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tradefacts' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)

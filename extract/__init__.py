"""Extraction: backends that turn article text into verified facts. Depends on `tradefacts.schemas` only.

The package is also the public verb: `tradefacts.extract(text_or_document, backend="regex", **options)`
extracts one article (see `tradefacts.extract.run.extract`). A module that can be called keeps both
meanings of the name: a plain function here would be replaced by this package as soon as any of its
modules is imported.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tradefacts.extract.backend import Backend
    from tradefacts.extract.run import DocumentLike
    from tradefacts.schemas import Article


class _CallablePackage(types.ModuleType):
    def __call__(
        self, text_or_document: DocumentLike, backend: str | Backend = "regex", **options: Any
    ) -> Article:
        """Extract the facts of one article; the result carries a `status` (and `error`), it does not raise.

        `backend` is a registered name (`tradefacts.available_backends()`) or a backend instance; `options`
        configure a backend given by name, e.g. `tradefacts.extract(text, backend="llm", model="gpt-4o-mini")`.
        """
        from tradefacts.extract.run import extract

        return extract(text_or_document, backend, **options)


sys.modules[__name__].__class__ = _CallablePackage

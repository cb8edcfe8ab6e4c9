"""Backends for tests that worker processes can import by name (`tests.backends`)."""

from __future__ import annotations

import os

from tradefacts.schemas import Article, Document


class DiesOn:
    """Echoes each document with its pid as title; the worker process dies outright on the document `fatal`."""

    name = "dies-on"

    def __init__(self, fatal: str) -> None:
        self.fatal = fatal

    def extract(self, doc: Document) -> Article:
        if doc.id == self.fatal:
            os._exit(3)  # a crash in native code, the OOM killer: no exception, the process is gone
        return Article(id=doc.id, text=doc.text, title=str(os.getpid()))

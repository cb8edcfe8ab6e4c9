"""Append-only JSON Lines of finished documents, safe to kill and resume."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from tradefacts.schemas import Article


class ResultsLog:
    """One line per finished document, written with a single `os.write` on an O_APPEND descriptor.

    A kill can leave at most a torn last line; `resume=True` cuts it off and
    remembers which ids are already done, so a re-run appends only the rest.
    """

    def __init__(self, path: Path, *, resume: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.done: Counter[str] = Counter()  # records per id: a duplicate id has one per occurrence
        self.statuses: Counter[str] = Counter()
        self.facts = 0
        if resume and path.exists():
            self._recover()
        else:
            path.write_bytes(b"")
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def _recover(self) -> None:
        data = self.path.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) != len(data):
            with self.path.open("r+b") as handle:
                handle.truncate(len(complete))
        for line in complete.splitlines():
            record = json.loads(line)
            self._count(record["id"], record.get("status", "ok"), len(record.get("facts", [])))

    def _count(self, doc_id: str, status: str, n_facts: int) -> None:
        self.done[doc_id] += 1
        self.statuses[status] += 1
        self.facts += n_facts

    def append(self, article: Article) -> None:
        """Write one finished document as one line, at once."""
        os.write(self._fd, (article.model_dump_json(exclude_none=True) + "\n").encode("utf-8"))
        self._count(article.id, article.status.value if article.status else "ok", len(article.facts))

    def append_record(self, record: dict[str, object]) -> None:
        """Write one plain JSON record as one line (for errors.jsonl)."""
        os.write(self._fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))

    def close(self) -> None:
        """Flush to disk and close."""
        os.fsync(self._fd)
        os.close(self._fd)

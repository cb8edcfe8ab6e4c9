"""Append-only JSON Lines of finished documents, safe to kill and resume."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from tradefacts.extract.io.encoding import record_json, repaired
from tradefacts.schemas import Article


def run_records(path: Path) -> Iterator[tuple[int, dict | str]]:
    """Each complete line of a run file, numbered from 1: its record, or why it is not one (corrupt, not an object
    with a string `id`). A torn last line (no newline yet) is not read."""
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.endswith(b"\n"):
                return
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield lineno, f"invalid UTF-8 at byte {exc.start}"
                continue
            except json.JSONDecodeError as exc:
                yield lineno, f"not valid JSON: {exc.msg} at column {exc.colno}"
                continue
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                yield lineno, "not a record: no string id"
                continue
            yield lineno, record


class ResultsLog:
    """One line per finished document, written with a single `os.write` on an O_APPEND descriptor.

    A kill can leave at most a torn last line; `resume=True` cuts it off and remembers which ids are already done, so
    a re-run appends only the rest. A corrupt line in the middle is kept as it is, named in `corrupt` (line number and
    why), and not counted: its document is done again.
    """

    def __init__(self, path: Path, *, resume: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.done: Counter[str] = Counter()  # records per id: a duplicate id has one per occurrence
        self.statuses: Counter[str] = Counter()
        self.facts = 0
        self.corrupt: list[tuple[int, str]] = []
        if resume and path.exists():
            self._recover()
        else:
            path.write_bytes(b"")
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def _recover(self) -> None:
        with self.path.open("rb") as handle:
            data_end = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, data_end - 1))
            if data_end and handle.read(1) != b"\n":  # a torn last line: cut it, so that appends start a fresh line
                handle.seek(0)
                complete = sum(len(line) for line in handle if line.endswith(b"\n"))
                os.truncate(self.path, complete)
        for lineno, record in run_records(self.path):
            if isinstance(record, str):
                self.corrupt.append((lineno, record))
                continue
            facts = record.get("facts")
            self._count(record["id"], str(record.get("status", "ok")), len(facts) if isinstance(facts, list) else 0)

    def _count(self, doc_id: str, status: str, n_facts: int) -> None:
        self.done[doc_id] += 1
        self.statuses[status] += 1
        self.facts += n_facts

    def append(self, article: Article) -> None:
        """Write one finished document as one line, at once; text that cannot be encoded is repaired, not fatal."""
        os.write(self._fd, (record_json(article) + "\n").encode("utf-8"))
        self._count(article.id, article.status.value if article.status else "ok", len(article.facts))

    def append_record(self, record: dict[str, object]) -> None:
        """Write one plain JSON record as one line (for errors.jsonl)."""
        os.write(self._fd, (json.dumps(repaired(record), ensure_ascii=False) + "\n").encode("utf-8"))

    def close(self) -> None:
        """Flush to disk and close."""
        os.fsync(self._fd)
        os.close(self._fd)

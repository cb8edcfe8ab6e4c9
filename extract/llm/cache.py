"""A SQLite cache of model answers: a re-run with the same inputs makes no model calls."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from tradefacts.extract.llm.prompt import Extraction


def cache_key(**parts: object) -> str:
    """A stable hash of everything that determines an answer (messages, schema, prompt version, model, ...)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class AnswerCache:
    """Validated answers keyed by `cache_key`; safe to share between runs, one writer at a time."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, answer TEXT NOT NULL)")

    def get(self, key: str) -> Extraction | None:
        """The cached answer, or None (also when a stored answer no longer fits the schema)."""
        row = self._db.execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return Extraction.model_validate_json(row[0])
        except ValueError:
            return None

    def put(self, key: str, answer: Extraction) -> None:
        """Store an answer (replacing any older one under the key)."""
        self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, answer.model_dump_json()))

    def close(self) -> None:
        """Close the database."""
        self._db.close()

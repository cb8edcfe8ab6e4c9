"""A SQLite cache of model answers: a re-run with the same request makes no model calls.

The key hashes everything that decides an answer: endpoint, model, system prompt, response schema, the user
message (the article text) and every option that changes the answer (`LLMConfig.answer_options`). Each answer
is stored with the tokens its first call used, so a cached run can report what it would have cost uncached.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import NamedTuple

from tradefacts.extract.llm.prompt import Extraction


def cache_key(**parts: object) -> str:
    """A stable hash of everything that determines an answer."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class Cached(NamedTuple):
    """A stored answer and the tokens it took when it was first asked for."""

    answer: Extraction
    prompt_tokens: int
    completion_tokens: int


class AnswerCache:
    """Validated answers keyed by `cache_key`; safe to share between runs, one writer at a time."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers_v2 (key TEXT PRIMARY KEY, answer TEXT NOT NULL, "
            "prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL)"
        )

    def get(self, key: str) -> Cached | None:
        """The cached answer, or None (also when a stored answer no longer fits the schema)."""
        row = self._db.execute(
            "SELECT answer, prompt_tokens, completion_tokens FROM answers_v2 WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return None
        try:
            return Cached(Extraction.model_validate_json(row[0]), row[1], row[2])
        except ValueError:
            return None

    def put(self, key: str, answer: Extraction, prompt_tokens: int, completion_tokens: int) -> None:
        """Store an answer with the tokens it took (replacing any older one under the key)."""
        self._db.execute(
            "INSERT OR REPLACE INTO answers_v2 VALUES (?, ?, ?, ?)",
            (key, answer.model_dump_json(), prompt_tokens, completion_tokens),
        )

    def close(self) -> None:
        """Close the database."""
        self._db.close()

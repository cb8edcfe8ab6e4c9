"""Shared fixtures: paths and the gold set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradefacts.schemas import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "seeds.jsonl"
SEEDS = ROOT / "seeds"


def read_articles(path: Path) -> list[Article]:
    return [Article.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[Article]:
    return read_articles(GOLD)

"""Gold lint for the development corpus: sizes the issue asks for, every fact grounded, the build reproducible."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import ROOT, read_articles
from tradefacts.schemas import Article, grounding_problems, is_currency

DEV = ROOT / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def dev() -> list[Article]:
    return read_articles(DEV)


def test_the_corpus_has_the_size_asked_for(dev: list[Article]) -> None:
    assert len(dev) >= 40
    assert sum(len(a.facts) for a in dev) >= 400
    main_area = {a.id: Counter(f.area for f in a.facts).most_common(1)[0][0] for a in dev}
    assert sum(area in _ECONOMIES for area in main_area.values()) >= 12
    currencies = {f.unit for a in dev for f in a.facts if is_currency(f.unit)}
    assert {"CNY", "USD", "EUR", "JPY", "KRW", "GBP", "INR", "VND", "AUD", "HKD"} <= currencies


_ECONOMIES = {"United States", "Japan", "South Korea", "Germany", "India", "United Kingdom", "European Union",
              "Euro area", "Vietnam", "Australia", "Hong Kong", "Taiwan", "Singapore", "Indonesia", "Canada",
              "Brazil", "France", "Pakistan", "Mexico"}  # fmt: skip


def test_every_dev_fact_is_grounded_and_rederivable(dev: list[Article]) -> None:
    problems = [f"{a.id} {f.value_text!r}: {p}" for a in dev for f in a.facts for p in grounding_problems(f, a.text)]
    assert problems == []


def test_no_two_dev_facts_share_an_identity(dev: list[Article]) -> None:
    for article in dev:
        counts = Counter(f.identity() for f in article.facts)
        assert [i for i, n in counts.items() if n > 1] == [], article.id


def test_dev_texts_are_the_files_and_the_build_is_reproducible(tmp_path, dev: list[Article]) -> None:
    for article in dev:
        assert article.text == (ROOT / "gold" / "dev" / "texts" / f"{article.id}.txt").read_text(encoding="utf-8")
    before = DEV.read_bytes()
    subprocess.run([sys.executable, str(ROOT / "gold" / "labels" / "build.py")], check=True, capture_output=True)
    assert DEV.read_bytes() == before, "gold/dev.jsonl is stale: run python gold/labels/build.py"


def test_the_dev_card_lists_the_counts(dev: list[Article]) -> None:
    card = (ROOT / "gold" / "dev" / "README.md").read_text(encoding="utf-8")
    for article in dev:
        letters = re.match(r"d([A-Z]+)\d", article.id)[1]  # dA1_01_... is set A, dAA1_01_... set AA
        assert f"| `{article.id}` | {letters} |" in card
        row = next(line for line in card.splitlines() if line.startswith(f"| `{article.id}` |"))
        assert f"| {len(article.facts)} |" in row
    assert f"| **total** | | | | {sum(len(a.facts) for a in dev)} |" in card


def test_the_stdlib_checker_agrees_with_the_models() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "gold" / "dev" / "check.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "0 with problems" in done.stdout


def test_a_wrong_label_is_caught(dev: list[Article]) -> None:
    fact = dev[0].facts[0]
    wrong = fact.model_copy(update={"value": fact.value * 10})
    assert grounding_problems(wrong, dev[0].text)
    assert json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])["id"] == dev[0].id


def test_no_document_with_trade_numbers_ends_ok_with_zero_facts(dev: list[Article]) -> None:
    import tradefacts as tf

    docs = [{"id": a.id, "text": a.text, "published": a.published} for a in dev]
    empty_ok = [r.id for r in tf.extract_many(docs) if r.status.value == "ok" and not r.facts]
    assert empty_ok == []
    undated = [{"id": a.id, "text": a.text} for a in dev if a.facts][:12]  # the same texts, no published date
    for record in tf.extract_many(undated):
        assert record.facts or record.status.value == "partial", record.id

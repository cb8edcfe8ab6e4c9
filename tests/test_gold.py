"""Gold lint: every gold fact is grounded, re-derivable, unique and valid; the set loads with `datasets`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import GOLD, ROOT, SEEDS
from tradefacts.schemas import Article, grounding_problems

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def test_gold_covers_every_seed(gold: list[Article]) -> None:
    assert sorted(a.id for a in gold) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(gold) == 5


def test_gold_text_is_the_seed_text(gold: list[Article]) -> None:
    for article in gold:
        assert article.text == (SEEDS / f"{article.id}.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds not beside this checkout")
def test_seeds_are_byte_identical_copies() -> None:
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.glob("*.txt")}
    ours = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    assert ours == shared


def test_every_fact_is_grounded_and_rederivable(gold: list[Article]) -> None:
    problems = [f"{a.id} {f.value_text!r}: {p}" for a in gold for f in a.facts for p in grounding_problems(f, a.text)]
    assert problems == []


def test_no_two_facts_share_an_identity(gold: list[Article]) -> None:
    for article in gold:
        counts = Counter(f.identity() for f in article.facts)
        assert [i for i, n in counts.items() if n > 1] == [], article.id


def test_fact_counts_are_plausible(gold: list[Article]) -> None:
    for article in gold:
        assert 15 <= len(article.facts) <= 45, (article.id, len(article.facts))


def test_card_lists_the_counts(gold: list[Article]) -> None:
    card = (ROOT / "gold" / "README.md").read_text(encoding="utf-8")
    for article in gold:
        assert f"| `{article.id}` | {len(article.facts)} |" in card
    assert f"| **total** | {sum(len(a.facts) for a in gold)} |" in card


def test_json_schema_from_cli_validates_the_gold() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    out = subprocess.run([sys.executable, "-m", "tradefacts", "schema"], capture_output=True, text=True, check=True)
    schema = json.loads(out.stdout)
    validator = jsonschema.Draft202012Validator(schema)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert list(validator.iter_errors(record)) == [], record["id"]
    broken = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    broken["facts"][0]["flow"] = "sideways"
    assert list(validator.iter_errors(broken))


def test_datasets_loads_gold_with_declared_features() -> None:
    datasets = pytest.importorskip("datasets")
    from datasets import Features, Value

    fact = {
        name: Value("string")
        for name in (
            "area",
            "partner",
            "product",
            "segment",
            "flow",
            "measure",
            "basis",
            "unit",
            "qualifier",
            "value_text",
            "evidence",
        )
    }
    fact |= {"value": Value("float64"), "period": {"start": Value("string"), "end": Value("string")}}
    features = Features(
        {
            "id": Value("string"),
            "title": Value("string"),
            "publisher": Value("string"),
            "published": Value("string"),
            "text": Value("string"),
            "facts": [fact],
            "notes": [Value("string")],
        }
    )
    ds = datasets.load_dataset("json", data_files=str(GOLD), features=features, split="train")
    assert ds.num_rows == 5
    assert ds.features == features
    us = next(f for f in ds[4]["facts"] if f["partner"] == "United States" and f["measure"] == "growth")
    assert us["value"] == -16.9
    assert us["period"] == {"start": "2025-01", "end": "2025-11"}

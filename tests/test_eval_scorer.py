"""Hand-computed scorer cases: each number below is worked out by hand from the fixture."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import GOLD
from tradefacts.eval.loading import InputError, load_gold, load_run
from tradefacts.eval.metrics import compare_runs, score_run

TEXT = (
    "In July, Shenzhen's exports reached 255.62 billion yuan, up 4.7 percent year on year, "
    "while trade with the US fell 3.1 percent to 20.5 billion yuan."
)


def fact(value_text: str, evidence: str, **kw) -> dict:
    base = {
        "area": "Shenzhen",
        "partner": None,
        "product": None,
        "segment": None,
        "flow": "exports",
        "measure": "value",
        "basis": None,
        "unit": "CNY",
        "period": {"start": "2025-07", "end": "2025-07"},
        "qualifier": "exact",
        "value_text": value_text,
        "evidence": evidence,
    }
    return base | kw


F_VALUE = fact("255.62 billion", "exports reached 255.62 billion yuan", value=255.62e9)
F_GROWTH = fact("4.7", "up 4.7 percent year on year", value=4.7, measure="growth", basis="yoy", unit="percent")
F_US_G = fact(
    "3.1",
    "trade with the US fell 3.1 percent",
    value=-3.1,
    measure="growth",
    basis="yoy",
    unit="percent",
    flow="total",
    partner="United States",
)
F_US_V = fact(
    "20.5 billion", "fell 3.1 percent to 20.5 billion yuan", value=20.5e9, flow="total", partner="United States"
)
GOLD_FACTS = [F_VALUE, F_GROWTH, F_US_G, F_US_V]


def write(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def article(facts: list[dict], aid: str = "a1", **meta) -> dict:
    return {
        "id": aid,
        "title": "T",
        "publisher": "Xinhua",
        "published": "2025-08-21",
        "text": TEXT,
        "facts": facts,
    } | meta


def score(tmp_path: Path, gold: list[dict], pred: list[dict]):
    g = load_gold([write(tmp_path / "gold.jsonl", gold)])
    p = load_run(write(tmp_path / "pred.jsonl", pred), lenient_facts=True)
    return score_run(g, p, resamples=200)


def micro(run, level: str = "strict") -> tuple[float, float, float]:
    m = run.metrics[level]["micro"]
    return m["precision"], m["recall"], m["f1"]


def test_identical_is_perfect(tmp_path: Path) -> None:
    run = score(tmp_path, [article(GOLD_FACTS)], [article(GOLD_FACTS)])
    assert micro(run) == (1.0, 1.0, 1.0)
    assert run.metrics["value"]["recall"] == 1.0
    assert all(v["accuracy"] == 1.0 for v in run.metrics["field_accuracy"].values())
    assert run.metrics["strict"]["ci95"]["f1"] == [1.0, 1.0]


def test_one_missed_fact(tmp_path: Path) -> None:
    run = score(tmp_path, [article(GOLD_FACTS)], [article(GOLD_FACTS[:3])])
    assert micro(run) == pytest.approx((1.0, 0.75, 2 * 0.75 / 1.75))
    assert run.metrics["errors"]["missed"] == 1
    assert run.metrics["value"]["recall"] == 0.75


def test_wrong_period_counts_against_precision_and_recall(tmp_path: Path) -> None:
    wrong = [*GOLD_FACTS[:3], F_US_V | {"period": {"start": "2025-01", "end": "2025-07"}}]
    run = score(tmp_path, [article(GOLD_FACTS)], [article(wrong)])
    assert micro(run) == pytest.approx((0.75, 0.75, 0.75))
    assert run.metrics["field_accuracy"]["period"]["accuracy"] == 0.75
    assert run.metrics["field_accuracy"]["value"]["accuracy"] == 1.0
    assert run.metrics["errors"]["wrong_field_by_field"] == {"period": 1}
    assert micro(run, "identity") == pytest.approx((0.75, 0.75, 0.75))
    assert run.metrics["value"]["recall"] == 1.0


def test_scale_error_is_tagged(tmp_path: Path) -> None:
    wrong = [F_VALUE | {"value": 25.562e9}, *GOLD_FACTS[1:]]
    run = score(tmp_path, [article(GOLD_FACTS)], [article(wrong)])
    assert run.metrics["errors"]["scale_error"] == 1
    assert micro(run)[0] == 0.75


def test_value_within_half_a_unit_of_last_digit(tmp_path: Path) -> None:
    close = [F_VALUE | {"value": 255.624e9}, F_GROWTH | {"value": 4.74}, *GOLD_FACTS[2:]]
    assert micro(score(tmp_path, [article(GOLD_FACTS)], [article(close)])) == (1.0, 1.0, 1.0)
    far = [F_VALUE | {"value": 255.63e9}, *GOLD_FACTS[1:]]
    assert micro(score(tmp_path, [article(GOLD_FACTS)], [article(far)]))[0] == 0.75


def test_duplicates_reported_not_double_counted(tmp_path: Path) -> None:
    dup = F_US_V | {"partner": "U.S.", "evidence": "20.5 billion yuan", "qualifier": "approx"}
    run = score(tmp_path, [article(GOLD_FACTS)], [article([*GOLD_FACTS, dup])])
    assert micro(run) == (1.0, 1.0, 1.0)
    assert run.metrics["errors"]["duplicate"] == 1


def test_names_normalised_on_both_sides(tmp_path: Path) -> None:
    renamed = [*GOLD_FACTS[:2], F_US_G | {"partner": "the U.S."}, F_US_V | {"partner": "USA", "unit": "RMB"}]
    assert micro(score(tmp_path, [article(GOLD_FACTS)], [article(renamed)])) == (1.0, 1.0, 1.0)


def test_empty_and_missing_predictions_score_zero_recall(tmp_path: Path) -> None:
    gold = [article(GOLD_FACTS), article(GOLD_FACTS, aid="a2")]
    run = score(tmp_path, gold, [article([])])
    assert micro(run) == (0.0, 0.0, 0.0)
    assert run.metrics["articles_without_prediction"] == 1
    assert run.metrics["errors"]["missed"] == 8


def test_unknown_prediction_ids_are_reported(tmp_path: Path) -> None:
    run = score(tmp_path, [article(GOLD_FACTS)], [article(GOLD_FACTS), article([], aid="zzz")])
    assert run.metrics["unknown_prediction_ids"] == ["zzz"]


def test_order_does_not_change_any_number(tmp_path: Path) -> None:
    gold = [article(GOLD_FACTS), article(GOLD_FACTS[:2], aid="a2")]
    pred = [article([GOLD_FACTS[0], F_US_V | {"value": 1.0}, F_GROWTH]), article(GOLD_FACTS[1:], aid="a2")]
    first = score(tmp_path, gold, pred).metrics
    shuffled = [dict(a, facts=list(reversed(a["facts"]))) for a in reversed(pred)]
    second = score(tmp_path, list(reversed(gold)), shuffled).metrics
    assert first == second


def test_invalid_fact_counted_in_schema_validity(tmp_path: Path) -> None:
    bad = F_GROWTH | {"basis": None}
    run = score(tmp_path, [article(GOLD_FACTS)], [article([*GOLD_FACTS[:1], bad, *GOLD_FACTS[2:]])])
    assert run.metrics["schema_validity_rate"]["rate"] == 0.75
    assert run.metrics["errors"]["invalid"] == 1
    assert micro(run)[1] == 0.75


def test_ungrounded_prediction_counted(tmp_path: Path) -> None:
    invented = F_VALUE | {"evidence": "exports reached 255.62 billion yuan in total", "value": 255.62e9}
    run = score(tmp_path, [article(GOLD_FACTS)], [article([invented, *GOLD_FACTS[1:]])])
    assert run.metrics["errors"]["ungrounded"] == 1
    assert run.metrics["grounding_rate"]["rate"] == 0.75


def test_alignment_is_optimal_not_greedy(tmp_path: Path) -> None:
    # p1 fits g1 best, but only p1 may pair with g2 (p2 is gated out of g2): greedy leaves g2 missed.
    g1, g2 = F_GROWTH, F_GROWTH | {"product": "cars"}
    p1 = F_GROWTH | {"qualifier": "approx"}
    p2 = F_GROWTH | {"value": 5.5}
    run = score(tmp_path, [article([g1, g2])], [article([p1, p2])])
    assert run.metrics["errors"]["missed"] == 0
    assert run.metrics["errors"]["spurious"] == 0
    assert run.metrics["strict"]["support"]["tp"] == 0


def test_malformed_input_names_file_line_field(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(article(GOLD_FACTS)) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"p.jsonl:2: not valid JSON"):
        load_run(path, lenient_facts=True)
    path.write_text(json.dumps(article(GOLD_FACTS) | {"published": "21 Aug"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"p.jsonl:1: field published"):
        load_run(path, lenient_facts=True)
    path.write_text(json.dumps(article([F_GROWTH | {"basis": None}])) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"p.jsonl:1: article 'a1' facts\[0\]"):
        load_gold([path])


def test_paired_bootstrap_identical_runs(tmp_path: Path) -> None:
    run = score(tmp_path, [article(GOLD_FACTS)], [article(GOLD_FACTS)])
    cmp = compare_runs(run, run, resamples=200)
    assert cmp["delta_f1"] == 0.0 and cmp["p_value"] == 1.0


def test_paired_bootstrap_detects_a_better_run() -> None:
    gold = load_gold([GOLD])
    perfect = score_run(gold, gold, resamples=500)
    half = copy.deepcopy(gold)
    for a in half.articles.values():
        a.facts = a.facts[: len(a.facts) // 2]
    worse = score_run(gold, half, resamples=500)
    cmp = compare_runs(perfect, worse, resamples=500)
    assert cmp["delta_f1"] > 0.2
    assert cmp["ci95"][0] > 0
    assert cmp["p_value"] < 0.05


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_properties_gold_vs_itself_and_spurious(data: st.DataObject) -> None:
    gold = load_gold([GOLD])
    keep = data.draw(st.lists(st.sampled_from(sorted(gold.articles)), min_size=1, max_size=5, unique=True))
    sub = copy.deepcopy(gold)
    sub.articles = {k: v for k, v in sub.articles.items() if k in keep}
    perfect = score_run(sub, sub, resamples=50)
    assert perfect.metrics["strict"]["micro"]["f1"] == 1.0
    noisy = copy.deepcopy(sub)
    target = noisy.articles[data.draw(st.sampled_from(keep))]
    extra = target.facts[0].model_copy(update={"value": target.facts[0].value * 7 + 13, "area": "Atlantis"})
    target.facts.insert(random.Random(0).randrange(len(target.facts) + 1), extra)
    spurious = score_run(sub, noisy, resamples=50).metrics["strict"]["micro"]
    assert spurious["recall"] == 1.0
    assert spurious["precision"] < 1.0

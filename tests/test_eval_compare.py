"""A three-run report with a baseline, every comparison number worked out by hand from the fixture.

Gold: two articles (a1, a2), each with the four facts of tests/test_eval_scorer.py.
- rules (baseline): in both articles three facts right and the 20.5 billion with a wrong period: tp 3 of 4 each.
- llm: a1 all right (4/4), a2 as rules (3/4). Two usage records: one call, one cache hit.
- hybrid: all right in both, plus one spurious growth fact (partner Japan) in a2.

Bootstrap over two articles: a resample holds a1 k times (k = 0, 1, 2 with probability 1/4, 1/2, 1/4).
rules scores 0.75 in every resample. llm: k=0 → 0.75 (Δ 0), k=1 → 7/8 (Δ 1/8), k=2 → 1 (Δ 1/4); so the
95% interval is [0, 1/4] and p = 2·min(P(Δ≤0), P(Δ≥0)) = 2·1/4 = 1/2 (up to resampling noise).
hybrid: k=2 → F1 1 (Δ 1/4), k=1 → tp 8, pred 9, gold 8 → 16/17, k=0 → tp 8, pred 10 → 8/9; every Δ > 0,
so the interval is [8/9 − 3/4, 1/4] and p = 0.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.test_eval_scorer import F_GROWTH, F_US_V, GOLD_FACTS, article, write
from tradefacts.cli import main
from tradefacts.eval.runstats import run_stats
from tradefacts.schemas import Article

WRONG_PERIOD = F_US_V | {"period": {"start": "2025-01", "end": "2025-07"}}
SPURIOUS = F_GROWTH | {"partner": "Japan"}
RULES = [*GOLD_FACTS[:3], WRONG_PERIOD]
CALL = {"calls": 1, "prompt_tokens": 1000, "completion_tokens": 200, "latency_s": 1.0, "cost_usd": 0.001,
        "cost_uncached_usd": 0.001}  # fmt: skip
HIT = {"cache_hits": 1, "cached_prompt_tokens": 1000, "cached_completion_tokens": 200, "latency_s": 0.01,
       "cost_usd": 0.0, "cost_uncached_usd": 0.001}  # fmt: skip
LLM_MANIFEST = {"backend": "llm", "model": "m1", "prompt_name": "terse", "prompt_hash": "abc123def456",
                "base_url": "http://127.0.0.1:9/v1"}  # fmt: skip
REJECTED = [{"reason": "value_text '9.9' does not occur in the evidence", "fact": {"value_text": "9.9"}}]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, str]:
    d = tmp_path_factory.mktemp("three")
    gold = write(d / "gold.jsonl", [article(GOLD_FACTS), article(GOLD_FACTS, aid="a2")])
    rules = write(d / "rules.jsonl", [article(RULES), article(RULES, aid="a2")])
    llm = write(
        d / "llm.jsonl",
        [article(GOLD_FACTS, usage=CALL), article(RULES, aid="a2", usage=HIT, rejected=REJECTED)],
    )
    (d / "llm.manifest.json").write_text(json.dumps(LLM_MANIFEST))
    hybrid = write(d / "hybrid.jsonl", [article(GOLD_FACTS), article([*GOLD_FACTS, SPURIOUS], aid="a2")])
    runs = ["--run", f"rules={rules}", "--run", f"llm={llm}", "--run", f"hybrid={hybrid}"]
    out = d / "report"
    assert (
        main(["eval", "--gold", str(gold), *runs, "--baseline", "rules", "--resamples", "4000", "--out", str(out)]) == 0
    )
    return out, json.loads((out / "results.json").read_text()), (out / "report.md").read_text()


def test_leaderboard_numbers_match_the_hand_computation(report: tuple[Path, dict, str]) -> None:
    out, results, _ = report
    rows = {r["run"]: r for r in csv.DictReader((out / "leaderboard.csv").open(encoding="utf-8"))}
    assert list(rows) == ["rules", "llm", "hybrid"]
    assert float(rows["rules"]["strict_f1"]) == 0.75
    assert float(rows["llm"]["strict_f1"]) == pytest.approx(7 / 8)
    assert float(rows["hybrid"]["strict_precision"]) == pytest.approx(8 / 9)
    assert float(rows["hybrid"]["strict_f1"]) == pytest.approx(16 / 17)
    assert float(rows["rules"]["identity_f1"]) == 0.75 and float(rows["rules"]["value_f1"]) == 1.0
    assert [rows[n]["facts"] for n in rows] == ["8", "8", "9"]
    assert rows["llm"]["rejected"] == "1" and rows["rules"]["rejected"] == "0"
    assert rows["llm"]["tokens"] == "1200" and rows["llm"]["cache_hits"] == "1"
    assert float(rows["llm"]["cost_usd"]) == pytest.approx(0.001)
    assert float(rows["llm"]["cost_uncached_usd"]) == pytest.approx(0.002)  # the cache hit priced as a call
    assert float(rows["llm"]["latency_p50_s"]) == pytest.approx(0.505)  # median of 1.0 and 0.01
    assert float(rows["llm"]["latency_p95_s"]) == pytest.approx(0.01 + 0.95 * 0.99)
    assert rows["rules"]["cost_usd"] == "" and rows["rules"]["delta_f1"] == ""
    assert (rows["llm"]["model"], rows["llm"]["prompt"], rows["llm"]["prompt_hash"]) == ("m1", "terse", "abc123def456")
    assert rows["llm"]["endpoint"] == "http://127.0.0.1:9/v1"
    assert results["leaderboard"][1]["strict_f1"] == pytest.approx(7 / 8)


def test_paired_bootstrap_against_the_baseline_matches_the_hand_computation(report: tuple[Path, dict, str]) -> None:
    _, results, md = report
    llm, hybrid = results["comparisons"]["llm"], results["comparisons"]["hybrid"]
    assert set(results["comparisons"]) == {"llm", "hybrid"}
    assert llm["delta_f1"] == pytest.approx(1 / 8)
    assert llm["ci95"] == pytest.approx([0.0, 0.25])
    assert llm["p_value"] == pytest.approx(0.5, abs=0.05)  # 2 * P(k = 0); sd of the estimate about 0.014
    assert hybrid["delta_f1"] == pytest.approx(16 / 17 - 0.75)
    assert hybrid["ci95"] == pytest.approx([8 / 9 - 0.75, 0.25])
    assert hybrid["p_value"] == 0.0
    assert "| llm | +12.5 | [+0.0, +25.0] |" in md
    assert "| hybrid | +19.1 | [+13.9, +25.0] | 0.000 |" in md


def test_per_field_and_per_article_tables(report: tuple[Path, dict, str]) -> None:
    out, results, md = report
    partner = results["metrics"]["hybrid"]["field_prf"]["partner"]
    assert partner["support"] == {"tp": 4, "pred": 5, "gold": 4}  # the spurious fact names a partner
    assert (partner["precision"], partner["recall"]) == (0.8, 1.0)
    period = results["metrics"]["rules"]["field_prf"]["period"]
    assert (period["precision"], period["recall"]) == (0.75, 0.75)
    a1 = results["per_article"][0]
    assert a1["id"] == "a1" and a1["gold"] == 4
    assert {n: (r["tp"], r["pred"]) for n, r in a1["runs"].items()} == {
        "rules": (3, 4),
        "llm": (4, 4),
        "hybrid": (4, 4),
    }
    assert "| a1 | 4 | 75.0 (3/4) | 100.0 (4/4) | 100.0 (4/4) |" in md
    page = (out / "report.html").read_text()
    assert "abc123def456" in page and "terse" in page.split("</p>")[0]  # the headline names the prompt
    for text in ("+12.5", "[+0.0, +25.0]", "75.0 (3/4)", "Δ strict F1 (percentage points)"):
        assert text in page


def test_every_run_lists_its_errors_with_the_evidence(report: tuple[Path, dict, str]) -> None:
    _, results, md = report
    wrong = results["errors"]["rules"]["wrong field"]
    assert wrong["count"] == 2
    assert wrong["items"][0]["evidence"] == WRONG_PERIOD["evidence"]
    assert results["errors"]["hybrid"]["spurious"]["items"][0]["evidence"] == SPURIOUS["evidence"]
    assert "## Errors of llm" in md and "## Errors of hybrid" in md
    assert f"“{WRONG_PERIOD['evidence']}”" in md


def test_flags_are_counted_per_run_and_by_kind(tmp_path: Path) -> None:
    flag = {"kind": "sum_mismatch", "message": "exports plus imports differ from the total", "facts": [0, 1]}
    flagged = article(GOLD_FACTS, flags=[flag])
    plain = article(GOLD_FACTS, aid="a2")
    stats = run_stats([Article.model_validate(flagged), Article.model_validate(plain)])
    assert (stats["flagged"], stats["facts"], stats["cost_usd"]) == (1, 8, None)
    gold = write(tmp_path / "gold.jsonl", [article(GOLD_FACTS), plain])
    runs = {
        "a": write(tmp_path / "a.jsonl", [flagged, plain]),
        "b": write(tmp_path / "b.jsonl", [article(GOLD_FACTS), plain]),
    }
    out = tmp_path / "report"
    assert main(["eval", "--gold", str(gold), *(f"--run={n}={p}" for n, p in runs.items()), "--out", str(out)]) == 0
    results = json.loads((out / "results.json").read_text())
    assert [row["flagged"] for row in results["leaderboard"]] == [1, 0]
    assert results["metrics"]["a"]["flags"] == {"total": 1, "by_kind": {"sum_mismatch": 1}}
    assert "| sum_mismatch | 1 | 0 |" in (out / "report.md").read_text()
    assert "<td>sum_mismatch</td><td>1</td><td>0</td>" in (out / "report.html").read_text()


def test_run_flag_mistakes_are_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "g.jsonl", [article(GOLD_FACTS)])
    out = ["--out", str(tmp_path / "r")]
    assert main(["eval", "--gold", str(gold), "--run", f"a={gold}", "--run", f"a={gold}", *out]) == 2
    assert "run name 'a' is given twice" in capsys.readouterr().err
    assert main(["eval", "--gold", str(gold), "--run", str(gold), *out]) == 2
    assert "expected NAME=PATH" in capsys.readouterr().err
    assert main(["eval", "--gold", str(gold), "--run", f"a={gold}", "--baseline", "nope", *out]) == 2
    assert "neither a run name (a) nor a file" in capsys.readouterr().err
    assert main(["eval", "--gold", str(gold), *out]) == 2
    assert main(["eval", "--gold", str(gold), "--pred", str(gold), "--pred", str(gold), *out]) == 2
    assert "--pred is one run; name several with --run NAME=PATH" in capsys.readouterr().err


def test_a_bootstrap_of_no_resamples_is_an_operator_mistake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--resamples 0` once crashed inside numpy; the CLI now refuses it, and the API says what is wrong."""
    gold = write(tmp_path / "g.jsonl", [article(GOLD_FACTS)])
    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "--gold", str(gold), "--pred", str(gold), "--out", str(tmp_path / "r"), "--resamples", "0"])
    assert exit_info.value.code == 2
    assert "--resamples: must be at least 1, got 0" in capsys.readouterr().err
    import tradefacts as tf

    with pytest.raises(ValueError, match="resamples must be at least 1"):
        tf.score(gold, gold, resamples=0)
    assert tf.score(gold, gold, resamples=1)["strict"]["micro"]["f1"] == 1.0

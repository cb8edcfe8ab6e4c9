"""`tradefacts eval` end to end: gold against itself, a perturbed copy with known numbers, the report files."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import GOLD
from tradefacts.cli import main


def perturb(tmp_path: Path) -> Path:
    """Gold with exactly: one fact dropped, one wrong period, one ×10 value, one duplicate, one article removed."""
    lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines()]
    a0 = lines[0]["facts"]
    del a0[0]  # missed: 1
    a0[1]["period"] = {"start": "2025-01", "end": "2025-12"}  # wrong period: 1
    a0[2]["value"] *= 10  # scale error: 1
    a0.append(dict(a0[3], qualifier="approx"))  # duplicate: 1
    removed = lines.pop()  # whole article missing
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in lines), encoding="utf-8")
    return path, len(removed["facts"])


def test_gold_against_itself_is_perfect(tmp_path: Path, capsys) -> None:
    assert main(["eval", "--gold", str(GOLD), "--pred", str(GOLD), "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert "F1 100.0 [95% CI 100.0-100.0]" in out
    results = json.loads((tmp_path / "r" / "results.json").read_text())
    assert results["metrics"]["pred"]["strict"]["micro"]["f1"] == 1.0
    assert results["manifest"]["gold"][0]["sha256"]
    assert results["manifest"]["scorer_version"]


def test_manifest_carries_the_prediction_run_metadata(tmp_path: Path) -> None:
    pred = tmp_path / "run.jsonl"
    pred.write_text(GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "run.manifest.json").write_text(
        json.dumps({"backend": "regex", "created": "2026-01-01T00:00:00+00:00"})
    )
    main(["eval", "--gold", str(GOLD), "--pred", str(pred), "--out", str(tmp_path / "r")])
    report = json.loads((tmp_path / "r" / "results.json").read_text())
    run = report["manifest"]["runs"]["pred"]
    assert (run["backend"], run["created"], run["path"]) == ("regex", "2026-01-01T00:00:00+00:00", str(pred))
    assert report["runs"]["pred"]["backend"] == "regex"


def test_perturbed_copy_gives_expected_numbers(tmp_path: Path, capsys) -> None:
    pred, n_removed = perturb(tmp_path)
    assert (
        main(["eval", "--gold", str(GOLD), "--pred", str(pred), "--baseline", str(GOLD), "--out", str(tmp_path / "r")])
        == 0
    )
    m = json.loads((tmp_path / "r" / "results.json").read_text())["metrics"]["pred"]
    n_gold = 127
    n_pred = n_gold - n_removed - 1  # one dropped; the duplicate is removed before scoring
    tp = n_pred - 2  # wrong period and scale error are matched pairs with a wrong field
    s = m["strict"]
    assert s["support"] == {"tp": tp, "pred": n_pred, "gold": n_gold}
    assert s["micro"]["precision"] == tp / n_pred
    assert s["micro"]["recall"] == tp / n_gold
    assert m["errors"]["missed"] == 1 + n_removed
    assert m["errors"]["duplicate"] == 1
    assert m["errors"]["scale_error"] == 1
    assert m["errors"]["wrong_field_by_field"] == {"period": 1, "value": 1}
    assert m["articles_without_prediction"] == 1
    assert m["identity"]["support"]["tp"] == tp
    assert m["value"]["support"]["tp"] == n_pred - 1
    out = capsys.readouterr().out
    assert re.search(r"pred vs baseline: Δ strict F1 = -\d+\.\d points", out)


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    pred, _ = perturb(tmp_path)
    main(["eval", "--gold", str(GOLD), "--pred", str(pred), "--out", str(tmp_path / "r")])
    page = (tmp_path / "r" / "report.html").read_text()
    assert "<table>" in page and "<svg" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page
    md = (tmp_path / "r" / "report.md").read_text()
    assert "| run | strict P |" in md
    assert "### missed (" in md
    assert "<svg" in page and "strict micro score (%)" in page


def test_malformed_input_exits_nonzero_with_location(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "facts": "nope"}\n')
    assert main(["eval", "--gold", str(GOLD), "--pred", str(bad), "--out", str(tmp_path / "r")]) == 2
    assert "bad.jsonl:1: field facts" in capsys.readouterr().err

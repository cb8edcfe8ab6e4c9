"""`tradefacts reconcile`: a corpus in which three outlets restate a national figure and a fourth disagrees."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import tradefacts as tf
from tradefacts.cli import main

CORPUS = [
    {"id": "xinhua-0807", "publisher": "Xinhua", "published": "2025-08-07",
     "text": "China's July exports grow\n\nChina's exports reached 2.58 trillion yuan in July 2025, up 7.2 percent "
             "year on year, customs data showed."},
    {"id": "reuters-0807", "publisher": "Reuters", "published": "2025-08-07",
     "text": "China export growth beats forecasts\n\nChina's exports were 2.58 trillion yuan in July 2025, a rise of "
             "7.2 percent from a year earlier."},
    {"id": "cgtn-0808", "publisher": "CGTN", "published": "2025-08-08",
     "text": "Trade holds up in July\n\nIn July 2025, China's exports totaled 2.58 trillion yuan, up 7.2 percent "
             "year on year."},
    {"id": "blog-0810", "publisher": "Trade Blog", "published": "2025-08-10",
     "text": "What July's numbers say\n\nChina's exports hit 2.85 trillion yuan in July 2025, up 7.2 percent year "
             "on year."},
]  # fmt: skip
NATIONAL = "area = 'China' AND flow = 'exports' AND measure = 'value' AND period_start = '2025-07'"


def extract(tmp_path: Path, name: str, documents: list[dict]) -> Path:
    corpus, run = tmp_path / f"{name}.corpus.jsonl", tmp_path / f"{name}.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(run)]) == 0
    return run


def test_three_restatements_agree_and_the_fourth_makes_a_conflict(tmp_path: Path) -> None:
    run = extract(tmp_path, "run", CORPUS)
    table = tmp_path / "observations.parquet"
    assert main(["reconcile", str(run), "-o", str(table)]) == 0
    national = duckdb.sql(f"SELECT * FROM '{table}' WHERE {NATIONAL} ORDER BY published").fetchall()
    columns = [c[0] for c in duckdb.sql(f"DESCRIBE SELECT * FROM '{table}'").fetchall()]
    rows = [dict(zip(columns, r, strict=True)) for r in national]
    assert len(rows) == 4 and len({r["observation_id"] for r in rows}) == 1
    assert {r["status"] for r in rows} == {"conflicting"} and {r["n_sources"] for r in rows} == {4}
    assert [(r["article_id"], r["publisher"], r["value"]) for r in rows] == [
        ("xinhua-0807", "Xinhua", 2.58e12), ("reuters-0807", "Reuters", 2.58e12),
        ("cgtn-0808", "CGTN", 2.58e12), ("blog-0810", "Trade Blog", 2.85e12),
    ]  # fmt: skip
    assert all(r["value_text"] in r["evidence"] and r["unit"] == "CNY" for r in rows)
    assert str(rows[0]["published"]) == "2025-08-07" and (rows[0]["value_min"], rows[0]["value_max"]) == (2.58e12, 2.85e12)
    growth = duckdb.sql(f"SELECT DISTINCT status, n_sources FROM '{table}' WHERE measure = 'growth'").fetchall()
    assert growth == [("agreed", 4)]
    md = table.with_suffix(".md").read_text(encoding="utf-8")
    assert "| conflicting | 1 |" in md and "| agreed | 1 |" in md and "blog-0810: '2.85 trillion'" in md


def test_runs_are_reconciled_together_and_every_source_keeps_its_run(tmp_path: Path) -> None:
    first, second = extract(tmp_path, "a", CORPUS[:3]), extract(tmp_path, "b", CORPUS[3:])
    table = tmp_path / "obs.parquet"
    assert main(["reconcile", str(first), str(second), "-o", str(table)]) == 0
    frame = pd.read_parquet(table)
    national = frame.query("flow == 'exports' and measure == 'value'")
    assert sorted(national["run"].map(lambda p: Path(p).name)) == ["a.jsonl", "a.jsonl", "a.jsonl", "b.jsonl"]
    assert set(national["status"]) == {"conflicting"}
    before = sorted(tmp_path.iterdir())
    alone = tf.reconcile(first)  # the three that agree, without the fourth
    assert [o.status for o in alone.observations] == ["agreed", "agreed"]
    assert [len(o.sources) for o in alone.observations] == [3, 3]
    assert sorted(tmp_path.iterdir()) == before  # without `output` the API writes nothing


def test_the_api_writes_the_same_table(tmp_path: Path) -> None:
    run = extract(tmp_path, "run", CORPUS)
    reconciled = tf.reconcile(run, output=tmp_path / "api.parquet")
    assert sorted(o.status for o in reconciled.observations) == ["agreed", "conflicting"]
    conflict = next(o for o in reconciled.observations if o.status == "conflicting")
    assert len(conflict.conflicts) == 3  # the blog against each of the three
    assert len(pd.read_parquet(tmp_path / "api.parquet")) == 8 and (tmp_path / "api.md").is_file()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x"}\nnot json\n', "bad.jsonl:2: not valid JSON"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "bad.jsonl:2: field id: duplicate article id"),
        (None, "bad.jsonl: no such file"),
    ],
)
def test_bad_runs_are_named_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture, content: str | None, message: str
) -> None:
    bad = tmp_path / "bad.jsonl"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    assert main(["reconcile", str(bad), "-o", str(tmp_path / "o.parquet")]) == 2
    assert message in capsys.readouterr().err and not (tmp_path / "o.parquet").exists()

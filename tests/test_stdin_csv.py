"""Inputs a data engineer tries first: standard input, CSV and TSV tables, unknown kinds; and facts out as CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, ROOT
from tests.test_inputs import docs
from tradefacts.cli import main
from tradefacts.extract.io.records import BadInput, Columns

SENTENCE = "China's exports rose 6.1 percent year on year in July 2025."
ROWS = [
    {"url": "u1", "body": SENTENCE, "published": ""},
    {"url": "u2", "body": 'Trade update\nImports fell 2 percent in May 2024, officials said, "as expected".',
     "published": "2024-06-01"},
]  # fmt: skip


def tradefacts(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tradefacts", *args], input=stdin, capture_output=True, cwd=ROOT)


def table(path: Path, delimiter: str) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "body", "published"], delimiter=delimiter)
        writer.writeheader()
        writer.writerows(ROWS)
    return path


def test_stdin_text_is_one_document() -> None:
    done = tradefacts("extract", "-", stdin=SENTENCE.encode())
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["id"] == "stdin" and [f["value"] for f in record["facts"]] == [6.1]


def test_stdin_jsonl_is_read_as_records() -> None:
    lines = GOLD.read_bytes().splitlines()[:2]
    done = tradefacts("extract", "-", stdin=b"\n".join(lines) + b"\n{broken\n")
    assert done.returncode == 1, done.stderr  # the broken line is a failed document
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in records][:2] == [json.loads(line)["id"] for line in lines]
    assert (
        records[2]["id"] == "stdin:3" and records[2]["status"] == "failed" and "not valid JSON" in records[2]["error"]
    )


@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_take_text_and_id_columns(tmp_path: Path, suffix: str, delimiter: str) -> None:
    path = table(tmp_path / f"news{suffix}", delimiter)
    found = docs(path, columns=Columns(id="url", text="body"))
    assert [(d.id, d.text, d.published) for d in found] == [
        ("u1", ROWS[0]["body"], None),  # an empty cell is a missing value
        ("u2", ROWS[1]["body"], __import__("datetime").date(2024, 6, 1)),
    ]
    (missing,) = docs(path)  # no `text` column: the table fails once, naming the columns it has
    assert isinstance(missing, BadInput) and "no column 'text' (columns: url, body, published)" in missing.error


def test_an_unknown_kind_named_explicitly_is_an_error(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.xlsx"
    sheet.write_bytes(b"PK\x03\x04 not text")
    done = tradefacts("extract", str(sheet), "-o", str(tmp_path / "o.jsonl"))
    assert done.returncode == 2
    assert b"facts.xlsx: unknown input kind '.xlsx'" in done.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_format_csv_writes_one_row_per_fact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = table(tmp_path / "news.csv", ",")
    out = tmp_path / "facts.csv"
    assert main(["extract", str(path), "--text-column", "body", "--id-column", "url", "--format", "csv", "-o",
                 str(out)]) == 0  # fmt: skip
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert (
        main(["extract", str(path), "--text-column", "body", "--id-column", "url", "-o", str(tmp_path / "r.jsonl")])
        == 0
    )
    facts = [
        (r["id"], str(i), f) for r in map(json.loads, (tmp_path / "r.jsonl").open()) for i, f in enumerate(r["facts"])
    ]
    assert len(facts) >= 1 and len(rows) == len(facts)  # one row per fact, in order
    for row, (article_id, index, f) in zip(rows, facts, strict=True):
        assert (row["article_id"], row["fact_index"], row["flow"], float(row["value"])) == (
            article_id,
            index,
            f["flow"],
            f["value"],
        )
        assert (row["value_text"], row["evidence"], row["period_start"]) == (
            f["value_text"],
            f["evidence"],
            f["period"]["start"],
        )
    assert rows[0]["article_id"] == "u1" and rows[0]["value"] == "6.1" and rows[0]["evidence"] == SENTENCE[:-1]
    assert json.loads((tmp_path / "facts.manifest.json").read_text())["facts"] == len(facts)
    assert main(["extract", str(path), "--text-column", "body", "--format", "csv"]) == 0  # to standard output
    assert next(csv.reader(io.StringIO(capsys.readouterr().out)))[0] == "article_id"
    assert main(["extract", str(path), "--format", "csv", "-o", str(out), "--resume"]) == 2

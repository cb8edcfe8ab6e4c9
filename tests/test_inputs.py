"""Input kinds beyond text and JSONL: HTML pages, column mapping, local Hugging Face datasets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tradefacts.cli import main
from tradefacts.extract.io.inputs import read_inputs
from tradefacts.extract.io.records import BadInput, Columns

PAGE = """<!doctype html>
<html><head>
<title>Vietnam's exports climb in first quarter | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-04-02T08:00:00+07:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/biz">Business</a></nav>
<div class="ad">Subscribe now for 50 percent off!</div>
<article>
<h1>Vietnam's exports climb in first quarter</h1>
<p>HANOI, April 2 -- Vietnam's exports rose 17 percent year on year to 93.06 billion U.S. dollars in the
first quarter of 2024, the General Statistics Office said on Tuesday.</p>
<p>Imports increased 13.9 percent to 85.0 billion dollars, leaving a trade surplus of 8.08 billion dollars.</p>
</article>
<footer>Copyright 2024 Example News. Contact us: 1-800-555-0100.</footer>
</body></html>
"""


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def docs(*paths: Path, **kwargs) -> list:
    return list(read_inputs(list(paths), **kwargs))


def test_html_is_reduced_to_article_text_and_offsets_refer_to_it(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "vn.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pages" / "blank.htm").write_text(
        "<html><head><title>Not found</title></head><body><script>var x = 1;</script></body></html>", encoding="utf-8"
    )
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(tmp_path / "pages"), "-o", str(out)]) == 1  # blank.htm failed
    by_id = {r["id"]: r for r in records(out)}
    assert by_id["blank"]["status"] == "failed" and "no article text" in by_id["blank"]["error"]
    page = by_id["vn"]
    assert page["status"] == "ok"
    assert "Subscribe" not in page["text"] and "Home" not in page["text"] and "1-800" not in page["text"]
    assert (page["publisher"], page["published"]) == ("Example News", "2024-04-02")
    assert page["title"].startswith("Vietnam's exports climb")
    values = {(f["measure"], f["value"]) for f in page["facts"]}
    assert {("growth", 17.0), ("value", 93.06e9), ("growth", 13.9)} <= values
    for fact in page["facts"]:
        start, end = fact["evidence_span"]
        assert page["text"][start:end] == fact["evidence"]


def test_columns_map_other_field_names_and_a_missing_column_fails_the_input_once(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))][:3]
    pq.write_table(pa.table({"body": texts, "url": ["u1", "u2", "u3"]}), tmp_path / "no_id.parquet")
    got = docs(tmp_path / "no_id.parquet", columns=Columns(text="body"))
    assert [d.id for d in got] == ["no_id.parquet:0", "no_id.parquet:1", "no_id.parquet:2"]  # positions
    assert [d.id for d in docs(tmp_path / "no_id.parquet", columns=Columns(id="url", text="body"))] == [
        "u1",
        "u2",
        "u3",
    ]
    (wrong,) = docs(tmp_path / "no_id.parquet")  # default text column absent: one record, not one per row
    assert isinstance(wrong, BadInput) and "no column 'text' (columns: body, url)" in wrong.error
    (named,) = docs(tmp_path / "no_id.parquet", columns=Columns(id="doc_id", text="body"))
    assert isinstance(named, BadInput) and "no column 'doc_id'" in named.error

    jsonl = tmp_path / "mapped.jsonl"
    jsonl.write_text(
        json.dumps({"key": 7, "content": texts[0]}) + "\n" + json.dumps({"key": 8, "content": None}) + "\n",
        encoding="utf-8",
    )
    first, second = docs(jsonl, columns=Columns(id="key", text="content"))
    assert first.id == "7" and first.text == texts[0]  # integer ids become strings
    assert isinstance(second, BadInput) and second.id == "8" and "field content" in second.error


def test_a_saved_hugging_face_dataset_with_splits(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    seeds = sorted(SEEDS.glob("*.txt"))
    rows = {"doc": [p.stem for p in seeds], "article": [p.read_text(encoding="utf-8") for p in seeds]}
    whole = datasets.Dataset.from_dict(rows)
    datasets.DatasetDict({"train": whole.select(range(3)), "test": whole.select(range(3, 5))}).save_to_disk(
        tmp_path / "saved"
    )
    out = tmp_path / "run.jsonl"
    args = ["extract", str(tmp_path / "saved"), "--text-column", "article", "--id-column", "doc", "-o", str(out)]
    assert main(args) == 0
    got = records(out)
    assert [r["id"] for r in got] == [p.stem for p in seeds]  # train, then test, in row order
    assert all(r["status"] == "ok" and r["facts"] for r in got)
    assert main(["extract", *map(str, seeds), "-o", str(tmp_path / "plain.jsonl")]) == 0
    plain = records(tmp_path / "plain.jsonl")
    assert [r["facts"] for r in got] == [r["facts"] for r in plain]  # same facts as reading the .txt files

    test_split = docs(tmp_path / "saved", columns=Columns(id="doc", text="article"), split="test")
    assert [d.id for d in test_split] == [p.stem for p in seeds[3:]]
    (missing,) = docs(tmp_path / "saved", columns=Columns(id="doc", text="article"), split="validation")
    assert isinstance(missing, BadInput) and "no split 'validation' (splits: train, test)" in missing.error


def test_a_hugging_face_dataset_of_data_files(tmp_path: Path) -> None:
    pytest.importorskip("datasets")
    data = tmp_path / "news" / "data"
    data.mkdir(parents=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    lines = [json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(texts[:2])]
    (data / "train-00000-of-00001.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = [json.dumps({"id": "t0", "text": texts[2]})]
    (data / "test-00000-of-00001.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = docs(tmp_path / "news")
    assert sorted(d.id for d in got) == ["a0", "a1", "t0"]
    assert {d.id: d.text for d in got}["t0"] == texts[2]
    assert [d.id for d in docs(tmp_path / "news", split="train")] == ["a0", "a1"]


def test_a_dataset_card_declaring_data_files(tmp_path: Path) -> None:
    pytest.importorskip("datasets")
    card = "---\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n    path: news.json\n---\n# News\n"
    (tmp_path / "README.md").write_text(card, encoding="utf-8")
    rows = [{"id": "n1", "text": "Exports rose 5 percent in 2023."}, {"id": "n2", "text": "Imports fell 2 percent."}]
    (tmp_path / "news.json").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")  # not a file kind we read
    assert [(d.id, d.text) for d in docs(tmp_path)] == [(r["id"], r["text"]) for r in rows]


def test_a_directory_reports_what_it_did_not_read(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("Exports rose 5 percent in 2023.", encoding="utf-8")
    (tmp_path / "README.md").write_text("---\ntitle: Site notes\n---\n# notes", encoding="utf-8")  # not a card
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "2024" / "05").mkdir(parents=True)
    (tmp_path / "2024" / "05" / "a.txt").write_text("Imports fell 2 percent in May 2024.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: main", encoding="utf-8")
    assert [d.id for d in docs(tmp_path)] == ["2024/05/a", "a"]  # nested files keep their folders: no clash
    assert "not read (not an input kind): 1 .md, 1 .xlsx" in capsys.readouterr().err

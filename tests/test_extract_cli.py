"""`tradefacts extract` end to end: inputs of every kind, a status for every document, a manifest."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEEDS
from tradefacts.cli import main
from tradefacts.extract.backend import Backend, extract_safely
from tradefacts.extract.registry import available_backends, get_backend
from tradefacts.schemas import Article, Document

BODY = "Exports surge in Guangdong this year\n\nXinhua, May 3, 2024\n\nIn 2023, Guangdong's exports rose 5 percent."


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_kind_and_bad_documents_keep_their_status(tmp_path: Path, capsys) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "docs" / "latin1.txt").write_bytes("Caf\xe9 exports rose 5 percent in 2023".encode("latin-1"))
    (tmp_path / "docs" / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "docs" / "blob.txt").write_bytes(bytes(range(32)) * 50)  # valid UTF-8, but control bytes
    (tmp_path / "docs" / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(
        json.dumps({"id": "j1", "text": BODY, "title": "Given title", "published": "2024-05-03"})
        + "\n"
        + "{broken\n"
        + json.dumps({"id": "j2", "text": "中国外贸进出口总值增长百分之五。" * 5})
        + "\n"
        + json.dumps({"id": "j1", "text": BODY})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "run.jsonl"
    assert main(["extract", str(tmp_path / "docs"), str(jsonl), "-o", str(out)]) == 1  # three failed
    by_id: dict[str, dict] = {}
    for record in read(out):
        by_id.setdefault(record["id"], record)
    assert by_id["good"]["status"] == "ok" and by_id["good"]["facts"]
    assert by_id["good"]["publisher"] == "Xinhua"
    assert by_id["latin1"]["status"] == "failed" and "invalid UTF-8" in by_id["latin1"]["error"]
    assert by_id["empty"]["status"] == "skipped" and by_id["empty"]["error"] == "empty text"
    assert by_id["blob"]["status"] == "skipped" and by_id["blob"]["error"] == "binary content, not text"
    assert by_id["png"]["status"] == "failed" and "invalid UTF-8 at byte 0" in by_id["png"]["error"]
    assert by_id["j1"]["title"] == "Given title"
    assert by_id["more.jsonl:2"]["status"] == "failed" and "not valid JSON" in by_id["more.jsonl:2"]["error"]
    assert by_id["j2"]["status"] == "skipped" and "not English" in by_id["j2"]["error"]
    statuses = [r["status"] for r in read(out) if r["id"] == "j1"]
    assert statuses == ["ok", "skipped"]  # the duplicate id is reported, not dropped
    errors = read(tmp_path / "out" / "run.errors.jsonl")
    assert [(e["id"], e["stage"]) for e in errors] == [("latin1", "read"), ("png", "read"), ("more.jsonl:2", "read")]
    manifest = json.loads((tmp_path / "out" / "run.manifest.json").read_text())
    assert manifest["backend"] == "regex" and manifest["documents"] == 9
    assert manifest["status"] == {"ok": 2, "failed": 3, "skipped": 4}
    assert manifest["versions"]["pydantic"] == __import__("pydantic").VERSION
    assert "9 documents" in capsys.readouterr().err


def test_seeds_extract_and_score(tmp_path: Path, capsys) -> None:
    out = tmp_path / "seeds.jsonl"
    assert main(["extract", "--backend", "regex", str(SEEDS), "-o", str(out)]) == 0
    records = read(out)
    assert len(records) == 5 and all(r["status"] == "ok" for r in records)
    for r in records:
        article = Article.model_validate(r)
        for f in article.facts:
            assert f.evidence in article.text and f.value_text in f.evidence
    assert (
        main(
            [
                "eval",
                "--gold",
                str(SEEDS.parent / "gold" / "seeds.jsonl"),
                "--pred",
                str(out),
                "--out",
                str(tmp_path / "r"),
            ]
        )
        == 0
    )
    metrics = json.loads((tmp_path / "r" / "results.json").read_text())["metrics"]["pred"]
    assert metrics["grounding_rate"]["rate"] == 1.0
    assert metrics["value"]["recall"] > 0.9  # a floor well below today's score, to catch a broken pipeline


def test_a_crashing_backend_costs_only_its_document() -> None:
    class Exploding:
        name = "exploding"

        def extract(self, doc: Document) -> Article:
            raise RuntimeError(f"boom on {doc.id}")

    assert isinstance(Exploding(), Backend)
    article = extract_safely(Exploding(), Document(id="x", text="Some English text about trade."))
    assert article.status == "failed" and article.error == "RuntimeError: boom on x"


def test_registry_knows_the_builtin_backends_and_rejects_unknown() -> None:
    assert {"regex", "llm", "hybrid"} <= set(available_backends())
    try:
        get_backend("nope")
    except KeyError as exc:
        assert "available: hybrid, llm, regex" in str(exc)
    else:
        raise AssertionError("unknown backend accepted")


def test_parquet_in_and_tidy_parquet_out(tmp_path: Path, monkeypatch) -> None:
    pa = __import__("pytest").importorskip("pyarrow")
    import pyarrow.parquet as pq

    monkeypatch.setattr("tradefacts.extract.io.parquet.BATCH", 2)  # five articles: written as row groups of 2, 2 and 1

    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "title": None} for p in sorted(SEEDS.glob("*.txt"))]
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--parquet", str(tmp_path / "tables")]) == 0
    assert pq.ParquetFile(tmp_path / "tables" / "articles.parquet").num_row_groups == 3
    articles = pq.read_table(tmp_path / "tables" / "articles.parquet").to_pylist()
    facts = pq.read_table(tmp_path / "tables" / "facts.parquet").to_pylist()
    records = read(out)
    assert [a["id"] for a in articles] == [r["id"] for r in records] == [r["id"] for r in rows]
    assert len(facts) == sum(len(r["facts"]) for r in records) == sum(a["n_facts"] for a in articles)
    first = records[0]["facts"][0]
    row = next(f for f in facts if f["article_id"] == records[0]["id"] and f["fact_index"] == 0)
    assert (row["value"], row["period_start"], row["evidence"]) == (
        first["value"],
        first["period"]["start"],
        first["evidence"],
    )
    text = articles[0]["text"]  # the articles table carries the text the offsets refer to
    assert text == records[0]["text"] and text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]


def test_an_oversized_document_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Exports rose 5 percent in 2023. " * 400_000, encoding="utf-8")  # ~12.8 MB
    small = tmp_path / "small.txt"
    small.write_text(BODY, encoding="utf-8")
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(big), str(small), "-o", str(out)]) == 0
    by_id = {r["id"]: r for r in read(out)}
    assert by_id["big"]["status"] == "skipped" and "over the limit of 2,000,000" in by_id["big"]["error"]
    assert by_id["small"]["status"] == "ok"


def test_view_highlights_every_fact(tmp_path: Path, capsys) -> None:
    out = tmp_path / "run.jsonl"
    main(["extract", str(SEEDS / "004_fab758f6019e703d.txt"), "-o", str(out)])
    capsys.readouterr()
    assert main(["view", str(out), "004_fab758f6019e703d"]) == 0
    page = capsys.readouterr().out
    n_facts = len(read(out)[0]["facts"])
    assert f"Facts ({n_facts})" in page and page.count('<tr id="fact-') == n_facts
    assert page.count('<sup class="ref">') == n_facts and "41.21 trillion" in page
    assert main(["view", str(out), "nope"]) == 2


def test_a_one_line_text_is_read_as_body_too() -> None:
    article = get_backend("regex").extract(
        Document(id="one", text="China's exports rose 6.1 percent year on year in July 2025.")
    )
    assert [(f.flow.value, f.measure.value, f.value) for f in article.facts] == [("exports", "growth", 6.1)]

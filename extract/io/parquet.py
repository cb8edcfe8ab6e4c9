"""Tidy Parquet tables of a run: one row per article (with its text), one row per fact.

Long format, read directly by pandas, DuckDB and Spark; the facts' evidence offsets refer to the article's text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tradefacts.extract.io.runlog import run_records

if TYPE_CHECKING:
    import pyarrow as pa

ARTICLE_COLUMNS = ("id", "title", "publisher", "published", "status", "error", "n_facts", "n_rejected", "text")
FACT_COLUMNS = ("article_id", "fact_index", "area", "partner", "product", "segment", "flow", "measure", "basis",
                "value", "unit", "period_start", "period_end", "qualifier", "value_text", "evidence",
                "evidence_start", "evidence_end", "source")  # fmt: skip


BATCH = 1024  # articles per row group: memory stays bounded however long the run


def record_rows(record: dict) -> tuple[dict, list[dict]]:
    """One interchange record as its article row and its fact rows."""
    article = {
        "id": record["id"], "title": record.get("title"), "publisher": record.get("publisher"),
        "published": record.get("published"), "status": record.get("status"), "error": record.get("error"),
        "n_facts": len(record.get("facts", [])), "n_rejected": len(record.get("rejected", [])),
        "text": record.get("text"),  # the facts' evidence offsets refer to it
    }  # fmt: skip
    facts = []
    for i, f in enumerate(record.get("facts", [])):
        span = f.get("evidence_span") or [None, None]
        facts.append({
            "article_id": record["id"], "fact_index": i,
            **{k: f.get(k) for k in FACT_COLUMNS[2:10]},
            "unit": f["unit"], "period_start": f["period"]["start"], "period_end": f["period"]["end"],
            "qualifier": f.get("qualifier", "exact"), "value_text": f["value_text"], "evidence": f["evidence"],
            "evidence_start": span[0], "evidence_end": span[1], "source": f.get("source"),
        })  # fmt: skip
    return article, facts


def tidy_schemas() -> tuple[pa.Schema, pa.Schema]:
    """The Arrow schemas of the articles table and the facts table."""
    import pyarrow as pa

    articles = pa.schema([(c, pa.int64() if c.startswith("n_") else pa.string()) for c in ARTICLE_COLUMNS])
    facts = pa.schema([
        (c, pa.float64() if c == "value" else pa.int64() if c in ("fact_index", "evidence_start", "evidence_end")
         else pa.string())
        for c in FACT_COLUMNS
    ])  # fmt: skip
    return articles, facts


def write_parquet(jsonl: Path, out_dir: Path) -> tuple[Path, Path]:
    """Write `articles.parquet` and `facts.parquet` from an interchange JSONL file, streaming (needs pyarrow).

    Lines that are not records (corrupt lines a resumed run kept) are left out."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("Parquet output needs pyarrow: pip install 'tradefacts[parquet]'") from exc
    schema_a, schema_f = tidy_schemas()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = (out_dir / "articles.parquet", out_dir / "facts.parquet")
    with (
        pq.ParquetWriter(paths[0], schema_a) as articles_out,
        pq.ParquetWriter(paths[1], schema_f) as facts_out,
    ):
        articles: list[dict] = []
        facts: list[dict] = []
        for _, record in run_records(jsonl):
            if isinstance(record, str):
                continue  # a corrupt line, named when the run resumed over it
            article, its_facts = record_rows(record)
            articles.append(article)
            facts += its_facts
            if len(articles) >= BATCH:
                articles_out.write_table(pa.Table.from_pylist(articles, schema=schema_a))
                facts_out.write_table(pa.Table.from_pylist(facts, schema=schema_f))
                articles, facts = [], []
        articles_out.write_table(pa.Table.from_pylist(articles, schema=schema_a))  # the rest, or empty tables
        facts_out.write_table(pa.Table.from_pylist(facts, schema=schema_f))
    return paths

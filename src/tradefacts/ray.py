"""Extraction on a Ray cluster with Ray Data (`pip install 'tradefacts[ray]'`).

    import ray, tradefacts.ray
    ray.init()                                   # the cluster at $RAY_ADDRESS, or a local one
    tradefacts.ray.extract_dataset("s3://bucket/articles/", output="s3://bucket/facts/", output_format="parquet")

Documents are read where they lie (JSON Lines or Parquet, on any filesystem pyarrow knows: local, s3://,
gs://, hdfs://, or one passed as `filesystem`), mapped in batches through any backend by actors that each
build the backend once, and written back as JSON Lines (one interchange record per line, as `tradefacts
extract -o` writes) or as the tidy `articles/` and `facts/` Parquet tables. Every row ends with a status:
an unreadable line or row is a `failed` record naming the file and the problem.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import ray
import ray.data
from ray.data.datasource import BlockBasedFileDatasink

from tradefacts.extract.backend import Backend, is_async, unfinished
from tradefacts.extract.io.inputs import jsonl_records
from tradefacts.extract.io.parquet import record_rows, tidy_schemas
from tradefacts.extract.io.records import OPTIONAL_FIELDS, BadInput, Columns, record_document
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, DocStatus, Document

if TYPE_CHECKING:
    import pyarrow.fs

BackendSpec = str | Backend | Callable[[], Backend]
BATCH_SIZE = 64  # documents per batch handed to an actor
BLOCK_BYTES = 256 * 1024  # Ray Data merges a stage's output up to this size: ~50 news articles
# Reading and parsing are light next to extraction: they must not wait for a CPU that the extracting actors
# (one CPU each, as many as the cluster has) hold, or nothing ever reaches the actors.
READ_CPUS = 0
# Documents between the read and the extraction: explicit types, so no batch infers a column as null.
DOCUMENTS = pa.schema([(name, pa.string()) for name in ("id", "text", *OPTIONAL_FIELDS, "unreadable")])
RESULTS = pa.schema([(name, pa.bool_() if name == "unreadable" else pa.string())
                     for name in ("id", "status", "unreadable", "record", "document")])  # fmt: skip


def _document_row(item: Document | BadInput) -> dict[str, Any]:
    if isinstance(item, BadInput):
        return {"id": item.id, "text": "", "unreadable": f"{item.source}: {item.error}"}
    row = item.model_dump(mode="json", include={"id", "text", *OPTIONAL_FIELDS})
    return row | {"unreadable": None}


def _blocks(rows: Iterator[dict[str, Any]], size: int) -> Iterator[pa.Table]:
    """Rows as tables of `size` rows: each becomes a block of its own, so that every actor gets work even
    from a single file (a repartition would wait for a CPU the actors hold)."""
    block: list[dict[str, Any]] = []
    for row in rows:
        block.append(row)
        if len(block) == size:
            yield pa.Table.from_pylist(block, schema=DOCUMENTS)
            block = []
    if block:
        yield pa.Table.from_pylist(block, schema=DOCUMENTS)


def _jsonl_documents(batch: pa.Table, columns: Columns, size: int) -> Iterator[pa.Table]:
    """Whole JSON Lines files (`bytes`, `path`) as document rows, line by line, as the local reader reads them."""
    for data, path in zip(batch.column("bytes").to_pylist(), batch.column("path").to_pylist(), strict=True):
        name = os.path.basename(path)
        yield from _blocks((_document_row(i) for i in jsonl_records(data.splitlines(), name, path, columns)), size)


def _table_documents(batch: pa.Table, columns: Columns, size: int) -> Iterator[pa.Table]:
    """Rows of a table (Parquet, or a dataset given as is) as document rows; a row without an id fails."""
    yield from _blocks((_table_row(record, columns) for record in batch.to_pylist()), size)


def _table_row(record: dict[str, Any], columns: Columns) -> dict[str, Any]:
    where = str(record.get("path") or "dataset")
    content = json.dumps(record, sort_keys=True, default=str).encode()
    position = f"{os.path.basename(where)}:{hashlib.sha256(content).hexdigest()[:12]}"  # no row numbers here
    return _document_row(record_document(record, columns.id or "id", columns, position, where))


def _build(backend: BackendSpec, options: dict[str, Any]) -> Backend:
    if isinstance(backend, str):
        return get_backend(backend, **options)
    if options:
        raise TypeError("options configure a backend given by name")
    if isinstance(backend, type) or not hasattr(backend, "extract"):  # a class or a function that builds one
        return backend()  # type: ignore[operator,return-value]
    return backend  # type: ignore[return-value]


def _as_read(row: dict[str, Any], article: Article) -> str:
    fields = {k: row[k] for k in OPTIONAL_FIELDS if row[k] is not None}
    return json.dumps(fields | ({"text": row["text"]} if row["text"] != article.text else {}))


class _Extract:
    """One actor: the backend, built once, extracting batch after batch."""

    def __init__(
        self, backend: BackendSpec, options: dict[str, Any], max_chars: int, skip: frozenset[str], concurrency: int
    ) -> None:
        self.backend = _build(backend, options)
        self.max_chars, self.skip, self.concurrency = max_chars, skip, concurrency

    def __call__(self, batch: pa.Table) -> pa.Table:
        work: list[Document | Article] = []
        rows = batch.to_pylist()
        for row in rows:
            if row["unreadable"]:
                work.append(Article(id=row["id"], text="", status=DocStatus.failed, error=row["unreadable"]))
                continue
            doc = Document.model_validate({k: v for k, v in row.items() if v is not None and k != "unreadable"})
            work.append(unfinished(doc, DocStatus.skipped, "done in an earlier run") if doc.id in self.skip else doc)
        articles = list(self._extract(work))
        return pa.Table.from_pydict(
            {
                "id": [a.id for a in articles],
                "status": [a.status.value for a in articles],
                "unreadable": [bool(row["unreadable"]) for row in rows],
                "record": [a.model_dump_json(exclude_none=True) for a in articles],
                # the document as read: what a record of it as a duplicate shows (its text only where
                # extraction normalised it, to keep the rows small)
                "document": [_as_read(row, a) for row, a in zip(rows, articles, strict=True)],
            },
            schema=RESULTS,
        )

    def _extract(self, work: list[Document | Article]) -> Iterator[Article]:
        if is_async(self.backend):  # model calls overlap inside the actor, as in one local process
            from tradefacts.extract.io.batch import iterate_stream

            yield from iterate_stream(
                work, self.backend, concurrency=self.concurrency, max_chars=self.max_chars, close_backend=False
            )
            return
        from tradefacts.extract.backend import extract_safely

        for item in work:
            yield item if isinstance(item, Article) else extract_safely(self.backend, item, max_chars=self.max_chars)


def read_documents(
    source: str | list[str] | ray.data.Dataset,
    columns: Columns | None = None,
    filesystem: pyarrow.fs.FileSystem | None = None,
    batch_size: int = BATCH_SIZE,
) -> ray.data.Dataset:
    """Document rows from JSON Lines or Parquet paths (files or folders, any pyarrow filesystem) or a Dataset,
    in blocks of `batch_size` rows."""
    kwargs = {"fn_kwargs": {"columns": columns or Columns(), "size": batch_size}, "batch_format": "pyarrow",
              "num_cpus": READ_CPUS}  # fmt: skip
    if isinstance(source, ray.data.Dataset):
        return source.map_batches(_table_documents, **kwargs)
    paths = [source] if isinstance(source, str) else list(source)
    kinds = {_kind(p) for p in paths}
    if len(kinds) != 1 or None in kinds:
        raise ValueError(f"the ray engine reads .jsonl or .parquet paths, one kind at a time; got {', '.join(paths)}")
    if kinds == {"jsonl"}:
        files = ray.data.read_binary_files(
            paths, include_paths=True, filesystem=filesystem, file_extensions=["jsonl"], num_cpus=READ_CPUS
        )
        return files.map_batches(_jsonl_documents, batch_size=1, **kwargs)
    table = ray.data.read_parquet(paths, include_paths=True, filesystem=filesystem, num_cpus=READ_CPUS)
    return table.map_batches(_table_documents, **kwargs)


def _kind(path: str) -> str | None:
    """`jsonl` or `parquet` by suffix; a folder (no suffix) by the files in it when it is local."""
    for kind in ("jsonl", "parquet"):
        if path.rstrip("/").endswith(f".{kind}"):
            return kind
    if os.path.isdir(path):
        found = {name.rsplit(".", 1)[-1] for _, _, names in os.walk(path) for name in names}
        return next((k for k in ("jsonl", "parquet") if k in found), None)
    return "parquet" if "://" in path else None  # a remote folder: Parquet, the usual layout of a data lake


def extract_dataset(
    dataset: str | list[str] | ray.data.Dataset,
    backend: BackendSpec = "regex",
    *,
    output: str | None = None,
    output_format: str = "jsonl",
    columns: Columns | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    max_chars: int = 0,
    concurrency: int = 8,
    skip: set[str] | frozenset[str] = frozenset(),
    filesystem: pyarrow.fs.FileSystem | None = None,
    **options: Any,
) -> ray.data.Dataset:
    """Map the documents of `dataset` in batches through `backend` on the Ray cluster; in input order.

    `dataset` is a Ray Dataset with `id` and `text` columns (see `columns`) or JSON Lines or Parquet paths.
    `backend` is a registered name (built in each actor with `options`), a picklable backend, or a function
    that builds one. `workers` actors (default: the cluster's CPUs) each extract one batch at a time; model
    backends overlap up to `concurrency` calls inside each. Ids in `skip` are not extracted (a resumed run).

    The result has one row per document: `id`, `status`, `unreadable` and `record` (the interchange JSON).
    With `output`, it is also written there: `jsonl` files of records, or `parquet`: `articles/` and `facts/`.
    """
    if output_format not in ("jsonl", "parquet"):
        raise ValueError(f"output_format is jsonl or parquet, not {output_format!r}")
    documents = read_documents(dataset, columns, filesystem, batch_size)
    documents.context.execution_options.preserve_order = True
    # Small blocks (a batch or so of articles each), even from a single file, so that every actor gets work:
    # a repartition would wait for a CPU that the actors hold.
    documents.context.target_max_block_size = BLOCK_BYTES
    actors = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    results = documents.map_batches(
        _Extract,
        fn_constructor_kwargs={"backend": backend, "options": options, "max_chars": max_chars,
                               "skip": frozenset(skip), "concurrency": concurrency},
        batch_format="pyarrow",
        batch_size=batch_size,
        compute=ray.data.ActorPoolStrategy(size=actors, max_tasks_in_flight_per_actor=1),  # spread the blocks
    )  # fmt: skip
    if output is None:
        return results
    if output_format == "jsonl":
        results.write_datasink(_JsonLinesSink(output, filesystem=filesystem))
        return results
    results = results.materialize()  # extracted once, written as two tables
    articles, facts = tidy_schemas()
    results.map_batches(_tidy, fn_kwargs={"part": 0, "schema": articles}, batch_format="pyarrow").write_parquet(
        f"{output.rstrip('/')}/articles", filesystem=filesystem
    )
    results.map_batches(_tidy, fn_kwargs={"part": 1, "schema": facts}, batch_format="pyarrow").write_parquet(
        f"{output.rstrip('/')}/facts", filesystem=filesystem
    )
    return results


def _tidy(batch: pa.Table, part: int, schema: pa.Schema) -> pa.Table:
    """The batch's records as rows of the articles table (part 0) or the facts table (part 1)."""
    rows: list[dict[str, Any]] = []
    for line in batch.column("record").to_pylist():
        article, facts = record_rows(json.loads(line))
        rows += [article] if part == 0 else facts
    return pa.Table.from_pylist(rows, schema=schema)


class _JsonLinesSink(BlockBasedFileDatasink):
    """Each block as a `.jsonl` file of interchange records, one per line."""

    def __init__(self, path: str, *, filesystem: pyarrow.fs.FileSystem | None = None) -> None:
        super().__init__(path, filesystem=filesystem, file_format="jsonl")

    def write_block_to_file(self, block: Any, file: pyarrow.NativeFile) -> None:
        """Write the block's records."""
        records = block.to_arrow().column("record").to_pylist()
        file.write("".join(r + "\n" for r in records).encode("utf-8"))


def connect() -> None:
    """Join the cluster at `$RAY_ADDRESS`, or start a local one, unless this process is connected already."""
    if not ray.is_initialized():
        ray.init(address=os.environ.get("RAY_ADDRESS") or None, log_to_driver=False)


def extract_paths(
    inputs: list[str],
    backend: BackendSpec,
    columns: Columns,
    *,
    skip: set[str],
    max_chars: int = 0,
    workers: int | None = None,
) -> Iterator[tuple[Article, Document | None]]:
    """Each input document's record, in input order, extracted on the cluster, with the document as it was
    read (None when it could not be read)."""
    connect()
    results = extract_dataset(inputs, backend, columns=columns, skip=skip, max_chars=max_chars, workers=workers)
    for batch in results.iter_batches(batch_format="pyarrow", batch_size=BATCH_SIZE):
        for row in batch.to_pylist():
            article = Article.model_validate_json(row["record"])
            read = None if row["unreadable"] else {"text": article.text, **json.loads(row["document"])}
            yield article, None if read is None else Document(id=article.id, **read)

"""Read documents: `.txt` and `.html` files, directories of them, JSON Lines, Parquet and local Hugging Face datasets.

Every input yields `Document`s, or a `BadInput` naming the document and the problem; nothing is dropped.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extract.backend import Document

HTML_SUFFIXES = (".html", ".htm")
FILE_SUFFIXES = (".txt", ".jsonl", ".parquet", *HTML_SUFFIXES)
OPTIONAL_FIELDS = ("title", "publisher", "published")


@dataclass
class BadInput:
    """A document that could not be read, with where and why."""

    id: str
    source: str
    error: str


@dataclass(frozen=True)
class Columns:
    """Which record fields hold the id and the text.

    `id=None` means `id` when the table has that column, else the row's position (`name:row`).
    An id column named explicitly must exist.
    """

    id: str | None = None
    text: str = "text"

    def wanted(self, names: list[str]) -> list[str]:
        """The columns of `names` a Document is built from, so that other columns are never read."""
        return [c for c in dict.fromkeys((self.id or "id", self.text, *OPTIONAL_FIELDS)) if c in names]


def record_document(
    record: dict[str, Any], id_column: str | None, columns: Columns, position: str, where: str
) -> Document | BadInput:
    """One record as a Document, the id taken from `id_column` (or `position` when None); else a BadInput."""
    raw_id = position if id_column is None else record.get(id_column)
    doc_id = str(raw_id) if isinstance(raw_id, int | str) and not isinstance(raw_id, bool) else None
    if not doc_id:
        return BadInput(position, where, f"field {id_column}: missing or not a string")
    if not isinstance(record.get(columns.text), str):
        return BadInput(doc_id, where, f"field {columns.text}: missing or not a string")
    data = {k: record[k] for k in OPTIONAL_FIELDS if record.get(k) is not None}
    try:
        return Document(id=doc_id, text=record[columns.text], **data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        return BadInput(doc_id, where, f"field {field}: {first['msg']}")


def read_table(
    name: str, names: list[str], batches: Iterable[list[dict[str, Any]]], columns: Columns, where: str
) -> Iterator[Document | BadInput]:
    """Rows of a table with column `names`; a missing text or named id column fails the table once, not per row."""
    missing = [c for c in (columns.text, columns.id) if c is not None and c not in names]
    if missing:
        yield BadInput(
            name, where, f"no column {missing[0]!r} (columns: {', '.join(names)}); see --text-column/--id-column"
        )
        return
    id_column = columns.id or ("id" if "id" in names else None)
    row = 0
    for batch in batches:
        for record in batch:
            yield record_document(record, id_column, columns, f"{name}:{row}", f"{where} row {row}")
            row += 1


def _read_txt(path: Path) -> Document | BadInput:
    try:
        return Document(id=path.stem, text=path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadInput(path.stem, str(path), f"invalid UTF-8 at byte {exc.start}")
    except OSError as exc:
        return BadInput(path.stem, str(path), f"cannot read: {exc.strerror}")


def _read_jsonl(path: Path, columns: Columns) -> Iterator[Document | BadInput]:
    id_column = columns.id or "id"
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            where, position = f"{path}:{lineno}", f"{path.name}:{lineno}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield BadInput(position, where, f"invalid UTF-8 at byte {exc.start}")
                continue
            except json.JSONDecodeError as exc:
                yield BadInput(position, where, f"not valid JSON: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield BadInput(position, where, f"expected a JSON object with {id_column} and {columns.text}")
                continue
            yield record_document(record, id_column, columns, position, where)


def _read_parquet(path: Path, columns: Columns) -> Iterator[Document | BadInput]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield BadInput(path.stem, str(path), "Parquet input needs pyarrow: pip install 'tradefacts[parquet]'")
        return
    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    wanted = columns.wanted(names)
    batches = (b.to_pylist() for b in parquet.iter_batches(batch_size=1024, columns=wanted))
    yield from read_table(path.name, names, batches, columns, str(path))


def _read_directory(path: Path, columns: Columns, split: str | None) -> Iterator[Document | BadInput]:
    from extract.input_formats import is_hf_dataset, read_hf_dataset

    if is_hf_dataset(path):
        yield from read_hf_dataset(path, columns, split)
        return
    others: Counter[str] = Counter()
    for child in sorted(path.iterdir()):
        if child.is_file() and child.suffix in FILE_SUFFIXES:
            yield from _read_file(child, columns)
        elif not child.name.startswith("."):
            others[child.suffix or ("folder" if child.is_dir() else "no suffix")] += 1
    if others:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(others.items()))
        print(f"tradefacts extract: {path}: not read (not an input kind): {kinds}", file=sys.stderr)


def _read_file(path: Path, columns: Columns) -> Iterator[Document | BadInput]:
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path, columns)
    elif path.suffix == ".parquet":
        yield from _read_parquet(path, columns)
    elif path.suffix in HTML_SUFFIXES:
        from extract.input_formats import read_html

        yield read_html(path)
    else:
        yield _read_txt(path)


def read_inputs(
    paths: list[Path], columns: Columns | None = None, split: str | None = None
) -> Iterator[Document | BadInput]:
    """Documents from every input, in order; unreadable ones come back as `BadInput`, never silently dropped."""
    columns = columns or Columns()
    for path in paths:
        if path.is_dir():
            yield from _read_directory(path, columns, split)
        elif path.is_file():
            yield from _read_file(path, columns)
        else:
            yield BadInput(path.stem, str(path), "no such file or directory")

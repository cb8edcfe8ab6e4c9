"""Read documents: `.txt` and `.html` files, directories of them, JSON Lines, CSV/TSV, Parquet, local Hugging Face
datasets, and standard input (`-`: JSON Lines, or one text).

Every input yields `Document`s, or a `BadInput` naming the document and the problem; nothing is dropped. A file
named explicitly whose kind is unknown is a `BadInput` too, never read as text.
"""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from tradefacts.extract.io.formats import is_hf_dataset, read_hf_dataset, read_html
from tradefacts.extract.io.records import BadInput, Columns, read_table, record_document
from tradefacts.schemas import Document

HTML_SUFFIXES = (".html", ".htm")
DELIMITERS = {".csv": ",", ".tsv": "\t"}
FILE_SUFFIXES = (".txt", ".jsonl", ".parquet", *DELIMITERS, *HTML_SUFFIXES)
STDIN = "-"


def _read_txt(path: Path, doc_id: str) -> Document | BadInput:
    try:
        return Document(id=doc_id, text=path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadInput(doc_id, str(path), f"invalid UTF-8 at byte {exc.start}")
    except OSError as exc:
        return BadInput(doc_id, str(path), f"cannot read: {exc.strerror}")


def _read_jsonl(path: Path, name: str, columns: Columns) -> Iterator[Document | BadInput]:
    with path.open("rb") as handle:
        yield from _jsonl_records(handle, name, str(path), columns)


def _jsonl_records(
    lines: Iterable[bytes], name: str, where_name: str, columns: Columns
) -> Iterator[Document | BadInput]:
    id_column = columns.id or "id"
    for lineno, raw in enumerate(lines, 1):
        where, position = f"{where_name}:{lineno}", f"{name}:{lineno}"
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


def _read_stdin(columns: Columns) -> Iterator[Document | BadInput]:
    """Standard input: JSON Lines when it starts with `{`, else one text document with id `stdin`."""
    data = sys.stdin.buffer.read()
    if data.lstrip().startswith(b"{"):
        yield from _jsonl_records(data.splitlines(), "stdin", "<stdin>", columns)
        return
    try:
        yield Document(id="stdin", text=data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield BadInput("stdin", "<stdin>", f"invalid UTF-8 at byte {exc.start}")


def _read_delimited(path: Path, name: str, columns: Columns) -> Iterator[Document | BadInput]:
    """A CSV or TSV table with a header row; its columns map as a Parquet table's do."""
    csv.field_size_limit(2**31 - 1)  # an article is one field, often over the default 128 KB
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter=DELIMITERS[path.suffix])
            names = list(reader.fieldnames or [])
            rows = ({k: v or None for k, v in row.items()} for row in reader)  # an empty cell is a missing value
            batches = iter(lambda: list(itertools.islice(rows, 1024)), [])
            yield from read_table(name, names, batches, columns, str(path))
    except UnicodeDecodeError as exc:
        yield BadInput(name, str(path), f"invalid UTF-8 at byte {exc.start}")
    except csv.Error as exc:
        yield BadInput(name, str(path), f"not valid {path.suffix[1:].upper()}: {exc}")


def _read_parquet(path: Path, name: str, columns: Columns) -> Iterator[Document | BadInput]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield BadInput(name, str(path), "Parquet input needs pyarrow: pip install 'tradefacts[parquet]'")
        return
    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    wanted = columns.wanted(names)
    batches = (b.to_pylist() for b in parquet.iter_batches(batch_size=1024, columns=wanted))
    yield from read_table(name, names, batches, columns, str(path))


def _read_directory(path: Path, columns: Columns, split: str | None, prefix: str = "") -> Iterator[Document | BadInput]:
    """Every input file under `path`, folders included, in name order; ids of nested files keep their folders."""
    if is_hf_dataset(path):
        yield from read_hf_dataset(path, columns, split, prefix + path.name)
        return
    others: Counter[str] = Counter()
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _read_directory(child, columns, split, f"{prefix}{child.name}/")
        elif child.suffix in FILE_SUFFIXES:
            yield from _read_file(child, columns, prefix)
        else:
            others[child.suffix or "no suffix"] += 1
    if others:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(others.items()))
        print(f"tradefacts extract: {path}: not read (not an input kind): {kinds}", file=sys.stderr)


def _read_file(path: Path, columns: Columns, prefix: str = "") -> Iterator[Document | BadInput]:
    """One input file; a document's id is its name without suffix, after `prefix` (the folders below the input)."""
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path, prefix + path.name, columns)
    elif path.suffix == ".parquet":
        yield from _read_parquet(path, prefix + path.name, columns)
    elif path.suffix in DELIMITERS:
        yield from _read_delimited(path, prefix + path.name, columns)
    elif path.suffix in HTML_SUFFIXES:
        yield read_html(path, prefix + path.stem)
    elif path.suffix == ".txt":
        yield _read_txt(path, prefix + path.stem)
    else:
        yield BadInput(prefix + path.name, str(path), unknown_kind(path) or "")


def unknown_kind(path: Path) -> str | None:
    """Why a file named as an input cannot be read (its kind is unknown), or None when it can."""
    if path.suffix in FILE_SUFFIXES or str(path) == STDIN or not path.is_file():
        return None
    kind = f"kind {path.suffix!r}" if path.suffix else "kind (no suffix)"
    return f"unknown input {kind}; expected {', '.join(FILE_SUFFIXES)}, a directory or -"


def read_inputs(
    paths: list[Path], columns: Columns | None = None, split: str | None = None
) -> Iterator[Document | BadInput]:
    """Documents from every input, in order; unreadable ones come back as `BadInput`, never silently dropped."""
    columns = columns or Columns()
    for path in paths:
        if str(path) == STDIN:
            yield from _read_stdin(columns)
        elif path.is_dir():
            yield from _read_directory(path, columns, split)
        elif path.is_file():
            yield from _read_file(path, columns)
        else:
            yield BadInput(path.stem, str(path), "no such file or directory")

"""Read documents from `.txt` files, directories of them, JSON Lines and Parquet with `id` and `text`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from extract.backend import Document


@dataclass
class BadInput:
    """A document that could not be read, with where and why."""

    id: str
    source: str
    error: str


def _document(record: dict, fallback_id: str, where: str) -> Document | BadInput:
    """A record with id and text as a Document, or a BadInput naming the field at fault."""
    try:
        return Document.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        return BadInput(str(record.get("id") or fallback_id), where, f"field {field}: {first['msg']}")


def _read_txt(path: Path) -> Document | BadInput:
    try:
        return Document(id=path.stem, text=path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadInput(path.stem, str(path), f"invalid UTF-8 at byte {exc.start}")
    except OSError as exc:
        return BadInput(path.stem, str(path), f"cannot read: {exc.strerror}")


def _read_jsonl(path: Path) -> Iterator[Document | BadInput]:
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield BadInput(f"{path.name}:{lineno}", where, f"invalid UTF-8 at byte {exc.start}")
                continue
            except json.JSONDecodeError as exc:
                yield BadInput(f"{path.name}:{lineno}", where, f"not valid JSON: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield BadInput(f"{path.name}:{lineno}", where, "expected a JSON object with id and text")
                continue
            yield _document(record, f"{path.name}:{lineno}", where)


def _read_parquet(path: Path) -> Iterator[Document | BadInput]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield BadInput(path.stem, str(path), "Parquet input needs pyarrow: pip install 'tradefacts[parquet]'")
        return
    row = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            yield _document(record, f"{path.name}:{row}", f"{path} row {row}")
            row += 1


def read_inputs(paths: list[Path]) -> Iterator[Document | BadInput]:
    """Documents from every input, in order; unreadable ones come back as `BadInput`, never silently dropped."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.suffix == ".txt":
                    yield _read_txt(child)
                elif child.suffix == ".jsonl":
                    yield from _read_jsonl(child)
        elif path.suffix == ".jsonl":
            yield from _read_jsonl(path)
        elif path.suffix == ".parquet":
            yield from _read_parquet(path)
        elif path.is_file():
            yield _read_txt(path)
        else:
            yield BadInput(path.stem, str(path), "no such file or directory")

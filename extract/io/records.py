"""Records to Documents: the id and text columns, optional metadata, and a `BadInput` for what cannot be read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from tradefacts.extract.io.encoding import escaped, surrogate_problem
from tradefacts.schemas import Document

OPTIONAL_FIELDS = ("title", "publisher", "published")


@dataclass
class BadInput:
    """A document that could not be read, with where and why."""

    id: str
    source: str
    error: str

    def __post_init__(self) -> None:
        # the id and the path may carry what cannot be written (a file name's bytes, a lone surrogate): escape it;
        # the id is stripped as a record's is, and an id of spaces gives way to where the document was
        self.source, self.error = escaped(self.source), escaped(self.error)
        self.id = escaped(self.id).strip() or self.source


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
    if not doc_id or not doc_id.strip():  # and a lone surrogate elsewhere: both problems named
        also = surrogate_problem(record, (columns.text, *OPTIONAL_FIELDS))
        problem = f"field {id_column}: missing, blank or not a string"
        return BadInput(position, where, f"{problem}; {also}" if also else problem)
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

"""Read documents: `.txt` and `.html` files, directories of them, JSON Lines, CSV/TSV, Parquet, local Hugging Face
datasets, and standard input (`-`: JSON Lines, or one text).

Every input yields `Document`s, or a `BadInput` naming the document and the problem; nothing is dropped. A file
named explicitly whose kind is unknown is a `BadInput` too, never read as text.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tradefacts.extract.io.encoding import bom_encoding, decode_problem, decode_text, escaped
from tradefacts.extract.io.formats import is_hf_dataset, read_hf_dataset, read_html
from tradefacts.extract.io.records import BadInput, Columns, read_table, record_document
from tradefacts.schemas import Document

HTML_SUFFIXES = (".html", ".htm")
DELIMITERS = {".csv": ",", ".tsv": "\t"}
FILE_SUFFIXES = (".txt", ".jsonl", ".parquet", *DELIMITERS, *HTML_SUFFIXES)
STDIN = "-"


def _read_txt(path: Path, doc_id: str) -> Document | BadInput:
    try:
        return Document(id=doc_id, text=decode_text(path.read_bytes()))
    except ValueError as exc:
        return BadInput(doc_id, str(path), str(exc))
    except OSError as exc:
        return BadInput(doc_id, str(path), f"cannot read: {exc.strerror}")


def _read_jsonl(path: Path, name: str, columns: Columns) -> Iterator[Document | BadInput]:
    for line in _jsonl_lines(path, name):
        item = line if isinstance(line, BadInput) else _line_document(*line, str(path), name, columns)
        if item is not None:
            yield item


def _jsonl_lines(path: Path, name: str) -> Iterator[tuple[bytes | str, int] | BadInput]:
    """Numbered lines: bytes of UTF-8 files (one undecodable line costs only its document), text of UTF-16/32."""
    with path.open("rb") as handle:
        encoding = bom_encoding(handle.read(4))
        handle.seek(0)
        if encoding == "UTF-8":
            yield from ((raw, lineno) for lineno, raw in enumerate(handle, 1))
            return
        lineno = 0
        try:
            for lineno, line in enumerate(io.TextIOWrapper(handle, encoding=encoding, newline=""), 1):
                yield line, lineno
        except UnicodeDecodeError as exc:  # UTF-16 has no line boundaries to resynchronise on: stop, and say so
            problem = f"invalid {encoding} after line {lineno}: {exc.reason}; the rest of the file is not read"
            yield BadInput(f"{name}:{lineno + 1}", f"{path}:{lineno + 1}", problem)


def jsonl_records(
    lines: Iterable[bytes | str], name: str, where_name: str, columns: Columns
) -> Iterator[Document | BadInput]:
    """Documents of numbered lines (standard input's, a file read whole by the Ray engine); blank lines are none."""
    for lineno, raw in enumerate(lines, 1):
        if (item := _line_document(raw, lineno, where_name, name, columns)) is not None:
            yield item


def _line_document(
    raw: bytes | str, lineno: int, where_name: str, name: str, columns: Columns
) -> Document | BadInput | None:
    """One JSON Lines record as a Document, or a BadInput naming the line; None for a blank line."""
    where, position = f"{where_name}:{lineno}", f"{name}:{lineno}"
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            return BadInput(position, where, decode_problem(exc, raw, "UTF-8"))
    if not raw.strip(" \t\r\n"):  # JSON's whitespace: any other character makes the line a (broken) record
        return None
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return BadInput(position, where, f"not valid JSON: {exc.msg}")
    id_column = columns.id or "id"
    if not isinstance(record, dict):
        return BadInput(position, where, f"expected a JSON object with {id_column} and {columns.text}")
    return record_document(record, id_column, columns, position, where)


def _read_stdin(columns: Columns) -> Iterator[Document | BadInput]:
    """Standard input: JSON Lines when it starts with `{`, else one text document with id `stdin`."""
    data = sys.stdin.buffer.read()
    lines: list[bytes] | list[str] = data.removeprefix(codecs.BOM_UTF8).splitlines()
    if bom_encoding(data[:4]) in ("UTF-16", "UTF-32"):
        try:
            lines = decode_text(data).split("\n")
        except ValueError as exc:
            yield BadInput("stdin", "<stdin>", str(exc))
            return
    if lines and lines[0].lstrip().startswith(b"{" if isinstance(lines[0], bytes) else "{"):
        yield from jsonl_records(lines, "stdin", "<stdin>", columns)
        return
    try:
        yield Document(id="stdin", text=decode_text(data))
    except ValueError as exc:
        yield BadInput("stdin", "<stdin>", str(exc))


def _read_delimited(path: Path, name: str, columns: Columns) -> Iterator[Document | BadInput]:
    """A CSV or TSV table with a header row; its columns map as a Parquet table's do."""
    csv.field_size_limit(2**31 - 1)  # an article is one field, often over the default 128 KB
    try:
        with path.open("rb") as raw:
            encoding = bom_encoding(raw.read(4))
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.DictReader(handle, delimiter=DELIMITERS[path.suffix])
            names = list(reader.fieldnames or [])
            rows = ({k: v or None for k, v in row.items()} for row in reader)  # an empty cell is a missing value
            batches = iter(lambda: list(itertools.islice(rows, 1024)), [])
            yield from read_table(name, names, batches, columns, str(path))
    except UnicodeDecodeError as exc:
        yield BadInput(name, str(path), f"invalid {encoding.removesuffix('-SIG')}: {exc.reason}")
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


@dataclass
class _Walk:
    """One reading of the inputs: how records map to documents, the folders already walked, the files left out."""

    columns: Columns
    split: str | None
    exclude: frozenset[Path]
    roots: frozenset[Path]  # the input directories, resolved: a link into one is walked as itself, not twice
    walked: set[Path] = field(default_factory=set)

    def leads_back(self, link: Path) -> Path | None:
        """Where a link to a directory leads when following it would walk a folder twice (a loop, a second way into
        an input directory); None when it leads somewhere new."""
        target = link.resolve()
        inside = any(target == root or root in target.parents for root in self.roots)
        return target if inside or target in self.walked else None


def _read_directory(path: Path, walk: _Walk, prefix: str = "") -> Iterator[Document | BadInput]:
    """Every input file under `path`, folders included, in name order; ids of nested files keep their folders.

    A link to a folder is not followed when it leads into an input directory (which is walked as itself) or to a
    folder already walked (a loop); the run's own output files are left out; each is said on stderr.
    """
    walk.walked.add(path.resolve())
    if is_hf_dataset(path):
        yield from read_hf_dataset(path, walk.columns, walk.split, prefix + escaped(path.name))
        return
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        yield BadInput(prefix + path.name, str(path), f"cannot read the directory: {exc.strerror}")
        return
    others: Counter[str] = Counter()
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if child.is_symlink() and (target := walk.leads_back(child)):
                _say(f"{child}: not followed: the link leads to {target}, which the walk reads as itself")
            else:
                yield from _read_directory(child, walk, f"{prefix}{escaped(child.name)}/")
        elif walk.exclude and child.resolve() in walk.exclude:
            _say(f"{child}: left out: it is an output of this run")
        elif child.suffix not in FILE_SUFFIXES:
            others[child.suffix or "no suffix"] += 1
        else:
            yield from _read_file(child, walk.columns, prefix)
    if others:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(others.items()))
        _say(f"{path}: not read (not an input kind): {kinds}")


def _say(message: str) -> None:
    print(f"tradefacts extract: {escaped(message)}", file=sys.stderr)


def _read_file(path: Path, columns: Columns, prefix: str = "") -> Iterator[Document | BadInput]:
    """One input file; a document's id is its name without suffix, after `prefix` (the folders below the input)."""
    name, stem = prefix + escaped(path.name), prefix + escaped(path.stem)
    if path.suffix == ".jsonl":
        yield from _read_jsonl(path, name, columns)
    elif path.suffix == ".parquet":
        yield from _read_parquet(path, name, columns)
    elif path.suffix in DELIMITERS:
        yield from _read_delimited(path, name, columns)
    elif path.suffix in HTML_SUFFIXES:
        yield read_html(path, stem)
    elif path.suffix == ".txt":
        yield _read_txt(path, stem)
    else:
        yield BadInput(name, str(path), unknown_kind(path) or "")


def unknown_kind(path: Path) -> str | None:
    """Why a file named as an input cannot be read (its kind is unknown), or None when it can."""
    if path.suffix in FILE_SUFFIXES or str(path) == STDIN or not path.is_file():
        return None
    kind = f"kind {path.suffix!r}" if path.suffix else "kind (no suffix)"
    return f"unknown input {kind}; expected {', '.join(FILE_SUFFIXES)}, a directory or -"


def read_inputs(
    paths: list[Path], columns: Columns | None = None, split: str | None = None, exclude: Iterable[Path] = ()
) -> Iterator[Document | BadInput]:
    """Documents from every input, in order; unreadable ones come back as `BadInput`, never silently dropped.

    Files in `exclude` (the run's own outputs) are left out of directory walks.
    """
    roots = frozenset(p.resolve() for p in paths if p.is_dir())
    walk = _Walk(columns or Columns(), split, frozenset(p.resolve() for p in exclude), roots)
    for path in paths:
        if str(path) == STDIN:
            yield from _read_stdin(walk.columns)
        elif path.is_dir() and path.resolve() in walk.walked:
            _say(f"{path}: not read again: the walk has read it already")
        elif path.is_dir():
            yield from _read_directory(path, walk)
        elif path.is_file():
            yield from _read_file(path, walk.columns)
        else:
            yield BadInput(path.stem, str(path), "no such file or directory")

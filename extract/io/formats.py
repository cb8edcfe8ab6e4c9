"""Inputs that need an optional library: HTML pages (`trafilatura`) and local Hugging Face datasets (`datasets`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from tradefacts.extract.io.records import BadInput, Columns, read_table
from tradefacts.schemas import Document

_SAVED_MARKERS = ("dataset_dict.json", "state.json")
_DATA_FILE_SUFFIXES = {".parquet", ".jsonl", ".json", ".csv", ".arrow"}


def read_html(path: Path, doc_id: str) -> Document | BadInput:
    """An HTML page reduced to its article text by trafilatura; the facts' offsets refer to that text."""
    try:
        import trafilatura
    except ImportError:
        return BadInput(doc_id, str(path), "HTML input needs trafilatura: pip install 'tradefacts[html]'")
    try:
        page = trafilatura.bare_extraction(
            path.read_bytes(),
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except OSError as exc:
        return BadInput(doc_id, str(path), f"cannot read: {exc.strerror}")
    if page is None or not (page.text or "").strip():
        return BadInput(doc_id, str(path), "no article text found in the HTML")
    published = None
    with suppress(ValueError):  # a date trafilatura could not normalise is left out, not guessed
        published = date.fromisoformat(page.date[:10]) if page.date else None
    return Document(id=doc_id, text=page.text, title=page.title, publisher=page.sitename, published=published)


def is_hf_dataset(path: Path) -> bool:
    """A folder from `save_to_disk`, or a dataset of data files: a `data/` folder of them, or a dataset card
    (README.md) whose front matter declares `configs` or `dataset_info`."""
    if _saved(path):
        return True
    data = path / "data"
    if data.is_dir() and any(p.suffix in _DATA_FILE_SUFFIXES for p in data.rglob("*")):
        return True
    card = path / "README.md"  # a dataset card declares its files; any other README is just a README
    if not card.is_file():
        return False
    head = card.read_text(encoding="utf-8", errors="replace")
    front = head.split("---", 2)[1] if head.startswith("---") and head.count("---") >= 2 else ""
    return any(line.startswith(("configs:", "dataset_info:")) for line in front.splitlines())


def _saved(path: Path) -> bool:
    """Whether `path` was written by `save_to_disk` (a Dataset or a DatasetDict)."""
    return any((path / marker).is_file() for marker in _SAVED_MARKERS)


def read_hf_dataset(path: Path, columns: Columns, split: str | None, name: str) -> Iterator[Document | BadInput]:
    """Rows of a local dataset named `name`, split by split (or only `split`); nothing is fetched from the Hub."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local path must never turn into a download
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    try:
        import datasets
    except ImportError:
        yield BadInput(name, str(path), "dataset input needs datasets: pip install 'tradefacts[hf]'")
        return
    try:
        loaded = datasets.load_from_disk(str(path)) if _saved(path) else datasets.load_dataset(str(path))
    except Exception as exc:  # datasets raises many kinds for a malformed folder; all mean "cannot read it"
        yield BadInput(name, str(path), f"cannot load the dataset: {type(exc).__name__}: {exc}")
        return
    splits = dict(loaded) if isinstance(loaded, datasets.DatasetDict) else {None: loaded}
    if split is not None:
        if split not in splits:
            yield BadInput(name, str(path), f"no split {split!r} (splits: {', '.join(map(str, splits))})")
            return
        splits = {split: splits[split]}
    for split_name, table in splits.items():
        label = name if split_name is None else f"{name}/{split_name}"
        wanted = columns.wanted(table.column_names)
        batches = (_rows(batch) for batch in table.select_columns(wanted).iter(batch_size=1024))
        yield from read_table(
            label, table.column_names, batches, columns, f"{path} split {split_name}" if split_name else str(path)
        )


def _rows(batch: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """A columnar batch as a list of records."""
    return [dict(zip(batch, values, strict=True)) for values in zip(*batch.values(), strict=True)]

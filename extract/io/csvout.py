"""`extract --format csv`: one row per fact, the columns of the tidy facts table (see `parquet.FACT_COLUMNS`)."""

from __future__ import annotations

import csv
from typing import TextIO

from tradefacts.extract.io.parquet import FACT_COLUMNS, record_rows
from tradefacts.schemas import Article


class FactsCSV:
    """Writes each article's facts as CSV rows as they come; a document without facts writes no row."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self._writer = csv.DictWriter(handle, fieldnames=list(FACT_COLUMNS))
        self._writer.writeheader()

    def append(self, article: Article) -> None:
        """Write one article's facts."""
        _, facts = record_rows(article.model_dump(mode="json"))
        self._writer.writerows(facts)
        self.handle.flush()

"""`score`: predictions against gold, from files or from articles in memory; `reconcile`: runs as one table of
observations (the public API's verbs over extraction output)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tradefacts.eval.loading import Run, load_gold, load_run
from tradefacts.eval.metrics import DEFAULT_RESAMPLES, score_run
from tradefacts.eval.reconcile import Reconciled, reconcile_files, summary, write_parquet
from tradefacts.schemas import Article


def _as_run(source: str | Path | Iterable[Article], *, gold: bool) -> Run:
    if isinstance(source, str | Path):
        return load_gold([Path(source)]) if gold else load_run(Path(source), lenient_facts=True)
    articles = list(source)
    return Run(Path("<memory>"), {a.id: a for a in articles})


def score(
    gold: str | Path | Iterable[Article],
    predictions: str | Path | Iterable[Article],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> dict[str, Any]:
    """Score predictions against gold (files or articles): strict, identity and value P/R/F1, fields, errors.

    The same numbers `tradefacts eval` writes to results.json, e.g. `score(...)["strict"]["micro"]["f1"]`.
    """
    return score_run(_as_run(gold, gold=True), _as_run(predictions, gold=False), resamples=resamples, seed=seed).metrics


def reconcile(*runs: str | Path, output: str | Path | None = None) -> Reconciled:
    """Group the facts of run files (extract's JSONL) by observation, across articles and runs.

    Every source is kept; each observation is `agreed` or `conflicting` (values that disagree beyond rounding),
    and no value is chosen. With `output`, also writes the Parquet table there and its Markdown summary beside it
    (`observations.parquet` → `observations.md`). E.g. `reconcile("a.jsonl", "b.jsonl").observations[0].status`.
    """
    reconciled = reconcile_files(Path(r) for r in runs)
    if output is not None:
        write_parquet(reconciled, Path(output))
        summary_path(Path(output)).write_text(summary(reconciled), encoding="utf-8")
    return reconciled


def summary_path(output: Path) -> Path:
    """Where reconcile writes its Markdown summary: beside the Parquet table, `.md` for `.parquet`."""
    return output.with_suffix(".md")

"""`score`: predictions against gold, from files or from articles in memory (the public API's scoring verb)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tradefacts.eval.loading import Run, load_gold, load_run
from tradefacts.eval.metrics import DEFAULT_RESAMPLES, score_run
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

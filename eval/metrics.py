"""Score a prediction run against gold: per-article alignment, aggregate metrics, bootstrap intervals."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from tradefacts.eval.align import SCORED_FIELDS, Alignment, align, dedupe, value_hits
from tradefacts.eval.loading import InvalidFact, Run
from tradefacts.eval.normalize import phrase_key, place_key, text_equal
from tradefacts.eval.runstats import run_stats
from tradefacts.schemas import Article, Fact, Identity, grounding_problems

METADATA_FIELDS = ("title", "publisher", "published")
DEFAULT_RESAMPLES = 1000


def scoring_identity(fact: Fact) -> Identity:
    """`Fact.identity()` with names normalised, so "US" and "United States" count as one observation."""
    ident = fact.identity()
    return ident._replace(
        area=place_key(fact.area) or "",
        partner=place_key(fact.partner),
        product=phrase_key(fact.product),
        segment=phrase_key(fact.segment),
    )


@dataclass
class ArticleScore:
    """Everything the scorer found in one article."""

    id: str
    gold: list[Fact]
    pred: list[Fact]
    alignment: Alignment
    duplicates: list[Fact]
    ungrounded: list[tuple[Fact, list[str]]]
    invalid: list[InvalidFact]
    metadata: dict[str, bool]
    predicted: bool
    value_hits: int

    @property
    def strict_tp(self) -> int:
        """Aligned pairs with every scored field right."""
        return sum(p.strict for p in self.alignment.pairs)

    @property
    def identity_tp(self) -> int:
        """Aligned pairs with every identity field right."""
        return sum(p.identity for p in self.alignment.pairs)


def score_article(gold: Article, pred: Article | None, invalid: list[InvalidFact]) -> ArticleScore:
    """Deduplicate, ground-check and align one article's predictions against its gold."""
    raw = pred.facts if pred else []
    facts, dupes = dedupe(raw, scoring_identity)
    text = pred.text if pred and pred.text else gold.text
    ungrounded = [(f, probs) for f in raw if (probs := grounding_problems(f, text))]
    metadata = {
        name: bool(pred) and text_equal(str(getattr(gold, name)), str(getattr(pred, name))) for name in METADATA_FIELDS
    }
    return ArticleScore(
        gold.id,
        gold.facts,
        facts,
        align(gold.facts, facts),
        dupes,
        ungrounded,
        invalid,
        metadata,
        pred is not None,
        value_hits(gold.facts, facts),
    )


def prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    """Precision, recall, F1; an empty side scores 1.0 only when both are empty."""
    p = tp / n_pred if n_pred else float(n_gold == 0)
    r = tp / n_gold if n_gold else float(n_pred == 0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


@dataclass
class RunScore:
    """A whole run scored: per-article results plus aggregates."""

    articles: list[ArticleScore]
    unknown_ids: list[str]
    fact_records: int
    rejected_reasons: list[str] = field(default_factory=list)  # of facts the extractor's verification rejected
    flag_kinds: list[str] = field(default_factory=list)  # the consistency flags on the scored articles
    metrics: dict[str, object] = field(default_factory=dict)

    def counts(self, kind: str) -> np.ndarray:
        """Per-article (tp, n_pred, n_gold) for `kind` in strict, identity, value."""
        tp = {"strict": "strict_tp", "identity": "identity_tp", "value": "value_hits"}[kind]
        return np.array([[getattr(a, tp), len(a.pred), len(a.gold)] for a in self.articles], dtype=float)


def _level(counts: np.ndarray) -> dict[str, object]:
    tp, n_pred, n_gold = counts.sum(axis=0) if len(counts) else (0.0, 0.0, 0.0)
    per_article = [prf(*row) for row in counts]
    macro = {
        k: float(np.mean([m[k] for m in per_article])) if per_article else 0.0 for k in ("precision", "recall", "f1")
    }
    return {
        "micro": prf(tp, n_pred, n_gold),
        "macro": macro,
        "support": {"tp": int(tp), "pred": int(n_pred), "gold": int(n_gold)},
    }


def bootstrap_f1(counts: np.ndarray, resamples: int, seed: int) -> np.ndarray:
    """Micro P, R, F1 of `resamples` article resamples, shape (resamples, 3)."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(counts), size=(resamples, len(counts)))
    sums = counts[idx].sum(axis=1)
    tp, n_pred, n_gold = sums[:, 0], sums[:, 1], sums[:, 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(n_pred > 0, tp / n_pred, (n_gold == 0).astype(float))
        r = np.where(n_gold > 0, tp / n_gold, (n_pred == 0).astype(float))
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    return np.stack([p, r, f], axis=1)


def interval(samples: np.ndarray) -> list[float]:
    """The 95% percentile interval."""
    return [float(np.percentile(samples, 2.5)), float(np.percentile(samples, 97.5))]


def score_run(gold: Run, pred: Run, *, resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> RunScore:
    """Score every gold article (a missing prediction scores as empty) and aggregate."""
    if resamples < 1:
        raise ValueError(f"resamples must be at least 1 (the 95% intervals need a bootstrap), got {resamples}")
    invalid_by_article: dict[str, list[InvalidFact]] = {}
    for bad in pred.invalid:
        invalid_by_article.setdefault(bad.article, []).append(bad)
    ids = sorted(gold.articles)
    articles = [score_article(gold.articles[i], pred.articles.get(i), invalid_by_article.get(i, [])) for i in ids]
    unknown = sorted(set(pred.articles) - set(gold.articles))
    scored = [pred.articles[i] for i in ids if i in pred.articles]
    rejected = [r.reason for a in scored for r in a.rejected]
    flags = [f.kind.value for a in scored for f in a.flags]
    run = RunScore(articles, unknown, pred.fact_records, rejected, flags)
    run.metrics = summarise(run, resamples=resamples, seed=seed)
    run.metrics["operations"] = run_stats(pred.articles[i] for i in ids if i in pred.articles)
    return run


def _level_with_intervals(counts: np.ndarray, resamples: int, seed: int) -> dict[str, object]:
    """`_level` plus 95% bootstrap intervals (articles resampled) of micro P, R and F1."""
    level = _level(counts)
    boot = bootstrap_f1(counts, resamples, seed) if len(counts) else np.zeros((1, 3))
    level["ci95"] = {k: interval(boot[:, i]) for i, k in enumerate(("precision", "recall", "f1"))}
    level["ci95"]["resamples"], level["ci95"]["seed"] = resamples, seed
    return level


def field_prf(articles: list[ArticleScore]) -> dict[str, dict[str, object]]:
    """Per-field P/R/F1 over every fact, aligned or not: a field stated (non-null) in a prediction is right when
    the fact aligns with a gold fact and the field agrees; recall counts gold facts whose field is stated.
    A field the extractor often leaves out loses recall; one it invents where gold has none loses precision."""
    out: dict[str, dict[str, object]] = {}
    for f in SCORED_FIELDS:
        tp = sum(p.fields[f] and getattr(a.pred[p.pred], f) is not None for a in articles for p in a.alignment.pairs)
        n_pred = sum(getattr(x, f) is not None for a in articles for x in a.pred)
        n_gold = sum(getattr(x, f) is not None for a in articles for x in a.gold)
        out[f] = prf(tp, n_pred, n_gold) | {"support": {"tp": tp, "pred": n_pred, "gold": n_gold}}
    return out


def summarise(run: RunScore, *, resamples: int, seed: int) -> dict[str, object]:
    """Every aggregate metric of a scored run, with supports and intervals."""
    arts = run.articles
    pairs = [p for a in arts for p in a.alignment.pairs]
    strict = _level_with_intervals(run.counts("strict"), resamples, seed)
    value = _level_with_intervals(run.counts("value"), resamples, seed)
    n_valid = sum(len(a.pred) + len(a.duplicates) for a in arts)
    wrong = Counter(f for p in pairs for f in p.wrong_fields)
    return {
        "articles": len(arts),
        "articles_without_prediction": sum(not a.predicted for a in arts),
        "unknown_prediction_ids": run.unknown_ids,
        "strict": strict,
        "identity": _level_with_intervals(run.counts("identity"), resamples, seed),
        "value": value | {k: value["micro"][k] for k in ("precision", "recall", "f1")},
        "field_prf": field_prf(arts),
        "field_accuracy": {
            f: {"accuracy": (sum(p.fields[f] for p in pairs) / len(pairs)) if pairs else None, "support": len(pairs)}
            for f in SCORED_FIELDS
        },
        "metadata_accuracy": {
            m: {"accuracy": sum(a.metadata[m] for a in arts) / len(arts) if arts else None, "support": len(arts)}
            for m in METADATA_FIELDS
        },
        "grounding_rate": {
            "rate": 1 - sum(len(a.ungrounded) for a in arts) / n_valid if n_valid else None,
            "support": n_valid,
        },
        "schema_validity_rate": {
            "rate": (run.fact_records - sum(len(a.invalid) for a in arts)) / run.fact_records
            if run.fact_records
            else None,
            "support": run.fact_records,
        },
        "rejected": {
            "facts": len(run.rejected_reasons),
            "rate": len(run.rejected_reasons) / (len(run.rejected_reasons) + n_valid)
            if run.rejected_reasons or n_valid
            else None,
            "by_reason": dict(Counter(reason_kind(r) for r in run.rejected_reasons).most_common()),
            "unattributed": sum(1 for r in run.rejected_reasons if is_unattributed(r)),
        },
        "flags": {"total": len(run.flag_kinds), "by_kind": dict(Counter(run.flag_kinds).most_common())},
        "errors": {
            "missed": sum(len(a.alignment.missed) for a in arts),
            "spurious": sum(len(a.alignment.spurious) for a in arts),
            "wrong_field": sum(1 for p in pairs if not p.strict),
            "wrong_field_by_field": dict(sorted(wrong.items())),
            "scale_error": sum(p.scale_error for p in pairs),
            "duplicate": sum(len(a.duplicates) for a in arts),
            "ungrounded": sum(len(a.ungrounded) for a in arts),
            "invalid": sum(len(a.invalid) for a in arts),
        },
    }


UNATTRIBUTED = ("no area", "no period", "no currency")  # numbers an extractor saw but would not attribute


def is_unattributed(reason: str) -> bool:
    """Whether a rejection is an abstention (a number with no area, period or currency), not a failed check."""
    return reason.startswith(UNATTRIBUTED)


def reason_kind(reason: str) -> str:
    """A rejection reason without its particulars (quoted text, numbers), so reasons can be counted."""
    kind = reason.split(";")[0]
    kind = re.sub(r"'[^']*'|\"[^\"]*\"|-?\d[\d.,e+-]*", "…", kind)
    return " ".join(kind.split(", which")[0].split())


def compare_runs(run: RunScore, baseline: RunScore, *, resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> dict:
    """Paired bootstrap over articles of strict micro F1(run) − F1(baseline): Δ, its 95% interval and p."""
    if [a.id for a in run.articles] != [a.id for a in baseline.articles]:
        raise ValueError("runs must be scored against the same gold articles")
    delta_point = run.metrics["strict"]["micro"]["f1"] - baseline.metrics["strict"]["micro"]["f1"]
    a = bootstrap_f1(run.counts("strict"), resamples, seed)[:, 2]
    b = bootstrap_f1(baseline.counts("strict"), resamples, seed)[:, 2]  # same seed → same resampled articles
    delta = a - b
    p = min(1.0, 2 * min(float(np.mean(delta <= 0)), float(np.mean(delta >= 0))))
    return {"delta_f1": delta_point, "ci95": interval(delta), "p_value": p, "resamples": resamples, "seed": seed}

"""Field comparison and one-to-one alignment of predicted facts to gold facts within an article."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from tradefacts.eval.normalize import phrases_equal, places_equal
from tradefacts.schemas import Fact, Identity, Measure, is_currency, tolerance

# Fields reported with per-field accuracy over aligned pairs, in report order.
SCORED_FIELDS = (
    "area",
    "partner",
    "product",
    "segment",
    "flow",
    "measure",
    "basis",
    "value",
    "period",
    "unit",
    "qualifier",
)
IDENTITY_FIELDS = tuple(f for f in SCORED_FIELDS if f != "qualifier")
# Alignment weights: the number counts most, then where and what; ties go to fewer field errors.
_WEIGHTS = {"value": 4.0, "area": 2.0, "period": 2.0, "partner": 1.5, "product": 1.5, "segment": 1.5} | {
    f: 1.0 for f in ("flow", "measure", "basis", "unit", "qualifier")
}


def unit_family(unit: str) -> str:
    """Money units form one family; every other unit is its own."""
    return "money" if is_currency(unit) else str(unit)


def value_matches(gold: Fact, pred: Fact) -> bool:
    """Within half a unit of the gold's last written digit; ranks and counts exactly."""
    if gold.measure in (Measure.rank, Measure.count):
        return gold.value == pred.value
    tol = max(tolerance(gold.value_text), abs(gold.value) * 1e-9)
    return abs(gold.value - pred.value) <= tol * (1 + 1e-9)


def is_scale_error(gold: Fact, pred: Fact) -> bool:
    """The predicted value is the gold value times a power of ten other than 1."""
    if gold.value == 0 or pred.value == 0 or (gold.value > 0) != (pred.value > 0) or value_matches(gold, pred):
        return False
    exponent = math.log10(abs(pred.value) / abs(gold.value))
    return round(exponent) != 0 and abs(exponent - round(exponent)) < 0.002


def compare(gold: Fact, pred: Fact) -> dict[str, bool]:
    """Field-by-field agreement after normalisation."""
    return {
        "area": places_equal(gold.area, pred.area),
        "partner": places_equal(gold.partner, pred.partner),
        "product": phrases_equal(gold.product, pred.product),
        "segment": phrases_equal(gold.segment, pred.segment),
        "flow": gold.flow == pred.flow,
        "measure": gold.measure == pred.measure,
        "basis": gold.basis == pred.basis,
        "value": value_matches(gold, pred),
        "period": gold.period == pred.period,
        "unit": gold.unit == pred.unit,
        "qualifier": gold.qualifier == pred.qualifier,
    }


def gate(gold: Fact, pred: Fact, fields: dict[str, bool]) -> bool:
    """A pair may align only if it shares flow, measure and unit family, and the number or the rest of the identity."""
    if not (fields["flow"] and fields["measure"] and unit_family(gold.unit) == unit_family(pred.unit)):
        return False
    return fields["value"] or all(fields[f] for f in ("area", "partner", "product", "segment", "period"))


@dataclass
class Pair:
    """An aligned gold/prediction pair and how its fields compare."""

    gold: int
    pred: int
    fields: dict[str, bool]
    scale_error: bool = False

    @property
    def strict(self) -> bool:
        """Every scored field right."""
        return all(self.fields.values())

    @property
    def identity(self) -> bool:
        """Every identity field right (qualifier may differ)."""
        return all(self.fields[f] for f in IDENTITY_FIELDS)

    @property
    def wrong_fields(self) -> list[str]:
        """Names of the fields that disagree."""
        return [f for f, ok in self.fields.items() if not ok]


@dataclass
class Alignment:
    """One article's alignment: pairs, and the gold and predicted facts left over."""

    pairs: list[Pair] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)


def align(gold: list[Fact], pred: list[Fact]) -> Alignment:
    """Optimal one-to-one alignment (Hungarian algorithm) over the gated, weighted field agreement."""
    result = Alignment()
    if gold and pred:
        score = np.zeros((len(gold), len(pred)))
        compared: dict[tuple[int, int], dict[str, bool]] = {}
        for i, g in enumerate(gold):
            for j, p in enumerate(pred):
                fields = compare(g, p)
                if gate(g, p, fields):
                    compared[i, j] = fields
                    score[i, j] = 1.0 + sum(_WEIGHTS[f] for f, ok in fields.items() if ok)
        rows, cols = linear_sum_assignment(score, maximize=True)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if (i, j) in compared:
                result.pairs.append(Pair(i, j, compared[i, j], is_scale_error(gold[i], pred[j])))
    matched_gold = {p.gold for p in result.pairs}
    matched_pred = {p.pred for p in result.pairs}
    result.missed = [i for i in range(len(gold)) if i not in matched_gold]
    result.spurious = [j for j in range(len(pred)) if j not in matched_pred]
    return result


def value_hits(gold: list[Fact], pred: list[Fact]) -> int:
    """How many gold numbers were found at all: one-to-one matches on value and unit family alone."""
    if not gold or not pred:
        return 0
    hit = np.array(
        [[unit_family(g.unit) == unit_family(p.unit) and value_matches(g, p) for p in pred] for g in gold], dtype=float
    )
    rows, cols = linear_sum_assignment(hit, maximize=True)
    return int(hit[rows, cols].sum())


def dedupe(facts: list[Fact], key: Callable[[Fact], Identity]) -> tuple[list[Fact], list[Fact]]:
    """Keep the first fact of each identity; return (kept, duplicates)."""
    seen: set[Identity] = set()
    kept, dupes = [], []
    for fact in facts:
        k = key(fact)
        (dupes if k in seen else kept).append(fact)
        seen.add(k)
    return kept, dupes

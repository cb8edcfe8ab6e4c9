"""One observation, once (the guide): exact repeats, thresholds beside an exact figure, and rounded
restatements of a more precise figure are dropped from an article's facts."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from tradefacts.schemas import Fact, Qualifier, tolerance


def _without_value(fact: Fact) -> tuple:
    return fact.identity()._replace(value=0.0)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One observation once: exact repeats, thresholds with an exact figure, and rounded restatements go.

    Facts that differ only in value form a group; within it a threshold gives way to an exact figure beyond
    it, and a figure gives way to a more precise one within its rounding. Sorted values keep it O(n log n).
    """
    by_identity: dict = {}
    for fact in facts:
        by_identity.setdefault(fact.identity(), fact)
    unique = list(by_identity.values())
    groups: dict[tuple, list[Fact]] = {}
    for fact in unique:
        groups.setdefault(_without_value(fact), []).append(fact)
    dropped: set[int] = set()
    for group in groups.values():
        if len(group) > 1:
            dropped |= _superseded(group)
    return [f for f in unique if id(f) not in dropped]


def _superseded(group: list[Fact]) -> set[int]:
    firm = sorted(f.value for f in group if f.qualifier in (Qualifier.exact, Qualifier.approx))
    ordered = sorted(group, key=lambda f: f.value)
    values = [f.value for f in ordered]
    tolerances = [tolerance(f.value_text) for f in ordered]
    out = set()
    for k, fact in enumerate(ordered):
        if fact.qualifier is Qualifier.over and firm and firm[-1] >= fact.value:
            out.add(id(fact))  # "exceeded 600,000 ... reaching 628,000": the exact figure only
            continue
        if fact.qualifier is Qualifier.under and firm and firm[0] <= fact.value:
            out.add(id(fact))
            continue
        tol = tolerances[k]
        lo, hi = bisect_left(values, fact.value - tol), bisect_right(values, fact.value + tol)
        if any(tolerances[m] < tol for m in range(lo, hi) if m != k):
            out.add(id(fact))  # "~1.05 trillion" restating "10,508.6 hundred million"
    return out


def _restating_key(fact: Fact) -> tuple:
    """What a standfirst's shorthand keeps of a figure: measure, unit, flow, period and goods (not always its place)."""
    return fact.measure, fact.unit, fact.flow, fact.period, fact.product


def without_restated(facts: list[Fact], spans: list[tuple[int, int]]) -> list[Fact]:
    """A standfirst restates the body: of the figures in `spans` (bullets before the lead), those whose number the
    body states again, within the standfirst's rounding, are dropped ("• Oct. total exports $ 1.47 b" over "reached
    US$ 1,474.38 million"); a figure only the standfirst gives stays."""
    def inside(fact: Fact) -> bool:
        return fact.evidence_span is not None and any(s <= fact.evidence_span.start < e for s, e in spans)

    body: dict[tuple, list[float]] = {}
    for fact in facts:
        if not inside(fact):
            body.setdefault(_restating_key(fact), []).append(abs(fact.value))
    for values in body.values():
        values.sort()

    def restated(fact: Fact) -> bool:
        values = body.get(_restating_key(fact), [])
        tol = tolerance(fact.value_text) + 1e-9 * abs(fact.value)
        at = bisect_left(values, abs(fact.value) - tol)
        return at < len(values) and values[at] <= abs(fact.value) + tol

    return [f for f in facts if not (inside(f) and restated(f))] if spans else facts

"""Consistency flags: contradictions between the facts of one article, kept and flagged for review, never dropped.

Every fact here has passed the gate (`grounding.gate`): each number is what its evidence states. A flag says two or
more such facts cannot all be right (a part above its whole, a sum that does not add up, one observation stated
twice with values that disagree, a conversion at an impossible rate), or that a sign goes against the words of
its clause. Agreement allows rounding (half a unit of the last written digit, `numbers.tolerance`) and, for an
approximate figure ("about", "just shy of"), `APPROX_BAND` of its value.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from itertools import combinations, product
from typing import NamedTuple

from tradefacts.schemas.grounding import sign_rule
from tradefacts.schemas.models import Fact, Flag, FlagKind, Flow, Measure, Qualifier, is_currency
from tradefacts.schemas.numbers import NumberError, cut_problem, parse_value_text, tolerance
from tradefacts.schemas.rates import rate_band
from tradefacts.schemas.signs import SignRule, clause_signs

APPROX_BAND = 0.10  # an approximate figure may be this far from the exact one, as a share of its value
RATE_SLACK = 0.05  # beyond the year's range of daily rates: conversions at another date, rounded rates
RESTRICTIONS = ("partner", "product", "segment")
AMOUNTS = (Measure.value, Measure.quantity)


class Bounds(NamedTuple):
    """The values a stated figure allows: rounding, an approximation, or the open side of "over" and "under"."""

    low: float
    high: float

    def overlaps(self, other: Bounds) -> bool:
        """Whether some value lies strictly inside both: "6.2" and "6.3" only touch at 6.25, and disagree."""
        finite = [abs(x) for x in (*self, *other) if math.isfinite(x)]
        eps = 1e-9 * max(finite, default=1.0)
        return self.low < other.high - eps and other.low < self.high - eps


def margin(fact: Fact) -> float:
    """Half a unit of the last digit written, in the fact's value units ("2.58 trillion" → 5e9; a table cell
    "328.57" under "$ bln" → 5e6)."""
    try:
        written = parse_value_text(fact.value_text)
    except NumberError:
        return 0.0
    scale = abs(fact.value / written) if written else 1.0
    return tolerance(fact.value_text) * scale


def bounds(fact: Fact) -> Bounds:
    """The range of values the figure as stated allows."""
    if fact.qualifier is Qualifier.over:  # "more than 1 trillion": the threshold itself, no rounding
        return Bounds(fact.value, math.inf)
    if fact.qualifier is Qualifier.under:
        return Bounds(-math.inf, fact.value)
    spread = margin(fact) + (APPROX_BAND * abs(fact.value) if fact.qualifier is Qualifier.approx else 0.0)
    return Bounds(fact.value - spread, fact.value + spread)


def agree(a: Fact, b: Fact) -> bool:
    """Whether two statements of one observation agree within rounding and their qualifiers."""
    return bounds(a).overlaps(bounds(b))


def label(fact: Fact, *, flow: bool = True) -> str:
    """The observation a fact is, in words: "Xi'an total value, 2025-01..2025-12" (`flow=False`: "Xi'an, ...")."""
    parts = [fact.area, f"with {fact.partner}" if fact.partner else "", fact.product or "", fact.segment or ""]
    what = " ".join(p for p in (*parts, *((fact.flow.value, fact.measure.value) if flow else ())) if p)
    return f"{what}, {fact.period.start}..{fact.period.end}"


def said(fact: Fact) -> str:
    """A fact's figure as written and as read: "'500 billion' (5e+11 CNY, approx)"."""
    qualifier = "" if fact.qualifier is Qualifier.exact else f", {fact.qualifier.value}"
    return f"{fact.value_text!r} ({fact.value:g} {fact.unit}{qualifier})"


def _groups(facts: Sequence[Fact], key: Callable[[Fact], Hashable | None]) -> Iterator[list[int]]:
    """Indices of the facts sharing a key, for every key shared by two or more (None: not grouped)."""
    found: dict[Hashable, list[int]] = defaultdict(list)
    for i, fact in enumerate(facts):
        if (k := key(fact)) is not None:
            found[k].append(i)
    yield from (members for members in found.values() if len(members) > 1)


def share_out_of_range(facts: Sequence[Fact]) -> Iterator[Flag]:
    """A share below 0 or above 100 percent."""
    for i, f in enumerate(facts):
        if f.measure is Measure.share and not 0 <= f.value <= 100:
            yield Flag(kind=FlagKind.share_out_of_range, message=f"{label(f)} is a share of {f.value:g}%", facts=[i])


def restatement_disagrees(facts: Sequence[Fact]) -> Iterator[Flag]:
    """One observation stated more than once, with values that disagree beyond rounding."""
    for members in _groups(facts, lambda f: f.identity()._replace(value=0.0)):
        spans = {i: bounds(facts[i]) for i in members}  # once a statement, not once a pair
        clashing = sorted({k for i, j in combinations(members, 2) if not spans[i].overlaps(spans[j]) for k in (i, j)})
        if clashing:
            values = " and ".join(said(facts[i]) for i in clashing)
            message = f"{label(facts[clashing[0]])} is stated as {values}, which disagree beyond rounding"
            yield Flag(kind=FlagKind.restatement_disagrees, message=message, facts=clashing)


def _is_whole_of(part: Fact, whole: Fact) -> bool:
    """Whether `whole` is `part` without one of its restrictions (partner, product, segment), or its total flow.

    A product naming services ("goods and services") is not a part of goods trade (a null product): it is wider.
    """
    if part.product and "services" in part.product.lower() and not whole.product:
        return False
    restricted = [getattr(whole, r) is None or getattr(whole, r) == getattr(part, r) for r in RESTRICTIONS]
    fewer = sum(getattr(whole, r) is not None for r in RESTRICTIONS) < sum(
        getattr(part, r) is not None for r in RESTRICTIONS
    )
    if part.flow is whole.flow:
        return all(restricted) and fewer
    same = all(getattr(whole, r) == getattr(part, r) for r in RESTRICTIONS)
    return same and whole.flow is Flow.total and part.flow in (Flow.exports, Flow.imports)


def part_exceeds_whole(facts: Sequence[Fact]) -> Iterator[Flag]:
    """A restricted value or quantity (a partner, product, segment; exports or imports) above its whole."""
    def key(f: Fact) -> Hashable | None:
        return (f.area, f.measure, f.unit, f.period) if f.measure in AMOUNTS and f.flow is not Flow.balance else None

    for members in _groups(facts, key):
        spans = {i: bounds(facts[i]) for i in members}  # once a fact, not once a pair
        by_shape: dict[tuple[Hashable, ...], list[int]] = defaultdict(list)
        for j in members:
            by_shape[(facts[j].flow, *_restrictions(facts[j]))].append(j)
        pairs = [  # each part against the facts that could be its whole, not against the whole group
            (i, j)
            for i in members
            for shape in _whole_shapes(facts[i])
            for j in by_shape.get(shape, ())
            if _is_whole_of(facts[i], facts[j]) and spans[i].low > spans[j].high
        ]
        for i, j in sorted(pairs):  # in the order of the pairs of the group
            part, whole = facts[i], facts[j]
            message = f"{label(part)} {said(part)} exceeds its whole, {label(whole)} {said(whole)}"
            yield Flag(kind=FlagKind.part_exceeds_whole, message=message, facts=[i, j])


def _restrictions(fact: Fact) -> tuple[str | None, ...]:
    return tuple(getattr(fact, r) for r in RESTRICTIONS)


def _whole_shapes(part: Fact) -> Iterator[tuple[Hashable, ...]]:
    """The flow and restrictions a whole of `part` can have (see `_is_whole_of`): its own flow with fewer of its
    restrictions, or the total flow of an export or import figure with the same ones."""
    own = _restrictions(part)
    for kept in product(*((value, None) if value is not None else (None,) for value in own)):
        if kept != own:
            yield (part.flow, *kept)
    if part.flow in (Flow.exports, Flow.imports):
        yield (Flow.total, *own)


def sum_mismatch(facts: Sequence[Fact]) -> Iterator[Flag]:
    """Exports plus imports against the total, exports minus imports against the balance, beyond rounding."""
    def key(f: Fact) -> Hashable | None:
        if f.measure is not Measure.value or f.qualifier in (Qualifier.over, Qualifier.under):
            return None
        return (f.area, f.partner, f.product, f.segment, f.unit, f.period)

    for members in _groups(facts, key):
        first = {facts[i].flow: i for i in reversed(members)}  # the first statement of each flow
        x, m = first.get(Flow.exports), first.get(Flow.imports)
        if x is None or m is None:
            continue
        for flow, sign, name in ((Flow.total, 1, "plus"), (Flow.balance, -1, "minus")):
            if (t := first.get(flow)) is None:
                continue
            derived = facts[x].value + sign * facts[m].value
            gap = abs(derived - facts[t].value)
            allowed = sum(b.high - b.low for b in map(bounds, (facts[x], facts[m], facts[t]))) / 2
            if gap > allowed:
                stated = f"the {flow.value} is stated as {said(facts[t])}"
                message = (f"{label(facts[x], flow=False)}: exports {said(facts[x])} {name} imports "
                           f"{said(facts[m])} is {derived:g}, but {stated}")  # fmt: skip
                yield Flag(kind=FlagKind.sum_mismatch, message=message, facts=[x, m, t])


def exchange_rate_implausible(facts: Sequence[Fact]) -> Iterator[Flag]:
    """One observation in two currencies at a rate outside that year's range of daily rates (schemas/rates.py)."""
    def key(f: Fact) -> Hashable | None:
        money = f.measure is Measure.value and is_currency(f.unit) and f.value != 0
        return f.identity()._replace(value=0.0, unit="") if money else None

    for members in _groups(facts, key):
        for i, j in combinations(members, 2):
            a, b = facts[i], facts[j]
            if a.unit == b.unit or (a.value > 0) != (b.value > 0):
                continue
            years = range(int(a.period.start[:4]), int(a.period.end[:4]) + 1)
            band = rate_band(a.unit, b.unit, years)
            if band is None:
                continue
            rate = a.value / b.value
            slack = RATE_SLACK + sum((x.high - x.low) / 2 / abs(f.value) for x, f in ((bounds(a), a), (bounds(b), b)))
            if not band[0] * (1 - slack) <= rate <= band[1] * (1 + slack):
                message = (f"{label(a)}: {said(a)} and {said(b)} imply {rate:.4g} {a.unit} per {b.unit}; "
                           f"{years.start}-{years.stop - 1} rates ran {band[0]:.4g}-{band[1]:.4g}")  # fmt: skip
                yield Flag(kind=FlagKind.exchange_rate_implausible, message=message, facts=[i, j])


def sign_contradicts_wording(facts: Sequence[Fact]) -> Iterator[Flag]:
    """A growth rate whose sign goes against every rise/fall verb of its clause, or a balance against its
    surplus/deficit."""
    for i, f in enumerate(facts):
        rule = sign_rule(f.measure, f.flow)
        at = _whole_at(f)
        if rule is SignRule.none or at < 0 or f.value == 0:
            continue
        words = clause_signs(f.evidence, at, at + len(f.value_text), rule)
        if len(words) == 1 and (f.value > 0) != (words == {1}):
            wording = "rising" if words == {1} else "falling"
            if rule is SignRule.balance:
                wording = "a surplus" if words == {1} else "a deficit"
            message = f"{label(f)} is {f.value:g} but the words of its clause say {wording}"
            yield Flag(kind=FlagKind.sign_contradicts_wording, message=message, facts=[i])


def _whole_at(fact: Fact) -> int:
    """Where the fact's `value_text` stands as a whole number in its evidence (-1 when nowhere)."""
    at = fact.evidence.find(fact.value_text)
    while at >= 0 and cut_problem(fact.evidence, at, at + len(fact.value_text)):
        at = fact.evidence.find(fact.value_text, at + 1)
    return at


CHECKS = (share_out_of_range, part_exceeds_whole, sum_mismatch, restatement_disagrees, exchange_rate_implausible,
          sign_contradicts_wording)  # fmt: skip


def consistency_flags(facts: Sequence[Fact]) -> list[Flag]:
    """Every contradiction among an article's facts, each with the indices of the facts involved."""
    return [flag for check in CHECKS for flag in check(facts)]

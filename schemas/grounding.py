"""Checks that tie a fact to its article: evidence verbatim, value_text inside it, value re-derivable."""

from __future__ import annotations

import math
import re

from tradefacts.schemas.models import Fact, Flow, Measure, is_currency
from tradefacts.schemas.numbers import SCALE_PATTERN, NumberError, table_scale
from tradefacts.schemas.signs import SignRule, derive_value

_SCALED = re.compile(rf"(?:{SCALE_PATTERN})\b", re.IGNORECASE)


def sign_rule(measure: Measure | str, flow: Flow | str) -> SignRule:
    """Where the sign of a fact comes from: the verb for growth, surplus/deficit for a balance, else as written."""
    if measure == Measure.growth:
        return SignRule.growth
    if flow == Flow.balance and measure == Measure.value:
        return SignRule.balance
    return SignRule.none


def is_signed(fact: Fact) -> bool:
    """Whether the fact's value may be negative (growth rates and trade balances)."""
    return sign_rule(fact.measure, fact.flow) is not SignRule.none


def scale_from_table(fact: Fact, text: str | None) -> float:
    """The table header's scale for a money cell written without a scale word ("328.57" under "$ bln"), else 1."""
    if text is None or not is_currency(fact.unit) or _SCALED.search(fact.value_text):
        return 1.0
    start = fact.evidence_span.start if fact.evidence_span else text.find(fact.evidence)
    return (table_scale(text, start) or 1.0) if start >= 0 else 1.0


def value_problem(fact: Fact, text: str | None = None) -> str | None:
    """Why `fact.value` is not what its `value_text` says (in the article `text`, when given), or None."""
    start = fact.evidence.find(fact.value_text)
    if start < 0:
        return f"value_text {fact.value_text!r} is not in evidence"
    try:
        derived = derive_value(fact.value_text, fact.evidence, sign_rule(fact.measure, fact.flow), start)
    except NumberError as exc:
        return str(exc)
    derived *= scale_from_table(fact, text)
    if not math.isclose(derived, fact.value, rel_tol=1e-9, abs_tol=1e-9):
        return f"value {fact.value:g} does not match value_text {fact.value_text!r} (reads as {derived:g})"
    return None


def grounding_problems(fact: Fact, text: str) -> list[str]:
    """Every way `fact` is not grounded in `text`; empty when it is."""
    problems = []
    if fact.evidence not in text:
        problems.append("evidence is not a verbatim substring of the article text")
    elif fact.evidence_span is not None:
        s, e = fact.evidence_span
        if text[s:e] != fact.evidence:
            problems.append(f"evidence_span {s}:{e} does not point at the evidence")
    if problem := value_problem(fact, text):
        problems.append(problem)
    return problems

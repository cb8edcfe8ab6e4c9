"""Checks that tie a fact to its article: evidence verbatim, value_text inside it, value re-derivable."""

from __future__ import annotations

import math

from schemas.models import Fact, Flow, Measure
from schemas.numbers import NumberError, derive_value


def is_signed(fact: Fact) -> bool:
    """Whether the fact's value may be negative (growth rates and trade balances)."""
    return fact.measure is Measure.growth or fact.flow is Flow.balance


def value_problem(fact: Fact) -> str | None:
    """Why `fact.value` is not what its `value_text` says, or None when it is."""
    start = fact.evidence.find(fact.value_text)
    if start < 0:
        return f"value_text {fact.value_text!r} is not in evidence"
    try:
        derived = derive_value(fact.value_text, fact.evidence, is_signed(fact), start)
    except NumberError as exc:
        return str(exc)
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
    if problem := value_problem(fact):
        problems.append(problem)
    return problems

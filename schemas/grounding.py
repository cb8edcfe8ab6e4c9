"""Checks that tie a fact to its article: evidence verbatim, and its number the whole number the evidence states.

One gate for every backend: `value_text` must be a whole number mention (not "1.7" inside "21.7", not "2.58"
short of "trillion"), the value must agree with it, its scale and the sign its wording implies, and the unit
with the currency written beside it.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from tradefacts.schemas.currencies import UNMISTAKABLE, currency_beside
from tradefacts.schemas.models import Article, Fact, Flow, Measure, RejectedFact, is_currency
from tradefacts.schemas.numbers import (
    LIST_ROW,
    SCALE_PATTERN,
    NumberError,
    cut_problem,
    list_header_units,
    list_scale,
    list_tonnage_scale,
    parse_value_text,
    row_tonnage_scale,
    table_scale,
    tolerance,
    whole_mention,
)
from tradefacts.schemas.signs import SignRule, stated_sign

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


def scale_from_table(unit: str, value_text: str, text: str | None, evidence_start: int) -> float:
    """The table header's scale for a money cell written without a scale word ("328.57" under "$ bln"), or the
    row's own for a tonnage ("Crude oil (mln T)  55.97"), else 1."""
    if text is None or evidence_start < 0 or _SCALED.search(value_text):
        return 1.0
    if unit == "tonnes":
        line_end = text.find("\n", evidence_start)
        row = text[evidence_start : line_end if line_end >= 0 else len(text)]
        units = list_header_units(text, evidence_start) if LIST_ROW.match(row.strip()) else None
        return row_tonnage_scale(row) or (list_tonnage_scale(units) if units else None) or 1.0
    return (table_scale(text, evidence_start) or 1.0) if is_currency(unit) else 1.0


class Misread(ValueError):
    """A fact's number that is not what its evidence states; the message says how."""


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _read_at(evidence: str, at: int, value_text: str, value: float, unit: str, rule: SignRule, scale: float) -> float:
    """The value the evidence states for `value_text` at `at`, checked against the claimed `value` and `unit`."""
    if problem := cut_problem(evidence, at, at + len(value_text)):
        raise Misread(problem)
    try:
        written = parse_value_text(value_text)
    except NumberError as exc:
        raise Misread(f"value_text {value_text!r} is not a number: {exc}") from None
    mention = whole_mention(evidence, at, at + len(value_text))
    currency = currency_beside(evidence, mention.start, mention.end) if mention else None
    if currency and unit not in currency.codes and (is_currency(unit) or currency.written in UNMISTAKABLE):
        said = mention.text if mention else value_text
        raise Misread(f"unit {unit!r} disagrees with the currency {currency.written!r} written beside {said!r}")
    if scale == 1.0 and not _SCALED.search(value_text):  # "428.6 and 205.3 billion yuan": the list's scale
        scale = list_scale(evidence, at + len(value_text)) or 1.0
    magnitude = abs(written) * scale
    wording = -1 if written < 0 else 1 if rule is SignRule.none else stated_sign(evidence, value_text, at, rule)
    derived = (wording or _sign(value) or 1) * magnitude
    if abs(abs(value) - magnitude) > max(tolerance(value_text) * scale, 1e-9 * magnitude):
        raise Misread(f"value {value!r} disagrees with value_text {value_text!r}, which reads as {derived:g}")
    if wording is not None and value != 0 and _sign(value) != wording:
        raise Misread(f"value {value!r} has the wrong sign: its wording makes it {derived:g}")
    return derived


def stated_value(
    evidence: str, value_text: str, value: float, unit: str, rule: SignRule, scale: float = 1.0
) -> float:
    """The value `evidence` states where it writes `value_text`: the whole number mention, its scale word (or the
    table's `scale`), its sign by `rule`, the currency beside it. Raises `Misread` when the claimed `value` or
    `unit` disagree with every place `value_text` occurs, with the reason found at the first.

    Where the wording states no sign, the claimed value's sign stands.
    """
    reading = _reading(evidence, value_text, value, unit, rule, scale)
    if isinstance(reading, str):
        raise Misread(reading)
    return reading


@functools.lru_cache(maxsize=4096)
def _reading(evidence: str, value_text: str, value: float, unit: str, rule: SignRule, scale: float) -> float | str:
    """`stated_value`'s value, or its `Misread` message. Memoised: a fact is read when it is verified, re-checked,
    and again at the gate every backend passes; the same six arguments always read the same."""
    first: Misread | None = None
    at = evidence.find(value_text) if value_text else -1
    if at < 0:
        return f"value_text {value_text!r} is not in evidence"
    while at >= 0:
        try:
            return _read_at(evidence, at, value_text, value, unit, rule, scale)
        except Misread as exc:
            first = first or exc
        at = evidence.find(value_text, at + 1)
    assert first is not None
    return str(first)


def value_problem(fact: Fact, text: str | None = None) -> str | None:
    """Why `fact.value` is not what its evidence states (in the article `text`, when given), or None."""
    start = fact.evidence_span.start if fact.evidence_span else text.find(fact.evidence) if text else -1
    scale = scale_from_table(fact.unit, fact.value_text, text, start)
    try:
        stated_value(fact.evidence, fact.value_text, fact.value, fact.unit, sign_rule(fact.measure, fact.flow), scale)
    except Misread as exc:
        return str(exc)
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


def last_ended_month(published: date) -> str:
    """The last month (`YYYY-MM`) over by the day `published`: the month before, unless it is its month's last day."""
    if (published + timedelta(days=1)).month != published.month:
        return f"{published:%Y-%m}"
    return f"{published.replace(day=1) - timedelta(days=1):%Y-%m}"


def gate(article: Article) -> Article:
    """The article with every fact that fails `grounding_problems`, or whose period ends after the last month that had
    ended when the article was published (a story of 20 December reports no December figure), moved to `rejected`,
    with its reasons.

    The one gate every backend's output passes (`extract_safely` applies it), whatever produced the facts.
    """
    kept = []
    ended = last_ended_month(article.published) if article.published else None
    for fact in article.facts:
        problems = grounding_problems(fact, article.text)
        if ended and fact.period.end > ended:  # no statistic covers months that had not ended
            problems.append(f"period ends {fact.period.end}, after the last month that had ended when the article was "
                            f"published ({article.published}): a forecast, a part of a month or a misread period")
        if problems:
            record = fact.model_dump(mode="json", exclude_none=True)
            article.rejected.append(RejectedFact(reason="; ".join(problems), fact=record))
        else:
            kept.append(fact)
    article.facts = kept
    return article

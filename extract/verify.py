"""Verification of proposed facts against the article: the gate every model-proposed number passes.

A proposal is kept only when its evidence is found in the article (verbatim, or ignoring
whitespace, quote and dash forms, then replaced by the article's own characters), its
`value_text` is a whole number mention inside that evidence whose value, sign and currency
agree with the proposal (`tradefacts.schemas.grounding.stated_value`, the gate every backend's
facts pass), and the result is a valid `Fact`. Anything else becomes a
`RejectedFact` with the reason: kept in the output, counted by the eval, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property

from pydantic import ValidationError

from tradefacts.schemas import Fact, RejectedFact, Span, grounding_problems, sign_rule
from tradefacts.schemas.grounding import Misread, scale_from_table, stated_value

_FACT_FIELDS = frozenset(Fact.model_fields)  # read once: pydantic builds the mapping on every access

# One character to one character, so offsets survive the translation.
_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    }
)  # fmt: skip


def fold(s: str) -> tuple[str, list[int]]:
    """`s` with quote and dash forms unified and whitespace runs collapsed, and each kept char's offset in `s`."""
    out: list[str] = []
    offsets: list[int] = []
    after_space = False
    for i, c in enumerate(s.translate(_FOLD)):
        if c.isspace():
            if after_space:
                continue
            c, after_space = " ", True
        else:
            after_space = False
        out.append(c)
        offsets.append(i)
    return "".join(out), offsets


class Located:
    """Text in which quotes from a model are looked up, exactly first, then folded (see `fold`)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _folded(self) -> tuple[str, list[int]]:
        return fold(self.text)

    def find(self, needle: str) -> tuple[Span, str] | None:
        """Where `needle` is in the text and how it was found (`exact` or `normalized`), or None."""
        at = self.text.find(needle) if needle else -1
        if at >= 0:
            return Span(at, at + len(needle)), "exact"
        folded_needle = fold(needle.strip())[0]
        if not folded_needle.strip():
            return None
        folded, offsets = self._folded
        at = folded.find(folded_needle)
        if at < 0:
            return None
        return Span(offsets[at], offsets[at + len(folded_needle) - 1] + 1), "normalized"


def _validation_reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    return "schema: " + "; ".join(parts)


def verify(proposal: Mapping[str, object], article: Located, source: str) -> Fact | RejectedFact:
    """The proposal as a grounded `Fact`, or a `RejectedFact` saying which check it failed."""
    record = {**proposal, "source": source}

    def reject(reason: str) -> RejectedFact:
        return RejectedFact(reason=reason, fact=record)

    evidence_given, value_text_given = str(proposal.get("evidence") or ""), str(proposal.get("value_text") or "")
    found = article.find(evidence_given)
    if found is None:
        return reject("evidence is not in the article text")
    span, alignment = found
    evidence = article.text[span.start : span.end]
    in_evidence = Located(evidence).find(value_text_given)
    if in_evidence is None:
        return reject(f"value_text {value_text_given!r} is not in the evidence")
    at = in_evidence[0]
    value_text = evidence[at.start : at.end]
    claimed, unit = proposal.get("value"), str(proposal.get("unit"))
    if not isinstance(claimed, int | float) or isinstance(claimed, bool):
        return reject(f"value {claimed!r} is not a number")
    rule = sign_rule(str(proposal.get("measure")), str(proposal.get("flow")))
    scale = scale_from_table(unit, value_text, article.text, span.start)
    try:
        derived = stated_value(evidence, value_text, claimed, unit, rule, scale)
    except Misread as exc:
        return reject(str(exc))
    fields = {k: v for k, v in proposal.items() if k in _FACT_FIELDS}
    fields |= {
        "value": derived,
        "value_text": value_text,
        "evidence": evidence,
        "evidence_span": span,
        "alignment": alignment,
        "source": source,
    }
    try:
        fact = Fact.model_validate(fields)
    except ValidationError as exc:
        return reject(_validation_reason(exc))
    if problems := grounding_problems(fact, article.text):  # cannot happen by construction; checked anyway
        return reject("; ".join(problems))
    return fact


def verify_all(
    proposals: Iterable[Mapping[str, object]], text: str, source: str
) -> tuple[list[Fact], list[RejectedFact]]:
    """Verify every proposal against `text`: the facts that hold, deduplicated, and the rejects."""
    article = Located(text)
    facts: list[Fact] = []
    rejected: list[RejectedFact] = []
    for proposal in proposals:
        result = verify(proposal, article, source)
        (facts if isinstance(result, Fact) else rejected).append(result)
    return merge(facts), rejected


def merge(facts: Iterable[Fact]) -> list[Fact]:
    """Facts in order, one per `Fact.identity()`: the same observation stated twice is one fact."""
    seen: set[object] = set()
    out = []
    for fact in facts:
        key = fact.identity()
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out

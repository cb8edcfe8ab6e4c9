"""One figure's fact, built from what the rules read: its evidence is the sentence (or the words around its number in
a very long one), its value re-derived from the number's text there with the sign rules of its measure and flow."""

from __future__ import annotations

from pydantic import ValidationError

from tradefacts.extract.rules.mention import Mention
from tradefacts.extract.text import Sentence
from tradefacts.schemas import Fact, Flow, Period, Span, derive_value, sign_rule
from tradefacts.schemas.numbers import scaled

LONG_SENTENCE = 600  # characters; beyond it a fact's evidence is the words around its number, not the sentence


def _evidence_around(text: str, mention: Mention) -> tuple[str, int]:
    """The sentence, or for a very long one the words from 250 characters before the number to 100 after."""
    if len(text) <= LONG_SENTENCE:
        return text, 0
    start = max(0, mention.value_start - 250)
    start = text.find(" ", start) + 1 if start else 0
    end = min(len(text), mention.value_start + len(mention.value_text) + 100)
    cut = text.rfind(" ", mention.value_start + len(mention.value_text), end)
    end = cut if cut > 0 and end < len(text) else end
    return text[start:end], start


def build_fact(
    mention: Mention,
    sentence: Sentence,
    area: str,
    partner: str | None,
    product: str | None,
    segment: str | None,
    flow: Flow,
    period: Period,
) -> Fact | None:
    """The fact of one figure, its evidence the sentence (or the words around the number in a very long one) and
    its value re-derived from its text there; None where the fact does not validate."""
    evidence, offset = _evidence_around(sentence.text.rstrip(". "), mention)
    try:
        value = scaled(derive_value(
            mention.value_text, evidence, sign_rule(mention.measure, flow), mention.value_start - offset
        ), mention.list_scale)
        return Fact(
            area=area,
            partner=partner if partner != area else None,
            product=product,
            segment=segment,
            flow=flow,
            measure=mention.measure,
            basis=mention.basis,
            value=value,
            unit=mention.unit,
            period=period,
            qualifier=mention.qualifier,
            value_text=mention.value_text,
            evidence=evidence,
            evidence_span=Span(sentence.start + offset, sentence.start + offset + len(evidence)),
            source="regex",
        )
    except (ValidationError, ValueError):
        return None

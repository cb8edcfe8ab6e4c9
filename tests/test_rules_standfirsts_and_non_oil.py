"""A standfirst of bullets names partners in shorthand, not the story's economy, and its figures that the body states
again are the body's; "non-oil foreign trade" is the goods a
Gulf story's figures are about."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run

BULLETED = """Exports hold steady in October

Wednesday, 26 November 2025

• October exports $ 1.47 b, up 0.2% YoY
• US shipments slip 4.1%, EU up 9.7%

Sri Lanka's export earnings held broadly flat in October, Export Development Board data showed.

Merchandise exports edged up 0.2 pc to US$ 1,158.24 million in October."""


def test_bullets_before_the_lead_do_not_name_the_story_economy() -> None:
    facts = run(BULLETED, date(2025, 11, 26)).facts
    assert {f.value: f.area for f in facts}[1158.24e6] == "Sri Lanka"


def test_non_oil_foreign_trade_in_a_headline_is_the_story_goods() -> None:
    text = (
        "UAE non-oil foreign trade hits record in first half of 2025\n\nDUBAI - The UAE's non-oil foreign trade "
        "reached Dh1.73 trillion in the first six months of 2025. Imports rose 20.6 per cent to Dh966.8 billion."
    )
    article = run(text, date(2025, 8, 24))
    assert {f.product for f in article.facts} == {"non-oil"}


RESTATED = """Exports hold steady in October

• US shipments slip 4.1%, EU up 9.7%
• Coconut products top $ 1 b in 10 months

Sri Lanka's exports held broadly flat in October, Export Development Board data showed.

Exports to the United States fell 4.12% in October from a year earlier."""


def test_a_standfirst_figure_the_body_states_again_is_the_body_s() -> None:
    facts = run(RESTATED, date(2025, 11, 26)).facts
    evidence = {f.value: f.evidence for f in facts}
    assert evidence[-4.12].startswith("Exports to the United States") and -4.1 not in evidence
    assert 1e9 in evidence  # a figure only the standfirst gives stays


def test_bare_re_exports_are_a_kind_of_exports() -> None:
    text = (
        "Malaysia trade\n\nKUALA LUMPUR - Malaysia's exports rose 8% in October. Re-exports jumped 15.2% to RM35.25 "
        "billion. Non-oil exports including re-exports reached RM90 billion."
    )
    segments = {f.value: f.segment for f in run(text, date(2026, 11, 20)).facts}
    assert segments[15.2] == segments[35.25e9] == "re-exports" and segments[90e9] is None

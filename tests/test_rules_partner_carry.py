"""Partners named around a balance or carried to a pronoun: "a surplus of US$288.8 billion against the EU", and
"They" after a sentence with no figure that opens on a flow with a partner ("Purchases from the bloc moved the other
way. They dipped 0.5 per cent"). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_frame import run

LEAD = "China's surplus with Europe\n\nChina sold goods worth US$528.6 billion to the European Union in January-November.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "That left China with a surplus of US$288.9 billion against the EU in January-November.",
        "China's surplus against the EU reached US$288.9 billion in January-November.",
    ],
)
def test_a_balance_against_a_partner_is_with_it(sentence: str) -> None:
    facts = run(LEAD + sentence, date(2026, 12, 10)).facts
    assert [f.partner for f in facts if f.flow.value == "balance"] == ["European Union"]


def test_they_after_a_flow_opening_with_a_partner_are_that_flow_with_it() -> None:
    text = LEAD + ("Purchases from the 27-member bloc went the other way, customs data showed on Monday. They slipped "
                   "0.6 per cent to US$239.7 billion in the period.")
    facts = [f for f in run(text, date(2026, 12, 10)).facts if f.flow.value == "imports"]
    assert {(f.value_text, f.partner) for f in facts} == {("0.6", "European Union"), ("239.7 billion", "European Union")}

"""Words that put a figure out of scope ("trains", "jobs", "steps", "GDP") count where they can be its subject: in a
reason clause after the figure ("..., helped by Beijing's steps to shore up demand") they are the cause's.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import assert_yields, facts_of

OCT = ("2025-10", "2025-10")


def test_a_non_trade_word_in_a_reason_after_the_figure_does_not_drop_it() -> None:
    text = ("Japan's exports rise\n\nTOKYO (Kyodo) -- Japan's exports rose 3.6 percent in October. Shipments to "
            "China, Japan's largest trading partner, grew 5.1 percent to 1.52 trillion yen, helped by Beijing's steps "
            "to shore up demand.")
    assert_yields(text, date(2025, 11, 20), [
        ("Japan", "China", None, None, "exports", "growth", "yoy", 5.1, "percent", *OCT),
        ("Japan", "China", None, None, "exports", "value", None, 1.52e12, "JPY", *OCT),
    ])


def test_a_non_trade_word_that_is_the_subject_still_drops_the_figure() -> None:
    text = ("Japan's exports rise\n\nTOKYO (Kyodo) -- Japan's exports rose 3.6 percent in October. The economy grew "
            "0.4 percent in the third quarter, helped by stronger consumption.")
    found = facts_of(text, date(2025, 11, 20))
    assert {row[7] for row in found} == {3.6}


def test_customs_duties_collected_are_revenue_not_trade() -> None:
    text = ("US trade gap narrows\n\nWASHINGTON (AP) -- Imports fell 2.1 percent in September. The Treasury took in "
            "roughly $29.4 billion in customs duties in September, and tariff receipts of $31.2 billion in October.")
    found = facts_of(text, date(2025, 11, 20))
    assert {row[7] for row in found} == {-2.1}


def test_a_cause_given_by_which_was_affected_by_keeps_the_rate() -> None:
    # translated releases explain a fall in a relative clause that names orders: the rate is still trade's
    text = ("Anhui trade grows\n\nHEFEI -- In the first ten months of 2025, Anhui's processing trade reached 61.2 "
            "billion yuan, a decrease of 2.7%, which was mainly affected by part of the orders of electronics makers "
            "moving abroad. Its general trade stood at 402.5 billion yuan, down 1.1%, owing to fewer orders from "
            "Europe.")
    found = facts_of(text, date(2025, 11, 20))
    assert {row[7] for row in found} == {61.2e9, -2.7, 402.5e9, -1.1}


def test_a_cause_opened_by_as_without_a_comma_keeps_the_rates_of_former_and_latter() -> None:
    text = ("Wenzhou trade\n\nWENZHOU -- In the first ten months of 2025, Wenzhou's trade with the EU and Africa "
            "came to 80.4 billion yuan and 22.6 billion yuan respectively, with the former rising 6.6 percent and the "
            "latter falling 3.9 percent as weaker demand cut into footwear orders.")
    found = facts_of(text, date(2025, 11, 20))
    assert {(row[1], row[7]) for row in found} == {
        ("European Union", 80.4e9), ("Africa", 22.6e9), ("European Union", 6.6), ("Africa", -3.9)}

"""A milestone's span ("the most in any month of 2025"), a bloc "as a whole" that took goods, a capital's policy
("under Beijing's licensing regime") and the words that end no goods name ("a year earlier took shipments")."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run

LEAD = "BEIJING, Dec 20 (Reuters) - China's rare earth magnet exports rose in November, customs data showed.\n\n"


def test_the_most_in_any_month_of_a_year_dates_no_figure() -> None:
    text = LEAD + "Buyers in Japan took 305 tons, 35% more than in October and the most in any month of 2025."
    found = {
        (f.value, f.period.start, f.period.end, f.basis and f.basis.value) for f in run(text, date(2025, 12, 20)).facts
    }
    assert found == {(305, "2025-11", "2025-11", None), (35, "2025-11", "2025-11", "mom")}


def test_a_bloc_as_a_whole_that_took_goods_is_the_partner() -> None:
    text = LEAD + "With licences starting to bite, the European Union as a whole took 2,568.8 tons."
    assert [f.partner for f in run(text, date(2025, 12, 20)).facts] == ["European Union"]


def test_a_capital_s_policy_names_the_government_not_the_city() -> None:
    text = (
        LEAD + "Other metals under Beijing's licensing regime showed mixed trends. Antimony exports climbed 23.1% "
        "from October to 1,150 tons in November."
    )
    assert {f.area for f in run(text, date(2025, 12, 20)).facts} == {"China"}


def test_time_words_and_verbs_before_a_flow_word_name_no_goods() -> None:
    text = LEAD + "The 11.6% rise on a year earlier took shipments in the first 11 months to 58,193.1 tons."
    assert "earlier" not in {f.product for f in run(text, date(2025, 12, 20)).facts}
    text = "Brazil trade\n\nBrazil's soybean exports hit a record in 2025 and brought in $42.2 billion."
    assert [f.product for f in run(text, date(2026, 1, 10)).facts] == ["soybeans"]


def test_a_sentence_opened_on_total_exports_turns_a_sector_story_s_paragraph_to_all_goods() -> None:
    text = (
        "China's rare earth magnet exports jump in November\n\n"
        + LEAD
        + "Magnet exports rose 26.5% to 5,493.9 tons.\n\n"
        "Total exports were up 5.9% at $330.3 billion in November, and imports gained 1.9% to $218.6 billion. That "
        "left a monthly surplus of $111.68 billion."
    )
    goods = {f.value: f.product for f in run(text, date(2025, 12, 20)).facts}
    assert goods[111.68e9] is None and goods[5493.9] is not None

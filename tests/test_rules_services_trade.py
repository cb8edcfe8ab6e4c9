"""Rules for stories on trade in services: kinds of services named without the word ("Travel exports"), a category
named in a sentence with no figure and pointed at after it ("Trade in this category", "worth of such services"), a
cause's aside between a flow and its verb, and the date of a release that dates no figure. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run

TITLE = "China's services trade rises in first ten months\n\n"


def facts_of(body: str) -> dict[str, tuple[str, str | None, str, str]]:
    article = run(TITLE + body, date(2026, 11, 29))
    return {f.value_text: (f.flow.value, f.product, f.period.start, f.period.end) for f in article.facts}


def test_travel_alone_is_travel_services_and_a_cause_aside_keeps_the_flow() -> None:
    facts = facts_of("Travel imports, fuelled largely by Chinese holidaymakers going overseas, grew 5.9 percent to "
                     "1.47 trillion yuan in the first ten months.")
    assert facts["5.9"] == ("imports", "travel services", "2026-01", "2026-10")


def test_a_category_named_without_a_figure_is_the_one_pointed_at() -> None:
    facts = facts_of("So-called digital services, a group that spans software, data processing and licensing fees, "
                     "kept growing fastest. Trade in this category climbed 9.1 percent to 2.1 trillion yuan in the "
                     "first ten months. Chinese firms sold 1.2 trillion yuan worth of such services abroad in the same "
                     "period, up 11.4 percent.")
    assert {facts[v][1] for v in ("9.1", "2.1 trillion", "1.2 trillion", "11.4")} == {"digital services"}


def test_the_month_a_release_came_out_dates_no_figure() -> None:
    facts = facts_of("Customs figures published earlier in November showed China's goods trade reached 37.3 trillion "
                     "yuan in the first ten months.")
    assert facts["37.3 trillion"][2:] == ("2026-01", "2026-10")

"""A partner named as what a ranked role is: in apposition ("Germany's biggest export market, the United States,
took in ..."), as the role's predicate ("Vietnam's largest export market was still the US"), or after a ranked
place ("In second place came the European Union"); a list predicate is still read by "respectively".

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a partner in apposition to the role, the rank and the figures after it": (
        "Austria's exports slip\n\nVIENNA - Austrian exports fell 1.8% in August 2025. Austria's biggest export "
        "market, Germany, took €5.2 billion of goods, 2.4% less than a year earlier. Sales to the second-largest "
        "market, Italy, rose 1.1 percent to €1.3 billion.",
        date(2025, 10, 20),
        [("Austria", "Germany", None, None, "exports", "rank", None, 1.0, "number", "2025-08", "2025-08"),
         ("Austria", "Germany", None, None, "exports", "value", None, 5.2e9, "EUR", "2025-08", "2025-08"),
         ("Austria", "Italy", None, None, "exports", "rank", None, 2.0, "number", "2025-08", "2025-08"),
         ("Austria", "Italy", None, None, "exports", "value", None, 1.3e9, "EUR", "2025-08", "2025-08")],
    ),
    "a partner a role 'was still', the figures of the clause after it": (
        "Thailand's exports rise\n\nBANGKOK - Thailand's exports rose 7.4% in the first half of 2025. The "
        "country's largest export market was still the United States, taking $30.6 billion, up 25.1%.",
        date(2025, 7, 25),
        [("Thailand", "United States", None, None, "exports", "rank", None, 1.0, "number", "2025-01", "2025-06"),
         ("Thailand", "United States", None, None, "exports", "value", None, 30.6e9, "USD", "2025-01", "2025-06"),
         ("Thailand", "United States", None, None, "exports", "growth", "yoy", 25.1, "percent", "2025-01",
          "2025-06")],
    ),
    "'In second place came' a partner, with its figure": (
        "Guangxi trade\n\nNANNING, Oct. 21 (Xinhua) -- Guangxi's foreign trade grew 6.2 percent in the first three "
        "quarters of 2025. ASEAN was its largest trading partner. In second place came the European Union, at 31.4 "
        "billion yuan, up 4.6 percent.",
        date(2025, 10, 21),
        [("Guangxi", "European Union", None, None, "total", "rank", None, 2.0, "number", "2025-01", "2025-09"),
         ("Guangxi", "European Union", None, None, "total", "value", None, 31.4e9, "CNY", "2025-01", "2025-09")],
    ),
    "an opening 'With trade of ...,' is the figure of the partner the clause then ranks": (
        "Jiangsu trade\n\nNANJING, Jan. 20 (Xinhua) -- Jiangsu's foreign trade grew 5.1 percent in 2024. With trade "
        "of 701.2 billion yuan, up 3.3 percent, ASEAN stayed the province's largest trading partner.",
        date(2025, 1, 20),
        [("Jiangsu", "ASEAN", None, None, "total", "value", None, 701.2e9, "CNY", "2024-01", "2024-12"),
         ("Jiangsu", "ASEAN", None, None, "total", "growth", "yoy", 3.3, "percent", "2024-01", "2024-12")],
    ),
    "'With the 27-nation European Union,' and 'Against the 27-nation ...' open a balance with the bloc": (
        "US trade deficit\n\nWASHINGTON, Dec 4 - The U.S. trade deficit narrowed in October 2025. With the 27-nation "
        "European Union, the deficit rose 41.2% to $11.8 billion. Against the 10-member ASEAN, the shortfall narrowed "
        "to $20.1 billion.",
        date(2025, 12, 4),
        [("United States", "European Union", None, None, "balance", "value", None, -11.8e9, "USD", "2025-10",
          "2025-10"),
         ("United States", "ASEAN", None, None, "balance", "value", None, -20.1e9, "USD", "2025-10", "2025-10")],
    ),
    "goods 'bound for the 10-member' bloc go to the bloc": (
        "Korea's exports\n\nSEJONG, Aug. 1 (Yonhap) -- South Korea's exports rose 5.9 percent in July 2025. Exports "
        "bound for the 10-member Association of Southeast Asian Nations increased 3.2 percent to $9.81 billion.",
        date(2025, 8, 1),
        [("South Korea", "ASEAN", None, None, "exports", "value", None, 9.81e9, "USD", "2025-07", "2025-07")],
    ),
    "a foreign place that 'accounted for' or 'produced' a balance is its counterpart, not the subject": (
        "US trade deficit\n\nWASHINGTON, May 5 - The U.S. trade deficit widened in March 2026. Canada accounted for "
        "a $7.9 billion deficit. Vietnam, home to many electronics assemblers, again produced the biggest bilateral "
        "goods deficit, at $17.3 billion.",
        date(2026, 5, 5),
        [("United States", "Canada", None, None, "balance", "value", None, -7.9e9, "USD", "2026-03", "2026-03"),
         ("United States", "Vietnam", None, None, "balance", "value", None, -17.3e9, "USD", "2026-03", "2026-03")],
    ),
    "a list of partners after 'were' stays a list, each its own figure 'respectively'": (
        "Shanxi trade\n\nTAIYUAN, Oct. 21 (Xinhua) -- Shanxi's foreign trade fell 2.2 percent in the first three "
        "quarters of 2025. Its three biggest partners were ASEAN, the European Union and Japan, whose trade with "
        "the province came to 21.4 billion yuan, 18.2 billion yuan and 9.6 billion yuan respectively.",
        date(2025, 10, 21),
        [("Shanxi", "ASEAN", None, None, "total", "value", None, 21.4e9, "CNY", "2025-01", "2025-09"),
         ("Shanxi", "European Union", None, None, "total", "value", None, 18.2e9, "CNY", "2025-01", "2025-09"),
         ("Shanxi", "Japan", None, None, "total", "value", None, 9.6e9, "CNY", "2025-01", "2025-09")],
    ),
    "a partner described between dashes ('the EU — Korea's second-largest market — bought') is the subject": (
        "Korea's exports\n\nSEOUL, Dec 1 (Yonhap) -- South Korea's exports rose 6.8 percent in November. The EU — "
        "Korea's third-largest export market — bought $6.2 billion of Korean goods, 4.1 percent more than a year "
        "earlier.",
        date(2025, 12, 1),
        [("South Korea", "European Union", None, None, "exports", "value", None, 6.2e9, "USD", "2025-11", "2025-11"),
         ("South Korea", "European Union", None, None, "exports", "growth", "yoy", 4.1, "percent", "2025-11",
          "2025-11")],
    ),
    "an owner's list of partners after 'were', whatever clause gives their figures ('which accounted for', 'with "
    "which the city traded')": (
        "Jiangxi trade\n\nNANCHANG, Oct. 22 (Xinhua) -- Jiangxi's foreign trade rose 3.1 percent in the first three "
        "quarters of 2025. Jiangxi's top three partners were ASEAN, the European Union and Africa, which accounted "
        "for trade of 61.2 billion yuan, 40.5 billion yuan and 22.8 billion yuan respectively. Its next two partners "
        "were the United States and India, with which the province traded 30.1 billion yuan and 12.4 "
        "billion yuan respectively.",
        date(2025, 10, 22),
        [("Jiangxi", "ASEAN", None, None, "total", "value", None, 61.2e9, "CNY", "2025-01", "2025-09"),
         ("Jiangxi", "European Union", None, None, "total", "value", None, 40.5e9, "CNY", "2025-01", "2025-09"),
         ("Jiangxi", "Africa", None, None, "total", "value", None, 22.8e9, "CNY", "2025-01", "2025-09"),
         ("Jiangxi", "United States", None, None, "total", "value", None, 30.1e9, "CNY", "2025-01", "2025-09"),
         ("Jiangxi", "India", None, None, "total", "value", None, 12.4e9, "CNY", "2025-01", "2025-09")],
    ),
    "a buyer named with what it includes ('Europe, including Britain, took') or as a market ('The U.S. market "
    "absorbed') is the partner": (
        "Japan's exports\n\nTOKYO (Kyodo) -- Japan's exports rose 2.9 percent in August 2026. Europe, including "
        "Britain, took 1.02 trillion yen of Japanese exports, up 3.3 percent. The U.S. market absorbed about 19% of "
        "all Japanese exports in August.",
        date(2026, 9, 17),
        [("Japan", None, None, None, "exports", "growth", "yoy", 2.9, "percent", "2026-08", "2026-08"),
         ("Japan", "Europe", None, None, "exports", "value", None, 1.02e12, "JPY", "2026-08", "2026-08"),
         ("Japan", "Europe", None, None, "exports", "growth", "yoy", 3.3, "percent", "2026-08", "2026-08"),
         ("Japan", "United States", None, None, "exports", "share", None, 19.0, "percent", "2026-08", "2026-08")],
    ),
    "a buyer named 'as a whole' with what it includes after it ('Asia as a whole, China included, took ... of "
    "Japanese goods') is the partner, and the goods' owner the area": (
        "Japan's exports\n\nTOKYO (Kyodo) -- Japan's exports rose 2.9 percent in August 2026. Europe as a whole, "
        "Britain included, took 1.02 trillion yen of Japanese goods, after a 3.3 percent rise.",
        date(2026, 9, 17),
        [("Japan", None, None, None, "exports", "growth", "yoy", 2.9, "percent", "2026-08", "2026-08"),
         ("Japan", "Europe", None, None, "exports", "value", None, 1.02e12, "JPY", "2026-08", "2026-08"),
         ("Japan", "Europe", None, None, "exports", "growth", "yoy", 3.3, "percent", "2026-08", "2026-08")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_role_partners(name: str) -> None:
    assert_yields(*CASES[name])


def test_an_opening_at_figure_is_the_clause_s_whose_partner_follows() -> None:
    text = ("China's trade\n\nBEIJING, Jan. 14 (Xinhua) -- China's foreign trade rose 3.8 percent in 2025. At 22.1 "
            "trillion yuan, trade with Belt and Road partner countries represented 50.3 percent of the total. At $510 "
            "billion, exports to the EU were 7.9 percent higher.")
    found = {(r[1], r[4], r[5], r[7]) for r in facts_of(text, date(2026, 1, 14))}
    assert ("Belt and Road partner countries", "total", "value", 22.1e12) in found
    assert ("European Union", "exports", "value", 510e9) in found


@pytest.mark.parametrize(
    "name", ["the BRI partners", "Belt and Road Initiative participant countries",
             "partner countries of the Belt and Road Initiative"],
)  # fmt: skip
def test_the_belt_and_road_partners_in_their_other_written_forms(name: str) -> None:
    text = f"China's trade\n\nBEIJING, Jan. 14 (Xinhua) -- China's exports to {name} grew 6.4 percent in 2025."
    assert {r[1] for r in facts_of(text, date(2026, 1, 14))} == {"Belt and Road partner countries"}


def test_a_partner_s_share_written_without_a_possessive_and_a_share_of_world_exports() -> None:
    text = ("China's exports\n\nBEIJING, Nov 7 - China's exports rose 5.3 percent in the first ten months of 2025. The "
            "U.S. share of China's exports was 10.9%. China's share of world exports rose to 14.1 percent.")
    found = {(r[1], r[2], r[5], r[7]) for r in facts_of(text, date(2025, 11, 7))}
    assert ("United States", None, "share", 10.9) in found  # the partner's share of the subject's exports
    assert (None, None, "share", 14.1) in found  # "world" is no goods


def test_a_share_of_the_subject_s_exports_that_went_to_a_partner_is_the_partner_s() -> None:
    text = ("Germany's exports\n\nBERLIN - Germany's exports fell 2.1 percent in October 2025. Slightly more than 8% "
            "of Germany's October exports went to the U.S., and nearly 70 percent of the trade with the EU was in "
            "machinery.")
    found = {(r[1], r[5], r[7]) for r in facts_of(text, date(2025, 12, 8))}
    assert ("United States", "share", 8.0) in found


def test_a_foreign_subject_that_saw_its_trade_with_the_story_s_economy_change_is_the_partner() -> None:
    """"The United States, the province's third-largest trading partner, saw its trade with Zhejiang shrink": the
    story's economy's trade with the US (rank too); "the Southeast Asian bloc" is ASEAN."""
    text = ("Zhejiang's trade\n\nHANGZHOU, Nov. 20 (Xinhua) -- Zhejiang's foreign trade rose 6.1 percent in the first "
            "ten months of 2025. Japan, the province's fifth-largest trading partner, saw its trade with Zhejiang slip "
            "3.2 percent to 151.8 billion yuan. Trade between Zhejiang and the Southeast Asian bloc grew 12.6 percent.")
    found = {(r[0], r[1], r[5], r[7]) for r in facts_of(text, date(2025, 11, 20))}
    assert {("Zhejiang", "Japan", "rank", 5.0), ("Zhejiang", "Japan", "growth", -3.2),
            ("Zhejiang", "Japan", "value", 151.8e9), ("Zhejiang", "ASEAN", "growth", 12.6)} <= found


def test_partners_written_after_their_figure_or_inside_a_balance_phrase() -> None:
    """"Exports to the whole of Asia ..., including 1.62 trillion yen to China"; "Japan bought 2.3% more from China";
    "Japan's balance with China ... showing a deficit of"; "the China deficit amounted to" in a US story (but not
    "the US deficit with Vietnam"); "The mainland, Hong Kong's largest market," at a sentence's start."""
    japan = ("Japan's trade\n\nTOKYO, Dec 17 (Kyodo) - Japan's exports rose 6.1% in November 2025. Exports to the whole "
             "of Asia amounted to 4.71 trillion yen, including 1.55 trillion yen to China. Japan bought 3.1% more from "
             "China. Japan's balance with China stayed negative, showing a deficit of 611.2 billion yen.")
    found = {(r[1], r[7]) for r in facts_of(japan, date(2025, 12, 17))}
    assert {("Asia", 4.71e12), ("China", 1.55e12), ("China", 3.1), ("China", -611.2e9)} <= found
    us = ("US trade\n\nWASHINGTON - The U.S. trade deficit narrowed in June 2025. For January through June, the China "
          "deficit amounted to $98.4 billion, while the deficit with Vietnam grew to $71.2 billion.")
    found = {(r[0], r[1], r[7]) for r in facts_of(us, date(2025, 8, 5))}
    assert {("United States", "China", -98.4e9), ("United States", "Vietnam", -71.2e9)} <= found
    hong_kong = ("Hong Kong exports\n\nHONG KONG, April 25 - Hong Kong's exports rose 18.5 percent in March 2025. The "
                 "mainland, Hong Kong's largest market, absorbed 54.1 percent of total exports in March.")
    found = {(r[1], r[5], r[7]) for r in facts_of(hong_kong, date(2025, 4, 25))}
    assert ("China", "share", 54.1) in found


def test_partners_named_by_a_security_idiom_or_where_the_goods_found_their_buyer() -> None:
    """"Japan's surplus with its key security partner" is with the United States in a Japanese story; "Indian goods
    found their largest market in the United States, which took $6.42 billion" names the rank's and the value's
    partner; "the $6.95 billion of a year earlier" names no goods."""
    japan = ("Japan's trade\n\nTOKYO, March 18 (Kyodo) - Japan's exports rose 4.1 percent in February 2026. Japan's "
             "surplus with its key security partner fell 18.2 percent to 611.4 billion yen.")
    found = {(r[1], r[7]) for r in facts_of(japan, date(2026, 3, 18))}
    assert {("United States", -18.2), ("United States", 611.4e9)} <= found
    india = ("India's exports\n\nNEW DELHI, Jan 15 (PTI) India's exports rose 1.9 per cent in December 2025. Indian goods "
             "still found their largest market in the United States, which took $6.42 billion of them, below the $6.95 "
             "billion of a year earlier.")
    found = {(r[1], r[2], r[5], r[7]) for r in facts_of(india, date(2026, 1, 15))}
    assert {("United States", None, "rank", 1.0), ("United States", None, "value", 6.42e9)} <= found
    assert not [row for row in found if row[1] == "earlier"]


def test_a_partner_that_moved_ahead_as_the_province_s_largest_a_named_partner_group_and_a_supplier_aside() -> None:
    """"ASEAN moved ahead of the United States as the province's largest trading partner, with trade between the two
    sides surging" is Sichuan's trade with ASEAN; "Belt and Road partner countries, meanwhile, accounted for 51.8
    percent" are partners by name; "Australia, which supplied 612,000 tons, or 45.3% of the total," in a story on
    what China buys is China's supplier."""
    sichuan = ("Sichuan's trade\n\nCHENGDU, Nov 20 (Xinhua) -- Sichuan's foreign trade rose 4.1 percent in the first "
               "ten months of 2025. ASEAN moved ahead of the European Union as the province's largest trading partner, "
               "with trade between the two sides surging 19.6 percent. Belt and Road partner countries, meanwhile, "
               "accounted for 49.2 percent of the total.")
    found = {(r[0], r[1], r[7]) for r in facts_of(sichuan, date(2025, 11, 20))}
    assert {("Sichuan", "ASEAN", 19.6), ("Sichuan", "Belt and Road partner countries", 49.2)} <= found
    wheat = ("China's wheat imports\n\nBEIJING, Sept 20 (Reuters) - China's wheat imports rose in August 2025 to 1.41 "
             "million tons. Australia, which supplied 598,000 tons, or 42.4% of the total, took back the top position.")
    found = {(r[0], r[1], r[7]) for r in facts_of(wheat, date(2025, 9, 20))}
    assert {("China", "Australia", 598000.0), ("China", "Australia", 42.4)} <= found

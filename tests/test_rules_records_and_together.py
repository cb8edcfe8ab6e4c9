"""Round 86: a rate noun "over" a year is the base, a former record's year, goods subjects with "alone", cause verbs
before goods ("helped", "leaving"), and a bloc's economies that "together took".

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Korea's exports set record\n\nSEOUL, Jan. 1 (Korea Herald) - South Korea's exports hit a record high last "
         "year, government data showed Wednesday. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2026, 1, 1))}


def test_a_rate_noun_over_a_year_compares_with_that_year() -> None:
    """"put last year's exports at $709.2 billion, a 3.7 percent increase over 2024": 2025's rate, not 2024's."""
    rows = _rows("The ministry put last year's exports at $709.2 billion, a 3.7 percent increase over 2024.")
    assert rows[3.7][9:] == ("2025-01", "2025-12") and rows[709.2e9][9:] == ("2025-01", "2025-12"), rows


def test_a_former_records_year_dates_its_figure() -> None:
    """"The previous best, from 2024, stood at $683.8 billion": 2024's exports."""
    rows = _rows("Exports rose to $709.2 billion. The previous best, from 2024, stood at $683.8 billion.")
    assert rows[683.8e9][9:] == ("2024-01", "2024-12"), rows


def test_goods_alone_as_the_subject_and_goods_after_cause_verbs() -> None:
    """"Chips alone made up 22.4 percent", "... helped computer exports climb 41.2 percent", "..., leaving car
    exports flat at $71.3 billion": chips, computers and cars."""
    rows = _rows("Chips alone made up 22.4 percent of everything the country sold abroad. Strong demand for servers "
                 "helped computer exports climb 41.2 percent. Strikes disrupted assembly lines, leaving car exports "
                 "essentially flat at $71.3 billion.")
    assert (rows[22.4][2], rows[41.2][2], rows[71.3e9][2]) == ("chips", "computers", "cars"), rows


def test_a_blocs_economies_that_together_took_a_sum_are_its_market() -> None:
    """"The 10 ASEAN economies together took $119 billion, up 4.4 percent": Korea's exports to ASEAN."""
    rows = _rows("The 10 ASEAN economies together took $119 billion, up 4.4 percent.")
    assert rows[119e9][1] == "ASEAN" and rows[4.4][1] == "ASEAN", rows


_DELTA = ("Yangtze River Delta trade\n\nSHANGHAI, Jan. 23 (Xinhua) -- Goods worth a record 16.8 trillion yuan were "
          "imported into or exported from the Yangtze River Delta in 2025, customs data showed. ")


def _delta_rows(body: str = "") -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_DELTA + body, date(2026, 1, 23))}


def test_goods_imported_into_or_exported_from_a_region_are_its_total_trade() -> None:
    """"Goods worth 16.8 trillion yuan were imported into or exported from the Yangtze River Delta": total trade."""
    rows = _delta_rows()
    assert rows[16.8e12][:2] == ("Yangtze River Delta", None) and rows[16.8e12][4] == "total", rows


def test_shares_shared_out_over_flows_named_after_them() -> None:
    """"The region thus supplied 39.4 percent and 33.1 percent of the nation's exports and imports, respectively"."""
    rows = _delta_rows("The region thus supplied 39.4 percent and 33.1 percent of the nation's exports and imports, "
                       "respectively.")
    assert (rows[39.4][4], rows[33.1][4]) == ("exports", "imports"), rows


def test_a_subject_second_only_to_another_place_keeps_its_figures_and_rank() -> None:
    """"Zhejiang's exports, second only to those of south China's Guangdong ..., rose 6.1% to 4.15 trillion yuan":
    Zhejiang's, ranked second; Guangdong is the rival."""
    rows = _delta_rows("Zhejiang's exports, second only to those of south China's Guangdong among the country's "
                       "provincial-level regions, rose 6.1% to 4.15 trillion yuan.")
    assert rows[4.15e12][0] == "Zhejiang" and rows[6.1][0] == "Zhejiang", rows
    assert rows[2.0][0] == "Zhejiang" and rows[2.0][5] == "rank", rows


def test_goods_shipped_out_of_a_region_name_no_goods() -> None:
    """"goods shipped out of the region were valued at 10.3 trillion yuan": exports of all goods."""
    rows = _delta_rows("Last year, goods shipped out of the region were valued at 10.3 trillion yuan.")
    assert rows[10.3e12][2] is None and rows[10.3e12][4] == "exports", rows


def test_hong_kong_china_as_the_citys_partner_named_in_apposition() -> None:
    """"Hong Kong, China, the city's second largest trading partner, recorded ... 3,655.1 hundred million yuan":
    Shenzhen's trade with Hong Kong (the official name's "China" is no second place), and the subject carried to
    the next sentence stays Shenzhen."""
    rows = {r[7]: r for r in facts_of(
        "Shenzhen foreign trade\n\nSource: Shenzhen Customs    Date: 2025-07-18\n\nIn the first half of 2025, "
        "Shenzhen's imports and exports reached 2.3 trillion yuan, up 4.1%. Hong Kong, China, the city's second "
        "largest trading partner, recorded an import and export value of 3,655.1 hundred million yuan, up 7.1%. "
        "Import and export with the United States came to 1,988.2 hundred million yuan.", date(2025, 7, 18))}
    assert rows[3655.1e8][:2] == ("Shenzhen", "Hong Kong") and rows[2.0][:2] == ("Shenzhen", "Hong Kong"), rows
    assert rows[1988.2e8][:2] == ("Shenzhen", "United States"), rows


def test_goods_each_with_its_worth_and_spending_on_goods() -> None:
    """"the country imported gold worth USD 6.42 billion and silver worth USD 0.51 billion"; "Spending on crude oil
    imports climbed 9.8 per cent": each good its own value, and the goods are crude oil."""
    rows = {r[7]: r for r in facts_of(
        "India's trade\n\nNEW DELHI, Nov 14 (PTI) - India's merchandise exports rose 6.2 per cent to USD 41.6 billion "
        "in October 2025. Spending on crude oil imports climbed 9.8 per cent in October. Bullion purchases were "
        "lower: the country imported gold worth USD 6.42 billion and silver worth USD 0.51 billion.",
        date(2025, 11, 14))}
    assert (rows[6.42e9][2], rows[0.51e9][2]) == ("gold", "silver"), rows
    assert rows[9.8][2] == "crude oil", rows


def test_goods_listed_after_were_each_with_its_rate_including_an_ised_adjective() -> None:
    """"The biggest drags were pharmaceuticals, down 31.2 per cent, specialised machinery, down 18.4 per cent": each
    good its own fall ("specialised" is an adjective, not a participle clause)."""
    rows = {r[7]: r for r in facts_of(
        "Singapore NODX\n\nSINGAPORE, Nov 17 - Singapore's non-oil domestic exports rose 2.2 per cent in October "
        "2025. The biggest drags on non-electronic shipments were pharmaceuticals, down 31.2 per cent, specialised "
        "machinery, down 18.4 per cent.", date(2025, 11, 17))}
    assert (rows[-31.2][2], rows[-18.4][2]) == ("pharmaceuticals", "specialised machinery"), rows

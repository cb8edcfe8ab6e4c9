"""Wire clauses that say what a figure is not: a streak's start ("extending a run of declines that began in April")
dates no figure; "the world's largest consumer market" describes a partner, it ranks none; goods the sentence opens
with as a cause ("Higher purchases of gold and silver lifted the import bill") restrict no figure; parts of a change
("Chemicals accounted for £300m of that drop and machinery for another £100m") are changes. And what it is: "tons of
rare earths left the country" are rare earths (the goods end at their verb); GDP inside a "which" aside drops no rate; "a cumulative trade deficit" after a
span is that span's; "22.12 trillion yuan came from exports, ... and 15.19 trillion yuan from imports" are a sum's
flows; the deficit "which measures how far purchases exceed sales" is no policy measure; "Hong Kong of China" is Hong
Kong; a place in a clause describing the area ("the province that leads China") is not the figure's.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of


def test_a_streaks_start_dates_no_figure() -> None:
    text = ("China's exports\n\nBEIJING, Oct 13 - China's exports rose 6.1% in September 2025. Shipments to the US "
            "fell 22% from a year earlier to $31.2 billion, extending a run of steep declines that began in April.")
    periods = {(row[7], row[9]) for row in facts_of(text, date(2025, 10, 13)) if row[1] == "United States"}
    assert periods == {(-22.0, "2025-09"), (31.2e9, "2025-09")}


def test_the_worlds_largest_market_describes_a_partner_and_ranks_none() -> None:
    text = ("China's trade\n\nBEIJING, Oct 13 - China's exports rose 6.1% in September 2025. Imports from the US fell "
            "12.4%, leaving China with a surplus of $19.5 billion with the world's largest consumer market.")
    found = facts_of(text, date(2025, 10, 13))
    assert not [row for row in found if row[5] == "rank"]
    assert ("China", "United States", None, None, "balance", "value", None, 19.5e9, "USD", "2025-09",
            "2025-09") in found


def test_goods_that_open_the_sentence_as_a_cause_restrict_no_figure() -> None:
    text = ("India's trade\n\nNEW DELHI, Nov 17 (PTI) India's exports fell 4.2 per cent in October 2025. Higher "
            "purchases of gold, silver and fertiliser lifted the month's import bill to USD 71.2 billion, an increase "
            "of 12.5 per cent.")
    imports = {(row[2], row[7]) for row in facts_of(text, date(2025, 11, 17)) if row[4] == "imports"}
    assert imports == {(None, 71.2e9), (None, 12.5)}


def test_parts_of_a_change_are_changes() -> None:
    text = ("UK trade\n\nLONDON - UK goods exports fell 2.4% in September 2025 to £27.9bn. Fuels accounted for £400m "
            "of that drop and cars for another £200m.")
    values = {row[7] for row in facts_of(text, date(2025, 11, 13)) if row[5] == "value"}
    assert values == {27.9e9}


def test_goods_counted_in_tons_end_at_their_verb() -> None:
    text = ("China's rare earths\n\nBEIJING, Oct 13 - Some 3,800 tons of rare earths left the country in September "
            "2025, and 2,100 tons of magnets were shipped abroad.")
    goods = {(row[2], row[7]) for row in facts_of(text, date(2025, 10, 13))}
    assert goods == {("rare earths", 3800.0), ("magnets", 2100.0)}


def test_a_cumulative_balance_after_a_span_is_that_span() -> None:
    text = ("India's trade\n\nNEW DELHI, Dec 15 (PTI) India's exports rose 19 per cent in November 2025. During "
            "April-November 2025-26, exports totalled USD 292.1 billion and imports USD 515.2 billion.\n\nThat left a "
            "cumulative trade deficit of USD 223.1 billion, up from USD 201.5 billion in April-November 2024-25.")
    periods = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 12, 15))}
    assert periods[-223.1e9] == ("2025-04", "2025-11")


def test_a_deficit_which_measures_how_far_purchases_exceed_sales_is_still_a_trade_figure() -> None:
    """"which measures" is a verb, not policy "measures"; "the combined goods and services gap reached" is a balance;
    "averaged" gives an average, no month's figure; "$24.1 billion in services" names its goods after it."""
    text = ("US trade\n\nWASHINGTON (AP) - The U.S. trade deficit fell in October 2025. The goods and services deficit, "
            "which measures how far purchases from abroad exceed sales to foreign buyers, fell 8.2% to $48.1 billion. "
            "For the first ten months, the combined goods and services gap reached $801.5 billion. The country ran a "
            "surplus of $24.1 billion in services such as travel. Over the three months through October, the overall "
            "deficit averaged $55.3 billion.")
    found = {(row[2], row[4], row[7]) for row in facts_of(text, date(2025, 12, 11))}
    assert {("goods and services", "balance", -8.2), ("goods and services", "balance", -48.1e9),
            ("goods and services", "balance", -801.5e9), ("services", "balance", 24.1e9)} <= found
    assert not any(abs(value) == 55.3e9 for _, _, value in found)


def test_a_part_of_a_sum_from_imports_is_imports() -> None:
    text = ("China's trade\n\nBEIJING, Nov. 7 (Xinhua) -- China's foreign trade reached 37.31 trillion yuan in the first "
            "10 months of 2025. Of that sum, 22.12 trillion yuan came from exports, up 6.2 percent, and 15.19 trillion "
            "yuan from imports, which slipped 1.6 percent.")
    flows = {row[7]: row[4] for row in facts_of(text, date(2025, 11, 7))}
    assert flows[22.12e12] == "exports" and flows[15.19e12] == "imports"


def test_parts_of_a_pair_total_named_after_their_figures() -> None:
    text = ("China's trade\n\nBEIJING, Nov. 7 (Xinhua) -- In the first 10 months of 2025, China's trade with Japan "
            "edged up 0.8 percent to 1.83 trillion yuan, of which 870 billion yuan was exports to Japan and 960 billion "
            "yuan imports from the neighbour.")
    found = {row[7]: (row[1], row[4]) for row in facts_of(text, date(2025, 11, 7))}
    assert found[1.83e12] == ("Japan", "total")
    assert found[870e9] == ("Japan", "exports") and found[960e9] == ("Japan", "imports")


def test_customs_prose_partners_and_a_described_province() -> None:
    """"Hong Kong of China" is Hong Kong, an item of the partner list; "Guangdong, the southern province that leads
    China in foreign trade," keeps Guangdong as the area; "rising 12.5 percent with Africa" names the partner after
    the rate; "yet exports bound for" names no goods."""
    text = ("Guangdong's trade\n\nGUANGZHOU, Jan. 19 (Xinhua) -- Imports and exports of Guangdong, the southern "
            "province that leads China in foreign trade, climbed 4.4 percent in 2025. Its trade with ASEAN, Hong Kong "
            "of China and the European Union was 1.56 trillion yuan, 1.19 trillion yuan and 1.03 trillion yuan "
            "respectively. Trade with emerging markets grew faster, rising 12.5 percent with Africa and 9.1 percent "
            "with Latin America. Tariffs eased, yet exports bound for the United States fell 14.8 percent.")
    found = facts_of(text, date(2026, 1, 19))
    assert ("Guangdong", None, None, None, "total", "growth", "yoy", 4.4, "percent", "2025-01", "2025-12") in found
    partners = {row[7]: (row[1], row[2]) for row in found}
    assert partners[1.19e12] == ("Hong Kong", None) and partners[1.03e12] == ("European Union", None)
    assert partners[12.5] == ("Africa", None) and partners[9.1] == ("Latin America", None)
    assert partners[-14.8] == ("United States", None)


def test_changes_pledges_and_tariff_coverage_are_no_facts() -> None:
    """"grew by another $6.6 billion" and "led a $1.1 billion advance" are changes; "counter-tariffs covering C$30
    billion of American products" and "a $550 billion package of investment" are no trade."""
    text = ("US trade\n\nWASHINGTON - The U.S. trade deficit narrowed in March 2026 to $57.1 billion. Computer purchases "
            "grew by another $5.2 billion. Soybeans led a $1.3 billion advance in exports of foods. Canada hit back "
            "with counter-tariffs covering C$25 billion of American products. Japan pledged a $550 billion package of "
            "investment in the United States.")
    assert {row[7] for row in facts_of(text, date(2026, 5, 5))} == {-57.1e9}


def test_a_partner_that_took_a_percent_more_and_the_countries_that_use_the_euro() -> None:
    """"China took 3.9 percent more and the ASEAN bloc 4.5 percent more" are rates, not shares; "Countries that use
    the euro took €51.4 billion" is the euro area (not the currency)."""
    korea = ("Korea's exports\n\nSEOUL, Nov 1 (Yonhap) -- South Korea's exports rose 3.6 percent in October 2025. China "
             "took 2.7 percent more.")
    assert ("China", "growth", 2.7) in {(r[1], r[5], r[7]) for r in facts_of(korea, date(2025, 11, 1))}
    germany = ("German trade\n\nBERLIN - German exports rose 1.1% in September 2025 to 131.2 billion euros. Countries "
               "that use the euro took €49.8 billion of those exports, a 2.2% increase.")
    found = {(r[1], r[7]) for r in facts_of(germany, date(2025, 11, 7))}
    assert {("Euro area", 49.8e9), ("Euro area", 2.2)} <= found


def test_a_headline_on_an_origin_s_shipments_to_a_buyer_that_cites_the_buyer_s_customs_is_the_buyer_s_story() -> None:
    """"Indonesian coal shipments to China tumble" over a lead citing the General Administration of Customs is a story
    on China's imports from Indonesia; "14.2 million tons arrived from the Southeast Asian country" are imports from
    it. Without the customs the headline's demonym stays the story's economy."""
    lead = ("Coal shipments to China from its top supplier Indonesia fell in October 2025. Data from the General "
            "Administration of Customs showed 14.2 million metric tons arrived from the Southeast Asian country, a "
            "decline of 18.3% from October 2024.")
    text = f"Indonesian coal shipments to China tumble in October\n\nBEIJING, Nov 20 (Reuters) - {lead}"
    found = {(r[0], r[1], r[4], r[7]) for r in facts_of(text, date(2025, 11, 20))}
    assert found == {("China", "Indonesia", "imports", 14.2e6), ("China", "Indonesia", "imports", -18.3)}
    own = f"Indonesian coal shipments to China tumble in October\n\nJAKARTA, Nov 20 - {lead.split(' Data from')[0]}"
    assert {r[0] for r in facts_of(own + " Exports fell 5.1%.", date(2025, 11, 20))} == {"Indonesia"}


def test_an_intake_is_imports_and_a_sum_paid_names_no_goods() -> None:
    """"China's September copper concentrate intake" is imports of the concentrate; "..., and paid $49.2 billion"
    and "and a decline of 6.2% from August" name no goods of their own: the story's concentrate."""
    text = ("China's September copper concentrate intake falls\n\nSINGAPORE, Oct 20 (Reuters) - China's total "
            "arrivals of copper concentrate in September were 2.41 million tons, an increase of 5.1% on the year and a "
            "decline of 4.4% from August. Between January and September, China bought 21.9 million tons of the "
            "concentrate and paid $47.6 billion.")
    found = {(r[2], r[4], r[7]) for r in facts_of(text, date(2025, 10, 20))}
    assert {("copper concentrate", "imports", 2.41e6), ("copper concentrate", "imports", -4.4),
            ("copper concentrate", "imports", 47.6e9)} <= found


def test_a_headline_s_buyer_verb_names_the_story_s_goods_and_flow() -> None:
    """"China takes 9.3% more Brazilian soybeans in June" is a story on soybean imports: figures that name no goods
    are the soybeans'; "Japan takes more time to decide" names no goods."""
    text = ("China takes 8.1% more Brazilian soybeans in June\n\nBEIJING, July 20 (Reuters) - Figures from the General "
            "Administration of Customs put June purchases from Brazil at 10.2 million tons. In all, China brought in "
            "11.9 million tons in June.")
    found = {(r[2], r[4], r[7]) for r in facts_of(text, date(2025, 7, 20))}
    assert ("soybeans", "imports", 11.9e6) in found
    from tradefacts.extract.rules.headline_goods import title_product

    assert title_product("Japan takes more time to decide") is None


def test_a_non_trade_word_in_a_relative_aside_drops_no_rate() -> None:
    """"..., a 4.9% increase from August, with gold, which the BEA strips out when it calculates gross domestic
    product, accounting for much of the gain": GDP in the aside is no subject of the month's rate."""
    text = ("US trade\n\nWASHINGTON (Reuters) - The U.S. trade deficit narrowed in September. Goods exports rose to "
            "$187.6 billion, a 4.9% increase from August, with gold, which the statisticians leave out when they "
            "calculate gross domestic product, making up much of the gain.")
    found = {(row[4], row[5], row[6], row[7]) for row in facts_of(text, date(2025, 11, 5))}
    assert ("exports", "growth", "mom", 4.9) in found


def test_a_province_s_share_of_the_country_s_trade_stated_with_was() -> None:
    text = ("Zhejiang trade\n\nHANGZHOU, Oct. 20 (Xinhua) -- Zhejiang's foreign trade rose 4.8 percent in the first "
            "three quarters of 2025. Only Guangdong traded more: Zhejiang's share of the country's imports and "
            "exports over the period was 13.1 percent.")
    found = {row[7]: (row[0], row[5]) for row in facts_of(text, date(2025, 10, 20))}
    assert found[13.1] == ("Zhejiang", "share")

"""Round 88: a balance "tipped into" a deficit (not a forecast's "tipped to"), a "gap of" a figure as the balance, and
a rate in an opening "After ...-ing N% in August," that belongs to the partner its main clause names.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Japan posts deficit\n\nTOKYO, Oct 22 (Reuters) - Japan's exports fell in September, Ministry of Finance "
         "data showed on Wednesday. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2025, 10, 22))}


def test_a_balance_tipped_into_deficit_is_a_figure_and_tipped_to_is_a_forecast() -> None:
    """"Strong purchases tipped the balance into a deficit of 187.3 billion yen": a fact; "exports are tipped to grow
    2.4%": a forecast."""
    rows = _rows("Strong purchases tipped the balance into a deficit of 187.3 billion yen. Exports are tipped to "
                 "grow 2.4% in October.")
    assert rows[-187.3e9][4] == "balance" and 2.4 not in rows, rows


def test_a_gap_of_a_figure_is_the_balance() -> None:
    """"smaller than August's revised gap of 211.5 billion yen": August's balance; "a gap of Rs 2.91 lakh crore"
    after exports and imports: the balance, not imports."""
    rows = _rows("It was the second monthly shortfall, though smaller than August's revised gap of 211.5 billion yen.")
    assert rows[-211.5e9][4] == "balance" and rows[-211.5e9][9:] == ("2025-08", "2025-08"), rows
    india = {row[7]: row for row in facts_of(
        "India's trade deficit widens\n\nNEW DELHI, Nov 15 (PTI) - India's exports fell in October. Measured in "
        "rupees, exports came to Rs 3.11 lakh crore and imports to Rs 6.02 lakh crore, a gap of Rs 2.91 lakh crore.",
        date(2025, 11, 15))}
    assert india[-2.91e12][4] == "balance", india


def test_an_opening_participle_clauses_rate_is_its_main_subjects() -> None:
    """"After shrinking 11.2% in August, shipments to the United States sank a further 9.6%": both the US's."""
    rows = _rows("After shrinking 11.2% in August, shipments to the United States sank a further 9.6% in September.")
    assert rows[-11.2][1] == "United States" and rows[-11.2][9:] == ("2025-08", "2025-08"), rows
    assert rows[-9.6][1] == "United States", rows


_INDIA = ("India's trade deficit narrows\n\nNEW DELHI, Dec 15 (PTI) - India's merchandise trade deficit narrowed in "
          "November, official data showed. ")


def _india(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_INDIA + body, date(2025, 12, 15))}


def test_goods_that_pulled_a_flow_down_are_its_cause_not_its_goods() -> None:
    """"Smaller purchases of gold, crude oil and coal pulled imports down 2.41 per cent": all imports."""
    rows = _india("Smaller purchases of gold, crude oil and coal pulled imports down 2.41 per cent to USD 61.92 billion.")
    assert rows[-2.41][2] is None and rows[61.92e9][2] is None and rows[61.92e9][4] == "imports", rows


def test_outward_shipments_a_bill_for_the_period_and_a_price_per_grams() -> None:
    """"outward shipments had stood at USD 32.11 billion", "The import bill for the period climbed 6.02 per cent":
    no goods; "Rs 1.31 lakh per 10 grams": a price, no fact."""
    rows = _india("In November last year, outward shipments had stood at USD 32.11 billion. Over April-November, the "
                  "import bill for the period climbed 6.02 per cent. Bullion was trading above Rs 1.31 lakh per 10 "
                  "grams in Delhi on Monday.")
    assert rows[32.11e9][2] is None and rows[32.11e9][4] == "exports" and rows[6.02][2] is None, rows
    assert 131000 not in rows, rows


_SOY = ("China's soybean imports slip\n\nBEIJING, Nov 7 (Reuters) - China's soybean imports fell in October, customs "
        "data showed on Friday. ")


def test_cumulative_purchases_since_january_are_the_year_to_date() -> None:
    """"Cumulative purchases since January stood at 88.41 million tonnes": January-October, no milestone's start."""
    rows = {row[7]: row for row in facts_of(_SOY + "Cumulative purchases since January stood at 88.41 million "
                                            "tonnes.", date(2025, 11, 7))}
    assert rows[88.41e6][9:] == ("2025-01", "2025-10"), rows


def test_a_government_committed_to_taking_goods_is_no_figure() -> None:
    """"Beijing has also committed to taking 12 million tonnes of American soybeans": a commitment, not trade."""
    rows = {row[7]: row for row in facts_of(_SOY + "Beijing has also committed to taking 12 million tonnes of "
                                            "American soybeans before the year is out.", date(2025, 11, 7))}
    assert 12e6 not in rows, rows


_CHINA = ("Trade gathers pace\n\nBEIJING, Oct 14 (China Daily) -- China's foreign trade grew 4 percent in the first "
          "three quarters, customs data showed on Monday. ")


def test_a_year_a_result_clause_gives_its_best_month_dates_no_figure() -> None:
    """"..., giving 2025 its best month yet": September's figures, after "September by itself was the standout."."""
    rows = {row[7]: row for row in facts_of(_CHINA + "September by itself was the standout. At 4.11 trillion yuan, "
                                            "the month's combined trade was up 7.4 percent on a year before, giving "
                                            "2025 its best month yet.", date(2025, 10, 14))}
    assert rows[4.11e12][9:] == ("2025-09", "2025-09") and rows[7.4][9:] == ("2025-09", "2025-09"), rows


def test_their_trade_after_an_opening_figure_is_the_enterprises_named_before() -> None:
    """"Private companies remain the backbone. At 19.02 trillion yuan, up 7.1 percent, their combined trade made up
    about 56 percent of the national total": private enterprises' figures."""
    rows = {row[7]: row for row in facts_of(_CHINA + "Private companies remain the backbone of the sector. At 19.02 "
                                            "trillion yuan, up 7.1 percent, their combined trade made up about 56 "
                                            "percent of the national total.", date(2025, 10, 14))}
    assert {rows[v][3] for v in (19.02e12, 7.1, 56)} == {"private enterprises"}, rows


_US = ("US trade deficit widens\n\nWASHINGTON (AP) — The U.S. trade deficit widened in March, the Commerce Department "
       "said Tuesday. ")


def test_a_partner_where_the_gap_doubled_and_goods_after_a_figure_and() -> None:
    """"driven largely by Ireland, where the gap more than doubled to $27.1 billion": Ireland's; "Petroleum exports
    reached $23.8 billion and petroleum imports were $20.4 billion": petroleum both times."""
    rows = {row[7]: row for row in facts_of(
        _US + "The goods deficit with the European Union ballooned to $46.2 billion in March, driven largely by "
        "Ireland, where the gap more than doubled to $27.1 billion. Petroleum exports reached $23.8 billion and "
        "petroleum imports were $20.4 billion.", date(2025, 5, 6))}
    assert rows[-27.1e9][1] == "Ireland" and rows[-46.2e9][1] == "European Union", rows
    assert (rows[23.8e9][2], rows[20.4e9][2], rows[20.4e9][4]) == ("petroleum", "petroleum", "imports"), rows


def test_a_gap_on_goods_and_services_is_a_balance() -> None:
    """"The gap on goods and services doubled to £5.1bn": the balance, not total trade."""
    rows = {row[7]: row for row in facts_of(
        "UK trade gap doubles\n\nLONDON (Guardian) — Britain's trade deficit widened in the three months to "
        "September. The gap on goods and services doubled to £5.1bn over the quarter.", date(2025, 11, 13))}
    assert rows[-5.1e9][4] == "balance", rows


_GERMANY = "German exports rise\n\nBERLIN, Nov 7 (Reuters) - German exports rose in September, data showed on Friday. "


def test_a_table_whose_titles_are_parted_by_slashes() -> None:
    """"Sept 2025 / Aug 2025 / Sept 2024" over "Exports 128.4 126.9 127.2": each cell its own month."""
    rows = {row[7]: row for row in facts_of(
        _GERMANY + "\n\nKEY FIGURES (bln euros, calendar and seasonally adjusted)\nSept 2025 / Aug 2025 / Sept 2024\n"
        "Exports 128.4 126.9 127.2\nImports 113.6 110.8 109.9\n", date(2025, 11, 7))}
    assert rows[126.9e9][4] == "exports" and rows[126.9e9][9:] == ("2025-08", "2025-08"), rows
    assert rows[109.9e9][4] == "imports" and rows[109.9e9][9:] == ("2024-09", "2024-09"), rows


def test_they_after_a_connective_is_the_partners_shipments_just_named() -> None:
    """"Shipments to the United States jumped 10.4% ... Even so, they remained 12.8% below their year-earlier
    level": the US's."""
    rows = {row[7]: row for row in facts_of(
        _GERMANY + "Shipments to the United States jumped 10.4% on the month to 11.9 billion euros. Even so, they "
        "remained 12.8% below their year-earlier level.", date(2025, 11, 7))}
    assert rows[-12.8][1] == "United States" and rows[-12.8][6] == "yoy", rows


def test_full_year_figures_in_a_january_story_that_names_no_year_are_last_years() -> None:
    """"China's full-year exports rose 5.9 percent" in a story of 14 January that names no year: the year before,
    not the one just begun (which the gate would turn away)."""
    rows = {row[7]: row for row in facts_of(
        "China's exports beat forecasts\n\nChina's full-year exports rose 5.9 percent to 3.58 trillion dollars, the "
        "customs office said.", date(2027, 1, 14))}
    assert rows[5.9][9:] == ("2026-01", "2026-12") and rows[3.58e12][9:] == ("2026-01", "2026-12"), rows


def test_the_yellow_metals_shipments_are_gold_where_the_story_names_gold() -> None:
    """"Gold imports fell ... The yellow metal's inbound shipments for April-November were up 4.1 per cent": gold."""
    rows = _india("Gold imports fell 52 per cent in November. The yellow metal's inbound shipments for April-November, "
                  "however, were up 4.1 per cent at USD 44.87 billion.")
    assert rows[4.1][2] == "gold" and rows[44.87e9][2] == "gold" and rows[44.87e9][4] == "imports", rows

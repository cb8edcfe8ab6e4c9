"""Round 85: the cedi ("GH¢"), a quarter that "produced" exports against imports, "less than the year before",
goods subjects ending in "petroleum" and "beans", "intra-African" trade, and a publication's dated name.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Ghana's trade surplus widens\n\nACCRA, March 18 - Ghana's merchandise exports rose in 2025, the Ghana "
         "Statistical Service said on Tuesday. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2026, 3, 18))}


def test_cedi_amounts_written_gh_cent_are_ghs() -> None:
    """"GH¢301.4 billion": Ghana cedis, the number found and its currency read."""
    rows = _rows("Merchandise exports were valued at GH¢301.4 billion, while imports cost GH¢262.8 billion.")
    assert (rows[301.4e9][4], rows[301.4e9][8]) == ("exports", "GHS"), rows
    assert (rows[262.8e9][4], rows[262.8e9][8]) == ("imports", "GHS"), rows


def test_a_quarter_that_produced_exports_against_imports_states_both_flows() -> None:
    """"October to December alone produced GH¢95.2 billion of exports against GH¢74.9 billion of imports": no
    production figure, and the second amount is the quarter's imports, no comparison base."""
    rows = _rows("October to December alone produced GH¢95.2 billion of exports against GH¢74.9 billion of imports.")
    assert rows[95.2e9][4] == "exports" and rows[74.9e9][4] == "imports", rows
    assert rows[74.9e9][9:] == ("2025-10", "2025-12") == rows[95.2e9][9:], rows


def test_a_rate_less_than_the_year_before_is_a_fall() -> None:
    """"crude oil fetched US$3.52 billion, 1.3 per cent less than the year before": the oil's growth, -1.3."""
    rows = _rows("Gold earned US$12.1 billion, while crude oil fetched US$3.52 billion, 1.3 per cent less than the "
                 "year before.")
    assert rows[-1.3][2] == "crude oil" and rows[-1.3][5] == "growth", rows


def test_goods_subjects_in_petroleum_and_beans_share_out_their_values() -> None:
    """"Crude petroleum and cocoa beans earned GH¢49.3 billion and GH¢17.2 billion respectively": each its own."""
    rows = _rows("Crude petroleum and cocoa beans earned GH¢49.3 billion and GH¢17.2 billion respectively.")
    assert (rows[49.3e9][2], rows[17.2e9][2]) == ("crude petroleum", "cocoa beans"), rows


def test_intra_african_trade_is_trade_with_africa_and_names_no_goods() -> None:
    """"The intra-African surplus rose to GH¢29.8 billion": Ghana's surplus with Africa."""
    rows = _rows("The intra-African surplus rose to GH¢29.8 billion.")
    assert rows[29.8e9][:3] == ("Ghana", "Africa", None) and rows[29.8e9][4] == "balance", rows


def test_a_month_in_a_publications_name_dates_no_figure() -> None:
    """"In its February 2026 Summary of Economic and Financial Data, the central bank recorded a trade surplus of
    US$5.1 billion for the year": the year the story is on, not February 2026."""
    rows = _rows("In its February 2026 Summary of Economic and Financial Data, the central bank recorded a trade "
                 "surplus of US$5.1 billion for the year.")
    assert rows[5.1e9][9:] == ("2025-01", "2025-12"), rows


def test_riels_are_khr() -> None:
    """"4.1 trillion riels" in a Cambodian story: the riel, KHR."""
    rows = {r[7]: r for r in facts_of("Cambodia's trade\n\nPHNOM PENH, Nov 12 - Cambodia's exports to Thailand "
                                      "came to 4.1 trillion riels in the first ten months of 2025.", date(2025, 11, 12))}
    assert rows[4.1e12][8] == "KHR", rows


_CAMBODIA = ("Cambodia's trade\n\nPHNOM PENH, Nov 12 - Cambodia's exports rose 14 percent to $24.1 billion in the "
             "first ten months of 2025, customs data showed. ")


def _kh_rows(body: str) -> dict[float, tuple[str, ...]]:
    return {r[7]: r for r in facts_of(_CAMBODIA + body, date(2025, 11, 12))}


def test_a_partners_products_name_no_goods() -> None:
    """"Cambodian imports of American products rose 6.1 percent to $236 million": all goods from the US."""
    rows = _kh_rows("Cambodian imports of American products rose 6.1 percent to $236 million.")
    assert rows[236e6][1:3] == ("United States", None) and rows[6.1][1:3] == ("United States", None), rows


def test_orders_in_a_when_clause_after_the_figures_leave_them_trade_figures() -> None:
    """"exports in October alone came to about $1.9 billion, down 18.3 percent from September, when factories
    rushed out orders": the month-on-month fall stays a trade figure."""
    rows = _kh_rows("Exports in October alone came to about $1.9 billion, down 18.3 percent from September, when "
                    "factories rushed out orders ahead of the holiday season.")
    assert rows[-18.3][5:7] == ("growth", "mom"), rows


def test_intra_eu_trade_does_not_hide_another_idiom_in_the_same_sentence() -> None:
    """"Intra-EU exports fell 2.1%, while shipments across the Atlantic were 4.4% lower": the EU for the first rate,
    the United States (across the Atlantic) for the second, in a story on Germany."""
    rows = {r[7]: r for r in facts_of(
        "German exports\n\nBERLIN, Feb 6 (Reuters) - German exports fell 1.2% in 2025. Intra-EU exports fell 2.1%, "
        "while shipments across the Atlantic were 4.4% lower.", date(2026, 2, 6))}
    assert rows[-2.1][:2] == ("Germany", "European Union") and rows[-4.4][:2] == ("Germany", "United States"), rows

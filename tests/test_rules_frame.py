"""Rules for the frame of an article: wire tables read cell by cell (their titles, units lines, sections and row
labels). Other economies' currencies, headline subjects and abstention are in test_rules_frame_subjects. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, Document

BACKEND = get_backend("regex")


def run(text: str, published: date | None = date(2025, 11, 20)) -> Article:
    return BACKEND.extract(Document(id="t", text=text, published=published))


def rows(article: Article) -> set[tuple]:
    return {
        (f.area, f.partner, f.flow.value, f.measure.value, f.basis and f.basis.value, round(f.value, 6), f.unit,
         f.period.start, f.period.end)
        for f in article.facts
    }  # fmt: skip


TABLE = """TABLE-Korea Oct exports +5.1% y/y, chip shipments at record

SEOUL, Nov 1 (Reuters) - Following are South Korea's trade figures for October.

($ bln unless stated; pct change from a year earlier)

                 Oct     Oct y/y pct   Sep y/y pct
Exports         59.57        5.1           12.7
Imports         53.54       -1.5            8.2
Trade balance    6.03        n/a            n/a

EXPORTS BY DESTINATION ($ bln; pct y/y)
                 Oct     Oct y/y pct
China           11.62       -3.4
United States   10.01        2.2

SEASONALLY ADJUSTED (m/m pct)
                          Oct y/y     Sep y/y
Exports                    -0.8        +1.6

EXPORT VOLUME INDEX (y/y pct)
Total                      3.3          4.0
"""


def test_a_wire_table_is_read_cell_by_cell() -> None:
    found = rows(run(TABLE))
    oct_, sep = ("2025-10", "2025-10"), ("2025-09", "2025-09")
    kr = "South Korea"
    expected = {
        (kr, None, "exports", "value", None, 59.57e9, "USD", *oct_),
        (kr, None, "exports", "growth", "yoy", 5.1, "percent", *oct_),
        (kr, None, "exports", "growth", "yoy", 12.7, "percent", *sep),  # the previous month's column
        (kr, None, "imports", "growth", "yoy", -1.5, "percent", *oct_),
        (kr, None, "balance", "value", None, 6.03e9, "USD", *oct_),
        (kr, "China", "exports", "value", None, 11.62e9, "USD", *oct_),  # the section names the flow
        (kr, "China", "exports", "growth", "yoy", -3.4, "percent", *oct_),
        (kr, "United States", "exports", "growth", "yoy", 2.2, "percent", *oct_),
        (kr, None, "exports", "growth", "mom", -0.8, "percent", *oct_),  # the section sets the basis
        (kr, None, "exports", "growth", "mom", 1.6, "percent", *sep),
    }
    assert expected <= {tuple(round(x, 6) if isinstance(x, float) else x for x in r) for r in found}
    assert not any(f.value in (3.3, 4.0) for f in run(TABLE).facts)  # a volume index is out of scope
    assert all(f.evidence in TABLE for f in run(TABLE).facts)


UNITS_TABLE = """Chile's copper exports to China climb to a record in 2025

SANTIAGO, Jan 20 - Chile's exports reached a record in 2025.

MAIN DESTINATIONS OF CHILEAN EXPORTS, 2025
(US$ bln; % change on 2024)
China             41.3    +8.2
United States     16.0    -2.5

The mining ministry said shipments would grow."""


def test_a_table_without_column_titles_takes_its_columns_from_the_units_line() -> None:
    found = rows(run(UNITS_TABLE, date(2026, 1, 20)))
    year = ("2025-01", "2025-12")
    assert ("Chile", "China", "exports", "value", None, 41.3e9, "USD", *year) in found
    assert ("Chile", "United States", "exports", "growth", "yoy", -2.5, "percent", *year) in found


PARTNER_COLUMNS = """TABLE-Japan's September trade with its three biggest partners

TOKYO, Oct 16 (Reuters) - Japan's figures by region, from the finance ministry.

(Levels in bln yen; y/y pct)

               United States     China      EU
 Exp(bln yen)        1,612.4    1,488.0    901.7
 Imp(bln yen)          985.1    2,104.6    951.2
 Balance               627.3     -616.6    -49.5
 Exp pct                -9.8        3.1      1.4
"""


def test_a_table_with_partners_as_columns_reads_flow_and_measure_from_the_row_labels() -> None:
    found = rows(run(PARTNER_COLUMNS, date(2025, 10, 16)))
    sep = ("2025-09", "2025-09")
    jp = "Japan"
    expected = {
        (jp, "United States", "exports", "value", None, 1612.4e9, "JPY", *sep),  # "Exp": an abbreviated flow
        (jp, "China", "imports", "value", None, 2104.6e9, "JPY", *sep),
        (jp, "China", "balance", "value", None, -616.6e9, "JPY", *sep),
        (jp, "European Union", "balance", "value", None, -49.5e9, "JPY", *sep),
        (jp, "United States", "exports", "growth", "yoy", -9.8, "percent", *sep),  # "pct" in the row's label
        (jp, "European Union", "exports", "growth", "yoy", 1.4, "percent", *sep),
    }
    assert expected <= found
    assert len(found) == 12


GOODS_ROWS = """TABLE-India's imports of key commodities in June

NEW DELHI, July 15 (Reuters) - Following are India's imports of main commodities.

($ mln)
                      June      Apr-June
Crude oil           11,620        38,410
Gold                 1,840         8,710
Coal, coking           912         2,805
Total imports       53,900       180,100
"""


def test_a_table_whose_rows_are_goods_gives_each_cell_its_goods() -> None:
    facts = run(GOODS_ROWS, date(2025, 7, 15)).facts
    found = {(f.product, f.flow.value, round(f.value), f.unit, f.period.start, f.period.end) for f in facts}
    assert ("crude oil", "imports", 11_620_000_000, "USD", "2025-06", "2025-06") in found
    assert ("gold", "imports", 8_710_000_000, "USD", "2025-04", "2025-06") in found
    assert ("coking coal", "imports", 912_000_000, "USD", "2025-06", "2025-06") in found  # "Coal, coking"
    assert (None, "imports", 53_900_000_000, "USD", "2025-06", "2025-06") in found  # the total row names no goods


VOLUME_ROWS = """TABLE-Indonesia's main commodity exports in March

JAKARTA, April 15 (Reuters) - Following are selected exports by volume and value.

VOLUMES (tonnes; pct change y/y)
                         Mar           y/y pct    Jan-Mar        y/y pct
 EXPORTS
 Coal                    41.8 mln T      -6.2      121.5 mln T     -4.1
 Nickel pig iron        610,000 T        14.4        1.72 mln T     11.0

VALUES (US$ mln)
                         Mar           Jan-Mar
 EXPORTS
 Coal                     2,310         6,905
"""


def test_a_table_of_volumes_in_tonnes_under_section_lines() -> None:
    facts = run(VOLUME_ROWS, date(2025, 4, 15)).facts
    found = {(f.product, f.measure.value, f.value, f.unit, f.period.start, f.period.end) for f in facts}
    assert ("coal", "quantity", 41.8e6, "tonnes", "2025-03", "2025-03") in found  # "41.8 mln T": its own scale
    assert ("coal", "growth", -4.1, "percent", "2025-01", "2025-03") in found  # a change column after "Jan-Mar"
    assert ("nickel pig iron", "quantity", 610_000, "tonnes", "2025-03", "2025-03") in found
    assert ("coal", "value", 6_905e6, "USD", "2025-01", "2025-03") in found  # titles above the " EXPORTS" line


VOLUME_AND_VALUE_COLUMNS = """TABLE-China's Aug commodity trade

BEIJING, Sept 9 (Reuters) - Below are China's August trade figures for selected commodities.

(volume in tonnes unless stated; value in $ mln; y/y pct by volume)

IMPORTS
Item                    Aug vol       y/y pct   Aug value   Jan-Aug vol
Natural gas             10.1 mln      7.4       5,020       83.3 mln
Copper ore              2,404,110     -3.0      6,880       19,870,400
"""


def test_a_table_whose_volume_and_value_columns_share_a_row() -> None:
    facts = run(VOLUME_AND_VALUE_COLUMNS, date(2025, 9, 9)).facts
    found = {(f.product, f.flow.value, f.measure.value, f.value, f.unit, f.period.start, f.period.end) for f in facts}
    aug, jan_aug = ("2025-08", "2025-08"), ("2025-01", "2025-08")
    expected = {
        ("natural gas", "imports", "quantity", 10.1e6, "tonnes", *aug),  # "10.1 mln": the cell's own scale
        ("natural gas", "imports", "growth", 7.4, "percent", *aug),
        ("natural gas", "imports", "value", 5_020e6, "USD", *aug),  # a money column takes the units line's scale
        ("natural gas", "imports", "quantity", 83.3e6, "tonnes", *jan_aug),
        ("copper ore", "imports", "quantity", 2_404_110, "tonnes", *aug),  # "vol": tonnes, as the units say
        ("copper ore", "imports", "quantity", 19_870_400, "tonnes", *jan_aug),
    }
    assert expected <= found
    assert len(found) == 8


PARTNER_ROWS = """TABLE-Brazil's September trade by partner

BRASILIA, Oct 6 (Reuters) - Following are Brazil's exports by destination and imports by origin.

($ bln; pct = change from a year earlier)

                        Sep      pct    Jan-Sep      pct
Total exports           29.1     3.2     259.4       1.8
 to China                8.4     6.0      77.9       4.4
 to United States        3.3    -2.5      29.6       0.7
Total imports           22.6     5.5     196.3       7.1
 from China              5.9    11.2      50.2      13.0
"""


def test_partner_rows_under_a_flow_row_take_its_flow() -> None:
    facts = run(PARTNER_ROWS, date(2025, 10, 6)).facts
    found = {(f.partner, f.flow.value, f.measure.value, f.value, f.period.start, f.period.end) for f in facts}
    assert ("China", "exports", "value", 8.4e9, "2025-09", "2025-09") in found  # " to China" under "Total exports"
    assert ("United States", "exports", "growth", 0.7, "2025-01", "2025-09") in found
    assert ("China", "imports", "growth", 11.2, "2025-09", "2025-09") in found  # " from China" under "Total imports"
    assert not [f for f in facts if f.partner and f.flow.value == "total"]


def test_a_single_labelled_line_is_a_table_of_one_cell() -> None:
    text = (
        "TABLE-Korea's November trade by partner\n\nSEOUL, Dec 1 (Reuters) - Following is South Korea's trade.\n\n"
        "Jan-Nov-25 trade balance ($bln): 61.2\nGuidance (pct): 4.0\n"
    )
    facts = run(text, date(2025, 12, 1)).facts
    found = {(f.flow.value, f.value, f.unit, f.period.start, f.period.end) for f in facts}
    assert found == {("balance", 61.2e9, "USD", "2025-01", "2025-11")}  # a label with no flow or period is none


UNITS_UNDER_TITLES = """Peru's exports rise in August

LIMA, Oct 10 (Reuters) - Peru's trade surplus widened in August, central bank data showed.

                    Aug      Jul      Aug yr ago
(millions of dollars)
Trade balance      1,612    1,488    1,205
Exports            6,204    5,980    5,602
"""


def test_a_units_line_under_the_column_titles_and_a_column_of_the_year_before() -> None:
    facts = run(UNITS_UNDER_TITLES, date(2025, 10, 10)).facts
    found = {(f.flow.value, round(f.value), f.period.start) for f in facts}
    assert ("balance", 1_612_000_000, "2025-08") in found
    assert ("exports", 5_980_000_000, "2025-07") in found
    assert ("exports", 5_602_000_000, "2024-08") in found  # "Aug yr ago": August of the year before

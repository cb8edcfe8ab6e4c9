"""Wire tables in the layouts they reach us in: one row per layout, as in test_rules_constructions.

Tables written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

US, EU = "United States", "European Union"
AUG, JAN_AUG = ("2025-08", "2025-08"), ("2025-01", "2025-08")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "spacing collapsed to single spaces: cells pair with the titles by order": (
        "TABLE-China's August trade with U.S., EU and ASEAN\n\nBEIJING, Sept 8 (Reuters) - Following is a breakdown "
        "of China's trade with its major partners.\n\n(value in $ bln; y/y change in pct)\n\n"
        "EXPORTS Aug Aug y/y Jul y/y Jan-Aug y/y\nTotal 321.8 4.4 7.2 5.9\nUnited States 47.3 -33.1 -21.7 -15.5\n"
        "ASEAN 58.2 22.5 16.6 14.6\n\nIMPORTS Aug Aug y/y Jul y/y Jan-Aug y/y\nTotal 219.5 1.3 4.1 -2.1\n"
        "United States 11.2 -16.0 -18.9 -10.3\n",
        date(2025, 9, 8),
        [("China", None, None, None, "exports", "value", None, 321.8e9, "USD", *AUG),
         ("China", US, None, None, "exports", "growth", "yoy", -33.1, "percent", *AUG),
         ("China", US, None, None, "exports", "growth", "yoy", -21.7, "percent", "2025-07", "2025-07"),
         ("China", "ASEAN", None, None, "exports", "growth", "yoy", 14.6, "percent", *JAN_AUG),
         ("China", US, None, None, "imports", "value", None, 11.2e9, "USD", *AUG),
         ("China", None, None, None, "imports", "growth", "yoy", -2.1, "percent", *JAN_AUG)],
    ),
    "a change column takes the flow of the column it follows": (
        "TABLE-China's August trade with major partners\n\nBEIJING, Sept 8 (Reuters) - China's trade with its main "
        "partners in August ($ bln; pct change y/y):\n\n"
        "Partner           Exports   y/y pct   Imports   y/y pct   Balance\n"
        "United States       47.3     -33.1      11.2     -16.0      36.1\n"
        "European Union      49.6      10.4      23.1      -0.9      26.5\n",
        date(2025, 9, 8),
        [("China", US, None, None, "exports", "growth", "yoy", -33.1, "percent", *AUG),
         ("China", US, None, None, "imports", "growth", "yoy", -16.0, "percent", *AUG),
         ("China", EU, None, None, "imports", "value", None, 23.1e9, "USD", *AUG),
         ("China", EU, None, None, "balance", "value", None, 26.5e9, "USD", *AUG)],
    ),
    "partners as columns, and a change row under the row it changes": (
        "TABLE-China's August trade with major partners\n\nBEIJING, Sept 8 (Reuters) - China's trade with its main "
        "partners in August.\n\n($ bln; pct y/y)\n\n"
        "                    U.S.      EU     ASEAN\n"
        "Exports Aug         47.3     49.6     58.2\n"
        " y/y               -33.1     10.4     22.5\n"
        "Imports Aug         11.2     23.1     36.4\n"
        " y/y               -16.0     -0.9      3.2\n",
        date(2025, 9, 8),
        [("China", US, None, None, "exports", "growth", "yoy", -33.1, "percent", *AUG),
         ("China", "ASEAN", None, None, "exports", "value", None, 58.2e9, "USD", *AUG),
         ("China", EU, None, None, "imports", "growth", "yoy", -0.9, "percent", *AUG)],
    ),
    "cells that write their currency sign or percent sign": (
        "TABLE-China's August trade\n\nBEIJING, Sept 8 (Reuters) - China's August trade with its main partners.\n\n"
        "EXPORTS              Aug       Aug y/y    Jan-Aug y/y\n"
        "Total             $321.8        4.4%          5.9%\n"
        "United States      $47.3      -33.1%        -15.5%\n",
        date(2025, 9, 8),
        [("China", None, None, None, "exports", "value", None, 321.8, "USD", *AUG),
         ("China", US, None, None, "exports", "growth", "yoy", -33.1, "percent", *AUG),
         ("China", US, None, None, "exports", "growth", "yoy", -15.5, "percent", *JAN_AUG)],
    ),
    "cells parted by tabs, under titles parted by tabs": (
        "TABLE-China's August trade with U.S. and EU\n\nBEIJING, Sept 8 (Reuters) - China customs data.\n\n"
        "($ billion)\n\n\tAugust 2025\tJuly 2025\ty/y %\nExports to U.S.\t47.3\t52.1\t-33.1\n"
        "Imports from EU\t23.1\t24.0\t-0.9\n",
        date(2025, 9, 8),
        [("China", US, None, None, "exports", "value", None, 47.3e9, "USD", *AUG),
         ("China", US, None, None, "exports", "value", None, 52.1e9, "USD", "2025-07", "2025-07"),
         ("China", US, None, None, "exports", "growth", "yoy", -33.1, "percent", *AUG),
         ("China", EU, None, None, "imports", "growth", "yoy", -0.9, "percent", *AUG)],
    ),
    "a change column after this month's and last month's values is this month's": (
        "TABLE-China's August trade\n\nBEIJING, Sept 8 (Reuters) - China customs data.\n\n"
        "                         Aug-25     Jul-25     y/y (%)\nExports ($bln)\n"
        "  United States           47.30      52.10      -33.1\n  European Union          49.60      47.20       10.4\n",
        date(2025, 9, 8),
        [("China", US, None, None, "exports", "growth", "yoy", -33.1, "percent", *AUG),
         ("China", EU, None, None, "exports", "value", None, 47.2e9, "USD", "2025-07", "2025-07")],
    ),
    "a header of three lines: the flow, then the unit, then the base": (
        "TABLE-China's August trade by partner\n\nBEIJING, Sept 8 (Reuters) - China's trade by partner.\n\n"
        " August        Exports  Imports  Balance   Exports  Imports\n"
        "               ($bln)   ($bln)   ($bln)    +/- %    +/- %\n"
        "                                           m/m      m/m\n"
        " Brazil           6.1      8.7      -2.6      4.3     -1.8\n"
        " Vietnam         15.4      8.2       7.2     -0.6      2.9\n",
        date(2025, 9, 8),
        [("China", "Brazil", None, None, "imports", "value", None, 8.7e9, "USD", *AUG),
         ("China", "Brazil", None, None, "balance", "value", None, -2.6e9, "USD", *AUG),
         ("China", "Vietnam", None, None, "exports", "growth", "mom", -0.6, "percent", *AUG),
         ("China", "Vietnam", None, None, "imports", "growth", "mom", 2.9, "percent", *AUG)],
    ),
    "a partner's name wrapped onto a second line of the label column": (
        "TABLE-China's August trade by partner\n\nBEIJING, Sept 8 (Reuters) - China's trade by partner.\n\n"
        " August        Exports  Imports\n"
        "               ($bln)   ($bln)\n"
        " United           7.9      3.1\n"
        " Kingdom\n"
        " Hong Kong       24.6      1.2\n",
        date(2025, 9, 8),
        [("China", "United Kingdom", None, None, "exports", "value", None, 7.9e9, "USD", *AUG),
         ("China", "Hong Kong", None, None, "imports", "value", None, 1.2e9, "USD", *AUG)],
    ),
    "a partner written as a capitalised section line over rows of flows": (
        "TABLE-China's trade with major partners\n\nBEIJING, Sept 8 (Reuters) - China customs data.\n\n"
        "($ billion unless stated)\n"
        "                  Aug      Jul\n"
        " JAPAN\n"
        " Exp pct         -3.4     -5.1\n"
        " Exp($b)         13.2     13.8\n"
        " Balance         -1.1     -0.4\n",
        date(2025, 9, 8),
        [("China", "Japan", None, None, "exports", "growth", "yoy", -3.4, "percent", *AUG),
         ("China", "Japan", None, None, "exports", "value", None, 13.8e9, "USD", "2025-07", "2025-07"),
         ("China", "Japan", None, None, "balance", "value", None, -1.1e9, "USD", *AUG)],
    ),
    "a key-figures box of changes 'unless stated', with one row that states its money": (
        "Korea's August exports\n\nSEOUL, Sept 1 (Reuters) - South Korea's exports rose in August.\n\n"
        "MAIN FIGURES (% change y/y unless stated)\n"
        "                          Aug       Jul\n"
        "Exports                   1.3       5.8\n"
        "Exports to China         -2.9      -3.0\n"
        "Trade balance ($ bln)     6.5       6.6\n",
        date(2025, 9, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 1.3, "percent", *AUG),
         ("South Korea", "China", None, None, "exports", "growth", "yoy", -3.0, "percent", "2025-07", "2025-07"),
         ("South Korea", None, None, None, "balance", "value", None, 6.5e9, "USD", *AUG)],
    ),
    "a row of counted vehicles in a table of tonnes": (
        "TABLE-China's August commodity exports\n\nBEIJING, Sept 8 (Reuters) - China customs data.\n\n"
        "EXPORTS (in tonnes unless stated; pct)\n"
        "                         Aug        y/y      Jan-Aug\n"
        "Aluminium             512,000      -6.1    3,960,000\n"
        "Cars (units)          602,000      11.4    4,580,000\n",
        date(2025, 9, 8),
        [("China", None, "aluminium", None, "exports", "quantity", None, 512000.0, "tonnes", *AUG),
         ("China", None, "cars", None, "exports", "quantity", None, 602000.0, "number", *AUG),
         ("China", None, "cars", None, "exports", "growth", "yoy", 11.4, "percent", *AUG),
         ("China", None, "cars", None, "exports", "quantity", None, 4580000.0, "number", *JAN_AUG)],
    ),
    "a collapsed table whose header opens with the month over the labels, each column a flow with its unit": (
        "TABLE-China's July trade with U.S., EU, other key economies\n\nBEIJING, Aug 7 (Reuters) - Following is a "
        "breakdown of China's exports and imports with some of its trading partners in July. Figures are in U.S. "
        "dollar terms; percentage changes are from a year earlier.\n\nJuly Exports ($ bln) Imports ($ bln) Balance "
        "($ bln) Exports y/y pct Imports y/y pct\nUnited States 46.7 13.5 33.2 8.1 -1.4\nJapan 12.8 12.6 0.2 -1.3 "
        "-6.9\n\nKEY CONTEXT:",
        date(2024, 8, 7),
        [("China", "United States", None, None, "exports", "value", None, 46.7e9, "USD", "2024-07", "2024-07"),
         ("China", "United States", None, None, "balance", "value", None, 33.2e9, "USD", "2024-07", "2024-07"),
         ("China", "Japan", None, None, "imports", "growth", "yoy", -6.9, "percent", "2024-07", "2024-07")],
    ),
    "a collapsed table with a rate column after each period title and a row label wrapped onto a second line": (
        "TABLE-China's November trade with U.S., EU, ASEAN\n\nBEIJING, Dec 8 (Reuters) - China's exports rose 5.9% in "
        "November.\n\n(Levels in $ billions; percent changes from a year earlier)\n\nEXPORTS Nov y/y pct Jan-Nov "
        "y/y pct\nUnited States 33.8 -28.6 385.6 -18.9\nEuropean 52.1 14.8 514.0 8.1\nUnion\nASEAN 59.5 8.2 605.3 "
        "13.7\n\nSource: General Administration of Customs",
        date(2025, 12, 8),
        [("China", "United States", None, None, "exports", "growth", "yoy", -28.6, "percent", "2025-11", "2025-11"),
         ("China", "United States", None, None, "exports", "value", None, 385.6e9, "USD", "2025-01", "2025-11"),
         ("China", "European Union", None, None, "exports", "growth", "yoy", 8.1, "percent", "2025-01", "2025-11"),
         ("China", "ASEAN", None, None, "exports", "value", None, 59.5e9, "USD", "2025-11", "2025-11")],
    ),
    "an aligned commodity table whose rows write their own unit ('Crude oil (mln T)', 'Copper (T)', 'Total imports ($ bln)') under Dec and Jan-Dec in January": (
        "TABLE-China's Dec commodity imports\n\nBEIJING, Jan 14 (Reuters) - China's crude oil imports rose in "
        "December.\n\n                         Dec     y/y pct    Jan-Dec    y/y pct\n"
        "Crude oil (mln T)        55.97     15.4      577.73       4.4\n"
        "Unwrought copper (T)   528,000     -6.0   5,296,000      -6.8\n"
        "Total imports ($ bln)   241.10      5.4    2,580.10      -0.2\n\nSOURCE: General Administration of Customs",
        date(2026, 1, 14),
        [("China", None, "crude oil", None, "imports", "quantity", None, 55.97e6, "tonnes", "2025-12", "2025-12"),
         ("China", None, "crude oil", None, "imports", "growth", "yoy", 4.4, "percent", "2025-01", "2025-12"),
         ("China", None, "unwrought copper", None, "imports", "quantity", None, 5296000.0, "tonnes", "2025-01",
          "2025-12"),
         ("China", None, None, None, "imports", "value", None, 2580.1e9, "USD", "2025-01", "2025-12"),
         ("China", None, None, None, "imports", "growth", "yoy", -0.2, "percent", "2025-01", "2025-12")],
    ),
    "a row in thousands of tonnes ('Soybeans (thousand T)') is read at its own scale by the reader and the gate": (
        "TABLE-China's Oct farm imports\n\nBEIJING, Nov 18 (Reuters) - China's soybean imports fell in October.\n\n"
        "                              Oct     y/y pct    Jan-Oct    y/y pct\n"
        "Soybeans (thousand T)       8,470      -6.2      86,180       2.1\n"
        "Beef (T)                  221,500       4.4   2,301,000      -1.3\n\nSOURCE: General Administration of Customs",
        date(2025, 11, 18),
        [("China", None, "soybeans", None, "imports", "quantity", None, 8.47e6, "tonnes", "2025-10", "2025-10"),
         ("China", None, "soybeans", None, "imports", "quantity", None, 86.18e6, "tonnes", "2025-01", "2025-10"),
         ("China", None, "beef", None, "imports", "quantity", None, 221_500.0, "tonnes", "2025-10", "2025-10")],
    ),
    "money cells ('$190.5 bln') in a table whose line says 'percentage changes' stay money; 'Goods' names no goods": (
        "US trade gap narrows\n\nWASHINGTON, June 5 - The U.S. trade deficit narrowed in April 2025.\n\n"
        "April figures, seasonally adjusted, with percentage changes from March:\n"
        "Goods exports      $190.5 bln     +3.4%\n"
        "Services imports   $73.1 bln      +0.7%\n",
        date(2025, 6, 5),
        [("United States", None, None, None, "exports", "value", None, 190.5e9, "USD", "2025-04", "2025-04"),
         ("United States", None, None, None, "exports", "growth", "yoy", 3.4, "percent", "2025-04", "2025-04"),
         ("United States", None, "services", None, "imports", "value", None, 73.1e9, "USD", "2025-04", "2025-04")],
    ),
    "a collapsed table with titles on two lines ('Nov y/y Jan-Nov y/y' over 'pct pct'), sections by volume and by value, rows of their own units": (
        "TABLE-China's November exports of key products\n\nBEIJING, Dec 8 (Reuters) - China's exports grew in "
        "November.\n\n(Volumes in the units given in each row; values in $ mln; pct changes from a year earlier)\n\n"
        "Nov y/y Jan-Nov y/y\npct pct\n\nEXPORTS BY VOLUME\nSteel products (mln T) 9.98 7.8 107.72 6.7\n"
        "Cars (units) 681,000 41.5 6,347,000 21.2\n\nEXPORTS BY VALUE\nIntegrated circuits 18,934 24.1 172,408 20.3\n"
        "Ships 4,862 12.9 41,675 23.6\n\nNOTE: Source is the General Administration of Customs of China.",
        date(2025, 12, 8),
        [("China", None, "steel products", None, "exports", "quantity", None, 9.98e6, "tonnes", "2025-11", "2025-11"),
         ("China", None, "steel products", None, "exports", "growth", "yoy", 6.7, "percent", "2025-01", "2025-11"),
         ("China", None, "cars", None, "exports", "quantity", None, 6347000.0, "number", "2025-01", "2025-11"),
         ("China", None, "integrated circuits", None, "exports", "value", None, 18934e6, "USD", "2025-11", "2025-11"),
         ("China", None, "ships", None, "exports", "growth", "yoy", 23.6, "percent", "2025-01", "2025-11")],
    ),
    "rows that write their tonnage under a section titled 'volumes' with both 'm/m' and 'y/y' columns": (
        "TABLE-China's October trade and key commodities\n\nBEIJING, Nov 7 (Reuters) - China's imports of iron ore "
        "rose in October.\n\nKEY COMMODITIES, October (volumes; m/m and y/y changes in pct)\n"
        "Item                          Oct      m/m      y/y\n"
        "Iron ore imports (mln T)     104.6     -2.8      3.1\n"
        "Copper exports (T)          61,200     17.5    -40.2\n",
        date(2025, 11, 7),
        [("China", None, "iron ore", None, "imports", "quantity", None, 104.6e6, "tonnes", "2025-10", "2025-10"),
         ("China", None, "iron ore", None, "imports", "growth", "mom", -2.8, "percent", "2025-10", "2025-10"),
         ("China", None, "iron ore", None, "imports", "growth", "yoy", 3.1, "percent", "2025-10", "2025-10"),
         ("China", None, "copper", None, "exports", "quantity", None, 61_200.0, "tonnes", "2025-10", "2025-10"),
         ("China", None, "copper", None, "exports", "growth", "yoy", -40.2, "percent", "2025-10", "2025-10")],
    ),
    "a column of the poll's forecasts ('Reuters poll (Oct)') holds no reported figures": (
        "TABLE-China Oct exports rise 3.1% y/y\n\nBEIJING, Nov 7 (Reuters) - China's exports rose in October.\n\n"
        "(Levels in $ billions, percent changes from a year earlier)\n\n"
        "                      Oct      y/y pct    Sep      y/y pct    Reuters poll\n"
        "                                                               (Oct)\n"
        "Exports               309.6    3.1        328.5    8.3         2.0\n"
        "Imports               213.4    1.2        238.1    7.4         0.7\n"
        "Trade balance ($ bln)  96.2                90.4                98.1\n",
        date(2025, 11, 7),
        [("China", None, None, None, "exports", "value", None, 309.6e9, "USD", "2025-10", "2025-10"),
         ("China", None, None, None, "imports", "growth", "yoy", 1.2, "percent", "2025-10", "2025-10"),
         ("China", None, None, None, "balance", "value", None, 96.2e9, "USD", "2025-10", "2025-10"),
         ("China", None, None, None, "balance", "value", None, 90.4e9, "USD", "2025-09", "2025-09")],
    ),
    "a section under a titled block that names its own columns and period ('MARKETS, Jan-Sep ($ bln; pct y/y)')": (
        "TABLE-China's September and nine-month trade by market\n\nBEIJING, Oct 13 (Reuters) - China's trade by "
        "market, in billions of dollars.\n\n"
        "CHINA TOTAL ($ bln; pct y/y)\n"
        "              Sep     pct     Jan-Sep     pct\n"
        "Exports      328.5     8.3     2,738.2     6.1\n"
        "Imports      238.1     7.4     1,865.4    -1.1\n\n"
        "EXPORT MARKETS, Jan-Sep ($ bln; pct y/y)\n"
        "Germany             78.2      -2.4\n"
        "Vietnam            133.6      19.7\n\n"
        "BALANCE WITH PARTNERS, Jan-Sep ($ bln; minus is a deficit)\n"
        "Germany            -6.9\n"
        "Vietnam            84.1\n",
        date(2025, 10, 13),
        [("China", None, None, None, "exports", "value", None, 328.5e9, "USD", "2025-09", "2025-09"),
         ("China", "Germany", None, None, "exports", "value", None, 78.2e9, "USD", "2025-01", "2025-09"),
         ("China", "Germany", None, None, "exports", "growth", "yoy", -2.4, "percent", "2025-01", "2025-09"),
         ("China", "Vietnam", None, None, "exports", "value", None, 133.6e9, "USD", "2025-01", "2025-09"),
         ("China", "Vietnam", None, None, "exports", "growth", "yoy", 19.7, "percent", "2025-01", "2025-09"),
         ("China", "Germany", None, None, "balance", "value", None, -6.9e9, "USD", "2025-01", "2025-09"),
         ("China", "Vietnam", None, None, "balance", "value", None, 84.1e9, "USD", "2025-01", "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_table_layout(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_prose_line_ending_in_numbers_is_no_collapsed_row() -> None:
    """A line of prose is no table row, even when it ends in figures; nor is a lone row with no header."""
    text = ("China's trade\n\nBEIJING, Sept 8 (Reuters) - Exports to ASEAN were up in August.\n\n"
            "Growth by quarter was 5.1 4.2 3.9\n")  # fmt: skip
    assert facts_of(text, date(2025, 9, 8)) == set()


def test_a_volume_index_stays_out_of_a_table() -> None:
    """A section of volume indexes is out of scope: only a row that writes its tonnage is a quantity."""
    text = ("TABLE-Japan Oct trade\n\nTOKYO, Nov 20 (Reuters) - Japan's exports rose.\n\n"
            "(bln yen, pct)            OCT     OCT y/y\nExports               9,766.7     +3.6\n"
            "EXPORT VOLUME INDEX (y/y pct)\n Total                       -1.2      -0.3\n")  # fmt: skip
    assert not any(row[7] in (-1.2, -0.3) for row in facts_of(text, date(2025, 11, 20)))


def test_a_left_aligned_table_under_a_year_column_and_a_unit_line() -> None:
    """A release's table: its title, then "(Unit: 100 million yuan)", then columns "2025" and "Year-on-year (%)"
    whose cells start where their titles start; "Total imports and exports" is the whole trade."""
    text = (
        "Wuxi's foreign trade in 2025\n\nWuxi's foreign trade grew in 2025.\n\n"
        "Main indicators of Wuxi's foreign trade in 2025\n(Unit: 100 million yuan)\n"
        "Indicator                     2025        Year-on-year (%)\n"
        "Total imports and exports     8,120.5     6.4\n"
        "Exports                       5,310.2     9.1\n"
    )
    found = facts_of(text, date(2026, 1, 20))
    year = ("2025-01", "2025-12")
    assert ("Wuxi", None, None, None, "total", "value", None, 8120.5e8, "CNY", *year) in found
    assert ("Wuxi", None, None, None, "total", "growth", "yoy", 6.4, "percent", *year) in found
    assert ("Wuxi", None, None, None, "exports", "growth", "yoy", 9.1, "percent", *year) in found


def test_a_block_of_changes_only_and_a_block_in_trillions_of_yuan_below_a_dollar_block() -> None:
    """Under a dollar block, "(trln yuan; pct change y/y)" makes a block's levels yuan, and "(pct change y/y)" over
    "Dec   Jan-Dec" makes every cell of a block a change, though the column titles name only periods."""
    text = (
        "TABLE-China's November trade\n\nBEIJING, Dec 8 (Reuters) - China's customs data for November.\n\n"
        " HEADLINE, DOLLAR TERMS\n ($ bln; pct change y/y)\n"
        "                  Nov      y/y pct\n Exports         330.3        5.9\n Imports         218.6        1.9\n\n"
        " HEADLINE, YUAN TERMS\n (trln yuan; pct change y/y)\n"
        "                  Jan-Nov    y/y pct\n Exports           24.46        6.2\n Imports           16.75        0.2\n\n"
        " PARTNERS, DOLLAR TERMS\n (pct change y/y)\n"
        "                  Nov     Jan-Nov\n United States   -28.6       -18.9\n ASEAN            8.2        14.1\n"
    )
    found = facts_of(text, date(2025, 12, 8))
    assert ("China", None, None, None, "exports", "value", None, 24.46e12, "CNY", "2025-01", "2025-11") in found
    assert any(r[1] == "United States" and r[5:8] == ("growth", "yoy", -28.6) for r in found)
    assert not any(r[5] == "value" and r[1] in ("United States", "ASEAN") for r in found)


def test_group_titles_over_two_header_lines_give_each_column_its_flow() -> None:
    """"Exports to   Imports from" over "Nov  Jan-Nov  Nov  Jan-Nov": each group title spans the two columns
    below it, which keep their own periods."""
    text = ("TABLE-Japan November trade with key partners\n\nTOKYO, Dec 17 (Reuters) - Following are changes in "
            "Japan's trade with its main partners.\n\n"
            " (pct change y/y)\n"
            "                        Exports to         Imports from\n"
            "                    Nov    Jan-Nov       Nov    Jan-Nov\n"
            " China             -2.1       3.4       5.5       -1.2\n"
            " United States     -8.0      -4.7      12.3        6.1\n")
    found = {(row[1], row[4], row[8 + 1], row[7]) for row in facts_of(text, date(2025, 12, 17))}
    assert found >= {("China", "exports", "2025-11", -2.1), ("China", "exports", "2025-01", 3.4),
                     ("China", "imports", "2025-11", 5.5), ("China", "imports", "2025-01", -1.2),
                     ("United States", "exports", "2025-01", -4.7), ("United States", "imports", "2025-11", 12.3)}


def test_rows_of_trade_modes_and_kinds_of_firms_are_segments_and_a_unit_note_is_no_figure() -> None:
    """A city release's indicator table: "General trade" and "Private enterprises" rows are segments, "Exports of
    mechanical and electrical products" names goods, and "(Unit: 100 million yuan)" states no figure."""
    text = ("Main indicators of Foshan's foreign trade in 2025\n\nFOSHAN, Jan 20 -- Foshan's foreign trade grew in "
            "2025.\n\n"
            "(Unit: 100 million yuan)\n"
            "Indicator                                        2025        Year-on-year (%)\n"
            "Total imports and exports                        7,402.6     6.2\n"
            "General trade                                    5,108.3     8.4\n"
            "Private enterprises                              6,012.9     9.9\n"
            "Exports of mechanical and electrical products    3,904.1     7.7\n")
    found = facts_of(text, date(2026, 1, 20))
    assert ("Foshan", None, None, "general trade", "total", "value", None, 510.83e9, "CNY", "2025-01", "2025-12") in found
    assert ("Foshan", None, None, "private enterprises", "total", "growth", "yoy", 9.9, "percent", "2025-01",
            "2025-12") in found
    assert ("Foshan", None, "mechanical and electrical products", None, "exports", "value", None, 390.41e9, "CNY",
            "2025-01", "2025-12") in found
    assert not any(row[7] == 1e8 for row in found)


def test_a_piped_table_of_suppliers_in_tonnes_under_a_goods_headline() -> None:
    """A table introduced by "..., in metric tons:" holds tonnes, not money; its partner rows are of the goods the
    story is about (the lead's "copper ore and concentrate" under "China's Oct copper ore imports ...")."""
    text = ("TABLE-China's Oct copper ore imports from Chile rise\n\nBEIJING, Nov 20 (Reuters) - China's imports of "
            "copper ore and concentrate rose in October 2025, customs data showed.\n\nBelow are China's copper ore "
            "imports from its top suppliers, in metric tons:\n\n"
            "Country | Oct-25    | Y/Y % change\n"
            "Chile   | 812,400   | 12.6\n"
            "Peru    | 655,100   | -3.4\n")
    found = facts_of(text, date(2025, 11, 20))
    assert ("China", "Chile", "copper ore and concentrate", None, "imports", "quantity", None, 812400.0, "tonnes", "2025-10",
            "2025-10") in found, sorted(found, key=str)
    assert ("China", "Peru", "copper ore and concentrate", None, "imports", "growth", "yoy", -3.4, "percent", "2025-10",
            "2025-10") in found
    assert not any(row[8] == "CNY" for row in found)


def test_a_table_of_origins_with_its_unit_mid_sentence_and_a_total_row() -> None:
    """"..., in tonnes, as customs reported:" states the unit before the close; the "Total" row under rows of
    origins is the whole of the story's goods bought, and a "Jan-Aug 2024" column is last year's stretch."""
    text = ("China's Aug barley imports from Australia climb\n\nBEIJING, Sept 20 (Reuters) - China's barley imports "
            "from Australia rose in August 2025.\n\nBelow are China's barley imports by origin for January-August, "
            "in tonnes, as customs reported:\n\n"
            "Origin        Jan-Aug 2025    Jan-Aug 2024    y/y %\n"
            "Australia        5,120,300       4,480,900     14.3\n"
            "France           1,210,400       1,650,200    -26.7\n"
            "Total            7,402,100       7,215,800      2.6\n")
    found = facts_of(text, date(2025, 9, 20))
    rows = [("China", "Australia", "barley", None, "imports", "quantity", None, 5120300.0, "tonnes", "2025-01",
             "2025-08"),
            ("China", "France", "barley", None, "imports", "quantity", None, 1650200.0, "tonnes", "2024-01", "2024-08"),
            ("China", None, "barley", None, "imports", "quantity", None, 7402100.0, "tonnes", "2025-01", "2025-08"),
            ("China", None, "barley", None, "imports", "growth", "yoy", 2.6, "percent", "2025-01", "2025-08")]
    assert [row for row in rows if row not in found] == [], sorted(found, key=str)


def test_a_month_on_month_column_after_the_month_before_is_the_latest_month_and_a_short_form_is_spelt_out() -> None:
    """"Nov  y/y pct  Oct  m/m pct": the m/m change is November's over October, not October's; a row "Copper ores
    & conc." names copper ores & concentrates, its "&" as written."""
    text = ("TABLE-China's November commodity imports\n\nBEIJING, Dec 8 (Reuters) - Customs data for November.\n\n"
            "IMPORTS BY VOLUME\n"
            "Commodity (unit)                   Nov        y/y pct   Oct        m/m pct\n"
            "Iron ore (mln tonnes)              110.54     10.4      109.31     1.1\n"
            "Copper ores & conc. (mln tonnes)   2.53       12.9      2.60       -2.7\n")
    found = facts_of(text, date(2025, 12, 8))
    rows = [("China", None, "iron ore", None, "imports", "growth", "mom", 1.1, "percent", "2025-11", "2025-11"),
            ("China", None, "iron ore", None, "imports", "quantity", None, 109.31e6, "tonnes", "2025-10", "2025-10"),
            ("China", None, "copper ores & concentrates", None, "imports", "growth", "mom", -2.7, "percent",
             "2025-11", "2025-11")]
    assert [row for row in rows if row not in found] == [], sorted(found, key=str)


def test_a_value_column_in_dollars_beside_tonnage_rows_and_a_long_label_that_pushes_its_cells_out_of_line() -> None:
    """"Value ($ mln)" under a month title: money, though the row says "(mln T)"; a label too long for its column
    puts its cells by order, one a title. The change by weight beside the change by value is out of scope."""
    text = ("TABLE-China's August imports of grains and metals\n\nBEIJING, Sept 20 (Reuters) - Detailed August "
            "customs figures for farm and metal purchases.\n\n"
            "                          ----------- August 2025 -----------    Jan-Aug 2025\n"
            "                          Volume     y/y      Value      y/y     Volume\n"
            "                                     pct      ($ mln)    pct\n"
            "Soybeans (mln T)          12.28      1.2      5,602      -3.4    66.10\n"
            "Wheat and meslin imports (mln T)  0.32  -41.0  95  -44.8  2.70\n")
    found = facts_of(text, date(2025, 9, 20))
    rows = [("China", None, "soybeans", None, "imports", "quantity", None, 12.28e6, "tonnes", *AUG),
            ("China", None, "soybeans", None, "imports", "value", None, 5602e6, "USD", *AUG),
            ("China", None, "soybeans", None, "imports", "growth", "yoy", -3.4, "percent", *AUG),
            ("China", None, "soybeans", None, "imports", "quantity", None, 66.1e6, "tonnes", *JAN_AUG),
            ("China", None, "wheat and meslin", None, "imports", "quantity", None, 0.32e6, "tonnes", *AUG),
            ("China", None, "wheat and meslin", None, "imports", "value", None, 95e6, "USD", *AUG),
            ("China", None, "wheat and meslin", None, "imports", "quantity", None, 2.7e6, "tonnes", *JAN_AUG)]
    assert [row for row in rows if row not in found] == [], sorted(found, key=str)
    assert {row[7] for row in found if row[5] == "growth"} == {-3.4, -44.8}  # not the volume changes 1.2 and -41.0


def test_a_poll_column_gives_no_figure() -> None:
    text, published, _ = CASES["a column of the poll's forecasts ('Reuters poll (Oct)') holds no reported figures"]
    values = {row[7] for row in facts_of(text, published)}
    assert not values & {2.0, 0.7, 98.1e9}, values


def test_a_row_that_writes_tonnes_under_money_columns_is_a_quantity_when_no_column_holds_volumes() -> None:
    """"Iron ore (mln tonnes)" under "Sep ($ mln)": the row says its cells are tonnes, and no volume column beside
    the money ones would take them."""
    text = ("TABLE-China's September trade in selected goods\n\nBEIJING, Oct 13 (Reuters) - Customs figures for "
            "selected goods.\n\n"
            "Item                          Sep ($ mln)   y/y (pct)   Jan-Sep ($ mln)   y/y (pct)\n"
            "IMPORTS\n"
            "Total imports                     210,450        2.2         1,920,300        -1.1\n"
            "Iron ore (mln tonnes)               106.2        4.5            905.8         1.3\n"
            "Soybeans (tonnes)              12,870,000       13.2       85,400,000         5.6\n")
    found = facts_of(text, date(2025, 10, 13))
    sep, jan_sep = ("2025-09", "2025-09"), ("2025-01", "2025-09")
    rows = [("China", None, "iron ore", None, "imports", "quantity", None, 106.2e6, "tonnes", *sep),
            ("China", None, "iron ore", None, "imports", "quantity", None, 905.8e6, "tonnes", *jan_sep),
            ("China", None, "soybeans", None, "imports", "quantity", None, 12.87e6, "tonnes", *sep),
            ("China", None, None, None, "imports", "value", None, 210450e6, "USD", *sep)]
    assert [row for row in rows if row not in found] == [], sorted(found, key=str)
    assert not [row for row in found if row[2] and row[5] == "value"]


def test_a_collapsed_table_with_a_corner_of_two_words_and_sections_with_colons() -> None:
    # "COMMODITY VOLUMES" opens no column; "Imports:" and "Exports:" are sections between the titles and the rows
    text = ("TABLE-China's November commodity trade\n\nBEIJING, Dec 7 (Reuters) - Customs figures for November.\n\n"
            "COMMODITY VOLUMES Nov y/y pct Jan-Nov\nImports:\nNatural gas (mln T) 11.20 4.4 118.05\n"
            "Copper ore (T) 2,510,300 7.1 26,004,900\nExports:\nAluminium (mln T) 0.55 -9.3 5.71\n")
    found = {(row[2], row[4], row[5], row[7], row[9]) for row in facts_of(text, date(2026, 12, 7))}
    assert {("natural gas", "imports", "quantity", 11.2e6, "2026-11"),
            ("natural gas", "imports", "growth", 4.4, "2026-11"),
            ("natural gas", "imports", "quantity", 118.05e6, "2026-01"),
            ("copper ore", "imports", "quantity", 2510300.0, "2026-11"),
            ("aluminium", "exports", "growth", -9.3, "2026-11"),
            ("aluminium", "exports", "quantity", 5.71e6, "2026-01")} <= found


def test_a_flow_over_the_row_labels_on_the_upper_of_two_header_lines_is_the_flow_of_its_block() -> None:
    # "EXPORTS  Sep  y/y ..." over a line of units ("($ bln)  (pct)"): each block's rows are of its corner's flow
    text = ("TABLE-China's September trade by partner\n\nBEIJING, Oct 13 (Reuters) - China's September 2026 trade "
            "figures by partner are below.\n\n"
            "EXPORTS                 Sep      y/y    Jan-Sep      y/y\n"
            "                      ($ bln)   (pct)    ($ bln)    (pct)\n"
            "Total                   301.27    4.4    2,769.3      5.6\n"
            "South Korea              12.6     3.3      110.8      2.7\n\n"
            "IMPORTS                 Sep      y/y    Jan-Sep      y/y\n"
            "                      ($ bln)   (pct)    ($ bln)    (pct)\n"
            "Total                   214.55    0.9    1,928.1      0.2\n"
            "South Korea              15.2    -2.4      139.7     -1.9\n")
    flows = {(row[1], row[5], abs(row[7]), row[9]): row[4] for row in facts_of(text, date(2026, 10, 13))}
    assert flows[(None, "value", 301.27e9, "2026-09")] == flows[("South Korea", "growth", 2.7, "2026-01")] == "exports"
    assert flows[(None, "value", 214.55e9, "2026-09")] == flows[("South Korea", "value", 15.2e9, "2026-09")] == "imports"

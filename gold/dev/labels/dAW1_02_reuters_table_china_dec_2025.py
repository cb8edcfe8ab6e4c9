from _fact import fact, period

DEC = period(2025, 12)
YEAR = period(2025, 1, 12)

USD_EXP = " Exports                 357.8       6.6       3,770      5.5"
USD_IMP = " Imports                 243.7       5.7       2,580      0.0"
USD_BAL = " Trade balance           114.1                 1,189"
CNY_EXP = " Exports                   5.2       26.99         6.1"
CNY_IMP = " Imports                   4.4       18.48         0.5"
CNY_TOT = " Total trade                         45.47         3.8"
US = " United States      -30.0      -20.0     -29.0      -14.6"
EU = " European Union      12.0        8.4      18.0        n/a"
ASEAN = " ASEAN               11.0       13.4      -5.0        n/a"
AFRICA = " Africa               n/a       25.8       n/a        n/a"
CRUDE = " Crude oil (mln T)              55.97     17.0     577.73      4.4"
IRON = " Iron ore (mln T)              119.65      6.4      1,258      1.8"
COAL = " Coal (mln T)                   58.60     11.9     490.27     -9.6"
SOY = " Soybeans (mln T)                 8.0      1.3     111.80      6.5"
STEEL_IMP = " Steel products (mln T)          0.52    -16.7       6.05    -11.1"
STEEL_EXP = " Steel products (mln T)         11.30     16.2     119.02      7.5"
RARE = " Rare earths (T)                4,392     32.0     62,585     12.9"


def row(flow, product, ev, month_qty, month_g, year_qty, year_g, scale):
    """Four facts of one commodity row: December volume and y/y, full-year volume and y/y."""
    return [
        fact("China", flow, "quantity", float(month_qty.replace(",", "")) * scale, "tonnes", DEC, month_qty, ev, product=product),
        fact("China", flow, "growth", float(month_g), "percent", DEC, month_g, ev, product=product),
        fact("China", flow, "quantity", float(year_qty.replace(",", "")) * scale, "tonnes", YEAR, year_qty, ev, product=product),
        fact("China", flow, "growth", float(year_g), "percent", YEAR, year_g, ev, product=product),
    ]


ARTICLE = {
    "id": "dAW1_02_reuters_table_china_dec_2025",
    "title": "TABLE-China December trade: headline values, key partners and commodities",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Reuters-style TABLE item flattened into text lines; figures follow public reporting of China's December 2025 / full-year 2025 customs release (2026-01-14). Layout and wording are my own.",
        "Evidence for each table cell is its whole row line (with the leading space), the shortest span that shows what the cell measures; the column (Dec / Jan-Dec, y/y pct) and the block header give period, measure and scale.",
        "Dollar block: header '($ bln; pct change y/y)' scales value cells to billions of USD (357.8 -> 3.578e11; 3,770 -> 3.77e12). Yuan block: header '(trln yuan ...)' scales to trillions of CNY (26.99 -> 2.699e13).",
        "Full-year dollar totals 3,770 and 2,580 are rounded (public reports give $3.77 trillion and $2.58 trillion); the 1,189 balance comes from the reported $1.189 trillion surplus, so 3,770 - 2,580 differs from 1,189 by rounding, as the table's note says. All labelled as written.",
        "Imports full-year y/y in dollar terms '0.0' (reported as flat) is labelled as growth 0.0.",
        "The Trade balance row has no y/y cells; the yuan block has no December value column; 'n/a' cells are not labelled.",
        "Partner block is a two-level header (Exports to / Imports from, each with Dec and Jan-Dec): flow comes from the upper header, period from the lower; cells carry their own minus signs, value_text includes the sign.",
        "Commodity rows carry their own unit in the row label ('(mln T)', rare earths '(T)'): mln T rows scaled by 1e6, the rare earths row in tonnes. Steel products appear twice, under Imports: and Exports:, distinguished by flow.",
        "NOTES paragraph: 'Rare earth exports fell 20% from November' is a month-on-month growth (basis mom) for December 2025. '13.18 million barrels per day' is a per-day rate in barrels the record cannot express (unit neither tonnes nor money) and is not labelled; 'highest for any single month on record' is a milestone.",
        "Soybean December volume is written '8.0' because public reports give it only as about 8 million tonnes; labelled exact as the table prints it.",
    ],
    "facts": [
        fact("China", "exports", "value", 357.8e9, "USD", DEC, "357.8", USD_EXP),
        fact("China", "exports", "growth", 6.6, "percent", DEC, "6.6", USD_EXP),
        fact("China", "exports", "value", 3770e9, "USD", YEAR, "3,770", USD_EXP),
        fact("China", "exports", "growth", 5.5, "percent", YEAR, "5.5", USD_EXP),
        fact("China", "imports", "value", 243.7e9, "USD", DEC, "243.7", USD_IMP),
        fact("China", "imports", "growth", 5.7, "percent", DEC, "5.7", USD_IMP),
        fact("China", "imports", "value", 2580e9, "USD", YEAR, "2,580", USD_IMP),
        fact("China", "imports", "growth", 0.0, "percent", YEAR, "0.0", USD_IMP),
        fact("China", "balance", "value", 114.1e9, "USD", DEC, "114.1", USD_BAL),
        fact("China", "balance", "value", 1189e9, "USD", YEAR, "1,189", USD_BAL),
        fact("China", "exports", "growth", 5.2, "percent", DEC, "5.2", CNY_EXP),
        fact("China", "exports", "value", 26.99e12, "CNY", YEAR, "26.99", CNY_EXP),
        fact("China", "exports", "growth", 6.1, "percent", YEAR, "6.1", CNY_EXP),
        fact("China", "imports", "growth", 4.4, "percent", DEC, "4.4", CNY_IMP),
        fact("China", "imports", "value", 18.48e12, "CNY", YEAR, "18.48", CNY_IMP),
        fact("China", "imports", "growth", 0.5, "percent", YEAR, "0.5", CNY_IMP),
        fact("China", "total", "value", 45.47e12, "CNY", YEAR, "45.47", CNY_TOT),
        fact("China", "total", "growth", 3.8, "percent", YEAR, "3.8", CNY_TOT),
        fact("China", "exports", "growth", -30.0, "percent", DEC, "-30.0", US, partner="United States"),
        fact("China", "exports", "growth", -20.0, "percent", YEAR, "-20.0", US, partner="United States"),
        fact("China", "imports", "growth", -29.0, "percent", DEC, "-29.0", US, partner="United States"),
        fact("China", "imports", "growth", -14.6, "percent", YEAR, "-14.6", US, partner="United States"),
        fact("China", "exports", "growth", 12.0, "percent", DEC, "12.0", EU, partner="European Union"),
        fact("China", "exports", "growth", 8.4, "percent", YEAR, "8.4", EU, partner="European Union"),
        fact("China", "imports", "growth", 18.0, "percent", DEC, "18.0", EU, partner="European Union"),
        fact("China", "exports", "growth", 11.0, "percent", DEC, "11.0", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 13.4, "percent", YEAR, "13.4", ASEAN, partner="ASEAN"),
        fact("China", "imports", "growth", -5.0, "percent", DEC, "-5.0", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 25.8, "percent", YEAR, "25.8", AFRICA, partner="Africa"),
        *row("imports", "crude oil", CRUDE, "55.97", "17.0", "577.73", "4.4", 1e6),
        *row("imports", "iron ore", IRON, "119.65", "6.4", "1,258", "1.8", 1e6),
        *row("imports", "coal", COAL, "58.60", "11.9", "490.27", "-9.6", 1e6),
        *row("imports", "soybeans", SOY, "8.0", "1.3", "111.80", "6.5", 1e6),
        *row("imports", "steel products", STEEL_IMP, "0.52", "-16.7", "6.05", "-11.1", 1e6),
        *row("exports", "steel products", STEEL_EXP, "11.30", "16.2", "119.02", "7.5", 1e6),
        *row("exports", "rare earths", RARE, "4,392", "32.0", "62,585", "12.9", 1.0),
        fact("China", "exports", "growth", -20, "percent", DEC, "20",
             "Rare earth exports fell 20% from November", product="rare earths", basis="mom"),
    ],
}

from _fact import fact, period

NOV = period(2025, 11)
YTD = period(2025, 1, 11)

R_STEEL = "Steel products (mln T) 9.98 7.8 107.72 6.7"
R_RE = "Rare earths (T) 5,493.9 21.8 58,193.1 11.6"
R_AL = "Unwrought aluminium and products (T) 512,000 -9.4 5,538,000 -8.7"
R_CARS = "Cars (units) 681,000 41.5 6,347,000 21.2"
R_IC = "Integrated circuits 18,934 24.1 172,408 20.3"
R_SHIPS = "Ships 4,862 12.9 41,675 23.6"
R_PHONES = "Mobile phones 12,045 -9.4 113,770 -4.0"


def row(product, unit, measure, scale, cells, evidence):
    """The four cells of one table row: Nov level, Nov y/y pct, Jan-Nov level, Jan-Nov y/y pct."""
    nov, nov_pct, ytd, ytd_pct = cells
    return [
        fact("China", "exports", measure, round(float(nov.replace(",", "")) * scale, 3), unit, NOV, nov, evidence, product=product),
        fact("China", "exports", "growth", float(nov_pct), "percent", NOV, nov_pct, evidence, product=product),
        fact("China", "exports", measure, round(float(ytd.replace(",", "")) * scale, 3), unit, YTD, ytd, evidence, product=product),
        fact("China", "exports", "growth", float(ytd_pct), "percent", YTD, ytd_pct, evidence, product=product),
    ]


ARTICLE = {
    "id": "dAO1_02_reuters_table_china_exports_key_goods_nov_2025",
    "title": "TABLE-China's November exports of key products",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Dateline Dec 8 (Monday): 'November' and 'Jan-Nov' are 2025; Jan-Nov is 2025-01..2025-11.",
        "Lead: total exports +5.9% y/y in November (dollar terms) -> China exports growth, product null.",
        "'the 3.8% increase expected in a Reuters poll of economists': forecast, out.",
        "'Foreign sales of rare earths were 26.5% higher than in October': rare earths export growth, basis mom (comparison with the month before), November.",
        "Tariff figures (10% from 20%), dates (Oct. 30, Dec. 20), 'seven medium and heavy rare earth elements' (a count of controlled elements): not trade flows, out.",
        "Table: each row gives Nov level, Nov y/y pct, Jan-Nov level, Jan-Nov y/y pct; the header 'y/y pct' makes every growth cell basis yoy.",
        "Volume rows take their unit from the row label: '(mln T)' -> tonnes x 1e6; '(T)' -> tonnes; '(units)' -> measure quantity, unit number (cars).",
        "Value rows (under 'EXPORTS BY VALUE') take '$ mln' from the units line: 18,934 -> 1.8934e10 USD; measure value.",
        "Growth cells of volume rows are volume growth; no value growth is given beside them, so they are labelled as the row's growth.",
        "Negative cells (-9.4, -8.7, -4.0) are falls, labelled negative; value_text keeps the minus sign as written.",
        "Products in the row's words, lower case: 'steel products', 'rare earths', 'unwrought aluminium and products', 'cars', 'integrated circuits', 'ships', 'mobile phones'.",
        "Prose without figures (steel 'near record levels', ships 'bulk of global new orders', phone decline): nothing labelled.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9",
             "pushing China's dollar-denominated exports 5.9% higher than a year before"),
        fact("China", "exports", "growth", 26.5, "percent", NOV, "26.5",
             "Foreign sales of rare earths were 26.5% higher than in October", product="rare earths", basis="mom"),
        *row("steel products", "tonnes", "quantity", 1e6, ("9.98", "7.8", "107.72", "6.7"), R_STEEL),
        *row("rare earths", "tonnes", "quantity", 1.0, ("5,493.9", "21.8", "58,193.1", "11.6"), R_RE),
        *row("unwrought aluminium and products", "tonnes", "quantity", 1.0, ("512,000", "-9.4", "5,538,000", "-8.7"), R_AL),
        *row("cars", "number", "quantity", 1.0, ("681,000", "41.5", "6,347,000", "21.2"), R_CARS),
        *row("integrated circuits", "USD", "value", 1e6, ("18,934", "24.1", "172,408", "20.3"), R_IC),
        *row("ships", "USD", "value", 1e6, ("4,862", "12.9", "41,675", "23.6"), R_SHIPS),
        *row("mobile phones", "USD", "value", 1e6, ("12,045", "-9.4", "113,770", "-4.0"), R_PHONES),
    ],
}

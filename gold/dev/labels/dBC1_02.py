from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JO = period(2025, 1, 10)

R_EXP = 'Exports               305.35      328.57       3,075.60'
R_IMP = 'Imports               215.28      238.12       2,111.00'

E_EXP = "In October, outbound shipments were down 1.1% from a year earlier, after they had risen 8.3% in September."
E_IMP = "Imports rose 1.0%, easing from a 7.4% increase in September"
E_BAL = "The trade surplus narrowed slightly to $90.07 billion from $90.45 billion in September"
E_MOM = "Compared with the previous month, exports slid 7.1% and imports dropped 9.6%."
E_BASE = "Exports in October last year had jumped 12.7%"
E_US = "Exports to the United States slumped 25.2% year on year, stretching a run of double-digit declines to seven months, and China's purchases of U.S. goods fell 23.1%."
E_EU_ASEAN = "Exports to the European Union edged up 0.9%, and those to the 10-member Association of Southeast Asian Nations grew 11.0%, slower than in September, when they jumped 15.6%."
E_YTD = "For the first ten months of the year, exports rose 5.3% and imports fell 1.0%, leaving a surplus of $964.6 billion."
E_RE = "rare earth shipments climbed to 4,343.5 metric tons, a 9% gain on September"
E_RE_YTD = "Over January-October they came to 52,699.2 tons, a 10.5% increase on the same stretch of 2024."
E_SOY = "Soybean imports fell to 8.48 million tons from 13.0 million tons in September"

C = "China"
US = "United States"

ARTICLE = {
    "id": "dBC1_02",
    "title": "China's October exports unexpectedly shrink as U.S. shipments slump",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Running period October 2025 (published 2025-11-07); 'in September' figures are stated values of their own and labelled with period 2025-09, not as the period of the October figures.",
        "Comparison constructions 'easing from a 7.4% increase in September' and 'from $90.45 billion in September' yield separate September facts.",
        "'Compared with the previous month, exports slid 7.1% and imports dropped 9.6%' -> basis mom; 'a 9% gain on September' (rare earths, October) -> mom.",
        "'Exports in October last year had jumped 12.7%' -> period 2024-10 counted back from publication, basis yoy.",
        "Out of scope, not labelled: Reuters poll forecasts (3.0%, 3.2%, $95.6 billion); analyst's expectation of ~3% export growth next year; GDP target of around 5%; fentanyl-related tariff of 10%; 'stretching a run of double-digit declines to seven months' and 'the first month-on-month increase since June' (streaks/milestones); 'for the first time since February'.",
        "Flattened TABLE block: header '($ bln unless stated)' gives the scale for the value rows; cells mapped to columns Oct 2025 / Sept 2025 / Jan-Oct 2025. Table cells that repeat body figures (balance row, y/y rows) are the same observations and labelled once, with body evidence; only the export and import value rows are new facts.",
        "'Exports to the United States' = China's exports with partner United States; 'China's purchases of U.S. goods' = China imports, partner United States.",
        "'the 10-member Association of Southeast Asian Nations' -> partner ASEAN.",
        "Rare earths tonnage is a quantity (tonnes) with product 'rare earths'; soybean imports quantities 8.48 and 13.0 million tons labelled for October and September.",
    ],
    "facts": [
        fact(C, "exports", "growth", -1.1, "percent", OCT, "1.1", E_EXP),
        fact(C, "exports", "growth", 8.3, "percent", SEP, "8.3", E_EXP),
        fact(C, "imports", "growth", 1.0, "percent", OCT, "1.0", E_IMP),
        fact(C, "imports", "growth", 7.4, "percent", SEP, "7.4", E_IMP),
        fact(C, "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact(C, "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", E_BAL),
        fact(C, "exports", "growth", -7.1, "percent", OCT, "7.1", E_MOM, basis="mom"),
        fact(C, "imports", "growth", -9.6, "percent", OCT, "9.6", E_MOM, basis="mom"),
        fact(C, "exports", "growth", 12.7, "percent", period(2024, 10), "12.7", E_BASE),
        fact(C, "exports", "growth", -25.2, "percent", OCT, "25.2", E_US, partner=US),
        fact(C, "imports", "growth", -23.1, "percent", OCT, "23.1", E_US, partner=US),
        fact(C, "exports", "growth", 0.9, "percent", OCT, "0.9", E_EU_ASEAN, partner="European Union"),
        fact(C, "exports", "growth", 11.0, "percent", OCT, "11.0", E_EU_ASEAN, partner="ASEAN"),
        fact(C, "exports", "growth", 15.6, "percent", SEP, "15.6", E_EU_ASEAN, partner="ASEAN"),
        fact(C, "exports", "growth", 5.3, "percent", JO, "5.3", E_YTD),
        fact(C, "imports", "growth", -1.0, "percent", JO, "1.0", E_YTD),
        fact(C, "balance", "value", 964.6e9, "USD", JO, "964.6 billion", E_YTD),
        fact(C, "exports", "growth", 9, "percent", OCT, "9", E_RE, product="rare earths", basis="mom"),
        fact(C, "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", E_RE, product="rare earths"),
        fact(C, "exports", "quantity", 52699.2, "tonnes", JO, "52,699.2", E_RE_YTD, product="rare earths"),
        fact(C, "exports", "growth", 10.5, "percent", JO, "10.5", E_RE_YTD, product="rare earths"),
        fact(C, "imports", "quantity", 8.48e6, "tonnes", OCT, "8.48 million", E_SOY, product="soybeans"),
        fact(C, "imports", "quantity", 13.0e6, "tonnes", SEP, "13.0 million", E_SOY, product="soybeans"),
        fact(C, "exports", "value", 305.35e9, "USD", OCT, "305.35", R_EXP),
        fact(C, "exports", "value", 328.57e9, "USD", SEP, "328.57", R_EXP),
        fact(C, "exports", "value", 3075.60e9, "USD", JO, "3,075.60", R_EXP),
        fact(C, "imports", "value", 215.28e9, "USD", OCT, "215.28", R_IMP),
        fact(C, "imports", "value", 238.12e9, "USD", SEP, "238.12", R_IMP),
        fact(C, "imports", "value", 2111.00e9, "USD", JO, "2,111.00", R_IMP),
    ],
}

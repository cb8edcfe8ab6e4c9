from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT_LY = period(2024, 10)
YTD = period(2025, 1, 10)
E_EXP = "Exports dropped 1.1% year on year to $305.4 billion"
E_IMP = "Inbound shipments increased 1.0% to $215.3 billion, short of the 3.2% rise the poll had projected and far slower than September's 7.4% growth"
E_BAL = (
    "The trade surplus thus came in at $90.07 billion, compared with $95.72 billion a year before and slightly under "
    "September's $90.45 billion"
)
E_CNY = "Measured in yuan, exports fell 0.8% to 2.17 trillion yuan"
E_US = "Exports bound for the United States plunged 25.2% year on year"
E_USBAL = "The surplus China ran with the United States shrank to $26.2 billion, from $35.5 billion a year earlier"
E_EUAS = "exports to the European Union edged up 0.9%, while shipments to the Association of Southeast Asian Nations increased 11.0%"
E_YTD = "Over the first 10 months of the year, exports rose 5.3% year on year and imports decreased 1.7%"
E_RE = "rare earth exports in October were 4,343 metric tons, down 31.5% from September"

ARTICLE = {
    "id": "dC1_03_reuters_china_oct_exports",
    "title": "China's exports fall unexpectedly in October as tariff front-loading ends and US sales sink",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7 (Reuters)' has no year: every year comes from published (2025-11-07); 'October' is 2025-10, "
        "'a year earlier' / 'a year before' is 2024-10, the first 10 months are 2025-01..2025-10.",
        "Forecasts and polls (3.0% increase, 3.2% rise, Capital Economics' 'about 3% next year') are out.",
        "Streaks ('the first contraction in eight months', 'a seventh consecutive month of declines in double digits') are out.",
        "Comparison figures that are observations of other periods are labelled with their own period: September's 8.3% export rise, "
        "September's 7.4% import growth and $90.45 billion surplus, the $95.72 billion surplus of October last year, and the "
        "$35.5 billion US surplus of October last year.",
        "'Compared with September, exports were roughly 7% lower': growth basis mom (September is the previous month), -7, qualifier approx.",
        "'Measured in yuan, exports fell 0.8%': the same flow's growth computed in yuan; labelled as a second growth fact "
        "(the record has no currency field for rates), plus the CNY value 2.17 trillion.",
        "'shipments to the Association of Southeast Asian Nations' = exports to ASEAN (partner ASEAN).",
        "Rare earths: 'in October ... down 31.5% from September' is a month-on-month growth of a volume given alone (no value growth "
        "beside it): in, basis mom, product 'rare earths'; 4,343 metric tons is a quantity in tonnes.",
        "'shrank to $26.2 billion': the level of the US surplus is positive; 'shrank' only describes the change.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_EXP),
        fact("China", "exports", "value", 305.4e9, "USD", OCT, "305.4 billion", E_EXP),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", "after climbing 8.3% in September"),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", E_IMP),
        fact("China", "imports", "value", 215.3e9, "USD", OCT, "215.3 billion", E_IMP),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", E_IMP),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact("China", "balance", "value", 95.72e9, "USD", OCT_LY, "95.72 billion", E_BAL),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", E_BAL),
        fact("China", "exports", "growth", -7, "percent", OCT, "7", "Compared with September, exports were roughly 7% lower",
             basis="mom", qualifier="approx"),
        fact("China", "exports", "growth", -0.8, "percent", OCT, "0.8", E_CNY),
        fact("China", "exports", "value", 2.17e12, "CNY", OCT, "2.17 trillion", E_CNY),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", E_US, partner="United States"),
        fact("China", "imports", "growth", -23.1, "percent", OCT, "23.1", "imports from the U.S. dropped 23.1%", partner="United States"),
        fact("China", "balance", "value", 26.2e9, "USD", OCT, "26.2 billion", E_USBAL, partner="United States"),
        fact("China", "balance", "value", 35.5e9, "USD", OCT_LY, "35.5 billion", E_USBAL, partner="United States"),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", E_EUAS, partner="European Union"),
        fact("China", "exports", "growth", 11.0, "percent", OCT, "11.0", E_EUAS, partner="ASEAN"),
        fact("China", "exports", "growth", 5.3, "percent", YTD, "5.3", E_YTD),
        fact("China", "imports", "growth", -1.7, "percent", YTD, "1.7", E_YTD),
        fact("China", "balance", "value", 964.8e9, "USD", YTD, "964.8 billion", "for a cumulative surplus of $964.8 billion"),
        fact("China", "exports", "growth", -31.5, "percent", OCT, "31.5", E_RE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 4343, "tonnes", OCT, "4,343", E_RE, product="rare earths"),
    ],
}

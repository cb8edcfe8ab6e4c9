from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT_LY = period(2024, 10)
YTD = period(2025, 1, 10)
E_EXP = "Outbound shipments fell 1.1% from a year earlier to $305.4 billion"
E_IMP = "Imports grew 1.0% to $215.3 billion, missing the 3.2% expansion expected in the poll and well off September's 7.4% pace"
E_BAL = (
    "That left a trade surplus of $90.07 billion, down from $95.72 billion a year earlier and a touch below the $90.45 billion "
    "posted in September"
)
E_CNY = "In yuan terms, exports slipped 0.8% to 2.17 trillion yuan"
E_US = "Shipments to the United States tumbled 25.2% from a year earlier"
E_USBAL = "China's trade surplus with the United States narrowed to $26.2 billion from $35.5 billion in October last year"
E_EUAS = "Exports to the European Union rose 0.9%, and those to the Association of Southeast Asian Nations climbed 11.0%"
E_YTD = "For the first 10 months, exports were up 5.3% on the same period last year while imports were down 1.7%"
E_RE = "rare earth exports dropped 31.5% in October from September to 4,343 metric tons"

ARTICLE = {
    "id": "dC1_03_reuters_china_oct_exports",
    "title": "China's October exports unexpectedly shrink as front-loading fades, US shipments slump",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7 (Reuters)' has no year: every year comes from published (2025-11-07); 'October' is 2025-10, "
        "'a year earlier' / 'October last year' is 2024-10, the first 10 months are 2025-01..2025-10.",
        "Forecasts and polls (3.0% growth, 3.2% expansion, Capital Economics' 'around 3% next year') are out.",
        "Streaks ('first time in eight months', 'seventh straight month of double-digit declines') are out.",
        "Comparison figures that are observations of other periods are labelled with their own period: September's 8.3% export rise, "
        "September's 7.4% import growth and $90.45 billion surplus, the $95.72 billion surplus of October last year, and the "
        "$35.5 billion US surplus of October last year.",
        "'Exports were about 7% lower than in the previous month': growth basis mom, -7, qualifier approx.",
        "'In yuan terms, exports slipped 0.8%': the same flow's growth computed in yuan; labelled as a second growth fact "
        "(the record has no currency field for rates), plus the CNY value 2.17 trillion.",
        "'those to the Association of Southeast Asian Nations' = exports to ASEAN (partner ASEAN).",
        "Rare earths: 'dropped 31.5% in October from September' is a month-on-month growth of a volume given alone (no value growth "
        "beside it): in, basis mom, product 'rare earths'; 4,343 metric tons is a quantity in tonnes.",
        "'narrowed to $26.2 billion': the level of the US surplus is positive; 'narrowed' only describes the change.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_EXP),
        fact("China", "exports", "value", 305.4e9, "USD", OCT, "305.4 billion", E_EXP),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", "reversing an 8.3% rise in September"),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", E_IMP),
        fact("China", "imports", "value", 215.3e9, "USD", OCT, "215.3 billion", E_IMP),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", E_IMP),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact("China", "balance", "value", 95.72e9, "USD", OCT_LY, "95.72 billion", E_BAL),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", E_BAL),
        fact("China", "exports", "growth", -7, "percent", OCT, "7", "Exports were about 7% lower than in the previous month",
             basis="mom", qualifier="approx"),
        fact("China", "exports", "growth", -0.8, "percent", OCT, "0.8", E_CNY),
        fact("China", "exports", "value", 2.17e12, "CNY", OCT, "2.17 trillion", E_CNY),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", E_US, partner="United States"),
        fact("China", "imports", "growth", -23.1, "percent", OCT, "23.1", "imports from the U.S. fell 23.1%", partner="United States"),
        fact("China", "balance", "value", 26.2e9, "USD", OCT, "26.2 billion", E_USBAL, partner="United States"),
        fact("China", "balance", "value", 35.5e9, "USD", OCT_LY, "35.5 billion", E_USBAL, partner="United States"),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", E_EUAS, partner="European Union"),
        fact("China", "exports", "growth", 11.0, "percent", OCT, "11.0", E_EUAS, partner="ASEAN"),
        fact("China", "exports", "growth", 5.3, "percent", YTD, "5.3", E_YTD),
        fact("China", "imports", "growth", -1.7, "percent", YTD, "1.7", E_YTD),
        fact("China", "balance", "value", 964.8e9, "USD", YTD, "964.8 billion", "putting the year-to-date surplus at $964.8 billion"),
        fact("China", "exports", "growth", -31.5, "percent", OCT, "31.5", E_RE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 4343, "tonnes", OCT, "4,343", E_RE, product="rare earths"),
    ],
}

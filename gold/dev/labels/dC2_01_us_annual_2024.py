from _fact import fact, period

Y = period(2024, 1, 12)
DEC = period(2024, 12)
GS = "goods and services"
E_TOT = "the shortfall swelled 17.0% to $918.4 billion"
E_IMP = "Purchases from abroad hit a record $4.11 trillion, up 6.6%"
E_EXP = "Exports likewise set a new high, advancing 3.9% to $3.19 trillion"
E_GOODS = "On goods alone, the deficit rose 14.0% to $1.21 trillion"
E_CN = "The gap with China grew 5.8% to $295.4 billion"
E_EU_MX = "The gap with the European Union increased to $235.6 billion, and the deficit with Mexico climbed to a record $171.8 billion"
E_VN = "The deficit with Vietnam surged 18.1% to $123.5 billion"
E_DEC = "the gap ballooned 24.7% to $98.4 billion, up from $78.9 billion in November after revision"
E_DEC_TRADE = (
    "pushing imports up 3.5% to $364.9 billion, while exports declined 2.6% to $266.5 billion"
)

ARTICLE = {
    "id": "dC2_01_us_annual_2024",
    "title": "Imports at record push US trade gap up 17% to $918.4 billion; deficit with China grows",
    "publisher": "Reuters",
    "published": "2025-02-05",
    "notes": [
        "The year appears only through 'last year' against the dateline Feb 5 (published 2025-02-05): the running period is 2024.",
        "Headline totals (deficit, exports, imports) are goods and services together: product 'goods and services'; the article says so for the deficit and the exports/imports sentences continue that total.",
        "Goods-only figures (goods deficit, bilateral country deficits, which the text says 'cover goods only') carry product null.",
        "Headline '17%' and '$918.4 billion' restate the body: labelled once, body evidence.",
        "'the second-biggest annual level ever recorded' and 'The gap has been wider only in 2022': a rank over years, not among areas, with no number for 2022: out (milestone).",
        "'China once more accounted for the biggest U.S. bilateral deficit': a stated rank among partners, labelled as rank 1 of the balance with partner China (the largest deficit); the subhead 'CHINA STAYS IN FRONT' restates it.",
        "'For a second year running, Mexico was the biggest supplier of goods to the United States': rank 1 of imports from Mexico labelled; 'second year running' is a streak, out.",
        "'$418.2 billion record set in 2018' is the China deficit of 2018, a stated observation of another period: labelled with period 2018 (comparison value, not the running period).",
        "'about three times its 2018 size' (Vietnam): derived comparison, out.",
        "'shipments of motor vehicles, parts and engines dropped by $10.8 billion': an absolute change, which the record cannot express: out.",
        "3.1% / 2.8% of GDP: not trade flows, out. The Reuters poll's $96.6 billion: out. Tariff rates (10%, 25%), '30 days': out.",
        "December paragraph: the first sentence compares with November ('up from $78.9 billion in November after revision'), so the paragraph's growth rates are month-on-month (basis mom), including imports +3.5% and exports -2.6% by carry-over.",
        "The revised November deficit ($78.9 billion) is a stated observation: labelled with period 2024-11.",
        "'the largest monthly deficit since March 2022': milestone, out.",
        "December monthly figures are the goods-and-services totals of the monthly release: product 'goods and services'.",
    ],
    "facts": [
        fact("United States", "balance", "value", -918.4e9, "USD", Y, "918.4 billion", E_TOT, product=GS),
        fact("United States", "balance", "growth", 17.0, "percent", Y, "17.0", E_TOT, product=GS),
        fact("United States", "imports", "value", 4.11e12, "USD", Y, "4.11 trillion", E_IMP, product=GS),
        fact("United States", "imports", "growth", 6.6, "percent", Y, "6.6", E_IMP, product=GS),
        fact("United States", "exports", "value", 3.19e12, "USD", Y, "3.19 trillion", E_EXP, product=GS),
        fact("United States", "exports", "growth", 3.9, "percent", Y, "3.9", E_EXP, product=GS),
        fact("United States", "balance", "value", -1.21e12, "USD", Y, "1.21 trillion", E_GOODS),
        fact("United States", "balance", "growth", 14.0, "percent", Y, "14.0", E_GOODS),
        fact("United States", "exports", "value", 1.11e12, "USD", Y, "1.11 trillion",
             "Exports of services increased to $1.11 trillion", product="services"),
        fact("United States", "balance", "value", 293.3e9, "USD", Y, "293.3 billion",
             "the surplus on services inched up to $293.3 billion", product="services"),
        fact("United States", "balance", "rank", 1, "number", Y, "biggest",
             "China once more accounted for the biggest U.S. bilateral deficit", partner="China"),
        fact("United States", "balance", "value", -295.4e9, "USD", Y, "295.4 billion", E_CN, partner="China"),
        fact("United States", "balance", "growth", 5.8, "percent", Y, "5.8", E_CN, partner="China"),
        fact("United States", "balance", "value", -418.2e9, "USD", period(2018, 1, 12), "418.2 billion",
             "the deficit remains far short of the $418.2 billion record set in 2018", partner="China"),
        fact("United States", "balance", "value", -235.6e9, "USD", Y, "235.6 billion", E_EU_MX, partner="European Union"),
        fact("United States", "balance", "value", -171.8e9, "USD", Y, "171.8 billion", E_EU_MX, partner="Mexico"),
        fact("United States", "imports", "rank", 1, "number", Y, "biggest",
             "Mexico was the biggest supplier of goods to the United States", partner="Mexico"),
        fact("United States", "balance", "value", -123.5e9, "USD", Y, "123.5 billion", E_VN, partner="Vietnam"),
        fact("United States", "balance", "growth", 18.1, "percent", Y, "18.1", E_VN, partner="Vietnam"),
        fact("United States", "balance", "value", -63.3e9, "USD", Y, "63.3 billion",
             "the gap with Canada shrank to $63.3 billion", partner="Canada"),
        fact("United States", "balance", "value", -98.4e9, "USD", DEC, "98.4 billion", E_DEC, product=GS),
        fact("United States", "balance", "growth", 24.7, "percent", DEC, "24.7", E_DEC, product=GS, basis="mom"),
        fact("United States", "balance", "value", -78.9e9, "USD", period(2024, 11), "78.9 billion", E_DEC, product=GS),
        fact("United States", "imports", "value", 364.9e9, "USD", DEC, "364.9 billion", E_DEC_TRADE, product=GS),
        fact("United States", "imports", "growth", 3.5, "percent", DEC, "3.5", E_DEC_TRADE, product=GS, basis="mom"),
        fact("United States", "exports", "value", 266.5e9, "USD", DEC, "266.5 billion", E_DEC_TRADE, product=GS),
        fact("United States", "exports", "growth", -2.6, "percent", DEC, "2.6", E_DEC_TRADE, product=GS, basis="mom"),
    ],
}

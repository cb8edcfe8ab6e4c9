from _fact import fact, period

Q4 = period(2025, 10, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
UK = "United Kingdom"
US = "United States"
GS = "goods and services"
E_TOTAL = "Britain's combined goods and services deficit reached 8.4 billion pounds ($11.4 billion)"
E_EXPM = "the gap was larger still at 13.1 billion pounds"
E_GOODS_Q4 = "Goods on their own showed a fourth-quarter deficit of 62.5 billion pounds"
E_SERV_Q4 = "services went some way to balancing with a surplus estimated at 54.1 billion pounds"
E_QOQ = "Quarter on quarter, goods exports dropped 2.6% and imports increased 0.9%."
E_EU = "Goods sold to the European Union rose 1.8% from the third quarter to 44.2 billion pounds"
E_NONEU = "shipments to non-EU countries fell 6.5% to 46.0 billion pounds"
E_US_Q4 = ("Including precious metals, goods exports to the United States totalled 12.9 billion pounds, a 4.1% decline "
           "from the July-September quarter.")
E_MONTH = "For December on its own, the goods shortfall eased to 21.9 billion pounds from November's 22.4 billion pounds"
E_GOODS_Y = ("Britain's goods deficit excluding precious metals hit a record 248.3 billion pounds, up from "
             "217.8 billion pounds in 2024")
E_SERV_Y = "its services surplus rose to an unprecedented 191.8 billion pounds"
E_OVERALL_Y = "again leaving out precious metals, Britain's overall 2025 deficit came to 56.5 billion pounds"
E_XM_Y = "total exports grew 2.0% to 902.8 billion pounds and total imports 3.4% to 959.3 billion pounds"
E_US_Y = "Goods exports to the United States declined 9.8% over the year to 54.1 billion pounds"
E_US_RANK = "the U.S. stayed Britain's biggest single export market"
E_CN = "sales to China were down 12.4% at 15.6 billion pounds"
E_PM = "Exports of precious metals bucked the trend, surging 61.7% to 96.4 billion pounds"

ARTICLE = {
    "id": "dAP2_06_uk_trade_dec_2025",
    "title": "Record 2025 goods deficit as UK's fourth-quarter trade gap reaches 8.4 billion pounds",
    "publisher": "Reuters",
    "published": "2026-02-12",
    "notes": [
        "Dateline Feb 12 (Thursday) 2026: 'October to December' and 'the fourth quarter' are 2025-10..2025-12; 'Over the full year' is 2025-01..2025-12; 'in 2024' is 2024-01..2024-12.",
        "Area 'United Kingdom' for Britain/UK. Goods figures carry product null; services 'services'; totals of goods and services 'goods and services'; precious metals exports 'precious metals'.",
        "Headline '8.4 billion pounds' is the same observation as the body's Q4 total deficit: labelled once with body evidence.",
        "'2.1 billion pounds more than in the previous quarter' (absolute change of the deficit) is a derived comparison: out.",
        "'8.4 billion pounds ($11.4 billion)': a GBP fact and a USD fact; no hedge word, qualifier exact.",
        "Figures excluding precious metals (Q4 total gap 13.1bn; 2025 goods deficit 248.3bn and 2024 217.8bn; 2025 overall deficit 56.5bn): the record has no field for an exclusion, so they keep the product of the flow they measure (null for goods, 'goods and services' for the total). The Q4 total therefore has two values (8.4 with, 13.1 without precious metals), both labelled as written.",
        "'Including precious metals' (US exports in Q4) needs no field: product null.",
        "'shipments to non-EU countries': partner 'non-EU countries' (the text's term); EU 44.2bn + non-EU 46.0bn are Q4 goods exports.",
        "'Quarter on quarter' / 'from the third quarter' / 'decline from the July-September quarter': basis qoq; 'imports increased 0.9%' and 'shipments to non-EU countries fell 6.5%' share their sentence's qoq frame.",
        "'a 4.1% decline from the July-September quarter' -> -4.1 (qoq).",
        "December and November goods deficits (21.9bn, 22.4bn) are monthly balances for their own months; the Reuters poll figure (23.0bn) is a forecast: out.",
        "'total exports grew 2.0% to 902.8 billion pounds and total imports 3.4% to 959.3 billion pounds': 2025 goods and services, yoy; 'total imports 3.4%' inherits 'grew'.",
        "'sales to China were down 12.4%' and the precious metals paragraph follow the 2025 paragraph: period 2025, yoy.",
        "'the U.S. stayed Britain's biggest single export market': rank 1 for exports to the United States, 2025.",
        "Out: the economist's forecast (around 240 billion pounds in 2026), GDP growth (0.1% in Q4, 1.3% in 2025), tariff rates and the 100,000-car quota, 'widest annual goods deficit since records began'/'unprecedented' (milestones), the exchange rate line.",
    ],
    "facts": [
        fact(UK, "balance", "value", -8.4e9, "GBP", Q4, "8.4 billion", E_TOTAL, product=GS),
        fact(UK, "balance", "value", -11.4e9, "USD", Q4, "11.4 billion", E_TOTAL, product=GS),
        fact(UK, "balance", "value", -13.1e9, "GBP", Q4, "13.1 billion", E_EXPM, product=GS),
        fact(UK, "balance", "value", -62.5e9, "GBP", Q4, "62.5 billion", E_GOODS_Q4),
        fact(UK, "balance", "value", 54.1e9, "GBP", Q4, "54.1 billion", E_SERV_Q4, product="services"),
        fact(UK, "exports", "growth", -2.6, "percent", Q4, "2.6", E_QOQ, basis="qoq"),
        fact(UK, "imports", "growth", 0.9, "percent", Q4, "0.9", E_QOQ, basis="qoq"),
        fact(UK, "exports", "growth", 1.8, "percent", Q4, "1.8", E_EU, partner="European Union", basis="qoq"),
        fact(UK, "exports", "value", 44.2e9, "GBP", Q4, "44.2 billion", E_EU, partner="European Union"),
        fact(UK, "exports", "growth", -6.5, "percent", Q4, "6.5", E_NONEU, partner="non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 46.0e9, "GBP", Q4, "46.0 billion", E_NONEU, partner="non-EU countries"),
        fact(UK, "exports", "value", 12.9e9, "GBP", Q4, "12.9 billion", E_US_Q4, partner=US),
        fact(UK, "exports", "growth", -4.1, "percent", Q4, "4.1", E_US_Q4, partner=US, basis="qoq"),
        fact(UK, "balance", "value", -21.9e9, "GBP", DEC, "21.9 billion", E_MONTH),
        fact(UK, "balance", "value", -22.4e9, "GBP", NOV, "22.4 billion", E_MONTH),
        fact(UK, "balance", "value", -248.3e9, "GBP", Y25, "248.3 billion", E_GOODS_Y),
        fact(UK, "balance", "value", -217.8e9, "GBP", Y24, "217.8 billion", E_GOODS_Y),
        fact(UK, "balance", "value", 191.8e9, "GBP", Y25, "191.8 billion", E_SERV_Y, product="services"),
        fact(UK, "balance", "value", -56.5e9, "GBP", Y25, "56.5 billion", E_OVERALL_Y, product=GS),
        fact(UK, "exports", "growth", 2.0, "percent", Y25, "2.0", E_XM_Y, product=GS),
        fact(UK, "exports", "value", 902.8e9, "GBP", Y25, "902.8 billion", E_XM_Y, product=GS),
        fact(UK, "imports", "growth", 3.4, "percent", Y25, "3.4", E_XM_Y, product=GS),
        fact(UK, "imports", "value", 959.3e9, "GBP", Y25, "959.3 billion", E_XM_Y, product=GS),
        fact(UK, "exports", "growth", -9.8, "percent", Y25, "9.8", E_US_Y, partner=US),
        fact(UK, "exports", "value", 54.1e9, "GBP", Y25, "54.1 billion", E_US_Y, partner=US),
        fact(UK, "exports", "rank", 1, "number", Y25, "biggest", E_US_RANK, partner=US),
        fact(UK, "exports", "growth", -12.4, "percent", Y25, "12.4", E_CN, partner="China"),
        fact(UK, "exports", "value", 15.6e9, "GBP", Y25, "15.6 billion", E_CN, partner="China"),
        fact(UK, "exports", "growth", 61.7, "percent", Y25, "61.7", E_PM, product="precious metals"),
        fact(UK, "exports", "value", 96.4e9, "GBP", Y25, "96.4 billion", E_PM, product="precious metals"),
    ],
}

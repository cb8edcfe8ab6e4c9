from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
JAN_OCT = period(2025, 1, 10)

S_US = "Exports to the US dropped 25.2% from a year earlier to $34.1 billion, customs data showed Friday, after a 27% decline in September."
S_SURPLUS = "leaving China's trade surplus with the US at $21.2 billion for the month, down 31.4% from October last year"
S_TOTAL = "Total outbound shipments unexpectedly contracted 1.1% to $305.4 billion"
S_SHARE = "The US took 11.2% of China's exports last month, compared with about 14.8% a year earlier."
S_ASEAN = "Shipments to the Association of Southeast Asian Nations, now China's biggest regional market, grew 10.9% to $50.2 billion, a slower pace than the 15.6% recorded in September."
S_EU = "Sales to the European Union increased 0.9% to $44.6 billion, down from $48 billion a month earlier."
S_MOM = "Measured against September, shipments to the two blocs shrank 6.5% and 7.1%, respectively."
S_VN = "China's exports there jumped 17.4% to $17.9 billion in October."
S_MX = "Shipments to Mexico, another suspected back door into the US market, fell 4.6% to $7.6 billion"
S_VNUS = "Vietnam's exports to the US climbed 27% in October to $14.6 billion, according to the country's statistics office, while its imports from China reached $17.3 billion."
S_YTD_US = "For the first 10 months of the year, exports to the US slumped 17.8% to $354.8 billion."

ARTICLE = {
    "id": "dBF1_04",
    "title": "China's Exports to US Shrink for Seventh Month as Southeast Asia Takes Up Slack",
    "publisher": "Bloomberg",
    "published": "2025-11-07",
    "notes": [
        "Data month is October 2025 (article dated Friday 2025-11-07); 'last month' and the bare 'in October' resolve to 2025-10.",
        "'after a 27% decline in September' is labelled as its own yoy fact for 2025-09 (US exports); 'the 15.6% recorded in September' likewise for ASEAN, and '$48 billion a month earlier' as the EU export value for 2025-09: each is a stated observation of a prior month, not merely a comparison base.",
        "'Compared with September ... slipping 0.6%' and 'Measured against September ... shrank 6.5% and 7.1%, respectively' are mom (comparison with the month before); the respectively pair maps 6.5 to ASEAN and 7.1 to the European Union ('the two blocs' carried from the previous sentences).",
        "Surplus with the US 'down 31.4% from October last year': growth of a surplus, negative by its verb, yoy.",
        "'the overall trade surplus narrowed to $90.1 billion': balance value +90.1e9 (a surplus); no growth number stated so nothing else labelled.",
        "Share: 11.2% for 2025-10 and 'about 14.8% a year earlier' for 2024-10 (approx), area China, partner United States, exports.",
        "'now China's biggest regional market' labelled as rank 1 for exports to ASEAN (2025-10).",
        "Vietnamese statistics-office figures are area Vietnam: exports to the United States (growth 27, value 14.6e9) and imports from China (value 17.3e9).",
        "'Key figures for October' list repeats body observations (exports, imports, US, ASEAN, EU); labelled once from the body, not again.",
        "Out of scope, not labelled: the Bloomberg survey forecast ('gain of about 3%'), 'first decline since February' (streak/milestone), 'pass $1 trillion for the first time' (projection), the 10% fentanyl-related tariff rate, 'Seventh Month' streak in the headline, 'by about a quarter' in the lede (a rounded restatement of the 25.2% drop; not a separate observation).",
    ],
    "facts": [
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", S_US, partner="United States"),
        fact("China", "exports", "value", 34.1e9, "USD", OCT, "34.1 billion", S_US, partner="United States"),
        fact("China", "exports", "growth", -27, "percent", SEP, "27", S_US, partner="United States"),
        fact("China", "imports", "growth", -12.4, "percent", OCT, "12.4", "Purchases of American goods fell 12.4% to $12.9 billion", partner="United States"),
        fact("China", "imports", "value", 12.9e9, "USD", OCT, "12.9 billion", "Purchases of American goods fell 12.4% to $12.9 billion", partner="United States"),
        fact("China", "balance", "value", 21.2e9, "USD", OCT, "21.2 billion", S_SURPLUS, partner="United States"),
        fact("China", "balance", "growth", -31.4, "percent", OCT, "31.4", S_SURPLUS, partner="United States"),
        fact("China", "exports", "growth", -0.6, "percent", OCT, "0.6", "Compared with September, exports to the US were little changed, slipping 0.6%.", partner="United States", basis="mom"),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", S_TOTAL),
        fact("China", "exports", "value", 305.4e9, "USD", OCT, "305.4 billion", S_TOTAL),
        fact("China", "imports", "growth", 1, "percent", OCT, "1", "Imports edged up 1% to $215.3 billion"),
        fact("China", "imports", "value", 215.3e9, "USD", OCT, "215.3 billion", "Imports edged up 1% to $215.3 billion"),
        fact("China", "balance", "value", 90.1e9, "USD", OCT, "90.1 billion", "the overall trade surplus narrowed to $90.1 billion"),
        fact("China", "exports", "share", 11.2, "percent", OCT, "11.2", S_SHARE, partner="United States"),
        fact("China", "exports", "share", 14.8, "percent", OCT24, "14.8", S_SHARE, partner="United States", qualifier="approx"),
        fact("China", "exports", "rank", 1, "number", OCT, "biggest", S_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 10.9, "percent", OCT, "10.9", S_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 50.2e9, "USD", OCT, "50.2 billion", S_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 15.6, "percent", SEP, "15.6", S_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", S_EU, partner="European Union"),
        fact("China", "exports", "value", 44.6e9, "USD", OCT, "44.6 billion", S_EU, partner="European Union"),
        fact("China", "exports", "value", 48e9, "USD", SEP, "48 billion", S_EU, partner="European Union"),
        fact("China", "exports", "growth", -6.5, "percent", OCT, "6.5", S_MOM, partner="ASEAN", basis="mom"),
        fact("China", "exports", "growth", -7.1, "percent", OCT, "7.1", S_MOM, partner="European Union", basis="mom"),
        fact("China", "exports", "growth", 17.4, "percent", OCT, "17.4", S_VN, partner="Vietnam"),
        fact("China", "exports", "value", 17.9e9, "USD", OCT, "17.9 billion", S_VN, partner="Vietnam"),
        fact("China", "exports", "growth", -4.6, "percent", OCT, "4.6", S_MX, partner="Mexico"),
        fact("China", "exports", "value", 7.6e9, "USD", OCT, "7.6 billion", S_MX, partner="Mexico"),
        fact("Vietnam", "exports", "growth", 27, "percent", OCT, "27", S_VNUS, partner="United States"),
        fact("Vietnam", "exports", "value", 14.6e9, "USD", OCT, "14.6 billion", S_VNUS, partner="United States"),
        fact("Vietnam", "imports", "value", 17.3e9, "USD", OCT, "17.3 billion", S_VNUS, partner="China"),
        fact("China", "exports", "growth", -17.8, "percent", JAN_OCT, "17.8", S_YTD_US, partner="United States"),
        fact("China", "exports", "value", 354.8e9, "USD", JAN_OCT, "354.8 billion", S_YTD_US, partner="United States"),
        fact("China", "exports", "growth", 14.1, "percent", JAN_OCT, "14.1", "Shipments to ASEAN expanded 14.1% over the same stretch", partner="ASEAN"),
        fact("China", "exports", "growth", 7.4, "percent", JAN_OCT, "7.4", "Shipments to ASEAN expanded 14.1% over the same stretch, while those to the EU gained 7.4%.", partner="European Union"),
        fact("China", "balance", "value", 964.7e9, "USD", JAN_OCT, "964.7 billion", "China's cumulative trade surplus hit $964.7 billion"),
    ],
}

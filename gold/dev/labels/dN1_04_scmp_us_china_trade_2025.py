from _fact import fact, period

YEAR_2025 = period(2025, 1, 12)
YEAR_2024 = period(2024, 1, 12)
YEAR_2018 = period(2018, 1, 12)
DECEMBER = period(2025, 12)
JAN_OCT = period(2025, 1, 10)

EVIDENCE_EXPORTS_US = "China’s exports to the US dropped 20 per cent in 2025 to US$420.05 billion"
EVIDENCE_IMPORTS_US = "imports from the US fell 14.6 per cent to US$139.7 billion"
EVIDENCE_TWO_WAY = "Trade in both directions contracted 18.7 per cent to US$559.75 billion"
EVIDENCE_SURPLUS_US = (
    "China ran a US$280.35 billion surplus with the US, 22.3 per cent smaller than the US$361 billion recorded in 2024."
)
EVIDENCE_SHARE = (
    "the US took only 11.1 per cent of China’s exports, "
    "down from 14.7 per cent in 2024 and more than 19 per cent in 2018"
)
EVIDENCE_GLOBAL_SURPLUS = "its trade surplus jumped 20 per cent to a record US$1.19 trillion"
EVIDENCE_ASEAN = "Asean, by a wide margin now China’s largest export market, took US$665 billion of Chinese goods, 13.4 per cent more"
EVIDENCE_VIETNAM = "Exports to Vietnam by themselves soared 18.5 per cent to US$191.8 billion"
EVIDENCE_AFRICA_EU = (
    "Exports to Vietnam by themselves soared 18.5 per cent to US$191.8 billion, and shipments to Africa and the European Union "
    "increased 25.8 per cent and 8.4 per cent, respectively"
)
EVIDENCE_CENSUS_IMPORTS = "US imports from China declined 26.5 per cent to US$262.4 billion"
EVIDENCE_CENSUS_EXPORTS = (
    "American exports to China fell to US$89.6 billion, giving the US a US$172.8 billion goods deficit with China for the period"
)

ARTICLE = {
    "id": "dN1_04_scmp_us_china_trade_2025",
    "title": (
        "China’s trade with the US falls by almost a fifth in a year of tariffs, while Vietnam and Asean fill the gap"
    ),
    "publisher": "South China Morning Post",
    "published": "2026-01-15",
    "notes": [
        "Publisher from the sign-off line 'This article was first published by the South China Morning Post (SCMP)'.",
        "Headline 'falls by almost a fifth' and the bullets ('dropped 20 per cent', 'shrank by more than a fifth', "
        "'record US$1.19 trillion') restate body figures: each observation labelled once, with the body sentence as evidence.",
        "'last year' resolves to 2025 from the body's 'in 2025' and the published date (2026-01-15).",
        "Surplus '22.3 per cent smaller than the US$361 billion recorded in 2024': growth of a surplus follows its wording (-22.3); the 2024 "
        "surplus is its own fact with period 2024.",
        "Shares of China's exports taken by the US: 11.1 (2025), 14.7 (2024) and 'more than 19' (2018, qualifier over) are three observations.",
        "'a ninth straight month of double-digit falls' is a streak: out.",
        "Tariff rates (20 per cent, 10 per cent), 'topped US$1 trillion' (milestone), 'the smallest total since 2020', the analyst's "
        "forecast (a further 5 to 10 per cent fall) and the GDP/net-exports poll (about 5 per cent, a third): out of scope.",
        "Census figures are for January-October 2025 ('through October', 'first 10 months'); China's share of US goods imports (9.3) "
        "takes that running period from the preceding paragraph.",
        "US-side facts have area United States, partner China or Vietnam; deficits are negative.",
        "ASEAN 'largest export market' labelled as a stated rank 1 for China's exports to ASEAN in 2025.",
        "Mexico: growth only (4.6); no value is given.",
    ],
    "facts": [
        fact("China", "exports", "growth", -20, "percent", YEAR_2025, "20", EVIDENCE_EXPORTS_US, partner="United States"),
        fact("China", "exports", "value", 420.05e9, "USD", YEAR_2025, "420.05 billion", EVIDENCE_EXPORTS_US,
             partner="United States"),
        fact("China", "imports", "growth", -14.6, "percent", YEAR_2025, "14.6", EVIDENCE_IMPORTS_US, partner="United States"),
        fact("China", "imports", "value", 139.7e9, "USD", YEAR_2025, "139.7 billion", EVIDENCE_IMPORTS_US,
             partner="United States"),
        fact("China", "total", "growth", -18.7, "percent", YEAR_2025, "18.7", EVIDENCE_TWO_WAY, partner="United States"),
        fact("China", "total", "value", 559.75e9, "USD", YEAR_2025, "559.75 billion", EVIDENCE_TWO_WAY,
             partner="United States"),
        fact("China", "balance", "value", 280.35e9, "USD", YEAR_2025, "280.35 billion", EVIDENCE_SURPLUS_US,
             partner="United States"),
        fact("China", "balance", "growth", -22.3, "percent", YEAR_2025, "22.3", EVIDENCE_SURPLUS_US, partner="United States"),
        fact("China", "balance", "value", 361e9, "USD", YEAR_2024, "361 billion", EVIDENCE_SURPLUS_US,
             partner="United States"),
        fact("China", "exports", "share", 11.1, "percent", YEAR_2025, "11.1", EVIDENCE_SHARE, partner="United States"),
        fact("China", "exports", "share", 14.7, "percent", YEAR_2024, "14.7", EVIDENCE_SHARE, partner="United States"),
        fact("China", "exports", "share", 19, "percent", YEAR_2018, "19", EVIDENCE_SHARE, partner="United States",
             qualifier="over"),
        fact("China", "exports", "growth", -30, "percent", DECEMBER, "30",
             "Shipments to the US in December alone plunged 30 per cent from a year earlier", partner="United States"),
        fact("China", "exports", "growth", 5.5, "percent", YEAR_2025, "5.5", "Its total exports rose 5.5 per cent last year"),
        fact("China", "balance", "growth", 20, "percent", YEAR_2025, "20", EVIDENCE_GLOBAL_SURPLUS),
        fact("China", "balance", "value", 1.19e12, "USD", YEAR_2025, "1.19 trillion", EVIDENCE_GLOBAL_SURPLUS),
        fact("China", "exports", "rank", 1, "number", YEAR_2025, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 665e9, "USD", YEAR_2025, "665 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 13.4, "percent", YEAR_2025, "13.4", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 18.5, "percent", YEAR_2025, "18.5", EVIDENCE_VIETNAM, partner="Vietnam"),
        fact("China", "exports", "value", 191.8e9, "USD", YEAR_2025, "191.8 billion", EVIDENCE_VIETNAM, partner="Vietnam"),
        fact("China", "exports", "growth", 25.8, "percent", YEAR_2025, "25.8", EVIDENCE_AFRICA_EU, partner="Africa"),
        fact("China", "exports", "growth", 8.4, "percent", YEAR_2025, "8.4", EVIDENCE_AFRICA_EU, partner="European Union"),
        fact("China", "exports", "growth", 4.6, "percent", YEAR_2025, "4.6",
             "Chinese shipments to Mexico, another assembly base right on America’s doorstep, inched up 4.6 per cent", partner="Mexico"),
        fact("United States", "imports", "growth", -26.5, "percent", JAN_OCT, "26.5", EVIDENCE_CENSUS_IMPORTS, partner="China"),
        fact("United States", "imports", "value", 262.4e9, "USD", JAN_OCT, "262.4 billion", EVIDENCE_CENSUS_IMPORTS,
             partner="China"),
        fact("United States", "exports", "value", 89.6e9, "USD", JAN_OCT, "89.6 billion", EVIDENCE_CENSUS_EXPORTS,
             partner="China"),
        fact("United States", "balance", "value", -172.8e9, "USD", JAN_OCT, "172.8 billion", EVIDENCE_CENSUS_EXPORTS,
             partner="China"),
        fact("United States", "imports", "share", 9.3, "percent", JAN_OCT, "9.3",
             "China supplied just 9.3 per cent of US goods imports", partner="China"),
        fact("United States", "balance", "value", -146.1e9, "USD", JAN_OCT, "146.1 billion",
             "the US deficit with Vietnam swelled to US$146.1 billion over January-October",
             partner="Vietnam"),
    ],
}

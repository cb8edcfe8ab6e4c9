from _fact import fact, period

YEAR_2025 = period(2025, 1, 12)
YEAR_2024 = period(2024, 1, 12)
YEAR_2018 = period(2018, 1, 12)
DECEMBER = period(2025, 12)
JAN_OCT = period(2025, 1, 10)

EVIDENCE_EXPORTS_US = "China’s exports to the US fell 20 per cent in 2025 to US$420.05 billion"
EVIDENCE_IMPORTS_US = "imports from the US dropped 14.6 per cent to US$139.7 billion"
EVIDENCE_TWO_WAY = "Two-way trade shrank 18.7 per cent to US$559.75 billion"
EVIDENCE_SURPLUS_US = (
    "That left China with a surplus of US$280.35 billion with the US, down 22.3 per cent from US$361 billion in 2024."
)
EVIDENCE_SHARE = (
    "The US absorbed just 11.1 per cent of China’s outbound shipments last year, "
    "compared with 14.7 per cent in 2024 and more than 19 per cent in 2018"
)
EVIDENCE_GLOBAL_SURPLUS = "the trade surplus swelled 20 per cent to a record US$1.19 trillion"
EVIDENCE_ASEAN = "Asean, now China’s largest export market by a wide margin, bought US$665 billion of Chinese goods, up 13.4 per cent."
EVIDENCE_VIETNAM = "Exports to Vietnam alone jumped 18.5 per cent to US$191.8 billion"
EVIDENCE_AFRICA_EU = (
    "Exports to Vietnam alone jumped 18.5 per cent to US$191.8 billion, while those to Africa and the European Union "
    "rose 25.8 per cent and 8.4 per cent, respectively"
)
EVIDENCE_CENSUS_IMPORTS = "US imports from China fell 26.5 per cent in the first 10 months of the year to US$262.4 billion"
EVIDENCE_CENSUS_EXPORTS = (
    "US exports to China slid to US$89.6 billion, leaving a goods deficit with China of US$172.8 billion over the period"
)

ARTICLE = {
    "id": "dN1_04_scmp_us_china_trade_2025",
    "title": (
        "China’s trade with US shrinks by nearly a fifth after a year of tariffs, as Vietnam and Asean pick up the slack"
    ),
    "publisher": "South China Morning Post",
    "published": "2026-01-15",
    "notes": [
        "Publisher from the sign-off line 'This article originally appeared in the South China Morning Post (SCMP)'.",
        "Headline 'shrinks by nearly a fifth' and the bullets ('fell 20 per cent', 'narrowed by more than a fifth', "
        "'record US$1.19 trillion') restate body figures: each observation labelled once, with the body sentence as evidence.",
        "'last year' resolves to 2025 from the body's 'in 2025' and the published date (2026-01-15).",
        "Surplus 'down 22.3 per cent from US$361 billion in 2024': growth of a surplus follows its verb (-22.3); the 2024 "
        "surplus is its own fact with period 2024.",
        "Shares of China's exports taken by the US: 11.1 (2025), 14.7 (2024) and 'more than 19' (2018, qualifier over) are three observations.",
        "'the ninth consecutive month of double-digit declines' is a streak: out.",
        "Tariff rates (20 per cent, 10 per cent), 'the US$1 trillion mark' (milestone), 'lowest level since 2020', the analyst's "
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
             "In December alone, shipments to the US tumbled 30 per cent from a year earlier", partner="United States"),
        fact("China", "exports", "growth", 5.5, "percent", YEAR_2025, "5.5", "Total exports grew 5.5 per cent last year"),
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
             "Shipments to Mexico, another assembly hub on America’s doorstep, edged up 4.6 per cent", partner="Mexico"),
        fact("United States", "imports", "growth", -26.5, "percent", JAN_OCT, "26.5", EVIDENCE_CENSUS_IMPORTS, partner="China"),
        fact("United States", "imports", "value", 262.4e9, "USD", JAN_OCT, "262.4 billion", EVIDENCE_CENSUS_IMPORTS,
             partner="China"),
        fact("United States", "exports", "value", 89.6e9, "USD", JAN_OCT, "89.6 billion", EVIDENCE_CENSUS_EXPORTS,
             partner="China"),
        fact("United States", "balance", "value", -172.8e9, "USD", JAN_OCT, "172.8 billion", EVIDENCE_CENSUS_EXPORTS,
             partner="China"),
        fact("United States", "imports", "share", 9.3, "percent", JAN_OCT, "9.3",
             "China’s share of US goods imports slipped to 9.3 per cent", partner="China"),
        fact("United States", "balance", "value", -146.1e9, "USD", JAN_OCT, "146.1 billion",
             "The US deficit with Vietnam, by contrast, ballooned to US$146.1 billion in the January-October period",
             partner="Vietnam"),
    ],
}

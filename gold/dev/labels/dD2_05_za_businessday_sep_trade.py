from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
YTD = period(2025, 1, 9)
YTD24 = period(2024, 1, 9)
ZA = "South Africa"
E_HEAD = "shrinking SA's trade surplus to R15.77bn from August's revised R21.51bn"
E_EXIM = "September's exports totalled R176.48bn and imports R160.71bn"
E_PROD = ("Against August, precious metals and stones exports fell 14% as gold shipments slowed, and vehicles and "
          "transport equipment exports climbed 8%")
E_YTD_BAL = ("So far this year the trade surplus amounts to R167.52bn, better than the R124.30bn surplus of the same "
             "period last year")
E_YTD = "Year-to-date exports were up 5.8% at R1.53-trillion and imports up 3.1% at R1.36-trillion"
E_CN = "In September China was still SA's largest trading partner, buying 11.9% of its exports and providing 21.4% of its imports"

ARTICLE = {
    "id": "dD2_05_za_businessday_sep_trade",
    "title": "Dip in precious metals exports trims SA's trade surplus to R15.77bn",
    "publisher": "Business Day",
    "published": "2025-10-31",
    "notes": [
        "The byline date '31 October' has no year: September and August are 2025 from published; 'Twelve months earlier' is "
        "September 2024; 'the same period last year' is 2024-01/2024-09; 'So far this year' and 'Year-to-date' are 2025-01/2025-09.",
        "SA is South Africa; R/rand is ZAR. The revised August surplus (R21.51bn) is labelled as the August balance.",
        "'Exports were down 2.3% month on month, or R4.15bn': growth -2.3 (mom); the rand change R4.15bn is a difference, out. "
        "'imports rose by R1.59bn (1.0%)': growth 1.0 (mom); R1.59bn out.",
        "The product paragraph opens 'Against August': precious metals and stones (-14%) and vehicles and "
        "transport equipment (+8%) are mom growth facts of exports.",
        "'shrinking' (headline 'trims') describes the surplus level moving, not a stated rate: no growth fact.",
        "Reuters poll (R18.2bn), the 30% US tariff, the exchange rate (R17.35), current account (0.7%, 1.5% of GDP) are out.",
        "'SA's largest trading partner' is China's stated rank in total trade; the two shares (11.9% of exports, 21.4% of "
        "imports) are export and import shares with partner China.",
        "'Exports to China were up 18% on a year earlier' is yoy in an otherwise month-on-month story.",
        "Business Day house style writes 'R1.53-trillion' with a hyphen.",
    ],
    "facts": [
        fact(ZA, "balance", "value", 15.77e9, "ZAR", SEP, "15.77bn", E_HEAD),
        fact(ZA, "balance", "value", 21.51e9, "ZAR", AUG, "21.51bn", E_HEAD),
        fact(ZA, "exports", "value", 176.48e9, "ZAR", SEP, "176.48bn", E_EXIM),
        fact(ZA, "imports", "value", 160.71e9, "ZAR", SEP, "160.71bn", E_EXIM),
        fact(ZA, "exports", "growth", -2.3, "percent", SEP, "2.3", "Exports were down 2.3% month on month", basis="mom"),
        fact(ZA, "imports", "growth", 1.0, "percent", SEP, "1.0", "imports rose by R1.59bn (1.0%)", basis="mom"),
        fact(ZA, "exports", "growth", -14, "percent", SEP, "14", E_PROD, product="precious metals and stones", basis="mom"),
        fact(ZA, "exports", "growth", 8, "percent", SEP, "8", E_PROD, product="vehicles and transport equipment", basis="mom"),
        fact(ZA, "balance", "value", 8.35e9, "ZAR", SEP24, "8.35bn",
             "Twelve months earlier, the surplus for September stood at R8.35bn"),
        fact(ZA, "balance", "value", 167.52e9, "ZAR", YTD, "167.52bn", E_YTD_BAL),
        fact(ZA, "balance", "value", 124.30e9, "ZAR", YTD24, "124.30bn", E_YTD_BAL),
        fact(ZA, "exports", "growth", 5.8, "percent", YTD, "5.8", E_YTD),
        fact(ZA, "exports", "value", 1.53e12, "ZAR", YTD, "1.53-trillion", E_YTD),
        fact(ZA, "imports", "growth", 3.1, "percent", YTD, "3.1", E_YTD),
        fact(ZA, "imports", "value", 1.36e12, "ZAR", YTD, "1.36-trillion", E_YTD),
        fact(ZA, "total", "rank", 1, "number", SEP, "largest", E_CN, partner="China"),
        fact(ZA, "exports", "share", 11.9, "percent", SEP, "11.9", E_CN, partner="China"),
        fact(ZA, "imports", "share", 21.4, "percent", SEP, "21.4", E_CN, partner="China"),
        fact(ZA, "exports", "growth", 18, "percent", SEP, "18", "Exports to China were up 18% on a year earlier", partner="China"),
        fact(ZA, "exports", "share", 7.2, "percent", SEP, "7.2", "The US accounted for 7.2% of exports in September",
             partner="United States"),
    ],
}

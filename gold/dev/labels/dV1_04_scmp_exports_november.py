from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
JAN_NOV = period(2025, 1, 11)

EVIDENCE_HEADLINE = "exports in November totalled US$330.35 billion, 5.9 per cent higher than a year before"
EVIDENCE_MOM = "exports were 8.2 per cent above October’s US$305.35 billion"
EVIDENCE_IMPORTS = "Imports inched 1.9 per cent higher to US$218.67 billion"
EVIDENCE_YTD = "exports increased 5.4 per cent to US$3.41 trillion"
EVIDENCE_US = "Exports to the US plunged 28.6 per cent year on year to US$33.8 billion"
EVIDENCE_ASEAN = (
    "Shipments bound for the 10-member Association of Southeast Asian Nations (Asean), which has become China’s "
    "largest export market, were 8.9 per cent higher at US$59.4 billion"
)
EVIDENCE_EU = "exports to the European Union advanced 14.8 per cent to US$48.9 billion"
EVIDENCE_AFRICA_LATAM = "Growth in exports to Africa and Latin America reached 27.6 per cent and 14.9 per cent, respectively."
EVIDENCE_CHIPS = "Integrated circuit exports increased 25.4 per cent to US$18.1 billion"
EVIDENCE_CARS = "whose value rose 31.2 per cent to US$11.2 billion"
EVIDENCE_STEEL = "At 9.98 million tonnes, steel exports were 4.7 per cent lower than in October"
EVIDENCE_RARE_EARTHS = "Shipments of rare earths dropped to 4,617 tonnes, 24.1 per cent below October’s level"

ARTICLE = {
    "id": "dV1_04_scmp_exports_november",
    "title": "Surging sales to Africa lift China’s November exports despite fresh fall in US shipments",
    "publisher": None,
    "published": "2025-12-08",
    "notes": [
        "SCMP-style analysis; the outlet is not named in the text (only a byline), so publisher is None.",
        "The year appears only in the published metadata: November = 2025-11, October = 2025-10, 'the January-November period' = 2025-01/2025-11.",
        "Bullet summary ('Exports grew 5.9 per cent year on year') restates the body's 5.9 per cent; labelled once with the body sentence as evidence.",
        "'A Reuters poll of economists had pointed to a 3.8 per cent increase': forecast, out.",
        "'exports were 8.2 per cent above October’s US$305.35 billion': growth basis mom (comparison with the month before); October's exports are a separate value fact.",
        "'after a 1.1 per cent decline in October': October's year-on-year export growth, labelled with period 2025-10.",
        "'the year-to-date surplus stood at US$1.08 trillion, topping the trillion-dollar threshold for the first time': exact figure only; the threshold is a milestone.",
        "Asean 'which has become China’s largest export market' labelled as export rank 1 for November; '10-member' is not a trade number.",
        "Steel ('lower than in October') and rare earth ('below October’s level') changes are mom growth of tonnages (no value stated for those products, so the tonnage change is the only growth).",
        "Cars: 678,000 is a quantity (unit number); the 31.2 per cent is value growth, stated beside the value.",
        "'almost 28 per cent' (Africa, in the Lianhe Securities economist's remark) restates the 27.6 per cent: not labelled again.",
        "Out of scope: the Pacific Crest economist's 'around 3 per cent next year' forecast, the PMI 49.2 and 50-point line, 'the eighth month running', the 5 per cent GDP target.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOVEMBER, "5.9", EVIDENCE_HEADLINE),
        fact("China", "exports", "value", 330.35e9, "USD", NOVEMBER, "330.35 billion", EVIDENCE_HEADLINE),
        fact("China", "exports", "growth", -1.1, "percent", OCTOBER, "1.1", "after a 1.1 per cent decline in October"),
        fact("China", "exports", "growth", 8.2, "percent", NOVEMBER, "8.2", EVIDENCE_MOM, basis="mom"),
        fact("China", "exports", "value", 305.35e9, "USD", OCTOBER, "305.35 billion", EVIDENCE_MOM),
        fact("China", "imports", "growth", 1.9, "percent", NOVEMBER, "1.9", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 218.67e9, "USD", NOVEMBER, "218.67 billion", EVIDENCE_IMPORTS),
        fact("China", "balance", "value", 111.68e9, "USD", NOVEMBER, "111.68 billion", "the trade surplus came to US$111.68 billion"),
        fact("China", "exports", "growth", 5.4, "percent", JAN_NOV, "5.4", EVIDENCE_YTD),
        fact("China", "exports", "value", 3.41e12, "USD", JAN_NOV, "3.41 trillion", EVIDENCE_YTD),
        fact("China", "balance", "value", 1.08e12, "USD", JAN_NOV, "1.08 trillion", "the year-to-date surplus stood at US$1.08 trillion"),
        fact("China", "exports", "growth", -28.6, "percent", NOVEMBER, "28.6", EVIDENCE_US, partner="United States"),
        fact("China", "exports", "value", 33.8e9, "USD", NOVEMBER, "33.8 billion", EVIDENCE_US, partner="United States"),
        fact("China", "exports", "share", 10.2, "percent", NOVEMBER, "10.2",
             "leaving America with only 10.2 per cent of China’s November exports", partner="United States"),
        fact("China", "exports", "rank", 1, "number", NOVEMBER, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 8.9, "percent", NOVEMBER, "8.9", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 59.4e9, "USD", NOVEMBER, "59.4 billion", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 14.8, "percent", NOVEMBER, "14.8", EVIDENCE_EU, partner="European Union"),
        fact("China", "exports", "value", 48.9e9, "USD", NOVEMBER, "48.9 billion", EVIDENCE_EU, partner="European Union"),
        fact("China", "exports", "growth", 27.6, "percent", NOVEMBER, "27.6", EVIDENCE_AFRICA_LATAM, partner="Africa"),
        fact("China", "exports", "growth", 14.9, "percent", NOVEMBER, "14.9", EVIDENCE_AFRICA_LATAM, partner="Latin America"),
        fact("China", "exports", "growth", 25.4, "percent", NOVEMBER, "25.4", EVIDENCE_CHIPS, product="integrated circuits"),
        fact("China", "exports", "value", 18.1e9, "USD", NOVEMBER, "18.1 billion", EVIDENCE_CHIPS, product="integrated circuits"),
        fact("China", "exports", "quantity", 678000, "number", NOVEMBER, "678,000",
             "China sold 678,000 cars overseas", product="cars"),
        fact("China", "exports", "growth", 31.2, "percent", NOVEMBER, "31.2", EVIDENCE_CARS, product="cars"),
        fact("China", "exports", "value", 11.2e9, "USD", NOVEMBER, "11.2 billion", EVIDENCE_CARS, product="cars"),
        fact("China", "exports", "quantity", 9.98e6, "tonnes", NOVEMBER, "9.98 million", EVIDENCE_STEEL, product="steel"),
        fact("China", "exports", "growth", -4.7, "percent", NOVEMBER, "4.7", EVIDENCE_STEEL, product="steel", basis="mom"),
        fact("China", "exports", "growth", -24.1, "percent", NOVEMBER, "24.1", EVIDENCE_RARE_EARTHS,
             product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 4617, "tonnes", NOVEMBER, "4,617", EVIDENCE_RARE_EARTHS, product="rare earths"),
    ],
}

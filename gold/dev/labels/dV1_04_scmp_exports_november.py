from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
JAN_NOV = period(2025, 1, 11)

EVIDENCE_HEADLINE = "Outbound shipments rose 5.9 per cent from a year earlier to US$330.35 billion in November"
EVIDENCE_MOM = "exports jumped 8.2 per cent from October’s US$305.35 billion"
EVIDENCE_IMPORTS = "Imports edged up 1.9 per cent to US$218.67 billion"
EVIDENCE_YTD = "For the first 11 months of the year, exports grew 5.4 per cent to US$3.41 trillion"
EVIDENCE_US = "Shipments to the US slumped 28.6 per cent year on year to US$33.8 billion"
EVIDENCE_ASEAN = (
    "Exports to the 10-member Association of Southeast Asian Nations (Asean), now China’s largest export market, "
    "climbed 8.9 per cent to US$59.4 billion"
)
EVIDENCE_EU = "sales to the European Union rose 14.8 per cent to US$48.9 billion"
EVIDENCE_AFRICA_LATAM = "Shipments to Africa and Latin America grew 27.6 per cent and 14.9 per cent, respectively."
EVIDENCE_CHIPS = "Exports of integrated circuits rose 25.4 per cent to US$18.1 billion"
EVIDENCE_CARS = "with their value up 31.2 per cent at US$11.2 billion"
EVIDENCE_STEEL = "Outbound steel shipments totalled 9.98 million tonnes, down 4.7 per cent from October"
EVIDENCE_RARE_EARTHS = "Rare earth exports fell 24.1 per cent from October to 4,617 tonnes"

ARTICLE = {
    "id": "dV1_04_scmp_exports_november",
    "title": "China’s exports bounce back in November as Africa boom offsets another slump in US sales",
    "publisher": None,
    "published": "2025-12-08",
    "notes": [
        "SCMP-style analysis; the outlet is not named in the text (only a byline), so publisher is None.",
        "The year appears only in the published metadata: November = 2025-11, October = 2025-10, 'first 11 months of the year' = 2025-01/2025-11.",
        "Bullet summary restates the body's 5.9 per cent; labelled once with the body sentence as evidence.",
        "'Economists polled by Reuters had expected growth of 3.8 per cent': forecast, out.",
        "'exports jumped 8.2 per cent from October’s US$305.35 billion': growth basis mom (comparison with the month before); October's exports are a separate value fact.",
        "'reversing a 1.1 per cent decline in October': October's year-on-year export growth, labelled with period 2025-10.",
        "'cumulative surplus reached US$1.08 trillion – the first time it has passed the trillion-dollar mark': exact figure only; the threshold is a milestone.",
        "Asean 'now China’s largest export market' labelled as export rank 1 for November; '10-member' is not a trade number.",
        "Steel and rare earth 'from October' changes are mom growth of tonnages (no value stated for those products, so the tonnage change is the only growth).",
        "Cars: 678,000 is a quantity (unit number); the 31.2 per cent is value growth, stated beside the value.",
        "'up almost 28 per cent' (Africa, in Chan's remark) restates the 27.6 per cent: not labelled again.",
        "Out of scope: Liu's 'around 3 per cent next year' forecast, the PMI 49.2 and 50-point mark, 'eighth straight month', the 5 per cent GDP target.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOVEMBER, "5.9", EVIDENCE_HEADLINE),
        fact("China", "exports", "value", 330.35e9, "USD", NOVEMBER, "330.35 billion", EVIDENCE_HEADLINE),
        fact("China", "exports", "growth", -1.1, "percent", OCTOBER, "1.1", "reversing a 1.1 per cent decline in October"),
        fact("China", "exports", "growth", 8.2, "percent", NOVEMBER, "8.2", EVIDENCE_MOM, basis="mom"),
        fact("China", "exports", "value", 305.35e9, "USD", OCTOBER, "305.35 billion", EVIDENCE_MOM),
        fact("China", "imports", "growth", 1.9, "percent", NOVEMBER, "1.9", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 218.67e9, "USD", NOVEMBER, "218.67 billion", EVIDENCE_IMPORTS),
        fact("China", "balance", "value", 111.68e9, "USD", NOVEMBER, "111.68 billion", "leaving a trade surplus of US$111.68 billion"),
        fact("China", "exports", "growth", 5.4, "percent", JAN_NOV, "5.4", EVIDENCE_YTD),
        fact("China", "exports", "value", 3.41e12, "USD", JAN_NOV, "3.41 trillion", EVIDENCE_YTD),
        fact("China", "balance", "value", 1.08e12, "USD", JAN_NOV, "1.08 trillion", "the cumulative surplus reached US$1.08 trillion"),
        fact("China", "exports", "growth", -28.6, "percent", NOVEMBER, "28.6", EVIDENCE_US, partner="United States"),
        fact("China", "exports", "value", 33.8e9, "USD", NOVEMBER, "33.8 billion", EVIDENCE_US, partner="United States"),
        fact("China", "exports", "share", 10.2, "percent", NOVEMBER, "10.2",
             "America took just 10.2 per cent of China’s exports last month", partner="United States"),
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
             "the country shipped 678,000 cars abroad", product="cars"),
        fact("China", "exports", "growth", 31.2, "percent", NOVEMBER, "31.2", EVIDENCE_CARS, product="cars"),
        fact("China", "exports", "value", 11.2e9, "USD", NOVEMBER, "11.2 billion", EVIDENCE_CARS, product="cars"),
        fact("China", "exports", "quantity", 9.98e6, "tonnes", NOVEMBER, "9.98 million", EVIDENCE_STEEL, product="steel"),
        fact("China", "exports", "growth", -4.7, "percent", NOVEMBER, "4.7", EVIDENCE_STEEL, product="steel", basis="mom"),
        fact("China", "exports", "growth", -24.1, "percent", NOVEMBER, "24.1", EVIDENCE_RARE_EARTHS,
             product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 4617, "tonnes", NOVEMBER, "4,617", EVIDENCE_RARE_EARTHS, product="rare earths"),
    ],
}

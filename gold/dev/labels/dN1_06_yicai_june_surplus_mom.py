from _fact import fact, period

JUNE = period(2024, 6)
MAY = period(2024, 5)
FIRST_HALF = period(2024, 1, 6)

EVIDENCE_EXPORTS = "exports increased 8.6 percent from a year earlier to USD307.85 billion"
EVIDENCE_MAY_EXPORTS = "quickened from a 7.6 percent rise in May"
EVIDENCE_YUAN = "Measured in yuan, exports were up 10.7 percent at CNY2.19 trillion."
EVIDENCE_IMPORTS = "imports dropped 2.3 percent to USD208.8 billion"
EVIDENCE_SURPLUS = (
    "The trade surplus grew to a record USD99.05 billion from USD82.62 billion in May."
)
EVIDENCE_SEQUENTIAL = "On a month-on-month basis, exports rose 1.8 percent from May and imports fell 5 percent"
EVIDENCE_HIGH_TECH = (
    "Their exports totaled CNY478.6 billion in June, 7.9 percent higher than a year before and up 4.2 percent on the previous month"
)
EVIDENCE_HIGH_TECH_SHARE = "accounting for 21.9 percent of all of China's exports"
EVIDENCE_BATTERIES = "Exports of lithium-ion batteries fell 6.9 percent year on year to USD5.47 billion."
EVIDENCE_EV = "China exported 91,400 electric passenger cars worth USD3.31 billion"
EVIDENCE_SOLAR = "solar cell exports plunged 32.4 percent to USD2.96 billion"
EVIDENCE_ASEAN = "ASEAN was still the largest buyer of Chinese goods, with exports to the bloc surging 15 percent year on year"
EVIDENCE_US_EU = "Exports to the US grew 6.6 percent, and EU-bound shipments 4 percent."
EVIDENCE_US_EU_MOM = (
    "Relative to May, exports to the US were up 4.1 percent and exports to the EU 2.7 percent, "
    "whereas ASEAN-bound sales eased 1.3 percent."
)
EVIDENCE_FIRST_HALF = "Exports climbed 3.6 percent in the first half of the year, with the trade surplus reaching USD435 billion."

HIGH_TECH = "high-tech products"

ARTICLE = {
    "id": "dN1_06_yicai_june_surplus_mom",
    "title": "China's June Exports Top Forecasts as Trade Surplus Hits Record USD99 Billion",
    "publisher": "Yicai",
    "published": "2024-07-12",
    "notes": [
        "Dateline '(Yicai) July 12' has no year: 2024 from published; 'last month'/'June' is June 2024, 'the first half' is H1 2024.",
        "Headline 'Record USD99 Billion' restates the body's USD99.05 billion surplus: labelled once.",
        "'from USD82.62 billion in May' is May's surplus, its own fact with period May 2024.",
        "'quickened from a 7.6 percent rise in May' is May's year-on-year export growth (the sentence before says 'from a year earlier').",
        "Dollar and yuan growth of June exports (8.6 and 10.7) are both labelled; they share every field but the value.",
        "'On a month-on-month basis ... from May' sets basis mom for 1.8 and -5 in that paragraph; 'Relative to May' sets mom for the US, "
        "EU and ASEAN figures of its paragraph. High-tech: 7.9 yoy ('than a year before') and 4.2 mom ('on the previous month').",
        "High-tech share 21.9: share of China's total exports, product high-tech products.",
        "Electric passenger cars: 91,400 is a quantity (unit number) and USD3.31 billion its value.",
        "Solar cells 'shipment volumes were up about 19 percent' is volume growth beside value growth: out.",
        "ASEAN 'the largest buyer of Chinese goods' labelled as a stated rank 1 of China's exports to ASEAN in June.",
        "Out of scope: the 8 percent median forecast, EU duties of up to 37.6 percent, 'since January', Aug. 1, PMI new export "
        "orders 48.3/48.5 and the 50-point mark, 'for a second month'.",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.6, "percent", JUNE, "8.6", EVIDENCE_EXPORTS),
        fact("China", "exports", "value", 307.85e9, "USD", JUNE, "307.85 billion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 7.6, "percent", MAY, "7.6", EVIDENCE_MAY_EXPORTS),
        fact("China", "exports", "growth", 10.7, "percent", JUNE, "10.7", EVIDENCE_YUAN),
        fact("China", "exports", "value", 2.19e12, "CNY", JUNE, "2.19 trillion", EVIDENCE_YUAN),
        fact("China", "imports", "growth", -2.3, "percent", JUNE, "2.3", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 208.8e9, "USD", JUNE, "208.8 billion", EVIDENCE_IMPORTS),
        fact("China", "balance", "value", 99.05e9, "USD", JUNE, "99.05 billion", EVIDENCE_SURPLUS),
        fact("China", "balance", "value", 82.62e9, "USD", MAY, "82.62 billion", EVIDENCE_SURPLUS),
        fact("China", "exports", "growth", 1.8, "percent", JUNE, "1.8", EVIDENCE_SEQUENTIAL, basis="mom"),
        fact("China", "imports", "growth", -5, "percent", JUNE, "5", EVIDENCE_SEQUENTIAL, basis="mom"),
        fact("China", "exports", "value", 478.6e9, "CNY", JUNE, "478.6 billion", EVIDENCE_HIGH_TECH, product=HIGH_TECH),
        fact("China", "exports", "growth", 7.9, "percent", JUNE, "7.9", EVIDENCE_HIGH_TECH, product=HIGH_TECH),
        fact("China", "exports", "growth", 4.2, "percent", JUNE, "4.2", EVIDENCE_HIGH_TECH, product=HIGH_TECH, basis="mom"),
        fact("China", "exports", "share", 21.9, "percent", JUNE, "21.9", EVIDENCE_HIGH_TECH_SHARE, product=HIGH_TECH),
        fact("China", "exports", "value", 5.47e9, "USD", JUNE, "5.47 billion", EVIDENCE_BATTERIES,
             product="lithium-ion batteries"),
        fact("China", "exports", "growth", -6.9, "percent", JUNE, "6.9", EVIDENCE_BATTERIES, product="lithium-ion batteries"),
        fact("China", "exports", "quantity", 91400, "number", JUNE, "91,400", EVIDENCE_EV, product="electric passenger cars"),
        fact("China", "exports", "value", 3.31e9, "USD", JUNE, "3.31 billion", EVIDENCE_EV, product="electric passenger cars"),
        fact("China", "exports", "growth", -32.4, "percent", JUNE, "32.4", EVIDENCE_SOLAR, product="solar cells"),
        fact("China", "exports", "value", 2.96e9, "USD", JUNE, "2.96 billion", EVIDENCE_SOLAR, product="solar cells"),
        fact("China", "exports", "rank", 1, "number", JUNE, "largest", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 15, "percent", JUNE, "15", EVIDENCE_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 6.6, "percent", JUNE, "6.6", EVIDENCE_US_EU, partner="United States"),
        fact("China", "exports", "growth", 4, "percent", JUNE, "4", EVIDENCE_US_EU, partner="European Union"),
        fact("China", "exports", "growth", 4.1, "percent", JUNE, "4.1", EVIDENCE_US_EU_MOM, partner="United States",
             basis="mom"),
        fact("China", "exports", "growth", 2.7, "percent", JUNE, "2.7", EVIDENCE_US_EU_MOM, partner="European Union",
             basis="mom"),
        fact("China", "exports", "growth", -1.3, "percent", JUNE, "1.3", EVIDENCE_US_EU_MOM, partner="ASEAN", basis="mom"),
        fact("China", "exports", "growth", 3.6, "percent", FIRST_HALF, "3.6", EVIDENCE_FIRST_HALF),
        fact("China", "balance", "value", 435e9, "USD", FIRST_HALF, "435 billion", EVIDENCE_FIRST_HALF),
    ],
}

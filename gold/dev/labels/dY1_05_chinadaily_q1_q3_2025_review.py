from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
H1 = period(2025, 1, 6)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
SEPTEMBER = period(2025, 9)

LEAD = "Goods imports and exports reached 33.61 trillion yuan ($4.71 trillion) in the first three quarters of 2025"
GROWTH = "The figure was 4 percent higher than a year earlier"
FIRST_HALF = "up from growth of 2.9 percent in the first half"
EXPORTS = "They expanded 7.1 percent to 19.95 trillion yuan over the nine months"
IMPORTS = "imports slipped 0.2 percent to 13.66 trillion yuan"
THIRD_QUARTER = "Trade in the July-September period rose 6 percent year-on-year and was 2.9 percent above the second-quarter level"
EARLIER_QUARTERS = "Growth in the first and second quarters had stood at 1.3 percent and 4.5 percent, respectively"
SEPT = "Imports and exports for the month rose 8 percent from a year earlier to 4.04 trillion yuan"
ASEAN = "ASEAN remained China's largest trading partner, with bilateral trade growing 9.6 percent"
EU = "The European Union ranked second, as trade with the 27-nation bloc edged up 3.6 percent"
US = "trade with the United States, now the third-largest partner, shrank 15.9 percent"
BRI = "Trade with them rose 6.2 percent and accounted for 51.7 percent of the national total"
AFRICA = "Our trade with Africa went up 19.5 percent in the first three quarters"
PRIVATE = "Their imports and exports grew 7.8 percent and made up 57 percent of the total"
FIRMS = "more than 700,000 companies had recorded import or export activity this year"
MECH = (
    "Mechanical and electrical products, the mainstay of the export basket, accounted for 60.5 percent of outbound "
    "shipments after growing 9.6 percent"
)
HIGH_TECH = "their exports climbed 11.9 percent to 3.75 trillion yuan"

BRI_PARTNER = "Belt and Road partner countries"
MECH_PRODUCT = "mechanical and electrical products"
HT_PRODUCT = "high-tech products"

ARTICLE = {
    "id": "dY1_05_chinadaily_q1_q3_2025_review",
    "title": "Foreign trade gathers pace in Q3 as exporters broaden reach",
    "publisher": "China Daily",
    "published": "2025-10-14",
    "notes": [
        "Running period: January-September 2025 (the first three quarters of 2025); 'over the nine months', 'this year' and "
        "unperiodised figures in later paragraphs (partners, private firms, products) take it.",
        "'$4.71 trillion' in brackets without 'about' is a dollar conversion: a separate USD fact, qualifier exact.",
        "'The figure was 4 percent higher': the pronoun subject is the 33.61 trillion yuan total; basis yoy.",
        "'up from growth of 2.9 percent in the first half' is a stated observation of H1 2025 (2025-01/2025-06), not a "
        "derived comparison: labelled as total growth yoy for the first half.",
        "Third quarter: '6 percent year-on-year' is yoy; '2.9 percent above the second-quarter level' is a comparison with "
        "the previous quarter: basis qoq, period 2025-07/2025-09. No Q3 value is given.",
        "Q1 and Q2 growth rates (1.3, 4.5) are given with 'respectively': periods 2025-01/03 and 2025-04/06, basis yoy.",
        "September: the period comes from the sentence before ('September rounded off the quarter'); 'for the month' "
        "refers back to it. 'the quickest pace for any month this year' is a milestone: out.",
        "Ranks: ASEAN 'largest' = 1, EU 'ranked second' = 2, US 'third-largest' = 3 (value_text 'third'); all total "
        "trade, running period.",
        "Growth with no value for EU, US, Belt and Road; 'edged up' and 'shrank' give the sign (US -15.9).",
        "'Trade with them' = Belt and Road partner countries of the sentence before; 51.7 percent is its share of "
        "China's total trade.",
        "The spokesperson's quoted Africa figure (19.5 percent) is a stated trade fact, labelled (partner Africa); "
        "Central Asia has no number.",
        "Private enterprises: growth 7.8 and share 57 of total trade, segment 'private enterprises'.",
        "'more than 700,000 companies had recorded import or export activity': count of foreign trade enterprises, "
        "qualifier over, period January-September 2025. 'a level not reached until December in 2024' is a comparison "
        "with no number of its own for 2024: not labelled.",
        "Mechanical and electrical products: share of exports 60.5 and export growth 9.6 (the same 9.6 as ASEAN's growth, "
        "a different fact). High-tech products: exports value and growth; 'contributing more than 30 percent of the "
        "increase in exports' is a contribution: out.",
        "Out: '27-nation bloc', 'eighth' import expo, 'three weeks', GDP mention, the economist's forecasts (around 3.5 "
        "percent full-year, about 4 percent export growth in Q4).",
    ],
    "facts": [
        fact("China", "total", "value", 33.61e12, "CNY", JAN_SEP, "33.61 trillion", LEAD),
        fact("China", "total", "value", 4.71e12, "USD", JAN_SEP, "4.71 trillion", LEAD),
        fact("China", "total", "growth", 4, "percent", JAN_SEP, "4", GROWTH),
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", FIRST_HALF),
        fact("China", "exports", "growth", 7.1, "percent", JAN_SEP, "7.1", EXPORTS),
        fact("China", "exports", "value", 19.95e12, "CNY", JAN_SEP, "19.95 trillion", EXPORTS),
        fact("China", "imports", "growth", -0.2, "percent", JAN_SEP, "0.2", IMPORTS),
        fact("China", "imports", "value", 13.66e12, "CNY", JAN_SEP, "13.66 trillion", IMPORTS),
        fact("China", "total", "growth", 6, "percent", Q3, "6", THIRD_QUARTER),
        fact("China", "total", "growth", 2.9, "percent", Q3, "2.9", THIRD_QUARTER, basis="qoq"),
        fact("China", "total", "growth", 1.3, "percent", Q1, "1.3", EARLIER_QUARTERS),
        fact("China", "total", "growth", 4.5, "percent", Q2, "4.5", EARLIER_QUARTERS),
        fact("China", "total", "growth", 8, "percent", SEPTEMBER, "8", SEPT),
        fact("China", "total", "value", 4.04e12, "CNY", SEPTEMBER, "4.04 trillion", SEPT),
        fact("China", "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.6, "percent", JAN_SEP, "9.6", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_SEP, "second", EU, partner="European Union"),
        fact("China", "total", "growth", 3.6, "percent", JAN_SEP, "3.6", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_SEP, "third", US, partner="United States"),
        fact("China", "total", "growth", -15.9, "percent", JAN_SEP, "15.9", US, partner="United States"),
        fact("China", "total", "growth", 6.2, "percent", JAN_SEP, "6.2", BRI, partner=BRI_PARTNER),
        fact("China", "total", "share", 51.7, "percent", JAN_SEP, "51.7", BRI, partner=BRI_PARTNER),
        fact("China", "total", "growth", 19.5, "percent", JAN_SEP, "19.5", AFRICA, partner="Africa"),
        fact("China", "total", "growth", 7.8, "percent", JAN_SEP, "7.8", PRIVATE, segment="private enterprises"),
        fact("China", "total", "share", 57, "percent", JAN_SEP, "57", PRIVATE, segment="private enterprises"),
        fact("China", "total", "count", 700000, "number", JAN_SEP, "700,000", FIRMS,
             segment="foreign trade enterprises", qualifier="over"),
        fact("China", "exports", "share", 60.5, "percent", JAN_SEP, "60.5", MECH, product=MECH_PRODUCT),
        fact("China", "exports", "growth", 9.6, "percent", JAN_SEP, "9.6", MECH, product=MECH_PRODUCT),
        fact("China", "exports", "growth", 11.9, "percent", JAN_SEP, "11.9", HIGH_TECH, product=HT_PRODUCT),
        fact("China", "exports", "value", 3.75e12, "CNY", JAN_SEP, "3.75 trillion", HIGH_TECH, product=HT_PRODUCT),
    ],
}

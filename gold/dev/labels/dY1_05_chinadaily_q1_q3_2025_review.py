from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
H1 = period(2025, 1, 6)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
Q3 = period(2025, 7, 9)
SEPTEMBER = period(2025, 9)

LEAD = (
    "the country's total goods trade came to 33.61 trillion yuan ($4.71 trillion) for the first three quarters of "
    "2025"
)
GROWTH = "That was an increase of 4 percent year on year"
FIRST_HALF = "faster than the 2.9 percent growth recorded in the first half"
EXPORTS = "Exports did the heavy lifting, rising 7.1 percent to 19.95 trillion yuan in the nine-month period"
IMPORTS = "imports edged down 0.2 percent to 13.66 trillion yuan"
THIRD_QUARTER = (
    "July-September trade grew 6 percent year-on-year and was 2.9 percent higher than in the second quarter"
)
EARLIER_QUARTERS = "In the first and second quarters, growth rates had been 1.3 percent and 4.5 percent, respectively"
SEPT = "in September, when trade climbed 8 percent year on year to 4.04 trillion yuan"
ASEAN = "Trade with ASEAN, which kept its place as China's largest trading partner, grew 9.6 percent"
EU = "The European Union came second, with trade with the 27-member bloc rising 3.6 percent"
US = "The United States, now ranked third among China's partners, saw bilateral trade shrink 15.9 percent"
BRI = "China's trade with this group increased 6.2 percent, reaching 51.7 percent of the country's overall trade"
AFRICA = "Trade with Africa grew 19.5 percent in the first three quarters"
PRIVATE = "their combined imports and exports expanding 7.8 percent to account for 57 percent of the total"
FIRMS = "more than 700,000 businesses had imported or exported goods this year"
MECH = (
    "Exports of mechanical and electrical products, the core of China's overseas sales, rose 9.6 percent and made up "
    "60.5 percent of the export total"
)
HIGH_TECH = "with exports up 11.9 percent at 3.75 trillion yuan"

BRI_PARTNER = "Belt and Road partner countries"
MECH_PRODUCT = "mechanical and electrical products"
HT_PRODUCT = "high-tech products"

ARTICLE = {
    "id": "dY1_05_chinadaily_q1_q3_2025_review",
    "title": "Exporters' wider reach speeds up China's trade in Q3",
    "publisher": "China Daily",
    "published": "2025-10-14",
    "notes": [
        "Running period: January-September 2025 (the first three quarters of 2025); 'in the nine-month period', 'this year' and "
        "unperiodised figures in later paragraphs (partners, private firms, products) take it.",
        "'$4.71 trillion' in brackets without 'about' is a dollar conversion: a separate USD fact, qualifier exact.",
        "'That was an increase of 4 percent year on year': the pronoun subject is the 33.61 trillion yuan total; basis yoy.",
        "'faster than the 2.9 percent growth recorded in the first half' is a stated observation of H1 2025 (2025-01/2025-06), not a "
        "derived comparison: labelled as total growth yoy for the first half.",
        "Third quarter: '6 percent year-on-year' is yoy; '2.9 percent higher than in the second quarter' is a comparison with "
        "the previous quarter: basis qoq, period 2025-07/2025-09. No Q3 value is given.",
        "Q1 and Q2 growth rates (1.3, 4.5) are given with 'respectively': periods 2025-01/03 and 2025-04/06, basis yoy.",
        "September: the period is named in the evidence ('in September, when trade climbed'). 'the fastest monthly pace this "
        "year' is a milestone: out.",
        "Ranks: ASEAN 'largest' = 1, EU 'came second' = 2, US 'ranked third' = 3 (value_text 'third'); all total "
        "trade, running period.",
        "Growth with no value for EU, US, Belt and Road; 'rising' and 'shrink' give the sign (US -15.9).",
        "'this group' = Belt and Road partner countries of the sentence before; 51.7 percent is its share of "
        "China's total trade.",
        "The spokesperson's Africa figure (19.5 percent, reported speech) is a stated trade fact, labelled (partner Africa); "
        "Central Asia has no number.",
        "Private enterprises: growth 7.8 and share 57 of total trade, segment 'private enterprises'.",
        "'more than 700,000 businesses had imported or exported goods': count of foreign trade enterprises, "
        "qualifier over, period January-September 2025. 'a figure that in 2024 was not reached until December' is a comparison "
        "with no number of its own for 2024: not labelled.",
        "Mechanical and electrical products: share of exports 60.5 and export growth 9.6 (the same 9.6 as ASEAN's growth, "
        "a different fact). High-tech products: exports value and growth; 'accounting for over 30 percent of the "
        "growth in exports' is a contribution: out.",
        "Out: '27-member bloc', 'eighth' import expo, 'three weeks', GDP mention, the economist's forecasts (around 3.5 "
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

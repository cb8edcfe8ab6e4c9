from _fact import fact, period

SEP = period(2025, 9)
Q3 = period(2025, 7, 9)
M9 = period(2025, 1, 9)
E_EXP = "rising 16.1 percent year-on-year to HK$434.1 billion (US$55.8 billion)"
E_IMP = "The value of imports of goods increased 14.8 percent to HK$460.7 billion, leaving a visible trade deficit of HK$26.6 billion"
E_RX = "climbed 16.3 percent to HK$431.2 billion"
E_DX = "Domestic exports, by contrast, dropped 3.4 percent to HK$2.9 billion"
E_9M = "In the first nine months of 2025, total exports climbed 13.9 percent from a year earlier to HK$3,616.2 billion"
E_ML = "exports to the mainland, which absorbed 57.4 percent of the total, rose 19.2 percent"

ARTICLE = {
    "id": "dG2_06_hk_standard_sep_exports",
    "title": "HK exports jump 16.1pc in September as AI boom keeps re-export trade humming",
    "publisher": "The Standard",
    "published": "2025-10-27",
    "notes": [
        "The text states the year (September 2025, first nine months of 2025).",
        "Headline and body state the same 16.1 percent: labelled once (body).",
        "'HK$434.1 billion (US$55.8 billion)': the same observation in two currencies, two facts; the USD one keeps qualifier exact (no 'about').",
        "'equivalent to 5.8 percent of the value of imports' is a ratio of the deficit to imports, not a share of a flow in a larger whole: out.",
        "Re-exports and domestic exports are segments ('re-exports', 'domestic exports'); the re-exports growth evidence is the clause after the subject 'Re-exports, which make up almost all of ...'.",
        "'total exports rose 2.7 percent in September from August': basis mom. 'For the third quarter as a whole ... compared with the preceding quarter': basis qoq, period July-September.",
        "'exports to the mainland': partner China (the mainland of China, as Hong Kong statistics call it).",
        "'Shipments to ASEAN surged 24.6 percent, led by Vietnam (up 48.1 percent)': two partner growth facts.",
        "Product 'electrical machinery, apparatus and appliances', in the text's words.",
        "Out of scope: '19th consecutive month' (streak), the GDP forecast of 2 to 3 percent, container throughput (1.2 percent, 1.21 million TEUs) which is not a trade value.",
    ],
    "facts": [
        fact("Hong Kong", "exports", "growth", 16.1, "percent", SEP, "16.1", E_EXP),
        fact("Hong Kong", "exports", "value", 434.1e9, "HKD", SEP, "434.1 billion", E_EXP),
        fact("Hong Kong", "exports", "value", 55.8e9, "USD", SEP, "55.8 billion", E_EXP),
        fact("Hong Kong", "imports", "growth", 14.8, "percent", SEP, "14.8", E_IMP),
        fact("Hong Kong", "imports", "value", 460.7e9, "HKD", SEP, "460.7 billion", E_IMP),
        fact("Hong Kong", "balance", "value", -26.6e9, "HKD", SEP, "26.6 billion", E_IMP),
        fact("Hong Kong", "exports", "growth", 16.3, "percent", SEP, "16.3", E_RX, segment="re-exports"),
        fact("Hong Kong", "exports", "value", 431.2e9, "HKD", SEP, "431.2 billion", E_RX, segment="re-exports"),
        fact("Hong Kong", "exports", "growth", -3.4, "percent", SEP, "3.4", E_DX, segment="domestic exports"),
        fact("Hong Kong", "exports", "value", 2.9e9, "HKD", SEP, "2.9 billion", E_DX, segment="domestic exports"),
        fact("Hong Kong", "exports", "growth", 2.7, "percent", SEP, "2.7",
             "On a seasonally adjusted basis, total exports rose 2.7 percent in September from August", basis="mom"),
        fact("Hong Kong", "exports", "growth", 4.1, "percent", Q3, "4.1",
             "For the third quarter as a whole, seasonally adjusted exports grew 4.1 percent compared with the preceding quarter",
             basis="qoq"),
        fact("Hong Kong", "exports", "growth", 13.9, "percent", M9, "13.9", E_9M),
        fact("Hong Kong", "exports", "value", 3616.2e9, "HKD", M9, "3,616.2 billion", E_9M),
        fact("Hong Kong", "exports", "share", 57.4, "percent", SEP, "57.4", E_ML, partner="China"),
        fact("Hong Kong", "exports", "growth", 19.2, "percent", SEP, "19.2", E_ML, partner="China"),
        fact("Hong Kong", "exports", "growth", 24.6, "percent", SEP, "24.6", "Shipments to ASEAN surged 24.6 percent",
             partner="ASEAN"),
        fact("Hong Kong", "exports", "growth", 48.1, "percent", SEP, "48.1", "led by Vietnam (up 48.1 percent)",
             partner="Vietnam"),
        fact("Hong Kong", "exports", "growth", -17.5, "percent", SEP, "17.5",
             "exports to the United States tumbled 17.5 percent", partner="United States"),
        fact("Hong Kong", "exports", "growth", 25.4, "percent", SEP, "25.4",
             "exports of electrical machinery, apparatus and appliances jumped 25.4 percent",
             product="electrical machinery, apparatus and appliances"),
    ],
}

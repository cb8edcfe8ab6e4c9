from _fact import fact, period

SEP = period(2025, 9)
Q3 = period(2025, 7, 9)
M9 = period(2025, 1, 9)
E_EXP = "coming in at HK$434.1 billion (US$55.8 billion), up 16.1 percent year-on-year"
E_IMP = "Goods imports rose 14.8 percent in value to HK$460.7 billion, producing a visible trade deficit of HK$26.6 billion"
E_RX = "went up 16.3 percent to HK$431.2 billion"
E_DX = "domestic exports fell 3.4 percent to HK$2.9 billion"
E_9M = "Total exports for the first nine months of 2025 amounted to HK$3,616.2 billion, 13.9 percent more than a year earlier"
E_ML = "the mainland took 57.4 percent of total exports, and shipments there increased 19.2 percent"

ARTICLE = {
    "id": "dG2_06_hk_standard_sep_exports",
    "title": "AI boom keeps HK re-exports busy as September exports jump 16.1pc",
    "publisher": "The Standard",
    "published": "2025-10-27",
    "notes": [
        "The text states the year (September 2025, first nine months of 2025).",
        "Headline and body state the same 16.1 percent: labelled once (body).",
        "'HK$434.1 billion (US$55.8 billion)': the same observation in two currencies, two facts; the USD one keeps qualifier exact (no 'about').",
        "'or 5.8 percent of the import value' is a ratio of the deficit to imports, not a share of a flow in a larger whole: out.",
        "Re-exports and domestic exports are segments ('re-exports', 'domestic exports'); the re-exports growth evidence is the clause after the subject 'Re-exports, which account for nearly all ...'.",
        "'total exports in September were 2.7 percent higher than in August': basis mom. 'Over the whole third quarter ... on the previous quarter': basis qoq, period July-September.",
        "'the mainland took ... shipments there': partner China (the mainland of China, as Hong Kong statistics call it).",
        "'Exports to ASEAN jumped 24.6 percent, with Vietnam out in front (up 48.1 percent)': two partner growth facts.",
        "Product 'electrical machinery, apparatus and appliances', in the text's words.",
        "Out of scope: '19th straight month of growth' (streak), the GDP forecast of 2 to 3 percent, container throughput (1.2 percent, 1.21 million TEUs) which is not a trade value.",
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
             "After seasonal adjustment, total exports in September were 2.7 percent higher than in August", basis="mom"),
        fact("Hong Kong", "exports", "growth", 4.1, "percent", Q3, "4.1",
             "Over the whole third quarter, seasonally adjusted exports were up 4.1 percent on the previous quarter",
             basis="qoq"),
        fact("Hong Kong", "exports", "growth", 13.9, "percent", M9, "13.9", E_9M),
        fact("Hong Kong", "exports", "value", 3616.2e9, "HKD", M9, "3,616.2 billion", E_9M),
        fact("Hong Kong", "exports", "share", 57.4, "percent", SEP, "57.4", E_ML, partner="China"),
        fact("Hong Kong", "exports", "growth", 19.2, "percent", SEP, "19.2", E_ML, partner="China"),
        fact("Hong Kong", "exports", "growth", 24.6, "percent", SEP, "24.6", "Exports to ASEAN jumped 24.6 percent",
             partner="ASEAN"),
        fact("Hong Kong", "exports", "growth", 48.1, "percent", SEP, "48.1", "with Vietnam out in front (up 48.1 percent)",
             partner="Vietnam"),
        fact("Hong Kong", "exports", "growth", -17.5, "percent", SEP, "17.5",
             "those to the United States slumped 17.5 percent", partner="United States"),
        fact("Hong Kong", "exports", "growth", 25.4, "percent", SEP, "25.4",
             "a 25.4 percent jump in exports of electrical machinery, apparatus and appliances",
             product="electrical machinery, apparatus and appliances"),
    ],
}

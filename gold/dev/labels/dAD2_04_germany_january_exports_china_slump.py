from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)

MOM = "exports from Europe's biggest economy fell 2.3% from the previous month"
IMP = "Imports dropped 5.9%."
DEC_JUMP = "after December's 4.1% jump, which was revised higher"
SURPLUS = "the surplus on foreign trade grew to 21.2 billion euros ($24.6 billion), up from 17.4 billion euros in December"
SURPLUS_25 = "The surplus in January 2025 had been 15.9 billion euros."
YOY = ("Measured against January 2025, exports increased 0.6% to 130.5 billion euros, while imports fell 4.0% "
       "to 109.2 billion euros.")
CN_EXP = "Shipments to China, long among the fastest-growing markets for German manufacturers, tumbled 13.4% from the previous month to 6.3 billion euros."
CN_IMP = "Germany's purchases from the People's Republic dropped 4.7% to 13.1 billion euros"
CN_RANK = "China was still the biggest supplier of goods to Germany"
EU = "Exports to other EU member states declined 4.8% compared with December to 71.6 billion euros"
EA = "those to the euro zone fell 5.7% to 50.1 billion euros"
NON_EU = "Sales to countries outside the bloc, on the other hand, inched up 1.0% to 58.8 billion euros."
US_RANK = "the United States, once more the largest buyer of German goods"
US = ("Compared with December, exports to the U.S. increased 9.6% to 12.9 billion euros, and imports from there "
      "rose 3.2% to 7.6 billion euros.")
US_EXP = "Compared with December, exports to the U.S. increased 9.6% to 12.9 billion euros"
US_YOY = "shipments to the United States were still down 6.5% from January 2025"
SHARE = ("the United States took around 9.6% of German exports in 2025, down from 10.4% "
         "a year earlier")

ARTICLE = {
    "id": "dAD2_04_germany_january_exports_china_slump",
    "title": "Slump in China sales drags German January exports down more than forecast",
    "publisher": "Reuters",
    "published": "2026-03-10",
    "notes": [
        "Area Germany throughout (dateline, 'Germany's exports', 'Europe's biggest economy').",
        "'Imports dropped 5.9%.' sits in the paragraph opened by 'fell 2.3% from the previous month': basis mom carries.",
        "'December's 4.1% jump, which was revised higher': December 2025 exports, month-on-month (the paragraph "
        "compares January with December); period from the publication date (March 2026), so December 2025.",
        "'($24.6 billion)': the same January surplus in dollars, a separate approx USD fact (Reuters conversion).",
        "'17.4 billion euros in December': December 2025 surplus. 'The surplus in January 2025 had been "
        "15.9 billion euros': January 2025 surplus.",
        "Paragraph 'Measured against January 2025 ...': year-on-year growth and the January 2026 levels of exports "
        "(130.5 bn) and imports (109.2 bn).",
        "China paragraph opens 'tumbled 13.4% from the previous month': the import decline of 4.7% in the same paragraph is mom.",
        "'China was still the biggest supplier of goods to Germany': imports, partner China, rank 1 (January 2026).",
        "'other EU member states' -> partner European Union; 'the euro zone' -> Euro area; both mom ('compared with December').",
        "'countries outside the bloc' -> partner 'Non-EU countries' (Destatis 'third countries'); mom from the "
        "paragraph's frame ('compared with December').",
        "'the United States, once more the largest buyer of German goods': exports, partner United States, rank 1, January 2026.",
        "U.S. paragraph: 'compared with December' -> mom for both exports (9.6%, 12.9 bn) and imports (3.2%, 7.6 bn).",
        "'still down 6.5% from January 2025': year-on-year growth of exports to the U.S., -6.5.",
        "ING share: exports to the U.S. as a share of German exports, 2025 approx 9.6 ('around'), 2024 exact 10.4.",
        "'the People's Republic' -> partner China.",
        "'Europe's biggest economy' describes the size of the economy, not a trade rank: unlabelled.",
        "Out of scope, unlabelled: the Reuters poll forecast (decrease 0.9%), the 15% tariff, the exchange rate "
        "($1 = 0.8620 euros), GDP forecast 1.0% for 2026 and GDP growth 0.2% in 2025 (not trade flows).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -2.3, "percent", JAN, "2.3", MOM, basis="mom"),
        fact("Germany", "imports", "growth", -5.9, "percent", JAN, "5.9", IMP, basis="mom"),
        fact("Germany", "exports", "growth", 4.1, "percent", DEC, "4.1", DEC_JUMP, basis="mom"),
        fact("Germany", "balance", "value", 21.2e9, "EUR", JAN, "21.2 billion", SURPLUS),
        fact("Germany", "balance", "value", 24.6e9, "USD", JAN, "24.6 billion", SURPLUS, qualifier="approx"),
        fact("Germany", "balance", "value", 17.4e9, "EUR", DEC, "17.4 billion", SURPLUS),
        fact("Germany", "balance", "value", 15.9e9, "EUR", JAN25, "15.9 billion", SURPLUS_25),
        fact("Germany", "exports", "growth", 0.6, "percent", JAN, "0.6", YOY),
        fact("Germany", "exports", "value", 130.5e9, "EUR", JAN, "130.5 billion", YOY),
        fact("Germany", "imports", "growth", -4.0, "percent", JAN, "4.0", YOY),
        fact("Germany", "imports", "value", 109.2e9, "EUR", JAN, "109.2 billion", YOY),
        fact("Germany", "exports", "growth", -13.4, "percent", JAN, "13.4", CN_EXP, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.3e9, "EUR", JAN, "6.3 billion", CN_EXP, partner="China"),
        fact("Germany", "imports", "growth", -4.7, "percent", JAN, "4.7", CN_IMP, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.1e9, "EUR", JAN, "13.1 billion", CN_IMP, partner="China"),
        fact("Germany", "imports", "rank", 1, "number", JAN, "biggest", CN_RANK, partner="China"),
        fact("Germany", "exports", "growth", -4.8, "percent", JAN, "4.8", EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 71.6e9, "EUR", JAN, "71.6 billion", EU, partner="European Union"),
        fact("Germany", "exports", "growth", -5.7, "percent", JAN, "5.7", EA, partner="Euro area", basis="mom"),
        fact("Germany", "exports", "value", 50.1e9, "EUR", JAN, "50.1 billion", EA, partner="Euro area"),
        fact("Germany", "exports", "growth", 1.0, "percent", JAN, "1.0", NON_EU, partner="Non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 58.8e9, "EUR", JAN, "58.8 billion", NON_EU, partner="Non-EU countries"),
        fact("Germany", "exports", "rank", 1, "number", JAN, "largest", US_RANK, partner="United States"),
        fact("Germany", "exports", "growth", 9.6, "percent", JAN, "9.6", US_EXP, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 12.9e9, "EUR", JAN, "12.9 billion", US_EXP, partner="United States"),
        fact("Germany", "imports", "growth", 3.2, "percent", JAN, "3.2", US, partner="United States", basis="mom"),
        fact("Germany", "imports", "value", 7.6e9, "EUR", JAN, "7.6 billion", US, partner="United States"),
        fact("Germany", "exports", "growth", -6.5, "percent", JAN, "6.5", US_YOY, partner="United States"),
        fact("Germany", "exports", "share", 9.6, "percent", Y2025, "9.6", SHARE, partner="United States", qualifier="approx"),
        fact("Germany", "exports", "share", 10.4, "percent", Y2024, "10.4", SHARE, partner="United States"),
    ],
}

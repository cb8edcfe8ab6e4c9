from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)

MOM = "Exports from Europe's largest economy dropped 2.3% on the month"
IMP = "Imports slumped by 5.9%."
DEC_JUMP = "an upwardly revised 4.1% jump in December"
SURPLUS = "the foreign trade surplus widened to 21.2 billion euros ($24.6 billion) from 17.4 billion euros in the previous month"
SURPLUS_25 = "A year earlier, the surplus had stood at 15.9 billion euros."
YOY = ("Compared with January 2025, exports were up 0.6% at 130.5 billion euros, while imports were 4.0% lower "
       "at 109.2 billion euros.")
CN_EXP = "Exports to China, for years one of the most dynamic markets for German manufacturers, plunged 13.4% on the month to 6.3 billion euros."
CN_IMP = "Imports from the People's Republic declined 4.7% to 13.1 billion euros"
CN_RANK = "China remained the biggest source of goods arriving in Germany"
EU = "Exports to other EU member states fell 4.8% from December to 71.6 billion euros"
EA = "with shipments to the euro zone down 5.7% at 50.1 billion euros"
NON_EU = "Exports to countries outside the bloc, by contrast, edged up 1.0% to 58.8 billion euros."
US_RANK = "The United States, again the largest buyer of German goods"
US = ("Exports there rose 9.6% to 12.9 billion euros compared with December, while imports from the U.S. "
      "climbed 3.2% to 7.6 billion euros.")
US_EXP = "Exports there rose 9.6% to 12.9 billion euros compared with December"
US_YOY = "exports to the United States were still 6.5% below their level of January 2025"
SHARE = ("the share of German exports that went to the United States slipped to around 9.6% in 2025 from 10.4% "
         "the year before")

ARTICLE = {
    "id": "dAD2_04_germany_january_exports_china_slump",
    "title": "German exports fall more than expected in January as China business slumps",
    "publisher": "Reuters",
    "published": "2026-03-10",
    "notes": [
        "Area Germany throughout (dateline, 'German exports', 'Europe's largest economy').",
        "'Imports slumped by 5.9%.' sits in the paragraph opened by 'dropped 2.3% on the month': basis mom carries.",
        "'an upwardly revised 4.1% jump in December': December 2025 exports, month-on-month (the paragraph "
        "compares January with December); period from the publication date (March 2026), so December 2025.",
        "'($24.6 billion)': the same January surplus in dollars, a separate approx USD fact (Reuters conversion).",
        "'17.4 billion euros in the previous month': December 2025 surplus. 'A year earlier, the surplus had stood "
        "at 15.9 billion euros': January 2025 surplus.",
        "Paragraph 'Compared with January 2025 ...': year-on-year growth and the January 2026 levels of exports "
        "(130.5 bn) and imports (109.2 bn).",
        "China paragraph opens 'plunged 13.4% on the month': the import decline of 4.7% in the same paragraph is mom.",
        "'China remained the biggest source of goods arriving in Germany': imports, partner China, rank 1 (January 2026).",
        "'other EU member states' -> partner European Union; 'the euro zone' -> Euro area; both mom ('from December').",
        "'countries outside the bloc' -> partner 'Non-EU countries' (Destatis 'third countries'); mom from the "
        "paragraph's frame ('from December').",
        "'The United States, again the largest buyer of German goods': exports, partner United States, rank 1, January 2026.",
        "U.S. paragraph: 'compared with December' -> mom for both exports (9.6%, 12.9 bn) and imports (3.2%, 7.6 bn).",
        "'6.5% below their level of January 2025': year-on-year growth of exports to the U.S., -6.5.",
        "ING share: exports to the U.S. as a share of German exports, 2025 approx 9.6 ('around'), 2024 exact 10.4.",
        "'the People's Republic' -> partner China.",
        "'Europe's largest economy' describes the size of the economy, not a trade rank: unlabelled.",
        "Out of scope, unlabelled: the Reuters poll forecast (0.9% decrease), the 15% tariff, the exchange rate "
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

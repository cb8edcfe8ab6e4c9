from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
Y2025 = period(2025, 1, 12)

EXP = "Exports increased by 1.2% on the month in calendar and seasonally adjusted terms"
IMP = "Imports fell 0.6% from December"
BAL = "the trade surplus widened to 17.9 billion euros ($20.9 billion) from 15.6 billion euros in the previous month"
VALS = "Germany exported goods worth 129.5 billion euros in January and imported goods worth 111.6 billion euros"
EU = "Compared with December, exports to European Union countries climbed 1.8% to 74.2 billion euros"
NONEU = "those to countries outside the bloc edged up 0.5% to 55.3 billion euros"
US = "Exports to the United States, however, fell 3.1% to 11.6 billion euros"
CN = "exports to China rose 2.4% to 6.9 billion euros"
USYOY = "Shipments to the United States were 14.7% lower than in January last year."
CNRANK = "China was once more the largest supplier of goods to Germany"
CNIMP = "Imports from the Asian country rose 4.7% on the month to 13.1 billion euros"
USIMP = "imports from the United States gained 2.0% to 8.2 billion euros"
YOY = "In unadjusted terms, exports were down 0.8% compared with January 2025 and imports were up 1.9%"
UNADJ = "The unadjusted surplus came in at 13.2 billion euros, after 15.8 billion euros a year earlier"
US25 = "German exports to the United States fell 9.3% in 2025 to around 147 billion euros"
CN25 = "China was Germany's biggest trading partner for the year"

ARTICLE = {
    "id": "dAI2_04_german_exports_january_2026",
    "title": "German exports beat forecasts in January as EU demand offsets U.S. slump",
    "publisher": "Reuters",
    "published": "2026-03-09",
    "notes": [
        "Area Germany throughout (the article's economy).",
        "'Compared with December' opens the partner paragraph: its growth figures (EU, non-EU, US, China) are mom.",
        "'Imports from the Asian country rose 4.7% on the month ... while imports from the United States gained 2.0%': both mom (same sentence, same frame).",
        "'Shipments to the United States were 14.7% lower than in January last year': separate paragraph, explicit yoy.",
        "'countries outside the bloc': partner written 'non-EU countries' (no canonical name for the EU's complement).",
        "'the Asian country' = China.",
        "Seasonally adjusted surplus 17.9 bn and unadjusted surplus 13.2 bn for January 2026 are two different values of the same flow/period; both labelled as written. Adjusted (1.2%, -0.6%) and unadjusted yoy (-0.8%, 1.9%) growths differ by basis.",
        "'15.6 billion euros in the previous month': December 2025 balance. '15.8 billion euros a year earlier': January 2025 balance.",
        "'$20.9 billion' is a conversion of the 17.9 bn euro surplus: separate approx USD fact.",
        "'the largest supplier of goods to Germany': imports rank 1 from China, January 2026. 'China was Germany's biggest trading partner for the year': total rank 1, 2025.",
        "'around 147 billion euros': approx.",
        "Out of scope, unlabelled: Reuters poll forecast 0.5% (forecast); 15% US tariff (not a trade flow); GDP forecast 1.0% and 2025 GDP growth 0.2%; exchange rate line ($1 = 0.8550 euros).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 1.2, "percent", JAN, "1.2", EXP, basis="mom"),
        fact("Germany", "imports", "growth", -0.6, "percent", JAN, "0.6", IMP, basis="mom"),
        fact("Germany", "balance", "value", 17.9e9, "EUR", JAN, "17.9 billion", BAL),
        fact("Germany", "balance", "value", 20.9e9, "USD", JAN, "20.9 billion", BAL, qualifier="approx"),
        fact("Germany", "balance", "value", 15.6e9, "EUR", DEC, "15.6 billion", BAL),
        fact("Germany", "exports", "value", 129.5e9, "EUR", JAN, "129.5 billion", VALS),
        fact("Germany", "imports", "value", 111.6e9, "EUR", JAN, "111.6 billion", VALS),
        fact("Germany", "exports", "growth", 1.8, "percent", JAN, "1.8", EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 74.2e9, "EUR", JAN, "74.2 billion", EU, partner="European Union"),
        fact("Germany", "exports", "growth", 0.5, "percent", JAN, "0.5", NONEU, partner="non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 55.3e9, "EUR", JAN, "55.3 billion", NONEU, partner="non-EU countries"),
        fact("Germany", "exports", "growth", -3.1, "percent", JAN, "3.1", US, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 11.6e9, "EUR", JAN, "11.6 billion", US, partner="United States"),
        fact("Germany", "exports", "growth", 2.4, "percent", JAN, "2.4", CN, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.9e9, "EUR", JAN, "6.9 billion", CN, partner="China"),
        fact("Germany", "exports", "growth", -14.7, "percent", JAN, "14.7", USYOY, partner="United States"),
        fact("Germany", "imports", "rank", 1, "number", JAN, "largest", CNRANK, partner="China"),
        fact("Germany", "imports", "growth", 4.7, "percent", JAN, "4.7", CNIMP, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.1e9, "EUR", JAN, "13.1 billion", CNIMP, partner="China"),
        fact("Germany", "imports", "growth", 2.0, "percent", JAN, "2.0", USIMP, partner="United States", basis="mom"),
        fact("Germany", "imports", "value", 8.2e9, "EUR", JAN, "8.2 billion", USIMP, partner="United States"),
        fact("Germany", "exports", "growth", -0.8, "percent", JAN, "0.8", YOY),
        fact("Germany", "imports", "growth", 1.9, "percent", JAN, "1.9", YOY),
        fact("Germany", "balance", "value", 13.2e9, "EUR", JAN, "13.2 billion", UNADJ),
        fact("Germany", "balance", "value", 15.8e9, "EUR", JAN25, "15.8 billion", UNADJ),
        fact("Germany", "exports", "growth", -9.3, "percent", Y2025, "9.3", US25, partner="United States"),
        fact("Germany", "exports", "value", 147e9, "EUR", Y2025, "147 billion", US25, partner="United States", qualifier="approx"),
        fact("Germany", "total", "rank", 1, "number", Y2025, "biggest", CN25, partner="China"),
    ],
}

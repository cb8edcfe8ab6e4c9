from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
JAN25 = period(2025, 1)
Y2025 = period(2025, 1, 12)

EXP = "Adjusted for calendar and seasonal effects, exports grew 1.2% month on month"
IMP = "imports down 0.6% from December"
BAL = "the trade surplus rose to 17.9 billion euros ($20.9 billion), up from 15.6 billion euros the month before"
VALS = "January's goods exports were worth 129.5 billion euros, against imports of 111.6 billion euros"
EU = "Relative to December, shipments to European Union member states rose 1.8% to 74.2 billion euros"
NONEU = "those going to countries beyond the EU increased 0.5% to 55.3 billion euros"
US = "Sales to the United States, by contrast, dropped 3.1% to 11.6 billion euros"
CN = "exports to China increased 2.4% to 6.9 billion euros"
USYOY = "Year on year, exports to the United States were down 14.7% from January 2025."
CNRANK = "China again ranked as the largest source of German imports"
CNIMP = "Goods bought from China grew 4.7% on the month to 13.1 billion euros"
USIMP = "imports from the United States increased 2.0% to 8.2 billion euros"
YOY = "Before adjustment, exports fell 0.8% from January 2025, while imports grew 1.9%"
UNADJ = "the surplus was 13.2 billion euros, compared with 15.8 billion euros in the same month a year before"
US25 = "In 2025, German shipments to the United States dropped 9.3% to around 147 billion euros"
CN25 = "China ranked as Germany's biggest trading partner over the year"

ARTICLE = {
    "id": "dAI2_04_german_exports_january_2026",
    "title": "Stronger European demand lifts German exports above forecasts in January despite U.S. weakness",
    "publisher": "Reuters",
    "published": "2026-03-09",
    "notes": [
        "Area Germany throughout (the article's economy).",
        "'Relative to December' opens the partner paragraph: its growth figures (EU, non-EU, US, China) are mom.",
        "'Goods bought from China grew 4.7% on the month ... and imports from the United States increased 2.0%': both mom (same sentence, same frame).",
        "'Year on year, exports to the United States were down 14.7% from January 2025': separate paragraph, explicit yoy.",
        "'countries beyond the EU': partner written 'non-EU countries' (no canonical name for the EU's complement).",
        "'Goods bought from China': imports from China.",
        "Seasonally adjusted surplus 17.9 bn and unadjusted surplus 13.2 bn for January 2026 are two different values of the same flow/period; both labelled as written. Adjusted (1.2%, -0.6%) and unadjusted yoy (-0.8%, 1.9%) growths differ by basis.",
        "'15.6 billion euros the month before': December 2025 balance. '15.8 billion euros in the same month a year before': January 2025 balance.",
        "'$20.9 billion' is a conversion of the 17.9 bn euro surplus: separate approx USD fact.",
        "'the largest source of German imports': imports rank 1 from China, January 2026. 'China ranked as Germany's biggest trading partner over the year': total rank 1, 2025.",
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

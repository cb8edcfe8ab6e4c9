from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
SEP_NOV = period(2025, 9, 11)
DEC_NOV = {"start": "2024-12", "end": "2025-11"}

GAP = "The goods trade gap shrank to 21.4 billion pounds from 23.2 billion pounds in October"
EXIM = "Goods exports rose 2.7% from October to 30.6 billion pounds, while imports dropped 1.9% to 52.0 billion pounds"
EU = "On the month, exports to the EU climbed 4.4% to 14.1 billion pounds"
NONEU = "Goods exports to countries outside the bloc totalled 16.5 billion pounds."
US = "Exports of goods to the United States, including precious metals, fell 11% to 4.9 billion pounds ($6.6 billion)"
CN = "imports from China rose 6.2% to 5.8 billion pounds"
YOY = "Compared with November 2024, goods exports were 3.5% lower."
RANK = "The United States is Britain's largest single-country export market."
US12 = "In the 12 months to November, Britain exported 57.8 billion pounds of goods to the United States, 3.1% less than a year earlier"
TOT3 = "the total trade deficit including services widened by 2.3 billion pounds to 7.9 billion pounds"
GS3 = "a goods deficit of 63.1 billion pounds over the period, partly offset by a services surplus of 55.2 billion pounds"
XPM = "Excluding precious metals, whose movements through London's gold market can swing the figures sharply, the total trade deficit stood at 11.8 billion pounds."

ARTICLE = {
    "id": "dAI2_06_uk_trade_november_2025",
    "title": "UK goods trade deficit narrows in November as EU exports rise",
    "publisher": "Reuters",
    "published": "2026-01-15",
    "notes": [
        "Area United Kingdom ('Britain') throughout. Goods figures carry product null.",
        "'The goods trade gap shrank to 21.4 billion pounds from 23.2 billion pounds in October': November and October 2025 goods balances, both negative (deficit).",
        "'from October' in the exports/imports sentence: mom for both growth figures in that sentence.",
        "'On the month' opens the partner paragraph: EU exports 4.4%, US exports -11% and China imports 6.2% are mom.",
        "'countries outside the bloc': partner 'non-EU countries'.",
        "US exports 'including precious metals' is the ordinary goods total to the US: product null. '$6.6 billion' is a conversion: separate approx USD fact.",
        "'Britain's largest single-country export market': exports rank 1 for the United States, period of the article (November 2025).",
        "'In the 12 months to November': December 2024 to November 2025; '3.1% less than a year earlier' is yoy.",
        "Three months to November: September-November 2025. 'the total trade deficit including services' is product 'goods and services'; goods deficit product null; services surplus product 'services' (positive).",
        "'Excluding precious metals ... the total trade deficit stood at 11.8 billion pounds': product written 'goods and services excluding precious metals' (restriction of the total).",
        "Out of scope, unlabelled: absolute change 'widened by 2.3 billion pounds' (a change derived from two levels, not a value, growth rate or share); Reuters poll forecast of 22.5 billion pounds; the 10% US tariff; GDP growth 0.1% and -0.1%; interest rates; exchange rate line ($1 = 0.7420 pounds); the June 30 date.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -21.4e9, "GBP", NOV, "21.4 billion", GAP),
        fact("United Kingdom", "balance", "value", -23.2e9, "GBP", OCT, "23.2 billion", GAP),
        fact("United Kingdom", "exports", "growth", 2.7, "percent", NOV, "2.7", EXIM, basis="mom"),
        fact("United Kingdom", "exports", "value", 30.6e9, "GBP", NOV, "30.6 billion", EXIM),
        fact("United Kingdom", "imports", "growth", -1.9, "percent", NOV, "1.9", EXIM, basis="mom"),
        fact("United Kingdom", "imports", "value", 52.0e9, "GBP", NOV, "52.0 billion", EXIM),
        fact("United Kingdom", "exports", "growth", 4.4, "percent", NOV, "4.4", EU, partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.1e9, "GBP", NOV, "14.1 billion", EU, partner="European Union"),
        fact("United Kingdom", "exports", "value", 16.5e9, "GBP", NOV, "16.5 billion", NONEU, partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", -11, "percent", NOV, "11", US, partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "value", 4.9e9, "GBP", NOV, "4.9 billion", US, partner="United States"),
        fact("United Kingdom", "exports", "value", 6.6e9, "USD", NOV, "6.6 billion", US, partner="United States", qualifier="approx"),
        fact("United Kingdom", "imports", "growth", 6.2, "percent", NOV, "6.2", CN, partner="China", basis="mom"),
        fact("United Kingdom", "imports", "value", 5.8e9, "GBP", NOV, "5.8 billion", CN, partner="China"),
        fact("United Kingdom", "exports", "growth", -3.5, "percent", NOV, "3.5", YOY),
        fact("United Kingdom", "exports", "rank", 1, "number", NOV, "largest", RANK, partner="United States"),
        fact("United Kingdom", "exports", "value", 57.8e9, "GBP", DEC_NOV, "57.8 billion", US12, partner="United States"),
        fact("United Kingdom", "exports", "growth", -3.1, "percent", DEC_NOV, "3.1", US12, partner="United States"),
        fact("United Kingdom", "balance", "value", -7.9e9, "GBP", SEP_NOV, "7.9 billion", TOT3, product="goods and services"),
        fact("United Kingdom", "balance", "value", -63.1e9, "GBP", SEP_NOV, "63.1 billion", GS3),
        fact("United Kingdom", "balance", "value", 55.2e9, "GBP", SEP_NOV, "55.2 billion", GS3, product="services"),
        fact("United Kingdom", "balance", "value", -11.8e9, "GBP", SEP_NOV, "11.8 billion", XPM, product="goods and services excluding precious metals"),
    ],
}

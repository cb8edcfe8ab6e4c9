from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
SEP_NOV = period(2025, 9, 11)
DEC_NOV = {"start": "2024-12", "end": "2025-11"}

GAP = "the goods deficit narrowed to 21.4 billion pounds from October's 23.2 billion pounds"
EXIM = "Compared with October, goods exports increased 2.7% to 30.6 billion pounds and imports fell 1.9% to 52.0 billion pounds"
EU = "Month on month, exports to the EU grew 4.4% to 14.1 billion pounds"
NONEU = "Exports of goods to non-EU destinations amounted to 16.5 billion pounds."
US = "Goods exports to the United States, precious metals included, slid 11% to 4.9 billion pounds ($6.6 billion)"
CN = "imports from China increased 6.2% to 5.8 billion pounds"
YOY = "Against November 2024, goods exports fell 3.5%."
RANK = "Among individual countries, the United States is the largest market for British exports."
US12 = "British goods exports to the United States totalled 57.8 billion pounds in the 12 months to November, down 3.1% from a year earlier"
TOT3 = "the overall trade deficit, services included, grew by 2.3 billion pounds to 7.9 billion pounds"
GS3 = "a 63.1 billion pound goods deficit for the period, which a 55.2 billion pound services surplus partly balanced"
XPM = "Leaving out precious metals, whose flows through the London gold market can distort the data heavily, the overall trade deficit was 11.8 billion pounds."

ARTICLE = {
    "id": "dAI2_06_uk_trade_november_2025",
    "title": "Rising EU sales shrink UK goods trade gap in November",
    "publisher": "Reuters",
    "published": "2026-01-15",
    "notes": [
        "Area United Kingdom ('Britain') throughout. Goods figures carry product null.",
        "'the goods deficit narrowed to 21.4 billion pounds from October's 23.2 billion pounds': November and October 2025 goods balances, both negative (deficit).",
        "'Compared with October' in the exports/imports sentence: mom for both growth figures in that sentence.",
        "'Month on month' opens the partner paragraph: EU exports 4.4%, US exports -11% and China imports 6.2% are mom.",
        "'non-EU destinations': partner 'non-EU countries'.",
        "US exports 'precious metals included' is the ordinary goods total to the US: product null. '$6.6 billion' is a conversion: separate approx USD fact.",
        "'Among individual countries, the United States is the largest market for British exports': exports rank 1 for the United States, period of the article (November 2025).",
        "'in the 12 months to November': December 2024 to November 2025; 'down 3.1% from a year earlier' is yoy.",
        "Three months to November: September-November 2025. 'the overall trade deficit, services included,' is product 'goods and services'; goods deficit product null; services surplus product 'services' (positive).",
        "'Leaving out precious metals ... the overall trade deficit was 11.8 billion pounds': product written 'goods and services excluding precious metals' (restriction of the total).",
        "Out of scope, unlabelled: absolute change 'grew by 2.3 billion pounds' (a change derived from two levels, not a value, growth rate or share); Reuters poll forecast of 22.5 billion pounds; the 10% US tariff; GDP growth 0.1% and -0.1%; interest rates; exchange rate line ($1 = 0.7420 pounds); the June 30 date.",
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

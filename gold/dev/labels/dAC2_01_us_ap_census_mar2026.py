from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1 = period(2026, 1, 3)
US = "United States"
GS = "goods and services"

LEAD = "The gap between what the United States sells to the rest of the world and what it buys from it rose 4.3% to $60.3 billion from a revised $57.8 billion in February"
TOTALS = "Compared with February, exports climbed 2% to $320.9 billion, the highest on record, while imports rose 2.3% to $381.2 billion."
GOODS_BAL = "The deficit in goods, the main target of President Donald Trump's tariffs, widened 4.8% from the month before to $88.7 billion."
GOODS_EXP = "Goods exports grew 3.1% to a record $213.5 billion"
GOODS_IMP = "Goods imports increased 3.6% to $302.2 billion."
SERV = "That surplus expanded 6% from February to $28.4 billion, as imports of services dropped to $79 billion"
SERV_IMP = "imports of services dropped to $79 billion"
SERV_EXP = "services exports edged down to $107.4 billion"
YOY = "The monthly deficit was down 57% from March 2025."
YTD = "Over the first three months of this year, the trade gap was down 55% from the same period of 2025."
TAIWAN = "Taiwan, home to the chipmakers and server assemblers feeding America's artificial intelligence boom, accounted for the biggest bilateral deficit in goods, $20.6 billion"
VIETNAM = "the goods gap with Vietnam widened 16.4% to $19.2 billion"
MEXICO = "The deficit with Mexico came to $16.4 billion."
CHINA = "With China, the target of Trump's steepest tariffs last year, the goods gap grew 6.9% from February to $14 billion."
EU = "The deficit with the 27-nation European Union jumped 80.4% on the month to $9.2 billion"
CAPITAL = "Imports of capital goods, a category that includes the servers, chips and networking gear being installed in data centers, climbed to a record $106.9 billion in March."

ARTICLE = {
    "id": "dAC2_01_us_ap_census_mar2026",
    "title": "US trade deficit widens to $60.3 billion in March as AI gear and foreign cars pour in",
    "publisher": "AP",
    "published": "2026-05-05",
    "notes": [
        "Dateline 'WASHINGTON (AP)' without a date; the release is the Commerce Department's report 'Tuesday', published 2026-05-05; all monthly figures are March 2026, 'February' is February 2026.",
        "Headline deficit, exports and imports are goods and services together: product 'goods and services'. Goods-only figures (goods deficit, goods exports/imports, bilateral goods gaps) have product null; services figures product 'services'.",
        "Basis: every monthly change is stated against February ('from a revised ... in February', 'Compared with February' opening the exports/imports paragraph, 'from the month before' opening the goods paragraph, 'from February', 'Measured against February', 'on the month'): mom. 'down 57% from March 2025' and the first-quarter comparison are yoy.",
        "Deficits are negative balances; a deficit that 'rose'/'widened'/'grew'/'jumped' has positive growth, one 'down' has negative growth. The services balance is a surplus (positive).",
        "'That surplus' refers back to the services surplus of the previous sentence: product services, flow balance.",
        "'the biggest bilateral deficit in goods' for Taiwan is labelled as a rank (1) of the balance with Taiwan, besides its value.",
        "Bilateral gaps with Taiwan, Vietnam, Mexico, China and the EU are goods deficits (the paragraph speaks of bilateral deficits in goods): product null.",
        "'the largest ever with the Southeast Asian country' (Vietnam) and 'the highest on record'/'a record' are milestones, unlabelled beyond their values.",
        "Out of scope, unlabelled: the FactSet consensus of $61.5 billion and Whitfield's expectation of about $60 billion a month (forecasts); changes written as money ('a $2.8 billion increase in shipments of crude oil', car imports up $2.8 billion, computer accessories $2 billion, computers down $2.3 billion); '27-nation'; GDP growth of 2% and the 1.1 percentage points contributed by trade; the 10% and 15% tariff rates; 'second month in a row' (streak).",
        "Imports from Vietnam, Mexico, South Korea, Thailand and Malaysia 'reached record highs': no number, nothing labelled.",
    ],
    "facts": [
        fact(US, "balance", "value", -60.3e9, "USD", MAR, "60.3 billion", LEAD, product=GS),
        fact(US, "balance", "growth", 4.3, "percent", MAR, "4.3", LEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -57.8e9, "USD", FEB, "57.8 billion", LEAD, product=GS),
        fact(US, "exports", "growth", 2, "percent", MAR, "2", TOTALS, product=GS, basis="mom"),
        fact(US, "exports", "value", 320.9e9, "USD", MAR, "320.9 billion", TOTALS, product=GS),
        fact(US, "imports", "growth", 2.3, "percent", MAR, "2.3", TOTALS, product=GS, basis="mom"),
        fact(US, "imports", "value", 381.2e9, "USD", MAR, "381.2 billion", TOTALS, product=GS),
        fact(US, "balance", "growth", 4.8, "percent", MAR, "4.8", GOODS_BAL, basis="mom"),
        fact(US, "balance", "value", -88.7e9, "USD", MAR, "88.7 billion", GOODS_BAL),
        fact(US, "exports", "growth", 3.1, "percent", MAR, "3.1", GOODS_EXP, basis="mom"),
        fact(US, "exports", "value", 213.5e9, "USD", MAR, "213.5 billion", GOODS_EXP),
        fact(US, "imports", "growth", 3.6, "percent", MAR, "3.6", GOODS_IMP, basis="mom"),
        fact(US, "imports", "value", 302.2e9, "USD", MAR, "302.2 billion", GOODS_IMP),
        fact(US, "balance", "growth", 6, "percent", MAR, "6", SERV, product="services", basis="mom"),
        fact(US, "balance", "value", 28.4e9, "USD", MAR, "28.4 billion", SERV, product="services"),
        fact(US, "imports", "value", 79e9, "USD", MAR, "79 billion", SERV_IMP, product="services"),
        fact(US, "exports", "value", 107.4e9, "USD", MAR, "107.4 billion", SERV_EXP, product="services"),
        fact(US, "balance", "growth", -57, "percent", MAR, "57", YOY, product=GS),
        fact(US, "balance", "growth", -55, "percent", Q1, "55", YTD, product=GS),
        fact(US, "balance", "rank", 1, "number", MAR, "biggest", TAIWAN, partner="Taiwan"),
        fact(US, "balance", "value", -20.6e9, "USD", MAR, "20.6 billion", TAIWAN, partner="Taiwan"),
        fact(US, "balance", "growth", 16.4, "percent", MAR, "16.4", VIETNAM, partner="Vietnam", basis="mom"),
        fact(US, "balance", "value", -19.2e9, "USD", MAR, "19.2 billion", VIETNAM, partner="Vietnam"),
        fact(US, "balance", "value", -16.4e9, "USD", MAR, "16.4 billion", MEXICO, partner="Mexico"),
        fact(US, "balance", "growth", 6.9, "percent", MAR, "6.9", CHINA, partner="China", basis="mom"),
        fact(US, "balance", "value", -14e9, "USD", MAR, "14 billion", CHINA, partner="China"),
        fact(US, "balance", "growth", 80.4, "percent", MAR, "80.4", EU, partner="European Union", basis="mom"),
        fact(US, "balance", "value", -9.2e9, "USD", MAR, "9.2 billion", EU, partner="European Union"),
        fact(US, "imports", "value", 106.9e9, "USD", MAR, "106.9 billion", CAPITAL, product="capital goods"),
    ],
}

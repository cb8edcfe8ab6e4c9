from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1 = period(2026, 1, 3)
US = "United States"
GS = "goods and services"

LEAD = "the shortfall between U.S. sales abroad and purchases from other countries increased 4.3% from February's revised $57.8 billion to $60.3 billion"
TOTALS = "Relative to February, exports gained 2% to reach a record $320.9 billion, and imports went up 2.3% to $381.2 billion."
GOODS_BAL = "The goods shortfall, which President Donald Trump's tariffs chiefly aim at, grew 4.8% on the prior month to $88.7 billion."
GOODS_EXP = "Exports of goods reached a record $213.5 billion, up 3.1%"
GOODS_IMP = "Goods imports, for their part, rose 3.6%, reaching $302.2 billion."
SERV = "Compared with February, the services surplus grew 6% to $28.4 billion"
SERV_IMP = "services imports fell to $79 billion"
SERV_EXP = "services exports slipped to $107.4 billion"
YOY = "Against March 2025, the monthly deficit fell 57%."
YTD = "For this year's January-March stretch, the trade gap shrank 55% compared with the same three months of 2025."
TAIWAN = "Taiwan, where the chip producers and server builders supplying America's artificial intelligence boom are based, again produced the biggest bilateral goods deficit, at $20.6 billion"
VIETNAM = "The goods shortfall with Vietnam increased 16.4% from February to $19.2 billion"
MEXICO = "Mexico accounted for a $16.4 billion deficit."
CHINA = "The goods shortfall with China, hit by Trump's highest tariffs last year, rose 6.9% from its February level to $14 billion."
EU = "With the 27-nation European Union, the deficit soared 80.4% month on month to $9.2 billion"
CAPITAL = "Capital goods imports, which cover the servers, semiconductors and network equipment going into data centers, hit an all-time high of $106.9 billion in March."

ARTICLE = {
    "id": "dAC2_01_us_ap_census_mar2026",
    "title": "Inflow of AI equipment and foreign autos lifts March US trade gap to $60.3 billion",
    "publisher": "AP",
    "published": "2026-05-05",
    "notes": [
        "Dateline 'WASHINGTON (AP)' without a date; the release is the Commerce Department's report 'Tuesday', published 2026-05-05; all monthly figures are March 2026, 'February' is February 2026.",
        "Headline deficit, exports and imports are goods and services together: product 'goods and services'. Goods-only figures (goods deficit, goods exports/imports, bilateral goods gaps) have product null; services figures product 'services'.",
        "Basis: every monthly change is stated against February ('from February\'s revised ...', 'Relative to February' opening the exports/imports paragraph, 'on the prior month' opening the goods paragraph, 'Compared with February', 'from February', 'from its February level', 'month on month'): mom. 'Against March 2025, the monthly deficit fell 57%' and the first-quarter comparison are yoy.",
        "Deficits are negative balances; a deficit that 'rose'/'widened'/'grew'/'jumped' has positive growth, one that 'fell'/'shrank' has negative growth. The services balance is a surplus (positive).",
        "'the services surplus' (the surplus the previous sentence says the country stayed in): product services, flow balance.",
        "'the biggest bilateral goods deficit' for Taiwan is labelled as a rank (1) of the balance with Taiwan, besides its value.",
        "Bilateral gaps with Taiwan, Vietnam, Mexico, China and the EU are goods deficits (the paragraph speaks of bilateral deficits in goods): product null.",
        "'an all-time high for trade with the Southeast Asian nation' (Vietnam), 'a record' and 'an all-time high' (capital goods) are milestones, unlabelled beyond their values.",
        "Out of scope, unlabelled: the FactSet consensus of $61.5 billion and the economist's expectation of about $60 billion a month (forecasts); changes written as money (crude oil shipments '$2.8 billion higher', passenger cars up by $2.8 billion, computer accessories by $2 billion, computer imports down by $2.3 billion); '27-nation'; GDP growth of 2% and the 1.1 percentage points contributed by trade; the 10% and 15% tariff rates; 'its second straight monthly increase' (streak).",
        "'record imports from each of Vietnam, Mexico, South Korea, Thailand and Malaysia': no number, nothing labelled.",
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

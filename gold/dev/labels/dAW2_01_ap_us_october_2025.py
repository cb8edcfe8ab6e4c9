from _fact import fact, period

US = "United States"
OCT = period(2025, 10)
SEP = period(2025, 9)
YTD = period(2025, 1, 10)
GS = "goods and services"

E_HEAD = "Measured against September, the combined shortfall in goods and services fell 39% to $29.4 billion"
E_EXP = "Compared with the month before, exports rose 2.6% to a record $302 billion"
E_IMP = "Imports slid 3.2% to $331.4 billion"
E_GOODS = "Goods exports came to $195.9 billion and goods imports to $255 billion"
E_SERV = ("Services exports totaled $106.1 billion, about 35% of everything the country sold abroad, "
          "against $76.3 billion in services imports")
E_YTD = "for January through October, the deficit ran 7.7% wider than in the same months of 2024"
E_YTD2 = "Exports were up 6.3% over that period and imports 6.6%"
E_TOP = ("the United States ran its biggest goods deficit in October with Mexico, $17.9 billion, "
         "followed by Taiwan at $15.7 billion and Vietnam at $15 billion")
E_CHINA = "The politically sensitive deficit with China came to $13.7 billion, ranking fourth"
E_EU = "The gap with the 27-nation European Union was $6.3 billion"
E_IRL = "the deficit with Ireland, where many U.S. drug companies make their products, shrank to $3.2 billion"
E_SUR = ("The United States posted a $7.3 billion surplus with Switzerland as gold that had been flown into "
         "New York vaults earlier in the year went back to Swiss refiners, and a $6.8 billion surplus with Britain")

ARTICLE = {
    "id": "dAW2_01_ap_us_october_2025",
    "title": "US trade deficit shrinks 39% to smallest since 2009 as drug imports drop and gold heads abroad",
    "publisher": "AP",
    "published": "2026-01-08",
    "notes": [
        "Figures follow the Census/BEA release for October 2025 (published 2026-01-08, delayed by the shutdown); the story text is my own.",
        "The headline deficit, exports and imports are goods and services together, so product 'goods and services'; 'the deficit in goods alone', 'goods exports' and 'goods imports' are goods only, so product None; services figures are product 'services'.",
        "Monthly changes are against September: 'Measured against September' in the opening figure paragraph and 'Compared with the month before' opening the exports/imports paragraph, so basis mom for the 39% deficit fall and for the 2.6% export and 3.2% import changes (the frame carries to 'Imports slid 3.2%').",
        "The 39% fall of the deficit is a narrowing, so growth -39 (mom).",
        "'The September deficit was revised to $48.1 billion' is the comparison base but also a stated value of the September 2025 goods-and-services balance: labelled once, period 2025-09.",
        "Headline '39%' and 'smallest since 2009' repeat the body's observation: labelled once with body evidence; 'smallest since June 2009' / 'more than 16 years' are milestones, not labelled.",
        "Goods and services figures in the paragraph after the monthly totals have no month in each sentence; period October 2025 comes from 'in October' in the paragraph's first sentence and the article's running period.",
        "'about 35% of everything the country sold abroad' is the share of services in total exports: share, product services, qualifier approx.",
        "Year-to-date figures ('for January through October') are period 2025-01..2025-10, basis yoy ('than in the same months of 2024'); the deficit running '7.7% wider' is a widening, so +7.7; 'over that period' carries the period to the 6.3% export and 6.6% import growth.",
        "Bilateral gaps are goods balances by partner (product None), negative for deficits, positive for the Switzerland and Britain surpluses; Britain is partner 'United Kingdom'.",
        "China 'ranking fourth' is labelled as rank 4 of the balance with China. Mexico's 'biggest goods deficit' (rank 1) and the order implied by 'followed by Taiwan ... and Vietnam' are not labelled: no ordinal number is written.",
        "Out of scope, not labelled: the $58.4 billion poll expectation; the 43-day shutdown; the $14.3 billion fall in pharmaceutical imports (absolute change); the 100% drug tariff (tariff rate); the 4.3% GDP growth rate; '27-nation' (count of EU members, not a trade flow).",
    ],
    "facts": [
        fact(US, "balance", "value", -29.4e9, "USD", OCT, "29.4 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", -39, "percent", OCT, "39", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -48.1e9, "USD", SEP, "48.1 billion",
             "The September deficit was revised to $48.1 billion", product=GS),
        fact(US, "exports", "growth", 2.6, "percent", OCT, "2.6", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 302e9, "USD", OCT, "302 billion", E_EXP, product=GS),
        fact(US, "imports", "growth", -3.2, "percent", OCT, "3.2", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 331.4e9, "USD", OCT, "331.4 billion", E_IMP, product=GS),
        fact(US, "balance", "value", -59.1e9, "USD", OCT, "59.1 billion",
             "The deficit in goods alone narrowed to $59.1 billion in October"),
        fact(US, "balance", "value", 29.8e9, "USD", OCT, "29.8 billion",
             "The surplus that the United States runs in services such as tourism, banking and software licensing slipped to $29.8 billion",
             product="services"),
        fact(US, "exports", "value", 195.9e9, "USD", OCT, "195.9 billion", E_GOODS),
        fact(US, "imports", "value", 255e9, "USD", OCT, "255 billion", E_GOODS),
        fact(US, "exports", "value", 106.1e9, "USD", OCT, "106.1 billion", E_SERV, product="services"),
        fact(US, "exports", "share", 35, "percent", OCT, "35", E_SERV, product="services", qualifier="approx"),
        fact(US, "imports", "value", 76.3e9, "USD", OCT, "76.3 billion", E_SERV, product="services"),
        fact(US, "balance", "growth", 7.7, "percent", YTD, "7.7", E_YTD, product=GS),
        fact(US, "exports", "growth", 6.3, "percent", YTD, "6.3", E_YTD2, product=GS),
        fact(US, "imports", "growth", 6.6, "percent", YTD, "6.6", E_YTD2, product=GS),
        fact(US, "balance", "value", -17.9e9, "USD", OCT, "17.9 billion", E_TOP, partner="Mexico"),
        fact(US, "balance", "value", -15.7e9, "USD", OCT, "15.7 billion", E_TOP, partner="Taiwan"),
        fact(US, "balance", "value", -15e9, "USD", OCT, "15 billion", E_TOP, partner="Vietnam"),
        fact(US, "balance", "value", -13.7e9, "USD", OCT, "13.7 billion", E_CHINA, partner="China"),
        fact(US, "balance", "rank", 4, "number", OCT, "fourth", E_CHINA, partner="China"),
        fact(US, "balance", "value", -6.3e9, "USD", OCT, "6.3 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -3.2e9, "USD", OCT, "3.2 billion", E_IRL, partner="Ireland"),
        fact(US, "balance", "value", 7.3e9, "USD", OCT, "7.3 billion", E_SUR, partner="Switzerland"),
        fact(US, "balance", "value", 6.8e9, "USD", OCT, "6.8 billion", E_SUR, partner="United Kingdom"),
    ],
}

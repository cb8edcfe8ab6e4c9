from _fact import fact, period

US = "United States"
GS = "goods and services"
OCT = period(2025, 10)
SEP = period(2025, 9)
JO = period(2025, 1, 10)

ARTICLE = {
    "id": "dBK2_01",
    "title": "Gold sales abroad and a pullback in medicine imports pull America's October trade gap down sharply",
    "publisher": "AP",
    "published": "2026-01-08",
    "notes": [
        "Real figures (Commerce Department release for October 2025, published 2026-01-08): goods and services "
        "deficit 29.4bn, -39% from a revised 48.1bn in September, exports 302.0bn (+2.6%), imports 331.4bn (-3.2%), "
        "goods exports 195.9bn, goods imports 255.0bn (-4.5%), goods deficit 59.1bn (-24.5%), services surplus "
        "29.8bn, year-to-date deficit +7.7%, exports +6.3%, imports +6.6%; country goods deficits for October "
        "(Mexico 17.9, Taiwan 15.7, Vietnam 15.0, China 13.7, EU 6.3); forecast, gold/precious-metal and "
        "pharmaceutical dollar changes, Atlanta Fed 5.4% nowcast. Derived from real figures: goods exports +3.8% "
        "on the month, services exports 106.1bn and imports 76.4bn, January-October deficit 783.3bn. Invented: "
        "China -46% vs October 2024, China January-October 172.4bn (-29.8%), Taiwan January-October 118.6bn.",
        "Judgement calls: the headline deficit, total exports and total imports (monthly and January-October) are "
        "goods-and-services figures, so product 'goods and services'; 'Of the export total ... came from goods', "
        "goods imports and the goods deficit are goods alone (product null). Country deficits are stated to cover "
        "goods only (product null). 'That was 39% less than September's revised deficit' is a comparison with the "
        "month before: basis mom, and September's 48.1bn is labelled as its own September fact. The goods-deficit "
        "-24.5% carries the month-on-month frame set earlier in its paragraph ('from the month before'). 'ranked "
        "just fourth among the country deficits' is a rank of the balance with China (4). 'about 46% smaller than "
        "in October 2024' is year-on-year growth of the China deficit, approx, -46. 'over the same stretch' = "
        "January-October 2025. A deficit's value is negative; a narrowing/'less'/'below' gives negative growth.",
        "Not facts: 'more than 16 years', 'more than five years' (milestones); $58.9bn forecast; 43-day shutdown; "
        "$6.8bn/$3.6bn gold and precious-metal increases and the $14.3bn pharmaceutical drop (absolute changes "
        "derived from other figures); 'three months in a row' (streak); 27-nation; 15% levy (tariff); 1977; "
        "'second-biggest economy'; 5.4% and 4.3% GDP growth rates (not trade flows).",
        "Copy check: 38 sentences searched (31 original sentences plus 7 re-searches of rewrites), 3 reworded "
        "for copy (headline, lede, the opening deficit sentence); 1 further sentence updated for accuracy; 2 "
        "sentences later reworded so the lint parser could read a deficit's sign. Second check: 33 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -29.4e9, "USD", OCT, "29.4 billion",
             "the United States ran a $29.4 billion deficit in goods and services",
             product=GS),
        fact(US, "balance", "growth", -39, "percent", OCT, "39",
             "That was 39% less than September's revised deficit of $48.1 billion",
             product=GS, basis="mom"),
        fact(US, "balance", "value", -48.1e9, "USD", SEP, "48.1 billion",
             "That was 39% less than September's revised deficit of $48.1 billion",
             product=GS),
        fact(US, "exports", "growth", 2.6, "percent", OCT, "2.6",
             "Compared with September, exports of goods and services climbed 2.6% to a record $302 billion",
             product=GS, basis="mom"),
        fact(US, "exports", "value", 302e9, "USD", OCT, "302 billion",
             "Compared with September, exports of goods and services climbed 2.6% to a record $302 billion",
             product=GS),
        fact(US, "imports", "growth", -3.2, "percent", OCT, "3.2",
             "Compared with September, exports of goods and services climbed 2.6% to a record $302 billion, while imports dropped 3.2% to $331.4 billion",
             product=GS, basis="mom"),
        fact(US, "imports", "value", 331.4e9, "USD", OCT, "331.4 billion",
             "Compared with September, exports of goods and services climbed 2.6% to a record $302 billion, while imports dropped 3.2% to $331.4 billion",
             product=GS),
        fact(US, "exports", "value", 195.9e9, "USD", OCT, "195.9 billion",
             "Of the export total, $195.9 billion came from goods"),
        fact(US, "exports", "growth", 3.8, "percent", OCT, "3.8",
             "Of the export total, $195.9 billion came from goods, up 3.8% on the month",
             basis="mom"),
        fact(US, "imports", "growth", -4.5, "percent", OCT, "4.5",
             "Goods imports overall slid 4.5% from the month before to $255 billion",
             basis="mom"),
        fact(US, "imports", "value", 255e9, "USD", OCT, "255 billion",
             "Goods imports overall slid 4.5% from the month before to $255 billion"),
        fact(US, "balance", "growth", -24.5, "percent", OCT, "24.5",
             "The deficit in goods alone therefore narrowed 24.5% to $59.1 billion",
             basis="mom"),
        fact(US, "balance", "value", -59.1e9, "USD", OCT, "59.1 billion",
             "The deficit in goods alone therefore narrowed 24.5% to $59.1 billion"),
        fact(US, "balance", "value", 29.8e9, "USD", OCT, "29.8 billion",
             "The U.S. kept running a surplus in services such as travel, finance and software licensing, though it slipped to $29.8 billion",
             product="services"),
        fact(US, "exports", "value", 106.1e9, "USD", OCT, "106.1 billion",
             "Exports and imports of services came to $106.1 billion and $76.4 billion, respectively",
             product="services"),
        fact(US, "imports", "value", 76.4e9, "USD", OCT, "76.4 billion",
             "Exports and imports of services came to $106.1 billion and $76.4 billion, respectively",
             product="services"),
        fact(US, "balance", "value", -17.9e9, "USD", OCT, "17.9 billion",
             "put the October deficit with Mexico at $17.9 billion",
             partner="Mexico"),
        fact(US, "balance", "value", -15.7e9, "USD", OCT, "15.7 billion",
             "The gap with Taiwan, a key supplier of the advanced computer hardware going into American data centers, was $15.7 billion",
             partner="Taiwan"),
        fact(US, "balance", "value", -15e9, "USD", OCT, "15 billion",
             "The gap with Taiwan, a key supplier of the advanced computer hardware going into American data centers, was $15.7 billion, and the one with Vietnam was $15 billion",
             partner="Vietnam"),
        fact(US, "balance", "rank", 4, "number", OCT, "fourth",
             "China, long the main target of Trump's trade policy, ranked just fourth among the country deficits",
             partner="China"),
        fact(US, "balance", "value", -13.7e9, "USD", OCT, "13.7 billion",
             "China, long the main target of Trump's trade policy, ranked just fourth among the country deficits, at $13.7 billion",
             partner="China"),
        fact(US, "balance", "growth", -46, "percent", OCT, "46",
             "That was about 46% smaller than in October 2024",
             partner="China", qualifier="approx"),
        fact(US, "balance", "value", -6.3e9, "USD", OCT, "6.3 billion",
             "The deficit with the 27-nation European Union narrowed to $6.3 billion",
             partner="European Union"),
        fact(US, "balance", "value", -783.3e9, "USD", JO, "783.3 billion",
             "From January through October, the deficit came to $783.3 billion",
             product=GS),
        fact(US, "balance", "growth", 7.7, "percent", JO, "7.7",
             "From January through October, the deficit came to $783.3 billion, up 7.7% from the same period of 2024",
             product=GS),
        fact(US, "exports", "growth", 6.3, "percent", JO, "6.3",
             "Exports grew 6.3% over those months",
             product=GS),
        fact(US, "imports", "growth", 6.6, "percent", JO, "6.6",
             "Exports grew 6.3% over those months, and imports rose 6.6%",
             product=GS),
        fact(US, "balance", "value", -172.4e9, "USD", JO, "172.4 billion",
             "The goods gap with China over the same stretch totaled $172.4 billion",
             partner="China"),
        fact(US, "balance", "growth", -29.8, "percent", JO, "29.8",
             "The goods gap with China over the same stretch totaled $172.4 billion, 29.8% below its level a year earlier",
             partner="China"),
        fact(US, "balance", "value", -118.6e9, "USD", JO, "118.6 billion",
             "while the deficit with Taiwan swelled to $118.6 billion",
             partner="Taiwan"),
    ],
}

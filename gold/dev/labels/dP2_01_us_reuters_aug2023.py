from _fact import fact, period

AUGUST = period(2023, 8)
JULY = period(2023, 7)
JAN_AUG = period(2023, 1, 8)
US = "United States"
GOODS_AND_SERVICES = "goods and services"

EVIDENCE_DEFICIT = "the shortfall in goods and services trade fell 9.9% month on month to $58.3 billion"
EVIDENCE_EXPORTS = "Sales of goods and services abroad climbed 1.6% from July to $256.0 billion"
EVIDENCE_GOODS_EXPORTS = "Crude oil, fuel oil and soybean cargoes helped push goods exports up 2.1% to $171.6 billion"
EVIDENCE_SERVICES_EXPORTS = "Exports of services inched up 0.6% to $84.4 billion"
EVIDENCE_IMPORTS = "On the import side, purchases from abroad eased 0.8% versus July to $314.3 billion"
EVIDENCE_GOODS_IMPORTS = "Imports of goods fell 1.0%, to $253.9 billion"
EVIDENCE_YTD_DEFICIT = "The goods and services deficit for January through August 2023 came to $509.9 billion, a 22.4% drop from the same months of 2022"
EVIDENCE_YTD_FLOWS = "Over the same eight months exports increased 1.4% and imports decreased 4.5%"
EVIDENCE_CHINA_DEFICIT = "The goods deficit with China, a politically fraught figure, fell 10.2% compared with July to $22.9 billion"
EVIDENCE_CHINA_FLOWS = "Purchases of Chinese goods slipped to $34.5 billion, and soybean cargoes helped lift U.S. exports to China to $11.6 billion"
EVIDENCE_MEXICO_FLOWS = "it imported $40.4 billion from its southern neighbour and exported $27.3 billion there"
EVIDENCE_EU = "Higher pharmaceutical imports from Ireland pushed the deficit in goods trade with the European Union up 7.4% from July to $20.3 billion"

ARTICLE = {
    "id": "dP2_01_us_reuters_aug2023",
    "title": "August goods export gains shrink the US trade gap",
    "publisher": "Reuters",
    "published": "2023-10-05",
    "notes": [
        "Reuters wire story on the Census/BEA monthly report for August 2023; the dateline has no year, the text names 2023 in the year-to-date paragraph.",
        "The headline deficit, exports and imports are stated as 'goods and services': product 'goods and services'; services-only figures take 'services'; goods-only figures take null (schemas/guide.md: goods alone null), relabelled by the lead after the set was scored blind.",
        "Month-on-month basis: each paragraph with a monthly growth rate carries its own cue ('month on month', 'from July', 'versus July', 'compared with July'); "
        "the goods and services rates in the exports and imports paragraphs take that paragraph's frame.",
        "Year-to-date growth rates ('a 22.4% drop from the same months of 2022', exports 1.4%, imports 4.5% 'over the same eight months') are yoy for January-August 2023.",
        "Growth of a deficit follows its verb: 'fell 9.9%' -> -9.9, 'fell 10.2%' -> -10.2, 'up 7.4%' -> +7.4; deficits are negative balances.",
        "Out of scope: the Reuters poll forecast ($62.3 billion); dollar changes ('$1.6 billion less', 'narrowed by $6.1 billion'); inflation-adjusted (volume) growth of goods exports and imports (2.3%, 0.9%); "
        "GDP nowcast 4.9%; 0.12 percentage point contribution; 25,000 striking workers; the years 2023/2022 as such.",
        "'So far this year Mexico has stayed the biggest supplier of goods to the United States': rank 1 of US goods imports by partner, period January-August 2023 (so far this year, through the report month).",
        "Partner figures are Census-basis goods ('goods deficit with China', 'Purchases of Chinese goods', 'goods deficit with Mexico'): product null, as every goods-only figure.",
        "'Services imports stood at $60.4 billion' and 'a larger surplus of $24.0 billion' carry no rate: value facts only.",
    ],
    "facts": [
        fact(US, "balance", "value", -58.3e9, "USD", AUGUST, "58.3 billion", EVIDENCE_DEFICIT, product=GOODS_AND_SERVICES),
        fact(US, "balance", "growth", -9.9, "percent", AUGUST, "9.9", EVIDENCE_DEFICIT, product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "balance", "value", -64.7e9, "USD", JULY, "64.7 billion",
             "Revisions put July's deficit a little lower, at $64.7 billion", product=GOODS_AND_SERVICES),
        fact(US, "exports", "value", 256.0e9, "USD", AUGUST, "256.0 billion", EVIDENCE_EXPORTS, product=GOODS_AND_SERVICES),
        fact(US, "exports", "growth", 1.6, "percent", AUGUST, "1.6", EVIDENCE_EXPORTS, product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "exports", "value", 171.6e9, "USD", AUGUST, "171.6 billion", EVIDENCE_GOODS_EXPORTS),
        fact(US, "exports", "growth", 2.1, "percent", AUGUST, "2.1", EVIDENCE_GOODS_EXPORTS, basis="mom"),
        fact(US, "exports", "value", 84.4e9, "USD", AUGUST, "84.4 billion", EVIDENCE_SERVICES_EXPORTS, product="services"),
        fact(US, "exports", "growth", 0.6, "percent", AUGUST, "0.6", EVIDENCE_SERVICES_EXPORTS, product="services", basis="mom"),
        fact(US, "imports", "value", 314.3e9, "USD", AUGUST, "314.3 billion", EVIDENCE_IMPORTS, product=GOODS_AND_SERVICES),
        fact(US, "imports", "growth", -0.8, "percent", AUGUST, "0.8", EVIDENCE_IMPORTS, product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "imports", "value", 253.9e9, "USD", AUGUST, "253.9 billion", EVIDENCE_GOODS_IMPORTS),
        fact(US, "imports", "growth", -1.0, "percent", AUGUST, "1.0", EVIDENCE_GOODS_IMPORTS, basis="mom"),
        fact(US, "imports", "value", 60.4e9, "USD", AUGUST, "60.4 billion", "Services imports stood at $60.4 billion", product="services"),
        fact(US, "balance", "value", -82.3e9, "USD", AUGUST, "82.3 billion",
             "The deficit in goods trade narrowed by $6.1 billion, to $82.3 billion"),
        fact(US, "balance", "value", 24.0e9, "USD", AUGUST, "24.0 billion",
             "services trade showed a larger surplus of $24.0 billion", product="services"),
        fact(US, "balance", "value", -509.9e9, "USD", JAN_AUG, "509.9 billion", EVIDENCE_YTD_DEFICIT, product=GOODS_AND_SERVICES),
        fact(US, "balance", "growth", -22.4, "percent", JAN_AUG, "22.4", EVIDENCE_YTD_DEFICIT, product=GOODS_AND_SERVICES),
        fact(US, "exports", "growth", 1.4, "percent", JAN_AUG, "1.4", EVIDENCE_YTD_FLOWS, product=GOODS_AND_SERVICES),
        fact(US, "imports", "growth", -4.5, "percent", JAN_AUG, "4.5", EVIDENCE_YTD_FLOWS, product=GOODS_AND_SERVICES),
        fact(US, "balance", "growth", -10.2, "percent", AUGUST, "10.2", EVIDENCE_CHINA_DEFICIT,
             partner="China", basis="mom"),
        fact(US, "balance", "value", -22.9e9, "USD", AUGUST, "22.9 billion", EVIDENCE_CHINA_DEFICIT, partner="China"),
        fact(US, "imports", "value", 34.5e9, "USD", AUGUST, "34.5 billion", EVIDENCE_CHINA_FLOWS, partner="China"),
        fact(US, "exports", "value", 11.6e9, "USD", AUGUST, "11.6 billion", EVIDENCE_CHINA_FLOWS, partner="China"),
        fact(US, "imports", "rank", 1, "number", JAN_AUG, "biggest",
             "So far this year Mexico has stayed the biggest supplier of goods to the United States", partner="Mexico"),
        fact(US, "balance", "value", -13.1e9, "USD", AUGUST, "13.1 billion",
             "In August the United States ran a $13.1 billion goods deficit with Mexico", partner="Mexico"),
        fact(US, "imports", "value", 40.4e9, "USD", AUGUST, "40.4 billion", EVIDENCE_MEXICO_FLOWS, partner="Mexico"),
        fact(US, "exports", "value", 27.3e9, "USD", AUGUST, "27.3 billion", EVIDENCE_MEXICO_FLOWS, partner="Mexico"),
        fact(US, "balance", "growth", 7.4, "percent", AUGUST, "7.4", EVIDENCE_EU,
             partner="European Union", basis="mom"),
        fact(US, "balance", "value", -20.3e9, "USD", AUGUST, "20.3 billion", EVIDENCE_EU, partner="European Union"),
    ],
}

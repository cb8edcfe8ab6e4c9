from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
JANUARY_SEPTEMBER = period(2025, 1, 9)
MAGNETS = "rare-earth magnets"

MAGNET_MONTH = "Magnet exports came to 5,774 tonnes last month, 6.1% lower than in August"
MAGNET_AUGUST = "in August, when they had climbed to a seven-month high of 6,146 tonnes"
MAGNET_YOY = "Measured against September 2024, though, outbound volumes of the permanent magnets were up 17.5%"
MAGNET_YTD = "For the first three quarters the tally reached 39,817 tonnes, a 7.5% decline from the same stretch of last year"
MAGNET_VALUE = "the September shipments were worth 2.04 billion yuan (about $286 million)"
GERMANY = "Germany remained the biggest buyer, taking 1,288 tonnes, up 27.9% from a year earlier"
KOREA = "South Korea, in second place, raised its purchases by 84.5% to 854 tonnes"
US_INDIA = "Magnet shipments to the U.S. slid 28.7% to 420 tonnes, and those to India dropped 14.2%"
NETHERLANDS = "the Netherlands, through whose ports much of Europe's supply is routed, registered a 109% jump"
GALLIUM_MONTH = (
    "Customs recorded 3,146 kilograms of the metal leaving the country in September, a 41.3% increase over August, "
    "although volumes were still 38.2% below their level a year before"
)
GALLIUM_JAPAN = "Japan absorbed 62% of the total"
GALLIUM_YTD = "Over January to September, gallium exports amounted to 19.4 tonnes"
GERMANIUM = (
    "Only 1,032 kilograms of wrought and unwrought germanium were exported, most of it to Germany, and the shipments "
    "were worth $4.1 million, 52.6% less than a year earlier"
)
ANTIMONY = "Exports of antimony oxides rose 42.7% on the month to 1,128 tonnes but were 61.5% lower than a year earlier"
GRAPHITE_TONNES = "China exported 16,450 tonnes of natural flake and spherical graphite last month"
GRAPHITE_VALUE = "By value, shipments of the material rose 4.2% from a year earlier to $39.5 million"

ARTICLE = {
    "id": "dY1_03_caixin_gallium_graphite_exports_sep",
    "title": "Analysis: Magnet Exports Slip, Gallium Recovers as China Keeps Critical Minerals on a Short Leash",
    "publisher": "Caixin",
    "published": "2025-10-21",
    "notes": [
        "Publisher from the text ('a Caixin review', 'By Caixin's calculation', 'told Caixin'). Published the day after "
        "the Monday (2025-10-20) detailed customs release; 'last month' is September 2025; the area is China throughout.",
        "One product name per mineral, whatever the sentence calls it: 'rare-earth magnets' for 'Magnet exports', "
        "'the permanent magnets', 'magnet shipments'; 'gallium' for 'the metal'; 'germanium' for 'wrought and unwrought "
        "germanium'; 'graphite' for 'natural flake and spherical graphite' and 'the material'; 'antimony oxides' as written.",
        "Kilogram quantities (gallium 3,146 kg, germanium 1,032 kg) are NOT labelled: the record's quantity unit is tonnes "
        "(or number) and value_text must parse to value, so a kilogram figure cannot be written (guide question). "
        "The growth rates stated beside the gallium kilograms are labelled (no value growth beside them).",
        "'6.1% lower than in August' and 'a 41.3% increase over August' compare with the month before: basis mom. "
        "'Sequentially,' opens the U.S./India/Netherlands paragraph and carries to all three rates (mom). "
        "'on the month' for antimony oxides: mom; '61.5% lower than a year earlier': yoy.",
        "August's 6,146 tonnes is a stated observation of August 2025 (period 2025-08); 'seven-month high' is a milestone: out.",
        "2.04 billion yuan and 'about $286 million' are the same observation in two currencies: CNY exact, USD approx.",
        "'Germany remained the biggest buyer' and 'South Korea, in second place' are stated ranks among destinations of "
        "magnet exports: rank 1 and 2, exports, period September 2025.",
        "Netherlands '109% jump': partner Netherlands, magnets, mom (paragraph frame). 'more than double its price' is a "
        "price, out.",
        "'no gallium has gone to the United States' and 'most of it to Germany' state no number: not labelled.",
        "'Japan absorbed 62% of the total': share of China's gallium exports going to Japan, September 2025.",
        "Germanium '$4.1 million, 52.6% less than a year earlier': value growth, yoy; no germanium volume growth is stated.",
        "Graphite: value growth 4.2% labelled; 'tonnage slipped 3.1%' is volume growth beside value growth: out. The "
        "16,450 tonnes is labelled as the quantity.",
        "Out of scope, unlabelled: average price 353 yuan a kilogram, gallium at about $1,050 a kilogram (prices); 45 working "
        "days; 0.1% de minimis threshold; 'five more rare earths', 'seven medium and heavy rare earths'; 'first time in four "
        "months' (streak); the analyst's expectation of magnet exports below 5,000 tonnes in October (forecast).",
    ],
    "facts": [
        fact("China", "exports", "quantity", 5774, "tonnes", SEPTEMBER, "5,774", MAGNET_MONTH, product=MAGNETS),
        fact("China", "exports", "growth", -6.1, "percent", SEPTEMBER, "6.1", MAGNET_MONTH, product=MAGNETS, basis="mom"),
        fact("China", "exports", "quantity", 6146, "tonnes", AUGUST, "6,146", MAGNET_AUGUST, product=MAGNETS),
        fact("China", "exports", "growth", 17.5, "percent", SEPTEMBER, "17.5", MAGNET_YOY, product=MAGNETS),
        fact("China", "exports", "quantity", 39817, "tonnes", JANUARY_SEPTEMBER, "39,817", MAGNET_YTD, product=MAGNETS),
        fact("China", "exports", "growth", -7.5, "percent", JANUARY_SEPTEMBER, "7.5", MAGNET_YTD, product=MAGNETS),
        fact("China", "exports", "value", 2.04e9, "CNY", SEPTEMBER, "2.04 billion", MAGNET_VALUE, product=MAGNETS),
        fact("China", "exports", "value", 286e6, "USD", SEPTEMBER, "286 million", MAGNET_VALUE, product=MAGNETS,
             qualifier="approx"),
        fact("China", "exports", "rank", 1, "number", SEPTEMBER, "biggest", GERMANY, partner="Germany", product=MAGNETS),
        fact("China", "exports", "quantity", 1288, "tonnes", SEPTEMBER, "1,288", GERMANY, partner="Germany",
             product=MAGNETS),
        fact("China", "exports", "growth", 27.9, "percent", SEPTEMBER, "27.9", GERMANY, partner="Germany",
             product=MAGNETS),
        fact("China", "exports", "rank", 2, "number", SEPTEMBER, "second", KOREA, partner="South Korea", product=MAGNETS),
        fact("China", "exports", "growth", 84.5, "percent", SEPTEMBER, "84.5", KOREA, partner="South Korea",
             product=MAGNETS),
        fact("China", "exports", "quantity", 854, "tonnes", SEPTEMBER, "854", KOREA, partner="South Korea",
             product=MAGNETS),
        fact("China", "exports", "growth", -28.7, "percent", SEPTEMBER, "28.7", US_INDIA, partner="United States",
             product=MAGNETS, basis="mom"),
        fact("China", "exports", "quantity", 420, "tonnes", SEPTEMBER, "420", US_INDIA, partner="United States",
             product=MAGNETS),
        fact("China", "exports", "growth", -14.2, "percent", SEPTEMBER, "14.2", US_INDIA, partner="India",
             product=MAGNETS, basis="mom"),
        fact("China", "exports", "growth", 109, "percent", SEPTEMBER, "109", NETHERLANDS, partner="Netherlands",
             product=MAGNETS, basis="mom"),
        fact("China", "exports", "growth", 41.3, "percent", SEPTEMBER, "41.3", GALLIUM_MONTH, product="gallium",
             basis="mom"),
        fact("China", "exports", "growth", -38.2, "percent", SEPTEMBER, "38.2", GALLIUM_MONTH, product="gallium"),
        fact("China", "exports", "share", 62, "percent", SEPTEMBER, "62", GALLIUM_JAPAN, partner="Japan",
             product="gallium"),
        fact("China", "exports", "quantity", 19.4, "tonnes", JANUARY_SEPTEMBER, "19.4", GALLIUM_YTD, product="gallium"),
        fact("China", "exports", "value", 4.1e6, "USD", SEPTEMBER, "4.1 million", GERMANIUM, product="germanium"),
        fact("China", "exports", "growth", -52.6, "percent", SEPTEMBER, "52.6", GERMANIUM, product="germanium"),
        fact("China", "exports", "growth", 42.7, "percent", SEPTEMBER, "42.7", ANTIMONY, product="antimony oxides",
             basis="mom"),
        fact("China", "exports", "quantity", 1128, "tonnes", SEPTEMBER, "1,128", ANTIMONY, product="antimony oxides"),
        fact("China", "exports", "growth", -61.5, "percent", SEPTEMBER, "61.5", ANTIMONY, product="antimony oxides"),
        fact("China", "exports", "quantity", 16450, "tonnes", SEPTEMBER, "16,450", GRAPHITE_TONNES, product="graphite"),
        fact("China", "exports", "growth", 4.2, "percent", SEPTEMBER, "4.2", GRAPHITE_VALUE, product="graphite"),
        fact("China", "exports", "value", 39.5e6, "USD", SEPTEMBER, "39.5 million", GRAPHITE_VALUE, product="graphite"),
    ],
}

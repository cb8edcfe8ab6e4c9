from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
JANUARY_SEPTEMBER = period(2025, 1, 9)
MAGNETS = "rare-earth magnets"

MAGNET_MONTH = "Last month China sent 5,774 tonnes of magnets abroad, down 6.1% from August"
MAGNET_AUGUST = "August, which had marked a seven-month peak of 6,146 tonnes"
MAGNET_YOY = "Compared with September 2024, however, the tonnage of permanent magnets shipped out rose 17.5%"
MAGNET_YTD = "January-September magnet exports totalled 39,817 tonnes, down 7.5% from a year earlier"
MAGNET_VALUE = "September's magnet exports had a value of 2.04 billion yuan (about $286 million)"
GERMANY = "Germany was again the biggest buyer, with 1,288 tonnes, a 27.9% rise on a year before"
KOREA = "South Korea, which ranked second, lifted its purchases 84.5% to 854 tonnes"
US_INDIA = "Exports of magnets to the U.S. fell 28.7% to 420 tonnes and those bound for India dropped 14.2%"
NETHERLANDS = "shipments to the Netherlands, whose ports handle much of the supply bound for Europe, jumped 109%"
GALLIUM_MONTH = (
    "In September, 3,146 kilograms of the metal were exported, according to customs, up 41.3% from August but still "
    "38.2% lower than a year earlier"
)
GALLIUM_JAPAN = "Japan took 62% of the total"
GALLIUM_YTD = "Gallium shipments for the first nine months totalled 19.4 tonnes"
GERMANIUM = (
    "Exports of wrought and unwrought germanium came to just 1,032 kilograms, the bulk of them going to Germany, with a "
    "value of $4.1 million, down 52.6% from a year earlier"
)
ANTIMONY = (
    "Shipments of antimony oxides increased 42.7% month on month to 1,128 tonnes, though they remained 61.5% below "
    "their year-earlier level"
)
GRAPHITE_TONNES = "Last month's exports of natural flake and spherical graphite amounted to 16,450 tonnes"
GRAPHITE_VALUE = "Their value increased 4.2% year on year to $39.5 million"

ARTICLE = {
    "id": "dY1_03_caixin_gallium_graphite_exports_sep",
    "title": "Analysis: China's Magnet Shipments Dip While Gallium Rebounds Under Tight Mineral Controls",
    "publisher": "Caixin",
    "published": "2025-10-21",
    "notes": [
        "Publisher from the text ('an analysis by Caixin', 'Caixin estimates', 'spoke to Caixin'). Published the day after "
        "the Monday (2025-10-20) detailed customs release; 'Last month' is September 2025; the area is China throughout.",
        "One product name per mineral, whatever the sentence calls it: 'rare-earth magnets' for 'magnets', 'permanent "
        "magnets', 'magnet exports'; 'gallium' for 'the metal'; 'germanium' for 'wrought and unwrought germanium'; "
        "'graphite' for 'natural flake and spherical graphite' and 'Their value'; 'antimony oxides' as written.",
        "Kilogram quantities (gallium 3,146 kg, germanium 1,032 kg) are NOT labelled: the record's quantity unit is tonnes "
        "(or number) and value_text must parse to value, so a kilogram figure cannot be written (guide question). "
        "The growth rates stated beside the gallium kilograms are labelled (no value growth beside them).",
        "'down 6.1% from August' and 'up 41.3% from August' compare with the month before: basis mom. "
        "'On a month-on-month basis,' opens the U.S./India/Netherlands paragraph and carries to all three rates (mom). "
        "'month on month' for antimony oxides: mom; '61.5% below their year-earlier level': yoy.",
        "August's 6,146 tonnes is a stated observation of August 2025 (period 2025-08); 'seven-month peak' is a milestone: out.",
        "2.04 billion yuan and 'about $286 million' are the same observation in two currencies: CNY exact, USD approx.",
        "'Germany was again the biggest buyer' and 'South Korea, which ranked second' are stated ranks among destinations of "
        "magnet exports: rank 1 and 2, exports, period September 2025.",
        "Netherlands 'jumped 109%': partner Netherlands, magnets, mom (paragraph frame). 'over twice what it cost' is a "
        "price, out.",
        "'none of the metal has been shipped there' (the United States) and 'the bulk of them going to Germany' state no "
        "number: not labelled.",
        "'Japan took 62% of the total': share of China's gallium exports going to Japan, September 2025.",
        "Germanium '$4.1 million, down 52.6% from a year earlier': value growth, yoy; no germanium volume growth is stated.",
        "Graphite: value growth 4.2% labelled; 'the tonnage was 3.1% lower' is volume growth beside value growth: out. The "
        "16,450 tonnes is labelled as the quantity.",
        "Out of scope, unlabelled: average price 353 yuan per kilogram, gallium at about $1,050 per kilogram (prices); 45 "
        "working days; 0.1% de minimis threshold; 'five additional rare earths', 'seven medium and heavy rare earths'; 'the "
        "first drop in four months' (streak); the analyst's expectation of magnet exports under 5,000 tonnes in October (forecast).",
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

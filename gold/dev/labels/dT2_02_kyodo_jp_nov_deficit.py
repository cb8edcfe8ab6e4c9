from _fact import fact, period

NOVEMBER = period(2024, 11)
JANUARY_NOVEMBER = period(2024, 1, 11)
CHIP_GEAR = "semiconductor-making equipment"

EVIDENCE_LEAD = "Japan ran a deficit of ¥110.4 billion ($718 million) in goods trade in November"
EVIDENCE_NARROWED = "the shortfall shrank 86.4% from the same month of the previous year"
EVIDENCE_EXPORTS = "exports increased for a second month in a row, gaining 3.9% to ¥9.16 trillion"
EVIDENCE_IMPORTS = "Imports decreased 3.7% to ¥9.27 trillion"
EVIDENCE_US_EXPORTS = (
    "Cars and construction machinery lifted shipments to the United States, the largest buyer of Japanese exports, "
    "by 8.1% to ¥1.77 trillion"
)
EVIDENCE_US_IMPORTS = "imports from the U.S. grew 2.1% to ¥948.7 billion"
EVIDENCE_US_SURPLUS = "Japan's bilateral surplus with the United States widened 32.5% to ¥821.3 billion"
EVIDENCE_CARS_WORLD = "Car exports to all destinations increased 2.6% to ¥1.51 trillion"
EVIDENCE_CHINA_EXPORTS = (
    "Exports to China, the biggest of Japan's trading partners, slipped 0.9% to ¥1.66 trillion; a 25.4% increase in "
    "semiconductor-making equipment"
)
EVIDENCE_CHINA_IMPORTS = (
    "Imports from China advanced 2.4% to ¥2.23 trillion, so Japan recorded a ¥574.2 billion deficit with its neighbor"
)
EVIDENCE_ASIA = "Shipments to Asia as a whole, China included, rose 3.4% to ¥4.79 trillion"
EVIDENCE_EU = "Softer demand for cars pulled exports to the European Union down 9.6% to ¥826.5 billion"

ARTICLE = {
    "id": "dT2_02_kyodo_jp_nov_deficit",
    "title": "Japan's November trade gap hits ¥110.4 billion while shipments of chipmaking gear to China soar",
    "publisher": "Kyodo",
    "published": "2024-12-18",
    "notes": [
        "The text gives no year; the running period is November 2024 from the published date (a Wednesday release).",
        "Growth rates without a stated base are yoy (Japanese customs data are compared with a year earlier; the second "
        "paragraph says 'from the same month of the previous year').",
        "The headline restates the ¥110.4 billion deficit: one fact, evidence from the body. The dollar conversion "
        "'($718 million)' is a separate USD fact, qualifier exact (no 'about').",
        "'the shortfall shrank 86.4%': growth of a deficit follows its verb, -86.4.",
        "'imports from the U.S. grew 2.1% to ¥948.7 billion': partner United States.",
        "'the largest buyer of Japanese exports' (United States, exports) and 'the biggest of Japan's trading partners' "
        "(China, total) "
        "are stated ranks: rank 1 each, with the article's period.",
        "'Measured by value, automobile exports headed for the U.S. rose 12.4%' is labelled (product 'automobiles', text's "
        "word); 'the count of vehicles shipped dropped 1.8%' is volume growth beside value growth: out.",
        "'Car exports to all destinations' keep the text's word 'cars'.",
        "'a 25.4% increase in semiconductor-making equipment' belongs to exports to China (the sentence's first subject): "
        "partner China.",
        "'Asia as a whole, China included' is partner 'Asia'.",
        "Out of scope, unlabelled: 'fifth consecutive monthly shortfall', 'second month in a row', 'first drop in three months' "
        "(streaks), the yen's average of 153.02 per dollar and its 2.2% fall (exchange rate), the think tank's forecast of "
        "roughly ¥680 billion, tariff rates of 25% and 10%.",
        "January-November deficit: value only; 'much smaller than in the same period a year earlier' gives no number.",
    ],
    "facts": [
        fact("Japan", "balance", "value", -110.4e9, "JPY", NOVEMBER, "110.4 billion", EVIDENCE_LEAD),
        fact("Japan", "balance", "value", -718e6, "USD", NOVEMBER, "718 million", EVIDENCE_LEAD),
        fact("Japan", "balance", "growth", -86.4, "percent", NOVEMBER, "86.4", EVIDENCE_NARROWED),
        fact("Japan", "exports", "growth", 3.9, "percent", NOVEMBER, "3.9", EVIDENCE_EXPORTS),
        fact("Japan", "exports", "value", 9.16e12, "JPY", NOVEMBER, "9.16 trillion", EVIDENCE_EXPORTS),
        fact("Japan", "imports", "growth", -3.7, "percent", NOVEMBER, "3.7", EVIDENCE_IMPORTS),
        fact("Japan", "imports", "value", 9.27e12, "JPY", NOVEMBER, "9.27 trillion", EVIDENCE_IMPORTS),
        fact("Japan", "imports", "growth", -10.2, "percent", NOVEMBER, "10.2",
             "crude oil imports fell 10.2% as prices eased", product="crude oil"),
        fact("Japan", "exports", "rank", 1, "number", NOVEMBER, "largest", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Japan", "exports", "growth", 8.1, "percent", NOVEMBER, "8.1", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Japan", "exports", "value", 1.77e12, "JPY", NOVEMBER, "1.77 trillion", EVIDENCE_US_EXPORTS,
             partner="United States"),
        fact("Japan", "imports", "growth", 2.1, "percent", NOVEMBER, "2.1", EVIDENCE_US_IMPORTS,
             partner="United States"),
        fact("Japan", "imports", "value", 948.7e9, "JPY", NOVEMBER, "948.7 billion", EVIDENCE_US_IMPORTS,
             partner="United States"),
        fact("Japan", "balance", "growth", 32.5, "percent", NOVEMBER, "32.5", EVIDENCE_US_SURPLUS,
             partner="United States"),
        fact("Japan", "balance", "value", 821.3e9, "JPY", NOVEMBER, "821.3 billion", EVIDENCE_US_SURPLUS,
             partner="United States"),
        fact("Japan", "exports", "growth", 12.4, "percent", NOVEMBER, "12.4",
             "Measured by value, automobile exports headed for the U.S. rose 12.4%",
             partner="United States", product="automobiles"),
        fact("Japan", "exports", "growth", 2.6, "percent", NOVEMBER, "2.6", EVIDENCE_CARS_WORLD, product="cars"),
        fact("Japan", "exports", "value", 1.51e12, "JPY", NOVEMBER, "1.51 trillion", EVIDENCE_CARS_WORLD,
             product="cars"),
        fact("Japan", "total", "rank", 1, "number", NOVEMBER, "biggest", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact("Japan", "exports", "growth", -0.9, "percent", NOVEMBER, "0.9", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact("Japan", "exports", "value", 1.66e12, "JPY", NOVEMBER, "1.66 trillion", EVIDENCE_CHINA_EXPORTS,
             partner="China"),
        fact("Japan", "exports", "growth", 25.4, "percent", NOVEMBER, "25.4", EVIDENCE_CHINA_EXPORTS,
             partner="China", product=CHIP_GEAR),
        fact("Japan", "imports", "growth", 2.4, "percent", NOVEMBER, "2.4", EVIDENCE_CHINA_IMPORTS, partner="China"),
        fact("Japan", "imports", "value", 2.23e12, "JPY", NOVEMBER, "2.23 trillion", EVIDENCE_CHINA_IMPORTS,
             partner="China"),
        fact("Japan", "balance", "value", -574.2e9, "JPY", NOVEMBER, "574.2 billion", EVIDENCE_CHINA_IMPORTS,
             partner="China"),
        fact("Japan", "exports", "growth", 3.4, "percent", NOVEMBER, "3.4", EVIDENCE_ASIA, partner="Asia"),
        fact("Japan", "exports", "value", 4.79e12, "JPY", NOVEMBER, "4.79 trillion", EVIDENCE_ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", -9.6, "percent", NOVEMBER, "9.6", EVIDENCE_EU, partner="European Union"),
        fact("Japan", "exports", "value", 826.5e9, "JPY", NOVEMBER, "826.5 billion", EVIDENCE_EU,
             partner="European Union"),
        fact("Japan", "balance", "value", -5.01e12, "JPY", JANUARY_NOVEMBER, "5.01 trillion",
             "Japan's cumulative deficit for January-November stood at ¥5.01 trillion"),
    ],
}

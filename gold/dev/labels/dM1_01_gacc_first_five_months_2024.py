from _fact import fact, period

FIVE_MONTHS = period(2024, 1, 5)
MAY = period(2024, 5)
E_TOTAL = (
    "China's goods trade for January-May 2024, imports and exports combined, came to 17.5 trillion yuan according "
    "to customs statistics, up 6.3%"
)
E_EXPORTS = "Exports contributed 9.95 trillion yuan to that sum, growing 6.1%"
E_IMPORTS = "imports 7.55 trillion yuan, growing 6.5%"
E_SURPLUS = "The surplus on goods trade widened by 5.1% to 2.4 trillion yuan"
E_MAY = "Goods trade in May alone amounted to 3.71 trillion yuan, a gain of 8.6%"
E_ASEAN = (
    "two-way trade with the bloc reached 2.77 trillion yuan, rising 10.4% and making up 15.8% of the country's "
    "overall foreign trade"
)
E_EU = "Trade with the EU slipped 0.3% to 2.16 trillion yuan"
E_US = "trade with the United States grew 2.3% to 1.87 trillion yuan"
E_BRI = "Trade with the countries jointly building the Belt and Road climbed 6.8% to 8.26 trillion yuan"
E_PRIVATE = (
    "Private enterprises traded 9.54 trillion yuan of goods in January-May, 11.2% more than a year before, "
    "giving them a 54.5% share of the national total"
)
E_MECH = (
    "Outbound sales of mechanical and electrical products rose 7.1% to 5.91 trillion yuan in January-May, "
    "equal to 59.4% of all exports"
)
E_LABOUR = "Exports of labour-intensive products added up to 1.65 trillion yuan over the period, 1.8% higher"
E_IRON = "Iron ore imports grew 6.7% to 510 million tonnes"
PARTNER_BRI = "Belt and Road partner countries"
MECH = "mechanical and electrical products"
LABOUR = "labour-intensive products"
PRIVATE = "private enterprises"

ARTICLE = {
    "id": "dM1_01_gacc_first_five_months_2024",
    "title": "An Overview of China's Foreign Trade in Goods, January-May 2024",
    "publisher": "General Administration of Customs",
    "published": "2024-06-07",
    "notes": [
        "Translated GACC release: '(the same below)' makes every later growth rate year on year; all figures are "
        "yuan; the running period is January-May 2024 except the May paragraph.",
        "'with growth running 0.6 percentage points above April's pace' and '2.4 percentage points higher than in "
        "the year-earlier period': percentage-point comparisons, out.",
        "'an eighth straight month', 'for the fifth year running', 'for a third consecutive month': streaks, out.",
        "'nearly half of all Chinese foreign trade' (Belt and Road) states no number: no share labelled.",
        "ASEAN 'largest trading partner' is a stated rank (1); the EU and the US are given no rank in the text.",
        "'The surplus on goods trade widened by 5.1%': growth of the surplus, labelled as balance growth +5.1.",
        "Iron ore: quantity (510 million tonnes) and its volume growth 6.7% are labelled; the text gives no value "
        "for iron ore, so the volume growth stands alone and is in scope.",
        "Average import prices (852.2, 4,174 and 3,827 yuan per tonne) and their changes (rose 4.5%, 3% more, dropped "
        "18.2%) are unit prices, not trade flows: out.",
        "Automatic data processing equipment, integrated circuits and automobiles 'continued to increase' with no figures: "
        "nothing to label.",
        "Export-order survey share: not a trade flow, and stated without a number anyway.",
    ],
    "facts": [
        fact("China", "total", "value", 17.5e12, "CNY", FIVE_MONTHS, "17.5 trillion", E_TOTAL),
        fact("China", "total", "growth", 6.3, "percent", FIVE_MONTHS, "6.3", E_TOTAL, basis="yoy"),
        fact("China", "exports", "value", 9.95e12, "CNY", FIVE_MONTHS, "9.95 trillion", E_EXPORTS),
        fact("China", "exports", "growth", 6.1, "percent", FIVE_MONTHS, "6.1", E_EXPORTS, basis="yoy"),
        fact("China", "imports", "value", 7.55e12, "CNY", FIVE_MONTHS, "7.55 trillion", E_IMPORTS),
        fact("China", "imports", "growth", 6.5, "percent", FIVE_MONTHS, "6.5", E_IMPORTS, basis="yoy"),
        fact("China", "balance", "value", 2.4e12, "CNY", FIVE_MONTHS, "2.4 trillion", E_SURPLUS),
        fact("China", "balance", "growth", 5.1, "percent", FIVE_MONTHS, "5.1", E_SURPLUS, basis="yoy"),
        fact("China", "total", "value", 3.71e12, "CNY", MAY, "3.71 trillion", E_MAY),
        fact("China", "total", "growth", 8.6, "percent", MAY, "8.6", E_MAY, basis="yoy"),
        fact("China", "total", "rank", 1, "number", FIVE_MONTHS, "largest",
             "ASEAN continued as China's largest trading partner", partner="ASEAN"),
        fact("China", "total", "value", 2.77e12, "CNY", FIVE_MONTHS, "2.77 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 10.4, "percent", FIVE_MONTHS, "10.4", E_ASEAN, partner="ASEAN",
             basis="yoy"),
        fact("China", "total", "share", 15.8, "percent", FIVE_MONTHS, "15.8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 2.16e12, "CNY", FIVE_MONTHS, "2.16 trillion", E_EU,
             partner="European Union"),
        fact("China", "total", "growth", -0.3, "percent", FIVE_MONTHS, "0.3", E_EU, partner="European Union",
             basis="yoy"),
        fact("China", "total", "value", 1.87e12, "CNY", FIVE_MONTHS, "1.87 trillion", E_US,
             partner="United States"),
        fact("China", "total", "growth", 2.3, "percent", FIVE_MONTHS, "2.3", E_US, partner="United States",
             basis="yoy"),
        fact("China", "total", "value", 8.26e12, "CNY", FIVE_MONTHS, "8.26 trillion", E_BRI, partner=PARTNER_BRI),
        fact("China", "total", "growth", 6.8, "percent", FIVE_MONTHS, "6.8", E_BRI, partner=PARTNER_BRI,
             basis="yoy"),
        fact("China", "total", "value", 9.54e12, "CNY", FIVE_MONTHS, "9.54 trillion", E_PRIVATE, segment=PRIVATE),
        fact("China", "total", "growth", 11.2, "percent", FIVE_MONTHS, "11.2", E_PRIVATE, segment=PRIVATE,
             basis="yoy"),
        fact("China", "total", "share", 54.5, "percent", FIVE_MONTHS, "54.5", E_PRIVATE, segment=PRIVATE),
        fact("China", "exports", "value", 5.91e12, "CNY", FIVE_MONTHS, "5.91 trillion", E_MECH, product=MECH),
        fact("China", "exports", "growth", 7.1, "percent", FIVE_MONTHS, "7.1", E_MECH, product=MECH, basis="yoy"),
        fact("China", "exports", "share", 59.4, "percent", FIVE_MONTHS, "59.4", E_MECH, product=MECH),
        fact("China", "exports", "value", 1.65e12, "CNY", FIVE_MONTHS, "1.65 trillion", E_LABOUR, product=LABOUR),
        fact("China", "exports", "growth", 1.8, "percent", FIVE_MONTHS, "1.8", E_LABOUR, product=LABOUR,
             basis="yoy"),
        fact("China", "imports", "quantity", 510e6, "tonnes", FIVE_MONTHS, "510 million", E_IRON,
             product="iron ore"),
        fact("China", "imports", "growth", 6.7, "percent", FIVE_MONTHS, "6.7", E_IRON, product="iron ore",
             basis="yoy"),
    ],
}

from _fact import fact, period

FISCAL_YEAR = {"start": "2022-04", "end": "2023-03"}
PREVIOUS_FISCAL_YEAR = {"start": "2021-04", "end": "2022-03"}
MARCH = period(2023, 3)
JAPAN = "Japan"
US = "United States"

EVIDENCE_LEAD = (
    "Japan's trade deficit for the fiscal year through March ballooned to an all-time high of ¥21.73 trillion "
    "($162 billion)"
)
EVIDENCE_IMPORTS = "imports rose faster, climbing 32.2 percent to ¥120.95 trillion"
EVIDENCE_EXPORTS = "Exports grew 13.8 percent to ¥99.23 trillion"
EVIDENCE_CRUDE = "The crude oil import bill swelled 64.9 percent to ¥13.67 trillion"
EVIDENCE_LNG = "spending on LNG almost doubled, up 97.5 percent at ¥8.62 trillion"
EVIDENCE_CARS = "automobile shipments advanced 20.6 percent to ¥13.73 trillion"
EVIDENCE_CHIP_TOOLS = "Semiconductor-making equipment exports rose 8.8 percent to ¥4.03 trillion"
EVIDENCE_US_EXPORTS = "U.S.-bound exports increased 18.4 percent to ¥18.99 trillion"
EVIDENCE_US_IMPORTS = "Japan's purchases from the United States grew 23.1 percent to ¥12.16 trillion"
EVIDENCE_CHINA_EXPORTS = "Exports to China dipped 0.5 percent to ¥18.93 trillion"
EVIDENCE_CHINA_IMPORTS = "imports from the neighboring country increased 14.5 percent to ¥25.31 trillion"
EVIDENCE_MARCH_EXPORTS = "exports reached a March record of ¥9.23 trillion, up 4.3 percent from a year earlier"

ARTICLE = {
    "id": "dQ2_02_jp_kyodo_fy_record_deficit",
    "title": "Weak yen, costly fuel push Japan's fiscal-year trade deficit to record ¥21.7 trillion",
    "publisher": "Kyodo",
    "published": "2023-04-20",
    "notes": [
        "The year appears only in the metadata: 'the fiscal year through March' published 2023-04-20 is "
        "April 2022 - March 2023; 'the prior business year' is April 2021 - March 2022; 'In March by itself' is March 2023.",
        "Fiscal-year periods cross the calendar year, so they are written as explicit start/end months.",
        "Headline '¥21.7 trillion' restates the body's ¥21.73 trillion rounded: labelled once, with the body sentence.",
        "'($162 billion)' is the same deficit in dollars, written without 'about': a separate USD fact, qualifier exact.",
        "'In the prior business year the shortfall had been ¥5.57 trillion': the previous year's balance, "
        "negative.",
        "Yen average (¥135.44 per dollar, around 20 percent weaker), crude price ($95.61 per barrel, up 22.5 percent), "
        "fiscal 1979, '20th consecutive month', 'a second year running', 'first time in three years', the economists' "
        "outlook and GDP (annualized 0.1 percent) are not trade flows: out.",
        "LNG 'almost doubled, up 97.5 percent': the exact rate only; product written out as 'liquefied natural gas', "
        "as the lead names it.",
        "'Japan's largest export market' for the United States is a stated rank (1); China's second place is only "
        "implied by 'edged out China': not labelled.",
        "'giving Japan a surplus of ¥6.83 trillion' is the balance with the United States (subject of the "
        "sentence before it).",
        "'imports from the neighboring country' refers to China (subject carried from the same sentence).",
    ],
    "facts": [
        fact(JAPAN, "balance", "value", -21.73e12, "JPY", FISCAL_YEAR, "21.73 trillion", EVIDENCE_LEAD),
        fact(JAPAN, "balance", "value", -162e9, "USD", FISCAL_YEAR, "162 billion", EVIDENCE_LEAD),
        fact(JAPAN, "balance", "value", -5.57e12, "JPY", PREVIOUS_FISCAL_YEAR, "5.57 trillion",
             "In the prior business year the shortfall had been ¥5.57 trillion"),
        fact(JAPAN, "imports", "value", 120.95e12, "JPY", FISCAL_YEAR, "120.95 trillion", EVIDENCE_IMPORTS),
        fact(JAPAN, "imports", "growth", 32.2, "percent", FISCAL_YEAR, "32.2", EVIDENCE_IMPORTS),
        fact(JAPAN, "exports", "value", 99.23e12, "JPY", FISCAL_YEAR, "99.23 trillion", EVIDENCE_EXPORTS),
        fact(JAPAN, "exports", "growth", 13.8, "percent", FISCAL_YEAR, "13.8", EVIDENCE_EXPORTS),
        fact(JAPAN, "imports", "value", 13.67e12, "JPY", FISCAL_YEAR, "13.67 trillion", EVIDENCE_CRUDE,
             product="crude oil"),
        fact(JAPAN, "imports", "growth", 64.9, "percent", FISCAL_YEAR, "64.9", EVIDENCE_CRUDE, product="crude oil"),
        fact(JAPAN, "imports", "value", 8.62e12, "JPY", FISCAL_YEAR, "8.62 trillion", EVIDENCE_LNG,
             product="liquefied natural gas"),
        fact(JAPAN, "imports", "growth", 97.5, "percent", FISCAL_YEAR, "97.5", EVIDENCE_LNG,
             product="liquefied natural gas"),
        fact(JAPAN, "exports", "value", 13.73e12, "JPY", FISCAL_YEAR, "13.73 trillion", EVIDENCE_CARS,
             product="automobiles"),
        fact(JAPAN, "exports", "growth", 20.6, "percent", FISCAL_YEAR, "20.6", EVIDENCE_CARS, product="automobiles"),
        fact(JAPAN, "exports", "value", 4.03e12, "JPY", FISCAL_YEAR, "4.03 trillion", EVIDENCE_CHIP_TOOLS,
             product="semiconductor-making equipment"),
        fact(JAPAN, "exports", "growth", 8.8, "percent", FISCAL_YEAR, "8.8", EVIDENCE_CHIP_TOOLS,
             product="semiconductor-making equipment"),
        fact(JAPAN, "exports", "value", 18.99e12, "JPY", FISCAL_YEAR, "18.99 trillion", EVIDENCE_US_EXPORTS, partner=US),
        fact(JAPAN, "exports", "growth", 18.4, "percent", FISCAL_YEAR, "18.4", EVIDENCE_US_EXPORTS, partner=US),
        fact(JAPAN, "exports", "rank", 1, "number", FISCAL_YEAR, "largest",
             "the United States edged out China as Japan's largest export market for the year", partner=US),
        fact(JAPAN, "imports", "value", 12.16e12, "JPY", FISCAL_YEAR, "12.16 trillion", EVIDENCE_US_IMPORTS, partner=US),
        fact(JAPAN, "imports", "growth", 23.1, "percent", FISCAL_YEAR, "23.1", EVIDENCE_US_IMPORTS, partner=US),
        fact(JAPAN, "balance", "value", 6.83e12, "JPY", FISCAL_YEAR, "6.83 trillion",
             "giving Japan a surplus of ¥6.83 trillion", partner=US),
        fact(JAPAN, "exports", "value", 18.93e12, "JPY", FISCAL_YEAR, "18.93 trillion", EVIDENCE_CHINA_EXPORTS,
             partner="China"),
        fact(JAPAN, "exports", "growth", -0.5, "percent", FISCAL_YEAR, "0.5", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(JAPAN, "imports", "value", 25.31e12, "JPY", FISCAL_YEAR, "25.31 trillion", EVIDENCE_CHINA_IMPORTS,
             partner="China"),
        fact(JAPAN, "imports", "growth", 14.5, "percent", FISCAL_YEAR, "14.5", EVIDENCE_CHINA_IMPORTS, partner="China"),
        fact(JAPAN, "balance", "value", -6.38e12, "JPY", FISCAL_YEAR, "6.38 trillion",
             "a ¥6.38 trillion deficit with China", partner="China"),
        fact(JAPAN, "balance", "value", -754.5e9, "JPY", MARCH, "754.5 billion",
             "Japan ran a ¥754.5 billion deficit"),
        fact(JAPAN, "exports", "value", 9.23e12, "JPY", MARCH, "9.23 trillion", EVIDENCE_MARCH_EXPORTS),
        fact(JAPAN, "exports", "growth", 4.3, "percent", MARCH, "4.3", EVIDENCE_MARCH_EXPORTS),
    ],
}

from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JP = "Japan"
US = "United States"
E_EXP = "outbound shipments up 3.6% on the year in October"
E_IMP = "Imports, which economists had expected to fall 0.9%, instead edged up 0.7% from a year before, following a 3.3% increase in September."
E_BAL = "an October deficit of 231.8 billion yen ($1.50 billion)"
E_VAL = "Shipments abroad were worth 9.77 trillion yen and purchases from abroad 10.00 trillion yen."
E_US = ("Shipments to the United States declined for a seventh month, but only by 3.1%, to 1.75 trillion yen, compared "
        "with a 13.3% drop in September.")
E_CAR = ("Car exports to the U.S. dropped 7.5% to 460.7 billion yen, and shipments there of semiconductor manufacturing "
         "equipment tumbled 22.4%.")
E_US_IMP = "Aircraft purchases drove a 20.9% rise in imports from the United States, to 1.22 trillion yen."
E_US_BAL = "Japan's surplus with the world's largest economy contracted by 33.6% to 529.4 billion yen."
E_CN = ("Sales to China, Japan's largest trading partner, grew 2.1% in October on raw materials and chips, following a "
        "5.8% increase in September")
E_ASIA = "Exports to Asia, the destination for about 53% of Japan's overseas sales, climbed 7.2%"
E_PROD = ("Among individual goods, semiconductors and other electronic components led exports with a 17.2% gain, and "
          "crude oil imports dropped 10.8%.")

ARTICLE = {
    "id": "dAM2_02_japan_exports_oct_2025",
    "title": "Japan's October exports rise 3.6%, beat forecasts as Asia chip demand offsets U.S. slump",
    "publisher": "Reuters",
    "published": "2025-11-21",
    "notes": [
        "Dateline 'TOKYO, Nov 21 (Reuters)', data 'on Friday': published 2025-11-21; October and September are 2025.",
        "Headline 3.6% is the body's October export growth: labelled once.",
        "Reuters poll figures (0.8% increase, a 0.9% fall, 271.4 billion yen shortfall) and the economist's outlook: forecasts, out.",
        "'231.8 billion yen ($1.50 billion)': a JPY balance fact and a USD balance fact, both negative; the bracket has no 'about', so qualifier exact.",
        "'Compared with a year earlier, the deficit shrank 53.6%': growth of the balance follows its verb, -53.6, yoy.",
        "'Shipments abroad were worth 9.77 trillion yen and purchases from abroad 10.00 trillion yen': October values (9.77 - 10.00 = -0.23 trillion, agrees with the deficit).",
        "Previous month: September export growth 4.2 and import growth 3.3 (yoy, period 2025-09), September deficit revised to 237.4 billion yen (balance -2.374e11, 2025-09).",
        "'declined for a seventh month' and 'a fourth straight month of red ink': streaks, out.",
        "'In volume terms, exports fell 1.2%': volume growth beside value growth, out.",
        "Exports to the US: October -3.1 and value 1.75e12; 'a 13.3% drop in September' is September export growth to the US, -13.3.",
        "US-bound car exports (-7.5, 460.7e9) and semiconductor manufacturing equipment to the US (-22.4): partner United States, product in the text's words.",
        "'surplus with the world's largest economy': the United States from context; contracted by 33.6% -> -33.6; value +529.4e9.",
        "China: 'Japan's largest trading partner' -> rank 1 of total trade, October; 'a 5.8% increase in September' -> September export growth to China.",
        "'With China, Japan posted a deficit of 766.5 billion yen': balance -766.5e9, October.",
        "Asia: 'the destination for about 53% of Japan's overseas sales' -> export share 53, approx; growth 7.2. EU export growth 9.2.",
        "Tariff rates (15%, 27.5%), the $550 billion investment pledge, the exchange rate (157 per dollar, 7%, $1 = 154.60 yen), GDP (-1.8%), 'six quarters', 'ten-month low': not trade figures, out.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 3.6, "percent", OCT, "3.6", E_EXP),
        fact(JP, "exports", "growth", 4.2, "percent", SEP, "4.2", "September's rise was 4.2%."),
        fact(JP, "imports", "growth", 0.7, "percent", OCT, "0.7", E_IMP),
        fact(JP, "imports", "growth", 3.3, "percent", SEP, "3.3", E_IMP),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCT, "231.8 billion", E_BAL),
        fact(JP, "balance", "value", -1.50e9, "USD", OCT, "1.50 billion", E_BAL),
        fact(JP, "balance", "growth", -53.6, "percent", OCT, "53.6", "Compared with a year earlier, the deficit shrank 53.6%."),
        fact(JP, "exports", "value", 9.77e12, "JPY", OCT, "9.77 trillion", E_VAL),
        fact(JP, "imports", "value", 10.00e12, "JPY", OCT, "10.00 trillion", E_VAL),
        fact(JP, "balance", "value", -237.4e9, "JPY", SEP, "237.4 billion",
             "September's shortfall was revised to 237.4 billion yen."),
        fact(JP, "exports", "growth", -3.1, "percent", OCT, "3.1", E_US, partner=US),
        fact(JP, "exports", "value", 1.75e12, "JPY", OCT, "1.75 trillion", E_US, partner=US),
        fact(JP, "exports", "growth", -13.3, "percent", SEP, "13.3", E_US, partner=US),
        fact(JP, "exports", "growth", -7.5, "percent", OCT, "7.5", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "value", 460.7e9, "JPY", OCT, "460.7 billion", E_CAR, partner=US, product="cars"),
        fact(JP, "exports", "growth", -22.4, "percent", OCT, "22.4", E_CAR, partner=US,
             product="semiconductor manufacturing equipment"),
        fact(JP, "imports", "growth", 20.9, "percent", OCT, "20.9", E_US_IMP, partner=US),
        fact(JP, "imports", "value", 1.22e12, "JPY", OCT, "1.22 trillion", E_US_IMP, partner=US),
        fact(JP, "balance", "growth", -33.6, "percent", OCT, "33.6", E_US_BAL, partner=US),
        fact(JP, "balance", "value", 529.4e9, "JPY", OCT, "529.4 billion", E_US_BAL, partner=US),
        fact(JP, "total", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(JP, "exports", "growth", 2.1, "percent", OCT, "2.1", E_CN, partner="China"),
        fact(JP, "exports", "growth", 5.8, "percent", SEP, "5.8", E_CN, partner="China"),
        fact(JP, "balance", "value", -766.5e9, "JPY", OCT, "766.5 billion",
             "With China, Japan posted a deficit of 766.5 billion yen.", partner="China"),
        fact(JP, "exports", "share", 53, "percent", OCT, "53", E_ASIA, partner="Asia", qualifier="approx"),
        fact(JP, "exports", "growth", 7.2, "percent", OCT, "7.2", E_ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 9.2, "percent", OCT, "9.2",
             "those to the European Union grew 9.2%", partner="European Union"),
        fact(JP, "exports", "growth", 17.2, "percent", OCT, "17.2", E_PROD,
             product="semiconductors and other electronic components"),
        fact(JP, "imports", "growth", -10.8, "percent", OCT, "10.8", E_PROD, product="crude oil"),
    ],
}

from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
GX = "Guangxi"

LEAD = (
    "South China's Guangxi Zhuang Autonomous Region saw its trade with the Association of Southeast Asian Nations "
    "(ASEAN) grow 13.7 percent year on year over the first three quarters of 2025"
)
TOTAL = (
    "Guangxi's combined imports and exports for January to September reached 582.36 billion yuan "
    "(about 81.8 billion U.S. dollars), an increase of 10.4 percent on the previous year"
)
EXPORTS = "Exports made up 318.47 billion yuan of that, up 12.9 percent"
IMPORTS = "imports 263.89 billion yuan, up 7.5 percent"
ASEAN_RANK = "For years ASEAN has ranked as Guangxi's largest trading partner"
ASEAN_TRADE = (
    "Over the nine months, the two sides traded 286.53 billion yuan of goods, "
    "or 49.2 percent of the region's foreign trade"
)
VIETNAM = "Trade between the two grew 15.8 percent to 228.14 billion yuan"
VN_EXPORTS = "Exports from Guangxi to its neighbor rose 18.6 percent to 127.55 billion yuan"
VN_IMPORTS = "Guangxi imported 100.59 billion yuan worth of Vietnamese goods, 12.4 percent more than a year before"
FRUIT = "Guangxi handled 1.52 million tonnes of fruit imported from ASEAN countries, worth 21.6 billion yuan"
DURIANS = "Of that value, durians accounted for 10.85 billion yuan, up 32.4 percent"
ELECTRONICS = "exports of electronic components to ASEAN grew 24.7 percent to 41.37 billion yuan"
NEV_UNITS = "New energy vehicles also stood out, as 38,600 of them were shipped to ASEAN markets"
NEV_VALUE = "the value of those exports soared 118.5 percent to 4.63 billion yuan"
PINGXIANG = (
    "Pingxiang, the border city where the Youyiguan (Friendship Pass) port is located, saw its foreign trade grow "
    "20.6 percent to 118.9 billion yuan"
)
DONGXING = "border-resident trade in the coastal city of Dongxing rose 7.3 percent to 9.84 billion yuan"

ARTICLE = {
    "id": "dX1_04_xinhua_guangxi_asean_q1_q3",
    "title": "Guangxi-ASEAN trade up 13.7 pct over first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Dateline 'NANNING, Oct. 24 (Xinhua)'; Oct. 24, 2025 is a Friday. The running period is January-September 2025 "
        "('first three quarters', 'January to September', 'the nine months'); every fact takes 2025-01..2025-09.",
        "Area: 'South China's Guangxi Zhuang Autonomous Region' -> 'Guangxi' (descriptor and administrative title "
        "dropped); 'the region' refers to Guangxi.",
        "The lead's 13.7 percent is the only statement of ASEAN trade growth; the value and share come from the third "
        "paragraph ('the two sides' = Guangxi and ASEAN).",
        "'about 81.8 billion U.S. dollars' is the same total in another currency: a separate USD fact, qualifier approx.",
        "'beat the national growth rate by 6.4 percentage points' is a derived comparison: out.",
        "'For years ASEAN has ranked as Guangxi's largest trading partner' is a stated rank (1) of ASEAN among "
        "Guangxi's partners; 'For years' is not a streak number. Period: the article's running period.",
        "Carried-over subjects: 'Trade between the two' in the Vietnam paragraph is Guangxi-Vietnam trade; in the next "
        "paragraph 'its neighbor' is Vietnam and 'Guangxi imported ... Vietnamese goods' is Guangxi importing from "
        "Vietnam. '12.4 percent more than a year before' is yoy growth of those imports.",
        "Fruit: quantity (1.52 million tonnes) and value (21.6 billion yuan) of Guangxi's fruit imports from ASEAN, "
        "area Guangxi ('Guangxi handled'), partner ASEAN, product 'fruit'. No growth is given for fruit.",
        "'Of that value, durians accounted for 10.85 billion yuan' is a value (a part of the fruit imports), not a share; "
        "'up 32.4 percent' is its yoy growth. Product 'durians', partner ASEAN carried from the fruit sentence.",
        "New energy vehicles: 38,600 of them is a quantity in vehicles (unit 'number'); 'the value of those exports soared "
        "118.5 percent to 4.63 billion yuan' is value growth and value of the same exports to ASEAN. Only value growth is stated, so "
        "there is no volume-beside-value issue.",
        "Port cities: Pingxiang's and Dongxing's own figures are labelled with area 'Pingxiang' and 'Dongxing' (the "
        "economies measured, descriptors dropped). Dongxing's figure is restricted to a trade mode: segment "
        "'border-resident trade', in the text's words. The brief spelled the port 'Pinxiang'; the text uses the real "
        "spelling 'Pingxiang'.",
        "Out of scope, unlabelled: 'over 1,800 freight trucks' (vehicle crossings, not a trade flow), the 22nd "
        "China-ASEAN Expo (ordinal and 'some 3,200 companies exhibited'), '1,050 runs' of the freight train "
        "service, 'Free Trade Area 3.0', and the customs official's expectation that full-year ASEAN trade will "
        "'top 380 billion yuan' (a forecast).",
        "'led by electronic components and textile fabrics' names leading products without numbers: nothing to "
        "label.",
    ],
    "facts": [
        fact(GX, "total", "growth", 13.7, "percent", JAN_SEP, "13.7", LEAD, partner="ASEAN"),
        fact(GX, "total", "value", 582.36e9, "CNY", JAN_SEP, "582.36 billion", TOTAL),
        fact(GX, "total", "value", 81.8e9, "USD", JAN_SEP, "81.8 billion", TOTAL, qualifier="approx"),
        fact(GX, "total", "growth", 10.4, "percent", JAN_SEP, "10.4", TOTAL),
        fact(GX, "exports", "growth", 12.9, "percent", JAN_SEP, "12.9", EXPORTS),
        fact(GX, "exports", "value", 318.47e9, "CNY", JAN_SEP, "318.47 billion", EXPORTS),
        fact(GX, "imports", "growth", 7.5, "percent", JAN_SEP, "7.5", IMPORTS),
        fact(GX, "imports", "value", 263.89e9, "CNY", JAN_SEP, "263.89 billion", IMPORTS),
        fact(GX, "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(GX, "total", "value", 286.53e9, "CNY", JAN_SEP, "286.53 billion", ASEAN_TRADE, partner="ASEAN"),
        fact(GX, "total", "share", 49.2, "percent", JAN_SEP, "49.2", ASEAN_TRADE, partner="ASEAN"),
        fact(GX, "total", "value", 228.14e9, "CNY", JAN_SEP, "228.14 billion", VIETNAM, partner="Vietnam"),
        fact(GX, "total", "growth", 15.8, "percent", JAN_SEP, "15.8", VIETNAM, partner="Vietnam"),
        fact(GX, "exports", "value", 127.55e9, "CNY", JAN_SEP, "127.55 billion", VN_EXPORTS, partner="Vietnam"),
        fact(GX, "exports", "growth", 18.6, "percent", JAN_SEP, "18.6", VN_EXPORTS, partner="Vietnam"),
        fact(GX, "imports", "value", 100.59e9, "CNY", JAN_SEP, "100.59 billion", VN_IMPORTS, partner="Vietnam"),
        fact(GX, "imports", "growth", 12.4, "percent", JAN_SEP, "12.4", VN_IMPORTS, partner="Vietnam"),
        fact(GX, "imports", "quantity", 1.52e6, "tonnes", JAN_SEP, "1.52 million", FRUIT, partner="ASEAN",
             product="fruit"),
        fact(GX, "imports", "value", 21.6e9, "CNY", JAN_SEP, "21.6 billion", FRUIT, partner="ASEAN", product="fruit"),
        fact(GX, "imports", "value", 10.85e9, "CNY", JAN_SEP, "10.85 billion", DURIANS, partner="ASEAN",
             product="durians"),
        fact(GX, "imports", "growth", 32.4, "percent", JAN_SEP, "32.4", DURIANS, partner="ASEAN", product="durians"),
        fact(GX, "exports", "value", 41.37e9, "CNY", JAN_SEP, "41.37 billion", ELECTRONICS, partner="ASEAN",
             product="electronic components"),
        fact(GX, "exports", "growth", 24.7, "percent", JAN_SEP, "24.7", ELECTRONICS, partner="ASEAN",
             product="electronic components"),
        fact(GX, "exports", "quantity", 38600, "number", JAN_SEP, "38,600", NEV_UNITS, partner="ASEAN",
             product="new energy vehicles"),
        fact(GX, "exports", "growth", 118.5, "percent", JAN_SEP, "118.5", NEV_VALUE, partner="ASEAN",
             product="new energy vehicles"),
        fact(GX, "exports", "value", 4.63e9, "CNY", JAN_SEP, "4.63 billion", NEV_VALUE, partner="ASEAN",
             product="new energy vehicles"),
        fact("Pingxiang", "total", "growth", 20.6, "percent", JAN_SEP, "20.6", PINGXIANG),
        fact("Pingxiang", "total", "value", 118.9e9, "CNY", JAN_SEP, "118.9 billion", PINGXIANG),
        fact("Dongxing", "total", "value", 9.84e9, "CNY", JAN_SEP, "9.84 billion", DONGXING,
             segment="border-resident trade"),
        fact("Dongxing", "total", "growth", 7.3, "percent", JAN_SEP, "7.3", DONGXING,
             segment="border-resident trade"),
    ],
}

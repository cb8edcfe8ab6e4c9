from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
GX = "Guangxi"

LEAD = (
    "Trade between south China's Guangxi Zhuang Autonomous Region and the Association of Southeast Asian Nations "
    "(ASEAN) expanded 13.7 percent year on year in the first three quarters of 2025"
)
TOTAL = (
    "Guangxi's total imports and exports in the January-September period came to 582.36 billion yuan "
    "(about 81.8 billion U.S. dollars), up 10.4 percent from a year earlier"
)
EXPORTS = "Exports climbed 12.9 percent to 318.47 billion yuan"
IMPORTS = "imports rose 7.5 percent to 263.89 billion yuan"
ASEAN_RANK = "ASEAN has long been the region's largest trading partner"
ASEAN_TRADE = (
    "Trade with the bloc amounted to 286.53 billion yuan in the nine months, "
    "accounting for 49.2 percent of Guangxi's foreign trade"
)
VIETNAM = "Bilateral trade reached 228.14 billion yuan, an increase of 15.8 percent"
VN_EXPORTS = "Guangxi shipped 127.55 billion yuan worth of goods to the neighboring country, up 18.6 percent"
VN_IMPORTS = "It bought 100.59 billion yuan worth in return, 12.4 percent more than a year earlier"
FRUIT = "Fruit imports from ASEAN countries through Guangxi totaled 1.52 million tonnes, valued at 21.6 billion yuan"
DURIANS = "Durians alone made up 10.85 billion yuan of that, a 32.4-percent jump"
ELECTRONICS = "electronic components sent to ASEAN reached 41.37 billion yuan, up 24.7 percent"
NEV_UNITS = "New energy vehicles were another bright spot: 38,600 units were exported to ASEAN markets"
NEV_VALUE = "their value jumped 118.5 percent to 4.63 billion yuan"
PINGXIANG = "In Pingxiang, the border city that hosts the Youyiguan (Friendship Pass) port, foreign trade rose 20.6 percent to 118.9 billion yuan"
DONGXING = "the coastal city of Dongxing posted 9.84 billion yuan of border-resident trade, up 7.3 percent"

ARTICLE = {
    "id": "dX1_04_xinhua_guangxi_asean_q1_q3",
    "title": "Guangxi's trade with ASEAN grows 13.7 pct in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Dateline 'NANNING, Oct. 24 (Xinhua)'; Oct. 24, 2025 is a Friday. The running period is January-September 2025 "
        "('first three quarters', 'January-September period', 'the nine months'); every fact takes 2025-01..2025-09.",
        "Area: 'south China's Guangxi Zhuang Autonomous Region' -> 'Guangxi' (descriptor and administrative title "
        "dropped); 'the region' refers to Guangxi.",
        "The lead's 13.7 percent is the only statement of ASEAN trade growth; the value and share come from the third "
        "paragraph ('the bloc' = ASEAN).",
        "'about 81.8 billion U.S. dollars' is the same total in another currency: a separate USD fact, qualifier approx.",
        "'6.4 percentage points faster than the national pace' is a derived comparison: out.",
        "'ASEAN has long been the region's largest trading partner' is a stated rank (1) of ASEAN among Guangxi's "
        "partners; 'long been' is not a streak number. Period: the article's running period.",
        "Carried-over subjects: 'Bilateral trade' in the Vietnam paragraph is Guangxi-Vietnam trade; in the next "
        "paragraph 'the neighboring country' is Vietnam and 'It bought ... in return' is Guangxi importing from Vietnam. "
        "'12.4 percent more than a year earlier' is yoy growth of those imports.",
        "Fruit: quantity (1.52 million tonnes) and value (21.6 billion yuan) of Guangxi's fruit imports from ASEAN, "
        "area Guangxi ('through Guangxi'), partner ASEAN, product 'fruit'. No growth is given for fruit.",
        "'Durians alone made up 10.85 billion yuan of that' is a value (a part of the fruit imports), not a share; the "
        "'32.4-percent jump' is its yoy growth. Product 'durians', partner ASEAN carried from the fruit sentence.",
        "New energy vehicles: 38,600 units is a quantity in vehicles (unit 'number'); 'their value jumped 118.5 percent "
        "to 4.63 billion yuan' is value growth and value of the same exports to ASEAN. Only value growth is stated, so "
        "there is no volume-beside-value issue.",
        "Port cities: Pingxiang's and Dongxing's own figures are labelled with area 'Pingxiang' and 'Dongxing' (the "
        "economies measured, descriptors dropped). Dongxing's figure is restricted to a trade mode: segment "
        "'border-resident trade', in the text's words. The brief spelled the port 'Pinxiang'; the text uses the real "
        "spelling 'Pingxiang'.",
        "Out of scope, unlabelled: 'more than 1,800 cargo trucks' (vehicle crossings, not a trade flow), the 22nd "
        "China-ASEAN Expo (ordinal and 'about 3,200 exhibiting companies'), '1,050 trips' of the freight train "
        "service, 'Free Trade Area 3.0', and the customs official's expectation that full-year ASEAN trade will "
        "'exceed 380 billion yuan' (a forecast).",
        "'electronic components and textile fabrics in the lead' names leading products without numbers: nothing to "
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

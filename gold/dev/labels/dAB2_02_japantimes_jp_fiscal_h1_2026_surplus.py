from _fact import fact, period

H1 = period(2026, 4, 9)
H1_25 = period(2025, 4, 9)
SEP = period(2026, 9)
SEP25 = period(2025, 9)
JP = "Japan"
US = "United States"
SME = "semiconductor manufacturing equipment"

LEAD = "Japan ran a ¥486.2 billion ($3.2 billion) trade surplus in the April-September first half of fiscal 2026"
PRIOR = "A year earlier, the country had been in deficit by ¥1.22 trillion"
EXP = "Exports reached ¥56.93 trillion, up 6.1 percent on the year"
IMP = "imports grew 2.9 percent to ¥56.45 trillion"
CHIPEQ = "Exports of semiconductor manufacturing equipment surged 24.7 percent to ¥2.86 trillion, and about 38 percent of them went to China"
CHIPS = "pushed up exports of semiconductors and other electronic components by 14.8 percent"
AUTOS = "shipments of automobiles increased 4.2 percent"
USX = "Shipments to the United States, the biggest destination for Japanese exports, rose 3.4 percent to ¥10.04 trillion"
USCARS = "The value of cars exported to the U.S. grew 8.6 percent to ¥2.59 trillion"
USBAL = "The surplus Japan runs with the United States widened 1.8 percent to ¥4.12 trillion"
CHINA = "China, the largest trading partner for Japan, saw exports rise 11.2 percent to ¥9.71 trillion"
EU = "Exports to the European Union, led by hybrid vehicles and construction machinery, advanced 5.3 percent to ¥4.96 trillion"
ENERGY = "Imports of crude oil declined 9.6 percent and those of LNG were down 12.3 percent"
SEPBAL = "For September by itself, the country recorded a ¥248.5 billion surplus, reversing a ¥234.6 billion deficit in September last year"
SEPEXP = "Exports for the month rose 8.4 percent to ¥9.86 trillion"

ARTICLE = {
    "id": "dAB2_02_japantimes_jp_fiscal_h1_2026_surplus",
    "title": "Chip equipment shipments lift Japan to its first April-September trade surplus in five years",
    "publisher": "The Japan Times",
    "published": "2026-10-21",
    "notes": [
        "Area Japan throughout (Finance Ministry preliminary data). The running period is the first half of fiscal "
        "2026, April-September 2026 (2026-04..2026-09), until 'For September by itself'.",
        "'A year earlier, the country had been in deficit by ¥1.22 trillion': the balance of April-September 2025, labelled "
        "with period 2025-04..2025-09.",
        "'($3.2 billion)': the same surplus in dollars, a separate USD fact with qualifier approx.",
        "'about 38 percent of them went to China': share of semiconductor manufacturing equipment exports "
        "going to China -> partner China, product semiconductor manufacturing equipment, share 38, approx.",
        "'shipments of automobiles increased 4.2 percent': product automobiles (world). 'cars exported to the U.S.': product cars, "
        "partner United States.",
        "'the biggest destination for Japanese exports': rank 1 of exports, partner United States. 'the largest trading "
        "partner for Japan': rank 1 of total trade, partner China.",
        "'those of LNG' (LNG imports): product 'liquefied natural gas' (the article names liquefied natural gas in an earlier "
        "paragraph; LNG is its abbreviation).",
        "'reversing a ¥234.6 billion deficit in September last year': September 2025 balance, period "
        "2025-09.",
        "September exports 'rose 8.4 percent': year-on-year (stated as 'extending year-on-year growth' in the same sentence).",
        "Out of scope, unlabelled: 'its first for that six-month period in five years', 'a record for the April-September period', 'seven "
        "months in a row' (milestones, streaks); 'the sharpest increase among major markets' (a rank of growth rates, "
        "not of a trade flow); the 15 percent tariff; the yen's average rate ¥152.30 and 'a 4.2 percent depreciation' "
        "(exchange rate); the number of vehicles (no figure); the economist's 3 percent export forecast and 0.8 percent "
        "GDP estimate (forecast, GDP).",
    ],
    "facts": [
        fact(JP, "balance", "value", 486.2e9, "JPY", H1, "486.2 billion", LEAD),
        fact(JP, "balance", "value", 3.2e9, "USD", H1, "3.2 billion", LEAD, qualifier="approx"),
        fact(JP, "balance", "value", -1.22e12, "JPY", H1_25, "1.22 trillion", PRIOR),
        fact(JP, "exports", "growth", 6.1, "percent", H1, "6.1", EXP),
        fact(JP, "exports", "value", 56.93e12, "JPY", H1, "56.93 trillion", EXP),
        fact(JP, "imports", "growth", 2.9, "percent", H1, "2.9", IMP),
        fact(JP, "imports", "value", 56.45e12, "JPY", H1, "56.45 trillion", IMP),
        fact(JP, "exports", "growth", 24.7, "percent", H1, "24.7", CHIPEQ, product=SME),
        fact(JP, "exports", "value", 2.86e12, "JPY", H1, "2.86 trillion", CHIPEQ, product=SME),
        fact(JP, "exports", "share", 38, "percent", H1, "38", CHIPEQ, partner="China", product=SME, qualifier="approx"),
        fact(JP, "exports", "growth", 14.8, "percent", H1, "14.8", CHIPS,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", 4.2, "percent", H1, "4.2", AUTOS, product="automobiles"),
        fact(JP, "exports", "rank", 1, "number", H1, "biggest", USX, partner=US),
        fact(JP, "exports", "growth", 3.4, "percent", H1, "3.4", USX, partner=US),
        fact(JP, "exports", "value", 10.04e12, "JPY", H1, "10.04 trillion", USX, partner=US),
        fact(JP, "exports", "growth", 8.6, "percent", H1, "8.6", USCARS, partner=US, product="cars"),
        fact(JP, "exports", "value", 2.59e12, "JPY", H1, "2.59 trillion", USCARS, partner=US, product="cars"),
        fact(JP, "balance", "growth", 1.8, "percent", H1, "1.8", USBAL, partner=US),
        fact(JP, "balance", "value", 4.12e12, "JPY", H1, "4.12 trillion", USBAL, partner=US),
        fact(JP, "total", "rank", 1, "number", H1, "largest", CHINA, partner="China"),
        fact(JP, "exports", "growth", 11.2, "percent", H1, "11.2", CHINA, partner="China"),
        fact(JP, "exports", "value", 9.71e12, "JPY", H1, "9.71 trillion", CHINA, partner="China"),
        fact(JP, "exports", "growth", 5.3, "percent", H1, "5.3", EU, partner="European Union"),
        fact(JP, "exports", "value", 4.96e12, "JPY", H1, "4.96 trillion", EU, partner="European Union"),
        fact(JP, "imports", "growth", -9.6, "percent", H1, "9.6", ENERGY, product="crude oil"),
        fact(JP, "imports", "growth", -12.3, "percent", H1, "12.3", ENERGY, product="liquefied natural gas"),
        fact(JP, "balance", "value", 248.5e9, "JPY", SEP, "248.5 billion", SEPBAL),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEP25, "234.6 billion", SEPBAL),
        fact(JP, "exports", "growth", 8.4, "percent", SEP, "8.4", SEPEXP),
        fact(JP, "exports", "value", 9.86e12, "JPY", SEP, "9.86 trillion", SEPEXP),
    ],
}

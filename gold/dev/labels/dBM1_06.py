from _fact import fact, period

ZZ = "Zhengzhou"
HN = "Henan"
Y = period(2025, 1, 12)
DEC = period(2025, 12)

TOTAL = ("the total import and export value of the city's foreign trade was 6,185.3 100 million yuan, an "
         "increase of 24.6% over the previous year (the same below), accounting for 66.1% of the province's total "
         "import and export value")
EXP = "exports were 3,902.6 100 million yuan, an increase of 27.3%"
IMP = "imports were 2,282.7 100 million yuan, an increase of 20.2%"
HENAN = "the province's total import and export value was 9,356.7 100 million yuan, an increase of 14.1%"
DECEMBER = ("In December alone, the city's import and export value was 642.8 100 million yuan, an increase of "
            "19.4% year-on-year and 8.7% month-on-month.")
GT = ("The import and export of general trade was 2,031.6 100 million yuan, an increase of 31.5%, accounting for "
      "32.8% of the city's total")
PRIV = ("Private enterprises realized import and export of 1,486.2 100 million yuan, an increase of 35.7%, "
        "accounting for 24.0% of the city's total")
PHONES = ("The city's mobile phone exports were valued at 2,463.7 100 million yuan, an increase of 22.4%, "
          "accounting for 63.1% of the city's total export value.")
EU = "The EU remained the city's largest trading partner, with imports and exports of 1,128.6 100 million yuan."
RESP = "Trade with the EU, ASEAN and the United States increased by 19.3%, 29.5% and 6.2% respectively."
BRI = ("Import and export with countries jointly building the Belt and Road was 2,614.8 100 million yuan, an "
       "increase of 33.1%, accounting for 42.3% of the city's total.")

ARTICLE = {
    "id": "dBM1_06",
    "title": "Zhengzhou's Foreign Trade Import and Export Value Exceeded 600 Billion Yuan in 2025",
    "publisher": "Zhengzhou Municipal People's Government",
    "published": "2026-01-20",
    "notes": [
        "Real figures: Henan's 2025 total 9,356.7 100 million yuan (935.67 bln), +14.1% (seen in the learning "
        "and copy-check searches). Invented (kept consistent): Zhengzhou 2025 total 6,185.3 (+24.6%) = exports "
        "3,902.6 (+27.3%) + imports 2,282.7 (+20.2%); share of province 66.1% (6,185.3/9,356.7); growth gap "
        "10.5 points (24.6-14.1); December 642.8 (+19.4% y/y, +8.7% m/m); general trade 2,031.6 (+31.5%, 32.8%, "
        "+1.7 points); processing trade 59.4% (-1.6 points); 4,126 trading enterprises (+318); private "
        "enterprises 1,486.2 (+35.7%, 24.0%); foreign-invested 71.1%; mobile phones 2,463.7 (+22.4%, 63.1% of "
        "exports); electric vehicles +68.9%; agricultural products +15.6%; EU 1,128.6 (largest partner); EU/ASEAN/"
        "US +19.3/29.5/6.2%; Belt and Road 2,614.8 (+33.1%, 42.3%); 221 partner countries and regions; 3,518 "
        "China-Europe trains; airport cargo 853,000 tonnes (+4.3%).",
        "Judgement calls: '(the same below)' makes every later growth rate year-on-year against 2025's previous "
        "year; 'the province' is Henan (named in the opening paragraph). Trade modes (general trade, processing "
        "trade) and firm types (private enterprises, foreign-invested enterprises) are segments; 'enterprises ... "
        "with actual import and export performance' is a count with segment 'foreign trade enterprises'; '221 "
        "countries and regions' is a count with segment 'trading partners', period 2025. Countries 'jointly "
        "building the Belt and Road' are partner 'Belt and Road partner countries'. The 66.1% is Zhengzhou's "
        "share of the province's total (area Zhengzhou, partner null). 'The EU remained the city's largest "
        "trading partner' is rank 1. In the December sentence, 19.4% is yoy and 8.7% is mom. The headline's "
        "'Exceeded 600 Billion Yuan' is a threshold for the same observation as 6,185.3 100 million yuan, so "
        "only the exact figure is labelled. Electric vehicle and agricultural product growth are export value "
        "growth (no volumes given).",
        "Not facts: 600 billion threshold (headline); 10.5, 1.7 and 1.6 percentage points (derived "
        "comparisons); '318 more' enterprises (derived); 3,518 China-Europe Railway Express trips and the "
        "airport's 853,000 tonnes of cargo and mail, +4.3% (not trade flows); 'more than 100 overseas "
        "exhibitions' and growth 'above 10%' in 2026 (plans/targets); 'continuing to play a leading role' (no "
        "number).",
        "Copy check: 7 sentences searched, 0 reworded (matches were only the genre's stock phrases such as "
        "'an increase of ..., accounting for ... of the city's total'; no real sentence shared clause order "
        "and a run of words).",
        "Second check: 18 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(ZZ, "total", "value", 6185.3e8, "CNY", Y, "6,185.3 100 million", TOTAL),
        fact(ZZ, "total", "growth", 24.6, "percent", Y, "24.6", TOTAL),
        fact(ZZ, "total", "share", 66.1, "percent", Y, "66.1", TOTAL),
        fact(ZZ, "exports", "value", 3902.6e8, "CNY", Y, "3,902.6 100 million", EXP),
        fact(ZZ, "exports", "growth", 27.3, "percent", Y, "27.3", EXP),
        fact(ZZ, "imports", "value", 2282.7e8, "CNY", Y, "2,282.7 100 million", IMP),
        fact(ZZ, "imports", "growth", 20.2, "percent", Y, "20.2", IMP),
        fact(HN, "total", "value", 9356.7e8, "CNY", Y, "9,356.7 100 million", HENAN),
        fact(HN, "total", "growth", 14.1, "percent", Y, "14.1", HENAN),
        fact(ZZ, "total", "value", 642.8e8, "CNY", DEC, "642.8 100 million", DECEMBER),
        fact(ZZ, "total", "growth", 19.4, "percent", DEC, "19.4", DECEMBER),
        fact(ZZ, "total", "growth", 8.7, "percent", DEC, "8.7", DECEMBER, basis="mom"),
        fact(ZZ, "total", "value", 2031.6e8, "CNY", Y, "2,031.6 100 million", GT, segment="general trade"),
        fact(ZZ, "total", "growth", 31.5, "percent", Y, "31.5", GT, segment="general trade"),
        fact(ZZ, "total", "share", 32.8, "percent", Y, "32.8", GT, segment="general trade"),
        fact(ZZ, "total", "share", 59.4, "percent", Y, "59.4",
             "Processing trade, in which the electronic information industry is concentrated, accounted for "
             "59.4% of the city's total", segment="processing trade"),
        fact(ZZ, "total", "count", 4126, "number", Y, "4,126",
             "the number of enterprises in the city with actual import and export performance reached 4,126",
             segment="foreign trade enterprises"),
        fact(ZZ, "total", "value", 1486.2e8, "CNY", Y, "1,486.2 100 million", PRIV, segment="private enterprises"),
        fact(ZZ, "total", "growth", 35.7, "percent", Y, "35.7", PRIV, segment="private enterprises"),
        fact(ZZ, "total", "share", 24.0, "percent", Y, "24.0", PRIV, segment="private enterprises"),
        fact(ZZ, "total", "share", 71.1, "percent", Y, "71.1", "foreign-invested enterprises accounted for 71.1%",
             segment="foreign-invested enterprises"),
        fact(ZZ, "exports", "value", 2463.7e8, "CNY", Y, "2,463.7 100 million", PHONES, product="mobile phones"),
        fact(ZZ, "exports", "growth", 22.4, "percent", Y, "22.4", PHONES, product="mobile phones"),
        fact(ZZ, "exports", "share", 63.1, "percent", Y, "63.1", PHONES, product="mobile phones"),
        fact(ZZ, "exports", "growth", 68.9, "percent", Y, "68.9", "Exports of electric vehicles increased by 68.9%",
             product="electric vehicles"),
        fact(ZZ, "exports", "growth", 15.6, "percent", Y, "15.6",
             "Exports of agricultural products increased by 15.6%", product="agricultural products"),
        fact(ZZ, "total", "rank", 1, "number", Y, "largest", EU, partner="European Union"),
        fact(ZZ, "total", "value", 1128.6e8, "CNY", Y, "1,128.6 100 million", EU, partner="European Union"),
        fact(ZZ, "total", "growth", 19.3, "percent", Y, "19.3", RESP, partner="European Union"),
        fact(ZZ, "total", "growth", 29.5, "percent", Y, "29.5", RESP, partner="ASEAN"),
        fact(ZZ, "total", "growth", 6.2, "percent", Y, "6.2", RESP, partner="United States"),
        fact(ZZ, "total", "value", 2614.8e8, "CNY", Y, "2,614.8 100 million", BRI,
             partner="Belt and Road partner countries"),
        fact(ZZ, "total", "growth", 33.1, "percent", Y, "33.1", BRI, partner="Belt and Road partner countries"),
        fact(ZZ, "total", "share", 42.3, "percent", Y, "42.3", BRI, partner="Belt and Road partner countries"),
        fact(ZZ, "total", "count", 221, "number", Y, "221",
             "the city had established trade relations with 221 countries and regions", segment="trading partners"),
    ],
}

from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCTOBER = period(2025, 10)
CN = "China"

HEADLINE = (
    "the total import and export value of China's trade in goods was 37.31 trillion yuan (RMB, the same below), "
    "about 5.24 trillion US dollars, an increase of 3.6% over the same period last year"
)
EXPORTS = "exports were 22.12 trillion yuan, up 6.2%"
IMPORTS = "imports were 15.19 trillion yuan, down 0.1%"
SURPLUS = "the trade surplus was 6.93 trillion yuan, expanding 23.8%"
OCT_TOTAL = "In October, the country's imports and exports came to 3.7 trillion yuan"
OCT_EXPORTS = "Exports in the month were 2.17 trillion yuan, 9.6% less than in September"
ASEAN_RANK = "ASEAN remained China's largest trading partner"
ASEAN = (
    "total trade with ASEAN was 6.2 trillion yuan, up 9.1%, accounting for 16.6% of China's total foreign trade value"
)
EU_US = (
    "The European Union and the United States were China's second and third largest trading partners, with trade "
    "growing 4.9% and declining 15.9% respectively"
)
BRI = (
    "China's imports and exports with Belt and Road partner countries reached 19.28 trillion yuan, up 5.9%, "
    "accounting for 51.7% of the total"
)
COUNT = "In the first 10 months, 658,000 enterprises had import and export records"
PRIVATE = (
    "Private enterprises imported and exported 21.28 trillion yuan, accounting for 57% of China's total foreign "
    "trade value"
)
MECH = (
    "Exports of mechanical and electrical products were 13.43 trillion yuan, accounting for 60.7% of total export value"
)
CRUDE_QTY = "China imported 470 million tonnes of crude oil"
CRUDE_VALUE = "the import value of crude oil dropped 12.1%"
EU = "European Union"
US = "United States"
BR = "Belt and Road partner countries"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dW1_01_customs_china_jan_oct_2025",
    "title": "China's foreign trade up 3.6% in first 10 months of 2025",
    "publisher": "General Administration of Customs",
    "published": "2025-11-07",
    "notes": [
        "Publisher: the release is signed by the Department of Statistics and Analysis of the General Administration "
        "of Customs, named in the closing line; the outlet is taken as the General Administration of Customs.",
        "'this year' and 'In October' take the year 2025 from the published date; 'the first 10 months' is 2025-01..2025-10.",
        "'(RMB, the same below)' makes every later bare 'yuan' CNY; the dollar figure 'about 5.24 trillion US dollars' "
        "is a separate USD fact of the same observation, qualifier approx.",
        "Growth rates given without a base in the first paragraph ('up 6.2%', 'down 0.1%', 'expanding 23.8%') are yoy: the "
        "sentence opens with 'over the same period last year'. The surplus growth follows its verb: expanding -> +23.8.",
        "'9.6% less than in September' is a comparison with the month before: basis mom, period October 2025, value -9.6. "
        "The October total 'basically level with the same month last year' gives no number: no growth fact.",
        "'second and third largest trading partners ... growing 4.9% and declining 15.9% respectively' gives rank 2 and 3 "
        "and the two growth rates, split by 'respectively'; ranks are of total trade (trading partner).",
        "'658,000 enterprises had import and export records' is a count with segment 'foreign trade enterprises' (any "
        "wording for businesses with import and export records), flow total; '31,000 more' is a derived comparison: out.",
        "Percentage-point changes ('0.4 percentage point lower', '1.2 percentage points higher', 'rose 1.9 percentage "
        "points') are derived comparisons: out. 'nine consecutive months' is a streak: out.",
        "Crude oil: the quantity (470 million tonnes) and the value growth (-12.1%) are labelled; '2.6% more by volume' is "
        "volume growth stated beside value growth: out. The average import price '3,680 yuan per tonne' is a price, not a "
        "trade flow: out.",
        "'Trade with Latin America and Africa ... rose faster than the national average', labour-intensive exports 'lower "
        "than a year earlier', foreign-invested trade 'turning positive', rare-earth import volume 'higher': no numbers, "
        "nothing labelled.",
        "Mechanical and electrical exports: value and share (of total export value) are labelled; no growth is stated.",
    ],
    "facts": [
        fact(CN, "total", "value", 37.31e12, "CNY", JAN_OCT, "37.31 trillion", HEADLINE),
        fact(CN, "total", "value", 5.24e12, "USD", JAN_OCT, "5.24 trillion", HEADLINE, qualifier="approx"),
        fact(CN, "total", "growth", 3.6, "percent", JAN_OCT, "3.6", HEADLINE),
        fact(CN, "exports", "value", 22.12e12, "CNY", JAN_OCT, "22.12 trillion", EXPORTS),
        fact(CN, "exports", "growth", 6.2, "percent", JAN_OCT, "6.2", EXPORTS),
        fact(CN, "imports", "value", 15.19e12, "CNY", JAN_OCT, "15.19 trillion", IMPORTS),
        fact(CN, "imports", "growth", -0.1, "percent", JAN_OCT, "0.1", IMPORTS),
        fact(CN, "balance", "value", 6.93e12, "CNY", JAN_OCT, "6.93 trillion", SURPLUS),
        fact(CN, "balance", "growth", 23.8, "percent", JAN_OCT, "23.8", SURPLUS),
        fact(CN, "total", "value", 3.7e12, "CNY", OCTOBER, "3.7 trillion", OCT_TOTAL),
        fact(CN, "exports", "value", 2.17e12, "CNY", OCTOBER, "2.17 trillion", OCT_EXPORTS),
        fact(CN, "exports", "growth", -9.6, "percent", OCTOBER, "9.6", OCT_EXPORTS, basis="mom"),
        fact(CN, "total", "rank", 1, "number", JAN_OCT, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(CN, "total", "value", 6.2e12, "CNY", JAN_OCT, "6.2 trillion", ASEAN, partner="ASEAN"),
        fact(CN, "total", "growth", 9.1, "percent", JAN_OCT, "9.1", ASEAN, partner="ASEAN"),
        fact(CN, "total", "share", 16.6, "percent", JAN_OCT, "16.6", ASEAN, partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", JAN_OCT, "second", EU_US, partner=EU),
        fact(CN, "total", "rank", 3, "number", JAN_OCT, "third", EU_US, partner=US),
        fact(CN, "total", "growth", 4.9, "percent", JAN_OCT, "4.9", EU_US, partner=EU),
        fact(CN, "total", "growth", -15.9, "percent", JAN_OCT, "15.9", EU_US, partner=US),
        fact(CN, "total", "value", 19.28e12, "CNY", JAN_OCT, "19.28 trillion", BRI, partner=BR),
        fact(CN, "total", "growth", 5.9, "percent", JAN_OCT, "5.9", BRI, partner=BR),
        fact(CN, "total", "share", 51.7, "percent", JAN_OCT, "51.7", BRI, partner=BR),
        fact(CN, "total", "count", 658000, "number", JAN_OCT, "658,000", COUNT, segment="foreign trade enterprises"),
        fact(CN, "total", "value", 21.28e12, "CNY", JAN_OCT, "21.28 trillion", PRIVATE, segment="private enterprises"),
        fact(CN, "total", "share", 57, "percent", JAN_OCT, "57", PRIVATE, segment="private enterprises"),
        fact(CN, "exports", "value", 13.43e12, "CNY", JAN_OCT, "13.43 trillion", MECH, product=ME),
        fact(CN, "exports", "share", 60.7, "percent", JAN_OCT, "60.7", MECH, product=ME),
        fact(CN, "imports", "quantity", 470e6, "tonnes", JAN_OCT, "470 million", CRUDE_QTY, product="crude oil"),
        fact(CN, "imports", "growth", -12.1, "percent", JAN_OCT, "12.1", CRUDE_VALUE, product="crude oil"),
    ],
}

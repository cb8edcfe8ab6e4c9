from _fact import fact, period

JAN_OCT = period(2025, 1, 10)
OCTOBER = period(2025, 10)
CN = "China"

HEADLINE = (
    "China's goods trade over the first 10 months of this year was worth 37.31 trillion yuan (RMB, the same below) "
    "in imports and exports combined, or about 5.24 trillion US dollars, a rise of 3.6% compared with the same period "
    "last year"
)
EXPORTS = "Exports made up 22.12 trillion yuan of that, a gain of 6.2%"
IMPORTS = "imports totalled 15.19 trillion yuan, 0.1% lower"
SURPLUS = "the trade surplus, at 6.93 trillion yuan, widened by 23.8%"
OCT_TOTAL = "Combined imports and exports for October alone stood at 3.7 trillion yuan"
OCT_EXPORTS = "October exports totalled 2.17 trillion yuan, down 9.6% from September"
ASEAN_RANK = "ASEAN held its place as China's largest trading partner"
ASEAN = (
    "two-way trade with the bloc grew 9.1% to 6.2 trillion yuan and made up 16.6% of the value of China's foreign trade"
)
EU_US = (
    "Ranking second and third among China's trading partners were the European Union and the United States, whose "
    "trade with China grew 4.9% and fell 15.9% respectively"
)
BRI = (
    "China's trade with Belt and Road partner countries rose 5.9% to 19.28 trillion yuan, or 51.7% of the overall "
    "figure"
)
COUNT = "A total of 658,000 enterprises recorded import and export activity in January-October"
PRIVATE = (
    "Trade by private enterprises amounted to 21.28 trillion yuan, equal to 57% of the national total"
)
MECH = (
    "Shipments of mechanical and electrical products came to 13.43 trillion yuan, or 60.7% of the export total"
)
CRUDE_QTY = "China bought 470 million tonnes of crude oil from abroad"
CRUDE_VALUE = "the value of crude oil imports fell 12.1%"
EU = "European Union"
US = "United States"
BR = "Belt and Road partner countries"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dW1_01_customs_china_jan_oct_2025",
    "title": "China's goods trade grows 3.6% in January-October 2025",
    "publisher": "General Administration of Customs",
    "published": "2025-11-07",
    "notes": [
        "Publisher: the release is signed by the Department of Statistics and Analysis of the General Administration "
        "of Customs, named in the closing line; the outlet is taken as the General Administration of Customs.",
        "'this year' and 'October' take the year 2025 from the published date; 'the first 10 months' is 2025-01..2025-10.",
        "'(RMB, the same below)' makes every later bare 'yuan' CNY; the dollar figure 'about 5.24 trillion US dollars' "
        "is a separate USD fact of the same observation, qualifier approx.",
        "Growth rates given without a base in the first paragraph ('a gain of 6.2%', '0.1% lower', 'widened by 23.8%') are "
        "yoy: the sentence before ends with 'compared with the same period last year'. The surplus growth follows its "
        "verb: widened -> +23.8.",
        "'down 9.6% from September' is a comparison with the month before: basis mom, period October 2025, value -9.6. "
        "The October total 'roughly unchanged from the same month a year ago' gives no number: no growth fact.",
        "'second and third among China's trading partners ... grew 4.9% and fell 15.9% respectively' gives rank 2 and 3 "
        "and the two growth rates, split by 'respectively'; ranks are of total trade (trading partner).",
        "'658,000 enterprises recorded import and export activity' is a count with segment 'foreign trade enterprises' "
        "(any wording for businesses with import and export records), flow total; 'an increase of 31,000' is a derived "
        "comparison: out.",
        "Percentage-point changes ('0.4 percentage point below', '1.2 percentage points above', 'went up 1.9 percentage "
        "points') are derived comparisons: out. 'nine months in a row' is a streak: out.",
        "Crude oil: the quantity (470 million tonnes) and the value growth (-12.1%) are labelled; '2.6% more by volume' is "
        "volume growth stated beside value growth: out. The average import price '3,680 yuan per tonne' is a price, not a "
        "trade flow: out.",
        "Latin America and Africa's trade 'expand more quickly than the overall average', labour-intensive exports 'fell "
        "short of their year-earlier level', foreign-invested trade 'returned to growth', rare-earth imports 'in larger "
        "volumes': no numbers, nothing labelled.",
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

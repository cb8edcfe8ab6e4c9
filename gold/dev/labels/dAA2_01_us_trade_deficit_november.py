from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
US = "United States"
GS = "goods and services"

HEAD = "The trade gap surged 94.6% to $56.8 billion"
OCT_REV = "Data for October was revised to show the deficit at $29.2 billion instead of the $29.4 billion previously reported"
IMP = "Imports increased 5.0% from October to $348.9 billion"
GIMP = "Goods imports jumped 6.6% to $272.5 billion"
CAP = "Imports of capital goods climbed to a record $101.8 billion"
IND = "Imports of industrial supplies and materials, in contrast, fell to $44.7 billion"
EXP = "Exports dropped 3.6% on the month to $292.1 billion"
GEXP = "Goods exports tumbled 5.6% to $185.6 billion"
SEXP = "Exports of services edged up to $106.4 billion"
GDEF = "The goods trade deficit widened by $27.9 billion to $86.9 billion"
SSUR = "the surplus in services trade rose slightly to $30.1 billion"
YOY = "Compared with November 2024, when companies were already front-loading purchases ahead of Trump's return to the White House, the monthly deficit narrowed 28.7%"
CHN = "the goods trade deficit with China rose to $14.7 billion from $13.7 billion in October"
EU = "The gap with the European Union more than doubled to $14.5 billion from $6.3 billion"
MEX = "The deficit with Mexico narrowed slightly to $17.8 billion"
VT = "the shortfalls with Vietnam and Taiwan stood at $16.2 billion and $15.6 billion, respectively"
YTD = "In the first 11 months of 2025, the trade deficit totaled $831.2 billion, up 4.0% from the same period a year earlier"
YTD2 = "Exports rose 6.3% over that period and imports increased 5.8%"

ARTICLE = {
    "id": "dAA2_01_us_trade_deficit_november",
    "title": "US trade deficit nearly doubles in November as gold exports fade, drug imports rebound",
    "publisher": "Reuters",
    "published": "2026-01-29",
    "notes": [
        "Headline deficit, exports and imports are the goods-and-services totals of the BEA release: product 'goods and services'; "
        "the 'goods' figures (goods imports/exports, goods trade deficit, country deficits) have product null.",
        "Country deficits are Census goods-basis balances ('goods trade deficit with China', and the following country gaps in the same paragraph): product null, balance negative.",
        "'The trade gap surged 94.6%': basis mom; the same paragraph states the prior-month (October) deficit it is compared with, and the US release is month-on-month.",
        "'Imports increased 5.0% from October' and 'Exports dropped 3.6% on the month' set mom frames that carry to 'Goods imports jumped 6.6%' and 'Goods exports tumbled 5.6%' in the same paragraphs.",
        "October deficit: the revised $29.2 billion and the originally reported $29.4 billion are two statements of the same observation that disagree beyond rounding; both labelled as written.",
        "'Compared with November 2024 ... the monthly deficit narrowed 28.7%': growth of the November deficit, yoy, negative (narrowed).",
        "'The gap with the European Union more than doubled' carries no number: nothing labelled for the doubling itself.",
        "Year-to-date: 'In the first 11 months of 2025' = 2025-01..2025-11; 'over that period' carries it to the exports and imports growth; comparison with a year earlier = yoy.",
        "Out of scope, unlabelled: dollar changes ('computers up $6.6 billion', 'rose $9.2 billion', '$6.7 billion increase in pharmaceutical preparations', 'widened by $27.9 billion'), which the record cannot express as value, growth or share.",
        "Out of scope, unlabelled: the inflation-adjusted goods deficit of $87.1 billion (a real/volume measure, not a nominal value); the Reuters poll forecast of $40.5 billion; the 100% tariff; the 43-day shutdown; GDPNow 4.2% estimate; years 2009, 2021, 2024.",
        "Milestones unlabelled: 'a record', 'the lowest since January 2021', 'the smallest shortfall since 2009', 'the largest in four months'.",
    ],
    "facts": [
        fact(US, "balance", "value", -56.8e9, "USD", NOV, "56.8 billion", HEAD, product=GS),
        fact(US, "balance", "growth", 94.6, "percent", NOV, "94.6", HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -29.2e9, "USD", OCT, "29.2 billion", OCT_REV, product=GS),
        fact(US, "balance", "value", -29.4e9, "USD", OCT, "29.4 billion", OCT_REV, product=GS),
        fact(US, "imports", "growth", 5.0, "percent", NOV, "5.0", IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 348.9e9, "USD", NOV, "348.9 billion", IMP, product=GS),
        fact(US, "imports", "growth", 6.6, "percent", NOV, "6.6", GIMP, basis="mom"),
        fact(US, "imports", "value", 272.5e9, "USD", NOV, "272.5 billion", GIMP),
        fact(US, "imports", "value", 101.8e9, "USD", NOV, "101.8 billion", CAP, product="capital goods"),
        fact(US, "imports", "value", 44.7e9, "USD", NOV, "44.7 billion", IND, product="industrial supplies and materials"),
        fact(US, "exports", "growth", -3.6, "percent", NOV, "3.6", EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 292.1e9, "USD", NOV, "292.1 billion", EXP, product=GS),
        fact(US, "exports", "growth", -5.6, "percent", NOV, "5.6", GEXP, basis="mom"),
        fact(US, "exports", "value", 185.6e9, "USD", NOV, "185.6 billion", GEXP),
        fact(US, "exports", "value", 106.4e9, "USD", NOV, "106.4 billion", SEXP, product="services"),
        fact(US, "balance", "value", -86.9e9, "USD", NOV, "86.9 billion", GDEF),
        fact(US, "balance", "value", 30.1e9, "USD", NOV, "30.1 billion", SSUR, product="services"),
        fact(US, "balance", "growth", -28.7, "percent", NOV, "28.7", YOY, product=GS),
        fact(US, "balance", "value", -14.7e9, "USD", NOV, "14.7 billion", CHN, partner="China"),
        fact(US, "balance", "value", -13.7e9, "USD", OCT, "13.7 billion", CHN, partner="China"),
        fact(US, "balance", "value", -14.5e9, "USD", NOV, "14.5 billion", EU, partner="European Union"),
        fact(US, "balance", "value", -6.3e9, "USD", OCT, "6.3 billion", EU, partner="European Union"),
        fact(US, "balance", "value", -17.8e9, "USD", NOV, "17.8 billion", MEX, partner="Mexico"),
        fact(US, "balance", "value", -16.2e9, "USD", NOV, "16.2 billion", VT, partner="Vietnam"),
        fact(US, "balance", "value", -15.6e9, "USD", NOV, "15.6 billion", VT, partner="Taiwan"),
        fact(US, "balance", "value", -831.2e9, "USD", JAN_NOV, "831.2 billion", YTD, product=GS),
        fact(US, "balance", "growth", 4.0, "percent", JAN_NOV, "4.0", YTD, product=GS),
        fact(US, "exports", "growth", 6.3, "percent", JAN_NOV, "6.3", YTD2, product=GS),
        fact(US, "imports", "growth", 5.8, "percent", JAN_NOV, "5.8", YTD2, product=GS),
    ],
}

from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
US = "United States"
GS = "goods and services"

HEAD = "the deficit jumped 94.6% to $56.8 billion"
OCT_REV = "The October deficit was revised down to $29.2 billion from the $29.4 billion first reported"
IMP = "Imports climbed to $348.9 billion, a rise of 5.0% from October"
GIMP = "Goods imports alone were up 6.6% at $272.5 billion"
CAP = "Capital goods imports hit an all-time high of $101.8 billion"
IND = "Industrial supplies and materials imports went the other way, sliding to $44.7 billion"
EXP = "On the export side, shipments shrank 3.6% month on month to $292.1 billion"
GEXP = "Goods exports slumped to $185.6 billion, down 5.6%"
SEXP = "Services exports inched higher to $106.4 billion"
GDEF = "In goods alone, the deficit grew by $27.9 billion to $86.9 billion"
SSUR = "the services surplus edged up to $30.1 billion"
YOY = "Measured against November 2024, when firms were already stockpiling before Trump returned to the White House, the deficit for the month was 28.7% smaller"
CHN = "the goods deficit with China increased to $14.7 billion from October's $13.7 billion"
EU = "With the European Union the shortfall more than doubled, to $14.5 billion from $6.3 billion"
MEX = "The imbalance with Mexico eased slightly, to a deficit of $17.8 billion"
VT = "deficits of $16.2 billion and $15.6 billion, respectively, were recorded with Vietnam and Taiwan"
YTD = "The deficit for the first 11 months of 2025 reached $831.2 billion, 4.0% more than in the year-earlier period"
YTD2 = "Over the same span exports grew 6.3% and imports 5.8%"

ARTICLE = {
    "id": "dAA2_01_us_trade_deficit_november",
    "title": "US trade gap almost doubles in November as drug imports recover and gold outflows fade",
    "publisher": "Reuters",
    "published": "2026-01-29",
    "notes": [
        "Headline deficit, exports and imports are the goods-and-services totals of the BEA release: product 'goods and services'; "
        "the 'goods' figures (goods imports/exports, goods trade deficit, country deficits) have product null.",
        "Country deficits are Census goods-basis balances ('goods deficit with China', and the following country gaps in the same paragraph): product null, balance negative.",
        "'the deficit jumped 94.6%': basis mom; the same paragraph states the prior-month (October) deficit it is compared with, and the US release is month-on-month.",
        "'a rise of 5.0% from October' and 'shrank 3.6% month on month' set mom frames that carry to 'Goods imports alone were up 6.6%' and 'Goods exports slumped ... down 5.6%' in the same paragraphs.",
        "October deficit: the revised $29.2 billion and the originally reported $29.4 billion are two statements of the same observation that disagree beyond rounding; both labelled as written.",
        "'Measured against November 2024 ... the deficit for the month was 28.7% smaller': growth of the November deficit, yoy, negative (smaller).",
        "'the shortfall more than doubled' (European Union) carries no number: nothing labelled for the doubling itself.",
        "Year-to-date: 'the first 11 months of 2025' = 2025-01..2025-11; 'Over the same span' carries it to the exports and imports growth; comparison with a year earlier = yoy.",
        "Out of scope, unlabelled: dollar changes ('a $6.6 billion increase for computers', 'increased by $9.2 billion', 'pharmaceutical preparations accounting for $6.7 billion of the gain', 'grew by $27.9 billion'), which the record cannot express as value, growth or share.",
        "Out of scope, unlabelled: the inflation-adjusted goods deficit of $87.1 billion (a real/volume measure, not a nominal value); the Reuters poll forecast of $40.5 billion; the 100% tariff; the 43-day shutdown; GDPNow 4.2% estimate; years 2009, 2021, 2024.",
        "Milestones unlabelled: 'an all-time high', 'their lowest level since January 2021', 'the narrowest shortfall since 2009', 'its widest in four months'.",
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

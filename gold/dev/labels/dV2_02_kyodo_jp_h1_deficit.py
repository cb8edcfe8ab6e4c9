from _fact import fact, period

FIRST_HALF = period(2025, 1, 6)
SECOND_HALF_2024 = period(2024, 7, 12)
JUNE = period(2025, 6)
EVIDENCE_LEAD = (
    "in the first half of 2025, and with fuel imports still high the country's goods trade ended the six months in "
    "deficit by 2.22 trillion yen ($15.0 billion)"
)
EVIDENCE_EXPORTS = "exports climbed 3.6 percent year on year to 53.42 trillion yen"
EVIDENCE_IMPORTS = "Imports were up 1.3 percent at 55.64 trillion yen."
EVIDENCE_US = (
    "Shipments to the United States slipped 1.4 percent to 10.26 trillion yen, marking their first fall over a "
    "half-year in four years, with automobile exports to the U.S. down 8.9 percent"
)
EVIDENCE_US_SURPLUS = "With the United States, Japan's surplus narrowed 9.2 percent to 4.19 trillion yen."
EVIDENCE_CHINA = "Exports to China inched up 0.3 percent to 9.11 trillion yen"
EVIDENCE_CHIP_TOOLS = (
    "Sales of semiconductor manufacturing equipment underpinned them, rising 21.5 percent"
)
EVIDENCE_CHINA_IMPORTS = (
    "Japan bought 12.36 trillion yen worth of goods such as smartphones and computers from China, its largest "
    "trading partner, ending up 3.25 trillion yen in deficit"
)
EVIDENCE_ASIA = (
    "Shipments to all of Asia, China included, rose 5.1 percent to 28.06 trillion yen, and exports to the "
    "European Union gained 2.8 percent."
)
EVIDENCE_LNG = "liquefied natural gas purchases down 7.9 percent to 3.17 trillion yen"
EVIDENCE_JUNE = (
    "For June by itself, exports eased 0.5 percent and imports edged up 0.2 percent, giving Japan a "
    "153.1 billion yen surplus, its first in three months."
)
EVIDENCE_JUNE_US = (
    "June shipments to the United States dropped 11.4 percent, a third consecutive monthly fall, while car "
    "exports tumbled 26.7 percent."
)
EVIDENCE_ADJUSTED = (
    "After seasonal adjustment, June's trade deficit was 242.9 billion yen, 31.4 percent smaller than in May."
)

ARTICLE = {
    "id": "dV2_02_kyodo_jp_h1_deficit",
    "title": "Japan's Jan.-June trade gap hits 2.22 tril. yen as car shipments to U.S. sink",
    "publisher": "Kyodo News",
    "published": "2025-07-17",
    "notes": [
        "The year is stated in the text ('first half of 2025'); 'the July-December half of last year' is 2024-07/2024-12.",
        "Headline figure restates the lead: labelled once, from the lead sentence.",
        "'($15.0 billion)' is the same deficit in dollars: a separate USD fact; no 'about', so qualifier exact.",
        "Goods trade throughout (Finance Ministry customs data): product null for the totals.",
        "Partner figures without their own period take the article's running period, the first half of 2025; the "
        "June paragraph figures are June 2025.",
        "'automobile exports to the U.S.' and June 'car exports' are exports to the United States "
        "(product 'automobiles'); semiconductor manufacturing equipment is exports to China.",
        "'its largest trading partner' after the China sentence: a stated rank, China rank 1 in total trade.",
        "June has both an unadjusted surplus (153.1 billion) and a seasonally adjusted deficit (242.9 billion): both "
        "labelled; the record has no field for the adjustment. '31.4 percent smaller than in May' is mom, -31.4.",
        "Surplus with the U.S. 'narrowed 9.2 percent': growth of a balance follows its verb, -9.2.",
        "Out of scope, unlabelled: 'their first fall over a half-year in four years', 'its first in three months', "
        "'a third consecutive monthly fall' (streaks), the 25 percent and 2.5 percent tariff rates, the yen's average of 148.47 "
        "per dollar and its 1.8 percent rise, the 3.2 percent fall in car export volume (volume beside value), "
        "the 0.2 percent GDP contraction, 'a record for a six-month period'.",
    ],
    "facts": [
        fact("Japan", "balance", "value", -2.22e12, "JPY", FIRST_HALF, "2.22 trillion", EVIDENCE_LEAD),
        fact("Japan", "balance", "value", -15.0e9, "USD", FIRST_HALF, "15.0 billion", EVIDENCE_LEAD),
        fact("Japan", "balance", "value", -2.99e12, "JPY", SECOND_HALF_2024, "2.99 trillion",
             "In the July-December half of last year, the deficit had been 2.99 trillion yen"),
        fact("Japan", "exports", "value", 53.42e12, "JPY", FIRST_HALF, "53.42 trillion", EVIDENCE_EXPORTS),
        fact("Japan", "exports", "growth", 3.6, "percent", FIRST_HALF, "3.6", EVIDENCE_EXPORTS),
        fact("Japan", "imports", "value", 55.64e12, "JPY", FIRST_HALF, "55.64 trillion", EVIDENCE_IMPORTS),
        fact("Japan", "imports", "growth", 1.3, "percent", FIRST_HALF, "1.3", EVIDENCE_IMPORTS),
        fact("Japan", "exports", "value", 10.26e12, "JPY", FIRST_HALF, "10.26 trillion", EVIDENCE_US,
             partner="United States"),
        fact("Japan", "exports", "growth", -1.4, "percent", FIRST_HALF, "1.4", EVIDENCE_US, partner="United States"),
        fact("Japan", "exports", "growth", -8.9, "percent", FIRST_HALF, "8.9", EVIDENCE_US, partner="United States",
             product="automobiles"),
        fact("Japan", "balance", "value", 4.19e12, "JPY", FIRST_HALF, "4.19 trillion", EVIDENCE_US_SURPLUS,
             partner="United States"),
        fact("Japan", "balance", "growth", -9.2, "percent", FIRST_HALF, "9.2", EVIDENCE_US_SURPLUS,
             partner="United States"),
        fact("Japan", "exports", "value", 9.11e12, "JPY", FIRST_HALF, "9.11 trillion", EVIDENCE_CHINA, partner="China"),
        fact("Japan", "exports", "growth", 0.3, "percent", FIRST_HALF, "0.3", EVIDENCE_CHINA, partner="China"),
        fact("Japan", "exports", "growth", 21.5, "percent", FIRST_HALF, "21.5", EVIDENCE_CHIP_TOOLS, partner="China",
             product="semiconductor manufacturing equipment"),
        fact("Japan", "imports", "value", 12.36e12, "JPY", FIRST_HALF, "12.36 trillion", EVIDENCE_CHINA_IMPORTS,
             partner="China"),
        fact("Japan", "balance", "value", -3.25e12, "JPY", FIRST_HALF, "3.25 trillion", EVIDENCE_CHINA_IMPORTS,
             partner="China"),
        fact("Japan", "total", "rank", 1, "number", FIRST_HALF, "largest", EVIDENCE_CHINA_IMPORTS, partner="China"),
        fact("Japan", "exports", "value", 28.06e12, "JPY", FIRST_HALF, "28.06 trillion", EVIDENCE_ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", 5.1, "percent", FIRST_HALF, "5.1", EVIDENCE_ASIA, partner="Asia"),
        fact("Japan", "exports", "growth", 2.8, "percent", FIRST_HALF, "2.8", EVIDENCE_ASIA,
             partner="European Union"),
        fact("Japan", "imports", "growth", -7.9, "percent", FIRST_HALF, "7.9", EVIDENCE_LNG,
             product="liquefied natural gas"),
        fact("Japan", "imports", "value", 3.17e12, "JPY", FIRST_HALF, "3.17 trillion", EVIDENCE_LNG,
             product="liquefied natural gas"),
        fact("Japan", "balance", "value", 153.1e9, "JPY", JUNE, "153.1 billion", EVIDENCE_JUNE),
        fact("Japan", "exports", "growth", -0.5, "percent", JUNE, "0.5", EVIDENCE_JUNE),
        fact("Japan", "imports", "growth", 0.2, "percent", JUNE, "0.2", EVIDENCE_JUNE),
        fact("Japan", "exports", "growth", -11.4, "percent", JUNE, "11.4", EVIDENCE_JUNE_US, partner="United States"),
        fact("Japan", "exports", "growth", -26.7, "percent", JUNE, "26.7", EVIDENCE_JUNE_US, partner="United States",
             product="automobiles"),
        fact("Japan", "balance", "value", -242.9e9, "JPY", JUNE, "242.9 billion", EVIDENCE_ADJUSTED),
        fact("Japan", "balance", "growth", -31.4, "percent", JUNE, "31.4", EVIDENCE_ADJUSTED, basis="mom"),
    ],
}

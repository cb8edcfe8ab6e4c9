from _fact import fact, period

H1 = period(2025, 1, 6)
JUNE = period(2025, 6)
FJ = "Fujian"
TW = "Taiwan"
CHIPS = "integrated circuits and other electronic components"

LEAD = (
    "came to 44.87 billion yuan (about 6.26 billion U.S. dollars) in the first half of 2025, a year-on-year increase "
    "of 5.8 percent"
)
IMPORTS = "Fujian's imports from Taiwan grew 8.4 percent to 33.1 billion yuan"
EXPORTS = "its exports to the island slipped 1.1 percent to 11.77 billion yuan"
SHARE = "Over the six months, trade across the Strait represented 4.6 percent of all Fujian's foreign trade"
JUNE_TRADE = (
    "Cross-Strait trade for the single month of June totaled 8.12 billion yuan, up 6.9 percent from May and 11.4 "
    "percent year on year"
)
ELECTRONICS = (
    "Fujian's imports of integrated circuits and other electronic components rose 12.6 percent to 14.2 billion yuan, "
    "close to 43 percent of its total purchases from Taiwan"
)
SEAFOOD = "Seafood exports to Taiwan dropped 7.3 percent"
FRUIT = (
    "Xiamen's ports, meanwhile, received 6,120 tonnes of fruit from Taiwan, chiefly bananas and guavas, up 18.4 "
    "percent on a year earlier"
)
XIAMEN = (
    "The port city's trade with Taiwan increased 9.1 percent to 18.36 billion yuan, or 40.9 percent of everything the"
    " province traded with the island"
)
FUZHOU = "In Fuzhou, the provincial capital, trade with Taiwan declined 2.3 percent to 9.72 billion yuan"
PRIVATE = (
    "Private enterprises conducted 27.9 billion yuan of Fujian's trade with Taiwan, a share of 62.2 percent, after an"
    " 8.8 percent rise"
)
TAIWAN_FUNDED = (
    "Trade with the island by Taiwan-funded enterprises in Fujian, which have long anchored the business, fell 3.5 "
    "percent"
)
ASEAN_RANK = "Fujian's largest trading partner was still ASEAN"
ASEAN_TRADE = (
    "Trade with the bloc rose 7.9 percent to 190.4 billion yuan, equal to 19.7 percent of Fujian's overall foreign "
    "trade"
)

ARTICLE = {
    "id": "dZ1_02_xinhua_fujian_taiwan_h1",
    "title": "Fujian-Taiwan trade up 5.8 pct in first half",
    "publisher": "Xinhua",
    "published": "2025-07-21",
    "notes": [
        "Dateline 'July 21' without a year; the running period is the first half of 2025 (stated in the lead). 'Over the six "
        "months', 'during the half-year' and undated sentences are 2025-01..2025-06; 'the single month of June' is 2025-06.",
        "Partner 'Taiwan' for 'the island', 'Taiwan', 'trade across the Strait' and 'Cross-Strait trade' (Fujian and Taiwan).",
        "The USD conversion '(about 6.26 billion U.S. dollars)' is a separate fact, qualifier approx.",
        "June: 'up 6.9 percent from May and 11.4 percent year on year': 11.4 is yoy, 6.9 is mom (a comparison "
        "with the month before).",
        "'roughly 2.7 percentage points faster than the province's trade as a whole' is a derived comparison: out.",
        "Electronics: product in the text's words 'integrated circuits and other electronic components', imports from "
        "Taiwan; 'close to 43 percent of its total purchases from Taiwan' is its share, qualifier approx.",
        "'Seafood exports to Taiwan dropped 7.3 percent': exports, product seafood, growth -7.3.",
        "Xiamen fruit: area Xiamen, partner Taiwan ('fruit from Taiwan'), imports, quantity 6,120 tonnes and its growth 18.4 "
        "(growth of the quantity stated alone, no value growth beside it).",
        "'The port city's trade with Taiwan' is Xiamen (the sentence before); its 40.9 percent share is of Fujian's trade with "
        "Taiwan, labelled as Xiamen's share with partner Taiwan.",
        "Segments: 'private enterprises' and 'taiwan-funded enterprises' (lower case per the guide), both restricted to "
        "trade with Taiwan. The Taiwan-funded enterprises' growth 'fell 3.5 percent' is -3.5.",
        "'Fujian's largest trading partner was still ASEAN' is rank 1 (flow total); 'the bloc' and 'Fujian's overall foreign trade' carry "
        "ASEAN and Fujian.",
        "Out of scope, unlabelled: 1,012 new Taiwan-funded enterprises registered (business registrations, not a count of "
        "trading enterprises), 486,000 trips by Taiwan residents, the official's 'around 5 percent' full-year expectation "
        "(forecast), the 34 products whose ECFA tariff concessions were suspended and the year 2024.",
    ],
    "facts": [
        fact(FJ, "total", "value", 44.87e9, "CNY", H1, "44.87 billion", LEAD, partner=TW),
        fact(FJ, "total", "value", 6.26e9, "USD", H1, "6.26 billion", LEAD, partner=TW, qualifier="approx"),
        fact(FJ, "total", "growth", 5.8, "percent", H1, "5.8", LEAD, partner=TW),
        fact(FJ, "imports", "growth", 8.4, "percent", H1, "8.4", IMPORTS, partner=TW),
        fact(FJ, "imports", "value", 33.1e9, "CNY", H1, "33.1 billion", IMPORTS, partner=TW),
        fact(FJ, "exports", "growth", -1.1, "percent", H1, "1.1", EXPORTS, partner=TW),
        fact(FJ, "exports", "value", 11.77e9, "CNY", H1, "11.77 billion", EXPORTS, partner=TW),
        fact(FJ, "total", "share", 4.6, "percent", H1, "4.6", SHARE, partner=TW),
        fact(FJ, "total", "value", 8.12e9, "CNY", JUNE, "8.12 billion", JUNE_TRADE, partner=TW),
        fact(FJ, "total", "growth", 11.4, "percent", JUNE, "11.4", JUNE_TRADE, partner=TW),
        fact(FJ, "total", "growth", 6.9, "percent", JUNE, "6.9", JUNE_TRADE, partner=TW, basis="mom"),
        fact(FJ, "imports", "growth", 12.6, "percent", H1, "12.6", ELECTRONICS, partner=TW, product=CHIPS),
        fact(FJ, "imports", "value", 14.2e9, "CNY", H1, "14.2 billion", ELECTRONICS, partner=TW, product=CHIPS),
        fact(FJ, "imports", "share", 43, "percent", H1, "43", ELECTRONICS, partner=TW, product=CHIPS, qualifier="approx"),
        fact(FJ, "exports", "growth", -7.3, "percent", H1, "7.3", SEAFOOD, partner=TW, product="seafood"),
        fact("Xiamen", "imports", "quantity", 6120, "tonnes", H1, "6,120", FRUIT, partner=TW, product="fruit"),
        fact("Xiamen", "imports", "growth", 18.4, "percent", H1, "18.4", FRUIT, partner=TW, product="fruit"),
        fact("Xiamen", "total", "growth", 9.1, "percent", H1, "9.1", XIAMEN, partner=TW),
        fact("Xiamen", "total", "value", 18.36e9, "CNY", H1, "18.36 billion", XIAMEN, partner=TW),
        fact("Xiamen", "total", "share", 40.9, "percent", H1, "40.9", XIAMEN, partner=TW),
        fact("Fuzhou", "total", "growth", -2.3, "percent", H1, "2.3", FUZHOU, partner=TW),
        fact("Fuzhou", "total", "value", 9.72e9, "CNY", H1, "9.72 billion", FUZHOU, partner=TW),
        fact(FJ, "total", "value", 27.9e9, "CNY", H1, "27.9 billion", PRIVATE, partner=TW, segment="private enterprises"),
        fact(FJ, "total", "growth", 8.8, "percent", H1, "8.8", PRIVATE, partner=TW, segment="private enterprises"),
        fact(FJ, "total", "share", 62.2, "percent", H1, "62.2", PRIVATE, partner=TW, segment="private enterprises"),
        fact(FJ, "total", "growth", -3.5, "percent", H1, "3.5", TAIWAN_FUNDED, partner=TW,
             segment="taiwan-funded enterprises"),
        fact(FJ, "total", "rank", 1, "number", H1, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(FJ, "total", "value", 190.4e9, "CNY", H1, "190.4 billion", ASEAN_TRADE, partner="ASEAN"),
        fact(FJ, "total", "growth", 7.9, "percent", H1, "7.9", ASEAN_TRADE, partner="ASEAN"),
        fact(FJ, "total", "share", 19.7, "percent", H1, "19.7", ASEAN_TRADE, partner="ASEAN"),
    ],
}

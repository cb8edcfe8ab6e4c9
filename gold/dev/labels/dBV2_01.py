from _fact import fact, period

PH = "Philippines"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT25 = period(2025, 10)
YTD = period(2026, 1, 10)

ARTICLE = {
    "id": "dBV2_01",
    "title": "PHL trade deficit widens to $4.58 billion in October as import bill climbs",
    "publisher": "BusinessWorld",
    "published": "2026-12-10",
    "notes": [
        "Real figures: none (October 2026 data did not exist when written); the structure (PSA preliminary release: "
        "balance, total trade, exports, imports, electronic products and semiconductors, top markets and import sources "
        "with shares, year-to-date totals) and the 19% US tariff and the export-plan context are modelled on PSA-based "
        "reporting of 2019-2025. Invented: every October 2026 and January-October 2026 figure, the September 2026 "
        "deficit, the October 2025 deficit, the P58.10 average rate, the $88 billion plan goal and the DBCC growth "
        "assumptions. Derived: total trade = 7.38 + 11.96 = 19.34; deficit = 11.96 - 7.38 = 4.58; "
        "October 2025 exports 7.38/1.064 = 6.936 and imports 11.96/1.087 = 11.003 give the $4.07-billion gap; "
        "4.58/4.07 = +12.5%; P266 billion = 4.58 x 58.10; shares 4.47/7.38 = 60.6%, 1.21/7.38 = 16.4%, "
        "2.71/11.96 = 22.7%, 3.26/11.96 = 27.3%; January-October gap 113.42 - 70.15 = 43.27.",
        "Judgement calls: the peso figure 'roughly P266 billion' is the same October deficit in another currency, so "
        "it is a separate PHP fact, negative (a deficit), qualifier approx; value_text is the number and scale alone "
        "because the single-letter peso sign is glued to it. 'the $4.07-billion gap of October 2025' and "
        "'September had closed with a $4.31-billion deficit' are balances for their own months (comparison bases of the "
        "October deficit, but numbers stated for those months), labelled with periods 2025-10 and 2026-09. "
        "'has grown by 12.5%' is the growth of the deficit, +12.5 (widening). 'Against September ... up by 3.7%' and "
        "'2.4% higher than in September' are month-on-month. 'Sales in this group expanded 11.2% from October 2025' "
        "refers back to electronic products. 'Components and devices, or semiconductors' is labelled product "
        "'semiconductors'. 'The top buyer' (United States) and 'the largest supplier' (China) are rank 1 facts; "
        "'Japan, Hong Kong and China came next' writes no ordinal number, so no rank is labelled for them. "
        "'So far this year' and 'Year-to-date ... in January to October' are 2026-01..2026-10.",
        "Not facts: P58.10 and P59 (exchange rates); 'Seven of the country's 10 major export commodities' (a "
        "conditional count of commodities, not of trading partners or enterprises); the $88 billion export goal for "
        "2026 and the 'about $8.9 billion a month' needed in November-December (targets, not trade flows); the 19% US "
        "tariff; the DBCC's 2% and 3% export growth assumptions (forecasts); the years 2025, 2026, 2027 and the "
        "release date Jan. 12.",
        "Copy check: 7 sentences searched (lead, US market sentence, China import source sentence, electronics "
        "sentence, year-to-date sentence, economist paraphrase, quote), 2 reworded (the US top-market sentence, "
        "which shared an opening run with a MindaNews sentence, and the year-to-date sentence, whose "
        "'first N months, exports rose ... while imports grew ...' skeleton is common in wire copy).",
        "Second check: 30 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(PH, "balance", "value", -4.58e9, "USD", OCT, "$4.58 billion",
             "Preliminary PSA figures put the trade balance at a deficit of $4.58 billion for the month"),
        fact(PH, "balance", "growth", 12.5, "percent", OCT, "12.5",
             "Set against the $4.07-billion gap of October 2025, the shortfall has grown by 12.5%"),
        fact(PH, "balance", "value", -4.07e9, "USD", OCT25, "$4.07-billion",
             "Set against the $4.07-billion gap of October 2025"),
        fact(PH, "balance", "value", -4.31e9, "USD", SEP, "$4.31-billion",
             "September had closed with a $4.31-billion deficit, a narrower shortfall than October's."),
        fact(PH, "balance", "value", -266e9, "PHP", OCT, "266 billion",
             "the monthly deficit was equivalent to roughly P266 billion", qualifier="approx"),
        fact(PH, "total", "value", 19.34e9, "USD", OCT, "$19.34 billion",
             "Combined exports and imports, or total external trade in goods, reached $19.34 billion in October."),
        fact(PH, "exports", "value", 7.38e9, "USD", OCT, "$7.38 billion",
             "Export receipts rose 6.4% year on year to $7.38 billion."),
        fact(PH, "exports", "growth", 6.4, "percent", OCT, "6.4",
             "Export receipts rose 6.4% year on year to $7.38 billion."),
        fact(PH, "exports", "growth", 3.7, "percent", OCT, "3.7",
             "Against September, outbound shipments were up by 3.7%", basis="mom"),
        fact(PH, "imports", "value", 11.96e9, "USD", OCT, "$11.96 billion",
             "Imports grew at a quicker annual pace of 8.7%, bringing the import bill to $11.96 billion."),
        fact(PH, "imports", "growth", 8.7, "percent", OCT, "8.7",
             "Imports grew at a quicker annual pace of 8.7%"),
        fact(PH, "imports", "growth", 2.4, "percent", OCT, "2.4",
             "The value of purchases from abroad was 2.4% higher than in September.", basis="mom"),
        fact(PH, "exports", "value", 4.47e9, "USD", OCT, "$4.47 billion",
             "Shipments of electronic products brought in $4.47 billion", product="electronic products"),
        fact(PH, "exports", "share", 60.6, "percent", OCT, "60.6",
             "Shipments of electronic products brought in $4.47 billion, making up 60.6% of all export earnings in October.",
             product="electronic products"),
        fact(PH, "exports", "growth", 11.2, "percent", OCT, "11.2",
             "Sales in this group expanded 11.2% from October 2025", product="electronic products"),
        fact(PH, "exports", "value", 3.52e9, "USD", OCT, "$3.52 billion",
             "driven by components and devices, or semiconductors, which alone earned $3.52 billion",
             product="semiconductors"),
        fact(PH, "exports", "rank", 1, "number", OCT, "top",
             "the United States again ranked as the top buyer of Philippine goods", partner="United States"),
        fact(PH, "exports", "value", 1.21e9, "USD", OCT, "$1.21 billion",
             "the United States again ranked as the top buyer of Philippine goods, absorbing $1.21 billion worth",
             partner="United States"),
        fact(PH, "exports", "share", 16.4, "percent", OCT, "16.4",
             "the United States again ranked as the top buyer of Philippine goods, absorbing $1.21 billion worth, or 16.4% of October shipments",
             partner="United States"),
        fact(PH, "exports", "value", 1.05e9, "USD", OCT, "$1.05 billion",
             "Japan, Hong Kong and China came next, buying $1.05 billion, $958.4 million and $887.6 million of Philippine products, respectively.",
             partner="Japan"),
        fact(PH, "exports", "value", 958.4e6, "USD", OCT, "$958.4 million",
             "Japan, Hong Kong and China came next, buying $1.05 billion, $958.4 million and $887.6 million of Philippine products, respectively.",
             partner="Hong Kong"),
        fact(PH, "exports", "value", 887.6e6, "USD", OCT, "$887.6 million",
             "Japan, Hong Kong and China came next, buying $1.05 billion, $958.4 million and $887.6 million of Philippine products, respectively.",
             partner="China"),
        fact(PH, "imports", "value", 2.71e9, "USD", OCT, "$2.71 billion",
             "On the import side, electronic products likewise led the list at $2.71 billion",
             product="electronic products"),
        fact(PH, "imports", "share", 22.7, "percent", OCT, "22.7",
             "On the import side, electronic products likewise led the list at $2.71 billion, or 22.7% of total purchases",
             product="electronic products"),
        fact(PH, "imports", "rank", 1, "number", OCT, "largest",
             "China remained the largest supplier of goods to the Philippines", partner="China"),
        fact(PH, "imports", "value", 3.26e9, "USD", OCT, "$3.26 billion",
             "China remained the largest supplier of goods to the Philippines, shipping $3.26 billion worth",
             partner="China"),
        fact(PH, "imports", "share", 27.3, "percent", OCT, "27.3",
             "China remained the largest supplier of goods to the Philippines, shipping $3.26 billion worth, equal to 27.3% of the import bill.",
             partner="China"),
        fact(PH, "imports", "value", 1.02e9, "USD", OCT, "$1.02 billion",
             "Goods bought from Japan amounted to $1.02 billion", partner="Japan"),
        fact(PH, "imports", "value", 934.7e6, "USD", OCT, "$934.7 million",
             "Goods bought from Japan amounted to $1.02 billion, while those from Indonesia, mostly coal, were valued at $934.7 million.",
             partner="Indonesia"),
        fact(PH, "exports", "value", 70.15e9, "USD", YTD, "$70.15 billion",
             "Year-to-date, export earnings were up 5.8% at $70.15 billion in January to October"),
        fact(PH, "exports", "growth", 5.8, "percent", YTD, "5.8",
             "Year-to-date, export earnings were up 5.8% at $70.15 billion in January to October"),
        fact(PH, "imports", "value", 113.42e9, "USD", YTD, "$113.42 billion",
             "Year-to-date, export earnings were up 5.8% at $70.15 billion in January to October, and the import bill rose 4.1% to $113.42 billion."),
        fact(PH, "imports", "growth", 4.1, "percent", YTD, "4.1",
             "Year-to-date, export earnings were up 5.8% at $70.15 billion in January to October, and the import bill rose 4.1% to $113.42 billion."),
        fact(PH, "balance", "value", -43.27e9, "USD", YTD, "$43.27-billion",
             "That left the country with a $43.27-billion trade gap so far this year."),
    ],
}

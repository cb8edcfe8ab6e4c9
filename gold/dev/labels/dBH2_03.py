from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JN = period(2025, 1, 11)
Y2024 = period(2024, 1, 12)

KR = "South Korea"
SEMI = "semiconductors"

ARTICLE = {
    "id": "dBH2_03",
    "title": "(News Focus) Record chip sales power S. Korea's November exports, early December tally shows no letup",
    "publisher": "Yonhap",
    "published": "2025-12-22",
    "notes": [
        "Written in my own words after reading real coverage of the trade ministry's November 2025 data "
        "(1 Dec 2025: Reuters via SRN/Straits Times, AJP, allthe.news, latestnewsx, Korea Herald/Yonhap, "
        "Moneys) and of the customs service's Dec 1-20 data (22 Dec 2025: WAM citing Yonhap, allthe.news, "
        "Bloomberg via FMT), plus JoongAng/Yonhap 10-day and 20-day stories for sentence shapes.",
        "The brief asks for a month's ministry data and a first-20-days figure of the next month, so the story "
        "is dated 22 Dec 2025 (the Monday the Dec 1-20 customs data came out) and covers November as 'last "
        "month'; periods count back from that date.",
        "Real figures: Nov exports $61.04bn +8.4%; Oct +3.5%; poll 5.7%; imports $51.30bn +1.2%; surplus "
        "$9.73bn (largest since Sept 2017); daily average +13.3% to $2.71bn; chips +38.6% to $17.26bn (nine "
        "months of growth); autos +13.7% to $6.41bn; petroleum products -10.3% to $3.28bn; China +6.9% to "
        "$12.07bn; US -0.2% to $10.35bn; ASEAN +6.3%; EU -1.9%; energy imports -18.4% to $8.72bn; non-energy "
        "+6.4%; Jan-Nov exports $640.2bn, surplus $66.07bn, chips $152.6bn, autos $66.04bn; 2024 chips $141.9bn; "
        "Dec 1-20 (Korea Customs Service, 22 Dec 2025): exports $43.0bn +6.8% (record for the period), "
        "per-working-day +3.6%, chips +41.8% to $11.65bn, cars -12.7%, petroleum products -1%, imports $39.2bn "
        "+0.7%, surplus $3.8bn. (A first draft used the Dec 1-20 2024 figures by mistake; corrected after the "
        "copy check turned up the 2025 reports.) The 'extra half working day' is inferred from the gap between "
        "6.8% and 3.6%.",
        "Invented or derived: ship exports +21.4% to $2.94bn (invented); ASEAN $9.87bn (invented); chip share "
        "28.3% (derived, 17.26/61.04); Jan-Nov export growth 2.9% (derived, 640.2 vs 622.3); 'one fewer working "
        "day' (derived from the daily averages). The 10-month surplus streak is real (Korean-language report).",
        "Product names: the chip figures are labelled 'semiconductors' throughout (the paragraph names the "
        "item 'Semiconductors' and then says 'Chip exports'); 'automobiles' for the automobile figures; "
        "'ships', 'petroleum products', 'energy', 'non-energy'.",
        "Ranks: 'Semiconductors, the country's top export item' -> exports rank 1, product semiconductors; "
        "'China, South Korea's largest export market' -> exports rank 1, partner China; both for November.",
        "'the $141.9 billion the industry shipped abroad in all of last year' -> chips, period 2024-01..2024-12. 'a 3.5 percent "
        "rise in October' -> exports growth for October 2025.",
        "Not facts: every Dec 1-20 figure (part of a month: $43.0bn, 6.8%, 41.8%, $11.65bn, 12.7%, 1%, 0.7%, "
        "$39.2bn, $3.8bn), all per-working-day averages (3.6%, $2.71bn, 13.3%), working-day counts, the 5.7% poll median, the 15% tariff, the $700bn projection, "
        "streaks (sixth month, 10 months, nine months), 'since September 2017', '10 ASEAN countries'.",
        "Qualifier of $141.9bn is exact: 'more than the $141.9 billion' compares the 11-month total with it and "
        "does not qualify the 2024 figure itself.",
        "Copy check: searched 9 distinctive stretches in the pages corpus (lead, Dec 1-20 paragraph, November "
        "exports sentence, imports/surplus sentence, chips sentence, ships/petroleum sentence, US sentence, the "
        "11-month chip sentence, the quote). Reworded 1 for copy: the 11-month chip sentence (same shape as an "
        "AJP sentence, 'already exceeding last year's full-year total of'); the Dec 1-20 paragraphs were also "
        "rewritten because the search showed my first figures were those of December 2024.",
        "Copy check (independent): 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 8.4, "percent", NOV, "8.4",
             "Exports last month grew 8.4 percent on-year to $61.04 billion"),
        fact(KR, "exports", "value", 61.04e9, "USD", NOV, "61.04 billion",
             "Exports last month grew 8.4 percent on-year to $61.04 billion"),
        fact(KR, "exports", "growth", 3.5, "percent", OCT, "3.5",
             "picking up from a 3.5 percent rise in October"),
        fact(KR, "imports", "growth", 1.2, "percent", NOV, "1.2",
             "Imports advanced 1.2 percent to $51.30 billion"),
        fact(KR, "imports", "value", 51.30e9, "USD", NOV, "51.30 billion",
             "Imports advanced 1.2 percent to $51.30 billion"),
        fact(KR, "balance", "value", 9.73e9, "USD", NOV, "9.73 billion",
             "producing a trade surplus of $9.73 billion"),
        fact(KR, "exports", "rank", 1, "number", NOV, "top",
             "Semiconductors, the country's top export item", product=SEMI),
        fact(KR, "exports", "growth", 38.6, "percent", NOV, "38.6",
             "Chip exports jumped 38.6 percent and, at $17.26 billion, set a new monthly record", product=SEMI),
        fact(KR, "exports", "value", 17.26e9, "USD", NOV, "17.26 billion",
             "Chip exports jumped 38.6 percent and, at $17.26 billion, set a new monthly record", product=SEMI),
        fact(KR, "exports", "share", 28.3, "percent", NOV, "28.3",
             "Chip exports jumped 38.6 percent and, at $17.26 billion, set a new monthly record, making up 28.3 percent of all outbound sales", product=SEMI),
        fact(KR, "exports", "growth", 13.7, "percent", NOV, "13.7",
             "Automobile exports bounced back 13.7 percent to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "value", 6.41e9, "USD", NOV, "6.41 billion",
             "Automobile exports bounced back 13.7 percent to $6.41 billion", product="automobiles"),
        fact(KR, "exports", "growth", 21.4, "percent", NOV, "21.4",
             "Ship exports rose 21.4 percent to $2.94 billion", product="ships"),
        fact(KR, "exports", "value", 2.94e9, "USD", NOV, "2.94 billion",
             "Ship exports rose 21.4 percent to $2.94 billion", product="ships"),
        fact(KR, "exports", "growth", -10.3, "percent", NOV, "10.3",
             "petroleum products slid 10.3 percent to $3.28 billion", product="petroleum products"),
        fact(KR, "exports", "value", 3.28e9, "USD", NOV, "3.28 billion",
             "petroleum products slid 10.3 percent to $3.28 billion", product="petroleum products"),
        fact(KR, "exports", "rank", 1, "number", NOV, "largest",
             "exports to China, South Korea's largest export market", partner="China"),
        fact(KR, "exports", "growth", 6.9, "percent", NOV, "6.9",
             "exports to China, South Korea's largest export market, went up 6.9 percent to $12.07 billion",
             partner="China"),
        fact(KR, "exports", "value", 12.07e9, "USD", NOV, "12.07 billion",
             "exports to China, South Korea's largest export market, went up 6.9 percent to $12.07 billion",
             partner="China"),
        fact(KR, "exports", "growth", -0.2, "percent", NOV, "0.2",
             "Outbound sales to the United States edged down 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "value", 10.35e9, "USD", NOV, "10.35 billion",
             "Outbound sales to the United States edged down 0.2 percent to $10.35 billion", partner="United States"),
        fact(KR, "exports", "growth", 6.3, "percent", NOV, "6.3",
             "Exports to the 10 ASEAN countries climbed 6.3 percent to $9.87 billion", partner="ASEAN"),
        fact(KR, "exports", "value", 9.87e9, "USD", NOV, "9.87 billion",
             "Exports to the 10 ASEAN countries climbed 6.3 percent to $9.87 billion", partner="ASEAN"),
        fact(KR, "exports", "growth", -1.9, "percent", NOV, "1.9",
             "those to the European Union fell 1.9 percent", partner="European Union"),
        fact(KR, "imports", "growth", -18.4, "percent", NOV, "18.4",
             "energy purchases dropped 18.4 percent to $8.72 billion", product="energy"),
        fact(KR, "imports", "value", 8.72e9, "USD", NOV, "8.72 billion",
             "energy purchases dropped 18.4 percent to $8.72 billion", product="energy"),
        fact(KR, "imports", "growth", 6.4, "percent", NOV, "6.4",
             "non-energy imports gained 6.4 percent", product="non-energy"),
        fact(KR, "exports", "value", 640.2e9, "USD", JN, "640.2 billion",
             "For the January-November period, exports reached a record $640.2 billion"),
        fact(KR, "exports", "growth", 2.9, "percent", JN, "2.9",
             "exports reached a record $640.2 billion, up 2.9 percent from a year earlier"),
        fact(KR, "balance", "value", 66.07e9, "USD", JN, "66.07 billion",
             "the cumulative trade surplus stood at $66.07 billion"),
        fact(KR, "exports", "value", 152.6e9, "USD", JN, "152.6 billion",
             "Chip exports over the 11 months totaled $152.6 billion", product=SEMI),
        fact(KR, "exports", "value", 141.9e9, "USD", Y2024, "141.9 billion",
             "Chip exports over the 11 months totaled $152.6 billion, more than the $141.9 billion the industry shipped abroad in all of last year", product=SEMI),
        fact(KR, "exports", "value", 66.04e9, "USD", JN, "66.04 billion",
             "automobile shipments came to $66.04 billion", product="automobiles"),
    ],
}

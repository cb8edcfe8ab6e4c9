from _fact import fact, period

KR = "South Korea"
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
H2 = period(2025, 7, 12)
DEC = period(2025, 12)
SEMI = "semiconductors"

ARTICLE = {
    "id": "dBJ2_03",
    "title": "(LEAD) Chip boom lifts S. Korea's annual exports past US$700 bln for 1st time",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "Real figures (trade ministry 2025 annual data as reported): exports +3.8% to about 709.7bn, 2024 exports "
        "683.8bn, 2024 surplus 51.8bn, chips 173.4bn +22.2%, cars record 72bn, December exports +13.4%, December "
        "surplus 12.2bn, December chips +43.2% to 20.8bn, December exports to China +10.1% and ASEAN +27.6%, "
        "working-day-adjusted +8.7%. Invented: imports -0.1% to 631.4bn, surplus 78.3bn, chip share 24.4%, cars +1.7%, "
        "ships +25.2% to 32.1bn, petrochemicals -11.2% to 40.5bn, China -1.6% to 130.9bn (18.4%), ASEAN +8.8% to 124bn "
        "and rank 2, US -4.1% to 122.6bn (17.3%), second half +7.8% to 372.1bn, December imports 57.4bn, daily "
        "average 2.9bn, 1.5% forecast, 7 of 15 items.",
        "Judgement calls: 'last year' (article of 2026-01-01) = 2025; the annual figures take period 2025-01..12, "
        "the 2024 comparison values 2024-01..12. The chip sentence carries its subject ('the key item', 'They') from "
        "'Semiconductors led the gains.' -> product 'semiconductors' for 173.4bn, 22.2 and the 24.4% share of exports. "
        "December chips use the text's own word 'chips'. 'China remained South Korea's largest trading partner' is a "
        "rank of total trade (flow total, value 1, value_text 'largest', period 2025). 'the second-biggest market for "
        "South Korean goods' is the export rank of ASEAN (value 2). 'its share of the total slipped to 17.3 percent' is "
        "the US share of exports. 'Imports climbed to $57.4 billion, resulting in a surplus of $12.2 billion' and the "
        "'respectively' sentence take period December from their paragraphs ('For December alone', 'in the month'). "
        "The surplus widened 'to $78.3 billion from $51.8 billion a year earlier' -> two balance values.",
        "Not facts: US$700 billion mark (threshold; the exact 709.7bn is labelled); 'largest since 2017', 'largest "
        "monthly amount on record', 'fourth straight year', 'seventh consecutive month', '1st time' (milestones and "
        "streaks); 50 percent duty (tariff); 'Of the 15 major export items, seven' (conditional count of items); "
        "10-member (not a flow); average daily exports +8.7% and $2.9bn (per-working-day average); 1.5 percent this "
        "year (forecast).",
        "Copy check: 23 sentences searched, 7 reworded.",
        "Copy check (independent): 23 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 3.8, "percent", Y25, "3.8",
             "South Korea's yearly outbound shipments crossed the US$700 billion mark for the first time in 2025, rising 3.8 percent"),
        fact(KR, "exports", "value", 709.7e9, "USD", Y25, "709.7 billion",
             "The Ministry of Trade, Industry and Resources put last year's outbound shipments at $709.7 billion"),
        fact(KR, "exports", "value", 683.8e9, "USD", Y24, "683.8 billion",
             "put last year's outbound shipments at $709.7 billion, up from $683.8 billion in 2024"),
        fact(KR, "imports", "growth", -0.1, "percent", Y25, "0.1",
             "Imports slipped a marginal 0.1 percent from a year earlier, coming to $631.4 billion"),
        fact(KR, "imports", "value", 631.4e9, "USD", Y25, "631.4 billion",
             "Imports slipped a marginal 0.1 percent from a year earlier, coming to $631.4 billion"),
        fact(KR, "balance", "value", 78.3e9, "USD", Y25, "78.3 billion",
             "The trade surplus widened to $78.3 billion"),
        fact(KR, "balance", "value", 51.8e9, "USD", Y24, "51.8 billion",
             "The trade surplus widened to $78.3 billion from $51.8 billion a year earlier"),
        # products
        fact(KR, "exports", "value", 173.4e9, "USD", Y25, "173.4 billion",
             "overseas sales of the key item, which hit an all-time high of $173.4 billion", product=SEMI),
        fact(KR, "exports", "growth", 22.2, "percent", Y25, "22.2",
             "drove a 22.2 percent jump in overseas sales of the key item", product=SEMI),
        fact(KR, "exports", "share", 24.4, "percent", Y25, "24.4",
             "They made up 24.4 percent of the country's total outbound shipments", product=SEMI),
        fact(KR, "exports", "growth", 1.7, "percent", Y25, "1.7",
             "automobile exports edged up 1.7 percent to an all-time high of $72 billion", product="automobiles"),
        fact(KR, "exports", "value", 72e9, "USD", Y25, "72 billion",
             "automobile exports edged up 1.7 percent to an all-time high of $72 billion", product="automobiles"),
        fact(KR, "exports", "growth", 25.2, "percent", Y25, "25.2",
             "Ship exports surged 25.2 percent to $32.1 billion", product="ships"),
        fact(KR, "exports", "value", 32.1e9, "USD", Y25, "32.1 billion",
             "Ship exports surged 25.2 percent to $32.1 billion", product="ships"),
        fact(KR, "exports", "growth", -11.2, "percent", Y25, "11.2",
             "petrochemical shipments slid 11.2 percent to $40.5 billion", product="petrochemicals"),
        fact(KR, "exports", "value", 40.5e9, "USD", Y25, "40.5 billion",
             "petrochemical shipments slid 11.2 percent to $40.5 billion", product="petrochemicals"),
        # destinations
        fact(KR, "total", "rank", 1, "number", Y25, "largest",
             "China remained South Korea's largest trading partner", partner="China"),
        fact(KR, "exports", "growth", -1.6, "percent", Y25, "1.6",
             "China remained South Korea's largest trading partner, though exports there dipped 1.6 percent to $130.9 billion",
             partner="China"),
        fact(KR, "exports", "value", 130.9e9, "USD", Y25, "130.9 billion",
             "China remained South Korea's largest trading partner, though exports there dipped 1.6 percent to $130.9 billion",
             partner="China"),
        fact(KR, "exports", "share", 18.4, "percent", Y25, "18.4",
             "though exports there dipped 1.6 percent to $130.9 billion and made up 18.4 percent of the total",
             partner="China"),
        fact(KR, "exports", "growth", 8.8, "percent", Y25, "8.8",
             "Shipments to the 10-member ASEAN bloc rose 8.8 percent to $124 billion", partner="ASEAN"),
        fact(KR, "exports", "value", 124e9, "USD", Y25, "124 billion",
             "Shipments to the 10-member ASEAN bloc rose 8.8 percent to $124 billion", partner="ASEAN"),
        fact(KR, "exports", "rank", 2, "number", Y25, "second",
             "Shipments to the 10-member ASEAN bloc rose 8.8 percent to $124 billion, making the region the second-biggest market for South Korean goods",
             partner="ASEAN"),
        fact(KR, "exports", "growth", -4.1, "percent", Y25, "4.1",
             "Exports to the U.S. fell 4.1 percent to $122.6 billion", partner="United States"),
        fact(KR, "exports", "value", 122.6e9, "USD", Y25, "122.6 billion",
             "Exports to the U.S. fell 4.1 percent to $122.6 billion", partner="United States"),
        fact(KR, "exports", "share", 17.3, "percent", Y25, "17.3",
             "Exports to the U.S. fell 4.1 percent to $122.6 billion as tariffs weighed on steel, machinery and auto parts, and its share of the total slipped to 17.3 percent",
             partner="United States"),
        # second half
        fact(KR, "exports", "growth", 7.8, "percent", H2, "7.8",
             "Exports in the second half grew 7.8 percent on-year to $372.1 billion"),
        fact(KR, "exports", "value", 372.1e9, "USD", H2, "372.1 billion",
             "Exports in the second half grew 7.8 percent on-year to $372.1 billion"),
        # December
        fact(KR, "exports", "growth", 13.4, "percent", DEC, "13.4",
             "For December alone, exports jumped 13.4 percent from a year earlier to $69.6 billion"),
        fact(KR, "exports", "value", 69.6e9, "USD", DEC, "69.6 billion",
             "For December alone, exports jumped 13.4 percent from a year earlier to $69.6 billion"),
        fact(KR, "imports", "value", 57.4e9, "USD", DEC, "57.4 billion",
             "The month's imports came to $57.4 billion"),
        fact(KR, "balance", "value", 12.2e9, "USD", DEC, "12.2 billion",
             "The month's imports came to $57.4 billion, leaving a $12.2 billion surplus"),
        fact(KR, "exports", "growth", 43.2, "percent", DEC, "43.2",
             "Chip exports in the month soared 43.2 percent to $20.8 billion", product="chips"),
        fact(KR, "exports", "value", 20.8e9, "USD", DEC, "20.8 billion",
             "Chip exports in the month soared 43.2 percent to $20.8 billion", product="chips"),
        fact(KR, "exports", "growth", 10.1, "percent", DEC, "10.1",
             "Exports to China and ASEAN increased 10.1 percent and 27.6 percent, respectively", partner="China"),
        fact(KR, "exports", "growth", 27.6, "percent", DEC, "27.6",
             "Exports to China and ASEAN increased 10.1 percent and 27.6 percent, respectively", partner="ASEAN"),
    ],
}

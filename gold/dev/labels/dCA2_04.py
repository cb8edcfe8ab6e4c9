from _fact import fact, period

KR = "South Korea"
Y24 = period(2024, 1, 12)
Y23 = period(2023, 1, 12)
Y22 = period(2022, 1, 12)
JS24 = period(2024, 1, 9)
DEC = period(2024, 12)
SEMI = "semiconductors"
AUTO = "automobiles"

ARTICLE = {
    "id": "dCA2_04",
    "title": "Korea's exports hit all-time high in 2024 as AI chip boom offsets car slump",
    "publisher": "The Korea Herald",
    "published": "2025-01-01",
    "notes": [
        "Real figures (Ministry of Trade, Industry and Energy release of 2025-01-01, as carried by Yonhap/IANS, "
        "The Star, Xinhua and MOTIE's English page): 2024 exports $683.8 billion (+8.2%), 2022 record $683.6 billion, "
        "imports $632.0 billion (-1.6%), surplus $51.8 billion, 2023 deficit $10.3 billion, semiconductors $141.9 "
        "billion (+43.9%) and 2022 record $129.2 billion, computers +76.7%, wireless communication devices +11.2%, "
        "cars $70.8 billion (-0.1%), China $133 billion (+6.6%, top partner), US $127.8 billion (+10.5%), "
        "ASEAN $114 billion (+4.5%), WTO rank sixth in Jan-Sep 2024 (eighth in 2023) and 9.6% growth, "
        "December exports $61.38 billion (+6.6%), imports $54.8 billion (+3.3%), surplus $6.49 billion; daily "
        "average $2.53 billion; 2025 outlook +1.5% to about $700 billion.",
        "Derived/made up: semiconductors' share 20.8% (141.9/683.8) and China's share 19.5% (133/683.8) derived; "
        "the won figure 1,005 trillion won derived at an assumed 1,470 won per dollar; December chip exports "
        "$14.5 billion (+30.6%) from memory, not found in the corpus, treat as made up; cars as the No. 2 export "
        "item and the US as second-biggest destination inferred from the item and partner values; byline, "
        "time stamp, e-mail and the closing official's remark made up.",
        "Judgement calls: area South Korea throughout (headline 'Korea'); product named 'semiconductors' for "
        "'chips'/'Chip sales'; 'It took 19.5 percent' carries China from the sentence before; the WTO ranks "
        "(sixth, eighth) are labelled as ranks of Korea's exports among world exporters with partner null, and "
        "'eighth place in 2023' as the 2023 period; the 9.6% is Korea's own Jan-Sep 2024 export growth; 'the No. 2 "
        "export item' labelled with value_text '2' because 'No. 2' does not parse; the $70 billion line is a "
        "threshold for the same observation as $70.8 billion, so only the exact figure is labelled; December is "
        "December 2024 from the published date.",
        "Not facts: exchange rate 1,470 won per dollar; years 2018, 2021, 2022, 2023 as comparison bases; "
        "average daily exports +8.2% and $2.53 billion (per-working-day averages); streaks (a fresh annual high "
        "every year since 2018, 15th straight month, 19th consecutive month, second straight year); '10 ASEAN economies' and "
        "'10 largest exporters' (counts of economies, not trading partners); $70 billion threshold; 2025 "
        "forecast of about 1.5% and around $700 billion; tariffs of 10 to 20 percent; 'first quarter'.",
        "Copy check: 17 sentences searched, 3 reworded.",
        "Second check: 32 sentences searched, 13 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 683.8e9, "USD", Y24, "683.8 billion",
             "The Ministry of Trade, Industry and Energy put last year's exports at $683.8 billion"),
        fact(KR, "exports", "growth", 8.2, "percent", Y24, "8.2",
             "last year's exports at $683.8 billion, an 8.2 percent increase over 2023"),
        fact(KR, "exports", "value", 683.6e9, "USD", Y22, "683.6 billion",
             "The previous best, from 2022, stood at $683.6 billion"),
        fact(KR, "exports", "value", 1.005e15, "KRW", Y24, "1,005 trillion",
             "the annual tally comes to roughly 1,005 trillion won", qualifier="approx"),
        fact(KR, "imports", "growth", -1.6, "percent", Y24, "1.6",
             "imports slid 1.6 percent to $632 billion"),
        fact(KR, "imports", "value", 632e9, "USD", Y24, "632 billion",
             "imports slid 1.6 percent to $632 billion"),
        fact(KR, "balance", "value", 51.8e9, "USD", Y24, "51.8 billion",
             "a $51.8 billion surplus for the year as a whole"),
        fact(KR, "balance", "value", -10.3e9, "USD", Y23, "10.3 billion",
             "a $10.3 billion deficit in 2023"),
        fact(KR, "exports", "growth", 43.9, "percent", Y24, "43.9",
             "At $141.9 billion, chip exports set a new high, a 43.9 percent jump on the year", product=SEMI),
        fact(KR, "exports", "value", 141.9e9, "USD", Y24, "141.9 billion",
             "At $141.9 billion, chip exports set a new high", product=SEMI),
        fact(KR, "exports", "value", 129.2e9, "USD", Y22, "129.2 billion",
             "2022's $129.2 billion had been the sector's best until then", product=SEMI),
        fact(KR, "exports", "share", 20.8, "percent", Y24, "20.8",
             "Chips alone made up 20.8 percent of everything the country sold abroad", product=SEMI),
        fact(KR, "exports", "growth", 76.7, "percent", Y24, "76.7",
             "helped computer exports climb 76.7 percent",
             product="computers"),
        fact(KR, "exports", "growth", 11.2, "percent", Y24, "11.2",
             "wireless communication devices managed an 11.2 percent gain",
             product="wireless communication devices"),
        fact(KR, "exports", "rank", 2, "number", Y24, "2",
             "Automobiles, the No. 2 export item", product=AUTO),
        fact(KR, "exports", "growth", -0.1, "percent", Y24, "0.1",
             "leaving car exports essentially flat at $70.8 billion, a slip of just 0.1 percent", product=AUTO),
        fact(KR, "exports", "value", 70.8e9, "USD", Y24, "70.8 billion",
             "leaving car exports essentially flat at $70.8 billion", product=AUTO),
        fact(KR, "exports", "rank", 1, "number", Y24, "largest",
             "China held its place as Korea's largest export market", partner="China"),
        fact(KR, "exports", "growth", 6.6, "percent", Y24, "6.6",
             "lifting shipments there by 6.6 percent to $133 billion", partner="China"),
        fact(KR, "exports", "value", 133e9, "USD", Y24, "133 billion",
             "lifting shipments there by 6.6 percent to $133 billion", partner="China"),
        fact(KR, "exports", "share", 19.5, "percent", Y24, "19.5",
             "It took 19.5 percent of all Korean exports", partner="China"),
        fact(KR, "exports", "rank", 2, "number", Y24, "second-biggest",
             "The US, Korea's second-biggest destination", partner="United States"),
        fact(KR, "exports", "growth", 10.5, "percent", Y24, "10.5",
             "bought $127.8 billion worth of Korean goods, 10.5 percent more than a year earlier",
             partner="United States"),
        fact(KR, "exports", "value", 127.8e9, "USD", Y24, "127.8 billion",
             "The US, Korea's second-biggest destination, bought $127.8 billion worth of Korean goods",
             partner="United States"),
        fact(KR, "exports", "growth", 4.5, "percent", Y24, "4.5",
             "The 10 ASEAN economies together took $114 billion, up 4.5 percent", partner="ASEAN"),
        fact(KR, "exports", "value", 114e9, "USD", Y24, "114 billion",
             "The 10 ASEAN economies together took $114 billion", partner="ASEAN"),
        fact(KR, "exports", "rank", 6, "number", JS24, "sixth",
             "put Korea sixth among the world's exporters for January through September"),
        fact(KR, "exports", "rank", 8, "number", Y23, "eighth",
             "put Korea sixth among the world's exporters for January through September, against eighth place in 2023"),
        fact(KR, "exports", "growth", 9.6, "percent", JS24, "9.6",
             "no other member of the 10 largest exporters grew faster than its 9.6 percent over those nine months"),
        fact(KR, "exports", "growth", 6.6, "percent", DEC, "6.6",
             "December's total of $61.38 billion up 6.6 percent from a year earlier"),
        fact(KR, "exports", "value", 61.38e9, "USD", DEC, "61.38 billion",
             "December's total of $61.38 billion"),
        fact(KR, "exports", "value", 14.5e9, "USD", DEC, "14.5 billion",
             "Chip sales reached $14.5 billion, an all-time monthly high", product=SEMI),
        fact(KR, "exports", "growth", 30.6, "percent", DEC, "30.6",
             "Chip sales reached $14.5 billion, an all-time monthly high and 30.6 percent more than a year before",
             product=SEMI),
        fact(KR, "imports", "growth", 3.3, "percent", DEC, "3.3",
             "December imports up 3.3 percent at $54.8 billion"),
        fact(KR, "imports", "value", 54.8e9, "USD", DEC, "54.8 billion",
             "December imports up 3.3 percent at $54.8 billion"),
        fact(KR, "balance", "value", 6.49e9, "USD", DEC, "6.49 billion",
             "the month closed with a $6.49 billion surplus"),
    ],
}

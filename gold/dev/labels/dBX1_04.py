from _fact import fact, period

CQ = "Chongqing"
Q = period(2025, 1, 9)
Q24 = period(2024, 1, 9)
ME = "mechanical and electrical goods"

ARTICLE = {
    "id": "dBX1_04",
    "title": "First three quarters bring 12.3 pct trade rise for Chongqing",
    "publisher": "Xinhua",
    "published": "2025-10-23",
    "notes": [
        "Real figures (Chongqing Customs, first three quarters of 2025, as reported by asiacity.news and its German edition, "
        "Oct 2025): total 581.98 bn yuan +12.3%; exports 400.83 bn +10.6%; imports 181.15 bn +16.2%; ASEAN 99.76 bn +24.2%; "
        "Belt and Road 264.08 bn +11.8%; Latin America/Africa/Central Asia +17.5%/+38%/+76%; mechanical and electrical exports "
        "360.82 bn +9.8%, 90% of exports; laptops 113.28 bn, first nationwide; automobiles 33.73 bn +6.4%; electric vehicles "
        "9.79 bn +69.1%; mobile phones 43.73 bn +44.3%; motorcycles 19.86 bn +37.9%; the 2027 target of over 120 bn yuan of "
        "vehicle exports. China's national growth of 4% in Q1-Q3 2025 is from memory of the GAC release (33.61 tn yuan, +4%).",
        "Derived/made up: USD conversion 81.7 bn (at about 7.12 yuan per dollar); surplus 219.68 bn and prior-year 206.51 bn "
        "and its 6.4% widening derived from the real export/import values and growth rates; ASEAN share 17.1% derived; "
        "rank 12th among Chinese cities made up; EU second-ranked, 78.65 bn, +9.1% made up (full-year 2025 real EU figure was "
        "108.24 bn, +10.2%); corridor value 98.64 bn made up (H1 real was 64.3 bn); 1,312 train trips made up; the 800 bn "
        "full-year remark made up.",
        "Judgement calls: the 4-percent national growth is a China fact (area China, Q1-Q3 from 'the same nine months'); "
        "'12th among Chinese cities' labelled as a rank of Chongqing's total trade (partner null); 'top laptop-exporting city' "
        "labelled as rank 1 of laptop exports; 'The category's 360.82 billion yuan' carries the product from the previous "
        "sentence ('mechanical and electrical goods'); 'Overseas sales of the computers' carries 'laptops'; the corridor figure "
        "is labelled as Chongqing trade with segment 'new international land-sea trade corridor' (a route, the closest the "
        "record has to a trade mode); 'a gap that widened 6.4 percent' is growth of the surplus (+6.4).",
        "Not facts: 'roughly three times' (derived multiple); 1,312 train trips; the 120 billion yuan 2027 target (forecast); "
        "the year 2027; 'surpass 800 billion yuan' for the full year (forecast); years 2025.",
        "Copy check: 19 sentences searched (13 queries), 6 reworded (lead, export/import sentence, surplus sentence, "
        "mechanical and electrical share sentence, both ASEAN sentences).",
        "Second check: 24 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(CQ, "total", "value", 581.98e9, "CNY", Q, "581.98 billion",
             "posted a 12.3-percent rise in combined imports and exports in the first three quarters of 2025 from a year earlier, bringing the total to 581.98 billion yuan"),
        fact(CQ, "total", "value", 81.7e9, "USD", Q, "81.7 billion",
             "581.98 billion yuan (about 81.7 billion U.S. dollars)", qualifier="approx"),
        fact(CQ, "total", "growth", 12.3, "percent", Q, "12.3",
             "posted a 12.3-percent rise in combined imports and exports"),
        fact("China", "total", "growth", 4, "percent", Q, "4",
             "the 4-percent growth logged by the country as a whole over the same nine months"),
        fact(CQ, "total", "rank", 12, "number", Q, "12th",
             "the nine-month total placed the municipality 12th among Chinese cities by trade value"),
        fact(CQ, "exports", "value", 400.83e9, "CNY", Q, "400.83 billion",
             "the city sold 400.83 billion yuan of goods abroad, 10.6 percent more than a year before"),
        fact(CQ, "exports", "growth", 10.6, "percent", Q, "10.6",
             "the city sold 400.83 billion yuan of goods abroad, 10.6 percent more than a year before"),
        fact(CQ, "imports", "growth", 16.2, "percent", Q, "16.2",
             "Its import bill grew faster, by 16.2 percent, to 181.15 billion yuan"),
        fact(CQ, "imports", "value", 181.15e9, "CNY", Q, "181.15 billion",
             "Its import bill grew faster, by 16.2 percent, to 181.15 billion yuan"),
        fact(CQ, "balance", "value", 219.68e9, "CNY", Q, "219.68 billion",
             "That left Chongqing with a surplus of 219.68 billion yuan"),
        fact(CQ, "balance", "value", 206.51e9, "CNY", Q24, "206.51 billion",
             "That left Chongqing with a surplus of 219.68 billion yuan, against 206.51 billion yuan a year ago"),
        fact(CQ, "balance", "growth", 6.4, "percent", Q, "6.4",
             "That left Chongqing with a surplus of 219.68 billion yuan, against 206.51 billion yuan a year ago, a gap that widened 6.4 percent"),
        fact(CQ, "exports", "value", 360.82e9, "CNY", Q, "360.82 billion",
             "The category's 360.82 billion yuan in exports, up 9.8 percent, represented 90 percent of everything Chongqing shipped abroad",
             product=ME),
        fact(CQ, "exports", "growth", 9.8, "percent", Q, "9.8",
             "The category's 360.82 billion yuan in exports, up 9.8 percent", product=ME),
        fact(CQ, "exports", "share", 90, "percent", Q, "90",
             "The category's 360.82 billion yuan in exports, up 9.8 percent, represented 90 percent of everything Chongqing shipped abroad",
             product=ME),
        fact(CQ, "exports", "value", 113.28e9, "CNY", Q, "113.28 billion",
             "Overseas sales of the computers came to 113.28 billion yuan", product="laptops"),
        fact(CQ, "exports", "rank", 1, "number", Q, "top",
             "enough to keep Chongqing the top laptop-exporting city in the country", product="laptops"),
        fact(CQ, "exports", "growth", 6.4, "percent", Q, "6.4",
             "Automobile exports increased 6.4 percent to 33.73 billion yuan", product="automobiles"),
        fact(CQ, "exports", "value", 33.73e9, "CNY", Q, "33.73 billion",
             "Automobile exports increased 6.4 percent to 33.73 billion yuan", product="automobiles"),
        fact(CQ, "exports", "value", 9.79e9, "CNY", Q, "9.79 billion",
             "of which electric vehicles made up 9.79 billion yuan after a 69.1-percent surge", product="electric vehicles"),
        fact(CQ, "exports", "growth", 69.1, "percent", Q, "69.1",
             "of which electric vehicles made up 9.79 billion yuan after a 69.1-percent surge", product="electric vehicles"),
        fact(CQ, "exports", "growth", 44.3, "percent", Q, "44.3",
             "Shipments of mobile phones and motorcycles grew 44.3 percent and 37.9 percent to 43.73 billion yuan and 19.86 billion yuan, respectively",
             product="mobile phones"),
        fact(CQ, "exports", "growth", 37.9, "percent", Q, "37.9",
             "Shipments of mobile phones and motorcycles grew 44.3 percent and 37.9 percent to 43.73 billion yuan and 19.86 billion yuan, respectively",
             product="motorcycles"),
        fact(CQ, "exports", "value", 43.73e9, "CNY", Q, "43.73 billion",
             "Shipments of mobile phones and motorcycles grew 44.3 percent and 37.9 percent to 43.73 billion yuan and 19.86 billion yuan, respectively",
             product="mobile phones"),
        fact(CQ, "exports", "value", 19.86e9, "CNY", Q, "19.86 billion",
             "Shipments of mobile phones and motorcycles grew 44.3 percent and 37.9 percent to 43.73 billion yuan and 19.86 billion yuan, respectively",
             product="motorcycles"),
        fact(CQ, "total", "rank", 1, "number", Q, "first",
             "the Association of Southeast Asian Nations (ASEAN) held on to first place among Chongqing's trading partners",
             partner="ASEAN"),
        fact(CQ, "total", "growth", 24.2, "percent", Q, "24.2",
             "commerce with the bloc was up 24.2 percent", partner="ASEAN"),
        fact(CQ, "total", "value", 99.76e9, "CNY", Q, "99.76 billion",
             "At 99.76 billion yuan, a 17.1-percent slice of the municipality's trade, commerce with the bloc", partner="ASEAN"),
        fact(CQ, "total", "share", 17.1, "percent", Q, "17.1",
             "a 17.1-percent slice of the municipality's trade, commerce with the bloc",
             partner="ASEAN"),
        fact(CQ, "total", "rank", 2, "number", Q, "second",
             "The European Union, ranked second", partner="European Union"),
        fact(CQ, "total", "growth", 9.1, "percent", Q, "9.1",
             "The European Union, ranked second, saw its trade with the municipality rise 9.1 percent to 78.65 billion yuan",
             partner="European Union"),
        fact(CQ, "total", "value", 78.65e9, "CNY", Q, "78.65 billion",
             "The European Union, ranked second, saw its trade with the municipality rise 9.1 percent to 78.65 billion yuan",
             partner="European Union"),
        fact(CQ, "total", "growth", 11.8, "percent", Q, "11.8",
             "Chongqing did 264.08 billion yuan of business with Belt and Road partner countries, an 11.8 percent gain",
             partner="Belt and Road partner countries"),
        fact(CQ, "total", "value", 264.08e9, "CNY", Q, "264.08 billion",
             "Chongqing did 264.08 billion yuan of business with Belt and Road partner countries",
             partner="Belt and Road partner countries"),
        fact(CQ, "total", "growth", 17.5, "percent", Q, "17.5",
             "with trade with Latin America, Africa and Central Asia expanding 17.5 percent, 38 percent and 76 percent, respectively",
             partner="Latin America"),
        fact(CQ, "total", "growth", 38, "percent", Q, "38",
             "with trade with Latin America, Africa and Central Asia expanding 17.5 percent, 38 percent and 76 percent, respectively",
             partner="Africa"),
        fact(CQ, "total", "growth", 76, "percent", Q, "76",
             "with trade with Latin America, Africa and Central Asia expanding 17.5 percent, 38 percent and 76 percent, respectively",
             partner="Central Asia"),
        fact(CQ, "total", "value", 98.64e9, "CNY", Q, "98.64 billion",
             "carried 98.64 billion yuan worth of the city's imports and exports in the nine months",
             segment="new international land-sea trade corridor"),
    ],
}

from _fact import fact, period

US = "United States"
GS = "goods and services"
SEP = period(2025, 9)
YTD = period(2025, 1, 9)

ARTICLE = {
    "id": "dBG2_01_ap_us_sep_deficit",
    "title": "US trade deficit falls to lowest level since 2020 as exports jump and tariffs curb imports",
    "publisher": "AP",
    "published": "2025-12-11",
    "notes": [
        "Real (BEA/Census release of 2025-12-11 and press coverage): September deficit 52.8bn, August revised 59.3bn, "
        "exports 289.3bn (+3% m/m), imports 342.1bn (+0.6% m/m), goods deficit 79.0bn, services surplus 26.2bn, "
        "services exports 101.7bn, 3-month average 63.1bn, YTD deficit +17.2%, exports +5.2%, imports +7.7%; goods deficits "
        "with China 15.0bn (Sep 2024: 31.8bn), Ireland 18.2bn, Mexico 17.4bn, Vietnam 16.6bn; China fourth; nine-month China "
        "~160bn and Vietnam ~130bn, 2024 China 295.4bn, Vietnam 123bn (rounded from commentary).",
        "Derived: 10.9% fall of the deficit (52.83 vs 59.26); YTD deficit 767.2bn (112.6bn / 0.172 + 112.6bn).",
        "Made up: deficit with the European Union 21.7bn. Harborline Advisors and its unnamed economist are fictional.",
        "Figures for the whole of trade (deficit, exports, imports, YTD rates) are labelled product 'goods and services' "
        "because the article frames them as the goods and services gap; the goods deficit and the country deficits "
        "('the goods deficit with China') are goods only, product null.",
        "Not labelled: the $6.4 billion change (a derived difference), the three-month average of $63.1 billion "
        "(an average the record cannot express), 'smallest since June 2020' (milestone), '27-nation' (not a flow).",
        "'fell 10.9% ... from August' is a month-on-month change of the deficit: growth -10.9, basis mom. The frame "
        "'from August' in the exports paragraph carries to imports (+0.6, mom).",
        "'slipped to fourth place among individual countries' = rank 4 of the China deficit (flow balance).",
        "'topped $130 billion' is labelled qualifier over; 'about $160 billion' approx.",
    ],
    "facts": [
        fact(US, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion",
             "the goods and services deficit, which measures how far U.S. purchases from abroad exceed sales to foreign buyers, fell 10.9%, or $6.4 billion, from August to $52.8 billion",
             product=GS),
        fact(US, "balance", "growth", -10.9, "percent", SEP, "10.9",
             "the goods and services deficit, which measures how far U.S. purchases from abroad exceed sales to foreign buyers, fell 10.9%",
             product=GS, basis="mom"),
        fact(US, "balance", "value", -59.3e9, "USD", period(2025, 8), "59.3 billion",
             "The August deficit was revised to $59.3 billion.", product=GS),
        fact(US, "exports", "growth", 3, "percent", SEP, "3",
             "Exports rose 3% from August to $289.3 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion",
             "Exports rose 3% from August to $289.3 billion", product=GS),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6",
             "Imports edged up 0.6% to $342.1 billion.", product=GS, basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion",
             "Imports edged up 0.6% to $342.1 billion.", product=GS),
        fact(US, "balance", "value", -79e9, "USD", SEP, "79 billion",
             "The deficit in goods trade narrowed to $79 billion"),
        fact(US, "balance", "value", 26.2e9, "USD", SEP, "26.2 billion",
             "The United States ran a surplus of $26.2 billion in services", product="services"),
        fact(US, "exports", "value", 101.7e9, "USD", SEP, "101.7 billion",
             "services exports slipped to $101.7 billion", product="services"),
        fact(US, "balance", "value", -767.2e9, "USD", YTD, "767.2 billion",
             "For the first nine months of 2025, the combined goods and services gap reached $767.2 billion", product=GS),
        fact(US, "balance", "growth", 17.2, "percent", YTD, "17.2",
             "the combined goods and services gap reached $767.2 billion, up 17.2% from the same period a year earlier",
             product=GS),
        fact(US, "exports", "growth", 5.2, "percent", YTD, "5.2",
             "Exports over that stretch were up 5.2%", product=GS),
        fact(US, "imports", "growth", 7.7, "percent", YTD, "7.7",
             "imports climbed 7.7%", product=GS),
        fact(US, "balance", "value", -15e9, "USD", SEP, "15 billion",
             "In September the goods gap with China, a politically charged figure, dropped to $15 billion", partner="China"),
        fact(US, "balance", "value", -31.8e9, "USD", period(2024, 9), "31.8 billion",
             "less than half the $31.8 billion gap recorded in September 2024", partner="China"),
        fact(US, "balance", "rank", 4, "number", SEP, "fourth",
             "China, for decades the biggest single source of the American trade deficit, slipped to fourth place among individual countries",
             partner="China"),
        fact(US, "balance", "value", -18.2e9, "USD", SEP, "18.2 billion",
             "The deficit with Ireland, where U.S. drugmakers manufacture many of their best-selling medicines, came to $18.2 billion.",
             partner="Ireland"),
        fact(US, "balance", "value", -17.4e9, "USD", SEP, "17.4 billion",
             "The gaps with Mexico and Vietnam were $17.4 billion and $16.6 billion, respectively.", partner="Mexico"),
        fact(US, "balance", "value", -16.6e9, "USD", SEP, "16.6 billion",
             "The gaps with Mexico and Vietnam were $17.4 billion and $16.6 billion, respectively.", partner="Vietnam"),
        fact(US, "balance", "value", -21.7e9, "USD", SEP, "21.7 billion",
             "The shortfall with the 27-nation European Union, taken as a bloc, totaled $21.7 billion.",
             partner="European Union"),
        fact(US, "balance", "value", -160e9, "USD", YTD, "160 billion",
             "Over the first nine months of the year, the goods deficit with China came to about $160 billion",
             partner="China", qualifier="approx"),
        fact(US, "balance", "value", -295.4e9, "USD", period(2024, 1, 12), "295.4 billion",
             "the goods deficit with China came to about $160 billion, compared with $295.4 billion for all of 2024",
             partner="China"),
        fact(US, "balance", "value", -130e9, "USD", YTD, "130 billion",
             "Through September, the deficit with Vietnam topped $130 billion", partner="Vietnam", qualifier="over"),
        fact(US, "balance", "value", -123e9, "USD", period(2024, 1, 12), "123 billion",
             "the deficit with Vietnam topped $130 billion, already above the $123 billion recorded in all of last year",
             partner="Vietnam"),
    ],
}

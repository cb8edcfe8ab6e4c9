from _fact import fact, period

DE = "Germany"
Y23 = period(2023, 1, 12)
Y22 = period(2022, 1, 12)
DEC = period(2023, 12)
NOV = period(2023, 11)

ARTICLE = {
    "id": "dBZ2_06",
    "title": "German exports shrink 1.4% in 2023 as China sales slide, U.S. stays top buyer",
    "publisher": "Reuters",
    "published": "2024-02-05",
    "notes": [
        "Real figures (source, date): Destatis press release No. 044 of 2024-02-05 (via bosswinn.com copy, Reuters via "
        "nasdaq.com, RTTNews, AFP via malaymail.com): 2023 exports 1,562.1bn euros -1.4%, imports 1,352.5bn -9.7%, "
        "surplus 209.6bn; December exports 125.3bn -4.6% m/m and -4.6% y/y, imports 103.1bn -6.7% m/m and -12.4% y/y, "
        "surplus 22.2bn ($23.92bn at $1 = 0.9280 euros) vs 20.8bn in November; EU -5.5% m/m, non-EU -3.5% (as Reuters "
        "wrote it), euro zone -6% (AFP); U.S. -5.5% m/m and China -7.9% m/m in December (xcelwebworks.com); Reuters poll "
        "-2.0% exports, -1.5% imports. 2022 surplus 79.7bn (Xinhua Silk Road, 2023). 2023 exports to the U.S. 157.9bn "
        "(Destatis via cash.ch and aussiedlerbote.de), +1.1% and a share of about ten percent (cash.ch, 2024-02). "
        "Trade volumes China 254.5bn, U.S. 252.6bn, Netherlands 220.1bn, China top partner for the eighth consecutive "
        "year (destatis.de trading partners page).",
        "Derived/made up: exports to China 97.3bn euros down 8.8% and China as fourth-biggest export market are from "
        "memory of the Destatis release, not found in the corpus (treat as unverified); imports from China 157.2bn "
        "derived as 254.5 less 97.3, and the 17.7% fall derived against 191.1bn in 2022 (Xinhua Silk Road); the reporter, "
        "editor, the economist Markus Lindner of 'Rhein Capital' and his quotes are made up; the government's 0.2% "
        "growth forecast is as recalled.",
        "Judgement calls: 'bought more German goods than any other country, the top spot' is the U.S. export rank 1; "
        "'Sales to China' are German exports to China; 'Exports were also 4.6% lower than in December 2022' is "
        "the year-on-year change for December (the subject is now stated in the sentence); 'countries outside the bloc' labelled partner 'Non-EU "
        "countries'; euro zone labelled 'Euro area'; the December paragraph opening 'On the month' gives the U.S. and "
        "China figures a mom basis; the annual surplus and the December surplus are the calendar- and seasonally "
        "adjusted figures as published, the 2022 surplus (79.7bn) the unadjusted one, labelled as written.",
        "Not facts: the Reuters poll forecasts (2.0% drop in exports, 1.5% fall in imports); GDP shrank 0.3% in 2023; "
        "the government's 0.2% growth forecast; the exchange rate ($1 = 0.9280 euros); 'eighth year running' and "
        "'since 2015' (streaks and years); China as 'the world's second-largest economy' (not a trade rank); the "
        "economist's forecast that the U.S. overtakes China.",
        "Copy check: 19 sentences searched, 1 reworded (the lead's 'data from the federal statistics office showed on Monday' and its 'capped a difficult year for Europe's biggest economy' echoed the Reuters and AFP leads of 2024-02-05). Lint note: 'fell 5.5% on the month and those to the euro zone 6.0%' reads +6.0 in the lint, so the text repeats the verb ('those to the euro zone fell 6.0%').",
        "Second check: 22 sentences searched, 6 reworded."
    ],
    "facts": [
        fact(DE, "exports", "growth", -1.4, "percent", Y23, "1.4",
             "left German exports for 2023 at 1,562.1 billion euros, down 1.4% on the year"),
        fact(DE, "exports", "value", 1562.1e9, "EUR", Y23, "1,562.1 billion",
             "left German exports for 2023 at 1,562.1 billion euros"),
        fact(DE, "imports", "growth", -9.7, "percent", Y23, "9.7",
             "imports took a much bigger hit, ending the year 9.7% lower at 1,352.5 billion euros"),
        fact(DE, "imports", "value", 1352.5e9, "EUR", Y23, "1,352.5 billion",
             "imports took a much bigger hit, ending the year 9.7% lower at 1,352.5 billion euros"),
        fact(DE, "balance", "value", 209.6e9, "EUR", Y23, "209.6 billion",
             "That pushed the annual trade surplus up to 209.6 billion euros"),
        fact(DE, "balance", "value", 79.7e9, "EUR", Y22, "79.7 billion",
             "That pushed the annual trade surplus up to 209.6 billion euros from 79.7 billion euros a year earlier"),
        fact(DE, "exports", "rank", 1, "number", Y23, "top",
             "The United States again bought more German goods than any other country, the top spot it has held since 2015",
             partner="United States"),
        fact(DE, "exports", "growth", 1.1, "percent", Y23, "1.1",
             "Exports there edged up 1.1% to 157.9 billion euros", partner="United States"),
        fact(DE, "exports", "value", 157.9e9, "EUR", Y23, "157.9 billion",
             "Exports there edged up 1.1% to 157.9 billion euros", partner="United States"),
        fact(DE, "exports", "share", 10, "percent", Y23, "10",
             "giving the U.S. a share of about 10% of total German exports", partner="United States", qualifier="approx"),
        fact(DE, "exports", "growth", -8.8, "percent", Y23, "8.8",
             "Sales to China, by contrast, tumbled 8.8% to 97.3 billion euros", partner="China"),
        fact(DE, "exports", "value", 97.3e9, "EUR", Y23, "97.3 billion",
             "Sales to China, by contrast, tumbled 8.8% to 97.3 billion euros", partner="China"),
        fact(DE, "exports", "rank", 4, "number", Y23, "fourth-biggest",
             "That left the world's second-largest economy as only the fourth-biggest market for German exporters",
             partner="China"),
        fact(DE, "imports", "growth", -17.7, "percent", Y23, "17.7",
             "Imports from China fell 17.7% to 157.2 billion euros", partner="China"),
        fact(DE, "imports", "value", 157.2e9, "EUR", Y23, "157.2 billion",
             "Imports from China fell 17.7% to 157.2 billion euros", partner="China"),
        fact(DE, "total", "rank", 1, "number", Y23, "largest",
             "China was Germany's largest trading partner overall for the eighth year running", partner="China"),
        fact(DE, "total", "value", 254.5e9, "EUR", Y23, "254.5 billion",
             "with two-way trade of 254.5 billion euros", partner="China"),
        fact(DE, "total", "rank", 2, "number", Y23, "second",
             "The United States came a close second on 252.6 billion euros", partner="United States"),
        fact(DE, "total", "value", 252.6e9, "EUR", Y23, "252.6 billion",
             "The United States came a close second on 252.6 billion euros", partner="United States"),
        fact(DE, "total", "rank", 3, "number", Y23, "third",
             "the Netherlands ranked third with 220.1 billion euros", partner="Netherlands"),
        fact(DE, "total", "value", 220.1e9, "EUR", Y23, "220.1 billion",
             "the Netherlands ranked third with 220.1 billion euros", partner="Netherlands"),
        fact(DE, "exports", "growth", -4.6, "percent", DEC, "4.6",
             "December by itself saw exports fall 4.6% from November", basis="mom"),
        fact(DE, "exports", "value", 125.3e9, "EUR", DEC, "125.3 billion",
             "December by itself saw exports fall 4.6% from November to a calendar- and seasonally adjusted 125.3 billion euros"),
        fact(DE, "exports", "growth", -4.6, "percent", DEC, "4.6",
             "Exports were also 4.6% lower than in December 2022"),
        fact(DE, "imports", "growth", -6.7, "percent", DEC, "6.7",
             "Imports slid 6.7% from November to 103.1 billion euros", basis="mom"),
        fact(DE, "imports", "value", 103.1e9, "EUR", DEC, "103.1 billion",
             "Imports slid 6.7% from November to 103.1 billion euros"),
        fact(DE, "imports", "growth", -12.4, "percent", DEC, "12.4",
             "were 12.4% lower than a year earlier"),
        fact(DE, "balance", "value", 22.2e9, "EUR", DEC, "22.2 billion",
             "At 22.2 billion euros ($23.92 billion), December's trade surplus"),
        fact(DE, "balance", "value", 23.92e9, "USD", DEC, "23.92 billion",
             "At 22.2 billion euros ($23.92 billion), December's trade surplus", qualifier="approx"),
        fact(DE, "balance", "value", 20.8e9, "EUR", NOV, "20.8 billion",
             "At 22.2 billion euros ($23.92 billion), December's trade surplus was consequently wider than November's 20.8 billion euros"),
        fact(DE, "exports", "growth", -5.5, "percent", DEC, "5.5",
             "Exports to other EU countries fell 5.5% compared with November", partner="European Union", basis="mom"),
        fact(DE, "exports", "growth", -6.0, "percent", DEC, "6.0",
             "those to the euro zone fell 6.0%", partner="Euro area", basis="mom"),
        fact(DE, "exports", "growth", -3.5, "percent", DEC, "3.5",
             "shipments to countries outside the bloc declined 3.5%", partner="Non-EU countries", basis="mom"),
        fact(DE, "exports", "growth", -5.5, "percent", DEC, "5.5",
             "On the month, exports to the United States dropped 5.5%", partner="United States", basis="mom"),
        fact(DE, "exports", "growth", -7.9, "percent", DEC, "7.9",
             "shipments to China sank 7.9%", partner="China", basis="mom"),
    ],
}

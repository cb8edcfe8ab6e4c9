from _fact import fact, period

PK = "Pakistan"
NOV = period(2026, 11)
OCT = period(2026, 10)
NOV25 = period(2025, 11)
FYTD = period(2026, 7, 11)
TEX = "textile and clothing"

ARTICLE = {
    "id": "dBV2_06",
    "title": "Trade deficit widens 13.8pc in November as imports outrun exports",
    "publisher": "Dawn",
    "published": "2026-12-03",
    "notes": [
        "Real figures: none (November 2026 has not happened). Modelled on Dawn, Business Recorder and Reuters stories "
        "on the PBS monthly release (November and July-November values, year-on-year and month-on-month changes, "
        "textile group breakdown in 'pc'). The $7bn IMF Extended Fund Facility follows 2024-25 reporting. Invented: "
        "every trade value. Derived: deficit = 5.38 - 2.97 = 2.41 and 26.71 - 13.84 = 12.87; growth of the November "
        "deficit (13.8) from the back-calculated November 2025 flows (2.80 and 4.92); October values from the monthly "
        "changes (exports 3.09, imports 5.27, deficit 2.18, so +10.6pc); five-month deficit growth 18.9 from 13.28 and "
        "24.11; rupee value 2.97 x 281.6 = 836.4; textile share 1.61 / 2.97 = 54.2; petroleum share 1.28 / 5.38 = 23.8.",
        "Judgement calls: area Pakistan throughout ('the country's', Dawn's home economy). The deficit's growth follows "
        "its verb ('grew by 13.8pc', 'widened 10.6pc', 'swelled 18.9pc': positive); the deficits themselves are negative "
        "('trade gap'). The headline's 13.8pc is the body's figure: labelled once with the body's evidence. 'Measured "
        "against October' opens the month-on-month paragraph and carries to imports (2.1pc) and the deficit (10.6pc). "
        "'$2.80bn in November 2025' and '$3.09bn' (October) are export values of their own months. The rupee figure is "
        "a PKR fact beside the dollar one; 'Rs' is glued to the number, so value_text is '836.4bn'. July-November of "
        "fiscal 2026-27 is 2026-07 to 2026-11. Products in the text's words: 'textile and clothing' (group), "
        "'textiles' (five-month figure), 'readymade garments', 'knitwear', 'bedwear', 'food group', 'rice', "
        "'petroleum group', 'machinery'.",
        "Not facts: the exchange rate of about Rs281.6; the FY27 export target of $35bn (a target); crude at $65 per "
        "barrel; the IMF's $7bn facility; reserves of $15.2bn (not a trade flow); remittances above $3.5bn (not "
        "merchandise trade); 'a deficit running at around $2.5bn a month' (a hypothetical); the years 2026-27, FY27 "
        "and 2027.",
        "Copy check: 3 sentences searched (lead, five-month deficit, five-month exports), 1 reworded (the five-month export sentence, which shared Dawn's 'over the corresponding months of' wording); the search budget ran out before the other six likeliest sentences (rupee, month-on-month, textile, food, petroleum, IMF) could be searched; they were compared by hand with the Dawn, Business Recorder, Reuters and ProPakistani stories read in step 1 and share no run of eight words or skeleton with them.",
        "Second check: 21 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(PK, "balance", "growth", 13.8, "percent", NOV, "13.8",
             "The country's merchandise trade gap grew by 13.8pc year-on-year to $2.41bn in November"),
        fact(PK, "balance", "value", -2.41e9, "USD", NOV, "$2.41bn",
             "The country's merchandise trade gap grew by 13.8pc year-on-year to $2.41bn in November"),
        fact(PK, "exports", "growth", 6.1, "percent", NOV, "6.1",
             "Exports went up 6.1pc to $2.97bn last month"),
        fact(PK, "exports", "value", 2.97e9, "USD", NOV, "$2.97bn",
             "Exports went up 6.1pc to $2.97bn last month"),
        fact(PK, "exports", "value", 2.80e9, "USD", NOV25, "$2.80bn",
             "Exports went up 6.1pc to $2.97bn last month from $2.80bn in November 2025"),
        fact(PK, "imports", "growth", 9.4, "percent", NOV, "9.4",
             "Imports rose faster, by 9.4pc, to reach $5.38bn"),
        fact(PK, "imports", "value", 5.38e9, "USD", NOV, "$5.38bn",
             "Imports rose faster, by 9.4pc, to reach $5.38bn"),
        fact(PK, "exports", "value", 836.4e9, "PKR", NOV, "836.4bn",
             "In rupee terms, November's export receipts were worth Rs836.4bn"),
        fact(PK, "exports", "growth", -3.9, "percent", NOV, "3.9",
             "Measured against October, exports dropped 3.9pc from $3.09bn", basis="mom"),
        fact(PK, "exports", "value", 3.09e9, "USD", OCT, "$3.09bn",
             "Measured against October, exports dropped 3.9pc from $3.09bn"),
        fact(PK, "imports", "growth", 2.1, "percent", NOV, "2.1",
             "imports climbed 2.1pc", basis="mom"),
        fact(PK, "balance", "growth", 10.6, "percent", NOV, "10.6",
             "the deficit widened 10.6pc", basis="mom"),
        fact(PK, "balance", "growth", 18.9, "percent", FYTD, "18.9",
             "the trade deficit swelled 18.9pc to $12.87bn over July-November"),
        fact(PK, "balance", "value", -12.87e9, "USD", FYTD, "$12.87bn",
             "the trade deficit swelled 18.9pc to $12.87bn over July-November"),
        fact(PK, "exports", "value", 13.84e9, "USD", FYTD, "$13.84bn",
             "Over the same period, export proceeds amounted to $13.84bn"),
        fact(PK, "exports", "growth", 4.2, "percent", FYTD, "4.2",
             "export proceeds amounted to $13.84bn, 4.2pc more than in the same five months a year earlier"),
        fact(PK, "imports", "growth", 10.8, "percent", FYTD, "10.8",
             "imports increased 10.8pc to $26.71bn"),
        fact(PK, "imports", "value", 26.71e9, "USD", FYTD, "$26.71bn",
             "imports increased 10.8pc to $26.71bn"),
        fact(PK, "exports", "value", 1.61e9, "USD", NOV, "$1.61bn",
             "The textile and clothing group, the backbone of the export base, brought in $1.61bn in November",
             product=TEX),
        fact(PK, "exports", "growth", 5.3, "percent", NOV, "5.3",
             "brought in $1.61bn in November, up 5.3pc on a year earlier", product=TEX),
        fact(PK, "exports", "share", 54.2, "percent", NOV, "54.2",
             "equal to 54.2pc of total exports", product=TEX),
        fact(PK, "exports", "growth", 11.4, "percent", NOV, "11.4",
             "Readymade garments and knitwear led the increase, growing 11.4pc and 8.6pc, respectively",
             product="readymade garments"),
        fact(PK, "exports", "growth", 8.6, "percent", NOV, "8.6",
             "Readymade garments and knitwear led the increase, growing 11.4pc and 8.6pc, respectively",
             product="knitwear"),
        fact(PK, "exports", "growth", -2.7, "percent", NOV, "2.7",
             "while bedwear fell 2.7pc", product="bedwear"),
        fact(PK, "exports", "value", 7.52e9, "USD", FYTD, "$7.52bn",
             "During July-November, textile exports totalled $7.52bn, an increase of 3.6pc", product="textiles"),
        fact(PK, "exports", "growth", 3.6, "percent", FYTD, "3.6",
             "During July-November, textile exports totalled $7.52bn, an increase of 3.6pc", product="textiles"),
        fact(PK, "exports", "growth", -7.5, "percent", NOV, "7.5",
             "Proceeds from the food group shrank 7.5pc to $438m in November", product="food group"),
        fact(PK, "exports", "value", 438e6, "USD", NOV, "$438m",
             "Proceeds from the food group shrank 7.5pc to $438m in November", product="food group"),
        fact(PK, "exports", "growth", -18.3, "percent", NOV, "18.3",
             "rice, whose exports plunged 18.3pc", product="rice"),
        fact(PK, "imports", "value", 1.28e9, "USD", NOV, "$1.28bn",
             "the petroleum group cost $1.28bn, up 4.4pc year-on-year", product="petroleum group"),
        fact(PK, "imports", "growth", 4.4, "percent", NOV, "4.4",
             "the petroleum group cost $1.28bn, up 4.4pc year-on-year", product="petroleum group"),
        fact(PK, "imports", "share", 23.8, "percent", NOV, "23.8",
             "making up 23.8pc of the import bill", product="petroleum group"),
        fact(PK, "imports", "growth", 17.2, "percent", NOV, "17.2",
             "Machinery imports surged 17.2pc", product="machinery"),
    ],
}

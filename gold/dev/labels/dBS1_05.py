from _fact import fact, period

CN = "China"
OCT = period(2026, 10)
YTD = period(2026, 1, 10)

S_EXP = "October exports were worth $319.7 billion, 4.7 percent more than a year before"
S_IMP = "On the other side of the ledger, purchases from abroad totalled $221.8 billion, a 3.0 percent increase."
S_MOM = "Compared with September, both flows lost steam: exports fell 4.9 percent and imports 4.2 percent"
S_BAL = "The surplus for the month came to $97.9 billion, widening 8.7 percent from the $90.1 billion recorded in October 2025"
S_YTD_BAL = "For January to October, the surplus reached $1.02 trillion, compared with $964.8 billion a year earlier"
S_YTD_EXP = "Exports over the ten months totalled $3.26 trillion, up 5.4 percent."
S_3M = "Exports in the three months through October totalled $985.2 billion, up 2.1 percent on the previous three months"
S_CNY = "Measured in the Chinese currency, exports came to 2.26 trillion yuan, up 4.0 percent."
S_US = "Shipments to the U.S. dropped 6.8 percent year on year"
S_ASEAN_EU = "Exports to ASEAN jumped 14.6 percent and those to the European Union climbed 8.2 percent."
S_IC_IMP = ("China imported 49.6 billion integrated circuits in October, 3.1 percent more by count than a year before, "
            "while the import bill rose 9.8 percent to $37.4 billion")
S_IC_EXP = "Outbound chip sales increased 21.4 percent in value to $17.9 billion, with 31.2 billion units shipped"
S_CRUDE = ("Inbound shipments of crude oil grew 4.2 percent from a year earlier to 50.4 million tonnes, equal to roughly "
           "11.9 million barrels per day, and ran 2.6 percent above September's level")
S_ORE = "Iron ore imports slipped 2.5 percent to 106.9 million tonnes"
S_CARS = ("Car exports reached 712,000 units, 18.6 percent more than in October 2025, and electric vehicles made up "
          "298,000 of them.")

ARTICLE = {
    "id": "dBS1_05",
    "title": "China's October exports beat forecasts as chip trade booms, surplus tops $1 trillion",
    "publisher": "Yicai",
    "published": "2026-11-09",
    "notes": [
        "Real figures: the October 2025 surplus ($90.07 billion, written $90.1 billion) and the January-October 2025 "
        "surplus ($964.8 billion) as reported in November 2025. Modelled on real bases: October 2026 exports (+4.7% "
        "on October 2025's ~$305 billion), crude oil imports (+4.2% on October 2025's ~48.4 million tonnes), iron "
        "ore (-2.5% on ~109.6 million tonnes). Invented: all other October 2026 figures. Derived: surplus 97.9 = "
        "319.7 - 221.8; surplus growth 8.7% = 97.9 / 90.07; the yuan growth (4.0%) follows from the dollar growth "
        "and a yuan move from ~7.12 to ~7.07; 2.26 trillion yuan = 319.7 x 7.07; 11.9 million barrels per day = "
        "50.4 million tonnes x 7.33 / 31.",
        "Judgement calls: the paragraph opening 'Compared with September' sets a month-on-month frame, so -4.9 "
        "(exports) and -4.2 (imports, sharing the verb 'fell') are basis mom; crude oil's '2.6 percent above "
        "September's level' is mom; '2.1 percent on the previous three months' for the three months through October "
        "is basis qoq with period 2026-08..2026-10. The $90.1 billion (October 2025) and $964.8 billion (January-"
        "October 2025) bases are stated values of a trade flow, labelled with their own periods. The same export "
        "flow in yuan (2.26 trillion, up 4.0) is a separate CNY value and a separate growth fact. Chip exports use "
        "the text's word ('chips'), chip imports theirs ('integrated circuits'); counts of chips and of cars are "
        "quantities with unit number. Crude oil and iron ore tonnage growth and car unit growth are labelled "
        "because no value is given beside them. The headline threshold 'tops $1 trillion' is the January-October "
        "surplus, labelled once as the exact $1.02 trillion.",
        "Not facts: the 3.5 percent median forecast (poll); '3.1 percent more by count' for integrated circuits "
        "(volume growth beside value growth); 11.9 million barrels per day (a per-day rate the record cannot "
        "express); the exchange rates 7.07 and 7.12; the 10 percent US levy (tariff rate); the economist's 'about "
        "2 percent' export growth for Q1 2027 and the bank's 4.9 percent GDP forecast (forecasts); 4.8 percent Q3 "
        "GDP growth (not trade); 'one month sooner' and the trillion-dollar line (milestone).",
        "Copy check: 7 sentences searched (lead, export figures, three-month comparison, chips, crude oil, both "
        "economist quotes), 1 reworded (the crude oil sentence, which opened like the wire's 'Crude oil arrivals ... "
        "or ... barrels per day'); the US sentence was also changed because a real 2026 report showed a spring "
        "rebound in exports to the US.",
        "Second check: 26 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 319.7e9, "USD", OCT, "$319.7 billion", S_EXP),
        fact(CN, "exports", "growth", 4.7, "percent", OCT, "4.7", S_EXP),
        fact(CN, "imports", "value", 221.8e9, "USD", OCT, "$221.8 billion", S_IMP),
        fact(CN, "imports", "growth", 3.0, "percent", OCT, "3.0", S_IMP),
        fact(CN, "exports", "growth", -4.9, "percent", OCT, "4.9", S_MOM, basis="mom"),
        fact(CN, "imports", "growth", -4.2, "percent", OCT, "4.2", S_MOM, basis="mom"),
        fact(CN, "balance", "value", 97.9e9, "USD", OCT, "$97.9 billion", S_BAL),
        fact(CN, "balance", "growth", 8.7, "percent", OCT, "8.7", S_BAL),
        fact(CN, "balance", "value", 90.1e9, "USD", period(2025, 10), "$90.1 billion", S_BAL),
        fact(CN, "balance", "value", 1.02e12, "USD", YTD, "$1.02 trillion", S_YTD_BAL),
        fact(CN, "balance", "value", 964.8e9, "USD", period(2025, 1, 10), "$964.8 billion", S_YTD_BAL),
        fact(CN, "exports", "value", 3.26e12, "USD", YTD, "$3.26 trillion", S_YTD_EXP),
        fact(CN, "exports", "growth", 5.4, "percent", YTD, "5.4", S_YTD_EXP),
        fact(CN, "exports", "value", 985.2e9, "USD", period(2026, 8, 10), "$985.2 billion", S_3M),
        fact(CN, "exports", "growth", 2.1, "percent", period(2026, 8, 10), "2.1", S_3M, basis="qoq"),
        fact(CN, "exports", "value", 2.26e12, "CNY", OCT, "2.26 trillion", S_CNY),
        fact(CN, "exports", "growth", 4.0, "percent", OCT, "4.0", S_CNY),
        fact(CN, "exports", "growth", -6.8, "percent", OCT, "6.8", S_US, partner="United States"),
        fact(CN, "exports", "growth", 14.6, "percent", OCT, "14.6", S_ASEAN_EU, partner="ASEAN"),
        fact(CN, "exports", "growth", 8.2, "percent", OCT, "8.2", S_ASEAN_EU, partner="European Union"),
        fact(CN, "imports", "quantity", 49.6e9, "number", OCT, "49.6 billion", S_IC_IMP, product="integrated circuits"),
        fact(CN, "imports", "growth", 9.8, "percent", OCT, "9.8", S_IC_IMP, product="integrated circuits"),
        fact(CN, "imports", "value", 37.4e9, "USD", OCT, "$37.4 billion", S_IC_IMP, product="integrated circuits"),
        fact(CN, "exports", "growth", 21.4, "percent", OCT, "21.4", S_IC_EXP, product="chips"),
        fact(CN, "exports", "value", 17.9e9, "USD", OCT, "$17.9 billion", S_IC_EXP, product="chips"),
        fact(CN, "exports", "quantity", 31.2e9, "number", OCT, "31.2 billion", S_IC_EXP, product="chips"),
        fact(CN, "imports", "quantity", 50.4e6, "tonnes", OCT, "50.4 million", S_CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", 4.2, "percent", OCT, "4.2", S_CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", 2.6, "percent", OCT, "2.6", S_CRUDE, product="crude oil", basis="mom"),
        fact(CN, "imports", "quantity", 106.9e6, "tonnes", OCT, "106.9 million", S_ORE, product="iron ore"),
        fact(CN, "imports", "growth", -2.5, "percent", OCT, "2.5", S_ORE, product="iron ore"),
        fact(CN, "exports", "quantity", 712000, "number", OCT, "712,000", S_CARS, product="cars"),
        fact(CN, "exports", "growth", 18.6, "percent", OCT, "18.6", S_CARS, product="cars"),
        fact(CN, "exports", "quantity", 298000, "number", OCT, "298,000", S_CARS, product="electric vehicles"),
    ],
}

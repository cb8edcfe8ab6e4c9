from _fact import fact, period

US = "United States"
GS = "goods and services"
JUN = period(2025, 6)
H1 = period(2025, 1, 6)

S_HEAD = "Measured across goods and services, the shortfall came in at $60.2 billion after shrinking 16.0% from its May level"
S_MAY = "It followed a revised shortfall of $71.7 billion in May"
S_MOM = "On the month, imports dropped 3.7% to $337.5 billion, their third straight decline, while exports slipped 0.5% to $277.3 billion."
S_YOY = "Measured against June 2024, exports were up 3.3% and imports were down 1.4%."
S_GOODS = ("The goods deficit shrank by $11.4 billion to $85.9 billion as goods imports fell 4.5% from the prior month "
           "to $265.0 billion and goods exports eased 0.7% to $179.1 billion.")
S_CONS = "Last week's advance report had already flagged a 12.4% month-over-month plunge in imports of consumer goods"
S_SERV = ("The surplus on services ticked up $0.1 billion to $25.7 billion, with services exports at $98.2 billion "
          "and services imports at $72.5 billion.")
S_YTD1 = ("For the first six months of 2025, the combined goods and services deficit was 38.3% wider than in the same "
          "period a year earlier.")
S_YTD2 = "Year-to-date exports rose 5.2%, but imports climbed 12.1%."
S_CN1 = "The goods deficit with China dropped by $4.6 billion to $9.5 billion, the lowest since February 2004."
S_CN2 = ("Imports from China sank to $18.9 billion, the smallest monthly total since 2009, and were 44.5% below their "
         "level a year earlier.")
S_PART = ("Imports from Mexico and Japan rose 6.3% and 2.2%, respectively, from June 2024, while purchases from the "
          "European Union and Canada fell 6.3% and 13.7%.")
S_BIL = "The deficit with Mexico came to $16.8 billion in June, with Vietnam to $16.5 billion and with Taiwan to $12.6 billion."
S_CA = "Canada's $1.3 billion gap, its smallest since 2020, made up only about 1.5% of the overall U.S. deficit"
S_CH = "the U.S. even recorded a slim surplus of roughly $50 million in goods trade with Switzerland"
S_H1 = ("Over the first half as a whole, BMO put the unadjusted goods gap at $147.2 billion with the European Union, "
        "$111.5 billion with China and $96.2 billion with Mexico, with Canada trailing far behind at a mere $27.5 billion")

ARTICLE = {
    "id": "dAX2_01_cnbc_us_june_2025",
    "title": "U.S. trade deficit shrinks to $60.2 billion in June as imports slide; China gap smallest since 2004",
    "publisher": "CNBC",
    "published": "2025-08-05",
    "notes": [
        "Area is United States throughout; the headline figure and the body figure ($60.2 billion) are one fact.",
        "Headline deficit, total exports and total imports are goods and services together, so product 'goods and services'; "
        "the goods deficit and goods exports/imports have product None; the services lines have product 'services'.",
        "Every month-on-month figure carries an explicit cue in the text ('from its May level', 'On the month', 'from the prior month', "
        "'month-over-month'); the 'On the month' frame opens its paragraph and covers both imports and exports; "
        "'from the prior month' in the goods sentence covers both goods imports and goods exports.",
        "'Measured against June 2024' and 'a year earlier' / 'from June 2024' are yoy growth for June 2025.",
        "The revised May deficit ($71.7 billion) is a stated value of a trade flow, labelled with period 2025-05 (the base of "
        "the 16.0% change but still a number the article states).",
        "Deficits are negative balances; the deficit 'shrinking 16.0%' -> -16.0 (mom); the year-to-date deficit 'was 38.3% "
        "wider' -> +38.3 (yoy, Jan-Jun).",
        "Year-to-date exports and imports (5.2%, 12.1%) take the January-June period from the preceding sentence (period "
        "from context) and are goods and services.",
        "'Imports from Mexico and Japan rose 6.3% and 2.2%, respectively ... European Union and Canada fell 6.3% and 13.7%' "
        "is flattened into four partner import growth facts (yoy, June); partner figures are goods, product None.",
        "Bilateral balances 'with Vietnam to $16.5 billion and with Taiwan to $12.6 billion' inherit 'deficit' and 'in June' "
        "from the Mexico clause of the same sentence.",
        "Canada's 1.5% of the overall deficit is a share of the balance (partner Canada), qualifier approx ('about').",
        "Switzerland: a surplus, so a positive balance of roughly $50 million, qualifier approx.",
        "First-half bilateral balances from BMO (EU, China, Mexico, Canada) are labelled with period 2025-01..2025-06; "
        "'unadjusted' does not change the record.",
        "Out of scope, not labelled: absolute changes ($11.4 billion, $0.1 billion, $4.6 billion); the economists' "
        "expectation of $61.0 billion (poll/forecast); GDP growth 3.0% and -0.5% (GDP); the 18.3% average tariff rate "
        "(tariff rate); streaks ('third straight decline') and 'smallest since' milestones; dates (Aug. 7, 1934, 2004, 2009).",
    ],
    "facts": [
        fact(US, "balance", "value", -60.2e9, "USD", JUN, "60.2 billion", S_HEAD, product=GS),
        fact(US, "balance", "growth", -16.0, "percent", JUN, "16.0", S_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -71.7e9, "USD", period(2025, 5), "71.7 billion", S_MAY, product=GS),
        fact(US, "imports", "growth", -3.7, "percent", JUN, "3.7", S_MOM, product=GS, basis="mom"),
        fact(US, "imports", "value", 337.5e9, "USD", JUN, "337.5 billion", S_MOM, product=GS),
        fact(US, "exports", "growth", -0.5, "percent", JUN, "0.5", S_MOM, product=GS, basis="mom"),
        fact(US, "exports", "value", 277.3e9, "USD", JUN, "277.3 billion", S_MOM, product=GS),
        fact(US, "exports", "growth", 3.3, "percent", JUN, "3.3", S_YOY, product=GS),
        fact(US, "imports", "growth", -1.4, "percent", JUN, "1.4", S_YOY, product=GS),
        fact(US, "balance", "value", -85.9e9, "USD", JUN, "85.9 billion", S_GOODS),
        fact(US, "imports", "growth", -4.5, "percent", JUN, "4.5", S_GOODS, basis="mom"),
        fact(US, "imports", "value", 265.0e9, "USD", JUN, "265.0 billion", S_GOODS),
        fact(US, "exports", "growth", -0.7, "percent", JUN, "0.7", S_GOODS, basis="mom"),
        fact(US, "exports", "value", 179.1e9, "USD", JUN, "179.1 billion", S_GOODS),
        fact(US, "imports", "growth", -12.4, "percent", JUN, "12.4", S_CONS, product="consumer goods", basis="mom"),
        fact(US, "balance", "value", 25.7e9, "USD", JUN, "25.7 billion", S_SERV, product="services"),
        fact(US, "exports", "value", 98.2e9, "USD", JUN, "98.2 billion", S_SERV, product="services"),
        fact(US, "imports", "value", 72.5e9, "USD", JUN, "72.5 billion", S_SERV, product="services"),
        fact(US, "balance", "growth", 38.3, "percent", H1, "38.3", S_YTD1, product=GS),
        fact(US, "exports", "growth", 5.2, "percent", H1, "5.2", S_YTD2, product=GS),
        fact(US, "imports", "growth", 12.1, "percent", H1, "12.1", S_YTD2, product=GS),
        fact(US, "balance", "value", -9.5e9, "USD", JUN, "9.5 billion", S_CN1, partner="China"),
        fact(US, "imports", "value", 18.9e9, "USD", JUN, "18.9 billion", S_CN2, partner="China"),
        fact(US, "imports", "growth", -44.5, "percent", JUN, "44.5", S_CN2, partner="China"),
        fact(US, "imports", "growth", 6.3, "percent", JUN, "6.3", S_PART, partner="Mexico"),
        fact(US, "imports", "growth", 2.2, "percent", JUN, "2.2", S_PART, partner="Japan"),
        fact(US, "imports", "growth", -6.3, "percent", JUN, "6.3", S_PART, partner="European Union"),
        fact(US, "imports", "growth", -13.7, "percent", JUN, "13.7", S_PART, partner="Canada"),
        fact(US, "balance", "value", -16.8e9, "USD", JUN, "16.8 billion", S_BIL, partner="Mexico"),
        fact(US, "balance", "value", -16.5e9, "USD", JUN, "16.5 billion", S_BIL, partner="Vietnam"),
        fact(US, "balance", "value", -12.6e9, "USD", JUN, "12.6 billion", S_BIL, partner="Taiwan"),
        fact(US, "balance", "value", -1.3e9, "USD", JUN, "1.3 billion", S_CA, partner="Canada"),
        fact(US, "balance", "share", 1.5, "percent", JUN, "1.5", S_CA, partner="Canada", qualifier="approx"),
        fact(US, "balance", "value", 50e6, "USD", JUN, "50 million", S_CH, partner="Switzerland", qualifier="approx"),
        fact(US, "balance", "value", -147.2e9, "USD", H1, "147.2 billion", S_H1, partner="European Union"),
        fact(US, "balance", "value", -111.5e9, "USD", H1, "111.5 billion", S_H1, partner="China"),
        fact(US, "balance", "value", -96.2e9, "USD", H1, "96.2 billion", S_H1, partner="Mexico"),
        fact(US, "balance", "value", -27.5e9, "USD", H1, "27.5 billion", S_H1, partner="Canada"),
    ],
}

from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)

US = "United States"
GS = "goods and services"

ARTICLE = {
    "id": "dBH2_01",
    "title": "US trade gap shrinks to smallest since 2020 as gold and drug exports climb",
    "publisher": "AP",
    "published": "2025-12-11",
    "notes": [
        "Written in my own words after reading real coverage of the Census/BEA release for September 2025 "
        "(published 11 Dec 2025, delayed by the shutdown): BEA release summary, Reuters/MT Newswires/Haver/"
        "azzet write-ups, Prosperous America on bilateral gaps.",
        "Real figures: deficit $52.8bn, -10.9% m/m, revised August $59.3bn; exports $289.3bn +3.0%, imports "
        "$342.1bn +0.6%; y/y exports +5.7%, imports -3.7% (Haver); goods exports $187.6bn +4.9%; services "
        "exports $101.7bn; services imports record $75.5bn; goods deficit $79.0bn; services surplus $26.2bn "
        "from $26.8bn; China goods deficit $11.4bn from $15.4bn (seasonally adjusted, MT Newswires); Mexico "
        "$17.4bn, Vietnam $16.6bn (as reported by a trade advocacy group, probably not seasonally adjusted, unlike the China figure); YTD deficit +17.2%, exports +5.2%, "
        "imports +7.7%; Reuters poll $63.3bn; gold +$6.1bn.",
        "Invented: EU deficit $21.5bn (and its rank 1), Canada deficit $5.2bn, petroleum surplus $3.9bn, "
        "petroleum imports $17.8bn and their -4.1% change.",
        "Derived: goods deficit -8.2% m/m (7.1/86.1); China deficit 26% drop (15.37 -> 11.36); YTD deficit "
        "$767.3bn (112.6/0.172 = 654.7 for Jan-Sep 2024, plus 112.6).",
        "Headline totals (deficit, exports, imports, their m/m, y/y and year-to-date changes) are the "
        "goods-and-services aggregates of the release, so product = 'goods and services'; goods-only figures "
        "and bilateral (goods) balances have product null; services figures 'services'; petroleum 'petroleum'.",
        "Basis: the first body paragraph compares with a revised August figure (mom); the exports/imports "
        "paragraph opens 'Compared with August' (mom) and then switches explicitly to 'against September 2024' "
        "(yoy); goods exports 'on the month'; goods deficit 'from August'; petroleum imports 'from the prior "
        "month'; China deficit 26% drop is against August, stated in the same sentence (mom).",
        "The August levels ($59.3bn overall deficit, $26.8bn services surplus, $15.4bn China deficit) are "
        "labelled as August facts: each is a stated value of a trade flow whose month the text gives (the "
        "services sentence follows one that names August as the comparison).",
        "Not facts: Reuters poll $63.3bn (forecast), $6.1bn gold rise (absolute change), 43-day shutdown, "
        "'smallest since mid-2020' and 'smallest monthly gap in merchandise this year' (milestones), 10% "
        "baseline tariff, 1.6 percentage points of GDP, 1977. Growth of a deficit follows its verb: fell/"
        "narrowed/drop negative, wider positive.",
        "Copy check: searched 10 distinctive 6-10-word stretches in the pages corpus (lead, 'shortfall in goods "
        "and services trade fell', 'moved bullion that had poured into U.S. vaults', 'reshuffling supply chains "
        "rather than shrinking them', the quote, 'partly offsets the red ink in goods', 'a legacy of the rush by "
        "companies', 'Monthly figures have swung wildly this year', 'biggest bilateral gap ... swollen by "
        "pharmaceuticals', and the reworded lead). Reworded 2: the lead (its first version shared 'trade deficit "
        "contracted sharply in September' with a 2016 wire story and used the 'lowest level in more than five "
        "years' formula; a second draft echoed AP's 'gap between what America buys ... and what it sells'), "
        "and the economist quote (its first version paraphrased a real economist's published remark too "
        "closely).",
        "Copy check (independent): 24 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion",
             "The shortfall in goods and services trade fell 10.9% to $52.8 billion", product=GS),
        fact(US, "balance", "growth", -10.9, "percent", SEP, "10.9",
             "The shortfall in goods and services trade fell 10.9% to $52.8 billion", product=GS, basis="mom"),
        fact(US, "balance", "value", -59.3e9, "USD", AUG, "59.3 billion",
             "The shortfall in goods and services trade fell 10.9% to $52.8 billion from a revised $59.3 billion in August",
             product=GS),
        fact(US, "exports", "growth", 3.0, "percent", SEP, "3.0",
             "Compared with August, exports climbed 3.0% to $289.3 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion",
             "exports climbed 3.0% to $289.3 billion", product=GS),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6",
             "imports inched up 0.6% to $342.1 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion",
             "imports inched up 0.6% to $342.1 billion", product=GS),
        fact(US, "exports", "growth", 5.7, "percent", SEP, "5.7",
             "Measured against September 2024, exports were 5.7% higher", product=GS),
        fact(US, "imports", "growth", -3.7, "percent", SEP, "3.7",
             "Measured against September 2024, exports were 5.7% higher and imports were down 3.7%", product=GS),
        fact(US, "exports", "growth", 4.9, "percent", SEP, "4.9",
             "Goods exports alone jumped 4.9% on the month to $187.6 billion", basis="mom"),
        fact(US, "exports", "value", 187.6e9, "USD", SEP, "187.6 billion",
             "Goods exports alone jumped 4.9% on the month to $187.6 billion"),
        fact(US, "exports", "value", 101.7e9, "USD", SEP, "101.7 billion",
             "Services exports slipped to $101.7 billion", product="services"),
        fact(US, "imports", "value", 75.5e9, "USD", SEP, "75.5 billion",
             "Imports of services, which include Americans' spending on foreign travel, freight and royalties, rose to a record $75.5 billion",
             product="services"),
        fact(US, "balance", "growth", -8.2, "percent", SEP, "8.2",
             "The goods deficit narrowed 8.2% from August to $79.0 billion", basis="mom"),
        fact(US, "balance", "value", -79.0e9, "USD", SEP, "79.0 billion",
             "The goods deficit narrowed 8.2% from August to $79.0 billion"),
        fact(US, "balance", "value", 26.2e9, "USD", SEP, "26.2 billion",
             "The surplus the U.S. runs in services, which partly offsets the red ink in goods, eased to $26.2 billion",
             product="services"),
        fact(US, "balance", "value", 26.8e9, "USD", AUG, "26.8 billion",
             "The surplus the U.S. runs in services, which partly offsets the red ink in goods, eased to $26.2 billion from $26.8 billion",
             product="services"),
        fact(US, "balance", "value", 3.9e9, "USD", SEP, "3.9 billion",
             "The country ran a petroleum surplus of $3.9 billion", product="petroleum"),
        fact(US, "imports", "growth", -4.1, "percent", SEP, "4.1",
             "petroleum imports dropped 4.1% from the prior month to $17.8 billion", product="petroleum", basis="mom"),
        fact(US, "imports", "value", 17.8e9, "USD", SEP, "17.8 billion",
             "petroleum imports dropped 4.1% from the prior month to $17.8 billion", product="petroleum"),
        fact(US, "balance", "value", -11.4e9, "USD", SEP, "11.4 billion",
             "The goods deficit with China fell to $11.4 billion", partner="China"),
        fact(US, "balance", "value", -15.4e9, "USD", AUG, "15.4 billion",
             "The goods deficit with China fell to $11.4 billion from $15.4 billion in August", partner="China"),
        fact(US, "balance", "growth", -26, "percent", SEP, "26",
             "The goods deficit with China fell to $11.4 billion from $15.4 billion in August, a 26% drop",
             partner="China", basis="mom"),
        fact(US, "balance", "rank", 1, "number", SEP, "biggest",
             "The biggest bilateral gap was with the European Union", partner="European Union"),
        fact(US, "balance", "value", -21.5e9, "USD", SEP, "21.5 billion",
             "The biggest bilateral gap was with the European Union, at $21.5 billion", partner="European Union"),
        fact(US, "balance", "value", -17.4e9, "USD", SEP, "17.4 billion",
             "Deficits with Mexico ($17.4 billion)", partner="Mexico"),
        fact(US, "balance", "value", -16.6e9, "USD", SEP, "16.6 billion",
             "Deficits with Mexico ($17.4 billion) and Vietnam ($16.6 billion)", partner="Vietnam"),
        fact(US, "balance", "value", -5.2e9, "USD", SEP, "5.2 billion",
             "the shortfall with Canada came to $5.2 billion", partner="Canada"),
        fact(US, "balance", "value", -767.3e9, "USD", YTD, "767.3 billion",
             "For the first nine months of 2025, the deficit reached $767.3 billion", product=GS),
        fact(US, "balance", "growth", 17.2, "percent", YTD, "17.2",
             "the deficit reached $767.3 billion, 17.2% wider than in the same stretch of 2024", product=GS),
        fact(US, "exports", "growth", 5.2, "percent", YTD, "5.2",
             "Year-to-date exports were up 5.2%", product=GS),
        fact(US, "imports", "growth", 7.7, "percent", YTD, "7.7",
             "Year-to-date exports were up 5.2% and imports 7.7%", product=GS),
    ],
}

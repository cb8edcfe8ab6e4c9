from _fact import fact, period

CN = "China"
V = "vehicles"
NEV = "new-energy vehicles"
NOV = period(2025, 11)
JN = period(2025, 1, 11)

ARTICLE = {
    "id": "dBY1_06",
    "title": "China's Auto Exports Break 700,000 Mark as Plug-In Hybrids Power NEV Boom",
    "publisher": "Caixin",
    "published": "2025-12-22",
    "notes": [
        "Real figures (source, date): CAAM November exports 728,000 units, +48.5% y/y, +9.3% m/m; January-November "
        "6.343 million, +18.7% (steelorbis, 2025-12-12); CAAM NEV exports November 300,000, up 2.6-fold y/y, +17.3% "
        "m/m; January-November 2.315 million, up 100% (steelorbis, 2025-12-12); customs pure-electric exports November "
        "199,836, +87% (Benzinga/Bloomberg, 2025-12-29; evxl.co); Mexico's Congress approved tariffs of up to 50% on "
        "Chinese cars on 2025-12-10 (sinobtd.com); full-year destination order Mexico, Russia, UAE, UK, ..., Belgium "
        "7th, Australia 8th (jiemian.com, 2026-01; CPCA's Cui Dongshu); Russia China's top vehicle export market in 2024 (redcensor.com citing CAAM).",
        "Derived/made up: NEV share 36.5% derived (2.315 / 6.343); UAE 465,900 derived from CPCA's full-year 572k less "
        "its December 106.4k; Mexico 571,300 and Russia 531,800 made up to sit below CPCA's full-year 625.2k and 582.7k; "
        "all growth rates by destination, UK 301,600, Belgium 262,700, Australia 229,400, "
        "Russia's November 48,100 and -23.5% made up; plug-in hybrid 101,000 made up (300,000 NEV less the customs "
        "pure-electric count, roughly); every customs figure (692,000 units, $13.27 billion, 36.4%, 6.09 million, "
        "$127.8 billion, 17.5%) made up; the CAAM full-year forecast of 7.1 million and the byline are made up.",
        "Judgement calls: 'last month' takes November 2025 from the published date. '9.3% higher than October's' and "
        "'a 17.3% gain on the previous month' are growth basis mom. CAAM and customs count the same observation "
        "differently (728,000 vs 692,000 units; 6.343 vs 6.09 million): both labelled as written, as the guide says for "
        "statements that disagree. Unit growth (CAAM) and value growth (customs) are labelled measure growth alike; "
        "no text gives both for one source and period, so no 'volume growth beside value growth' exclusion applies. "
        "Destination figures are January-November, units as quantity (unit number), product 'vehicles'. "
        "'Belgium and Australia, seventh and eighth respectively' gives two ranks. 'Russia, the top market in 2024' is a prior-period rank (1, January-December 2024), labelled. 'Momentum in the top market may fade' restates Mexico's rank 1 for January-November: the same observation, labelled once. 'Pure-electric exports, as counted "
        "by customs' labelled product 'pure-electric vehicles'. 'topped 700,000' is a threshold beside the exact "
        "728,000: not labelled. CAAM's 'up 2.6-fold' (Chinese zengzhang 2.6 bei, an increase of 260%) is written in the text as 'surged 260%' because the lint reads '2.6-fold' as 2.6 (gap reported).",
        "Not facts: 700,000 (threshold/milestone, in headline and body); 'roughly 7.1 million' (CAAM forecast); "
        "'about $21,000 a car' (average price); 'tariffs of up to 50%' (tariff rate); 'Dec. 10' (date); 2024 (year).",
        "Copy check: 24 sentences searched (in 15 queries), 0 reworded for copying; 1 phrase reworded for the lint ('up 2.6-fold' -> 'up 260%'), searched in its final form.",
        "Second check: 27 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "quantity", 728000, "number", NOV, "728,000",
             "Last month's overseas shipments, at 728,000 vehicles", product=V),
        fact(CN, "exports", "growth", 48.5, "percent", NOV, "48.5",
             "Last month's overseas shipments, at 728,000 vehicles, were 48.5% above the year-earlier level", product=V),
        fact(CN, "exports", "growth", 9.3, "percent", NOV, "9.3",
             "the monthly total topped 700,000; it was also 9.3% higher than October's", product=V, basis="mom"),
        fact(CN, "exports", "quantity", 300000, "number", NOV, "300,000",
             "Overseas shipments of NEVs surged 260% year-on-year to 300,000 units in November", product=NEV),
        fact(CN, "exports", "growth", 260, "percent", NOV, "260",
             "Overseas shipments of NEVs surged 260% year-on-year", product=NEV),
        fact(CN, "exports", "growth", 17.3, "percent", NOV, "17.3",
             "a 17.3% gain on the previous month", product=NEV, basis="mom"),
        fact(CN, "exports", "quantity", 6.343e6, "number", JN, "6.343 million",
             "For January to November, the industry body counted 6.343 million vehicles shipped abroad", product=V),
        fact(CN, "exports", "growth", 18.7, "percent", JN, "18.7",
             "an 18.7% rise from the same period of 2024", product=V),
        fact(CN, "exports", "quantity", 2.315e6, "number", JN, "2.315 million",
             "NEVs made up 2.315 million of those, up 100% year-on-year", product=NEV),
        fact(CN, "exports", "growth", 100, "percent", JN, "100",
             "NEVs made up 2.315 million of those, up 100% year-on-year", product=NEV),
        fact(CN, "exports", "share", 36.5, "percent", JN, "36.5",
             "lifting their share of exports to 36.5%", product=NEV),
        fact(CN, "exports", "quantity", 101000, "number", NOV, "101,000",
             "Overseas sales of plug-in hybrids climbed to 101,000 units in November", product="plug-in hybrids"),
        fact(CN, "exports", "growth", 87, "percent", NOV, "87",
             "Pure-electric exports, as counted by customs, rose 87% to 199,836 units", product="pure-electric vehicles"),
        fact(CN, "exports", "quantity", 199836, "number", NOV, "199,836",
             "Pure-electric exports, as counted by customs, rose 87% to 199,836 units", product="pure-electric vehicles"),
        fact(CN, "exports", "quantity", 692000, "number", NOV, "692,000",
             "put November exports at 692,000 units worth $13.27 billion", product=V),
        fact(CN, "exports", "value", 13.27e9, "USD", NOV, "13.27 billion",
             "put November exports at 692,000 units worth $13.27 billion", product=V),
        fact(CN, "exports", "growth", 36.4, "percent", NOV, "36.4",
             "put November exports at 692,000 units worth $13.27 billion, a 36.4% increase in value", product=V),
        fact(CN, "exports", "quantity", 6.09e6, "number", JN, "6.09 million",
             "Over the first 11 months, customs tallied 6.09 million vehicles", product=V),
        fact(CN, "exports", "value", 127.8e9, "USD", JN, "127.8 billion",
             "customs tallied 6.09 million vehicles with a combined value of $127.8 billion", product=V),
        fact(CN, "exports", "growth", 17.5, "percent", JN, "17.5",
             "customs tallied 6.09 million vehicles with a combined value of $127.8 billion, up 17.5%", product=V),
        fact(CN, "exports", "rank", 1, "number", JN, "largest",
             "Mexico was the largest buyer of Chinese vehicles in the first 11 months", partner="Mexico", product=V),
        fact(CN, "exports", "quantity", 571300, "number", JN, "571,300",
             "Mexico was the largest buyer of Chinese vehicles in the first 11 months, taking 571,300 units",
             partner="Mexico", product=V),
        fact(CN, "exports", "growth", 31.4, "percent", JN, "31.4",
             "taking 571,300 units, up 31.4%", partner="Mexico", product=V),
        fact(CN, "exports", "rank", 1, "number", period(2024, 1, 12), "top",
             "Russia, the top market in 2024", partner="Russia", product=V),
        fact(CN, "exports", "rank", 2, "number", JN, "second",
             "Russia, the top market in 2024, fell to second with 531,800 units", partner="Russia", product=V),
        fact(CN, "exports", "quantity", 531800, "number", JN, "531,800",
             "Russia, the top market in 2024, fell to second with 531,800 units", partner="Russia", product=V),
        fact(CN, "exports", "growth", -49.7, "percent", JN, "49.7",
             "fell to second with 531,800 units, down 49.7%", partner="Russia", product=V),
        fact(CN, "exports", "rank", 3, "number", JN, "third",
             "The United Arab Emirates came third with 465,900 units", partner="United Arab Emirates", product=V),
        fact(CN, "exports", "quantity", 465900, "number", JN, "465,900",
             "The United Arab Emirates came third with 465,900 units", partner="United Arab Emirates", product=V),
        fact(CN, "exports", "growth", 68.2, "percent", JN, "68.2",
             "The United Arab Emirates came third with 465,900 units, a 68.2% jump",
             partner="United Arab Emirates", product=V),
        fact(CN, "exports", "rank", 4, "number", JN, "fourth",
             "Britain ranked fourth with 301,600 units", partner="United Kingdom", product=V),
        fact(CN, "exports", "quantity", 301600, "number", JN, "301,600",
             "Britain ranked fourth with 301,600 units", partner="United Kingdom", product=V),
        fact(CN, "exports", "rank", 7, "number", JN, "seventh",
             "Belgium and Australia, seventh and eighth respectively", partner="Belgium", product=V),
        fact(CN, "exports", "rank", 8, "number", JN, "eighth",
             "Belgium and Australia, seventh and eighth respectively", partner="Australia", product=V),
        fact(CN, "exports", "quantity", 262700, "number", JN, "262,700",
             "Belgium and Australia, seventh and eighth respectively, took 262,700 and 229,400 vehicles",
             partner="Belgium", product=V),
        fact(CN, "exports", "quantity", 229400, "number", JN, "229,400",
             "Belgium and Australia, seventh and eighth respectively, took 262,700 and 229,400 vehicles",
             partner="Australia", product=V),
        fact(CN, "exports", "growth", -23.5, "percent", NOV, "23.5",
             "Exports to Russia in November fell 23.5% year-on-year to 48,100 units", partner="Russia", product=V),
        fact(CN, "exports", "quantity", 48100, "number", NOV, "48,100",
             "Exports to Russia in November fell 23.5% year-on-year to 48,100 units", partner="Russia", product=V),
    ],
}

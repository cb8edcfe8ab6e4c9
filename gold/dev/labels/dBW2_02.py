from _fact import fact, period

NG = "Nigeria"
Q2 = period(2025, 4, 6)
Q1 = period(2025, 1, 3)
Q2_24 = period(2024, 4, 6)

ARTICLE = {
    "id": "dBW2_02",
    "title": "Nigeria's trade surplus jumps to N7.46trn in Q2 as exports climb to N22.75trn – NBS",
    "publisher": None,
    "published": "2025-09-13",
    "notes": [
        "Real figures (NBS Foreign Trade in Goods Statistics Q2 2025, released Friday 12 Sep 2025, as reported by "
        "Nigerian media): total trade N38.04 trillion (+20.05% y/y from N31.68 trillion, +5.59% q/q from N36.02 "
        "trillion); exports N22.75 trillion (59.81% of trade, +28.43% y/y, +10.45% q/q); imports N15.29 trillion "
        "(+9.43% y/y, -0.90% q/q); surplus N7.46 trillion (+44.31% q/q); Q1 surplus N5.17 trillion; crude oil N11.97 "
        "trillion (52.60%); non-crude oil N10.78 trillion (47.40%); non-oil N3.05 trillion (13.39%); manufactured "
        "goods exports N803.81 billion (+173% q/q); Spain N2.47 trillion (10.85%), India N1.98 trillion, France "
        "N1.62 trillion, Netherlands N1.54 trillion; China imports N4.96 trillion (32.45%), US N2.16 trillion; "
        "mineral fuels imports N4.43 trillion; inflation 20.12% (August), GDP growth 4.23% (Q2).",
        "Derived/modelled: none of the trade figures; the exchange rate 'around N1,530' is approximate. Invented: "
        "the economists' remarks and their wording; publication date set to the day after the Friday release "
        "(2025-09-13); the outlet is unnamed (byline only), so publisher is null.",
        "Judgement calls: headline surplus and exports are the body's observations, labelled once; comparison "
        "bases that state their own figures (N31.68 trillion for Q2 2024, N36.02 trillion for Q1 2025, N5.17 "
        "trillion Q1 surplus) are labelled with their own periods; 'quarter-on-quarter', 'from the first quarter' "
        "and comparisons with the first three months/January-March are basis qoq; the surplus '44.31 per cent "
        "larger' is balance growth qoq +44.31; 'top destination' = rank 1 of Spain (exports); 'largest supplier' "
        "= rank 1 of China (imports); 'ranked second' = rank 2 of the United States (imports); India, France and "
        "the Netherlands 'followed' but no ordinal is written, so only their values are labelled; 'Of this, "
        "non-oil products ... 13.39 per cent of total exports' is a share of exports with product non-oil products.",
        "Not facts: 'a margin not seen in nearly three years' (milestone); 'down by over N1 trillion compared with "
        "January-March' (a difference derived from other figures); N1,530 (exchange rate); 20.12 per cent (inflation); "
        "4.23 per cent (GDP growth); 2025, 2024 (years); mineral fuels 'led the import list' (no ordinal written).",
        "Copy check: 10 sentences searched, 3 reworded (the crude oil, non-crude oil and manufactured-goods "
        "sentences, whose clause order and wording followed real reports; recast with numbers kept).",
        "Second check: 24 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(NG, "total", "value", 38.04e12, "NGN", Q2, "38.04 trillion",
             "put the country's total trade for the April to June period at N38.04 trillion"),
        fact(NG, "total", "growth", 20.05, "percent", Q2, "20.05",
             "The total was 20.05 per cent more than the N31.68 trillion recorded in the second quarter of 2024"),
        fact(NG, "total", "value", 31.68e12, "NGN", Q2_24, "31.68 trillion",
             "The total was 20.05 per cent more than the N31.68 trillion recorded in the second quarter of 2024"),
        fact(NG, "total", "growth", 5.59, "percent", Q2, "5.59",
             "5.59 per cent above the N36.02 trillion posted in the first three months of this year", basis="qoq"),
        fact(NG, "total", "value", 36.02e12, "NGN", Q1, "36.02 trillion",
             "5.59 per cent above the N36.02 trillion posted in the first three months of this year"),
        fact(NG, "exports", "value", 22.75e12, "NGN", Q2, "22.75 trillion",
             "Exports, worth N22.75 trillion, made up 59.81 per cent of total trade during the quarter"),
        fact(NG, "exports", "share", 59.81, "percent", Q2, "59.81",
             "Exports, worth N22.75 trillion, made up 59.81 per cent of total trade during the quarter"),
        fact(NG, "exports", "growth", 28.43, "percent", Q2, "28.43",
             "Outbound shipments grew by 28.43 per cent year-on-year"),
        fact(NG, "exports", "growth", 10.45, "percent", Q2, "10.45",
             "Outbound shipments grew by 28.43 per cent year-on-year and by 10.45 per cent quarter-on-quarter",
             basis="qoq"),
        fact(NG, "imports", "value", 15.29e12, "NGN", Q2, "15.29 trillion",
             "imports came to N15.29 trillion"),
        fact(NG, "imports", "growth", 9.43, "percent", Q2, "9.43",
             "the import bill was 9.43 per cent higher than in the same quarter a year earlier"),
        fact(NG, "imports", "growth", -0.90, "percent", Q2, "0.90",
             "the import bill was 9.43 per cent higher than in the same quarter a year earlier, it slipped 0.90 per "
             "cent from the first quarter", basis="qoq"),
        fact(NG, "balance", "value", 7.46e12, "NGN", Q2, "7.46 trillion",
             "carried Nigeria's exports well clear of its import bill between April and June 2025, leaving merchandise trade "
             "N7.46 trillion in surplus"),
        fact(NG, "balance", "growth", 44.31, "percent", Q2, "44.31",
             "The surplus of N7.46 trillion was 44.31 per cent larger than the N5.17 trillion surplus the country "
             "recorded between January and March", basis="qoq"),
        fact(NG, "balance", "value", 5.17e12, "NGN", Q1, "5.17 trillion",
             "the N5.17 trillion surplus the country recorded between January and March"),
        fact(NG, "exports", "value", 11.97e12, "NGN", Q2, "11.97 trillion",
             "Sales of crude fetched N11.97 trillion in the quarter, equal to 52.60 per cent of all exports",
             product="crude oil"),
        fact(NG, "exports", "share", 52.60, "percent", Q2, "52.60",
             "Sales of crude fetched N11.97 trillion in the quarter, equal to 52.60 per cent of all exports",
             product="crude oil"),
        fact(NG, "exports", "share", 47.40, "percent", Q2, "47.40",
             "The remaining 47.40 per cent, or N10.78 trillion, came from non-crude oil exports", product="non-crude oil"),
        fact(NG, "exports", "value", 10.78e12, "NGN", Q2, "10.78 trillion",
             "The remaining 47.40 per cent, or N10.78 trillion, came from non-crude oil exports", product="non-crude oil"),
        fact(NG, "exports", "value", 3.05e12, "NGN", Q2, "3.05 trillion",
             "Of this, non-oil products contributed N3.05 trillion", product="non-oil products"),
        fact(NG, "exports", "share", 13.39, "percent", Q2, "13.39",
             "Of this, non-oil products contributed N3.05 trillion, equivalent to 13.39 per cent of total exports",
             product="non-oil products"),
        fact(NG, "exports", "growth", 173, "percent", Q2, "173",
             "manufactured goods recorded N803.81 billion in exports, a 173 per cent increase on the first quarter",
             product="manufactured goods", basis="qoq"),
        fact(NG, "exports", "value", 803.81e9, "NGN", Q2, "803.81 billion",
             "manufactured goods recorded N803.81 billion in exports", product="manufactured goods"),
        fact(NG, "exports", "rank", 1, "number", Q2, "top",
             "Spain was the top destination for Nigerian goods in the quarter", partner="Spain"),
        fact(NG, "exports", "value", 2.47e12, "NGN", Q2, "2.47 trillion",
             "Spain was the top destination for Nigerian goods in the quarter, taking exports valued at N2.47 trillion, "
             "or 10.85 per cent of the total", partner="Spain"),
        fact(NG, "exports", "share", 10.85, "percent", Q2, "10.85",
             "Spain was the top destination for Nigerian goods in the quarter, taking exports valued at N2.47 trillion, "
             "or 10.85 per cent of the total", partner="Spain"),
        fact(NG, "exports", "value", 1.98e12, "NGN", Q2, "1.98 trillion",
             "India, France and the Netherlands followed, with purchases of N1.98 trillion, N1.62 trillion and "
             "N1.54 trillion respectively", partner="India"),
        fact(NG, "exports", "value", 1.62e12, "NGN", Q2, "1.62 trillion",
             "India, France and the Netherlands followed, with purchases of N1.98 trillion, N1.62 trillion and "
             "N1.54 trillion respectively", partner="France"),
        fact(NG, "exports", "value", 1.54e12, "NGN", Q2, "1.54 trillion",
             "India, France and the Netherlands followed, with purchases of N1.98 trillion, N1.62 trillion and "
             "N1.54 trillion respectively", partner="Netherlands"),
        fact(NG, "imports", "rank", 1, "number", Q2, "largest",
             "China kept its place as Nigeria's largest supplier", partner="China"),
        fact(NG, "imports", "value", 4.96e12, "NGN", Q2, "4.96 trillion",
             "China kept its place as Nigeria's largest supplier, shipping in goods worth N4.96 trillion, which "
             "represented 32.45 per cent of all imports",
             partner="China"),
        fact(NG, "imports", "share", 32.45, "percent", Q2, "32.45",
             "China kept its place as Nigeria's largest supplier, shipping in goods worth N4.96 trillion, which "
             "represented 32.45 per cent of all imports",
             partner="China"),
        fact(NG, "imports", "rank", 2, "number", Q2, "second",
             "The United States ranked second at N2.16 trillion", partner="United States"),
        fact(NG, "imports", "value", 2.16e12, "NGN", Q2, "2.16 trillion",
             "The United States ranked second at N2.16 trillion", partner="United States"),
        fact(NG, "imports", "value", 4.43e12, "NGN", Q2, "4.43 trillion",
             "mineral fuels led the import list at N4.43 trillion", product="mineral fuels"),
    ],
}

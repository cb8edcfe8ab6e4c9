from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)

TOTAL = "Hefei's total foreign trade in the first half of this year amounted to 194.36 billion yuan, up 11.8% year on year"
RANK = "In size, the city came 1st in the province, making up 44.1% of Anhui's total imports and exports over the same period"
EXP_IMP = 'exports came to 131.52 billion yuan, a rise of 16.1%, and imports to 62.84 billion yuan, a rise of 3.7%'
JUNE = "The city's June imports and exports hit a record monthly high of 36.94 billion yuan, up 14.2% year on year and 3.8% month on month"
COUNT = '4,512 enterprises in Hefei had actual import and export performance'
PRIV = 'Private enterprises, still the "main force" in keeping foreign trade stable, recorded imports and exports of 105.63 billion yuan, an increase of 14.9%, equal to 54.3% of the city\'s total'
ME = "Hefei's exports of mechanical and electrical products in the first half totaled 101.27 billion yuan, 18.5% more than a year before, and made up 77% of its overall exports"
AUTO = 'Automobile exports within that figure were worth 21.58 billion yuan, up 39.7%, with 142,600 vehicles shipped abroad'
NEW3 = 'Exports of the "new three" products (electric vehicles, lithium batteries and photovoltaic products) grew 24.6% to 31.42 billion yuan'
EU_RANK = "the EU was still the city's largest trading partner"
EU = "With imports and exports totaling RMB 30.16 billion, up 10.4%, the EU was still the city's largest trading partner"
US = 'Trade with the United States came to RMB 18.92 billion, down 7.6%'
CBEC = 'Cross-border e-commerce imports and exports in the city hit 3.84 billion yuan in the first half, up 27.5% year on year'

H = "Hefei"
MEP = "mechanical and electrical products"

ARTICLE = {
    "id": "dAC1_05_hefei_gov_foreign_trade_h1_2025",
    "title": "Hefei sees 11.8% foreign trade growth in first half of 2025",
    "publisher": "Hefei Municipal People's Government",
    "published": "2025-07-21",
    "notes": [
        "Publisher: the city government's English site carrying the release (the body names only Hefei Customs as the data source); publication date is the posting date, the data were released on July 18.",
        "'the first half of this year' / 'the first half' = January-June 2025 (release of July 2025).",
        "Rank 'came 1st in the province' and the 44.1% share are Hefei's total trade ranked among / as a share of Anhui's total: area Hefei, flow total.",
        "June: 14.2% is year-on-year, 3.8% month-on-month (basis mom).",
        "Count 4,512: segment 'foreign trade enterprises' (enterprises with actual import and export performance).",
        "Mechanical and electrical share (77%) is a share of the city's total exports: flow exports.",
        "Automobiles: 39.7% attaches to the export value (the sentence says 'Automobile exports ... were worth 21.58 billion yuan, up 39.7%'); 142,600 vehicles is a quantity (unit number), product 'automobiles'.",
        "'new three' products: product 'new three' (the items in parentheses are its definition).",
        "EU 'largest trading partner' -> rank 1 with partner European Union.",
        "Out of scope, unlabelled: '8.9 percentage points above the national rate' (derived comparison); '407 more than a year earlier' (derived difference in the count); 'a record monthly high' (milestone, no number); China-Europe Railway Express '489 trips' and '46' overseas warehouses (not trade flows); 'more than 400 billion yuan' annual goal (target/forecast).",
    ],
    "facts": [
        fact(H, "total", "value", 194.36e9, "CNY", H1, "194.36 billion", TOTAL),
        fact(H, "total", "growth", 11.8, "percent", H1, "11.8", TOTAL),
        fact(H, "total", "rank", 1, "number", H1, "1st", RANK),
        fact(H, "total", "share", 44.1, "percent", H1, "44.1", RANK),
        fact(H, "exports", "value", 131.52e9, "CNY", H1, "131.52 billion", EXP_IMP),
        fact(H, "exports", "growth", 16.1, "percent", H1, "16.1", EXP_IMP),
        fact(H, "imports", "value", 62.84e9, "CNY", H1, "62.84 billion", EXP_IMP),
        fact(H, "imports", "growth", 3.7, "percent", H1, "3.7", EXP_IMP),
        fact(H, "total", "value", 36.94e9, "CNY", JUN, "36.94 billion", JUNE),
        fact(H, "total", "growth", 14.2, "percent", JUN, "14.2", JUNE),
        fact(H, "total", "growth", 3.8, "percent", JUN, "3.8", JUNE, basis="mom"),
        fact(H, "total", "count", 4512, "number", H1, "4,512", COUNT, segment="foreign trade enterprises"),
        fact(H, "total", "value", 105.63e9, "CNY", H1, "105.63 billion", PRIV, segment="private enterprises"),
        fact(H, "total", "growth", 14.9, "percent", H1, "14.9", PRIV, segment="private enterprises"),
        fact(H, "total", "share", 54.3, "percent", H1, "54.3", PRIV, segment="private enterprises"),
        fact(H, "exports", "value", 101.27e9, "CNY", H1, "101.27 billion", ME, product=MEP),
        fact(H, "exports", "growth", 18.5, "percent", H1, "18.5", ME, product=MEP),
        fact(H, "exports", "share", 77, "percent", H1, "77", ME, product=MEP),
        fact(H, "exports", "value", 21.58e9, "CNY", H1, "21.58 billion", AUTO, product="automobiles"),
        fact(H, "exports", "growth", 39.7, "percent", H1, "39.7", AUTO, product="automobiles"),
        fact(H, "exports", "quantity", 142600, "number", H1, "142,600", AUTO, product="automobiles"),
        fact(H, "exports", "value", 31.42e9, "CNY", H1, "31.42 billion", NEW3, product="new three"),
        fact(H, "exports", "growth", 24.6, "percent", H1, "24.6", NEW3, product="new three"),
        fact(H, "total", "rank", 1, "number", H1, "largest", EU_RANK, partner="European Union"),
        fact(H, "total", "value", 30.16e9, "CNY", H1, "30.16 billion", EU, partner="European Union"),
        fact(H, "total", "growth", 10.4, "percent", H1, "10.4", EU, partner="European Union"),
        fact(H, "total", "value", 18.92e9, "CNY", H1, "18.92 billion", US, partner="United States"),
        fact(H, "total", "growth", -7.6, "percent", H1, "7.6", US, partner="United States"),
        fact(H, "total", "value", 3.84e9, "CNY", H1, "3.84 billion", CBEC, segment="cross-border e-commerce"),
        fact(H, "total", "growth", 27.5, "percent", H1, "27.5", CBEC, segment="cross-border e-commerce"),
    ],
}

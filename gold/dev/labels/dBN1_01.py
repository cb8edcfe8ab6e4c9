from _fact import fact, period

CN = "China"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)

ARTICLE = {
    "id": "dBN1_01",
    "title": "China's goods trade rises 3.8 pct to record 45.47 trillion yuan in 2025",
    "publisher": "Xinhua",
    "published": "2026-01-14",
    "notes": [
        "Real figures (GAC release of 2026-01-14 as reported by Xinhua, China Daily, Global Times, Yicai, AP, "
        "Bloomberg): 45.47 trillion yuan total, +3.8%; exports 26.99 trillion, +6.1%; imports 18.48 trillion, +0.5%; "
        "USD exports 3.77 trillion (+5.5%), USD imports 2.58 trillion (used only to derive the USD total), USD surplus "
        "1.19 trillion; ASEAN 7.55 trillion, +8%; Belt and Road +6.3%, share 51.9%; Africa +18%, Latin America +6.5%; "
        "high-tech exports up 'over 13 percent' (13.2 is my precision); new trio +27% (27.1 is my precision); private "
        "enterprises 26.04 trillion, 57.3%; more than 780,000 firms with trade records; 190 partners with growth; "
        "5.79 million automobiles exported; the 0.2-point gap to January-November (3.6%).",
        "Derived: yuan surplus 8.51 trillion (26.99 - 18.48); USD total 6.35 trillion (3.77 + 2.58); ASEAN share 16.6 "
        "(7.55/45.47); December yuan total 4.26 trillion (45.47 - 41.21 for January-November); private-share rise "
        "1.8 points (57.3 - 55.5 in 2024). Invented: December growth 4.9% and December export growth 5.2% (consistent "
        "with December exports 2.53 and imports 1.73 trillion yuan); EU 5.88 trillion; US -16.2%; mechanical and "
        "electrical share 60.1%; integrated circuits +18.9%; the quote.",
        "Judgement calls: the USD export growth 5.5 and the CNY export growth 6.1 are separate facts (same fields "
        "but value, different currency basis of the rate); '6.35 trillion dollars' is labelled USD exact, not as a "
        "conversion; the rank facts use 'largest' (ASEAN, 1), 'second' (EU, 2), 'third' (US, 3) with flow total; "
        "'exceeded 780,000' is a count of foreign trade enterprises with qualifier over; 5.79 million automobiles is "
        "an export quantity with unit number (vehicles); 'outbound/inbound shipments' are exports/imports; "
        "'6.1 percent more than in 2024' is a yoy growth for 2025 (2024 is the comparison base, not the period); "
        "the mechanical and electrical share is a share of exports ('of all outbound shipments').",
        "Not facts: 'nine years in a row' and 'every year since 2017' (streak); '0.2 percentage points quicker than "
        "the rate for the first 11 months' (derived comparison); '1.8 percentage points higher than in 2024' "
        "(derived comparison); 'trade with 190 countries and regions increased' (conditional count); '15th Five-Year "
        "Plan', '2026-2030', '2017', '2024' (years); 'a record for the customs authority' (milestone, no number).",
        "Copy check: 7 sentences searched, 3 reworded (the lead resembled the Global Times/China Daily lead "
        "'China's foreign trade in goods grew by 3.8 percent year-on-year to reach 45.47 trillion yuan'; the "
        "exports/imports sentence followed the Global Times 'exports grew by ... to reach ..., while imports grew by "
        "...' order; the streak sentence was close to China Daily's 'This marks the ninth consecutive year of growth "
        "... since 2017').",
        "Second check: 18 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 45.47e12, "CNY", Y25, "45.47 trillion",
             "lifted China's goods trade to 45.47 trillion yuan in 2025"),
        fact(CN, "total", "growth", 3.8, "percent", Y25, "3.8",
             "A 3.8 percent year-on-year expansion lifted China's goods trade to 45.47 trillion yuan in 2025"),
        fact(CN, "exports", "value", 26.99e12, "CNY", Y25, "26.99 trillion",
             "outbound shipments accounted for 26.99 trillion yuan"),
        fact(CN, "exports", "growth", 6.1, "percent", Y25, "6.1",
             "outbound shipments accounted for 26.99 trillion yuan, 6.1 percent more than in 2024"),
        fact(CN, "imports", "value", 18.48e12, "CNY", Y25, "18.48 trillion",
             "inbound shipments for 18.48 trillion yuan"),
        fact(CN, "imports", "growth", 0.5, "percent", Y25, "0.5",
             "inbound shipments for 18.48 trillion yuan, a rise of 0.5 percent"),
        fact(CN, "balance", "value", 8.51e12, "CNY", Y25, "8.51 trillion",
             "The gap between the two left the country with a trade surplus of 8.51 trillion yuan"),
        fact(CN, "total", "value", 6.35e12, "USD", Y25, "6.35 trillion",
             "Denominated in U.S. dollars, the country's foreign trade came to 6.35 trillion dollars"),
        fact(CN, "exports", "growth", 5.5, "percent", Y25, "5.5",
             "Exports gained 5.5 percent to 3.77 trillion dollars"),
        fact(CN, "exports", "value", 3.77e12, "USD", Y25, "3.77 trillion",
             "Exports gained 5.5 percent to 3.77 trillion dollars"),
        fact(CN, "balance", "value", 1.19e12, "USD", Y25, "1.19 trillion",
             "the annual surplus reached 1.19 trillion dollars"),
        fact(CN, "total", "value", 4.26e12, "CNY", DEC, "4.26 trillion",
             "In December alone, imports and exports totaled 4.26 trillion yuan"),
        fact(CN, "total", "growth", 4.9, "percent", DEC, "4.9",
             "In December alone, imports and exports totaled 4.26 trillion yuan, up 4.9 percent from a year earlier"),
        fact(CN, "exports", "growth", 5.2, "percent", DEC, "5.2",
             "In December alone, imports and exports totaled 4.26 trillion yuan, up 4.9 percent from a year earlier, with exports advancing 5.2 percent"),
        fact(CN, "total", "rank", 1, "number", Y25, "largest",
             "ASEAN kept its place as China's largest trading partner", partner="ASEAN"),
        fact(CN, "total", "growth", 8, "percent", Y25, "8",
             "Two-way trade with the bloc rose 8 percent to 7.55 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "value", 7.55e12, "CNY", Y25, "7.55 trillion",
             "Two-way trade with the bloc rose 8 percent to 7.55 trillion yuan", partner="ASEAN"),
        fact(CN, "total", "share", 16.6, "percent", Y25, "16.6",
             "Two-way trade with the bloc rose 8 percent to 7.55 trillion yuan, equal to 16.6 percent of China's foreign trade",
             partner="ASEAN"),
        fact(CN, "total", "rank", 2, "number", Y25, "second",
             "The European Union ranked second with 5.88 trillion yuan", partner="European Union"),
        fact(CN, "total", "value", 5.88e12, "CNY", Y25, "5.88 trillion",
             "The European Union ranked second with 5.88 trillion yuan", partner="European Union"),
        fact(CN, "total", "rank", 3, "number", Y25, "third",
             "Trade with the United States, ranked third", partner="United States"),
        fact(CN, "total", "growth", -16.2, "percent", Y25, "16.2",
             "Trade with the United States, ranked third, dropped 16.2 percent", partner="United States"),
        fact(CN, "total", "growth", 6.3, "percent", Y25, "6.3",
             "Trade with countries participating in the Belt and Road Initiative climbed 6.3 percent",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "share", 51.9, "percent", Y25, "51.9",
             "Trade with countries participating in the Belt and Road Initiative climbed 6.3 percent, lifting their share of China's total to 51.9 percent",
             partner="Belt and Road partner countries"),
        fact(CN, "total", "growth", 18, "percent", Y25, "18",
             "Commerce with Africa and with Latin America grew 18 percent and 6.5 percent, respectively", partner="Africa"),
        fact(CN, "total", "growth", 6.5, "percent", Y25, "6.5",
             "Commerce with Africa and with Latin America grew 18 percent and 6.5 percent, respectively",
             partner="Latin America"),
        fact(CN, "exports", "share", 60.1, "percent", Y25, "60.1",
             "mechanical and electrical products accounted for 60.1 percent of all outbound shipments",
             product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 13.2, "percent", Y25, "13.2",
             "High-tech product exports rose 13.2 percent", product="high-tech products"),
        fact(CN, "exports", "growth", 27.1, "percent", Y25, "27.1",
             "exports of the \"new three\" -- electric vehicles, lithium-ion batteries and solar cells -- jumped 27.1 percent",
             product="new three"),
        fact(CN, "exports", "growth", 18.9, "percent", Y25, "18.9",
             "Overseas sales of integrated circuits climbed 18.9 percent", product="integrated circuits"),
        fact(CN, "exports", "quantity", 5.79e6, "number", Y25, "5.79 million",
             "the country shipped 5.79 million automobiles abroad", product="automobiles"),
        fact(CN, "total", "value", 26.04e12, "CNY", Y25, "26.04 trillion",
             "Private firms remained the backbone of foreign trade, handling 26.04 trillion yuan of imports and exports",
             segment="private enterprises"),
        fact(CN, "total", "share", 57.3, "percent", Y25, "57.3",
             "handling 26.04 trillion yuan of imports and exports, or 57.3 percent of the national total",
             segment="private enterprises"),
        fact(CN, "total", "count", 780000, "number", Y25, "780,000",
             "The number of enterprises with import and export records exceeded 780,000 last year",
             segment="foreign trade enterprises", qualifier="over"),
    ],
}

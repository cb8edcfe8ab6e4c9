from _fact import fact, period

JP = "Japan"
US = "United States"
FY = {"start": "2025-04", "end": "2026-03"}  # fiscal 2025, April 2025 - March 2026
MAR = period(2026, 3)

ARTICLE = {
    "id": "dBL2_01",
    "title": "Japan's trade gap narrows sharply in FY2025 on cheaper energy, U.S. shipments slip",
    "publisher": "Kyodo",
    "published": "2026-04-20",
    "notes": [
        "Real figures: none taken verbatim; FY2024 bases (exports about 108.9 trillion yen, imports about 114.1 trillion yen, "
        "deficit 5.2 trillion yen, U.S. surplus 9 trillion yen, March 2025 surplus 544.1 billion yen) were used to make the "
        "FY2025 growth rates consistent. Invented: every FY2025 and March 2026 figure, the U.S.-dollar conversion, shares, "
        "product and partner figures, the forecast and the exchange-rate averages.",
        "Judgement calls: fiscal 2025 is April 2025-March 2026 (period written as a literal dict because it crosses a year). "
        "'narrowed 52.8 percent' is the growth of a deficit, negative by its verb; 'surplus ... contracted 11.3 percent' is -11.3. "
        "'China, Japan's largest trading partner' is a rank 1 of total trade for the fiscal year; 'automobiles, Japan's biggest "
        "export item' is a rank 1 of product exports. 'They represented 16.0 percent' carries the subject automobiles from the "
        "sentence before. 'of which mineral fuels made up 22.4 percent' is a share of imports. 'exports increased 2.1 percent "
        "from February' (seasonally adjusted) is March growth, basis mom. The U.S.-dollar deficit is a separate approx fact. "
        "'Exports ... accounted for 54.2 percent of the total' is Asia's share of total exports. "
        "Car exports to the United States are product 'cars'; the product-line figure is 'automobiles' (the text's words).",
        "Not facts: 'five straight fiscal years', 'four years running', '12th consecutive fall', 'second monthly surplus in a row', "
        "'fastest growth in four months', 'a record for any fiscal year' (streaks/milestones); '15 percent' (tariff rate); crude import price 68,400 yen per "
        "kiloliter and its 13.0 percent fall (a price, not a trade flow); 480.0 billion yen (forecast); 'about 1 percent' "
        "(economist's forecast of real exports); 149.10 and 152.60 (exchange rates); 'first half of fiscal 2026' (a period).",
        "Copy check: 6 sentences searched, 1 reworded after searching; 1 further sentence reworded beforehand because it followed "
        "a real sentence read during step 2. Second check: 26 sentences searched, 0 reworded.",
    ],
    "facts": [
        # Fiscal year totals
        fact(JP, "balance", "growth", -52.8, "percent", FY, "52.8",
             "Japan's goods trade deficit narrowed 52.8 percent in fiscal 2025 from the previous year"),
        fact(JP, "balance", "value", -2.46e12, "JPY", FY, "2.46 trillion",
             "Japan's goods trade deficit narrowed 52.8 percent in fiscal 2025 from the previous year to 2.46 trillion yen"),
        fact(JP, "balance", "value", -15.9e9, "USD", FY, "15.9 billion",
             "Japan's goods trade deficit narrowed 52.8 percent in fiscal 2025 from the previous year to 2.46 trillion yen (about $15.9 billion)",
             qualifier="approx"),
        fact(JP, "exports", "growth", 1.4, "percent", FY, "1.4",
             "Exports edged up 1.4 percent to 110.42 trillion yen"),
        fact(JP, "exports", "value", 110.42e12, "JPY", FY, "110.42 trillion",
             "Exports edged up 1.4 percent to 110.42 trillion yen"),
        fact(JP, "imports", "growth", -1.1, "percent", FY, "1.1",
             "Imports slipped 1.1 percent to 112.88 trillion yen"),
        fact(JP, "imports", "value", 112.88e12, "JPY", FY, "112.88 trillion",
             "Imports slipped 1.1 percent to 112.88 trillion yen"),
        fact(JP, "imports", "share", 22.4, "percent", FY, "22.4",
             "Imports slipped 1.1 percent to 112.88 trillion yen, of which mineral fuels made up 22.4 percent",
             product="mineral fuels"),
        # United States
        fact(JP, "exports", "growth", -4.6, "percent", FY, "4.6",
             "U.S.-bound exports, which had grown for four years running, dropped 4.6 percent to 20.12 trillion yen",
             partner=US),
        fact(JP, "exports", "value", 20.12e12, "JPY", FY, "20.12 trillion",
             "U.S.-bound exports, which had grown for four years running, dropped 4.6 percent to 20.12 trillion yen",
             partner=US),
        fact(JP, "exports", "growth", -14.2, "percent", FY, "14.2",
             "Car exports to the country tumbled 14.2 percent in value terms",
             partner=US, product="cars"),
        fact(JP, "balance", "growth", -11.3, "percent", FY, "11.3",
             "Japan's trade surplus with the United States contracted 11.3 percent to 7.98 trillion yen",
             partner=US),
        fact(JP, "balance", "value", 7.98e12, "JPY", FY, "7.98 trillion",
             "Japan's trade surplus with the United States contracted 11.3 percent to 7.98 trillion yen",
             partner=US),
        # China
        fact(JP, "total", "rank", 1, "number", FY, "largest",
             "China, Japan's largest trading partner", partner="China"),
        fact(JP, "exports", "value", 19.03e12, "JPY", FY, "19.03 trillion",
             "China, Japan's largest trading partner, bought 19.03 trillion yen worth of Japanese goods, up 0.8 percent",
             partner="China"),
        fact(JP, "exports", "growth", 0.8, "percent", FY, "0.8",
             "China, Japan's largest trading partner, bought 19.03 trillion yen worth of Japanese goods, up 0.8 percent",
             partner="China"),
        fact(JP, "balance", "value", -6.68e12, "JPY", FY, "6.68 trillion",
             "Japan ended the year with a 6.68 trillion yen deficit with its neighbor", partner="China"),
        # Asia
        fact(JP, "exports", "growth", 3.2, "percent", FY, "3.2",
             "Exports to Asia as a whole, including China, increased 3.2 percent to 59.86 trillion yen",
             partner="Asia"),
        fact(JP, "exports", "value", 59.86e12, "JPY", FY, "59.86 trillion",
             "Exports to Asia as a whole, including China, increased 3.2 percent to 59.86 trillion yen",
             partner="Asia"),
        fact(JP, "exports", "share", 54.2, "percent", FY, "54.2",
             "Exports to Asia as a whole, including China, increased 3.2 percent to 59.86 trillion yen and accounted for 54.2 percent of the total",
             partner="Asia"),
        # Products
        fact(JP, "exports", "rank", 1, "number", FY, "biggest",
             "automobiles, Japan's biggest export item", product="automobiles"),
        fact(JP, "exports", "growth", -3.9, "percent", FY, "3.9",
             "automobiles, Japan's biggest export item, fell 3.9 percent to 17.64 trillion yen", product="automobiles"),
        fact(JP, "exports", "value", 17.64e12, "JPY", FY, "17.64 trillion",
             "automobiles, Japan's biggest export item, fell 3.9 percent to 17.64 trillion yen", product="automobiles"),
        fact(JP, "exports", "share", 16.0, "percent", FY, "16.0",
             "They represented 16.0 percent of all outbound shipments", product="automobiles"),
        fact(JP, "exports", "growth", 18.6, "percent", FY, "18.6",
             "Exports of chip-making equipment, meanwhile, jumped 18.6 percent to 6.02 trillion yen",
             product="chip-making equipment"),
        fact(JP, "exports", "value", 6.02e12, "JPY", FY, "6.02 trillion",
             "Exports of chip-making equipment, meanwhile, jumped 18.6 percent to 6.02 trillion yen",
             product="chip-making equipment"),
        fact(JP, "imports", "growth", -14.8, "percent", FY, "14.8",
             "On the import side, purchases of crude oil fell 14.8 percent", product="crude oil"),
        fact(JP, "imports", "growth", -9.6, "percent", FY, "9.6",
             "Imports of liquefied natural gas and coal declined 9.6 percent and 21.3 percent, respectively",
             product="liquefied natural gas"),
        fact(JP, "imports", "growth", -21.3, "percent", FY, "21.3",
             "Imports of liquefied natural gas and coal declined 9.6 percent and 21.3 percent, respectively",
             product="coal"),
        # March 2026
        fact(JP, "balance", "value", 611.8e9, "JPY", MAR, "611.8 billion",
             "For March alone, Japan posted a trade surplus of 611.8 billion yen"),
        fact(JP, "exports", "growth", 5.3, "percent", MAR, "5.3",
             "Exports rose 5.3 percent from a year earlier to 10.33 trillion yen"),
        fact(JP, "exports", "value", 10.33e12, "JPY", MAR, "10.33 trillion",
             "Exports rose 5.3 percent from a year earlier to 10.33 trillion yen"),
        fact(JP, "imports", "growth", 4.6, "percent", MAR, "4.6",
             "imports grew 4.6 percent to 9.72 trillion yen"),
        fact(JP, "imports", "value", 9.72e12, "JPY", MAR, "9.72 trillion",
             "imports grew 4.6 percent to 9.72 trillion yen"),
        fact(JP, "exports", "growth", -2.8, "percent", MAR, "2.8",
             "U.S.-bound shipments declined 2.8 percent in the month", partner=US),
        fact(JP, "exports", "growth", 2.1, "percent", MAR, "2.1",
             "On a seasonally adjusted basis, exports increased 2.1 percent from February", basis="mom"),
    ],
}

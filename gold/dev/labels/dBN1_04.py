from _fact import fact, period

CN = "China"
DEC = period(2025, 12)
FY = period(2025, 1, 12)

ARTICLE = {
    "id": "dBN1_04",
    "title": "TABLE-China's December and full-year 2025 trade by country and region",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Real figures (customs data as reported on Jan 14, 2026): December exports $357.8 billion (+6.6% y/y), imports "
        "$243.6 billion (+5.7%), December surplus $114.2 billion; 2025 surplus about $1.19 trillion; full-year export growth "
        "5.5%, imports flat (0.0); full-year exports to the US -20.0%, EU +8.4%, ASEAN +13.4%, Japan +3.5%, India +12.8%; poll "
        "forecasts 3.1% and 0.9%; monthly surpluses above $100 bn seven times. Invented or derived: full-year levels 3,771.9 "
        "and 2,583.0 (consistent with the reported $3.77 and $2.58 trillion) and partner levels (2024 levels times the growth "
        "rates), Hong Kong +3.9%, Russia -10.4%, all import rows (Taiwan, South Korea, Australia, Brazil) and the partner "
        "balances; the yuan at about 7.0. Balances equal exports minus imports (357.8-243.6=114.2; 3,771.9-2,583.0=1,188.9). "
        "The US balance 280.1 assumes imports from the US of 139.7 (not in the text).",
        "Judgement calls: table cells take their scale from the section header '($ bln ...)'; each cell's evidence is its row "
        "line. December export and import growth and the full-year surplus are stated in the lead and again in the CHINA TOTAL "
        "block; each is labelled once, at its prose mention ('6.6%', '5.7%', '$1.19 trillion'; the table's 1,188.9 agrees "
        "within rounding). The lead's '2025 trade surplus at $1.19 trillion, the biggest on record' is labelled as the 2025 surplus. Full-year import growth '0.0' "
        "is a fact (value 0). Partner balances keep the sign printed in the cell (the header says a minus is a deficit).",
        "Period: 'Dec' columns are December 2025, 'Jan-Dec' columns are January-December 2025 (story dated 2026-01-14).",
        "Not facts: the Reuters poll forecasts (3.1% for exports, 0.9% for imports; 'median forecast'); 'a ninth month in a row' "
        "(streak); 'monthly surpluses of more than $100 billion seven times' (a count of months above a threshold, which "
        "the record cannot express); the yuan at 'around 7.0 per dollar' (exchange rate); the growth target 'around 5%' (GDP); "
        "'quickest pace since September' (no number).",
        "Fact count kept within the brief's 18-35 by giving partner rows full-year columns only and splitting partners between "
        "the exports, imports and balance sections; all eleven partners named in the assignment appear.",
        "Copy check: 7 sentences searched, 1 reworded (the table lead-in followed the stock Reuters line 'Following is a "
        "breakdown of China's ...').",
        "Second check: 13 sentences searched, 4 reworded.",
    ],
    "facts": [
        # lead / totals
        fact(CN, "exports", "growth", 6.6, "percent", DEC, "6.6",
             "December outbound shipments rose 6.6% from a year earlier"),
        fact(CN, "balance", "value", 1.19e12, "USD", FY, "$1.19 trillion",
             "put China's 2025 trade surplus at $1.19 trillion"),
        fact(CN, "imports", "growth", 5.7, "percent", DEC, "5.7",
             "Imports grew 5.7% in the month"),
        fact(CN, "exports", "value", 357.8e9, "USD", DEC, "357.8",
             "Exports      357.8      6.6     3,771.9       5.5"),
        fact(CN, "exports", "value", 3771.9e9, "USD", FY, "3,771.9",
             "Exports      357.8      6.6     3,771.9       5.5"),
        fact(CN, "exports", "growth", 5.5, "percent", FY, "5.5",
             "Exports      357.8      6.6     3,771.9       5.5"),
        fact(CN, "imports", "value", 243.6e9, "USD", DEC, "243.6",
             "Imports      243.6      5.7     2,583.0       0.0"),
        fact(CN, "imports", "value", 2583.0e9, "USD", FY, "2,583.0",
             "Imports      243.6      5.7     2,583.0       0.0"),
        fact(CN, "imports", "growth", 0.0, "percent", FY, "0.0",
             "Imports      243.6      5.7     2,583.0       0.0"),
        fact(CN, "balance", "value", 114.2e9, "USD", DEC, "114.2",
             "Balance      114.2              1,188.9"),
        # exports by destination, Jan-Dec
        fact(CN, "exports", "value", 419.8e9, "USD", FY, "419.8",
             "United States       419.8     -20.0", partner="United States"),
        fact(CN, "exports", "growth", -20.0, "percent", FY, "-20.0",
             "United States       419.8     -20.0", partner="United States"),
        fact(CN, "exports", "value", 559.8e9, "USD", FY, "559.8",
             "European Union      559.8       8.4", partner="European Union"),
        fact(CN, "exports", "growth", 8.4, "percent", FY, "8.4",
             "European Union      559.8       8.4", partner="European Union"),
        fact(CN, "exports", "value", 665.1e9, "USD", FY, "665.1",
             "ASEAN               665.1      13.4", partner="ASEAN"),
        fact(CN, "exports", "growth", 13.4, "percent", FY, "13.4",
             "ASEAN               665.1      13.4", partner="ASEAN"),
        fact(CN, "exports", "value", 304.3e9, "USD", FY, "304.3",
             "Hong Kong           304.3       3.9", partner="Hong Kong"),
        fact(CN, "exports", "growth", 3.9, "percent", FY, "3.9",
             "Hong Kong           304.3       3.9", partner="Hong Kong"),
        fact(CN, "exports", "value", 157.3e9, "USD", FY, "157.3",
             "Japan               157.3       3.5", partner="Japan"),
        fact(CN, "exports", "growth", 3.5, "percent", FY, "3.5",
             "Japan               157.3       3.5", partner="Japan"),
        fact(CN, "exports", "value", 135.9e9, "USD", FY, "135.9",
             "India               135.9      12.8", partner="India"),
        fact(CN, "exports", "growth", 12.8, "percent", FY, "12.8",
             "India               135.9      12.8", partner="India"),
        fact(CN, "exports", "value", 103.5e9, "USD", FY, "103.5",
             "Russia              103.5     -10.4", partner="Russia"),
        fact(CN, "exports", "growth", -10.4, "percent", FY, "-10.4",
             "Russia              103.5     -10.4", partner="Russia"),
        # imports by origin, Jan-Dec
        fact(CN, "imports", "value", 231.2e9, "USD", FY, "231.2",
             "Taiwan              231.2       7.2", partner="Taiwan"),
        fact(CN, "imports", "growth", 7.2, "percent", FY, "7.2",
             "Taiwan              231.2       7.2", partner="Taiwan"),
        fact(CN, "imports", "value", 176.7e9, "USD", FY, "176.7",
             "South Korea         176.7       1.8", partner="South Korea"),
        fact(CN, "imports", "growth", 1.8, "percent", FY, "1.8",
             "South Korea         176.7       1.8", partner="South Korea"),
        fact(CN, "imports", "value", 129.8e9, "USD", FY, "129.8",
             "Australia           129.8      -8.6", partner="Australia"),
        fact(CN, "imports", "growth", -8.6, "percent", FY, "-8.6",
             "Australia           129.8      -8.6", partner="Australia"),
        fact(CN, "imports", "value", 108.1e9, "USD", FY, "108.1",
             "Brazil              108.1      -3.2", partner="Brazil"),
        fact(CN, "imports", "growth", -3.2, "percent", FY, "-3.2",
             "Brazil              108.1      -3.2", partner="Brazil"),
        # balance by partner, Jan-Dec
        fact(CN, "balance", "value", 280.1e9, "USD", FY, "280.1",
             "United States       280.1", partner="United States"),
        fact(CN, "balance", "value", -151.6e9, "USD", FY, "-151.6",
             "Taiwan             -151.6", partner="Taiwan"),
        fact(CN, "balance", "value", -47.4e9, "USD", FY, "-47.4",
             "Australia           -47.4", partner="Australia"),
    ],
}

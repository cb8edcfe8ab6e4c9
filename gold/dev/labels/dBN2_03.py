from _fact import fact, period

KR = "South Korea"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT25 = period(2025, 10)
JAN_OCT = period(2026, 1, 10)

ARTICLE = {
    "id": "dBN2_03",
    "title": "S. Korea's exports jump 11.4 pct in October on chips, extra working days",
    "publisher": "Yonhap",
    "published": "2026-11-01",
    "notes": [
        "Real figures: October 2025 exports of $59.57 billion (industry ministry, 1 Nov 2025), used as the comparison "
        "base; the October 2025 working-day count of 20 and the fact that the 2025 Chuseok break fell in early "
        "October while the 2026 one falls on Sept. 24-26. Invented: every October 2026, September 2026 and "
        "January-October 2026 figure, the 21.5 working days, the daily average, the minister's quote and the "
        "forecasts. Derived so that they agree: 59.57 x 1.114 = 66.36; 53.52 (real October 2025 imports, not "
        "stated) x 1.042 = 55.77; 66.36 - 55.77 = 10.59; 21.74 / 66.36 = 32.8 percent; the product growth rates "
        "are applied to the real October 2025 item values (chips 15.73, cars 5.55, ships 4.69); 621.8 - 540.3 = 81.5.",
        "Judgement calls: area South Korea throughout; the year of 'last month' and 'In September' comes from the "
        "dateline (2026). '11.4 percent above the $59.57 billion logged in October 2025' -> the base is its own "
        "fact for 2025-10. 'Chip exports, of which memory products made up $15.02 billion' -> product 'memory "
        "products' export value; 'accounted for 32.8 percent of total outbound shipments' -> share, product "
        "semiconductors. The 'respectively' sentence gives ASEAN 7.9 percent / $10.11 billion and Japan 5.4 percent "
        "/ $2.61 billion. 'energy purchases, including crude oil, gas and coal' -> imports, product 'energy'. "
        "'For the January-October period ... the same period last year' -> 2026-01..10, yoy; 'The cumulative trade "
        "surplus reached $81.5 billion' belongs to the same period. 'China, which buys more South Korean goods than any "
        "other country, took $12.48 billion worth of its exports' is phrased from China's side but measures South "
        "Korea's exports to China (area South Korea, partner China); 'more ... than any other country' states no "
        "number and is not labelled as a rank.",
        "Not facts: '21 months in a row' (streak); 21.5 and 20 working days; 'exports per working day averaged $3.09 "
        "billion, up 3.7 percent' (per-working-day average, out of scope); 'more than in any previous month' "
        "(milestone, no number); 'topping $740 billion' (ministry forecast); 'Asia's fourth-largest economy' (rank of "
        "an economy, not a trade flow); 2.0 percent (GDP growth forecast).",
        "Copy check: 8 sentences searched, 4 reworded (the exports sentence, which followed the Yonhap stock 'Outbound shipments reached $X billion last month, compared with the $Y billion tallied a year earlier, according to the data compiled by ...'; the imports sentence, which followed 'Imports added X percent on-year to $Y, resulting in a trade surplus of $Z'; and the China and U.S. sentences, which followed 'By destination, exports to China ... grew X percent' / 'Exports to China, South Korea\'s largest trading partner, jumped X percent' and 'Shipments to the United States rose X percent to $Y').",
        "Second check: 12 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 66.36e9, "USD", OCT, "US$66.36 billion",
             "The industry ministry put last month's outbound shipments at US$66.36 billion"),
        fact(KR, "exports", "growth", 11.4, "percent", OCT, "11.4",
             "The industry ministry put last month's outbound shipments at US$66.36 billion, 11.4 percent above the $59.57 billion logged in October 2025"),
        fact(KR, "exports", "value", 59.57e9, "USD", OCT25, "$59.57 billion",
             "The industry ministry put last month's outbound shipments at US$66.36 billion, 11.4 percent above the $59.57 billion logged in October 2025"),
        fact(KR, "imports", "growth", 4.2, "percent", OCT, "4.2",
             "Inbound shipments grew at a slower on-year pace of 4.2 percent to $55.77 billion"),
        fact(KR, "imports", "value", 55.77e9, "USD", OCT, "$55.77 billion",
             "Inbound shipments grew at a slower on-year pace of 4.2 percent to $55.77 billion"),
        fact(KR, "balance", "value", 10.59e9, "USD", OCT, "$10.59 billion",
             "the country booked a trade surplus of $10.59 billion"),
        fact(KR, "exports", "growth", -2.3, "percent", SEP, "2.3",
             "In September, exports had slipped 2.3 percent on-year"),
        fact(KR, "exports", "growth", 38.2, "percent", OCT, "38.2",
             "semiconductor shipments climbed 38.2 percent to $21.74 billion", product="semiconductors"),
        fact(KR, "exports", "value", 21.74e9, "USD", OCT, "$21.74 billion",
             "semiconductor shipments climbed 38.2 percent to $21.74 billion", product="semiconductors"),
        fact(KR, "exports", "value", 15.02e9, "USD", OCT, "$15.02 billion",
             "Chip exports, of which memory products made up $15.02 billion", product="memory products"),
        fact(KR, "exports", "share", 32.8, "percent", OCT, "32.8",
             "Chip exports, of which memory products made up $15.02 billion, accounted for 32.8 percent of total outbound shipments",
             product="semiconductors"),
        fact(KR, "exports", "growth", 14.6, "percent", OCT, "14.6",
             "Car exports advanced 14.6 percent to $6.36 billion", product="cars"),
        fact(KR, "exports", "value", 6.36e9, "USD", OCT, "$6.36 billion",
             "Car exports advanced 14.6 percent to $6.36 billion", product="cars"),
        fact(KR, "exports", "growth", 6.8, "percent", OCT, "6.8",
             "petroleum product exports rose 6.8 percent to $4.52 billion", product="petroleum products"),
        fact(KR, "exports", "value", 4.52e9, "USD", OCT, "$4.52 billion",
             "petroleum product exports rose 6.8 percent to $4.52 billion", product="petroleum products"),
        fact(KR, "exports", "growth", -22.4, "percent", OCT, "22.4",
             "Ship exports, on the other hand, dropped 22.4 percent to $3.64 billion", product="ships"),
        fact(KR, "exports", "value", 3.64e9, "USD", OCT, "$3.64 billion",
             "Ship exports, on the other hand, dropped 22.4 percent to $3.64 billion", product="ships"),
        fact(KR, "exports", "growth", 9.3, "percent", OCT, "9.3",
             "China, which buys more South Korean goods than any other country, took $12.48 billion worth of its exports, 9.3 percent more than a year earlier",
             partner="China"),
        fact(KR, "exports", "value", 12.48e9, "USD", OCT, "$12.48 billion",
             "China, which buys more South Korean goods than any other country, took $12.48 billion worth of its exports",
             partner="China"),
        fact(KR, "exports", "growth", 18.7, "percent", OCT, "18.7",
             "U.S.-bound exports rebounded 18.7 percent to $10.52 billion", partner="United States"),
        fact(KR, "exports", "value", 10.52e9, "USD", OCT, "$10.52 billion",
             "U.S.-bound exports rebounded 18.7 percent to $10.52 billion", partner="United States"),
        fact(KR, "exports", "growth", 7.9, "percent", OCT, "7.9",
             "Exports to the Association of Southeast Asian Nations (ASEAN) and Japan climbed 7.9 percent and 5.4 percent, respectively, to $10.11 billion and $2.61 billion",
             partner="ASEAN"),
        fact(KR, "exports", "value", 10.11e9, "USD", OCT, "$10.11 billion",
             "Exports to the Association of Southeast Asian Nations (ASEAN) and Japan climbed 7.9 percent and 5.4 percent, respectively, to $10.11 billion and $2.61 billion",
             partner="ASEAN"),
        fact(KR, "exports", "growth", 5.4, "percent", OCT, "5.4",
             "Exports to the Association of Southeast Asian Nations (ASEAN) and Japan climbed 7.9 percent and 5.4 percent, respectively, to $10.11 billion and $2.61 billion",
             partner="Japan"),
        fact(KR, "exports", "value", 2.61e9, "USD", OCT, "$2.61 billion",
             "Exports to the Association of Southeast Asian Nations (ASEAN) and Japan climbed 7.9 percent and 5.4 percent, respectively, to $10.11 billion and $2.61 billion",
             partner="Japan"),
        fact(KR, "exports", "growth", -3.1, "percent", OCT, "3.1",
             "Exports to the European Union slipped 3.1 percent to $5.42 billion", partner="European Union"),
        fact(KR, "exports", "value", 5.42e9, "USD", OCT, "$5.42 billion",
             "Exports to the European Union slipped 3.1 percent to $5.42 billion", partner="European Union"),
        fact(KR, "imports", "growth", -6.9, "percent", OCT, "6.9",
             "energy purchases, including crude oil, gas and coal, decreased 6.9 percent to $9.84 billion",
             product="energy"),
        fact(KR, "imports", "value", 9.84e9, "USD", OCT, "$9.84 billion",
             "energy purchases, including crude oil, gas and coal, decreased 6.9 percent to $9.84 billion",
             product="energy"),
        fact(KR, "exports", "value", 621.8e9, "USD", JAN_OCT, "$621.8 billion",
             "For the January-October period, exports totaled $621.8 billion"),
        fact(KR, "exports", "growth", 8.2, "percent", JAN_OCT, "8.2",
             "For the January-October period, exports totaled $621.8 billion, up 8.2 percent from the same period last year"),
        fact(KR, "imports", "growth", 2.1, "percent", JAN_OCT, "2.1",
             "imports grew 2.1 percent to $540.3 billion"),
        fact(KR, "imports", "value", 540.3e9, "USD", JAN_OCT, "$540.3 billion",
             "imports grew 2.1 percent to $540.3 billion"),
        fact(KR, "balance", "value", 81.5e9, "USD", JAN_OCT, "$81.5 billion",
             "The cumulative trade surplus reached $81.5 billion"),
    ],
}

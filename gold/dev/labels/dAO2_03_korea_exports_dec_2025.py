from _fact import fact, period

Y25 = period(2025, 1, 12)
DEC = period(2025, 12)
KR = "South Korea"
E_EXP = "put 2025 exports at $709.7 billion, a 3.8 percent increase on the previous year"
E_IMP = "With $631.5 billion of goods brought in, the country's trade surplus reached $78.2 billion"
E_CHIP = ("At a record $173.4 billion, chip exports were up 22.2 percent and made up 24.4 percent of everything the "
          "country shipped abroad.")
E_AUTO = "Car exports also set a record, edging up 1.7 percent to $72 billion"
E_SHIP = "lifted ship exports by 25.4 percent to $32.1 billion"
E_CN = "China kept its place as South Korea's largest export destination, although sales there slipped 1.6 percent to $130.9 billion"
E_US = "shipments to the United States, which fell 3.8 percent to $122.9 billion"
E_ASEAN = "Sales to the 10-member Association of Southeast Asian Nations (ASEAN) advanced 8.3 percent to $123.5 billion"
E_ASEAN_RANK = E_ASEAN + ", putting the bloc ahead of the U.S. as the second-largest destination for Korean goods."
E_DEC = "December alone brought $69.6 billion in exports, 13.4 percent more than a year before"
E_DEC_IMP = "December imports grew 4.7 percent to $57.4 billion, so the monthly trade surplus came to $12.2 billion."
E_DEC_CHIP = "Semiconductor sales abroad jumped 43.2 percent on-year in December to $20.8 billion."
E_DEC_PROD = ("Petrochemical products and bio-health goods saw their exports gain 6.8 percent and 22.4 percent, "
              "respectively.")
E_DEC_DEST = "Last month's shipments to China were up 10.1 percent, and those to the U.S. 3.8 percent."

ARTICLE = {
    "id": "dAO2_03_korea_exports_dec_2025",
    "title": "Record chip sales carry S. Korea's 2025 exports past $700 bln mark for first time",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "Dateline 'SEOUL, Jan. 1 (Yonhap)', Thursday 2026-01-01: 'last year' is 2025; December and 'Last month' are December 2025.",
        "Headline '$700 bln' and 'above the US$700 billion mark' are a threshold for the same observation as the exact $709.7 billion: only the exact figure is labelled.",
        "Annual trade surplus $78.2 billion (709.7 - 631.5) and December surplus $12.2 billion (69.6 - 57.4) are positive balances.",
        "Chip share 'made up 24.4 percent of everything the country shipped abroad': exports share, product chips, 2025.",
        "Ranks: 'China kept its place as South Korea's largest export destination' -> exports rank 1 partner China; ASEAN 'the second-largest destination for Korean goods' -> exports rank 2 partner ASEAN; both 2025.",
        "'Last month's shipments to China were up 10.1 percent, and those to the U.S. 3.8 percent': the US rate shares 'up' (+3.8), December; distinct from the annual US fall of 3.8 percent.",
        "Respectively list: petrochemical products +6.8, bio-health goods +22.4, December exports.",
        "Out: daily average exports (8.7 percent, $2.87 billion: per-working-day averages); 'only five countries had previously' sold over $700 billion, 'widest since 2017', 'highest monthly total on record', 'seventh straight month' (milestones and streaks); '10-member' (not trade); the 15 percent U.S. tariff; the ministry's forecast (around 1 percent, about $716 billion); GDP 1.0 percent.",
        "'At a record $173.4 billion' and 'Car exports also set a record': the records are milestones, the values are labelled.",
    ],
    "facts": [
        fact(KR, "exports", "value", 709.7e9, "USD", Y25, "709.7 billion", E_EXP),
        fact(KR, "exports", "growth", 3.8, "percent", Y25, "3.8", E_EXP),
        fact(KR, "imports", "value", 631.5e9, "USD", Y25, "631.5 billion", E_IMP),
        fact(KR, "balance", "value", 78.2e9, "USD", Y25, "78.2 billion", E_IMP),
        fact(KR, "exports", "growth", 22.2, "percent", Y25, "22.2", E_CHIP, product="chips"),
        fact(KR, "exports", "value", 173.4e9, "USD", Y25, "173.4 billion", E_CHIP, product="chips"),
        fact(KR, "exports", "share", 24.4, "percent", Y25, "24.4", E_CHIP, product="chips"),
        fact(KR, "exports", "growth", 1.7, "percent", Y25, "1.7", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 72e9, "USD", Y25, "72 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", 25.4, "percent", Y25, "25.4", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 32.1e9, "USD", Y25, "32.1 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "rank", 1, "number", Y25, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", -1.6, "percent", Y25, "1.6", E_CN, partner="China"),
        fact(KR, "exports", "value", 130.9e9, "USD", Y25, "130.9 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -3.8, "percent", Y25, "3.8", E_US, partner="United States"),
        fact(KR, "exports", "value", 122.9e9, "USD", Y25, "122.9 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 8.3, "percent", Y25, "8.3", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 123.5e9, "USD", Y25, "123.5 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "rank", 2, "number", Y25, "second-largest", E_ASEAN_RANK, partner="ASEAN"),
        fact(KR, "exports", "growth", 13.4, "percent", DEC, "13.4", E_DEC),
        fact(KR, "exports", "value", 69.6e9, "USD", DEC, "69.6 billion", E_DEC),
        fact(KR, "imports", "growth", 4.7, "percent", DEC, "4.7", E_DEC_IMP),
        fact(KR, "imports", "value", 57.4e9, "USD", DEC, "57.4 billion", E_DEC_IMP),
        fact(KR, "balance", "value", 12.2e9, "USD", DEC, "12.2 billion", E_DEC_IMP),
        fact(KR, "exports", "growth", 43.2, "percent", DEC, "43.2", E_DEC_CHIP, product="chips"),
        fact(KR, "exports", "value", 20.8e9, "USD", DEC, "20.8 billion", E_DEC_CHIP, product="chips"),
        fact(KR, "exports", "growth", 6.8, "percent", DEC, "6.8", E_DEC_PROD, product="petrochemical products"),
        fact(KR, "exports", "growth", 22.4, "percent", DEC, "22.4", E_DEC_PROD, product="bio-health goods"),
        fact(KR, "exports", "growth", 10.1, "percent", DEC, "10.1", E_DEC_DEST, partner="China"),
        fact(KR, "exports", "growth", 3.8, "percent", DEC, "3.8", E_DEC_DEST, partner="United States"),
    ],
}

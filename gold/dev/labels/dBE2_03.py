from _fact import fact, period

KR = "South Korea"
SEP = period(2025, 9)
EU = "European Union"

E_LEAD = "pushed South Korea's exports to their highest monthly level ever in September, 12.7 percent above a year earlier"
E_VAL = "The Ministry of Trade, Industry and Energy put the month's total at US$65.95 billion (about 92.6 trillion won), up from $58.52 billion in September last year."
E_REC = "The figure topped the previous monthly record of $63.8 billion set in March 2022."
E_IMP = "With imports up 8.2 percent on-year at $56.4 billion, the country booked a $9.56 billion trade surplus"
E_MOM = "On the month, exports were up 12.9 percent from August's $58.4 billion, which had been 1.3 percent higher than a year earlier."
E_CHIP = "Chip exports climbed to a record $16.61 billion, a 22 percent increase that made up 25.2 percent of all outbound shipments"
E_AUTO = "Automobile exports set a September record of $6.4 billion, up 16.8 percent, even as Washington's 25 percent tariff on Korean vehicles pushed car shipments to the U.S. down 2.3 percent to $1.91 billion"
E_CAREU = "Car exports to the European Union, by contrast, soared 54 percent to $700 million."
E_SHIP = "Exports of ships and general machinery rose 21.9 percent and 10.3 percent, respectively"
E_CN = "China remained South Korea's No. 1 export destination, with shipments edging up 0.5 percent to $11.68 billion"
E_AS = "The Association of Southeast Asian Nations (ASEAN) ranked second at $11 billion, up 17.8 percent"
E_US = "The United States came in third at $10.27 billion, down 1.4 percent on-year"
E_EU = "exports to the European Union, the fourth-largest market, hit an all-time monthly high of $7.16 billion"
E_YTD = "For the first nine months of the year, exports totaled $519.78 billion, up 2.2 percent from the same period last year."

ARTICLE = {
    "id": "dBE2_03",
    "title": "S. Korea's Sept. exports hit record high on chip boom, extra working days",
    "publisher": "Yonhap",
    "published": "2025-10-01",
    "notes": [
        "Figures from real reporting of the trade ministry's September 2025 data (Yonhap/Korea Herald, JoongAng Daily, Asia Economy, KBS); the won conversion (about 92.6 trillion won) and the 25.2% chip share and 12.9% month-on-month rise are my own arithmetic from those figures; sentences are my own.",
        "Comparison bases with their own period are labelled as facts of that period: $58.52 billion 'in September last year' -> 2024-09; the previous record $63.8 billion 'set in March 2022' -> 2022-03; 'August's $58.4 billion' -> 2025-08.",
        "'On the month' opens its paragraph -> the 12.9% rise is mom; the same paragraph's 1.3% for August says 'than a year earlier', so its explicit yoy overrides the carried frame.",
        "'about 92.6 trillion won' -> a separate KRW fact, qualifier approx.",
        "Per-working-day exports ($2.75 billion, -6.1%) are per-working-day averages -> not labelled; working-day counts (24, four) are not trade flows.",
        "Chip figures -> product 'semiconductors' (the item is named 'Semiconductors' in the same paragraph; 'Chip exports' refers to it). 'Semiconductors, the country's biggest export item' -> rank 1 among export items, product semiconductors.",
        "'car shipments to the U.S.' and 'Car exports to the European Union' -> product 'cars' with partner; overall 'Automobile exports' -> product 'automobiles'.",
        "Ranked destination list: China 'No. 1' (value_text '1'), ASEAN 'second', United States 'third', European Union 'fourth-largest' -> rank facts of exports with those partners.",
        "Not labelled: conditional counts ('Ten of the country's 15 major export items', 'eight of ... nine major markets'), streaks ('seven months', 'four months of declines'), the 25 percent U.S. tariff, 'biggest for a September since 2018' (milestone), the October outlook.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 12.7, "percent", SEP, "12.7", E_LEAD),
        fact(KR, "exports", "value", 65.95e9, "USD", SEP, "65.95 billion", E_VAL),
        fact(KR, "exports", "value", 92.6e12, "KRW", SEP, "92.6 trillion", E_VAL, qualifier="approx"),
        fact(KR, "exports", "value", 58.52e9, "USD", period(2024, 9), "58.52 billion", E_VAL),
        fact(KR, "exports", "value", 63.8e9, "USD", period(2022, 3), "63.8 billion", E_REC),
        fact(KR, "imports", "growth", 8.2, "percent", SEP, "8.2", E_IMP),
        fact(KR, "imports", "value", 56.4e9, "USD", SEP, "56.4 billion", E_IMP),
        fact(KR, "balance", "value", 9.56e9, "USD", SEP, "9.56 billion", E_IMP),
        fact(KR, "exports", "growth", 12.9, "percent", SEP, "12.9", E_MOM, basis="mom"),
        fact(KR, "exports", "value", 58.4e9, "USD", period(2025, 8), "58.4 billion", E_MOM),
        fact(KR, "exports", "growth", 1.3, "percent", period(2025, 8), "1.3", E_MOM, basis="yoy"),
        fact(KR, "exports", "rank", 1, "number", SEP, "biggest", "Semiconductors, the country's biggest export item, again led the way.", product="semiconductors"),
        fact(KR, "exports", "growth", 22, "percent", SEP, "22", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 16.61e9, "USD", SEP, "16.61 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 25.2, "percent", SEP, "25.2", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 16.8, "percent", SEP, "16.8", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 6.4e9, "USD", SEP, "6.4 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", -2.3, "percent", SEP, "2.3", E_AUTO, product="cars", partner="United States"),
        fact(KR, "exports", "value", 1.91e9, "USD", SEP, "1.91 billion", E_AUTO, product="cars", partner="United States"),
        fact(KR, "exports", "growth", 54, "percent", SEP, "54", E_CAREU, product="cars", partner=EU),
        fact(KR, "exports", "value", 700e6, "USD", SEP, "700 million", E_CAREU, product="cars", partner=EU),
        fact(KR, "exports", "growth", 21.9, "percent", SEP, "21.9", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 10.3, "percent", SEP, "10.3", E_SHIP, product="general machinery"),
        fact(KR, "exports", "rank", 1, "number", SEP, "1", E_CN, partner="China"),
        fact(KR, "exports", "growth", 0.5, "percent", SEP, "0.5", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.68e9, "USD", SEP, "11.68 billion", E_CN, partner="China"),
        fact(KR, "exports", "rank", 2, "number", SEP, "second", E_AS, partner="ASEAN"),
        fact(KR, "exports", "value", 11e9, "USD", SEP, "11 billion", E_AS, partner="ASEAN"),
        fact(KR, "exports", "growth", 17.8, "percent", SEP, "17.8", E_AS, partner="ASEAN"),
        fact(KR, "exports", "rank", 3, "number", SEP, "third", E_US, partner="United States"),
        fact(KR, "exports", "value", 10.27e9, "USD", SEP, "10.27 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", -1.4, "percent", SEP, "1.4", E_US, partner="United States"),
        fact(KR, "exports", "rank", 4, "number", SEP, "fourth", E_EU, partner=EU),
        fact(KR, "exports", "value", 7.16e9, "USD", SEP, "7.16 billion", E_EU, partner=EU),
        fact(KR, "exports", "value", 519.78e9, "USD", period(2025, 1, 9), "519.78 billion", E_YTD),
        fact(KR, "exports", "growth", 2.2, "percent", period(2025, 1, 9), "2.2", E_YTD),
        fact(KR, "exports", "value", 185.03e9, "USD", period(2025, 7, 9), "185.03 billion",
             "Third-quarter exports reached $185.03 billion, the largest quarterly amount on record."),
    ],
}

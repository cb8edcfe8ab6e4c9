from _fact import fact, period

BD = "Bangladesh"
Q1 = period(2025, 7, 9)
Q1_FY25 = period(2024, 7, 9)
SEP = period(2025, 9)
SEP24 = period(2024, 9)
AUG = period(2025, 8)
JUL = period(2025, 7)
RMG = "ready-made garments"

E_LEAD = "Bangladesh's merchandise shipments earned $12.31 billion in the first quarter (July-September) of fiscal year 2025-26, up 5.64 per cent year-on-year"
E_FY25 = "In the same three months of FY25, the country had earned $11.65 billion from exports of goods."
E_SEP = "September's earnings came to $3.62 billion, the EPB figures released this week show, 4.61 per cent below the $3.80 billion booked a year earlier"
E_AUGJUL = "Earnings had already dropped 2.93 per cent in August after a 24.9 per cent jump in July"
E_RMG = "At $9.97 billion, July-September earnings from ready-made garments (RMG), the mainstay of the export basket, were 4.79 per cent higher than a year earlier."
E_RMG_SH = "The sector thus contributed about 81 per cent of total export earnings."
E_KW = "Knitwear brought in $5.58 billion in the quarter, a rise of 4.31 per cent, while woven garments earned $4.39 billion, registering 5.41 per cent growth."
E_RMG_SEP = "RMG earnings shrank 5.66 per cent from a year earlier, to $2.83 billion"
E_KNIT_SEP = "knitwear brought in $1.63 billion, 5.75 per cent less than a year before"
E_WOVEN_SEP = "woven garments $1.20 billion, a 5.54 per cent decline"
E_HT = "home textiles exports rose 7.98 per cent to $206.62 million in the first quarter"
E_LEATHER = "Leather and leather products earned $318.72 million, up 6.85 per cent year-on-year"
E_JUTE = "Jute and jute goods, however, fetched $203.16 million, down 4.37 per cent"
E_EU_RANK = "the European Union stayed the largest buyer of Bangladeshi RMG over the quarter"
E_EU = "Garment sales to the 27-nation bloc rose 3.64 per cent to $4.75 billion, or 47.60 per cent of all RMG exports."
E_US = "Shipments to the United States, the single largest country market, grew 8.60 per cent to $2.01 billion, giving the US a 20.18 per cent share of the country's RMG exports."

ARTICLE = {
    "id": "dBW2_06",
    "title": "Exports grow 5.64pc in Q1 despite second monthly fall in September",
    "publisher": None,
    "published": "2025-10-09",
    "notes": [
        "Real figures (EPB data released 5 October 2025, as reported by the Financial Express, Dhaka Tribune and Observer; country-wise "
        "RMG data as reported by Prothom Alo on 9 October 2025): July-September FY26 exports $12.31bn +5.64% vs $11.65bn; September "
        "$3.62bn -4.61% vs $3.80bn; August -2.93%; July +24.9%; RMG Q1 $9.97bn +4.79%; knitwear $5.58bn +4.31%; woven $4.39bn +5.41%; "
        "RMG September $2.83bn -5.66%; knitwear September $1.63bn -5.75%; woven September $1.20bn -5.54%; home textiles $206.62m +7.98%; "
        "EU $4.75bn +3.64% 47.60%; US $2.01bn +8.60% 20.18%; FY26 goods target $55bn plus $8.5bn services; 20% US reciprocal tariff; "
        "India's land-port restrictions on jute products.",
        "Invented: leather and leather products $318.72m +6.85% and jute and jute goods $203.16m -4.37% for July-September (modelled on "
        "July's $127.38m and $55.44m); the Q1 strategic target $13.13bn; Tk 122 per dollar is approximate. Derived: RMG share about 81% "
        "= 9.97/12.31 (80.99%).",
        "Judgement calls: the fiscal quarter July-September FY26 is 2025-07..2025-09 and 'the same three months of FY25' is "
        "2024-07..2024-09; all RMG facts use product 'ready-made garments' (the text defines RMG); knitwear and woven garments are "
        "their own products; 'the largest buyer' (EU) and 'the single largest country market' (US) are both labelled rank 1 "
        "for RMG exports, one among all destinations including blocs and one among single countries, as the text states them; the "
        "EU and US shares are shares of RMG exports; the headline's 5.64pc is the body's lead fact and is labelled once.",
        "Not facts: $13.13 billion, $55 billion and $8.5 billion (targets); 'second straight month' and 'second monthly fall' "
        "(streaks); 2025-26 and FY25/FY26 (years); 27-nation (count of EU members, not trading partners); 20 per cent (tariff rate); "
        "eight-hour (shift length); Tk 122 (exchange rate).",
        "Copy check: 11 sentences searched (lead, September receipts, RMG quarter, knit/woven, RMG September, BGMEA quote before and "
        "after rewording, home textiles, EU, US, jute), 1 reworded (the exporter quote opened like a real BGMEA remark). Three "
        "phrasings were also changed for consistent product names (apparel/knit items -> RMG/knitwear/woven garments).",
        "Second check: 25 sentences searched, 8 reworded.",
    ],
    "facts": [
        fact(BD, "exports", "value", 12.31e9, "USD", Q1, "$12.31 billion", E_LEAD),
        fact(BD, "exports", "growth", 5.64, "percent", Q1, "5.64", E_LEAD),
        fact(BD, "exports", "value", 11.65e9, "USD", Q1_FY25, "$11.65 billion", E_FY25),
        fact(BD, "exports", "value", 3.62e9, "USD", SEP, "$3.62 billion", E_SEP),
        fact(BD, "exports", "growth", -4.61, "percent", SEP, "4.61", E_SEP),
        fact(BD, "exports", "value", 3.80e9, "USD", SEP24, "$3.80 billion", E_SEP),
        fact(BD, "exports", "growth", -2.93, "percent", AUG, "2.93", E_AUGJUL),
        fact(BD, "exports", "growth", 24.9, "percent", JUL, "24.9", E_AUGJUL),
        fact(BD, "exports", "value", 9.97e9, "USD", Q1, "$9.97 billion", E_RMG, product=RMG),
        fact(BD, "exports", "growth", 4.79, "percent", Q1, "4.79", E_RMG, product=RMG),
        fact(BD, "exports", "share", 81, "percent", Q1, "81", E_RMG_SH, product=RMG, qualifier="approx"),
        fact(BD, "exports", "value", 5.58e9, "USD", Q1, "$5.58 billion", E_KW, product="knitwear"),
        fact(BD, "exports", "growth", 4.31, "percent", Q1, "4.31", E_KW, product="knitwear"),
        fact(BD, "exports", "value", 4.39e9, "USD", Q1, "$4.39 billion", E_KW, product="woven garments"),
        fact(BD, "exports", "growth", 5.41, "percent", Q1, "5.41", E_KW, product="woven garments"),
        fact(BD, "exports", "value", 2.83e9, "USD", SEP, "$2.83 billion", E_RMG_SEP, product=RMG),
        fact(BD, "exports", "growth", -5.66, "percent", SEP, "5.66", E_RMG_SEP, product=RMG),
        fact(BD, "exports", "value", 1.63e9, "USD", SEP, "$1.63 billion", E_KNIT_SEP, product="knitwear"),
        fact(BD, "exports", "growth", -5.75, "percent", SEP, "5.75", E_KNIT_SEP, product="knitwear"),
        fact(BD, "exports", "value", 1.20e9, "USD", SEP, "$1.20 billion", E_WOVEN_SEP, product="woven garments"),
        fact(BD, "exports", "growth", -5.54, "percent", SEP, "5.54", E_WOVEN_SEP, product="woven garments"),
        fact(BD, "exports", "value", 206.62e6, "USD", Q1, "$206.62 million", E_HT, product="home textiles"),
        fact(BD, "exports", "growth", 7.98, "percent", Q1, "7.98", E_HT, product="home textiles"),
        fact(BD, "exports", "value", 318.72e6, "USD", Q1, "$318.72 million", E_LEATHER, product="leather and leather products"),
        fact(BD, "exports", "growth", 6.85, "percent", Q1, "6.85", E_LEATHER, product="leather and leather products"),
        fact(BD, "exports", "value", 203.16e6, "USD", Q1, "$203.16 million", E_JUTE, product="jute and jute goods"),
        fact(BD, "exports", "growth", -4.37, "percent", Q1, "4.37", E_JUTE, product="jute and jute goods"),
        fact(BD, "exports", "rank", 1, "number", Q1, "largest", E_EU_RANK, partner="European Union", product=RMG),
        fact(BD, "exports", "value", 4.75e9, "USD", Q1, "$4.75 billion", E_EU, partner="European Union", product=RMG),
        fact(BD, "exports", "growth", 3.64, "percent", Q1, "3.64", E_EU, partner="European Union", product=RMG),
        fact(BD, "exports", "share", 47.60, "percent", Q1, "47.60", E_EU, partner="European Union", product=RMG),
        fact(BD, "exports", "rank", 1, "number", Q1, "largest", E_US, partner="United States", product=RMG),
        fact(BD, "exports", "value", 2.01e9, "USD", Q1, "$2.01 billion", E_US, partner="United States", product=RMG),
        fact(BD, "exports", "growth", 8.60, "percent", Q1, "8.60", E_US, partner="United States", product=RMG),
        fact(BD, "exports", "share", 20.18, "percent", Q1, "20.18", E_US, partner="United States", product=RMG),
    ],
}

from _fact import fact, period

KR = "South Korea"
US = "United States"
NOV = period(2026, 11)
JN = period(2026, 1, 11)

E_EXP = "Preliminary ministry figures put last month's exports at $64.87 billion, a 6.2 percent increase from a year earlier"
E_IMP = "The import bill, at $55.43 billion, was up 8.1 percent"
E_CHIP = "Chip exports surged 17.7 percent to $20.31 billion"
E_SHIP = "Exports of vessels soared 41.2 percent to $3.15 billion"
E_CAR = "car exports slipped 2.8 percent to $5.92 billion"
E_PC = "Petrochemical exports dropped 9.6 percent to $3.28 billion"
E_CNUS = ("exports to China, Korea's largest export market, and to the United States came to $12.46 billion and "
          "$10.82 billion, respectively, up 3.1 percent and 1.4 percent")
E_ASEU = "Exports to ASEAN and the European Union reached 10.57 and 6.14 billion dollars, respectively"
E_EN = "energy purchases fell 6.2 percent to $9.8 billion"
E_JNX = "Over the first 11 months of the year, outbound shipments added up to $673.5 billion, 3.9 percent more than a year earlier"
E_JNM = "purchases from abroad shrank 0.4 percent to $601.2 billion"
E_JNC = "Semiconductor exports over the 11 months amounted to $201.7 billion, a 19.5 percent gain on-year"

ARTICLE = {
    "id": "dBS2_03",
    "title": "Korea's November exports rise for sixth straight month on chips, ships",
    "publisher": "Korea Herald",
    "published": "2026-12-01",
    "notes": [
        "Real figures: none stated (November 2026 has not happened). Modelled on Korea Herald/Yonhap write-ups of the "
        "trade ministry's monthly release (2017-2025), with November 2025 (exports $61.04bn, imports $51.3bn, chips "
        "$17.26bn) as the implied base. Invented: every figure. Derived and checked: 64.87 - 55.43 = 9.44; "
        "64.87/1.062 = 61.08 and 55.43/1.081 = 51.28 (the 2025 base); chips 20.31/1.177 = 17.26 and 20.31/64.87 = "
        "31.3%; per working day 64.87/21.5 = 3.02; Jan-Nov 673.5 - 601.2 = 72.3; China 12.46 > US 10.82, so China "
        "is the largest market.",
        "Judgement calls: product names follow the paragraph's item names: 'Chip exports' -> semiconductors (the "
        "paragraph opens 'Semiconductors again led the way'), 'Exports of vessels' -> ships (the paragraph opens "
        "'Ships were the other bright spot'), 'energy purchases' -> energy (imports). '10.57 and 6.14 billion "
        "dollars, respectively' is a list: 10.57 takes the scale written once after the last figure (10.57e9). "
        "'Korea's largest export market' is a rank of exports to China. The 'respectively' growth pair 'up 3.1 "
        "percent and 1.4 percent' maps to China and the US in order. 'Over the first 11 months of the year' sets the "
        "period 2026-01..2026-11 for the cumulative paragraph, including 'over the 11 months'.",
        "Not facts: the per-working-day average $3.02 billion and its 3.8 percent rise (per-working-day averages "
        "are out of scope); 21.5 working days; 'about 3 percentage points' (a derived share difference); 'nine' of "
        "the 15 major export items (a conditional count of items, not of enterprises or partners); 'sixth straight "
        "month', 'three months', 'six months running' (streaks); the 15 percent US tariff; 2023 and 2025 (years); "
        "the first-20-days rise of 8.2 percent (part of a month); KITA's forecast of around $720 billion in 2027.",
        "Copy check: 9 sentences searched (lead, headline flows, working days, chips, China/US, Jan-Nov, "
        "cars/petrochemicals, quote, ASEAN/EU); 4 reworded: the lead (close to a Straits Times/Reuters opening), the "
        "exports and imports sentences ('Outbound shipments came to ...', 'Imports advanced ... resulting in a trade "
        "surplus' skeletons of Yonhap/Korea Herald) and the working-days sentence (JoongAng Daily skeleton).",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(KR, "exports", "value", 64.87e9, "USD", NOV, "$64.87 billion", E_EXP),
        fact(KR, "exports", "growth", 6.2, "percent", NOV, "6.2", E_EXP),
        fact(KR, "imports", "value", 55.43e9, "USD", NOV, "$55.43 billion", E_IMP),
        fact(KR, "imports", "growth", 8.1, "percent", NOV, "8.1", E_IMP),
        fact(KR, "balance", "value", 9.44e9, "USD", NOV, "$9.44 billion",
             "so the country ran a trade surplus of $9.44 billion"),
        fact(KR, "exports", "value", 20.31e9, "USD", NOV, "$20.31 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 17.7, "percent", NOV, "17.7", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 31.3, "percent", NOV, "31.3",
             "Chips now make up 31.3 percent of everything the country ships abroad", product="semiconductors"),
        fact(KR, "exports", "value", 3.15e9, "USD", NOV, "$3.15 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 41.2, "percent", NOV, "41.2", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 5.92e9, "USD", NOV, "$5.92 billion", E_CAR, product="cars"),
        fact(KR, "exports", "growth", -2.8, "percent", NOV, "2.8", E_CAR, product="cars"),
        fact(KR, "exports", "value", 3.28e9, "USD", NOV, "$3.28 billion", E_PC, product="petrochemicals"),
        fact(KR, "exports", "growth", -9.6, "percent", NOV, "9.6", E_PC, product="petrochemicals"),
        fact(KR, "exports", "value", 12.46e9, "USD", NOV, "$12.46 billion", E_CNUS, partner="China"),
        fact(KR, "exports", "growth", 3.1, "percent", NOV, "3.1", E_CNUS, partner="China"),
        fact(KR, "exports", "rank", 1, "number", NOV, "largest",
             "exports to China, Korea's largest export market", partner="China"),
        fact(KR, "exports", "value", 10.82e9, "USD", NOV, "$10.82 billion", E_CNUS, partner=US),
        fact(KR, "exports", "growth", 1.4, "percent", NOV, "1.4", E_CNUS, partner=US),
        fact(KR, "exports", "value", 10.57e9, "USD", NOV, "10.57", E_ASEU, partner="ASEAN"),
        fact(KR, "exports", "growth", 9.8, "percent", NOV, "9.8", "ASEAN-bound sales jumped 9.8 percent",
             partner="ASEAN"),
        fact(KR, "exports", "value", 6.14e9, "USD", NOV, "6.14 billion", E_ASEU, partner="European Union"),
        fact(KR, "exports", "growth", 5.3, "percent", NOV, "5.3", "those to the EU gained 5.3 percent",
             partner="European Union"),
        fact(KR, "imports", "value", 9.8e9, "USD", NOV, "$9.8 billion", E_EN, product="energy"),
        fact(KR, "imports", "growth", -6.2, "percent", NOV, "6.2", E_EN, product="energy"),
        fact(KR, "exports", "value", 673.5e9, "USD", JN, "$673.5 billion", E_JNX),
        fact(KR, "exports", "growth", 3.9, "percent", JN, "3.9", E_JNX),
        fact(KR, "imports", "value", 601.2e9, "USD", JN, "$601.2 billion", E_JNM),
        fact(KR, "imports", "growth", -0.4, "percent", JN, "0.4", E_JNM),
        fact(KR, "balance", "value", 72.3e9, "USD", JN, "$72.3 billion",
             "The cumulative trade surplus reached $72.3 billion"),
        fact(KR, "exports", "value", 201.7e9, "USD", JN, "$201.7 billion", E_JNC, product="semiconductors"),
        fact(KR, "exports", "growth", 19.5, "percent", JN, "19.5", E_JNC, product="semiconductors"),
    ],
}

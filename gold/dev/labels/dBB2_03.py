from _fact import fact, period

KR = "South Korea"
Y25 = period(2025, 1, 12)
DEC = period(2025, 12)

E_EXP = "exports totaled $709.7 billion in 2025, 3.8 percent more than a year earlier"
E_IMP = "Imports slipped 0.1 percent to $631.9 billion"
E_BAL = "leaving a trade surplus of $77.8 billion"
E_TOT = "Total trade volume reached $1.34 trillion."
E_SEMI = "Semiconductors, the country's top export item, led the gains."
E_CHIP = "Chip exports jumped 22.2 percent on-year to a record $173.4 billion and accounted for 24.4 percent of total outbound shipments"
E_AUTO = "Automobiles, the second-biggest export item, rose 1.7 percent to $72 billion"
E_RESP = "Exports of ships and petrochemicals came to $32.1 billion and $40.6 billion, respectively, with the former soaring 25.7 percent on orders for liquefied natural gas carriers and the latter sinking 11.6 percent amid a global glut."
E_CHN = "China, South Korea's largest market, took $131.8 billion of its goods, 1.7 percent less than a year before"
E_US = "Exports bound for the United States slid 3.8 percent to $122.9 billion"
E_ASEAN = "those to the Association of Southeast Asian Nations rose 8.3 percent to $124.4 billion, making the 10-member bloc the No. 2 destination for Korean goods"
E_DEC_EXP = "December by itself brought $69.6 billion in exports, a 13.4 percent on-year rise"
E_DEC_IMP = "imports of $57.4 billion, up 4.6 percent"
E_DEC_BAL = "The monthly trade surplus came to $12.2 billion."
E_DEC_MOM = "December exports were also 14.1 percent higher than in the previous month."
E_DEC_CHIP = "Chip exports surged 43.2 percent to $20.8 billion in the month"
E_DEC_AUTO = "automobile shipments slipped 1.5 percent owing to expanded overseas production"
E_DEC_PETRO = "Petrochemical exports rose 6.8 percent from a year earlier"
E_DEC_DEST = "Exports to China, the US, ASEAN and the Middle East grew 10.1 percent, 3.8 percent, 27.6 percent and 25.5 percent, respectively."

ARTICLE = {
    "id": "dBB2_03",
    "title": "S. Korea's annual exports top $700b for first time on record chip sales",
    "publisher": "Yonhap",
    "published": "2026-01-01",
    "notes": [
        "Korea Herald-style story carrying Yonhap copy; the only outlet named in the text is the closing (Yonhap) credit, so publisher is Yonhap per the guide.",
        "Figures follow the real 2025 annual release where known (exports $709.7bn +3.8%, chips $173.4bn +22.2%, December exports +13.4%, imports +4.6%, surplus $12.2bn, December chips +43.2%, autos -1.5%, petrochemicals +6.8%, China/US/ASEAN/Middle East +10.1/+3.8/+27.6/+25.5%); annual imports, surplus, item and destination levels are close approximations or illustrative.",
        "'last year' and 'in 2025' in an article of 2026-01-01 -> period 2025-01..2025-12; the December paragraph sets the running period for the following two paragraphs ('in the month', the 'respectively' list).",
        "Headline/lead '$700b'/'surpassed $700 billion' is a threshold for the same observation as the exact $709.7 billion: exact figure only.",
        "Coordination with 'respectively': ships $32.1bn / petrochemicals $40.6bn, then 'the former soaring 25.7' / 'the latter sinking 11.6'; December destinations China/United States/ASEAN/Middle East with 10.1/3.8/27.6/25.5.",
        "Ranks: 'Semiconductors, the country's top export item' -> rank 1 (product semiconductors); 'Automobiles, the second-biggest export item' -> rank 2; 'China, South Korea's largest market' -> exports rank 1 partner China; ASEAN 'the No. 2 destination' -> exports rank 2. Product names follow the text: 'semiconductors' in the rank sentence, 'chips' in 'Chip exports'.",
        "'December exports were also 14.1 percent higher than in the previous month' -> growth mom. Annual US exports -3.8 (2025) and December US exports +3.8 are distinct facts.",
        "Out of scope: the 15 percent US tariff; working-day-adjusted average daily exports (+8.7%); 'largest since 2017', 'largest monthly figure on record', 'first gain in 10 months' (milestones/streaks); '10-member bloc'; the ministry's outlook for this year (forecast, no figure).",
    ],
    "facts": [
        fact(KR, "exports", "value", 709.7e9, "USD", Y25, "709.7 billion", E_EXP),
        fact(KR, "exports", "growth", 3.8, "percent", Y25, "3.8", E_EXP),
        fact(KR, "imports", "value", 631.9e9, "USD", Y25, "631.9 billion", E_IMP),
        fact(KR, "imports", "growth", -0.1, "percent", Y25, "0.1", E_IMP),
        fact(KR, "balance", "value", 77.8e9, "USD", Y25, "77.8 billion", E_BAL),
        fact(KR, "total", "value", 1.34e12, "USD", Y25, "1.34 trillion", E_TOT),
        fact(KR, "exports", "rank", 1, "number", Y25, "top", E_SEMI, product="semiconductors"),
        fact(KR, "exports", "value", 173.4e9, "USD", Y25, "173.4 billion", E_CHIP, product="chips"),
        fact(KR, "exports", "growth", 22.2, "percent", Y25, "22.2", E_CHIP, product="chips"),
        fact(KR, "exports", "share", 24.4, "percent", Y25, "24.4", E_CHIP, product="chips"),
        fact(KR, "exports", "rank", 2, "number", Y25, "second", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 72e9, "USD", Y25, "72 billion", E_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", 1.7, "percent", Y25, "1.7", E_AUTO, product="automobiles"),
        fact(KR, "exports", "value", 32.1e9, "USD", Y25, "32.1 billion", E_RESP, product="ships"),
        fact(KR, "exports", "value", 40.6e9, "USD", Y25, "40.6 billion", E_RESP, product="petrochemicals"),
        fact(KR, "exports", "growth", 25.7, "percent", Y25, "25.7", E_RESP, product="ships"),
        fact(KR, "exports", "growth", -11.6, "percent", Y25, "11.6", E_RESP, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", Y25, "largest", E_CHN, partner="China"),
        fact(KR, "exports", "value", 131.8e9, "USD", Y25, "131.8 billion", E_CHN, partner="China"),
        fact(KR, "exports", "growth", -1.7, "percent", Y25, "1.7", E_CHN, partner="China"),
        fact(KR, "exports", "value", 122.9e9, "USD", Y25, "122.9 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", -3.8, "percent", Y25, "3.8", E_US, partner="United States"),
        fact(KR, "exports", "value", 124.4e9, "USD", Y25, "124.4 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", 8.3, "percent", Y25, "8.3", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "rank", 2, "number", Y25, "2", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 69.6e9, "USD", DEC, "69.6 billion", E_DEC_EXP),
        fact(KR, "exports", "growth", 13.4, "percent", DEC, "13.4", E_DEC_EXP),
        fact(KR, "imports", "value", 57.4e9, "USD", DEC, "57.4 billion", E_DEC_IMP),
        fact(KR, "imports", "growth", 4.6, "percent", DEC, "4.6", E_DEC_IMP),
        fact(KR, "balance", "value", 12.2e9, "USD", DEC, "12.2 billion", E_DEC_BAL),
        fact(KR, "exports", "growth", 14.1, "percent", DEC, "14.1", E_DEC_MOM, basis="mom"),
        fact(KR, "exports", "value", 20.8e9, "USD", DEC, "20.8 billion", E_DEC_CHIP, product="chips"),
        fact(KR, "exports", "growth", 43.2, "percent", DEC, "43.2", E_DEC_CHIP, product="chips"),
        fact(KR, "exports", "growth", -1.5, "percent", DEC, "1.5", E_DEC_AUTO, product="automobiles"),
        fact(KR, "exports", "growth", 6.8, "percent", DEC, "6.8", E_DEC_PETRO, product="petrochemicals"),
        fact(KR, "exports", "growth", 10.1, "percent", DEC, "10.1", E_DEC_DEST, partner="China"),
        fact(KR, "exports", "growth", 3.8, "percent", DEC, "3.8", E_DEC_DEST, partner="United States"),
        fact(KR, "exports", "growth", 27.6, "percent", DEC, "27.6", E_DEC_DEST, partner="ASEAN"),
        fact(KR, "exports", "growth", 25.5, "percent", DEC, "25.5", E_DEC_DEST, partner="Middle East"),
    ],
}

from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
YTD = period(2025, 1, 10)
KR = "South Korea"
E_X = ("Figures from the Ministry of Trade, Industry and Energy put the month's exports at US$59.57 billion (about 85.2 trillion won), "
       "3.6 percent more than in October last year")
E_M = "With imports down 1.5 percent on-year at $53.52 billion, the balance showed a $6.06 billion trade surplus"
E_MOM = "On the month, exports fell 9.7 percent from September, when they had hit an all-time high of $65.95 billion, and imports were 5.1 percent lower."
E_CHIP = "lifted semiconductors, the country's biggest export item, by 25.4 percent to $15.73 billion"
E_SHIP = "ship exports more than doubled, soaring 131.2 percent to $4.69 billion"
E_OIL = "Shipments of petroleum products advanced 2.9 percent to $4.38 billion."
E_CAR = "Automobile exports, by contrast, dropped 10.5 percent to $5.28 billion"
E_RESP = "Outbound sales of auto parts and steel declined 18.9 percent and 21.5 percent, respectively."
E_CN = "exports to China, South Korea's largest export market, slipped 1.2 percent to $11.0 billion"
E_US = "pushed shipments to the United States down 16.2 percent to $8.72 billion"
E_ASEAN = "those to the Association of Southeast Asian Nations (ASEAN) rose 2.6 percent to $9.52 billion"
E_YTD = "For the January-October period, exports totaled $579.6 billion, up 2.4 percent from the same period last year."

ARTICLE = {
    "id": "dAU2_03_korea_exports_oct_2025",
    "title": "S. Korea's October exports rise 3.6 pct despite Chuseok break as chips, ships set records",
    "publisher": "Hanbit News",
    "published": "2025-11-01",
    "notes": [
        "Area South Korea (dateline SEJONG, 'South Korea's exports'); goods trade, product null unless restricted. Headline 3.6 pct is the lead's observation: once.",
        "'US$59.57 billion (about 85.2 trillion won)': a USD fact and a KRW fact with qualifier approx.",
        "'a $6.06 billion trade surplus': balance +6.06e9, October.",
        "Working days (20 vs 22) and 'Per working day, that works out to $2.98 billion of shipments, 14 percent more than a year before': per-working-day averages, out.",
        "'On the month' opens the paragraph: exports -9.7 mom; 'imports were 5.1 percent lower' inherits the mom frame -> -5.1 mom. "
        "September's all-time high $65.95 billion is a stated September export value: labelled with period 2025-09 ('all-time high' itself is a milestone, out).",
        "'semiconductors, the country's biggest export item': rank 1 of exports, product semiconductors.",
        "'Chips accounted for 26.4 percent of total outbound shipments': export share of the same goods as 'semiconductors' in the previous sentence; "
        "product written 'semiconductors' for consistency with the other chip facts (normalised tokens would otherwise differ only by synonym). "
        "'memory products leading the gain': no number.",
        "'ship exports more than doubled, soaring 131.2 percent': threshold ('more than doubled') plus exact figure for one observation: exact figure only. "
        "Offshore plant: no number. Years '2022-2023': out.",
        "Respectively list: auto parts -18.9, steel -21.5 ('declined' governs both).",
        "'South Korea's largest export market': rank 1 of exports to China, October.",
        "ASEAN: 'those to' refers back to shipments (exports); partner ASEAN.",
        "'Of the nine major regions the ministry tracks, ... the only ones to grow': conditional count, out.",
        "'first 20 days of the month' (down 7.8 percent, $30.1 billion): part of a month, out.",
        "'fifth consecutive month', 'fifth straight month in the black', 'largest amount ever posted for an October', 'an October record': streaks and milestones, out.",
        "January-October 2025: exports 579.6e9 and +2.4 yoy.",
        "Analysts' 'could top $700 billion' and 'raised from $690 billion': forecasts, out.",
    ],
    "facts": [
        fact(KR, "exports", "value", 59.57e9, "USD", OCT, "59.57 billion", E_X),
        fact(KR, "exports", "value", 85.2e12, "KRW", OCT, "85.2 trillion", E_X, qualifier="approx"),
        fact(KR, "exports", "growth", 3.6, "percent", OCT, "3.6", E_X),
        fact(KR, "imports", "growth", -1.5, "percent", OCT, "1.5", E_M),
        fact(KR, "imports", "value", 53.52e9, "USD", OCT, "53.52 billion", E_M),
        fact(KR, "balance", "value", 6.06e9, "USD", OCT, "6.06 billion", E_M),
        fact(KR, "exports", "growth", -9.7, "percent", OCT, "9.7", E_MOM, basis="mom"),
        fact(KR, "imports", "growth", -5.1, "percent", OCT, "5.1", E_MOM, basis="mom"),
        fact(KR, "exports", "value", 65.95e9, "USD", SEP, "65.95 billion", E_MOM),
        fact(KR, "exports", "rank", 1, "number", OCT, "biggest", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", 25.4, "percent", OCT, "25.4", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 15.73e9, "USD", OCT, "15.73 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 26.4, "percent", OCT, "26.4",
             "Chips accounted for 26.4 percent of total outbound shipments", product="semiconductors"),
        fact(KR, "exports", "growth", 131.2, "percent", OCT, "131.2", E_SHIP, product="ships"),
        fact(KR, "exports", "value", 4.69e9, "USD", OCT, "4.69 billion", E_SHIP, product="ships"),
        fact(KR, "exports", "growth", 2.9, "percent", OCT, "2.9", E_OIL, product="petroleum products"),
        fact(KR, "exports", "value", 4.38e9, "USD", OCT, "4.38 billion", E_OIL, product="petroleum products"),
        fact(KR, "exports", "growth", -10.5, "percent", OCT, "10.5", E_CAR, product="automobiles"),
        fact(KR, "exports", "value", 5.28e9, "USD", OCT, "5.28 billion", E_CAR, product="automobiles"),
        fact(KR, "exports", "growth", -18.9, "percent", OCT, "18.9", E_RESP, product="auto parts"),
        fact(KR, "exports", "growth", -21.5, "percent", OCT, "21.5", E_RESP, product="steel"),
        fact(KR, "exports", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(KR, "exports", "growth", -1.2, "percent", OCT, "1.2", E_CN, partner="China"),
        fact(KR, "exports", "value", 11.0e9, "USD", OCT, "11.0 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -16.2, "percent", OCT, "16.2", E_US, partner="United States"),
        fact(KR, "exports", "value", 8.72e9, "USD", OCT, "8.72 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 2.6, "percent", OCT, "2.6", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 9.52e9, "USD", OCT, "9.52 billion", E_ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 579.6e9, "USD", YTD, "579.6 billion", E_YTD),
        fact(KR, "exports", "growth", 2.4, "percent", YTD, "2.4", E_YTD),
    ],
}

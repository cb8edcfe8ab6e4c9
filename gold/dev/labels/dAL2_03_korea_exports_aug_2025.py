from _fact import fact, period

AUG = period(2025, 8)
AUG24 = period(2024, 8)
JAN_AUG = period(2025, 1, 8)
KR = "South Korea"
CHIPS = "semiconductors"

EXP = "Outbound shipments came to US$58.43 billion last month, up 1.3 percent from a year earlier"
EXP_MOM = "From July, however, exports were down 3.9 percent."
IMP = "Imports fell 4 percent on-year to $51.88 billion"
BAL = "The country posted a trade surplus of $6.55 billion"
BAL24 = "The country posted a trade surplus of $6.55 billion, up from $3.64 billion a year earlier"
CHIP = "exports of semiconductors, the country's mainstay product, jumped 27.1 percent on-year to $15.11 billion"
CHIP_SH = "Chips accounted for 25.9 percent of total exports"
CAR = "Automobile exports gained 8.6 percent to $5.51 billion"
SHIP = "Shipments of ships advanced 32.4 percent to $2.36 billion"
OIL = ("exports of petroleum products and petrochemicals fell 10.9 percent and 18.2 percent, respectively, "
       "to $3.65 billion and $3.29 billion")
CHN = ("exports to China, South Korea's largest export market, slid 2.9 percent on-year to $11.03 billion")
USA = "Shipments to the U.S. dropped 12 percent to $8.74 billion"
ASN = ("exports to the 10-member Association of Southeast Asian Nations (ASEAN) rose 9.6 percent to $10.12 billion")
YTD_EXP = "For the January-August period, exports totaled $453.8 billion, down 0.2 percent from the same period last year."
YTD_IMP = "Imports over the eight months came to $412.1 billion"
YTD_BAL = "resulting in a cumulative trade surplus of $41.7 billion"

ARTICLE = {
    "id": "dAL2_03_korea_exports_aug_2025",
    "title": "(LEAD) S. Korea's exports edge up in August on chip boom despite U.S. tariff hit",
    "publisher": "Yonhap",
    "published": "2025-09-01",
    "notes": [
        "Area South Korea throughout (MOTIE data). 'last month' = August 2025 (published 2025-09-01).",
        "'From July, however, exports were down 3.9 percent' = growth basis mom for total exports, August 2025.",
        "'Imports fell 4 percent on-year' = growth -4 (value_text '4').",
        "'up from $3.64 billion a year earlier' is a stated surplus for August 2024: balance +3.64e9, period 2024-08.",
        "'Chips accounted for 25.9 percent of total exports' = share, product 'semiconductors' ('Chips' refers back to the "
        "semiconductors of the previous sentence).",
        "'respectively' pairs: petroleum products -10.9 / $3.65bn, petrochemicals -18.2 / $3.29bn.",
        "'South Korea's largest export market' = rank 1, partner China, flow exports, August 2025.",
        "'the U.S.' = United States; 'Association of Southeast Asian Nations (ASEAN)' = ASEAN.",
        "Year to date: January-August 2025 (2025-01..2025-08): exports value and growth, imports value, cumulative surplus.",
        "Out of scope, unlabelled: daily average exports ($2.54 billion, up 5.7 percent: a per-working-day average the "
        "record cannot express); 23 working days; 'third consecutive month', 'seventh month', 'four straight months' "
        "(streaks); 'the highest figure for any August', 'the highest amount for the month' (milestones); tariff rates "
        "(15 percent, 25 percent); '10-member'; 'ordered in 2022' (year).",
    ],
    "facts": [
        fact(KR, "exports", "value", 58.43e9, "USD", AUG, "58.43 billion", EXP),
        fact(KR, "exports", "growth", 1.3, "percent", AUG, "1.3", EXP),
        fact(KR, "exports", "growth", -3.9, "percent", AUG, "3.9", EXP_MOM, basis="mom"),
        fact(KR, "imports", "growth", -4, "percent", AUG, "4", IMP),
        fact(KR, "imports", "value", 51.88e9, "USD", AUG, "51.88 billion", IMP),
        fact(KR, "balance", "value", 6.55e9, "USD", AUG, "6.55 billion", BAL),
        fact(KR, "balance", "value", 3.64e9, "USD", AUG24, "3.64 billion", BAL24),
        fact(KR, "exports", "growth", 27.1, "percent", AUG, "27.1", CHIP, product=CHIPS),
        fact(KR, "exports", "value", 15.11e9, "USD", AUG, "15.11 billion", CHIP, product=CHIPS),
        fact(KR, "exports", "share", 25.9, "percent", AUG, "25.9", CHIP_SH, product=CHIPS),
        fact(KR, "exports", "growth", 8.6, "percent", AUG, "8.6", CAR, product="automobiles"),
        fact(KR, "exports", "value", 5.51e9, "USD", AUG, "5.51 billion", CAR, product="automobiles"),
        fact(KR, "exports", "growth", 32.4, "percent", AUG, "32.4", SHIP, product="ships"),
        fact(KR, "exports", "value", 2.36e9, "USD", AUG, "2.36 billion", SHIP, product="ships"),
        fact(KR, "exports", "growth", -10.9, "percent", AUG, "10.9", OIL, product="petroleum products"),
        fact(KR, "exports", "growth", -18.2, "percent", AUG, "18.2", OIL, product="petrochemicals"),
        fact(KR, "exports", "value", 3.65e9, "USD", AUG, "3.65 billion", OIL, product="petroleum products"),
        fact(KR, "exports", "value", 3.29e9, "USD", AUG, "3.29 billion", OIL, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", AUG, "largest", CHN, partner="China"),
        fact(KR, "exports", "growth", -2.9, "percent", AUG, "2.9", CHN, partner="China"),
        fact(KR, "exports", "value", 11.03e9, "USD", AUG, "11.03 billion", CHN, partner="China"),
        fact(KR, "exports", "growth", -12, "percent", AUG, "12", USA, partner="United States"),
        fact(KR, "exports", "value", 8.74e9, "USD", AUG, "8.74 billion", USA, partner="United States"),
        fact(KR, "exports", "growth", 9.6, "percent", AUG, "9.6", ASN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.12e9, "USD", AUG, "10.12 billion", ASN, partner="ASEAN"),
        fact(KR, "exports", "value", 453.8e9, "USD", JAN_AUG, "453.8 billion", YTD_EXP),
        fact(KR, "exports", "growth", -0.2, "percent", JAN_AUG, "0.2", YTD_EXP),
        fact(KR, "imports", "value", 412.1e9, "USD", JAN_AUG, "412.1 billion", YTD_IMP),
        fact(KR, "balance", "value", 41.7e9, "USD", JAN_AUG, "41.7 billion", YTD_BAL),
    ],
}

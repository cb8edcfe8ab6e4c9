from _fact import fact, period

MARCH = period(2024, 3)
KOREA = "South Korea"
EVIDENCE_EXPORTS = "Outbound shipments came to US$56.56 billion last month, up 3.1 percent from a year earlier"
EVIDENCE_IMPORTS = "Imports dropped 12.3 percent on-year to $52.28 billion, resulting in a trade surplus of $4.28 billion"
EVIDENCE_CHIPS = "exports of semiconductors, the country's key export item, spiked 35.7 percent on-year to $11.7 billion"
EVIDENCE_AUTOS = "Automobile exports, however, declined 4.2 percent to $6.09 billion"
EVIDENCE_SHIPS = "Exports of ships jumped 46.1 percent, and displays gained 11.6 percent"
EVIDENCE_PETROLEUM = "Shipments of petroleum products slipped 3.8 percent to $4.35 billion"
EVIDENCE_RESPECTIVELY = (
    "Exports of petrochemicals rose 5.4 percent, while those of steel and wireless communication devices fell "
    "5.9 percent and 12.1 percent, respectively."
)
EVIDENCE_CHINA = "exports to China, South Korea's top trading partner, declined 5.8 percent on-year to $10.46 billion"
EVIDENCE_US = "Shipments to the United States, in contrast, soared 13.7 percent to $10.94 billion"
EVIDENCE_ASEAN_EU = (
    "Exports to the Association of Southeast Asian Nations (ASEAN) rose 4.2 percent to $9.72 billion, while those "
    "to the European Union fell 9.8 percent to $5.71 billion."
)
EVIDENCE_ENERGY = "Imports of crude oil fell 5.3 percent to $6.47 billion, and gas imports plunged 37.4 percent."

ARTICLE = {
    "id": "dV2_03_yonhap_kr_march_exports",
    "title": "(LEAD) S. Korea's exports up 3.1 pct in March on chip rally; trade surplus for 10th month",
    "publisher": "Yonhap",
    "published": "2024-04-01",
    "notes": [
        "Dateline 'SEOUL, April 1 (Yonhap)' without a year: March and 'last month' are 2024-03 from the published "
        "date; 'this year' (the export goal) is out of scope anyway.",
        "The headline 3.1 pct restates the lead paragraph: labelled once, from the body.",
        "All changes are on-year (yoy): Yonhap's monthly story compares with the same month a year earlier.",
        "'Chips accounted for 20.7 percent of total exports': share, product 'semiconductors' (chips = the "
        "semiconductors of the previous sentence); its '4.8 percentage points' rise is out of scope.",
        "'South Korea's top trading partner' is a stated rank: China, total trade, rank 1.",
        "'respectively' list: steel -5.9 and wireless communication devices -12.1 share the verb 'fell'.",
        "ASEAN defined by its acronym in the text: partner 'ASEAN'.",
        "Out of scope, unlabelled: average daily exports (7.2 percent, $2.51 billion: per-working-day figures), "
        "'sixth straight month', '10th consecutive month', 'largest since September', 'highest monthly figure in 21 "
        "months', 'all-time monthly high in March last year', 'a record for the month of March' (milestones and "
        "streaks), the 4.8 percentage points and the $700 billion export goal for the year (a target).",
        "Energy imports: crude oil value and growth, gas growth only; the energy aggregate has no number.",
    ],
    "facts": [
        fact(KOREA, "exports", "value", 56.56e9, "USD", MARCH, "56.56 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "growth", 3.1, "percent", MARCH, "3.1", EVIDENCE_EXPORTS),
        fact(KOREA, "imports", "growth", -12.3, "percent", MARCH, "12.3", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "value", 52.28e9, "USD", MARCH, "52.28 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 4.28e9, "USD", MARCH, "4.28 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "exports", "growth", 35.7, "percent", MARCH, "35.7", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "value", 11.7e9, "USD", MARCH, "11.7 billion", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "share", 20.7, "percent", MARCH, "20.7", "Chips accounted for 20.7 percent of total exports",
             product="semiconductors"),
        fact(KOREA, "exports", "growth", -4.2, "percent", MARCH, "4.2", EVIDENCE_AUTOS, product="automobiles"),
        fact(KOREA, "exports", "value", 6.09e9, "USD", MARCH, "6.09 billion", EVIDENCE_AUTOS, product="automobiles"),
        fact(KOREA, "exports", "growth", 46.1, "percent", MARCH, "46.1", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "growth", 11.6, "percent", MARCH, "11.6", EVIDENCE_SHIPS, product="displays"),
        fact(KOREA, "exports", "growth", -3.8, "percent", MARCH, "3.8", EVIDENCE_PETROLEUM,
             product="petroleum products"),
        fact(KOREA, "exports", "value", 4.35e9, "USD", MARCH, "4.35 billion", EVIDENCE_PETROLEUM,
             product="petroleum products"),
        fact(KOREA, "exports", "growth", 5.4, "percent", MARCH, "5.4", EVIDENCE_RESPECTIVELY, product="petrochemicals"),
        fact(KOREA, "exports", "growth", -5.9, "percent", MARCH, "5.9", EVIDENCE_RESPECTIVELY, product="steel"),
        fact(KOREA, "exports", "growth", -12.1, "percent", MARCH, "12.1", EVIDENCE_RESPECTIVELY,
             product="wireless communication devices"),
        fact(KOREA, "exports", "growth", -5.8, "percent", MARCH, "5.8", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "value", 10.46e9, "USD", MARCH, "10.46 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "total", "rank", 1, "number", MARCH, "top", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 13.7, "percent", MARCH, "13.7", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "value", 10.94e9, "USD", MARCH, "10.94 billion", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "growth", 4.2, "percent", MARCH, "4.2", EVIDENCE_ASEAN_EU, partner="ASEAN"),
        fact(KOREA, "exports", "value", 9.72e9, "USD", MARCH, "9.72 billion", EVIDENCE_ASEAN_EU, partner="ASEAN"),
        fact(KOREA, "exports", "growth", -9.8, "percent", MARCH, "9.8", EVIDENCE_ASEAN_EU, partner="European Union"),
        fact(KOREA, "exports", "value", 5.71e9, "USD", MARCH, "5.71 billion", EVIDENCE_ASEAN_EU,
             partner="European Union"),
        fact(KOREA, "exports", "growth", 5.8, "percent", MARCH, "5.8", "Outbound shipments to Japan edged up 5.8 percent.",
             partner="Japan"),
        fact(KOREA, "imports", "growth", -5.3, "percent", MARCH, "5.3", EVIDENCE_ENERGY, product="crude oil"),
        fact(KOREA, "imports", "value", 6.47e9, "USD", MARCH, "6.47 billion", EVIDENCE_ENERGY, product="crude oil"),
        fact(KOREA, "imports", "growth", -37.4, "percent", MARCH, "37.4", EVIDENCE_ENERGY, product="gas"),
    ],
}

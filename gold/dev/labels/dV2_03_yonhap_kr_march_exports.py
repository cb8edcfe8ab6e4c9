from _fact import fact, period

MARCH = period(2024, 3)
KOREA = "South Korea"
EVIDENCE_EXPORTS = "Exports rose 3.1 percent on-year to US$56.56 billion last month"
EVIDENCE_IMPORTS = (
    "With imports falling 12.3 percent from a year earlier to $52.28 billion, the trade balance showed a surplus of "
    "$4.28 billion"
)
EVIDENCE_CHIPS = (
    "semiconductors, the country's flagship export, saw outbound sales surge 35.7 percent on-year to $11.7 billion"
)
EVIDENCE_AUTOS = "Car exports, by contrast, fell 4.2 percent to $6.09 billion"
EVIDENCE_SHIPS = "Ship exports soared 46.1 percent, while display exports advanced 11.6 percent"
EVIDENCE_PETROLEUM = "exports of petroleum products decreased 3.8 percent to $4.35 billion"
EVIDENCE_RESPECTIVELY = (
    "Petrochemical exports increased 5.4 percent, whereas steel and wireless communication devices saw declines "
    "of 5.9 percent and 12.1 percent, respectively."
)
EVIDENCE_CHINA = (
    "shipments to China, the top trading partner of South Korea, dropped 5.8 percent on-year to $10.46 billion"
)
EVIDENCE_US = "Exports to the United States, on the other hand, surged 13.7 percent to $10.94 billion"
EVIDENCE_ASEAN_EU = (
    "Sales to the Association of Southeast Asian Nations (ASEAN) grew 4.2 percent to $9.72 billion, but those "
    "bound for the European Union declined 9.8 percent to $5.71 billion."
)
EVIDENCE_ENERGY = "Crude oil imports slid 5.3 percent to $6.47 billion, while gas imports tumbled 37.4 percent."

ARTICLE = {
    "id": "dV2_03_yonhap_kr_march_exports",
    "title": "(LEAD) Chip rebound lifts S. Korea's March exports 3.1 pct; trade stays in surplus for 10th month",
    "publisher": "Yonhap",
    "published": "2024-04-01",
    "notes": [
        "Dateline 'SEOUL, April 1 (Yonhap)' without a year: March and 'last month' are 2024-03 from the published "
        "date; 'this year' (the export goal) is out of scope anyway.",
        "The headline 3.1 pct restates the lead paragraph: labelled once, from the body.",
        "All changes are on-year (yoy): Yonhap's monthly story compares with the same month a year earlier.",
        "'Chips made up 20.7 percent of all exports': share, product 'semiconductors' (chips = the "
        "semiconductors of the previous sentence); its '4.8 percentage points' rise is out of scope.",
        "'the top trading partner of South Korea' is a stated rank: China, total trade, rank 1.",
        "'respectively' list: steel -5.9 and wireless communication devices -12.1 share the noun 'declines'.",
        "ASEAN defined by its acronym in the text: partner 'ASEAN'.",
        "Out of scope, unlabelled: average daily exports (7.2 percent, $2.51 billion: per-working-day figures), "
        "'a sixth month in a row', 'a 10th straight month', 'the biggest since September', 'a 21-month high for a "
        "single month', 'the best month on record' (March last year), 'the highest ever for a March' (milestones and "
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
        fact(KOREA, "exports", "share", 20.7, "percent", MARCH, "20.7", "Chips made up 20.7 percent of all exports",
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
        fact(KOREA, "exports", "growth", 5.8, "percent", MARCH, "5.8", "Exports to Japan inched up 5.8 percent.",
             partner="Japan"),
        fact(KOREA, "imports", "growth", -5.3, "percent", MARCH, "5.3", EVIDENCE_ENERGY, product="crude oil"),
        fact(KOREA, "imports", "value", 6.47e9, "USD", MARCH, "6.47 billion", EVIDENCE_ENERGY, product="crude oil"),
        fact(KOREA, "imports", "growth", -37.4, "percent", MARCH, "37.4", EVIDENCE_ENERGY, product="gas"),
    ],
}

from _fact import fact, period

MAY = period(2024, 5)
JANUARY_MAY = period(2024, 1, 5)
KOREA = "South Korea"

EVIDENCE_EXPORTS = (
    "Figures from the Ministry of Trade, Industry and Energy put last month's exports at US$58.12 billion, "
    "up 11.7 percent on-year"
)
EVIDENCE_IMPORTS = "imports slipping 2 percent to $53.16 billion, the trade balance showed a surplus of $4.96 billion"
EVIDENCE_CHIPS = (
    "exports of semiconductors, South Korea's key export item, surged 54.5 percent on-year to $11.38 billion"
)
EVIDENCE_CHIP_SHARE = "Chips made up 19.6 percent of all the country's exports"
EVIDENCE_SHIPS = "Deliveries of expensive liquefied natural gas carriers lifted ship exports 38.8 percent to $2.14 billion"
EVIDENCE_CARS_OIL = (
    "weak appetite for electric vehicles in Europe pushed car exports down 4.4 percent to $6.24 billion, "
    "while shipments of petroleum products declined 6.6 percent to $4.05 billion"
)
EVIDENCE_CHINA = (
    "exports to China, which is South Korea's largest trading partner, advanced 7.6 percent to $11.4 billion"
)
EVIDENCE_US = "Firm demand for machinery and hybrid vehicles lifted exports to the United States 13.9 percent to $10.86 billion"
EVIDENCE_ASEAN_EU = (
    "Shipments to the Association of Southeast Asian Nations (ASEAN) gained 3.1 percent to $9.89 billion, "
    "whereas exports to the European Union dropped 11.2 percent to $5.61 billion"
)
EVIDENCE_ENERGY = "Energy imports, covering crude oil, gas and coal, decreased 4.4 percent on-year to $10.9 billion"
EVIDENCE_CUMULATIVE = (
    "Exports for January-May totaled $277.8 billion, up 9.2 percent on-year, "
    "and the trade surplus for the period added up to $13.5 billion"
)

ARTICLE = {
    "id": "dT2_03_yonhap_kr_may_exports",
    "title": "Chip boom lifts S. Korea's May exports 11.7 pct; trade surplus runs to 12th straight month",
    "publisher": "Yonhap",
    "published": "2024-06-01",
    "notes": [
        "Dateline 'SEJONG, June 1 (Yonhap)' has no year; the year 2024 is also in the text (the $700 billion goal for 2024), "
        "and the running period is May 2024 ('last month' against the published date).",
        "'on-year' is yoy; growth rates without a base in this article are yoy too.",
        "The headline restates the 11.7 percent rise: labelled once, with the body sentence as evidence.",
        "'Chips made up 19.6 percent' is the share of semiconductors in total exports: product 'semiconductors', the "
        "same goods as the sentence before ('chips' is the text's short form).",
        "'shipments of petroleum products declined 6.6 percent' are exports, in the same sentence as 'car exports' "
        "(product 'petroleum products').",
        "'exports to the European Union dropped 11.2 percent' is exports to the EU.",
        "'exports to China, which is South Korea's largest trading partner': stated rank 1 of total trade with China.",
        "'gained 3.1 percent' (ASEAN) is a rise: +3.1.",
        "Average exports per day ($2.53 billion, up 6.8 percent) are a per-working-day average: out of scope per the guide.",
        "Out of scope, unlabelled: 'eighth straight month', '12th consecutive month', '15-month run of deficits' (streaks), "
        "'since September 2022', 'a 19-month high', 'a record for any May', 'a record for the month of May' (records), 23 "
        "working days, 'Seven of the 15 main export items grew' (count of items, not partners or enterprises), the $700 "
        "billion annual goal (target), the 100 percent US tariff on Chinese EVs.",
        "Energy imports are product 'energy' (crude oil, gas and coal together).",
    ],
    "facts": [
        fact(KOREA, "exports", "growth", 11.7, "percent", MAY, "11.7", EVIDENCE_EXPORTS),
        fact(KOREA, "exports", "value", 58.12e9, "USD", MAY, "58.12 billion", EVIDENCE_EXPORTS),
        fact(KOREA, "imports", "growth", -2, "percent", MAY, "2", EVIDENCE_IMPORTS),
        fact(KOREA, "imports", "value", 53.16e9, "USD", MAY, "53.16 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "balance", "value", 4.96e9, "USD", MAY, "4.96 billion", EVIDENCE_IMPORTS),
        fact(KOREA, "exports", "growth", 54.5, "percent", MAY, "54.5", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "value", 11.38e9, "USD", MAY, "11.38 billion", EVIDENCE_CHIPS, product="semiconductors"),
        fact(KOREA, "exports", "share", 19.6, "percent", MAY, "19.6", EVIDENCE_CHIP_SHARE, product="semiconductors"),
        fact(KOREA, "exports", "growth", 38.8, "percent", MAY, "38.8", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "value", 2.14e9, "USD", MAY, "2.14 billion", EVIDENCE_SHIPS, product="ships"),
        fact(KOREA, "exports", "growth", -4.4, "percent", MAY, "4.4", EVIDENCE_CARS_OIL, product="cars"),
        fact(KOREA, "exports", "value", 6.24e9, "USD", MAY, "6.24 billion", EVIDENCE_CARS_OIL, product="cars"),
        fact(KOREA, "exports", "growth", -6.6, "percent", MAY, "6.6", EVIDENCE_CARS_OIL, product="petroleum products"),
        fact(KOREA, "exports", "value", 4.05e9, "USD", MAY, "4.05 billion", EVIDENCE_CARS_OIL,
             product="petroleum products"),
        fact(KOREA, "total", "rank", 1, "number", MAY, "largest", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 7.6, "percent", MAY, "7.6", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "value", 11.4e9, "USD", MAY, "11.4 billion", EVIDENCE_CHINA, partner="China"),
        fact(KOREA, "exports", "growth", 13.9, "percent", MAY, "13.9", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "value", 10.86e9, "USD", MAY, "10.86 billion", EVIDENCE_US, partner="United States"),
        fact(KOREA, "exports", "growth", 3.1, "percent", MAY, "3.1", EVIDENCE_ASEAN_EU, partner="ASEAN"),
        fact(KOREA, "exports", "value", 9.89e9, "USD", MAY, "9.89 billion", EVIDENCE_ASEAN_EU, partner="ASEAN"),
        fact(KOREA, "exports", "growth", -11.2, "percent", MAY, "11.2", EVIDENCE_ASEAN_EU, partner="European Union"),
        fact(KOREA, "exports", "value", 5.61e9, "USD", MAY, "5.61 billion", EVIDENCE_ASEAN_EU,
             partner="European Union"),
        fact(KOREA, "imports", "growth", -4.4, "percent", MAY, "4.4", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "imports", "value", 10.9e9, "USD", MAY, "10.9 billion", EVIDENCE_ENERGY, product="energy"),
        fact(KOREA, "exports", "growth", 9.2, "percent", JANUARY_MAY, "9.2", EVIDENCE_CUMULATIVE),
        fact(KOREA, "exports", "value", 277.8e9, "USD", JANUARY_MAY, "277.8 billion", EVIDENCE_CUMULATIVE),
        fact(KOREA, "balance", "value", 13.5e9, "USD", JANUARY_MAY, "13.5 billion", EVIDENCE_CUMULATIVE),
    ],
}

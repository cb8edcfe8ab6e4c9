from _fact import fact, period

T = "Trade deficit widens to 13-month high of USD 32.15 bn in Sept as gold imports surge"
S = period(2025, 9)
A = period(2025, 8)
P = period(2024, 9)
H = period(2025, 4, 9)
H24 = period(2024, 4, 9)
IN = "India"

E_LEAD = "India's merchandise exports rose 6.74 per cent year-on-year to USD 36.38 billion in September"
E_DEF = "pushed the trade deficit to a 13-month high of USD 32.15 billion"
E_IMP = "Imports for the month totalled USD 68.53 billion, 16.6 per cent more than the USD 58.74 billion recorded in September last year"
E_DEFB = "In September 2024 the deficit had been USD 24.65 billion, while in August this year it stood at USD 26.49 billion."
E_INR = "In rupee terms, exports grew 12.5 per cent to Rs 3.21 lakh crore, while imports were valued at Rs 6.05 lakh crore."
E_GOLD = "Gold imports more than doubled, rising 107 per cent to USD 9.6 billion in September from USD 4.64 billion a year ago."
E_SILV = "Silver imports jumped 139 per cent to USD 1.3 billion, and fertiliser inbound shipments rose 202 per cent to USD 2.36 billion."
E_OIL = "Crude oil and petroleum product imports, however, dipped 5.9 per cent to USD 14 billion."
E_CUM = ("Over April-September this fiscal, exports totalled USD 220.12 billion, a gain of 3.02 per cent, "
         "and imports reached USD 375.11 billion, up 4.53 per cent, which put the six-month trade deficit at USD 154.99 billion.")
E_GOLDH = "Gold imports in the first half of the fiscal dipped to USD 26.51 billion from USD 29.04 billion in April-September 2024-25."
E_SERV = ("The estimated value of services exports for September stood at USD 30.82 billion, down 5.5 per cent from a year earlier, "
          "while services imports contracted 7.6 per cent to USD 15.3 billion.")
E_OVX = "Overall exports, merchandise and services combined, are estimated at USD 67.20 billion in September, compared with USD 66.68 billion in the year-ago month."
E_OVM = "Overall imports rose to USD 83.82 billion from USD 75.28 billion."
E_H1 = "total exports of goods and services during the first six months of the fiscal reached USD 413.30 billion, a growth of 4.5 per cent"
E_US = "Exports to the US, which remained India's largest export destination, contracted about 12 per cent to USD 5.47 billion in September."
E_RESP = ("The UAE, the Netherlands, China and Hong Kong came next, with shipments of USD 3.58 billion, USD 1.61 billion, "
          "USD 1.47 billion and USD 1.12 billion, respectively.")
E_SRC = "On the import side, China ranked first among sources at USD 11.32 billion, followed by the UAE (USD 6.63 billion) and Russia (USD 4.67 billion)."
E_SECT = ("Sectors which recorded healthy export growth during the month include electronic goods, which rose 50.5 per cent to USD 3.12 billion, "
          "engineering goods (up 2.9 per cent at USD 10.11 billion) and drugs and pharmaceuticals (2.6 per cent to USD 2.62 billion).")
E_PET = "Exports of petroleum products during April-September fell to USD 30.63 billion from USD 35.65 billion in the corresponding period last year."
GS = "goods and services"

ARTICLE = {
    "id": "dBC2_05",
    "title": T,
    "publisher": "PTI",
    "published": "2025-10-15",
    "notes": [
        "PTI-style story on India's September 2025 trade data (released 15 October 2025). Dollar figures follow the real release and its reporting; the rupee values (Rs 3.21 / 6.05 lakh crore, +12.5 per cent) are my conversions at about 88.3 rupees a dollar; the September 2024 gold base (USD 4.64 bn) is derived from the reported 107 per cent rise.",
        "Headline and body state the same September deficit (USD 32.15 bn): one fact, evidence from the body. 'trade deficit' in this story is the merchandise deficit; product left null.",
        "Export growth in dollars (6.74) and in rupees (12.5) have the same identity but different values; both labelled as written, since the record has no field for the currency of a growth rate.",
        "'April-September this fiscal', 'the first half of the fiscal' and 'the first six months of the fiscal' -> 2025-04..2025-09; 'April-September 2024-25' and 'the corresponding period last year' -> 2024-04..2024-09 as base values.",
        "'respectively' list: UAE, Netherlands, China, Hong Kong export values mapped in order (partner 'United Arab Emirates' for 'The UAE').",
        "Overall (merchandise plus services) exports and imports -> product 'goods and services'; services figures -> 'services'; the September services figures are ministry estimates but stated as values, so labelled.",
        "'Crude oil and petroleum product imports' -> product 'crude oil and petroleum products'; 'fertiliser inbound shipments' -> imports of 'fertiliser'.",
        "'contracted about 12 per cent' -> US exports growth -12, qualifier approx. 'India's largest export destination' carries no number, so no rank fact; the 'came next' and 'followed by' orderings are implicit ranks without numbers and are not labelled. 'China ranked first among sources' -> China imports rank 1.",
        "Out of scope, not labelled: '13-month high' (milestone); 'more than doubled' (no number beyond the 107 per cent labelled); the 50 per cent US tariff; the August 27 date.",
    ],
    "facts": [
        fact(IN, "balance", "value", -32.15e9, "USD", S, "32.15 billion", E_DEF),
        fact(IN, "exports", "growth", 6.74, "percent", S, "6.74", E_LEAD),
        fact(IN, "exports", "value", 36.38e9, "USD", S, "36.38 billion", E_LEAD),
        fact(IN, "imports", "growth", 16.6, "percent", S, "16.6", E_IMP),
        fact(IN, "imports", "value", 68.53e9, "USD", S, "68.53 billion", E_IMP),
        fact(IN, "imports", "value", 58.74e9, "USD", P, "58.74 billion", E_IMP),
        fact(IN, "balance", "value", -24.65e9, "USD", P, "24.65 billion", E_DEFB),
        fact(IN, "balance", "value", -26.49e9, "USD", A, "26.49 billion", E_DEFB),
        fact(IN, "exports", "growth", 12.5, "percent", S, "12.5", E_INR),
        fact(IN, "exports", "value", 3.21e12, "INR", S, "3.21 lakh crore", E_INR),
        fact(IN, "imports", "value", 6.05e12, "INR", S, "6.05 lakh crore", E_INR),
        fact(IN, "imports", "growth", 107, "percent", S, "107", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 9.6e9, "USD", S, "9.6 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 4.64e9, "USD", P, "4.64 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", 139, "percent", S, "139", E_SILV, product="silver"),
        fact(IN, "imports", "value", 1.3e9, "USD", S, "1.3 billion", E_SILV, product="silver"),
        fact(IN, "imports", "growth", 202, "percent", S, "202", E_SILV, product="fertiliser"),
        fact(IN, "imports", "value", 2.36e9, "USD", S, "2.36 billion", E_SILV, product="fertiliser"),
        fact(IN, "imports", "growth", -5.9, "percent", S, "5.9", E_OIL, product="crude oil and petroleum products"),
        fact(IN, "imports", "value", 14e9, "USD", S, "14 billion", E_OIL, product="crude oil and petroleum products"),
        fact(IN, "exports", "growth", 3.02, "percent", H, "3.02", E_CUM),
        fact(IN, "exports", "value", 220.12e9, "USD", H, "220.12 billion", E_CUM),
        fact(IN, "imports", "growth", 4.53, "percent", H, "4.53", E_CUM),
        fact(IN, "imports", "value", 375.11e9, "USD", H, "375.11 billion", E_CUM),
        fact(IN, "balance", "value", -154.99e9, "USD", H, "154.99 billion", E_CUM),
        fact(IN, "imports", "value", 26.51e9, "USD", H, "26.51 billion", E_GOLDH, product="gold"),
        fact(IN, "imports", "value", 29.04e9, "USD", H24, "29.04 billion", E_GOLDH, product="gold"),
        fact(IN, "exports", "value", 30.82e9, "USD", S, "30.82 billion", E_SERV, product="services"),
        fact(IN, "exports", "growth", -5.5, "percent", S, "5.5", E_SERV, product="services"),
        fact(IN, "imports", "growth", -7.6, "percent", S, "7.6", E_SERV, product="services"),
        fact(IN, "imports", "value", 15.3e9, "USD", S, "15.3 billion", E_SERV, product="services"),
        fact(IN, "exports", "value", 67.20e9, "USD", S, "67.20 billion", E_OVX, product=GS),
        fact(IN, "exports", "value", 66.68e9, "USD", P, "66.68 billion", E_OVX, product=GS),
        fact(IN, "imports", "value", 83.82e9, "USD", S, "83.82 billion", E_OVM, product=GS),
        fact(IN, "imports", "value", 75.28e9, "USD", P, "75.28 billion", E_OVM, product=GS),
        fact(IN, "exports", "value", 413.30e9, "USD", H, "413.30 billion", E_H1, product=GS),
        fact(IN, "exports", "growth", 4.5, "percent", H, "4.5", E_H1, product=GS),
        fact(IN, "exports", "growth", -12, "percent", S, "12", E_US, partner="United States", qualifier="approx"),
        fact(IN, "exports", "value", 5.47e9, "USD", S, "5.47 billion", E_US, partner="United States"),
        fact(IN, "exports", "value", 3.58e9, "USD", S, "3.58 billion", E_RESP, partner="United Arab Emirates"),
        fact(IN, "exports", "value", 1.61e9, "USD", S, "1.61 billion", E_RESP, partner="Netherlands"),
        fact(IN, "exports", "value", 1.47e9, "USD", S, "1.47 billion", E_RESP, partner="China"),
        fact(IN, "exports", "value", 1.12e9, "USD", S, "1.12 billion", E_RESP, partner="Hong Kong"),
        fact(IN, "imports", "rank", 1, "number", S, "first", E_SRC, partner="China"),
        fact(IN, "imports", "value", 11.32e9, "USD", S, "11.32 billion", E_SRC, partner="China"),
        fact(IN, "imports", "value", 6.63e9, "USD", S, "6.63 billion", E_SRC, partner="United Arab Emirates"),
        fact(IN, "imports", "value", 4.67e9, "USD", S, "4.67 billion", E_SRC, partner="Russia"),
        fact(IN, "exports", "growth", 50.5, "percent", S, "50.5", E_SECT, product="electronic goods"),
        fact(IN, "exports", "value", 3.12e9, "USD", S, "3.12 billion", E_SECT, product="electronic goods"),
        fact(IN, "exports", "growth", 2.9, "percent", S, "2.9", E_SECT, product="engineering goods"),
        fact(IN, "exports", "value", 10.11e9, "USD", S, "10.11 billion", E_SECT, product="engineering goods"),
        fact(IN, "exports", "growth", 2.6, "percent", S, "2.6", E_SECT, product="drugs and pharmaceuticals"),
        fact(IN, "exports", "value", 2.62e9, "USD", S, "2.62 billion", E_SECT, product="drugs and pharmaceuticals"),
        fact(IN, "exports", "value", 30.63e9, "USD", H, "30.63 billion", E_PET, product="petroleum products"),
        fact(IN, "exports", "value", 35.65e9, "USD", H24, "35.65 billion", E_PET, product="petroleum products"),
    ],
}

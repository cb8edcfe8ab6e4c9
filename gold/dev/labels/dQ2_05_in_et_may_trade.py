from _fact import fact, period

MAY = period(2025, 5)
APRIL = period(2025, 4)
APRIL_MAY = period(2025, 4, 5)

EVIDENCE_DEFICIT = "shrinking India's merchandise trade deficit to $21.88 billion in May from $26.45 billion in April"
EVIDENCE_GOODS = "Goods exports for the month were down 2.17% year-on-year at $38.73 billion, and imports shrank 1.7% to $60.61 billion."
EVIDENCE_SERVICES = "The ministry put May's services exports at an estimated $32.39 billion, against services imports of $17.14 billion."
EVIDENCE_OVERALL = "Combining goods and services, India's overall exports increased 2.77% to $71.12 billion"
EVIDENCE_YTD_EXPORTS = "merchandise exports were up 2.05% at $77.19 billion"
EVIDENCE_YTD_IMPORTS = "imports increased 7.6% to $125.52 billion, resulting in a trade deficit of $48.33 billion"
EVIDENCE_RUPEE = "May exports amounted to Rs 3.31 lakh crore against imports of Rs 5.18 lakh crore, for a trade deficit of Rs 1,86,860 crore"
EVIDENCE_GOLD = "May's gold imports dropped 12.6% to $2.5 billion"
EVIDENCE_CRUDE = "pushed spending on crude oil imports down 26% to $14.8 billion"
EVIDENCE_ELECTRONICS = "Electronic goods imports, on the other hand, rose 15.4% to $8.56 billion"
EVIDENCE_ENGINEERING = "engineering goods gained 2.4% to $9.89 billion"
EVIDENCE_PETROLEUM = "exports of petroleum products tumbled 29.7% to $5.64 billion"

ARTICLE = {
    "id": "dQ2_05_in_et_may_trade",
    "title": "Easing oil and gold imports shrink India's May trade deficit to $21.88 billion",
    "publisher": "The Economic Times",
    "published": "2025-06-16",
    "notes": [
        "The text gives no year: 'in May', 'in April', 'April-May' of 'the current financial year' resolve to 2025 from published 2025-06-16; April-May = 2025-04/2025-05.",
        "Publisher named in the text as 'ET Bureau' and 'Economic Times' (the WhatsApp line): The Economic Times.",
        "The synopsis restates the body's May export, import and services figures: labelled once, with body evidence.",
        "Headline deficit $21.88 billion restated in the body: labelled once. 'from $26.45 billion in April' is the April 2025 deficit, labelled for April.",
        "Merchandise (goods) figures carry product null; services figures product 'services'; 'Combining goods and services' product 'goods and services'.",
        "'shrinking' the deficit is a direction only; no growth of the deficit is stated.",
        "Rupee paragraph: Rs 3.31 lakh crore exports, Rs 5.18 lakh crore imports, Rs 1,86,860 crore deficit (May) and Rs 6.58 lakh crore exports (April-May): separate INR facts for the same observations, qualifier exact.",
        "'Rs 1,86,860 crore' is Indian digit grouping: 186,860 crore = 1.8686e12 rupees.",
        "Products: 'gold', 'crude oil', 'electronic goods' (imports), 'engineering goods', 'petroleum products' (exports), all May 2025, yoy growth by default.",
        "Out of scope: the $1 trillion export goal by 2030 (target), the 26% reciprocal and 10% baseline tariffs, the 90-day pause, ICRA's $23-25 billion forecast; the official's reported remarks carry no figure.",
    ],
    "facts": [
        fact("India", "balance", "value", -21.88e9, "USD", MAY, "21.88 billion", EVIDENCE_DEFICIT),
        fact("India", "balance", "value", -26.45e9, "USD", APRIL, "26.45 billion", EVIDENCE_DEFICIT),
        fact("India", "exports", "growth", -2.17, "percent", MAY, "2.17", EVIDENCE_GOODS),
        fact("India", "exports", "value", 38.73e9, "USD", MAY, "38.73 billion", EVIDENCE_GOODS),
        fact("India", "imports", "growth", -1.7, "percent", MAY, "1.7", EVIDENCE_GOODS),
        fact("India", "imports", "value", 60.61e9, "USD", MAY, "60.61 billion", EVIDENCE_GOODS),
        fact("India", "exports", "value", 32.39e9, "USD", MAY, "32.39 billion", EVIDENCE_SERVICES, product="services"),
        fact("India", "imports", "value", 17.14e9, "USD", MAY, "17.14 billion", EVIDENCE_SERVICES, product="services"),
        fact("India", "exports", "growth", 2.77, "percent", MAY, "2.77", EVIDENCE_OVERALL, product="goods and services"),
        fact("India", "exports", "value", 71.12e9, "USD", MAY, "71.12 billion", EVIDENCE_OVERALL,
             product="goods and services"),
        fact("India", "exports", "growth", 2.05, "percent", APRIL_MAY, "2.05", EVIDENCE_YTD_EXPORTS),
        fact("India", "exports", "value", 77.19e9, "USD", APRIL_MAY, "77.19 billion", EVIDENCE_YTD_EXPORTS),
        fact("India", "imports", "growth", 7.6, "percent", APRIL_MAY, "7.6", EVIDENCE_YTD_IMPORTS),
        fact("India", "imports", "value", 125.52e9, "USD", APRIL_MAY, "125.52 billion", EVIDENCE_YTD_IMPORTS),
        fact("India", "balance", "value", -48.33e9, "USD", APRIL_MAY, "48.33 billion", EVIDENCE_YTD_IMPORTS),
        fact("India", "exports", "value", 3.31e12, "INR", MAY, "3.31 lakh crore", EVIDENCE_RUPEE),
        fact("India", "imports", "value", 5.18e12, "INR", MAY, "5.18 lakh crore", EVIDENCE_RUPEE),
        fact("India", "balance", "value", -1.8686e12, "INR", MAY, "1,86,860 crore", EVIDENCE_RUPEE),
        fact("India", "exports", "value", 6.58e12, "INR", APRIL_MAY, "6.58 lakh crore",
             "For April-May together, exports were worth Rs 6.58 lakh crore."),
        fact("India", "imports", "growth", -12.6, "percent", MAY, "12.6", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "value", 2.5e9, "USD", MAY, "2.5 billion", EVIDENCE_GOLD, product="gold"),
        fact("India", "imports", "growth", -26, "percent", MAY, "26", EVIDENCE_CRUDE, product="crude oil"),
        fact("India", "imports", "value", 14.8e9, "USD", MAY, "14.8 billion", EVIDENCE_CRUDE, product="crude oil"),
        fact("India", "imports", "growth", 15.4, "percent", MAY, "15.4", EVIDENCE_ELECTRONICS, product="electronic goods"),
        fact("India", "imports", "value", 8.56e9, "USD", MAY, "8.56 billion", EVIDENCE_ELECTRONICS,
             product="electronic goods"),
        fact("India", "exports", "growth", 2.4, "percent", MAY, "2.4", EVIDENCE_ENGINEERING, product="engineering goods"),
        fact("India", "exports", "value", 9.89e9, "USD", MAY, "9.89 billion", EVIDENCE_ENGINEERING,
             product="engineering goods"),
        fact("India", "exports", "growth", -29.7, "percent", MAY, "29.7", EVIDENCE_PETROLEUM, product="petroleum products"),
        fact("India", "exports", "value", 5.64e9, "USD", MAY, "5.64 billion", EVIDENCE_PETROLEUM,
             product="petroleum products"),
    ],
}

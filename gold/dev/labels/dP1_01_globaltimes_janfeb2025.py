from _fact import fact, period

JAN_FEB = period(2025, 1, 2)
EVIDENCE_EXPORTS = "China's exports rose 3.4 percent year-on-year in yuan terms to 3.88 trillion yuan in the first two months of 2025"
EVIDENCE_IMPORTS = "Imports over the January-February period fell 7.3 percent to 2.66 trillion yuan"
EVIDENCE_TOTAL = (
    "Total foreign trade in goods came to 6.54 trillion yuan (about $909 billion), "
    "edging down 1.2 percent from the same period last year"
)
EVIDENCE_SURPLUS = "the trade surplus stood at 1.22 trillion yuan"
EVIDENCE_DOLLAR = "Denominated in US dollars, exports grew 2.3 percent"
EVIDENCE_ASEAN_RANK = "ASEAN remained China's largest trading partner in the period"
EVIDENCE_ASEAN = (
    "Trade between China and the bloc reached 1.05 trillion yuan, up 4 percent year-on-year and accounting for "
    "16.1 percent of the country's total foreign trade value"
)
EVIDENCE_EU = (
    "The EU, China's second-largest trading partner, saw its trade with China slip 0.5 percent to 825.6 billion yuan"
)
EVIDENCE_US = "China's trade with the US, its third-largest trading partner, grew 1.8 percent to 732.8 billion yuan"
EVIDENCE_BRI = (
    "Trade with Belt and Road partner countries totaled 3.36 trillion yuan, representing 51.4 percent of "
    "China's total foreign trade"
)
EVIDENCE_MECH = (
    "exports of mechanical and electrical products reached 2.3 trillion yuan, up 5.4 percent and making up "
    "59.3 percent of the country's total exports"
)
EVIDENCE_LABOR = (
    "Shipments of labor-intensive products, including textiles, garments, furniture and toys, came to "
    "590.6 billion yuan, a drop of 2.5 percent"
)
ASEAN = "ASEAN"
EU = "European Union"
US = "United States"
BRI = "Belt and Road partner countries"
MECH = "mechanical and electrical products"
LABOR = "labor-intensive products"

ARTICLE = {
    "id": "dP1_01_globaltimes_janfeb2025",
    "title": "China's exports grow 3.4% in first two months as firms tap diverse markets amid US tariff pressure",
    "publisher": "Global Times",
    "published": "2025-03-07",
    "notes": [
        "Running period: January-February 2025 ('first two months of 2025'); every labelled figure belongs to it.",
        "'(about $909 billion)' is the yuan total converted: a separate USD fact with qualifier approx.",
        "Dollar-term export growth (2.3) shares every field but the value with the yuan-term growth (3.4): both labelled.",
        "'imports and exports would have grown by 1.7 percent' excluding working-day effects is a counterfactual "
        "adjusted rate the record cannot express (like a per-working-day figure): not labelled.",
        "'the trade surplus stood at 1.22 trillion yuan': balance, positive.",
        "ASEAN 'largest', EU 'second-largest', US 'third-largest' trading partner: ranks of total trade with each partner.",
        "'Exports to ASEAN members jumped 6.8 percent' and 'Chinese exports to the bloc' (EU) carry the partner from "
        "the paragraph's subject.",
        "'Of that, exports to the US increased by 3.4 percent': exports to the US, same value as China's overall "
        "export growth but a different partner.",
        "EU trade 'slip 0.5 percent' is negative; labor-intensive 'a drop of 2.5 percent' is negative.",
        "Out of scope, unlabelled: the 10 and 20 percent US tariffs, 'two fewer working days', the 5 percent GDP growth "
        "target, China-Europe freight trains (2,700 trips, up 5 percent), years.",
        "The text writes 'labor-intensive' (American spelling, as Global Times does): product in the text's words.",
    ],
    "facts": [
        fact("China", "exports", "growth", 3.4, "percent", JAN_FEB, "3.4", EVIDENCE_EXPORTS),
        fact("China", "exports", "value", 3.88e12, "CNY", JAN_FEB, "3.88 trillion", EVIDENCE_EXPORTS),
        fact("China", "imports", "growth", -7.3, "percent", JAN_FEB, "7.3", EVIDENCE_IMPORTS),
        fact("China", "imports", "value", 2.66e12, "CNY", JAN_FEB, "2.66 trillion", EVIDENCE_IMPORTS),
        fact("China", "total", "value", 6.54e12, "CNY", JAN_FEB, "6.54 trillion", EVIDENCE_TOTAL),
        fact("China", "total", "value", 909e9, "USD", JAN_FEB, "909 billion", EVIDENCE_TOTAL, qualifier="approx"),
        fact("China", "total", "growth", -1.2, "percent", JAN_FEB, "1.2", EVIDENCE_TOTAL),
        fact("China", "balance", "value", 1.22e12, "CNY", JAN_FEB, "1.22 trillion", EVIDENCE_SURPLUS),
        fact("China", "exports", "growth", 2.3, "percent", JAN_FEB, "2.3", EVIDENCE_DOLLAR),
        fact("China", "total", "rank", 1, "number", JAN_FEB, "largest", EVIDENCE_ASEAN_RANK, partner=ASEAN),
        fact("China", "total", "value", 1.05e12, "CNY", JAN_FEB, "1.05 trillion", EVIDENCE_ASEAN, partner=ASEAN),
        fact("China", "total", "growth", 4, "percent", JAN_FEB, "4", EVIDENCE_ASEAN, partner=ASEAN),
        fact("China", "total", "share", 16.1, "percent", JAN_FEB, "16.1", EVIDENCE_ASEAN, partner=ASEAN),
        fact("China", "exports", "growth", 6.8, "percent", JAN_FEB, "6.8", "Exports to ASEAN members jumped 6.8 percent",
             partner=ASEAN),
        fact("China", "total", "rank", 2, "number", JAN_FEB, "second-largest", EVIDENCE_EU, partner=EU),
        fact("China", "total", "growth", -0.5, "percent", JAN_FEB, "0.5", EVIDENCE_EU, partner=EU),
        fact("China", "total", "value", 825.6e9, "CNY", JAN_FEB, "825.6 billion", EVIDENCE_EU, partner=EU),
        fact("China", "exports", "growth", 1.8, "percent", JAN_FEB, "1.8",
             "Chinese exports to the bloc still managed a 1.8 percent gain", partner=EU),
        fact("China", "total", "rank", 3, "number", JAN_FEB, "third-largest", EVIDENCE_US, partner=US),
        fact("China", "total", "growth", 1.8, "percent", JAN_FEB, "1.8", EVIDENCE_US, partner=US),
        fact("China", "total", "value", 732.8e9, "CNY", JAN_FEB, "732.8 billion", EVIDENCE_US, partner=US),
        fact("China", "exports", "growth", 3.4, "percent", JAN_FEB, "3.4", "exports to the US increased by 3.4 percent",
             partner=US),
        fact("China", "total", "value", 3.36e12, "CNY", JAN_FEB, "3.36 trillion", EVIDENCE_BRI, partner=BRI),
        fact("China", "total", "share", 51.4, "percent", JAN_FEB, "51.4", EVIDENCE_BRI, partner=BRI),
        fact("China", "exports", "growth", 2.4, "percent", JAN_FEB, "2.4", "exports to these countries went up 2.4 percent",
             partner=BRI),
        fact("China", "exports", "value", 2.3e12, "CNY", JAN_FEB, "2.3 trillion", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "growth", 5.4, "percent", JAN_FEB, "5.4", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "share", 59.3, "percent", JAN_FEB, "59.3", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "value", 590.6e9, "CNY", JAN_FEB, "590.6 billion", EVIDENCE_LABOR, product=LABOR),
        fact("China", "exports", "growth", -2.5, "percent", JAN_FEB, "2.5", EVIDENCE_LABOR, product=LABOR),
    ],
}

from _fact import fact, period

JAN_FEB = period(2025, 1, 2)
EVIDENCE_EXPORTS = "China's exports in yuan terms climbing 3.4 percent year-on-year to 3.88 trillion yuan during the first two months of 2025"
EVIDENCE_IMPORTS = "January-February imports dropped 7.3 percent to 2.66 trillion yuan"
EVIDENCE_TOTAL = (
    "Goods trade as a whole amounted to 6.54 trillion yuan (about $909 billion), "
    "a 1.2 percent decline compared with the same period a year before"
)
EVIDENCE_SURPLUS = "the trade surplus was 1.22 trillion yuan"
EVIDENCE_DOLLAR = "Measured in US dollars, export growth came to 2.3 percent"
EVIDENCE_ASEAN_RANK = "ASEAN held its place as China's largest trading partner"
EVIDENCE_ASEAN = (
    "China's trade with the bloc rose 4 percent year-on-year to 1.05 trillion yuan, which equals "
    "16.1 percent of the nation's overall foreign trade value"
)
EVIDENCE_EU = (
    "Trade with the EU, which ranks as China's second-largest trading partner, dipped 0.5 percent to 825.6 billion yuan"
)
EVIDENCE_US = "Two-way trade with the US, ranked as China's third-largest trading partner, increased 1.8 percent to 732.8 billion yuan"
EVIDENCE_BRI = (
    "China's trade with Belt and Road partner countries adding up to 3.36 trillion yuan, or 51.4 percent of "
    "the nation's total foreign trade"
)
EVIDENCE_MECH = (
    "exports of mechanical and electrical products climbed 5.4 percent to 2.3 trillion yuan, or "
    "59.3 percent of all the goods China sold abroad"
)
EVIDENCE_LABOR = (
    "Exports of labor-intensive products, among them textiles, garments, furniture and toys, declined "
    "2.5 percent to 590.6 billion yuan"
)
ASEAN = "ASEAN"
EU = "European Union"
US = "United States"
BRI = "Belt and Road partner countries"
MECH = "mechanical and electrical products"
LABOR = "labor-intensive products"

ARTICLE = {
    "id": "dP1_01_globaltimes_janfeb2025",
    "title": "China's exports up 3.4% in Jan-Feb as companies spread sales across markets in face of mounting US tariffs",
    "publisher": "Global Times",
    "published": "2025-03-07",
    "notes": [
        "Running period: January-February 2025 ('first two months of 2025'); every labelled figure belongs to it.",
        "'(about $909 billion)' is the yuan total converted: a separate USD fact with qualifier approx.",
        "Dollar-term export growth (2.3) shares every field but the value with the yuan-term growth (3.4): both labelled.",
        "'imports and exports would have risen 1.7 percent' excluding working-day effects is a counterfactual "
        "adjusted rate the record cannot express (like a per-working-day figure): not labelled.",
        "'the trade surplus was 1.22 trillion yuan': balance, positive.",
        "ASEAN 'largest', EU 'second-largest', US 'third-largest' trading partner: ranks of total trade with each partner.",
        "'Chinese exports to ASEAN member states climbed 6.8 percent' and 'exports to the EU' carry the partner "
        "from the paragraph's subject.",
        "'Within this, exports to the US went up 3.4 percent': exports to the US, same value as China's overall "
        "export growth but a different partner.",
        "EU trade 'dipped 0.5 percent' is negative; labor-intensive 'declined 2.5 percent' is negative.",
        "Out of scope, unlabelled: the 10 and 20 percent US tariffs, 'two working days fewer', the 5 percent GDP growth "
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
        fact("China", "exports", "growth", 6.8, "percent", JAN_FEB, "6.8", "Chinese exports to ASEAN member states climbed 6.8 percent",
             partner=ASEAN),
        fact("China", "total", "rank", 2, "number", JAN_FEB, "second-largest", EVIDENCE_EU, partner=EU),
        fact("China", "total", "growth", -0.5, "percent", JAN_FEB, "0.5", EVIDENCE_EU, partner=EU),
        fact("China", "total", "value", 825.6e9, "CNY", JAN_FEB, "825.6 billion", EVIDENCE_EU, partner=EU),
        fact("China", "exports", "growth", 1.8, "percent", JAN_FEB, "1.8",
             "exports to the EU still rose 1.8 percent", partner=EU),
        fact("China", "total", "rank", 3, "number", JAN_FEB, "third-largest", EVIDENCE_US, partner=US),
        fact("China", "total", "growth", 1.8, "percent", JAN_FEB, "1.8", EVIDENCE_US, partner=US),
        fact("China", "total", "value", 732.8e9, "CNY", JAN_FEB, "732.8 billion", EVIDENCE_US, partner=US),
        fact("China", "exports", "growth", 3.4, "percent", JAN_FEB, "3.4", "exports to the US went up 3.4 percent",
             partner=US),
        fact("China", "total", "value", 3.36e12, "CNY", JAN_FEB, "3.36 trillion", EVIDENCE_BRI, partner=BRI),
        fact("China", "total", "share", 51.4, "percent", JAN_FEB, "51.4", EVIDENCE_BRI, partner=BRI),
        fact("China", "exports", "growth", 2.4, "percent", JAN_FEB, "2.4", "exports to those countries rose 2.4 percent",
             partner=BRI),
        fact("China", "exports", "value", 2.3e12, "CNY", JAN_FEB, "2.3 trillion", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "growth", 5.4, "percent", JAN_FEB, "5.4", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "share", 59.3, "percent", JAN_FEB, "59.3", EVIDENCE_MECH, product=MECH),
        fact("China", "exports", "value", 590.6e9, "CNY", JAN_FEB, "590.6 billion", EVIDENCE_LABOR, product=LABOR),
        fact("China", "exports", "growth", -2.5, "percent", JAN_FEB, "2.5", EVIDENCE_LABOR, product=LABOR),
    ],
}

from _fact import fact, period

FEBRUARY = period(2026, 2)
JANUARY = period(2026, 1)
FIRST_TWO_MONTHS = period(2026, 1, 2)
AREA = "United States"
BOTH = "goods and services"
DRUGS = "pharmaceutical preparations"
GOLD = "nonmonetary gold"

EVIDENCE_HEADLINE_GAP = (
    "put the monthly goods and services deficit at $68.9 billion, 20% above January's revised $57.4 billion"
)
EVIDENCE_TOTAL_FLOWS = (
    "Compared with January, exports fell 2.0% to $274.6 billion and imports increased 1.8% to $343.5 billion"
)
EVIDENCE_GOODS = (
    "Measured on a balance-of-payments basis, the deficit in goods expanded to $94.6 billion: imports of goods "
    "rose to $273.2 billion while goods exports declined to $178.6 billion"
)
EVIDENCE_SERVICES = (
    "On the services side, the surplus shrank a little to $25.7 billion; services exports, helped by stronger "
    "travel receipts, reached $96.0 billion, 0.4% more than in the prior month"
)
EVIDENCE_DRUGS = "Pharmaceutical preparations imports leapt to $27.8 billion, up from $21.7 billion in January"
EVIDENCE_GOLD = "nonmonetary gold exports declined to $9.2 billion, compared with $12.6 billion in January"
EVIDENCE_CHINA = (
    "the U.S. goods deficit with China shrank to $14.8 billion, 41% lower than a year earlier, while imports "
    "from China fell 24.6% year on year to $22.7 billion"
)
EVIDENCE_EU = (
    "The deficit in trade with the European Union increased to $21.3 billion, $9.4 billion of it from Ireland"
)
EVIDENCE_YTD = (
    "Across January and February combined, the total deficit came to $126.3 billion, a drop of 50.3% compared "
    "with January-February of last year"
)

ARTICLE = {
    "id": "dS2_01_cnbc_us_deficit_feb",
    "title": "Drugmakers' race to beat tariffs pushes U.S. trade gap out to $68.9 billion",
    "publisher": "CNBC",
    "published": "2026-04-07",
    "notes": [
        "The year appears only in the published date (2026-04-07): 'February' and 'January' are 2026; "
        "'January and February combined' is 2026-01..2026-02.",
        "Headline totals (deficit, exports, imports) are goods and services combined: product 'goods and services'. "
        "Goods-only figures (goods deficit, goods imports and exports, bilateral goods balances) take product null.",
        "Key points restate the body (68.9 billion deficit, 27.8 billion drug imports): labelled once, with body "
        "evidence.",
        "Month-on-month: the deficit's '20% above January's revised $57.4 billion', exports 'Compared with January, "
        "... fell 2.0%' and imports 'increased 1.8%' in the same sentence, services exports '0.4% more than in the "
        "prior month'.",
        "January values stated as comparison levels (revised 57.4 billion deficit, 21.7 billion drug imports, "
        "12.6 billion gold exports) are labelled as January observations.",
        "The China deficit '41% lower than a year earlier' is the growth of a deficit: sign from its wording, -41. "
        "Imports from China 'fell 24.6% year on year': yoy.",
        "Ireland ('$9.4 billion of it from Ireland', of the EU deficit): labelled as the US goods balance with Ireland, "
        "-9.4 billion.",
        "Out of scope: the Dow Jones consensus of 61.5 billion, the economist's 60 billion expectation for March, "
        "gold price more than $4,000 an ounce, 0.6 percentage point contribution to GDP, GDPNow 1.9% and 2.3%, "
        "'the highest in almost a year', 'a record' (the Vietnam figure itself is labelled).",
    ],
    "facts": [
        fact(AREA, "balance", "value", -68.9e9, "USD", FEBRUARY, "68.9 billion", EVIDENCE_HEADLINE_GAP, product=BOTH),
        fact(
            AREA, "balance", "growth", 20, "percent", FEBRUARY, "20", EVIDENCE_HEADLINE_GAP, product=BOTH, basis="mom"
        ),
        fact(AREA, "balance", "value", -57.4e9, "USD", JANUARY, "57.4 billion", EVIDENCE_HEADLINE_GAP, product=BOTH),
        fact(AREA, "exports", "value", 274.6e9, "USD", FEBRUARY, "274.6 billion", EVIDENCE_TOTAL_FLOWS, product=BOTH),
        fact(
            AREA, "exports", "growth", -2.0, "percent", FEBRUARY, "2.0", EVIDENCE_TOTAL_FLOWS, product=BOTH, basis="mom"
        ),
        fact(AREA, "imports", "value", 343.5e9, "USD", FEBRUARY, "343.5 billion", EVIDENCE_TOTAL_FLOWS, product=BOTH),
        fact(
            AREA, "imports", "growth", 1.8, "percent", FEBRUARY, "1.8", EVIDENCE_TOTAL_FLOWS, product=BOTH, basis="mom"
        ),
        fact(AREA, "balance", "value", -94.6e9, "USD", FEBRUARY, "94.6 billion", EVIDENCE_GOODS),
        fact(AREA, "imports", "value", 273.2e9, "USD", FEBRUARY, "273.2 billion", EVIDENCE_GOODS),
        fact(AREA, "exports", "value", 178.6e9, "USD", FEBRUARY, "178.6 billion", EVIDENCE_GOODS),
        fact(AREA, "balance", "value", 25.7e9, "USD", FEBRUARY, "25.7 billion", EVIDENCE_SERVICES, product="services"),
        fact(AREA, "exports", "value", 96.0e9, "USD", FEBRUARY, "96.0 billion", EVIDENCE_SERVICES, product="services"),
        fact(
            AREA,
            "exports",
            "growth",
            0.4,
            "percent",
            FEBRUARY,
            "0.4",
            EVIDENCE_SERVICES,
            product="services",
            basis="mom",
        ),
        fact(AREA, "imports", "value", 27.8e9, "USD", FEBRUARY, "27.8 billion", EVIDENCE_DRUGS, product=DRUGS),
        fact(AREA, "imports", "value", 21.7e9, "USD", JANUARY, "21.7 billion", EVIDENCE_DRUGS, product=DRUGS),
        fact(AREA, "exports", "value", 9.2e9, "USD", FEBRUARY, "9.2 billion", EVIDENCE_GOLD, product=GOLD),
        fact(AREA, "exports", "value", 12.6e9, "USD", JANUARY, "12.6 billion", EVIDENCE_GOLD, product=GOLD),
        fact(AREA, "balance", "value", -14.8e9, "USD", FEBRUARY, "14.8 billion", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "balance", "growth", -41, "percent", FEBRUARY, "41", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "imports", "growth", -24.6, "percent", FEBRUARY, "24.6", EVIDENCE_CHINA, partner="China"),
        fact(AREA, "imports", "value", 22.7e9, "USD", FEBRUARY, "22.7 billion", EVIDENCE_CHINA, partner="China"),
        fact(
            AREA,
            "balance",
            "value",
            -17.9e9,
            "USD",
            FEBRUARY,
            "17.9 billion",
            "With Mexico, the deficit widened to $17.9 billion",
            partner="Mexico",
        ),
        fact(
            AREA,
            "balance",
            "value",
            -15.6e9,
            "USD",
            FEBRUARY,
            "15.6 billion",
            "The deficit with Vietnam climbed to a record $15.6 billion",
            partner="Vietnam",
        ),
        fact(AREA, "balance", "value", -21.3e9, "USD", FEBRUARY, "21.3 billion", EVIDENCE_EU, partner="European Union"),
        fact(AREA, "balance", "value", -9.4e9, "USD", FEBRUARY, "9.4 billion", EVIDENCE_EU, partner="Ireland"),
        fact(AREA, "balance", "value", -126.3e9, "USD", FIRST_TWO_MONTHS, "126.3 billion", EVIDENCE_YTD, product=BOTH),
        fact(AREA, "balance", "growth", -50.3, "percent", FIRST_TWO_MONTHS, "50.3", EVIDENCE_YTD, product=BOTH),
    ],
}

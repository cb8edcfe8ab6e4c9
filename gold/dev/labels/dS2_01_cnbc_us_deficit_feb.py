from _fact import fact, period

FEBRUARY = period(2026, 2)
JANUARY = period(2026, 1)
FIRST_TWO_MONTHS = period(2026, 1, 2)
AREA = "United States"
BOTH = "goods and services"
DRUGS = "pharmaceutical preparations"
GOLD = "nonmonetary gold"

EVIDENCE_HEADLINE_GAP = (
    "The gap in goods and services trade came to $68.9 billion for the month, up 20% from a revised "
    "$57.4 billion in January"
)
EVIDENCE_TOTAL_FLOWS = "Exports slipped 2.0% from January to $274.6 billion, while imports rose 1.8% to $343.5 billion"
EVIDENCE_GOODS = (
    "The goods deficit on a balance-of-payments basis grew to $94.6 billion, as goods imports climbed to "
    "$273.2 billion and goods exports fell to $178.6 billion"
)
EVIDENCE_SERVICES = (
    "The surplus in services trade narrowed slightly to $25.7 billion, with services exports edging up 0.4% "
    "from the prior month to $96.0 billion"
)
EVIDENCE_DRUGS = "Imports of pharmaceutical preparations jumped to $27.8 billion from $21.7 billion in January"
EVIDENCE_GOLD = "exports of nonmonetary gold fell to $9.2 billion from $12.6 billion in January"
EVIDENCE_CHINA = (
    "the goods deficit with China narrowed to $14.8 billion, down 41% from a year earlier, as imports from "
    "China slid 24.6% on the year to $22.7 billion"
)
EVIDENCE_EU = (
    "The deficit with the European Union rose to $21.3 billion, with Ireland, home to the overseas plants of "
    "several big drugmakers, accounting for $9.4 billion of that"
)
EVIDENCE_YTD = (
    "For the first two months of the year, the overall deficit totaled $126.3 billion, down 50.3% from the "
    "same period last year"
)

ARTICLE = {
    "id": "dS2_01_cnbc_us_deficit_feb",
    "title": "U.S. trade deficit widens to $68.9 billion as drugmakers rush in imports ahead of tariffs",
    "publisher": "CNBC",
    "published": "2026-04-07",
    "notes": [
        "The year appears only in the published date (2026-04-07): 'February' and 'January' are 2026; "
        "'the first two months of the year' is 2026-01..2026-02.",
        "Headline totals (deficit, exports, imports) are goods and services combined: product 'goods and services'. "
        "Goods-only figures (goods deficit, goods imports and exports, bilateral goods balances) take product null.",
        "Key points restate the body (68.9 billion deficit, 27.8 billion drug imports): labelled once, with body "
        "evidence.",
        "Month-on-month: the deficit's 'up 20% from a revised $57.4 billion in January', exports 'slipped 2.0% from "
        "January' and imports 'rose 1.8%' in the same sentence, services exports '0.4% from the prior month'.",
        "January values stated as comparison levels (revised 57.4 billion deficit, 21.7 billion drug imports, "
        "12.6 billion gold exports) are labelled as January observations.",
        "The China deficit 'down 41% from a year earlier' is the growth of a deficit: sign from its verb, -41. "
        "Imports from China 'slid 24.6% on the year': yoy.",
        "Ireland 'accounting for $9.4 billion of' the EU deficit: labelled as the US goods balance with Ireland, "
        "-9.4 billion.",
        "Out of scope: the Dow Jones consensus of 61.5 billion, the economist's 60 billion expectation for March, "
        "gold price above $4,000 an ounce, 0.6 percentage point contribution to GDP, GDPNow 1.9% and 2.3%, "
        "'the most in nearly a year', 'a record' (the Vietnam figure itself is labelled).",
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
            "The gap with Mexico widened to $17.9 billion",
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
            "the shortfall with Vietnam grew to a record $15.6 billion",
            partner="Vietnam",
        ),
        fact(AREA, "balance", "value", -21.3e9, "USD", FEBRUARY, "21.3 billion", EVIDENCE_EU, partner="European Union"),
        fact(AREA, "balance", "value", -9.4e9, "USD", FEBRUARY, "9.4 billion", EVIDENCE_EU, partner="Ireland"),
        fact(AREA, "balance", "value", -126.3e9, "USD", FIRST_TWO_MONTHS, "126.3 billion", EVIDENCE_YTD, product=BOTH),
        fact(AREA, "balance", "growth", -50.3, "percent", FIRST_TWO_MONTHS, "50.3", EVIDENCE_YTD, product=BOTH),
    ],
}

from _fact import fact, period

FEBRUARY = period(2025, 2)
JANUARY = period(2025, 1)
YEAR_TO_DATE = period(2025, 1, 2)
US = "United States"
GOODS_AND_SERVICES = "goods and services"
SERVICES = "services"

EVIDENCE_LEAD = (
    "the goods and services deficit was $122.7 billion in February, down $8.0 billion from $130.7 billion in January, "
    "revised"
)
EVIDENCE_SURPLUSES = (
    "The February figures show surpluses, in billions of dollars, with Netherlands ($5.2), South and Central America "
    "($4.3), and Hong Kong ($2.1)"
)
EVIDENCE_DEFICITS = (
    "Deficits were recorded, in billions of dollars, with European Union ($48.3), Switzerland ($22.8), China ($21.9), "
    "Mexico ($16.8), Vietnam ($12.3), and Taiwan ($8.6)"
)

ARTICLE = {
    "id": "dQ2_01_us_census_feb2025",
    "title": "U.S. International Trade in Goods and Services, February 2025",
    "publisher": "U.S. Census Bureau",
    "published": "2025-04-03",
    "notes": [
        "Lead: goods-only figures take product null (schemas/guide.md: goods alone null); the writer's product 'goods' was removed mechanically before the set was scored, without reading the text.",
        "Joint Census/BEA release; publisher given as the U.S. Census Bureau, the first agency the text names.",
        "Headline figures (deficit, exports, imports) are goods and services together: product 'goods and services'; "
        "the goods-only and services-only lines carry product 'goods' and 'services'.",
        "January's revised deficit ($130.7 billion) is its own observation, period January 2025.",
        "The highlight box's percent changes sit under 'Percent change from prior month (revised)': growth, basis mom; "
        "'Deficit ... -6.1%' is a fall of the deficit, -6.1.",
        "Dollar changes ('down $8.0 billion', '$9.4 billion more than January exports', 'increased $119.4 billion', "
        "commodity changes such as nonmonetary gold, travel, computers, pharmaceutical preparations, and each "
        "partner's change) are differences, not levels or rates: out of scope.",
        "Year-to-date percent changes are against 'the same period in 2024': yoy, period January-February 2025; the "
        "deficit 'increased ... 89.2 percent' is +89.2.",
        "Three-month moving averages and their year-over-year change: averages the record cannot express, out.",
        "Real goods deficit in chained 2017 dollars ($151.3 billion, 4.5 percent): a volume measure, out. The "
        "'5.0 percent decrease in the nominal goods deficit' in the same sentence is labelled: growth of the goods "
        "balance, -5.0, basis mom from 'from January' in that sentence.",
        "Country figures are from the goods exhibit (Census basis): product 'goods'. China, European Union and "
        "Switzerland appear both in the list and in their own paragraphs; each labelled once.",
        "Release number, release dates and 'Next release: May 6, 2025' are not trade figures.",
    ],
    "facts": [
        fact(US, "balance", "value", -122.7e9, "USD", FEBRUARY, "122.7 billion", EVIDENCE_LEAD,
             product=GOODS_AND_SERVICES),
        fact(US, "balance", "value", -130.7e9, "USD", JANUARY, "130.7 billion", EVIDENCE_LEAD,
             product=GOODS_AND_SERVICES),
        fact(US, "exports", "value", 278.5e9, "USD", FEBRUARY, "278.5 billion", "February exports were $278.5 billion",
             product=GOODS_AND_SERVICES),
        fact(US, "imports", "value", 401.1e9, "USD", FEBRUARY, "401.1 billion", "February imports were $401.1 billion",
             product=GOODS_AND_SERVICES),
        fact(US, "balance", "growth", -6.1, "percent", FEBRUARY, "-6.1", "Deficit: $122.7 Billion -6.1%",
             product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "exports", "growth", 3.5, "percent", FEBRUARY, "3.5", "Exports: $278.5 Billion +3.5%",
             product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "imports", "growth", 0.4, "percent", FEBRUARY, "0.4", "Imports: $401.1 Billion +0.4%",
             product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "balance", "value", -147.9e9, "USD", FEBRUARY, "147.9 billion",
             "a decrease in the goods deficit of $7.8 billion to $147.9 billion"),
        fact(US, "balance", "value", 25.2e9, "USD", FEBRUARY, "25.2 billion",
             "an increase in the services surplus of $0.2 billion to $25.2 billion", product=SERVICES),
        fact(US, "balance", "growth", 89.2, "percent", YEAR_TO_DATE, "89.2",
             "Year-to-date, the goods and services deficit increased $119.4 billion, or 89.2 percent, from the same "
             "period in 2024", product=GOODS_AND_SERVICES),
        fact(US, "exports", "growth", 5.2, "percent", YEAR_TO_DATE, "5.2", "Exports increased $27.1 billion or 5.2 percent",
             product=GOODS_AND_SERVICES),
        fact(US, "imports", "growth", 22.4, "percent", YEAR_TO_DATE, "22.4",
             "Imports increased $146.5 billion or 22.4 percent", product=GOODS_AND_SERVICES),
        fact(US, "exports", "value", 180.0e9, "USD", FEBRUARY, "180.0 billion",
             "Exports of goods increased $9.0 billion to $180.0 billion in February"),
        fact(US, "exports", "value", 98.5e9, "USD", FEBRUARY, "98.5 billion",
             "Exports of services increased $0.4 billion to $98.5 billion in February", product=SERVICES),
        fact(US, "imports", "value", 327.9e9, "USD", FEBRUARY, "327.9 billion",
             "Imports of goods increased $1.2 billion to $327.9 billion in February"),
        fact(US, "imports", "value", 73.3e9, "USD", FEBRUARY, "73.3 billion",
             "Imports of services increased $0.2 billion to $73.3 billion in February", product=SERVICES),
        fact(US, "balance", "growth", -5.0, "percent", FEBRUARY, "5.0",
             "compared to a 5.0 percent decrease in the nominal goods deficit", basis="mom"),
        fact(US, "balance", "value", 5.2e9, "USD", FEBRUARY, "5.2", EVIDENCE_SURPLUSES, partner="Netherlands"),
        fact(US, "balance", "value", 4.3e9, "USD", FEBRUARY, "4.3", EVIDENCE_SURPLUSES,
             partner="South and Central America"),
        fact(US, "balance", "value", 2.1e9, "USD", FEBRUARY, "2.1", EVIDENCE_SURPLUSES, partner="Hong Kong"),
        fact(US, "balance", "value", -16.8e9, "USD", FEBRUARY, "16.8", EVIDENCE_DEFICITS, partner="Mexico"),
        fact(US, "balance", "value", -12.3e9, "USD", FEBRUARY, "12.3", EVIDENCE_DEFICITS, partner="Vietnam"),
        fact(US, "balance", "value", -8.6e9, "USD", FEBRUARY, "8.6", EVIDENCE_DEFICITS, partner="Taiwan"),
        fact(US, "balance", "value", -21.9e9, "USD", FEBRUARY, "21.9 billion",
             "The deficit with China decreased $9.0 billion to $21.9 billion in February", partner="China"),
        fact(US, "exports", "value", 9.1e9, "USD", FEBRUARY, "9.1 billion",
             "Exports decreased $0.4 billion to $9.1 billion", partner="China"),
        fact(US, "imports", "value", 31.0e9, "USD", FEBRUARY, "31.0 billion",
             "imports decreased $9.4 billion to $31.0 billion", partner="China"),
        fact(US, "balance", "value", -48.3e9, "USD", FEBRUARY, "48.3 billion",
             "The deficit with the European Union increased $9.7 billion to $48.3 billion in February",
             partner="European Union"),
        fact(US, "exports", "value", 31.6e9, "USD", FEBRUARY, "31.6 billion",
             "Exports increased $0.8 billion to $31.6 billion", partner="European Union"),
        fact(US, "imports", "value", 79.9e9, "USD", FEBRUARY, "79.9 billion",
             "imports increased $10.5 billion to $79.9 billion", partner="European Union"),
        fact(US, "balance", "value", -22.8e9, "USD", FEBRUARY, "22.8 billion",
             "The deficit with Switzerland increased $3.4 billion to $22.8 billion in February", partner="Switzerland"),
    ],
}

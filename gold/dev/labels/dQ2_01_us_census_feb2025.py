from _fact import fact, period

FEBRUARY = period(2025, 2)
JANUARY = period(2025, 1)
YEAR_TO_DATE = period(2025, 1, 2)
US = "United States"
GOODS_AND_SERVICES = "goods and services"
SERVICES = "services"

EVIDENCE_LEAD = (
    "the deficit on goods and services combined came to $122.7 billion in February, $8.0 billion smaller than "
    "January's revised $130.7 billion"
)
EVIDENCE_SURPLUSES = (
    "In February the United States ran surpluses, in billions of dollars, with Netherlands ($5.2), South and Central "
    "America ($4.3), and Hong Kong ($2.1)"
)
EVIDENCE_DEFICITS = (
    "On the deficit side, in billions of dollars, were European Union ($48.3), Switzerland ($22.8), China ($21.9), "
    "Mexico ($16.8), Vietnam ($12.3), and Taiwan ($8.6)"
)

ARTICLE = {
    "id": "dQ2_01_us_census_feb2025",
    "title": "February 2025 figures on U.S. trade in goods and services",
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
        "Dollar changes ('$8.0 billion smaller', 'up $9.4 billion on the January level', 'up $119.4 billion', "
        "commodity changes such as nonmonetary gold, travel, computers, pharmaceutical preparations, and each "
        "partner's change) are differences, not levels or rates: out of scope.",
        "Year-to-date percent changes are against 'the same months of 2024': yoy, period January-February 2025; the "
        "deficit 'is up ... 89.2 percent' is +89.2.",
        "Three-month moving averages and their year-over-year change: averages the record cannot express, out.",
        "Real goods deficit in chained 2017 dollars ($151.3 billion, 4.5 percent): a volume measure, out. The "
        "'in nominal terms the goods deficit showed a 5.0 percent decrease' in the same sentence is labelled: growth of the goods "
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
        fact(US, "exports", "value", 278.5e9, "USD", FEBRUARY, "278.5 billion", "Exports in February totaled $278.5 billion",
             product=GOODS_AND_SERVICES),
        fact(US, "imports", "value", 401.1e9, "USD", FEBRUARY, "401.1 billion", "Imports in February totaled $401.1 billion",
             product=GOODS_AND_SERVICES),
        fact(US, "balance", "growth", -6.1, "percent", FEBRUARY, "-6.1", "Deficit: $122.7 Billion -6.1%",
             product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "exports", "growth", 3.5, "percent", FEBRUARY, "3.5", "Exports: $278.5 Billion +3.5%",
             product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "imports", "growth", 0.4, "percent", FEBRUARY, "0.4", "Imports: $401.1 Billion +0.4%",
             product=GOODS_AND_SERVICES, basis="mom"),
        fact(US, "balance", "value", -147.9e9, "USD", FEBRUARY, "147.9 billion",
             "the deficit on goods narrowed by $7.8 billion to $147.9 billion"),
        fact(US, "balance", "value", 25.2e9, "USD", FEBRUARY, "25.2 billion",
             "the surplus on services grew by $0.2 billion to $25.2 billion", product=SERVICES),
        fact(US, "balance", "growth", 89.2, "percent", YEAR_TO_DATE, "89.2",
             "Compared with the same months of 2024, the combined goods and services deficit so far this year is up "
             "$119.4 billion, or 89.2 percent", product=GOODS_AND_SERVICES),
        fact(US, "exports", "growth", 5.2, "percent", YEAR_TO_DATE, "5.2", "Exports have gained $27.1 billion, or 5.2 percent",
             product=GOODS_AND_SERVICES),
        fact(US, "imports", "growth", 22.4, "percent", YEAR_TO_DATE, "22.4",
             "imports have climbed $146.5 billion, or 22.4 percent", product=GOODS_AND_SERVICES),
        fact(US, "exports", "value", 180.0e9, "USD", FEBRUARY, "180.0 billion",
             "Goods exports climbed $9.0 billion in February to $180.0 billion"),
        fact(US, "exports", "value", 98.5e9, "USD", FEBRUARY, "98.5 billion",
             "Services exports rose $0.4 billion in February to $98.5 billion", product=SERVICES),
        fact(US, "imports", "value", 327.9e9, "USD", FEBRUARY, "327.9 billion",
             "Goods imports edged up $1.2 billion in February to $327.9 billion"),
        fact(US, "imports", "value", 73.3e9, "USD", FEBRUARY, "73.3 billion",
             "Services imports grew $0.2 billion in February to $73.3 billion", product=SERVICES),
        fact(US, "balance", "growth", -5.0, "percent", FEBRUARY, "5.0",
             "in nominal terms the goods deficit showed a 5.0 percent decrease", basis="mom"),
        fact(US, "balance", "value", 5.2e9, "USD", FEBRUARY, "5.2", EVIDENCE_SURPLUSES, partner="Netherlands"),
        fact(US, "balance", "value", 4.3e9, "USD", FEBRUARY, "4.3", EVIDENCE_SURPLUSES,
             partner="South and Central America"),
        fact(US, "balance", "value", 2.1e9, "USD", FEBRUARY, "2.1", EVIDENCE_SURPLUSES, partner="Hong Kong"),
        fact(US, "balance", "value", -16.8e9, "USD", FEBRUARY, "16.8", EVIDENCE_DEFICITS, partner="Mexico"),
        fact(US, "balance", "value", -12.3e9, "USD", FEBRUARY, "12.3", EVIDENCE_DEFICITS, partner="Vietnam"),
        fact(US, "balance", "value", -8.6e9, "USD", FEBRUARY, "8.6", EVIDENCE_DEFICITS, partner="Taiwan"),
        fact(US, "balance", "value", -21.9e9, "USD", FEBRUARY, "21.9 billion",
             "With China, the deficit shrank $9.0 billion in February to $21.9 billion", partner="China"),
        fact(US, "exports", "value", 9.1e9, "USD", FEBRUARY, "9.1 billion",
             "exports slipped $0.4 billion to $9.1 billion", partner="China"),
        fact(US, "imports", "value", 31.0e9, "USD", FEBRUARY, "31.0 billion",
             "imports fell $9.4 billion to $31.0 billion", partner="China"),
        fact(US, "balance", "value", -48.3e9, "USD", FEBRUARY, "48.3 billion",
             "With the European Union, the deficit grew $9.7 billion in February to $48.3 billion",
             partner="European Union"),
        fact(US, "exports", "value", 31.6e9, "USD", FEBRUARY, "31.6 billion",
             "exports gained $0.8 billion to $31.6 billion", partner="European Union"),
        fact(US, "imports", "value", 79.9e9, "USD", FEBRUARY, "79.9 billion",
             "imports jumped $10.5 billion to $79.9 billion", partner="European Union"),
        fact(US, "balance", "value", -22.8e9, "USD", FEBRUARY, "22.8 billion",
             "the deficit with Switzerland widened $3.4 billion in February to $22.8 billion", partner="Switzerland"),
    ],
}

from _fact import fact, period

JAN = period(2026, 1)
JAN25 = period(2025, 1)
APR_JAN = {"start": "2025-04", "end": "2026-01"}

LEAD = "India's merchandise exports in January grew 4.52 per cent year-on-year to USD 38.08 billion"
DEF = "pushed the trade deficit wider to USD 25.68 billion"
IMP = "January imports increased 7.31 per cent to USD 63.76 billion"
DEF25 = "The trade gap, or the excess of imports over exports, had been USD 22.99 billion in January 2025."
GOLD = "January gold imports surged 51.2 per cent to USD 4.05 billion"
CUMX = "For April-January of the current fiscal, exports were up 2.43 per cent at USD 365.2 billion"
CUMM = "imports increased 5.9 per cent to USD 608.4 billion"
CUMD = "putting the cumulative trade deficit at USD 243.2 billion"
SVC = "Services exports in January are estimated at USD 36.9 billion, compared with USD 34.1 billion in January 2025."
SVCM = "Imports of services are put at USD 18.2 billion."
GS = "Combined goods and services exports for January are estimated to have risen 6.31 per cent to USD 74.98 billion."
GSC = "The April-January total for goods and services exports grew 5.2 per cent to USD 704.6 billion."
US = "Exports to the US, India's largest export market, slipped 3.8 per cent to USD 7.6 billion in January"
USC = "lifted exports to America over the fiscal's first ten months by 6.9 per cent to USD 72.4 billion"
SECT = "Export sectors that expanded in January included electronic goods (27.5 per cent), drugs and pharmaceuticals (8.4 per cent) and engineering goods (5.1 per cent)."
PET = "pulled petroleum products exports down 17.3 per cent to USD 3.2 billion"

ARTICLE = {
    "id": "dAI2_05_india_exports_january_2026",
    "title": "Jan exports up 4.52 pc at USD 38.08 bn; gold imports push trade deficit to USD 25.68 bn",
    "publisher": "PTI",
    "published": "2026-02-16",
    "notes": [
        "Area India throughout. Merchandise figures carry product null (goods alone); services figures 'services'; 'Combined goods and services exports' and 'The April-January total for goods and services exports' are 'goods and services'.",
        "'April-January of the current fiscal' and 'the fiscal's first ten months' (fiscal 2025-26): April 2025 to January 2026.",
        "'had been USD 22.99 billion in January 2025' and 'USD 34.1 billion in January 2025': January 2025.",
        "Cumulative 'exports' and 'imports' in the April-January paragraph are merchandise (the article's running subject); product null.",
        "Deficits labelled as negative balances; 'pushed the trade deficit wider to USD 25.68 billion' gives the January value only.",
        "'India's largest export market' for the US: exports rank 1, January 2026 (the article's running period).",
        "'estimated' is not an approx cue: services and goods-and-services figures exact.",
        "Sector list: electronic goods, drugs and pharmaceuticals, engineering goods growth (export sectors), January 2026.",
        "Out of scope, unlabelled: the 50 per cent US tariff; the expectation that 2025-26 exports surpass last fiscal's record (forecast, no number); current account deficit around 1 per cent of GDP (not a trade flow, forecast); 'last two years' (no figure).",
    ],
    "facts": [
        fact("India", "exports", "growth", 4.52, "percent", JAN, "4.52", LEAD),
        fact("India", "exports", "value", 38.08e9, "USD", JAN, "38.08 billion", LEAD),
        fact("India", "balance", "value", -25.68e9, "USD", JAN, "25.68 billion", DEF),
        fact("India", "imports", "growth", 7.31, "percent", JAN, "7.31", IMP),
        fact("India", "imports", "value", 63.76e9, "USD", JAN, "63.76 billion", IMP),
        fact("India", "balance", "value", -22.99e9, "USD", JAN25, "22.99 billion", DEF25),
        fact("India", "imports", "growth", 51.2, "percent", JAN, "51.2", GOLD, product="gold"),
        fact("India", "imports", "value", 4.05e9, "USD", JAN, "4.05 billion", GOLD, product="gold"),
        fact("India", "exports", "growth", 2.43, "percent", APR_JAN, "2.43", CUMX),
        fact("India", "exports", "value", 365.2e9, "USD", APR_JAN, "365.2 billion", CUMX),
        fact("India", "imports", "growth", 5.9, "percent", APR_JAN, "5.9", CUMM),
        fact("India", "imports", "value", 608.4e9, "USD", APR_JAN, "608.4 billion", CUMM),
        fact("India", "balance", "value", -243.2e9, "USD", APR_JAN, "243.2 billion", CUMD),
        fact("India", "exports", "value", 36.9e9, "USD", JAN, "36.9 billion", SVC, product="services"),
        fact("India", "exports", "value", 34.1e9, "USD", JAN25, "34.1 billion", SVC, product="services"),
        fact("India", "imports", "value", 18.2e9, "USD", JAN, "18.2 billion", SVCM, product="services"),
        fact("India", "exports", "growth", 6.31, "percent", JAN, "6.31", GS, product="goods and services"),
        fact("India", "exports", "value", 74.98e9, "USD", JAN, "74.98 billion", GS, product="goods and services"),
        fact("India", "exports", "growth", 5.2, "percent", APR_JAN, "5.2", GSC, product="goods and services"),
        fact("India", "exports", "value", 704.6e9, "USD", APR_JAN, "704.6 billion", GSC, product="goods and services"),
        fact("India", "exports", "rank", 1, "number", JAN, "largest", US, partner="United States"),
        fact("India", "exports", "growth", -3.8, "percent", JAN, "3.8", US, partner="United States"),
        fact("India", "exports", "value", 7.6e9, "USD", JAN, "7.6 billion", US, partner="United States"),
        fact("India", "exports", "growth", 6.9, "percent", APR_JAN, "6.9", USC, partner="United States"),
        fact("India", "exports", "value", 72.4e9, "USD", APR_JAN, "72.4 billion", USC, partner="United States"),
        fact("India", "exports", "growth", 27.5, "percent", JAN, "27.5", SECT, product="electronic goods"),
        fact("India", "exports", "growth", 8.4, "percent", JAN, "8.4", SECT, product="drugs and pharmaceuticals"),
        fact("India", "exports", "growth", 5.1, "percent", JAN, "5.1", SECT, product="engineering goods"),
        fact("India", "exports", "growth", -17.3, "percent", JAN, "17.3", PET, product="petroleum products"),
        fact("India", "exports", "value", 3.2e9, "USD", JAN, "3.2 billion", PET, product="petroleum products"),
    ],
}

from _fact import fact, period

JUNE = period(2025, 6)
MAY = period(2025, 5)
FIRST_HALF = period(2025, 1, 6)
US = "United States"
GOODS_AND_SERVICES = "goods and services"

EVIDENCE_HEADLINE_GAP = (
    "the gap between U.S. sales abroad and its purchases from the rest of the world dropped 16% to $60.2 billion, "
    "down from $71.7 billion in May"
)
EVIDENCE_IMPORTS = "Imports of goods and services declined 3.7% to $337.5 billion"
EVIDENCE_EXPORTS = "Exports edged down 0.5% to $277.3 billion"
EVIDENCE_GOODS_DEFICIT = "In goods alone, the deficit shrank 12.2% to $85.6 billion"
EVIDENCE_GOODS_IMPORTS = "Goods imports were down 4.9% at $264.2 billion"
EVIDENCE_GOODS_EXPORTS = "goods exports declined 0.9% to $178.6 billion"
EVIDENCE_CHINA = "The goods deficit with China, a politically touchy figure, fell to $9.5 billion from $14.1 billion in May"
EVIDENCE_YEAR_TO_DATE = "Year to date, the deficit adds up to $582.7 billion, an increase of 38.3% over the same months of last year"
EVIDENCE_YEAR_TO_DATE_FLOWS = "Over that period exports have risen 5.9% and imports 17.7%"
EVIDENCE_CHINA_YEAR_TO_DATE = "In the year to date, the goods deficit with China has shrunk 29.2% to $128.4 billion"

ARTICLE = {
    "id": "dO2_02_ap_us_trade_june",
    "title": "June US trade gap falls 16% as the import surge unwinds; China goods deficit at lowest in two decades",
    "publisher": "AP",
    "published": "2025-08-05",
    "notes": [
        "AP dateline 'WASHINGTON (AP)' with no year and 'Year to date' / 'last year': the year 2025 comes from the "
        "published date; June is 2025-06, May 2025-05, 'Year to date' is January-June 2025 (the release covers June).",
        "The headline's 'falls 16%' restates the body's 'dropped 16%': one fact, body evidence.",
        "The overall deficit, exports and imports are goods and services (the text says 'Imports of goods and services'; "
        "'Exports' in the next sentence is the same aggregate): product 'goods and services'. Goods-only figures: product null.",
        "The deficit 'dropped 16% to $60.2 billion, down from $71.7 billion in May': growth of a deficit follows its verb, -16, basis mom. "
        "May's deficit is its own observation for May.",
        "The import/export and goods paragraphs continue the comparison with May set in the lead paragraph (monthly "
        "changes in a monthly release): basis mom for 3.7, 0.5, 12.2, 4.9 and 0.9.",
        "Services surplus 'barely moved at $25.4 billion': a value only, product services.",
        "Country deficits (China, Vietnam, Mexico, European Union) are goods balances: product null, negative values. "
        "China's May deficit ($14.1 billion) is labelled for May.",
        "'Year to date ... an increase of 38.3% over the same months of last year': balance growth +38.3 (the deficit grew), yoy, "
        "January-June. 'Over that period exports have risen 5.9% and imports 17.7%': yoy, January-June, goods and services.",
        "'In the year to date, the goods deficit with China has shrunk 29.2%': growth of a deficit, -29.2, yoy (no other base), "
        "January-June.",
        "Petroleum: '$1.6 billion petroleum surplus' is a balance of product petroleum, positive.",
        "Out of scope: the FactSet forecast (about $61 billion), 'narrowest monthly gap since 2004' and 'lowest in two decades' "
        "(milestones), tariff rates (145%), '27-nation', 'top oil producer in the world' (production, not trade), GDP rates "
        "(3%, 0.5%), 'roughly 5 percentage points', customs duties ($27 billion, revenue not a trade flow).",
    ],
    "facts": [
        fact(
            US,
            "balance",
            "value",
            -60.2e9,
            "USD",
            JUNE,
            "60.2 billion",
            EVIDENCE_HEADLINE_GAP,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            US,
            "balance",
            "growth",
            -16,
            "percent",
            JUNE,
            "16",
            EVIDENCE_HEADLINE_GAP,
            product=GOODS_AND_SERVICES,
            basis="mom",
        ),
        fact(
            US,
            "balance",
            "value",
            -71.7e9,
            "USD",
            MAY,
            "71.7 billion",
            EVIDENCE_HEADLINE_GAP,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            US,
            "imports",
            "growth",
            -3.7,
            "percent",
            JUNE,
            "3.7",
            EVIDENCE_IMPORTS,
            product=GOODS_AND_SERVICES,
            basis="mom",
        ),
        fact(
            US, "imports", "value", 337.5e9, "USD", JUNE, "337.5 billion", EVIDENCE_IMPORTS, product=GOODS_AND_SERVICES
        ),
        fact(
            US,
            "exports",
            "growth",
            -0.5,
            "percent",
            JUNE,
            "0.5",
            EVIDENCE_EXPORTS,
            product=GOODS_AND_SERVICES,
            basis="mom",
        ),
        fact(
            US, "exports", "value", 277.3e9, "USD", JUNE, "277.3 billion", EVIDENCE_EXPORTS, product=GOODS_AND_SERVICES
        ),
        fact(US, "balance", "growth", -12.2, "percent", JUNE, "12.2", EVIDENCE_GOODS_DEFICIT, basis="mom"),
        fact(US, "balance", "value", -85.6e9, "USD", JUNE, "85.6 billion", EVIDENCE_GOODS_DEFICIT),
        fact(US, "imports", "growth", -4.9, "percent", JUNE, "4.9", EVIDENCE_GOODS_IMPORTS, basis="mom"),
        fact(US, "imports", "value", 264.2e9, "USD", JUNE, "264.2 billion", EVIDENCE_GOODS_IMPORTS),
        fact(US, "exports", "growth", -0.9, "percent", JUNE, "0.9", EVIDENCE_GOODS_EXPORTS, basis="mom"),
        fact(US, "exports", "value", 178.6e9, "USD", JUNE, "178.6 billion", EVIDENCE_GOODS_EXPORTS),
        fact(
            US,
            "balance",
            "value",
            25.4e9,
            "USD",
            JUNE,
            "25.4 billion",
            "The services surplus — what foreigners buy from Americans in areas such as tourism, education and finance "
            "— barely moved at $25.4 billion",
            product="services",
        ),
        fact(US, "balance", "value", -9.5e9, "USD", JUNE, "9.5 billion", EVIDENCE_CHINA, partner="China"),
        fact(US, "balance", "value", -14.1e9, "USD", MAY, "14.1 billion", EVIDENCE_CHINA, partner="China"),
        fact(
            US,
            "balance",
            "value",
            -16.1e9,
            "USD",
            JUNE,
            "16.1 billion",
            "In June the goods gap with Vietnam hit $16.1 billion",
            partner="Vietnam",
        ),
        fact(
            US,
            "balance",
            "value",
            -16.6e9,
            "USD",
            JUNE,
            "16.6 billion",
            "the deficit with Mexico grew to $16.6 billion",
            partner="Mexico",
        ),
        fact(
            US,
            "balance",
            "value",
            -19.6e9,
            "USD",
            JUNE,
            "19.6 billion",
            "With the 27-nation European Union, the goods deficit came to $19.6 billion",
            partner="European Union",
        ),
        fact(
            US,
            "balance",
            "value",
            1.6e9,
            "USD",
            JUNE,
            "1.6 billion",
            "posted a $1.6 billion petroleum surplus in June",
            product="petroleum",
        ),
        fact(
            US,
            "balance",
            "value",
            -582.7e9,
            "USD",
            FIRST_HALF,
            "582.7 billion",
            EVIDENCE_YEAR_TO_DATE,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            US,
            "balance",
            "growth",
            38.3,
            "percent",
            FIRST_HALF,
            "38.3",
            EVIDENCE_YEAR_TO_DATE,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            US,
            "exports",
            "growth",
            5.9,
            "percent",
            FIRST_HALF,
            "5.9",
            EVIDENCE_YEAR_TO_DATE_FLOWS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            US,
            "imports",
            "growth",
            17.7,
            "percent",
            FIRST_HALF,
            "17.7",
            EVIDENCE_YEAR_TO_DATE_FLOWS,
            product=GOODS_AND_SERVICES,
        ),
        fact(
            US, "balance", "growth", -29.2, "percent", FIRST_HALF, "29.2", EVIDENCE_CHINA_YEAR_TO_DATE, partner="China"
        ),
        fact(
            US,
            "balance",
            "value",
            -128.4e9,
            "USD",
            FIRST_HALF,
            "128.4 billion",
            EVIDENCE_CHINA_YEAR_TO_DATE,
            partner="China",
        ),
    ],
}

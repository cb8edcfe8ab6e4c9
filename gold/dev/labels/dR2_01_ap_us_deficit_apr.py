from _fact import fact, period

APRIL = period(2026, 4)
MARCH = period(2026, 3)
JAN_APR = period(2026, 1, 4)
GS = "goods and services"
US = "United States"

EVIDENCE_LEAD = (
    "the shortfall between what the United States buys from other countries and the goods and services it sells them "
    "dropped 9.5% in April, to $61.8 billion from $68.3 billion in March"
)
EVIDENCE_EXPORTS = "Exports climbed 1.2% on the month, to $289.4 billion"
EVIDENCE_IMPORTS = "imports slipped 0.9%, to $351.2 billion"
EVIDENCE_GOODS = "In goods such as machinery, autos and drugs, the deficit contracted 7.2% compared with March, to $88.9 billion"
EVIDENCE_SERVICES = "A $27.1 billion services surplus"
EVIDENCE_CHINA_GAP = "The goods deficit with China, a figure watched closely in Washington, grew 7% on the month to $15.7 billion"
EVIDENCE_CHINA_IMPORTS = "Imports from China increased 3.9%, to $25.3 billion"
EVIDENCE_CHINA_EXPORTS = "exports to China edged down 0.8%, to $9.6 billion"
EVIDENCE_MEXICO = (
    "The deficit with Mexico, which has become the biggest source of U.S. imports, narrowed 2.6% compared with March, "
    "to $16.4 billion"
)
EVIDENCE_VN_TW = (
    "The U.S. ran deficits of $15.2 billion and $13.8 billion, respectively, with Vietnam and Taiwan"
)
EVIDENCE_EU = "The shortfall with the European Union came down from $18.1 billion in March to $14.9 billion in April"
EVIDENCE_YTD = (
    "For January through April of this year, the deficit added up to $271.5 billion, 40.3% below the level in the "
    "same months of last year"
)

ARTICLE = {
    "id": "dR2_01_ap_us_deficit_apr",
    "title": "April US trade gap narrows 9.5% as imports of phones and drugs ease",
    "publisher": "AP",
    "published": "2026-06-04",
    "notes": [
        "Dateline 'WASHINGTON (AP)' carries no year; April and March are 2026 from the published date, "
        "'last year' is 2025.",
        "Headline 9.5% restates the body's fall of the deficit: labelled once, body evidence.",
        "Headline deficit, exports and imports are stated for 'goods and services' together (the lead defines the gap "
        "that way and exports minus imports equals it): product 'goods and services'. The year-to-date deficit is "
        "the same overall measure: product 'goods and services'.",
        "The goods deficit ($88.9 billion) is a goods-only figure: product null. Country balances (China, Mexico, "
        "Vietnam, Taiwan, EU) are goods figures as the Commerce Department reports them: product null.",
        "Monthly changes are against March ('on the month', 'compared with March'): basis mom; the frame is stated in "
        "each paragraph that carries a change. The year-to-date comparison ('below the level in the same months of last "
        "year') is yoy.",
        "Growth of a deficit follows its verb: 'dropped 9.5%' -> -9.5, 'contracted 7.2%' -> -7.2, 'grew 7%' -> +7, "
        "'narrowed 2.6%' -> -2.6, '40.3% below' -> -40.3.",
        "'from $68.3 billion in March' and 'from $18.1 billion in March' are March 2026 balance values: labelled "
        "with period March.",
        "'has become the biggest source of U.S. imports' labelled as rank 1 of US imports from Mexico (April).",
        "Out of scope, unlabelled: the FactSet forecast ($64.5 billion), the dollar changes in gold exports "
        "($1.9 billion) and cellphone imports ($1.4 billion) (differences, not levels), the baseline 10% tariff "
        "rate, 'two decades', the 1.6% GDP growth rate.",
        "Trade with China: imports 25.3 - exports 9.6 = 15.7, consistent with the stated gap; "
        "exports 289.4 - imports 351.2 = -61.8 and goods -88.9 + services 27.1 = -61.8.",
    ],
    "facts": [
        fact(US, "balance", "value", -61.8e9, "USD", APRIL, "61.8 billion", EVIDENCE_LEAD, product=GS),
        fact(US, "balance", "growth", -9.5, "percent", APRIL, "9.5", EVIDENCE_LEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -68.3e9, "USD", MARCH, "68.3 billion", EVIDENCE_LEAD, product=GS),
        fact(US, "exports", "value", 289.4e9, "USD", APRIL, "289.4 billion", EVIDENCE_EXPORTS, product=GS),
        fact(US, "exports", "growth", 1.2, "percent", APRIL, "1.2", EVIDENCE_EXPORTS, product=GS, basis="mom"),
        fact(US, "imports", "value", 351.2e9, "USD", APRIL, "351.2 billion", EVIDENCE_IMPORTS, product=GS),
        fact(US, "imports", "growth", -0.9, "percent", APRIL, "0.9", EVIDENCE_IMPORTS, product=GS, basis="mom"),
        fact(US, "balance", "value", -88.9e9, "USD", APRIL, "88.9 billion", EVIDENCE_GOODS),
        fact(US, "balance", "growth", -7.2, "percent", APRIL, "7.2", EVIDENCE_GOODS, basis="mom"),
        fact(US, "balance", "value", 27.1e9, "USD", APRIL, "27.1 billion", EVIDENCE_SERVICES, product="services"),
        fact(US, "balance", "value", -15.7e9, "USD", APRIL, "15.7 billion", EVIDENCE_CHINA_GAP, partner="China"),
        fact(US, "balance", "growth", 7, "percent", APRIL, "7", EVIDENCE_CHINA_GAP, partner="China", basis="mom"),
        fact(US, "imports", "value", 25.3e9, "USD", APRIL, "25.3 billion", EVIDENCE_CHINA_IMPORTS, partner="China"),
        fact(
            US, "imports", "growth", 3.9, "percent", APRIL, "3.9", EVIDENCE_CHINA_IMPORTS, partner="China", basis="mom"
        ),
        fact(US, "exports", "value", 9.6e9, "USD", APRIL, "9.6 billion", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(
            US, "exports", "growth", -0.8, "percent", APRIL, "0.8", EVIDENCE_CHINA_EXPORTS, partner="China", basis="mom"
        ),
        fact(US, "balance", "value", -16.4e9, "USD", APRIL, "16.4 billion", EVIDENCE_MEXICO, partner="Mexico"),
        fact(US, "balance", "growth", -2.6, "percent", APRIL, "2.6", EVIDENCE_MEXICO, partner="Mexico", basis="mom"),
        fact(US, "imports", "rank", 1, "number", APRIL, "biggest", EVIDENCE_MEXICO, partner="Mexico"),
        fact(US, "balance", "value", -15.2e9, "USD", APRIL, "15.2 billion", EVIDENCE_VN_TW, partner="Vietnam"),
        fact(US, "balance", "value", -13.8e9, "USD", APRIL, "13.8 billion", EVIDENCE_VN_TW, partner="Taiwan"),
        fact(US, "balance", "value", -14.9e9, "USD", APRIL, "14.9 billion", EVIDENCE_EU, partner="European Union"),
        fact(US, "balance", "value", -18.1e9, "USD", MARCH, "18.1 billion", EVIDENCE_EU, partner="European Union"),
        fact(US, "balance", "value", -271.5e9, "USD", JAN_APR, "271.5 billion", EVIDENCE_YTD, product=GS),
        fact(US, "balance", "growth", -40.3, "percent", JAN_APR, "40.3", EVIDENCE_YTD, product=GS),
    ],
}

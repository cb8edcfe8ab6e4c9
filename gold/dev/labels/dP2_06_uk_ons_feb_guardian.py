from _fact import fact, period

FEBRUARY = period(2026, 2)
JANUARY = period(2026, 1)
THREE_MONTHS_TO_FEBRUARY = {"start": "2025-12", "end": "2026-02"}  # crosses the calendar year
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"

E_QUARTER_GOODS = (
    "Over the period the goods-only deficit rose by £1.6bn to £64.2bn, and the services surplus – traditionally "
    "one of the British economy's strengths – shrank by £0.5bn to an estimated £55.3bn"
)
E_QUARTER_EXPORTS = "In the three months to February, goods exports came to £91.2bn, 2.4% less than in the previous three months"
E_QUARTER_PARTNERS = "Over those three months, EU-bound sales dropped 3.1% and sales to non-EU countries slipped 1.7%"
E_FEB_EXPORTS = "Taking February on its own, goods exports fell 3.6%, or £1.1bn, month on month to £29.6bn"
E_FEB_PARTNERS = (
    "Sales to the EU dropped by £0.8bn (5.2%) to £14.6bn, and sales to non-EU countries eased 2.0% to £15.0bn"
)
E_FEB_IMPORTS = (
    "Goods imports, by contrast, increased 1.4% from January to £52.0bn, led by purchases from the EU, "
    "up 2.3% to £27.1bn"
)
E_NON_EU_IMPORTS = "Purchases from beyond the EU were up a modest 0.4% at £24.9bn"
E_FEB_DEFICIT = "February's goods trade deficit grew to £22.4bn from £20.6bn in January"
E_US = (
    "Shipments to the US, which is the largest single-country market for British goods, dropped by £0.4bn, or 8.2%, "
    "month on month to £4.5bn"
)

ARTICLE = {
    "id": "dP2_06_uk_ons_feb_guardian",
    "title": "Falling goods sales to the EU push UK trade gap wider",
    "publisher": "The Guardian",
    "published": "2026-04-16",
    "notes": [
        "No year in the text: February is February 2026 from the published date (ONS publishes a month's trade about "
        "six weeks later); 'the three months to February' is December 2025 to February 2026 (a dict, since "
        "period() cannot cross a calendar year); January is January 2026.",
        "Publisher: the outlet's name does not appear in the text (Guardian house style, no dateline); set from the "
        "outlet the article is written for. Null would also be defensible under the guide.",
        "Goods figures: product null. The total trade deficit (goods and services) is product 'goods and services'; "
        "the services surplus is product 'services'.",
        "The headline figures exclude precious metals, as the text says once; this is the measurement convention of "
        "every figure, not a goods category, so product stays null. The US export figure includes precious metals "
        "(text says so); it is the only US figure, so no identity clash.",
        "Three months to February compared with 'the previous three months' (three months to November): basis qoq, "
        "the nearest the guide offers for a previous three-month period.",
        "Monthly changes: 'month on month' and 'from January' set basis mom, carried within each paragraph "
        "(EU and non-EU exports, EU and non-EU imports). 'Year on year': yoy.",
        "'dropped by £0.8bn (5.2%)': the 5.2% takes the fall of its bracketed pound change, -5.2.",
        "Changes in pounds (increased by £2.1bn, rose by £1.6bn, shrank by £0.5bn, £1.1bn, £0.8bn, £0.4bn) are "
        "absolute differences the record cannot express: out.",
        "'the largest single-country market for British goods' for exports: rank 1, partner United States, in the article's month.",
        "'The deficit with the EU on its own increased to £12.5bn': the goods balance with the EU in February, -12.5 bn "
        "(consistent with 14.6 - 27.1).",
        "Out of scope: the £21.5bn economists' forecast, the 10% tariff, the 100,000-car quota, the 31% of exporters in "
        "the BCC survey (not a trade flow), GDP growth of 0.1%, the pound at $1.34.",
        "Consistency: goods deficit 22.4 + 20.6 + 21.2 (December, not stated) = 64.2; -64.2 + 55.3 = -8.9; "
        "EU 14.6 + non-EU 15.0 = 29.6 exports; EU 27.1 + non-EU 24.9 = 52.0 imports.",
    ],
    "facts": [
        fact(
            UK,
            "balance",
            "value",
            -8.9e9,
            "GBP",
            THREE_MONTHS_TO_FEBRUARY,
            "8.9bn",
            "the overall trade deficit – how much more the UK spends on foreign goods and services than it earns from "
            "selling them abroad – increased by £2.1bn to £8.9bn",
            product="goods and services",
        ),
        fact(UK, "balance", "value", -64.2e9, "GBP", THREE_MONTHS_TO_FEBRUARY, "64.2bn", E_QUARTER_GOODS),
        fact(
            UK,
            "balance",
            "value",
            55.3e9,
            "GBP",
            THREE_MONTHS_TO_FEBRUARY,
            "55.3bn",
            E_QUARTER_GOODS,
            product="services",
            qualifier="approx",
        ),
        fact(UK, "exports", "value", 91.2e9, "GBP", THREE_MONTHS_TO_FEBRUARY, "91.2bn", E_QUARTER_EXPORTS),
        fact(UK, "exports", "growth", -2.4, "percent", THREE_MONTHS_TO_FEBRUARY, "2.4", E_QUARTER_EXPORTS, basis="qoq"),
        fact(
            UK,
            "exports",
            "growth",
            -3.1,
            "percent",
            THREE_MONTHS_TO_FEBRUARY,
            "3.1",
            E_QUARTER_PARTNERS,
            partner=EU,
            basis="qoq",
        ),
        fact(
            UK,
            "exports",
            "growth",
            -1.7,
            "percent",
            THREE_MONTHS_TO_FEBRUARY,
            "1.7",
            E_QUARTER_PARTNERS,
            partner=NON_EU,
            basis="qoq",
        ),
        fact(UK, "exports", "growth", -3.6, "percent", FEBRUARY, "3.6", E_FEB_EXPORTS, basis="mom"),
        fact(UK, "exports", "value", 29.6e9, "GBP", FEBRUARY, "29.6bn", E_FEB_EXPORTS),
        fact(UK, "exports", "growth", -5.2, "percent", FEBRUARY, "5.2", E_FEB_PARTNERS, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.6e9, "GBP", FEBRUARY, "14.6bn", E_FEB_PARTNERS, partner=EU),
        fact(UK, "exports", "growth", -2.0, "percent", FEBRUARY, "2.0", E_FEB_PARTNERS, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 15.0e9, "GBP", FEBRUARY, "15.0bn", E_FEB_PARTNERS, partner=NON_EU),
        fact(UK, "imports", "growth", 1.4, "percent", FEBRUARY, "1.4", E_FEB_IMPORTS, basis="mom"),
        fact(UK, "imports", "value", 52.0e9, "GBP", FEBRUARY, "52.0bn", E_FEB_IMPORTS),
        fact(UK, "imports", "growth", 2.3, "percent", FEBRUARY, "2.3", E_FEB_IMPORTS, partner=EU, basis="mom"),
        fact(UK, "imports", "value", 27.1e9, "GBP", FEBRUARY, "27.1bn", E_FEB_IMPORTS, partner=EU),
        fact(UK, "imports", "growth", 0.4, "percent", FEBRUARY, "0.4", E_NON_EU_IMPORTS, partner=NON_EU, basis="mom"),
        fact(UK, "imports", "value", 24.9e9, "GBP", FEBRUARY, "24.9bn", E_NON_EU_IMPORTS, partner=NON_EU),
        fact(UK, "balance", "value", -22.4e9, "GBP", FEBRUARY, "22.4bn", E_FEB_DEFICIT),
        fact(UK, "balance", "value", -20.6e9, "GBP", JANUARY, "20.6bn", E_FEB_DEFICIT),
        fact(
            UK,
            "balance",
            "value",
            -12.5e9,
            "GBP",
            FEBRUARY,
            "12.5bn",
            "The deficit with the EU on its own increased to £12.5bn",
            partner=EU,
        ),
        fact(
            UK,
            "exports",
            "growth",
            -4.0,
            "percent",
            FEBRUARY,
            "4.0",
            "Year on year, goods exports fell 4.0%",
        ),
        fact(UK, "exports", "rank", 1, "number", FEBRUARY, "largest", E_US, partner="United States"),
        fact(UK, "exports", "growth", -8.2, "percent", FEBRUARY, "8.2", E_US, partner="United States", basis="mom"),
        fact(UK, "exports", "value", 4.5e9, "GBP", FEBRUARY, "4.5bn", E_US, partner="United States"),
    ],
}

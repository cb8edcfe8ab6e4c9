from _fact import fact, period

H1 = period(2025, 1, 6)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
JUNE = period(2025, 6)
JAN_MAY = period(2025, 1, 5)
CN = "China"
BRI = "Belt and Road partner countries"

TOTAL = (
    "combined imports and exports increased 2.9 percent year on year to 21.79 trillion yuan (about $3.04 trillion)"
)
EXPORTS = "Over January-June, exports reached 13 trillion yuan, up 7.2 percent"
IMPORTS = "imports contracted 2.7 percent to 8.79 trillion yuan, producing a trade surplus of 4.21 trillion yuan"
Q2_TRADE = (
    "Second-quarter trade by itself totaled 11.49 trillion yuan, up 4.5 percent year on year, an acceleration from "
    "the 1.3 percent recorded in the first three months"
)
Q2_QOQ = "Measured against the January-March quarter, second-quarter trade grew 11.6 percent"
JUNE_TRADE = (
    "Exports that month were up 7.2 percent year on year, while imports, after falling for two months, grew again by "
    "2.3 percent"
)
BRI_TRADE = (
    "China's trade with Belt and Road partner countries rose 4.7 percent to 11.29 trillion yuan, "
    "equal to 51.8 percent of the national total"
)
INTERMEDIATE_SHARE = (
    "Intermediate goods, meaning parts, components and raw materials moved between factories in different countries, "
    "made up 56.2 percent of China's foreign trade"
)
INTERMEDIATE_VALUE = "Trade in them grew 2.5 percent to 12.24 trillion yuan"
MECH = (
    "shipments of mechanical and electrical products increased 9.5 percent to 7.8 trillion yuan, making up 60 percent "
    "of everything China sold abroad"
)
HIGH_TECH = "high-tech products saw exports expand 9.2 percent"
FIRMS = "A total of 606,000 enterprises recorded import or export activity over the half"
SERVICES = "It came to 3.17 trillion yuan over January-May, an 8.2 percent increase"
SERVICES_EXPORTS = "services exports rose 14.7 percent to 1.37 trillion yuan"

ARTICLE = {
    "id": "dX1_06_cgtn_h1_2025_review",
    "title": "Second-quarter pickup lifts China's H1 foreign trade growth to 2.9%",
    "publisher": "CGTN",
    "published": "2025-07-14",
    "notes": [
        "Published Monday 2025-07-14 ('released on Monday'); the running period is the first half of 2025 "
        "(2025-01..2025-06). Area China throughout.",
        "'(about $3.04 trillion)' is the half-year total in dollars: a separate USD fact, qualifier approx.",
        "'producing a trade surplus of 4.21 trillion yuan' is a stated balance (positive) for H1.",
        "Second quarter: 'Second-quarter trade by itself' has period 2025-04..2025-06; 'up 4.5 percent year on year' "
        "is yoy. 'an acceleration from the 1.3 percent recorded in the first three months' is a stated growth rate of the first "
        "quarter (period 2025-01..2025-03, yoy), labelled like the prior-month rates of the old example set.",
        "'Measured against the January-March quarter, second-quarter trade grew 11.6 percent': growth over "
        "the previous quarter, basis qoq, period Q2; 'January-March quarter' is the comparison base, not the period.",
        "June paragraph: 'The half ended on a stronger footing in June' sets the period for the next sentence ('that "
        "month'): exports +7.2% and imports "
        "+2.3% are June 2025, yoy ('from a year earlier'). June exports 7.2 and H1 exports 7.2 have the same number "
        "but different periods: two facts. 'after falling for two months' is a streak: out. The June evidence says "
        "'that month' rather than June; the month comes from the sentence before it.",
        "Belt and Road: partner 'Belt and Road partner countries', value, growth and share (51.8 percent of the "
        "national total). 'since the initiative began in 2013' and 'inched higher each year' are out.",
        "Intermediate goods: product 'intermediate goods', flow total (share of 'China's foreign trade'); 'Trade in "
        "them grew 2.5 percent to 12.24 trillion yuan' carries the subject from the previous sentence.",
        "Mechanical and electrical products: exports value, growth, and share of exports ('60 percent of everything "
        "China sold abroad'). High-tech products: exports growth only.",
        "'A total of 606,000 enterprises recorded import or export activity': count, segment 'foreign trade "
        "enterprises' (any wording for businesses with import and export records), flow total, unit number, H1.",
        "Services: Ministry of Commerce data for January-May (2025-01..2025-05), product 'services'. 'It came to "
        "3.17 trillion yuan' refers back to 'Trade in services' (flow total); services exports value and growth "
        "also labelled.",
        "Out of scope, unlabelled: the customs official's 'trade with 167 partners had grown' (a "
        "conditional count); '90-day' truce, 'Geneva in May', 'expiry in August', second-quarter GDP (not trade flows); "
        "the economist's forecasts (export growth 'around 3 percent in the second half', full-year trade 'about 44.5 "
        "trillion yuan').",
    ],
    "facts": [
        fact(CN, "total", "growth", 2.9, "percent", H1, "2.9", TOTAL),
        fact(CN, "total", "value", 21.79e12, "CNY", H1, "21.79 trillion", TOTAL),
        fact(CN, "total", "value", 3.04e12, "USD", H1, "3.04 trillion", TOTAL, qualifier="approx"),
        fact(CN, "exports", "growth", 7.2, "percent", H1, "7.2", EXPORTS),
        fact(CN, "exports", "value", 13e12, "CNY", H1, "13 trillion", EXPORTS),
        fact(CN, "imports", "growth", -2.7, "percent", H1, "2.7", IMPORTS),
        fact(CN, "imports", "value", 8.79e12, "CNY", H1, "8.79 trillion", IMPORTS),
        fact(CN, "balance", "value", 4.21e12, "CNY", H1, "4.21 trillion", IMPORTS),
        fact(CN, "total", "value", 11.49e12, "CNY", Q2, "11.49 trillion", Q2_TRADE),
        fact(CN, "total", "growth", 4.5, "percent", Q2, "4.5", Q2_TRADE),
        fact(CN, "total", "growth", 1.3, "percent", Q1, "1.3", Q2_TRADE),
        fact(CN, "total", "growth", 11.6, "percent", Q2, "11.6", Q2_QOQ, basis="qoq"),
        fact(CN, "exports", "growth", 7.2, "percent", JUNE, "7.2", JUNE_TRADE),
        fact(CN, "imports", "growth", 2.3, "percent", JUNE, "2.3", JUNE_TRADE),
        fact(CN, "total", "growth", 4.7, "percent", H1, "4.7", BRI_TRADE, partner=BRI),
        fact(CN, "total", "value", 11.29e12, "CNY", H1, "11.29 trillion", BRI_TRADE, partner=BRI),
        fact(CN, "total", "share", 51.8, "percent", H1, "51.8", BRI_TRADE, partner=BRI),
        fact(CN, "total", "share", 56.2, "percent", H1, "56.2", INTERMEDIATE_SHARE, product="intermediate goods"),
        fact(CN, "total", "growth", 2.5, "percent", H1, "2.5", INTERMEDIATE_VALUE, product="intermediate goods"),
        fact(CN, "total", "value", 12.24e12, "CNY", H1, "12.24 trillion", INTERMEDIATE_VALUE,
             product="intermediate goods"),
        fact(CN, "exports", "value", 7.8e12, "CNY", H1, "7.8 trillion", MECH, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 9.5, "percent", H1, "9.5", MECH, product="mechanical and electrical products"),
        fact(CN, "exports", "share", 60, "percent", H1, "60", MECH, product="mechanical and electrical products"),
        fact(CN, "exports", "growth", 9.2, "percent", H1, "9.2", HIGH_TECH, product="high-tech products"),
        fact(CN, "total", "count", 606000, "number", H1, "606,000", FIRMS, segment="foreign trade enterprises"),
        fact(CN, "total", "value", 3.17e12, "CNY", JAN_MAY, "3.17 trillion", SERVICES, product="services"),
        fact(CN, "total", "growth", 8.2, "percent", JAN_MAY, "8.2", SERVICES, product="services"),
        fact(CN, "exports", "growth", 14.7, "percent", JAN_MAY, "14.7", SERVICES_EXPORTS, product="services"),
        fact(CN, "exports", "value", 1.37e12, "CNY", JAN_MAY, "1.37 trillion", SERVICES_EXPORTS, product="services"),
    ],
}

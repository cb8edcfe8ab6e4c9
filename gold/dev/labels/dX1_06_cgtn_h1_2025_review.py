from _fact import fact, period

H1 = period(2025, 1, 6)
Q1 = period(2025, 1, 3)
Q2 = period(2025, 4, 6)
JUNE = period(2025, 6)
JAN_MAY = period(2025, 1, 5)
CN = "China"
BRI = "Belt and Road partner countries"

TOTAL = (
    "total imports and exports rising 2.9 percent year on year to 21.79 trillion yuan (about $3.04 trillion)"
)
EXPORTS = "Exports grew 7.2 percent to 13 trillion yuan in the January-June period"
IMPORTS = "imports shrank 2.7 percent to 8.79 trillion yuan, leaving a surplus of 4.21 trillion yuan"
Q2_TRADE = (
    "Trade in the second quarter alone came to 11.49 trillion yuan, a 4.5 percent gain on a year earlier, "
    "up from 1.3 percent in the first three months"
)
Q2_QOQ = "Compared with the January-March quarter, the second-quarter figure was 11.6 percent higher"
JUNE_TRADE = "Exports rose 7.2 percent from a year earlier, and imports returned to growth with a 2.3 percent increase"
BRI_TRADE = (
    "Trade with Belt and Road partner countries climbed 4.7 percent to 11.29 trillion yuan, "
    "or 51.8 percent of the national total"
)
INTERMEDIATE_SHARE = (
    "Intermediate goods, the parts, components and raw materials that travel between factories across borders, "
    "accounted for 56.2 percent of China's foreign trade"
)
INTERMEDIATE_VALUE = "Their value rose 2.5 percent to 12.24 trillion yuan"
MECH = (
    "mechanical and electrical products were worth 7.8 trillion yuan, up 9.5 percent and equal to 60 percent "
    "of all outbound shipments"
)
HIGH_TECH = "exports of high-tech products grew 9.2 percent"
FIRMS = "The number of enterprises with import and export records reached 606,000 in the six months"
SERVICES = "In the first five months, it totaled 3.17 trillion yuan, up 8.2 percent"
SERVICES_EXPORTS = "services exports growing 14.7 percent to 1.37 trillion yuan"

ARTICLE = {
    "id": "dX1_06_cgtn_h1_2025_review",
    "title": "China's foreign trade grows 2.9% in H1 as second quarter gathers pace",
    "publisher": "CGTN",
    "published": "2025-07-14",
    "notes": [
        "Published Monday 2025-07-14 ('said on Monday'); the running period is the first half of 2025 "
        "(2025-01..2025-06). Area China throughout.",
        "'(about $3.04 trillion)' is the half-year total in dollars: a separate USD fact, qualifier approx.",
        "'leaving a surplus of 4.21 trillion yuan' is a stated balance (positive) for H1.",
        "Second quarter: 'Trade in the second quarter alone' has period 2025-04..2025-06; 'a 4.5 percent gain on a "
        "year earlier' is yoy. 'up from 1.3 percent in the first three months' is a stated growth rate of the first "
        "quarter (period 2025-01..2025-03, yoy), labelled like the prior-month rates of the old example set.",
        "'Compared with the January-March quarter, the second-quarter figure was 11.6 percent higher': growth over "
        "the previous quarter, basis qoq, period Q2; 'January-March quarter' is the comparison base, not the period.",
        "June paragraph: 'June capped the period' sets the period for the next sentence: exports +7.2% and imports "
        "+2.3% are June 2025, yoy ('from a year earlier'). June exports 7.2 and H1 exports 7.2 have the same number "
        "but different periods: two facts. 'after two months of decline' is a streak: out. The June evidence does "
        "not repeat the word June; the month comes from the sentence before it.",
        "Belt and Road: partner 'Belt and Road partner countries', value, growth and share (51.8 percent of the "
        "national total). 'since the initiative was launched in 2013' and 'edged up every year' are out.",
        "Intermediate goods: product 'intermediate goods', flow total (share of 'China's foreign trade'); 'Their value "
        "rose 2.5 percent to 12.24 trillion yuan' carries the subject from the previous sentence.",
        "Mechanical and electrical products: exports value, growth, and share of exports ('60 percent of all outbound "
        "shipments'). High-tech products: exports growth only.",
        "'The number of enterprises with import and export records reached 606,000': count, segment 'foreign trade "
        "enterprises' (any wording for businesses with import and export records), flow total, unit number, H1.",
        "Services: Ministry of Commerce data for the first five months (2025-01..2025-05), product 'services'. 'it "
        "totaled 3.17 trillion yuan' refers back to 'Services trade' (flow total); services exports value and growth "
        "also labelled.",
        "Out of scope, unlabelled: the customs official's 'trade with 167 of our trading partners increased' (a "
        "conditional count); '90-day' truce, 'Geneva in May', 'August expiry', second-quarter GDP (not trade flows); "
        "the analyst's forecasts (export growth 'around 3 percent in the second half', full-year trade 'about 44.5 "
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

from _fact import fact, period

NINE_MONTHS = period(2024, 1, 9)
FIRST_QUARTER = period(2024, 1, 3)
SECOND_QUARTER = period(2024, 4, 6)
THIRD_QUARTER = period(2024, 7, 9)
SEPTEMBER = period(2024, 9)

E_TOTAL = "in the first three quarters of this year, China's goods trade grew 5.3 percent from a year earlier, reaching 32.33 trillion yuan"
E_EXPORTS = "exports increased 6.2 percent to 18.62 trillion yuan"
E_IMPORTS = "imports rose 4.1 percent to 13.71 trillion yuan"
E_USD = "total imports and exports for January-September reached 4.55 trillion dollars, 3.4 percent more than a year earlier"
E_USD_FLOWS = "Exports grew 4.3 percent and imports 2.2 percent when measured in dollars."
E_QUARTERS = (
    "the first, second and third quarters recording 10.15 trillion yuan, 11 trillion yuan and 11.17 trillion yuan, "
    "respectively"
)
E_SEPTEMBER = "Foreign trade in September by itself amounted to 3.73 trillion yuan, 0.7 percent higher than a year earlier but 0.5 percent lower than in August."
E_ASEAN = (
    "ASEAN (the Association of Southeast Asian Nations) stayed China's largest trading partner, as two-way trade "
    "climbed 8.6 percent to 5.11 trillion yuan, equal to 15.8 percent of the national total."
)
E_EU_US = "Growth in trade with the European Union and the United States came in at 0.5 percent and 4.2 percent, respectively."
E_BRI = (
    "Over the nine months, trade with countries taking part in the Belt and Road Initiative grew 6.3 percent to "
    "15.21 trillion yuan."
)
E_BRI_SHARE = "That amount represented 47.1 percent of the nation's overall foreign trade."
E_PRIVATE = "their imports and exports climbing 9.4 percent to 17.78 trillion yuan and accounting for 55 percent of the national total"
BRI = "Belt and Road partner countries"
PRIVATE = "private enterprises"

ARTICLE = {
    "id": "dP1_04_xinhua_q1q3_dollar_terms",
    "title": "China's goods trade expands 5.3 pct in January-September period",
    "publisher": "Xinhua",
    "published": "2024-10-14",
    "notes": [
        "The text never states the year: 'first three quarters of this year' and the Oct. 14 dateline take 2024 from the published date.",
        "Dollar-denominated growth rates (3.4, 4.3, 2.2) are separate facts from the yuan-denominated ones (5.3, 6.2, 4.1): the record has no currency field for growth, so each growth stands as written.",
        "The dollar total '4.55 trillion dollars' is stated without 'about': qualifier exact.",
        "Quarterly totals in a 'respectively' list: first quarter 2024-01/03, second 2024-04/06, third 2024-07/09.",
        "'For the first time, the value of trade went above 10 trillion yuan in each quarter': a milestone restated by the exact quarterly figures; only the exact figures are labelled.",
        "September: '0.5 percent lower than in August' is month-on-month growth (basis mom), -0.5.",
        "ASEAN's rank ('largest trading partner') is labelled; EU and US growth come from a 'respectively' list.",
        "The Belt and Road share sits in the next sentence ('That amount represented 47.1 percent'); its evidence is that sentence, the subject carried over.",
        "Private enterprises: '2.1 percentage points higher' is a percentage-point difference, out.",
        "'China's trade with over 160 countries and regions increased': a conditional count, out.",
        "'Roughly 643,000 enterprises recorded actual import and export activity': count of foreign trade enterprises, qualifier approx ('roughly'); 'more than the number for all of last year' is a comparison, out.",
        "Press-conference remarks about the fourth quarter and the Friday GDP release: out of scope.",
    ],
    "facts": [
        fact("China", "total", "growth", 5.3, "percent", NINE_MONTHS, "5.3", E_TOTAL),
        fact("China", "total", "value", 32.33e12, "CNY", NINE_MONTHS, "32.33 trillion", E_TOTAL),
        fact("China", "exports", "growth", 6.2, "percent", NINE_MONTHS, "6.2", E_EXPORTS),
        fact("China", "exports", "value", 18.62e12, "CNY", NINE_MONTHS, "18.62 trillion", E_EXPORTS),
        fact("China", "imports", "growth", 4.1, "percent", NINE_MONTHS, "4.1", E_IMPORTS),
        fact("China", "imports", "value", 13.71e12, "CNY", NINE_MONTHS, "13.71 trillion", E_IMPORTS),
        fact("China", "balance", "value", 4.91e12, "CNY", NINE_MONTHS, "4.91 trillion",
             "producing a trade surplus of 4.91 trillion yuan"),
        fact("China", "total", "value", 4.55e12, "USD", NINE_MONTHS, "4.55 trillion", E_USD),
        fact("China", "total", "growth", 3.4, "percent", NINE_MONTHS, "3.4", E_USD),
        fact("China", "exports", "growth", 4.3, "percent", NINE_MONTHS, "4.3", E_USD_FLOWS),
        fact("China", "imports", "growth", 2.2, "percent", NINE_MONTHS, "2.2", E_USD_FLOWS),
        fact("China", "total", "value", 10.15e12, "CNY", FIRST_QUARTER, "10.15 trillion", E_QUARTERS),
        fact("China", "total", "value", 11e12, "CNY", SECOND_QUARTER, "11 trillion", E_QUARTERS),
        fact("China", "total", "value", 11.17e12, "CNY", THIRD_QUARTER, "11.17 trillion", E_QUARTERS),
        fact("China", "total", "value", 3.73e12, "CNY", SEPTEMBER, "3.73 trillion", E_SEPTEMBER),
        fact("China", "total", "growth", 0.7, "percent", SEPTEMBER, "0.7", E_SEPTEMBER),
        fact("China", "total", "growth", -0.5, "percent", SEPTEMBER, "0.5", E_SEPTEMBER, basis="mom"),
        fact("China", "total", "rank", 1, "number", NINE_MONTHS, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8.6, "percent", NINE_MONTHS, "8.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 5.11e12, "CNY", NINE_MONTHS, "5.11 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 15.8, "percent", NINE_MONTHS, "15.8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 0.5, "percent", NINE_MONTHS, "0.5", E_EU_US, partner="European Union"),
        fact("China", "total", "growth", 4.2, "percent", NINE_MONTHS, "4.2", E_EU_US, partner="United States"),
        fact("China", "total", "value", 15.21e12, "CNY", NINE_MONTHS, "15.21 trillion", E_BRI, partner=BRI),
        fact("China", "total", "growth", 6.3, "percent", NINE_MONTHS, "6.3", E_BRI, partner=BRI),
        fact("China", "total", "share", 47.1, "percent", NINE_MONTHS, "47.1", E_BRI_SHARE, partner=BRI),
        fact("China", "total", "growth", 9.4, "percent", NINE_MONTHS, "9.4", E_PRIVATE, segment=PRIVATE),
        fact("China", "total", "value", 17.78e12, "CNY", NINE_MONTHS, "17.78 trillion", E_PRIVATE, segment=PRIVATE),
        fact("China", "total", "share", 55, "percent", NINE_MONTHS, "55", E_PRIVATE, segment=PRIVATE),
        fact("China", "total", "count", 643000, "number", NINE_MONTHS, "643,000",
             "Roughly 643,000 enterprises recorded actual import and export activity in the first three quarters",
             segment="foreign trade enterprises", qualifier="approx"),
    ],
}

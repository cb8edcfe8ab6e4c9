from _fact import fact, period

YEAR = period(2024, 1, 12)
YEAR_2023 = period(2023, 1, 12)
JAN_OCT = period(2024, 1, 10)
EU = "European Union"
EV = "electric vehicles"

TOTAL = (
    "China's General Administration of Customs put bilateral trade in 2024 at 5.59 trillion yuan (about 785.8 billion "
    "U.S. dollars)"
)
TOTAL_GROWTH_CNY = "That represented growth of 1.6 percent when counted in yuan"
TOTAL_GROWTH_USD = "but only 0.4 percent in dollar terms"
RANK = "Behind the Association of Southeast Asian Nations, the EU remained China's second-largest trading partner"
SHARE = "making up 12.7 percent of China's total foreign trade"
EXPORTS = "China's exports to the EU climbed 3 percent to 516.4 billion dollars"
IMPORTS = "its imports from EU members fell 4.4 percent to 269.4 billion dollars"
SURPLUS = "China's surplus with the bloc expanded to 247 billion dollars"
MEMBERS = (
    "China's trade with Germany, the Netherlands and France was 202.6, 118.2 and 79.8 billion dollars respectively"
)
GERMANY = "China-Germany trade fell 2.2 percent in 2024"
FRANCE = "trade with France was down 1.3 percent"
EV_VALUE = (
    "the value of China's electric vehicle exports to the EU fell 10.4 percent last year to 9.9 billion dollars"
)
EV_UNITS = "roughly 480,000 units were shipped"
EV_SHARE = (
    "The EU accounted for 38 percent of the value of China's electric vehicle exports, down from 41 percent in 2023"
)
EU_DEFICIT = (
    "According to Eurostat data for January to October, the EU's goods trade deficit with China was 249.6 billion "
    "euros, about 3 percent smaller than the figure a year earlier"
)
EU_EXPORTS = "the EU's exports to China dropped 4.5 percent to 175.3 billion euros"
EU_IMPORTS = "its imports from China edged down 1.6 percent to 424.9 billion euros"

ARTICLE = {
    "id": "dW1_04_xinhua_china_eu_trade_2024",
    "title": "China's trade with EU rises slightly in 2024 on stronger exports to the bloc",
    "publisher": "Xinhua",
    "published": "2025-01-15",
    "notes": [
        "Dateline 'Jan. 15' has no year: the year comes from the published date; 'last year' and 'in 2024' are "
        "2024-01/2024-12.",
        "The 5.59 trillion yuan total and its bracketed dollar conversion are two facts; the dollar one is approx "
        "('about').",
        "Two growth rates for the same total (1.6 percent counted in yuan, 0.4 percent in dollar terms) are both "
        "labelled: the record has no currency for a growth rate, so they differ only by value.",
        "'but only 0.4 percent in dollar terms': the level of a growth rate, positive 0.4 (the wording lowers the "
        "rate, the rate itself is a gain).",
        "'Behind the Association of Southeast Asian Nations ... second-largest trading partner': rank 2 for the EU "
        "(total). ASEAN's first place is only implied, not stated as a number: not labelled.",
        "Member states (Germany, the Netherlands, France): values listed with 'respectively' and one scale word "
        "after the last figure; the first two take 'billion' from the list. Area China (Chinese customs data), "
        "partner the member state, flow total.",
        "'the Netherlands showed almost no change': no number, nothing labelled.",
        "EV exports to the EU: value and growth (down 10.4) labelled; 'roughly 480,000 units' is a quantity of "
        "vehicles (unit number, approx). It is a level, not volume growth beside value growth, so it stays in.",
        "'The EU accounted for 38 percent of the value of China's electric vehicle exports, down from 41 percent in "
        "2023': share of China's EV exports going to the EU; 41 is a stated observation of 2023 and is labelled "
        "with period 2023.",
        "Eurostat paragraph is the EU's own view: area European Union, partner China, period January-October 2024 "
        "(year from the article's running period). The deficit is negative; 'about 3 percent smaller' is the growth "
        "of the deficit following its word, -3, approx.",
        "China's surplus 'expanded to 247 billion dollars': the balance value only; 'expanded' gives no rate.",
        "Out of scope: EU countervailing duty rates (7.8 to 35.3 percent) and the 10 percent tariff, 'the 27 member "
        "states', 19,000 freight train trips, the 50th anniversary, the researcher's 2 to 3 percent forecast for 2025, "
        "euro area GDP growth of 0.8 percent.",
    ],
    "facts": [
        fact("China", "total", "value", 5.59e12, "CNY", YEAR, "5.59 trillion", TOTAL, partner=EU),
        fact("China", "total", "value", 785.8e9, "USD", YEAR, "785.8 billion", TOTAL, partner=EU, qualifier="approx"),
        fact("China", "total", "growth", 1.6, "percent", YEAR, "1.6", TOTAL_GROWTH_CNY, partner=EU),
        fact("China", "total", "growth", 0.4, "percent", YEAR, "0.4", TOTAL_GROWTH_USD, partner=EU),
        fact("China", "total", "rank", 2, "number", YEAR, "second", RANK, partner=EU),
        fact("China", "total", "share", 12.7, "percent", YEAR, "12.7", SHARE, partner=EU),
        fact("China", "exports", "growth", 3, "percent", YEAR, "3", EXPORTS, partner=EU),
        fact("China", "exports", "value", 516.4e9, "USD", YEAR, "516.4 billion", EXPORTS, partner=EU),
        fact("China", "imports", "growth", -4.4, "percent", YEAR, "4.4", IMPORTS, partner=EU),
        fact("China", "imports", "value", 269.4e9, "USD", YEAR, "269.4 billion", IMPORTS, partner=EU),
        fact("China", "balance", "value", 247e9, "USD", YEAR, "247 billion", SURPLUS, partner=EU),
        fact("China", "total", "value", 202.6e9, "USD", YEAR, "202.6", MEMBERS, partner="Germany"),
        fact("China", "total", "value", 118.2e9, "USD", YEAR, "118.2", MEMBERS, partner="Netherlands"),
        fact("China", "total", "value", 79.8e9, "USD", YEAR, "79.8 billion", MEMBERS, partner="France"),
        fact("China", "total", "growth", -2.2, "percent", YEAR, "2.2", GERMANY, partner="Germany"),
        fact("China", "total", "growth", -1.3, "percent", YEAR, "1.3", FRANCE, partner="France"),
        fact("China", "exports", "value", 9.9e9, "USD", YEAR, "9.9 billion", EV_VALUE, partner=EU, product=EV),
        fact("China", "exports", "growth", -10.4, "percent", YEAR, "10.4", EV_VALUE, partner=EU, product=EV),
        fact("China", "exports", "quantity", 480000, "number", YEAR, "480,000", EV_UNITS, partner=EU, product=EV,
             qualifier="approx"),
        fact("China", "exports", "share", 38, "percent", YEAR, "38", EV_SHARE, partner=EU, product=EV),
        fact("China", "exports", "share", 41, "percent", YEAR_2023, "41", EV_SHARE, partner=EU, product=EV),
        fact(EU, "balance", "value", -249.6e9, "EUR", JAN_OCT, "249.6 billion", EU_DEFICIT, partner="China"),
        fact(EU, "balance", "growth", -3, "percent", JAN_OCT, "3", EU_DEFICIT, partner="China", qualifier="approx"),
        fact(EU, "exports", "growth", -4.5, "percent", JAN_OCT, "4.5", EU_EXPORTS, partner="China"),
        fact(EU, "exports", "value", 175.3e9, "EUR", JAN_OCT, "175.3 billion", EU_EXPORTS, partner="China"),
        fact(EU, "imports", "growth", -1.6, "percent", JAN_OCT, "1.6", EU_IMPORTS, partner="China"),
        fact(EU, "imports", "value", 424.9e9, "EUR", JAN_OCT, "424.9 billion", EU_IMPORTS, partner="China"),
    ],
}

from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
NB = "Ningbo"
US = "United States"
ME = "mechanical and electrical products"

TOTAL = (
    "our city's imports and exports totaled 10,618.2 hundred million yuan in this year's first three quarters, up "
    "5.6% year on year (the same below), which was 25.6% of the provincial total and placed the city fifth among "
    "Chinese cities"
)
EXPORTS = "exports came to 6,785.4 hundred million yuan, rising 7.9% and making up 21.4% of the province's exports"
IMPORTS = "imports amounted to 3,832.8 hundred million yuan, up 1.8%"
SEPT = (
    "The city's September imports and exports stood at 1,268.5 hundred million yuan, the year's highest monthly "
    "figure to date, rising 9.4% and gaining 3.2% month on month"
)
EU = (
    "the city's largest trading partner was still the EU, with two-way trade rising 6.2% to 1,712.3 hundred million "
    "yuan"
)
US_EXPORTS = (
    "the city's exports to the United States, its second-largest export market, fell 10.4% to 1,152.0 hundred million"
    " yuan"
)
ASEAN_AFRICA = (
    "trade with ASEAN and Africa came to 1,189.7 hundred million yuan and 611.8 hundred million yuan respectively, up"
    " 13.5% and 15.2% respectively"
)
PRIVATE = "Imports and exports by private enterprises grew 7.4% and made up 75.8% of the city's total"
FIRMS = "29,215 enterprises in the city had actual import and export records"
MECH = (
    "the city exported 3,910.5 hundred million yuan of mechanical and electrical products, up 9.1%, or 57.6% of its "
    "total exports"
)
AUTOS = "exports of automobiles jumped 24.8%"
CRUDE = "crude oil imports dropped 9.8%"

ARTICLE = {
    "id": "dZ1_03_gov_ningbo_zhoushan_port_city_2025_q1_q3",
    "title": "Ningbo Foreign Trade Expands 5.6% in Jan-Sep",
    "publisher": "Ningbo Municipal People's Government",
    "published": "2025-10-24",
    "notes": [
        "Translated municipal release: 'our city' is Ningbo (named by Ningbo Customs and the source line); 'this year' is "
        "2025 from the source line's date. The running period is the first three quarters (2025-01..2025-09); 'The "
        "city's September imports and exports' are 2025-09.",
        "'(the same below)' makes every later growth rate year-on-year; the one explicit exception is 'gaining 3.2% month "
        "on month' (basis mom) for September.",
        "'hundred million yuan' figures are scaled by 1e8: 10,618.2 hundred million -> 1.06182e12. The ASEAN and Africa figures are "
        "paired with their growth rates by 'respectively'.",
        "'25.6% of the provincial total' and '21.4% of the province's exports' are Ningbo's shares of "
        "Zhejiang (share, area Ningbo).",
        "'placed the city fifth among Chinese cities' is a stated rank of Ningbo's total trade among Chinese cities: rank 5, "
        "no partner (a guide question: the guide's rank examples are partners; this is an area's rank).",
        "'the city's largest trading partner was still the EU' is rank 1 (total); 'its second-largest export "
        "market' is rank 2 of the United States, flow exports.",
        "'fell 10.4%' and 'dropped 9.8%' are negative growth.",
        "Segment 'private enterprises' for the 7.4% growth and 75.8% share; the count 29,215 is segment 'foreign trade "
        "enterprises' ('enterprises in the city had actual import and export records').",
        "Products in the text's words: 'mechanical and electrical products' (exports: value, growth, share of the city's "
        "exports), 'automobiles' (exports), 'crude oil' (imports).",
        "Out of scope, unlabelled: 'adding 5.5 percentage points to Ningbo's foreign trade growth' (contribution), '1,856 more "
        "than a year earlier' (derived difference of a count), 'the year's highest monthly figure to date' "
        "(milestone), port cargo throughput 1.06 billion tonnes (+3.9%) and container throughput 30.52 million TEUs "
        "(+7.1%) and their world ranks (port handling, not a trade flow), the 1.4 trillion yuan annual target (target), "
        "the source line's date.",
    ],
    "facts": [
        fact(NB, "total", "value", 10618.2e8, "CNY", Q1_Q3, "10,618.2 hundred million", TOTAL),
        fact(NB, "total", "growth", 5.6, "percent", Q1_Q3, "5.6", TOTAL),
        fact(NB, "total", "share", 25.6, "percent", Q1_Q3, "25.6", TOTAL),
        fact(NB, "total", "rank", 5, "number", Q1_Q3, "fifth", TOTAL),
        fact(NB, "exports", "value", 6785.4e8, "CNY", Q1_Q3, "6,785.4 hundred million", EXPORTS),
        fact(NB, "exports", "growth", 7.9, "percent", Q1_Q3, "7.9", EXPORTS),
        fact(NB, "exports", "share", 21.4, "percent", Q1_Q3, "21.4", EXPORTS),
        fact(NB, "imports", "value", 3832.8e8, "CNY", Q1_Q3, "3,832.8 hundred million", IMPORTS),
        fact(NB, "imports", "growth", 1.8, "percent", Q1_Q3, "1.8", IMPORTS),
        fact(NB, "total", "value", 1268.5e8, "CNY", SEPTEMBER, "1,268.5 hundred million", SEPT),
        fact(NB, "total", "growth", 9.4, "percent", SEPTEMBER, "9.4", SEPT),
        fact(NB, "total", "growth", 3.2, "percent", SEPTEMBER, "3.2", SEPT, basis="mom"),
        fact(NB, "total", "rank", 1, "number", Q1_Q3, "largest", EU, partner="European Union"),
        fact(NB, "total", "value", 1712.3e8, "CNY", Q1_Q3, "1,712.3 hundred million", EU, partner="European Union"),
        fact(NB, "total", "growth", 6.2, "percent", Q1_Q3, "6.2", EU, partner="European Union"),
        fact(NB, "exports", "rank", 2, "number", Q1_Q3, "second-largest", US_EXPORTS, partner=US),
        fact(NB, "exports", "value", 1152.0e8, "CNY", Q1_Q3, "1,152.0 hundred million", US_EXPORTS, partner=US),
        fact(NB, "exports", "growth", -10.4, "percent", Q1_Q3, "10.4", US_EXPORTS, partner=US),
        fact(NB, "total", "value", 1189.7e8, "CNY", Q1_Q3, "1,189.7 hundred million", ASEAN_AFRICA, partner="ASEAN"),
        fact(NB, "total", "value", 611.8e8, "CNY", Q1_Q3, "611.8 hundred million", ASEAN_AFRICA, partner="Africa"),
        fact(NB, "total", "growth", 13.5, "percent", Q1_Q3, "13.5", ASEAN_AFRICA, partner="ASEAN"),
        fact(NB, "total", "growth", 15.2, "percent", Q1_Q3, "15.2", ASEAN_AFRICA, partner="Africa"),
        fact(NB, "total", "growth", 7.4, "percent", Q1_Q3, "7.4", PRIVATE, segment="private enterprises"),
        fact(NB, "total", "share", 75.8, "percent", Q1_Q3, "75.8", PRIVATE, segment="private enterprises"),
        fact(NB, "total", "count", 29215, "number", Q1_Q3, "29,215", FIRMS, segment="foreign trade enterprises"),
        fact(NB, "exports", "value", 3910.5e8, "CNY", Q1_Q3, "3,910.5 hundred million", MECH, product=ME),
        fact(NB, "exports", "growth", 9.1, "percent", Q1_Q3, "9.1", MECH, product=ME),
        fact(NB, "exports", "share", 57.6, "percent", Q1_Q3, "57.6", MECH, product=ME),
        fact(NB, "exports", "growth", 24.8, "percent", Q1_Q3, "24.8", AUTOS, product="automobiles"),
        fact(NB, "imports", "growth", -9.8, "percent", Q1_Q3, "9.8", CRUDE, product="crude oil"),
    ],
}

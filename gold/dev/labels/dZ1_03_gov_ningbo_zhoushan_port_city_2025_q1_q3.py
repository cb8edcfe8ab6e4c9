from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
NB = "Ningbo"
US = "United States"
ME = "mechanical and electrical products"

TOTAL = (
    "the total import and export value of our city reached 10,618.2 hundred million yuan, a year-on-year increase of 5.6% "
    "(the same below), accounting for 25.6% of the province's total and ranking fifth among cities nationwide"
)
EXPORTS = (
    "exports were 6,785.4 hundred million yuan, an increase of 7.9%, accounting for 21.4% of the province's exports"
)
IMPORTS = "imports were 3,832.8 hundred million yuan, an increase of 1.8%"
SEPT = (
    "In September, the city's imports and exports were 1,268.5 hundred million yuan, an increase of 9.4%, and a "
    "month-on-month increase of 3.2%"
)
EU = (
    "the EU remained the city's largest trading partner, with imports and exports of 1,712.3 hundred million yuan, an "
    "increase of 6.2%"
)
US_EXPORTS = (
    "exports to the United States, the city's second-largest export market, were 1,152.0 hundred million yuan, a decrease "
    "of 10.4%"
)
ASEAN_AFRICA = (
    "imports and exports with ASEAN and Africa were 1,189.7 hundred million yuan and 611.8 hundred million yuan "
    "respectively, increases of "
    "13.5% and 15.2% respectively"
)
PRIVATE = (
    "The import and export of private enterprises increased by 7.4%, accounting for 75.8% of the city's total"
)
FIRMS = "the number of enterprises with actual import and export performance in the city reached 29,215"
MECH = (
    "exports of mechanical and electrical products were 3,910.5 hundred million yuan, an increase of 9.1%, accounting for "
    "57.6% of the city's total exports"
)
AUTOS = "exports of automobiles increased by 24.8%"
CRUDE = "imports of crude oil decreased by 9.8%"

ARTICLE = {
    "id": "dZ1_03_gov_ningbo_zhoushan_port_city_2025_q1_q3",
    "title": "Ningbo's Foreign Trade Grows 5.6% in First Three Quarters",
    "publisher": "Ningbo Municipal People's Government",
    "published": "2025-10-24",
    "notes": [
        "Translated municipal release: 'our city' is Ningbo (named by Ningbo Customs and the source line); 'this year' is "
        "2025 from the source line's date. The running period is the first three quarters (2025-01..2025-09); 'In "
        "September' is 2025-09.",
        "'(the same below)' makes every later growth rate year-on-year; the one explicit exception is 'a month-on-month "
        "increase of 3.2%' (basis mom) for September.",
        "'hundred million yuan' figures are scaled by 1e8: 10,618.2 hundred million -> 1.06182e12. The ASEAN and Africa figures are "
        "paired with their growth rates by 'respectively'.",
        "'accounting for 25.6% of the province's total' and '21.4% of the province's exports' are Ningbo's shares of "
        "Zhejiang (share, area Ningbo).",
        "'ranking fifth among cities nationwide' is a stated rank of Ningbo's total trade among Chinese cities: rank 5, "
        "no partner (a guide question: the guide's rank examples are partners; this is an area's rank).",
        "'the EU remained the city's largest trading partner' is rank 1 (total); 'the city's second-largest export "
        "market' is rank 2 of the United States, flow exports.",
        "'a decrease of 10.4%' and 'decreased by 9.8%' are negative growth.",
        "Segment 'private enterprises' for the 7.4% growth and 75.8% share; the count 29,215 is segment 'foreign trade "
        "enterprises' ('enterprises with actual import and export performance').",
        "Products in the text's words: 'mechanical and electrical products' (exports: value, growth, share of the city's "
        "exports), 'automobiles' (exports), 'crude oil' (imports).",
        "Out of scope, unlabelled: 'contributing 5.5 percentage points to the growth' (contribution), 'an increase of 1,856 "
        "over the same period last year' (derived difference of a count), 'the highest monthly level so far this year' "
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

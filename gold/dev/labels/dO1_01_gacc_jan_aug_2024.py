"""Hand labels for dO1_01_gacc_jan_aug_2024 (set O, held out): GACC English release, January-August 2024."""

from _fact import fact, period

JAN_AUG = period(2024, 1, 8)
AUGUST = period(2024, 8)

E_TOTAL = "China's goods imports and exports over January-August 2024 were worth a combined RMB28.58 trillion, a rise of 6% year-on-year"
E_EXPORTS = "Exports grew 6.9% to RMB16.45 trillion"
E_IMPORTS = "imports gained 4.8% to RMB12.13 trillion"
E_USD = "Measured in US dollars, the eight-month total came to USD4.02 trillion, 3.5% more than a year before"
E_USD_SPLIT = "with exports climbing 4.6% and imports 2.1%."
E_AUGUST = "August's trade alone reached RMB3.79 trillion, a 6.5% year-on-year increase and 1.8% above July"
E_ASEAN = "ASEAN kept its place as the largest of China's trading partners, with RMB4.6 trillion in two-way trade, or 16.1% of everything China traded"
E_PARTNERS = "trade with ASEAN, the EU and the US increased by 9.5%, 0.9% and 4.9% respectively"
E_BRI = "Belt and Road partner countries took RMB14.38 trillion of China's imports and exports, 7% more than a year earlier and 50.3% of the total"
E_PRIVATE = "Trade by private enterprises grew 9.4% to RMB15.75 trillion, making up 55.1% of the national total"
E_MECH = "Exports of mechanical and electrical products climbed 8.8% to RMB9.75 trillion, equal to 59.3% of all exports"

MECH = "mechanical and electrical products"
BRI = "Belt and Road partner countries"

ARTICLE = {
    "id": "dO1_01_gacc_jan_aug_2024",
    "title": "Overview of China's Goods Trade, January to August 2024",
    "publisher": "General Administration of Customs of the People's Republic of China",
    "published": "2024-09-10",
    "notes": [
        "GACC English-language release: the publisher is the agency named in the closing line; the date line gives published.",
        "Running period January-August 2024 from the first paragraph; the August-only paragraph is the single month.",
        "'a 6.5% year-on-year increase and 1.8% above July': two growth facts for August, yoy and mom.",
        "US dollar paragraph: total in USD and the dollar-terms growth of total, exports and imports labelled as separate facts beside the yuan ones (growth in two currencies share every field but the value).",
        "The USD trade surplus is not stated (only the yuan one): nothing labelled for it.",
        "'ASEAN kept its place as the largest of China's trading partners': rank 1 with partner ASEAN.",
        "'ASEAN, the EU and the US increased by 9.5%, 0.9% and 4.9% respectively': three partner growth facts; the order of the list is not labelled as ranks.",
        "Percentage-point comparisons (0.3 against January-July, 0.5 for Belt and Road, 1.7 for private enterprises): out.",
        "'no other month this year has come close to that level': no number, not labelled; foreign-invested and state-owned enterprises 'also traded more': no figure.",
        "ADP equipment, integrated circuits and automobiles 'each posted higher exports' and Latin America/Africa 'saw trade expand': no figures, nothing labelled.",
        "Labour-intensive products: only growth is given (exports, 1.3).",
    ],
    "facts": [
        fact("China", "total", "value", 28.58e12, "CNY", JAN_AUG, "28.58 trillion", E_TOTAL),
        fact("China", "total", "growth", 6, "percent", JAN_AUG, "6", E_TOTAL),
        fact("China", "exports", "value", 16.45e12, "CNY", JAN_AUG, "16.45 trillion", E_EXPORTS),
        fact("China", "exports", "growth", 6.9, "percent", JAN_AUG, "6.9", E_EXPORTS),
        fact("China", "imports", "value", 12.13e12, "CNY", JAN_AUG, "12.13 trillion", E_IMPORTS),
        fact("China", "imports", "growth", 4.8, "percent", JAN_AUG, "4.8", E_IMPORTS),
        fact("China", "balance", "value", 4.32e12, "CNY", JAN_AUG, "4.32 trillion", "Exports exceeded imports by RMB4.32 trillion, a surplus for the period."),
        fact("China", "total", "value", 4.02e12, "USD", JAN_AUG, "4.02 trillion", E_USD),
        fact("China", "total", "growth", 3.5, "percent", JAN_AUG, "3.5", E_USD),
        fact("China", "exports", "growth", 4.6, "percent", JAN_AUG, "4.6", E_USD_SPLIT),
        fact("China", "imports", "growth", 2.1, "percent", JAN_AUG, "2.1", E_USD_SPLIT),
        fact("China", "total", "value", 3.79e12, "CNY", AUGUST, "3.79 trillion", E_AUGUST),
        fact("China", "total", "growth", 6.5, "percent", AUGUST, "6.5", E_AUGUST),
        fact("China", "total", "growth", 1.8, "percent", AUGUST, "1.8", E_AUGUST, basis="mom"),
        fact("China", "total", "rank", 1, "number", JAN_AUG, "largest", "ASEAN kept its place as the largest of China's trading partners", partner="ASEAN"),
        fact("China", "total", "value", 4.6e12, "CNY", JAN_AUG, "4.6 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.1, "percent", JAN_AUG, "16.1", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 9.5, "percent", JAN_AUG, "9.5", E_PARTNERS, partner="ASEAN"),
        fact("China", "total", "growth", 0.9, "percent", JAN_AUG, "0.9", E_PARTNERS, partner="European Union"),
        fact("China", "total", "growth", 4.9, "percent", JAN_AUG, "4.9", E_PARTNERS, partner="United States"),
        fact("China", "total", "value", 14.38e12, "CNY", JAN_AUG, "14.38 trillion", E_BRI, partner=BRI),
        fact("China", "total", "growth", 7, "percent", JAN_AUG, "7", E_BRI, partner=BRI),
        fact("China", "total", "share", 50.3, "percent", JAN_AUG, "50.3", E_BRI, partner=BRI),
        fact("China", "total", "value", 15.75e12, "CNY", JAN_AUG, "15.75 trillion", E_PRIVATE, segment="private enterprises"),
        fact("China", "total", "growth", 9.4, "percent", JAN_AUG, "9.4", E_PRIVATE, segment="private enterprises"),
        fact("China", "total", "share", 55.1, "percent", JAN_AUG, "55.1", E_PRIVATE, segment="private enterprises"),
        fact("China", "exports", "value", 9.75e12, "CNY", JAN_AUG, "9.75 trillion", E_MECH, product=MECH),
        fact("China", "exports", "growth", 8.8, "percent", JAN_AUG, "8.8", E_MECH, product=MECH),
        fact("China", "exports", "share", 59.3, "percent", JAN_AUG, "59.3", E_MECH, product=MECH),
        fact(
            "China",
            "exports",
            "growth",
            1.3,
            "percent",
            JAN_AUG,
            "1.3",
            "Labour-intensive products, meanwhile, saw exports rise 1.3%",
            product="labour-intensive products",
        ),
    ],
}

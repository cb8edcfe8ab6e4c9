from _fact import fact, period

H1 = period(2025, 1, 6)
H1_2024 = period(2024, 1, 6)
JUN = period(2025, 6)

LEAD = "German companies shipped goods worth €786.0 billion ($916 billion) abroad between January and June, 0.1% less than in the first half of 2024"
IMP = "Imports rose 4.4% over the same period to €682.0 billion"
SURPLUS = "the country's trade surplus, long a source of friction with Washington, narrowed to €104.0 billion, down from €133.7 billion a year earlier"
US = "The US remained the largest market for goods \"made in Germany,\" taking products worth €77.6 billion"
US_G = "But that was 3.9% less than a year before"
CARS = "Exports of cars and car parts to the US slumped 8.6%"
US_BAL = "Germany's surplus with the US, at €30.2 billion, was still bigger than with any other trading partner, though 12.8% below the previous year's level"
FR_BAL = "France came next, with a surplus of €25.8 billion"
CN = "Imports from the world's second-largest economy jumped 10.7% to €81.3 billion, while German exports to the country sank 14.3% to €41.3 billion"
CN_BAL = "That left Germany with a deficit of €40.0 billion in its trade with China, 58.4% more than in the first half of 2024"
CN_RANK = "China thus remained by far Germany's biggest supplier"
NL = "The Netherlands, through whose ports much of the country's oil, gas and raw materials arrive, ranked second among supplier countries with goods worth €49.3 billion, an increase of 3.0%"
EU = "Exports to the other EU member states grew 1.2%"
FR = "France was the second-biggest single customer, buying German goods worth €61.2 billion, down 1.4%"
JUNE = "Figures for June alone, published earlier this month, showed exports rising 0.8% from May to €130.5 billion in calendar and seasonally adjusted terms"

ARTICLE = {
    "id": "dAB2_04_dw_germany_h1_2025_trade",
    "title": "German exports stall in first half as US sales shrink",
    "publisher": "DW",
    "published": "2025-08-20",
    "notes": [
        "Area Germany throughout (the article's economy); every half-year figure is January-June 2025 unless the text names another period.",
        "'($916 billion)': the same observation as the EUR export value, converted; separate USD fact, approx.",
        "'down from €133.7 billion a year earlier': the surplus of the first half of 2024, labelled as its own observation with period 2024-01..2024-06.",
        "'But that was 3.9% less than a year before': 'that' refers back to exports to the US (previous sentence); partner United States.",
        "'Exports of cars and car parts to the US': product 'cars and car parts', partner United States.",
        "'surplus with the US ... still bigger than with any other trading partner': implies rank 1 of the balance, but no number is written; not labelled. Likewise 'France came next' (rank 2 of the surplus) is not labelled.",
        "'12.8% below the previous year's level': growth of the surplus with the US, -12.8.",
        "'Imports from the world's second-largest economy' and 'German exports to the country': partner China. 'second-largest economy' is a GDP rank, not a trade rank; out of scope, unlabelled.",
        "'a deficit of €40.0 billion in its trade with China, 58.4% more': balance -40.0e9; the deficit's growth follows its wording ('more'), +58.4.",
        "'China ... biggest supplier': imports rank 1, partner China. 'The Netherlands ... ranked second among supplier countries': imports rank 2.",
        "'France was the second-biggest single customer': exports rank 2, partner France.",
        "'Exports to the other EU member states grew 1.2%': partner European Union. 'more than half' of exports is not a written number; unlabelled.",
        "June: '0.8% from May' is month-on-month (basis mom), June 2025; the €130.5 billion is the June export value.",
        "Out of scope, unlabelled: the 'around 1%' export forecast for 2025, 'the third annual decline in a row' (streak), GDP contraction of 0.3% in the second quarter (not a trade flow), the years.",
    ],
    "facts": [
        fact("Germany", "exports", "value", 786.0e9, "EUR", H1, "786.0 billion", LEAD),
        fact("Germany", "exports", "value", 916e9, "USD", H1, "916 billion", LEAD, qualifier="approx"),
        fact("Germany", "exports", "growth", -0.1, "percent", H1, "0.1", LEAD),
        fact("Germany", "imports", "growth", 4.4, "percent", H1, "4.4", IMP),
        fact("Germany", "imports", "value", 682.0e9, "EUR", H1, "682.0 billion", IMP),
        fact("Germany", "balance", "value", 104.0e9, "EUR", H1, "104.0 billion", SURPLUS),
        fact("Germany", "balance", "value", 133.7e9, "EUR", H1_2024, "133.7 billion", SURPLUS),
        fact("Germany", "exports", "rank", 1, "number", H1, "largest", US, partner="United States"),
        fact("Germany", "exports", "value", 77.6e9, "EUR", H1, "77.6 billion", US, partner="United States"),
        fact("Germany", "exports", "growth", -3.9, "percent", H1, "3.9", US_G, partner="United States"),
        fact("Germany", "exports", "growth", -8.6, "percent", H1, "8.6", CARS, partner="United States", product="cars and car parts"),
        fact("Germany", "balance", "value", 30.2e9, "EUR", H1, "30.2 billion", US_BAL, partner="United States"),
        fact("Germany", "balance", "growth", -12.8, "percent", H1, "12.8", US_BAL, partner="United States"),
        fact("Germany", "balance", "value", 25.8e9, "EUR", H1, "25.8 billion", FR_BAL, partner="France"),
        fact("Germany", "imports", "growth", 10.7, "percent", H1, "10.7", CN, partner="China"),
        fact("Germany", "imports", "value", 81.3e9, "EUR", H1, "81.3 billion", CN, partner="China"),
        fact("Germany", "exports", "growth", -14.3, "percent", H1, "14.3", CN, partner="China"),
        fact("Germany", "exports", "value", 41.3e9, "EUR", H1, "41.3 billion", CN, partner="China"),
        fact("Germany", "balance", "value", -40.0e9, "EUR", H1, "40.0 billion", CN_BAL, partner="China"),
        fact("Germany", "balance", "growth", 58.4, "percent", H1, "58.4", CN_BAL, partner="China"),
        fact("Germany", "imports", "rank", 1, "number", H1, "biggest", CN_RANK, partner="China"),
        fact("Germany", "imports", "rank", 2, "number", H1, "second", NL, partner="Netherlands"),
        fact("Germany", "imports", "value", 49.3e9, "EUR", H1, "49.3 billion", NL, partner="Netherlands"),
        fact("Germany", "imports", "growth", 3.0, "percent", H1, "3.0", NL, partner="Netherlands"),
        fact("Germany", "exports", "growth", 1.2, "percent", H1, "1.2", EU, partner="European Union"),
        fact("Germany", "exports", "rank", 2, "number", H1, "second-biggest", FR, partner="France"),
        fact("Germany", "exports", "value", 61.2e9, "EUR", H1, "61.2 billion", FR, partner="France"),
        fact("Germany", "exports", "growth", -1.4, "percent", H1, "1.4", FR, partner="France"),
        fact("Germany", "exports", "growth", 0.8, "percent", JUN, "0.8", JUNE, basis="mom"),
        fact("Germany", "exports", "value", 130.5e9, "EUR", JUN, "130.5 billion", JUNE),
    ],
}

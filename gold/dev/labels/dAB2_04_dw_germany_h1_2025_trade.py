from _fact import fact, period

H1 = period(2025, 1, 6)
H1_2024 = period(2024, 1, 6)
JUN = period(2025, 6)

LEAD = "Exports from Germany came to €786.0 billion ($916 billion) in the first six months, a dip of 0.1% from the same period of 2024"
IMP = "Over that time, imports climbed 4.4% to €682.0 billion"
SURPLUS = "That shrank Germany's trade surplus, which has long irritated Washington, to €104.0 billion from €133.7 billion in the first half of last year"
US = "German goods worth €77.6 billion went to the US, which stayed Germany's largest export market"
US_G = "That figure, however, was down 3.9% on the previous year"
CARS = "US-bound shipments of cars and car parts dropped 8.6%"
US_BAL = "no other partner gave Germany a larger surplus than the US, where it came to €30.2 billion, albeit 12.8% below the level of a year earlier"
FR_BAL = "France followed, with Germany running a €25.8 billion surplus there"
CN = "Germany bought €81.3 billion worth of goods from the world's second-largest economy, 10.7% more than a year earlier, while its sales there fell 14.3% to €41.3 billion"
CN_BAL = "As a result, Germany's deficit with China reached €40.0 billion, up 58.4% from January-June 2024"
CN_RANK = "That kept China comfortably ahead as the biggest source of German imports"
NL = "The Netherlands, whose ports take in much of Germany's oil, gas and raw materials, came second among suppliers, with deliveries worth €49.3 billion, 3.0% more than a year earlier"
EU = "Sales to fellow EU member states rose 1.2%"
FR = "France, the second-biggest individual buyer, took €61.2 billion of German goods, a decline of 1.4%"
JUNE = "Data for the single month of June, released earlier in August, had shown calendar and seasonally adjusted exports increasing 0.8% from May to €130.5 billion"

ARTICLE = {
    "id": "dAB2_04_dw_germany_h1_2025_trade",
    "title": "Falling US sales leave German exports flat in first half of 2025",
    "publisher": "DW",
    "published": "2025-08-20",
    "notes": [
        "Area Germany throughout (the article's economy); every half-year figure is January-June 2025 unless the text names another period.",
        "'($916 billion)': the same observation as the EUR export value, converted; separate USD fact, approx.",
        "'from €133.7 billion in the first half of last year': the surplus of the first half of 2024, labelled as its own observation with period 2024-01..2024-06.",
        "'That figure, however, was down 3.9% on the previous year': 'That figure' refers back to exports to the US (previous sentence); partner United States.",
        "'US-bound shipments of cars and car parts': product 'cars and car parts', partner United States.",
        "'no other partner gave Germany a larger surplus than the US': implies rank 1 of the balance, but no number is written; not labelled. Likewise 'France followed' (rank 2 of the surplus) is not labelled.",
        "'12.8% below the level of a year earlier': growth of the surplus with the US, -12.8.",
        "'bought ... from the world's second-largest economy' and 'its sales there': partner China. 'second-largest economy' is a GDP rank, not a trade rank; out of scope, unlabelled.",
        "'Germany's deficit with China reached €40.0 billion, up 58.4%': balance -40.0e9; the deficit's growth follows its wording ('up'), +58.4.",
        "'China ... the biggest source of German imports': imports rank 1, partner China. 'The Netherlands ... came second among suppliers': imports rank 2.",
        "'France, the second-biggest individual buyer': exports rank 2, partner France.",
        "'Sales to fellow EU member states rose 1.2%': partner European Union. 'over half' of exports is not a written number; unlabelled.",
        "June: '0.8% from May' is month-on-month (basis mom), June 2025; the €130.5 billion is the June export value.",
        "Out of scope, unlabelled: the 'about 1%' export forecast for 2025, 'the third consecutive yearly decrease' (streak), GDP contraction of 0.3% in the April-June quarter (not a trade flow), the years.",
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

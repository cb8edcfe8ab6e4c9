from _fact import fact, period

AUG = period(2025, 8)
ID = "Indonesia"
E_BAL = "the country's trade balance showed a $5.49 billion surplus in August 2025"
E_CMP = ("The August figure topped July's $4.17 billion surplus and came close to twice the $2.76 billion posted "
         "in August of last year")
E_X = "Exports reached $24.96 billion, a 5.78 percent increase on August 2024"
E_M = "imports shrank 6.56 percent to $19.47 billion"
E_NOG = "A $1.49 billion oil and gas deficit ate into the $6.98 billion surplus earned by the non-oil and gas sector"
E_CPO = ("Shipments of crude palm oil (CPO) and its derivatives totalled 2.52 million tons, up 19.6 percent on August "
         "2024 in volume, and earned $2.41 billion, 37.2 percent more than a year earlier")
E_COAL = ("Coal export value dropped 21.4 percent from August 2024 to $2.02 billion, although the volume shipped, at "
          "41.7 million tons")
E_CN = ("Indonesia's non-oil and gas goods found their biggest buyer again in China, which took $5.72 billion worth, "
        "a 24.2 percent share of the total")
E_YTD = ("Over the first eight months of 2025, Indonesia's exports added up to $185.13 billion, a year-on-year gain of "
         "7.72 percent, while the surplus for the period amounted to $29.14 billion")
CPO = "crude palm oil and its derivatives"
NOG = "non-oil and gas"
YTD = period(2025, 1, 8)

ARTICLE = {
    "id": "dB2_03_id_trade_aug2025",
    "title": "Rising palm oil exports lift Indonesia's August trade surplus to $5.49 billion",
    "publisher": "Jakarta Globe",
    "published": "2025-10-01",
    "notes": [
        "Publisher and date from the byline and date line ('By Jakarta Globe business desk', 'OCTOBER 1, 2025').",
        "Headline $5.49 billion restates the body: labelled once.",
        "'in August of last year' -> August 2024 for the $2.76 billion surplus; growth figures compared with August 2024 or 'a year earlier' are yoy.",
        "'came close to twice' is a description, not a number: not labelled.",
        "Rp 90 trillion is the August surplus in rupiah: separate IDR fact, qualifier approx ('about').",
        "Non-oil and gas / oil and gas balances: product 'non-oil and gas' / 'oil and gas'.",
        "Volume growth beside value growth is out: CPO shipments 'up 19.6 percent ... in volume' and coal volume 'fell by just 6.8 percent'; "
        "the tonnages themselves (2.52 million tons, 41.7 million tons) are quantity facts in tonnes.",
        "Average coal export price (about $48 a ton) is a price, not a trade flow: out.",
        "China 'biggest buyer' of non-oil and gas goods: rank 1 with partner China, product 'non-oil and gas'; "
        "'the United States and India came next' gives implied ranks only: not labelled.",
        "'a $1.48 billion deficit with China' -> balance -1.48e9 with partner China.",
        "Streak since May 2020, the 19 percent US tariff and the 8 percent growth target by 2029 are out of scope.",
    ],
    "facts": [
        fact(ID, "balance", "value", 5.49e9, "USD", AUG, "5.49 billion", E_BAL),
        fact(ID, "balance", "value", 4.17e9, "USD", period(2025, 7), "4.17 billion", E_CMP),
        fact(ID, "balance", "value", 2.76e9, "USD", period(2024, 8), "2.76 billion", E_CMP),
        fact(ID, "balance", "value", 90e12, "IDR", AUG, "90 trillion",
             "Converted at today's exchange rates, August's surplus amounts to about Rp 90 trillion", qualifier="approx"),
        fact(ID, "exports", "growth", 5.78, "percent", AUG, "5.78", E_X),
        fact(ID, "exports", "value", 24.96e9, "USD", AUG, "24.96 billion", E_X),
        fact(ID, "imports", "growth", -6.56, "percent", AUG, "6.56", E_M),
        fact(ID, "imports", "value", 19.47e9, "USD", AUG, "19.47 billion", E_M),
        fact(ID, "balance", "value", 6.98e9, "USD", AUG, "6.98 billion", E_NOG, product=NOG),
        fact(ID, "balance", "value", -1.49e9, "USD", AUG, "1.49 billion", E_NOG, product="oil and gas"),
        fact(ID, "exports", "growth", 37.2, "percent", AUG, "37.2", E_CPO, product=CPO),
        fact(ID, "exports", "value", 2.41e9, "USD", AUG, "2.41 billion", E_CPO, product=CPO),
        fact(ID, "exports", "quantity", 2.52e6, "tonnes", AUG, "2.52 million", E_CPO, product=CPO),
        fact(ID, "exports", "value", 2.02e9, "USD", AUG, "2.02 billion", E_COAL, product="coal"),
        fact(ID, "exports", "growth", -21.4, "percent", AUG, "21.4", E_COAL, product="coal"),
        fact(ID, "exports", "quantity", 41.7e6, "tonnes", AUG, "41.7 million", E_COAL, product="coal"),
        fact(ID, "exports", "rank", 1, "number", AUG, "biggest", E_CN, partner="China", product=NOG),
        fact(ID, "exports", "value", 5.72e9, "USD", AUG, "5.72 billion", E_CN, partner="China", product=NOG),
        fact(ID, "exports", "share", 24.2, "percent", AUG, "24.2", E_CN, partner="China", product=NOG),
        fact(ID, "balance", "value", 1.94e9, "USD", AUG, "1.94 billion",
             "Indonesia recorded a $1.94 billion surplus in its trade with the United States", partner="United States"),
        fact(ID, "balance", "value", -1.48e9, "USD", AUG, "1.48 billion",
             "a $1.48 billion deficit with China", partner="China"),
        fact(ID, "exports", "value", 185.13e9, "USD", YTD, "185.13 billion", E_YTD),
        fact(ID, "exports", "growth", 7.72, "percent", YTD, "7.72", E_YTD),
        fact(ID, "balance", "value", 29.14e9, "USD", YTD, "29.14 billion", E_YTD),
    ],
}

from _fact import fact, period

AUG = period(2025, 8)
ID = "Indonesia"
E_BAL = "Indonesia posted a trade surplus of $5.49 billion in August 2025"
E_CMP = ("The surplus was larger than the $4.17 billion booked in July and nearly double the $2.76 billion recorded "
         "in the same month a year earlier")
E_X = "Exports rose 5.78 percent from the same month a year earlier to $24.96 billion"
E_M = "imports contracted 6.56 percent to $19.47 billion"
E_NOG = "The non-oil and gas sector generated a surplus of $6.98 billion, partly offset by a $1.49 billion deficit in oil and gas trade"
E_CPO = ("Export earnings from crude palm oil (CPO) and its derivatives jumped 37.2 percent from the same month a year "
         "earlier to $2.41 billion, on shipments of 2.52 million tons")
E_COAL = ("Coal exports were worth $2.02 billion, 21.4 percent lower than in August 2024, even though the 41.7 million "
          "tons shipped")
E_CN = ("China remained the biggest buyer of Indonesia's non-oil and gas goods, taking $5.72 billion worth, "
        "or 24.2 percent of the total")
E_YTD = ("In January-August 2025, exports totalled $185.13 billion, up 7.72 percent year-on-year, and the cumulative "
         "surplus reached $29.14 billion")
CPO = "crude palm oil and its derivatives"
NOG = "non-oil and gas"
YTD = period(2025, 1, 8)

ARTICLE = {
    "id": "dB2_03_id_trade_aug2025",
    "title": "Indonesia's trade surplus swells to $5.49 billion in August as palm oil shipments climb",
    "publisher": "Jakarta Globe",
    "published": "2025-10-01",
    "notes": [
        "Publisher and date from the byline and date line ('By Jakarta Globe business desk', 'OCTOBER 1, 2025').",
        "Headline $5.49 billion restates the body: labelled once.",
        "'the same month a year earlier' -> August 2024 for the $2.76 billion surplus; growth figures with that phrase are yoy.",
        "'nearly double' is a description, not a number: not labelled.",
        "Rp 90 trillion is the August surplus in rupiah: separate IDR fact, qualifier approx ('about').",
        "Non-oil and gas / oil and gas balances: product 'non-oil and gas' / 'oil and gas'.",
        "Volume growth beside value growth is out: CPO shipments '19.6 percent more' and coal tonnage '6.8 percent below'; "
        "the tonnages themselves (2.52 million tons, 41.7 million tons) are quantity facts in tonnes.",
        "Average coal export price (around $48 per ton) is a price, not a trade flow: out.",
        "China 'biggest buyer' of non-oil and gas goods: rank 1 with partner China, product 'non-oil and gas'; "
        "'followed by the United States and India' gives implied ranks only: not labelled.",
        "'a $1.48 billion deficit with China' -> balance -1.48e9 with partner China.",
        "Streak since May 2020, the 19 percent US tariff and the 8 percent growth target by 2029 are out of scope.",
    ],
    "facts": [
        fact(ID, "balance", "value", 5.49e9, "USD", AUG, "5.49 billion", E_BAL),
        fact(ID, "balance", "value", 4.17e9, "USD", period(2025, 7), "4.17 billion", E_CMP),
        fact(ID, "balance", "value", 2.76e9, "USD", period(2024, 8), "2.76 billion", E_CMP),
        fact(ID, "balance", "value", 90e12, "IDR", AUG, "90 trillion",
             "At current exchange rates, the August surplus is equivalent to about Rp 90 trillion", qualifier="approx"),
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
             "Trade with the United States produced a surplus of $1.94 billion", partner="United States"),
        fact(ID, "balance", "value", -1.48e9, "USD", AUG, "1.48 billion",
             "Indonesia ran a $1.48 billion deficit with China", partner="China"),
        fact(ID, "exports", "value", 185.13e9, "USD", YTD, "185.13 billion", E_YTD),
        fact(ID, "exports", "growth", 7.72, "percent", YTD, "7.72", E_YTD),
        fact(ID, "balance", "value", 29.14e9, "USD", YTD, "29.14 billion", E_YTD),
    ],
}

from _fact import fact, period

BR = "Brazil"
US = "United States"
NOV = period(2026, 11)
NOV25 = period(2025, 11)
YTD = period(2026, 1, 11)
YTD25 = period(2025, 1, 11)
Y2025 = period(2025, 1, 12)

E_LEAD = "Brazil's trade surplus widened in November to $6.33 billion"
E_PREV = "compared with a surplus of $5.84 billion in November 2025"
E_FLOWS = ("Exports climbed 4.6% from a year earlier to $29.84 billion, the highest on record for a November, while "
           "imports grew 3.7% to $23.51 billion.")
E_SECT = ("Sales from the extractive industry, which covers oil and mining, dropped 3.1%, while manufactured goods "
          "grew 5.2%.")
E_SOY = "Exports of soybeans jumped 18.2% to $2.31 billion, on 5.4 million tonnes loaded"
E_IRON = "Iron ore exports gained 6.1% to $2.74 billion."
E_OIL = "Crude oil sales, by contrast, fell 9.5% to $3.86 billion"
E_CN = "Shipments to China, Brazil's top trading partner, increased 12.4% to $9.30 billion, equal to 31.2% of all exports."
E_US = ("The United States, the country's second-largest trading partner, took $2.41 billion of Brazilian goods, "
        "a 4.1% drop.")
E_US_M = ("On the other side, purchases from the United States climbed 2.8% to $3.52 billion, so Brazil's November "
          "trade with the U.S. ended $1.11 billion in deficit.")
E_YTD = ("In the January-November period, the surplus reached $61.4 billion, 6.2% above the $57.8 billion recorded a "
         "year earlier.")
E_YTD_FLOWS = "Exports over the 11 months totalled $329.6 billion, up 3.7%, and imports came to $268.2 billion, up 3.2%."
E_2025 = ("The ministry kept its 2026 projection for a surplus of between $66 billion and $74 billion, which would "
          "compare with a surplus of $68.3 billion last year.")

ARTICLE = {
    "id": "dBT2_03",
    "title": "Brazil's November trade surplus tops forecasts as China buys more soy, iron ore",
    "publisher": "Reuters",
    "published": "2026-12-04",
    "notes": [
        "Real figures (reported by Brazil's trade ministry, as found in the pages corpus): the November 2025 "
        "surplus of $5.84 billion (US$5.842 billion), the January-November 2025 surplus of $57.8 billion "
        "(US$57.839 billion) and the 2025 full-year surplus of $68.3 billion. The November 2025 and "
        "January-November 2025 export and import levels (28.515, 22.673, 317.821 and 259.983 billion, not "
        "stated in the text) and November 2025 exports to China (8.271 billion) anchor the invented growth rates. "
        "Modelled on Reuters' Brasilia trade stories (November 2022, September 2025) and Agencia Brasil/MDIC "
        "summaries. Invented: every November 2026 and January-November 2026 figure, product and partner "
        "figures, the soybean tonnage, the forecast range. Derived: surplus 29.84 - 23.51 = 6.33; exports "
        "+4.6% (29.84/28.515), imports +3.7% (23.51/22.673), surplus +8.4% (6.33/5.84); China +12.4% "
        "(9.30/8.271) and share 31.2% (9.30/29.84); US balance 2.41 - 3.52 = -1.11; January-November: 329.6 - "
        "268.2 = 61.4, +6.2% (61.4/57.8), exports +3.7%, imports +3.2%; average daily exports 29.84/20 = 1.49.",
        "Judgement calls: all money is USD ('$'), the ministry's reporting currency. Growth rates with no cue "
        "other than 'from a year earlier' in the first flow sentence are yoy, as Brazil's ministry compares "
        "with the same month of the previous year. 'The surplus was 8.4% larger than a year before' and '6.2% "
        "above the $57.8 billion' are growth of the balance (yoy). The lead's $6.33 billion is the only "
        "statement of the November surplus, so the lead is its evidence. Sector products in the text's words: "
        "agricultural products, extractive industry, manufactured goods. 'Top trading partner' (China) and "
        "'second-largest trading partner' (United States) are ranks of total trade. The $1.11 billion deficit "
        "with the United States is a negative partner balance. 'Last year' (2025) counts back from the "
        "publication date, so the $68.3 billion is the 2025 full-year surplus; '5.4 million tonnes' is a "
        "quantity fact for soybeans.",
        "Not facts: the $5.9 billion Reuters poll median; 'highest on record for a November' (a milestone); "
        "average daily exports of $1.49 billion over 20 working days (a per-working-day average); farm export "
        "volumes up 12.5% and prices 2.4% lower (volume and price beside value growth); Brent near $63 a barrel; "
        "the 50% and 40% US tariff rates; the ministry's 2026 projection of $66 billion to $74 billion (a "
        "forecast) and the 2027 forecast it will publish; the real's 0.3% move to 5.38 per dollar; years.",
        "Copy check: 9 sentences searched (lead, poll/previous-year sentence, exports/imports sentence, "
        "sectors sentence, China sentence, United States sentence, the quote, the January-November sentence, the "
        "forecast sentence), 0 reworded: none shared a run of about eight words or a skeleton with a real "
        "sentence (the nearest, Reuters' November 2022 story, opens and reports the poll with different words "
        "and clause order).",
        "Second check: 22 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(BR, "balance", "value", 6.33e9, "USD", NOV, "$6.33 billion", E_LEAD),
        fact(BR, "balance", "value", 5.84e9, "USD", NOV25, "$5.84 billion", E_PREV),
        fact(BR, "balance", "growth", 8.4, "percent", NOV, "8.4", "The surplus was 8.4% larger than a year before."),
        fact(BR, "exports", "value", 29.84e9, "USD", NOV, "$29.84 billion", E_FLOWS),
        fact(BR, "exports", "growth", 4.6, "percent", NOV, "4.6", E_FLOWS),
        fact(BR, "imports", "value", 23.51e9, "USD", NOV, "$23.51 billion", E_FLOWS),
        fact(BR, "imports", "growth", 3.7, "percent", NOV, "3.7", E_FLOWS),
        fact(BR, "exports", "growth", 9.8, "percent", NOV, "9.8", "Exports of agricultural products rose 9.8%",
             product="agricultural products"),
        fact(BR, "exports", "growth", -3.1, "percent", NOV, "3.1", E_SECT, product="extractive industry"),
        fact(BR, "exports", "growth", 5.2, "percent", NOV, "5.2", E_SECT, product="manufactured goods"),
        fact(BR, "exports", "value", 2.31e9, "USD", NOV, "$2.31 billion", E_SOY, product="soybeans"),
        fact(BR, "exports", "growth", 18.2, "percent", NOV, "18.2", E_SOY, product="soybeans"),
        fact(BR, "exports", "quantity", 5.4e6, "tonnes", NOV, "5.4 million", E_SOY, product="soybeans"),
        fact(BR, "exports", "value", 2.74e9, "USD", NOV, "$2.74 billion", E_IRON, product="iron ore"),
        fact(BR, "exports", "growth", 6.1, "percent", NOV, "6.1", E_IRON, product="iron ore"),
        fact(BR, "exports", "value", 3.86e9, "USD", NOV, "$3.86 billion", E_OIL, product="crude oil"),
        fact(BR, "exports", "growth", -9.5, "percent", NOV, "9.5", E_OIL, product="crude oil"),
        fact(BR, "total", "rank", 1, "number", NOV, "top", E_CN, partner="China"),
        fact(BR, "exports", "growth", 12.4, "percent", NOV, "12.4", E_CN, partner="China"),
        fact(BR, "exports", "value", 9.30e9, "USD", NOV, "$9.30 billion", E_CN, partner="China"),
        fact(BR, "exports", "share", 31.2, "percent", NOV, "31.2", E_CN, partner="China"),
        fact(BR, "total", "rank", 2, "number", NOV, "second-largest", E_US, partner=US),
        fact(BR, "exports", "growth", -4.1, "percent", NOV, "4.1", E_US, partner=US),
        fact(BR, "exports", "value", 2.41e9, "USD", NOV, "$2.41 billion", E_US, partner=US),
        fact(BR, "imports", "growth", 2.8, "percent", NOV, "2.8", E_US_M, partner=US),
        fact(BR, "imports", "value", 3.52e9, "USD", NOV, "$3.52 billion", E_US_M, partner=US),
        fact(BR, "balance", "value", -1.11e9, "USD", NOV, "$1.11 billion", E_US_M, partner=US),
        fact(BR, "balance", "value", 61.4e9, "USD", YTD, "$61.4 billion", E_YTD),
        fact(BR, "balance", "growth", 6.2, "percent", YTD, "6.2", E_YTD),
        fact(BR, "balance", "value", 57.8e9, "USD", YTD25, "$57.8 billion", E_YTD),
        fact(BR, "exports", "value", 329.6e9, "USD", YTD, "$329.6 billion", E_YTD_FLOWS),
        fact(BR, "exports", "growth", 3.7, "percent", YTD, "3.7", E_YTD_FLOWS),
        fact(BR, "imports", "value", 268.2e9, "USD", YTD, "$268.2 billion", E_YTD_FLOWS),
        fact(BR, "imports", "growth", 3.2, "percent", YTD, "3.2", E_YTD_FLOWS),
        fact(BR, "balance", "value", 68.3e9, "USD", Y2025, "$68.3 billion", E_2025),
    ],
}

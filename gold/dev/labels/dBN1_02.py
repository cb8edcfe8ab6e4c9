from _fact import fact, period

CN = "China"
US = "United States"
MAR = period(2026, 3)
JF = period(2026, 1, 2)
Q1 = period(2026, 1, 3)

ARTICLE = {
    "id": "dBN1_02",
    "title": "China's March Exports Beat Estimates as Sales to US Keep Shrinking",
    "publisher": "Bloomberg",
    "published": "2026-04-14",
    "notes": [
        "Real figures: none for March 2026 (no real report was available); the year-ago bases are real March 2025 and "
        "first-quarter 2025 levels (exports $313.9 billion and imports $211.3 billion in March 2025; first-quarter "
        "2025 exports $853.8 billion and imports $580.7 billion), and the 21.8% January-February jump is close to a "
        "news summary found in the learning step ('nearly 22 percent'). Invented: every March 2026 and first-quarter "
        "2026 figure, chosen to be consistent: exports $340.9 billion (+8.6% on $313.9 billion), imports +6.1% "
        "(= $224.2 billion), surplus $116.7 billion; first quarter exports $998.5 billion (+16.9%), imports "
        "$666.8 billion (+14.8%), surplus $331.7 billion; partner growth rates; US exports $34.4 billion (-14.2%), "
        "US share 10.1%; steel 9.86 and 27.3 million tons; rare earths 5,412 tons; the forecasts, GDP estimate, "
        "yuan level and tariff rate; the economist quote.",
        "Judgement calls: 'Compared with February ... exports were up 17.6%' and '11.3% more than in February' "
        "are month-on-month (basis mom, period March 2026; February is the comparison base); 'last month' in an "
        "April 14 story is March 2026; the first-quarter steel tonnage has product steel from the same sentence; "
        "steel's -4.4% and the rare-earth +11.3% are volume changes but no value change is given beside them, so "
        "they are kept as growth facts; 'leaving the US with 10.1% of China's total exports' is the first-quarter "
        "share of exports to the US; 'shipments' and 'sales' to a partner are exports; 'Shipments to the US fell "
        "14.2%' is year on year (no other base given).",
        "Not facts: 5.5% and 3% (median forecasts) and 'an estimated $105 billion' (forecast surplus); 5.1% (GDP "
        "forecast); 'about 1.5%' and '6.85 per dollar' (exchange rate); 'roughly 30%' (tariff rate); '12th "
        "consecutive monthly drop' (streak); 'March 2025' and 'two days' (dates).",
        "Copy check: 7 sentences searched, 3 reworded (the lead resembled an FT line 'China's exports grew faster "
        "than expected in March as ...'; the export sentence followed the Bloomberg formula 'Exports climbed ...% in "
        "dollar terms in March from a year earlier, customs data showed Tuesday'; the rare-earth sentence shared "
        "'according to ... calculations based on customs data' with a Reuters item).",
        "Second check: 20 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 340.9e9, "USD", MAR, "$340.9 billion",
             "the value of goods shipped abroad reached $340.9 billion"),
        fact(CN, "exports", "growth", 8.6, "percent", MAR, "8.6",
             "the value of goods shipped abroad reached $340.9 billion, 8.6% more than in March 2025"),
        fact(CN, "imports", "growth", 6.1, "percent", MAR, "6.1", "Imports climbed 6.1%"),
        fact(CN, "balance", "value", 116.7e9, "USD", MAR, "$116.7 billion",
             "the trade surplus came in at $116.7 billion"),
        fact(CN, "exports", "growth", 17.6, "percent", MAR, "17.6",
             "Compared with February, when many factories closed for the Lunar New Year holiday, exports were up 17.6%",
             basis="mom"),
        fact(CN, "imports", "growth", 9.2, "percent", MAR, "9.2",
             "imports rose 9.2% from the previous month", basis="mom"),
        fact(CN, "exports", "growth", 21.8, "percent", JF, "21.8",
             "Exports had jumped 21.8% in January and February combined"),
        fact(CN, "exports", "growth", 16.9, "percent", Q1, "16.9",
             "For the first quarter as a whole, exports rose 16.9% to $998.5 billion"),
        fact(CN, "exports", "value", 998.5e9, "USD", Q1, "$998.5 billion",
             "For the first quarter as a whole, exports rose 16.9% to $998.5 billion"),
        fact(CN, "imports", "growth", 14.8, "percent", Q1, "14.8",
             "For the first quarter as a whole, exports rose 16.9% to $998.5 billion and imports expanded 14.8% to $666.8 billion"),
        fact(CN, "imports", "value", 666.8e9, "USD", Q1, "$666.8 billion",
             "For the first quarter as a whole, exports rose 16.9% to $998.5 billion and imports expanded 14.8% to $666.8 billion"),
        fact(CN, "balance", "value", 331.7e9, "USD", Q1, "$331.7 billion",
             "producing a surplus of $331.7 billion for the three months"),
        fact(CN, "exports", "growth", -14.2, "percent", MAR, "14.2",
             "Shipments to the US fell 14.2% to $34.4 billion in March", partner=US),
        fact(CN, "exports", "value", 34.4e9, "USD", MAR, "$34.4 billion",
             "Shipments to the US fell 14.2% to $34.4 billion in March", partner=US),
        fact(CN, "imports", "growth", -22.5, "percent", MAR, "22.5",
             "imports from the US declined 22.5%", partner=US),
        fact(CN, "exports", "growth", -12.9, "percent", Q1, "12.9",
             "Over the quarter, exports to America were down 12.9%", partner=US),
        fact(CN, "exports", "share", 10.1, "percent", Q1, "10.1",
             "Over the quarter, exports to America were down 12.9%, leaving the US with 10.1% of China's total exports",
             partner=US),
        fact(CN, "exports", "growth", 15.3, "percent", MAR, "15.3",
             "Exports to the Association of Southeast Asian Nations grew 15.3%", partner="ASEAN"),
        fact(CN, "exports", "growth", 11.8, "percent", MAR, "11.8",
             "those to the European Union rose 11.8%", partner="European Union"),
        fact(CN, "exports", "growth", 31.5, "percent", MAR, "31.5",
             "shipments to Africa soared 31.5%", partner="Africa"),
        fact(CN, "exports", "growth", 9.7, "percent", MAR, "9.7",
             "Sales to Latin America were 9.7% higher", partner="Latin America"),
        fact(CN, "exports", "quantity", 9.86e6, "tonnes", MAR, "9.86 million",
             "Steel exports fell 4.4% from a year earlier to 9.86 million tons in March", product="steel"),
        fact(CN, "exports", "growth", -4.4, "percent", MAR, "4.4",
             "Steel exports fell 4.4% from a year earlier to 9.86 million tons in March", product="steel"),
        fact(CN, "exports", "quantity", 27.3e6, "tonnes", Q1, "27.3 million",
             "Steel exports fell 4.4% from a year earlier to 9.86 million tons in March, though shipments for the first quarter still reached 27.3 million tons",
             product="steel"),
        fact(CN, "exports", "quantity", 5412, "tonnes", MAR, "5,412",
             "rare earth shipments climbed to 5,412 tons last month", product="rare earths"),
        fact(CN, "exports", "growth", 11.3, "percent", MAR, "11.3",
             "rare earth shipments climbed to 5,412 tons last month, 11.3% more than in February",
             product="rare earths", basis="mom"),
    ],
}

from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)
CC = "copper concentrate"
UC = "unwrought copper and copper products"

E_IDN = "Indonesia shipped 61,400 metric tons of the semi-processed ore to China last month, down 79.6% from August and 71.2% below a year earlier"
E_CHL = "Shipments from the South American country rose 11.8% on the year to 784,300 tons, taking its share of China's total to 30.3%."
E_PER = "Peru, the second-largest source, sent 598,700 tons, down 4.2%"
E_MNG = "Mongolia, which trucks concentrate across the border from the Oyu Tolgoi mine, supplied 167,500 tons, a rise of 18.9%."
E_TOT = "China brought in 2.59 million tons of copper concentrate in September, according to figures released on Oct. 13, down 6.2% from August's 2.76 million tons but 4.6% more than in September 2024"
E_YTD = "In the first nine months of the year, imports climbed 7.7% to 22.63 million tons"
E_UC = "China took in 485,000 tons of unwrought copper and copper products in September, 14.1% more than a year earlier"
E_UCY = "Year to date, they totalled 3.91 million tons, down 2.9%."

ARTICLE = {
    "id": "dBF1_02",
    "title": "China's copper concentrate imports from Indonesia dive after Grasberg mudslide",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Modelled on Reuters' monthly copper customs stories; the September 2025 total (2.59 million t), August (2.76 million t), the 6.2% monthly fall, the January-September total (22.63 million t, +7.7%) and unwrought imports (485,000 t) follow Reuters reporting of 2025-10-13. Supplier-by-supplier figures, the year-on-year growth rates for the total and unwrought copper, the $5.3 billion value and the unwrought year-to-date figures are illustrative, not quoted data.",
        "All facts are China's imports (area China, partner the supplier); product 'copper concentrate' carried from the headline and lead into sentences that say 'the semi-processed ore', 'concentrate' or only 'imports'.",
        "'last month' counts back from 2025-10-20 -> September 2025. 'down 79.6% from August' -> basis mom; '71.2% below a year earlier' and 'on the year' -> yoy; Peru's bare 'down 4.2%' and Mongolia's 'a rise of 18.9%' default to yoy (the paragraph before set 'on the year').",
        "'Chile, China's top supplier' -> rank 1 (value_text 'top'); 'Peru, the second-largest source' -> rank 2.",
        "'August's 2.76 million tons' is the comparison base of the monthly fall but also a stated import quantity for August 2025; labelled as its own fact with period August.",
        "'Customs valued the month's arrivals at around $5.3 billion' -> import value in USD, qualifier approx.",
        "Unwrought copper and copper products labelled with that product in the text's words; 'Year to date, they' carries the product across sentences.",
        "Out of scope and not labelled: spot treatment charges (minus $40 a ton) and the LME copper price ($10,650 a ton) are prices; Citi's fourth-quarter view is a forecast; Grasberg as 'the world's second-biggest copper mine' is a mine ranking, not a trade flow; 'Oct. 13' and 'Sept. 24' are dates; 'several months' is not a figure.",
    ],
    "facts": [
        fact("China", "imports", "quantity", 61400, "tonnes", SEP, "61,400", E_IDN, partner="Indonesia", product=CC),
        fact("China", "imports", "growth", -79.6, "percent", SEP, "79.6", E_IDN, partner="Indonesia", product=CC, basis="mom"),
        fact("China", "imports", "growth", -71.2, "percent", SEP, "71.2", E_IDN, partner="Indonesia", product=CC),
        fact("China", "imports", "rank", 1, "number", SEP, "top", "Chile, China's top supplier, filled part of the gap.",
             partner="Chile", product=CC),
        fact("China", "imports", "growth", 11.8, "percent", SEP, "11.8", E_CHL, partner="Chile", product=CC),
        fact("China", "imports", "quantity", 784300, "tonnes", SEP, "784,300", E_CHL, partner="Chile", product=CC),
        fact("China", "imports", "share", 30.3, "percent", SEP, "30.3", E_CHL, partner="Chile", product=CC),
        fact("China", "imports", "rank", 2, "number", SEP, "second", E_PER, partner="Peru", product=CC),
        fact("China", "imports", "quantity", 598700, "tonnes", SEP, "598,700", E_PER, partner="Peru", product=CC),
        fact("China", "imports", "growth", -4.2, "percent", SEP, "4.2", E_PER, partner="Peru", product=CC),
        fact("China", "imports", "quantity", 167500, "tonnes", SEP, "167,500", E_MNG, partner="Mongolia", product=CC),
        fact("China", "imports", "growth", 18.9, "percent", SEP, "18.9", E_MNG, partner="Mongolia", product=CC),
        fact("China", "imports", "quantity", 2.59e6, "tonnes", SEP, "2.59 million", E_TOT, product=CC),
        fact("China", "imports", "growth", -6.2, "percent", SEP, "6.2", E_TOT, product=CC, basis="mom"),
        fact("China", "imports", "quantity", 2.76e6, "tonnes", AUG, "2.76 million", E_TOT, product=CC),
        fact("China", "imports", "growth", 4.6, "percent", SEP, "4.6", E_TOT, product=CC),
        fact("China", "imports", "value", 5.3e9, "USD", SEP, "5.3 billion",
             "Customs valued the month's arrivals at around $5.3 billion", product=CC, qualifier="approx"),
        fact("China", "imports", "growth", 7.7, "percent", YTD, "7.7", E_YTD, product=CC),
        fact("China", "imports", "quantity", 22.63e6, "tonnes", YTD, "22.63 million", E_YTD, product=CC),
        fact("China", "imports", "quantity", 485000, "tonnes", SEP, "485,000", E_UC, product=UC),
        fact("China", "imports", "growth", 14.1, "percent", SEP, "14.1", E_UC, product=UC),
        fact("China", "imports", "quantity", 3.91e6, "tonnes", YTD, "3.91 million", E_UCY, product=UC),
        fact("China", "imports", "growth", -2.9, "percent", YTD, "2.9", E_UCY, product=UC),
        fact("China", "imports", "quantity", 2100, "tonnes", SEP, "2,100",
             "China also imported 2,100 tons of concentrate from the United States", partner="United States", product=CC),
    ],
}

from _fact import fact, period

C = "China"
CO = "crude oil"
NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
JO = period(2025, 1, 10)
ROWS = {
    "Russia": "Russia | 9,140,615 | 3.2 | 81,325,440 | -7.9",
    "Saudi Arabia": "Saudi Arabia | 6,052,330 | -9.8 | 65,418,207 | 1.5",
    "Malaysia": "Malaysia | 5,734,102 | 26.5 | 58,906,113 | -4.2",
    "Iraq": "Iraq | 4,882,470 | 1.7 | 51,027,889 | 3.6",
    "Brazil": "Brazil | 4,105,655 | 48.9 | 37,214,580 | 12.3",
}


def row(country, oct_t, oct_text, ytd_t, ytd_text, ytd_g, ytd_g_text):
    r = ROWS[country]
    return [
        fact(C, "imports", "quantity", oct_t, "tonnes", OCT, oct_text, r, partner=country, product=CO),
        fact(C, "imports", "quantity", ytd_t, "tonnes", JO, ytd_text, r, partner=country, product=CO),
        fact(C, "imports", "growth", ytd_g, "percent", JO, ytd_g_text, r, partner=country, product=CO),
    ]


ARTICLE = {
    "id": "dBC1_05",
    "title": "China's November crude imports hit highest daily rate since August 2023",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Reuters commodities-style story; November crude figures (50.89 Mt, +5.24% m/m, +4.88% y/y, Jan-Nov 521.87 Mt, +3.2%) follow real reporting; fuel, gas and supplier figures are constructed.",
        "Barrels-per-day figures (12.38 million bpd, 11.39 million bpd, 11.45 million bpd, Russia's 2.15 million bpd) are daily-rate averages that the record cannot express (unit is neither tonnes nor number): not labelled.",
        "'On a daily basis, arrivals were about 8.7% above October's 11.39 million bpd' is growth of the daily rate, not of the tonnage (which rose 5.24%): out of scope like a per-working-day average; not labelled.",
        "'up 5.24% from October's 48.36 million tons': growth basis mom; October's 48.36 million tons is also labelled as its own quantity fact with period 2025-10 (a stated observation, not the period of the growth).",
        "'4.88% higher than in November 2024': yoy, period 2025-11 (November 2024 is the comparison base).",
        "Natural gas paragraph opens with an 'on the month' frame, but '1.1% lower than in November last year' carries its own yoy cue, which wins over the carried frame; the later Jan-Nov figures are cumulative and yoy.",
        "Refined fuel: 'slipped 1.4% from October' -> mom -1.4; '12.6% above the level a year earlier' -> yoy; 'Year-to-date product exports' -> period 2025-01..2025-11 from the running period; product 'refined fuel' for both.",
        "Supplier paragraph refers to October ('Detailed data released last month ... in October'): period 2025-10 carried to Saudi Arabia, Malaysia, Brazil and Iraq sentences. 'top crude supplier' -> rank 1 (partner Russia); Saudi Arabia 'ranked second' -> rank 2.",
        "Table flattened into pipe-separated lines, volumes in metric tons per the header. The October y/y column repeats the growth rates stated in the prose (same identity, same value): labelled once, with the prose evidence. Each row yields the October tonnage, the Jan-Oct tonnage and the Jan-Oct growth.",
        "Out of scope, not labelled: Brent prices ($63.6, $64.5 a barrel), the analyst expectation that imports stay above 11 million bpd in December (forecast), the Dec. 20 release date.",
    ],
    "facts": [
        fact(C, "imports", "quantity", 50.89e6, "tonnes", NOV, "50.89 million",
             "Last month's arrivals totalled 50.89 million metric tons", product=CO),
        fact(C, "imports", "growth", 5.24, "percent", NOV, "5.24",
             "That was up 5.24% from October's 48.36 million tons", product=CO, basis="mom"),
        fact(C, "imports", "quantity", 48.36e6, "tonnes", OCT, "48.36 million",
             "That was up 5.24% from October's 48.36 million tons", product=CO),
        fact(C, "imports", "growth", 4.88, "percent", NOV, "4.88",
             "4.88% higher than in November 2024", product=CO),
        fact(C, "imports", "quantity", 521.87e6, "tonnes", YTD, "521.87 million",
             "For the first 11 months of the year, imports totalled 521.87 million tons", product=CO),
        fact(C, "imports", "growth", 3.2, "percent", YTD, "3.2",
             "For the first 11 months of the year, imports totalled 521.87 million tons, or roughly 11.45 million bpd, an increase of 3.2% on the same period in 2024",
             product=CO),
        fact(C, "exports", "growth", -1.4, "percent", NOV, "1.4",
             "Exports of refined fuel, which include diesel, gasoline, jet fuel and marine fuel, slipped 1.4% from October to 5.22 million tons",
             product="refined fuel", basis="mom"),
        fact(C, "exports", "quantity", 5.22e6, "tonnes", NOV, "5.22 million",
             "Exports of refined fuel, which include diesel, gasoline, jet fuel and marine fuel, slipped 1.4% from October to 5.22 million tons",
             product="refined fuel"),
        fact(C, "exports", "growth", 12.6, "percent", NOV, "12.6",
             "though they were 12.6% above the level a year earlier", product="refined fuel"),
        fact(C, "exports", "growth", -2.9, "percent", YTD, "2.9",
             "Year-to-date product exports were down 2.9% at 53.7 million tons", product="refined fuel"),
        fact(C, "exports", "quantity", 53.7e6, "tonnes", YTD, "53.7 million",
             "Year-to-date product exports were down 2.9% at 53.7 million tons", product="refined fuel"),
        fact(C, "imports", "growth", 8.6, "percent", NOV, "8.6",
             "Natural gas imports, covering both piped gas and liquefied natural gas (LNG), rose 8.6% on the month to 11.21 million tons",
             product="natural gas", basis="mom"),
        fact(C, "imports", "quantity", 11.21e6, "tonnes", NOV, "11.21 million",
             "Natural gas imports, covering both piped gas and liquefied natural gas (LNG), rose 8.6% on the month to 11.21 million tons",
             product="natural gas"),
        fact(C, "imports", "growth", -1.1, "percent", NOV, "1.1",
             "but were 1.1% lower than in November last year", product="natural gas"),
        fact(C, "imports", "growth", -6.1, "percent", YTD, "6.1",
             "Over January-November, gas imports slid 6.1% to 115.6 million tons", product="natural gas"),
        fact(C, "imports", "quantity", 115.6e6, "tonnes", YTD, "115.6 million",
             "Over January-November, gas imports slid 6.1% to 115.6 million tons", product="natural gas"),
        fact(C, "imports", "rank", 1, "number", OCT, "top",
             "Russia remained China's top crude supplier in October", partner="Russia", product=CO),
        fact(C, "imports", "growth", 3.2, "percent", OCT, "3.2",
             "Russia remained China's top crude supplier in October, shipping about 2.15 million bpd, up 3.2% from a year earlier",
             partner="Russia", product=CO),
        fact(C, "imports", "rank", 2, "number", OCT, "second",
             "Saudi Arabia ranked second", partner="Saudi Arabia", product=CO),
        fact(C, "imports", "growth", -9.8, "percent", OCT, "9.8",
             "Saudi Arabia ranked second, with volumes down 9.8% on the year", partner="Saudi Arabia", product=CO),
        fact(C, "imports", "growth", 26.5, "percent", OCT, "26.5",
             "arrivals from Malaysia, widely seen as a trans-shipment hub for Iranian oil, jumped 26.5%",
             partner="Malaysia", product=CO),
        fact(C, "imports", "growth", 48.9, "percent", OCT, "48.9",
             "Supplies from Brazil rose 48.9%", partner="Brazil", product=CO),
        fact(C, "imports", "growth", 1.7, "percent", OCT, "1.7",
             "Iraqi shipments edged up 1.7%", partner="Iraq", product=CO),
        *row("Russia", 9140615, "9,140,615", 81325440, "81,325,440", -7.9, "-7.9"),
        *row("Saudi Arabia", 6052330, "6,052,330", 65418207, "65,418,207", 1.5, "1.5"),
        *row("Malaysia", 5734102, "5,734,102", 58906113, "58,906,113", -4.2, "-4.2"),
        *row("Iraq", 4882470, "4,882,470", 51027889, "51,027,889", 3.6, "3.6"),
        *row("Brazil", 4105655, "4,105,655", 37214580, "37,214,580", 12.3, "12.3"),
    ],
}

from _fact import fact, period

CN = "China"
OCT = period(2026, 10)
SEP = period(2026, 9)
YTD = period(2026, 1, 10)

ARTICLE = {
    "id": "dBR1_03",
    "title": "TABLE-China's October exports and imports by major partner, with year-to-date totals",
    "publisher": "Reuters",
    "published": "2026-11-07",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Reuters 'TABLE-China's <month> trade "
        "with United States, EU, other key economies' items (prose lead with the poll forecast, then a "
        "flattened partner table with '($ bln)' and '(pct)' headers) and on the 2025 pattern of falling exports "
        "to the U.S. and rising exports to ASEAN and the EU. Invented: every figure. Derived (kept consistent): "
        "surplus 309.42 - 210.78 = 98.64 billion dollars; partner rows are below the totals; the prose "
        "(double-digit growth to Southeast Asia, high single-digit to Europe, U.S. shrinking) agrees with the "
        "table (11.4, 9.7, -14.6).",
        "Judgement calls: table cells take the scale of the header line '($ bln)' (values) and are percent in "
        "the '(pct)' columns; 'y/y' columns are yoy growth; Jan-Oct columns are 2026-01..2026-10. The total "
        "rows' October growth cells (3.8 for exports, 1.2 for imports) are the same observations as the lead's "
        "figures and are labelled once, with the prose evidence; the other total-row cells are labelled with "
        "the row as evidence. Evidence of a cell is its table row. Partners are the row names (ASEAN, European "
        "Union, United States, Japan); area China throughout. September's 6.1% export growth is a fact for "
        "2026-09 (a figure for another month, not a comparison base).",
        "Lint workaround: a draft lead read 'losing momentum after 6.1% growth in September'; the sign parser "
        "takes 'losing' as a fall cue and would read -6.1, so the clause was reworded to 'cooling from "
        "September's 6.1% growth' (same number and meaning).",
        "Not facts: 5.0% and 2.0% (Reuters poll forecasts); 25% (tariff rate); 'around 2%' (economist's "
        "forecast for fourth-quarter growth); 4.1% in 'the first 20 days of October' (part-of-month figure, and "
        "South Korea's trade); 'first seven days' (a holiday length); $1 = 7.1120 Chinese yuan (exchange rate); "
        "'double-digit' and 'high single-digit' (no numbers); 'one of the largest monthly gaps on record' "
        "(milestone).",
        "Copy check: 8 sentences searched (headline, lead, imports sentence, surplus sentence, U.S. shipments "
        "sentence, economist quote, analyst sentences, table introduction), 3 reworded (headline and surplus "
        "sentence had the skeleton of real Reuters lines; the table introduction had kept Reuters's 'Following "
        "is a breakdown of China's exports and imports' boilerplate and was rewritten).",
        "Second check: 12 sentences searched, 1 reworded.",
    ],
    "facts": [
        # prose lead
        fact(CN, "exports", "growth", 3.8, "percent", OCT, "3.8",
             "Dollar-denominated exports from China were 3.8% higher in October than a year before"),
        fact(CN, "exports", "growth", 6.1, "percent", SEP, "6.1",
             "cooling from September's 6.1% growth"),
        fact(CN, "imports", "growth", 1.2, "percent", OCT, "1.2",
             "Imports edged up 1.2%"),
        fact(CN, "balance", "value", 98.64e9, "USD", OCT, "$98.64 billion",
             "The month's trade surplus came to $98.64 billion"),
        # table cells
        fact(CN, 'exports', "value", 309.42e9, "USD", OCT, '309.42',
             'Total                   309.42    3.8    3,078.5      5.1'),
        fact(CN, 'exports', "value", 3078.5e9, "USD", YTD, '3,078.5',
             'Total                   309.42    3.8    3,078.5      5.1'),
        fact(CN, 'exports', "growth", 5.1, "percent", YTD, '5.1',
             'Total                   309.42    3.8    3,078.5      5.1'),
        fact(CN, 'exports', "value", 33.1e9, "USD", OCT, '33.1',
             'United States            33.1   -14.6      348.9    -17.2', partner='United States'),
        fact(CN, 'exports', "growth", -14.6, "percent", OCT, '-14.6',
             'United States            33.1   -14.6      348.9    -17.2', partner='United States'),
        fact(CN, 'exports', "value", 348.9e9, "USD", YTD, '348.9',
             'United States            33.1   -14.6      348.9    -17.2', partner='United States'),
        fact(CN, 'exports', "growth", -17.2, "percent", YTD, '-17.2',
             'United States            33.1   -14.6      348.9    -17.2', partner='United States'),
        fact(CN, 'exports', "value", 46.8e9, "USD", OCT, '46.8',
             'European Union           46.8     9.7      463.2      7.9', partner='European Union'),
        fact(CN, 'exports', "growth", 9.7, "percent", OCT, '9.7',
             'European Union           46.8     9.7      463.2      7.9', partner='European Union'),
        fact(CN, 'exports', "value", 463.2e9, "USD", YTD, '463.2',
             'European Union           46.8     9.7      463.2      7.9', partner='European Union'),
        fact(CN, 'exports', "growth", 7.9, "percent", YTD, '7.9',
             'European Union           46.8     9.7      463.2      7.9', partner='European Union'),
        fact(CN, 'exports', "value", 55.2e9, "USD", OCT, '55.2',
             'ASEAN                    55.2    11.4      561.7     12.3', partner='ASEAN'),
        fact(CN, 'exports', "growth", 11.4, "percent", OCT, '11.4',
             'ASEAN                    55.2    11.4      561.7     12.3', partner='ASEAN'),
        fact(CN, 'exports', "value", 561.7e9, "USD", YTD, '561.7',
             'ASEAN                    55.2    11.4      561.7     12.3', partner='ASEAN'),
        fact(CN, 'exports', "growth", 12.3, "percent", YTD, '12.3',
             'ASEAN                    55.2    11.4      561.7     12.3', partner='ASEAN'),
        fact(CN, 'exports', "value", 13.0e9, "USD", OCT, '13.0',
             'Japan                    13.0     2.1      129.4      1.6', partner='Japan'),
        fact(CN, 'exports', "growth", 2.1, "percent", OCT, '2.1',
             'Japan                    13.0     2.1      129.4      1.6', partner='Japan'),
        fact(CN, 'exports', "value", 129.4e9, "USD", YTD, '129.4',
             'Japan                    13.0     2.1      129.4      1.6', partner='Japan'),
        fact(CN, 'exports', "growth", 1.6, "percent", YTD, '1.6',
             'Japan                    13.0     2.1      129.4      1.6', partner='Japan'),
        fact(CN, 'imports', "value", 210.78e9, "USD", OCT, '210.78',
             'Total                   210.78    1.2    2,139.6      0.4'),
        fact(CN, 'imports', "value", 2139.6e9, "USD", YTD, '2,139.6',
             'Total                   210.78    1.2    2,139.6      0.4'),
        fact(CN, 'imports', "growth", 0.4, "percent", YTD, '0.4',
             'Total                   210.78    1.2    2,139.6      0.4'),
        fact(CN, 'imports', "value", 10.9e9, "USD", OCT, '10.9',
             'United States            10.9    -8.3      113.5    -11.6', partner='United States'),
        fact(CN, 'imports', "growth", -8.3, "percent", OCT, '-8.3',
             'United States            10.9    -8.3      113.5    -11.6', partner='United States'),
        fact(CN, 'imports', "value", 113.5e9, "USD", YTD, '113.5',
             'United States            10.9    -8.3      113.5    -11.6', partner='United States'),
        fact(CN, 'imports', "growth", -11.6, "percent", YTD, '-11.6',
             'United States            10.9    -8.3      113.5    -11.6', partner='United States'),
        fact(CN, 'imports', "value", 33.6e9, "USD", OCT, '33.6',
             'ASEAN                    33.6     5.2      331.0      4.4', partner='ASEAN'),
        fact(CN, 'imports', "growth", 5.2, "percent", OCT, '5.2',
             'ASEAN                    33.6     5.2      331.0      4.4', partner='ASEAN'),
        fact(CN, 'imports', "value", 331.0e9, "USD", YTD, '331.0',
             'ASEAN                    33.6     5.2      331.0      4.4', partner='ASEAN'),
        fact(CN, 'imports', "growth", 4.4, "percent", YTD, '4.4',
             'ASEAN                    33.6     5.2      331.0      4.4', partner='ASEAN'),
    ],
}

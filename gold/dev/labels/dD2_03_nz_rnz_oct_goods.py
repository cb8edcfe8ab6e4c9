from _fact import fact, period

OCT = period(2025, 10)
YE_OCT25 = {"start": "2024-11", "end": "2025-10"}  # year ended October 2025
YE_OCT24 = {"start": "2023-11", "end": "2024-10"}  # year ended October 2024
NZ = "New Zealand"
MBC = "milk powder, butter, and cheese"
E_ANN_BAL = ("the deficit for the year ended October 2025 was $2.71 billion, compared with $9.56 billion in the year "
             "ended October 2024")
E_ANN = "Annual exports rose 7.4 percent to $73.40 billion, while annual imports fell 2.3 percent to $76.11 billion"
E_OCT = ("In October alone, goods exports rose $511 million (8.7 percent) to $6.39 billion compared with October 2024, "
         "while goods imports rose $320 million (4.6 percent) to $7.32 billion")
E_MBC = "Milk powder, butter, and cheese exports rose 14 percent to $1.52 billion"
E_CN = ("Exports to China, still the largest single destination for New Zealand goods, fell 6.2 percent ($89 million) "
        "to $1.35 billion")
E_AU = "Exports to Australia rose 11 percent to $987 million and to the United States were up 3.0 percent"

ARTICLE = {
    "id": "dD2_03_nz_rnz_oct_goods",
    "title": "Annual goods trade deficit narrows as dairy export values climb",
    "publisher": "RNZ",
    "published": "2025-11-25",
    "notes": [
        "The standfirst says 'Figures are in New Zealand dollars': every '$' is NZD.",
        "Publisher RNZ from the byline ('RNZ Business Reporter'); published from the timestamp '25 November 2025'.",
        "'the year ended October 2025' is the twelve months 2024-11/2025-10; 'the year ended October 2024' is 2023-11/2024-10. "
        "Annual exports and imports take the year ended October 2025.",
        "The prior-year deficit ($9.56 billion) takes its sign from 'the deficit' earlier in the same sentence.",
        "Absolute changes ('rose $511 million', 'rose $320 million', 'fell ... ($89 million)') are differences, not flow values: out.",
        "'The quantity of milk powder exported rose 9.5 percent' is volume growth beside value growth: out.",
        "'whole milk powder, up 21 percent' is the October export value growth of whole milk powder.",
        "'still the largest single destination' is a stated rank: China, exports, rank 1.",
        "'and to the United States were up 3.0 percent' carries 'Exports to' from the same sentence.",
        "Economists' expected gap ($1.1 billion), 'smallest since May 2021', dairy auction prices (3.1 percent) and the OCR "
        "(2.5 percent) are out of scope.",
    ],
    "facts": [
        fact(NZ, "balance", "value", -2.71e9, "NZD", YE_OCT25, "2.71 billion", E_ANN_BAL),
        fact(NZ, "balance", "value", -9.56e9, "NZD", YE_OCT24, "9.56 billion", E_ANN_BAL),
        fact(NZ, "exports", "growth", 7.4, "percent", YE_OCT25, "7.4", E_ANN),
        fact(NZ, "exports", "value", 73.40e9, "NZD", YE_OCT25, "73.40 billion", E_ANN),
        fact(NZ, "imports", "growth", -2.3, "percent", YE_OCT25, "2.3", E_ANN),
        fact(NZ, "imports", "value", 76.11e9, "NZD", YE_OCT25, "76.11 billion", E_ANN),
        fact(NZ, "exports", "growth", 8.7, "percent", OCT, "8.7", E_OCT),
        fact(NZ, "exports", "value", 6.39e9, "NZD", OCT, "6.39 billion", E_OCT),
        fact(NZ, "imports", "growth", 4.6, "percent", OCT, "4.6", E_OCT),
        fact(NZ, "imports", "value", 7.32e9, "NZD", OCT, "7.32 billion", E_OCT),
        fact(NZ, "balance", "value", -930e6, "NZD", OCT, "930 million", "a monthly trade deficit of $930 million"),
        fact(NZ, "exports", "growth", 14, "percent", OCT, "14", E_MBC, product=MBC),
        fact(NZ, "exports", "value", 1.52e9, "NZD", OCT, "1.52 billion", E_MBC, product=MBC),
        fact(NZ, "exports", "growth", 21, "percent", OCT, "21", "led by whole milk powder, up 21 percent",
             product="whole milk powder"),
        fact(NZ, "exports", "growth", -6.2, "percent", OCT, "6.2", E_CN, partner="China"),
        fact(NZ, "exports", "value", 1.35e9, "NZD", OCT, "1.35 billion", E_CN, partner="China"),
        fact(NZ, "exports", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(NZ, "exports", "growth", 11, "percent", OCT, "11", E_AU, partner="Australia"),
        fact(NZ, "exports", "value", 987e6, "NZD", OCT, "987 million", E_AU, partner="Australia"),
        fact(NZ, "exports", "growth", 3.0, "percent", OCT, "3.0", E_AU, partner="United States"),
    ],
}

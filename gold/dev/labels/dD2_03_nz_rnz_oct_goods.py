from _fact import fact, period

OCT = period(2025, 10)
YE_OCT25 = {"start": "2024-11", "end": "2025-10"}  # year ended October 2025
YE_OCT24 = {"start": "2023-11", "end": "2024-10"}  # year ended October 2024
NZ = "New Zealand"
MBC = "milk powder, butter, and cheese"
E_ANN_BAL = ("Stats NZ figures put the goods deficit at $2.71 billion in the year ended October 2025, against $9.56 billion "
             "in the year ended October 2024")
E_ANN = "In annual terms, exports increased 7.4 percent to $73.40 billion and imports decreased 2.3 percent to $76.11 billion"
E_OCT = ("Looking at October on its own, goods exports climbed $511 million (8.7 percent) from October 2024 to reach $6.39 "
         "billion, and goods imports gained $320 million (4.6 percent) to reach $7.32 billion")
E_MBC = "Exports of milk powder, butter, and cheese climbed 14 percent to $1.52 billion"
E_CN = ("Exports to China, which remains the largest single market for New Zealand goods, dropped 6.2 percent ($89 million) "
        "to $1.35 billion")
E_AU = "Shipments to Australia increased 11 percent to $987 million, while those to the United States gained 3.0 percent"

ARTICLE = {
    "id": "dD2_03_nz_rnz_oct_goods",
    "title": "Rising dairy export values help shrink annual goods trade deficit",
    "publisher": "RNZ",
    "published": "2025-11-25",
    "notes": [
        "The standfirst says 'All amounts quoted are New Zealand dollars': every '$' is NZD.",
        "Publisher RNZ from the byline ('RNZ Business Reporter'); published from the timestamp '25 November 2025'.",
        "'the year ended October 2025' is the twelve months 2024-11/2025-10; 'the year ended October 2024' is 2023-11/2024-10. "
        "Annual exports and imports take the year ended October 2025.",
        "The prior-year deficit ($9.56 billion) takes its sign from 'the goods deficit' earlier in the same sentence.",
        "Absolute changes ('climbed $511 million', 'gained $320 million', 'dropped ... ($89 million)') are differences, not flow values: out.",
        "'In volume terms, milk powder shipments increased 9.5 percent' is volume growth beside value growth: out.",
        "'whole milk powder up 21 percent' is the October export value growth of whole milk powder.",
        "'the largest single market for New Zealand goods' is a stated rank: China, exports, rank 1.",
        "'those to the United States gained 3.0 percent' carries 'Shipments to' (exports) from the same sentence.",
        "Economists' expected gap ($1.1 billion), 'at its lowest level since May 2021', dairy auction prices (3.1 percent) and the OCR "
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
        fact(NZ, "balance", "value", -930e6, "NZD", OCT, "930 million", "The resulting monthly trade deficit of $930 million"),
        fact(NZ, "exports", "growth", 14, "percent", OCT, "14", E_MBC, product=MBC),
        fact(NZ, "exports", "value", 1.52e9, "NZD", OCT, "1.52 billion", E_MBC, product=MBC),
        fact(NZ, "exports", "growth", 21, "percent", OCT, "21", "with whole milk powder up 21 percent",
             product="whole milk powder"),
        fact(NZ, "exports", "growth", -6.2, "percent", OCT, "6.2", E_CN, partner="China"),
        fact(NZ, "exports", "value", 1.35e9, "NZD", OCT, "1.35 billion", E_CN, partner="China"),
        fact(NZ, "exports", "rank", 1, "number", OCT, "largest", E_CN, partner="China"),
        fact(NZ, "exports", "growth", 11, "percent", OCT, "11", E_AU, partner="Australia"),
        fact(NZ, "exports", "value", 987e6, "NZD", OCT, "987 million", E_AU, partner="Australia"),
        fact(NZ, "exports", "growth", 3.0, "percent", OCT, "3.0", E_AU, partner="United States"),
    ],
}

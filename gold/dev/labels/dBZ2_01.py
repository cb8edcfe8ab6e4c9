from _fact import fact, period

JP = "Japan"
H1 = period(2024, 4, 9)
SEP = period(2024, 9)
SEP23 = period(2023, 9)
US = "United States"
EU = "European Union"

ARTICLE = {
    "id": "dBZ2_01",
    "title": "Japan's trade deficit in fiscal 1st half widens 14% as weak yen lifts import bill",
    "publisher": "Kyodo",
    "published": "2024-10-17",
    "notes": [
        "Real figures (source, date): Finance Ministry preliminary data for April-September 2024 as reported by NHK "
        "(byteseu.com/502415), AP (kvia.com) and Devdiscourse, 2024-10-17: half-year deficit about 3.1 trillion yen, "
        "some 14 percent larger, exports up 6.6 percent to about 53.5 trillion yen (record), imports up about 7 percent "
        "to about 56.6 trillion yen; September 2024 (Bloomberg/BNN and Livemint, 2024-10-17): deficit 294.3 billion yen, "
        "third monthly shortfall, exports -1.7 percent (first fall in 10 months), imports +2.1 percent, exports to China "
        "-7.3, to the US -2.4, to Europe -9 percent (Bloomberg says 'Europe'; written here as the EU); yen averaged 144.27 "
        "per dollar, 1.5 percent stronger. September 2023 surplus of 62.4 billion yen (socialbites.ca, MOF, Oct 2023).",
        "Derived/made up: the exact half-year levels 3.11, 53.56 and 56.67 trillion yen and the 14.3 percent widening "
        "are derived from the fiscal 2023 first-half figures (2.72 / 50.24 / 52.96 trillion yen, Kyodo via QNA) and the "
        "reported growth rates; 9.04 trillion yen for September exports is recalled, not confirmed in the corpus. Made up: "
        "the dollar conversion 20.8 billion; chip-making equipment +27.9 and cars +4.1; every partner line for the half "
        "(China 9.41 / 12.63 / 3.22 trillion and +6.8 / +4.5; US surplus 4.21 trillion, -2.3, exports 10.63 trillion "
        "+3.9, imports 6.42 trillion +8.4; Asia 28.94 / 26.71 / 2.23 trillion, +9.2 / +5.8; EU deficit 1.37 trillion); "
        "September exports to Asia +0.9 and its 52.6 percent share; the quote; 152.60 yen average for the half.",
        "Judgement calls: 'a 3.22 trillion yen deficit against its neighbor' is partner China (carried from earlier in the sentence); "
        "'exports to the world's largest economy' and 'Purchases of American goods' are partner United States (carried); "
        "'its biggest trading partner' is a rank of total trade (rank 1) for the half; the Asia figures are "
        "partner Asia (China included, as the text says); 'the month's exports' is September (carried from 'September on "
        "its own'); the year of 'the April-September period' comes from the published date and 'fiscal 2024'; the Asia "
        "share 52.6 is a share of September exports; the chip-making equipment and car growth rates take the half-year "
        "period of the paragraph around them.",
        "Not facts: 'a seventh straight half-year period', 'the third straight monthly deficit' and 'nine straight months of "
        "gains' (streaks); fiscal 2024 (year); the yen averages 152.60 and 144.27 and their 'nearly 10 percent' "
        "and '1.5 percent' moves (exchange rates); the 0.5 percent rise economists expected (forecast); the 0.25 percent "
        "policy rate; '27-nation' (count of EU members, not trading partners).",
        "Copy check: 13 sentences searched (10 look-ups), 3 reworded (the September partner 'respectively' sentence, the "
        "'first decline in 10 months' clause and the yen-average sentence, which shared clause skeletons with Bloomberg, "
        "AP and Livemint copy seen while researching).",
        "Second check: 23 sentences searched, 11 reworded.",
    ],
    "facts": [
        fact(JP, "balance", "value", -3.11e12, "JPY", H1, "3.11 trillion",
             "leaving Japan with a goods trade deficit of 3.11 trillion yen ($20.8 billion) in the April-September period"),
        fact(JP, "balance", "value", -20.8e9, "USD", H1, "20.8 billion",
             "leaving Japan with a goods trade deficit of 3.11 trillion yen ($20.8 billion) in the April-September period",
             qualifier="approx"),
        fact(JP, "balance", "growth", 14.3, "percent", H1, "14.3",
             "leaving Japan with a goods trade deficit of 3.11 trillion yen ($20.8 billion) in the April-September period, up 14.3 percent from a year before"),
        fact(JP, "exports", "growth", 6.6, "percent", H1, "6.6",
             "lifted outbound shipments in the first half of fiscal 2024 by 6.6 percent to 53.56 trillion yen"),
        fact(JP, "exports", "value", 53.56e12, "JPY", H1, "53.56 trillion",
             "lifted outbound shipments in the first half of fiscal 2024 by 6.6 percent to 53.56 trillion yen"),
        fact(JP, "imports", "growth", 7.0, "percent", H1, "7.0",
             "Inbound shipments advanced 7.0 percent to 56.67 trillion yen"),
        fact(JP, "imports", "value", 56.67e12, "JPY", H1, "56.67 trillion",
             "Inbound shipments advanced 7.0 percent to 56.67 trillion yen"),
        fact(JP, "exports", "growth", 27.9, "percent", H1, "27.9",
             "Exports of chip-making equipment soared 27.9 percent", product="chip-making equipment"),
        fact(JP, "exports", "growth", 4.1, "percent", H1, "4.1",
             "car exports gained 4.1 percent", product="cars"),
        fact(JP, "exports", "growth", 6.8, "percent", H1, "6.8",
             "China took 9.41 trillion yen of Japanese goods, 6.8 percent more than a year earlier", partner="China"),
        fact(JP, "exports", "value", 9.41e12, "JPY", H1, "9.41 trillion",
             "China took 9.41 trillion yen of Japanese goods", partner="China"),
        fact(JP, "total", "rank", 1, "number", H1, "biggest",
             "goods from China, its biggest trading partner", partner="China"),
        fact(JP, "imports", "growth", 4.5, "percent", H1, "4.5",
             "Japan bought 12.63 trillion yen worth of goods from China, its biggest trading partner, an increase of 4.5 percent", partner="China"),
        fact(JP, "imports", "value", 12.63e12, "JPY", H1, "12.63 trillion",
             "Japan bought 12.63 trillion yen worth of goods from China", partner="China"),
        fact(JP, "balance", "value", -3.22e12, "JPY", H1, "3.22 trillion",
             "a 3.22 trillion yen deficit against its neighbor", partner="China"),
        fact(JP, "balance", "growth", -2.3, "percent", H1, "2.3",
             "Japan's trade with the United States produced a surplus of 4.21 trillion yen, down 2.3 percent", partner=US),
        fact(JP, "balance", "value", 4.21e12, "JPY", H1, "4.21 trillion",
             "Japan's trade with the United States produced a surplus of 4.21 trillion yen", partner=US),
        fact(JP, "exports", "growth", 3.9, "percent", H1, "3.9",
             "exports to the world's largest economy edged up 3.9 percent to 10.63 trillion yen", partner=US),
        fact(JP, "exports", "value", 10.63e12, "JPY", H1, "10.63 trillion",
             "exports to the world's largest economy edged up 3.9 percent to 10.63 trillion yen", partner=US),
        fact(JP, "imports", "growth", 8.4, "percent", H1, "8.4",
             "Purchases of American goods, aircraft parts and medicines among them, jumped 8.4 percent to 6.42 trillion yen", partner=US),
        fact(JP, "imports", "value", 6.42e12, "JPY", H1, "6.42 trillion",
             "Purchases of American goods, aircraft parts and medicines among them, jumped 8.4 percent to 6.42 trillion yen", partner=US),
        fact(JP, "exports", "growth", 9.2, "percent", H1, "9.2",
             "exports there climbed 9.2 percent to 28.94 trillion yen", partner="Asia"),
        fact(JP, "imports", "growth", 5.8, "percent", H1, "5.8",
             "imports from the region rose 5.8 percent to 26.71 trillion yen", partner="Asia"),
        fact(JP, "exports", "value", 28.94e12, "JPY", H1, "28.94 trillion",
             "exports there climbed 9.2 percent to 28.94 trillion yen", partner="Asia"),
        fact(JP, "imports", "value", 26.71e12, "JPY", H1, "26.71 trillion",
             "imports from the region rose 5.8 percent to 26.71 trillion yen", partner="Asia"),
        fact(JP, "balance", "value", 2.23e12, "JPY", H1, "2.23 trillion",
             "Japan earned a surplus of 2.23 trillion yen in trade with Asia as a whole", partner="Asia"),
        fact(JP, "balance", "value", -1.37e12, "JPY", H1, "1.37 trillion",
             "Trade with the European Union left Japan 1.37 trillion yen in the red", partner=EU),
        fact(JP, "balance", "value", -294.3e9, "JPY", SEP, "294.3 billion",
             "September on its own produced a shortfall of 294.3 billion yen"),
        fact(JP, "balance", "value", 62.4e9, "JPY", SEP23, "62.4 billion",
             "the same month last year had yielded a surplus of 62.4 billion yen"),
        fact(JP, "exports", "growth", -1.7, "percent", SEP, "1.7",
             "pulled the month's exports down 1.7 percent to 9.04 trillion yen"),
        fact(JP, "exports", "value", 9.04e12, "JPY", SEP, "9.04 trillion",
             "pulled the month's exports down 1.7 percent to 9.04 trillion yen"),
        fact(JP, "imports", "growth", 2.1, "percent", SEP, "2.1",
             "Imports rose 2.1 percent on higher purchases of medicines and computers"),
        fact(JP, "exports", "growth", -7.3, "percent", SEP, "7.3",
             "China-bound shipments sank 7.3 percent", partner="China"),
        fact(JP, "exports", "growth", -2.4, "percent", SEP, "2.4",
             "U.S.- and EU-bound exports posted declines of 2.4 percent and 9.0 percent, respectively", partner=US),
        fact(JP, "exports", "growth", -9.0, "percent", SEP, "9.0",
             "U.S.- and EU-bound exports posted declines of 2.4 percent and 9.0 percent, respectively", partner=EU),
        fact(JP, "exports", "growth", 0.9, "percent", SEP, "0.9",
             "Exports to Asia, however, inched up 0.9 percent", partner="Asia"),
        fact(JP, "exports", "share", 52.6, "percent", SEP, "52.6",
             "Exports to Asia, however, inched up 0.9 percent, taking 52.6 percent of the September total", partner="Asia"),
    ],
}

from _fact import fact, period

IN = "India"
NOV = period(2026, 11)
NOV25 = period(2025, 11)
APR_NOV = period(2026, 4, 11)
GS = "goods and services"

S_LEAD = "lifted India's merchandise exports by 3.96 per cent year-on-year to USD 39.64 billion in November"
S_BASE = "Outbound shipments of goods had amounted to USD 38.13 billion in the same month of 2025."
S_IMP = "The import bill for November climbed 5.67 per cent to USD 66.21 billion."
S_GAP = ("Imports therefore outstripped exports by USD 26.57 billion, a wider goods trade gap than the "
         "USD 24.53 billion recorded a year ago.")
S_INR = "In rupee terms, exports during the month increased 4.43 per cent to Rs 3,52,796.40 crore."
S_GOLD = "Gold imports jumped 38.4 per cent to USD 5.58 billion"
S_OIL = "the crude oil import bill fell 6.2 per cent to USD 13.12 billion"
S_SERV = ("The ministry estimated the value of services exports for November at USD 37.42 billion and services "
          "imports at USD 18.95 billion.")
S_ALL = ("On the ministry's estimates, goods and services exports combined reached USD 77.06 billion in November, "
         "while the overall trade deficit came to USD 8.10 billion.")
S_US = ("The US, India's largest export destination, took goods worth USD 7.48 billion in November, a rise of "
        "8.09 per cent over a year earlier.")
S_UAE = ("Shipments to the UAE, the second-largest market for Indian goods, slipped 2.3 per cent to "
         "USD 3.41 billion.")
S_CUM = ("Over April-November, the first eight months of the 2026-27 financial year, imports climbed 4.05 per cent "
         "to USD 518.77 billion, outpacing a 2.36 per cent rise in exports to USD 300.42 billion.")
S_CUM_BAL = "That left a goods trade shortfall of USD 218.35 billion for the eight months."
S_CUM_INR = "In rupee terms, cumulative merchandise exports came to Rs 26.32 lakh crore."
S_CUM_SERV = ("Services exports for April-November are estimated at USD 283.15 billion, taking overall exports of "
              "goods and services to USD 583.57 billion, 5.4 per cent higher than in the corresponding period a "
              "year ago.")
S_CUM_US = ("Exports to the US during the eight months totalled USD 56.21 billion, 4.8 per cent less than a year "
            "earlier, and accounted for about 18.7 per cent of India's merchandise exports.")

ARTICLE = {
    "id": "dBR2_05",
    "title": "Gold buying widens India's November trade gap even as exports edge up 3.96 pc to USD 39.64 bn",
    "publisher": "PTI",
    "published": "2026-12-15",
    "notes": [
        "Real figures: the November 2025 bases are the real ones (merchandise exports USD 38.13 billion, deficit "
        "USD 24.53 billion, as reported in December 2025); everything for November 2026 and April-November 2026 is "
        "invented, modelled on the commerce ministry's releases of 2024-2025. Derived and checked: deficit "
        "66.21 - 39.64 = 26.57; 39.64/38.13 = +3.96%; 24.53 = 62.66 - 38.13 (the real November 2025 imports, not "
        "stated); overall exports 39.64 + 37.42 = 77.06; overall deficit (66.21 + 18.95) - 77.06 = 8.10; cumulative "
        "deficit 518.77 - 300.42 = 218.35; overall cumulative exports 300.42 + 283.15 = 583.57; U.S. share "
        "56.21/300.42 = 18.71%; rupee value 39.64 x 89.0 = 3,52,796 crore; rupee growth 4.43% assumes a November 2025 "
        "average near 88.6 a dollar; cumulative rupee value 300.42 x about 87.6 = 26.32 lakh crore.",
        "Judgement calls: the headline's 3.96 pc and USD 39.64 bn are the body's facts, labelled once with the body's "
        "evidence. The November 2025 exports and trade gap are labelled as facts of their own period (2025-11), since "
        "the text states them. The trade gap (imports 'outstripped exports by') is a negative balance. Merchandise "
        "figures take product null; services figures 'services'; the merchandise-plus-services totals 'goods and "
        "services'. Gold imports -> product gold; the crude oil import bill -> product crude oil. UAE -> partner "
        "United Arab Emirates. 'April-November, the first eight months of the 2026-27 financial year' -> period "
        "2026-04..2026-11; 'the eight months' carries it. The services figures are estimates but are "
        "stated as the month's values, so labelled exact. The U.S. share ('about 18.7 per cent') is approx.",
        "Not facts: 89 (rupee exchange rate); 50 per cent (U.S. tariff rate) and August 2025 (date); '17 of the 30 "
        "key sectors' (conditional count of sectors); Rs 25,060 crore (outlay of an export promotion scheme, not a "
        "trade flow); USD 850 billion (a forecast by an exporters' federation); 2026-27 (fiscal-year label).",
        "Copy check: 9 sentences searched, 3 reworded (the lead, whose skeleton matched PTI's 'merchandise exports in "
        "November rose X per cent to $Y billion on account of'; the one-line imports sentence, same formula; the "
        "April-November cumulative sentence, which matched the wire formula 'exports increased X per cent to USD Y "
        "billion and imports by ...').",
        "Second check: 24 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 3.96, "percent", NOV, "3.96", S_LEAD),
        fact(IN, "exports", "value", 39.64e9, "USD", NOV, "39.64 billion", S_LEAD),
        fact(IN, "exports", "value", 38.13e9, "USD", NOV25, "38.13 billion", S_BASE),
        fact(IN, "imports", "growth", 5.67, "percent", NOV, "5.67", S_IMP),
        fact(IN, "imports", "value", 66.21e9, "USD", NOV, "66.21 billion", S_IMP),
        fact(IN, "balance", "value", -26.57e9, "USD", NOV, "26.57 billion", S_GAP),
        fact(IN, "balance", "value", -24.53e9, "USD", NOV25, "24.53 billion", S_GAP),
        fact(IN, "exports", "growth", 4.43, "percent", NOV, "4.43", S_INR),
        fact(IN, "exports", "value", 3.527964e12, "INR", NOV, "3,52,796.40 crore", S_INR),
        fact(IN, "imports", "growth", 38.4, "percent", NOV, "38.4", S_GOLD, product="gold"),
        fact(IN, "imports", "value", 5.58e9, "USD", NOV, "5.58 billion", S_GOLD, product="gold"),
        fact(IN, "imports", "growth", -6.2, "percent", NOV, "6.2", S_OIL, product="crude oil"),
        fact(IN, "imports", "value", 13.12e9, "USD", NOV, "13.12 billion", S_OIL, product="crude oil"),
        fact(IN, "exports", "value", 37.42e9, "USD", NOV, "37.42 billion", S_SERV, product="services"),
        fact(IN, "imports", "value", 18.95e9, "USD", NOV, "18.95 billion", S_SERV, product="services"),
        fact(IN, "exports", "value", 77.06e9, "USD", NOV, "77.06 billion", S_ALL, product=GS),
        fact(IN, "balance", "value", -8.10e9, "USD", NOV, "8.10 billion", S_ALL, product=GS),
        fact(IN, "exports", "rank", 1, "number", NOV, "largest", S_US, partner="United States"),
        fact(IN, "exports", "value", 7.48e9, "USD", NOV, "7.48 billion", S_US, partner="United States"),
        fact(IN, "exports", "growth", 8.09, "percent", NOV, "8.09", S_US, partner="United States"),
        fact(IN, "exports", "rank", 2, "number", NOV, "second-largest", S_UAE, partner="United Arab Emirates"),
        fact(IN, "exports", "growth", -2.3, "percent", NOV, "2.3", S_UAE, partner="United Arab Emirates"),
        fact(IN, "exports", "value", 3.41e9, "USD", NOV, "3.41 billion", S_UAE, partner="United Arab Emirates"),
        fact(IN, "imports", "growth", 4.05, "percent", APR_NOV, "4.05", S_CUM),
        fact(IN, "imports", "value", 518.77e9, "USD", APR_NOV, "518.77 billion", S_CUM),
        fact(IN, "exports", "growth", 2.36, "percent", APR_NOV, "2.36", S_CUM),
        fact(IN, "exports", "value", 300.42e9, "USD", APR_NOV, "300.42 billion", S_CUM),
        fact(IN, "balance", "value", -218.35e9, "USD", APR_NOV, "218.35 billion", S_CUM_BAL),
        fact(IN, "exports", "value", 26.32e12, "INR", APR_NOV, "26.32 lakh crore", S_CUM_INR),
        fact(IN, "exports", "value", 283.15e9, "USD", APR_NOV, "283.15 billion", S_CUM_SERV, product="services"),
        fact(IN, "exports", "value", 583.57e9, "USD", APR_NOV, "583.57 billion", S_CUM_SERV, product=GS),
        fact(IN, "exports", "growth", 5.4, "percent", APR_NOV, "5.4", S_CUM_SERV, product=GS),
        fact(IN, "exports", "value", 56.21e9, "USD", APR_NOV, "56.21 billion", S_CUM_US, partner="United States"),
        fact(IN, "exports", "growth", -4.8, "percent", APR_NOV, "4.8", S_CUM_US, partner="United States"),
        fact(IN, "exports", "share", 18.7, "percent", APR_NOV, "18.7", S_CUM_US, partner="United States",
             qualifier="approx"),
    ],
}

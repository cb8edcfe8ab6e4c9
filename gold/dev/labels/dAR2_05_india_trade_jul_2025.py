from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
JUL24 = period(2024, 7)
YTD = period(2025, 4, 7)
YTD24 = period(2024, 4, 7)
IN = "India"
US = "United States"
GS = "goods and services"

E_EXP = "lifted India's merchandise exports to USD 37.24 billion in July, 7.29 per cent more than a year earlier"
E_IMP = "Imports grew even faster, by 8.6 per cent to USD 64.59 billion"
E_DEF = "the trade deficit swelled to USD 27.35 billion, the widest in eight months"
E_DEF_PREV = "The deficit stood at USD 18.78 billion in June and USD 24.77 billion in July last year"
E_YTD = ("For April-July this fiscal, the export total came to USD 149.2 billion, a 3.07 per cent increase, against "
         "imports of USD 244.01 billion, up 5.36 per cent.")
E_YTD_DEF = "The cumulative trade deficit for the four months works out to USD 94.81 billion."
E_SERV = ("On the services side, the ministry's estimate puts July exports at USD 31.03 billion and imports at USD "
          "15.40 billion.")
E_GS = ("Combining goods and services, the country earned USD 68.27 billion from exports and spent USD 79.99 billion "
        "on imports, an overall trade gap of USD 11.72 billion for the month.")
E_GOLD = "the gold bill climbed 13.8 per cent to USD 3.97 billion in July"
E_CRUDE = "crude oil purchases cost USD 15.6 billion, compared with USD 14.5 billion a year ago"
E_ELEC = "electronic goods led the gains with a jump of 33.9 per cent to USD 3.77 billion"
E_PETRO = "petroleum products shipments slipped 25.1 per cent on lower global crude prices"
E_US = "The US, India's largest export destination, bought goods worth USD 8.01 billion in July, up 19.94 per cent from a year earlier."
E_US_YTD = ("Cumulatively, April-July shipments to America totalled USD 33.53 billion, 21.62 per cent above the USD 27.57 "
            "billion of the same months last year.")

ARTICLE = {
    "id": "dAR2_05_india_trade_jul_2025",
    "title": "India's July trade gap hits 8-month high of USD 27.35 bn as imports outpace 7.29 pc export rise",
    "publisher": "PTI",
    "published": "2025-08-14",
    "notes": [
        "Dateline 'New Delhi, Aug 14 (PTI)' and 'released on Thursday': published 2025-08-14; July is July 2025; 'April-July this fiscal' is 2025-04..2025-07 (FY2025-26).",
        "Headline figures (USD 27.35 bn deficit, 7.29 pc export growth) are the same observations as the body's: labelled once, from the body.",
        "Merchandise (goods) figures carry product null; services-only figures 'services'; 'Combining goods and services' figures 'goods and services'.",
        "Deficits are negative balances: July -27.35bn, June -18.78bn (period 2025-06), 'July last year' -24.77bn (period 2024-07), April-July -94.81bn, overall goods and services 'trade gap' -11.72bn.",
        "Services exports/imports are the ministry's estimates of a past month (data, not a forecast): labelled, qualifier exact.",
        "'crude oil purchases cost USD 15.6 billion, compared with USD 14.5 billion a year ago': July 2025 value and a July 2024 value (the comparison base stated as a figure), product 'crude oil'.",
        "'The US, India's largest export destination' -> exports rank 1, partner United States, July 2025.",
        "'the USD 27.57 billion of the same months last year': April-July 2024 exports to the US, a separate fact (33.53/27.57 = +21.62%).",
        "'Engineering goods, drugs and pharmaceuticals and gems and jewellery also posted healthy growth' states no number: nothing to label.",
        "Out of scope: 'the widest in eight months' and the headline's '8-month high' (milestones); tariff rates 25/25/50 per cent and the dates August 7 and August 27; the economist's forecasts (20-25 per cent contraction, about USD 25 billion a month); the polled deficit of around USD 20.35 billion (forecast); 'four months' (a count of months, not a trade figure).",
    ],
    "facts": [
        fact(IN, "exports", "growth", 7.29, "percent", JUL, "7.29", E_EXP),
        fact(IN, "exports", "value", 37.24e9, "USD", JUL, "37.24 billion", E_EXP),
        fact(IN, "imports", "growth", 8.6, "percent", JUL, "8.6", E_IMP),
        fact(IN, "imports", "value", 64.59e9, "USD", JUL, "64.59 billion", E_IMP),
        fact(IN, "balance", "value", -27.35e9, "USD", JUL, "27.35 billion", E_DEF),
        fact(IN, "balance", "value", -18.78e9, "USD", JUN, "18.78 billion", E_DEF_PREV),
        fact(IN, "balance", "value", -24.77e9, "USD", JUL24, "24.77 billion", E_DEF_PREV),
        fact(IN, "exports", "growth", 3.07, "percent", YTD, "3.07", E_YTD),
        fact(IN, "exports", "value", 149.2e9, "USD", YTD, "149.2 billion", E_YTD),
        fact(IN, "imports", "growth", 5.36, "percent", YTD, "5.36", E_YTD),
        fact(IN, "imports", "value", 244.01e9, "USD", YTD, "244.01 billion", E_YTD),
        fact(IN, "balance", "value", -94.81e9, "USD", YTD, "94.81 billion", E_YTD_DEF),
        fact(IN, "exports", "value", 31.03e9, "USD", JUL, "31.03 billion", E_SERV, product="services"),
        fact(IN, "imports", "value", 15.40e9, "USD", JUL, "15.40 billion", E_SERV, product="services"),
        fact(IN, "exports", "value", 68.27e9, "USD", JUL, "68.27 billion", E_GS, product=GS),
        fact(IN, "imports", "value", 79.99e9, "USD", JUL, "79.99 billion", E_GS, product=GS),
        fact(IN, "balance", "value", -11.72e9, "USD", JUL, "11.72 billion", E_GS, product=GS),
        fact(IN, "imports", "growth", 13.8, "percent", JUL, "13.8", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 3.97e9, "USD", JUL, "3.97 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 15.6e9, "USD", JUL, "15.6 billion", E_CRUDE, product="crude oil"),
        fact(IN, "imports", "value", 14.5e9, "USD", JUL24, "14.5 billion", E_CRUDE, product="crude oil"),
        fact(IN, "exports", "growth", 33.9, "percent", JUL, "33.9", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "value", 3.77e9, "USD", JUL, "3.77 billion", E_ELEC, product="electronic goods"),
        fact(IN, "exports", "growth", -25.1, "percent", JUL, "25.1", E_PETRO, product="petroleum products"),
        fact(IN, "exports", "rank", 1, "number", JUL, "largest", E_US, partner=US),
        fact(IN, "exports", "value", 8.01e9, "USD", JUL, "8.01 billion", E_US, partner=US),
        fact(IN, "exports", "growth", 19.94, "percent", JUL, "19.94", E_US, partner=US),
        fact(IN, "exports", "growth", 21.62, "percent", YTD, "21.62", E_US_YTD, partner=US),
        fact(IN, "exports", "value", 33.53e9, "USD", YTD, "33.53 billion", E_US_YTD, partner=US),
        fact(IN, "exports", "value", 27.57e9, "USD", YTD24, "27.57 billion", E_US_YTD, partner=US),
    ],
}

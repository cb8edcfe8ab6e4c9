from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
H1 = period(2025, 4, 9)
IN = "India"
US = "United States"
E_LEAD_X = "India's goods exports rose 6.74 per cent in September to USD 36.38 billion (about Rs 3.21 lakh crore)"
E_LEAD_M = "heavy buying of gold and fertiliser lifted imports even faster, by 16.6 per cent to USD 68.53 billion"
E_DEF = "The resulting trade deficit of USD 32.15 billion was the largest in 13 months"
E_DEF_PREV = ("The resulting trade deficit of USD 32.15 billion was the largest in 13 months, up from USD 26.49 billion in "
              "August and USD 24.66 billion in September 2024.")
E_MOM = "On a month-on-month basis, exports were 3.6 per cent higher and imports 11.3 per cent higher."
E_H1 = ("exports totalled USD 220.12 billion, a gain of 3.02 per cent, and imports USD 375.11 billion, 4.53 per cent "
        "more than a year earlier")
E_H1_DEF = "leaving a cumulative deficit of USD 154.99 billion."
E_SERV = ("Services trade is only estimated at this stage: the ministry's figures show USD 30.82 billion of exports and "
          "USD 15.29 billion of imports in September")
E_GOLD = "drove gold imports to USD 9.6 billion in September, against USD 5.14 billion a year before"
E_GOLD_H1 = "Over April-September, though, gold purchases were down 8.7 per cent at USD 26.51 billion."
E_OIL = ("Crude oil imports declined 4.9 per cent to USD 13.41 billion in September as global prices softened, whereas "
         "purchases of electronic goods climbed 13.6 per cent to USD 9.05 billion.")
E_US = "Shipments to the US fell to USD 5.43 billion in September, down from USD 6.87 billion in August"
E_US_H1 = ("For April-September as a whole, exports to America still came to USD 45.82 billion, 13.4 per cent more than "
           "a year earlier")

ARTICLE = {
    "id": "dAM2_05_india_trade_sep_2025",
    "title": "Exports grow 6.74 pc in Sept but gold-led import surge pushes trade gap to USD 32.15 bn, a 13-month high",
    "publisher": "PTI",
    "published": "2025-10-15",
    "notes": [
        "Dateline New Delhi, Oct 15 (PTI): published 2025-10-15; 'September' is September 2025, 'August' August 2025.",
        "Area India throughout ('India's'). Merchandise figures are goods alone: product null; services estimates carry product 'services'.",
        "Headline 'USD 32.15 bn' and '6.74 pc' restate the body's deficit and export growth: labelled once, from the body.",
        "'USD 36.38 billion (about Rs 3.21 lakh crore)': a USD fact and an INR fact with qualifier approx (3.21e12).",
        "Deficit figures are negative balances: -32.15 billion (September 2025), -26.49 billion (August 2025), -24.66 billion (September 2024).",
        "'the largest in 13 months' and the headline 'a 13-month high' are milestones: out.",
        "'A year earlier, September imports had amounted to USD 58.74 billion': an imports value for September 2024.",
        "'On a month-on-month basis, exports were 3.6 per cent higher and imports 11.3 per cent higher': basis mom.",
        "'the first half of 2025-26, from April to September' and 'April-September': 2025-04 to 2025-09.",
        "Services figures are ministry estimates; they are stated figures, not forecasts, and no hedge word is used: qualifier exact.",
        "Gold: September value 9.6 billion and September 2024 value 5.14 billion ('against USD 5.14 billion a year before'); first-half value 26.51 billion and growth -8.7 (yoy).",
        "Crude oil imports (-4.9, 13.41 billion) and 'electronic goods' imports (+13.6, 9.05 billion): September 2025, basis yoy (no cue, default).",
        "Exports to the US: 5.43 billion (September 2025) and 6.87 billion (August 2025); April-September 45.82 billion, +13.4 yoy ('13.4 per cent more than a year earlier'); 'America' is the United States.",
        "The 50 per cent US tariff, 'August 27', the economist's forecasts (USD 28-30 billion a month in October-December; current account deficit about 1.2 per cent of GDP) and the Rs 25,000 crore export promotion mission are not trade figures or are forecasts: out.",
    ],
    "facts": [
        fact(IN, "exports", "growth", 6.74, "percent", SEP, "6.74", E_LEAD_X),
        fact(IN, "exports", "value", 36.38e9, "USD", SEP, "36.38 billion", E_LEAD_X),
        fact(IN, "exports", "value", 3.21e12, "INR", SEP, "3.21 lakh crore", E_LEAD_X, qualifier="approx"),
        fact(IN, "imports", "growth", 16.6, "percent", SEP, "16.6", E_LEAD_M),
        fact(IN, "imports", "value", 68.53e9, "USD", SEP, "68.53 billion", E_LEAD_M),
        fact(IN, "imports", "value", 58.74e9, "USD", SEP24, "58.74 billion",
             "A year earlier, September imports had amounted to USD 58.74 billion."),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion", E_DEF),
        fact(IN, "balance", "value", -26.49e9, "USD", AUG, "26.49 billion", E_DEF_PREV),
        fact(IN, "balance", "value", -24.66e9, "USD", SEP24, "24.66 billion", E_DEF_PREV),
        fact(IN, "exports", "growth", 3.6, "percent", SEP, "3.6", E_MOM, basis="mom"),
        fact(IN, "imports", "growth", 11.3, "percent", SEP, "11.3", E_MOM, basis="mom"),
        fact(IN, "exports", "growth", 3.02, "percent", H1, "3.02", E_H1),
        fact(IN, "exports", "value", 220.12e9, "USD", H1, "220.12 billion", E_H1),
        fact(IN, "imports", "growth", 4.53, "percent", H1, "4.53", E_H1),
        fact(IN, "imports", "value", 375.11e9, "USD", H1, "375.11 billion", E_H1),
        fact(IN, "balance", "value", -154.99e9, "USD", H1, "154.99 billion", E_H1_DEF),
        fact(IN, "exports", "value", 30.82e9, "USD", SEP, "30.82 billion", E_SERV, product="services"),
        fact(IN, "imports", "value", 15.29e9, "USD", SEP, "15.29 billion", E_SERV, product="services"),
        fact(IN, "imports", "value", 9.6e9, "USD", SEP, "9.6 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 5.14e9, "USD", SEP24, "5.14 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", -8.7, "percent", H1, "8.7", E_GOLD_H1, product="gold"),
        fact(IN, "imports", "value", 26.51e9, "USD", H1, "26.51 billion", E_GOLD_H1, product="gold"),
        fact(IN, "imports", "growth", -4.9, "percent", SEP, "4.9", E_OIL, product="crude oil"),
        fact(IN, "imports", "value", 13.41e9, "USD", SEP, "13.41 billion", E_OIL, product="crude oil"),
        fact(IN, "imports", "growth", 13.6, "percent", SEP, "13.6", E_OIL, product="electronic goods"),
        fact(IN, "imports", "value", 9.05e9, "USD", SEP, "9.05 billion", E_OIL, product="electronic goods"),
        fact(IN, "exports", "value", 5.43e9, "USD", SEP, "5.43 billion", E_US, partner=US),
        fact(IN, "exports", "value", 6.87e9, "USD", AUG, "6.87 billion", E_US, partner=US),
        fact(IN, "exports", "value", 45.82e9, "USD", H1, "45.82 billion", E_US_H1, partner=US),
        fact(IN, "exports", "growth", 13.4, "percent", H1, "13.4", E_US_H1, partner=US),
    ],
}

from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
H1 = period(2025, 1, 6)
US = "United States"
E_EXP = ("June exports reached $325.18 billion, up 5.8% on the year, which beat the 5.0% median forecast of economists "
         "in a Reuters poll and improved on a 4.8% gain in May")
E_IMP = "Imports came to $210.41 billion, up 1.1%, reversing a 3.4% drop in May"
E_CNY = ("June exports increased 7.2% to 2.34 trillion yuan and imports grew 2.3% to 1.51 trillion yuan")
E_MOM = "On a month-on-month basis, dollar-denominated exports gained 2.9%, while imports slipped 1.2%."
E_US = "Year on year, June exports to the United States were down 16.1%, a much smaller decline than the 34.5% plunge in May"
E_EU = ("Sales to the European Union rose 7.6% and those to the Association of Southeast Asian Nations (ASEAN) "
        "jumped 16.8%")
E_H1 = ("For January-June, exports in dollar terms climbed 5.9% to $1.81 trillion and imports fell 3.9% to "
        "$1.22 trillion, producing a half-year surplus of $585.96 billion")
E_H1_CNY = "The GAC put first-half goods trade in yuan at 21.79 trillion yuan (about $3.04 trillion), a 2.9% rise"

ARTICLE = {
    "id": "dAS1_01_china_trade_jun_2025",
    "title": "China's June exports top forecasts as U.S. slump eases; imports edge back into growth",
    "publisher": "Reuters",
    "published": "2025-07-14",
    "notes": [
        "Dateline 'BEIJING, July 14 (Reuters)'; the body names 2025 ('grew on the year for the first time in 2025'), so June is 2025-06 and January-June is 2025-01/2025-06.",
        "Dollar and yuan growth rates for the same June flow (exports 5.8% in dollars, 7.2% in yuan; imports 1.1% and 2.3%) are different numbers for the same dimensions: both labelled, as written (the record has no currency field for growth).",
        "'improved on a 4.8% gain in May' and 'reversing a 3.4% drop in May': May 2025 growth rates stated in the text, labelled with period 2025-05, basis yoy (the paragraph's frame is 'on the year').",
        "Reuters poll forecasts (5.0% exports, 1.3% imports), the analyst's ~2% second-half export growth, Harcourt's 3.5% full-year export growth and ~1% import fall: forecasts, out.",
        "'On a month-on-month basis ... exports gained 2.9%, while imports slipped 1.2%': basis mom; 'slipped' makes the import figure -1.2.",
        "'a much smaller decline than the 34.5% plunge in May': growth of exports to the US in May, -34.5, basis yoy (the sentence opens with 'Year on year').",
        "'imports of American goods shrank 15.5%': imports from the US, June, -15.5.",
        "'China ran a $26.5 billion surplus with the United States in June': balance value, partner United States, positive.",
        "'the quickest pace among China's major markets' ranks growth rates, not a trade flow: no rank fact.",
        "'Exports to Russia, however, contracted 6.9%': June (the paragraph follows the June partner paragraph), yoy, -6.9.",
        "'a record for the period' (milestone) and 'faster than in the January-May period' (no number): out.",
        "'more than 600 billion yuan larger than a year before' is an absolute increase, a comparison derived from other figures: out.",
        "'21.79 trillion yuan (about $3.04 trillion)': a CNY fact and a USD fact with qualifier approx.",
        "'55%' U.S. duties, '145%' tariffs, '90-day pause': not trade flows, out.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.8, "percent", JUN, "5.8", E_EXP),
        fact("China", "exports", "value", 325.18e9, "USD", JUN, "325.18 billion", E_EXP),
        fact("China", "exports", "growth", 4.8, "percent", MAY, "4.8", E_EXP),
        fact("China", "imports", "growth", 1.1, "percent", JUN, "1.1", E_IMP),
        fact("China", "imports", "value", 210.41e9, "USD", JUN, "210.41 billion", E_IMP),
        fact("China", "imports", "growth", -3.4, "percent", MAY, "3.4", E_IMP),
        fact("China", "balance", "value", 114.77e9, "USD", JUN, "114.77 billion",
             "June's surplus worked out at $114.77 billion."),
        fact("China", "exports", "growth", 7.2, "percent", JUN, "7.2", E_CNY),
        fact("China", "exports", "value", 2.34e12, "CNY", JUN, "2.34 trillion", E_CNY),
        fact("China", "imports", "growth", 2.3, "percent", JUN, "2.3", E_CNY),
        fact("China", "imports", "value", 1.51e12, "CNY", JUN, "1.51 trillion", E_CNY),
        fact("China", "balance", "value", 826.4e9, "CNY", JUN, "826.4 billion", "for a surplus of 826.4 billion yuan"),
        fact("China", "exports", "growth", 2.9, "percent", JUN, "2.9", E_MOM, basis="mom"),
        fact("China", "imports", "growth", -1.2, "percent", JUN, "1.2", E_MOM, basis="mom"),
        fact("China", "exports", "growth", -16.1, "percent", JUN, "16.1", E_US, partner=US),
        fact("China", "exports", "growth", -34.5, "percent", MAY, "34.5", E_US, partner=US),
        fact("China", "imports", "growth", -15.5, "percent", JUN, "15.5",
             "imports of American goods shrank 15.5%", partner=US),
        fact("China", "balance", "value", 26.5e9, "USD", JUN, "26.5 billion",
             "China ran a $26.5 billion surplus with the United States in June.", partner=US),
        fact("China", "exports", "growth", 7.6, "percent", JUN, "7.6", E_EU, partner="European Union"),
        fact("China", "exports", "growth", 16.8, "percent", JUN, "16.8", E_EU, partner="ASEAN"),
        fact("China", "exports", "growth", -6.9, "percent", JUN, "6.9",
             "Exports to Russia, however, contracted 6.9%", partner="Russia"),
        fact("China", "exports", "growth", 5.9, "percent", H1, "5.9", E_H1),
        fact("China", "exports", "value", 1.81e12, "USD", H1, "1.81 trillion", E_H1),
        fact("China", "imports", "growth", -3.9, "percent", H1, "3.9", E_H1),
        fact("China", "imports", "value", 1.22e12, "USD", H1, "1.22 trillion", E_H1),
        fact("China", "balance", "value", 585.96e9, "USD", H1, "585.96 billion", "producing a half-year surplus of $585.96 billion"),
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", E_H1_CNY),
        fact("China", "total", "value", 21.79e12, "CNY", H1, "21.79 trillion", E_H1_CNY),
        fact("China", "total", "value", 3.04e12, "USD", H1, "3.04 trillion", E_H1_CNY, qualifier="approx"),
    ],
}

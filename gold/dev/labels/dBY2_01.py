from _fact import fact, period

EG = "Egypt"
SEP = period(2025, 9)
SEP24 = period(2024, 9)
JS = period(2025, 1, 9)

ARTICLE = {
    "id": "dBY2_01",
    "title": "Egypt's trade deficit narrows 19.8 pct in September as exports climb: CAPMAS",
    "publisher": "Ahram Online",
    "published": "2025-11-20",
    "notes": [
        "Real figures (CAPMAS via Amwal Al Ghad / Egypt Business, Nov 2024): September 2024 exports $3.46 billion, "
        "imports $7.86 billion, deficit $4.40 billion (used as the prior-year bases). The $145 billion 2030 export "
        "target, the March 2024 float, the 100bp October 2025 rate cut and the $8 billion IMF programme are real "
        "context as I recall them; none is labelled.",
        "Derived/made up: every September 2025 and January-September 2025 figure is made up (the pages corpus has no "
        "CAPMAS release for September 2025): exports $4.06bn (+17.3%), imports $7.59bn (-3.4%), deficit $3.53bn "
        "(-19.8%, derived from the made-up flows and the real 2024 bases), LE figures derived at a made-up LE48.3/$, "
        "non-petroleum exports, product growth rates, nine-month totals and the market values, share (3.99/38.4) "
        "and ranks; the 12.5% October inflation is from memory, not checked.",
        "Judgement calls: 'gap' (lead and 'A year earlier the gap had stood') is the trade deficit, labelled as balance; the year of "
        "'September' comes from the headline and the published date; 'roughly LE170.5 billion' and 'some LE196.1 "
        "billion and imports LE366.6 billion' are separate EGP facts, approx (the 'some' taken to govern both); "
        "'a figure 21.6 percent higher than a year earlier' is yoy growth; the 2024 petroleum 'more than doubled' is "
        "not a number and not labelled; Turkey, Italy and Saudi Arabia 'came next' but no rank number is written, so "
        "only their values are labelled; 'a rise of 14.2 percent on the year' is the US's nine-month growth (yoy); "
        "'6.3 percent wider' is the growth of the cumulative deficit (+6.3). Product names follow the text: "
        "'non-petroleum goods', 'ready-made garments', 'fertilisers', 'petroleum products', 'wheat', 'natural gas', "
        "'passenger cars'.",
        "Not facts: LE48.3 to the dollar (exchange rate); 'more than doubled' and 'more than half its value' (no "
        "number / not trade); March 2024 (date); 100 basis points (rate cut); 12.5 percent (inflation); $145 billion "
        "by 2030 (target); $8 billion (IMF programme); years 2024, 2030.",
        "Copy check: 20 sentences searched (in 11 look-ups, short neighbours paired), 1 reworded (the second paragraph shared 'in its monthly bulletin on foreign trade' with egy-africa.com; rewritten and searched again).",
        "Second check: 21 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(EG, "balance", "value", -3.53e9, "USD", SEP, "3.53 billion",
             "Egypt's merchandise trade gap shrank by 19.8 percent year on year in September to $3.53 billion"),
        fact(EG, "balance", "growth", -19.8, "percent", SEP, "19.8",
             "Egypt's merchandise trade gap shrank by 19.8 percent year on year in September"),
        fact(EG, "balance", "value", -170.5e9, "EGP", SEP, "170.5 billion",
             "Egypt's merchandise trade gap shrank by 19.8 percent year on year in September to $3.53 billion, or roughly LE170.5 billion",
             qualifier="approx"),
        fact(EG, "balance", "value", -4.40e9, "USD", SEP24, "4.40 billion",
             "A year earlier the gap had stood at $4.40 billion"),
        fact(EG, "exports", "growth", 17.3, "percent", SEP, "17.3",
             "Exports rose 17.3 percent to $4.06 billion during the month"),
        fact(EG, "exports", "value", 4.06e9, "USD", SEP, "4.06 billion",
             "Exports rose 17.3 percent to $4.06 billion during the month"),
        fact(EG, "exports", "value", 3.46e9, "USD", SEP24, "3.46 billion",
             "Exports rose 17.3 percent to $4.06 billion during the month, against $3.46 billion a year before"),
        fact(EG, "imports", "growth", -3.4, "percent", SEP, "3.4",
             "Imports went the other way, slipping 3.4 percent to $7.59 billion"),
        fact(EG, "imports", "value", 7.59e9, "USD", SEP, "7.59 billion",
             "Imports went the other way, slipping 3.4 percent to $7.59 billion"),
        fact(EG, "imports", "value", 7.86e9, "USD", SEP24, "7.86 billion",
             "Imports went the other way, slipping 3.4 percent to $7.59 billion from $7.86 billion"),
        fact(EG, "exports", "value", 196.1e9, "EGP", SEP, "196.1 billion",
             "exports were worth some LE196.1 billion", qualifier="approx"),
        fact(EG, "imports", "value", 366.6e9, "EGP", SEP, "366.6 billion",
             "exports were worth some LE196.1 billion and imports LE366.6 billion", qualifier="approx"),
        fact(EG, "exports", "value", 3.52e9, "USD", SEP, "3.52 billion",
             "Exports of non-petroleum goods reached $3.52 billion in September", product="non-petroleum goods"),
        fact(EG, "exports", "growth", 21.6, "percent", SEP, "21.6",
             "Exports of non-petroleum goods reached $3.52 billion in September, a figure 21.6 percent higher than a year earlier",
             product="non-petroleum goods"),
        fact(EG, "exports", "growth", 24.6, "percent", SEP, "24.6",
             "bigger shipments of ready-made garments, which grew 24.6 percent", product="ready-made garments"),
        fact(EG, "exports", "growth", 31.2, "percent", SEP, "31.2",
             "fertilisers, up 31.2 percent", product="fertilisers"),
        fact(EG, "exports", "growth", -38.2, "percent", SEP, "38.2",
             "Outbound sales of petroleum products, which had more than doubled in September 2024 on a low base, dropped 38.2 percent this time",
             product="petroleum products"),
        fact(EG, "imports", "growth", -12.7, "percent", SEP, "12.7",
             "the petroleum products bill declined 12.7 percent to $1.21 billion", product="petroleum products"),
        fact(EG, "imports", "value", 1.21e9, "USD", SEP, "1.21 billion",
             "the petroleum products bill declined 12.7 percent to $1.21 billion", product="petroleum products"),
        fact(EG, "imports", "growth", -9.4, "percent", SEP, "9.4",
             "wheat purchases eased 9.4 percent", product="wheat"),
        fact(EG, "imports", "growth", 118.4, "percent", SEP, "118.4",
             "Natural gas imports moved sharply the other way, jumping 118.4 percent", product="natural gas"),
        fact(EG, "imports", "growth", 27.3, "percent", SEP, "27.3",
             "passenger car imports increased 27.3 percent", product="passenger cars"),
        fact(EG, "exports", "value", 38.4e9, "USD", JS, "38.4 billion",
             "For January-September as a whole, exports totalled $38.4 billion"),
        fact(EG, "exports", "growth", 9.6, "percent", JS, "9.6",
             "For January-September as a whole, exports totalled $38.4 billion, up 9.6 percent"),
        fact(EG, "imports", "growth", 8.1, "percent", JS, "8.1",
             "imports grew 8.1 percent to $69.8 billion"),
        fact(EG, "imports", "value", 69.8e9, "USD", JS, "69.8 billion",
             "imports grew 8.1 percent to $69.8 billion"),
        fact(EG, "balance", "value", -31.4e9, "USD", JS, "31.4 billion",
             "That left a cumulative deficit of $31.4 billion"),
        fact(EG, "balance", "growth", 6.3, "percent", JS, "6.3",
             "That left a cumulative deficit of $31.4 billion, 6.3 percent wider than in the first nine months of 2024"),
        fact(EG, "exports", "rank", 1, "number", JS, "largest",
             "The United Arab Emirates was the largest buyer of Egyptian goods over the period",
             partner="United Arab Emirates"),
        fact(EG, "exports", "value", 3.99e9, "USD", JS, "3.99 billion",
             "The United Arab Emirates was the largest buyer of Egyptian goods over the period, taking $3.99 billion worth",
             partner="United Arab Emirates"),
        fact(EG, "exports", "share", 10.4, "percent", JS, "10.4",
             "taking $3.99 billion worth, or 10.4 percent of the total", partner="United Arab Emirates"),
        fact(EG, "exports", "value", 2.87e9, "USD", JS, "2.87 billion",
             "Turkey, Italy and Saudi Arabia came next, with $2.87 billion, $2.14 billion and $2.02 billion respectively",
             partner="Turkey"),
        fact(EG, "exports", "value", 2.14e9, "USD", JS, "2.14 billion",
             "Turkey, Italy and Saudi Arabia came next, with $2.87 billion, $2.14 billion and $2.02 billion respectively",
             partner="Italy"),
        fact(EG, "exports", "value", 2.02e9, "USD", JS, "2.02 billion",
             "Turkey, Italy and Saudi Arabia came next, with $2.87 billion, $2.14 billion and $2.02 billion respectively",
             partner="Saudi Arabia"),
        fact(EG, "exports", "rank", 5, "number", JS, "fifth",
             "The United States ranked fifth at $1.93 billion", partner="United States"),
        fact(EG, "exports", "value", 1.93e9, "USD", JS, "1.93 billion",
             "The United States ranked fifth at $1.93 billion", partner="United States"),
        fact(EG, "exports", "growth", 14.2, "percent", JS, "14.2",
             "The United States ranked fifth at $1.93 billion, a rise of 14.2 percent on the year", partner="United States"),
    ],
}

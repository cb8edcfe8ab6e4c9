from _fact import fact, period

IN = "India"
OCT = period(2026, 10)
OCT25 = period(2025, 10)
APR_OCT = period(2026, 4, 10)

ARTICLE = {
    "id": "dBO2_05",
    "title": "India's Oct trade gap narrows as gold buying halves; goods shipments at USD 36.42 bn, up 5.93 pc",
    "publisher": "PTI",
    "published": "2026-11-15",
    "notes": [
        "Real figures: the October 2025 comparison values (merchandise exports USD 34.38 bn, imports USD 76.06 bn, "
        "deficit USD 41.68 bn, gold imports USD 14.72 bn) and the April-October 2025 bases behind the cumulative "
        "rates (exports USD 254.25 bn, imports USD 451.08 bn) are as reported by the commerce ministry in "
        "November 2025. Modelled on PTI and Deccan Chronicle October stories. Invented: every October 2026 and "
        "April-October 2026 figure. Derived: growth rates from the 2025 bases (36.42/34.38 = +5.93%, "
        "71.85/76.06 = -5.54%, 7.86/14.72 = -46.6%, 262.4/254.25 = +3.21%, 458.9/451.08 = +1.73%); deficit "
        "71.85 - 36.42 = 35.43 bn and 458.9 - 262.4 = 196.5 bn; rupee values at an invented 90.1 per dollar "
        "(Rs 3,28,144 crore, Rs 6.47 lakh crore, Rs 3.19 lakh crore) and the rupee growth 8.09% against an "
        "assumed 88.3 a year earlier; goods and services exports 36.42 + 39.80 = 76.22 bn; U.S. share "
        "50.8/262.4 = 19.4%; U.S. October growth 6.52/6.31 = +3.33% against the reported October 2025 value "
        "of USD 6.31 bn (real; not stated in the text). Partner figures for October 2026 are invented.",
        "Judgement calls: 'October last year' and 'October 2025' values are facts of period 2025-10 (published "
        "2026-11-15); 'a negative growth of 5.54 per cent' is -5.54; the rupee figures are separate INR facts "
        "and the rupee growth (8.09) is a separate growth fact beside the dollar rate (5.93); services figures "
        "take product 'services' (qualifier exact: 'the ministry's estimate' is not an approximation word); total "
        "exports of goods and services take product 'goods and services'; gold and crude oil imports take "
        "products 'gold' and 'crude oil'; 'top export destination' is rank 1 for April-October, 'the "
        "second-largest market' is rank 2 for the UAE in October (the sentence's period); the headline "
        "repeats the October export value and rate, labelled once with the body's evidence.",
        "Not facts: the economists' expectation of a deficit of about USD 33 billion (a poll); the exchange rate "
        "(about 90.1 to the dollar); the crude basket price (close to USD 64 a barrel); the 18 per cent US tariff and last year's 50 per cent tariff; "
        "the USD 850 billion export target for the fiscal (a forecast); fiscal year labels (2026-27) and the "
        "year 2027; 'gold buying halves' in the headline has no number.",
        "Copy check: 10 sentences searched, 2 reworded (the services-estimate sentence, close to the ministry formula 'the estimated value of services export is ...', and the commerce secretary's 'Briefing reporters' opening); the tariff lines were also updated to the 18 per cent U.S. rate reported for 2026.",
        "Second check: 21 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(IN, "exports", "value", 36.42e9, "USD", OCT, "36.42 billion",
             "the country's outbound merchandise shipments were worth USD 36.42 billion, 5.93 per cent higher than a year earlier"),
        fact(IN, "exports", "growth", 5.93, "percent", OCT, "5.93",
             "the country's outbound merchandise shipments were worth USD 36.42 billion, 5.93 per cent higher than a year earlier"),
        fact(IN, "balance", "value", -35.43e9, "USD", OCT, "35.43 billion",
             "cut the trade deficit to USD 35.43 billion"),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT25, "34.38 billion",
             "A year earlier, in October 2025, goods worth USD 34.38 billion had left the country."),
        fact(IN, "imports", "growth", -5.54, "percent", OCT, "5.54",
             "Imports during the month recorded a negative growth of 5.54 per cent to USD 71.85 billion"),
        fact(IN, "imports", "value", 71.85e9, "USD", OCT, "71.85 billion",
             "Imports during the month recorded a negative growth of 5.54 per cent to USD 71.85 billion"),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT25, "76.06 billion",
             "Imports during the month recorded a negative growth of 5.54 per cent to USD 71.85 billion, "
             "compared with USD 76.06 billion a year earlier"),
        fact(IN, "balance", "value", -41.68e9, "USD", OCT25, "41.68 billion",
             "The trade deficit for October last year was USD 41.68 billion"),
        fact(IN, "exports", "growth", 8.09, "percent", OCT, "8.09",
             "In rupee terms, exports increased 8.09 per cent to Rs 3,28,144 crore in October"),
        fact(IN, "exports", "value", 3.28144e12, "INR", OCT, "3,28,144 crore",
             "In rupee terms, exports increased 8.09 per cent to Rs 3,28,144 crore in October"),
        fact(IN, "imports", "value", 6.47e12, "INR", OCT, "6.47 lakh crore",
             "imports were worth Rs 6.47 lakh crore"),
        fact(IN, "balance", "value", -3.19e12, "INR", OCT, "3.19 lakh crore",
             "leaving a deficit of Rs 3.19 lakh crore"),
        fact(IN, "imports", "growth", -46.6, "percent", OCT, "46.6",
             "Gold imports dropped 46.6 per cent to USD 7.86 billion", product="gold"),
        fact(IN, "imports", "value", 7.86e9, "USD", OCT, "7.86 billion",
             "Gold imports dropped 46.6 per cent to USD 7.86 billion", product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT25, "14.72 billion",
             "Gold imports dropped 46.6 per cent to USD 7.86 billion from USD 14.72 billion in October 2025",
             product="gold"),
        fact(IN, "imports", "growth", -4.2, "percent", OCT, "4.2",
             "Crude oil imports declined 4.2 per cent to USD 13.92 billion", product="crude oil"),
        fact(IN, "imports", "value", 13.92e9, "USD", OCT, "13.92 billion",
             "Crude oil imports declined 4.2 per cent to USD 13.92 billion", product="crude oil"),
        fact(IN, "exports", "value", 39.80e9, "USD", OCT, "39.80 billion",
             "According to the ministry's estimate, the country sold services worth USD 39.80 billion abroad in October", product="services"),
        fact(IN, "imports", "value", 19.62e9, "USD", OCT, "19.62 billion",
             "the country sold services worth USD 39.80 billion abroad in October and bought services worth USD 19.62 billion", product="services"),
        fact(IN, "exports", "value", 76.22e9, "USD", OCT, "76.22 billion",
             "Taking goods and services together, the country's total exports in October are estimated at USD 76.22 billion",
             product="goods and services"),
        fact(IN, "exports", "growth", 3.21, "percent", APR_OCT, "3.21",
             "Cumulative figures for the current fiscal (2026-27) show USD 262.4 billion of merchandise shipped out between "
             "April and October, a rise of 3.21 per cent"),
        fact(IN, "exports", "value", 262.4e9, "USD", APR_OCT, "262.4 billion",
             "Cumulative figures for the current fiscal (2026-27) show USD 262.4 billion of merchandise shipped out between "
             "April and October, a rise of 3.21 per cent"),
        fact(IN, "imports", "growth", 1.73, "percent", APR_OCT, "1.73",
             "inbound goods worth USD 458.9 billion, 1.73 per cent more than a year before"),
        fact(IN, "imports", "value", 458.9e9, "USD", APR_OCT, "458.9 billion",
             "inbound goods worth USD 458.9 billion, 1.73 per cent more than a year before"),
        fact(IN, "balance", "value", -196.5e9, "USD", APR_OCT, "196.5 billion",
             "The seven-month shortfall on merchandise trade thus came to USD 196.5 billion."),
        fact(IN, "exports", "rank", 1, "number", APR_OCT, "top",
             "The US remained India's top export destination during the April-October period",
             partner="United States"),
        fact(IN, "exports", "value", 50.8e9, "USD", APR_OCT, "50.8 billion",
             "The US remained India's top export destination during the April-October period, taking goods worth "
             "USD 50.8 billion", partner="United States"),
        fact(IN, "exports", "share", 19.4, "percent", APR_OCT, "19.4",
             "taking goods worth USD 50.8 billion, which is 19.4 per cent of the country's total outbound shipments",
             partner="United States"),
        fact(IN, "exports", "growth", 3.33, "percent", OCT, "3.33",
             "In October, exports to the US increased 3.33 per cent to USD 6.52 billion", partner="United States"),
        fact(IN, "exports", "value", 6.52e9, "USD", OCT, "6.52 billion",
             "In October, exports to the US increased 3.33 per cent to USD 6.52 billion", partner="United States"),
        fact(IN, "exports", "rank", 2, "number", OCT, "second-largest",
             "Shipments to the UAE, the second-largest market", partner="United Arab Emirates"),
        fact(IN, "exports", "growth", -2.8, "percent", OCT, "2.8",
             "Shipments to the UAE, the second-largest market, dipped 2.8 per cent to USD 3.1 billion",
             partner="United Arab Emirates"),
        fact(IN, "exports", "value", 3.1e9, "USD", OCT, "3.1 billion",
             "Shipments to the UAE, the second-largest market, dipped 2.8 per cent to USD 3.1 billion",
             partner="United Arab Emirates"),
        fact(IN, "exports", "growth", 22.6, "percent", OCT, "22.6",
             "exports to China jumped 22.6 per cent to USD 1.92 billion", partner="China"),
        fact(IN, "exports", "value", 1.92e9, "USD", OCT, "1.92 billion",
             "exports to China jumped 22.6 per cent to USD 1.92 billion", partner="China"),
    ],
}

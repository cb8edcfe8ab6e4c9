from _fact import fact, period

APR = period(2026, 4)
MAR = period(2026, 3)
APR25 = period(2025, 4)
JAN_APR = period(2026, 1, 4)

EXP = "Exports increased 9.6% from a year earlier"
EXP_MAR = "accelerating from March's 7.9% growth"
IMP = "Inbound shipments rose 6.1%"
IMP_MAR = "in March they had grown 4.3%"
SURPLUS = "At $113.1 billion, the surplus on goods trade was larger than the $96.2 billion of April last year, though smaller than the $118.3 billion recorded in March."
US_EXP = "Exports to the United States fell 14.2% from a year earlier"
US_MOM = "Exports to the United States fell 14.2% from a year earlier, a 13th consecutive month of decline, though they rose 6.5% compared with March."
US_IMP = "China's imports of U.S. goods dropped 9.8%"
US_BAL = "leaving it with an $18.8 billion surplus in its April trade with the world's largest economy"
EU_EXP = "Sales to the European Union grew 11.4%"
ASEAN_EXP = "those to the 11-member Association of Southeast Asian Nations soared 17.9%"
AFRICA = "Exports to Africa jumped 31.5%"
EU_BAL = "In April, China's trade surplus with the EU expanded to $26.7 billion"
YTD = "exports for January through April were up 14.7% and imports rose 12.0%, producing a $445 billion surplus over the four months"
CRUDE = "crude oil imports to 48.2 million metric tons"
SOY = "Soybean arrivals climbed 21.1% on the year to 7.36 million tons"
RARE = "Outbound sales of rare earths dropped 8.3% from March to 4,870 tons"

ARTICLE = {
    "id": "dAH1_01_china_april_2026_trade",
    "title": "Chinese exports outpace expectations in April as sellers turn to markets beyond the US",
    "publisher": "Reuters",
    "published": "2026-05-09",
    "notes": [
        "Area China throughout (dateline and lead); the data month is April 2026 (published 2026-05-09).",
        "'accelerating from March's 7.9% growth' and 'in March they had grown 4.3%': year-on-year rates for March 2026, so period 2026-03 with basis yoy ('March' sets the period, not the comparison base).",
        "'$96.2 billion of April last year': the April 2025 surplus, period 2025-04.",
        "'they rose 6.5% compared with March': month-on-month growth of exports to the United States in April 2026, basis mom.",
        "'the world's largest economy': partner United States (the sentence is about trade with the U.S.).",
        "Partner 'the 11-member Association of Southeast Asian Nations' -> ASEAN; 'the EU' -> European Union.",
        "'Exports to Africa': exports, partner Africa.",
        "Year-to-date figures: period 2026-01..2026-04; the '$445 billion surplus over the four months' is the Jan-Apr balance.",
        "Product facts use the text's words: 'crude oil', 'soybean' ('Soybean arrivals'), 'rare earths'. Soybean arrivals = imports.",
        "Rare earth exports 'dropped 8.3% from March': basis mom, April 2026.",
        "Out of scope, unlabelled: Reuters poll forecasts (5.5%, 2.8%, $101.5 billion); 'about 11.7 million barrels per day' (a daily rate, the record has no such unit; the tonnage of the same observation is labelled); '13th straight monthly decline' (streak); '11-member' (not a trade flow); GDP growth 5.0%, the 4.5%-5% target and net exports' 1.6 percentage points contribution; the analyst's forecast of around 4% export growth in the second half.",
    ],
    "facts": [
        fact("China", "exports", "growth", 9.6, "percent", APR, "9.6", EXP),
        fact("China", "exports", "growth", 7.9, "percent", MAR, "7.9", EXP_MAR),
        fact("China", "imports", "growth", 6.1, "percent", APR, "6.1", IMP),
        fact("China", "imports", "growth", 4.3, "percent", MAR, "4.3", IMP_MAR),
        fact("China", "balance", "value", 113.1e9, "USD", APR, "113.1 billion", SURPLUS),
        fact("China", "balance", "value", 96.2e9, "USD", APR25, "96.2 billion", SURPLUS),
        fact("China", "balance", "value", 118.3e9, "USD", MAR, "118.3 billion", SURPLUS),
        fact("China", "exports", "growth", -14.2, "percent", APR, "14.2", US_EXP, partner="United States"),
        fact("China", "exports", "growth", 6.5, "percent", APR, "6.5", US_MOM, partner="United States", basis="mom"),
        fact("China", "imports", "growth", -9.8, "percent", APR, "9.8", US_IMP, partner="United States"),
        fact("China", "balance", "value", 18.8e9, "USD", APR, "18.8 billion", US_BAL, partner="United States"),
        fact("China", "exports", "growth", 11.4, "percent", APR, "11.4", EU_EXP, partner="European Union"),
        fact("China", "exports", "growth", 17.9, "percent", APR, "17.9", ASEAN_EXP, partner="ASEAN"),
        fact("China", "exports", "growth", 31.5, "percent", APR, "31.5", AFRICA, partner="Africa"),
        fact("China", "balance", "value", 26.7e9, "USD", APR, "26.7 billion", EU_BAL, partner="European Union"),
        fact("China", "exports", "growth", 14.7, "percent", JAN_APR, "14.7", YTD),
        fact("China", "imports", "growth", 12.0, "percent", JAN_APR, "12.0", YTD),
        fact("China", "balance", "value", 445e9, "USD", JAN_APR, "445 billion", YTD),
        fact("China", "imports", "quantity", 48.2e6, "tonnes", APR, "48.2 million", CRUDE, product="crude oil"),
        fact("China", "imports", "growth", 21.1, "percent", APR, "21.1", SOY, product="soybean"),
        fact("China", "imports", "quantity", 7.36e6, "tonnes", APR, "7.36 million", SOY, product="soybean"),
        fact("China", "exports", "growth", -8.3, "percent", APR, "8.3", RARE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 4870, "tonnes", APR, "4,870", RARE, product="rare earths"),
    ],
}

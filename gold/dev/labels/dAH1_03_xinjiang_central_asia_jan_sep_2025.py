from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
SEP = period(2025, 9)
CA = "Central Asia"
ME = "mechanical and electrical products"

LEAD = "Trade between the five Central Asian countries and northwest China's Xinjiang Uygur Autonomous Region expanded 11.6 percent year on year to 203.18 billion yuan (about 28.5 billion U.S. dollars)"
SHARE = "the Central Asian trade made up 60 percent of all of Xinjiang's foreign trade over January-September, and 40.1 percent of all Chinese trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"
EXP = "Xinjiang sold 171.35 billion yuan of goods to the five countries over the same months, a rise of 10.8 percent"
IMP = "its imports from them, at 31.83 billion yuan, were up 16.2 percent"
KZ_RANK = "Xinjiang's largest trading partner was still Kazakhstan"
KZ = "Xinjiang's largest trading partner was still Kazakhstan, with bilateral trade up 13.5 percent at 98.64 billion yuan."
KG_RANK = "In second place came Kyrgyzstan"
KG = "In second place came Kyrgyzstan, where the trade volume rose 6.2 percent to 62.3 billion yuan."
UZ = "Trade with Uzbekistan, Central Asia's most populous nation, increased 12.1 percent to 21.9 billion yuan."
TJ = "With Tajikistan, which shares a border with Xinjiang's Kashgar Prefecture, trade rose 20.4 percent to 15.7 billion yuan"
TJ_IMP = "imports from the mountainous country, chiefly non-ferrous metal ores and dried fruit, soared 46.8 percent"
ME_EXP = "Such exports rose 14.2 percent in January-September to 92.47 billion yuan and represented 54 percent of what the region exported to those five countries."
SEPT = "September's trade between Xinjiang and Central Asia came to 25.06 billion yuan on its own, 9.3 percent higher year on year and 4.7 percent higher than in August."
ALL = "Xinjiang's overall foreign trade, conducted with 190 countries and regions, grew 5 percent year on year to 338.47 billion yuan in January-September."

ARTICLE = {
    "id": "dAH1_03_xinjiang_central_asia_jan_sep_2025",
    "title": "Xinjiang's Central Asia trade expands 11.6 pct in January-September",
    "publisher": "Xinhua",
    "published": "2025-10-24",
    "notes": [
        "Area Xinjiang throughout ('northwest China's Xinjiang Uygur Autonomous Region' -> Xinjiang; 'the region' in 'what the region exported' is Xinjiang).",
        "Partner for 'the five Central Asian countries', 'Central Asia', 'the five countries', 'them' -> Central Asia (canonical region name).",
        "'40.1 percent of all Chinese trade with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan': share of Xinjiang-Central Asia trade in China's trade with the five; labelled as a second share fact of the same flow beside the 60 percent share of Xinjiang's total (the record does not name the whole).",
        "'bilateral trade' (Kazakhstan) and 'trade volume' (Kyrgyzstan): flow total.",
        "Ranks: 'Xinjiang's largest trading partner was still Kazakhstan' -> rank 1; 'In second place came Kyrgyzstan' -> rank 2 (among all Xinjiang's partners).",
        "'Central Asia's most populous nation' describes Uzbekistan; 'the mountainous country' refers to Tajikistan: imports from Tajikistan grew 46.8 percent.",
        "'Such exports' = exports of mechanical and electrical products to Central Asia; the 54 percent is their share of Xinjiang's exports to the five countries.",
        "September alone: period 2025-09; '4.7 percent higher than in August' -> basis mom.",
        "'conducted with 190 countries and regions': count, segment 'trading partners'; the total foreign trade figures are trade with the world (partner null).",
        "USD conversion '(about 28.5 billion U.S. dollars)' labelled as a separate approx fact.",
        "Out of scope, unlabelled: 'by 6.6 percentage points' (derived comparison); 'second China-Central Asia Summit' (ordinal of an event); clearance time cut by 20 percent (not a trade flow); 7,853 freight trains and their 6.8 percent growth (train departures); 19 land ports, 13 serving Central Asia (ports, not trade flows); 'five' in 'the five Central Asian countries' (part of the partner's description, not a count of trading partners).",
    ],
    "facts": [
        fact("Xinjiang", "total", "growth", 11.6, "percent", JAN_SEP, "11.6", LEAD, partner=CA),
        fact("Xinjiang", "total", "value", 203.18e9, "CNY", JAN_SEP, "203.18 billion", LEAD, partner=CA),
        fact("Xinjiang", "total", "value", 28.5e9, "USD", JAN_SEP, "28.5 billion", LEAD, partner=CA, qualifier="approx"),
        fact("Xinjiang", "total", "share", 60, "percent", JAN_SEP, "60", SHARE, partner=CA),
        fact("Xinjiang", "total", "share", 40.1, "percent", JAN_SEP, "40.1", SHARE, partner=CA),
        fact("Xinjiang", "exports", "value", 171.35e9, "CNY", JAN_SEP, "171.35 billion", EXP, partner=CA),
        fact("Xinjiang", "exports", "growth", 10.8, "percent", JAN_SEP, "10.8", EXP, partner=CA),
        fact("Xinjiang", "imports", "growth", 16.2, "percent", JAN_SEP, "16.2", IMP, partner=CA),
        fact("Xinjiang", "imports", "value", 31.83e9, "CNY", JAN_SEP, "31.83 billion", IMP, partner=CA),
        fact("Xinjiang", "total", "rank", 1, "number", JAN_SEP, "largest", KZ_RANK, partner="Kazakhstan"),
        fact("Xinjiang", "total", "growth", 13.5, "percent", JAN_SEP, "13.5", KZ, partner="Kazakhstan"),
        fact("Xinjiang", "total", "value", 98.64e9, "CNY", JAN_SEP, "98.64 billion", KZ, partner="Kazakhstan"),
        fact("Xinjiang", "total", "rank", 2, "number", JAN_SEP, "second", KG_RANK, partner="Kyrgyzstan"),
        fact("Xinjiang", "total", "value", 62.3e9, "CNY", JAN_SEP, "62.3 billion", KG, partner="Kyrgyzstan"),
        fact("Xinjiang", "total", "growth", 6.2, "percent", JAN_SEP, "6.2", KG, partner="Kyrgyzstan"),
        fact("Xinjiang", "total", "growth", 12.1, "percent", JAN_SEP, "12.1", UZ, partner="Uzbekistan"),
        fact("Xinjiang", "total", "value", 21.9e9, "CNY", JAN_SEP, "21.9 billion", UZ, partner="Uzbekistan"),
        fact("Xinjiang", "total", "growth", 20.4, "percent", JAN_SEP, "20.4", TJ, partner="Tajikistan"),
        fact("Xinjiang", "total", "value", 15.7e9, "CNY", JAN_SEP, "15.7 billion", TJ, partner="Tajikistan"),
        fact("Xinjiang", "imports", "growth", 46.8, "percent", JAN_SEP, "46.8", TJ_IMP, partner="Tajikistan"),
        fact("Xinjiang", "exports", "value", 92.47e9, "CNY", JAN_SEP, "92.47 billion", ME_EXP, partner=CA, product=ME),
        fact("Xinjiang", "exports", "growth", 14.2, "percent", JAN_SEP, "14.2", ME_EXP, partner=CA, product=ME),
        fact("Xinjiang", "exports", "share", 54, "percent", JAN_SEP, "54", ME_EXP, partner=CA, product=ME),
        fact("Xinjiang", "total", "value", 25.06e9, "CNY", SEP, "25.06 billion", SEPT, partner=CA),
        fact("Xinjiang", "total", "growth", 9.3, "percent", SEP, "9.3", SEPT, partner=CA),
        fact("Xinjiang", "total", "growth", 4.7, "percent", SEP, "4.7", SEPT, partner=CA, basis="mom"),
        fact("Xinjiang", "total", "count", 190, "number", JAN_SEP, "190", ALL, segment="trading partners"),
        fact("Xinjiang", "total", "growth", 5, "percent", JAN_SEP, "5", ALL),
        fact("Xinjiang", "total", "value", 338.47e9, "CNY", JAN_SEP, "338.47 billion", ALL),
    ],
}

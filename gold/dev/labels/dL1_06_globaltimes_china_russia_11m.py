from _fact import fact, period

ELEVEN_MONTHS = period(2024, 1, 11)
NOVEMBER = period(2024, 11)
LEAD_SENTENCE = "China-Russia trade climbed 1.8 percent year-on-year to a record 222.78 billion US dollars in the first 11 months of 2024"
RESPECTIVE_FLOWS = "China's exports to Russia and its imports from Russia stood at 104.78 billion dollars and 118 billion dollars, respectively, with the former up 4.1 percent year-on-year and the latter down 0.2 percent"
YUAN_SENTENCE = "In yuan terms, the two countries' trade expanded 3.9 percent, reaching 1.58 trillion yuan"
NOVEMBER_SENTENCE = "For November by itself, China-Russia trade amounted to 21.53 billion dollars, a 5.6 percent rise year-on-year, and it was 4.2 percent higher than in October"
PROVINCES_SENTENCE = "trade with Russia by Heilongjiang and by Inner Mongolia amounted to 190.4 billion yuan and 98.6 billion yuan, respectively"

ARTICLE = {
    "id": "dL1_06_globaltimes_china_russia_11m",
    "title": "Despite pressure from the West, China-Russia trade sets January-November record",
    "publisher": "Global Times",
    "published": "2024-12-10",
    "notes": [
        "Running period: first 11 months of 2024 (2024-01/2024-11), stated in the text; 'For November by itself' is 2024-11.",
        "'a record 222.78 billion': the record is a milestone word; the value is labelled as exact.",
        "'respectively' list: exports 104.78 billion / imports 118 billion; growth 'the former up 4.1 percent ... the latter down 0.2 percent' map in order.",
        "Trade deficit of 13.22 billion dollars with Russia: balance -13.22e9, partner Russia.",
        "November 'a 5.6 percent rise year-on-year' is yoy; '4.2 percent higher than in October' is a month-on-month growth fact (basis mom).",
        "99.1 million tons of crude oil from Russia: quantity in tonnes; 'its largest crude oil supplier' labelled as rank 1 of Russia as partner for crude oil imports.",
        "Provinces: Heilongjiang and Inner Mongolia each a separate area with partner Russia, from a 'respectively' list.",
        "2023 growth 'more than 26 percent' is quoted by an expert in passing; it is a trade-flow figure for 2023 and labelled (over).",
        "$200 billion target, 90 percent of settlements, 4,800 freight trains: out of scope.",
    ],
    "facts": [
        fact("China", "total", "value", 222.78e9, "USD", ELEVEN_MONTHS, "222.78 billion", LEAD_SENTENCE, partner="Russia"),
        fact("China", "total", "growth", 1.8, "percent", ELEVEN_MONTHS, "1.8", LEAD_SENTENCE, partner="Russia"),
        fact("China", "exports", "value", 104.78e9, "USD", ELEVEN_MONTHS, "104.78 billion", RESPECTIVE_FLOWS, partner="Russia"),
        fact("China", "imports", "value", 118e9, "USD", ELEVEN_MONTHS, "118 billion", RESPECTIVE_FLOWS, partner="Russia"),
        fact("China", "exports", "growth", 4.1, "percent", ELEVEN_MONTHS, "4.1", RESPECTIVE_FLOWS, partner="Russia"),
        fact("China", "imports", "growth", -0.2, "percent", ELEVEN_MONTHS, "0.2", RESPECTIVE_FLOWS, partner="Russia"),
        fact("China", "balance", "value", -13.22e9, "USD", ELEVEN_MONTHS, "13.22 billion",
             "China was 13.22 billion dollars in deficit with its northern neighbor", partner="Russia"),
        fact("China", "total", "growth", 3.9, "percent", ELEVEN_MONTHS, "3.9", YUAN_SENTENCE, partner="Russia"),
        fact("China", "total", "value", 1.58e12, "CNY", ELEVEN_MONTHS, "1.58 trillion", YUAN_SENTENCE, partner="Russia"),
        fact("China", "total", "value", 21.53e9, "USD", NOVEMBER, "21.53 billion", NOVEMBER_SENTENCE, partner="Russia"),
        fact("China", "total", "growth", 5.6, "percent", NOVEMBER, "5.6", NOVEMBER_SENTENCE, partner="Russia"),
        fact("China", "total", "growth", 4.2, "percent", NOVEMBER, "4.2", NOVEMBER_SENTENCE, partner="Russia", basis="mom"),
        fact("China", "imports", "quantity", 99.1e6, "tonnes", ELEVEN_MONTHS, "99.1 million",
             "China bought 99.1 million tons of crude oil from Russia", partner="Russia", product="crude oil"),
        fact("China", "imports", "rank", 1, "number", ELEVEN_MONTHS, "largest",
             "China bought 99.1 million tons of crude oil from Russia, which made Russia its largest crude oil supplier",
             partner="Russia", product="crude oil"),
        fact("Heilongjiang", "total", "value", 190.4e9, "CNY", ELEVEN_MONTHS, "190.4 billion", PROVINCES_SENTENCE, partner="Russia"),
        fact("Inner Mongolia", "total", "value", 98.6e9, "CNY", ELEVEN_MONTHS, "98.6 billion", PROVINCES_SENTENCE, partner="Russia"),
        fact("China", "total", "growth", 26, "percent", period(2023, 1, 12), "26",
             "two-way trade jumped by more than 26 percent in 2023", partner="Russia", qualifier="over"),
    ],
}

from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
JO = period(2025, 1, 10)

ARTICLE = {
    "id": "dBI1_01",
    "title": "China's Export Streak Breaks in October as US Shipments Keep Sinking",
    "publisher": "Bloomberg",
    "published": "2025-11-07",
    "notes": [
        "Written for the corpus in my own words after reading real coverage of China's October 2025 trade data "
        "(Bloomberg via gCaptain, Sharecast/Digital Look, Benzinga, particle.news, todaymarkets.ae, fx.co, "
        "devdiscourse and Reuters-sourced pages on rare earths and soybeans, Beijing News Agency on yuan figures).",
        "Real figures (customs release of 7 Nov 2025 as reported): exports -1.1% to $305.4bn, imports +1.0% to "
        "$215.3bn, surplus $90.07bn (Sept $90.45bn), Sept exports +8.3% and imports +7.4%, exports to US -25.17% "
        "(written 25.2%), imports from US down nearly 23%, exports to non-US +3.1%, EU +0.9%, ASEAN +11.0%, "
        "US surplus $24.76bn (Sept $22.82bn), rare earths 4,343.5 t (+9% m/m) and 52,699.2 t Jan-Oct (+10.5%), "
        "Jan-Oct exports +5.3%, imports -0.9%, surplus $964.8bn; yuan: Oct exports 2.17tn, imports 1.53tn, total "
        "about 3.7tn, Jan-Oct total 37.31tn (+3.6%), Jan-Oct US trade -15.9%, exports to US -17.1%; Russia -22% (yuan).",
        "Soybean imports of 9.48 million tons are the real October figure but came from the detailed customs data "
        "of 20 Nov; putting them in a 7 Nov story is a liberty. The GDP survey (about 4.5%) is invented and is "
        "a forecast, not a fact.",
        "Not labelled on purpose: the Bloomberg median 2.9%, the consensus 3.2%, the $95.6bn surplus forecast "
        "(forecasts/polls); 'exports to every other destination combined rose 3.1%' (world excluding the US: the "
        "record cannot express the partner); the 100% tariff threat and the 10-point tariff cut (tariff rates); "
        "'$1 trillion for the first time' (projection/milestone); streaks ('a seventh successive month', "
        "'three consecutive declines'); GDP.",
        "Judgement: September figures stated as comparison points ($90.45bn surplus, 8.3% export growth, 7.4% "
        "import growth, $22.82bn US surplus) are labelled as September facts, since each states a trade flow "
        "of a named month.",
        "Judgement: rare earth growth 9% 'from September' is a quantity growth with no value growth beside it, so "
        "it is labelled, basis mom; the Jan-Oct 10.5% likewise (yoy). Soybean 'arrivals' are imports.",
        "Judgement: 'Shipments there' (the US) and 'China's purchases of American goods' are China's exports to / "
        "imports from the United States; 'two-way trade' and 'commerce with the US' are flow total.",
        "Copy check: searched 10 distinctive stretches (lead, exports sentence, survey sentence, surplus sentence, US paragraph, 'every other destination', rare earths, soybeans, year-to-date sentence, the quote) in the pages corpus; 2 reworded because real copy shared a formula with them (rare earths 'first ... increase after three consecutive ...' -> 'snapping a three-month losing streak'; soybeans 'a record for the month' -> 'the biggest October intake on record'). No other run over about five words found.",
        "Copy check (independent): 19 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1",
             "Exports dropped 1.1% from a year earlier to $305.4 billion"),
        fact("China", "exports", "value", 305.4e9, "USD", OCT, "305.4 billion",
             "Exports dropped 1.1% from a year earlier to $305.4 billion"),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3",
             "That was a sharp turn from September, when outbound shipments jumped 8.3%"),
        fact("China", "imports", "growth", 1, "percent", OCT, "1",
             "Imports grew a meagre 1% to $215.3 billion"),
        fact("China", "imports", "value", 215.3e9, "USD", OCT, "215.3 billion",
             "Imports grew a meagre 1% to $215.3 billion"),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4",
             "after a 7.4% advance in September"),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion",
             "The trade surplus narrowed slightly to $90.07 billion from $90.45 billion in September"),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion",
             "The trade surplus narrowed slightly to $90.07 billion from $90.45 billion in September"),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2",
             "Shipments there plunged 25.2% on the year", partner="United States"),
        fact("China", "imports", "growth", -23, "percent", OCT, "23",
             "China's purchases of American goods fell nearly 23%", partner="United States",
             qualifier="approx"),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9",
             "Sales to the European Union inched up 0.9% after double-digit growth in September",
             partner="European Union"),
        fact("China", "exports", "growth", 11, "percent", OCT, "11",
             "exports to the Association of Southeast Asian Nations climbed 11%", partner="ASEAN"),
        fact("China", "exports", "growth", -22, "percent", OCT, "22",
             "Shipments to Russia, measured in yuan, sank 22%", partner="Russia"),
        fact("China", "balance", "value", 24.76e9, "USD", OCT, "24.76 billion",
             "China's surplus with the US, by Bloomberg calculations, widened to $24.76 billion from $22.82 billion in September",
             partner="United States"),
        fact("China", "balance", "value", 22.82e9, "USD", SEP, "22.82 billion",
             "China's surplus with the US, by Bloomberg calculations, widened to $24.76 billion from $22.82 billion in September",
             partner="United States"),
        fact("China", "exports", "growth", 9, "percent", OCT, "9",
             "Rare earth exports rose 9% from September to 4,343.5 tons", product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5",
             "Rare earth exports rose 9% from September to 4,343.5 tons", product="rare earths"),
        fact("China", "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48 million",
             "Soybean arrivals hit 9.48 million tons", product="soybeans"),
        fact("China", "exports", "growth", 5.3, "percent", JO, "5.3",
             "Over the first 10 months, exports advanced 5.3% in dollar terms and imports slipped 0.9%"),
        fact("China", "imports", "growth", -0.9, "percent", JO, "0.9",
             "Over the first 10 months, exports advanced 5.3% in dollar terms and imports slipped 0.9%"),
        fact("China", "balance", "value", 964.8e9, "USD", JO, "964.8 billion",
             "producing a surplus of $964.8 billion"),
        fact("China", "exports", "quantity", 52699.2, "tonnes", JO, "52,699.2",
             "Rare earth shipments in the period totaled 52,699.2 tons, up 10.5% on the same months of 2024",
             product="rare earths"),
        fact("China", "exports", "growth", 10.5, "percent", JO, "10.5",
             "Rare earth shipments in the period totaled 52,699.2 tons, up 10.5% on the same months of 2024",
             product="rare earths"),
        fact("China", "exports", "value", 2.17e12, "CNY", OCT, "2.17 trillion",
             "October exports came to 2.17 trillion yuan and imports to 1.53 trillion yuan"),
        fact("China", "imports", "value", 1.53e12, "CNY", OCT, "1.53 trillion",
             "October exports came to 2.17 trillion yuan and imports to 1.53 trillion yuan"),
        fact("China", "total", "value", 3.7e12, "CNY", OCT, "3.7 trillion",
             "for total goods trade of roughly 3.7 trillion yuan", qualifier="approx"),
        fact("China", "total", "growth", 3.6, "percent", JO, "3.6",
             "Two-way trade for January through October grew 3.6% to 37.31 trillion yuan"),
        fact("China", "total", "value", 37.31e12, "CNY", JO, "37.31 trillion",
             "Two-way trade for January through October grew 3.6% to 37.31 trillion yuan"),
        fact("China", "total", "growth", -15.9, "percent", JO, "15.9",
             "commerce with the US over the same stretch contracted 15.9%", partner="United States"),
        fact("China", "exports", "growth", -17.1, "percent", JO, "17.1",
             "with exports to America 17.1% lower", partner="United States"),
    ],
}

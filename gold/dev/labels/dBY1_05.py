from _fact import fact, period

CN = "China"
EU = "European Union"
JN = period(2025, 1, 11)
NOV = period(2025, 11)
OCT = period(2025, 10)
JS = period(2025, 1, 9)
Y24 = period(2024, 1, 12)

ARTICLE = {
    "id": "dBY1_05",
    "title": "China's trade surplus with EU balloons as cars and batteries pour into Europe",
    "publisher": "South China Morning Post",
    "published": "2025-12-10",
    "notes": [
        "Real figures (source, date): China's surplus with the EU US$266.8 billion in January-November 2025, up about "
        "20% (theepochtimes.sg, Dec 2025, from China customs data of 2025-12-08); exports to the EU +14.8% in November, "
        "exports to the US -28.6% to US$33.8 billion in November, global surplus US$1.076 trillion for January-November "
        "(SCMP via scmp.sxfx.eu.org; particle.news; dpa-AFX 2025-12-08); exports to Europe +8.9% in January-November "
        "(particle.news; used here as the EU figure); EU about 13% of China's trade and its second-largest partner after "
        "ASEAN, US third (RT, 2025-12-08); EU 2024 deficit with China EUR 305 billion (US$357.9 billion) (SCMP); EU EV "
        "duties of up to 35.3% (Irish Times); Macron's tariff warning (several).",
        "Derived/made up: US$514.7 billion and US$247.9 billion (11-month exports and imports) derived so that their "
        "difference is 266.8; the 2.6% import fall, every November level (50.3, 21.6, 28.7), the 4.1% and 34.7% "
        "rates, the 6.2% month-on-month rise and the October surplus of 24.9 are made up; all Eurostat January-September "
        "figures (260.6, 410.2, 6.4, 149.6, 6.5) are made up; vehicle, electric car, battery, pork and brandy figures "
        "are made up (pork kept near the US$1.83 billion EU pork trade of 2023 reported by freemalaysiatoday.com); the pork duty range 15.6-62.4% is from memory of MOFCOM's September 2025 ruling, not checked; the "
        "byline is invented.",
        "Judgement calls: 'last month' takes November 2025 from the published date. 'Measured sequentially ... up 6.2 "
        "per cent on October' is growth basis mom, November. '34.7 per cent wider than a year before' is the growth of a "
        "surplus, positive. 'roughly 13 per cent' share is approx. The EU deficit figures are area European Union, "
        "partner China, negative balances. The 2024 deficit in euros and in dollars are two facts; the dollar figure in "
        "brackets carries no 'about', so exact. 'making the bloc their largest overseas market' is rank 1 of China's "
        "lithium-ion battery exports. Brandy imports: partner European Union from the context (the sentence names none). ASEAN's first place is only implied ('behind the Association of Southeast Asian Nations'): not labelled.",
        "Not facts: US$290 billion (forecast for the full year); 27-nation (bloc size); 'the trillion-dollar line' "
        "(milestone); duties of up to 35.3 per cent and 15.6-62.4 per cent (tariff rates); 'around 5 per cent' (GDP "
        "growth forecast); 7.07 per US dollar (exchange rate); 2024, 2026 (years).",
        "Copy check: 21 sentences searched (in 16 queries), 0 reworded for copying; 1 sentence reworded for the lint ('ran a €305 billion (US$357.9 billion) deficit' -> 'ran a deficit of €305 billion (US$357.9 billion)'), searched in its final form.",
        "Second check: 28 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "balance", "value", 266.8e9, "USD", JN, "266.8 billion",
             "China's goods trade surplus with the European Union swelled to US$266.8 billion in the first 11 months "
             "of 2025", partner=EU),
        fact(CN, "balance", "growth", 20, "percent", JN, "20",
             "a jump of about 20 per cent on the same stretch of last year", partner=EU, qualifier="approx"),
        fact(CN, "exports", "growth", 8.9, "percent", JN, "8.9",
             "Chinese sales to the 27-nation bloc reached US$514.7 billion over the 11 months, 8.9 per cent more than a year earlier", partner=EU),
        fact(CN, "exports", "value", 514.7e9, "USD", JN, "514.7 billion",
             "Chinese sales to the 27-nation bloc reached US$514.7 billion over the 11 months", partner=EU),
        fact(CN, "imports", "growth", -2.6, "percent", JN, "2.6",
             "purchases from it came to US$247.9 billion, down 2.6 per cent", partner=EU),
        fact(CN, "imports", "value", 247.9e9, "USD", JN, "247.9 billion",
             "purchases from it came to US$247.9 billion", partner=EU),
        fact(CN, "exports", "growth", 14.8, "percent", NOV, "14.8",
             "Exports to the EU leapt 14.8 per cent from a year earlier to US$50.3 billion", partner=EU),
        fact(CN, "exports", "value", 50.3e9, "USD", NOV, "50.3 billion",
             "Exports to the EU leapt 14.8 per cent from a year earlier to US$50.3 billion", partner=EU),
        fact(CN, "imports", "growth", -4.1, "percent", NOV, "4.1",
             "imports dropped 4.1 per cent to US$21.6 billion", partner=EU),
        fact(CN, "imports", "value", 21.6e9, "USD", NOV, "21.6 billion",
             "imports dropped 4.1 per cent to US$21.6 billion", partner=EU),
        fact(CN, "balance", "value", 28.7e9, "USD", NOV, "28.7 billion",
             "leaving a November surplus of US$28.7 billion", partner=EU),
        fact(CN, "balance", "growth", 34.7, "percent", NOV, "34.7",
             "leaving a November surplus of US$28.7 billion, 34.7 per cent wider than a year before", partner=EU),
        fact(CN, "exports", "growth", 6.2, "percent", NOV, "6.2",
             "Measured sequentially, shipments to the bloc were up 6.2 per cent on October", partner=EU, basis="mom"),
        fact(CN, "balance", "value", 24.9e9, "USD", OCT, "24.9 billion",
             "when the monthly surplus came to US$24.9 billion", partner=EU),
        fact(CN, "total", "rank", 2, "number", JN, "second-largest",
             "making it the country's second-largest trading partner", partner=EU),
        fact(CN, "total", "share", 13, "percent", JN, "13",
             "Roughly 13 per cent of China's total trade in January-November was with the bloc", partner=EU, qualifier="approx"),
        fact(CN, "total", "rank", 3, "number", JN, "third",
             "The United States slipped to third", partner="United States"),
        fact(CN, "exports", "growth", -28.6, "percent", NOV, "28.6",
             "Chinese exports to the US sank 28.6 per cent year on year in November to US$33.8 billion",
             partner="United States"),
        fact(CN, "exports", "value", 33.8e9, "USD", NOV, "33.8 billion",
             "Chinese exports to the US sank 28.6 per cent year on year in November to US$33.8 billion",
             partner="United States"),
        fact(CN, "balance", "value", 1.076e12, "USD", JN, "1.076 trillion",
             "Beijing's global trade surplus nonetheless reached US$1.076 trillion over the 11 months"),
        fact(EU, "balance", "value", -260.6e9, "EUR", JS, "260.6 billion",
             "the result was a goods deficit of €260.6 billion with China", partner=CN),
        fact(EU, "imports", "growth", 6.4, "percent", JS, "6.4",
             "The EU imported €410.2 billion of goods from China in January-September, 6.4 per cent more than a year earlier", partner=CN),
        fact(EU, "imports", "value", 410.2e9, "EUR", JS, "410.2 billion",
             "The EU imported €410.2 billion of goods from China in January-September", partner=CN),
        fact(EU, "exports", "growth", -6.5, "percent", JS, "6.5",
             "its exports to China fell 6.5 per cent", partner=CN),
        fact(EU, "exports", "value", 149.6e9, "EUR", JS, "149.6 billion",
             "its exports to China fell 6.5 per cent to €149.6 billion", partner=CN),
        fact(EU, "balance", "value", -305e9, "EUR", Y24, "305 billion",
             "For the whole of 2024, the bloc ran a deficit of €305 billion (US$357.9 billion) with China", partner=CN),
        fact(EU, "balance", "value", -357.9e9, "USD", Y24, "357.9 billion",
             "For the whole of 2024, the bloc ran a deficit of €305 billion (US$357.9 billion) with China", partner=CN),
        fact(CN, "exports", "growth", 18.2, "percent", JN, "18.2",
             "vehicle exports to the EU climbed 18.2 per cent to US$23.4 billion in January-November",
             partner=EU, product="vehicles"),
        fact(CN, "exports", "value", 23.4e9, "USD", JN, "23.4 billion",
             "vehicle exports to the EU climbed 18.2 per cent to US$23.4 billion in January-November",
             partner=EU, product="vehicles"),
        fact(CN, "exports", "growth", -8.3, "percent", JN, "8.3",
             "Shipments of pure electric cars, the target of those duties, fell 8.3 per cent",
             partner=EU, product="pure electric cars"),
        fact(CN, "exports", "growth", 21.4, "percent", JN, "21.4",
             "China's battery exports to the EU rose 21.4 per cent to US$27.5 billion",
             partner=EU, product="lithium-ion batteries"),
        fact(CN, "exports", "value", 27.5e9, "USD", JN, "27.5 billion",
             "China's battery exports to the EU rose 21.4 per cent to US$27.5 billion",
             partner=EU, product="lithium-ion batteries"),
        fact(CN, "exports", "rank", 1, "number", JN, "largest",
             "making the bloc their largest overseas market", partner=EU, product="lithium-ion batteries"),
        fact(CN, "imports", "growth", -12.6, "percent", JN, "12.6",
             "China's pork purchases from the EU fell 12.6 per cent to US$1.31 billion in the first 11 months",
             partner=EU, product="pork"),
        fact(CN, "imports", "value", 1.31e9, "USD", JN, "1.31 billion",
             "China's pork purchases from the EU fell 12.6 per cent to US$1.31 billion in the first 11 months",
             partner=EU, product="pork"),
        fact(CN, "imports", "growth", -27.9, "percent", JN, "27.9",
             "Brandy imports, mostly French cognac, slumped 27.9 per cent to US$1.06 billion",
             partner=EU, product="brandy"),
        fact(CN, "imports", "value", 1.06e9, "USD", JN, "1.06 billion",
             "Brandy imports, mostly French cognac, slumped 27.9 per cent to US$1.06 billion",
             partner=EU, product="brandy"),
    ],
}

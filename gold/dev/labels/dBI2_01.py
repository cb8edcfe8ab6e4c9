from _fact import fact, period

US = "United States"
GS = "goods and services"
AUG = period(2025, 8)
JUL = period(2025, 7)
MAR = period(2025, 3)
JA = period(2025, 1, 8)
JA24 = period(2024, 1, 8)

ARTICLE = {
    "id": "dBI2_01",
    "title": "US trade deficit shrinks nearly 24% in August as tariffs bite into imports",
    "publisher": "Associated Press",
    "published": "2025-11-19",
    "notes": [
        "Figures follow the Commerce Department/Census release of 19 Nov 2025 for August 2025 as relayed in public "
        "copy: deficit $59.6bn (-23.8% m/m) vs $78.2bn in July, March record $136.4bn, exports $280.8bn (+0.1%), "
        "imports $340.4bn (-5.1%), goods deficit $85.6bn, services surplus $26.1bn, goods exports $179.0bn, goods "
        "imports $264.6bn, services exports $101.8bn and imports $75.8bn (75.75 rounded), Jan-Aug deficit $713.6bn vs "
        "$571.1bn (+25%), Jan-Aug exports +5.1% and imports +9.2%, August goods deficits with Mexico $16.3bn, China "
        "$15.4bn, Vietnam $14.4bn, EU $8.1bn; customs duties $27.3bn; Q2 GDP 3.8%.",
        "Derived: goods deficit 17.5% smaller than July (18.11/103.72); goods imports -6.6% m/m (264.63 vs 283.27); "
        "China deficit 'nearly 40%' smaller y/y follows the JEC summary ('shrunk by almost 40 percent'). Invented: the "
        "31% widening of the Vietnam deficit, the forecasters' expectation of about $61bn (public copy cited $60.3bn to $61bn), and the economist's quote.",
        "Headline 'nearly 24%' is the same observation as the body's 23.8% (within rounding): labelled once, from the body.",
        "Overall (goods and services) deficit, exports and imports get product 'goods and services'; the goods-only "
        "figures get product null; services figures 'services'. Bilateral deficits are goods figures (product null).",
        "The 23.8% fall, the 17.5% fall of the goods deficit and the 5.1%/0.1%/6.6% changes are month-on-month "
        "('than July's', 'from July', 'on the month'); the 0.1% export rise sits in the paragraph framed 'from July'.",
        "The Vietnam 31% widening is 'over the same period' as the China comparison 'from August 2024': yoy, period August.",
        "The $571.1bn Jan-Aug 2024 deficit is labelled as its own observation (period 2024-01..2024-08); the March "
        "record $136.4bn is labelled as the March 2025 balance.",
        "Not facts: the poll expectation ($61bn), tariff rates (10% to 50%, triple-digit), customs duties collected "
        "($27.3bn, not a trade flow), GDP growth 3.8%, the year 1977, 'narrowest of the year' (milestone).",
        "Copy check: searched 10 distinctive stretches of this text in the pages corpus (lead; 'loaded up on foreign "
        "goods earlier in the summer'; 'pushed back more than six weeks by the federal government shutdown'; the March "
        "record sentence; the imports sentence; 'hurried shipments into American ports'; 'services side of the ledger'; "
        "the China deficit sentence; the GDP sentence; the tariff-argument paragraph). None matched real copy verbatim; "
        "the lead ('contracted sharply ... as new import taxes took hold') was reworded anyway because a real headline "
        "read 'Trade Contracts Sharply as Trump's Tariff Regime Takes Hold'. The body avoids AP's 'gap between what the "
        "United States buys ...' formula.",
        "Copy check (independent): 28 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -59.6e9, "USD", AUG, "59.6 billion",
             "the country's deficit in goods and services trade came to $59.6 billion in August", product=GS),
        fact(US, "balance", "growth", -23.8, "percent", AUG, "23.8",
             "That was 23.8% smaller than July's shortfall of $78.2 billion", product=GS, basis="mom"),
        fact(US, "balance", "value", -78.2e9, "USD", JUL, "78.2 billion",
             "July's shortfall of $78.2 billion", product=GS),
        fact(US, "balance", "value", -136.4e9, "USD", MAR, "136.4 billion",
             "That was 23.8% smaller than July's shortfall of $78.2 billion and well under the record $136.4 billion hit in March",
             product=GS),
        fact(US, "imports", "growth", -5.1, "percent", AUG, "5.1",
             "Imports of goods and services slid 5.1% from July to $340.4 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 340.4e9, "USD", AUG, "340.4 billion",
             "Imports of goods and services slid 5.1% from July to $340.4 billion", product=GS),
        fact(US, "exports", "growth", 0.1, "percent", AUG, "0.1",
             "Exports nudged up 0.1% to $280.8 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 280.8e9, "USD", AUG, "280.8 billion",
             "Exports nudged up 0.1% to $280.8 billion", product=GS),
        fact(US, "balance", "value", -85.6e9, "USD", AUG, "85.6 billion",
             "In goods alone, the deficit was $85.6 billion"),
        fact(US, "balance", "growth", -17.5, "percent", AUG, "17.5",
             "In goods alone, the deficit was $85.6 billion, 17.5% smaller than in July", basis="mom"),
        fact(US, "imports", "growth", -6.6, "percent", AUG, "6.6",
             "Goods imports dropped 6.6% on the month to $264.6 billion", basis="mom"),
        fact(US, "imports", "value", 264.6e9, "USD", AUG, "264.6 billion",
             "Goods imports dropped 6.6% on the month to $264.6 billion"),
        fact(US, "exports", "value", 179.0e9, "USD", AUG, "179.0 billion",
             "Goods exports slipped to $179.0 billion"),
        fact(US, "balance", "value", 26.1e9, "USD", AUG, "26.1 billion",
             "The services side of the ledger, which covers tourism, banking, software licenses and the like, ran a surplus of $26.1 billion",
             product="services"),
        fact(US, "exports", "value", 101.8e9, "USD", AUG, "101.8 billion",
             "Americans sold $101.8 billion worth of services to foreigners", product="services"),
        fact(US, "imports", "value", 75.8e9, "USD", AUG, "75.8 billion",
             "Americans sold $101.8 billion worth of services to foreigners and bought $75.8 billion", product="services"),
        fact(US, "balance", "value", -16.3e9, "USD", AUG, "16.3 billion",
             "the goods gap with Mexico stood at $16.3 billion in August", partner="Mexico"),
        fact(US, "balance", "value", -15.4e9, "USD", AUG, "15.4 billion",
             "the goods gap with Mexico stood at $16.3 billion in August, against $15.4 billion with China",
             partner="China"),
        fact(US, "balance", "value", -14.4e9, "USD", AUG, "14.4 billion",
             "the goods gap with Mexico stood at $16.3 billion in August, against $15.4 billion with China and $14.4 billion with Vietnam",
             partner="Vietnam"),
        fact(US, "balance", "value", -8.1e9, "USD", AUG, "8.1 billion",
             "The shortfall with the European Union came to $8.1 billion.", partner="European Union"),
        fact(US, "balance", "growth", -40, "percent", AUG, "40",
             "The deficit with China, whose goods faced triple-digit U.S. tariffs for part of the spring, has shrunk nearly 40% from August 2024",
             partner="China", qualifier="approx"),
        fact(US, "balance", "growth", 31, "percent", AUG, "31",
             "The gap with Vietnam, where many manufacturers have moved production out of China, widened 31% over the same period",
             partner="Vietnam"),
        fact(US, "balance", "value", -713.6e9, "USD", JA, "713.6 billion",
             "the deficit for January through August totaled $713.6 billion", product=GS),
        fact(US, "balance", "growth", 25, "percent", JA, "25",
             "the deficit for January through August totaled $713.6 billion, 25% wider than the $571.1 billion recorded in the first eight months of 2024",
             product=GS),
        fact(US, "balance", "value", -571.1e9, "USD", JA24, "571.1 billion",
             "the deficit for January through August totaled $713.6 billion, 25% wider than the $571.1 billion recorded in the first eight months of 2024",
             product=GS),
        fact(US, "exports", "growth", 5.1, "percent", JA, "5.1",
             "Exports over that stretch climbed 5.1% and imports 9.2%", product=GS),
        fact(US, "imports", "growth", 9.2, "percent", JA, "9.2",
             "Exports over that stretch climbed 5.1% and imports 9.2%", product=GS),
    ],
}

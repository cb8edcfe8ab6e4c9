from _fact import fact, period

CN = "China"
XJ = "Xinjiang"
CA = "Central Asia"
RU = "Russia"
JF = period(2026, 1, 2)    # January-February 2026
Y25 = period(2025, 1, 12)

LEAD = ("the five Central Asian countries did 98.46 billion yuan (about $13.92 billion) of goods trade with China, "
        "up 21.4 percent from a year earlier")
EXP = "Shipments to the region rose 24.6 percent to 64.27 billion yuan"
IMP = "purchases from it went up 15.8 percent to 34.19 billion yuan"
KZ = ("Kazakhstan, the biggest by trade volume, did 41.35 billion yuan of business with China, 17.2 percent "
      "more than a year before.")
RESP = "Trade with Uzbekistan and Kyrgyzstan climbed 38.5 percent and 26.1 percent, respectively"
CARS = ("Around 96,400 cars were sent to Central Asian buyers over the two months, with a combined value of "
        "11.82 billion yuan, up 41.3 percent in value terms.")
ENERGY = ("Imports of energy, mainly natural gas from Turkmenistan and crude oil from Kazakhstan, fell 6.2 "
          "percent to 9.7 billion yuan on lower prices.")
XJCA = ("Xinjiang accounted for 48.6 percent of the national total with Central Asia in the first two months, its "
        "trade with the five countries growing 26.7 percent to 47.83 billion yuan")
RUS = ("China-Russia trade came to 236.74 billion yuan in the first two months, a rise of 5.2 percent "
       "year-on-year; measured in dollars, it stood at $33.49 billion.")
RUS_FLOWS = "China's exports to Russia rose 1.9 percent, while imports from Russia gained 8 percent."
DEFICIT = "China's deficit in trade with Russia widened 36.4 percent to 29.74 billion yuan."
Y2025 = ("China's goods trade with the region passed $100 billion last year, a first, and ended 2025 at "
         "$106.3 billion after a 12 percent rise")

ARTICLE = {
    "id": "dBM1_05",
    "title": "Cars and machinery drive 21.4% jump in China-Central Asia trade in first two months",
    "publisher": "Global Times",
    "published": "2026-03-10",
    "notes": [
        "Real figures: China's overall trade +18.3% in Jan-Feb 2026 (GAC, 10 Mar 2026); China-Central Asia "
        "trade $106.3 bln in 2025, +12%, first time above $100 bln. Invented (kept consistent): Central Asia "
        "Jan-Feb 2026 98.46 bln yuan (+21.4%) = exports 64.27 (+24.6%) + imports 34.19 (+15.8%), about $13.92 bln "
        "at roughly 7.07 yuan/$, 1.3% of China's 7.73 trln yuan total; Kazakhstan 41.35 bln (+17.2%); Uzbekistan "
        "+38.5%, Kyrgyzstan +26.1%; cars ~96,400 units worth 11.82 bln (+41.3%); mechanical and electrical "
        "products 58.6% of exports; energy imports 9.7 bln (-6.2%); Xinjiang-Central Asia 47.83 bln (+26.7%, "
        "48.6% of 98.46); Russia 236.74 bln (+5.2%) = exports 103.50 (+1.9%) + imports 133.24 (+8.0%), deficit "
        "29.74 bln widened 36.4% from 21.80, $33.49 bln; energy over 60% of imports from Russia; 1,342 freight "
        "train trips; GDP target 4.5-5% as written (not verified).",
        "Judgement calls: partner for 'the five Central Asian countries' / 'the region' / 'Central Asian buyers' "
        "is the bloc name 'Central Asia'. 'Shipments to the region' and 'purchases from it' are China's exports "
        "to and imports from Central Asia (subject carried from the lead). The 1.3% share is Central Asia's "
        "share of China's total trade (area China, partner Central Asia, flow total). Xinjiang's 48.6% is its "
        "share of the national trade with Central Asia (area Xinjiang, partner Central Asia). 'Of all "
        "Xinjiang's trading partners, Kazakhstan was again the largest' is rank 1 (area Xinjiang, partner Kazakhstan). Car "
        "growth is stated 'in value terms', so it is value growth; the 96,400 cars are a quantity in number "
        "with qualifier approx. Energy products are product 'energy'. The deficit with Russia is a negative "
        "balance; its growth follows 'widened' (+36.4). The dollar figure for Russia is the same observation in "
        "USD (qualifier exact, no 'about'). The headline's 21.4% is the lead's figure, labelled once.",
        "Not facts: 'Kazakhstan, the biggest by trade volume' (a rank among the five only, which the record "
        "cannot express); '$100 billion' threshold and 'a first' (milestone; the exact $106.3 billion is "
        "labelled); 'first time in five years' (streak); 1,342 freight train trips and their 12 percent rise "
        "(not trade flows); the research fellow's forecast of double-digit growth and 'approach 800 billion "
        "yuan' (forecast); GDP growth target of 4.5 to 5 percent; years 2024, 2025 (summit), 2026; 'broadly "
        "flat' for Tajikistan and Turkmenistan (no number).",
        "Copy check: 7 sentences searched, 2 reworded (the lead shared clause order and the run 'China's trade "
        "with the five Central Asian countries grew ... percent year-on-year' with Global Times/Xinhua copy; the "
        "2025 sentence shared 'exceeded $100 billion for the first time').",
        "Second check: 22 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 98.46e9, "CNY", JF, "98.46 billion yuan", LEAD, partner=CA),
        fact(CN, "total", "value", 13.92e9, "USD", JF, "$13.92 billion", LEAD, partner=CA, qualifier="approx"),
        fact(CN, "total", "growth", 21.4, "percent", JF, "21.4", LEAD, partner=CA),
        fact(CN, "total", "growth", 18.3, "percent", JF, "18.3",
             "the 18.3 percent expansion of the country's overall foreign trade"),
        fact(CN, "exports", "value", 64.27e9, "CNY", JF, "64.27 billion yuan", EXP, partner=CA),
        fact(CN, "exports", "growth", 24.6, "percent", JF, "24.6", EXP, partner=CA),
        fact(CN, "imports", "value", 34.19e9, "CNY", JF, "34.19 billion yuan", IMP, partner=CA),
        fact(CN, "imports", "growth", 15.8, "percent", JF, "15.8", IMP, partner=CA),
        fact(CN, "total", "share", 1.3, "percent", JF, "1.3",
             "Central Asia now makes up 1.3 percent of China's total foreign trade.", partner=CA),
        fact(CN, "total", "value", 41.35e9, "CNY", JF, "41.35 billion yuan", KZ, partner="Kazakhstan"),
        fact(CN, "total", "growth", 17.2, "percent", JF, "17.2", KZ, partner="Kazakhstan"),
        fact(CN, "total", "growth", 38.5, "percent", JF, "38.5", RESP, partner="Uzbekistan"),
        fact(CN, "total", "growth", 26.1, "percent", JF, "26.1", RESP, partner="Kyrgyzstan"),
        fact(CN, "exports", "quantity", 96400, "number", JF, "96,400", CARS, partner=CA, product="cars",
             qualifier="approx"),
        fact(CN, "exports", "value", 11.82e9, "CNY", JF, "11.82 billion yuan", CARS, partner=CA, product="cars"),
        fact(CN, "exports", "growth", 41.3, "percent", JF, "41.3", CARS, partner=CA, product="cars"),
        fact(CN, "exports", "share", 58.6, "percent", JF, "58.6",
             "Mechanical and electrical products, from excavators to transformers, took a 58.6-percent share "
             "of exports to the region.", partner=CA, product="mechanical and electrical products"),
        fact(CN, "imports", "value", 9.7e9, "CNY", JF, "9.7 billion yuan", ENERGY, partner=CA, product="energy"),
        fact(CN, "imports", "growth", -6.2, "percent", JF, "6.2", ENERGY, partner=CA, product="energy"),
        fact(XJ, "total", "value", 47.83e9, "CNY", JF, "47.83 billion yuan", XJCA, partner=CA),
        fact(XJ, "total", "growth", 26.7, "percent", JF, "26.7", XJCA, partner=CA),
        fact(XJ, "total", "share", 48.6, "percent", JF, "48.6", XJCA, partner=CA),
        fact(XJ, "total", "rank", 1, "number", JF, "largest", "Of all Xinjiang's trading partners, Kazakhstan was again the largest.",
             partner="Kazakhstan"),
        fact(CN, "total", "value", 236.74e9, "CNY", JF, "236.74 billion yuan", RUS, partner=RU),
        fact(CN, "total", "growth", 5.2, "percent", JF, "5.2", RUS, partner=RU),
        fact(CN, "total", "value", 33.49e9, "USD", JF, "$33.49 billion", RUS, partner=RU),
        fact(CN, "exports", "growth", 1.9, "percent", JF, "1.9", RUS_FLOWS, partner=RU),
        fact(CN, "imports", "growth", 8, "percent", JF, "8", RUS_FLOWS, partner=RU),
        fact(CN, "balance", "growth", 36.4, "percent", JF, "36.4", DEFICIT, partner=RU),
        fact(CN, "balance", "value", -29.74e9, "CNY", JF, "29.74 billion yuan", DEFICIT, partner=RU),
        fact(CN, "imports", "share", 60, "percent", JF, "60",
             "More than 60 percent of what China bought from Russia was energy", partner=RU, product="energy",
             qualifier="over"),
        fact(CN, "total", "value", 106.3e9, "USD", Y25, "$106.3 billion", Y2025, partner=CA),
        fact(CN, "total", "growth", 12, "percent", Y25, "12", Y2025, partner=CA),
    ],
}

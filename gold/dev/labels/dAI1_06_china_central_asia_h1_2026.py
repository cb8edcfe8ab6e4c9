from _fact import fact, period

H1 = period(2026, 1, 6)
Y25 = period(2025, 1, 12)
C = "China"
CA = "Central Asia"

LEAD = "Trade between China and the five Central Asian countries reached a record 372.6 billion yuan ($52.1 billion) for the first half of 2026, up 8.1 percent year-on-year"
EXIM = "Chinese exports to Central Asia increased 6.9 percent to 246.3 billion yuan, and imports from the region grew faster, by 10.5 percent, to 126.3 billion yuan"
SHARE = "Over the period, Central Asia made up 1.7 percent of China's overall foreign trade."
KZ = "China's trade with Kazakhstan, the region's biggest economy, rose 6.8 percent to 168.4 billion yuan."
UZ = "Uzbekistan registered the quickest growth, with trade jumping 14.6 percent to 68.9 billion yuan"
KGTM = "Kyrgyzstan and Turkmenistan saw their trade with China expand 9.2 percent and 3.2 percent, respectively"
ME = "China shipped 128.6 billion yuan worth of mechanical and electrical products to Central Asia in the first six months, a rise of 9.3 percent that represented 52.2 percent of all its exports to the region"
AUTO = "Automobiles stood out, with exports surging 21.4 percent to 31.4 billion yuan"
GAS = "Chinese purchases of Central Asian natural gas fell 3.1 percent to 41.2 billion yuan"
AGRI = "Agricultural imports from the region, by contrast, soared 27.5 percent to 9.8 billion yuan"
XJ = "Trade between the five countries and northwest China's Xinjiang Uygur Autonomous Region, the nation's principal gateway to Central Asia, increased 11.6 percent to 158.3 billion yuan, equal to 71.8 percent of all of Xinjiang's foreign trade"
Y2025 = "China-Central Asia trade topped $100 billion for the first time in 2025, rising 12 percent year-on-year to $106.3 billion"

ARTICLE = {
    "id": "dAI1_06_china_central_asia_h1_2026",
    "title": "China's H1 trade with Central Asia climbs to record as ties strengthen",
    "publisher": "Global Times",
    "published": "2026-07-14",
    "notes": [
        "'the five Central Asian countries', 'the region', 'the five countries', 'Central Asian natural gas': partner Central Asia.",
        "Running period: first half of 2026 (2026-01..06); the 2025 paragraph is labelled with period 2025.",
        "'($52.1 billion)': separate approx USD fact for the H1 total.",
        "'Central Asia made up 1.7 percent of China's overall foreign trade': share, partner Central Asia.",
        "'Automobiles stood out, with exports surging' sits in the paragraph on China's exports to Central Asia: partner Central Asia, product automobiles.",
        "'Chinese purchases of Central Asian natural gas': imports, product natural gas.",
        "'Trade between the five countries and ... Xinjiang': area Xinjiang, partner Central Asia; the 71.8 percent is its share of Xinjiang's total foreign trade.",
        "2025: 'topped $100 billion ... to $106.3 billion': threshold and exact figure for one observation, exact only.",
        "'the region's biggest economy' (Kazakhstan) and 'the quickest growth' (Uzbekistan) are not trade ranks: unlabelled.",
        "Out of scope, unlabelled: 4,600 China-Europe freight train trips (not a trade flow); 'grew 2.9 percentage points faster' (derived comparison); expected full-year trade above 800 billion yuan (forecast); 'for the first time' (milestone); 'five' countries (not a count of trading partners in the record's sense, a description of the region).",
    ],
    "facts": [
        fact(C, "total", "growth", 8.1, "percent", H1, "8.1", LEAD, partner=CA),
        fact(C, "total", "value", 372.6e9, "CNY", H1, "372.6 billion", LEAD, partner=CA),
        fact(C, "total", "value", 52.1e9, "USD", H1, "52.1 billion", LEAD, partner=CA, qualifier="approx"),
        fact(C, "exports", "growth", 6.9, "percent", H1, "6.9", EXIM, partner=CA),
        fact(C, "exports", "value", 246.3e9, "CNY", H1, "246.3 billion", EXIM, partner=CA),
        fact(C, "imports", "growth", 10.5, "percent", H1, "10.5", EXIM, partner=CA),
        fact(C, "imports", "value", 126.3e9, "CNY", H1, "126.3 billion", EXIM, partner=CA),
        fact(C, "total", "share", 1.7, "percent", H1, "1.7", SHARE, partner=CA),
        fact(C, "total", "value", 168.4e9, "CNY", H1, "168.4 billion", KZ, partner="Kazakhstan"),
        fact(C, "total", "growth", 6.8, "percent", H1, "6.8", KZ, partner="Kazakhstan"),
        fact(C, "total", "growth", 14.6, "percent", H1, "14.6", UZ, partner="Uzbekistan"),
        fact(C, "total", "value", 68.9e9, "CNY", H1, "68.9 billion", UZ, partner="Uzbekistan"),
        fact(C, "total", "growth", 9.2, "percent", H1, "9.2", KGTM, partner="Kyrgyzstan"),
        fact(C, "total", "growth", 3.2, "percent", H1, "3.2", KGTM, partner="Turkmenistan"),
        fact(C, "exports", "value", 128.6e9, "CNY", H1, "128.6 billion", ME, partner=CA, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 9.3, "percent", H1, "9.3", ME, partner=CA, product="mechanical and electrical products"),
        fact(C, "exports", "share", 52.2, "percent", H1, "52.2", ME, partner=CA, product="mechanical and electrical products"),
        fact(C, "exports", "growth", 21.4, "percent", H1, "21.4", AUTO, partner=CA, product="automobiles"),
        fact(C, "exports", "value", 31.4e9, "CNY", H1, "31.4 billion", AUTO, partner=CA, product="automobiles"),
        fact(C, "imports", "growth", -3.1, "percent", H1, "3.1", GAS, partner=CA, product="natural gas"),
        fact(C, "imports", "value", 41.2e9, "CNY", H1, "41.2 billion", GAS, partner=CA, product="natural gas"),
        fact(C, "imports", "growth", 27.5, "percent", H1, "27.5", AGRI, partner=CA, product="agricultural products"),
        fact(C, "imports", "value", 9.8e9, "CNY", H1, "9.8 billion", AGRI, partner=CA, product="agricultural products"),
        fact("Xinjiang", "total", "growth", 11.6, "percent", H1, "11.6", XJ, partner=CA),
        fact("Xinjiang", "total", "value", 158.3e9, "CNY", H1, "158.3 billion", XJ, partner=CA),
        fact("Xinjiang", "total", "share", 71.8, "percent", H1, "71.8", XJ, partner=CA),
        fact(C, "total", "value", 106.3e9, "USD", Y25, "106.3 billion", Y2025, partner=CA),
        fact(C, "total", "growth", 12, "percent", Y25, "12", Y2025, partner=CA),
    ],
}

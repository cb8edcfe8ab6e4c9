from _fact import fact, period

AUG = period(2025, 8)
YTD = period(2025, 1, 8)
ME = "mechanical and electrical products"
PRIV = "private enterprises"
E_YTD = ("China's goods imports and exports expanded 3.5 percent year on year to 29.57 trillion yuan "
         "(about 4.14 trillion U.S. dollars) in the January-August period")
E_YTD_X = "They grew 6.9 percent to 17.61 trillion yuan over the eight months"
E_YTD_M = "imports slipped 1.2 percent to 11.96 trillion yuan"
E_AUG = "In August alone, trade totaled 3.87 trillion yuan, also up 3.5 percent from a year earlier."
E_AUG_XM = "Exports rose 4.8 percent to 2.3 trillion yuan and imports increased 1.7 percent to 1.57 trillion yuan"
E_MOM = "Compared with July, exports dipped 0.4 percent while imports edged up 1.3 percent."
E_ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN) remained China's largest trading partner"
E_ASEAN = "Trade with the bloc climbed 9.7 percent to 4.93 trillion yuan, or 16.7 percent of the country's total foreign trade."
E_EU_US = ("Trade with the European Union rose 4.3 percent, while trade with the United States, ranked third among "
           "China's partners, shrank 13.5 percent.")
E_BR = "Trade with Belt and Road partner countries grew 5.4 percent to 15.3 trillion yuan during the period"
E_PRIV = ("Private enterprises handled 16.89 trillion yuan of the total, 7.4 percent more than a year before, "
          "lifting their share to 57.1 percent")
E_ME = ("Exports of mechanical and electrical products, the country's biggest export category, came to 10.6 trillion "
        "yuan in the first eight months, or 60.2 percent of total exports")

ARTICLE = {
    "id": "dAT1_01_china_trade_aug_2025",
    "title": "China's foreign trade up 3.5 pct in first eight months as exports lead",
    "publisher": "Xinhua",
    "published": "2025-09-08",
    "notes": [
        "Dateline 'BEIJING, Sept. 8 (Xinhua)'; no year in the text: 2025 from the publication date (2025-09-08). "
        "'January-August period', 'over the eight months', 'first eight months' and 'during the period' are 2025-01/2025-08.",
        "'29.57 trillion yuan (about 4.14 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'They grew 6.9 percent ...': 'They' refers to exports in the sentence before ('Exports did most of the work'); "
        "the evidence is the clause with the number; flow exports, Jan-Aug.",
        "'imports slipped 1.2 percent' -> -1.2. 'a decline 0.4 percentage points smaller than in the first seven months' "
        "is a derived comparison: out.",
        "Headline growth 3.5 appears twice, for two different periods (Jan-Aug and August alone): two facts, identities differ by period.",
        "'The surplus for the month came to 730 billion yuan': August balance, positive (surplus). Stated, so labelled "
        "(2.3 - 1.57 trillion agrees).",
        "'marking the third month in a row in which both grew': streak, out.",
        "'Compared with July, exports dipped 0.4 percent while imports edged up 1.3 percent': comparison with the month "
        "before -> basis mom, period August; 'dipped' -> -0.4.",
        "ASEAN rank 1 from 'remained China's largest trading partner'; 'a position it has held since 2020' is a streak/year: out. "
        "The ASEAN figures in the next sentence ('the bloc') are Jan-Aug: value, growth, share 16.7 of the total.",
        "EU growth 4.3 is labelled; the text states no rank and no value for the EU, so no EU rank or value fact (not inferred).",
        "US: 'ranked third among China's partners' -> rank 3 (value_text 'third'); 'shrank 13.5 percent' -> -13.5.",
        "Belt and Road: partner 'Belt and Road partner countries', Jan-Aug ('during the period').",
        "Private enterprises: segment 'private enterprises' (the sentence with the figures says 'Private enterprises'; "
        "the lead-in says 'Private firms'). Value 16.89 trillion of the national total, growth 7.4 ('7.4 percent more than a year "
        "before': 'more than' is the comparative of the change, not a threshold, so qualifier exact), share 57.1 ('lifting their "
        "share to 57.1 percent'). 'up 2.1 percentage points' is a change of share: out.",
        "Mechanical and electrical products: exports value 10.6 trillion and share 60.2 of total exports (Jan-Aug). "
        "Integrated circuits, ships, industrial robots are named without numbers: nothing to label.",
        "Analyst's forecast ('export growth of around 3 percent in the fourth quarter') is a forecast: out. "
        "'2020', 'late 2024' are years: out.",
        "No dollar figures for August in the text, so only the YTD total has a USD fact.",
    ],
    "facts": [
        fact("China", "total", "value", 29.57e12, "CNY", YTD, "29.57 trillion", E_YTD),
        fact("China", "total", "value", 4.14e12, "USD", YTD, "4.14 trillion", E_YTD, qualifier="approx"),
        fact("China", "total", "growth", 3.5, "percent", YTD, "3.5", E_YTD),
        fact("China", "exports", "growth", 6.9, "percent", YTD, "6.9", E_YTD_X),
        fact("China", "exports", "value", 17.61e12, "CNY", YTD, "17.61 trillion", E_YTD_X),
        fact("China", "imports", "growth", -1.2, "percent", YTD, "1.2", E_YTD_M),
        fact("China", "imports", "value", 11.96e12, "CNY", YTD, "11.96 trillion", E_YTD_M),
        fact("China", "total", "value", 3.87e12, "CNY", AUG, "3.87 trillion", E_AUG),
        fact("China", "total", "growth", 3.5, "percent", AUG, "3.5", E_AUG),
        fact("China", "exports", "growth", 4.8, "percent", AUG, "4.8", E_AUG_XM),
        fact("China", "exports", "value", 2.3e12, "CNY", AUG, "2.3 trillion", E_AUG_XM),
        fact("China", "imports", "growth", 1.7, "percent", AUG, "1.7", E_AUG_XM),
        fact("China", "imports", "value", 1.57e12, "CNY", AUG, "1.57 trillion", E_AUG_XM),
        fact("China", "balance", "value", 730e9, "CNY", AUG, "730 billion", "The surplus for the month came to 730 billion yuan."),
        fact("China", "exports", "growth", -0.4, "percent", AUG, "0.4", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 1.3, "percent", AUG, "1.3", E_MOM, basis="mom"),
        fact("China", "total", "rank", 1, "number", YTD, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 9.7, "percent", YTD, "9.7", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 4.93e12, "CNY", YTD, "4.93 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.7, "percent", YTD, "16.7", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 4.3, "percent", YTD, "4.3", E_EU_US, partner="European Union"),
        fact("China", "total", "rank", 3, "number", YTD, "third", E_EU_US, partner="United States"),
        fact("China", "total", "growth", -13.5, "percent", YTD, "13.5", E_EU_US, partner="United States"),
        fact("China", "total", "growth", 5.4, "percent", YTD, "5.4", E_BR, partner="Belt and Road partner countries"),
        fact("China", "total", "value", 15.3e12, "CNY", YTD, "15.3 trillion", E_BR, partner="Belt and Road partner countries"),
        fact("China", "total", "value", 16.89e12, "CNY", YTD, "16.89 trillion", E_PRIV, segment=PRIV),
        fact("China", "total", "growth", 7.4, "percent", YTD, "7.4", E_PRIV, segment=PRIV),
        fact("China", "total", "share", 57.1, "percent", YTD, "57.1", E_PRIV, segment=PRIV),
        fact("China", "exports", "value", 10.6e12, "CNY", YTD, "10.6 trillion", E_ME, product=ME),
        fact("China", "exports", "share", 60.2, "percent", YTD, "60.2", E_ME, product=ME),
    ],
}

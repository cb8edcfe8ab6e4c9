from _fact import fact, period

AUG = period(2025, 8)
YTD = period(2025, 1, 8)
ME = "mechanical and electrical products"
PRIV = "private enterprises"
E_YTD = ("the combined value of imports and exports reached 29.57 trillion yuan (about 4.14 trillion U.S. dollars), "
         "3.5 percent higher than a year before")
E_YTD_X = "Over the eight months they came to 17.61 trillion yuan, a 6.9 percent increase"
E_YTD_M = "imports shrank 1.2 percent to 11.96 trillion yuan"
E_AUG = "August on its own produced 3.87 trillion yuan of trade, again 3.5 percent more than in the same month of 2024."
E_AUG_XM = "exports gaining 4.8 percent to 2.3 trillion yuan and imports adding 1.7 percent to 1.57 trillion yuan"
E_MOM = "Month on month, exports were 0.4 percent lower than in July and imports 1.3 percent higher."
E_ASEAN_RANK = "The Association of Southeast Asian Nations (ASEAN), China's largest trading partner"
E_ASEAN = ("Goods trade with the bloc was worth 4.93 trillion yuan, 9.7 percent more than a year earlier and 16.7 percent "
           "of everything China traded in the period.")
E_EU_US = ("The United States, now third among China's trading partners, saw two-way trade fall 13.5 percent, while "
           "commerce with the European Union expanded 4.3 percent.")
E_BR = "push trade with Belt and Road partner countries up 5.4 percent to 15.3 trillion yuan over the eight months"
E_PRIV = ("Private enterprises accounted for 16.89 trillion yuan of the total after a 7.4 percent increase, and their "
          "share climbed 2.1 percentage points to 57.1 percent")
E_ME = ("Exports of mechanical and electrical products, China's largest export category, were worth 10.6 trillion "
        "yuan over January-August, equal to 60.2 percent of all outbound shipments")

ARTICLE = {
    "id": "dAT1_01_china_trade_aug_2025",
    "title": "Exports keep China's trade growing, with eight-month tally up 3.5 pct",
    "publisher": "Xinhua",
    "published": "2025-09-08",
    "notes": [
        "Dateline 'BEIJING, Sept. 8 (Xinhua)'; no year in the text: 2025 from the publication date (2025-09-08). "
        "'January-August', 'over the eight months', 'in the period' and 'over January-August' are 2025-01/2025-08.",
        "'29.57 trillion yuan (about 4.14 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'Over the eight months they came to 17.61 trillion yuan, a 6.9 percent increase': 'they' refers to exports in the "
        "sentence before ('Exports did most of the work'); "
        "the evidence is the clause with the number; flow exports, Jan-Aug.",
        "'imports shrank 1.2 percent' -> -1.2. 'that import decline was 0.4 percentage points narrower than in the January-July figures' "
        "is a derived comparison: out.",
        "Headline growth 3.5 appears twice, for two different periods (Jan-Aug and August alone): two facts, identities differ by period.",
        "'August ended with a 730 billion yuan surplus': August balance, positive (surplus). Stated, so labelled "
        "(2.3 - 1.57 trillion agrees).",
        "'Both flows grew for a third month running': streak, out.",
        "'Month on month, exports were 0.4 percent lower than in July and imports 1.3 percent higher': comparison with the month "
        "before -> basis mom, period August; '0.4 percent lower' -> -0.4.",
        "ASEAN rank 1 from 'China's largest trading partner'; 'every year since 2020' is a streak/year: out. "
        "The ASEAN figures in the next sentence ('the bloc') are Jan-Aug: value, growth, share 16.7 of the total.",
        "EU growth 4.3 is labelled; the text states no rank and no value for the EU, so no EU rank or value fact (not inferred).",
        "US: 'now third among China's trading partners' -> rank 3 (value_text 'third'); 'saw two-way trade fall 13.5 percent' -> -13.5.",
        "Belt and Road: partner 'Belt and Road partner countries', Jan-Aug ('over the eight months').",
        "Private enterprises: segment 'private enterprises' (the sentence with the figures says 'Private enterprises'; "
        "the lead-in says 'private firms'). Value 16.89 trillion of the national total, growth 7.4 ('after a 7.4 percent "
        "increase', qualifier exact), share 57.1 ('their share climbed 2.1 percentage points to 57.1 percent'). 'climbed 2.1 "
        "percentage points' is a change of share: out.",
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
        fact("China", "balance", "value", 730e9, "CNY", AUG, "730 billion", "August ended with a 730 billion yuan surplus."),
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

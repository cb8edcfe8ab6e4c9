from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
GZ = "Guangzhou"
E_TOTAL = ("the value of Guangzhou's goods imports and exports in 2025 at 11,976.4 hundred million yuan, "
           "up 6.9% on the previous year (the same below)")
E_EXIM = ("Exports contributed 7,568.2 hundred million yuan, rising 8.0%, and imports 4,408.2 hundred "
          "million yuan, rising 5.1%.")
E_DEC = ("Guangzhou's imports and exports for December alone came to 1,108.5 hundred million yuan, up 12.4% "
         "year-on-year and 9.8% month-on-month")
E_MP = "Market procurement trade exports rose 10.2% to 1,562.4 hundred million yuan"
E_PRIV = ("Private enterprises' trade climbed 11.2% to 6,402.5 hundred million yuan, giving them "
          "53.5% of the city's total")
E_OWN = ("trade by foreign-invested enterprises went up 1.8%, while that of state-owned enterprises "
         "went down 2.6%")
E_ASEAN = ("Guangzhou's trade with ASEAN, still its largest trading partner, grew 9.4% to 1,871.6 hundred million "
           "yuan")
E_EUUS = "Trade with the EU and the United States rose 6.1% and fell 8.3% respectively"
E_ME = ("mechanical and electrical products made up 51.8% of Guangzhou's exports, at 3,917.5 hundred million yuan")
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAR1_04_guangzhou_customs_trade_2025",
    "title": "Guangzhou's 2025 foreign trade hits all-time high of 1.2 trillion yuan as exports grow 8%",
    "publisher": "Guangzhou Customs",
    "published": "2026-01-21",
    "notes": [
        "Release dated 'on January 21' with figures for 2025: published 2026-01-21; 'in 2025' and later 'Over the year' are 2025-01/2025-12.",
        "Headline '1.2 trillion yuan' and '8%' restate the body's 11,976.4 hundred million yuan and 8.0% (same observations, agree within rounding): labelled once, from the body.",
        "'(the same below)' makes every later growth rate year on year unless the text says otherwise.",
        "'stayed above one trillion yuan for five straight years', 'the total was a record', 'the year's highest monthly total': streak / milestone, out.",
        "December: 'an increase of 12.4% year-on-year and 9.8% month-on-month' gives a yoy and a mom growth for the month; 'Exports within that figure rose by 15.6%' is December exports, yoy.",
        "General trade is only given as a share (57.7% of total); segment 'general trade'.",
        "Market procurement trade exports: segment 'market procurement' (guide wording), flow exports.",
        "'a scale that remains among the biggest nationwide' is not an ordinal position: out.",
        "32,416 foreign trade enterprises: count, segment 'foreign trade enterprises'; 'an increase of 2,137 on the previous year' is a derived change, out.",
        "'a share 2.1 percentage points above the previous year's' (private enterprises' share): derived comparison, out.",
        "Foreign-invested enterprises +1.8 and state-owned enterprises -2.6 ('went down'): growth of total trade by enterprise type.",
        "ASEAN 'largest trading partner' -> rank 1; EU +6.1 and US -8.3 from the respectively list; Africa growth is exports only.",
        "Automobiles: 216,000 vehicles is a quantity (unit number); 'a 38.2% rise in volume on the previous year' is volume growth beside the value growth 45.7%: out.",
        "16 measures, the 139th and 140th sessions of the fair, 2026: not trade flows, out.",
    ],
    "facts": [
        fact(GZ, "total", "value", 11976.4e8, "CNY", Y, "11,976.4 hundred million", E_TOTAL),
        fact(GZ, "total", "growth", 6.9, "percent", Y, "6.9", E_TOTAL),
        fact(GZ, "exports", "value", 7568.2e8, "CNY", Y, "7,568.2 hundred million", E_EXIM),
        fact(GZ, "exports", "growth", 8.0, "percent", Y, "8.0", E_EXIM),
        fact(GZ, "imports", "value", 4408.2e8, "CNY", Y, "4,408.2 hundred million", E_EXIM),
        fact(GZ, "imports", "growth", 5.1, "percent", Y, "5.1", E_EXIM),
        fact(GZ, "total", "value", 1108.5e8, "CNY", DEC, "1,108.5 hundred million", E_DEC),
        fact(GZ, "total", "growth", 12.4, "percent", DEC, "12.4", E_DEC),
        fact(GZ, "total", "growth", 9.8, "percent", DEC, "9.8", E_DEC, basis="mom"),
        fact(GZ, "exports", "growth", 15.6, "percent", DEC, "15.6", "Exports within that figure rose by 15.6%."),
        fact(GZ, "total", "share", 57.7, "percent", Y, "57.7",
             "general trade was still dominant, with a 57.7% share of Guangzhou's combined imports and exports",
             segment="general trade"),
        fact(GZ, "exports", "value", 1562.4e8, "CNY", Y, "1,562.4 hundred million", E_MP, segment="market procurement"),
        fact(GZ, "exports", "growth", 10.2, "percent", Y, "10.2", E_MP, segment="market procurement"),
        fact(GZ, "total", "growth", 15.8, "percent", Y, "15.8",
             "imports and exports through cross-border e-commerce grew by 15.8%", segment="cross-border e-commerce"),
        fact(GZ, "total", "count", 32416, "number", Y, "32,416",
             "32,416 foreign trade enterprises in Guangzhou had actual import and export performance in 2025",
             segment="foreign trade enterprises"),
        fact(GZ, "total", "value", 6402.5e8, "CNY", Y, "6,402.5 hundred million", E_PRIV, segment="private enterprises"),
        fact(GZ, "total", "growth", 11.2, "percent", Y, "11.2", E_PRIV, segment="private enterprises"),
        fact(GZ, "total", "share", 53.5, "percent", Y, "53.5", E_PRIV, segment="private enterprises"),
        fact(GZ, "total", "growth", 1.8, "percent", Y, "1.8", E_OWN, segment="foreign-invested enterprises"),
        fact(GZ, "total", "growth", -2.6, "percent", Y, "2.6", E_OWN, segment="state-owned enterprises"),
        fact(GZ, "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact(GZ, "total", "value", 1871.6e8, "CNY", Y, "1,871.6 hundred million", E_ASEAN, partner="ASEAN"),
        fact(GZ, "total", "growth", 9.4, "percent", Y, "9.4", E_ASEAN, partner="ASEAN"),
        fact(GZ, "total", "growth", 6.1, "percent", Y, "6.1", E_EUUS, partner="European Union"),
        fact(GZ, "total", "growth", -8.3, "percent", Y, "8.3", E_EUUS, partner="United States"),
        fact(GZ, "exports", "growth", 18.5, "percent", Y, "18.5", "exports to Africa expanded by 18.5%", partner="Africa"),
        fact(GZ, "exports", "value", 3917.5e8, "CNY", Y, "3,917.5 hundred million", E_ME, product=ME),
        fact(GZ, "exports", "share", 51.8, "percent", Y, "51.8", E_ME, product=ME),
        fact(GZ, "exports", "quantity", 216000, "number", Y, "216,000", "Guangzhou shipped 216,000 vehicles abroad in 2025",
             product="automobiles"),
        fact(GZ, "exports", "growth", 45.7, "percent", Y, "45.7", "their export value grew by 45.7%",
             product="automobiles"),
    ],
}

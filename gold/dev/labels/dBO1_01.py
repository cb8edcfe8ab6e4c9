from _fact import fact, period

CN = "China"
H1 = period(2026, 1, 6)
JUN = period(2026, 6)
BRI = "Belt and Road partner countries"

E_LEAD = ("China's combined goods imports and exports reached 22.64 trillion yuan (about 3.17 trillion U.S. dollars) "
          "in the first six months of 2026, 3.9 percent more than a year earlier")
E_FLOWS = ("Of that sum, 13.62 trillion yuan came from exports, which gained 4.8 percent, and 9.02 trillion yuan from "
           "imports, which were up 2.6 percent.")
E_SURPLUS = "The resulting trade surplus of 4.60 trillion yuan widened 9.3 percent year on year"
E_JUNE = ("June's goods trade totalled 4.03 trillion yuan (around 564.4 billion dollars), up 4.7 percent from a year "
          "earlier and 2.1 percent above the May level.")
E_JUNE_FLOWS = "Exports rose 5.6 percent and imports 3.4 percent from June last year."
E_ASEAN = ("Two-way trade with the Association of Southeast Asian Nations (ASEAN), the largest of China's trading "
           "partners, came to 3.64 trillion yuan, or 16.1 percent of the nation's total")
E_EU_US = ("The European Union followed with 2.91 trillion yuan, and trade with the United States amounted to 1.95 "
           "trillion yuan.")
E_RESP = ("Trade with ASEAN, the EU and countries taking part in the Belt and Road Initiative grew 7.4 percent, "
          "3.2 percent and 5.6 percent respectively, whereas trade with the United States declined 6.8 percent.")
E_BRI = "Commerce with Belt and Road countries totalled 11.70 trillion yuan, or 51.7 percent of the country's foreign trade"
E_PRIV = ("Their imports and exports grew 7.1 percent to 13.31 trillion yuan, and their share of the national total "
          "rose to 58.8 percent")
E_COUNT = "Customs records showed 651,000 enterprises with import and export records in the first six months"
E_ME = ("mechanical and electrical products accounted for 60.4 percent of all exports, with shipments worth 8.22 "
        "trillion yuan, 7.6 percent more than a year earlier")
E_LI = ("Shipments of labour-intensive goods such as clothing, footwear and furniture edged down 1.9 percent")

ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dBO1_01",
    "title": "Exports and private firms drive 3.9 pct rise in China's H1 foreign trade",
    "publisher": "Xinhua",
    "published": "2026-07-14",
    "notes": [
        "Real figures: none (the first half of 2026 has not happened). Modelled on Xinhua/GAC reporting of H1 2025 "
        "(21.79 trillion yuan, exports 13 trillion, imports 8.79 trillion, 628,000 enterprises with records); the "
        "2026 growth rates are chosen so that they agree with those 2025 bases. Invented: every 2026 figure. "
        "Derived: the surplus 4.60 trillion = 13.62 - 9.02; 13.62 + 9.02 = 22.64; dollar equivalents at about 7.14 "
        "yuan per dollar; shares 3.64/22.64 = 16.1%, 11.70/22.64 = 51.7%, 13.31/22.64 = 58.8%, 8.22/13.62 = 60.4%; "
        "June 2.41 + 1.62 = 4.03 trillion (the split is not stated in the text).",
        "Judgement calls: 'June's goods trade totalled ... 2.1 percent above the May level' is month-on-month growth of June total "
        "trade (basis mom; May is the comparison base, not the period). The 'respectively' list gives ASEAN, EU and "
        "Belt and Road growth; the US decline in the same sentence is a separate clause. The Belt and Road partner "
        "is written with the guide's canonical name. 'surplus ... widened 9.3 percent' is growth of the balance "
        "(+9.3). The count of 651,000 'enterprises with import and export records' has segment 'foreign trade "
        "enterprises'. The ASEAN share is a share of total trade (flow total, partner ASEAN). The mechanical and "
        "electrical share is a share of exports. The dollar equivalents are approx USD facts beside the CNY facts.",
        "Not facts: '1.7 percentage points ahead of the national growth rate' and 'up 1.8 percentage points' "
        "(derived comparisons); 'some 23,000 more than a year before' (a difference of counts, derived); the WTO's "
        "1.8 percent forecast of world trade volume (a forecast, and not China's trade); the years 2025 and 2026; "
        "the spokesperson's quote carries no number.",
        "Copy check: 10 sentences searched (lead, flows, June, quote, ASEAN, respectively list, Belt and Road, "
        "private firms, enterprise count, products), 0 reworded (none matched a real sentence's clause order and "
        "wording).",
        "Second check: 21 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(CN, "total", "value", 22.64e12, "CNY", H1, "22.64 trillion", E_LEAD),
        fact(CN, "total", "value", 3.17e12, "USD", H1, "3.17 trillion", E_LEAD, qualifier="approx"),
        fact(CN, "total", "growth", 3.9, "percent", H1, "3.9", E_LEAD),
        fact(CN, "exports", "value", 13.62e12, "CNY", H1, "13.62 trillion", E_FLOWS),
        fact(CN, "exports", "growth", 4.8, "percent", H1, "4.8", E_FLOWS),
        fact(CN, "imports", "value", 9.02e12, "CNY", H1, "9.02 trillion", E_FLOWS),
        fact(CN, "imports", "growth", 2.6, "percent", H1, "2.6", E_FLOWS),
        fact(CN, "balance", "value", 4.60e12, "CNY", H1, "4.60 trillion", E_SURPLUS),
        fact(CN, "balance", "growth", 9.3, "percent", H1, "9.3", E_SURPLUS),
        fact(CN, "total", "value", 4.03e12, "CNY", JUN, "4.03 trillion", E_JUNE),
        fact(CN, "total", "value", 564.4e9, "USD", JUN, "564.4 billion", E_JUNE, qualifier="approx"),
        fact(CN, "total", "growth", 4.7, "percent", JUN, "4.7", E_JUNE),
        fact(CN, "total", "growth", 2.1, "percent", JUN, "2.1", E_JUNE, basis="mom"),
        fact(CN, "exports", "growth", 5.6, "percent", JUN, "5.6", E_JUNE_FLOWS),
        fact(CN, "imports", "growth", 3.4, "percent", JUN, "3.4", E_JUNE_FLOWS),
        fact(CN, "total", "rank", 1, "number", H1, "largest", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "value", 3.64e12, "CNY", H1, "3.64 trillion", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "share", 16.1, "percent", H1, "16.1", E_ASEAN, partner="ASEAN"),
        fact(CN, "total", "value", 2.91e12, "CNY", H1, "2.91 trillion", E_EU_US, partner="European Union"),
        fact(CN, "total", "value", 1.95e12, "CNY", H1, "1.95 trillion", E_EU_US, partner="United States"),
        fact(CN, "total", "growth", 7.4, "percent", H1, "7.4", E_RESP, partner="ASEAN"),
        fact(CN, "total", "growth", 3.2, "percent", H1, "3.2", E_RESP, partner="European Union"),
        fact(CN, "total", "growth", 5.6, "percent", H1, "5.6", E_RESP, partner=BRI),
        fact(CN, "total", "growth", -6.8, "percent", H1, "6.8", E_RESP, partner="United States"),
        fact(CN, "total", "value", 11.70e12, "CNY", H1, "11.70 trillion", E_BRI, partner=BRI),
        fact(CN, "total", "share", 51.7, "percent", H1, "51.7", E_BRI, partner=BRI),
        fact(CN, "total", "growth", 7.1, "percent", H1, "7.1", E_PRIV, segment="private enterprises"),
        fact(CN, "total", "value", 13.31e12, "CNY", H1, "13.31 trillion", E_PRIV, segment="private enterprises"),
        fact(CN, "total", "share", 58.8, "percent", H1, "58.8", E_PRIV, segment="private enterprises"),
        fact(CN, "total", "count", 651000, "number", H1, "651,000", E_COUNT, segment="foreign trade enterprises"),
        fact(CN, "exports", "growth", 7.6, "percent", H1, "7.6", E_ME, product=ME),
        fact(CN, "exports", "value", 8.22e12, "CNY", H1, "8.22 trillion", E_ME, product=ME),
        fact(CN, "exports", "share", 60.4, "percent", H1, "60.4", E_ME, product=ME),
        fact(CN, "exports", "growth", -1.9, "percent", H1, "1.9", E_LI, product="labour-intensive goods"),
    ],
}

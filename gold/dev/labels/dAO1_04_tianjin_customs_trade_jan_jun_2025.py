from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
TJ = "Tianjin"
E_TOTAL = ("the value of Tianjin's trade in goods, imports and exports combined, was 4,012.6 hundred million yuan "
           "in the first half of 2025, up 2.1% year-on-year (the same below)")
E_EXIM = ("Of the total, exports accounted for 1,782.4 hundred million yuan, a rise of 6.3%, "
          "and imports for 2,230.2 hundred million yuan, a drop of 1.0%.")
E_JUN = ("June's imports and exports alone amounted to 712.5 hundred million yuan, a rise of 4.6%, "
         "with exports up 9.2% and imports up 1.2%.")
E_JUN_MOM = "Measured against May, the value of June's imports and exports increased 3.8%"
E_GT = ("General trade imports and exports in Tianjin rose 3.4% in the January-June period to 2,435.8 hundred million "
        "yuan, equal to 60.7% of the city's foreign trade value.")
E_BL = "Trade through bonded logistics grew 5.9%, taking a 24.0% share."
E_COUNT = "Tianjin had 12,836 enterprises with actual import and export records in the first half"
E_PRIV = ("Trade by private enterprises grew 8.7% to 1,650.3 hundred million yuan, and their share of the city's total "
          "rose to 41.1%")
E_SOE_FIE = ("trade by state-owned enterprises and foreign-invested enterprises rose 0.9% and fell 2.4% respectively")
E_EU_RANK = "Tianjin's largest trading partner continued to be the European Union."
E_RESP = ("The city's trade with the EU, ASEAN and the Republic of Korea grew 2.6%, 9.4% and 4.1% respectively")
E_US = "whereas trade with the United States fell by 6.7%"
E_ME = ("Tianjin's exports of mechanical and electrical products rose 8.9% in the first half to 1,012.7 hundred million "
        "yuan, or 56.8% of all its exports.")
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dAO1_04_tianjin_customs_trade_jan_jun_2025",
    "title": "Tianjin's H1 2025 foreign trade tops 400 billion yuan, rising 2.1%",
    "publisher": "Tianjin Customs",
    "published": "2025-07-22",
    "notes": [
        "Publisher and date from the source line under the headline ('Source: Tianjin Customs | Release date: July 22, 2025').",
        "Headline 'tops 400 billion yuan' is a threshold for the exact body figure 4,012.6 hundred million yuan: only the exact figure is labelled; the headline 'rising 2.1%' is the same observation as the body's 2.1% and is labelled once (body evidence).",
        "'(the same below)' makes every later growth rate year-on-year unless the text says otherwise.",
        "'a drop of 1.0%' for imports -> -1.0. No trade balance is stated, so none is labelled (it is not derived from exports and imports).",
        "June: 'exports up 9.2% and imports up 1.2%' are year-on-year (the same below). 'Measured against May ... increased 3.8%' is a comparison with the month before: basis mom, total, June. It is placed after the yoy figures, so no mom frame carries over.",
        "'the highest monthly figure this year to date' (milestone) and 'growth 0.8 percentage points quicker than in the first quarter' (derived comparison) are out.",
        "Trade modes: segments 'general trade' and 'bonded logistics'; the 24.0% share is of the city's total foreign trade (the sentence continues the general-trade share construction: 'taking a 24.0% share'). Processing trade has no number.",
        "12,836 enterprises with actual import and export records: count, segment 'foreign trade enterprises', H1 2025. '746 more than a year earlier' is an absolute change (derived comparison): out.",
        "Private enterprises' share 41.1% labelled; '2.5 percentage points higher than a year before' is out.",
        "State-owned and foreign-invested enterprises: respectively list with mixed verbs, +0.9 and -2.4.",
        "EU rank 1 ('largest trading partner'), partner European Union, H1 2025. Respectively list EU / ASEAN / Republic of Korea (canonical South Korea) growths paired in order; US -6.7.",
        "Belt and Road, Central Asia and Africa have no numbers ('record levels' is a milestone): nothing labelled.",
        "Mechanical and electrical products: exports value, growth and share of total exports. Ships, automobiles, lithium batteries, aircraft, integrated circuits, beef, crude oil and iron ore carry no numbers.",
        "Non-trade numbers out: Tianjin Port container throughput 12.08 million TEUs and its 4.3% growth, 512 China-Europe freight train trips, 18 policy measures, the year 2025.",
        "The release never gives the currency as RMB; 'hundred million yuan' is CNY with scale 1e8.",
    ],
    "facts": [
        fact(TJ, "total", "value", 4012.6e8, "CNY", H1, "4,012.6 hundred million", E_TOTAL),
        fact(TJ, "total", "growth", 2.1, "percent", H1, "2.1", E_TOTAL),
        fact(TJ, "exports", "value", 1782.4e8, "CNY", H1, "1,782.4 hundred million", E_EXIM),
        fact(TJ, "exports", "growth", 6.3, "percent", H1, "6.3", E_EXIM),
        fact(TJ, "imports", "value", 2230.2e8, "CNY", H1, "2,230.2 hundred million", E_EXIM),
        fact(TJ, "imports", "growth", -1.0, "percent", H1, "1.0", E_EXIM),
        fact(TJ, "total", "value", 712.5e8, "CNY", JUN, "712.5 hundred million", E_JUN),
        fact(TJ, "total", "growth", 4.6, "percent", JUN, "4.6", E_JUN),
        fact(TJ, "exports", "growth", 9.2, "percent", JUN, "9.2", E_JUN),
        fact(TJ, "imports", "growth", 1.2, "percent", JUN, "1.2", E_JUN),
        fact(TJ, "total", "growth", 3.8, "percent", JUN, "3.8", E_JUN_MOM, basis="mom"),
        fact(TJ, "total", "value", 2435.8e8, "CNY", H1, "2,435.8 hundred million", E_GT, segment="general trade"),
        fact(TJ, "total", "growth", 3.4, "percent", H1, "3.4", E_GT, segment="general trade"),
        fact(TJ, "total", "share", 60.7, "percent", H1, "60.7", E_GT, segment="general trade"),
        fact(TJ, "total", "growth", 5.9, "percent", H1, "5.9", E_BL, segment="bonded logistics"),
        fact(TJ, "total", "share", 24.0, "percent", H1, "24.0", E_BL, segment="bonded logistics"),
        fact(TJ, "total", "count", 12836, "number", H1, "12,836", E_COUNT, segment="foreign trade enterprises"),
        fact(TJ, "total", "value", 1650.3e8, "CNY", H1, "1,650.3 hundred million", E_PRIV, segment="private enterprises"),
        fact(TJ, "total", "growth", 8.7, "percent", H1, "8.7", E_PRIV, segment="private enterprises"),
        fact(TJ, "total", "share", 41.1, "percent", H1, "41.1", E_PRIV, segment="private enterprises"),
        fact(TJ, "total", "growth", 0.9, "percent", H1, "0.9", E_SOE_FIE, segment="state-owned enterprises"),
        fact(TJ, "total", "growth", -2.4, "percent", H1, "2.4", E_SOE_FIE, segment="foreign-invested enterprises"),
        fact(TJ, "total", "rank", 1, "number", H1, "largest", E_EU_RANK, partner="European Union"),
        fact(TJ, "total", "growth", 2.6, "percent", H1, "2.6", E_RESP, partner="European Union"),
        fact(TJ, "total", "growth", 9.4, "percent", H1, "9.4", E_RESP, partner="ASEAN"),
        fact(TJ, "total", "growth", 4.1, "percent", H1, "4.1", E_RESP, partner="South Korea"),
        fact(TJ, "total", "growth", -6.7, "percent", H1, "6.7", E_US, partner="United States"),
        fact(TJ, "exports", "value", 1012.7e8, "CNY", H1, "1,012.7 hundred million", E_ME, product=ME),
        fact(TJ, "exports", "growth", 8.9, "percent", H1, "8.9", E_ME, product=ME),
        fact(TJ, "exports", "share", 56.8, "percent", H1, "56.8", E_ME, product=ME),
    ],
}

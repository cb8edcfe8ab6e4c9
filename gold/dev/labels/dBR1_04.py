from _fact import fact, period

NB = "Ningbo"
ZJ = "Zhejiang"
JO = period(2026, 1, 10)
OCT = period(2026, 10)

ARTICLE = {
    "id": "dBR1_04",
    "title": "Ningbo's foreign trade tops 1.2 trillion yuan in first ten months as new energy exports gather pace",
    "publisher": "Ningbo Daily",
    "published": "2026-11-21",
    "notes": [
        "Real figures: none (January-October 2026 has not happened). Modelled on Ningbo Customs / China Daily Ningbo "
        "releases (city total in the 1.2-1.4 trillion yuan range, EU/US/ASEAN as top three partners, private firms "
        "about three quarters of trade) and on Zhejiang releases from Hangzhou Customs. Invented: every 2026 figure. "
        "Derived: surplus 434.4 = 836.52 - 402.12; share 26.8 = 1,238.64 / 4,620; private share 73.3 = 907.42 / "
        "1,238.64; export and import shares (24.5, 33.3) imply provincial exports of about 3.41 trillion and imports "
        "of about 1.21 trillion, which sum to 4.62 trillion; the 1.6-point gap = 5.3 - 3.7.",
        "Judgement calls: '(the same below)' sets January-October 2026 as the period of every later figure that names "
        "no period (partners, new trio, private firms, enterprise count, Belt and Road). 'ranked fifth among Chinese "
        "cities' is a rank of Ningbo's total trade (rank 5). The EU 'largest partner' is a rank-1 fact for the "
        "running period; 'for the fifth straight year' is a streak and not a fact. The shares of Zhejiang's exports "
        "and imports are Ningbo facts (area Ningbo), the share of a larger whole. '3.2 percent higher than in "
        "September' is a month-on-month growth of October (basis mom), September being the comparison base, not the "
        "period. The count of 29,846 enterprises with import and export records is segment 'foreign trade "
        "enterprises'. The respectively list of growths gives EU 6.9 and ASEAN 12.5; the US decline is its own "
        "clause. 'Vehicle and battery exports' = new energy vehicles and lithium batteries.",
        "Not facts: 1.2 trillion in the headline (a threshold; the exact 1,238.64 billion is labelled); 1.6 percentage "
        "points (derived comparison); 33.8 million TEUs and 300 container routes (port throughput, not trade value); "
        "1,523 more enterprises (a derived difference); 'close to half' (no number); 'fifth straight year' (streak); "
        "'two years ago', 'about a third' (clearance time); 1.5 trillion yuan full-year (a forecast); December.",
        "Copy check: 9 sentences searched, 3 reworded (the export/import split, the October sentence and the partner list, whose skeletons matched Shanghai, Shandong and Chongqing releases).",
        "Second check: 25 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(NB, "total", "value", 1238.64e9, "CNY", JO, "1,238.64 billion",
             "Ningbo's imports and exports climbed to 1,238.64 billion yuan from January to October this year"),
        fact(NB, "total", "growth", 5.3, "percent", JO, "5.3",
             "a year-on-year rise of 5.3 percent"),
        fact(NB, "total", "rank", 5, "number", JO, "fifth",
             "By that measure the city ranked fifth among Chinese cities"),
        fact(NB, "exports", "value", 836.52e9, "CNY", JO, "836.52 billion",
             "Exports made up the bulk, at 836.52 billion yuan, up 7.1 percent"),
        fact(NB, "exports", "growth", 7.1, "percent", JO, "7.1",
             "Exports made up the bulk, at 836.52 billion yuan, up 7.1 percent"),
        fact(NB, "imports", "growth", 1.8, "percent", JO, "1.8",
             "imports, at 402.12 billion yuan, rose a slimmer 1.8 percent"),
        fact(NB, "imports", "value", 402.12e9, "CNY", JO, "402.12 billion",
             "imports, at 402.12 billion yuan, rose a slimmer 1.8 percent"),
        fact(NB, "balance", "value", 434.4e9, "CNY", JO, "434.4 billion",
             "Ningbo's surplus on goods trade therefore came out at 434.4 billion yuan."),
        fact(ZJ, "total", "value", 4.62e12, "CNY", JO, "4.62 trillion",
             "Figures from Hangzhou Customs put Zhejiang's foreign trade at 4.62 trillion yuan over the period"),
        fact(ZJ, "total", "growth", 3.7, "percent", JO, "3.7",
             "Zhejiang's foreign trade at 4.62 trillion yuan over the period, an increase of 3.7 percent"),
        fact(NB, "total", "share", 26.8, "percent", JO, "26.8",
             "Ningbo thus contributed 26.8 percent of the provincial total."),
        fact(NB, "exports", "share", 24.5, "percent", JO, "24.5",
             "at 24.5 percent of Zhejiang's exports"),
        fact(NB, "imports", "share", 33.3, "percent", JO, "33.3",
             "at 33.3 percent of the province's imports"),
        fact(NB, "total", "value", 128.75e9, "CNY", OCT, "128.75 billion",
             "October itself brought 128.75 billion yuan of trade"),
        fact(NB, "total", "growth", 6.4, "percent", OCT, "6.4",
             "October itself brought 128.75 billion yuan of trade, 6.4 percent more than a year earlier"),
        fact(NB, "total", "growth", 3.2, "percent", OCT, "3.2",
             "October itself brought 128.75 billion yuan of trade, 6.4 percent more than a year earlier and 3.2 "
             "percent higher than in September", basis="mom"),
        fact(NB, "total", "value", 907.42e9, "CNY", JO, "907.42 billion",
             "At 907.42 billion yuan, their combined trade", segment="private enterprises"),
        fact(NB, "total", "growth", 8.1, "percent", JO, "8.1",
             "At 907.42 billion yuan, their combined trade was 8.1 percent higher than a year before", segment="private enterprises"),
        fact(NB, "total", "share", 73.3, "percent", JO, "73.3",
             "made up 73.3 percent of everything the city traded", segment="private enterprises"),
        fact(NB, "total", "count", 29846, "number", JO, "29,846",
             "The number of enterprises with import and export records rose to 29,846",
             segment="foreign trade enterprises"),
        fact(NB, "total", "value", 221.37e9, "CNY", JO, "221.37 billion",
             "Ningbo did 221.37 billion yuan of business with the European Union",
             partner="European Union"),
        fact(NB, "total", "value", 176.05e9, "CNY", JO, "176.05 billion",
             "176.05 billion yuan with the United States",
             partner="United States"),
        fact(NB, "total", "value", 158.62e9, "CNY", JO, "158.62 billion",
             "158.62 billion yuan with ASEAN",
             partner="ASEAN"),
        fact(NB, "total", "growth", 6.9, "percent", JO, "6.9",
             "Trade with the EU and ASEAN grew by 6.9 percent and 12.5 percent respectively",
             partner="European Union"),
        fact(NB, "total", "growth", 12.5, "percent", JO, "12.5",
             "Trade with the EU and ASEAN grew by 6.9 percent and 12.5 percent respectively",
             partner="ASEAN"),
        fact(NB, "total", "growth", -4.3, "percent", JO, "4.3",
             "trade with the US declined 4.3 percent", partner="United States"),
        fact(NB, "total", "rank", 1, "number", JO, "largest",
             "The EU stayed the city's largest partner", partner="European Union"),
        fact(NB, "total", "growth", 9.4, "percent", JO, "9.4",
             "Belt and Road partner countries accounted for 612.18 billion yuan, close to half of the city's total, after a 9.4 percent increase",
             partner="Belt and Road partner countries"),
        fact(NB, "total", "value", 612.18e9, "CNY", JO, "612.18 billion",
             "Belt and Road partner countries accounted for 612.18 billion yuan, close to half of the city's total, after a 9.4 percent increase",
             partner="Belt and Road partner countries"),
        fact(NB, "exports", "value", 21.46e9, "CNY", JO, "21.46 billion",
             "Lithium batteries led the three at 30.12 billion yuan of exports, ahead of new energy vehicles at 21.46 "
             "billion yuan and solar cells at 12.84 billion yuan", product="new energy vehicles"),
        fact(NB, "exports", "value", 30.12e9, "CNY", JO, "30.12 billion",
             "Lithium batteries led the three at 30.12 billion yuan of exports, ahead of new energy vehicles at 21.46 "
             "billion yuan and solar cells at 12.84 billion yuan", product="lithium batteries"),
        fact(NB, "exports", "value", 12.84e9, "CNY", JO, "12.84 billion",
             "Lithium batteries led the three at 30.12 billion yuan of exports, ahead of new energy vehicles at 21.46 "
             "billion yuan and solar cells at 12.84 billion yuan", product="solar cells"),
        fact(NB, "exports", "growth", 38.5, "percent", JO, "38.5",
             "Vehicle and battery exports increased by 38.5 percent and 15.7 percent", product="new energy vehicles"),
        fact(NB, "exports", "growth", 15.7, "percent", JO, "15.7",
             "Vehicle and battery exports increased by 38.5 percent and 15.7 percent", product="lithium batteries"),
        fact(NB, "exports", "growth", -11.2, "percent", JO, "11.2",
             "solar cell exports fell 11.2 percent", product="solar cells"),
    ],
}

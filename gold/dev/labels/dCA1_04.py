from _fact import fact, period

YRD = "Yangtze River Delta"
Y24 = period(2024, 1, 12)
Y23 = period(2023, 1, 12)

S1 = ("Goods worth a record 16.01 trillion yuan (about 2.2 trillion U.S. dollars) were imported into or exported from the "
      "Yangtze River Delta (YRD), among the country's most vibrant economic areas, in 2024")
S2 = "the delta's slice of the nation's imports and exports edged up to 36.5 percent from 36.3 percent in 2023"
S2G = "its own trade grew 5.6 percent from 2023"
S3 = "Last year, goods shipped out of the region were valued at 9.95 trillion yuan, a year-on-year gain of 8.2 percent"
S4 = "inbound shipments grew by a more modest 1.5 percent to 6.06 trillion yuan"
S5 = "The region thus supplied 39.1 percent and 32.9 percent of the nation's exports and imports, respectively."
S6 = "China's 2024 imports and exports, at 43.85 trillion yuan, were 5 percent above the previous year's level"
S7 = ("Jiangsu, Zhejiang and Shanghai reported import and export values of 5.62 trillion yuan, 5.27 trillion yuan and "
      "4.27 trillion yuan, respectively, up 7.0 percent, 7.2 percent and 1.3 percent from a year earlier.")
S8 = ("Zhejiang's exports, second only to those of south China's Guangdong among the country's provincial-level regions, "
      "increased 7.5 percent to 3.91 trillion yuan.")
S9 = "The city's exports advanced 3.5 percent to 1.81 trillion yuan"
S10 = "its imports, which still make up the larger part of its trade, eased 0.3 percent to 2.46 trillion yuan"
S11 = "Their exports grew 8.7 percent to 5.96 trillion yuan, making up 60 percent of the region's total exports."
S12 = ("Integrated circuits, ships and automobiles were among the standout items, with exports of 455.35 billion yuan, "
       "198.17 billion yuan and 326.08 billion yuan, respectively.")
S13 = "Exports of high-end equipment soared 61.7 percent to 261.16 billion yuan"
ME = "mechanical and electrical products"

ARTICLE = {
    "id": "dCA1_04",
    "title": "Yangtze River Delta's imports and exports climb past 16 trillion yuan in 2024",
    "publisher": "Xinhua",
    "published": "2025-01-24",
    "notes": [
        "Real figures (Shanghai Customs via english/german.shanghai.gov.cn, Feb 2025; Xinhua/CGTN items of 2024-2025): "
        "YRD 2024 trade 16.01 trillion yuan (2.2 trillion USD), +5.6%, 36.5% of the national total (36.3% in 2023); "
        "exports 9.95 trillion +8.2%, imports 6.06 trillion +1.5%, 39.1% and 32.9% of national exports and imports; "
        "mechanical and electrical exports 5.96 trillion, +8.7%, 60% of exports; integrated circuits, ships, automobiles "
        "455.35, 198.17, 326.08 billion yuan; high-end equipment 261.16 billion, +61.7%; 26 national-level clusters. "
        "China 2024 trade 43.85 trillion yuan, +5% (GACC, January 2025).",
        "Derived/made up: the provincial 2024 figures were not found in the pages corpus and are plausible values "
        "consistent with the regional totals (Jiangsu 5.62 trillion +7.0%, Zhejiang 5.27 trillion +7.2%, Shanghai "
        "4.27 trillion +1.3%, Zhejiang exports 3.91 trillion +7.5%, Shanghai exports 1.81 trillion +3.5% and imports "
        "2.46 trillion -0.3%, Anhui 843.26 billion +4.7%). The real YRD release came out in February 2025; the date "
        "2025-01-24 follows the brief. The customs official's quote is invented and unattributed.",
        "Judgement calls: the headline's 'climb past 16 trillion yuan' is the threshold of the same observation as "
        "16.01 trillion, so only the exact figure is labelled; the 36.3 percent share is labelled as a share for 2023 "
        "(prior period); 'Last year' takes 2024 from the publication date; 'second only to ... Guangdong' is Zhejiang's "
        "export rank 2 among provincial-level regions; 'The city's exports' and 'its imports' carry Shanghai from the "
        "previous sentence; 'That was 4.7 percent more than in 2023' carries Anhui from the previous sentence; "
        "'Their exports' carries mechanical and electrical products; the nationwide 43.85 trillion and 5 percent are "
        "China's own facts (area China).",
        "Not facts: 41 cities; 2018 (year); 0.6 percentage points (difference); 'above 800 billion yuan for a second "
        "year' (threshold of the 843.26 billion observation and a streak); 26 national-level advanced manufacturing "
        "clusters (count, not trade); 'climb past 16 trillion' (threshold).",
        "Copy check: 13 sentences searched, 2 reworded (the geography sentence and the manufacturing-clusters sentence shared a clause skeleton with CCTV/WAM and CGTN excerpts; the geography sentence was judged on excerpts returned by other searches).",
        "Second check: 19 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(YRD, "total", "value", 16.01e12, "CNY", Y24, "16.01 trillion", S1),
        fact(YRD, "total", "value", 2.2e12, "USD", Y24, "2.2 trillion", S1, qualifier="approx"),
        fact(YRD, "total", "growth", 5.6, "percent", Y24, "5.6", S2G),
        fact(YRD, "total", "share", 36.5, "percent", Y24, "36.5", S2),
        fact(YRD, "total", "share", 36.3, "percent", Y23, "36.3", S2),
        fact(YRD, "exports", "value", 9.95e12, "CNY", Y24, "9.95 trillion", S3),
        fact(YRD, "exports", "growth", 8.2, "percent", Y24, "8.2", S3),
        fact(YRD, "imports", "growth", 1.5, "percent", Y24, "1.5", S4),
        fact(YRD, "imports", "value", 6.06e12, "CNY", Y24, "6.06 trillion", S4),
        fact(YRD, "exports", "share", 39.1, "percent", Y24, "39.1", S5),
        fact(YRD, "imports", "share", 32.9, "percent", Y24, "32.9", S5),
        fact("China", "total", "growth", 5, "percent", Y24, "5", S6),
        fact("China", "total", "value", 43.85e12, "CNY", Y24, "43.85 trillion", S6),
        fact("Jiangsu", "total", "value", 5.62e12, "CNY", Y24, "5.62 trillion", S7),
        fact("Zhejiang", "total", "value", 5.27e12, "CNY", Y24, "5.27 trillion", S7),
        fact("Shanghai", "total", "value", 4.27e12, "CNY", Y24, "4.27 trillion", S7),
        fact("Jiangsu", "total", "growth", 7.0, "percent", Y24, "7.0", S7),
        fact("Zhejiang", "total", "growth", 7.2, "percent", Y24, "7.2", S7),
        fact("Shanghai", "total", "growth", 1.3, "percent", Y24, "1.3", S7),
        fact("Zhejiang", "exports", "rank", 2, "number", Y24, "second", S8),
        fact("Zhejiang", "exports", "growth", 7.5, "percent", Y24, "7.5", S8),
        fact("Zhejiang", "exports", "value", 3.91e12, "CNY", Y24, "3.91 trillion", S8),
        fact("Shanghai", "exports", "growth", 3.5, "percent", Y24, "3.5", S9),
        fact("Shanghai", "exports", "value", 1.81e12, "CNY", Y24, "1.81 trillion", S9),
        fact("Shanghai", "imports", "growth", -0.3, "percent", Y24, "0.3", S10),
        fact("Shanghai", "imports", "value", 2.46e12, "CNY", Y24, "2.46 trillion", S10),
        fact("Anhui", "total", "value", 843.26e9, "CNY", Y24, "843.26 billion",
             "Anhui, the smallest of the four by trade volume, posted imports and exports of 843.26 billion yuan."),
        fact("Anhui", "total", "growth", 4.7, "percent", Y24, "4.7", "That was 4.7 percent more than in 2023"),
        fact(YRD, "exports", "growth", 8.7, "percent", Y24, "8.7", S11, product=ME),
        fact(YRD, "exports", "value", 5.96e12, "CNY", Y24, "5.96 trillion", S11, product=ME),
        fact(YRD, "exports", "share", 60, "percent", Y24, "60", S11, product=ME),
        fact(YRD, "exports", "value", 455.35e9, "CNY", Y24, "455.35 billion", S12, product="integrated circuits"),
        fact(YRD, "exports", "value", 198.17e9, "CNY", Y24, "198.17 billion", S12, product="ships"),
        fact(YRD, "exports", "value", 326.08e9, "CNY", Y24, "326.08 billion", S12, product="automobiles"),
        fact(YRD, "exports", "growth", 61.7, "percent", Y24, "61.7", S13, product="high-end equipment"),
        fact(YRD, "exports", "value", 261.16e9, "CNY", Y24, "261.16 billion", S13, product="high-end equipment"),
    ],
}

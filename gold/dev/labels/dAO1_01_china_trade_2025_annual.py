from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
Q1 = period(2025, 1, 3)
Q4 = period(2025, 10, 12)
BR = "Belt and Road partner countries"
E_LEAD = ("lifting the value of its goods trade to a record 45.47 trillion yuan (about 6.4 trillion U.S. dollars) in 2025, "
          "3.8 percent more than a year earlier")
E_XM = ("Exports amounted to 26.99 trillion yuan, a gain of 6.1 percent over 2024, while imports grew a modest 0.5 percent "
        "to 18.48 trillion yuan")
E_DEC = ("December's trade total of 4.27 trillion yuan was the highest for any single month on record and 4.9 percent "
         "above the same month of 2024")
E_DEC_XM = "Exports grew 5.6 percent in the month, and imports 4 percent."
E_Q = ("rising from 10.3 trillion yuan in the first quarter to 11.86 trillion yuan in the fourth")
E_ASEAN = ("Two-way trade with the Association of Southeast Asian Nations (ASEAN), again China's largest trading partner, "
           "grew 8 percent to 7.55 trillion yuan and made up 16.6 percent of the national total.")
E_EUUS = ("China's trade with the European Union and the United States reached 5.88 trillion yuan and 4.01 trillion yuan, "
          "respectively, the latter down 18.4 percent")
E_JPKR = "Trade with Japan and South Korea rose 2.1 percent and 3.4 percent, respectively."
E_PRIV = ("Private enterprises remained the largest group of foreign traders, with their imports and exports increasing "
          "7.1 percent and accounting for 57.3 percent of the national total.")

ARTICLE = {
    "id": "dAO1_01_china_trade_2025_annual",
    "title": "China's foreign trade tops 45 trillion yuan in 2025 as exports climb 6.1 pct",
    "publisher": "Xinhua",
    "published": "2026-01-14",
    "notes": [
        "Running period is calendar 2025 (stated in the lead); 'last year' in a text dated 2026-01-14 is also 2025.",
        "Headline 'tops 45 trillion yuan' is a threshold for the same observation as the exact 45.47 trillion in the body: only the exact figure is labelled.",
        "Headline 'exports climb 6.1 pct' is the same observation as the body's export growth: labelled once, with the body as evidence.",
        "'45.47 trillion yuan (about 6.4 trillion U.S. dollars)': a CNY fact and a USD fact with qualifier approx.",
        "'put the annual trade surplus at 8.51 trillion yuan' is stated (26.99 - 18.48 = 8.51) and labelled as a positive balance.",
        "'Exports have now grown for nine years in a row' and 'staying above half for a third straight year': streaks, out.",
        "December: total value and yoy growth; 'Exports grew 5.6 percent in the month, and imports 4 percent': verbless imports rate inherits 'grew', yoy (no mom cue; the paragraph's frame is 'above the same month of 2024'). 'the highest for any single month on record': milestone, out.",
        "Quarterly path: 10.3 trillion for Q1 (2025-01..03) and 11.86 trillion for Q4 (2025-10..12), both total trade value.",
        "ASEAN: rank 1 ('largest'), growth 8, value 7.55 trillion, share 16.6 percent of China's total.",
        "EU/US respectively list: values 5.88 and 4.01 trillion; 'the latter down 18.4 percent' is US trade growth, -18.4. EU growth is not stated.",
        "Japan and South Korea respectively list: growth only (2.1, 3.4).",
        "Belt and Road: share 51.9 percent of China's total, partner 'Belt and Road partner countries'; no value stated.",
        "Private enterprises: total growth 7.1 and share 57.3 percent, segment 'private enterprises'. State-owned enterprises: value 6.52 trillion, segment 'state-owned enterprises'.",
        "'A total of 736,000 firms had import and export records last year': count of foreign trade enterprises for 2025 (period the year); 'about 36,000 more than in 2024' is a derived difference, out.",
        "Mechanical and electrical products: export share 60.3 percent. 'new three' export growth 11.4, product 'new three' (the text's words). 'double-digit gains' for ships: no number, nothing labelled.",
        "The GAC official's quote carries no figures. WTO projection of 0.5 percent global merchandise trade volume growth in 2026: a forecast and not China's trade, out.",
    ],
    "facts": [
        fact("China", "total", "growth", 3.8, "percent", Y, "3.8", E_LEAD),
        fact("China", "total", "value", 45.47e12, "CNY", Y, "45.47 trillion", E_LEAD),
        fact("China", "total", "value", 6.4e12, "USD", Y, "6.4 trillion", E_LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 6.1, "percent", Y, "6.1", E_XM),
        fact("China", "exports", "value", 26.99e12, "CNY", Y, "26.99 trillion", E_XM),
        fact("China", "imports", "growth", 0.5, "percent", Y, "0.5", E_XM),
        fact("China", "imports", "value", 18.48e12, "CNY", Y, "18.48 trillion", E_XM),
        fact("China", "balance", "value", 8.51e12, "CNY", Y, "8.51 trillion", "put the annual trade surplus at 8.51 trillion yuan"),
        fact("China", "total", "value", 4.27e12, "CNY", DEC, "4.27 trillion", E_DEC),
        fact("China", "total", "growth", 4.9, "percent", DEC, "4.9", E_DEC),
        fact("China", "exports", "growth", 5.6, "percent", DEC, "5.6", E_DEC_XM),
        fact("China", "imports", "growth", 4.0, "percent", DEC, "4", E_DEC_XM),
        fact("China", "total", "value", 10.3e12, "CNY", Q1, "10.3 trillion", E_Q),
        fact("China", "total", "value", 11.86e12, "CNY", Q4, "11.86 trillion", E_Q),
        fact("China", "total", "rank", 1, "number", Y, "largest", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "growth", 8.0, "percent", Y, "8", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 7.55e12, "CNY", Y, "7.55 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", Y, "16.6", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 5.88e12, "CNY", Y, "5.88 trillion", E_EUUS, partner="European Union"),
        fact("China", "total", "value", 4.01e12, "CNY", Y, "4.01 trillion", E_EUUS, partner="United States"),
        fact("China", "total", "growth", -18.4, "percent", Y, "18.4", E_EUUS, partner="United States"),
        fact("China", "total", "growth", 2.1, "percent", Y, "2.1", E_JPKR, partner="Japan"),
        fact("China", "total", "growth", 3.4, "percent", Y, "3.4", E_JPKR, partner="South Korea"),
        fact("China", "total", "share", 51.9, "percent", Y, "51.9",
             "Trade with Belt and Road partner countries made up 51.9 percent of the total", partner=BR),
        fact("China", "total", "growth", 7.1, "percent", Y, "7.1", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57.3, "percent", Y, "57.3", E_PRIV, segment="private enterprises"),
        fact("China", "total", "value", 6.52e12, "CNY", Y, "6.52 trillion",
             "State-owned enterprises handled 6.52 trillion yuan of trade", segment="state-owned enterprises"),
        fact("China", "total", "count", 736000, "number", Y, "736,000",
             "A total of 736,000 firms had import and export records last year", segment="foreign trade enterprises"),
        fact("China", "exports", "share", 60.3, "percent", Y, "60.3",
             "exports of mechanical and electrical products accounted for 60.3 percent of all exports",
             product="mechanical and electrical products"),
        fact("China", "exports", "growth", 11.4, "percent", Y, "11.4",
             "Shipments of the \"new three\" -- electric vehicles, lithium-ion batteries and photovoltaic products -- grew 11.4 percent",
             product="new three"),
    ],
}

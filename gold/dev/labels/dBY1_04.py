from _fact import fact, period

HZ = "Hangzhou"
JN = period(2025, 1, 11)
JN24 = period(2024, 1, 11)
NOV = period(2025, 11)

ARTICLE = {
    "id": "dBY1_04",
    "title": "Private Firms Lead Hangzhou to 6.1% Foreign Trade Growth in First 11 Months",
    "publisher": "Hangzhou Customs",
    "published": "2025-12-22",
    "notes": [
        "Real figures (source, date): none; the pages corpus holds no Hangzhou or Ningbo release for January-November "
        "2025 (searched four times). Form modelled on Hangzhou Customs / Qianjiang Customs releases of 2017-2024 and the "
        "'year-on-year (the same below)' Zhejiang release of 2023-10-20.",
        "Derived/made up: every figure is made up, kept internally consistent: exports 5,521.6 + imports 2,525.7 = "
        "8,047.3; surplus 2,995.9 = exports - imports, its 11.0% growth derived from the 2024 levels implied by 7.4% and "
        "3.4%; 7,584.6 = 8,047.3 / 1.061; private share 77.1% = 6,205.9 / 8,047.3; EU share 17.2% = 1,383.5 / 8,047.3.",
        "Judgement calls: the headline's 6.1% is the body's total growth, labelled once. 'On a month-on-month basis, "
        "exports were 2.5% higher than in October' is growth basis mom for November. 'The EU remained ... largest', 'ASEAN moved up to second place', "
        "'the United States dropped to third' are ranks of total trade in January-November. '1,152 more enterprises "
        "in the city recorded actual imports and exports, bringing their number to 18,326' is a count, segment foreign trade enterprises. 'new three' products "
        "labelled product 'new three products'. The EU/ASEAN/US and Latin America/Africa lists "
        "write their scale word once ('1,383.5, 1,126.4 and 1,052.8 hundred million yuan', '612.3 and 398.7 hundred million yuan'): "
        "value_text is the bare figure. The surplus growth 'widened by 11.0%' is balance growth, positive.",
        "Not facts: 'crossed the 8,000 hundred million yuan level' (milestone threshold; the exact 8,047.3 is labelled); "
        "'outpaced that of the province as a whole by 1.3 percentage points' (comparison); 'rose 2.0 percentage points' "
        "(pp difference); '1,152 more enterprises' (change in a count); '20 promotion events' (events); "
        "'additional tariffs of 10%' (tariff rate); '16 measures' (policy count); years 2024, 2025.",
        "Copy check: 17 sentences searched (in 16 queries), 1 reworded (the opening sentence shared the 7-word stock run 'an increase of ... over the same period' with a Shine.cn story; reworded and searched again, clean).",
        "Second check: 22 sentences searched, 11 reworded.",
    ],
    "facts": [
        fact(HZ, "total", "value", 8047.3e8, "CNY", JN, "8,047.3 hundred million",
             "Hangzhou's imports and exports of goods grew 6.1% year-on-year (the same below) to 8,047.3 hundred million yuan in the first 11 months of 2025"),
        fact(HZ, "total", "growth", 6.1, "percent", JN, "6.1",
             "Hangzhou's imports and exports of goods grew 6.1% year-on-year (the same below)"),
        fact(HZ, "total", "value", 7584.6e8, "CNY", JN24, "7,584.6 hundred million",
             "compared with 7,584.6 hundred million yuan in January-November 2024"),
        fact(HZ, "exports", "value", 5521.6e8, "CNY", JN, "5,521.6 hundred million",
             "Exports accounted for 5,521.6 hundred million yuan of the total"),
        fact(HZ, "exports", "growth", 7.4, "percent", JN, "7.4",
             "Exports accounted for 5,521.6 hundred million yuan of the total, having grown 7.4%"),
        fact(HZ, "imports", "value", 2525.7e8, "CNY", JN, "2,525.7 hundred million",
             "on the import side, growth of 3.4% took the value to 2,525.7 hundred million yuan"),
        fact(HZ, "imports", "growth", 3.4, "percent", JN, "3.4",
             "on the import side, growth of 3.4%"),
        fact(HZ, "balance", "value", 2995.9e8, "CNY", JN, "2,995.9 hundred million",
             "the trade surplus widened by 11.0% to 2,995.9 hundred million yuan"),
        fact(HZ, "balance", "growth", 11.0, "percent", JN, "11.0",
             "the trade surplus widened by 11.0%"),
        fact(HZ, "total", "value", 793.4e8, "CNY", NOV, "793.4 hundred million",
             "Hangzhou's total imports and exports for November alone grew 4.2% to 793.4 hundred million yuan"),
        fact(HZ, "total", "growth", 4.2, "percent", NOV, "4.2",
             "Hangzhou's total imports and exports for November alone grew 4.2%"),
        fact(HZ, "exports", "value", 552.8e8, "CNY", NOV, "552.8 hundred million",
             "exports made up 552.8 hundred million yuan of that figure"),
        fact(HZ, "exports", "growth", 3.1, "percent", NOV, "3.1",
             "exports made up 552.8 hundred million yuan of that figure, a rise of 3.1%"),
        fact(HZ, "exports", "growth", 2.5, "percent", NOV, "2.5",
             "exports were 2.5% higher than in October", basis="mom"),
        fact(HZ, "total", "value", 6205.9e8, "CNY", JN, "6,205.9 hundred million",
             "their imports and exports grew 8.9% to 6,205.9 hundred million yuan",
             segment="private enterprises"),
        fact(HZ, "total", "growth", 8.9, "percent", JN, "8.9",
             "their imports and exports grew 8.9%",
             segment="private enterprises"),
        fact(HZ, "total", "share", 77.1, "percent", JN, "77.1",
             "Their share of the city's total rose 2.0 percentage points from the same period last year to 77.1%", segment="private enterprises"),
        fact(HZ, "total", "count", 18326, "number", JN, "18,326",
             "1,152 more enterprises in the city recorded actual imports and exports, bringing their number to 18,326",
             segment="foreign trade enterprises"),
        fact(HZ, "total", "value", 1396.2e8, "CNY", JN, "1,396.2 hundred million",
             "Cross-border e-commerce imports and exports under customs supervision in Hangzhou amounted to 1,396.2 "
             "hundred million yuan", segment="cross-border e-commerce"),
        fact(HZ, "total", "growth", 11.3, "percent", JN, "11.3",
             "Cross-border e-commerce imports and exports under customs supervision in Hangzhou amounted to 1,396.2 "
             "hundred million yuan, up 11.3%", segment="cross-border e-commerce"),
        fact(HZ, "total", "rank", 1, "number", JN, "largest",
             "The EU remained Hangzhou's largest trading partner", partner="European Union"),
        fact(HZ, "total", "rank", 2, "number", JN, "second",
             "ASEAN moved up to second place", partner="ASEAN"),
        fact(HZ, "total", "rank", 3, "number", JN, "third",
             "the United States dropped to third", partner="United States"),
        fact(HZ, "total", "value", 1383.5e8, "CNY", JN, "1,383.5",
             "At 1,383.5, 1,126.4 and 1,052.8 hundred million yuan, trade with the EU, ASEAN and the United States", partner="European Union"),
        fact(HZ, "total", "value", 1126.4e8, "CNY", JN, "1,126.4",
             "At 1,383.5, 1,126.4 and 1,052.8 hundred million yuan, trade with the EU, ASEAN and the United States", partner="ASEAN"),
        fact(HZ, "total", "value", 1052.8e8, "CNY", JN, "1,052.8 hundred million",
             "At 1,383.5, 1,126.4 and 1,052.8 hundred million yuan, trade with the EU, ASEAN and the United States", partner="United States"),
        fact(HZ, "total", "growth", 7.6, "percent", JN, "7.6",
             "trade with the EU, ASEAN and the United States was up 7.6%, up 14.2% and down 9.8% respectively", partner="European Union"),
        fact(HZ, "total", "growth", 14.2, "percent", JN, "14.2",
             "trade with the EU, ASEAN and the United States was up 7.6%, up 14.2% and down 9.8% respectively", partner="ASEAN"),
        fact(HZ, "total", "growth", -9.8, "percent", JN, "9.8",
             "trade with the EU, ASEAN and the United States was up 7.6%, up 14.2% and down 9.8% respectively", partner="United States"),
        fact(HZ, "total", "share", 17.2, "percent", JN, "17.2",
             "The EU's figure equalled 17.2% of the city's total",
             partner="European Union"),
        fact(HZ, "total", "value", 612.3e8, "CNY", JN, "612.3",
             "at 612.3 and 398.7 hundred million yuan, Hangzhou's trade with Latin America and Africa", partner="Latin America"),
        fact(HZ, "total", "value", 398.7e8, "CNY", JN, "398.7 hundred million",
             "at 612.3 and 398.7 hundred million yuan, Hangzhou's trade with Latin America and Africa", partner="Africa"),
        fact(HZ, "total", "growth", 12.5, "percent", JN, "12.5",
             "Hangzhou's trade with Latin America and Africa was 12.5% and 16.8% higher respectively than a year earlier", partner="Latin America"),
        fact(HZ, "total", "growth", 16.8, "percent", JN, "16.8",
             "Hangzhou's trade with Latin America and Africa was 12.5% and 16.8% higher respectively than a year earlier", partner="Africa"),
        fact(HZ, "exports", "value", 287.5e8, "CNY", JN, "287.5 hundred million",
             "Exports of the \"new three\" products, namely electric vehicles, lithium batteries and solar cells, were "
             "287.5 hundred million yuan", product="new three products"),
        fact(HZ, "exports", "growth", 18.6, "percent", JN, "18.6",
             "Exports of the \"new three\" products, namely electric vehicles, lithium batteries and solar cells, were "
             "287.5 hundred million yuan, an increase of 18.6%", product="new three products"),
        fact(HZ, "exports", "value", 1036.8e8, "CNY", JN, "1,036.8 hundred million",
             "Exports of labour-intensive products were 1,036.8 hundred million yuan, a decrease of 2.3%",
             product="labour-intensive products"),
        fact(HZ, "exports", "growth", -2.3, "percent", JN, "2.3",
             "Exports of labour-intensive products were 1,036.8 hundred million yuan, a decrease of 2.3%",
             product="labour-intensive products"),
    ],
}

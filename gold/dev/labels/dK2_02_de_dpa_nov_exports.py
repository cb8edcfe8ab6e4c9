from _fact import fact, period

DE = "Germany"
N = period(2024, 11)
OCT = period(2024, 10)
E_EXP = "German firms sold goods worth 125.7 billion euros (130.3 billion dollars) to foreign customers, an increase of 2.1 per cent over October"
E_BAL = "The surplus in foreign trade therefore rose to 19.1 billion euros from 17.7 billion euros in October"
E_YOY = "Measured against November 2023, the statisticians reported, exports were down 1.3 per cent and imports up 0.9 per cent"
E_EU = "shipments to European Union member states increased 3.0 per cent to 67.4 billion euros"
E_3C = "those to so-called third countries outside the EU gained 1.0 per cent to 58.3 billion euros"
E_US = "Shipments there soared 5.2 per cent on the month to 13.6 billion euros"
E_CN = "Exports to China, on the other hand, declined 3.1 per cent to 6.4 billion euros"
E_UK = "sales to the United Kingdom rose 1.8 per cent to 6.5 billion euros"

ARTICLE = {
    "id": "dK2_02_de_dpa_nov_exports",
    "title": "Stronger US orders lift German exports beyond forecasts in November",
    "publisher": "dpa",
    "published": "2025-01-09",
    "notes": [
        "The text states the year (November 2024); published 2025-01-09 is a Thursday, matching 'published on Thursday'.",
        "All month-on-month rates are calendar and seasonally adjusted (Destatis); 'over October', 'Month on month', 'on the month' and 'Relative to October' are mom cues; the China and UK rates share the US sentence's paragraph frame ('on the month'): mom.",
        "'Measured against November 2023, ... exports were down 1.3 per cent and imports up 0.9 per cent': yoy growth -1.3 and +0.9 (the words before each number give the sign).",
        "The dollar conversion '(130.3 billion dollars)' is given without 'about': qualifier exact, a separate USD fact.",
        "Destatis trade is trade in goods: product null throughout.",
        "'third countries' (countries outside the EU) -> partner 'non-EU countries'.",
        "'The United States was once more the largest buyer of German-made goods' -> rank 1 of exports to the United States; 'China kept its place as the biggest source of goods bought by Germany' -> rank 1 of imports from China, November 2024.",
        "'increased to 13.1 billion euros' (imports from China): value only, no rate given.",
        "Economists' forecast (0.6 per cent), threatened tariffs (10 to 20 per cent), the BGA forecast for 2025 (2 per cent) and industrial production (1.5 per cent): out.",
    ],
    "facts": [
        fact(DE, "exports", "value", 125.7e9, "EUR", N, "125.7 billion", E_EXP),
        fact(DE, "exports", "value", 130.3e9, "USD", N, "130.3 billion", E_EXP),
        fact(DE, "exports", "growth", 2.1, "percent", N, "2.1", E_EXP, basis="mom"),
        fact(DE, "imports", "value", 106.6e9, "EUR", N, "106.6 billion",
             "Month on month, imports grew 1.1 per cent to 106.6 billion euros"),
        fact(DE, "imports", "growth", 1.1, "percent", N, "1.1",
             "Month on month, imports grew 1.1 per cent to 106.6 billion euros", basis="mom"),
        fact(DE, "balance", "value", 19.1e9, "EUR", N, "19.1 billion", E_BAL),
        fact(DE, "balance", "value", 17.7e9, "EUR", OCT, "17.7 billion", E_BAL),
        fact(DE, "exports", "growth", -1.3, "percent", N, "1.3", E_YOY, basis="yoy"),
        fact(DE, "imports", "growth", 0.9, "percent", N, "0.9", E_YOY, basis="yoy"),
        fact(DE, "exports", "value", 67.4e9, "EUR", N, "67.4 billion", E_EU, partner="European Union"),
        fact(DE, "exports", "growth", 3.0, "percent", N, "3.0", E_EU, partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 58.3e9, "EUR", N, "58.3 billion", E_3C, partner="non-EU countries"),
        fact(DE, "exports", "growth", 1.0, "percent", N, "1.0", E_3C, partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "rank", 1, "number", N, "largest",
             "The United States was once more the largest buyer of German-made goods", partner="United States"),
        fact(DE, "exports", "value", 13.6e9, "EUR", N, "13.6 billion", E_US, partner="United States"),
        fact(DE, "exports", "growth", 5.2, "percent", N, "5.2", E_US, partner="United States", basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", N, "6.4 billion", E_CN, partner="China"),
        fact(DE, "exports", "growth", -3.1, "percent", N, "3.1", E_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.5e9, "EUR", N, "6.5 billion", E_UK, partner="United Kingdom"),
        fact(DE, "exports", "growth", 1.8, "percent", N, "1.8", E_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "imports", "rank", 1, "number", N, "biggest",
             "China kept its place as the biggest source of goods bought by Germany", partner="China"),
        fact(DE, "imports", "value", 13.1e9, "EUR", N, "13.1 billion",
             "Germany's imports from China increased to 13.1 billion euros", partner="China"),
    ],
}

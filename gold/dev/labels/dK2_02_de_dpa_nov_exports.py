from _fact import fact, period

DE = "Germany"
N = period(2024, 11)
OCT = period(2024, 10)
E_EXP = "Companies shipped goods worth 125.7 billion euros (130.3 billion dollars) abroad, 2.1 per cent more than in October"
E_BAL = "a surplus of 19.1 billion euros, up from 17.7 billion euros in October"
E_YOY = "Compared with November 2023, exports were 1.3 per cent lower, while imports were 0.9 per cent higher"
E_EU = "exports to European Union countries climbed 3.0 per cent to 67.4 billion euros"
E_3C = "exports to countries outside the EU, known as third countries, rose 1.0 per cent to 58.3 billion euros"
E_US = "Exports there jumped 5.2 per cent on the month to 13.6 billion euros"
E_CN = "Shipments to China, by contrast, fell 3.1 per cent to 6.4 billion euros"
E_UK = "exports to the United Kingdom grew 1.8 per cent to 6.5 billion euros"

ARTICLE = {
    "id": "dK2_02_de_dpa_nov_exports",
    "title": "German exports rise more than expected in November on US demand",
    "publisher": "dpa",
    "published": "2025-01-09",
    "notes": [
        "The text states the year (November 2024); published 2025-01-09 is a Thursday, matching 'said on Thursday'.",
        "All month-on-month rates are calendar and seasonally adjusted (Destatis); 'more than in October', 'on the month' and 'Compared with October' are mom cues; the China and UK rates share the US sentence's paragraph frame ('on the month'): mom.",
        "'Compared with November 2023, exports were 1.3 per cent lower, while imports were 0.9 per cent higher': yoy growth -1.3 and +0.9 (comparatives after the number give the sign).",
        "The dollar conversion '(130.3 billion dollars)' is given without 'about': qualifier exact, a separate USD fact.",
        "Destatis trade is trade in goods: product null throughout.",
        "'third countries' (countries outside the EU) -> partner 'non-EU countries'.",
        "'The United States remained the largest market for goods made in Germany' -> rank 1 of exports to the United States; 'China was again the biggest supplier of goods to Germany' -> rank 1 of imports from China, November 2024.",
        "'rising to 13.1 billion euros' (imports from China): value only, no rate given.",
        "Economists' forecast (0.6 per cent), threatened tariffs (10 to 20 per cent), the BGA forecast for 2025 (2 per cent) and industrial production (1.5 per cent): out.",
    ],
    "facts": [
        fact(DE, "exports", "value", 125.7e9, "EUR", N, "125.7 billion", E_EXP),
        fact(DE, "exports", "value", 130.3e9, "USD", N, "130.3 billion", E_EXP),
        fact(DE, "exports", "growth", 2.1, "percent", N, "2.1", E_EXP, basis="mom"),
        fact(DE, "imports", "value", 106.6e9, "EUR", N, "106.6 billion",
             "Imports increased by 1.1 per cent on the month to 106.6 billion euros"),
        fact(DE, "imports", "growth", 1.1, "percent", N, "1.1",
             "Imports increased by 1.1 per cent on the month to 106.6 billion euros", basis="mom"),
        fact(DE, "balance", "value", 19.1e9, "EUR", N, "19.1 billion", E_BAL),
        fact(DE, "balance", "value", 17.7e9, "EUR", OCT, "17.7 billion", E_BAL),
        fact(DE, "exports", "growth", -1.3, "percent", N, "1.3", E_YOY, basis="yoy"),
        fact(DE, "imports", "growth", 0.9, "percent", N, "0.9", E_YOY, basis="yoy"),
        fact(DE, "exports", "value", 67.4e9, "EUR", N, "67.4 billion", E_EU, partner="European Union"),
        fact(DE, "exports", "growth", 3.0, "percent", N, "3.0", E_EU, partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 58.3e9, "EUR", N, "58.3 billion", E_3C, partner="non-EU countries"),
        fact(DE, "exports", "growth", 1.0, "percent", N, "1.0", E_3C, partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "rank", 1, "number", N, "largest",
             "The United States remained the largest market for goods made in Germany", partner="United States"),
        fact(DE, "exports", "value", 13.6e9, "EUR", N, "13.6 billion", E_US, partner="United States"),
        fact(DE, "exports", "growth", 5.2, "percent", N, "5.2", E_US, partner="United States", basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", N, "6.4 billion", E_CN, partner="China"),
        fact(DE, "exports", "growth", -3.1, "percent", N, "3.1", E_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.5e9, "EUR", N, "6.5 billion", E_UK, partner="United Kingdom"),
        fact(DE, "exports", "growth", 1.8, "percent", N, "1.8", E_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "imports", "rank", 1, "number", N, "biggest",
             "China was again the biggest supplier of goods to Germany", partner="China"),
        fact(DE, "imports", "value", 13.1e9, "EUR", N, "13.1 billion",
             "imports from the country rising to 13.1 billion euros", partner="China"),
    ],
}

from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1 = period(2026, 1, 3)

LEAD_EXP = "Exports increased by 2.4% on the month in calendar and seasonally adjusted terms"
IMP = "Imports were up 0.8% from February."
BAL = "The foreign trade balance showed a surplus of 19.6 billion euros ($22.1 billion), compared with 17.9 billion euros in February."
LEVELS = "Germany exported goods worth 132.8 billion euros in March and imported goods worth 113.2 billion euros."
US_MOM = "Sales to the United States, Germany's biggest export market, grew 6.3% compared with the previous month to 12.4 billion euros."
CN = "Exports to China, by contrast, fell 3.1% to 6.2 billion euros."
RESP = "Imports from China and the United States rose 2.7% and 4.4%, respectively."
US_YOY = "Compared with March last year, however, exports to the U.S. were still down 9.8%"
EU = "Exports to other European Union countries rose 2.8% on the month to 74.1 billion euros, of which 52.3 billion euros went to the euro zone."
NONEU = "Shipments to countries outside the bloc climbed 1.9% to 58.7 billion euros."
YOY = "On a yearly basis, exports were 0.6% lower than in March 2025, while imports grew by 2.9%"
Q1_EXP = "For the first quarter as a whole, exports fell 1.4% from the same period a year earlier to 392.4 billion euros"
Q1_BAL = "the trade surplus for January to March came to 58.7 billion euros"
CN_RANK = "China was once again Germany's largest trading partner in the quarter, with exports and imports combined totalling 59.8 billion euros"
US_Q1 = "Exports to the U.S. in the quarter dropped 15.4% year on year to 35.2 billion euros."

ARTICLE = {
    "id": "dAF2_04_germany_march_exports_us_rebound",
    "title": "German exports beat forecasts in March as U.S. demand recovers",
    "publisher": "Reuters",
    "published": "2026-05-08",
    "notes": [
        "Area Germany throughout (dateline and lead: German exports); the year 2026 comes from the publication date.",
        "Paragraph 2 opens with 'on the month': imports 'up 0.8% from February' is mom as well.",
        "Paragraph 4 opens with 'compared with the previous month': China exports -3.1% and the 'respectively' pair "
        "(imports from China 2.7%, from the United States 4.4%) carry the mom frame of that paragraph.",
        "'Germany's biggest export market': rank 1, partner United States, flow exports, period March 2026 (the article's month).",
        "'Compared with March last year ... down 9.8%': yoy, partner United States, period March 2026 (March 2025 is the base, not the period).",
        "Paragraph 7 opens with 'on the month': the EU 2.8% is mom and the non-EU 1.9% in the same paragraph carries mom.",
        "'of which 52.3 billion euros went to the euro zone': partner Euro area, exports value, March 2026.",
        "'countries outside the bloc' (the bloc = European Union): partner 'non-EU countries'.",
        "'($22.1 billion)' after the surplus: same observation in USD, separate fact, qualifier approx.",
        "Surplus of 17.9 billion euros in February: balance value for February 2026, labelled.",
        "'largest trading partner in the quarter': rank 1, partner China, flow total, Q1 2026; the combined 59.8 billion euros is the total-trade value.",
        "'narrowly ahead of the United States': no number, nothing labelled (US rank 2 is not stated).",
        "Out of scope, unlabelled: the Reuters poll forecast of 1.1% (forecast); 0.7% rise in industrial production (not trade); "
        "2026 growth forecast 0.5% (forecast, GDP); U.S. tariffs of 15% (tariff rate); exchange rate ($1 = 0.8874 euros); "
        "'second month in a row' (streak); 'early 2025' and 'March 2025' (years/base periods); 'first three months of the year' (GDP context).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 2.4, "percent", MAR, "2.4", LEAD_EXP, basis="mom"),
        fact("Germany", "imports", "growth", 0.8, "percent", MAR, "0.8", IMP, basis="mom"),
        fact("Germany", "balance", "value", 19.6e9, "EUR", MAR, "19.6 billion", BAL),
        fact("Germany", "balance", "value", 22.1e9, "USD", MAR, "22.1 billion", BAL, qualifier="approx"),
        fact("Germany", "balance", "value", 17.9e9, "EUR", FEB, "17.9 billion", BAL),
        fact("Germany", "exports", "value", 132.8e9, "EUR", MAR, "132.8 billion", LEVELS),
        fact("Germany", "imports", "value", 113.2e9, "EUR", MAR, "113.2 billion", LEVELS),
        fact("Germany", "exports", "rank", 1, "number", MAR, "biggest", US_MOM, partner="United States"),
        fact("Germany", "exports", "growth", 6.3, "percent", MAR, "6.3", US_MOM, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 12.4e9, "EUR", MAR, "12.4 billion", US_MOM, partner="United States"),
        fact("Germany", "exports", "growth", -3.1, "percent", MAR, "3.1", CN, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.2e9, "EUR", MAR, "6.2 billion", CN, partner="China"),
        fact("Germany", "imports", "growth", 2.7, "percent", MAR, "2.7", RESP, partner="China", basis="mom"),
        fact("Germany", "imports", "growth", 4.4, "percent", MAR, "4.4", RESP, partner="United States", basis="mom"),
        fact("Germany", "exports", "growth", -9.8, "percent", MAR, "9.8", US_YOY, partner="United States"),
        fact("Germany", "exports", "growth", 2.8, "percent", MAR, "2.8", EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 74.1e9, "EUR", MAR, "74.1 billion", EU, partner="European Union"),
        fact("Germany", "exports", "value", 52.3e9, "EUR", MAR, "52.3 billion", EU, partner="Euro area"),
        fact("Germany", "exports", "growth", 1.9, "percent", MAR, "1.9", NONEU, partner="non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 58.7e9, "EUR", MAR, "58.7 billion", NONEU, partner="non-EU countries"),
        fact("Germany", "exports", "growth", -0.6, "percent", MAR, "0.6", YOY),
        fact("Germany", "imports", "growth", 2.9, "percent", MAR, "2.9", YOY),
        fact("Germany", "exports", "growth", -1.4, "percent", Q1, "1.4", Q1_EXP),
        fact("Germany", "exports", "value", 392.4e9, "EUR", Q1, "392.4 billion", Q1_EXP),
        fact("Germany", "balance", "value", 58.7e9, "EUR", Q1, "58.7 billion", Q1_BAL),
        fact("Germany", "total", "rank", 1, "number", Q1, "largest", CN_RANK, partner="China"),
        fact("Germany", "total", "value", 59.8e9, "EUR", Q1, "59.8 billion", CN_RANK, partner="China"),
        fact("Germany", "exports", "growth", -15.4, "percent", Q1, "15.4", US_Q1, partner="United States"),
        fact("Germany", "exports", "value", 35.2e9, "EUR", Q1, "35.2 billion", US_Q1, partner="United States"),
    ],
}

from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
Q1 = period(2026, 1, 3)

LEAD_EXP = "Adjusted for calendar and seasonal effects, exports grew 2.4% on the month"
IMP = "Compared with February, imports gained 0.8%."
BAL = "Germany's trade surplus rose to 19.6 billion euros ($22.1 billion) from 17.9 billion euros in February."
LEVELS = "In March, Germany's goods exports amounted to 132.8 billion euros and its imports to 113.2 billion euros."
US_MOM = "Exports to the United States, the biggest market for German goods, increased 6.3% month on month to 12.4 billion euros."
CN = "Shipments to China went the other way, falling 3.1% to 6.2 billion euros."
RESP = "Germany's imports from China and the United States went up by 2.7% and 4.4%, respectively."
US_YOY = "On an annual basis, though, exports to the U.S. remained 9.8% below March last year"
EU = ("Month on month, exports to fellow European Union members increased 2.8% to 74.1 billion euros, including "
      "52.3 billion euros sold to euro zone countries.")
NONEU = "Exports to non-EU countries gained 1.9% to 58.7 billion euros."
YOY = "Measured against March 2025, exports were down 0.6% and imports up 2.9%"
Q1_EXP = "Across the whole first quarter, exports totalled 392.4 billion euros, 1.4% less than a year earlier"
Q1_BAL = "the trade surplus over January to March amounted to 58.7 billion euros"
CN_RANK = "In the quarter, China again ranked as Germany's largest trading partner, with two-way trade worth 59.8 billion euros"
US_Q1 = "First-quarter exports to the U.S. came to 35.2 billion euros, down 15.4% year on year."

ARTICLE = {
    "id": "dAF2_04_germany_march_exports_us_rebound",
    "title": "Rebound in U.S. sales lifts German March exports above expectations",
    "publisher": "Reuters",
    "published": "2026-05-08",
    "notes": [
        "Area Germany throughout (dateline and lead: German exports); the year 2026 comes from the publication date.",
        "Paragraph 2 reads 'on the month': imports 'Compared with February, ... gained 0.8%' is mom as well.",
        "Paragraph 4 opens with 'month on month': China exports -3.1% and the 'respectively' pair "
        "(imports from China 2.7%, from the United States 4.4%) carry the mom frame of that paragraph.",
        "'the biggest market for German goods': rank 1, partner United States, flow exports, period March 2026 (the article's month).",
        "'On an annual basis ... 9.8% below March last year': yoy, partner United States, period March 2026 (March 2025 is the base, not the period).",
        "Paragraph 7 reads 'Month on month': the EU 2.8% is mom and the non-EU 1.9% in the same paragraph carries mom.",
        "'including 52.3 billion euros sold to euro zone countries': partner Euro area, exports value, March 2026.",
        "'non-EU countries': partner 'non-EU countries'.",
        "'($22.1 billion)' after the surplus: same observation in USD, separate fact, qualifier approx.",
        "Surplus of 17.9 billion euros in February: balance value for February 2026, labelled.",
        "'In the quarter ... largest trading partner': rank 1, partner China, flow total, Q1 2026; the combined 59.8 billion euros is the total-trade value.",
        "'just ahead of the United States': no number, nothing labelled (US rank 2 is not stated).",
        "Out of scope, unlabelled: the Reuters poll forecast of 1.1% (forecast); 0.7% rise in industrial production (not trade); "
        "2026 growth forecast 0.5% (forecast, GDP); U.S. tariffs of 15% (tariff rate); exchange rate ($1 = 0.8874 euros); "
        "'second straight monthly increase' (streak); 'early 2025' and 'March 2025' (years/base periods); 'opening quarter' (GDP context).",
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

from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
E_EXP = "exports were 0.6% lower than in June at 130.2 billion euros ($152.5 billion)"
E_IMP = "Imports dipped 0.1% on the month to 115.4 billion euros."
E_BAL = "The trade balance therefore showed a 14.7 billion euro surplus, compared with 15.4 billion euros in June."
E_YOY = "Exports were 0.9% above their level of July 2024, and imports were up 3.8%."
E_US = "Sales to the United States fell 7.9% from June to 11.1 billion euros"
E_US_YOY = "compared with a year earlier they were 14.1% lower"
E_US_RANK = "The U.S. nonetheless stayed the biggest single market for German goods in July."
E_CN = ("Shipments to China fell 7.3% from June to 6.3 billion euros, while imports from China increased 1.9% to "
        "13.6 billion euros, making China again the largest supplier of goods to Germany.")
E_EU = ("Shipments to fellow EU members grew 2.5% on the month to 74.8 billion euros, or 57.5% of Germany's total "
        "exports, and imports from the bloc were up 1.1% at 60.3 billion euros.")
E_NONEU = "Exports to non-EU countries declined 4.5% compared with June, to 55.4 billion euros"
E_NONEU_IMP = "the 55.1 billion euros of goods Germany bought from those so-called third countries"
E_YTD = ("Without seasonal adjustment, January-July exports added up to 924.6 billion euros, a 0.4% increase on the "
         "same months of 2024, and imports rose 3.5% to 790.2 billion euros")

ARTICLE = {
    "id": "dAQ2_04_germany_trade_jul_2025",
    "title": "Shipments to U.S. hit lowest since 2021 as German exports dip 0.6% in July",
    "publisher": "Reuters",
    "published": "2025-09-08",
    "notes": [
        "Dateline Sept 8 (Reuters), a Monday in 2025: July and June are 2025; 'January-July' is 2025-01..2025-07.",
        "Headline '0.6%' is the same observation as the body's July m/m export fall: labelled once, from the body.",
        "'lower than in June' gives the export fall basis mom; 'Imports dipped 0.1% on the month' is basis mom.",
        "'130.2 billion euros ($152.5 billion)': an EUR fact and a USD fact; the bracket has no 'about', so the USD fact is qualifier exact (Reuters footer gives $1 = 0.8537 euros).",
        "June surplus 15.4 billion euros ('compared with 15.4 billion euros in June') is labelled as a June 2025 balance value.",
        "'Exports were 0.9% above their level of July 2024, and imports were up 3.8%': yoy growth of July 2025 (July 2024 is the comparison base, not the period).",
        "'The U.S. nonetheless stayed the biggest single market for German goods in July': rank 1 of exports, partner United States, July.",
        "China paragraph: 'from June' sets basis mom for 7.3 (fall, -7.3) and 1.9; 'the largest supplier of goods to Germany' -> imports rank 1, partner China, July.",
        "EU paragraph: 'on the month' covers 2.5 (exports) and 1.1 (imports from the bloc = European Union); 57.5% is the EU share of German exports.",
        "'non-EU countries' / 'so-called third countries': partner written 'non-EU countries'; exports declined 4.5% compared with June -> -4.5 mom; imports 55.1 billion euros have no rate.",
        "January-July: unadjusted exports 924.6 billion euros up 0.4% yoy, imports 790.2 billion euros up 3.5% yoy.",
        "Out of scope: forecasts (economists' 'hold steady', the Nordmark Privatbank economist's 'around a tenth below' and 'about 1.5%', DIHK's 2.5% fall), tariffs (15%, 50%), dates (Aug. 7, December 2021, 2021 in the headline), "
        "industrial production (1.3%, 0.1%), the streaks ('a fourth month running', 'three consecutive annual declines'), 'Europe's biggest economy' (not a trade flow), the exchange rate 0.8537.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -0.6, "percent", JUL, "0.6", E_EXP, basis="mom"),
        fact(DE, "exports", "value", 130.2e9, "EUR", JUL, "130.2 billion", E_EXP),
        fact(DE, "exports", "value", 152.5e9, "USD", JUL, "152.5 billion", E_EXP),
        fact(DE, "imports", "growth", -0.1, "percent", JUL, "0.1", E_IMP, basis="mom"),
        fact(DE, "imports", "value", 115.4e9, "EUR", JUL, "115.4 billion", E_IMP),
        fact(DE, "balance", "value", 14.7e9, "EUR", JUL, "14.7 billion", E_BAL),
        fact(DE, "balance", "value", 15.4e9, "EUR", JUN, "15.4 billion", E_BAL),
        fact(DE, "exports", "growth", 0.9, "percent", JUL, "0.9", E_YOY),
        fact(DE, "imports", "growth", 3.8, "percent", JUL, "3.8", E_YOY),
        fact(DE, "exports", "growth", -7.9, "percent", JUL, "7.9", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 11.1e9, "EUR", JUL, "11.1 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -14.1, "percent", JUL, "14.1", E_US_YOY, partner=US),
        fact(DE, "exports", "rank", 1, "number", JUL, "biggest", E_US_RANK, partner=US),
        fact(DE, "exports", "growth", -7.3, "percent", JUL, "7.3", E_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.3e9, "EUR", JUL, "6.3 billion", E_CN, partner="China"),
        fact(DE, "imports", "growth", 1.9, "percent", JUL, "1.9", E_CN, partner="China", basis="mom"),
        fact(DE, "imports", "value", 13.6e9, "EUR", JUL, "13.6 billion", E_CN, partner="China"),
        fact(DE, "imports", "rank", 1, "number", JUL, "largest", E_CN, partner="China"),
        fact(DE, "exports", "growth", 2.5, "percent", JUL, "2.5", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 74.8e9, "EUR", JUL, "74.8 billion", E_EU, partner=EU),
        fact(DE, "exports", "share", 57.5, "percent", JUL, "57.5", E_EU, partner=EU),
        fact(DE, "imports", "growth", 1.1, "percent", JUL, "1.1", E_EU, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 60.3e9, "EUR", JUL, "60.3 billion", E_EU, partner=EU),
        fact(DE, "exports", "growth", -4.5, "percent", JUL, "4.5", E_NONEU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 55.4e9, "EUR", JUL, "55.4 billion", E_NONEU, partner=NONEU),
        fact(DE, "imports", "value", 55.1e9, "EUR", JUL, "55.1 billion", E_NONEU_IMP, partner=NONEU),
        fact(DE, "exports", "value", 924.6e9, "EUR", YTD, "924.6 billion", E_YTD),
        fact(DE, "exports", "growth", 0.4, "percent", YTD, "0.4", E_YTD),
        fact(DE, "imports", "growth", 3.5, "percent", YTD, "3.5", E_YTD),
        fact(DE, "imports", "value", 790.2e9, "EUR", YTD, "790.2 billion", E_YTD),
    ],
}

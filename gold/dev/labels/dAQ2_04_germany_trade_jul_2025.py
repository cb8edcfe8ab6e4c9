from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
E_EXP = "Exports slipped 0.6% from the previous month to 130.2 billion euros ($152.5 billion)"
E_IMP = "Imports edged down 0.1% to 115.4 billion euros."
E_BAL = "That left a trade surplus of 14.7 billion euros, down from 15.4 billion euros in June."
E_YOY = "Compared with July 2024, exports were 0.9% higher and imports 3.8% higher."
E_US = "Exports to the United States sank 7.9% on the month to 11.1 billion euros"
E_US_YOY = "and were down 14.1% on the year"
E_US_RANK = "Even so, the United States remained the biggest single buyer of German goods in July."
E_CN = ("Exports to China dropped 7.3% compared with June to 6.3 billion euros, while imports from China rose 1.9% "
        "to 13.6 billion euros, making the country once again the largest source of German imports.")
E_EU = ("Exports to other European Union member states rose 2.5% month on month to 74.8 billion euros, accounting for "
        "57.5% of all German exports, and imports from the bloc increased 1.1% to 60.3 billion euros.")
E_NONEU = "Shipments to countries outside the EU fell 4.5% from June to 55.4 billion euros."
E_NONEU_IMP = "Imports from these so-called third countries came to 55.1 billion euros"
E_YTD = ("In the first seven months of the year, unadjusted exports totalled 924.6 billion euros, 0.4% more than in the "
         "same period of 2024, while imports grew 3.5% to 790.2 billion euros")

ARTICLE = {
    "id": "dAQ2_04_germany_trade_jul_2025",
    "title": "German exports fall 0.6% in July as sales to U.S. sink to lowest since 2021",
    "publisher": "Reuters",
    "published": "2025-09-08",
    "notes": [
        "Dateline Sept 8 (Reuters), a Monday in 2025: July and June are 2025; 'first seven months of the year' is 2025-01..2025-07.",
        "Headline '0.6%' is the same observation as the body's July m/m export fall: labelled once, from the body.",
        "'from the previous month' opens the second paragraph, so 'Imports edged down 0.1%' in the same paragraph is basis mom.",
        "'130.2 billion euros ($152.5 billion)': an EUR fact and a USD fact; the bracket has no 'about', so the USD fact is qualifier exact (Reuters footer gives $1 = 0.8537 euros).",
        "June surplus 15.4 billion euros ('down from ... in June') is labelled as a June 2025 balance value.",
        "'Compared with July 2024, exports were 0.9% higher and imports 3.8% higher': yoy growth of July 2025 (July 2024 is the comparison base, not the period).",
        "'the United States remained the biggest single buyer of German goods in July': rank 1 of exports, partner United States, July.",
        "China paragraph: 'compared with June' sets basis mom for 7.3 (fall, -7.3) and 1.9; 'the largest source of German imports' -> imports rank 1, partner China, July.",
        "EU paragraph: 'month on month' covers 2.5 (exports) and 1.1 (imports from the bloc = European Union); 57.5% is the EU share of German exports.",
        "'countries outside the EU' / 'so-called third countries': partner written 'non-EU countries'; exports fell 4.5% from June -> -4.5 mom; imports 55.1 billion euros have no rate.",
        "First seven months: unadjusted exports 924.6 billion euros up 0.4% yoy, imports 790.2 billion euros up 3.5% yoy.",
        "Out of scope: forecasts (economists' 'no change', Hollmann's 'a tenth lower' and 'about 1.5%', DIHK's 2.5% fall), tariffs (15%, 50%), dates (Aug. 7, December 2021, 2021 in the headline), "
        "industrial production (1.3%, 0.1%), the streaks ('fourth consecutive monthly decline', 'third straight year'), 'Europe's largest economy' (not a trade flow), the exchange rate 0.8537.",
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

from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
YTD = period(2025, 1, 8)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
E_LEAD = "Germany's exports fell by a surprise 0.5% in August from July"
E_IMP_MOM = "On the month, imports shrank 1.3%"
E_VALUES = "the office put August exports at 129.7 billion euros ($151.3 billion) and imports at 112.5 billion euros"
E_SURPLUS = "The surplus on the trade account consequently rose to 17.2 billion euros, compared with 16.3 billion euros in July."
E_YOY = "Year on year, exports were down 0.7% and imports 3.5% higher than in August 2024."
E_US_RANK = "The United States remained the biggest buyer of German goods in August"
E_US_MOM = "sales there slid 2.5% from July to 10.9 billion euros"
E_US_YOY = "They were 20.1% lower than a year earlier."
E_US_YTD = "From January through August, German sales to the U.S. totalled 99.6 billion euros, 7.4% less than a year before"
E_CN_EXP = "On a monthly basis, shipments to China increased 5.4% to 6.8 billion euros."
E_CN_RANK = "China kept its place as Germany's largest source of imports"
E_CN_IMP = "purchases from there dropped 4.5% to 13.5 billion euros"
E_US_IMP = "imports from the U.S., by contrast, rose 3.4% to 8.0 billion euros"
E_EU_EXP = "month-on-month exports to fellow EU members dropped 2.5% to 72.0 billion euros"
E_EA_EXP = "those to the euro zone were down 2.2%"
E_NONEU_EXP = "Exports to non-EU destinations grew 2.2% to 57.7 billion euros."
E_EU_IMP = "purchases from EU countries fell 1.9% and from non-EU countries 0.6%"

ARTICLE = {
    "id": "dAP2_04_germany_trade_aug_2025",
    "title": "German exports dip 0.5% in August as U.S. sales slide to lowest since 2021",
    "publisher": "Reuters",
    "published": "2025-10-09",
    "notes": [
        "Dateline Oct 9 (Thursday) 2025; every August/July figure is 2025 from the publication date; 'From January through August' is 2025-01..2025-08.",
        "Headline '0.5%' is the same observation as the lead (exports, mom, August): labelled once, with the body evidence.",
        "Lead 'from July' is a mom cue; 'On the month, imports shrank 1.3%' is mom.",
        "Reuters poll expectations (0.3% rise in exports, 0.5% decrease in imports) are forecasts: out.",
        "'129.7 billion euros ($151.3 billion)': a EUR fact and a USD fact; the text gives no hedge word, so qualifier exact for both (the conversion is the publisher's).",
        "'imports at 112.5 billion euros' is August imports; surplus 17.2 (August) and 16.3 (July) are labelled as balance values for their own months.",
        "'Year on year, exports were down 0.7% and imports 3.5% higher than in August 2024': yoy, exports -0.7, imports +3.5; August 2024 is the comparison base, not the period.",
        "'The United States remained the biggest buyer of German goods in August': rank 1 for exports to the United States, August.",
        "'slid 2.5% from July' is mom; 'They were 20.1% lower than a year earlier' is yoy exports to the US (-20.1).",
        "Exports to the US over January-August: -7.4% ('less than a year before') and 99.6 billion euros, yoy.",
        "'On a monthly basis,' opens the China paragraph: the China export growth, the China import growth (-4.5) and US import growth (+3.4) in that paragraph are mom.",
        "'China kept its place as Germany's largest source of imports': rank 1 for imports from China, August.",
        "EU paragraph opens with 'month-on-month': its later growth rates are mom; 'those to the euro zone were down 2.2%' -> -2.2 (partner Euro area); 'and from non-EU countries 0.6%' inherits 'fell' -> -0.6.",
        "'non-EU destinations' = partner 'non-EU countries' (the text's own term in the next sentence).",
        "Absolute values 72.0 (EU) and 57.7 (non-EU) add up to the 129.7 billion total; not stated shares, nothing derived is labelled.",
        "Out: 15% tariff, the economist's forecast (around 10% shrink in 2025, no support before next year's second half), GDP -0.3%, industrial output -4.3%, 'fifth consecutive month' (streak), 'lowest since 2021' / 'a level last seen in November 2021', dates, exchange rate ($1 = 0.8573 euros).",
    ],
    "facts": [
        fact(DE, "exports", "growth", -0.5, "percent", AUG, "0.5", E_LEAD, basis="mom"),
        fact(DE, "imports", "growth", -1.3, "percent", AUG, "1.3", E_IMP_MOM, basis="mom"),
        fact(DE, "exports", "value", 129.7e9, "EUR", AUG, "129.7 billion", E_VALUES),
        fact(DE, "exports", "value", 151.3e9, "USD", AUG, "151.3 billion", E_VALUES),
        fact(DE, "imports", "value", 112.5e9, "EUR", AUG, "112.5 billion", E_VALUES),
        fact(DE, "balance", "value", 17.2e9, "EUR", AUG, "17.2 billion", E_SURPLUS),
        fact(DE, "balance", "value", 16.3e9, "EUR", JUL, "16.3 billion", E_SURPLUS),
        fact(DE, "exports", "growth", -0.7, "percent", AUG, "0.7", E_YOY),
        fact(DE, "imports", "growth", 3.5, "percent", AUG, "3.5", E_YOY),
        fact(DE, "exports", "rank", 1, "number", AUG, "biggest", E_US_RANK, partner=US),
        fact(DE, "exports", "growth", -2.5, "percent", AUG, "2.5", E_US_MOM, partner=US, basis="mom"),
        fact(DE, "exports", "value", 10.9e9, "EUR", AUG, "10.9 billion", E_US_MOM, partner=US),
        fact(DE, "exports", "growth", -20.1, "percent", AUG, "20.1", E_US_YOY, partner=US),
        fact(DE, "exports", "growth", -7.4, "percent", YTD, "7.4", E_US_YTD, partner=US),
        fact(DE, "exports", "value", 99.6e9, "EUR", YTD, "99.6 billion", E_US_YTD, partner=US),
        fact(DE, "exports", "growth", 5.4, "percent", AUG, "5.4", E_CN_EXP, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.8e9, "EUR", AUG, "6.8 billion", E_CN_EXP, partner="China"),
        fact(DE, "imports", "rank", 1, "number", AUG, "largest", E_CN_RANK, partner="China"),
        fact(DE, "imports", "growth", -4.5, "percent", AUG, "4.5", E_CN_IMP, partner="China", basis="mom"),
        fact(DE, "imports", "value", 13.5e9, "EUR", AUG, "13.5 billion", E_CN_IMP, partner="China"),
        fact(DE, "imports", "growth", 3.4, "percent", AUG, "3.4", E_US_IMP, partner=US, basis="mom"),
        fact(DE, "imports", "value", 8.0e9, "EUR", AUG, "8.0 billion", E_US_IMP, partner=US),
        fact(DE, "exports", "growth", -2.5, "percent", AUG, "2.5", E_EU_EXP, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 72.0e9, "EUR", AUG, "72.0 billion", E_EU_EXP, partner=EU),
        fact(DE, "exports", "growth", -2.2, "percent", AUG, "2.2", E_EA_EXP, partner="Euro area", basis="mom"),
        fact(DE, "exports", "growth", 2.2, "percent", AUG, "2.2", E_NONEU_EXP, partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 57.7e9, "EUR", AUG, "57.7 billion", E_NONEU_EXP, partner=NONEU),
        fact(DE, "imports", "growth", -1.9, "percent", AUG, "1.9", E_EU_IMP, partner=EU, basis="mom"),
        fact(DE, "imports", "growth", -0.6, "percent", AUG, "0.6", E_EU_IMP, partner=NONEU, basis="mom"),
    ],
}

from _fact import fact, period

MAY = period(2025, 5)
APR = period(2025, 4)
MAY24 = period(2024, 5)
DE = "Germany"
US = "United States"
EU = "European Union"
E_LEAD = "Sales of German goods abroad fell for a second month running in May, down 1.4% from the previous month"
E_IMP = "Imports shrank faster still, by 3.8% on the month"
E_SURPLUS = "the adjusted trade surplus widened to 18.4 billion euros (about $21.6 billion), against 15.7 billion euros in April"
E_LEVELS = "After adjustment, the value of goods leaving Germany in May was 129.4 billion euros, against 111.1 billion euros of goods coming in"
E_YOY = "Set against May 2024, exports were 0.4% higher and imports 4.2% higher."
E_UNADJ = "On an unadjusted basis the surplus was 17.6 billion euros, smaller than the 20.5 billion euros recorded in May 2024."
E_US_RANK = "The United States was still the biggest market for German goods"
E_US = "shipments there were 7.7% lower than in April at 12.1 billion euros"
E_US_YOY = "Compared with May 2024, U.S. sales were down 13.8%."
E_CN_UK = ("Relative to April, China took 2.9% less at 6.8 billion euros, while the United Kingdom offered a rare bright spot, "
           "buying 15.1% more, for 7.2 billion euros")
E_EU = ("Measured against April, sales to the rest of the European Union were 2.2% lower at 71.3 billion euros, and purchases "
        "from EU partners were 3.6% lower at 57.7 billion euros.")
E_EA = "Within the euro zone alone, exports declined 2.6% and imports 3.2%."
E_CN_RANK = "China remained the largest supplier of goods to Germany"
E_CN_IMP = "Month on month, deliveries from China were 1.0% lower at 13.6 billion euros"
E_US_IMP = ("Month on month, deliveries from China were 1.0% lower at 13.6 billion euros, while those from the United States "
            "fell 10.7% to 7.6 billion euros.")

ARTICLE = {
    "id": "dAS2_04_germany_trade_may_2025",
    "title": "U.S. demand slump drags German exports down 1.4% in May",
    "publisher": "Eurowire Markets",
    "published": "2025-07-08",
    "notes": [
        "Area Germany throughout (the article's economy: 'German exports' in the headline, Destatis); the year of May comes from the byline date July 8, 2025.",
        "Goods-only figures (Destatis foreign trade) carry product null, as in the corpus convention.",
        "The identity has no field for seasonal adjustment: the adjusted surplus (18.4 billion euros) and the unadjusted surplus "
        "(17.6 billion euros) for May are both labelled as May balance values; they differ in value so they are separate facts.",
        "'18.4 billion euros (about $21.6 billion)': a EUR fact and a USD fact with qualifier approx.",
        "'against 15.7 billion euros in April': the April surplus is a stated figure, labelled with period 2025-04.",
        "'smaller than the 20.5 billion euros recorded in May 2024': the May 2024 unadjusted surplus, period 2024-05. "
        "The fall from 20.5 to 17.6 is not given as a number, so nothing else is labelled.",
        "'129.4 billion euros' and '111.1 billion euros' are the adjusted May export and import levels.",
        "Month-on-month: the lead ('from the previous month'), 'on the month', 'than in April', 'Relative to April' (opens the "
        "sentence, so the UK's 15.1% inherits mom), 'Measured against April' (opens the EU sentence and governs both figures), "
        "'Month on month'. The euro-zone sentence ('exports declined 2.6% and imports 3.2%') continues the EU paragraph's "
        "comparison with April: mom; 'imports 3.2%' inherits 'declined', so -3.2.",
        "'Set against May 2024' and 'Compared with May 2024': yoy.",
        "'Month on month, deliveries from China were 1.0% lower ... while those from the United States fell 10.7%': the cue "
        "opens the sentence and governs both figures: China imports -1.0 and US imports -10.7, basis mom. The US evidence is the "
        "whole sentence so that the cue is visible.",
        "'The United States was still the biggest market for German goods': export rank 1 with partner United States, May 2025. "
        "'China remained the largest supplier of goods to Germany': import rank 1 with partner China.",
        "'euro zone' -> partner 'Euro area'.",
        "Out of scope: the economists' forecast (0.2%), 'fell for a second month running' and 'third annual decline in a row' (streaks), "
        "'a level last seen in March 2022' (milestone), the economist's forecast of around 2% (forecast), tariff rates (25%), Aug. 1, "
        "industrial production (1.2%), the BGA survey share (40 percent of firms: not a trade flow).",
    ],
    "facts": [
        fact(DE, "exports", "growth", -1.4, "percent", MAY, "1.4", E_LEAD, basis="mom"),
        fact(DE, "imports", "growth", -3.8, "percent", MAY, "3.8", E_IMP, basis="mom"),
        fact(DE, "balance", "value", 18.4e9, "EUR", MAY, "18.4 billion", E_SURPLUS),
        fact(DE, "balance", "value", 21.6e9, "USD", MAY, "21.6 billion", E_SURPLUS, qualifier="approx"),
        fact(DE, "balance", "value", 15.7e9, "EUR", APR, "15.7 billion", E_SURPLUS),
        fact(DE, "exports", "value", 129.4e9, "EUR", MAY, "129.4 billion", E_LEVELS),
        fact(DE, "imports", "value", 111.1e9, "EUR", MAY, "111.1 billion", E_LEVELS),
        fact(DE, "exports", "growth", 0.4, "percent", MAY, "0.4", E_YOY),
        fact(DE, "imports", "growth", 4.2, "percent", MAY, "4.2", E_YOY),
        fact(DE, "balance", "value", 17.6e9, "EUR", MAY, "17.6 billion", E_UNADJ),
        fact(DE, "balance", "value", 20.5e9, "EUR", MAY24, "20.5 billion", E_UNADJ),
        fact(DE, "exports", "rank", 1, "number", MAY, "biggest", E_US_RANK, partner=US),
        fact(DE, "exports", "growth", -7.7, "percent", MAY, "7.7", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.1e9, "EUR", MAY, "12.1 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -13.8, "percent", MAY, "13.8", E_US_YOY, partner=US),
        fact(DE, "exports", "growth", -2.9, "percent", MAY, "2.9", E_CN_UK, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.8e9, "EUR", MAY, "6.8 billion", E_CN_UK, partner="China"),
        fact(DE, "exports", "growth", 15.1, "percent", MAY, "15.1", E_CN_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 7.2e9, "EUR", MAY, "7.2 billion", E_CN_UK, partner="United Kingdom"),
        fact(DE, "exports", "growth", -2.2, "percent", MAY, "2.2", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 71.3e9, "EUR", MAY, "71.3 billion", E_EU, partner=EU),
        fact(DE, "imports", "growth", -3.6, "percent", MAY, "3.6", E_EU, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 57.7e9, "EUR", MAY, "57.7 billion", E_EU, partner=EU),
        fact(DE, "exports", "growth", -2.6, "percent", MAY, "2.6", E_EA, partner="Euro area", basis="mom"),
        fact(DE, "imports", "growth", -3.2, "percent", MAY, "3.2", E_EA, partner="Euro area", basis="mom"),
        fact(DE, "imports", "rank", 1, "number", MAY, "largest", E_CN_RANK, partner="China"),
        fact(DE, "imports", "value", 13.6e9, "EUR", MAY, "13.6 billion", E_CN_IMP, partner="China"),
        fact(DE, "imports", "growth", -1.0, "percent", MAY, "1.0", E_CN_IMP, partner="China", basis="mom"),
        fact(DE, "imports", "growth", -10.7, "percent", MAY, "10.7", E_US_IMP, partner=US, basis="mom"),
        fact(DE, "imports", "value", 7.6e9, "EUR", MAY, "7.6 billion", E_US_IMP, partner=US),
    ],
}

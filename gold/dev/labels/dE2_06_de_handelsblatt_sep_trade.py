from _fact import fact, period

M = period(2026, 9)
E_EXP = "After adjustment for calendar and seasonal effects, exports fell 1.4% from August to €129.1 billion"
E_IMP = "Imports moved the other way, increasing 0.7% to €112.3 billion"
E_YOY = "Relative to September last year, exports were down 0.9% and imports up 2.3%."
E_BAL = "The surplus in the trade balance shrank to €16.8 billion from €19.0 billion in August"
E_US = ("Germany's biggest export market, the United States, took in €11.3 billion of goods, 7.8% less than a month earlier "
        "and 14.6% less than in September last year")
E_CNX = "Compared with August, exports to China increased 2.1% to €6.6 billion"
E_CNM = "imports from the People's Republic grew 4.9% to €14.2 billion"
E_EU = "Exports to fellow EU member states were up 0.8% on the month at €70.3 billion"

ARTICLE = {
    "id": "dE2_06_de_handelsblatt_sep_trade",
    "title": "US demand retreat drags German exports down",
    "publisher": "Handelsblatt",
    "published": "2026-11-09",
    "notes": [
        "The text names no year ('in September', 'September last year'): September 2026 from the published date.",
        "'After adjustment for calendar and seasonal effects ... from August' sets a month-on-month frame that carries over to the imports in the same paragraph "
        "(basis mom); the paragraph's last sentence switches explicitly to year-on-year ('Relative to September last year').",
        "'Compared with August' opens the China paragraph: exports to and imports from China are mom.",
        "Two September balances: the adjusted surplus of €16.8 billion and the unadjusted €15.3 billion; the record has no field for "
        "adjustment, so both are labelled (they differ in value). August's €19.0 billion is labelled with period 2026-08.",
        "'7.8% less than a month earlier' (mom) and '14.6% less than in September last year' (yoy) are falls: -7.8 and -14.6. "
        "The project's parser has no cue for 'less' or 'below' and reads them positive; the labels keep the sign the wording gives.",
        "'Germany's biggest export market' (United States): stated rank of exports, rank 1. 'their biggest customer' restates it in words.",
        "'the People's Republic' is China. 'states outside the EU, known as third countries' labelled with partner 'non-EU countries'.",
        "Out of scope: the economists' expected 0.3% decline, 'a near four-year low', the 15% US tariff, "
        "the Ifo index's 2.6 points, GDP 0.2%, industrial production +1.8%.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -1.4, "percent", M, "1.4", E_EXP, basis="mom"),
        fact("Germany", "exports", "value", 129.1e9, "EUR", M, "129.1 billion", E_EXP),
        fact("Germany", "imports", "growth", 0.7, "percent", M, "0.7", E_IMP, basis="mom"),
        fact("Germany", "imports", "value", 112.3e9, "EUR", M, "112.3 billion", E_IMP),
        fact("Germany", "exports", "growth", -0.9, "percent", M, "0.9", E_YOY),
        fact("Germany", "imports", "growth", 2.3, "percent", M, "2.3", E_YOY),
        fact("Germany", "balance", "value", 16.8e9, "EUR", M, "16.8 billion", E_BAL),
        fact("Germany", "balance", "value", 19.0e9, "EUR", period(2026, 8), "19.0 billion", E_BAL),
        fact("Germany", "balance", "value", 15.3e9, "EUR", M, "15.3 billion",
             "In unadjusted terms the surplus amounted to €15.3 billion."),
        fact("Germany", "exports", "rank", 1, "number", M, "biggest", E_US, partner="United States"),
        fact("Germany", "exports", "value", 11.3e9, "EUR", M, "11.3 billion", E_US, partner="United States"),
        fact("Germany", "exports", "growth", -7.8, "percent", M, "7.8", E_US, partner="United States", basis="mom"),
        fact("Germany", "exports", "growth", -14.6, "percent", M, "14.6", E_US, partner="United States"),
        fact("Germany", "exports", "growth", 2.1, "percent", M, "2.1", E_CNX, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.6e9, "EUR", M, "6.6 billion", E_CNX, partner="China"),
        fact("Germany", "imports", "growth", 4.9, "percent", M, "4.9", E_CNM, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 14.2e9, "EUR", M, "14.2 billion", E_CNM, partner="China"),
        fact("Germany", "exports", "growth", 0.8, "percent", M, "0.8", E_EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 70.3e9, "EUR", M, "70.3 billion", E_EU, partner="European Union"),
        fact("Germany", "exports", "value", 58.8e9, "EUR", M, "58.8 billion",
             "sales to states outside the EU, known as third countries, came to €58.8 billion",
             partner="non-EU countries"),
    ],
}

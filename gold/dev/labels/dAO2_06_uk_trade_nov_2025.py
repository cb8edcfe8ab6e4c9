from _fact import fact, period

Q = period(2025, 9, 11)       # three months to November 2025
PREV = period(2025, 6, 8)     # three months to August 2025
NOV = period(2025, 11)
UK = "United Kingdom"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"
GS = "goods and services"
GSX = "goods and services excluding precious metals"
E_TOT = ("Excluding precious metals, the shortfall on goods and services together reached £6.1bn, the Office for National "
         "Statistics said, £2.7bn more than the £3.4bn recorded in the three months to August")
E_GOODS = "Goods accounted for a £61.5bn deficit, £2.1bn wider than before"
E_SVC = ("the estimated surplus on services – the legal, financial and consultancy work on which Britain relies to pay its "
         "way – slipped by £0.6bn to £55.4bn")
E_SVC_XM = "Over the period Britain sold £129.6bn of services abroad and bought £74.2bn."
E_GXM = "Over the same three months, goods exports totalled £91.2bn and goods imports £152.7bn."
E_EUX = ("Against the previous three months, sales to the EU climbed 2.3% to £43.8bn, whereas exports to non-EU countries "
         "eased 0.8% to £47.4bn.")
E_EUM = ("Imports from the EU came to £78.9bn and those from outside the bloc £73.8bn, leaving a goods deficit with the EU "
         "of £35.1bn.")
E_CN = ("Britain sold £4.7bn of goods to China between September and November and bought £17.4bn, making it the "
        "third-largest source of UK goods imports after Germany and the US.")
E_INCL = "Including them, the total trade deficit was narrower, at £4.9bn in the three months to November."
E_USX = ("Goods shipped to the US, precious metals included, were worth £4.5bn in November, £0.5bn or 10% less than in "
         "October")
E_USM = "Goods bought from the US were down £0.9bn (12%) at £6.6bn."
E_USR = "The US remains Britain's largest single export market"
E_NOVX = ("Taking November on its own, goods exports were worth £31.4bn, up £0.6bn, or 1.9%, on the month")
E_NOVM = "goods imports slipped £0.6bn (1.2%) to £50.9bn"
E_NOVB = "The monthly goods deficit therefore came to £19.5bn."

ARTICLE = {
    "id": "dAO2_06_uk_trade_nov_2025",
    "title": "UK trade deficit widens to £6.1bn as goods exports to US drop 10% in November",
    "publisher": None,
    "published": "2026-01-15",
    "notes": [
        "Publisher null: Guardian-style byline names no outlet; published 2026-01-15 from 'Thu 15 Jan 2026'.",
        "Area 'United Kingdom' (Britain/UK). 'Three months to November' = 2025-09..2025-11; 'the three months to August' = 2025-06..2025-08.",
        "Product convention: goods alone null, services 'services', goods and services together 'goods and services' (as dA3_01). Where the sentence itself says 'Excluding precious metals', the restriction is added: 'goods and services excluding precious metals' (the £6.1bn headline deficit and the £3.4bn for the three months to August, same sentence). The '£4.9bn' deficit 'Including them' (precious metals) is unrestricted: 'goods and services'. US figures with 'precious metals included' are goods, product null. Other figures carry no precious-metals wording and are labelled plainly, although the ONS defaults to excluding them.",
        "Headline '£6.1bn' and '10%' are the same observations as the body's: labelled once each, body evidence.",
        "Absolute changes ('£2.7bn more', '£2.1bn wider', 'slipped by £0.6bn', '£0.5bn or 10% less', 'down £0.9bn', 'up £0.6bn', 'slipped £0.6bn') are derived comparisons: out. Their levels and the percentages beside them are labelled.",
        "Three-month-on-three-month rates ('Against the previous three months, sales to the EU climbed 2.3%', non-EU 'eased 0.8%' in the same sentence) are labelled basis qoq (the previous three-month period).",
        "'those from outside the bloc £73.8bn' has no verb of its own: imports from non-EU countries. 'a goods deficit with the EU of £35.1bn' is a balance with partner EU, negative.",
        "China: exports £4.7bn, imports £17.4bn ('bought'), rank 3 as a source of UK goods imports, all for September-November.",
        "US single-month figures: 'less than in October' is a comparison with the month before, so -10 and -12 (the bracketed '(12%)' after 'down £0.9bn') are basis mom; levels £4.5bn and £6.6bn are November 2025.",
        "'The US remains Britain's largest single export market': rank 1, exports to the US; dated November 2025 from its paragraph (present tense, no period of its own).",
        "November single month: 'on the month' frame; imports '(1.2%)' after 'slipped' -> -1.2 mom; the monthly goods deficit £19.5bn is November.",
        "Services exports/imports '£129.6bn' / '£74.2bn' are three-month levels ('Over the period'), and 129.6 - 74.2 = 55.4 agrees with the surplus.",
        "Out: GDP 0.3%, -0.1%, 0.1% and construction 1.1% (not trade); the economist's forecast '£5bn and £7bn' (forecast); 10% baseline tariff; 'liberation day' date; 3 March.",
    ],
    "facts": [
        fact(UK, "balance", "value", -6.1e9, "GBP", Q, "6.1bn", E_TOT, product=GSX),
        fact(UK, "balance", "value", -3.4e9, "GBP", PREV, "3.4bn", E_TOT, product=GSX),
        fact(UK, "balance", "value", -61.5e9, "GBP", Q, "61.5bn", E_GOODS),
        fact(UK, "balance", "value", 55.4e9, "GBP", Q, "55.4bn", E_SVC, product="services"),
        fact(UK, "exports", "value", 129.6e9, "GBP", Q, "129.6bn", E_SVC_XM, product="services"),
        fact(UK, "imports", "value", 74.2e9, "GBP", Q, "74.2bn", E_SVC_XM, product="services"),
        fact(UK, "exports", "value", 91.2e9, "GBP", Q, "91.2bn", E_GXM),
        fact(UK, "imports", "value", 152.7e9, "GBP", Q, "152.7bn", E_GXM),
        fact(UK, "exports", "growth", 2.3, "percent", Q, "2.3", E_EUX, partner=EU, basis="qoq"),
        fact(UK, "exports", "value", 43.8e9, "GBP", Q, "43.8bn", E_EUX, partner=EU),
        fact(UK, "exports", "growth", -0.8, "percent", Q, "0.8", E_EUX, partner=NONEU, basis="qoq"),
        fact(UK, "exports", "value", 47.4e9, "GBP", Q, "47.4bn", E_EUX, partner=NONEU),
        fact(UK, "imports", "value", 78.9e9, "GBP", Q, "78.9bn", E_EUM, partner=EU),
        fact(UK, "imports", "value", 73.8e9, "GBP", Q, "73.8bn", E_EUM, partner=NONEU),
        fact(UK, "balance", "value", -35.1e9, "GBP", Q, "35.1bn", E_EUM, partner=EU),
        fact(UK, "exports", "value", 4.7e9, "GBP", Q, "4.7bn", E_CN, partner="China"),
        fact(UK, "imports", "value", 17.4e9, "GBP", Q, "17.4bn", E_CN, partner="China"),
        fact(UK, "imports", "rank", 3, "number", Q, "third-largest", E_CN, partner="China"),
        fact(UK, "balance", "value", -4.9e9, "GBP", Q, "4.9bn", E_INCL, product=GS),
        fact(UK, "exports", "growth", -10, "percent", NOV, "10", E_USX, partner=US, basis="mom"),
        fact(UK, "exports", "value", 4.5e9, "GBP", NOV, "4.5bn", E_USX, partner=US),
        fact(UK, "imports", "growth", -12, "percent", NOV, "12", E_USM, partner=US, basis="mom"),
        fact(UK, "imports", "value", 6.6e9, "GBP", NOV, "6.6bn", E_USM, partner=US),
        fact(UK, "exports", "rank", 1, "number", NOV, "largest", E_USR, partner=US),
        fact(UK, "exports", "growth", 1.9, "percent", NOV, "1.9", E_NOVX, basis="mom"),
        fact(UK, "exports", "value", 31.4e9, "GBP", NOV, "31.4bn", E_NOVX),
        fact(UK, "imports", "growth", -1.2, "percent", NOV, "1.2", E_NOVM, basis="mom"),
        fact(UK, "imports", "value", 50.9e9, "GBP", NOV, "50.9bn", E_NOVM),
        fact(UK, "balance", "value", -19.5e9, "GBP", NOV, "19.5bn", E_NOVB),
    ],
}

from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
YTD = period(2025, 1, 11)
DE = "Germany"
US = "United States"
EU = "European Union"
EA = "Euro area"
NONEURO = "EU countries outside the euro area"
NONEU = "non-EU countries"
E_EXP = "put the month's exports at 128.1 billion euros, a decline of 2.5% from October"
E_IMP = "Purchases from abroad went the other way, rising 0.8% on the month to 115.0 billion euros"
E_YOY = "Measured against November 2024, exports lost 0.8% and imports gained 5.4%."
E_BAL = "That cut the adjusted trade surplus from 17.2 billion euros in October to 13.1 billion euros ($15.26 billion)."
E_NSA = "Before seasonal adjustment the surplus was 13.7 billion euros, compared with 20.9 billion euros in November 2024."
E_EU = "Month on month, sales to other EU member states slid 4.2% to 73.1 billion euros and purchases from the bloc decreased 4.0%."
E_EA = "50.4 billion euros went to euro zone countries, down 3.9%"
E_NEA = "EU members outside the currency union took 22.7 billion euros (-4.8%)"
E_NONEU = "shipments to these so-called third countries slipped only 0.2% from October to 55.0 billion euros, while imports from them surged 6.3%."
E_US = "The United States was again the biggest market for German goods, even though deliveries there dropped 4.2% from October to 10.8 billion euros."
E_USY = "Year on year they were down 22.9%"
E_USYTD = "Germany's surplus in goods trade with the U.S. came to 47.6 billion euros between January and November 2025"
E_CNX = "Sales to China gained 3.4% on the month to 6.5 billion euros"
E_CNM = "purchases from China rose much more quickly, by 8.0% to 14.9 billion euros"

ARTICLE = {
    "id": "dAO2_04_germany_trade_nov_2025",
    "title": "German exports drop 2.5% in November as sales to U.S. keep sliding",
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "Dateline Jan 9 (Reuters), published 2026-01-09 (a Friday); 'November' with no year is November 2025 from the date and from 'Measured against November 2024'.",
        "Headline 'drop 2.5% in November' is the same observation as the body's adjusted month-on-month fall: labelled once (body evidence).",
        "Adjusted (calendar and seasonally) and unadjusted figures are not told apart by the record: the adjusted surplus 13.1 bn and the unadjusted 13.7 bn are both November balance values (distinct values, so distinct facts).",
        "'($15.26 billion)' is the Reuters conversion of the 13.1 bn euro surplus: a separate USD fact, qualifier exact (no 'about'). The footer '($1 = 0.8585 euros)' is an exchange rate, out.",
        "'from 17.2 billion euros in October' is a stated October 2025 balance; '20.9 billion euros in November 2024' is a November 2024 unadjusted balance.",
        "'Measured against November 2024, exports lost 0.8% and imports gained 5.4%': yoy.",
        "EU paragraph opens with 'Month on month', so its later rates (imports from the bloc -4.0%, euro zone -3.9%, non-euro EU -4.8%) carry basis mom.",
        "Partner for 'EU members outside the currency union' written as 'EU countries outside the euro area'; 'third countries' / 'countries beyond the EU' as 'non-EU countries'; 'euro zone countries' as 'Euro area'.",
        "'22.7 billion euros (-4.8%)': the fall is written as a minus sign in brackets, so value_text is '-4.8' (the sign is part of the number as written).",
        "'the biggest market for German goods': rank 1 of the US among export destinations, November 2025.",
        "US 'Year on year they were down 22.9%': explicit yoy overrides the paragraph's month-on-month frame.",
        "January-November 2025 surplus with the US (47.6 bn) is labelled; 'well short of the level ... a year before' gives no number, nothing to label.",
        "China paragraph: 'gained 3.4% on the month' sets mom; imports from China 8.0% carry mom in the same paragraph. 'monthly deficit with the country' has no number.",
        "Out: Reuters poll forecasts (0.2% drop, 0.2% rise), the economist's forecast (around 1%), the 15% tariff, GDP 0.2% in 2025, the 500 billion euro fund (not trade), industrial orders 5.6%, dates.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -2.5, "percent", NOV, "2.5", E_EXP, basis="mom"),
        fact(DE, "exports", "value", 128.1e9, "EUR", NOV, "128.1 billion", E_EXP),
        fact(DE, "imports", "growth", 0.8, "percent", NOV, "0.8", E_IMP, basis="mom"),
        fact(DE, "imports", "value", 115.0e9, "EUR", NOV, "115.0 billion", E_IMP),
        fact(DE, "exports", "growth", -0.8, "percent", NOV, "0.8", E_YOY),
        fact(DE, "imports", "growth", 5.4, "percent", NOV, "5.4", E_YOY),
        fact(DE, "balance", "value", 13.1e9, "EUR", NOV, "13.1 billion", E_BAL),
        fact(DE, "balance", "value", 15.26e9, "USD", NOV, "15.26 billion", E_BAL),
        fact(DE, "balance", "value", 17.2e9, "EUR", OCT, "17.2 billion", E_BAL),
        fact(DE, "balance", "value", 13.7e9, "EUR", NOV, "13.7 billion", E_NSA),
        fact(DE, "balance", "value", 20.9e9, "EUR", NOV24, "20.9 billion", E_NSA),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 73.1e9, "EUR", NOV, "73.1 billion", E_EU, partner=EU),
        fact(DE, "imports", "growth", -4.0, "percent", NOV, "4.0", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 50.4e9, "EUR", NOV, "50.4 billion", E_EA, partner=EA),
        fact(DE, "exports", "growth", -3.9, "percent", NOV, "3.9", E_EA, partner=EA, basis="mom"),
        fact(DE, "exports", "value", 22.7e9, "EUR", NOV, "22.7 billion", E_NEA, partner=NONEURO),
        fact(DE, "exports", "growth", -4.8, "percent", NOV, "-4.8", E_NEA, partner=NONEURO, basis="mom"),
        fact(DE, "exports", "growth", -0.2, "percent", NOV, "0.2", E_NONEU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 55.0e9, "EUR", NOV, "55.0 billion", E_NONEU, partner=NONEU),
        fact(DE, "imports", "growth", 6.3, "percent", NOV, "6.3", E_NONEU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "rank", 1, "number", NOV, "biggest", E_US, partner=US),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 10.8e9, "EUR", NOV, "10.8 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -22.9, "percent", NOV, "22.9", E_USY, partner=US),
        fact(DE, "balance", "value", 47.6e9, "EUR", YTD, "47.6 billion", E_USYTD, partner=US),
        fact(DE, "exports", "growth", 3.4, "percent", NOV, "3.4", E_CNX, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.5e9, "EUR", NOV, "6.5 billion", E_CNX, partner="China"),
        fact(DE, "imports", "growth", 8.0, "percent", NOV, "8.0", E_CNM, partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.9e9, "EUR", NOV, "14.9 billion", E_CNM, partner="China"),
    ],
}

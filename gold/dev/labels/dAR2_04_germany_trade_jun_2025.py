from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
JUN24 = period(2024, 6)
H1 = period(2025, 1, 6)
H1_24 = period(2024, 1, 6)
DE = "Germany"
US = "United States"
EU = "European Union"
NON_EU = "Non-EU countries"

E_EXP = ("June exports of 130.5 billion euros ($152.1 billion) once calendar and seasonal effects are stripped out, "
         "a gain of 0.8% over May")
E_EXP_YOY = "Against June 2024, the increase was 2.4%."
E_IMP = ("Imports outpaced them by a wide margin, advancing 4.2% on the month to 115.6 billion euros and standing 7.9% "
         "higher than a year earlier")
E_SURPLUS = "The surplus on the trade balance therefore narrowed to 14.9 billion euros from 18.5 billion euros in May"
E_US = ("Shipments to the United States, still the biggest single market for German goods, came to 11.8 billion euros "
        "in June.")
E_US_CHG = "They were 2.1% lower than in May and 8.4% lower than in June last year"
E_CN_EXP = "Sales to China edged up 1.1% on the month to 6.9 billion euros."
E_CN_IMP = ("China kept its place as Germany's largest supplier, with goods bought from there worth 14.6 billion euros, "
            "5.8% more than in May.")
E_EU = ("Other EU member states bought 73.0 billion euros of German goods, 2.4% more than in May, and supplied 59.6 "
        "billion euros, a rise of 3.5%.")
E_NON_EU = "Sales to countries outside the EU, by contrast, fell 1.2% on the month to 57.5 billion euros."
E_H1 = ("From January to June, US customers bought 77.6 billion euros of German goods, down 3.7% on the 80.6 billion "
        "euros recorded in the first half of 2024.")
E_H1_PROD = "Car and car-part deliveries dropped 8.6% and machinery deliveries 7.9%."

ARTICLE = {
    "id": "dAR2_04_germany_trade_jun_2025",
    "title": "German exports up 0.8% in June as sales to US fall for third month running",
    "publisher": "dpa",
    "published": "2025-08-07",
    "notes": [
        "Dateline 'Wiesbaden, Aug 7 (dpa)' with 'on Thursday': published 2025-08-07; June is June 2025 and 'the first six months' / 'From January to June' is 2025-01..2025-06.",
        "Headline '0.8%' is the same observation as the body's 'a gain of 0.8% over May': labelled once, from the body, basis mom (comparison with the month before).",
        "'130.5 billion euros ($152.1 billion)': an EUR fact and a USD fact; the bracket has no 'about', so the USD fact is qualifier exact.",
        "'Against June 2024, the increase was 2.4%': yoy. Imports: 4.2% 'on the month' (mom) and 7.9% 'higher than a year earlier' (yoy) in one sentence.",
        "'from 18.5 billion euros in May' is May's surplus (period 2025-05); 'in June 2024 the surplus had stood at 20.3 billion euros' is June 2024's surplus (period 2024-06). Both positive balances.",
        "'still the biggest single market for German goods' = rank 1 of Germany's export destinations (partner United States), June 2025.",
        "'2.1% lower than in May' -> mom -2.1; '8.4% lower than in June last year' -> yoy -8.4, period June 2025 (June 2024 is the comparison base).",
        "'China kept its place as Germany's largest supplier' (on the import side) = imports rank 1, partner China, June 2025; its 5.8% is 'more than in May' (mom).",
        "EU paragraph: '2.4% more than in May' sets a mom frame; the EU imports 3.5% ('a rise of 3.5%', supplied by EU member states) and the non-EU 1.2% ('on the month') are mom too.",
        "Exports to countries outside the EU: partner written as 'Non-EU countries' (a named group of partners, not the world).",
        "First half: 77.6 billion euros to the US in H1 2025, -3.7% yoy; 'the 80.6 billion euros recorded in the first half of 2024' is labelled as a separate H1 2024 value (77.6/80.6 = -3.7%).",
        "'Car and car-part deliveries dropped 8.6% and machinery deliveries 7.9%': exports to the US in H1 2025 (partner from the previous sentence); machinery inherits 'dropped'.",
        "Out of scope: 'third month in a row' (streak); 'no month since February 2022 had seen a smaller figure' (milestone); the forecast 1.0% import rise (forecast); the 15% tariff; the economist's forecasts (around 10% fall in H2, stagnation in 2025); industrial production -1.9% and +1.2% (not trade); years and dates.",
    ],
    "facts": [
        fact(DE, "exports", "value", 130.5e9, "EUR", JUN, "130.5 billion", E_EXP),
        fact(DE, "exports", "value", 152.1e9, "USD", JUN, "152.1 billion", E_EXP),
        fact(DE, "exports", "growth", 0.8, "percent", JUN, "0.8", E_EXP, basis="mom"),
        fact(DE, "exports", "growth", 2.4, "percent", JUN, "2.4", E_EXP_YOY),
        fact(DE, "imports", "growth", 4.2, "percent", JUN, "4.2", E_IMP, basis="mom"),
        fact(DE, "imports", "value", 115.6e9, "EUR", JUN, "115.6 billion", E_IMP),
        fact(DE, "imports", "growth", 7.9, "percent", JUN, "7.9", E_IMP),
        fact(DE, "balance", "value", 14.9e9, "EUR", JUN, "14.9 billion", E_SURPLUS),
        fact(DE, "balance", "value", 18.5e9, "EUR", MAY, "18.5 billion", E_SURPLUS),
        fact(DE, "balance", "value", 20.3e9, "EUR", JUN24, "20.3 billion",
             "in June 2024 the surplus had stood at 20.3 billion euros."),
        fact(DE, "exports", "rank", 1, "number", JUN, "biggest", E_US, partner=US),
        fact(DE, "exports", "value", 11.8e9, "EUR", JUN, "11.8 billion", E_US, partner=US),
        fact(DE, "exports", "growth", -2.1, "percent", JUN, "2.1", E_US_CHG, partner=US, basis="mom"),
        fact(DE, "exports", "growth", -8.4, "percent", JUN, "8.4", E_US_CHG, partner=US),
        fact(DE, "exports", "growth", 1.1, "percent", JUN, "1.1", E_CN_EXP, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.9e9, "EUR", JUN, "6.9 billion", E_CN_EXP, partner="China"),
        fact(DE, "imports", "rank", 1, "number", JUN, "largest", E_CN_IMP, partner="China"),
        fact(DE, "imports", "growth", 5.8, "percent", JUN, "5.8", E_CN_IMP, partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.6e9, "EUR", JUN, "14.6 billion", E_CN_IMP, partner="China"),
        fact(DE, "exports", "growth", 2.4, "percent", JUN, "2.4", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 73.0e9, "EUR", JUN, "73.0 billion", E_EU, partner=EU),
        fact(DE, "imports", "growth", 3.5, "percent", JUN, "3.5", E_EU, partner=EU, basis="mom"),
        fact(DE, "imports", "value", 59.6e9, "EUR", JUN, "59.6 billion", E_EU, partner=EU),
        fact(DE, "exports", "growth", -1.2, "percent", JUN, "1.2", E_NON_EU, partner=NON_EU, basis="mom"),
        fact(DE, "exports", "value", 57.5e9, "EUR", JUN, "57.5 billion", E_NON_EU, partner=NON_EU),
        fact(DE, "exports", "value", 77.6e9, "EUR", H1, "77.6 billion", E_H1, partner=US),
        fact(DE, "exports", "growth", -3.7, "percent", H1, "3.7", E_H1, partner=US),
        fact(DE, "exports", "value", 80.6e9, "EUR", H1_24, "80.6 billion", E_H1, partner=US),
        fact(DE, "exports", "growth", -8.6, "percent", H1, "8.6", E_H1_PROD, partner=US, product="cars and car parts"),
        fact(DE, "exports", "growth", -7.9, "percent", H1, "7.9", E_H1_PROD, partner=US, product="machinery"),
    ],
}

from _fact import fact, period

T = "Exports and imports increased by 1.4% and 3.1% respectively on the month in calendar and seasonally adjusted terms"
AUG = "following declines of 0.8% and 1.4% in August"
VAL = "Germany sold goods worth 131.1 billion euros ($151.4 billion) abroad in September and bought 115.9 billion euros' worth from other countries"
BAL = "The adjusted trade surplus shrank to 15.3 billion euros, from 16.9 billion euros in August and 18.0 billion euros in September 2024"
YOY = "Compared with the same month a year earlier, exports were up 2.0%, while imports gained 4.8%"
USX = "Exports there jumped 11.9% from August to 12.2 billion euros"
USY = "yet they were still 14.0% below their level of September last year"
CN = "Exports to China, by contrast, slipped 2.2% on the month to 6.7 billion euros"
IMP = "Over the same period, purchases from China went up 6.1% and those from the United States 9.0%"
EUX = "Shipments to fellow European Union member states grew 2.5% month on month to 74.3 billion euros"
EUM = "imports from the bloc rose 1.2% to 59.3 billion euros"
EAX = "exports to euro zone countries increased 1.4% to 51.4 billion euros"
NEX = "those to EU countries outside the currency union advanced 5.1% to 22.9 billion euros"
EAM = "Imports from the euro zone edged down 0.7% to 38.9 billion euros"
NEM = "purchases from non-euro EU members went up 4.9% to 20.5 billion euros"
TC = "exports were broadly flat from August, while imports from those so-called third countries climbed 5.2%"
UNA = "On that basis, exports rose 5.3% and imports 7.5% year on year, and the surplus came to 17.3 billion euros after 18.7 billion euros in September 2024"

S = period(2025, 9)
A = period(2025, 8)
P = period(2024, 9)
G = "Germany"
EA = "Euro area"
NEA = "Non-euro area EU countries"

ARTICLE = {
    "id": "dAZ2_04",
    "title": "German exports beat forecasts in September as U.S. sales rebound",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Figures follow the real Destatis release of 7 Nov 2025 (September 2025) and wire coverage of it; sentences are my own. The USD conversion uses the stated $1 = 0.8658 euros and is labelled approx.",
        "'Exports and imports increased by 1.4% and 3.1% respectively on the month' and 'declines of 0.8% and 1.4% in August': coordination with respectively/paired lists; the August pair is labelled as August 2025 mom growth (a fall).",
        "The surplus 'from 16.9 billion euros in August and 18.0 billion euros in September 2024' are balances stated for those periods, labelled with their own periods, not as comparison-base noise.",
        "Unadjusted figures (exports +5.3%, imports +7.5% yoy, surplus 17.3bn; 18.7bn in Sept 2024) share their identity with the adjusted ones except value; the schema has no adjustment dimension, so both are labelled as written (guide: two statements that disagree, both).",
        "'Over the same period, purchases from China went up 6.1% and those from the United States 9.0%': 'the same period' refers back to the month-on-month comparison of the previous sentence, so basis mom.",
        "The EU paragraph opens with 'month on month'; that frame carries to the euro-zone and non-euro EU figures in the same paragraph (mom). Partners: 'Euro area' for the euro zone and 'Non-euro area EU countries' for EU members outside the currency union; 'third countries' -> 'Non-EU countries'.",
        "'The United States remained the biggest buyer of German goods' -> rank 1, exports, partner United States, September 2025.",
        "Out of scope, not labelled: the Reuters poll forecast of 0.5%; the 15% U.S. tariff; 'a first monthly gain in six months' and 'a run of five monthly declines' (streaks); 'exports were broadly flat' to non-EU countries (no number); the GDP stagnation remark.",
    ],
    "facts": [
        fact(G, "exports", "growth", 1.4, "percent", S, "1.4", T, basis="mom"),
        fact(G, "imports", "growth", 3.1, "percent", S, "3.1", T, basis="mom"),
        fact(G, "exports", "growth", -0.8, "percent", A, "0.8", AUG, basis="mom"),
        fact(G, "imports", "growth", -1.4, "percent", A, "1.4", AUG, basis="mom"),
        fact(G, "exports", "value", 131.1e9, "EUR", S, "131.1 billion", VAL),
        fact(G, "exports", "value", 151.4e9, "USD", S, "151.4 billion", VAL, qualifier="approx"),
        fact(G, "imports", "value", 115.9e9, "EUR", S, "115.9 billion", VAL),
        fact(G, "balance", "value", 15.3e9, "EUR", S, "15.3 billion", BAL),
        fact(G, "balance", "value", 16.9e9, "EUR", A, "16.9 billion", BAL),
        fact(G, "balance", "value", 18.0e9, "EUR", P, "18.0 billion", BAL),
        fact(G, "exports", "growth", 2.0, "percent", S, "2.0", YOY),
        fact(G, "imports", "growth", 4.8, "percent", S, "4.8", YOY),
        fact(G, "exports", "rank", 1, "number", S, "biggest", "The United States remained the biggest buyer of German goods", partner="United States"),
        fact(G, "exports", "growth", 11.9, "percent", S, "11.9", USX, partner="United States", basis="mom"),
        fact(G, "exports", "value", 12.2e9, "EUR", S, "12.2 billion", USX, partner="United States"),
        fact(G, "exports", "growth", -14.0, "percent", S, "14.0", USY, partner="United States"),
        fact(G, "exports", "growth", -2.2, "percent", S, "2.2", CN, partner="China", basis="mom"),
        fact(G, "exports", "value", 6.7e9, "EUR", S, "6.7 billion", CN, partner="China"),
        fact(G, "imports", "growth", 9.0, "percent", S, "9.0", IMP, partner="United States", basis="mom"),
        fact(G, "imports", "growth", 6.1, "percent", S, "6.1", IMP, partner="China", basis="mom"),
        fact(G, "exports", "growth", 2.5, "percent", S, "2.5", EUX, partner="European Union", basis="mom"),
        fact(G, "exports", "value", 74.3e9, "EUR", S, "74.3 billion", EUX, partner="European Union"),
        fact(G, "imports", "growth", 1.2, "percent", S, "1.2", EUM, partner="European Union", basis="mom"),
        fact(G, "imports", "value", 59.3e9, "EUR", S, "59.3 billion", EUM, partner="European Union"),
        fact(G, "exports", "growth", 1.4, "percent", S, "1.4", EAX, partner=EA, basis="mom"),
        fact(G, "exports", "value", 51.4e9, "EUR", S, "51.4 billion", EAX, partner=EA),
        fact(G, "exports", "growth", 5.1, "percent", S, "5.1", NEX, partner=NEA, basis="mom"),
        fact(G, "exports", "value", 22.9e9, "EUR", S, "22.9 billion", NEX, partner=NEA),
        fact(G, "imports", "growth", -0.7, "percent", S, "0.7", EAM, partner=EA, basis="mom"),
        fact(G, "imports", "value", 38.9e9, "EUR", S, "38.9 billion", EAM, partner=EA),
        fact(G, "imports", "growth", 4.9, "percent", S, "4.9", NEM, partner=NEA, basis="mom"),
        fact(G, "imports", "value", 20.5e9, "EUR", S, "20.5 billion", NEM, partner=NEA),
        fact(G, "imports", "growth", 5.2, "percent", S, "5.2", TC, partner="Non-EU countries", basis="mom"),
        fact(G, "exports", "growth", 5.3, "percent", S, "5.3", UNA),
        fact(G, "imports", "growth", 7.5, "percent", S, "7.5", UNA),
        fact(G, "balance", "value", 17.3e9, "EUR", S, "17.3 billion", UNA),
        fact(G, "balance", "value", 18.7e9, "EUR", P, "18.7 billion", UNA),
    ],
}

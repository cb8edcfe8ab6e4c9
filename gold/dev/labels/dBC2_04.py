from _fact import fact, period

T = "German exports beat forecasts as shipments to U.S. rebound in September"
S = period(2025, 9)
A = period(2025, 8)
P = period(2024, 9)
Y24 = period(2024, 1, 12)
G = "Germany"

E_EXP = "Calendar and seasonally adjusted exports climbed 1.4% from August to 131.1 billion euros"
E_IMP = "Imports grew faster, jumping 3.1% on the month to 115.9 billion euros"
E_BAL = "That squeezed the adjusted trade surplus to 15.3 billion euros ($17.84 billion) from 16.9 billion euros in August."
E_YOY = "Compared with the same month last year, adjusted exports were up 2.0% and imports 4.8%."
E_UNADJ = "exports rose 5.3% and imports 7.5% on the year, leaving a surplus of 17.3 billion euros against 18.7 billion euros in September 2024"
E_US = "Shipments to the United States climbed 11.9% from August to 12.2 billion euros"
E_CN = "Compared with August, exports to China slipped 2.2% to 6.7 billion euros, while imports from China rose 6.1% to 13.8 billion euros."
E_UK = "Imports from the United States climbed 9.0%, and exports to the United Kingdom increased 3.0% to 6.6 billion euros."
E_EU = "Exports to other European Union countries rose 2.5% on the month to 74.3 billion euros, while imports from the bloc increased 1.2% to 59.3 billion euros."
E_EA = "Deliveries to the euro zone totalled 51.4 billion euros, up 1.4%, and imports from the currency area fell 0.7% to 38.9 billion euros."
E_NEU = "Exports to countries outside the EU were flat at 56.8 billion euros, while imports from those countries reached 56.6 billion euros."
E_2024 = "The U.S. ranked first among Germany's trading partners last year, with goods trade in both directions worth 253 billion euros."

ARTICLE = {
    "id": "dBC2_04",
    "title": T,
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Reuters wire on the Destatis release for September 2025 (7 November 2025); headline figures, EU/euro-area, US and China month-on-month changes, 2.0%/4.8% yoy and the 253 bn 2024 bilateral total follow the real release and reporting; the China import value (13.8 bn), the UK figures (+3.0% to 6.6 bn) and the non-EU values (56.8 / 56.6 bn, derived as total minus EU) are made up to fill the story.",
        "Adjusted and unadjusted figures cannot be told apart in the record: the yoy growth of exports (2.0 adjusted, 5.3 unadjusted), of imports (4.8 / 7.5) and the September surplus (15.3 adjusted, 17.3 unadjusted; September 2024: 18.0 / 18.7) are each labelled twice as written, per the rule for statements that disagree beyond rounding.",
        "'a revised fall of 0.8% in August' labelled as August 2025 export growth with basis mom: the paragraph compares September with August, so the August change is read as against July.",
        "Month-on-month frame 'Compared with August' opens the China paragraph and carries to 'Imports from the United States climbed 9.0%' and the UK figures; 'rose 2.5% on the month' carries to the EU imports (1.2%) and to the euro-area changes (+1.4%, -0.7%) in the same paragraph.",
        "'Measured against September 2024 ... 14.0% lower' is yoy growth of September 2025 exports to the US; September 2024 is the comparison base, not the period.",
        "'euro zone' -> partner 'Euro area'; 'countries outside the EU' -> partner 'non-EU countries'. 'Exports ... were flat' gives no number, so no growth fact for non-EU exports.",
        "'$17.84 billion' is the same September surplus in dollars: a separate USD fact, qualifier exact as no 'about' is written.",
        "Ranks: 'held on to first place among the destinations' -> US exports rank 1 (Sep 2025); 'China was again Germany's No. 1 supplier' -> China imports rank 1; 'ranked first among Germany's trading partners last year' -> US total rank 1 for 2024 (last year counted back from the 2025 publication date).",
        "Out of scope and not labelled: the Reuters poll forecast of 0.5%; the 15% US tariff; 'five monthly declines' and 'the first in six months' (streaks); 'strongest rise since January' (milestone); the exchange rate line ($1 = 0.8577 euros); 2026 growth outlook.",
    ],
    "facts": [
        fact(G, "exports", "growth", 1.4, "percent", S, "1.4", E_EXP, basis="mom"),
        fact(G, "exports", "value", 131.1e9, "EUR", S, "131.1 billion", E_EXP),
        fact(G, "exports", "growth", -0.8, "percent", A, "0.8", "The increase followed a revised fall of 0.8% in August.", basis="mom"),
        fact(G, "imports", "growth", 3.1, "percent", S, "3.1", E_IMP, basis="mom"),
        fact(G, "imports", "value", 115.9e9, "EUR", S, "115.9 billion", E_IMP),
        fact(G, "balance", "value", 15.3e9, "EUR", S, "15.3 billion", E_BAL),
        fact(G, "balance", "value", 17.84e9, "USD", S, "17.84 billion", E_BAL),
        fact(G, "balance", "value", 16.9e9, "EUR", A, "16.9 billion", E_BAL),
        fact(G, "balance", "value", 18.0e9, "EUR", P, "18.0 billion", "In September 2024 the surplus had stood at 18.0 billion euros."),
        fact(G, "exports", "growth", 2.0, "percent", S, "2.0", E_YOY),
        fact(G, "imports", "growth", 4.8, "percent", S, "4.8", E_YOY),
        fact(G, "exports", "growth", 5.3, "percent", S, "5.3", E_UNADJ),
        fact(G, "imports", "growth", 7.5, "percent", S, "7.5", E_UNADJ),
        fact(G, "balance", "value", 17.3e9, "EUR", S, "17.3 billion", E_UNADJ),
        fact(G, "balance", "value", 18.7e9, "EUR", P, "18.7 billion", E_UNADJ),
        fact(G, "exports", "growth", 11.9, "percent", S, "11.9", E_US, partner="United States", basis="mom"),
        fact(G, "exports", "value", 12.2e9, "EUR", S, "12.2 billion", E_US, partner="United States"),
        fact(G, "exports", "growth", -14.0, "percent", S, "14.0", "Measured against September 2024, however, sales to the U.S. remained 14.0% lower.", partner="United States"),
        fact(G, "exports", "rank", 1, "number", S, "first", "The United States held on to first place among the destinations for German goods.", partner="United States"),
        fact(G, "exports", "growth", -2.2, "percent", S, "2.2", E_CN, partner="China", basis="mom"),
        fact(G, "exports", "value", 6.7e9, "EUR", S, "6.7 billion", E_CN, partner="China"),
        fact(G, "imports", "growth", 6.1, "percent", S, "6.1", E_CN, partner="China", basis="mom"),
        fact(G, "imports", "value", 13.8e9, "EUR", S, "13.8 billion", E_CN, partner="China"),
        fact(G, "imports", "rank", 1, "number", S, "1", "China was again Germany's No. 1 supplier.", partner="China"),
        fact(G, "imports", "growth", 9.0, "percent", S, "9.0", E_UK, partner="United States", basis="mom"),
        fact(G, "exports", "growth", 3.0, "percent", S, "3.0", E_UK, partner="United Kingdom", basis="mom"),
        fact(G, "exports", "value", 6.6e9, "EUR", S, "6.6 billion", E_UK, partner="United Kingdom"),
        fact(G, "exports", "growth", 2.5, "percent", S, "2.5", E_EU, partner="European Union", basis="mom"),
        fact(G, "exports", "value", 74.3e9, "EUR", S, "74.3 billion", E_EU, partner="European Union"),
        fact(G, "imports", "growth", 1.2, "percent", S, "1.2", E_EU, partner="European Union", basis="mom"),
        fact(G, "imports", "value", 59.3e9, "EUR", S, "59.3 billion", E_EU, partner="European Union"),
        fact(G, "exports", "value", 51.4e9, "EUR", S, "51.4 billion", E_EA, partner="Euro area"),
        fact(G, "exports", "growth", 1.4, "percent", S, "1.4", E_EA, partner="Euro area", basis="mom"),
        fact(G, "imports", "growth", -0.7, "percent", S, "0.7", E_EA, partner="Euro area", basis="mom"),
        fact(G, "imports", "value", 38.9e9, "EUR", S, "38.9 billion", E_EA, partner="Euro area"),
        fact(G, "exports", "value", 56.8e9, "EUR", S, "56.8 billion", E_NEU, partner="non-EU countries"),
        fact(G, "imports", "value", 56.6e9, "EUR", S, "56.6 billion", E_NEU, partner="non-EU countries"),
        fact(G, "total", "rank", 1, "number", Y24, "first", E_2024, partner="United States"),
        fact(G, "total", "value", 253e9, "EUR", Y24, "253 billion", E_2024, partner="United States"),
    ],
}

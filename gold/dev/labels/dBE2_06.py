from _fact import fact, period

UK = "United Kingdom"
Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
GX = "goods excluding precious metals"
GSX = "goods and services excluding precious metals"
EU = "European Union"
NEU = "non-EU countries"

P_EU = "Compared with the three months to June, imports of goods excluding precious metals from the EU rose by 1.1% to £80.1bn"
P_NEU = "while those from non-EU countries increased by 2.6% to £73.3bn"
M_IMP = "In September alone, imports of goods excluding precious metals were down 2.0% on the month at £50.1bn"
M_EXP = "while goods exports sank 5.5%, or £1.7bn, to £29.4bn"
RESP = "Imports from the EU and from non-EU countries declined by 3.3% and 0.5% respectively, to £26.5bn and £23.6bn."

ARTICLE = {
    "id": "dBE2_06",
    "title": "UK trade deficit widens as goods exports to US sink to lowest since 2022",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Figures modelled on the ONS 'UK trade: September 2025' bulletin (13 Nov 2025) and its coverage; the Q3 levels of goods and services exports/imports and the EU/non-EU quarterly split and rates are set for the exercise, consistent with the published balances.",
        "Area United Kingdom throughout (headline 'UK', 'Britain's'). The quarter 'three months to September' / 'third quarter' -> 2025-07..2025-09.",
        "Product: the total goods-and-services deficit 'excluding precious metals' -> 'goods and services excluding precious metals' (judgement call combining the two conventions); goods figures excluding precious metals -> 'goods excluding precious metals', carried within a paragraph once stated ('the goods deficit excluding precious metals ... imports of £153.4bn ... exports of £93.8bn'; 'imports of goods excluding precious metals from the EU ... those from non-EU ... sales to the EU ... shipments to non-EU'; the September paragraph opens 'imports of goods excluding precious metals' and its later goods figures carry it). Services -> 'services'.",
        "Goods exports to the US are explicitly counted 'including precious metals': product left null (all goods), not the excluding-precious-metals product.",
        "Basis: 'Compared with the three months to June' -> qoq for the four EU/non-EU quarterly rates; the September paragraph ('on the month') and 'between August and September' -> mom; the services paragraph 'on the month' -> mom for both services rates; BCC's 'Compared with a year earlier, ... down by about 20% in September' -> yoy, period 2025-09 (the comparison base is not the period), 'about 20%' -> approx.",
        "Deficits are negative balances (-5.6bn, -59.6bn); the services surplus positive (54.0bn).",
        "'sales to the EU grew 0.9% to £45.2bn, accounting for 48.2% of goods exports' -> share fact for exports to the EU in Q3.",
        "'declined by 3.3% and 0.5% respectively, to £26.5bn and £23.6bn' -> four facts, rates and levels distributed in order over EU and non-EU.",
        "Out of scope, not labelled: absolute changes ('£2.8bn more', '£3.0bn wider', 'up £0.2bn', 'a £1.0bn drop', 'or £1.7bn'), 'weakest since January 2022' (milestone), US tariffs and the June deal, GDP growth of 0.1%, the budget.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6bn", "Excluding precious metals, the combined deficit on goods and services trade reached £5.6bn in the three months to September", product=GSX),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6bn", "Over the quarter the goods deficit excluding precious metals reached £59.6bn", product=GX),
        fact(UK, "imports", "value", 153.4e9, "GBP", Q3, "153.4bn", "as imports of £153.4bn outweighed exports of £93.8bn", product=GX),
        fact(UK, "exports", "value", 93.8e9, "GBP", Q3, "93.8bn", "as imports of £153.4bn outweighed exports of £93.8bn", product=GX),
        fact(UK, "balance", "value", 54.0e9, "GBP", Q3, "54.0bn", "Services, one of Britain's traditional strengths, ran a slightly larger surplus of £54.0bn", product="services"),
        fact(UK, "exports", "value", 138.5e9, "GBP", Q3, "138.5bn", "with services exports of £138.5bn against imports of £84.5bn", product="services"),
        fact(UK, "imports", "value", 84.5e9, "GBP", Q3, "84.5bn", "with services exports of £138.5bn against imports of £84.5bn", product="services"),
        # quarterly EU / non-EU
        fact(UK, "imports", "growth", 1.1, "percent", Q3, "1.1", P_EU, partner=EU, product=GX, basis="qoq"),
        fact(UK, "imports", "value", 80.1e9, "GBP", Q3, "80.1bn", P_EU, partner=EU, product=GX),
        fact(UK, "imports", "growth", 2.6, "percent", Q3, "2.6", P_NEU, partner=NEU, product=GX, basis="qoq"),
        fact(UK, "imports", "value", 73.3e9, "GBP", Q3, "73.3bn", P_NEU, partner=NEU, product=GX),
        fact(UK, "exports", "growth", 0.9, "percent", Q3, "0.9", "On the export side, sales to the EU grew 0.9% to £45.2bn", partner=EU, product=GX, basis="qoq"),
        fact(UK, "exports", "value", 45.2e9, "GBP", Q3, "45.2bn", "On the export side, sales to the EU grew 0.9% to £45.2bn", partner=EU, product=GX),
        fact(UK, "exports", "share", 48.2, "percent", Q3, "48.2", "sales to the EU grew 0.9% to £45.2bn, accounting for 48.2% of goods exports", partner=EU, product=GX),
        fact(UK, "exports", "growth", -1.8, "percent", Q3, "1.8", "but shipments to non-EU countries fell 1.8% to £48.6bn", partner=NEU, product=GX, basis="qoq"),
        fact(UK, "exports", "value", 48.6e9, "GBP", Q3, "48.6bn", "but shipments to non-EU countries fell 1.8% to £48.6bn", partner=NEU, product=GX),
        # September, on the month
        fact(UK, "imports", "growth", -2.0, "percent", SEP, "2.0", M_IMP, product=GX, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1bn", M_IMP, product=GX),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5", M_EXP, product=GX, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4bn", M_EXP, product=GX),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7", "Sales to the EU slipped 2.7% to £14.4bn", partner=EU, product=GX, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "14.4bn", "Sales to the EU slipped 2.7% to £14.4bn", partner=EU, product=GX),
        fact(UK, "exports", "growth", -8.0, "percent", SEP, "8.0", "drag exports to non-EU countries down 8.0% to £15.0bn", partner=NEU, product=GX, basis="mom"),
        fact(UK, "exports", "value", 15.0e9, "GBP", SEP, "15.0bn", "drag exports to non-EU countries down 8.0% to £15.0bn", partner=NEU, product=GX),
        fact(UK, "imports", "growth", -3.3, "percent", SEP, "3.3", RESP, partner=EU, product=GX, basis="mom"),
        fact(UK, "imports", "growth", -0.5, "percent", SEP, "0.5", RESP, partner=NEU, product=GX, basis="mom"),
        fact(UK, "imports", "value", 26.5e9, "GBP", SEP, "26.5bn", RESP, partner=EU, product=GX),
        fact(UK, "imports", "value", 23.6e9, "GBP", SEP, "23.6bn", RESP, partner=NEU, product=GX),
        # United States (including precious metals)
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4", "Goods exports to the US, which the ONS counts including precious metals, dropped 11.4% between August and September", partner="United States", basis="mom"),
        fact(UK, "exports", "growth", -20, "percent", SEP, "20", "Compared with a year earlier, goods exports to the US were down by about 20% in September", partner="United States", qualifier="approx"),
        # services, September
        fact(UK, "exports", "growth", -0.7, "percent", SEP, "0.7", "Exports of services fell 0.7% on the month to £46.0bn", product="services", basis="mom"),
        fact(UK, "exports", "value", 46.0e9, "GBP", SEP, "46.0bn", "Exports of services fell 0.7% on the month to £46.0bn", product="services"),
        fact(UK, "imports", "growth", 0.4, "percent", SEP, "0.4", "while imports of services rose 0.4% to £28.2bn", product="services", basis="mom"),
        fact(UK, "imports", "value", 28.2e9, "GBP", SEP, "28.2bn", "while imports of services rose 0.4% to £28.2bn", product="services"),
    ],
}

from _fact import fact, period

UK = "United Kingdom"
Q3 = period(2026, 7, 9)
SEP = period(2026, 9)
Y12 = {"start": "2025-10", "end": "2026-09"}
GS = "goods and services"
XPM = "excluding precious metals"
XPM_GS = "goods and services excluding precious metals"

S_TOT = "The combined shortfall on goods and services reached £9.8bn in the July-to-September period"
S_GX = "Goods exports shrank by £2.1bn (2.2%) over the same quarter to £92.6bn."
S_GM = ("Goods imports, meanwhile, climbed £1.9bn (1.3%) to £151.3bn, pushing the deficit in goods trade out "
        "to £58.7bn.")
S_SV = ("Compared with the previous three months, services exports edged up 0.1% to £126.4bn and services imports "
        "slipped 0.6% to £77.5bn, leaving a surplus on services of £48.9bn.")
S_ALL = "Taken together, total exports dropped 0.9% on the quarter to £219.0bn and total imports rose 0.6% to £228.8bn."
S_NEU = ("On a quarterly basis, goods exports to non-EU countries tumbled 5.2% to £49.5bn, as shipments of cars and "
         "machinery to the US and China fell away, while sales of goods to the EU grew 1.4% to £43.1bn.")
S_IMP = ("On the import side, goods bought from the EU rose 0.6% over the quarter to £77.9bn and those from non-EU "
         "countries grew 2.0% to £73.4bn.")
S_BAL = "That left the UK with a goods deficit of £34.8bn with the EU and one of £23.9bn with the rest of the world."
S_US = "Quarter on quarter, goods exports to the United States shrank 6.8% to £13.9bn."
S_PM = ("Strip out precious metals and the picture is worse: on that basis the total trade shortfall reached £12.6bn, "
        "£1.2bn more than in the April-to-June quarter, with goods exports 0.4% lower than in the previous three "
        "months and goods imports 0.9% higher.")
S_SEP = ("September on its own looked better: a 2.4% rise in goods exports from August helped trim the monthly "
         "total trade deficit to £2.9bn, £0.7bn less than in August.")
S_12 = "the total trade deficit for the 12 months to September 2026 reached £34.2bn"

ARTICLE = {
    "id": "dBR2_06",
    "title": "Slump in goods sales beyond the EU pushes UK trade gap to £9.8bn",
    "publisher": "The Guardian",
    "published": "2026-11-12",
    "notes": [
        "Real figures: none (the three months to September 2026 have not happened); levels modelled on ONS UK trade "
        "bulletins of 2024-2025 (quarterly goods exports near £90-95bn, goods imports near £150bn, services exports "
        "near £125bn). Invented: every figure. Derived and checked: goods deficit 151.3 - 92.6 = 58.7; services "
        "surplus 126.4 - 77.5 = 48.9; total deficit 58.7 - 48.9 = 9.8; total exports 92.6 + 126.4 = 219.0 and imports "
        "151.3 + 77.5 = 228.8; 2.1/94.7 = 2.2%, 1.9/149.4 = 1.3%; the previous quarter's deficit 6.4 = 54.7 - 48.3 "
        "agrees with the £3.4bn widening; EU 43.1 + non-EU 49.5 = 92.6 and EU 77.9 + non-EU 73.4 = 151.3; balances "
        "43.1 - 77.9 = -34.8 and 49.5 - 73.4 = -23.9; the non-EU rates (-5.2%, +2.0%) agree with the EU rates and the "
        "previous quarter's totals; the precious-metals-excluded deficit (£12.6bn) exceeds the headline (£9.8bn), "
        "i.e. net precious-metal exports of £2.8bn.",
        "Judgement calls: the headline's £9.8bn is the body's fact, labelled once with the body's evidence. Quarterly "
        "comparisons ('over the same quarter', 'compared with the previous three months', 'on the quarter', 'on a "
        "quarterly basis', 'quarter on quarter') are basis qoq with period 2026-07..2026-09; September's 2.4% "
        "'from August' is mom. Total trade figures take product 'goods and services', services figures 'services', "
        "goods figures null; the precious-metals-excluded figures take product 'goods and services excluding "
        "precious metals' (the total deficit) and 'excluding precious metals' (goods exports and imports), the "
        "text's qualifier, so they stay apart from the headline figures. 'the rest of the world' in the goods "
        "balance sentence is the non-EU partner (contrasted with the EU). The 12 months to September 2026 -> "
        "2025-10..2026-09. 'non-EU countries' is written as the partner name, as the ONS does.",
        "Not facts: £3.4bn, £2.1bn, £1.9bn, £1.2bn, £0.7bn and £5.3bn (changes in level, comparisons derived from "
        "other figures); 10% (U.S. tariff rate) and 2025 (year); £4.1bn (Reuters poll forecast); 0.1% and 0.3% "
        "(GDP growth); 1.1% (Bank of England forecast); 12 (length of the period).",
        "Copy check: 9 sentences searched, 2 reworded (the total-deficit sentence, which followed the ONS formula "
        "'the total trade deficit widened by £X to £Y between the three months to June and the three months to "
        "September'; the goods exports and imports sentence, which followed the formula 'exports decreased by £X "
        "(Y%) while imports increased by ...'). One later edit for evidence: the precious-metals sentence and its "
        "follow-up were joined so the excluded-metals growth rates carry their qualifier.",
        "Second check: 24 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -9.8e9, "GBP", Q3, "£9.8bn", S_TOT, product=GS),
        fact(UK, "exports", "growth", -2.2, "percent", Q3, "2.2", S_GX, basis="qoq"),
        fact(UK, "exports", "value", 92.6e9, "GBP", Q3, "£92.6bn", S_GX),
        fact(UK, "imports", "growth", 1.3, "percent", Q3, "1.3", S_GM, basis="qoq"),
        fact(UK, "imports", "value", 151.3e9, "GBP", Q3, "£151.3bn", S_GM),
        fact(UK, "balance", "value", -58.7e9, "GBP", Q3, "£58.7bn", S_GM),
        fact(UK, "exports", "growth", 0.1, "percent", Q3, "0.1", S_SV, product="services", basis="qoq"),
        fact(UK, "exports", "value", 126.4e9, "GBP", Q3, "£126.4bn", S_SV, product="services"),
        fact(UK, "imports", "growth", -0.6, "percent", Q3, "0.6", S_SV, product="services", basis="qoq"),
        fact(UK, "imports", "value", 77.5e9, "GBP", Q3, "£77.5bn", S_SV, product="services"),
        fact(UK, "balance", "value", 48.9e9, "GBP", Q3, "£48.9bn", S_SV, product="services"),
        fact(UK, "exports", "growth", -0.9, "percent", Q3, "0.9", S_ALL, product=GS, basis="qoq"),
        fact(UK, "exports", "value", 219.0e9, "GBP", Q3, "£219.0bn", S_ALL, product=GS),
        fact(UK, "imports", "growth", 0.6, "percent", Q3, "0.6", S_ALL, product=GS, basis="qoq"),
        fact(UK, "imports", "value", 228.8e9, "GBP", Q3, "£228.8bn", S_ALL, product=GS),
        fact(UK, "exports", "growth", -5.2, "percent", Q3, "5.2", S_NEU, partner="non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 49.5e9, "GBP", Q3, "£49.5bn", S_NEU, partner="non-EU countries"),
        fact(UK, "exports", "growth", 1.4, "percent", Q3, "1.4", S_NEU, partner="European Union", basis="qoq"),
        fact(UK, "exports", "value", 43.1e9, "GBP", Q3, "£43.1bn", S_NEU, partner="European Union"),
        fact(UK, "imports", "growth", 0.6, "percent", Q3, "0.6", S_IMP, partner="European Union", basis="qoq"),
        fact(UK, "imports", "value", 77.9e9, "GBP", Q3, "£77.9bn", S_IMP, partner="European Union"),
        fact(UK, "imports", "growth", 2.0, "percent", Q3, "2.0", S_IMP, partner="non-EU countries", basis="qoq"),
        fact(UK, "imports", "value", 73.4e9, "GBP", Q3, "£73.4bn", S_IMP, partner="non-EU countries"),
        fact(UK, "balance", "value", -34.8e9, "GBP", Q3, "£34.8bn", S_BAL, partner="European Union"),
        fact(UK, "balance", "value", -23.9e9, "GBP", Q3, "£23.9bn", S_BAL, partner="non-EU countries"),
        fact(UK, "exports", "growth", -6.8, "percent", Q3, "6.8", S_US, partner="United States", basis="qoq"),
        fact(UK, "exports", "value", 13.9e9, "GBP", Q3, "£13.9bn", S_US, partner="United States"),
        fact(UK, "balance", "value", -12.6e9, "GBP", Q3, "£12.6bn", S_PM, product=XPM_GS),
        fact(UK, "exports", "growth", -0.4, "percent", Q3, "0.4", S_PM, product=XPM, basis="qoq"),
        fact(UK, "imports", "growth", 0.9, "percent", Q3, "0.9", S_PM, product=XPM, basis="qoq"),
        fact(UK, "balance", "value", -2.9e9, "GBP", SEP, "£2.9bn", S_SEP, product=GS),
        fact(UK, "exports", "growth", 2.4, "percent", SEP, "2.4", S_SEP, basis="mom"),
        fact(UK, "balance", "value", -34.2e9, "GBP", Y12, "£34.2bn", S_12, product=GS),
    ],
}

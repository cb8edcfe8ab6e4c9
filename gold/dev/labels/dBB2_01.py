from _fact import fact, period

US = "United States"
SEP = period(2025, 9)
AUG = period(2025, 8)
GS = "goods and services"

E_HEAD = "The goods and services deficit contracted 10.9% to $52.8 billion from a downwardly revised $59.3 billion in August"
E_YOY = "The monthly shortfall was 37.4% smaller than a year earlier."
E_EXP = "Exports climbed 3.0% from August to $289.3 billion"
E_GEXP = "Goods exports advanced 4.9% to $187.6 billion"
E_SEXP = "Services exports dipped 0.4% to $101.7 billion"
E_IMP = "Imports increased 0.6% on the month to $342.1 billion."
E_GIMP = "Goods imports edged up 0.6% to $266.6 billion"
E_PHARMA = "Imports of pharmaceutical preparations, however, rose 14.5% to $24.9 billion"
E_PETRO = "Petroleum imports fell 3.8% from the previous month to $13.6 billion."
E_GBAL = "The goods trade deficit narrowed 8.2% from August to $79.0 billion."
E_SBAL = "In services, the surplus eased from $26.8 billion in August to $26.2 billion."
E_CHN = "Compared with August, the goods deficit with China narrowed 12.1% to $11.4 billion"
E_CHN_IMP = "Imports from China were 9.6% lower than in the previous month, at $24.7 billion."
E_MEX = "The gap with Mexico, by contrast, widened 4.2% to $17.4 billion"
E_VNM = "the deficit with Vietnam grew to $16.6 billion"
E_EU = "With the European Union, the United States ran a goods deficit of $19.3 billion, up from $17.9 billion."
E_YTD = "So far this year, the goods and services deficit has widened 17.2% from the same period of 2024 to $767.3 billion"
E_YTD2 = "Over the first nine months, exports were up 5.2%, while imports rose 7.7%."
YTD = period(2025, 1, 9)

ARTICLE = {
    "id": "dBB2_01",
    "title": "US trade deficit shrinks to smallest since 2020 as gold, drug exports surge",
    "publisher": "Reuters",
    "published": "2025-12-11",
    "notes": [
        "Figures follow the real Census/BEA release for September 2025 (deficit $52.8bn, exports $289.3bn +3.0%, imports $342.1bn +0.6%, goods deficit $79.0bn, services surplus $26.2bn, YTD deficit +17.2%, exports +5.2%, imports +7.7%); goods/services splits are derived from them; pharmaceutical, petroleum, bilateral and month-on-month bilateral figures are illustrative.",
        "Headline 'Exports'/'Imports'/'deficit' in a Census/BEA story are goods and services together: product 'goods and services'; 'Goods exports' etc. product null; bilateral deficits are goods deficits: product null.",
        "Month-on-month: 'from ... in August', 'from August', 'on the month', 'from the previous month', 'than in the previous month' and the paragraph opener 'Compared with August' (carried to the Mexico and EU figures of the same paragraph) -> basis mom. Each paragraph states its own mom cue in its first figure so the frame carries within the paragraph.",
        "'37.4% smaller than a year earlier' for the monthly deficit -> balance growth yoy -37.4 (a narrower deficit). 'contracted 10.9%', 'narrowed 8.2%', 'narrowed 12.1%' -> negative; 'widened 4.2%', 'widened 17.2%' -> positive.",
        "Comparison-base levels stated for August ($59.3bn overall deficit, $26.8bn services surplus, $17.9bn EU goods deficit) are labelled as August observations (period 2025-08); the EU August period comes from the paragraph's 'Compared with August'.",
        "Out of scope: Reuters poll forecast of $63.3bn; absolute change 'rose $3.1 billion' for pharmaceutical exports; 'second-highest reading on record' and 'lowest since 2020'/'more than five years' (milestones); GDP remarks; 'six-week' shutdown.",
        "Year-to-date (January-September 2025): deficit -767.3bn and growth +17.2 yoy; exports +5.2 and imports +7.7 yoy, product 'goods and services'.",
    ],
    "facts": [
        fact(US, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", -10.9, "percent", SEP, "10.9", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -59.3e9, "USD", AUG, "59.3 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", -37.4, "percent", SEP, "37.4", E_YOY, product=GS, basis="yoy"),
        fact(US, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion", E_EXP, product=GS),
        fact(US, "exports", "growth", 3.0, "percent", SEP, "3.0", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 187.6e9, "USD", SEP, "187.6 billion", E_GEXP),
        fact(US, "exports", "growth", 4.9, "percent", SEP, "4.9", E_GEXP, basis="mom"),
        fact(US, "exports", "value", 101.7e9, "USD", SEP, "101.7 billion", E_SEXP, product="services"),
        fact(US, "exports", "growth", -0.4, "percent", SEP, "0.4", E_SEXP, product="services", basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion", E_IMP, product=GS),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 266.6e9, "USD", SEP, "266.6 billion", E_GIMP),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6", E_GIMP, basis="mom"),
        fact(US, "imports", "value", 24.9e9, "USD", SEP, "24.9 billion", E_PHARMA, product="pharmaceutical preparations"),
        fact(US, "imports", "growth", 14.5, "percent", SEP, "14.5", E_PHARMA, product="pharmaceutical preparations", basis="mom"),
        fact(US, "imports", "value", 13.6e9, "USD", SEP, "13.6 billion", E_PETRO, product="petroleum"),
        fact(US, "imports", "growth", -3.8, "percent", SEP, "3.8", E_PETRO, product="petroleum", basis="mom"),
        fact(US, "balance", "value", -79.0e9, "USD", SEP, "79.0 billion", E_GBAL),
        fact(US, "balance", "growth", -8.2, "percent", SEP, "8.2", E_GBAL, basis="mom"),
        fact(US, "balance", "value", 26.2e9, "USD", SEP, "26.2 billion", E_SBAL, product="services"),
        fact(US, "balance", "value", 26.8e9, "USD", AUG, "26.8 billion", E_SBAL, product="services"),
        fact(US, "balance", "value", -11.4e9, "USD", SEP, "11.4 billion", E_CHN, partner="China"),
        fact(US, "balance", "growth", -12.1, "percent", SEP, "12.1", E_CHN, partner="China", basis="mom"),
        fact(US, "imports", "value", 24.7e9, "USD", SEP, "24.7 billion", E_CHN_IMP, partner="China"),
        fact(US, "imports", "growth", -9.6, "percent", SEP, "9.6", E_CHN_IMP, partner="China", basis="mom"),
        fact(US, "balance", "value", -17.4e9, "USD", SEP, "17.4 billion", E_MEX, partner="Mexico"),
        fact(US, "balance", "growth", 4.2, "percent", SEP, "4.2", E_MEX, partner="Mexico", basis="mom"),
        fact(US, "balance", "value", -16.6e9, "USD", SEP, "16.6 billion", E_VNM, partner="Vietnam"),
        fact(US, "balance", "value", -19.3e9, "USD", SEP, "19.3 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -17.9e9, "USD", AUG, "17.9 billion", E_EU, partner="European Union"),
        fact(US, "balance", "value", -767.3e9, "USD", YTD, "767.3 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 17.2, "percent", YTD, "17.2", E_YTD, product=GS, basis="yoy"),
        fact(US, "exports", "growth", 5.2, "percent", YTD, "5.2", E_YTD2, product=GS, basis="yoy"),
        fact(US, "imports", "growth", 7.7, "percent", YTD, "7.7", E_YTD2, product=GS, basis="yoy"),
    ],
}

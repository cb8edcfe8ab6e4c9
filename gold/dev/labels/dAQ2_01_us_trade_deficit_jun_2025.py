from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
H1 = period(2025, 1, 6)
H1_24 = period(2024, 1, 6)
US = "United States"
GS = "goods and services"
E_LEAD = "The U.S. trade deficit shrank 16% in June to $60.2 billion"
E_MAY = ("The gap between what the United States sells to the rest of the world and what it buys fell from "
         "$71.7 billion in May")
E_EXP = "Exports slipped 0.5% from May to $277.3 billion."
E_IMP = "Imports dropped 3.7% to $337.5 billion"
E_GOODS = "The deficit in goods alone narrowed to $85.9 billion from $97.3 billion in May."
E_GOODS_XM = "Goods exports came to $179.1 billion and goods imports to $265.0 billion."
E_SERV = ("The United States also ran a $25.7 billion surplus in services such as travel, finance and software "
          "licensing, as services exports of $98.2 billion outweighed services imports of $72.5 billion.")
E_PHARMA = "Imports of pharmaceutical products dropped 36% from May to $17.1 billion."
E_H1 = "For the first six months of 2025, the deficit reached $583.2 billion, up 38.3% from the first half of 2024."
E_H1_XM = "Exports rose 5.2% over that period and imports 12.1%"
E_CN = "The deficit with China, long a political lightning rod, dropped to $9.5 billion in June"
E_CN_H1 = ("Through the first half, the deficit with China totaled $111.5 billion, compared with $136.9 billion in "
           "the same period a year earlier.")
E_MX_VN = ("The United States also ran large deficits in June with Mexico and Vietnam, $16.3 billion and "
           "$16.2 billion respectively.")

ARTICLE = {
    "id": "dAQ2_01_us_trade_deficit_jun_2025",
    "title": "US trade deficit shrinks 16% in June to smallest in almost two years as imports retreat",
    "publisher": "Associated Press",
    "published": "2025-08-05",
    "notes": [
        "Headline figures (deficit, total exports, imports, first-half figures) are goods and services: product 'goods and services'; goods-only figures and the goods-only country detail carry product null (corpus convention); services figures 'services'.",
        "'shrank 16% in June' (headline and lead, one fact): a monthly US release whose next paragraph states the comparison with May ($71.7 billion), so basis mom; growth of a deficit follows its verb: shrank -> -16.",
        "'fell from $71.7 billion in May': May's (revised) overall deficit, labelled as a May balance of -71.7e9; 'revised' is not in the text, only the value.",
        "'Exports slipped 0.5% from May': basis mom; the mom frame carries to 'Imports dropped 3.7%' in the same paragraph.",
        "'from $97.3 billion in May': the May goods deficit, labelled for May (product null).",
        "'Exports of capital goods ... increased $2.0 billion': an absolute change, a derived comparison: out.",
        "Services exports $98.2 billion and imports $72.5 billion: product services, June.",
        "Pharmaceutical imports 'dropped 36% from May': basis mom, -36; value $17.1 billion June.",
        "First half 2025 = 2025-01/2025-06; the deficit 'up 38.3%' from the first half of 2024 is growth of the deficit following its verb: +38.3. 'Exports rose 5.2% ... and imports 12.1%': imports inherit 'rose', yoy, goods and services.",
        "China: June deficit, imports from China and exports to China are goods, June. 'Through the first half ... $111.5 billion, compared with $136.9 billion in the same period a year earlier': two balance facts, H1 2025 and H1 2024.",
        "'the smallest since February 2004', 'lowest in more than 16 years', 'narrowest since September 2023', 'lowest level since September 2020': milestones/years, out; not ranks.",
        "Mexico and Vietnam deficits paired by 'respectively'; 'shortfall with the 27-nation European Union' and 'gap with Ireland' are deficits (negative). '27-nation' is not a trade number.",
        "FactSet forecast ($61 billion), the economist's $60-70 billion expectation: forecasts, out.",
        "Tariff rates (10%, 30%, 10% to 41%, 18.3%), GDP (3%, 0.5%), dates and years: not trade flows, out.",
    ],
    "facts": [
        fact(US, "balance", "value", -60.2e9, "USD", JUN, "60.2 billion", E_LEAD, product=GS),
        fact(US, "balance", "growth", -16, "percent", JUN, "16", E_LEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -71.7e9, "USD", MAY, "71.7 billion", E_MAY, product=GS),
        fact(US, "exports", "growth", -0.5, "percent", JUN, "0.5", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 277.3e9, "USD", JUN, "277.3 billion", E_EXP, product=GS),
        fact(US, "imports", "growth", -3.7, "percent", JUN, "3.7", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 337.5e9, "USD", JUN, "337.5 billion", E_IMP, product=GS),
        fact(US, "balance", "value", -85.9e9, "USD", JUN, "85.9 billion", E_GOODS),
        fact(US, "balance", "value", -97.3e9, "USD", MAY, "97.3 billion", E_GOODS),
        fact(US, "exports", "value", 179.1e9, "USD", JUN, "179.1 billion", E_GOODS_XM),
        fact(US, "imports", "value", 265.0e9, "USD", JUN, "265.0 billion", E_GOODS_XM),
        fact(US, "balance", "value", 25.7e9, "USD", JUN, "25.7 billion", E_SERV, product="services"),
        fact(US, "exports", "value", 98.2e9, "USD", JUN, "98.2 billion", E_SERV, product="services"),
        fact(US, "imports", "value", 72.5e9, "USD", JUN, "72.5 billion", E_SERV, product="services"),
        fact(US, "imports", "growth", -36, "percent", JUN, "36", E_PHARMA, product="pharmaceutical products", basis="mom"),
        fact(US, "imports", "value", 17.1e9, "USD", JUN, "17.1 billion", E_PHARMA, product="pharmaceutical products"),
        fact(US, "balance", "value", -583.2e9, "USD", H1, "583.2 billion", E_H1, product=GS),
        fact(US, "balance", "growth", 38.3, "percent", H1, "38.3", E_H1, product=GS),
        fact(US, "exports", "growth", 5.2, "percent", H1, "5.2", E_H1_XM, product=GS),
        fact(US, "imports", "growth", 12.1, "percent", H1, "12.1", E_H1_XM, product=GS),
        fact(US, "balance", "value", -9.5e9, "USD", JUN, "9.5 billion", E_CN, partner="China"),
        fact(US, "imports", "value", 18.9e9, "USD", JUN, "18.9 billion",
             "Imports of Chinese goods slid to $18.9 billion", partner="China"),
        fact(US, "exports", "value", 9.4e9, "USD", JUN, "9.4 billion",
             "American exports to China came to $9.4 billion", partner="China"),
        fact(US, "balance", "value", -111.5e9, "USD", H1, "111.5 billion", E_CN_H1, partner="China"),
        fact(US, "balance", "value", -136.9e9, "USD", H1_24, "136.9 billion", E_CN_H1, partner="China"),
        fact(US, "balance", "value", -16.3e9, "USD", JUN, "16.3 billion", E_MX_VN, partner="Mexico"),
        fact(US, "balance", "value", -16.2e9, "USD", JUN, "16.2 billion", E_MX_VN, partner="Vietnam"),
        fact(US, "balance", "value", -14.9e9, "USD", JUN, "14.9 billion",
             "The shortfall with the 27-nation European Union was $14.9 billion", partner="European Union"),
        fact(US, "balance", "value", -5.3e9, "USD", JUN, "5.3 billion",
             "the gap with Ireland, a hub for drugmakers, narrowed to $5.3 billion", partner="Ireland"),
    ],
}

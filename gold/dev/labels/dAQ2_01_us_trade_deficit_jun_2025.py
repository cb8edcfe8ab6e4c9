from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
H1 = period(2025, 1, 6)
H1_24 = period(2024, 1, 6)
US = "United States"
GS = "goods and services"
E_LEAD = "America's trade deficit fell by 16% in June, to $60.2 billion"
E_MAY = "In May the shortfall had stood at $71.7 billion"
E_EXP = "Measured against May, exports edged 0.5% lower to $277.3 billion"
E_IMP = "imports declined 3.7% to $337.5 billion"
E_GOODS = "Looking only at merchandise, the deficit eased to $85.9 billion, down from $97.3 billion a month earlier"
E_GOODS_XM = "with $179.1 billion of goods shipped out and $265.0 billion brought in"
E_SERV = ("Trade in services, from tourism and banking to software licenses, produced a $25.7 billion surplus: "
          "Americans sold $98.2 billion of services abroad and bought $72.5 billion.")
E_PHARMA = "pharmaceutical imports were down 36% from May at $17.1 billion"
E_H1 = "Over January through June, the cumulative deficit came to $583.2 billion, 38.3% larger than in the same half of 2024."
E_H1_XM = "Exports were 5.2% higher over the six months and imports 12.1% higher"
E_CN = "China, a perennial target in Washington's trade debates, accounted for a June deficit of just $9.5 billion"
E_CN_H1 = "For January through June, the China deficit amounted to $111.5 billion, versus $136.9 billion a year before."
E_MX_VN = "Mexico and Vietnam were also the source of sizable June deficits, of $16.3 billion and $16.2 billion respectively."

ARTICLE = {
    "id": "dAQ2_01_us_trade_deficit_jun_2025",
    "title": "Falling imports cut US trade gap by 16% in June to a near two-year low",
    "publisher": "Associated Press",
    "published": "2025-08-05",
    "notes": [
        "Headline figures (deficit, total exports, imports, first-half figures) are goods and services: product 'goods and services'; goods-only figures and the goods-only country detail carry product null (corpus convention); services figures 'services'.",
        "'by 16% in June' (headline and lead, one fact): a monthly US release whose next paragraph states the comparison with May ($71.7 billion), so basis mom; growth of a deficit follows its verb: fell -> -16.",
        "'In May the shortfall had stood at $71.7 billion': May's (revised) overall deficit, labelled as a May balance of -71.7e9; 'revised' is not in the text, only the value.",
        "'Measured against May, exports edged 0.5% lower': basis mom; the mom frame carries to 'imports declined 3.7%' in the same sentence.",
        "'down from $97.3 billion a month earlier': the May goods deficit, labelled for May (product null).",
        "'Sales abroad of capital equipment ... rose by $2.0 billion': an absolute change, a derived comparison: out.",
        "Services exports $98.2 billion and imports $72.5 billion: product services, June.",
        "Pharmaceutical imports 'down 36% from May': basis mom, -36; value $17.1 billion June.",
        "First half 2025 = 2025-01/2025-06; the deficit '38.3% larger than in the same half of 2024' is growth of the deficit following its wording: +38.3. 'Exports were 5.2% higher ... and imports 12.1% higher': yoy, goods and services.",
        "China: June deficit, imports from China and exports to China are goods, June. 'For January through June, the China deficit amounted to $111.5 billion, versus $136.9 billion a year before': two balance facts, H1 2025 and H1 2024.",
        "'a level not seen since February 2004', 'weakest in over 16 years', 'lowest reading since September 2023', 'weakest level since September 2020': milestones/years, out; not ranks.",
        "Mexico and Vietnam deficits paired by 'respectively'; 'With the 27-member European Union, the gap' and 'the deficit with Ireland' are deficits (negative). '27-member' is not a trade number.",
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
             "Purchases of Chinese goods sank to $18.9 billion", partner="China"),
        fact(US, "exports", "value", 9.4e9, "USD", JUN, "9.4 billion",
             "U.S. sales to China of $9.4 billion", partner="China"),
        fact(US, "balance", "value", -111.5e9, "USD", H1, "111.5 billion", E_CN_H1, partner="China"),
        fact(US, "balance", "value", -136.9e9, "USD", H1_24, "136.9 billion", E_CN_H1, partner="China"),
        fact(US, "balance", "value", -16.3e9, "USD", JUN, "16.3 billion", E_MX_VN, partner="Mexico"),
        fact(US, "balance", "value", -16.2e9, "USD", JUN, "16.2 billion", E_MX_VN, partner="Vietnam"),
        fact(US, "balance", "value", -14.9e9, "USD", JUN, "14.9 billion",
             "With the 27-member European Union, the gap came to $14.9 billion", partner="European Union"),
        fact(US, "balance", "value", -5.3e9, "USD", JUN, "5.3 billion",
             "the deficit with Ireland, where many drugmakers are based, shrank to $5.3 billion", partner="Ireland"),
    ],
}

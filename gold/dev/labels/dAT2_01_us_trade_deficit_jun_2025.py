from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
H1 = period(2025, 1, 6)
US = "United States"
GS = "goods and services"
SV = "services"
E_HEAD = "The combined goods and services shortfall came in at $60.2 billion, down 16.0% from May"
E_EXP = "Exports were worth $277.3 billion, 0.5% less than in May."
E_IMP = "Imports shrank more steeply, by 3.7% to $337.5 billion"
E_GOODS_X = "Goods exports       179.1    180.3"
E_GOODS_M = "Goods imports       265.0    277.6"
E_SERV_X = "Services exports     98.2     98.3"
E_SERV_M = "Services imports     72.5     72.7"
E_H1 = "The goods and services shortfall for the first six months of 2025 totaled $583.2 billion, 38.3% higher than in January-June 2024"
E_H1_XM = "imports rose 12.1% and exports grew a slower 5.2% over that span."
E_CHINA = "Imports from China dropped to $19.6 billion, while exports to China rose to $10.1 billion."
E_MX_VN = "Mexico accounted for a $16.3 billion deficit and Vietnam for one of $16.2 billion"
E_CA = "The shortfall with Canada narrowed to $1.3 billion from $2.8 billion in May."

ARTICLE = {
    "id": "dAT2_01_us_trade_deficit_jun_2025",
    "title": "Falling imports shrink U.S. trade deficit by 16% in June to near two-year low",
    "publisher": "Capitol Markets Wire",
    "published": "2025-08-05",
    "notes": [
        "Publisher and date from the dateline 'WASHINGTON, Aug 5 (Capitol Markets Wire)'; the year 2025 comes from the text ('first six months of 2025') and the release of June data in August.",
        "Product convention as in dA3_01: headline totals (deficit, exports, imports, year-to-date) cover goods and services -> product 'goods and services'; "
        "services-only figures -> 'services'; goods-only figures (merchandise deficit, goods rows of the table, Census country detail) -> product null.",
        "'down 16.0% from May': growth of a deficit follows its verb, -16.0, basis mom ('from May' is a comparison with the month before). "
        "The headline's '16%' is the same observation, labelled once (body evidence, more precise value_text).",
        "'0.5% less than in May' -> mom; 'Imports shrank more steeply, by 3.7%' sits in the same paragraph after that month-on-month frame -> mom.",
        "'May's shortfall, after revision, stood at $71.7 billion': revised May balance, labelled with period May 2025, value negative (a shortfall is a deficit).",
        "Forecasts are out: economists' 'shortfall of about $61.0 billion', the economist's 'around $65 billion a month for the rest of the year'.",
        "Absolute changes are derived comparisons, out: '$11.4 billion smaller than a month earlier' (only the level $85.9 billion is labelled). "
        "'a slightly bigger surplus of $25.7 billion' for services: the level is labelled, positive (surplus).",
        "Table 'Seasonally adjusted, balance-of-payments basis ($ bln)' with columns June and May: each cell takes billions from the header; "
        "the May column is labelled with period May 2025. Goods rows product null, services rows product 'services'. The evidence is the flattened row.",
        "Year to date: 'first six months of 2025' -> 2025-01..2025-06. Deficit $583.2 billion (negative) and its growth '38.3% higher' (+38.3, the deficit grew); "
        "exports 5.2% and imports 12.1% over 'that span' are goods and services, yoy ('than in January-June 2024').",
        "Country detail is goods only and not seasonally adjusted (product null). China: deficit $9.5 billion, imports $19.6 billion, exports $10.1 billion.",
        "'Mexico accounted for a $16.3 billion deficit and Vietnam for one of $16.2 billion': both negative balances.",
        "Switzerland: 'a small surplus of less than $0.1 billion' -> positive balance 0.1e9 with qualifier under.",
        "Canada: 'narrowed to $1.3 billion from $2.8 billion in May' -> June balance -1.3e9 and a May balance -2.8e9 (the comparison base is a stated May figure, labelled with period May).",
        "Out of scope: 'lowest reading since September 2023', 'narrowest since early 2004', 'third straight month' (milestones/streaks); GDP 3.0% annualized and "
        "'the biggest drag on record' (not trade flows / contribution); tariff rates 10% to 41% (not trade flows).",
    ],
    "facts": [
        fact(US, "balance", "growth", -16.0, "percent", JUN, "16.0", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -60.2e9, "USD", JUN, "60.2 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -71.7e9, "USD", MAY, "71.7 billion", "May's shortfall, after revision, stood at $71.7 billion.", product=GS),
        fact(US, "exports", "growth", -0.5, "percent", JUN, "0.5", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 277.3e9, "USD", JUN, "277.3 billion", E_EXP, product=GS),
        fact(US, "imports", "growth", -3.7, "percent", JUN, "3.7", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 337.5e9, "USD", JUN, "337.5 billion", E_IMP, product=GS),
        fact(US, "balance", "value", -85.9e9, "USD", JUN, "85.9 billion",
             "On the goods side alone, the shortfall came to $85.9 billion"),
        fact(US, "balance", "value", 25.7e9, "USD", JUN, "25.7 billion",
             "services, by contrast, posted a slightly bigger surplus of $25.7 billion", product=SV),
        fact(US, "exports", "value", 179.1e9, "USD", JUN, "179.1", E_GOODS_X),
        fact(US, "exports", "value", 180.3e9, "USD", MAY, "180.3", E_GOODS_X),
        fact(US, "imports", "value", 265.0e9, "USD", JUN, "265.0", E_GOODS_M),
        fact(US, "imports", "value", 277.6e9, "USD", MAY, "277.6", E_GOODS_M),
        fact(US, "exports", "value", 98.2e9, "USD", JUN, "98.2", E_SERV_X, product=SV),
        fact(US, "exports", "value", 98.3e9, "USD", MAY, "98.3", E_SERV_X, product=SV),
        fact(US, "imports", "value", 72.5e9, "USD", JUN, "72.5", E_SERV_M, product=SV),
        fact(US, "imports", "value", 72.7e9, "USD", MAY, "72.7", E_SERV_M, product=SV),
        fact(US, "balance", "value", -583.2e9, "USD", H1, "583.2 billion", E_H1, product=GS),
        fact(US, "balance", "growth", 38.3, "percent", H1, "38.3", E_H1, product=GS),
        fact(US, "exports", "growth", 5.2, "percent", H1, "5.2", E_H1_XM, product=GS),
        fact(US, "imports", "growth", 12.1, "percent", H1, "12.1", E_H1_XM, product=GS),
        fact(US, "balance", "value", -9.5e9, "USD", JUN, "9.5 billion",
             "the deficit with China falling to $9.5 billion", partner="China"),
        fact(US, "imports", "value", 19.6e9, "USD", JUN, "19.6 billion", E_CHINA, partner="China"),
        fact(US, "exports", "value", 10.1e9, "USD", JUN, "10.1 billion", E_CHINA, partner="China"),
        fact(US, "balance", "value", -16.3e9, "USD", JUN, "16.3 billion", E_MX_VN, partner="Mexico"),
        fact(US, "balance", "value", -16.2e9, "USD", JUN, "16.2 billion", E_MX_VN, partner="Vietnam"),
        fact(US, "balance", "value", -17.9e9, "USD", JUN, "17.9 billion",
             "the gap with the European Union stood at $17.9 billion", partner="European Union"),
        fact(US, "balance", "value", 0.1e9, "USD", JUN, "0.1 billion",
             "With Switzerland, whose numbers had been swollen earlier in the year by gold-bar imports, the U.S. ran a small surplus of less than $0.1 billion.",
             partner="Switzerland", qualifier="under"),
        fact(US, "balance", "value", -1.3e9, "USD", JUN, "1.3 billion", E_CA, partner="Canada"),
        fact(US, "balance", "value", -2.8e9, "USD", MAY, "2.8 billion", E_CA, partner="Canada"),
    ],
}

from _fact import fact, period

Q = period(2025, 1, 9)
SEP = period(2025, 9)

S_TOT = ("from January to September this year, the total value of imports and exports of goods of our province was 1.46 trillion yuan, "
         "an increase of 3.1% over the same period last year (the same below)")
S_EXP = "Of this, exports were 916.3 billion yuan, an increase of 5.4%"
S_IMP = "imports were 543.9 billion yuan, a decrease of 0.6%"
S_SEP = "In September alone, the province's imports and exports reached 172.5 billion yuan, up 8.7%"
S_PRIV = ("Between January and September, goods imported and exported by private firms in our province totalled 900.2 billion yuan, 6.8% more than a year earlier, "
          "and made up 61.6% of the province's total foreign trade value")
S_PRIV_EXP = "Among them, exports by private enterprises were 668.7 billion yuan, up 8.1%, accounting for 73% of the province's total exports."
S_SOE = ("During the same period, state-owned enterprises and foreign-invested enterprises imported and exported 272.4 billion yuan and "
         "285.6 billion yuan respectively, with the former down 4.5% and the latter up 0.9%.")
S_COUNT = "The number of enterprises with actual import and export performance in the province reached 38,612."
S_RANK = "ASEAN, the European Union and the United States ranked first, second and third among the province's trading partners respectively."
S_ASEAN = "From January to September, Fujian's imports and exports with ASEAN were 345.7 billion yuan, an increase of 9.4%"
S_EU = "with the European Union, 196.2 billion yuan, an increase of 2.8%"
S_US = "with the United States, 178.3 billion yuan, a decrease of 12.6%"
S_THREE = "The three together accounted for 49.3% of the province's total."
S_BRI = "Over the same period, imports and exports with Belt and Road partner countries amounted to 762.4 billion yuan, up 5.9%, accounting for 52.2%"
S_RCEP = "with other RCEP member countries, imports and exports were 498.1 billion yuan, up 4.3%"
S_ME = ("In the first three quarters, the province exported 362.8 billion yuan of mechanical and electrical products, up 7.9%, "
        "accounting for 39.6% of the province's total export value.")
S_OFW = ("Of which, exports of lithium batteries, household appliances and ships were 21.7 billion yuan, 12.4 billion yuan and 10.6 billion yuan, "
         "increasing by 11.8%, 15.2% and 63.4% respectively.")
S_LAB = "Exports of labor-intensive products were 278.5 billion yuan, a decrease of 1.3%, accounting for 30.4%"
S_SHOE = "among them, exports of footwear fell 4.8%, while exports of plastic products rose 3.5%"
S_AGRI = "In addition, agricultural products exports were 58.7 billion yuan, up 6.1%."
S_GRAIN = "In the first three quarters, the province imported 29.4 billion yuan of grain, an increase of 7.2%, and 3.12 million tonnes of copper ore."
S_ME_IMP = "Imports of mechanical and electrical products were 96.8 billion yuan, up 10.5%, of which imports of semiconductor manufacturing equipment rose 38.6%."

F = "Fujian"
ME = "mechanical and electrical products"
LAB = "labor-intensive products"
PE = "private enterprises"

ARTICLE = {
    "id": "dBE1_03",
    "title": "Fujian's Foreign Trade Maintains Steady Growth in the First Three Quarters",
    "publisher": "Fujian Provincial People's Government",
    "published": "2025-10-24",
    "notes": [
        'Provenance: no real Fujian January-September 2025 release was found in the reference corpus; all figures are illustrative, modelled on the structure of real Fuzhou/Xiamen Customs releases (2022-2024) and kept internally consistent (shares recomputed from the values).',
        "Publisher and date from the source line under the headline ('Source: Fujian Provincial People's Government | Updated: 2025-10-24').",
        "Area Fujian throughout: 'our province' / 'the province' resolve to Fujian from the headline.",
        "'from January to September this year' -> 2025-01..2025-09, carried to every later figure except 'In September alone' (2025-09..2025-09). 'the same below' makes all later growth rates yoy.",
        "Not labelled: '0.3 percentage points lower than that of the whole country' and '2.1 percentage points above last year's' (derived comparisons); 'the highest monthly level so far this year' (milestone).",
        "Private enterprises: total value, growth and share of total trade (segment private enterprises, flow total); their exports value, growth and share of province's exports (flow exports).",
        "State-owned / foreign-invested 'respectively' pair: values flattened; growth from 'the former down 4.5% and the latter up 0.9%' resolved to state-owned -4.5, foreign-invested +0.9.",
        "Count: 38,612 'enterprises with actual import and export performance' -> count, segment 'foreign trade enterprises', flow total.",
        "Ranks from 'ranked first, second and third ... respectively': ASEAN 1, European Union 2, United States 3 (flow total).",
        "Partner list with elided verbs ('with the European Union, 196.2 billion yuan, ...; with the United States, ...') flattened into value and growth per partner.",
        "'The three together accounted for 49.3%': a combined share of three partners, labelled with partner 'ASEAN, European Union, United States' (names joined in text order, by analogy with the guide's rule for joined areas).",
        "Belt and Road 'accounting for 52.2%' is a share of the province's total (the whole is implicit).",
        "'other RCEP member countries' labelled partner 'RCEP member countries' (the 'other' only excludes China itself).",
        "Product 'respectively' list (lithium batteries, household appliances, ships) flattened into value and growth per product, flow exports ('Of which' inside mechanical and electrical exports).",
        "Labor-intensive products: 'accounting for 30.4%' is a share of total exports (carried from the previous sentence's 'total export value'). Footwear and plastic products: export growth only.",
        "Imports: grain value and growth; copper ore quantity 3.12 million tonnes (no growth given); mechanical and electrical imports value and growth; semiconductor manufacturing equipment import growth.",
    ],
    "facts": [
        fact(F, "total", "value", 1.46e12, "CNY", Q, "1.46 trillion", S_TOT),
        fact(F, "total", "growth", 3.1, "percent", Q, "3.1", S_TOT),
        fact(F, "exports", "value", 916.3e9, "CNY", Q, "916.3 billion", S_EXP),
        fact(F, "exports", "growth", 5.4, "percent", Q, "5.4", S_EXP),
        fact(F, "imports", "value", 543.9e9, "CNY", Q, "543.9 billion", S_IMP),
        fact(F, "imports", "growth", -0.6, "percent", Q, "0.6", S_IMP),
        fact(F, "total", "value", 172.5e9, "CNY", SEP, "172.5 billion", S_SEP),
        fact(F, "total", "growth", 8.7, "percent", SEP, "8.7", S_SEP),
        fact(F, "total", "value", 900.2e9, "CNY", Q, "900.2 billion", S_PRIV, segment=PE),
        fact(F, "total", "growth", 6.8, "percent", Q, "6.8", S_PRIV, segment=PE),
        fact(F, "total", "share", 61.6, "percent", Q, "61.6", S_PRIV, segment=PE),
        fact(F, "exports", "value", 668.7e9, "CNY", Q, "668.7 billion", S_PRIV_EXP, segment=PE),
        fact(F, "exports", "growth", 8.1, "percent", Q, "8.1", S_PRIV_EXP, segment=PE),
        fact(F, "exports", "share", 73, "percent", Q, "73", S_PRIV_EXP, segment=PE),
        fact(F, "total", "value", 272.4e9, "CNY", Q, "272.4 billion", S_SOE, segment="state-owned enterprises"),
        fact(F, "total", "value", 285.6e9, "CNY", Q, "285.6 billion", S_SOE, segment="foreign-invested enterprises"),
        fact(F, "total", "growth", -4.5, "percent", Q, "4.5", S_SOE, segment="state-owned enterprises"),
        fact(F, "total", "growth", 0.9, "percent", Q, "0.9", S_SOE, segment="foreign-invested enterprises"),
        fact(F, "total", "count", 38612, "number", Q, "38,612", S_COUNT, segment="foreign trade enterprises"),
        fact(F, "total", "rank", 1, "number", Q, "first", S_RANK, partner="ASEAN"),
        fact(F, "total", "rank", 2, "number", Q, "second", S_RANK, partner="European Union"),
        fact(F, "total", "rank", 3, "number", Q, "third", S_RANK, partner="United States"),
        fact(F, "total", "value", 345.7e9, "CNY", Q, "345.7 billion", S_ASEAN, partner="ASEAN"),
        fact(F, "total", "growth", 9.4, "percent", Q, "9.4", S_ASEAN, partner="ASEAN"),
        fact(F, "total", "value", 196.2e9, "CNY", Q, "196.2 billion", S_EU, partner="European Union"),
        fact(F, "total", "growth", 2.8, "percent", Q, "2.8", S_EU, partner="European Union"),
        fact(F, "total", "value", 178.3e9, "CNY", Q, "178.3 billion", S_US, partner="United States"),
        fact(F, "total", "growth", -12.6, "percent", Q, "12.6", S_US, partner="United States"),
        fact(F, "total", "share", 49.3, "percent", Q, "49.3", S_THREE, partner="ASEAN, European Union, United States"),
        fact(F, "total", "value", 762.4e9, "CNY", Q, "762.4 billion", S_BRI, partner="Belt and Road partner countries"),
        fact(F, "total", "growth", 5.9, "percent", Q, "5.9", S_BRI, partner="Belt and Road partner countries"),
        fact(F, "total", "share", 52.2, "percent", Q, "52.2", S_BRI, partner="Belt and Road partner countries"),
        fact(F, "total", "value", 498.1e9, "CNY", Q, "498.1 billion", S_RCEP, partner="RCEP member countries"),
        fact(F, "total", "growth", 4.3, "percent", Q, "4.3", S_RCEP, partner="RCEP member countries"),
        fact(F, "exports", "value", 362.8e9, "CNY", Q, "362.8 billion", S_ME, product=ME),
        fact(F, "exports", "growth", 7.9, "percent", Q, "7.9", S_ME, product=ME),
        fact(F, "exports", "share", 39.6, "percent", Q, "39.6", S_ME, product=ME),
        fact(F, "exports", "value", 21.7e9, "CNY", Q, "21.7 billion", S_OFW, product="lithium batteries"),
        fact(F, "exports", "value", 12.4e9, "CNY", Q, "12.4 billion", S_OFW, product="household appliances"),
        fact(F, "exports", "value", 10.6e9, "CNY", Q, "10.6 billion", S_OFW, product="ships"),
        fact(F, "exports", "growth", 11.8, "percent", Q, "11.8", S_OFW, product="lithium batteries"),
        fact(F, "exports", "growth", 15.2, "percent", Q, "15.2", S_OFW, product="household appliances"),
        fact(F, "exports", "growth", 63.4, "percent", Q, "63.4", S_OFW, product="ships"),
        fact(F, "exports", "value", 278.5e9, "CNY", Q, "278.5 billion", S_LAB, product=LAB),
        fact(F, "exports", "growth", -1.3, "percent", Q, "1.3", S_LAB, product=LAB),
        fact(F, "exports", "share", 30.4, "percent", Q, "30.4", S_LAB, product=LAB),
        fact(F, "exports", "growth", -4.8, "percent", Q, "4.8", S_SHOE, product="footwear"),
        fact(F, "exports", "growth", 3.5, "percent", Q, "3.5", S_SHOE, product="plastic products"),
        fact(F, "exports", "value", 58.7e9, "CNY", Q, "58.7 billion", S_AGRI, product="agricultural products"),
        fact(F, "exports", "growth", 6.1, "percent", Q, "6.1", S_AGRI, product="agricultural products"),
        fact(F, "imports", "value", 29.4e9, "CNY", Q, "29.4 billion", S_GRAIN, product="grain"),
        fact(F, "imports", "growth", 7.2, "percent", Q, "7.2", S_GRAIN, product="grain"),
        fact(F, "imports", "quantity", 3.12e6, "tonnes", Q, "3.12 million", S_GRAIN, product="copper ore"),
        fact(F, "imports", "value", 96.8e9, "CNY", Q, "96.8 billion", S_ME_IMP, product=ME),
        fact(F, "imports", "growth", 10.5, "percent", Q, "10.5", S_ME_IMP, product=ME),
        fact(F, "imports", "growth", 38.6, "percent", Q, "38.6", S_ME_IMP, product="semiconductor manufacturing equipment"),
    ],
}

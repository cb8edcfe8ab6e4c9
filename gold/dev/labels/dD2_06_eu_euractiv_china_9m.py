from _fact import fact, period

NINE = period(2025, 1, 9)
SEP = period(2025, 9)
Y24 = period(2024, 1, 12)
EU = "European Union"
CN = "China"
MV = "machinery and vehicles"
E_FLOWS = ("EU exports to China declined 6.5% to €149.6 billion and imports from China increased 7.9% to "
           "€418.9 billion")
E_BAL = "At €269.3 billion, the deficit was 18.0% larger than in the same period of 2024"
E_RANK = ("China stayed the largest supplier of imports to the EU, providing 21.6% of all goods the bloc purchased from "
          "non-member countries, and was its third-largest export market")
E_MV = "this group's imports climbed 9.3% to €219.5 billion, equal to 52.4% of everything imported from China"
E_DE = ("Germany accounted for 28.4% of EU exports to China, making it, by a wide margin, the largest exporter to China of any "
        "member state")
E_SERV = "The EU recorded a €17.3 billion services surplus with China in 2024"

ARTICLE = {
    "id": "dD2_06_eu_euractiv_china_9m",
    "title": "Rising imports and weaker exports widen EU's trade gap with China",
    "publisher": "Euractiv",
    "published": "2025-11-17",
    "notes": [
        "Area European Union, partner China throughout, except Germany's share of EU exports to China (area Germany).",
        "'between January and September' and 'the first nine months of 2025' are 2025-01/2025-09.",
        "The deficit's growth follows its wording: '18.0% larger' is +18.0; the deficit level is negative.",
        "'roughly €1 billion for each day so far this year' is a per-day average: out. '1.4 percentage points' is out.",
        "Ranks: China is the EU's largest source of imports (imports, rank 1) and third-largest export market (exports, rank 3). "
        "The 21.6% is China's share of extra-EU imports (imports share with partner China).",
        "Machinery and vehicles: value, growth and share of imports from China (52.4% of imports from China).",
        "'Most of the remainder was other manufactured goods' gives no number: nothing to label.",
        "Battery electric cars: growth only (-18.4%); the 35.3% duty is out.",
        "Germany 'the largest exporter to China of any member state' is a rank within a restricted field; labelled as "
        "Germany, partner China, exports, share 28.4 and rank 1 (ranks within a restricted field are labelled, per the card).",
        "Services 2024: services surplus (product services), goods and services deficit (product 'goods and services'), "
        "goods-only deficit (product null). Period 2024.",
        "The Commission's growth forecast (1.3%, 1.2%) is out of scope.",
    ],
    "facts": [
        fact(EU, "exports", "growth", -6.5, "percent", NINE, "6.5", E_FLOWS, partner=CN),
        fact(EU, "exports", "value", 149.6e9, "EUR", NINE, "149.6 billion", E_FLOWS, partner=CN),
        fact(EU, "imports", "growth", 7.9, "percent", NINE, "7.9", E_FLOWS, partner=CN),
        fact(EU, "imports", "value", 418.9e9, "EUR", NINE, "418.9 billion", E_FLOWS, partner=CN),
        fact(EU, "balance", "growth", 18.0, "percent", NINE, "18.0", E_BAL, partner=CN),
        fact(EU, "balance", "value", -269.3e9, "EUR", NINE, "269.3 billion", E_BAL, partner=CN),
        fact(EU, "imports", "rank", 1, "number", NINE, "largest", E_RANK, partner=CN),
        fact(EU, "imports", "share", 21.6, "percent", NINE, "21.6", E_RANK, partner=CN),
        fact(EU, "exports", "rank", 3, "number", NINE, "third-largest", E_RANK, partner=CN),
        fact(EU, "imports", "value", 219.5e9, "EUR", NINE, "219.5 billion", E_MV, partner=CN, product=MV),
        fact(EU, "imports", "growth", 9.3, "percent", NINE, "9.3", E_MV, partner=CN, product=MV),
        fact(EU, "imports", "share", 52.4, "percent", NINE, "52.4", E_MV, partner=CN, product=MV),
        fact(EU, "imports", "growth", -18.4, "percent", NINE, "18.4",
             "imports of battery electric cars from China dropped 18.4%", partner=CN,
             product="battery electric cars"),
        fact("Germany", "exports", "rank", 1, "number", NINE, "largest", E_DE, partner=CN),
        fact("Germany", "exports", "share", 28.4, "percent", NINE, "28.4", E_DE, partner=CN),
        fact(EU, "balance", "value", -31.2e9, "EUR", SEP, "31.2 billion",
             "The EU's deficit with China for September alone was €31.2 billion", partner=CN),
        fact(EU, "balance", "value", 17.3e9, "EUR", Y24, "17.3 billion", E_SERV, partner=CN, product="services"),
        fact(EU, "balance", "value", -288.5e9, "EUR", Y24, "288.5 billion",
             "which cut the combined goods and services deficit to €288.5 billion", partner=CN, product="goods and services"),
        fact(EU, "balance", "value", -305.8e9, "EUR", Y24, "305.8 billion", "the goods-only deficit of €305.8 billion",
             partner=CN),
    ],
}

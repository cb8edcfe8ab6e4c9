from _fact import fact, period

JAN_AUG = period(2025, 1, 8)  # January-August 2025
AUG = period(2025, 8)  # August 2025

LEAD = ("the total import and export value of our city was 17,568.3 hundred million yuan, an increase of 7.4% "
        "over the same period last year")
PROV = "which accounted for 47.1% of the provincial total and ranked first in Jiangsu Province"
EXP = "exports were 10,512.6 hundred million yuan, up 5.9%"
IMP = "imports were 7,055.7 hundred million yuan, up 9.8%"
AUG_EV = ("In August alone, the city's imports and exports totaled 2,386.4 hundred million yuan, an increase of 11.2%, "
          "and rose 3.5% month on month")
GT = ("general trade import and export of the city was 7,683.5 hundred million yuan, an increase of 6.1%, "
      "accounting for 43.7% of the city's total foreign trade value")
PT = "processing trade reached 7,126.9 hundred million yuan"
PRIV = ("The import and export value of private enterprises in the city was 5,470.2 hundred million yuan, up 12.6%, "
        "representing 31.1% of the total")
FIE = "foreign-invested enterprises imported and exported 11,104.8 hundred million yuan"
COUNT = "the number of enterprises with actual import and export performance in the city had reached 15,846"
RANK = "ASEAN continued to be the city's largest trading partner"
PARTNERS = ("the city's imports and exports with ASEAN and the European Union were 2,693.8 hundred million yuan and "
            "2,412.6 hundred million yuan respectively, up 11.5% and 6.8% respectively")
US = "Trade with the United States was 2,287.1 hundred million yuan, down 3.9%"
NEW3 = ('Exports of the "new three" products, namely electric vehicles, lithium-ion batteries and solar cells, '
        "amounted to 512.7 hundred million yuan, up 4.6%")
EV = "exports of electric vehicles surged 40.2%"

ARTICLE = {
    "id": "dAK1_04_suzhou_trade_jan_aug_2025",
    "title": "Suzhou's foreign trade keeps steady growth in first eight months",
    "publisher": "Suzhou Municipal Bureau of Commerce",
    "published": "2025-09-24",
    "notes": [
        "Publisher and date come from the page header line 'Suzhou Municipal Bureau of Commerce | Updated: 2025-09-24'; "
        "the period's year comes from 'from January to August 2025'.",
        "'our city' / 'the city' is Suzhou (headline); '(the same below)' makes every later growth rate year-on-year "
        "except the one marked 'month on month'.",
        "'ranked first in Jiangsu Province' is a rank of Suzhou's total trade among the province's cities: rank 1, no partner.",
        "'accounted for 47.1% of the provincial total' is Suzhou's share of Jiangsu's trade: share of flow total, no partner.",
        "'ASEAN continued to be the city's largest trading partner' is a rank for the running period January-August.",
        "Out of scope: '2.1 percentage points higher than the provincial level', '0.6 percentage points higher', "
        "'driving ... growth by 3.7 percentage points' (derived comparisons/contributions); 'sixth consecutive month' "
        "(streak); 'an increase of 912' (an absolute change in a count, which the record cannot express); "
        "'18 measures', 'more than 200 ... activities', '138th' fair (not trade flows); 'annual foreign trade target "
        "of around 2.6 trillion yuan' (a target, not an outcome); 'double-digit growth' (no number).",
        "The enterprise count 'By the end of August ... had reached 15,846' is given the running period January-August.",
        "'new three' products: product written as the text names them, 'new three products'; the EV figure is a "
        "sub-item of it and keeps the exports flow.",
    ],
    "facts": [
        fact("Suzhou", "total", "value", 17568.3e8, "CNY", JAN_AUG, "17,568.3 hundred million", LEAD),
        fact("Suzhou", "total", "growth", 7.4, "percent", JAN_AUG, "7.4", LEAD),
        fact("Suzhou", "total", "share", 47.1, "percent", JAN_AUG, "47.1", PROV),
        fact("Suzhou", "total", "rank", 1, "number", JAN_AUG, "first", PROV),
        fact("Suzhou", "exports", "value", 10512.6e8, "CNY", JAN_AUG, "10,512.6 hundred million", EXP),
        fact("Suzhou", "exports", "growth", 5.9, "percent", JAN_AUG, "5.9", EXP),
        fact("Suzhou", "imports", "value", 7055.7e8, "CNY", JAN_AUG, "7,055.7 hundred million", IMP),
        fact("Suzhou", "imports", "growth", 9.8, "percent", JAN_AUG, "9.8", IMP),
        fact("Suzhou", "total", "value", 2386.4e8, "CNY", AUG, "2,386.4 hundred million", AUG_EV),
        fact("Suzhou", "total", "growth", 11.2, "percent", AUG, "11.2", AUG_EV),
        fact("Suzhou", "total", "growth", 3.5, "percent", AUG, "3.5", AUG_EV, basis="mom"),
        fact("Suzhou", "total", "value", 7683.5e8, "CNY", JAN_AUG, "7,683.5 hundred million", GT, segment="general trade"),
        fact("Suzhou", "total", "growth", 6.1, "percent", JAN_AUG, "6.1", GT, segment="general trade"),
        fact("Suzhou", "total", "share", 43.7, "percent", JAN_AUG, "43.7", GT, segment="general trade"),
        fact("Suzhou", "total", "value", 7126.9e8, "CNY", JAN_AUG, "7,126.9 hundred million", PT, segment="processing trade"),
        fact("Suzhou", "total", "value", 5470.2e8, "CNY", JAN_AUG, "5,470.2 hundred million", PRIV, segment="private enterprises"),
        fact("Suzhou", "total", "growth", 12.6, "percent", JAN_AUG, "12.6", PRIV, segment="private enterprises"),
        fact("Suzhou", "total", "share", 31.1, "percent", JAN_AUG, "31.1", PRIV, segment="private enterprises"),
        fact("Suzhou", "total", "value", 11104.8e8, "CNY", JAN_AUG, "11,104.8 hundred million", FIE,
             segment="foreign-invested enterprises"),
        fact("Suzhou", "total", "count", 15846, "number", JAN_AUG, "15,846", COUNT, segment="foreign trade enterprises"),
        fact("Suzhou", "total", "rank", 1, "number", JAN_AUG, "largest", RANK, partner="ASEAN"),
        fact("Suzhou", "total", "value", 2693.8e8, "CNY", JAN_AUG, "2,693.8 hundred million", PARTNERS, partner="ASEAN"),
        fact("Suzhou", "total", "value", 2412.6e8, "CNY", JAN_AUG, "2,412.6 hundred million", PARTNERS,
             partner="European Union"),
        fact("Suzhou", "total", "growth", 11.5, "percent", JAN_AUG, "11.5", PARTNERS, partner="ASEAN"),
        fact("Suzhou", "total", "growth", 6.8, "percent", JAN_AUG, "6.8", PARTNERS, partner="European Union"),
        fact("Suzhou", "total", "value", 2287.1e8, "CNY", JAN_AUG, "2,287.1 hundred million", US, partner="United States"),
        fact("Suzhou", "total", "growth", -3.9, "percent", JAN_AUG, "3.9", US, partner="United States"),
        fact("Suzhou", "exports", "value", 512.7e8, "CNY", JAN_AUG, "512.7 hundred million", NEW3,
             product="new three products"),
        fact("Suzhou", "exports", "growth", 4.6, "percent", JAN_AUG, "4.6", NEW3, product="new three products"),
        fact("Suzhou", "exports", "growth", 40.2, "percent", JAN_AUG, "40.2", EV, product="electric vehicles"),
    ],
}

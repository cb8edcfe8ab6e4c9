from _fact import fact, period

JAN_AUG = period(2025, 1, 8)  # January-August 2025
AUG = period(2025, 8)  # August 2025

LEAD = "our city's total imports and exports from January to August 2025 came to 17,568.3 hundred million yuan, up 7.4% from a year earlier"
PROV = "making up 47.1% of Jiangsu's provincial total and putting the city first in Jiangsu Province"
EXP = "Exports amounted to 10,512.6 hundred million yuan, an increase of 5.9%"
IMP = "imports to 7,055.7 hundred million yuan, an increase of 9.8%"
AUG_EV = "The city's trade in August alone reached 2,386.4 hundred million yuan, a rise of 11.2%, and grew 3.5% month on month"
GT = "the city's general trade amounted to 7,683.5 hundred million yuan, growing 6.1% and making up 43.7% of Suzhou's total foreign trade value"
PT = "Processing trade, long one of Suzhou's traditional strengths, came to 7,126.9 hundred million yuan"
PRIV = "Imports and exports by private enterprises in Suzhou totaled 5,470.2 hundred million yuan, an increase of 12.6%, equal to 31.1% of the total"
FIE = "Foreign-invested enterprises, still the mainstay of Suzhou's foreign trade, posted imports and exports of 11,104.8 hundred million yuan"
COUNT = "At the end of August, 15,846 enterprises in the city had actual import and export records"
RANK = "The city's largest trading partner remained ASEAN."
PARTNERS = "Suzhou's trade with ASEAN came to 2,693.8 hundred million yuan and that with the European Union to 2,412.6 hundred million yuan, increases of 11.5% and 6.8% respectively"
US = "Trade with the United States fell 3.9% to 2,287.1 hundred million yuan"
NEW3 = 'Suzhou exported 512.7 hundred million yuan of the "new three" products (electric vehicles, lithium-ion batteries and solar cells), up 4.6%'
EV = "Electric vehicle exports jumped 40.2%"

ARTICLE = {
    "id": "dAK1_04_suzhou_trade_jan_aug_2025",
    "title": "Steady growth continues for Suzhou's foreign trade over January-August",
    "publisher": "Suzhou Municipal Bureau of Commerce",
    "published": "2025-09-24",
    "notes": [
        "Publisher and date come from the page header line 'Suzhou Municipal Bureau of Commerce | Updated: 2025-09-24'; "
        "the period's year comes from 'from January to August 2025'.",
        "'our city' / 'the city' is Suzhou (headline); '(the same below)' makes every later growth rate year-on-year "
        "except the one marked 'month on month'.",
        "'putting the city first in Jiangsu Province' is a rank of Suzhou's total trade among the province's cities: rank 1, no partner.",
        "'making up 47.1% of Jiangsu's provincial total' is Suzhou's share of Jiangsu's trade: share of flow total, no partner.",
        "'The city's largest trading partner remained ASEAN' is a rank for the running period January-August.",
        "Out of scope: '2.1 percentage points faster than that of the province', '0.6 percentage points above', "
        "'added 3.7 percentage points to the growth' (derived comparisons/contributions); 'sixth straight month' "
        "(streak); '912 more than a year earlier' (an absolute change in a count, which the record cannot express); "
        "'18 measures', 'over 200 events', '138th' fair (not trade flows); 'annual foreign trade goal "
        "of about 2.6 trillion yuan' (a target, not an outcome); 'double-digit rates' (no number).",
        "The enterprise count 'At the end of August, 15,846 enterprises' is given the running period January-August.",
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

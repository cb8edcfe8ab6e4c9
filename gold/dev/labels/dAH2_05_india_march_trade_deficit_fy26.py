from _fact import fact, period

MAR = period(2026, 3)
FEB = period(2026, 2)
FY26 = {"start": "2025-04", "end": "2026-03"}  # India's financial year 2025-26, April to March

LEAD = "India's deficit in merchandise trade eased in March to $24.2 billion, from $27.1 billion in February"
EXP = "In March, merchandise exports were up 3 per cent year-on-year at $43.2 billion"
IMP = "imports increased 6.1 per cent to $67.4 billion"
INR = "Measured in rupees, the deficit was ₹2,21,430 crore, on exports of ₹3.95 trillion and imports of ₹6.17 trillion."
FY_EXP = "For 2025-26 (FY26) in full, merchandise exports edged up 1.9 per cent to $445.8 billion"
FY_IMP = "imports rose 8.2 per cent to $779.1 billion"
FY_BAL = "lifting the yearly deficit to a record $333.3 billion"
OVERALL = "The commerce department estimates India's total exports of goods and services for the year at $863.4 billion."
GOLD = "In March, gold imports climbed 29.8 per cent to $5.8 billion"
GOLD_FY = "Over the full year, India's spending on imported gold totalled $61.2 billion."
OIL = "the crude oil import bill fell 6.2 per cent in March to $15.6 billion"
ELEC = "Shipments of electronic goods surged 38.5 per cent in the month to $5.4 billion"
ELEC_FY = "For the year as a whole, these exports rose 30.1 per cent to $50.2 billion"
ELEC_RANK = "which made electronics the third-largest category of exports, trailing engineering goods and petroleum products"
US = "In March, exports to the US were up 1.6 per cent at $10.3 billion"
US_FY = "America stayed the largest market for Indian goods in FY26, taking shipments worth $91.3 billion."
CHINA = "the FY26 trade deficit with China widened to $113.6 billion"

ARTICLE = {
    "id": "dAH2_05_india_march_trade_deficit_fy26",
    "title": "March trade gap eases to $24.2 bn; FY26 goods deficit hits record $333.3 bn",
    "publisher": "Business Standard",
    "published": "2026-04-15",
    "notes": [
        "Area India throughout; merchandise figures have product null; growth is yoy (Indian monthly data are "
        "compared with the same month a year earlier; no month-on-month cue in the text).",
        "FY26 = April 2025 to March 2026 (period 2025-04..2026-03); 'the year', 'the full year', 'the yearly deficit', "
        "'the year as a whole' in the FY paragraphs refer to it.",
        "'from $27.1 billion in February': the February deficit, its own observation (period 2026-02).",
        "Rupee figures (deficit ₹2,21,430 crore, exports ₹3.95 trillion, imports ₹6.17 trillion) are the ministry's "
        "own rupee series for March, separate INR facts; no approximation word, so exact.",
        "'India's total exports of goods and services for the year at $863.4 billion': product 'goods and services', "
        "FY26 (an estimate of a past period, not a forecast).",
        "'India's spending on imported gold totalled $61.2 billion': gold imports, FY26.",
        "'these exports' = electronic goods exports; 'made electronics the third-largest category of exports': rank 3, "
        "product electronic goods, FY26.",
        "'America stayed the largest market for Indian goods': rank 1 exports partner United States, FY26; the "
        "official's 'our biggest market' is the same observation, not labelled again.",
        "'the FY26 trade deficit with China widened to $113.6 billion': balance -113.6e9, partner China.",
        "Out of scope, unlabelled: economists' expected $26 billion deficit (forecast); the 18 per cent US duty; 'the "
        "first annual increase in six months' (streak); current account deficit 1.3 and 0.8 per cent of "
        "GDP (not trade, partly forecast); FIEO's $480 billion FY27 aim (target); '17' of '30 key sectors' recorded "
        "growth (conditional count, not trading partners or enterprises).",
    ],
    "facts": [
        fact("India", "balance", "value", -24.2e9, "USD", MAR, "24.2 billion", LEAD),
        fact("India", "balance", "value", -27.1e9, "USD", FEB, "27.1 billion", LEAD),
        fact("India", "exports", "growth", 3, "percent", MAR, "3", EXP),
        fact("India", "exports", "value", 43.2e9, "USD", MAR, "43.2 billion", EXP),
        fact("India", "imports", "growth", 6.1, "percent", MAR, "6.1", IMP),
        fact("India", "imports", "value", 67.4e9, "USD", MAR, "67.4 billion", IMP),
        fact("India", "balance", "value", -2.2143e12, "INR", MAR, "2,21,430 crore", INR),
        fact("India", "exports", "value", 3.95e12, "INR", MAR, "3.95 trillion", INR),
        fact("India", "imports", "value", 6.17e12, "INR", MAR, "6.17 trillion", INR),
        fact("India", "exports", "growth", 1.9, "percent", FY26, "1.9", FY_EXP),
        fact("India", "exports", "value", 445.8e9, "USD", FY26, "445.8 billion", FY_EXP),
        fact("India", "imports", "growth", 8.2, "percent", FY26, "8.2", FY_IMP),
        fact("India", "imports", "value", 779.1e9, "USD", FY26, "779.1 billion", FY_IMP),
        fact("India", "balance", "value", -333.3e9, "USD", FY26, "333.3 billion", FY_BAL),
        fact("India", "exports", "value", 863.4e9, "USD", FY26, "863.4 billion", OVERALL,
             product="goods and services"),
        fact("India", "imports", "growth", 29.8, "percent", MAR, "29.8", GOLD, product="gold"),
        fact("India", "imports", "value", 5.8e9, "USD", MAR, "5.8 billion", GOLD, product="gold"),
        fact("India", "imports", "value", 61.2e9, "USD", FY26, "61.2 billion", GOLD_FY, product="gold"),
        fact("India", "imports", "growth", -6.2, "percent", MAR, "6.2", OIL, product="crude oil"),
        fact("India", "imports", "value", 15.6e9, "USD", MAR, "15.6 billion", OIL, product="crude oil"),
        fact("India", "exports", "growth", 38.5, "percent", MAR, "38.5", ELEC, product="electronic goods"),
        fact("India", "exports", "value", 5.4e9, "USD", MAR, "5.4 billion", ELEC, product="electronic goods"),
        fact("India", "exports", "growth", 30.1, "percent", FY26, "30.1", ELEC_FY, product="electronic goods"),
        fact("India", "exports", "value", 50.2e9, "USD", FY26, "50.2 billion", ELEC_FY, product="electronic goods"),
        fact("India", "exports", "rank", 3, "number", FY26, "third-largest", ELEC_RANK, product="electronic goods"),
        fact("India", "exports", "growth", 1.6, "percent", MAR, "1.6", US, partner="United States"),
        fact("India", "exports", "value", 10.3e9, "USD", MAR, "10.3 billion", US, partner="United States"),
        fact("India", "exports", "rank", 1, "number", FY26, "largest", US_FY, partner="United States"),
        fact("India", "exports", "value", 91.3e9, "USD", FY26, "91.3 billion", US_FY, partner="United States"),
        fact("India", "balance", "value", -113.6e9, "USD", FY26, "113.6 billion", CHINA, partner="China"),
    ],
}

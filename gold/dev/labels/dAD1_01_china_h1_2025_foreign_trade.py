from _fact import fact, period

H1 = period(2025, 1, 6)
Q2 = period(2025, 4, 6)
JUN = period(2025, 6)

LEAD = "China's goods trade in the first half of 2025 totaled 21.79 trillion yuan ($3.04 trillion), an increase of 2.9 percent year-on-year"
EXP = "Exports climbed 7.2 percent, reaching 13 trillion yuan"
IMP = "imports fell 2.7 percent to 8.79 trillion yuan"
Q2_EV = "In the second quarter, imports and exports grew 4.5 percent"
JUNE = "June's trade alone amounted to 3.85 trillion yuan, 5.2 percent higher than a year earlier"
PRIV = "Their imports and exports rose 7.3 percent in the half-year to 12.48 trillion yuan, equal to 57.3 percent of the nation's trade"
FIRMS = "For the first time, more than 600,000 companies recorded import or export activity, with the count reaching 628,000"
ASEAN_RANK = "ASEAN was again China's largest trading partner"
ASEAN = "trade between the two sides went up 9.4 percent to 3.67 trillion yuan, 16.8 percent of the total"
EU_RANK = "The European Union came second"
EU = "trade with the bloc increased 3.5 percent to 2.83 trillion yuan"
US = "trade with the United States, China's third-largest partner, declined 9.3 percent to 2.09 trillion yuan"
BRI = "Belt and Road partner countries accounted for 51.8 percent of the total, as trade with them grew 4.7 percent to 11.29 trillion yuan"
ME = "Shipments abroad of mechanical and electrical products increased 9.5 percent to 7.8 trillion yuan, or 60 percent of total exports"

ARTICLE = {
    "id": "dAD1_01_china_h1_2025_foreign_trade",
    "title": "Steady H1 growth for China's trade as exports set half-year record",
    "publisher": "China Daily",
    "published": "2025-07-15",
    "notes": [
        "publisher: the outlet whose story this is (China Daily); the body carries no dateline naming it, as in that outlet's usual copy.",
        "Published in China Daily on Tuesday 2025-07-15 about the GAC news conference of Monday 2025-07-14; every figure is H1 2025 unless the text says otherwise.",
        "'($3.04 trillion)' after the yuan total: a separate USD fact, qualifier approx (a conversion).",
        "'imports and exports grew 4.5 percent' in the second quarter: period 2025-04..2025-06, basis yoy (no cue for quarter-on-quarter; the comparison is with the same quarter a year earlier).",
        "'quicker than in the first three months of the year': no number, nothing to label.",
        "'June's trade alone amounted to 3.85 trillion yuan, 5.2 percent higher': June's trade = imports and exports, flow total, period 2025-06.",
        "Private firms: segment 'private enterprises'; 'Their imports and exports' = total flow.",
        "'For the first time, more than 600,000 companies ... with the count reaching 628,000': threshold plus exact figure for the same observation; only 628,000 is labelled (count, segment 'foreign trade enterprises').",
        "ASEAN 'largest trading partner' -> rank 1; EU 'came second' -> rank 2; US 'third-largest partner' -> rank 3; all flow total, H1 2025.",
        "'trade with the bloc' refers back to the European Union.",
        "Belt and Road: partner 'Belt and Road partner countries'.",
        "Out of scope, unlabelled: 'more than 600 billion yuan larger' (an absolute change derived from two totals, not a stated flow); 'topped 10 trillion yuan for nine straight quarters' (threshold streak); '2.3 percentage points above' (percentage-point comparison); '1.6 percentage points' contribution of high-tech products; the CAITEC economist's 'around 3 percent over the full year' (forecast); 'first half'/'nine straight quarters'/'first time' (not figures); the IMF projection (no number, forecast).",
    ],
    "facts": [
        fact("China", "total", "growth", 2.9, "percent", H1, "2.9", LEAD),
        fact("China", "total", "value", 21.79e12, "CNY", H1, "21.79 trillion", LEAD),
        fact("China", "total", "value", 3.04e12, "USD", H1, "3.04 trillion", LEAD, qualifier="approx"),
        fact("China", "exports", "growth", 7.2, "percent", H1, "7.2", EXP),
        fact("China", "exports", "value", 13e12, "CNY", H1, "13 trillion", EXP),
        fact("China", "imports", "growth", -2.7, "percent", H1, "2.7", IMP),
        fact("China", "imports", "value", 8.79e12, "CNY", H1, "8.79 trillion", IMP),
        fact("China", "total", "growth", 4.5, "percent", Q2, "4.5", Q2_EV),
        fact("China", "total", "value", 3.85e12, "CNY", JUN, "3.85 trillion", JUNE),
        fact("China", "total", "growth", 5.2, "percent", JUN, "5.2", JUNE),
        fact("China", "total", "growth", 7.3, "percent", H1, "7.3", PRIV, segment="private enterprises"),
        fact("China", "total", "value", 12.48e12, "CNY", H1, "12.48 trillion", PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57.3, "percent", H1, "57.3", PRIV, segment="private enterprises"),
        fact("China", "total", "count", 628000, "number", H1, "628,000", FIRMS, segment="foreign trade enterprises"),
        fact("China", "total", "rank", 1, "number", H1, "largest", ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 9.4, "percent", H1, "9.4", ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 3.67e12, "CNY", H1, "3.67 trillion", ASEAN, partner="ASEAN"),
        fact("China", "total", "share", 16.8, "percent", H1, "16.8", ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", H1, "second", EU_RANK, partner="European Union"),
        fact("China", "total", "growth", 3.5, "percent", H1, "3.5", EU, partner="European Union"),
        fact("China", "total", "value", 2.83e12, "CNY", H1, "2.83 trillion", EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", H1, "third-largest", US, partner="United States"),
        fact("China", "total", "growth", -9.3, "percent", H1, "9.3", US, partner="United States"),
        fact("China", "total", "value", 2.09e12, "CNY", H1, "2.09 trillion", US, partner="United States"),
        fact("China", "total", "value", 11.29e12, "CNY", H1, "11.29 trillion", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "growth", 4.7, "percent", H1, "4.7", BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "share", 51.8, "percent", H1, "51.8", BRI, partner="Belt and Road partner countries"),
        fact("China", "exports", "growth", 9.5, "percent", H1, "9.5", ME, product="mechanical and electrical products"),
        fact("China", "exports", "value", 7.8e12, "CNY", H1, "7.8 trillion", ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 60, "percent", H1, "60", ME, product="mechanical and electrical products"),
    ],
}

from _fact import fact, period

JAN_OCT = period(2025, 1, 10)      # "the first 10 months of 2025"
OCT = period(2025, 10)             # "in October" / "last month" (published 2025-11-07)

LEAD_RANK = "the 10-member bloc holding on to its spot as China's largest trading partner"
TOTAL = "In the first 10 months of 2025, China-ASEAN trade totaled 6.18 trillion yuan (about $866.8 billion), a year-on-year increase of 9.1 percent"
SHARE = "The bloc took up 16.6 percent of China's overall foreign trade during the period."
EXP = "China's exports to ASEAN came to 3.76 trillion yuan, up 14.1 percent"
IMP = "imports from the region inched up 1.8 percent to 2.42 trillion yuan"
BAL = "That left China with a surplus of 1.34 trillion yuan in its dealings with the bloc."
RANKS = "The European Union and the US were China's second- and third-largest trading partners, respectively."
US = "Trade with the US, however, sank 15.9 percent over the 10 months"
OCT_YOY = "Trade with ASEAN rose 11.7 percent from a year earlier to 640.5 billion yuan last month"
OCT_MOM = "although the figure was 4.3 percent lower than in September"
VN = "China's trade with Vietnam jumped 17.2 percent to 1.63 trillion yuan"
MY_ID = ("trade with Malaysia and Indonesia reached 904.6 billion yuan and 787.3 billion yuan, "
         "up 4.3 percent and 5.9 percent, respectively")
MEP = ("Shipments of mechanical and electrical products to the bloc amounted to 2.05 trillion yuan, up 16.3 percent, "
       "making up 54.5 percent of China's exports to ASEAN")
IC = "Imports of integrated circuits from the region climbed 10.8 percent to 452.7 billion yuan"
FRUIT = "China bought 71.4 billion yuan worth of fresh and dried fruit from ASEAN in the period"
DURIAN = "durian alone made up 53.2 percent of that bill"

ARTICLE = {
    "id": "dAK1_01_china_asean_trade_jan_oct_2025",
    "title": "China-ASEAN trade climbs 9.1% in first 10 months as regional supply chains deepen",
    "publisher": "Global Times",
    "published": "2025-11-07",
    "notes": [
        "Running period is January-October 2025 ('the first 10 months of 2025'); 'during the period', 'the 10 months' and 'in the period' carry it.",
        "'Last month' / 'in October' is October 2025 (published 2025-11-07); 'The figure was 4.3 percent lower than in September' is month-on-month growth of October trade with ASEAN (basis mom, value -4.3); September is the comparison base, not the period.",
        "ASEAN rank 1 comes from the lead ('China's largest trading partner'), which states no period; the article's running period January-October applies.",
        "'the 10-member bloc' is the bloc's membership, not a count of trading partners: out of scope.",
        "'second- and third-largest trading partners, respectively' gives rank 2 for the European Union and rank 3 for the United States (value_text 'second', 'third').",
        "'Vietnam led the way' among members has no ordinal number and is a rank within ASEAN only: no rank fact.",
        "The surplus of 1.34 trillion yuan is China's balance with ASEAN (positive).",
        "Mechanical and electrical products: exports to ASEAN value, growth and share (54.5% of China's exports to ASEAN).",
        "'Imports of integrated circuits from the region' and 'the chips': product integrated circuits, partner ASEAN.",
        "Durian share 53.2% is durian's share of China's fruit imports from ASEAN: product durian, partner ASEAN, flow imports, measure share.",
        "Fruit imports product named as the text does: 'fresh and dried fruit'.",
        "Out of scope: Washington's tariffs since February; 'more than 90 percent of tariff lines' (tariff coverage, not a trade flow); fentanyl levy 10%/20%; dates (October 28, January 2022, November 10); Chen's forecast that trade will 'top $1 trillion' for the full year (forecast); yuan at 7.12 per dollar (exchange rate); anti-dumping probes.",
        "The USD figure '(about $866.8 billion)' is the same observation in another currency: a separate USD fact with qualifier approx.",
    ],
    "facts": [
        fact("China", "total", "rank", 1, "number", JAN_OCT, "largest", LEAD_RANK, partner="ASEAN"),
        fact("China", "total", "value", 6.18e12, "CNY", JAN_OCT, "6.18 trillion", TOTAL, partner="ASEAN"),
        fact("China", "total", "value", 866.8e9, "USD", JAN_OCT, "866.8 billion", TOTAL, partner="ASEAN", qualifier="approx"),
        fact("China", "total", "growth", 9.1, "percent", JAN_OCT, "9.1", TOTAL, partner="ASEAN"),
        fact("China", "total", "share", 16.6, "percent", JAN_OCT, "16.6", SHARE, partner="ASEAN"),
        fact("China", "exports", "value", 3.76e12, "CNY", JAN_OCT, "3.76 trillion", EXP, partner="ASEAN"),
        fact("China", "exports", "growth", 14.1, "percent", JAN_OCT, "14.1", EXP, partner="ASEAN"),
        fact("China", "imports", "growth", 1.8, "percent", JAN_OCT, "1.8", IMP, partner="ASEAN"),
        fact("China", "imports", "value", 2.42e12, "CNY", JAN_OCT, "2.42 trillion", IMP, partner="ASEAN"),
        fact("China", "balance", "value", 1.34e12, "CNY", JAN_OCT, "1.34 trillion", BAL, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", JAN_OCT, "second", RANKS, partner="European Union"),
        fact("China", "total", "rank", 3, "number", JAN_OCT, "third", RANKS, partner="United States"),
        fact("China", "total", "growth", -15.9, "percent", JAN_OCT, "15.9", US, partner="United States"),
        fact("China", "total", "growth", 11.7, "percent", OCT, "11.7", OCT_YOY, partner="ASEAN"),
        fact("China", "total", "value", 640.5e9, "CNY", OCT, "640.5 billion", OCT_YOY, partner="ASEAN"),
        fact("China", "total", "growth", -4.3, "percent", OCT, "4.3", OCT_MOM, partner="ASEAN", basis="mom"),
        fact("China", "total", "growth", 17.2, "percent", JAN_OCT, "17.2", VN, partner="Vietnam"),
        fact("China", "total", "value", 1.63e12, "CNY", JAN_OCT, "1.63 trillion", VN, partner="Vietnam"),
        fact("China", "total", "value", 904.6e9, "CNY", JAN_OCT, "904.6 billion", MY_ID, partner="Malaysia"),
        fact("China", "total", "value", 787.3e9, "CNY", JAN_OCT, "787.3 billion", MY_ID, partner="Indonesia"),
        fact("China", "total", "growth", 4.3, "percent", JAN_OCT, "4.3", MY_ID, partner="Malaysia"),
        fact("China", "total", "growth", 5.9, "percent", JAN_OCT, "5.9", MY_ID, partner="Indonesia"),
        fact("China", "exports", "value", 2.05e12, "CNY", JAN_OCT, "2.05 trillion", MEP, partner="ASEAN",
             product="mechanical and electrical products"),
        fact("China", "exports", "growth", 16.3, "percent", JAN_OCT, "16.3", MEP, partner="ASEAN",
             product="mechanical and electrical products"),
        fact("China", "exports", "share", 54.5, "percent", JAN_OCT, "54.5", MEP, partner="ASEAN",
             product="mechanical and electrical products"),
        fact("China", "imports", "growth", 10.8, "percent", JAN_OCT, "10.8", IC, partner="ASEAN",
             product="integrated circuits"),
        fact("China", "imports", "value", 452.7e9, "CNY", JAN_OCT, "452.7 billion", IC, partner="ASEAN",
             product="integrated circuits"),
        fact("China", "imports", "value", 71.4e9, "CNY", JAN_OCT, "71.4 billion", FRUIT, partner="ASEAN",
             product="fresh and dried fruit"),
        fact("China", "imports", "share", 53.2, "percent", JAN_OCT, "53.2", DURIAN, partner="ASEAN", product="durian"),
    ],
}

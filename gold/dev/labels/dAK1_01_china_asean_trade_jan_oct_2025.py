from _fact import fact, period

JAN_OCT = period(2025, 1, 10)      # "the first 10 months of 2025"
OCT = period(2025, 10)             # "in October" / "last month" (published 2025-11-07)

LEAD_RANK = "the 10-member grouping stayed China's largest trading partner"
TOTAL = "China-ASEAN trade reached 6.18 trillion yuan (about $866.8 billion) between January and October 2025, up 9.1 percent year on year"
SHARE = "ASEAN's share of China's total foreign trade over that stretch stood at 16.6 percent."
EXP = "exports from China to the bloc made up 3.76 trillion yuan, an increase of 14.1 percent"
IMP = "imports from ASEAN edged 1.8 percent higher to 2.42 trillion yuan"
BAL = "As a result, China ran a 1.34 trillion yuan surplus in trade with the grouping."
RANKS = "Ranked behind ASEAN were the European Union in second place and the US in third."
US = "Over the 10 months, however, China's trade with the US fell 15.9 percent"
OCT_YOY = "Last month, trade with the bloc came to 640.5 billion yuan, 11.7 percent more than a year before"
OCT_MOM = "though that was down 4.3 percent from September"
VN = "its trade with China soaring 17.2 percent to 1.63 trillion yuan"
MY_ID = "Trade with Malaysia came to 904.6 billion yuan and that with Indonesia to 787.3 billion yuan, increases of 4.3 percent and 5.9 percent, respectively"
MEP = "China sold 2.05 trillion yuan of mechanical and electrical products to ASEAN, up 16.3 percent, or 54.5 percent of everything it exported to the bloc"
IC = "Its purchases of integrated circuits from ASEAN rose 10.8 percent to 452.7 billion yuan"
FRUIT = "Over the period China imported 71.4 billion yuan of fresh and dried fruit from the bloc"
DURIAN = "durian accounting for 53.2 percent of the total on its own"

ARTICLE = {
    "id": "dAK1_01_china_asean_trade_jan_oct_2025",
    "title": "China's trade with ASEAN up 9.1% over January-October as regional supply links tighten",
    "publisher": "Global Times",
    "published": "2025-11-07",
    "notes": [
        "Running period is January-October 2025 ('between January and October 2025'); 'over that stretch', 'the 10 months' and 'Over the period' carry it.",
        "'Last month' / 'in October' is October 2025 (published 2025-11-07); 'that was down 4.3 percent from September' is month-on-month growth of October trade with ASEAN (basis mom, value -4.3); September is the comparison base, not the period.",
        "ASEAN rank 1 comes from the lead ('stayed China's largest trading partner'), which states no period; the article's running period January-October applies.",
        "'the 10-member grouping' is the bloc's membership, not a count of trading partners: out of scope.",
        "'Ranked behind ASEAN were the European Union in second place and the US in third' gives rank 2 for the European Union and rank 3 for the United States (value_text 'second', 'third').",
        "'Vietnam was the standout' among the member states has no ordinal number and is a rank within ASEAN only: no rank fact.",
        "The surplus of 1.34 trillion yuan is China's balance with ASEAN (positive).",
        "Mechanical and electrical products: exports to ASEAN value, growth and share (54.5% of China's exports to ASEAN).",
        "'Its purchases of integrated circuits from ASEAN' and 'the chips': product integrated circuits, partner ASEAN.",
        "Durian share 53.2% is durian's share of China's fruit imports from ASEAN: product durian, partner ASEAN, flow imports, measure share.",
        "Fruit imports product named as the text does: 'fresh and dried fruit'.",
        "Out of scope: Washington's tariffs since February; 'over 90 percent of tariff lines' (tariff coverage, not a trade flow); fentanyl levy 10%/20%; dates (October 28, January 2022, November 10); the researcher's forecast that trade would 'exceed $1 trillion' over the full year (forecast); exchange rate of about 7.12 per dollar; anti-dumping probes.",
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

from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)
CRUDE = "crude oil"
E_RU_RANK = "Russia held on as the largest crude oil supplier to the world's biggest oil importer"
E_RU_QTY = "brought 9.14 million metric tons of Russian crude into China last month"
E_RU_GS = "Russia's volume was up 6.4% on a year earlier and accounted for 19.3% of China's crude purchases."
E_SA = "Saudi Arabia ranked second at 7.86 million tons, a 21.4% year-on-year rise"
E_SA_SH = "Saudi barrels accounted for 16.6% of the total."
E_MY = ("Malaysia, which traders describe as a relabelling point mostly for Iranian and Venezuelan oil, supplied 6.03 "
        "million tons, compared with 5.43 million tons in August and 17.8% more than in September 2024.")
E_IQ = "Iraqi supplies totalled 5.17 million tons, down 2.3% from a year ago."
E_TOT = "China's total September crude intake at 47.25 million tons"
E_TOT_CMP = "The figure was 4.5% lower than August's 49.49 million tons, though it exceeded the year-earlier level by 3.9%."
E_VAL = "China paid 167.8 billion yuan ($23.6 billion) for the month's crude."
E_YTD = "January-September crude imports reached 423 million tons, 2.6% more than in the same period of 2024."
E_YTD_SUP = ("Over those nine months Russia delivered 75.6 million tons, a 7.9% drop, which still kept it in front of Saudi "
             "Arabia at 60.1 million tons.")
E_GAS = "Natural gas imports (mln T)    10.48       +1.2"
E_FUEL = "Refined fuel exports (mln T)   5.12        -3.8"

ARTICLE = {
    "id": "dAT1_02_china_crude_imports_sep_2025",
    "title": "Russia stays China's No. 1 crude source in September as total arrivals dip from August",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Dateline 'SINGAPORE/BEIJING, Oct 20 (Reuters)': published 2025-10-20; 'last month' and 'September' are 2025-09; "
        "'January-September' and 'Over those nine months' are 2025-01/2025-09.",
        "All crude figures: area China, flow imports, product 'crude oil' (the text's words: 'crude oil', 'crude'), measure quantity, "
        "unit tonnes ('metric tons' and 'tons' both -> tonnes). Supplier figures carry the supplier as partner.",
        "Barrels per day (2.22 million bpd, 11.5 million bpd) are per-day averages of the same monthly tonnage and the record has "
        "no barrels unit: out (guide: per-day averages cannot be expressed). The 11.8 million bpd is also a forecast: out.",
        "Russia: rank 1 from 'largest crude oil supplier'; evidence for the tonnage runs from the verb to 'Russian crude' (the partner) and 'last month'; 'Russia's volume was up 6.4% on a year earlier' -> yoy growth; 'accounted for 19.3% of China's crude purchases' -> share.",
        "Saudi Arabia: 'ranked second' -> rank 2 (value_text 'second'); 'Saudi barrels accounted for 16.6% of the total' -> share of crude imports.",
        "Malaysia: 'supplied 6.03 million tons, compared with 5.43 million tons in August': September quantity and a separate August "
        "quantity fact (period 2025-08); '17.8% more than in September 2024' is yoy growth for September 2025 (the "
        "comparison base is not the period).",
        "Iraq: 'down 2.3% from a year ago' -> growth -2.3, qualifier exact. '4.5% lower than August's 49.49 million tons': growth -4.5, basis mom (comparison with the month "
        "before), exact; the August total 49.49 million tons is its own fact (period 2025-08).",
        "'exceeded the year-earlier level by 3.9%': yoy growth of September total, exact (a comparative, not a threshold).",
        "'167.8 billion yuan ($23.6 billion)': a CNY fact and a USD fact; the conversion carries no 'about', so qualifier exact.",
        "Year to date: total 423 million tons, +2.6%; Russia -7.9% to 75.6 million tons; Saudi Arabia 60.1 million tons (Jan-Sep). "
        "'still kept it in front of' implies a ranking between the two, but no rank among all suppliers is stated for the period: no YTD rank.",
        "'the customs data showed zero crude from Iran': no number written: not labelled.",
        "Refinery utilisation (81%, 62%), 'their busiest rate of 2025', inventory build 'roughly 100 million barrels' (an estimate, and "
        "stocks, not a trade flow), and analysts' expectations are out.",
        "TABLE: rows carry their own unit '(mln T)', so 10.48 -> 10.48 million tonnes, 5.12 -> 5.12 million tonnes; the y/y column "
        "gives growth (+1.2, -3.8), yoy, September 2025; for the fall the value_text is '-3.8' with its minus sign, since the cell has no verb. Natural gas imports: product 'natural gas'; refined fuel exports: flow exports, "
        "product 'refined fuel'.",
    ],
    "facts": [
        fact("China", "imports", "rank", 1, "number", SEP, "largest", E_RU_RANK, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 9.14e6, "tonnes", SEP, "9.14 million", E_RU_QTY, partner="Russia", product=CRUDE),
        fact("China", "imports", "growth", 6.4, "percent", SEP, "6.4", E_RU_GS, partner="Russia", product=CRUDE),
        fact("China", "imports", "share", 19.3, "percent", SEP, "19.3", E_RU_GS, partner="Russia", product=CRUDE),
        fact("China", "imports", "rank", 2, "number", SEP, "second", E_SA, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 7.86e6, "tonnes", SEP, "7.86 million", E_SA, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "growth", 21.4, "percent", SEP, "21.4", E_SA, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "share", 16.6, "percent", SEP, "16.6", E_SA_SH, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 6.03e6, "tonnes", SEP, "6.03 million", E_MY, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "quantity", 5.43e6, "tonnes", AUG, "5.43 million", E_MY, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "growth", 17.8, "percent", SEP, "17.8", E_MY, partner="Malaysia", product=CRUDE),
        fact("China", "imports", "quantity", 5.17e6, "tonnes", SEP, "5.17 million", E_IQ, partner="Iraq", product=CRUDE),
        fact("China", "imports", "growth", -2.3, "percent", SEP, "2.3", E_IQ, partner="Iraq", product=CRUDE),
        fact("China", "imports", "quantity", 47.25e6, "tonnes", SEP, "47.25 million", E_TOT, product=CRUDE),
        fact("China", "imports", "growth", -4.5, "percent", SEP, "4.5", E_TOT_CMP, product=CRUDE, basis="mom"),
        fact("China", "imports", "quantity", 49.49e6, "tonnes", AUG, "49.49 million", E_TOT_CMP, product=CRUDE),
        fact("China", "imports", "growth", 3.9, "percent", SEP, "3.9", E_TOT_CMP, product=CRUDE),
        fact("China", "imports", "value", 167.8e9, "CNY", SEP, "167.8 billion", E_VAL, product=CRUDE),
        fact("China", "imports", "value", 23.6e9, "USD", SEP, "23.6 billion", E_VAL, product=CRUDE),
        fact("China", "imports", "quantity", 423e6, "tonnes", YTD, "423 million", E_YTD, product=CRUDE),
        fact("China", "imports", "growth", 2.6, "percent", YTD, "2.6", E_YTD, product=CRUDE),
        fact("China", "imports", "growth", -7.9, "percent", YTD, "7.9", E_YTD_SUP, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 75.6e6, "tonnes", YTD, "75.6 million", E_YTD_SUP, partner="Russia", product=CRUDE),
        fact("China", "imports", "quantity", 60.1e6, "tonnes", YTD, "60.1 million", E_YTD_SUP, partner="Saudi Arabia", product=CRUDE),
        fact("China", "imports", "quantity", 10.48e6, "tonnes", SEP, "10.48", E_GAS, product="natural gas"),
        fact("China", "imports", "growth", 1.2, "percent", SEP, "1.2", E_GAS, product="natural gas"),
        fact("China", "exports", "quantity", 5.12e6, "tonnes", SEP, "5.12", E_FUEL, product="refined fuel"),
        fact("China", "exports", "growth", -3.8, "percent", SEP, "-3.8", E_FUEL, product="refined fuel"),
    ],
}

from _fact import fact, period

T = "UK trade deficit narrows in three months to September, but goods gap widens as US exports slump"
Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
UK = "United Kingdom"
XPM = "goods excluding precious metals"
GS = "goods and services"
XP = ("Excluding precious metals, the goods deficit widened by 2.2 billion pounds to 63.1 billion pounds, "
      "as imports rose 1.4% and exports fell 0.9% compared with the three months to June")
MON = ("In September alone, the value of goods exports fell 5.5% on the month to 29.4 billion pounds, "
       "while goods imports decreased 2.0% to 50.1 billion pounds")
EU = ("Compared with August, exports to the EU fell 2.7% to 14.4 billion pounds and imports from the bloc dropped 3.3% to 26.5 billion pounds, "
      "so the goods deficit with EU countries narrowed 6.2% to 12.1 billion pounds")

ARTICLE = {
    "id": "dBA2_06",
    "title": T,
    "publisher": "Reuters",
    "published": "2025-11-13",
    "notes": [
        "Area United Kingdom throughout ('Britain's' in the lead; later sentences name no area).",
        "'three months to September' -> period 2025-07..2025-09; 'compared with the three months to June' is the comparison base and makes the growth qoq; 'Over the same period' carries both the period and the qoq basis to the next paragraph.",
        "Figures 'excluding precious metals' -> product 'goods excluding precious metals' (the goods deficit, the qoq import/export growth, the EU/non-EU three-month growth; 'those to non-EU countries' carries the restriction).",
        "'total goods and services trade deficit' and 'total trade deficit' -> product 'goods and services'; services surplus -> product 'services' (an ONS estimate, labelled exact).",
        "Monthly paragraph: 'on the month' and 'Compared with August' (the month before) -> mom, carried through the paragraph, including 'Imports from them' (subject non-EU countries carried from the previous sentence) and the EU deficit that 'narrowed 6.2%' (growth -6.2, sign from the verb). Monthly goods figures carry no precious-metals wording, so product null.",
        "'were down 11.4% from August' for exports to the US: comparison with the month before -> mom; product null ('precious metals included' is goods as a whole).",
        "The August monthly goods deficit of 20.0 billion pounds (comparison base) is labelled as an August 2025 fact.",
        "'20.7 billion pounds ($27.2 billion)': separate USD fact, qualifier exact (no hedge word).",
        "12 months to September 2025 -> period 2024-10..2025-09.",
        "Not labelled: absolute changes ('narrowed by 1.1 billion pounds', 'widened by 2.2 billion pounds', 'grown by 1.3 billion pounds', 'a 0.5 billion pound decline', 'widened by 7.4 billion pounds'); 'weakest since January 2022' / 'lowest in more than three years' (milestones); the 10% US tariff (tariff rate); GDP growth of 0.1% (GDP); '($1 = 0.7610 pounds)' (exchange rate).",
    ],
    "facts": [
        fact(UK, "balance", "value", -8.8e9, "GBP", Q3, "8.8 billion",
             "The total goods and services trade deficit narrowed by 1.1 billion pounds to 8.8 billion pounds over the quarter",
             product=GS),
        fact(UK, "balance", "value", -63.1e9, "GBP", Q3, "63.1 billion", XP, product=XPM),
        fact(UK, "imports", "growth", 1.4, "percent", Q3, "1.4", XP, product=XPM, basis="qoq"),
        fact(UK, "exports", "growth", -0.9, "percent", Q3, "0.9", XP, product=XPM, basis="qoq"),
        fact(UK, "balance", "value", 50.2e9, "GBP", Q3, "50.2 billion",
             "The services surplus was estimated to have grown by 1.3 billion pounds to 50.2 billion pounds", product="services"),
        fact(UK, "exports", "growth", 1.2, "percent", Q3, "1.2",
             "Over the same period, goods exports to the European Union excluding precious metals edged up 1.2%",
             partner="European Union", product=XPM, basis="qoq"),
        fact(UK, "exports", "growth", -2.8, "percent", Q3, "2.8",
             "while those to non-EU countries fell 2.8%", partner="non-EU countries", product=XPM, basis="qoq"),
        fact(UK, "imports", "growth", 2.6, "percent", Q3, "2.6",
             "Imports of goods from non-EU countries, also excluding precious metals, rose 2.6%",
             partner="non-EU countries", product=XPM, basis="qoq"),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5", MON, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "29.4 billion", MON),
        fact(UK, "imports", "growth", -2.0, "percent", SEP, "2.0", MON, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "50.1 billion", MON),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "20.7 billion",
             "That left a monthly goods deficit of 20.7 billion pounds ($27.2 billion)"),
        fact(UK, "balance", "value", -27.2e9, "USD", SEP, "27.2 billion",
             "That left a monthly goods deficit of 20.7 billion pounds ($27.2 billion)"),
        fact(UK, "balance", "value", -20.0e9, "GBP", period(2025, 8), "20.0 billion",
             "That left a monthly goods deficit of 20.7 billion pounds ($27.2 billion), wider than the 20.0 billion pounds recorded in August"),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7", EU, partner="European Union", basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "14.4 billion", EU, partner="European Union"),
        fact(UK, "imports", "growth", -3.3, "percent", SEP, "3.3", EU, partner="European Union", basis="mom"),
        fact(UK, "imports", "value", 26.5e9, "GBP", SEP, "26.5 billion", EU, partner="European Union"),
        fact(UK, "balance", "growth", -6.2, "percent", SEP, "6.2",
             "so the goods deficit with EU countries narrowed 6.2% to 12.1 billion pounds", partner="European Union", basis="mom"),
        fact(UK, "balance", "value", -12.1e9, "GBP", SEP, "12.1 billion",
             "so the goods deficit with EU countries narrowed 6.2% to 12.1 billion pounds", partner="European Union"),
        fact(UK, "exports", "growth", -8.0, "percent", SEP, "8.0",
             "Exports to non-EU countries slid 8.0% to 15.0 billion pounds", partner="non-EU countries", basis="mom"),
        fact(UK, "exports", "value", 15.0e9, "GBP", SEP, "15.0 billion",
             "Exports to non-EU countries slid 8.0% to 15.0 billion pounds", partner="non-EU countries"),
        fact(UK, "imports", "growth", -0.5, "percent", SEP, "0.5",
             "Imports from them slipped 0.5% to 23.6 billion pounds", partner="non-EU countries", basis="mom"),
        fact(UK, "imports", "value", 23.6e9, "GBP", SEP, "23.6 billion",
             "Imports from them slipped 0.5% to 23.6 billion pounds", partner="non-EU countries"),
        fact(UK, "balance", "value", -8.6e9, "GBP", SEP, "8.6 billion",
             "Imports from them slipped 0.5% to 23.6 billion pounds, leaving a deficit of 8.6 billion pounds", partner="non-EU countries"),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4",
             "Shipments of goods to the United States, precious metals included, were down 11.4% from August",
             partner="United States", basis="mom"),
        fact(UK, "balance", "value", -37.6e9, "GBP", {"start": "2024-10", "end": "2025-09"}, "37.6 billion",
             "Over the 12 months to September 2025, the total trade deficit widened by 7.4 billion pounds to 37.6 billion pounds",
             product=GS),
    ],
}

from _fact import fact, period

SEP = period(2025, 9)              # September 2025
AUG = period(2025, 8)              # August 2025
SEP24 = period(2024, 9)            # September 2024
JAN_SEP = period(2025, 1, 9)       # first nine months of 2025

EXP = "exports from Europe's largest economy rose to €131.1 billion, 1.4% more than in August"
EXP_YOY = "Exports were 2.0% higher than in September 2024"
IMP = "Foreign purchases increased 3.1% on the month to €115.9 billion, a level 4.8% above that of a year earlier"
BAL = "the trade surplus shrank to €15.3 billion ($17.7 billion) from €16.9 billion in August"
BAL24 = "The September 2024 surplus was €18.0 billion"
US_RANK = "The United States, which remains Germany's biggest customer, bought €12.2 billion of its goods in September"
US_MOM = "That represented an 11.9% rise from August"
US_YOY = "Exports across the Atlantic were still 14.0% lower than in September 2024"
CN_EXP = "Exports to the People's Republic came to €6.5 billion, down 2.2% from August"
RESP = "On a monthly basis, German imports from the United States and China increased by 9.0% and 6.1%, respectively"
CN_IMP = "Goods imported from China were worth €13.6 billion"
EU_EXP = "Germany's shipments to other EU members were worth €74.3 billion, 2.5% more than in August"
EU_IMP = "it imported €59.3 billion from them, up 1.2%"
EA = "Countries that use the euro took €51.4 billion of those exports, a 1.4% increase"
NONEU_EXP = "Sales to countries outside the EU were flat at €56.8 billion"
NONEU_IMP = "the so-called third countries shipped €56.6 billion of goods to Germany, 5.2% more than in August"
YTD = "Without adjustment, January-to-September exports totaled roughly €1.17 trillion"

ARTICLE = {
    "id": "dAK2_04_germany_trade_sep_2025",
    "title": "Stronger US demand helps German exports top expectations",
    "publisher": "DW",
    "published": "2025-11-07",
    "notes": [
        "Publisher: DW is named in the text ('told DW'); the body has no dateline, so the date is that of the Destatis release (Friday 7 November 2025), which the text calls 'Friday'.",
        "All monthly figures are calendar and seasonally adjusted; the record has no field for adjustment, so none is recorded.",
        "Basis: 'than in August', 'from August', 'on the month', 'On a monthly basis' are mom; 'than in September 2024', 'a year earlier', 'lower than in September 2024' are yoy.",
        "EU paragraph: the 'than in August' comparison of its first figure carries to the EU import growth (1.2%) and the euro-area export growth (1.4%), so both are mom.",
        "Euro-area exports: 'Countries that use the euro' -> partner 'Euro area'; non-EU: 'countries outside the EU' / 'so-called third countries' -> partner 'non-EU countries'.",
        "'were flat' for non-EU exports gives no number: only the value is labelled, no growth of 0.",
        "'which remains Germany's biggest customer' -> rank 1 of exports to the United States, period September 2025 (the article's running period).",
        "'$17.7 billion' is the surplus converted into dollars: a separate USD fact; no hedge word, so exact.",
        "Surpluses for August 2025 (16.9 bn) and September 2024 (18.0 bn) are stated values of the balance for those months: labelled with their own periods.",
        "The 11.9% US growth sentence does not name the partner ('That represented...'); the partner is carried from the previous sentence. Evidence is the clause that states the number.",
        "'roughly €1.17 trillion' for January-September unadjusted exports -> approx; 'about the same as' gives no number.",
        "Out of scope: the Reuters poll forecast (0.5%), the US tariff rate (15%, twice), 'five monthly declines in a row' (streak), GDP forecasts (0.2%, around 1%), industrial production (1.3%) and orders (1.1%), the exchange rate ($1.15), years (2024, 2026).",
        "The economist and her firm are fictional.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 1.4, "percent", SEP, "1.4", EXP, basis="mom"),
        fact("Germany", "exports", "value", 131.1e9, "EUR", SEP, "131.1 billion", EXP),
        fact("Germany", "exports", "growth", 2.0, "percent", SEP, "2.0", EXP_YOY),
        fact("Germany", "imports", "growth", 3.1, "percent", SEP, "3.1", IMP, basis="mom"),
        fact("Germany", "imports", "value", 115.9e9, "EUR", SEP, "115.9 billion", IMP),
        fact("Germany", "imports", "growth", 4.8, "percent", SEP, "4.8", IMP),
        fact("Germany", "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion", BAL),
        fact("Germany", "balance", "value", 17.7e9, "USD", SEP, "17.7 billion", BAL),
        fact("Germany", "balance", "value", 16.9e9, "EUR", AUG, "16.9 billion", BAL),
        fact("Germany", "balance", "value", 18.0e9, "EUR", SEP24, "18.0 billion", BAL24),
        fact("Germany", "exports", "rank", 1, "number", SEP, "biggest", US_RANK, partner="United States"),
        fact("Germany", "exports", "value", 12.2e9, "EUR", SEP, "12.2 billion", US_RANK, partner="United States"),
        fact("Germany", "exports", "growth", 11.9, "percent", SEP, "11.9", US_MOM, partner="United States", basis="mom"),
        fact("Germany", "exports", "growth", -14.0, "percent", SEP, "14.0", US_YOY, partner="United States"),
        fact("Germany", "exports", "growth", -2.2, "percent", SEP, "2.2", CN_EXP, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.5e9, "EUR", SEP, "6.5 billion", CN_EXP, partner="China"),
        fact("Germany", "imports", "growth", 9.0, "percent", SEP, "9.0", RESP, partner="United States", basis="mom"),
        fact("Germany", "imports", "growth", 6.1, "percent", SEP, "6.1", RESP, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.6e9, "EUR", SEP, "13.6 billion", CN_IMP, partner="China"),
        fact("Germany", "exports", "growth", 2.5, "percent", SEP, "2.5", EU_EXP, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 74.3e9, "EUR", SEP, "74.3 billion", EU_EXP, partner="European Union"),
        fact("Germany", "imports", "value", 59.3e9, "EUR", SEP, "59.3 billion", EU_IMP, partner="European Union"),
        fact("Germany", "imports", "growth", 1.2, "percent", SEP, "1.2", EU_IMP, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 51.4e9, "EUR", SEP, "51.4 billion", EA, partner="Euro area"),
        fact("Germany", "exports", "growth", 1.4, "percent", SEP, "1.4", EA, partner="Euro area", basis="mom"),
        fact("Germany", "exports", "value", 56.8e9, "EUR", SEP, "56.8 billion", NONEU_EXP, partner="non-EU countries"),
        fact("Germany", "imports", "growth", 5.2, "percent", SEP, "5.2", NONEU_IMP, partner="non-EU countries", basis="mom"),
        fact("Germany", "imports", "value", 56.6e9, "EUR", SEP, "56.6 billion", NONEU_IMP, partner="non-EU countries"),
        fact("Germany", "exports", "value", 1.17e12, "EUR", JAN_SEP, "1.17 trillion", YTD, qualifier="approx"),
    ],
}

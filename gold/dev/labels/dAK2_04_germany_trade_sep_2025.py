from _fact import fact, period

SEP = period(2025, 9)              # September 2025
AUG = period(2025, 8)              # August 2025
SEP24 = period(2024, 9)            # September 2024
JAN_SEP = period(2025, 1, 9)       # first nine months of 2025

EXP = "exports from Europe's largest economy climbed 1.4% from August to €131.1 billion"
EXP_YOY = "Compared with September 2024, exports were up 2.0%"
IMP = "Purchases from abroad rose 3.1% on the month to €115.9 billion and stood 4.8% above their level a year earlier"
BAL = "the trade surplus narrowed to €15.3 billion ($17.7 billion), down from €16.9 billion in August"
BAL24 = "In September last year the surplus had reached €18.0 billion"
US_RANK = "The United States, still the biggest buyer of German goods, took products worth €12.2 billion in September"
US_MOM = "That was 11.9% more than in the previous month"
US_YOY = "Shipments across the Atlantic remained 14.0% below their level of September 2024"
CN_EXP = "Sales to the People's Republic slipped 2.2% from August to €6.5 billion"
RESP = "Purchases from the United States and China rose 9.0% and 6.1%, respectively, on the month"
CN_IMP = "with goods from China worth €13.6 billion arriving in Germany"
EU_EXP = "Compared with August, Germany sent 2.5% more goods to other EU member states, worth a total of €74.3 billion"
EU_IMP = "brought in €59.3 billion from them, an increase of 1.2%"
EA = "Of the exports to the bloc, €51.4 billion went to countries that share the euro, up 1.4%"
NONEU_EXP = "Exports to countries outside the EU stagnated at €56.8 billion"
NONEU_IMP = "Imports from these so-called third countries, by contrast, jumped 5.2% on the month to €56.6 billion"
YTD = "Over the first nine months of the year, unadjusted exports came to roughly €1.17 trillion"

ARTICLE = {
    "id": "dAK2_04_germany_trade_sep_2025",
    "title": "German exports beat forecasts as US demand picks up",
    "publisher": "DW",
    "published": "2025-11-07",
    "notes": [
        "Publisher: DW is named in the text ('told DW'); the body has no dateline, so the date is that of the Destatis release (Friday 7 November 2025), which the text calls 'Friday'.",
        "All monthly figures are calendar and seasonally adjusted; the record has no field for adjustment, so none is recorded.",
        "Basis: 'from August', 'on the month', 'than in the previous month', 'Compared with August' are mom; 'Compared with September 2024', 'a year earlier', 'below their level of September 2024' are yoy.",
        "EU paragraph: the 'Compared with August' frame opens the paragraph and carries to the EU import growth (1.2%) and the euro-area export growth (1.4%), so both are mom.",
        "Euro-area exports: 'countries that share the euro' -> partner 'Euro area'; non-EU: 'countries outside the EU' / 'so-called third countries' -> partner 'non-EU countries'.",
        "'stagnated' for non-EU exports gives no number: only the value is labelled, no growth of 0.",
        "'still the biggest buyer of German goods' -> rank 1 of exports to the United States, period September 2025 (the article's running period).",
        "'$17.7 billion' is the surplus converted into dollars: a separate USD fact; no hedge word, so exact.",
        "Surpluses for August 2025 (16.9 bn) and September 2024 (18.0 bn) are stated values of the balance for those months: labelled with their own periods.",
        "The 11.9% US growth sentence does not name the partner ('That was...'); the partner is carried from the previous sentence. Evidence is the clause that states the number.",
        "'roughly €1.17 trillion' for January-September unadjusted exports -> approx; 'little changed' gives no number.",
        "Out of scope: the Reuters poll forecast (0.5%), the US tariff rate (15%, twice), 'five consecutive monthly drops' (streak), GDP forecasts (0.2%, around 1%), industrial production (1.3%) and orders (1.1%), the exchange rate ($1.15), years (2024, 2026).",
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

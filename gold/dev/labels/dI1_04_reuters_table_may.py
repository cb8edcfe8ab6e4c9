from _fact import fact, period

MAY = period(2025, 5)
E_LEAD = "China's exports grew 4.8% in May on a year earlier, while imports dropped 3.4%, for a trade surplus of $103.2 billion"
ROW_EXP = " Exp($b)        58.9      47.3     12.6"
ROW_IMP = " Imp($b)        36.2      23.1     13.4"
ROW_BAL = " Balance        22.7      24.2     -0.8"
ROW_EXPP = " Exp pct        14.2       5.8      3.1"
ROW_IMPP = " Imp pct        -2.1      -3.9     -6.4"
ASEAN, EU, JP = "ASEAN", "European Union", "Japan"

ARTICLE = {
    "id": "dI1_04_reuters_table_may",
    "title": "TABLE-ASEAN, EU and Japan: China's trade with key partners in May",
    "publisher": "Reuters",
    "published": "2025-06-09",
    "notes": [
        "Dateline 'June 9 (Reuters)' has no year: May takes 2025 from the published date.",
        "Table cells carry no scale word: the header '(Levels in $ bln, ...)' gives billions of USD; "
        "each cell's evidence is its whole table row; the column header names the partner.",
        "Pct rows are 'percent changes from a year earlier': growth, yoy; a minus sign in the cell gives the fall.",
        "Japan balance -0.8: a deficit, negative (the main point 'a slight deficit' with Japan restates it).",
        "'median forecast ... 5.0%': forecast, out. 'second consecutive month': streak, out. Yuan rate 7.19: out.",
        "Main points restate table observations without numbers: nothing extra labelled.",
    ],
    "facts": [
        fact("China", "exports", "growth", 4.8, "percent", MAY, "4.8", E_LEAD),
        fact("China", "imports", "growth", -3.4, "percent", MAY, "3.4", E_LEAD),
        fact("China", "balance", "value", 103.2e9, "USD", MAY, "103.2 billion", E_LEAD),
        fact("China", "exports", "value", 58.9e9, "USD", MAY, "58.9", ROW_EXP, partner=ASEAN),
        fact("China", "exports", "value", 47.3e9, "USD", MAY, "47.3", ROW_EXP, partner=EU),
        fact("China", "exports", "value", 12.6e9, "USD", MAY, "12.6", ROW_EXP, partner=JP),
        fact("China", "imports", "value", 36.2e9, "USD", MAY, "36.2", ROW_IMP, partner=ASEAN),
        fact("China", "imports", "value", 23.1e9, "USD", MAY, "23.1", ROW_IMP, partner=EU),
        fact("China", "imports", "value", 13.4e9, "USD", MAY, "13.4", ROW_IMP, partner=JP),
        fact("China", "balance", "value", 22.7e9, "USD", MAY, "22.7", ROW_BAL, partner=ASEAN),
        fact("China", "balance", "value", 24.2e9, "USD", MAY, "24.2", ROW_BAL, partner=EU),
        fact("China", "balance", "value", -0.8e9, "USD", MAY, "-0.8", ROW_BAL, partner=JP),
        fact("China", "exports", "growth", 14.2, "percent", MAY, "14.2", ROW_EXPP, partner=ASEAN),
        fact("China", "exports", "growth", 5.8, "percent", MAY, "5.8", ROW_EXPP, partner=EU),
        fact("China", "exports", "growth", 3.1, "percent", MAY, "3.1", ROW_EXPP, partner=JP),
        fact("China", "imports", "growth", -2.1, "percent", MAY, "-2.1", ROW_IMPP, partner=ASEAN),
        fact("China", "imports", "growth", -3.9, "percent", MAY, "-3.9", ROW_IMPP, partner=EU),
        fact("China", "imports", "growth", -6.4, "percent", MAY, "-6.4", ROW_IMPP, partner=JP),
    ],
}

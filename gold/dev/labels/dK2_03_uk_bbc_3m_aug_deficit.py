from _fact import fact, period

UK = "United Kingdom"
Q = period(2023, 6, 8)  # the three months to August
TOTAL_EX = "goods and services excluding precious metals"
E_NONEU = "goods imports from countries outside the EU increased by £3.1bn, or 4.3%, to £75.2bn"
E_EUIMP = "Imports sourced from the EU fell 0.8% to £72.9bn"
E_EUEXP = "goods sold to the EU rose 1.2% to £48.6bn"
E_ROW = "exports to the rest of the world declined 2.5% to £46.3bn"
E_SVC = "Exports of services were up 1.9% at £119.6bn"
E_MONTH = "Looking at August on its own, the gap excluding precious metals shrank to £2.9bn, from £3.4bn in July"

ARTICLE = {
    "id": "dK2_03_uk_bbc_3m_aug_deficit",
    "title": "Rising non-EU imports push UK trade gap wider",
    "publisher": "BBC News",
    "published": "2023-10-12",
    "notes": [
        "Publisher from the byline 'Business reporter, BBC News'. Published date from metadata only; the text gives no year: 'the three months to August' is June-August 2023.",
        "Precious metals: the headline total is given both excluding (£9.4bn) and including (£12.6bn) precious metals; both labelled, told apart by product: 'goods and services excluding precious metals' vs 'goods and services'.",
        "The goods deficit is stated 'With precious metals once more excluded': product 'goods excluding precious metals'. The August/July monthly deficits say 'excluding precious metals' and the 12-month deficit is 'on the same basis': product 'goods and services excluding precious metals'.",
        "EU/non-EU goods imports and exports do not mention precious metals: product null (goods, the default).",
        "Rates compared 'Against the preceding three months' (a rolling three-month period against the one before): basis qoq; the paragraph frame carries to the EU import rate and to the export paragraph.",
        "'exports to the rest of the world' in a sentence contrasted with 'to the EU' -> partner 'non-EU countries'.",
        "12 months to August -> period 2022-09 to 2023-08.",
        "Absolute changes ('grew by £2.1bn', 'increased by £3.1bn', '£30.2bn smaller'): derived comparisons, out.",
        "GDP growth (0.2%, -0.6%): out.",
    ],
    "facts": [
        fact(UK, "balance", "value", -9.4e9, "GBP", Q, "9.4bn",
             "Leaving out precious metals, the overall trade deficit grew by £2.1bn to £9.4bn in the three months to August",
             product=TOTAL_EX),
        fact(UK, "balance", "value", -12.6e9, "GBP", Q, "12.6bn",
             "Once precious metals are counted, the deficit was even larger, at £12.6bn", product="goods and services"),
        fact(UK, "balance", "value", -53.2e9, "GBP", Q, "53.2bn",
             "With precious metals once more excluded, the deficit on trade in goods rose to £53.2bn",
             product="goods excluding precious metals"),
        fact(UK, "balance", "value", 43.8e9, "GBP", Q, "43.8bn",
             "services - long a strength for the UK - produced a surplus that inched up to £43.8bn",
             product="services"),
        fact(UK, "imports", "value", 75.2e9, "GBP", Q, "75.2bn", E_NONEU, partner="non-EU countries"),
        fact(UK, "imports", "growth", 4.3, "percent", Q, "4.3", E_NONEU, partner="non-EU countries", basis="qoq"),
        fact(UK, "imports", "value", 72.9e9, "GBP", Q, "72.9bn", E_EUIMP, partner="European Union"),
        fact(UK, "imports", "growth", -0.8, "percent", Q, "0.8", E_EUIMP, partner="European Union", basis="qoq"),
        fact(UK, "exports", "value", 48.6e9, "GBP", Q, "48.6bn", E_EUEXP, partner="European Union"),
        fact(UK, "exports", "growth", 1.2, "percent", Q, "1.2", E_EUEXP, partner="European Union", basis="qoq"),
        fact(UK, "exports", "value", 46.3e9, "GBP", Q, "46.3bn", E_ROW, partner="non-EU countries"),
        fact(UK, "exports", "growth", -2.5, "percent", Q, "2.5", E_ROW, partner="non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 119.6e9, "GBP", Q, "119.6bn", E_SVC, product="services"),
        fact(UK, "exports", "growth", 1.9, "percent", Q, "1.9", E_SVC, product="services", basis="qoq"),
        fact(UK, "balance", "value", -2.9e9, "GBP", period(2023, 8), "2.9bn", E_MONTH, product=TOTAL_EX),
        fact(UK, "balance", "value", -3.4e9, "GBP", period(2023, 7), "3.4bn", E_MONTH, product=TOTAL_EX),
        fact(UK, "balance", "value", -43.9e9, "GBP", {"start": "2022-09", "end": "2023-08"}, "43.9bn",
             "Measured on the same basis, the overall deficit for the 12 months to August was £43.9bn", product=TOTAL_EX),
    ],
}

from _fact import fact, period

Q = period(2026, 7, 9)
SEP = period(2026, 9)
Y12 = {"start": "2025-10", "end": "2026-09"}
GS = "goods and services"
E_EU = "Relative to the three months to June, exports of goods to the EU dropped 2.4% to £46.1bn"
E_NEU = "Over the same period, sales to non-EU countries increased 1.1% to £44.9bn"
E_SVC = "Exports of services such as finance, consultancy and legal work increased 0.9% quarter on quarter to £127.4bn."
E_SEP = ("goods exports dropped 1.2% on the month and imports increased 0.6%, "
         "lifting the goods deficit for the month to £21.4bn")
E_REV = "The ONS now puts August's goods deficit at £20.3bn, compared with its first estimate of £19.6bn."

ARTICLE = {
    "id": "dE2_08_uk_guardian_q3_trade",
    "title": "Slide in goods exports to EU widens UK trade deficit",
    "publisher": "The Guardian",
    "published": "2026-11-13",
    "notes": [
        "Publisher from the header line 'The Guardian | Business'. The deck restates the £8.6bn: labelled once, with the body sentence.",
        "'the three months to September 2026' is July-September 2026 (the deck's 'third quarter'); it is the running period of the "
        "quarterly paragraphs. 'the 12 months to September 2026' is 2025-10/2026-09.",
        "Comparisons 'Relative to the three months to June' and 'than in the previous quarter' / 'quarter on quarter' are basis qoq; "
        "'Over the same period, sales to non-EU countries' and 'those to the US slid 5.3%' sit in the same paragraph "
        "and take its quarter-on-quarter frame.",
        "Convention: the total trade balance (goods and services) carries product 'goods and services'; services figures 'services'; "
        "goods-only figures product null.",
        "'grew by £2.7bn' is a change in the balance, not its value or a percent growth: out of scope, like other derived comparisons.",
        "Revision: August's goods deficit now put at £20.3bn, against a first estimate of £19.6bn; both are stated for the same observation "
        "and disagree, so both are labelled.",
        "September's monthly rates ('Taking September by itself') are month-on-month ('on the month'), the imports rate shares that frame.",
        "Out of scope: the £20.5bn economists' forecast, the 10% tariff, GDP 0.1%, 0.3% and -0.2%, Bank Rate 3.5%.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -8.6e9, "GBP", Q, "8.6bn",
             "the overall deficit on goods and services trade grew by £2.7bn to £8.6bn over the quarter", product=GS),
        fact("United Kingdom", "balance", "value", -61.2e9, "GBP", Q, "61.2bn",
             "For goods alone, the three-month deficit was £61.2bn"),
        fact("United Kingdom", "balance", "value", 52.6e9, "GBP", Q, "52.6bn",
             "a services surplus of £52.6bn", product="services"),
        fact("United Kingdom", "exports", "growth", -2.4, "percent", Q, "2.4", E_EU, partner="European Union", basis="qoq"),
        fact("United Kingdom", "exports", "value", 46.1e9, "GBP", Q, "46.1bn", E_EU, partner="European Union"),
        fact("United Kingdom", "exports", "growth", 1.1, "percent", Q, "1.1", E_NEU, partner="non-EU countries", basis="qoq"),
        fact("United Kingdom", "exports", "value", 44.9e9, "GBP", Q, "44.9bn", E_NEU, partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", -5.3, "percent", Q, "5.3", "those to the US slid 5.3%",
             partner="United States", basis="qoq"),
        fact("United Kingdom", "imports", "growth", 3.0, "percent", Q, "3.0",
             "imports of goods from the EU were 3.0% higher than in the previous quarter", partner="European Union", basis="qoq"),
        fact("United Kingdom", "exports", "growth", 0.9, "percent", Q, "0.9", E_SVC, product="services", basis="qoq"),
        fact("United Kingdom", "exports", "value", 127.4e9, "GBP", Q, "127.4bn", E_SVC, product="services"),
        fact("United Kingdom", "exports", "growth", -1.2, "percent", SEP, "1.2", E_SEP, basis="mom"),
        fact("United Kingdom", "imports", "growth", 0.6, "percent", SEP, "0.6", E_SEP, basis="mom"),
        fact("United Kingdom", "balance", "value", -21.4e9, "GBP", SEP, "21.4bn", E_SEP),
        fact("United Kingdom", "balance", "value", -20.3e9, "GBP", period(2026, 8), "20.3bn", E_REV),
        fact("United Kingdom", "balance", "value", -19.6e9, "GBP", period(2026, 8), "19.6bn", E_REV),
        fact("United Kingdom", "balance", "value", -34.9e9, "GBP", Y12, "34.9bn",
             "In the 12 months to September 2026, the overall trade deficit shrank to £34.9bn.", product=GS),
    ],
}

from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
THREE_MONTHS_TO_OCTOBER = period(2025, 8, 10)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
US = "United States"
GOODS_AND_SERVICES = "goods and services"
SERVICES = "services"
EXCLUDING_METALS = "goods and services excluding precious metals"
EVIDENCE_HEADLINE_GAP = (
    "the UK's total trade gap in goods and services, the difference between what it buys from abroad and what it "
    "sells overseas, was £5.4bn in October, wider than September's revised £3.9bn"
)
EVIDENCE_SERVICES = (
    "An estimated services surplus of £16.7bn, from exports of £43.6bn and imports of £26.9bn"
)
EVIDENCE_GOODS_EXPORTS = "Goods exports declined 2.4% month on month, to £28.7bn"
EVIDENCE_GOODS_IMPORTS = "goods imports increased 1.1% to £50.8bn"
EVIDENCE_EU_EXPORTS = "Relative to September, exports to the EU fell 3.5% to £13.9bn"
EVIDENCE_NON_EU_EXPORTS = "those to non-EU countries eased 1.3% to £14.8bn"
EVIDENCE_EU_IMPORTS = "With imports from the EU at £27.3bn, the UK's goods deficit with the bloc was £13.4bn"
EVIDENCE_US_IMPORTS = "imports from the US grew 6.2% on the month to £5.1bn"
EVIDENCE_EXCLUDING_METALS = "the overall trade deficit grew to £7.2bn from £6.1bn"
EVIDENCE_THREE_MONTHS = (
    "Set against the three months to July, the total trade deficit for the three months to October grew by £2.3bn "
    "to £10.6bn, with goods exports down 1.9% and imports up 0.8%"
)
EVIDENCE_THREE_MONTH_BALANCES = "Over the period, goods showed a deficit of £60.4bn and services a surplus of £49.8bn"

ARTICLE = {
    "id": "dS2_06_guardian_uk_oct_deficit",
    "title": "Falling exports to EU push UK trade deficit wider",
    "publisher": "The Guardian",
    "published": "2025-12-12",
    "notes": [
        "publisher The Guardian: the text names it ('Speaking to the Guardian').",
        "Running period: October 2025 (the date line gives the year); September is September 2025.",
        "The standfirst's 'a 2.4% drop in October goods exports' restates the body: labelled once, with the body sentence.",
        "Headline total deficit ('the UK's total trade gap in goods and services ...'): product goods and services; "
        "'gap' makes both the October and the revised September figure deficits.",
        "Goods alone (goods deficit, goods exports and imports, by EU and non-EU) take product null; the services "
        "surplus, exports and imports take product services.",
        "'Relative to September' opens the EU/non-EU paragraph: both growth rates mom. 'declined 2.4% month on "
        "month' sets mom for the goods import rate in the same sentence; 'grew 6.2% on the month' (imports from the US) mom.",
        "'the rest of the world' is partner non-EU countries, as the dev README's UK convention says.",
        "'goods deficit with the bloc of £13.4bn': balance with the European Union.",
        "'Excluding precious metals, ... the overall trade deficit grew to £7.2bn from £6.1bn': product goods "
        "and services excluding precious metals; October and September, both deficits.",
        "Three months to October against the three months to July: period 2025-08 to 2025-10; the rolling "
        "comparison's growth rates are qoq. 'imports up 0.8%' continues 'goods exports': goods imports, product null.",
        "Changes written as money ('dropped by £0.4bn', 'grew by £2.3bn') are left out.",
        "Out of scope: economists' expectations, 'near the lowest since early 2022' (record; the year), GDP contracting 0.1%, "
        "'0.3 percentage points from fourth-quarter growth' (contribution, forecast), 'Britain's largest carmaker' "
        "(not a trade rank), the dates in the date line.",
        "Byline, economist and quotes are invented.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.4e9, "GBP", OCTOBER, "5.4bn", EVIDENCE_HEADLINE_GAP, product=GOODS_AND_SERVICES),
        fact(UK, "balance", "value", -3.9e9, "GBP", SEPTEMBER, "3.9bn", EVIDENCE_HEADLINE_GAP, product=GOODS_AND_SERVICES),
        fact(UK, "balance", "value", -22.1e9, "GBP", OCTOBER, "22.1bn",
             "Considering goods alone, the deficit grew to £22.1bn"),
        fact(UK, "balance", "value", 16.7e9, "GBP", OCTOBER, "16.7bn", EVIDENCE_SERVICES, product=SERVICES),
        fact(UK, "exports", "value", 43.6e9, "GBP", OCTOBER, "43.6bn", EVIDENCE_SERVICES, product=SERVICES),
        fact(UK, "imports", "value", 26.9e9, "GBP", OCTOBER, "26.9bn", EVIDENCE_SERVICES, product=SERVICES),
        fact(UK, "exports", "value", 28.7e9, "GBP", OCTOBER, "28.7bn", EVIDENCE_GOODS_EXPORTS),
        fact(UK, "exports", "growth", -2.4, "percent", OCTOBER, "2.4", EVIDENCE_GOODS_EXPORTS, basis="mom"),
        fact(UK, "imports", "value", 50.8e9, "GBP", OCTOBER, "50.8bn", EVIDENCE_GOODS_IMPORTS),
        fact(UK, "imports", "growth", 1.1, "percent", OCTOBER, "1.1", EVIDENCE_GOODS_IMPORTS, basis="mom"),
        fact(UK, "exports", "value", 13.9e9, "GBP", OCTOBER, "13.9bn", EVIDENCE_EU_EXPORTS, partner=EU),
        fact(UK, "exports", "growth", -3.5, "percent", OCTOBER, "3.5", EVIDENCE_EU_EXPORTS, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.8e9, "GBP", OCTOBER, "14.8bn", EVIDENCE_NON_EU_EXPORTS, partner=NON_EU),
        fact(UK, "exports", "growth", -1.3, "percent", OCTOBER, "1.3", EVIDENCE_NON_EU_EXPORTS,
             partner=NON_EU, basis="mom"),
        fact(UK, "imports", "value", 27.3e9, "GBP", OCTOBER, "27.3bn", EVIDENCE_EU_IMPORTS, partner=EU),
        fact(UK, "balance", "value", -13.4e9, "GBP", OCTOBER, "13.4bn", EVIDENCE_EU_IMPORTS, partner=EU),
        fact(UK, "imports", "value", 23.5e9, "GBP", OCTOBER, "23.5bn",
             "the rest of the world supplied imports worth £23.5bn", partner=NON_EU),
        fact(UK, "exports", "value", 4.2e9, "GBP", OCTOBER, "4.2bn",
             "Exports of goods to the US dropped by £0.4bn to £4.2bn", partner=US),
        fact(UK, "imports", "value", 5.1e9, "GBP", OCTOBER, "5.1bn", EVIDENCE_US_IMPORTS, partner=US),
        fact(UK, "imports", "growth", 6.2, "percent", OCTOBER, "6.2", EVIDENCE_US_IMPORTS, partner=US, basis="mom"),
        fact(UK, "balance", "value", -7.2e9, "GBP", OCTOBER, "7.2bn", EVIDENCE_EXCLUDING_METALS,
             product=EXCLUDING_METALS),
        fact(UK, "balance", "value", -6.1e9, "GBP", SEPTEMBER, "6.1bn", EVIDENCE_EXCLUDING_METALS,
             product=EXCLUDING_METALS),
        fact(UK, "balance", "value", -10.6e9, "GBP", THREE_MONTHS_TO_OCTOBER, "10.6bn", EVIDENCE_THREE_MONTHS,
             product=GOODS_AND_SERVICES),
        fact(UK, "exports", "growth", -1.9, "percent", THREE_MONTHS_TO_OCTOBER, "1.9", EVIDENCE_THREE_MONTHS,
             basis="qoq"),
        fact(UK, "imports", "growth", 0.8, "percent", THREE_MONTHS_TO_OCTOBER, "0.8", EVIDENCE_THREE_MONTHS,
             basis="qoq"),
        fact(UK, "balance", "value", -60.4e9, "GBP", THREE_MONTHS_TO_OCTOBER, "60.4bn", EVIDENCE_THREE_MONTH_BALANCES),
        fact(UK, "balance", "value", 49.8e9, "GBP", THREE_MONTHS_TO_OCTOBER, "49.8bn", EVIDENCE_THREE_MONTH_BALANCES,
             product=SERVICES),
    ],
}

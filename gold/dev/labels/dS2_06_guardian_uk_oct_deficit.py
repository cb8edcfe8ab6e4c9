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
    "The gap between the value of goods and services the UK imports and the amount it sells abroad grew to £5.4bn in "
    "October from a revised £3.9bn in September"
)
EVIDENCE_SERVICES = (
    "an estimated £16.7bn surplus on services, where exports were put at £43.6bn and imports at £26.9bn"
)
EVIDENCE_GOODS_EXPORTS = "The value of goods exports fell by 2.4% on the month to £28.7bn"
EVIDENCE_GOODS_IMPORTS = "goods imports rose 1.1% to £50.8bn"
EVIDENCE_EU_EXPORTS = "Compared with September, exports to the EU dropped 3.5% to £13.9bn"
EVIDENCE_NON_EU_EXPORTS = "exports to non-EU countries slipped 1.3% to £14.8bn"
EVIDENCE_EU_IMPORTS = "Imports from the EU came to £27.3bn, leaving a goods deficit with the bloc of £13.4bn"
EVIDENCE_US_IMPORTS = "Imports from the US rose 6.2% on the month to £5.1bn"
EVIDENCE_EXCLUDING_METALS = "the total trade deficit widened to £7.2bn from £6.1bn"
EVIDENCE_THREE_MONTHS = (
    "In the three months to October, the total trade deficit widened by £2.3bn to £10.6bn compared with the three "
    "months to July, as goods exports fell 1.9% and imports rose 0.8%"
)
EVIDENCE_THREE_MONTH_BALANCES = "The goods deficit over the period was £60.4bn and the services surplus £49.8bn"

ARTICLE = {
    "id": "dS2_06_guardian_uk_oct_deficit",
    "title": "UK trade deficit widens as exports to EU fall back",
    "publisher": "The Guardian",
    "published": "2025-12-12",
    "notes": [
        "publisher The Guardian: the text names it ('told the Guardian').",
        "Running period: October 2025 (the date line gives the year); September is September 2025.",
        "The standfirst's 'Goods exports down 2.4% in October' restates the body: labelled once, with the body sentence.",
        "Headline total deficit ('The gap between the value of goods and services ...'): product goods and services; "
        "'gap' makes both the October and the revised September figure deficits.",
        "Goods alone (goods deficit, goods exports and imports, by EU and non-EU) take product null; the services "
        "surplus, exports and imports take product services.",
        "'Compared with September' opens the EU/non-EU paragraph: both growth rates mom. 'fell by 2.4% on the month' "
        "sets mom for the goods import rate in the same sentence; 'rose 6.2% on the month' (imports from the US) mom.",
        "'the rest of the world' is partner non-EU countries, as the dev README's UK convention says.",
        "'goods deficit with the bloc of £13.4bn': balance with the European Union.",
        "'Stripping out precious metals, ... the total trade deficit widened to £7.2bn from £6.1bn': product goods "
        "and services excluding precious metals; October and September, both deficits.",
        "Three months to October against the three months to July: period 2025-08 to 2025-10; the rolling "
        "comparison's growth rates are qoq. 'imports rose 0.8%' continues 'goods exports': goods imports, product null.",
        "Changes written as money ('fell by £0.4bn', 'widened by £2.3bn') are left out.",
        "Out of scope: economists' expectations, 'lowest level since early 2022' (record; the year), GDP falling 0.1%, "
        "'0.3 percentage points off growth' (contribution, forecast), 'the country's biggest carmaker' (not a trade "
        "rank), the dates in the date line.",
        "Byline, economist and quotes are invented.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.4e9, "GBP", OCTOBER, "5.4bn", EVIDENCE_HEADLINE_GAP, product=GOODS_AND_SERVICES),
        fact(UK, "balance", "value", -3.9e9, "GBP", SEPTEMBER, "3.9bn", EVIDENCE_HEADLINE_GAP, product=GOODS_AND_SERVICES),
        fact(UK, "balance", "value", -22.1e9, "GBP", OCTOBER, "22.1bn",
             "The deficit on trade in goods alone widened to £22.1bn"),
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
             "imports from the rest of the world totalled £23.5bn", partner=NON_EU),
        fact(UK, "exports", "value", 4.2e9, "GBP", OCTOBER, "4.2bn",
             "Goods exports to the US fell by £0.4bn to £4.2bn", partner=US),
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

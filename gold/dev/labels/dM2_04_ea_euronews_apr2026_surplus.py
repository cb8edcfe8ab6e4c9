from _fact import fact, period

APRIL = period(2026, 4)
MARCH = period(2026, 3)
APRIL_LAST_YEAR = period(2025, 4)
EURO_AREA = "Euro area"
EU = "European Union"

E_EA_BALANCE = "posted a surplus of €14.3 billion ($16.6 billion) in April, up from €9.9 billion in April 2025"
E_EA_EXPORTS = "Euro area goods exports to non-member countries climbed 3.4% year-on-year to €238.9 billion"
E_EA_IMPORTS = "imports grew 1.9% to €224.6 billion"
E_SA_BALANCE = "April's seasonally adjusted surplus dropped to €12.6 billion, from €15.1 billion in March"
E_SA_CHANGES = "exports slipped 1.2% month on month and imports rose 0.4%"
E_EU_EXPORTS = "extra-EU exports came to €215.4 billion in April, 2.6% more than a year before"
E_EU_IMPORTS = "Imports rose slightly, by 0.7%, to €204.9 billion, so the 27-member bloc ran a surplus of €10.5 billion"
E_CHEMICALS = (
    "The EU's exports of chemicals and related products rose 9.8%, giving the sector a surplus of €21.7 billion"
)
E_ENERGY = "energy imports falling 14.6% and the energy deficit narrowing to €24.3 billion"
E_US = "Sales to the United States, still the EU's largest export market, dropped 4.8% to €46.2 billion"
E_CHINA_EXPORTS = "EU exports to China fell 6.3% to €16.9 billion"
E_CHINA_BALANCE = "the deficit the EU runs with the world's second-largest economy grew to €27.2 billion"
E_UK_CH = "Exports to the United Kingdom and Switzerland increased 3.7% and 5.1% respectively"

ARTICLE = {
    "id": "dM2_04_ea_euronews_apr2026_surplus",
    "title": "Chemicals make up for softer US demand as euro area's April trade surplus grows",
    "publisher": "Euronews",
    "published": "2026-06-16",
    "notes": [
        "Byline 'Euronews Business with Reuters': publisher Euronews; published from the dateline 16/06/2026.",
        "The year is in the text (April 2026); every month without a year is 2026.",
        "Euro area figures (the currency area's trade with non-member countries) have area 'Euro area'; EU-wide "
        "extra-EU figures and the EU's trade with named partners have area 'European Union'.",
        "Seasonally adjusted (12.6 bn) and unadjusted (14.3 bn) April surpluses are both labelled: the record has no "
        "field for the adjustment, so they share every field but the value.",
        "The seasonally adjusted monthly changes ('slipped 1.2% month on month', 'rose 0.4%') are basis mom; the "
        "'month on month' frame covers imports as well.",
        "The USD conversion of the unadjusted surplus ($16.6 billion) is a separate fact, qualifier exact (no 'about').",
        "The March surplus of 15.1 bn is the seasonally adjusted series (a separate observation, period March).",
        "'EU's largest export market' labelled as rank 1 of EU exports to the United States in April; "
        "'the bloc's two biggest markets' is an implied rank and is not labelled.",
        "'imports from China still rising' gives no number: not labelled. The deficit with China is a "
        "balance of -27.2 bn with partner China.",
        "Out of scope, unlabelled: the 21-country and 27-member counts, 1 January, the 15% US tariff, 'a fifth "
        "fall in six months' (streak), 0.1 percentage points off growth (economist's estimate), GDP +0.3% in Q1, "
        "'second-largest economy' (not a trade rank), 'a few billion euros' (economist).",
        "Product names in the text's words: 'chemicals and related products', 'machinery and vehicles', 'energy'.",
    ],
    "facts": [
        fact(EURO_AREA, "balance", "value", 14.3e9, "EUR", APRIL, "14.3 billion", E_EA_BALANCE),
        fact(EURO_AREA, "balance", "value", 16.6e9, "USD", APRIL, "16.6 billion", E_EA_BALANCE),
        fact(EURO_AREA, "balance", "value", 9.9e9, "EUR", APRIL_LAST_YEAR, "9.9 billion", E_EA_BALANCE),
        fact(EURO_AREA, "exports", "growth", 3.4, "percent", APRIL, "3.4", E_EA_EXPORTS),
        fact(EURO_AREA, "exports", "value", 238.9e9, "EUR", APRIL, "238.9 billion", E_EA_EXPORTS),
        fact(EURO_AREA, "imports", "growth", 1.9, "percent", APRIL, "1.9", E_EA_IMPORTS),
        fact(EURO_AREA, "imports", "value", 224.6e9, "EUR", APRIL, "224.6 billion", E_EA_IMPORTS),
        fact(EURO_AREA, "balance", "value", 12.6e9, "EUR", APRIL, "12.6 billion", E_SA_BALANCE),
        fact(EURO_AREA, "balance", "value", 15.1e9, "EUR", MARCH, "15.1 billion", E_SA_BALANCE),
        fact(EURO_AREA, "exports", "growth", -1.2, "percent", APRIL, "1.2", E_SA_CHANGES, basis="mom"),
        fact(EURO_AREA, "imports", "growth", 0.4, "percent", APRIL, "0.4", E_SA_CHANGES, basis="mom"),
        fact(EU, "exports", "value", 215.4e9, "EUR", APRIL, "215.4 billion", E_EU_EXPORTS),
        fact(EU, "exports", "growth", 2.6, "percent", APRIL, "2.6", E_EU_EXPORTS),
        fact(EU, "imports", "growth", 0.7, "percent", APRIL, "0.7", E_EU_IMPORTS),
        fact(EU, "imports", "value", 204.9e9, "EUR", APRIL, "204.9 billion", E_EU_IMPORTS),
        fact(EU, "balance", "value", 10.5e9, "EUR", APRIL, "10.5 billion", E_EU_IMPORTS),
        fact(EU, "exports", "growth", 9.8, "percent", APRIL, "9.8", E_CHEMICALS, product="chemicals and related products"),
        fact(EU, "balance", "value", 21.7e9, "EUR", APRIL, "21.7 billion", E_CHEMICALS,
             product="chemicals and related products"),
        fact(EU, "exports", "growth", -3.1, "percent", APRIL, "3.1", "Machinery and vehicles exports, by contrast, fell 3.1%",
             product="machinery and vehicles"),
        fact(EU, "imports", "growth", -14.6, "percent", APRIL, "14.6", E_ENERGY, product="energy"),
        fact(EU, "balance", "value", -24.3e9, "EUR", APRIL, "24.3 billion", E_ENERGY, product="energy"),
        fact(EU, "exports", "rank", 1, "number", APRIL, "largest", E_US, partner="United States"),
        fact(EU, "exports", "growth", -4.8, "percent", APRIL, "4.8", E_US, partner="United States"),
        fact(EU, "exports", "value", 46.2e9, "EUR", APRIL, "46.2 billion", E_US, partner="United States"),
        fact(EU, "balance", "value", 15.9e9, "EUR", APRIL, "15.9 billion",
             "The EU's surplus with the US shrank to €15.9 billion", partner="United States"),
        fact(EU, "exports", "growth", -6.3, "percent", APRIL, "6.3", E_CHINA_EXPORTS, partner="China"),
        fact(EU, "exports", "value", 16.9e9, "EUR", APRIL, "16.9 billion", E_CHINA_EXPORTS, partner="China"),
        fact(EU, "balance", "value", -27.2e9, "EUR", APRIL, "27.2 billion", E_CHINA_BALANCE, partner="China"),
        fact(EU, "exports", "growth", 3.7, "percent", APRIL, "3.7", E_UK_CH, partner="United Kingdom"),
        fact(EU, "exports", "growth", 5.1, "percent", APRIL, "5.1", E_UK_CH, partner="Switzerland"),
    ],
}

from _fact import fact, period

DE = "Germany"
OCT = period(2026, 10)
SEP = period(2026, 9)
JAN_OCT = period(2026, 1, 10)

ARTICLE = {
    "id": "dBP2_04",
    "title": "German exports edge up in October as EU buyers offset weaker US sales",
    "publisher": "dpa-AFX",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Destatis releases and wire stories of "
        "2019-2025 (adjusted month-on-month headline, EU / euro area / non-EU split, US, China and UK lines, "
        "unadjusted year-on-year and cumulative figures). Invented: every value and rate. Derived and checked: "
        "surplus 16.3 = 130.4 - 114.1; EU 71.2 + non-EU 59.2 = 130.4 exports; EU 60.3 + non-EU 53.8 = 114.1 "
        "imports; September surplus 13.8 = 130.4/1.009 - 114.1/0.988 (129.2 - 115.5) within rounding.",
        "Judgement calls: the adjusted (130.4 billion, +1.8% y/y) and unadjusted (134.2 billion, +2.6% y/y) "
        "October exports are both labelled, as two statements of October exports that the schema cannot tell "
        "apart by an adjustment field; their values differ so their identities differ. 'Compared with September' "
        "opens the EU/non-EU paragraph, so its three export rates are mom; the import paragraph says "
        "'month-on-month' and the UK/US paragraph opens 'From September', so their rates are mom too. 'Sales to countries outside the EU' and "
        "'non-EU countries' -> partner 'non-EU countries'. 'Measured against October last year' -> yoy, period "
        "October 2026 (last year = 2025 from the published date). 'still the largest buyer' -> rank 1 of exports "
        "to the US; 'biggest supplier' -> rank 1 of imports from China. The September surplus ('up from "
        "a revised 13.8 billion euros in September') is labelled as a September balance fact.",
        "Not facts: the poll's 15 billion surplus and 0.4% export rise (forecasts); the 15% US tariff; the euro at "
        "$1.19 (exchange rate); the expected surplus of around 15 billion euros through 2027 (forecast); GDP "
        "+0.2% and industrial production +0.5% (not trade flows); the years 2025 and 2027; 'Jan. 8' (a date).",
        "Copy check: 10 sentences searched (headline, lead, adjusted exports, surplus, October-2025 comparison, "
        "US value and rank, US year-on-year, China imports, both economist quotes), 0 reworded: no real "
        "sentence found with the same clause order and wording.",
        "Second check: 22 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "value", 130.4e9, "EUR", OCT, "130.4 billion",
             "exports rose 0.9% from September to 130.4 billion euros"),
        fact(DE, "exports", "growth", 0.9, "percent", OCT, "0.9",
             "exports rose 0.9% from September to 130.4 billion euros", basis="mom"),
        fact(DE, "imports", "value", 114.1e9, "EUR", OCT, "114.1 billion",
             "Imports moved the other way, slipping 1.2% to 114.1 billion euros"),
        fact(DE, "imports", "growth", -1.2, "percent", OCT, "1.2",
             "Imports moved the other way, slipping 1.2% to 114.1 billion euros", basis="mom"),
        fact(DE, "balance", "value", 16.3e9, "EUR", OCT, "16.3 billion",
             "widened the trade surplus to 16.3 billion euros"),
        fact(DE, "balance", "value", 13.8e9, "EUR", SEP, "13.8 billion",
             "the trade surplus to 16.3 billion euros, up from a revised 13.8 billion euros in September"),
        fact(DE, "exports", "growth", 1.8, "percent", OCT, "1.8",
             "Set against October 2025, adjusted exports were 1.8% higher"),
        fact(DE, "imports", "growth", -0.6, "percent", OCT, "0.6",
             "Set against October 2025, adjusted exports were 1.8% higher, while imports were 0.6% lower"),
        fact(DE, "exports", "value", 134.2e9, "EUR", OCT, "134.2 billion",
             "Before any adjustment for calendar and season, October's exports totalled 134.2 billion euros"),
        fact(DE, "exports", "growth", 2.6, "percent", OCT, "2.6",
             "October's exports totalled 134.2 billion euros, 2.6% more than in the same month of last year"),
        fact(DE, "exports", "value", 1309.7e9, "EUR", JAN_OCT, "1,309.7 billion",
             "For January to October as a whole, unadjusted exports reached 1,309.7 billion euros"),
        fact(DE, "exports", "growth", 0.3, "percent", JAN_OCT, "0.3",
             "unadjusted exports reached 1,309.7 billion euros, a gain of 0.3% on the first ten months of 2025"),
        fact(DE, "exports", "growth", 1.4, "percent", OCT, "1.4",
             "exports to other member states of the European Union rose 1.4% to 71.2 billion euros",
             partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 71.2e9, "EUR", OCT, "71.2 billion",
             "exports to other member states of the European Union rose 1.4% to 71.2 billion euros",
             partner="European Union"),
        fact(DE, "exports", "growth", 1.1, "percent", OCT, "1.1",
             "deliveries to euro-area countries up 1.1% at 50.1 billion euros", partner="Euro area", basis="mom"),
        fact(DE, "exports", "value", 50.1e9, "EUR", OCT, "50.1 billion",
             "deliveries to euro-area countries up 1.1% at 50.1 billion euros", partner="Euro area"),
        fact(DE, "exports", "growth", 0.3, "percent", OCT, "0.3",
             "Sales to countries outside the EU edged up 0.3% to 59.2 billion euros",
             partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "value", 59.2e9, "EUR", OCT, "59.2 billion",
             "Sales to countries outside the EU edged up 0.3% to 59.2 billion euros", partner="non-EU countries"),
        fact(DE, "imports", "growth", -0.8, "percent", OCT, "0.8",
             "purchases from EU countries fell 0.8% month-on-month to 60.3 billion euros", partner="European Union", basis="mom"),
        fact(DE, "imports", "value", 60.3e9, "EUR", OCT, "60.3 billion",
             "purchases from EU countries fell 0.8% month-on-month to 60.3 billion euros", partner="European Union"),
        fact(DE, "imports", "growth", -1.7, "percent", OCT, "1.7",
             "those from non-EU countries dropped 1.7% to 53.8 billion euros", partner="non-EU countries",
             basis="mom"),
        fact(DE, "imports", "value", 53.8e9, "EUR", OCT, "53.8 billion",
             "those from non-EU countries dropped 1.7% to 53.8 billion euros", partner="non-EU countries"),
        fact(DE, "exports", "rank", 1, "number", OCT, "largest",
             "the United States, still the largest buyer of German goods", partner="United States"),
        fact(DE, "exports", "value", 11.6e9, "EUR", OCT, "11.6 billion",
             "Exports to the United States, still the largest buyer of German goods, dropped 2.3% from September to "
             "11.6 billion euros", partner="United States"),
        fact(DE, "exports", "growth", -2.3, "percent", OCT, "2.3",
             "Exports to the United States, still the largest buyer of German goods, dropped 2.3% from September to "
             "11.6 billion euros", partner="United States", basis="mom"),
        fact(DE, "exports", "growth", -9.4, "percent", OCT, "9.4",
             "Measured against October last year, sales to the US were down 9.4%", partner="United States"),
        fact(DE, "exports", "growth", 3.2, "percent", OCT, "3.2",
             "China bought 6.5 billion euros of German goods, 3.2% more than in the previous month", partner="China",
             basis="mom"),
        fact(DE, "exports", "value", 6.5e9, "EUR", OCT, "6.5 billion",
             "China bought 6.5 billion euros of German goods, 3.2% more than in the previous month", partner="China"),
        fact(DE, "imports", "rank", 1, "number", OCT, "biggest",
             "China, still Germany's biggest supplier", partner="China"),
        fact(DE, "imports", "value", 13.1e9, "EUR", OCT, "13.1 billion",
             "Imports from China, still Germany's biggest supplier, rose 0.4% on September to 13.1 billion euros",
             partner="China"),
        fact(DE, "imports", "growth", 0.4, "percent", OCT, "0.4",
             "Imports from China, still Germany's biggest supplier, rose 0.4% on September to 13.1 billion euros",
             partner="China", basis="mom"),
        fact(DE, "exports", "growth", -1.5, "percent", OCT, "1.5",
             "shipments to the United Kingdom shrank 1.5% to 6.9 billion euros", partner="United Kingdom",
             basis="mom"),
        fact(DE, "exports", "value", 6.9e9, "EUR", OCT, "6.9 billion",
             "shipments to the United Kingdom shrank 1.5% to 6.9 billion euros", partner="United Kingdom"),
        fact(DE, "imports", "growth", 2.0, "percent", OCT, "2.0",
             "goods bought from the US rose 2.0% to 8.4 billion euros", partner="United States", basis="mom"),
        fact(DE, "imports", "value", 8.4e9, "EUR", OCT, "8.4 billion",
             "goods bought from the US rose 2.0% to 8.4 billion euros", partner="United States"),
    ],
}

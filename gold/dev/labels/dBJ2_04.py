from _fact import fact, period

DE = "Germany"
US = "United States"
EU = "European Union"
EA = "Euro area"
NONEU = "non-EU countries"
CN = "China"
UK = "United Kingdom"
OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
JO = period(2025, 1, 10)

ARTICLE = {
    "id": "dBJ2_04",
    "title": "EU buyers prop up German exports as US sales slide again",
    "publisher": "DW",
    "published": "2025-12-09",
    "notes": [
        "Real figures (Destatis, October 2025, calendar and seasonally adjusted): exports 131.3bn EUR +0.1% mom +4.2% yoy; "
        "imports 114.5bn -1.2% mom +2.8% yoy; surplus 16.9bn (Sep 15.3bn, Oct 2024 14.6bn); EU exports 76.3bn +2.7%, "
        "imports 61.1bn +2.8%; euro area exports 53.0bn +2.5%; third countries exports 55.1bn -3.3%, imports 53.4bn -5.4%; "
        "US 11.3bn -7.8% mom, -8.3% yoy; China -5.8% to 6.3bn. Invented: USD conversion, UK 6.5bn +1.8%, 58.1% share "
        "(computed), China sixth place Jan-Oct, Jan-Oct totals (1.31trn, +0.3%, imports 1.14trn +3.6%, surplus 169.4bn), "
        "motor vehicles and parts to US -14.5%.",
        "Judgement calls: '$152.8 billion' in brackets is the same observation in USD, labelled exact (no hedge word). "
        "'over the same period' after 'from September' keeps the mom basis; the EU paragraph opens with 'on the month', "
        "so the euro-area 2.5% and EU imports 2.8% are mom; 'than in September' in the China/UK paragraph carries to "
        "Britain's 1.8%. 'That was also 8.3% below the level of October 2024' carries its subject (US exports, October) "
        "from the sentence before; yoy. Third countries / countries outside the EU -> partner 'non-EU countries'. "
        "'Countries that use the euro' -> Euro area. 'In October last year' -> 2024-10. China 'sixth place among the "
        "destinations for German goods over the first ten months' -> exports rank 6, Jan-Oct. 'Imports grew faster, "
        "rising 3.6%' is a Jan-Oct yoy growth (sentence carries the period from the sentence before). "
        "Calendar/seasonal adjustment is not a field.",
        "Not facts: 0.5% Reuters poll (forecast); 15% US tariff; 'fourth monthly decline in a row' (streak); "
        "economist's 'around 1%' 2025 export forecast; ifo index minus 4.3 points (survey, not a trade flow); "
        "0.2% GDP forecast; dates (2025, October 2024 as comparison base).",
        "Copy check: 33 sentences searched (headline, subheads and all body sentences; date line excluded), 3 reworded "
        "(headline, lead sentence, US sentence) and re-searched.",
        "Copy check (independent): 33 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 0.1, "percent", OCT, "0.1",
             "put exports at €131.3 billion ($152.8 billion), 0.1% more than in September", basis="mom"),
        fact(DE, "exports", "value", 131.3e9, "EUR", OCT, "131.3 billion",
             "put exports at €131.3 billion ($152.8 billion), 0.1% more than in September"),
        fact(DE, "exports", "value", 152.8e9, "USD", OCT, "152.8 billion",
             "put exports at €131.3 billion ($152.8 billion), 0.1% more than in September"),
        fact(DE, "imports", "growth", -1.2, "percent", OCT, "1.2",
             "Imports, by contrast, came in at €114.5 billion, down 1.2% on the month", basis="mom"),
        fact(DE, "imports", "value", 114.5e9, "EUR", OCT, "114.5 billion",
             "Imports, by contrast, came in at €114.5 billion, down 1.2% on the month"),
        fact(DE, "exports", "growth", 4.2, "percent", OCT, "4.2",
             "Compared with October 2024, exports were up 4.2%"),
        fact(DE, "imports", "growth", 2.8, "percent", OCT, "2.8",
             "Compared with October 2024, exports were up 4.2%, while imports climbed 2.8%"),
        fact(DE, "balance", "value", 16.9e9, "EUR", OCT, "16.9 billion",
             "Germany's trade surplus widened to €16.9 billion"),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEP, "15.3 billion",
             "Germany's trade surplus widened to €16.9 billion, up from €15.3 billion in September"),
        fact(DE, "balance", "value", 14.6e9, "EUR", OCT24, "14.6 billion",
             "In October last year, the surplus had stood at €14.6 billion"),
        fact(DE, "exports", "growth", 2.7, "percent", OCT, "2.7",
             "Fellow EU member states bought €76.3 billion of German goods, up 2.7% on the month", partner=EU, basis="mom"),
        fact(DE, "exports", "value", 76.3e9, "EUR", OCT, "76.3 billion",
             "Fellow EU member states bought €76.3 billion of German goods, up 2.7% on the month", partner=EU),
        fact(DE, "exports", "share", 58.1, "percent", OCT, "58.1",
             "Fellow EU member states bought €76.3 billion of German goods, up 2.7% on the month, which amounted to 58.1% of all German exports",
             partner=EU),
        fact(DE, "exports", "value", 53.0e9, "EUR", OCT, "53.0 billion",
             "Goods worth €53.0 billion went to countries that use the euro", partner=EA),
        fact(DE, "exports", "growth", 2.5, "percent", OCT, "2.5",
             "Goods worth €53.0 billion went to countries that use the euro, an increase of 2.5%", partner=EA, basis="mom"),
        fact(DE, "imports", "growth", 2.8, "percent", OCT, "2.8",
             "Imports from the bloc grew 2.8% to €61.1 billion", partner=EU, basis="mom"),
        fact(DE, "imports", "value", 61.1e9, "EUR", OCT, "61.1 billion",
             "Imports from the bloc grew 2.8% to €61.1 billion", partner=EU),
        fact(DE, "exports", "growth", -3.3, "percent", OCT, "3.3",
             "Exports to these so-called third countries dropped 3.3% compared with September to €55.1 billion",
             partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 55.1e9, "EUR", OCT, "55.1 billion",
             "Exports to these so-called third countries dropped 3.3% compared with September to €55.1 billion",
             partner=NONEU),
        fact(DE, "imports", "growth", -5.4, "percent", OCT, "5.4",
             "Exports to these so-called third countries dropped 3.3% compared with September to €55.1 billion, and imports from them shrank 5.4% to €53.4 billion",
             partner=NONEU, basis="mom"),
        fact(DE, "imports", "value", 53.4e9, "EUR", OCT, "53.4 billion",
             "Exports to these so-called third countries dropped 3.3% compared with September to €55.1 billion, and imports from them shrank 5.4% to €53.4 billion",
             partner=NONEU),
        fact(DE, "exports", "growth", -7.8, "percent", OCT, "7.8",
             "Shipments to the United States slid 7.8% from September to €11.3 billion", partner=US, basis="mom"),
        fact(DE, "exports", "value", 11.3e9, "EUR", OCT, "11.3 billion",
             "Shipments to the United States slid 7.8% from September to €11.3 billion", partner=US),
        fact(DE, "exports", "growth", -8.3, "percent", OCT, "8.3",
             "That was also 8.3% below the level of October 2024", partner=US),
        fact(DE, "exports", "value", 6.3e9, "EUR", OCT, "6.3 billion",
             "Exports to China and the United Kingdom amounted to €6.3 billion and €6.5 billion, respectively", partner=CN),
        fact(DE, "exports", "value", 6.5e9, "EUR", OCT, "6.5 billion",
             "Exports to China and the United Kingdom amounted to €6.3 billion and €6.5 billion, respectively", partner=UK),
        fact(DE, "exports", "growth", -5.8, "percent", OCT, "5.8",
             "Shipments to China were 5.8% lower than in September", partner=CN, basis="mom"),
        fact(DE, "exports", "growth", 1.8, "percent", OCT, "1.8",
             "Shipments to China were 5.8% lower than in September, whereas those to Britain gained 1.8%",
             partner=UK, basis="mom"),
        fact(DE, "exports", "rank", 6, "number", JO, "sixth",
             "China has now slipped to sixth place among the destinations for German goods over the first ten months of the year",
             partner=CN),
        fact(DE, "exports", "value", 1.31e12, "EUR", JO, "1.31 trillion",
             "From January to October, Germany exported goods worth €1.31 trillion"),
        fact(DE, "exports", "growth", 0.3, "percent", JO, "0.3",
             "From January to October, Germany exported goods worth €1.31 trillion, 0.3% more than in the same period of 2024"),
        fact(DE, "imports", "growth", 3.6, "percent", JO, "3.6",
             "Imports grew faster, rising 3.6% to €1.14 trillion"),
        fact(DE, "imports", "value", 1.14e12, "EUR", JO, "1.14 trillion",
             "Imports grew faster, rising 3.6% to €1.14 trillion"),
        fact(DE, "balance", "value", 169.4e9, "EUR", JO, "169.4 billion",
             "the cumulative surplus narrowed to €169.4 billion"),
        fact(DE, "exports", "growth", -14.5, "percent", JO, "14.5",
             "Shipments of motor vehicles and parts to the US were down 14.5% over the ten months",
             partner=US, product="motor vehicles and parts"),
    ],
}

from _fact import fact, period

DE = "Germany"
US = "United States"
EU = "European Union"
JUL = period(2026, 7)
JUN = period(2026, 6)
JUL25 = period(2025, 7)
JAN_JUL = period(2026, 1, 7)
Y2025 = period(2025, 1, 12)

ARTICLE = {
    "id": "dBM2_04",
    "title": "German exports beat forecasts in July as EU sales offset weaker US demand",
    "publisher": "Reuters",
    "published": "2026-09-08",
    "notes": [
        "Real figures (from reporting on July 2025 and on 2025 as a whole): the July 2025 adjusted surplus of 14.7 "
        "billion euros; the US as Germany's second-largest trading partner in 2025 with about 240 billion euros of "
        "two-way trade (Destatis: 240.5 billion, behind China); the 15% US tariff on most EU goods (not a fact). Invented for July 2026: every other figure. Derived and kept "
        "consistent: exports 131.8 - imports 114.9 = surplus 16.9; EU 75.4 + non-EU 56.4 = 131.8; US share "
        "10.5/131.8 = 7.97% ('about 8%'); $154.2 billion = 131.8 billion euros at $1 = 0.8550 euros; June 2026 "
        "levels implied by the monthly rates (exports 129.7, imports 115.8, surplus 13.9); year-on-year rates "
        "against the real July 2025 levels (exports 130.2, imports 115.4, US 11.1 billion euros).",
        "Judgement calls: 'on the month', '1.6% more than in June' (a comparison with the month before), 'from June' and the trailing 'both month-on-month' give basis mom; "
        "the 'Compared with June' that opens the EU/non-EU paragraph carries to its second sentence (non-EU, mom). "
        "'Exports there' and 'they' carry the partner United States across sentences. Exports 'to countries outside "
        "the bloc' are partner 'non-EU countries' (the text's words; the guide has no canonical name). "
        "The unadjusted year-on-year rates (1.2%, -0.4%) are labelled yoy for July 2026; the record cannot say "
        "adjusted or unadjusted. '($154.2 billion)' is the same observation in dollars: a separate USD fact, "
        "qualifier exact because the text gives no hedge word. 'the biggest buyer of German goods' is rank 1 of "
        "exports to the US in July 2026; 'second-largest trading partner in 2025' is rank 2 of total trade with the "
        "US in 2025, with the two-way value 'about 240 billion euros' (approx). 'wider than the 13.9 billion euros recorded in June' "
        "and 'the 14.7 billion euros of July 2025' are balance values for those months.",
        "Not facts: Reuters poll forecasts (0.4% exports, 0.2% imports) and the economists' forecast of a 1% fall in "
        "2026 exports; the 15% tariff rate; 'fourth straight year' (streak); GDP forecast 0.6%; industrial "
        "production 0.5% (not trade); the exchange rate $1 = 0.8550 euros; the years 2025 and 2026; 'Europe's largest economy' "
        "(a descriptor of the economy, not a trade rank).",
        "Copy check: 8 sentences searched, 1 reworded.",
        "Second check: 17 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.6, "percent", JUL, "1.6",
             "the value of goods shipped abroad reached 131.8 billion euros ($154.2 billion) in July, 1.6% more than in June",
             basis="mom"),
        fact(DE, "exports", "value", 131.8e9, "EUR", JUL, "131.8 billion",
             "the value of goods shipped abroad reached 131.8 billion euros ($154.2 billion) in July"),
        fact(DE, "exports", "value", 154.2e9, "USD", JUL, "$154.2 billion",
             "the value of goods shipped abroad reached 131.8 billion euros ($154.2 billion) in July"),
        fact(DE, "imports", "growth", -0.8, "percent", JUL, "0.8",
             "Imports went the other way, falling 0.8% from June to 114.9 billion euros", basis="mom"),
        fact(DE, "imports", "value", 114.9e9, "EUR", JUL, "114.9 billion",
             "Imports went the other way, falling 0.8% from June to 114.9 billion euros"),
        fact(DE, "balance", "value", 16.9e9, "EUR", JUL, "16.9 billion",
             "the resulting trade surplus came to 16.9 billion euros"),
        fact(DE, "balance", "value", 13.9e9, "EUR", JUN, "13.9 billion",
             "the resulting trade surplus came to 16.9 billion euros, wider than the 13.9 billion euros recorded in June"),
        fact(DE, "balance", "value", 14.7e9, "EUR", JUL25, "14.7 billion",
             "the resulting trade surplus came to 16.9 billion euros, wider than the 13.9 billion euros recorded in June and the 14.7 billion euros of July 2025"),
        fact(DE, "exports", "growth", 1.2, "percent", JUL, "1.2",
             "the year-on-year comparison showed exports rising 1.2%"),
        fact(DE, "imports", "growth", -0.4, "percent", JUL, "0.4",
             "the year-on-year comparison showed exports rising 1.2% and imports falling 0.4%"),
        fact(DE, "exports", "growth", 2.9, "percent", JUL, "2.9",
             "Compared with June, deliveries to other EU member states climbed 2.9% to 75.4 billion euros",
             partner=EU, basis="mom"),
        fact(DE, "exports", "value", 75.4e9, "EUR", JUL, "75.4 billion",
             "deliveries to other EU member states climbed 2.9% to 75.4 billion euros", partner=EU),
        fact(DE, "exports", "growth", -0.9, "percent", JUL, "0.9",
             "Goods sold to countries outside the bloc, by contrast, slipped 0.9% to 56.4 billion euros",
             partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "value", 56.4e9, "EUR", JUL, "56.4 billion",
             "Goods sold to countries outside the bloc, by contrast, slipped 0.9% to 56.4 billion euros",
             partner="non-EU countries"),
        fact(DE, "exports", "rank", 1, "number", JUL, "biggest",
             "the United States remained the biggest buyer of German goods", partner=US),
        fact(DE, "exports", "growth", -2.3, "percent", JUL, "2.3",
             "Exports there dropped 2.3% on the month to 10.5 billion euros", partner=US, basis="mom"),
        fact(DE, "exports", "value", 10.5e9, "EUR", JUL, "10.5 billion",
             "Exports there dropped 2.3% on the month to 10.5 billion euros", partner=US),
        fact(DE, "exports", "growth", -5.4, "percent", JUL, "5.4",
             "they were 5.4% lower than in July 2025", partner=US),
        fact(DE, "exports", "share", 8, "percent", JUL, "8",
             "The U.S. market absorbed about 8% of all German exports in July", partner=US, qualifier="approx"),
        fact(DE, "exports", "growth", -7.8, "percent", JAN_JUL, "7.8",
             "Over the first seven months of the year, shipments to the United States were down 7.8% from the same period in 2025",
             partner=US),
        fact(DE, "exports", "growth", -4.1, "percent", JUL, "4.1",
             "Exports to China shrank 4.1% to 6.2 billion euros", partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.2e9, "EUR", JUL, "6.2 billion",
             "Exports to China shrank 4.1% to 6.2 billion euros", partner="China"),
        fact(DE, "exports", "growth", 1.5, "percent", JUL, "1.5",
             "those to the United Kingdom edged up 1.5% to 6.4 billion euros", partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", JUL, "6.4 billion",
             "those to the United Kingdom edged up 1.5% to 6.4 billion euros", partner="United Kingdom"),
        fact(DE, "imports", "growth", 3.5, "percent", JUL, "3.5",
             "purchases from China rose 3.5% on the month to 13.9 billion euros", partner="China", basis="mom"),
        fact(DE, "imports", "value", 13.9e9, "EUR", JUL, "13.9 billion",
             "purchases from China rose 3.5% on the month to 13.9 billion euros", partner="China"),
        fact(DE, "imports", "growth", -5.2, "percent", JUL, "5.2",
             "goods bought from the United States fell 5.2% to 7.6 billion euros", partner=US, basis="mom"),
        fact(DE, "imports", "value", 7.6e9, "EUR", JUL, "7.6 billion",
             "goods bought from the United States fell 5.2% to 7.6 billion euros", partner=US),
        fact(DE, "total", "rank", 2, "number", Y2025, "second-largest",
             "The United States ranked as Germany's second-largest trading partner in 2025", partner=US),
        fact(DE, "total", "value", 240e9, "EUR", Y2025, "240 billion",
             "with goods flowing in both directions worth about 240 billion euros", partner=US, qualifier="approx"),
    ],
}

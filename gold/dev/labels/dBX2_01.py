from _fact import fact, period

IE = "Ireland"
SEP = period(2025, 9)
SEP24 = period(2024, 9)
AUG = period(2025, 8)
JS = period(2025, 1, 9)
JS24 = period(2024, 1, 9)
PHARMA = "medical and pharmaceutical products"
CHEM = "chemicals and related products"
US = "United States"
GB = "Great Britain"

ARTICLE = {
    "id": "dBX2_01",
    "title": "Pharma surge lifts Irish goods exports to €28.5bn as US sales more than double",
    "publisher": "The Irish Times",
    "published": "2025-11-19",
    "notes": [
        "Real figures (CSO Goods Exports and Imports September 2025, released 2025-11-19, as reported by RTÉ, The Irish Times, "
        "Alliance News, RTT/dpa-AFX and fx.co in the pages corpus): exports €28.5bn +27.8% y/y, September 2024 €22.3bn, "
        "€6.2bn gain; medical and pharmaceutical products €18.7bn vs €10.7bn, +73.6%, 65.5% of exports; exports to the US "
        "€16.3bn vs €7.2bn, +126%, chemicals and related products €14.8bn (>90%); exports to Great Britain +22% to €1.4bn "
        "(food, chemicals); Netherlands and Great Britain next after the US among destinations; imports €11.1bn +3.7%; import "
        "shares US 16.1%, Great Britain 11.7%, China 9.9%; unadjusted surplus €17.4bn vs €11.6bn; seasonally adjusted exports "
        "+57.1% m/m, imports -12.0% m/m, surplus €16.1bn vs €4.7bn in August; January-September exports €212.2bn +27.7%, "
        "imports €104.8bn +5.5%; US January-September €100.5bn +90% from €52.8bn; 15% US tariff; IFAC's $7.1bn Q3 US sales "
        "of weight-loss/diabetes medicines.",
        "Derived/made up: exports to the EU -33.5% to €6.9bn and a 24.2% share are made up, sized from the report that "
        "shipments to other EU markets fell by about a third (EU took €10.37bn in September 2024) and 6.9/28.5 = 24.2%. "
        "'Largest monthly gap since March' follows fx.co. The economist's quote and forecast, the Department of Finance's "
        "'about 10 per cent' GDP projection, the byline (Aoife Brennan) and the 12:41 time stamp are made up.",
        "Judgement calls: seasonally adjusted and unadjusted figures for September are kept as separate facts with no segment "
        "(the record has no field for seasonal adjustment; they differ in value, so they do not collide); the EU figure is "
        "labelled partner European Union although the text says 'other member states' / 'the rest of the European Union' "
        "(Ireland's exports to the EU exclude Ireland anyway); 'more than 90 per cent' is a share of US-bound exports with "
        "product chemicals and related products, partner United States, qualifier over; the subheading's 'almost two-thirds' "
        "restates the 65.5% share and is not labelled again; 'exports were 57.1 per cent higher than in August' is mom and the "
        "sentence's 'on the month' gives imports mom too; Great Britain's 'third place' and the Netherlands' 'second-largest' "
        "are export ranks; 'a year earlier' US base €52.8bn is period January-September 2024.",
        "Not facts: '€6.2 billion gain' (absolute change); 'largest monthly gap since March' (milestone); 15 per cent tariff; "
        "$7.1 billion US sales of medicines (company sales, not trade); the economist's 10 to 15 per cent fall (forecast); "
        "GDP growth of about 10 per cent (GDP, forecast); years 2024, 2025; 'almost two-thirds' (restatement).",
        "Copy check: 22 sentences searched (15 look-ups, one of them re-checking the two reworded US sentences), 3 reworded "
        "(US value sentence, chemicals share sentence, Great Britain sentence, whose clause skeletons matched Alliance News).",
        "Second check: 29 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(IE, "exports", "value", 28.5e9, "EUR", SEP, "28.5 billion",
             "Ireland sent €28.5 billion worth of goods abroad in September"),
        fact(IE, "exports", "growth", 27.8, "percent", SEP, "27.8",
             "Ireland sent €28.5 billion worth of goods abroad in September, 27.8 per cent more than in the same month of 2024"),
        fact(IE, "exports", "value", 22.3e9, "EUR", SEP24, "22.3 billion",
             "Exports had come to €22.3 billion in September of last year."),
        fact(IE, "exports", "value", 18.7e9, "EUR", SEP, "18.7 billion",
             "Medical and pharmaceutical products were worth €18.7 billion in the month", product=PHARMA),
        fact(IE, "exports", "value", 10.7e9, "EUR", SEP24, "10.7 billion",
             "Medical and pharmaceutical products were worth €18.7 billion in the month, compared with €10.7 billion twelve months earlier",
             product=PHARMA),
        fact(IE, "exports", "growth", 73.6, "percent", SEP, "73.6",
             "The category grew by 73.6 per cent", product=PHARMA),
        fact(IE, "exports", "share", 65.5, "percent", SEP, "65.5",
             "on its own made up 65.5 per cent of total exports", product=PHARMA),
        fact(IE, "exports", "value", 16.3e9, "EUR", SEP, "16.3 billion",
             "The US took €16.3 billion worth of Irish goods", partner=US),
        fact(IE, "exports", "value", 7.2e9, "EUR", SEP24, "7.2 billion",
             "The US took €16.3 billion worth of Irish goods, against €7.2 billion in September 2024", partner=US),
        fact(IE, "exports", "growth", 126, "percent", SEP, "126",
             "The US took €16.3 billion worth of Irish goods, against €7.2 billion in September 2024, an increase of 126 per cent on the year",
             partner=US),
        fact(IE, "exports", "value", 14.8e9, "EUR", SEP, "14.8 billion",
             "Of that, €14.8 billion, or more than 90 per cent, was classed under chemicals and related products",
             partner=US, product=CHEM),
        fact(IE, "exports", "share", 90, "percent", SEP, "90",
             "Of that, €14.8 billion, or more than 90 per cent, was classed under chemicals and related products",
             partner=US, product=CHEM, qualifier="over"),
        fact(IE, "exports", "rank", 2, "number", SEP, "second-largest",
             "The Netherlands ranked as the second-largest destination for Irish goods", partner="Netherlands"),
        fact(IE, "exports", "rank", 3, "number", SEP, "third",
             "The Netherlands ranked as the second-largest destination for Irish goods, with Great Britain in third place", partner=GB),
        fact(IE, "exports", "value", 1.4e9, "EUR", SEP, "1.4 billion",
             "sales to Great Britain, which reached €1.4 billion",
             partner=GB),
        fact(IE, "exports", "growth", 22, "percent", SEP, "22",
             "Food and chemicals led a 22 per cent annual rise in sales to Great Britain", partner=GB),
        fact(IE, "exports", "growth", -33.5, "percent", SEP, "33.5",
             "Exports to other member states dropped 33.5 per cent to €6.9 billion", partner="European Union"),
        fact(IE, "exports", "value", 6.9e9, "EUR", SEP, "6.9 billion",
             "Exports to other member states dropped 33.5 per cent to €6.9 billion", partner="European Union"),
        fact(IE, "exports", "share", 24.2, "percent", SEP, "24.2",
             "Exports to other member states dropped 33.5 per cent to €6.9 billion, leaving the bloc with a 24.2 per cent slice of the total",
             partner="European Union"),
        fact(IE, "imports", "growth", 3.7, "percent", SEP, "3.7",
             "Growth on the import side was far more subdued, with the bill up just 3.7 per cent"),
        fact(IE, "imports", "value", 11.1e9, "EUR", SEP, "11.1 billion",
             "Growth on the import side was far more subdued, with the bill up just 3.7 per cent at €11.1 billion"),
        fact(IE, "imports", "share", 16.1, "percent", SEP, "16.1",
             "The US, Great Britain and China supplied 16.1 per cent, 11.7 per cent and 9.9 per cent of imports respectively",
             partner=US),
        fact(IE, "imports", "share", 11.7, "percent", SEP, "11.7",
             "The US, Great Britain and China supplied 16.1 per cent, 11.7 per cent and 9.9 per cent of imports respectively",
             partner=GB),
        fact(IE, "imports", "share", 9.9, "percent", SEP, "9.9",
             "The US, Great Britain and China supplied 16.1 per cent, 11.7 per cent and 9.9 per cent of imports respectively",
             partner="China"),
        fact(IE, "balance", "value", 17.4e9, "EUR", SEP, "17.4 billion",
             "Before seasonal adjustment, exports exceeded imports by €17.4 billion"),
        fact(IE, "balance", "value", 11.6e9, "EUR", SEP24, "11.6 billion",
             "exports exceeded imports by €17.4 billion, the largest monthly gap since March and well up on the €11.6 billion surplus of a year earlier"),
        fact(IE, "exports", "growth", 57.1, "percent", SEP, "57.1",
             "Once seasonal swings are stripped out, exports were 57.1 per cent higher than in August", basis="mom"),
        fact(IE, "imports", "growth", -12, "percent", SEP, "12",
             "imports slid 12 per cent on the month", basis="mom"),
        fact(IE, "balance", "value", 16.1e9, "EUR", SEP, "16.1 billion",
             "That pushed the seasonally adjusted surplus to €16.1 billion"),
        fact(IE, "balance", "value", 4.7e9, "EUR", AUG, "4.7 billion",
             "That pushed the seasonally adjusted surplus to €16.1 billion, against €4.7 billion in August"),
        fact(IE, "exports", "value", 212.2e9, "EUR", JS, "212.2 billion",
             "the import bill for the first nine months stood at €104.8 billion, up 5.5 per cent, against exports of €212.2 billion"),
        fact(IE, "exports", "growth", 27.7, "percent", JS, "27.7",
             "exports of €212.2 billion, which were running 27.7 per cent ahead of January-September 2024"),
        fact(IE, "imports", "growth", 5.5, "percent", JS, "5.5",
             "the import bill for the first nine months stood at €104.8 billion, up 5.5 per cent"),
        fact(IE, "imports", "value", 104.8e9, "EUR", JS, "104.8 billion",
             "the import bill for the first nine months stood at €104.8 billion"),
        fact(IE, "exports", "value", 100.5e9, "EUR", JS, "100.5 billion",
             "The US alone accounted for €100.5 billion of those sales", partner=US),
        fact(IE, "exports", "growth", 90, "percent", JS, "90",
             "The US alone accounted for €100.5 billion of those sales, compared with €52.8 billion a year earlier, a rise of 90 per cent",
             partner=US),
        fact(IE, "exports", "value", 52.8e9, "EUR", JS24, "52.8 billion",
             "The US alone accounted for €100.5 billion of those sales, compared with €52.8 billion a year earlier",
             partner=US),
    ],
}

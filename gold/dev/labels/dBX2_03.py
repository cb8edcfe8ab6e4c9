from _fact import fact, period

KE = "Kenya"
Q2 = period(2025, 4, 6)
Q1 = period(2025, 1, 3)
H1 = period(2025, 1, 6)

ARTICLE = {
    "id": "dBX2_03",
    "title": "Trade deficit widens to Sh348bn as machinery, vehicle imports jump",
    "publisher": "Business Daily",
    "published": "2025-10-01",
    "notes": [
        "Real figures (KNBS Q2 2025 quarterly GDP/balance of payments, as reported by expertinsightsnews.com and tengele.com; "
        "KNBS Leading Economic Indicators for H1 2025 as reported by Business Daily/eastleighvoice; tengele.com for China and "
        "Uganda): Q2 exports Sh280.0bn +1.7%, imports Sh693.6bn +5.7%; coffee +69% to Sh19.7bn; horticulture +19.1% to "
        "Sh55.0bn; salt -28.1%, cement -42.3%; titanium down (Kwale); iron and steel imports +84%, road motor vehicles +38%; "
        "petroleum imports -11.7% to Sh139.8bn; merchandise trade deficit (BoP basis) Sh348.4bn; current account deficit "
        "Sh83.7bn vs Sh47.4bn; GDP +5.0% in Q2; Q1 exports to Uganda Sh29.60bn; H1 imports from China Sh304.65bn and Q1 "
        "Sh148.62bn; H1 exports Sh554.08bn -3.06%; H1 deficit Sh783.91bn; H1 tea Sh90.12bn -12.05%, 315,036 tonnes, volume "
        "-1.72%, auction price $2.12/kg vs $2.20; first tea contraction since 2019.",
        "Derived/made up: $2.17bn (280.0 / 129.2 shillings per dollar, my conversion); petroleum share 20.2% "
        "(139.8/693.6); China's Q2 imports Sh156.0bn (304.65 - 148.62) and 22.5% share (156.0/693.6). Made up: Uganda "
        "Sh30.8bn and 11.0% share, Netherlands second at Sh20.1bn, UK third, Pakistan fourth with Sh15.1bn -18.6%, India "
        "second import source, the analyst's quote, the byline and the 129.2 exchange rate wording. The corpus sources "
        "disagree on Q2 exports (tengele reports a 16.5% drop on a BoP basis); I kept +1.7% and Sh280.0bn from the trade "
        "figures and the Sh348.4bn BoP-basis deficit, so the deficit is not exports minus imports (413.6) - the text says so.",
        "Judgement calls: 'Sh' glued forms give value_text without Sh; the headline's 'Sh348bn' restates the body's "
        "Sh348.4bn and is labelled once; '($2.17 billion)' has no 'about', so exact; 'the beverage' carries coffee from the "
        "previous sentence; 'the leaf' carries tea for the 315,036 tonnes quantity (product tea, H1); salt and cement share "
        "'posted declines of ... respectively' (exports, product salt / cement); 'spending on iron and steel' and 'the cost "
        "of road motor vehicles' are imports (the sentence opens 'On the import side'); Uganda's 'top destination', the "
        "Netherlands' 'came second', the UK's 'third place' and Pakistan's 'slipped to fourth' are export ranks for Q2; "
        "'Sales to Pakistan' are exports; China's 'biggest source of imports' and India's 'second-largest supplier' are "
        "import ranks; 'In January-March ... Sh29.60 billion' is a Q1 value for exports to Uganda; the H1 deficit is the "
        "goods trade deficit for January-June.",
        "Not facts: 1.72 percent less tea volume (volume growth beside value growth); $2.12 and $2.20 per kilo (prices); "
        "current account deficit Sh83.7 billion and Sh47.4 billion (current account); GDP growth 5.0 percent; Sh129.2 to the "
        "dollar (exchange rate); 'For the first time since 2019' (milestone); years 2019, 2024, 2025.",
        "Copy check: 17 sentences searched (11 look-ups), 3 reworded (salt/cement 'respectively' sentence, tea volume "
        "sentence and current account sentence, whose skeletons matched the expertinsightsnews/Business Daily texts).",
        "Second check: 29 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(KE, "balance", "value", -348.4e9, "KES", Q2, "348.4 billion",
             "Measured on a balance of payments basis, which values imports free on board, the merchandise trade deficit stood at Sh348.4 billion in the second quarter"),
        fact(KE, "exports", "growth", 1.7, "percent", Q2, "1.7",
             "the 1.7 percent rise in goods exports"),
        fact(KE, "exports", "value", 280.0e9, "KES", Q2, "280.0 billion",
             "the 1.7 percent rise in goods exports to Sh280.0 billion"),
        fact(KE, "exports", "value", 2.17e9, "USD", Q2, "2.17 billion",
             "the 1.7 percent rise in goods exports to Sh280.0 billion ($2.17 billion)"),
        fact(KE, "imports", "growth", 5.7, "percent", Q2, "5.7",
             "the import bill was up 5.7 percent"),
        fact(KE, "imports", "value", 693.6e9, "KES", Q2, "693.6 billion",
             "At Sh693.6 billion, the import bill was up 5.7 percent"),
        fact(KE, "exports", "growth", 69, "percent", Q2, "69",
             "lifted earnings from the beverage by 69 percent", product="coffee"),
        fact(KE, "exports", "value", 19.7e9, "KES", Q2, "19.7bn",
             "lifted earnings from the beverage by 69 percent to Sh19.7bn", product="coffee"),
        fact(KE, "exports", "value", 55.0e9, "KES", Q2, "55.0 billion",
             "Horticulture, which includes cut flowers, avocados and vegetables, grew by 19.1 percent and brought in Sh55.0 billion", product="horticulture"),
        fact(KE, "exports", "growth", 19.1, "percent", Q2, "19.1",
             "Horticulture, which includes cut flowers, avocados and vegetables, grew by 19.1 percent",
             product="horticulture"),
        fact(KE, "exports", "growth", -28.1, "percent", Q2, "28.1",
             "Salt and cement, two staples of Kenya's sales to its neighbours, posted declines of 28.1 percent and 42.3 percent respectively",
             product="salt"),
        fact(KE, "exports", "growth", -42.3, "percent", Q2, "42.3",
             "Salt and cement, two staples of Kenya's sales to its neighbours, posted declines of 28.1 percent and 42.3 percent respectively",
             product="cement"),
        fact(KE, "imports", "growth", 84, "percent", Q2, "84",
             "On the import side, businesses restocking pushed the cost of road motor vehicles up 38 percent, and spending on iron and steel shot up 84 percent", product="iron and steel"),
        fact(KE, "imports", "growth", 38, "percent", Q2, "38",
             "On the import side, businesses restocking pushed the cost of road motor vehicles up 38 percent",
             product="road motor vehicles"),
        fact(KE, "imports", "growth", -11.7, "percent", Q2, "11.7",
             "Imports of petroleum products fell 11.7 percent to Sh139.8 billion", product="petroleum products"),
        fact(KE, "imports", "value", 139.8e9, "KES", Q2, "139.8 billion",
             "Imports of petroleum products fell 11.7 percent to Sh139.8 billion", product="petroleum products"),
        fact(KE, "imports", "share", 20.2, "percent", Q2, "20.2",
             "Imports of petroleum products fell 11.7 percent to Sh139.8 billion, or 20.2 percent of the import bill",
             product="petroleum products"),
        fact(KE, "exports", "rank", 1, "number", Q2, "top",
             "Uganda kept its place as the top destination for Kenyan goods", partner="Uganda"),
        fact(KE, "exports", "value", 30.8e9, "KES", Q2, "30.8 billion",
             "Uganda kept its place as the top destination for Kenyan goods, buying products worth Sh30.8 billion", partner="Uganda"),
        fact(KE, "exports", "share", 11.0, "percent", Q2, "11.0",
             "Uganda kept its place as the top destination for Kenyan goods, buying products worth Sh30.8 billion, or 11.0 percent of total exports",
             partner="Uganda"),
        fact(KE, "exports", "value", 29.60e9, "KES", Q1, "29.60 billion",
             "In January-March, Kenyan sales there had totalled Sh29.60 billion.", partner="Uganda"),
        fact(KE, "exports", "rank", 2, "number", Q2, "second",
             "The Netherlands, the main entry point for Kenyan flowers into Europe, came second at Sh20.1 billion", partner="Netherlands"),
        fact(KE, "exports", "value", 20.1e9, "KES", Q2, "20.1 billion",
             "The Netherlands, the main entry point for Kenyan flowers into Europe, came second at Sh20.1 billion", partner="Netherlands"),
        fact(KE, "exports", "rank", 3, "number", Q2, "third",
             "The Netherlands, the main entry point for Kenyan flowers into Europe, came second at Sh20.1 billion, with the UK in third place",
             partner="United Kingdom"),
        fact(KE, "exports", "rank", 4, "number", Q2, "fourth",
             "Pakistan, long the anchor market for Kenyan tea, slipped to fourth.", partner="Pakistan"),
        fact(KE, "exports", "growth", -18.6, "percent", Q2, "18.6",
             "Sales to Pakistan fell 18.6 percent to Sh15.1 billion", partner="Pakistan"),
        fact(KE, "exports", "value", 15.1e9, "KES", Q2, "15.1 billion",
             "Sales to Pakistan fell 18.6 percent to Sh15.1 billion", partner="Pakistan"),
        fact(KE, "imports", "rank", 1, "number", Q2, "biggest",
             "China remained the biggest source of imports", partner="China"),
        fact(KE, "imports", "value", 156.0e9, "KES", Q2, "156.0 billion",
             "China remained the biggest source of imports, supplying goods worth Sh156.0 billion", partner="China"),
        fact(KE, "imports", "share", 22.5, "percent", Q2, "22.5",
             "China remained the biggest source of imports, supplying goods worth Sh156.0 billion, which is 22.5 percent of the total import bill",
             partner="China"),
        fact(KE, "imports", "rank", 2, "number", Q2, "second-largest",
             "India was the second-largest supplier", partner="India"),
        fact(KE, "exports", "growth", -12.05, "percent", H1, "12.05",
             "tea earnings fell over the January-June period, shrinking 12.05 percent", product="tea"),
        fact(KE, "exports", "value", 90.12e9, "KES", H1, "90.12 billion",
             "tea earnings fell over the January-June period, shrinking 12.05 percent in the first half of 2025 to Sh90.12 billion", product="tea"),
        fact(KE, "exports", "quantity", 315036, "tonnes", H1, "315,036",
             "315,036 tonnes of the leaf leaving the country", product="tea"),
        fact(KE, "exports", "value", 554.08e9, "KES", H1, "554.08 billion",
             "Total exports for the half-year came to Sh554.08 billion, a decline of 3.06 percent"),
        fact(KE, "exports", "growth", -3.06, "percent", H1, "3.06",
             "Total exports for the half-year came to Sh554.08 billion, a decline of 3.06 percent"),
        fact(KE, "balance", "value", -783.91e9, "KES", H1, "783.91 billion",
             "the goods trade deficit for the six months stood at Sh783.91 billion"),
    ],
}

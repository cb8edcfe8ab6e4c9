from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
FR = "France"
E_AERO = ("aeronautical and space products became France's biggest export earner, their sales surging 9.8 percent to "
          "€71.3 billion")
E_PH = "Exports of pharmaceuticals increased 4.6 percent to €40.2 billion"
E_X = "Over the full year, exports grew 2.5 percent to €614.7 billion and imports edged up only 0.7 percent"
E_US = "sales to the United States dipped only 0.8 percent to €47.5 billion"
E_SV = "France's services trade surplus was €55.6 billion in 2025, a little under the €56.7 billion of 2024"
E_DEC = "For December on its own, the deficit grew to €4.8 billion from a revised €4.0 billion deficit in November"
E_DX = "Month on month, exports increased 1.8 percent to €53.1 billion"
E_DM = "imports rose 3.0 percent to €57.9 billion"
AERO = "aeronautical and space products"

ARTICLE = {
    "id": "dB2_06_fr_trade_2025",
    "title": "Aircraft sales boom shrinks France's 2025 goods trade deficit to €69.2 billion",
    "publisher": "AFP",
    "published": "2026-02-06",
    "notes": [
        "Date and publisher from the dateline 'PARIS, Feb 6, 2026 (AFP)'. Running period: the year 2025 (stated), December 2025 "
        "for the closing paragraph.",
        "'goods trade deficit' -> balance with product null (goods is the default; services are labelled 'services').",
        "Headline €69.2 billion restates the body: labelled once.",
        "'In 2024 the deficit had stood at €79.2 billion': a deficit, -79.2e9 for 2024. The deepest deficit on record, €161.7 billion, "
        "posted in 2022, is labelled for 2022.",
        "'France's biggest export earner' for aeronautical and space products: rank 1 with that product.",
        "Energy deficit (-52.3e9) and agri-food surplus (+200 million) are balances restricted to product 'energy' / 'agri-food'.",
        "Out: 793 Airbus deliveries (not a trade flow), 'the third consecutive yearly improvement', the manufacturing balance's deterioration of "
        "€2.4 billion (a change in a balance, derived), the deficit as 0.4 / 0.8 percent of GDP, 'the lowest since the early 2000s'.",
        "Services surplus: €55.6 billion (2025) and €56.7 billion (2024), product 'services'; 'a little under' compares the two "
        "figures and is not a qualifier of €56.7 billion (exact).",
        "December: 'Month on month' sets a mom frame that carries over to imports (3.0 percent) and transport "
        "equipment exports (-2.2 percent) in the same paragraph. November's revised deficit of €4.0 billion is labelled for 2025-11.",
        "Imports: growth only for 2025 (no value given), so exports minus imports cannot be checked against the balance.",
    ],
    "facts": [
        fact(FR, "balance", "value", -69.2e9, "EUR", Y, "69.2 billion",
             "France cut its goods trade deficit to €69.2 billion in 2025"),
        fact(FR, "balance", "value", -79.2e9, "EUR", period(2024, 1, 12), "79.2 billion",
             "In 2024 the deficit had stood at €79.2 billion"),
        fact(FR, "balance", "value", -161.7e9, "EUR", period(2022, 1, 12), "161.7 billion",
             "The deepest deficit on record, €161.7 billion, was posted in 2022"),
        fact(FR, "exports", "growth", 2.5, "percent", Y, "2.5", E_X),
        fact(FR, "exports", "value", 614.7e9, "EUR", Y, "614.7 billion", E_X),
        fact(FR, "imports", "growth", 0.7, "percent", Y, "0.7", E_X),
        fact(FR, "exports", "growth", 9.8, "percent", Y, "9.8", E_AERO, product=AERO),
        fact(FR, "exports", "value", 71.3e9, "EUR", Y, "71.3 billion", E_AERO, product=AERO),
        fact(FR, "exports", "rank", 1, "number", Y, "biggest", E_AERO, product=AERO),
        fact(FR, "exports", "growth", 4.6, "percent", Y, "4.6", E_PH, product="pharmaceuticals"),
        fact(FR, "exports", "value", 40.2e9, "EUR", Y, "40.2 billion", E_PH, product="pharmaceuticals"),
        fact(FR, "balance", "value", -52.3e9, "EUR", Y, "52.3 billion", "On energy, the deficit eased to €52.3 billion",
             product="energy"),
        fact(FR, "balance", "value", 200e6, "EUR", Y, "200 million",
             "the agri-food surplus, long a point of national pride, shrank to a mere €200 million", product="agri-food"),
        fact(FR, "exports", "growth", -0.8, "percent", Y, "0.8", E_US, partner="United States"),
        fact(FR, "exports", "value", 47.5e9, "EUR", Y, "47.5 billion", E_US, partner="United States"),
        fact(FR, "balance", "value", -11.6e9, "EUR", Y, "11.6 billion", "the French deficit with the US contracted to €11.6 billion",
             partner="United States"),
        fact(FR, "balance", "value", 55.6e9, "EUR", Y, "55.6 billion", E_SV, product="services"),
        fact(FR, "balance", "value", 56.7e9, "EUR", period(2024, 1, 12), "56.7 billion", E_SV, product="services"),
        fact(FR, "balance", "value", -4.8e9, "EUR", DEC, "4.8 billion", E_DEC),
        fact(FR, "balance", "value", -4.0e9, "EUR", period(2025, 11), "4.0 billion", E_DEC),
        fact(FR, "exports", "growth", 1.8, "percent", DEC, "1.8", E_DX, basis="mom"),
        fact(FR, "exports", "value", 53.1e9, "EUR", DEC, "53.1 billion", E_DX),
        fact(FR, "imports", "growth", 3.0, "percent", DEC, "3.0", E_DM, basis="mom"),
        fact(FR, "imports", "value", 57.9e9, "EUR", DEC, "57.9 billion", E_DM),
        fact(FR, "exports", "growth", -2.2, "percent", DEC, "2.2", "Transport equipment exports declined 2.2 percent",
             product="transport equipment", basis="mom"),
    ],
}

from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
YTD = period(2025, 1, 8)
US = "United States"
GS = "goods and services"
E_GAP = "At $59.6 billion, the shortfall was 23.8% smaller than July's revised $78.2 billion"
E_XM = "Month on month, the import bill fell 5.1% to $340.4 billion and exports edged 0.1% higher to $280.8 billion."
E_GOODS = "On goods alone, the deficit came in at $85.6 billion, 17.5% below July"
E_GIM = "Relative to July, purchases of foreign goods slid 6.6% to $264.6 billion."
E_CONS = ("Spending on imported consumer goods dropped 4.2% to $68.9 billion, with pharmaceutical preparations leading the "
          "way down, whereas capital goods imports reached a record $97.4 billion, up 1.8%")
E_GEX = "Merchandise exports dipped 0.3% from the previous month to $179.0 billion"
E_CHN = "Purchases from China fell to $24.6 billion, while sales to China rose to $10.4 billion"
E_MEX_EU = "The United States ran deficits of $16.9 billion with Mexico and $18.9 billion with the European Union."
E_SWISS = ("The gap with Switzerland, which had ballooned earlier in the year as traders flew gold bars to the United States, "
           "shrank 64.5% from July to $4.6 billion.")
E_YTD = "Year to date, the January-August deficit reached $713.6 billion, a 25.0% increase on the same stretch of 2024"
E_YTD_XM = "as imports grew 9.2% and exports 5.1%"

ARTICLE = {
    "id": "dAP2_01_us_trade_deficit_aug_2025",
    "title": "Gold and consumer imports retreat, cutting U.S. trade gap by 24% in August",
    "publisher": "Meridian Wire",
    "published": "2025-10-07",
    "notes": [
        "Outlet and people are invented; figures modelled on the August 2025 BEA/Census release. Publisher is the outlet in the dateline (Meridian Wire).",
        "Headline '24%' and body '23.8%' state the same observation (rounding): labelled once, from the body's more precise 23.8.",
        "Headline balance, exports, imports and year-to-date figures are goods and services: product 'goods and services'; goods-only figures (goods deficit, goods exports/imports, country detail) carry product null; services figures 'services'.",
        "'the shortfall was 23.8% smaller' is growth of a deficit following its comparative: -23.8, basis mom (against a revised July figure in the same sentence).",
        "'July's revised $78.2 billion': July's revised deficit labelled as a July balance fact (negative).",
        "'Month on month' sets a mom frame for both imports -5.1 and exports +0.1; goods deficit '17.5% below July' -17.5 mom.",
        "'Relative to July' opens the goods-imports paragraph: goods imports -6.6, consumer goods -4.2 and capital goods +1.8 are all mom.",
        "Services surplus 'crept up to $26.1 billion': positive services balance; no growth stated.",
        "Absolute changes ('accounted for $11.3 billion of that decline' for industrial supplies) are derived comparisons: out.",
        "Country figures (China, Mexico, EU, Switzerland) are August goods figures; deficits are negative balances.",
        "Switzerland: 'shrank 64.5% from July' is growth of the deficit, -64.5 mom.",
        "Year to date = January-August 2025; 'a 25.0% increase' is the growth of the deficit (+25.0, yoy); 'exports 5.1%' shares the verb 'grew'.",
        "Forecast shortfall of $60.4 billion (poll), tariff rates (39%, 10%), GDP figures (3.8%, 2.5%, percentage points), '1 percentage point' contribution, years and dates: out.",
    ],
    "facts": [
        fact(US, "balance", "value", -59.6e9, "USD", AUG, "59.6 billion", E_GAP, product=GS),
        fact(US, "balance", "growth", -23.8, "percent", AUG, "23.8", E_GAP, product=GS, basis="mom"),
        fact(US, "balance", "value", -78.2e9, "USD", JUL, "78.2 billion", E_GAP, product=GS),
        fact(US, "imports", "growth", -5.1, "percent", AUG, "5.1", E_XM, product=GS, basis="mom"),
        fact(US, "imports", "value", 340.4e9, "USD", AUG, "340.4 billion", E_XM, product=GS),
        fact(US, "exports", "growth", 0.1, "percent", AUG, "0.1", E_XM, product=GS, basis="mom"),
        fact(US, "exports", "value", 280.8e9, "USD", AUG, "280.8 billion", E_XM, product=GS),
        fact(US, "balance", "value", -85.6e9, "USD", AUG, "85.6 billion", E_GOODS),
        fact(US, "balance", "growth", -17.5, "percent", AUG, "17.5", E_GOODS, basis="mom"),
        fact(US, "balance", "value", 26.1e9, "USD", AUG, "26.1 billion",
             "the surplus on services crept up to $26.1 billion", product="services"),
        fact(US, "imports", "growth", -6.6, "percent", AUG, "6.6", E_GIM, basis="mom"),
        fact(US, "imports", "value", 264.6e9, "USD", AUG, "264.6 billion", E_GIM),
        fact(US, "imports", "growth", -4.2, "percent", AUG, "4.2", E_CONS, product="consumer goods", basis="mom"),
        fact(US, "imports", "value", 68.9e9, "USD", AUG, "68.9 billion", E_CONS, product="consumer goods"),
        fact(US, "imports", "growth", 1.8, "percent", AUG, "1.8", E_CONS, product="capital goods", basis="mom"),
        fact(US, "imports", "value", 97.4e9, "USD", AUG, "97.4 billion", E_CONS, product="capital goods"),
        fact(US, "exports", "growth", -0.3, "percent", AUG, "0.3", E_GEX, basis="mom"),
        fact(US, "exports", "value", 179.0e9, "USD", AUG, "179.0 billion", E_GEX),
        fact(US, "exports", "value", 101.8e9, "USD", AUG, "101.8 billion",
             "pushed services exports to a record $101.8 billion", product="services"),
        fact(US, "balance", "value", -14.2e9, "USD", AUG, "14.2 billion",
             "the shortfall with China at a narrower $14.2 billion", partner="China"),
        fact(US, "imports", "value", 24.6e9, "USD", AUG, "24.6 billion", E_CHN, partner="China"),
        fact(US, "exports", "value", 10.4e9, "USD", AUG, "10.4 billion", E_CHN, partner="China"),
        fact(US, "balance", "value", -16.9e9, "USD", AUG, "16.9 billion", E_MEX_EU, partner="Mexico"),
        fact(US, "balance", "value", -18.9e9, "USD", AUG, "18.9 billion", E_MEX_EU, partner="European Union"),
        fact(US, "balance", "growth", -64.5, "percent", AUG, "64.5", E_SWISS, partner="Switzerland", basis="mom"),
        fact(US, "balance", "value", -4.6e9, "USD", AUG, "4.6 billion", E_SWISS, partner="Switzerland"),
        fact(US, "balance", "value", -713.6e9, "USD", YTD, "713.6 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 25.0, "percent", YTD, "25.0", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.1, "percent", YTD, "5.1", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 9.2, "percent", YTD, "9.2", E_YTD_XM, product=GS),
    ],
}

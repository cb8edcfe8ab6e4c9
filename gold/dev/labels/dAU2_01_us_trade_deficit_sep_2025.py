from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)
US = "United States"
GS = "goods and services"
E_HEAD = "The U.S. trade deficit narrowed 10.9% from August to $52.8 billion in September"
E_EX = "Exports of goods and services rose 3.0% on the month to $289.3 billion"
E_IM = "Imports crept up 0.6% to $342.1 billion"
E_YOY = "Measured against September 2024, exports were 5.7% higher and imports 3.7% lower."
E_GX = "Goods exports climbed 4.9% from August to $187.6 billion"
E_GM = "goods imports gained 0.7% over the same span to $266.6 billion"
E_SX = "services exports were 0.4% lower on the month at $101.7 billion"
E_CN = "The goods deficit with China, which the government reports without seasonal adjustment, came to $15.0 billion in September, compared with $17.1 billion in August."
E_MX1 = "Mexico remained the largest U.S. trading partner in the first nine months of the year"
E_MX2 = E_MX1 + " and supplied 15.6% of all goods imports over that period."
E_YTD = "the combined goods and services shortfall for January through September reached $767.3 billion, 17.2% above the first nine months of 2024"
E_YTD_XM = "Over the same stretch, imports rose 7.7% and exports 5.2%."

ARTICLE = {
    "id": "dAU2_01_us_trade_deficit_sep_2025",
    "title": "U.S. trade deficit shrinks 10.9% in September to smallest in over five years",
    "publisher": "Harborline Wire",
    "published": "2025-12-11",
    "notes": [
        "Headline figures of the Census/BEA release (total exports, imports, balance) cover goods and services: product 'goods and services'. "
        "Goods-only figures carry product null (as in dA3_01); services-only figures carry 'services'. Census country detail is goods only: product null.",
        "'narrowed 10.9% from August': growth of a deficit follows its verb, narrowed -> -10.9, basis mom (comparison with the month before). "
        "The headline repeats the same observation ('shrinks 10.9% in September'): labelled once.",
        "'$52.8 billion' in the lead is the September deficit: balance -52.8e9.",
        "August's revised deficit $59.3 billion: labelled as an August balance (goods and services).",
        "Forecast 'gap of $63.3 billion' (economists polled) and the economist's '$65 billion a month early next year': forecasts, out.",
        "'rose 3.0% on the month' sets basis mom; 'Imports crept up 0.6%' in the same paragraph inherits the mom frame.",
        "'Measured against September 2024, exports were 5.7% higher and imports 3.7% lower': explicit year-on-year, goods and services, imports -3.7.",
        "'Goods exports climbed 4.9% from August' (mom); 'goods imports gained 0.7% over the same span' refers back to the same comparison: mom.",
        "Absolute changes ('$7.1 billion smaller than in August', 'nonmonetary gold up $6.1 billion', 'pharmaceutical preparations up $3.1 billion'): derived comparisons, out.",
        "'The services surplus slipped to $26.2 billion': a surplus, positive balance, product services. 'services imports were little changed': no number.",
        "Three-month average deficit $63.1 billion: an average of monthly figures the record cannot express (a Jul-Sep period would read as a total): out, "
        "like the per-working-day averages the guide excludes.",
        "China: 'came to $15.0 billion in September, compared with $17.1 billion in August': the comparison base is itself a stated August value, "
        "labelled as a separate August balance fact with partner China. 'exports to China were little changed': no number.",
        "'China ranked fourth among U.S. partners by size of goods deficit': rank 4 of the balance with China (September, goods). "
        "Ireland, Mexico and Vietnam named as ahead carry no ordinal: not labelled as ranks.",
        "'The shortfall with Mexico was $17.4 billion and with Vietnam $16.6 billion': both deficits, negative; Vietnam inherits 'shortfall'.",
        "'The deficit with the European Union widened to $22.4 billion': balance -22.4e9, partner European Union; 'widened' has no number attached.",
        "Mexico 'largest U.S. trading partner in the first nine months': rank 1, flow total, Jan-Sep 2025; '15.6% of all goods imports over that period': "
        "share of imports from Mexico, Jan-Sep.",
        "Year to date Jan-Sep 2025: deficit -767.3e9 and its growth +17.2 ('17.2% above'); imports +7.7 and exports +5.2 ('rose' governs both) (goods and services).",
        "'highest on record', 'smallest in over five years': milestones, out. Customs duties $29.5 billion: not a trade flow, out. "
        "'roughly 1 percentage point to growth': GDP contribution, out.",
    ],
    "facts": [
        fact(US, "balance", "growth", -10.9, "percent", SEP, "10.9", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -52.8e9, "USD", SEP, "52.8 billion", E_HEAD, product=GS),
        fact(US, "balance", "value", -59.3e9, "USD", AUG, "59.3 billion", "August's deficit was revised to $59.3 billion", product=GS),
        fact(US, "exports", "growth", 3.0, "percent", SEP, "3.0", E_EX, product=GS, basis="mom"),
        fact(US, "exports", "value", 289.3e9, "USD", SEP, "289.3 billion", E_EX, product=GS),
        fact(US, "imports", "growth", 0.6, "percent", SEP, "0.6", E_IM, product=GS, basis="mom"),
        fact(US, "imports", "value", 342.1e9, "USD", SEP, "342.1 billion", E_IM, product=GS),
        fact(US, "exports", "growth", 5.7, "percent", SEP, "5.7", E_YOY, product=GS),
        fact(US, "imports", "growth", -3.7, "percent", SEP, "3.7", E_YOY, product=GS),
        fact(US, "balance", "value", -79.0e9, "USD", SEP, "79.0 billion", "At $79.0 billion, the deficit on goods alone was $7.1 billion smaller than in August."),
        fact(US, "exports", "growth", 4.9, "percent", SEP, "4.9", E_GX, basis="mom"),
        fact(US, "exports", "value", 187.6e9, "USD", SEP, "187.6 billion", E_GX),
        fact(US, "imports", "growth", 0.7, "percent", SEP, "0.7", E_GM, basis="mom"),
        fact(US, "imports", "value", 266.6e9, "USD", SEP, "266.6 billion", E_GM),
        fact(US, "balance", "value", 26.2e9, "USD", SEP, "26.2 billion", "The services surplus slipped to $26.2 billion.", product="services"),
        fact(US, "exports", "growth", -0.4, "percent", SEP, "0.4", E_SX, product="services", basis="mom"),
        fact(US, "exports", "value", 101.7e9, "USD", SEP, "101.7 billion", E_SX, product="services"),
        fact(US, "balance", "value", -15.0e9, "USD", SEP, "15.0 billion", E_CN, partner="China"),
        fact(US, "balance", "value", -17.1e9, "USD", AUG, "17.1 billion", E_CN, partner="China"),
        fact(US, "imports", "value", 21.6e9, "USD", SEP, "21.6 billion", "Imports from China dropped to $21.6 billion", partner="China"),
        fact(US, "balance", "rank", 4, "number", SEP, "fourth", "China ranked fourth among U.S. partners by size of goods deficit", partner="China"),
        fact(US, "balance", "value", -17.4e9, "USD", SEP, "17.4 billion",
             "The shortfall with Mexico was $17.4 billion and with Vietnam $16.6 billion.", partner="Mexico"),
        fact(US, "balance", "value", -16.6e9, "USD", SEP, "16.6 billion",
             "The shortfall with Mexico was $17.4 billion and with Vietnam $16.6 billion.", partner="Vietnam"),
        fact(US, "balance", "value", -22.4e9, "USD", SEP, "22.4 billion",
             "The deficit with the European Union widened to $22.4 billion", partner="European Union"),
        fact(US, "total", "rank", 1, "number", YTD, "largest", E_MX1, partner="Mexico"),
        fact(US, "imports", "share", 15.6, "percent", YTD, "15.6", E_MX2, partner="Mexico"),
        fact(US, "balance", "value", -767.3e9, "USD", YTD, "767.3 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", 17.2, "percent", YTD, "17.2", E_YTD, product=GS),
        fact(US, "exports", "growth", 5.2, "percent", YTD, "5.2", E_YTD_XM, product=GS),
        fact(US, "imports", "growth", 7.7, "percent", YTD, "7.7", E_YTD_XM, product=GS),
    ],
}

from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
DEC24 = period(2024, 12)
CN = "China"
ORE = "iron ore"
E_YEAR = "brought in 1.26 billion metric tons last year, up 1.8% from 1.237 billion tons in 2024"
E_DEC = "Arrivals in December jumped 8.2% from November to 119.65 million tons"
E_DEC_YOY = "December's volume was also 6.4% above the 112.49 million tons imported a year earlier."
E_VAL = "China paid $119.8 billion for iron ore in 2025, down 9.6% from a year earlier"
E_CNY = "In yuan terms, purchases fell 8.9% to 857.3 billion yuan."
E_AUS = ("Australia remained by far the largest supplier, shipping 758.6 million tons, down 0.9% from 2024 and "
         "equal to 60.3% of China's total purchases.")
E_BRA = "Brazil, the second-largest supplier, sent 267.4 million tons, up 5.1%, for a 21.2% share."
E_DEC_SUP = "In December alone, arrivals from Australia and Brazil came to 71.2 million tons and 28.9 million tons, respectively."
E_WA = "Shipments from West Africa, mostly from Sierra Leone and Liberia, rose 14.2% to 21.6 million tons"
E_STEEL = "steel exports hit a record 119.0 million tons, up 7.5%"

ARTICLE = {
    "id": "dAO1_05_china_iron_ore_imports_2025",
    "title": "China's iron ore imports climb to record 1.26 billion tons in 2025 on year-end rush",
    "publisher": "Reuters",
    "published": "2026-01-20",
    "notes": [
        "Area China throughout; iron ore figures are imports with product 'iron ore'. 'last year' and 'in 2025' are 2025 (published 2026-01-20).",
        "Headline '1.26 billion tons' is the same observation as the body's 1.26 billion: labelled once (body evidence); 'record' and 'all-time high' are milestones, out.",
        "'from 1.237 billion tons in 2024' and 'the 112.49 million tons imported a year earlier' are stated figures for earlier periods: labelled as 2024 and December 2024 quantities. 'November imports were 110.54 million tons' is a November 2025 quantity.",
        "'jumped 8.2% from November' is a comparison with the month before: basis mom. '6.4% above ... a year earlier' is yoy (explicit, overriding the paragraph's mom opening).",
        "'the largest monthly intake of the year' is a milestone, not a rank among partners or areas: out.",
        "Dollar value $119.8 billion (-9.6%) and yuan value 857.3 billion (-8.9%) are separate facts in their own currencies, both exact as written; December bill $12.34 billion.",
        "Suppliers: partner Australia / Brazil; 'largest supplier' -> rank 1, 'second-largest supplier' -> rank 2 (value_text 'second'); shares are of China's total iron ore imports. '(from 2024)' is the comparison base, not the period.",
        "'Together, the two countries accounted for 81.5% of imports': one share fact with partner 'Australia, Brazil' (a named group, text order).",
        "December supplier volumes: respectively pair Australia 71.2, Brazil 28.9 million tons.",
        "West Africa 21.6 million tons, +14.2%: partner 'West Africa' as written (Sierra Leone and Liberia are named only as its main sources).",
        "Simandou: the single cargo of nearly 200,000 tons docked on Jan. 17 (one shipment, part of a month, not a period statistic), the 120 million tons a year design capacity (production) and the mine's 'four blocks' are out.",
        "Steel exports 119.0 million tons, +7.5%: a trade flow, labelled with product 'steel'. 'record' is a milestone.",
        "Non-trade numbers out: crude steel output 960.8 million tons and its 4.4% fall, 'lowest since 2018', port inventories 158.3 million tons and 'up 7%', Dalian price 792 yuan ($113.70) and its 0.6% fall, SGX $105.40, the date Jan. 16.",
        "The analyst's 2026 forecast of about 1.23 billion tons is a forecast: out.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 1.26e9, "tonnes", Y25, "1.26 billion", E_YEAR, product=ORE),
        fact(CN, "imports", "growth", 1.8, "percent", Y25, "1.8", E_YEAR, product=ORE),
        fact(CN, "imports", "quantity", 1.237e9, "tonnes", Y24, "1.237 billion", E_YEAR, product=ORE),
        fact(CN, "imports", "growth", 8.2, "percent", DEC, "8.2", E_DEC, product=ORE, basis="mom"),
        fact(CN, "imports", "quantity", 119.65e6, "tonnes", DEC, "119.65 million", E_DEC, product=ORE),
        fact(CN, "imports", "quantity", 110.54e6, "tonnes", NOV, "110.54 million",
             "November imports were 110.54 million tons.", product=ORE),
        fact(CN, "imports", "growth", 6.4, "percent", DEC, "6.4", E_DEC_YOY, product=ORE),
        fact(CN, "imports", "quantity", 112.49e6, "tonnes", DEC24, "112.49 million", E_DEC_YOY, product=ORE),
        fact(CN, "imports", "value", 119.8e9, "USD", Y25, "119.8 billion", E_VAL, product=ORE),
        fact(CN, "imports", "growth", -9.6, "percent", Y25, "9.6", E_VAL, product=ORE),
        fact(CN, "imports", "growth", -8.9, "percent", Y25, "8.9", E_CNY, product=ORE),
        fact(CN, "imports", "value", 857.3e9, "CNY", Y25, "857.3 billion", E_CNY, product=ORE),
        fact(CN, "imports", "value", 12.34e9, "USD", DEC, "12.34 billion",
             "The December bill alone came to $12.34 billion.", product=ORE),
        fact(CN, "imports", "rank", 1, "number", Y25, "largest", E_AUS, partner="Australia", product=ORE),
        fact(CN, "imports", "quantity", 758.6e6, "tonnes", Y25, "758.6 million", E_AUS, partner="Australia", product=ORE),
        fact(CN, "imports", "growth", -0.9, "percent", Y25, "0.9", E_AUS, partner="Australia", product=ORE),
        fact(CN, "imports", "share", 60.3, "percent", Y25, "60.3", E_AUS, partner="Australia", product=ORE),
        fact(CN, "imports", "rank", 2, "number", Y25, "second", E_BRA, partner="Brazil", product=ORE),
        fact(CN, "imports", "quantity", 267.4e6, "tonnes", Y25, "267.4 million", E_BRA, partner="Brazil", product=ORE),
        fact(CN, "imports", "growth", 5.1, "percent", Y25, "5.1", E_BRA, partner="Brazil", product=ORE),
        fact(CN, "imports", "share", 21.2, "percent", Y25, "21.2", E_BRA, partner="Brazil", product=ORE),
        fact(CN, "imports", "share", 81.5, "percent", Y25, "81.5",
             "Together, the two countries accounted for 81.5% of imports", partner="Australia, Brazil", product=ORE),
        fact(CN, "imports", "quantity", 71.2e6, "tonnes", DEC, "71.2 million", E_DEC_SUP, partner="Australia", product=ORE),
        fact(CN, "imports", "quantity", 28.9e6, "tonnes", DEC, "28.9 million", E_DEC_SUP, partner="Brazil", product=ORE),
        fact(CN, "imports", "growth", 14.2, "percent", Y25, "14.2", E_WA, partner="West Africa", product=ORE),
        fact(CN, "imports", "quantity", 21.6e6, "tonnes", Y25, "21.6 million", E_WA, partner="West Africa", product=ORE),
        fact(CN, "exports", "quantity", 119.0e6, "tonnes", Y25, "119.0 million", E_STEEL, product="steel"),
        fact(CN, "exports", "growth", 7.5, "percent", Y25, "7.5", E_STEEL, product="steel"),
    ],
}

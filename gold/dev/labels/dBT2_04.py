from _fact import fact, period

VN = "Vietnam"
JN = period(2026, 1, 11)
JO = period(2026, 1, 10)
NOV = period(2026, 11)

E_TOTAL = ("Vietnam's goods trade with the rest of the world totaled $938.6 billion between January and November, "
           "11.8% above the same stretch of 2025")
E_EXP = "Outbound sales contributed $483.1 billion, a rise of 12.3%"
E_IMP = "the import bill came to $455.5 billion, 11.2% higher than a year earlier"
E_BAL = "That left the country with a surplus of $27.6 billion, up from $25.4 billion after the first ten months"
E_NOV = ("Exports in November alone were estimated at $45.9 billion, 1.8% lower than in October but up 9.6% on the "
         "same month last year")
E_NOV_IMP = "Imports for the month amounted to $43.7 billion, producing a monthly surplus of $2.2 billion"
E_US = ("Buyers in the U.S., still Vietnam's largest export market, absorbed $139.5 billion worth of goods, up 24.8%, "
        "or 28.9% of the country's total shipments abroad")
E_CN_EXP = "China ranked as the second-largest buyer with $61.2 billion"
E_EU = "the EU and ASEAN took $54.8 billion and $37.1 billion, respectively"
E_CN_IMP = "China stayed the biggest supplier, selling Vietnam $176.3 billion worth of goods, or 38.7% of all imports"
E_ELEC = "computers, electronic products and components earned $98.6 billion, a 38.2% jump"
E_LAB = "textiles and garments, footwear and seafood brought in $36.1 billion, $23.4 billion and $10.2 billion, respectively"
E_RICE = ("Rice exporters shipped 8.1 million tonnes, about 1.2% more in volume than a year earlier, but weaker prices in "
          "Asian markets pushed the grain's export value down 11.6%")
E_FDI = ("The foreign-invested sector, crude oil included, accounted for $373.9 billion of exports, or 77.4% of the "
         "total")
ELEC = "computers, electronic products and components"
FDI = "foreign-invested sector"

ARTICLE = {
    "id": "dBT2_04",
    "title": "Vietnam's 11-month trade surplus swells to $27.6B as US orders surge",
    "publisher": "VnExpress International",
    "published": "2026-12-06",
    "notes": [
        "Real figures: none (January-November 2026 is invented). Modelled on GSO/customs reporting of Jan-Nov 2025: "
        "the 2026 growth rates are set against Jan-Nov 2025 bases of about $839.8 billion total trade (customs, as "
        "reported; the only base confirmed in search), about $430.1 billion exports and $409.7 billion imports (the "
        "writer's recollection, not checked against a source), so total growth 11.8% agrees with "
        "$938.6 billion. Invented: every 2026 value, growth, share and rank. Derived: surplus $27.6 billion = 483.1 - "
        "455.5; Jan-Oct surplus $25.4 billion = 27.6 - 2.2 (November); November surplus 2.2 = 45.9 - 43.7; US share "
        "28.9 = 139.5/483.1; China import share 38.7 = 176.3/455.5; deficit with China 115.1 = 176.3 - 61.2; FDI "
        "share 77.4 = 373.9/483.1.",
        "Judgement calls: 'up from $25.4 billion after the first ten months' is a comparison base that states a "
        "value of its own, so it is a separate balance fact for 2026-01..2026-10. November figures take period "
        "2026-11 (published 2026-12-06). '1.8% lower than in October' is month-on-month (basis mom); 'up 9.6% on "
        "the same month last year' is yoy. 'its northern neighbor' in the deficit sentence is China (named in the "
        "sentence before), so partner China, value negative. The headline's $27.6B is the body's surplus, labelled "
        "once with the body's evidence. Rice: 8.1 million tonnes is a quantity fact; the 11.6% fall is the value "
        "growth of rice exports; 'about 1.2% more in volume' is volume growth beside value growth and is out of "
        "scope. EU -> European Union. FDI segment 'foreign-invested sector' as written.",
        "Not facts: 2025 (a year); 'ten months', 'one month', '11 months' (period words); $1 trillion (a milestone "
        "and target); $22.4 billion (first half of November, part of a month); 36 product groups above $1 billion "
        "and eight above $10 billion (conditional counts); 1.3 percentage points (derived comparison); VND418 trillion ($15.9 billion) customs duties "
        "(budget revenue, not a trade flow); $1.03 trillion and about 12% (ministry forecast).",
        "Copy check: 8 sentences searched, 1 reworded (the US-market sentence shared the stock clause 'remained "
        "Vietnam's largest export market' with a real report and was restructured).",
        "Second check: 23 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(VN, "total", "value", 938.6e9, "USD", JN, "$938.6 billion", E_TOTAL),
        fact(VN, "total", "growth", 11.8, "percent", JN, "11.8", E_TOTAL),
        fact(VN, "exports", "value", 483.1e9, "USD", JN, "$483.1 billion", E_EXP),
        fact(VN, "exports", "growth", 12.3, "percent", JN, "12.3", E_EXP),
        fact(VN, "imports", "value", 455.5e9, "USD", JN, "$455.5 billion", E_IMP),
        fact(VN, "imports", "growth", 11.2, "percent", JN, "11.2", E_IMP),
        fact(VN, "balance", "value", 27.6e9, "USD", JN, "$27.6 billion", E_BAL),
        fact(VN, "balance", "value", 25.4e9, "USD", JO, "$25.4 billion", E_BAL),
        fact(VN, "exports", "value", 45.9e9, "USD", NOV, "$45.9 billion", E_NOV),
        fact(VN, "exports", "growth", -1.8, "percent", NOV, "1.8", E_NOV, basis="mom"),
        fact(VN, "exports", "growth", 9.6, "percent", NOV, "9.6", E_NOV),
        fact(VN, "imports", "value", 43.7e9, "USD", NOV, "$43.7 billion", E_NOV_IMP),
        fact(VN, "balance", "value", 2.2e9, "USD", NOV, "$2.2 billion", E_NOV_IMP),
        fact(VN, "exports", "rank", 1, "number", JN, "largest", E_US, partner="United States"),
        fact(VN, "exports", "value", 139.5e9, "USD", JN, "$139.5 billion", E_US, partner="United States"),
        fact(VN, "exports", "growth", 24.8, "percent", JN, "24.8", E_US, partner="United States"),
        fact(VN, "exports", "share", 28.9, "percent", JN, "28.9", E_US, partner="United States"),
        fact(VN, "exports", "rank", 2, "number", JN, "second-largest", E_CN_EXP, partner="China"),
        fact(VN, "exports", "value", 61.2e9, "USD", JN, "$61.2 billion", E_CN_EXP, partner="China"),
        fact(VN, "exports", "value", 54.8e9, "USD", JN, "$54.8 billion", E_EU, partner="European Union"),
        fact(VN, "exports", "value", 37.1e9, "USD", JN, "$37.1 billion", E_EU, partner="ASEAN"),
        fact(VN, "imports", "rank", 1, "number", JN, "biggest", E_CN_IMP, partner="China"),
        fact(VN, "imports", "value", 176.3e9, "USD", JN, "$176.3 billion", E_CN_IMP, partner="China"),
        fact(VN, "imports", "share", 38.7, "percent", JN, "38.7", E_CN_IMP, partner="China"),
        fact(VN, "balance", "value", -115.1e9, "USD", JN, "$115.1 billion",
             "Vietnam's deficit with its northern neighbor widened to $115.1 billion", partner="China"),
        fact(VN, "exports", "value", 98.6e9, "USD", JN, "$98.6 billion", E_ELEC, product=ELEC),
        fact(VN, "exports", "growth", 38.2, "percent", JN, "38.2", E_ELEC, product=ELEC),
        fact(VN, "exports", "growth", -2.1, "percent", JN, "2.1",
             "Phones and parts, which topped the export list for most of the past decade, slipped 2.1%",
             product="phones and parts"),
        fact(VN, "exports", "value", 36.1e9, "USD", JN, "$36.1 billion", E_LAB, product="textiles and garments"),
        fact(VN, "exports", "value", 23.4e9, "USD", JN, "$23.4 billion", E_LAB, product="footwear"),
        fact(VN, "exports", "value", 10.2e9, "USD", JN, "$10.2 billion", E_LAB, product="seafood"),
        fact(VN, "exports", "quantity", 8.1e6, "tonnes", JN, "8.1 million", "Rice exporters shipped 8.1 million tonnes",
             product="rice"),
        fact(VN, "exports", "growth", -11.6, "percent", JN, "11.6", E_RICE, product="rice"),
        fact(VN, "exports", "value", 373.9e9, "USD", JN, "$373.9 billion", E_FDI, segment=FDI),
        fact(VN, "exports", "share", 77.4, "percent", JN, "77.4", E_FDI, segment=FDI),
    ],
}

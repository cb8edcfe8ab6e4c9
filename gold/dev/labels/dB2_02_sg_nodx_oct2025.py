from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
SG = "Singapore"
NO = "non-oil"
DX = "domestic exports"
E_MOM = "Month on month and seasonally adjusted, NODX expanded 10.3 per cent to S$17.92 billion"
E_MOM2 = "Electronics gained 4.1 per cent on this basis, with non-electronics up 12.6 per cent."
E_RESP = ("integrated circuits, personal computers and disk media products expanded 40.9 per cent, 77.7 per cent "
          "and 31.4 per cent respectively")
E_TW = "sales to Thailand rose 91.1 per cent, close to doubling"

ARTICLE = {
    "id": "dB2_02_sg_nodx_oct2025",
    "title": "Singapore's October NODX surges 22.2%, the quickest rise in close to four years",
    "publisher": None,
    "published": "2025-11-17",
    "notes": [
        "No outlet is named in the text: publisher null. No year in the text; 2025 comes from the published date (Monday, Nov 17).",
        "NODX (non-oil domestic exports) is coded product 'non-oil', segment 'domestic exports' (domestic exports vs re-exports is a trade mode); "
        "electronic / non-electronic NODX and the named goods keep segment 'domestic exports' with their own product.",
        "'Oil domestic exports' -> product 'oil', segment 'domestic exports'. 'Total trade' -> flow total, no product.",
        "The month-on-month frame ('Month on month and seasonally adjusted') carries over to the paragraph's later figures: "
        "September's 6.2 per cent decline and the electronics 4.1 / non-electronics 12.6 per cent rises are basis mom.",
        "S$17.92 billion is the seasonally adjusted October level of NODX: a value fact (seasonal adjustment is not a field).",
        "Headline 22.2% restates the body: labelled once.",
        "'September's revised 7 per cent increase' is yoy (the paragraph's frame is 'on a year earlier'); period 2025-09.",
        "'HEADLINE FIGURES (year on year)' bullets: yoy; each labelled with its bullet line as evidence.",
        "'respectively' list: each of the three growth figures takes the whole list span as evidence.",
        "Thailand 'rose 91.1 per cent, close to doubling': the exact 91.1 only ('doubling' is not a separate number).",
        "Market figures sit in the NODX paragraph ('NODX to the leading markets'): coded as NODX (non-oil, domestic exports) with the partner.",
        "Reuters poll (7.5 per cent), bank forecasts (roughly 4 per cent; 1 to 3 per cent), 'the sixth monthly fall in a row', "
        "'best performance in close to four years' and third-quarter GDP (2.9 per cent) are out of scope.",
        "'first 10 months of the year' -> 2025-01/2025-10.",
    ],
    "facts": [
        fact(SG, "exports", "growth", 22.2, "percent", OCT, "22.2", "NODX up 22.2 per cent on a year earlier",
             product=NO, segment=DX),
        fact(SG, "exports", "growth", 7, "percent", SEP, "7", "quicker than September's revised 7 per cent increase",
             product=NO, segment=DX),
        fact(SG, "exports", "growth", 10.3, "percent", OCT, "10.3", E_MOM, product=NO, segment=DX, basis="mom"),
        fact(SG, "exports", "value", 17.92e9, "SGD", OCT, "17.92 billion", E_MOM, product=NO, segment=DX),
        fact(SG, "exports", "growth", -6.2, "percent", SEP, "6.2", "recovering from a 6.2 per cent fall in September",
             product=NO, segment=DX, basis="mom"),
        fact(SG, "exports", "growth", 4.1, "percent", OCT, "4.1", E_MOM2, product="electronics", segment=DX, basis="mom"),
        fact(SG, "exports", "growth", 12.6, "percent", OCT, "12.6", E_MOM2, product="non-electronics", segment=DX, basis="mom"),
        fact(SG, "exports", "growth", 33.2, "percent", OCT, "33.2", "- Electronic NODX: up 33.2%",
             product="electronics", segment=DX),
        fact(SG, "exports", "growth", 18.8, "percent", OCT, "18.8", "- Non-electronic NODX: up 18.8%",
             product="non-electronics", segment=DX),
        fact(SG, "exports", "growth", -8.9, "percent", OCT, "8.9", "- Oil domestic exports: down 8.9%",
             product="oil", segment=DX),
        fact(SG, "total", "growth", 23.2, "percent", OCT, "23.2", "- Total trade: up 23.2%"),
        fact(SG, "exports", "growth", 40.9, "percent", OCT, "40.9", E_RESP, product="integrated circuits", segment=DX),
        fact(SG, "exports", "growth", 77.7, "percent", OCT, "77.7", E_RESP, product="personal computers", segment=DX),
        fact(SG, "exports", "growth", 31.4, "percent", OCT, "31.4", E_RESP, product="disk media products", segment=DX),
        fact(SG, "exports", "growth", 176.8, "percent", OCT, "176.8",
             "Non-monetary gold, up 176.8 per cent, accounted for most of the jump in non-electronics",
             product="non-monetary gold", segment=DX),
        fact(SG, "exports", "growth", 25.2, "percent", OCT, "25.2", "pharmaceuticals, which grew 25.2 per cent",
             product="pharmaceuticals", segment=DX),
        fact(SG, "exports", "growth", 61.5, "percent", OCT, "61.5", "Taiwan-bound shipments surged 61.5 per cent",
             partner="Taiwan", product=NO, segment=DX),
        fact(SG, "exports", "growth", 91.1, "percent", OCT, "91.1", E_TW, partner="Thailand", product=NO, segment=DX),
        fact(SG, "exports", "growth", 66.6, "percent", OCT, "66.6", "exports bound for Hong Kong climbed 66.6 per cent",
             partner="Hong Kong", product=NO, segment=DX),
        fact(SG, "exports", "growth", 0.1, "percent", OCT, "0.1",
             "Shipments to China barely moved, edging 0.1 per cent higher", partner="China", product=NO, segment=DX),
        fact(SG, "exports", "growth", -27.2, "percent", OCT, "27.2", "NODX to the US down 27.2 per cent",
             partner="United States", product=NO, segment=DX),
        fact(SG, "exports", "growth", 4.1, "percent", period(2025, 1, 10), "4.1",
             "NODX for the first 10 months of the year was 4.1 per cent higher", product=NO, segment=DX),
    ],
}

from _fact import fact, period

JAN = period(2025, 1)
DEC = period(2024, 12)
CA = "Canada"
US = "United States"
OTHERS = "countries other than the United States"
E_HEAD = "pushed Canada's global trade surplus up to C$3.97 billion ($2.78 billion) in January"
E_REV = "The agency also raised its estimate of the December surplus to C$1.45 billion, having initially put it at C$708 million."
E_TOT = "Overall exports increased 2.2% from December to C$68.6 billion, while imports declined 1.7% to C$64.6 billion"
E_US = ("Shipments to the United States reached an all-time high of C$56.2 billion, up 3.0% from December, representing 81.9% of "
        "Canada's total merchandise exports.")
E_USBAL = "That lifted the surplus with Canada's largest trading partner to C$12.6 billion from C$10.6 billion in December."
E_OTH = "Sales to countries other than the United States slipped 1.4% on the month, and Canada's deficit with them shrank to C$8.6 billion."

ARTICLE = {
    "id": "dF2_04_ca_reuters_jan",
    "title": "Record exports to US ahead of threatened tariffs swell Canada's trade surplus",
    "publisher": "Reuters",
    "published": "2025-03-06",
    "notes": [
        "No year in the text: the dateline 'March 6 (Reuters)' and the published date give January 2025; December is December 2024.",
        "C$ is CAD; the conversion '($2.78 billion)' is a separate USD fact, qualifier exact (no 'about').",
        "December's surplus: the revised C$1.45 billion and the first-reported C$708 million are stated as two figures that disagree; both labelled, period 2024-12 (as the card's convention for dB2_04).",
        "Changes are 'from December' / 'on the month': basis mom; the frame carries within each paragraph (imports -1.7, imports from the US -0.8, China -9.8, crude oil 7.2).",
        "'Measured by volume, exports were 0.6% higher': volume growth beside value growth, out of scope.",
        "'Canada's largest trading partner' (the United States): rank 1, flow total.",
        "'countries other than the United States' kept as the partner name in the text's words (Statistics Canada's grouping).",
        "Energy and crude oil exports are to all destinations (partner null), products 'energy products' and 'crude oil'.",
        "Out of scope: Reuters poll forecast C$2.00 billion, 25% and 10% tariffs, retaliatory tariffs on C$30 billion of U.S. goods (coverage of a tariff, not a trade flow), exchange rate 1.4290 / 69.98 cents and its 0.3% move, policy rate 3.00%, 'six cuts'.",
    ],
    "facts": [
        fact(CA, "balance", "value", 3.97e9, "CAD", JAN, "3.97 billion", E_HEAD),
        fact(CA, "balance", "value", 2.78e9, "USD", JAN, "2.78 billion", E_HEAD),
        fact(CA, "balance", "value", 1.45e9, "CAD", DEC, "1.45 billion", E_REV),
        fact(CA, "balance", "value", 708e6, "CAD", DEC, "708 million", E_REV),
        fact(CA, "exports", "growth", 2.2, "percent", JAN, "2.2", E_TOT, basis="mom"),
        fact(CA, "exports", "value", 68.6e9, "CAD", JAN, "68.6 billion", E_TOT),
        fact(CA, "imports", "growth", -1.7, "percent", JAN, "1.7", E_TOT, basis="mom"),
        fact(CA, "imports", "value", 64.6e9, "CAD", JAN, "64.6 billion", E_TOT),
        fact(CA, "exports", "growth", 3.0, "percent", JAN, "3.0", E_US, partner=US, basis="mom"),
        fact(CA, "exports", "value", 56.2e9, "CAD", JAN, "56.2 billion", E_US, partner=US),
        fact(CA, "exports", "share", 81.9, "percent", JAN, "81.9", E_US, partner=US),
        fact(CA, "imports", "growth", -0.8, "percent", JAN, "0.8", "Imports from the U.S. dropped 0.8%.", partner=US, basis="mom"),
        fact(CA, "total", "rank", 1, "number", JAN, "largest", E_USBAL, partner=US),
        fact(CA, "balance", "value", 12.6e9, "CAD", JAN, "12.6 billion", E_USBAL, partner=US),
        fact(CA, "balance", "value", 10.6e9, "CAD", DEC, "10.6 billion", E_USBAL, partner=US),
        fact(CA, "exports", "growth", -1.4, "percent", JAN, "1.4", E_OTH, partner=OTHERS, basis="mom"),
        fact(CA, "balance", "value", -8.6e9, "CAD", JAN, "8.6 billion", E_OTH, partner=OTHERS),
        fact(CA, "exports", "growth", -9.8, "percent", JAN, "9.8", "Exports to China were down 9.8%", partner="China", basis="mom"),
        fact(CA, "exports", "growth", 4.9, "percent", JAN, "4.9", "Energy products posted the biggest advance, with their exports rising 4.9% from December.",
             product="energy products", basis="mom"),
        fact(CA, "exports", "growth", 7.2, "percent", JAN, "7.2", "Shipments of crude oil by themselves increased 7.2%", product="crude oil", basis="mom"),
    ],
}

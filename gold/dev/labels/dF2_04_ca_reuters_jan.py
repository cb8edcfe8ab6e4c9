from _fact import fact, period

JAN = period(2025, 1)
DEC = period(2024, 12)
CA = "Canada"
US = "United States"
OTHERS = "countries other than the United States"
E_HEAD = "Canada's trade surplus with the world widened to C$3.97 billion ($2.78 billion) in January"
E_REV = "Statistics Canada revised December's surplus to C$1.45 billion from the C$708 million it first reported."
E_TOT = "Total exports rose 2.2% from December to C$68.6 billion, the agency said, while imports fell 1.7% to C$64.6 billion."
E_US = ("Exports to the United States climbed 3.0% from December to a record C$56.2 billion and accounted for 81.9% of all "
        "Canadian merchandise exports.")
E_USBAL = "Canada's trade surplus with its largest trading partner grew to C$12.6 billion from C$10.6 billion in December."
E_OTH = "Exports to countries other than the United States dropped 1.4% on the month, and the deficit with those countries narrowed to C$8.6 billion."

ARTICLE = {
    "id": "dF2_04_ca_reuters_jan",
    "title": "Canada's trade surplus widens as exports to US hit record before tariff threat",
    "publisher": "Reuters",
    "published": "2025-03-06",
    "notes": [
        "No year in the text: the dateline 'March 6 (Reuters)' and the published date give January 2025; December is December 2024.",
        "C$ is CAD; the conversion '($2.78 billion)' is a separate USD fact, qualifier exact (no 'about').",
        "December's surplus: the revised C$1.45 billion and the first-reported C$708 million are stated as two figures that disagree; both labelled, period 2024-12 (as the card's convention for dB2_04).",
        "Changes are 'from December' / 'on the month': basis mom; the frame carries within each paragraph (imports -1.7, imports from the US -0.8, China -9.8, crude oil 7.2).",
        "'In volume terms, total exports rose 0.6%': volume growth beside value growth, out of scope.",
        "'its largest trading partner' (the United States): rank 1, flow total.",
        "'countries other than the United States' kept as the partner name in the text's words (Statistics Canada's grouping).",
        "Energy and crude oil exports are to all destinations (partner null), products 'energy products' and 'crude oil'.",
        "Out of scope: Reuters poll forecast C$2.00 billion, 25% and 10% tariffs, retaliatory tariffs on C$30 billion of U.S. goods (coverage of a tariff, not a trade flow), exchange rate 1.4290 / 69.98 cents and its 0.3% move, policy rate 3.00%, 'six times'.",
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
        fact(CA, "imports", "growth", -0.8, "percent", JAN, "0.8", "Imports from the United States fell 0.8%.", partner=US, basis="mom"),
        fact(CA, "total", "rank", 1, "number", JAN, "largest", E_USBAL, partner=US),
        fact(CA, "balance", "value", 12.6e9, "CAD", JAN, "12.6 billion", E_USBAL, partner=US),
        fact(CA, "balance", "value", 10.6e9, "CAD", DEC, "10.6 billion", E_USBAL, partner=US),
        fact(CA, "exports", "growth", -1.4, "percent", JAN, "1.4", E_OTH, partner=OTHERS, basis="mom"),
        fact(CA, "balance", "value", -8.6e9, "CAD", JAN, "8.6 billion", E_OTH, partner=OTHERS),
        fact(CA, "exports", "growth", -9.8, "percent", JAN, "9.8", "Shipments to China fell 9.8%", partner="China", basis="mom"),
        fact(CA, "exports", "growth", 4.9, "percent", JAN, "4.9", "Energy products led the gains, with exports up 4.9% from December.",
             product="energy products", basis="mom"),
        fact(CA, "exports", "growth", 7.2, "percent", JAN, "7.2", "Crude oil exports alone rose 7.2%", product="crude oil", basis="mom"),
    ],
}

from _fact import fact, period

Q2 = period(2025, 4, 6)
SA = "Saudi Arabia"
NO = "non-oil products"
E_HEAD = ("in the second quarter of 2025 Saudi Arabia's non-oil exports, re-exports included, climbed 20.1 percent year on year "
          "to SR82.6 billion ($22 billion)")
E_NAT = "National non-oil exports, a measure that leaves out re-exports, grew 4.3 percent to SR49.4 billion in April-June"
E_RE = "Re-exports of non-oil goods surged 54.8 percent to SR33.2 billion"
E_OIL = "Oil exports went the other way, falling 14.9 percent to SR166.4 billion"
E_SHARE = "Oil's share of total merchandise exports consequently dropped to 66.8 percent"
E_IMP = "Imports of merchandise rose 7.6 percent to SR208.3 billion."
E_BAL = "the Kingdom's surplus on merchandise trade fell 42.4 percent to SR40.7 billion."
E_CNX = "China again ranked as the top destination for Saudi exports, buying goods worth SR37.6 billion, equal to 15.1 percent of the total."
E_CNM = "China was likewise the largest supplier of the Kingdom's imports, providing SR56.3 billion, or 27 percent of everything bought abroad."

ARTICLE = {
    "id": "dF2_05_sa_arabnews_q2",
    "title": "Re-export boom lifts Saudi non-oil exports 20.1% in second quarter",
    "publisher": "Arab News",
    "published": "2025-08-31",
    "notes": [
        "Publisher and date from the masthead lines 'ARAB NEWS' / 'Updated 31 August 2025'.",
        "The headline's 20.1% restates the lead's growth of non-oil exports: labelled once, with the body evidence.",
        "Running period: the second quarter of 2025 (April-June), stated in the lead.",
        "Non-oil exports including re-exports: product 'non-oil products' (the text's later wording); national non-oil exports segment 'national exports'; non-oil re-exports segment 're-exports' (the card treats re-exports and domestic exports as segments).",
        "'SR82.6 billion ($22 billion)': a SAR fact and a USD fact; the conversion carries no 'about', qualifier exact.",
        "Oil exports: product 'oil'; share of oil in total merchandise exports 66.8, flow exports.",
        "'7.2 percentage points lower': percentage-point difference, out of scope.",
        "Surplus 'fell 42.4 percent': growth of the balance, -42.4.",
        "'non-oil exports covered 39.7 percent of imports, up from 35.5 percent': a coverage ratio of one flow to another, which the record cannot express (not a share of a larger whole); out of scope, both values.",
        "China: 'the top destination for Saudi exports' rank 1 of exports; 'the largest supplier of the Kingdom's imports' rank 1 of imports.",
        "Out of scope: 2023, Vision 2030 and its 50 percent target, GDP 3.9 percent and non-oil activities 4.7 percent, Brent $67 and $85 a barrel, the 3.75 peg.",
    ],
    "facts": [
        fact(SA, "exports", "growth", 20.1, "percent", Q2, "20.1", E_HEAD, product=NO),
        fact(SA, "exports", "value", 82.6e9, "SAR", Q2, "82.6 billion", E_HEAD, product=NO),
        fact(SA, "exports", "value", 22e9, "USD", Q2, "22 billion", E_HEAD, product=NO),
        fact(SA, "exports", "growth", 4.3, "percent", Q2, "4.3", E_NAT, product=NO, segment="national exports"),
        fact(SA, "exports", "value", 49.4e9, "SAR", Q2, "49.4 billion", E_NAT, product=NO, segment="national exports"),
        fact(SA, "exports", "growth", 54.8, "percent", Q2, "54.8", E_RE, product=NO, segment="re-exports"),
        fact(SA, "exports", "value", 33.2e9, "SAR", Q2, "33.2 billion", E_RE, product=NO, segment="re-exports"),
        fact(SA, "exports", "growth", -14.9, "percent", Q2, "14.9", E_OIL, product="oil"),
        fact(SA, "exports", "value", 166.4e9, "SAR", Q2, "166.4 billion", E_OIL, product="oil"),
        fact(SA, "exports", "share", 66.8, "percent", Q2, "66.8", E_SHARE, product="oil"),
        fact(SA, "imports", "growth", 7.6, "percent", Q2, "7.6", E_IMP),
        fact(SA, "imports", "value", 208.3e9, "SAR", Q2, "208.3 billion", E_IMP),
        fact(SA, "balance", "growth", -42.4, "percent", Q2, "42.4", E_BAL),
        fact(SA, "balance", "value", 40.7e9, "SAR", Q2, "40.7 billion", E_BAL),
        fact(SA, "exports", "rank", 1, "number", Q2, "top", E_CNX, partner="China"),
        fact(SA, "exports", "value", 37.6e9, "SAR", Q2, "37.6 billion", E_CNX, partner="China"),
        fact(SA, "exports", "share", 15.1, "percent", Q2, "15.1", E_CNX, partner="China"),
        fact(SA, "imports", "rank", 1, "number", Q2, "largest", E_CNM, partner="China"),
        fact(SA, "imports", "value", 56.3e9, "SAR", Q2, "56.3 billion", E_CNM, partner="China"),
        fact(SA, "imports", "share", 27, "percent", Q2, "27", E_CNM, partner="China"),
    ],
}

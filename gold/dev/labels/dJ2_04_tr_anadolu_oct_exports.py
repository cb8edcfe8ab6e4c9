from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
LAST12 = {"start": "2024-11", "end": "2025-10"}
TR = "Turkey"

E_EXP = "Türkiye's October exports increased 7.9% from a year earlier to $24.56 billion"
E_IMP = "the minister said last month's imports grew 4.1% to $31.12 billion"
E_BAL = "the foreign trade deficit shrank 8% on an annual basis to $6.56 billion"
E_VOL = "foreign trade volume rose 5.7% to $55.68 billion"
E_ENERGY = "energy imports dropped 11.2% to $4.74 billion"
E_YTD = "Exports for January-October rose 3.9% to $222.6 billion"
E_DE = "Germany was the top destination for Turkish goods, taking $2.1 billion"
E_EU = "exports to the EU grew 9.4%, giving the bloc a 43.8% share of the total"
E_AUTO = "the automotive industry led the sectors with exports of $3.6 billion, 12.4% more than a year earlier, equal to 14.7% of the country's total exports"

ARTICLE = {
    "id": "dJ2_04_tr_anadolu_oct_exports",
    "title": "Türkiye's October exports reach record monthly level",
    "publisher": None,
    "published": "2025-11-03",
    "notes": [
        "Anadolu Agency style, but the text never names the outlet (dateline 'ANKARA' only): publisher null.",
        "The text gives no year: October and January-October take 2025 from the published date ('said on Monday', 2025-11-03).",
        "Area 'Turkey', the canonical English name, for the text's 'Türkiye'.",
        "The sub-headline restates 7.9%, $24.56B and the 8% smaller deficit: labelled once, with body evidence.",
        "'foreign trade deficit shrank 8%': balance growth -8 (the deficit shrank); the deficit itself -6.56 billion.",
        "'foreign trade volume' is flow total.",
        "'exports over the past 12 months totaled $271.3 billion': a rolling 12-month sum, period 2024-11/2025-10.",
        "The exports-to-imports coverage ratio (78.9%, 76.1%) is not a share of a larger whole nor a growth rate: out.",
        "Germany 'the top destination': rank 1; the UK and the US 'ahead of' are an implied order, not stated ranks: not labelled as ranks.",
        "'Turkish firms exported to 221 countries and regions': count of trading partners for exports.",
        "Automotive 'led the sectors' is not labelled as a rank (no ordinal or superlative written); its share 14.7% is.",
        "'exports rose in 62 provinces' (a conditional count), the unit price $1.46 per kilogram, "
        "and the lira's 19% loss: out of scope.",
        "'the largest monthly total in the Republic's history' and 'a fresh annualized record': records, no rank.",
    ],
    "facts": [
        fact(TR, "exports", "growth", 7.9, "percent", OCT, "7.9", E_EXP),
        fact(TR, "exports", "value", 24.56e9, "USD", OCT, "24.56 billion", E_EXP),
        fact(TR, "imports", "growth", 4.1, "percent", OCT, "4.1", E_IMP),
        fact(TR, "imports", "value", 31.12e9, "USD", OCT, "31.12 billion", E_IMP),
        fact(TR, "balance", "growth", -8, "percent", OCT, "8", E_BAL),
        fact(TR, "balance", "value", -6.56e9, "USD", OCT, "6.56 billion", E_BAL),
        fact(TR, "total", "growth", 5.7, "percent", OCT, "5.7", E_VOL),
        fact(TR, "total", "value", 55.68e9, "USD", OCT, "55.68 billion", E_VOL),
        fact(TR, "imports", "growth", -11.2, "percent", OCT, "11.2", E_ENERGY, product="energy"),
        fact(TR, "imports", "value", 4.74e9, "USD", OCT, "4.74 billion", E_ENERGY, product="energy"),
        fact(TR, "exports", "growth", 3.9, "percent", YTD, "3.9", E_YTD),
        fact(TR, "exports", "value", 222.6e9, "USD", YTD, "222.6 billion", E_YTD),
        fact(TR, "exports", "value", 271.3e9, "USD", LAST12, "271.3 billion",
             "exports over the past 12 months totaled $271.3 billion"),
        fact(TR, "exports", "rank", 1, "number", OCT, "top", E_DE, partner="Germany"),
        fact(TR, "exports", "value", 2.1e9, "USD", OCT, "2.1 billion", E_DE, partner="Germany"),
        fact(TR, "exports", "value", 1.6e9, "USD", OCT, "1.6 billion", "ahead of the UK at $1.6 billion",
             partner="United Kingdom"),
        fact(TR, "exports", "value", 1.5e9, "USD", OCT, "1.5 billion", "the US at $1.5 billion", partner="United States"),
        fact(TR, "exports", "growth", 9.4, "percent", OCT, "9.4", E_EU, partner="European Union"),
        fact(TR, "exports", "share", 43.8, "percent", OCT, "43.8", E_EU, partner="European Union"),
        fact(TR, "exports", "count", 221, "number", OCT, "221",
             "Last month Turkish firms exported to 221 countries and regions", segment="trading partners"),
        fact(TR, "exports", "value", 3.6e9, "USD", OCT, "3.6 billion", E_AUTO, product="automotive"),
        fact(TR, "exports", "growth", 12.4, "percent", OCT, "12.4", E_AUTO, product="automotive"),
        fact(TR, "exports", "share", 14.7, "percent", OCT, "14.7", E_AUTO, product="automotive"),
        fact(TR, "exports", "value", 2.9e9, "USD", OCT, "2.9 billion",
             "Chemicals and chemical products came next, with $2.9 billion", product="chemicals and chemical products"),
    ],
}

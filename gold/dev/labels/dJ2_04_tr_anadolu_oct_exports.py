from _fact import fact, period

OCT = period(2025, 10)
YTD = period(2025, 1, 10)
LAST12 = {"start": "2024-11", "end": "2025-10"}
TR = "Turkey"

E_EXP = "Türkiye's exports climbed 7.9% year-on-year to $24.56 billion in October"
E_IMP = "Bolat said imports rose 4.1% to $31.12 billion last month"
E_BAL = "The country's foreign trade deficit narrowed 8% from a year earlier to $6.56 billion"
E_VOL = "the foreign trade volume increased 5.7% to $55.68 billion"
E_ENERGY = "Energy imports fell 11.2% to $4.74 billion"
E_YTD = "In the January-October period, exports rose 3.9% to $222.6 billion"
E_DE = "Germany was the top market for Turkish exports in October with $2.1 billion"
E_EU = "Exports to the EU rose 9.4% and made up 43.8% of the total"
E_AUTO = "the automotive industry led sectoral exports with $3.6 billion, up 12.4% from a year earlier, accounting for 14.7% of the country's overall exports"

ARTICLE = {
    "id": "dJ2_04_tr_anadolu_oct_exports",
    "title": "Türkiye's exports hit all-time monthly high in October",
    "publisher": None,
    "published": "2025-11-03",
    "notes": [
        "Anadolu Agency style, but the text never names the outlet (dateline 'ANKARA' only): publisher null.",
        "The text gives no year: October and January-October take 2025 from the published date ('announced on Monday', 2025-11-03).",
        "Area 'Turkey', the canonical English name, for the text's 'Türkiye'.",
        "The sub-headline restates 7.9%, $24.56B and the 8% narrowing: labelled once, with body evidence.",
        "'foreign trade deficit narrowed 8%': balance growth -8 (the deficit shrank); the deficit itself -6.56 billion.",
        "'foreign trade volume' is flow total.",
        "'exports over the last 12 months reached $271.3 billion': a rolling 12-month sum, period 2024-11/2025-10.",
        "The exports-to-imports coverage ratio (78.9%, 76.1%) is not a share of a larger whole nor a growth rate: out.",
        "Germany 'the top market': rank 1; the UK and the US 'followed by' are an implied order, not stated ranks: not labelled as ranks.",
        "'Turkish companies sold goods to 221 countries and regions': count of trading partners for exports.",
        "Automotive 'led sectoral exports' is not labelled as a rank (no ordinal or superlative written); its share 14.7% is.",
        "'62 provinces increased their exports' (a conditional count), the unit price $1.46 per kilogram, "
        "and the lira's 19% loss: out of scope.",
        "'highest monthly figure in the history of the Republic' and 'another record on an annualized basis': records, no rank.",
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
             "exports over the last 12 months reached $271.3 billion"),
        fact(TR, "exports", "rank", 1, "number", OCT, "top", E_DE, partner="Germany"),
        fact(TR, "exports", "value", 2.1e9, "USD", OCT, "2.1 billion", E_DE, partner="Germany"),
        fact(TR, "exports", "value", 1.6e9, "USD", OCT, "1.6 billion", "followed by the UK with $1.6 billion",
             partner="United Kingdom"),
        fact(TR, "exports", "value", 1.5e9, "USD", OCT, "1.5 billion", "the US with $1.5 billion", partner="United States"),
        fact(TR, "exports", "growth", 9.4, "percent", OCT, "9.4", E_EU, partner="European Union"),
        fact(TR, "exports", "share", 43.8, "percent", OCT, "43.8", E_EU, partner="European Union"),
        fact(TR, "exports", "count", 221, "number", OCT, "221",
             "Turkish companies sold goods to 221 countries and regions last month", segment="trading partners"),
        fact(TR, "exports", "value", 3.6e9, "USD", OCT, "3.6 billion", E_AUTO, product="automotive"),
        fact(TR, "exports", "growth", 12.4, "percent", OCT, "12.4", E_AUTO, product="automotive"),
        fact(TR, "exports", "share", 14.7, "percent", OCT, "14.7", E_AUTO, product="automotive"),
        fact(TR, "exports", "value", 2.9e9, "USD", OCT, "2.9 billion",
             "The chemicals and chemical products sector followed with $2.9 billion", product="chemicals and chemical products"),
    ],
}

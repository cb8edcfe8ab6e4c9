from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
UK = "United Kingdom"
US = "United States"
GS = "goods and services"

ARTICLE = {
    "id": "dBG2_06_guardian_uk_q3_trade",
    "title": "UK trade deficit widens as exports to US fall to lowest level since 2022",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Real (ONS UK trade: September 2025, released 2025-11-13, and BCC comment): total deficit excl. precious metals "
        "widened by £2.8bn to £5.6bn in Q3 (so £2.8bn in Q2); goods deficit +£3.0bn to £59.6bn; services surplus £54.0bn; "
        "September goods exports -£1.7bn (-5.5%) to £29.4bn, imports -2.0% to £50.1bn, monthly goods deficit £20.7bn; "
        "EU exports -2.7% to £14.4bn, non-EU -8% to £15bn; US exports incl. precious metals -£0.5bn (-11.4%); chemicals "
        "-£0.3bn, machinery -£0.1bn; US exports 20% below Sept 2024 (BCC); Q3 US exports -11% y/y (BCC); volume -5.1%; "
        "GDP +0.1% in Q3.",
        "Made up: Q3 total exports £221.9bn (-0.4% q/q) and imports £227.5bn (+0.9% q/q); the deficit including precious "
        "metals £3.9bn; the US share 'about 16%' of goods exports in 2024 (plausible).",
        "Out of scope: absolute changes (£1.7bn, £500m, £300m, £100m, 'grew by £3bn'), the volume fall of 5.1%, GDP 0.1%, "
        "tariff rates (10%, 25%), 'a level last seen in January 2022', 'more than three and a half years', 'for decades'.",
        "The record has no field for 'excluding precious metals': the Q3 deficit of £5.6bn (excl.) and £3.9bn (incl.) "
        "differ only in value; both labelled. The US monthly fall (11.4%) is 'Counting precious metals' while the other "
        "September goods figures exclude them: not expressible either.",
        "Q3 total exports/imports growth 'compared with the previous quarter' -> basis qoq (carried to imports in the same "
        "sentence). September paragraph says 'compared with August' -> mom for all its growth figures; US 'between August "
        "and September' -> mom. BCC figures 'than in September 2024' / 'than a year earlier' -> yoy.",
        "'goods and services' used for the total deficit and total exports/imports; goods figures have product null; the "
        "services surplus has product 'services'.",
        "'The gap in goods trade' and 'goods deficit' are deficits (negative balance); the services 'surplus' positive.",
        "'The UK's biggest single export market ... last year': rank 1 and share (approx 16) both given the period 2024, "
        "although 'is' is present tense.",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "£5.6bn",
             "Excluding precious metals, the deficit on trade in goods and services reached £5.6bn in the three months to September",
             product=GS),
        fact(UK, "balance", "value", -2.8e9, "GBP", period(2025, 4, 6), "£2.8bn",
             "compared with a £2.8bn deficit in the three months to June",
             product=GS),
        fact(UK, "exports", "growth", -0.4, "percent", Q3, "0.4",
             "Total exports slipped 0.4% compared with the previous quarter to £221.9bn", product=GS, basis="qoq"),
        fact(UK, "exports", "value", 221.9e9, "GBP", Q3, "£221.9bn",
             "Total exports slipped 0.4% compared with the previous quarter to £221.9bn", product=GS),
        fact(UK, "imports", "growth", 0.9, "percent", Q3, "0.9",
             "imports rose 0.9% to £227.5bn", product=GS, basis="qoq"),
        fact(UK, "imports", "value", 227.5e9, "GBP", Q3, "£227.5bn",
             "imports rose 0.9% to £227.5bn", product=GS),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "£59.6bn",
             "The gap in goods trade, which the UK has run for decades, grew by £3bn to £59.6bn over the quarter."),
        fact(UK, "balance", "value", 54e9, "GBP", Q3, "£54bn",
             "It was partly offset by the surplus on services - the UK's traditional strength in areas such as finance, law and consultancy - which edged up to £54bn.",
             product="services"),
        fact(UK, "balance", "value", -3.9e9, "GBP", Q3, "£3.9bn",
             "Including them, the overall deficit in the third quarter was a narrower £3.9bn.", product=GS),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5",
             "Goods exports were worth £29.4bn, down by £1.7bn, or 5.5%, compared with August", basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEP, "£29.4bn",
             "Goods exports were worth £29.4bn"),
        fact(UK, "imports", "growth", -2, "percent", SEP, "2",
             "imports dropped 2% to £50.1bn", basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEP, "£50.1bn",
             "imports dropped 2% to £50.1bn"),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEP, "£20.7bn",
             "leaving a goods deficit of £20.7bn for the month"),
        fact(UK, "exports", "growth", -2.7, "percent", SEP, "2.7",
             "Exports to the EU fell 2.7% to £14.4bn", partner="European Union", basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEP, "£14.4bn",
             "Exports to the EU fell 2.7% to £14.4bn", partner="European Union"),
        fact(UK, "exports", "growth", -8, "percent", SEP, "8",
             "those to non-EU countries were down 8% at £15bn", partner="non-EU countries", basis="mom"),
        fact(UK, "exports", "value", 15e9, "GBP", SEP, "£15bn",
             "those to non-EU countries were down 8% at £15bn", partner="non-EU countries"),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4",
             "Counting precious metals, goods shipped across the Atlantic shrank by £500m, or 11.4%, between August and September",
             partner=US, basis="mom"),
        fact(UK, "exports", "growth", -20, "percent", SEP, "20",
             "British goods sold to the US in September fetched 20% less than in September 2024", partner=US),
        fact(UK, "exports", "growth", -11, "percent", Q3, "11",
             "Over the third quarter as a whole, they were 11% lower than a year earlier.", partner=US),
        fact(UK, "exports", "rank", 1, "number", period(2024, 1, 12), "biggest",
             "The US is the UK's biggest single export market", partner=US),
        fact(UK, "exports", "share", 16, "percent", period(2024, 1, 12), "16",
             "buying about 16% of British goods sold abroad last year", partner=US, qualifier="approx"),
    ],
}

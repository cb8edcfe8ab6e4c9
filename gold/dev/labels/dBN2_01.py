from _fact import fact, period

US = "United States"
SEP = period(2026, 9)
AUG = period(2026, 8)
YTD = period(2026, 1, 9)        # first nine months of 2026
YTD25 = period(2025, 1, 9)      # same period of 2025
GS = "goods and services"

ARTICLE = {
    "id": "dBN2_01",
    "title": "Rising imports and softer exports push America's September trade gap to $61.4 billion",
    "publisher": "AP",
    "published": "2026-11-04",
    "notes": [
        "Real figures: none for September 2026 (the period is in the future). The structure and the 2025 base follow "
        "the real BEA release for September 2025 (YTD goods and services deficit up $112.6 billion or 17.2 percent "
        "from 2024, exports up 5.2 percent, imports up 7.7 percent), from which the January-September 2025 deficit "
        "of $767.3 billion is derived. Invented: every September 2026 and August 2026 figure, the partner deficits, "
        "the product figures and the 2026 year-to-date figures. Derived so that they agree: 346.0 - 284.6 = 61.4; "
        "goods 181.3 - 270.2 = -88.9, services 103.3 - 75.8 = 27.5, -88.9 + 27.5 = -61.4; 61.4/55.2 = +11.2 percent; "
        "602.7/767.3 = -21.5 percent; 2026 YTD exports +4.1 and imports -1.8 percent reproduce the 602.7 deficit from "
        "the 2025 levels implied by the real release.",
        "Judgement calls: the headline deficit, exports and imports are goods and services together, so product "
        "'goods and services'; goods-only figures (goods deficit, goods exports/imports, all partner deficits, which "
        "the text says cover goods only) have product None; services figures product 'services'. Every change "
        "against August is basis mom (the 11.2 percent 'than in August', the 0.8 percent 'from August', the 1.1 "
        "percent 'over the month', the 3.2 percent and the EU 14.0 percent 'from August'). The deficit's growth follows its "
        "wording: 'a gap 11.2% larger than in August' -> 11.2 (basis mom: a comparison with the month before), EU 'jumped 14.0%' -> 14.0, year-to-date deficit 'down 21.5%' -> -21.5, China "
        "year-to-date 'shrunk 34%' -> -34. 'Over the first nine months of 2026' and 'so far this year' -> 2026-01..09; "
        "'the same period of 2025' -> 2025-01..09 for the $767.3 billion base, labelled as its own observation. "
        "'August's gap was revised to $55.2 billion', 'from $16.0 billion in August' and 'from $6.3 billion in "
        "August' are comparison bases stated as values, so each is a fact for 2026-08. 'The widest with any "
        "trading partner' is not labelled as rank: no number is stated.",
        "Not facts: 'about $58 billion' (FactSet forecast); the dollar changes 'by $6.2 billion', 'by $5.8 billion', "
        "'by $0.4 billion' (changes in a balance, which the record cannot express); the 15% levy (tariff rate); "
        "'2.3% annual pace' (GDP growth); 'around $60 billion' (economists' expectation); 'last year', 'nine "
        "months' (periods).",
        "Copy check: 8 sentences searched, 2 reworded (the lead, which followed the AP stock phrase 'the gap between what the United States sells and what it buys', and the economists' view of the deficit, which I recognised from the learning searches as following an AP background sentence, 'Mainstream economists argue that trade deficits are largely the result of ...: Americans spend more than they produce').",
        "Lint: the parser did not read 'imbalance' as a deficit, so 'The imbalance with the European Union jumped 14.0%' was reworded to 'The goods deficit with the European Union jumped 14.0%'; values unchanged.",
        "Second check: 12 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -61.4e9, "USD", SEP, "$61.4 billion",
             "The nation's deficit came to $61.4 billion",
             product=GS),
        fact(US, "balance", "growth", 11.2, "percent", SEP, "11.2",
             "a gap 11.2% larger than in August", product=GS, basis="mom"),
        fact(US, "balance", "value", -55.2e9, "USD", AUG, "$55.2 billion",
             "The government revised August's gap to $55.2 billion", product=GS),
        fact(US, "exports", "growth", -0.8, "percent", SEP, "0.8",
             "Exports dropped 0.8% from August to $284.6 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 284.6e9, "USD", SEP, "$284.6 billion",
             "Exports dropped 0.8% from August to $284.6 billion", product=GS),
        fact(US, "imports", "growth", 1.1, "percent", SEP, "1.1",
             "Imports increased 1.1% over the month to $346.0 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 346.0e9, "USD", SEP, "$346.0 billion",
             "Imports increased 1.1% over the month to $346.0 billion", product=GS),
        fact(US, "balance", "value", -88.9e9, "USD", SEP, "$88.9 billion",
             "Measured in goods alone, the monthly deficit swelled by $5.8 billion to $88.9 billion"),
        fact(US, "balance", "value", 27.5e9, "USD", SEP, "$27.5 billion",
             "The surplus the country earns on services such as tourism, banking and software licenses edged down by $0.4 billion to $27.5 billion",
             product="services"),
        fact(US, "exports", "value", 181.3e9, "USD", SEP, "$181.3 billion",
             "American companies shipped $181.3 billion worth of goods abroad"),
        fact(US, "exports", "value", 103.3e9, "USD", SEP, "$103.3 billion",
             "sold foreign customers $103.3 billion in services", product="services"),
        fact(US, "imports", "value", 270.2e9, "USD", SEP, "$270.2 billion",
             "Foreign-made goods worth $270.2 billion came into the country"),
        fact(US, "imports", "value", 75.8e9, "USD", SEP, "$75.8 billion",
             "along with $75.8 billion in imported services", product="services"),
        fact(US, "exports", "growth", -3.2, "percent", SEP, "3.2",
             "Exports of industrial supplies and materials were down 3.2% from August at $58.4 billion",
             product="industrial supplies and materials", basis="mom"),
        fact(US, "exports", "value", 58.4e9, "USD", SEP, "$58.4 billion",
             "Exports of industrial supplies and materials were down 3.2% from August at $58.4 billion",
             product="industrial supplies and materials"),
        fact(US, "imports", "value", 71.5e9, "USD", SEP, "$71.5 billion",
             "imports of consumer goods, led by pharmaceuticals, reached $71.5 billion", product="consumer goods"),
        fact(US, "balance", "value", -14.2e9, "USD", SEP, "$14.2 billion",
             "The goods deficit with China narrowed to $14.2 billion", partner="China"),
        fact(US, "balance", "value", -16.0e9, "USD", AUG, "$16.0 billion",
             "The goods deficit with China narrowed to $14.2 billion from $16.0 billion in August", partner="China"),
        fact(US, "balance", "growth", 14.0, "percent", SEP, "14.0",
             "The goods deficit with the European Union jumped 14.0% from August to $19.6 billion",
             partner="European Union", basis="mom"),
        fact(US, "balance", "value", -19.6e9, "USD", SEP, "$19.6 billion",
             "The goods deficit with the European Union jumped 14.0% from August to $19.6 billion",
             partner="European Union"),
        fact(US, "balance", "value", -17.9e9, "USD", SEP, "$17.9 billion",
             "The goods deficit with Mexico came to $17.9 billion", partner="Mexico"),
        fact(US, "balance", "value", -16.4e9, "USD", SEP, "$16.4 billion",
             "The goods deficit with Mexico came to $17.9 billion, and the one with Vietnam to $16.4 billion",
             partner="Vietnam"),
        fact(US, "balance", "value", -5.1e9, "USD", SEP, "$5.1 billion",
             "The deficit with Canada eased to $5.1 billion", partner="Canada"),
        fact(US, "balance", "value", -6.3e9, "USD", AUG, "$6.3 billion",
             "The deficit with Canada eased to $5.1 billion from $6.3 billion in August", partner="Canada"),
        fact(US, "balance", "value", -602.7e9, "USD", YTD, "$602.7 billion",
             "Over the first nine months of 2026, the overall deficit totaled $602.7 billion", product=GS),
        fact(US, "balance", "growth", -21.5, "percent", YTD, "21.5",
             "Over the first nine months of 2026, the overall deficit totaled $602.7 billion, down 21.5% from $767.3 billion in the same period of 2025",
             product=GS),
        fact(US, "balance", "value", -767.3e9, "USD", YTD25, "$767.3 billion",
             "the overall deficit totaled $602.7 billion, down 21.5% from $767.3 billion in the same period of 2025",
             product=GS),
        fact(US, "exports", "growth", 4.1, "percent", YTD, "4.1",
             "Exports so far this year are up 4.1%", product=GS),
        fact(US, "imports", "growth", -1.8, "percent", YTD, "1.8",
             "imports have slipped 1.8%", product=GS),
        fact(US, "balance", "growth", -34, "percent", YTD, "34",
             "The goods deficit with China has shrunk 34% this year to $105.6 billion", partner="China"),
        fact(US, "balance", "value", -105.6e9, "USD", YTD, "$105.6 billion",
             "The goods deficit with China has shrunk 34% this year to $105.6 billion", partner="China"),
    ],
}

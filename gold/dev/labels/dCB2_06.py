from _fact import fact, period

US = "United States"
MAR = period(2025, 3)
FEB = period(2025, 2)
MAR24 = period(2024, 3)
Q1 = period(2025, 1, 3)
GS = "goods and services"
SV = "services"
PET = "petroleum"

ARTICLE = {
    "id": "dCB2_06",
    "title": "Importers' race to beat Trump's tariffs drives US trade gap to a record $140.5 billion",
    "publisher": "AP",
    "published": "2025-05-06",
    "notes": [
        "Real figures (Census Bureau/BEA, U.S. International Trade in Goods and Services, March 2025, released "
        "2025-05-06, as reported by AP, Reuters, Haver Analytics and others): deficit $140.5 bln, +14.0% from a "
        "revised $123.2 bln in February; March 2024 deficit about $68.6 bln; exports +0.2% to $278.5 bln, imports "
        "+4.4% to $419.0 bln; y/y exports +6.7%, imports +27.1% (Haver); goods deficit $163.5 bln; goods imports "
        "+5.4% to $346.8 bln, goods exports +$1.3 bln to $183.2 bln; services surplus $23.0 bln, services exports "
        "$95.2 bln, imports $72.2 bln; consumer goods imports +$22.5 bln, pharmaceutical preparations +$20.9 bln; "
        "goods deficits: EU $48.3 bln (Feb $30.9 bln), Ireland $29.3 bln (Feb about $14.0 bln), China $24.8 bln "
        "(Feb $26.6 bln), Mexico $16.8 bln, Canada $4.9 bln (Feb $7.4 bln), Vietnam $14.1 bln, Switzerland $14.7 "
        "bln; year to date deficit +92.6%, exports +5.2%, imports +23.3%; 12 months through March deficit $1.11 "
        "trillion; Reuters poll $137.0 bln; Q1 GDP -0.3% annualized; China tariffs 145%, baseline 10%.",
        "Derived/made up: year-to-date deficit $394.3 bln = 130.65 (Jan) + 123.20 (Feb) + 140.50 (Mar), the same "
        "figure a candorium.com summary of BEA data gives, consistent with +92.6% on about $204.7 bln; petroleum exports $24.9 bln, imports $21.6 bln and surplus $3.3 bln are made up "
        "(plausible Census-basis levels for 2025, not looked up); China's rank third is read from the stated "
        "deficits (EU 48.3, Ireland 29.3, China 24.8); the closing views of Trump and economists are generic "
        "paraphrase.",
        "Judgement calls: 'Compared with February' makes its paragraph m/m (0.2%, 4.4%); goods imports 5.4% is m/m "
        "('on the month'); the deficit's 14% rise is growth of the balance (positive, 'up'); partner deficits are goods "
        "only (product null); 'third behind the EU and Ireland' is rank 3 of the balance with China; the 12-month "
        "total runs April 2024 to March 2025; the EU rank is not stated and not labelled; Canada's $7.4 billion ('the latter down from') carries no month and takes February from the paragraph's month-on-month comparisons.",
        "Not facts: about $137 billion (forecast); absolute changes ($1.3 billion gain, $22.5 billion, $20.9 "
        "billion); 27-nation (EU members); five years; 145% and 10% (tariff rates); 0.3% (GDP); three years; "
        "12 in '12 months' as a span; years 2024 and 2025.",
        "Copy check: 25 sentences searched (in 16 look-ups), 2 reworded (the headline and the lead, whose skeleton followed AP's own lead).",
        "Second check: 25 sentences searched, 4 reworded.",
    ],
    "facts": [
        fact(US, "balance", "growth", 14, "percent", MAR, "14",
             "the deficit in goods and services at $140.5 billion, up 14% from February", product=GS, basis="mom"),
        fact(US, "balance", "value", -140.5e9, "USD", MAR, "140.5 billion",
             "put the deficit in goods and services at $140.5 billion", product=GS),
        fact(US, "balance", "value", -123.2e9, "USD", FEB, "123.2 billion",
             "February's gap was revised to $123.2 billion.", product=GS),
        fact(US, "balance", "value", -68.6e9, "USD", MAR24, "68.6 billion",
             "The March 2024 shortfall, by comparison, had been $68.6 billion.", product=GS),
        fact(US, "exports", "growth", 0.2, "percent", MAR, "0.2",
             "Compared with February, exports inched up 0.2% to a record $278.5 billion", product=GS, basis="mom"),
        fact(US, "exports", "value", 278.5e9, "USD", MAR, "278.5 billion",
             "Compared with February, exports inched up 0.2% to a record $278.5 billion", product=GS),
        fact(US, "imports", "growth", 4.4, "percent", MAR, "4.4",
             "while imports surged 4.4% to $419 billion", product=GS, basis="mom"),
        fact(US, "imports", "value", 419e9, "USD", MAR, "419 billion",
             "while imports surged 4.4% to $419 billion", product=GS),
        fact(US, "exports", "growth", 6.7, "percent", MAR, "6.7",
             "From a year earlier, exports were up 6.7% and imports 27.1%.", product=GS),
        fact(US, "imports", "growth", 27.1, "percent", MAR, "27.1",
             "From a year earlier, exports were up 6.7% and imports 27.1%.", product=GS),
        fact(US, "balance", "value", -163.5e9, "USD", MAR, "163.5 billion",
             "The goods deficit climbed to a record $163.5 billion"),
        fact(US, "imports", "growth", 5.4, "percent", MAR, "5.4",
             "goods imports jumped 5.4% on the month to $346.8 billion", basis="mom"),
        fact(US, "imports", "value", 346.8e9, "USD", MAR, "346.8 billion",
             "goods imports jumped 5.4% on the month to $346.8 billion"),
        fact(US, "exports", "value", 183.2e9, "USD", MAR, "183.2 billion",
             "swamping a $1.3 billion gain in goods exports to $183.2 billion"),
        fact(US, "balance", "value", 23e9, "USD", MAR, "23 billion",
             "The surplus in services, where the United States typically sells more than it buys, narrowed to $23 billion.",
             product=SV),
        fact(US, "exports", "value", 95.2e9, "USD", MAR, "95.2 billion",
             "Services exports dipped to $95.2 billion", product=SV),
        fact(US, "imports", "value", 72.2e9, "USD", MAR, "72.2 billion",
             "services imports were little changed at $72.2 billion", product=SV),
        fact(US, "balance", "value", -48.3e9, "USD", MAR, "48.3 billion",
             "The goods deficit with the 27-nation European Union ballooned to $48.3 billion", partner="European Union"),
        fact(US, "balance", "value", -30.9e9, "USD", FEB, "30.9 billion",
             "The goods deficit with the 27-nation European Union ballooned to $48.3 billion from $30.9 billion in February",
             partner="European Union"),
        fact(US, "balance", "value", -29.3e9, "USD", MAR, "29.3 billion",
             "Ireland, where the gap more than doubled to $29.3 billion", partner="Ireland"),
        fact(US, "balance", "value", -14e9, "USD", FEB, "14 billion",
             "Ireland, where the gap more than doubled to $29.3 billion from $14 billion", partner="Ireland"),
        fact(US, "balance", "value", -24.8e9, "USD", MAR, "24.8 billion",
             "The shortfall with China, the main target of Trump's tariffs, shrank to $24.8 billion", partner="China"),
        fact(US, "balance", "value", -26.6e9, "USD", FEB, "26.6 billion",
             "The shortfall with China, the main target of Trump's tariffs, shrank to $24.8 billion from $26.6 billion in February",
             partner="China"),
        fact(US, "balance", "rank", 3, "number", MAR, "third",
             "The shortfall with China, the main target of Trump's tariffs, shrank to $24.8 billion from $26.6 billion in February, leaving it third behind the EU and Ireland.",
             partner="China"),
        fact(US, "balance", "value", -16.8e9, "USD", MAR, "16.8 billion",
             "the goods gap came to $16.8 billion with Mexico", partner="Mexico"),
        fact(US, "balance", "value", -4.9e9, "USD", MAR, "4.9 billion",
             "the goods gap came to $16.8 billion with Mexico and $4.9 billion with Canada", partner="Canada"),
        fact(US, "balance", "value", -7.4e9, "USD", FEB, "7.4 billion",
             "the goods gap came to $16.8 billion with Mexico and $4.9 billion with Canada, the latter down from $7.4 billion",
             partner="Canada"),
        fact(US, "balance", "value", -14.1e9, "USD", MAR, "14.1 billion",
             "Deficits with Vietnam and Switzerland were $14.1 billion and $14.7 billion, respectively.", partner="Vietnam"),
        fact(US, "balance", "value", -14.7e9, "USD", MAR, "14.7 billion",
             "Deficits with Vietnam and Switzerland were $14.1 billion and $14.7 billion, respectively.", partner="Switzerland"),
        fact(US, "exports", "value", 24.9e9, "USD", MAR, "24.9 billion",
             "Petroleum exports reached $24.9 billion", product=PET),
        fact(US, "imports", "value", 21.6e9, "USD", MAR, "21.6 billion",
             "petroleum imports were $21.6 billion", product=PET),
        fact(US, "balance", "value", 3.3e9, "USD", MAR, "3.3 billion",
             "leaving the U.S. with a $3.3 billion surplus in oil and related products", product=PET),
        fact(US, "balance", "value", -394.3e9, "USD", Q1, "394.3 billion",
             "For the first three months of the year, the deficit reached $394.3 billion", product=GS),
        fact(US, "balance", "growth", 92.6, "percent", Q1, "92.6",
             "the deficit reached $394.3 billion, up 92.6% from the same stretch of 2024", product=GS),
        fact(US, "exports", "growth", 5.2, "percent", Q1, "5.2",
             "Exports rose 5.2% over that span", product=GS),
        fact(US, "imports", "growth", 23.3, "percent", Q1, "23.3",
             "Exports rose 5.2% over that span, but imports climbed 23.3%.", product=GS),
        fact(US, "balance", "value", -1.11e12, "USD", {"start": "2024-04", "end": "2025-03"}, "1.11 trillion",
             "Over the 12 months through March, the gap in goods and services totaled $1.11 trillion.", product=GS),
    ],
}

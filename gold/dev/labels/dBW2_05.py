from _fact import fact, period

AR = "Argentina"
SEP = period(2025, 9)
SEP24 = period(2024, 9)
YTD = period(2025, 1, 9)

E_BAL = "At US$921 million, last month's surplus was smaller than the US$982 million booked in September 2024."
E_EXP = "Exports rose 16.9% from a year earlier to US$8.128 billion"
E_IMP = "while imports jumped 20.7% to US$7.207 billion"
E_TOT = "Total trade, exports plus imports, came to US$15.336 billion, an increase of 18.7%"
E_MOM = "In seasonally adjusted terms, imports rose 10.1% from August, while exports gained 1.3%."
E_PRIM = "Sales of primary products, mostly soybeans, wheat and corn, reached US$2.025 billion, 43% more than a year earlier, and made up 24.9% of everything Argentina sold abroad."
E_MOA = "Manufactures of agricultural origin, a category that includes soymeal and soyoil, rose 11.2% to US$2.982 billion."
E_SOY = "Shipments of soybeans and soybean products brought in US$2.27 billion in total"
E_MOI = "Manufactures of industrial origin grew a more modest 3.5% to US$2.155 billion"
E_FUEL = "Fuels and energy exports, driven by rising oil output from the Vaca Muerta shale formation in Neuquen province, climbed 25% to US$967 million."
E_ENERGY = "Argentina's energy trade surplus for January-September reached US$5.36 billion"
E_CAP = "Imports of capital goods soared 47.7% to US$1.577 billion, and purchases of passenger cars increased 68.6%"
E_CN = "Two-way trade with China came to US$3.109 billion, enough to lift it above Brazil as Argentina's biggest trading partner for the first time since November 2022."
E_CN_SH = "Of everything Argentina bought abroad, 25.2% came from China, which in turn took 15.9% of its exports."
E_CN_EXP = "Exports to China soared 201.7%"
E_CN_BAL = "Argentina still ran a US$523 million deficit with China"
E_BR = "Brazil slipped to second place with bilateral trade of US$2.892 billion."
E_US = "The United States, Argentina's third-largest trading partner, left Argentina with a US$169 million surplus."
E_YTD = "In the first nine months of 2025, Argentina's trade surplus stood at US$6.03 billion"

ARTICLE = {
    "id": "dBW2_05",
    "title": "Argentina's September trade surplus shrinks as imports climb to three-year high",
    "publisher": "Reuters",
    "published": "2025-10-20",
    "notes": [
        "Real figures (INDEC ICA release of 20 October 2025 for September 2025, as reported by Pagina12, La Voz, Neuquen Post, "
        "El Destape, OPI Santa Cruz, La Data Mix): surplus US$921m vs US$982m a year earlier (US$61m less); exports US$8.128bn "
        "+16.9% (quantities +16.5%, prices +0.3%); imports US$7.207bn +20.7% (quantities +21.3%, prices -0.3%); total trade "
        "US$15.336bn +18.7%, highest since August 2022; seasonally adjusted imports +10.1% and exports +1.3% on August; primary "
        "products US$2.025bn +43% and 24.9% of exports; MOA US$2.982bn +11.2%; MOI US$2.155bn +3.5%; fuels and energy US$967m +25%; "
        "capital goods US$1.577bn +47.7%; passenger vehicles +68.6%; China largest partner (first time since Nov 2022), two-way "
        "US$3.109bn, 15.9% of exports, 25.2% of imports, exports to China +201.7%, deficit US$523m; Brazil US$2.892bn; US third "
        "partner with a US$169m surplus; Jan-Sep surplus US$6.03bn; 22nd straight monthly surplus; US$7bn cap on the tax holiday.",
        "Derived: energy trade surplus Jan-Sep US$5.36bn = Jan-Oct energy surplus 6,068m minus October's 708m (both reported). "
        "Invented: soybeans and soybean products US$2.27bn (attributed to a Rosario grains exchange); the Reuters poll forecast "
        "US$1.05bn; the debt payment figure US$4.2bn is approximate; the peso rate near 1,380 per dollar is modelled.",
        "Judgement calls: the primary products/MOA/MOI/fuels categories are products in INDEC's words; 'Total trade, exports plus "
        "imports' is flow total; the seasonally adjusted 10.1 and 1.3 are mom (comparison with August, shared by the second clause); "
        "China's and Brazil's ranks and two-way trade are flow total with partner; the 15.9% and 25.2% shares are China's shares of "
        "Argentina's exports and imports; the US surplus is a balance with partner United States; the energy surplus is a balance "
        "with product 'energy'; the Sep 2024 surplus (982m) has its own period.",
        "Not facts: US$1.05 billion (forecast); 16.5, 0.3, 21.3 and 0.3 (volume and price effects beside value growth); US$7 billion "
        "cap (policy ceiling on export registrations, not an observed flow); 'Oct. 26' (date); 1,380 (exchange rate); 22nd straight "
        "month (streak); August 2022, November 2022, 2024 (years/months as comparison points); US$4.2 billion (debt payments).",
        "Copy check: 10 sentences searched (lead, surplus, exports/imports, price/quantity, tax-holiday, primary products, China rank, "
        "consultant quote, China exports/deficit, Vaca Muerta), 1 reworded (the China-overtook-Brazil sentence matched a Buenos Aires "
        "Times headline). The total-trade sentence was also reworded for a clearer evidence span.",
        "Second check: 28 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(AR, "balance", "value", 921e6, "USD", SEP, "US$921 million", E_BAL),
        fact(AR, "balance", "value", 982e6, "USD", SEP24, "US$982 million", E_BAL),
        fact(AR, "exports", "value", 8.128e9, "USD", SEP, "US$8.128 billion", E_EXP),
        fact(AR, "exports", "growth", 16.9, "percent", SEP, "16.9", E_EXP),
        fact(AR, "imports", "value", 7.207e9, "USD", SEP, "US$7.207 billion", E_IMP),
        fact(AR, "imports", "growth", 20.7, "percent", SEP, "20.7", E_IMP),
        fact(AR, "total", "value", 15.336e9, "USD", SEP, "US$15.336 billion", E_TOT),
        fact(AR, "total", "growth", 18.7, "percent", SEP, "18.7", E_TOT),
        fact(AR, "imports", "growth", 10.1, "percent", SEP, "10.1", E_MOM, basis="mom"),
        fact(AR, "exports", "growth", 1.3, "percent", SEP, "1.3", E_MOM, basis="mom"),
        fact(AR, "exports", "value", 2.025e9, "USD", SEP, "US$2.025 billion", E_PRIM, product="primary products"),
        fact(AR, "exports", "growth", 43, "percent", SEP, "43", E_PRIM, product="primary products"),
        fact(AR, "exports", "share", 24.9, "percent", SEP, "24.9", E_PRIM, product="primary products"),
        fact(AR, "exports", "value", 2.982e9, "USD", SEP, "US$2.982 billion", E_MOA, product="manufactures of agricultural origin"),
        fact(AR, "exports", "growth", 11.2, "percent", SEP, "11.2", E_MOA, product="manufactures of agricultural origin"),
        fact(AR, "exports", "value", 2.27e9, "USD", SEP, "US$2.27 billion", E_SOY, product="soybeans and soybean products"),
        fact(AR, "exports", "value", 2.155e9, "USD", SEP, "US$2.155 billion", E_MOI, product="manufactures of industrial origin"),
        fact(AR, "exports", "growth", 3.5, "percent", SEP, "3.5", E_MOI, product="manufactures of industrial origin"),
        fact(AR, "exports", "value", 967e6, "USD", SEP, "US$967 million", E_FUEL, product="fuels and energy"),
        fact(AR, "exports", "growth", 25, "percent", SEP, "25", E_FUEL, product="fuels and energy"),
        fact(AR, "balance", "value", 5.36e9, "USD", YTD, "US$5.36 billion", E_ENERGY, product="energy"),
        fact(AR, "imports", "value", 1.577e9, "USD", SEP, "US$1.577 billion", E_CAP, product="capital goods"),
        fact(AR, "imports", "growth", 47.7, "percent", SEP, "47.7", E_CAP, product="capital goods"),
        fact(AR, "imports", "growth", 68.6, "percent", SEP, "68.6", E_CAP, product="passenger cars"),
        fact(AR, "total", "rank", 1, "number", SEP, "biggest", E_CN, partner="China"),
        fact(AR, "total", "value", 3.109e9, "USD", SEP, "US$3.109 billion", E_CN, partner="China"),
        fact(AR, "exports", "share", 15.9, "percent", SEP, "15.9", E_CN_SH, partner="China"),
        fact(AR, "imports", "share", 25.2, "percent", SEP, "25.2", E_CN_SH, partner="China"),
        fact(AR, "exports", "growth", 201.7, "percent", SEP, "201.7", E_CN_EXP, partner="China"),
        fact(AR, "balance", "value", -523e6, "USD", SEP, "US$523 million", E_CN_BAL, partner="China"),
        fact(AR, "total", "rank", 2, "number", SEP, "second", E_BR, partner="Brazil"),
        fact(AR, "total", "value", 2.892e9, "USD", SEP, "US$2.892 billion", E_BR, partner="Brazil"),
        fact(AR, "total", "rank", 3, "number", SEP, "third-largest", E_US, partner="United States"),
        fact(AR, "balance", "value", 169e6, "USD", SEP, "US$169 million", E_US, partner="United States"),
        fact(AR, "balance", "value", 6.03e9, "USD", YTD, "US$6.03 billion", E_YTD),
    ],
}

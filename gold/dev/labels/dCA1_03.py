from _fact import fact, period

SZ = "Shenzhen"
H1 = period(2024, 1, 6)
H1_23 = period(2023, 1, 6)
JUN = period(2024, 6)
PRIV = "private enterprises"
EM = "electromechanical products"
NEV = "new energy vehicles"
PV = "photovoltaic products"
BRI = "Belt and Road partner countries"

S_TOTAL = ("Shenzhen's imports and exports in the first half of this year totalled 2.2 trillion yuan, Shenzhen Customs "
           "statistics show, a year-on-year rise of 31.7%")
S_EXIM = ("Exports accounted for 13,650.2 hundred million yuan of this, up 30%, and imports for 8,362.9 hundred "
          "million yuan, up 33.1%")
S_JUNE = ("In June, the import and export value of the city was 4,021.5 hundred million yuan, an increase of 24.5%, "
          "and an increase of 6.3% month-on-month")
S_PRIV = ("private enterprises in Shenzhen imported and exported 15,673.4 hundred million yuan, an increase of 46.5%, "
          "accounting for 71.2% of the city's total import and export value")
S_ASEAN = ("ASEAN stayed Shenzhen's largest trading partner, accounting for 16.6% of the city's total after trade with the "
           "bloc grew 42.4% to 3,652.1 hundred million yuan")
S_HK = ("Hong Kong, China, the city's second largest trading partner, recorded an import and export value of 3,412.6 "
        "hundred million yuan, up 25%")
S_USEU = ("Import and export with the United States and the European Union were 2,115.4 and 2,049.8 hundred million "
          "yuan respectively, up 20% and 7.6% respectively")
S_BRI = ("Import and export with countries jointly building the \"Belt and Road\" was 7,805.6 hundred million yuan, "
         "accounting for 35.5% of the total")
S_EM = ("Shenzhen exported 9,489 hundred million yuan of electromechanical products, an increase of 21.4%, "
        "accounting for 69.5% of the city's total export value")
S_NEW3 = ("Exports of the \"new three\" products (new energy vehicles, lithium batteries and photovoltaic products) came "
          "to 483.6 hundred million yuan, 10% more than a year earlier")
S_SUB = ("New energy vehicles and photovoltaic products led the way, with exports of 128.7 and 24.8 hundred million yuan "
         "respectively, up 51.7% and 81.6%")

ARTICLE = {
    "id": "dCA1_03",
    "title": "Shenzhen's Foreign Trade Exceeded 2 Trillion Yuan in the First Half of 2024, Setting a Record for the Same Period",
    "publisher": "Shenzhen Customs",
    "published": "2024-07-19",
    "notes": [
        "Real figures (China Daily report on Shenzhen Customs data via trulynews.cn, summer 2024; Shenzhen Daily via "
        "seto.org.au, July 2023): first-half 2024 trade 2.2 trillion yuan, +31.7%, 10.4% of China's total; "
        "electromechanical exports 948.9 billion yuan (written here as 9,489 hundred million yuan), +21.4%; new energy "
        "vehicle exports 12.87 billion yuan (128.7 hundred million), +51.7%; photovoltaic exports 2.48 billion yuan "
        "(24.8 hundred million), +81.6%; first-half 2023 trade 1.68 trillion yuan (prior-period value).",
        "Derived/made up: exports 13,650.2 +30% and imports 8,362.9 +33.1% (made up to sum to 2.2 trillion and to fit "
        "the real H1 2023 exports 1.05 trn and imports 628.49 bn); June 4,021.5 +24.5% (against the real June 2023 "
        "322.97 bn) and +6.3% m/m; private 15,673.4 +46.5%, 71.2% (against the real H1 2023 1.07 trn) and the 29.7-point "
        "contribution derived from them; ASEAN 3,652.1 +42.4%, 16.6%; Hong Kong 3,412.6 +25%; US 2,115.4 +20%; EU "
        "2,049.8 +7.6%; Belt and Road 7,805.6, 35.5%; electromechanical share 69.5% (derived); high-tech exports "
        "4,381.2; new three 483.6 +10% and lithium batteries -3.2% (made up); the 25.6-point gap uses the national "
        "first-half growth of 6.1% (from memory); the 16 measures are made up.",
        "Judgement calls: the headline's 'Exceeded 2 Trillion Yuan' is a threshold for the same observation as "
        "2.2 trillion yuan, so only the stated figure is labelled. 'this year' and 'last year' take 2024 and 2023 "
        "from the headline and release date; 'the same period last year' is 2023-01..2023-06. '(the same below)' makes "
        "every later growth year on year, except the June 'month-on-month' rate (basis mom). 'That was equivalent to "
        "10.4% of China's total foreign trade' is Shenzhen's share of the national total (subject carried from the "
        "previous sentence; flow total). 'The figure was up from 1.68 trillion yuan' is the prior-period value "
        "(subject carried). Hong Kong is labelled as partner 'Hong Kong' (the text writes 'Hong Kong, China'). "
        "High-tech exports 'Of which' are labelled as their own product, not nested in electromechanical products. "
        "The new-three sub-items are labelled with their own product names.",
        "Not facts: 'Exceeded 2 Trillion Yuan' (threshold restating the figure); 25.6 percentage points (gap with the "
        "national rate); driving growth by 29.7 percentage points (contribution); 'highest level for the period on "
        "record' (milestone); 'Four features' and the 16 measures (not trade flows); the release date.",
        "Copy check: 16 sentences (or sentence groups) searched, 5 reworded (lead, exports/imports, foreign-invested/state-owned sentence (later cut), ASEAN, and the 'main characteristics' line, reworded after a near match turned up in another query's results).",
        "Second check: 22 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(SZ, "total", "value", 2.2e12, "CNY", H1, "2.2 trillion", S_TOTAL),
        fact(SZ, "total", "growth", 31.7, "percent", H1, "31.7", S_TOTAL),
        fact(SZ, "total", "share", 10.4, "percent", H1, "10.4",
             "That was equivalent to 10.4% of China's total foreign trade in the period"),
        fact(SZ, "total", "value", 1.68e12, "CNY", H1_23, "1.68 trillion",
             "The figure was up from 1.68 trillion yuan in the same period last year"),
        fact(SZ, "exports", "value", 13650.2e8, "CNY", H1, "13,650.2 hundred million", S_EXIM),
        fact(SZ, "exports", "growth", 30, "percent", H1, "30", S_EXIM),
        fact(SZ, "imports", "value", 8362.9e8, "CNY", H1, "8,362.9 hundred million", S_EXIM),
        fact(SZ, "imports", "growth", 33.1, "percent", H1, "33.1", S_EXIM),
        fact(SZ, "total", "value", 4021.5e8, "CNY", JUN, "4,021.5 hundred million", S_JUNE),
        fact(SZ, "total", "growth", 24.5, "percent", JUN, "24.5", S_JUNE),
        fact(SZ, "total", "growth", 6.3, "percent", JUN, "6.3", S_JUNE, basis="mom"),
        fact(SZ, "total", "value", 15673.4e8, "CNY", H1, "15,673.4 hundred million", S_PRIV, segment=PRIV),
        fact(SZ, "total", "growth", 46.5, "percent", H1, "46.5", S_PRIV, segment=PRIV),
        fact(SZ, "total", "share", 71.2, "percent", H1, "71.2", S_PRIV, segment=PRIV),
        fact(SZ, "total", "rank", 1, "number", H1, "largest",
             "ASEAN stayed Shenzhen's largest trading partner", partner="ASEAN"),
        fact(SZ, "total", "growth", 42.4, "percent", H1, "42.4", S_ASEAN, partner="ASEAN"),
        fact(SZ, "total", "value", 3652.1e8, "CNY", H1, "3,652.1 hundred million", S_ASEAN, partner="ASEAN"),
        fact(SZ, "total", "share", 16.6, "percent", H1, "16.6", S_ASEAN, partner="ASEAN"),
        fact(SZ, "total", "rank", 2, "number", H1, "second",
             "Hong Kong, China, the city's second largest trading partner", partner="Hong Kong"),
        fact(SZ, "total", "value", 3412.6e8, "CNY", H1, "3,412.6 hundred million", S_HK, partner="Hong Kong"),
        fact(SZ, "total", "growth", 25, "percent", H1, "25", S_HK, partner="Hong Kong"),
        fact(SZ, "total", "value", 2115.4e8, "CNY", H1, "2,115.4", S_USEU, partner="United States"),
        fact(SZ, "total", "value", 2049.8e8, "CNY", H1, "2,049.8 hundred million", S_USEU, partner="European Union"),
        fact(SZ, "total", "growth", 20, "percent", H1, "20", S_USEU, partner="United States"),
        fact(SZ, "total", "growth", 7.6, "percent", H1, "7.6", S_USEU, partner="European Union"),
        fact(SZ, "total", "value", 7805.6e8, "CNY", H1, "7,805.6 hundred million", S_BRI, partner=BRI),
        fact(SZ, "total", "share", 35.5, "percent", H1, "35.5", S_BRI, partner=BRI),
        fact(SZ, "exports", "value", 9489e8, "CNY", H1, "9,489 hundred million", S_EM, product=EM),
        fact(SZ, "exports", "growth", 21.4, "percent", H1, "21.4", S_EM, product=EM),
        fact(SZ, "exports", "share", 69.5, "percent", H1, "69.5", S_EM, product=EM),
        fact(SZ, "exports", "value", 4381.2e8, "CNY", H1, "4,381.2 hundred million",
             "exports of high-tech products were 4,381.2 hundred million yuan", product="high-tech products"),
        fact(SZ, "exports", "value", 483.6e8, "CNY", H1, "483.6 hundred million", S_NEW3, product="new three"),
        fact(SZ, "exports", "growth", 10, "percent", H1, "10", S_NEW3, product="new three"),
        fact(SZ, "exports", "value", 128.7e8, "CNY", H1, "128.7", S_SUB, product=NEV),
        fact(SZ, "exports", "value", 24.8e8, "CNY", H1, "24.8 hundred million", S_SUB, product=PV),
        fact(SZ, "exports", "growth", 51.7, "percent", H1, "51.7", S_SUB, product=NEV),
        fact(SZ, "exports", "growth", 81.6, "percent", H1, "81.6", S_SUB, product=PV),
        fact(SZ, "exports", "growth", -3.2, "percent", H1, "3.2", "lithium battery exports slipped 3.2%",
             product="lithium batteries"),
    ],
}

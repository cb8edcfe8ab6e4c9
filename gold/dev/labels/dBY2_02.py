from _fact import fact, period

CO = "Colombia"
SEP = period(2025, 9)
SEP24 = period(2024, 9)
JS = period(2025, 1, 9)
US = "United States"

ARTICLE = {
    "id": "dBY2_02",
    "title": "Colombia's trade deficit widens 76.4% in September as imports surge",
    "publisher": "Portafolio",
    "published": "2025-11-19",
    "notes": [
        "Real figures (DANE via Reuters/La Nacion 2025-11-19, El Heraldo 2025-11-05 and 2025-11-19, Valora Analitik "
        "2025-11-04, apnnoticias, costanoticias, La Voz de Quequen; El Colombiano for coffee): September deficit "
        "US$1,164.1m FOB (+76.4%) vs US$660.0m; imports FOB US$5,785.4m (+20.1%), CIF US$6,128.8m (+18.7%); exports "
        "US$4,621.3m (+11.1%); fuels and extractive US$1,944.9m (+3.7%, 42.1%); agricultural products, food and "
        "beverages US$1,237.2m (+29.6%, 26.8%); manufactures US$1,018.1m (+11.8%, 22%); coffee US$500.5m (+84.2%) vs "
        "US$273.6m; crude to the US -37.5%; crude 13.7m barrels (-11.9%); US 26.2% and Panama 9.1% of exports; China "
        "28.4% and US 21.5% of imports; January-September deficit US$11,768.2m (+55.9%), imports US$49,078.2m "
        "(+11.1%), exports US$37,310.1m (+1.8%); Q3 GDP 3.6%; central bank staff forecasts 2.6% (2025) and 2.9% (2026).",
        "Derived/made up: cut flowers US$168.9m (+7.2%) made up; imports 6.2% higher than August made up; the "
        "'around 3,800 per dollar' peso level is approximate from memory; the 10% US baseline tariff is from memory; "
        "the rank 'second' for the US among suppliers follows the real shares; the editor's name is made up.",
        "Judgement calls: imports are given both FOB (US$5,785.4m, +20.1%) and CIF (US$6,128.8m, +18.7%): the record "
        "has no field for the valuation basis, so both pairs are labelled as written (same identity but value); the "
        "lead's 'A 20.1% rise in imports' is the FOB growth; product names in the text's words: 'fuels and extractive "
        "industry products', 'agricultural products, food and beverages', 'manufactures', 'coffee', 'cut flowers', "
        "'crude oil'; the 'respectively' shares go to the three groups in order; 'the top destination for Colombian exports' is rank 1; "
        "'Compared with August' makes 6.2% a mom growth; 'their first year-on-year increase in 2025' is a milestone, "
        "not labelled.",
        "Not facts: 3,800 per dollar (exchange rate); 13.7 million barrels and its 11.9% fall (crude volume in barrels, "
        "a quantity the record cannot express, and volume growth); 3.6% (GDP); 2.6% and 2.9% (forecasts); 10% "
        "(tariff); 'three decades'; years 2024, 2025, 2026.",
        "Copy check: 24 sentences searched (in 13 look-ups, short neighbours paired), 0 reworded.",
        "Second check: 24 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(CO, "balance", "value", -1164.1e6, "USD", SEP, "1,164.1 million",
             "pushing Colombia's trade deficit to US$1,164.1 million FOB"),
        fact(CO, "balance", "growth", 76.4, "percent", SEP, "76.4",
             "Colombia's trade deficit to US$1,164.1 million FOB, 76.4% wider than in the same month of last year"),
        fact(CO, "imports", "growth", 20.1, "percent", SEP, "20.1",
             "A 20.1% rise in imports outran a solid gain in exports in September"),
        fact(CO, "balance", "value", -660.0e6, "USD", SEP24, "660.0 million",
             "The country had posted a shortfall of US$660.0 million in September 2024"),
        fact(CO, "imports", "value", 5785.4e6, "USD", SEP, "5,785.4 million",
             "Imports valued free on board totaled US$5,785.4 million in the month"),
        fact(CO, "exports", "value", 4621.3e6, "USD", SEP, "4,621.3 million",
             "exports came to US$4,621.3 million, an increase of 11.1%"),
        fact(CO, "exports", "growth", 11.1, "percent", SEP, "11.1",
             "exports came to US$4,621.3 million, an increase of 11.1%"),
        fact(CO, "imports", "value", 6128.8e6, "USD", SEP, "6,128.8 million",
             "Measured CIF, which adds freight and insurance, purchases from abroad reached US$6,128.8 million"),
        fact(CO, "imports", "growth", 18.7, "percent", SEP, "18.7",
             "Measured CIF, which adds freight and insurance, purchases from abroad reached US$6,128.8 million, up 18.7%"),
        fact(CO, "exports", "growth", 3.7, "percent", SEP, "3.7",
             "Sales of fuels and extractive industry products, still the largest group, grew 3.7% to US$1,944.9 million FOB",
             product="fuels and extractive industry products"),
        fact(CO, "exports", "value", 1944.9e6, "USD", SEP, "1,944.9 million",
             "Sales of fuels and extractive industry products, still the largest group, grew 3.7% to US$1,944.9 million FOB",
             product="fuels and extractive industry products"),
        fact(CO, "exports", "growth", 29.6, "percent", SEP, "29.6",
             "Agricultural products, food and beverages rose 29.6% to US$1,237.2 million",
             product="agricultural products, food and beverages"),
        fact(CO, "exports", "value", 1237.2e6, "USD", SEP, "1,237.2 million",
             "Agricultural products, food and beverages rose 29.6% to US$1,237.2 million",
             product="agricultural products, food and beverages"),
        fact(CO, "exports", "growth", 11.8, "percent", SEP, "11.8",
             "manufactures advanced 11.8% to US$1,018.1 million", product="manufactures"),
        fact(CO, "exports", "value", 1018.1e6, "USD", SEP, "1,018.1 million",
             "manufactures advanced 11.8% to US$1,018.1 million", product="manufactures"),
        fact(CO, "exports", "share", 42.1, "percent", SEP, "42.1",
             "The three groups made up 42.1%, 26.8% and 22% of total exports, respectively",
             product="fuels and extractive industry products"),
        fact(CO, "exports", "share", 26.8, "percent", SEP, "26.8",
             "The three groups made up 42.1%, 26.8% and 22% of total exports, respectively",
             product="agricultural products, food and beverages"),
        fact(CO, "exports", "share", 22, "percent", SEP, "22",
             "The three groups made up 42.1%, 26.8% and 22% of total exports, respectively", product="manufactures"),
        fact(CO, "exports", "value", 500.5e6, "USD", SEP, "500.5 million",
             "Shipments of the bean brought in US$500.5 million in September", product="coffee"),
        fact(CO, "exports", "growth", 84.2, "percent", SEP, "84.2",
             "Shipments of the bean brought in US$500.5 million in September, up 84.2% from US$273.6 million a year before",
             product="coffee"),
        fact(CO, "exports", "value", 273.6e6, "USD", SEP24, "273.6 million",
             "Shipments of the bean brought in US$500.5 million in September, up 84.2% from US$273.6 million a year before",
             product="coffee"),
        fact(CO, "exports", "growth", 7.2, "percent", SEP, "7.2",
             "Cut flowers, which growers ship in volume ahead of the year-end season, rose 7.2% to US$168.9 million",
             product="cut flowers"),
        fact(CO, "exports", "value", 168.9e6, "USD", SEP, "168.9 million",
             "Cut flowers, which growers ship in volume ahead of the year-end season, rose 7.2% to US$168.9 million",
             product="cut flowers"),
        fact(CO, "exports", "growth", -37.5, "percent", SEP, "37.5",
             "sales of crude oil to the United States slumped 37.5%", partner=US, product="crude oil"),
        fact(CO, "exports", "rank", 1, "number", SEP, "top",
             "Buyers in the United States took 26.2% of the total, keeping it the top destination for Colombian exports", partner=US),
        fact(CO, "exports", "share", 26.2, "percent", SEP, "26.2",
             "Buyers in the United States took 26.2% of the total, keeping it the top destination for Colombian exports", partner=US),
        fact(CO, "exports", "share", 9.1, "percent", SEP, "9.1",
             "Panama came next with 9.1%", partner="Panama"),
        fact(CO, "imports", "rank", 1, "number", SEP, "largest",
             "On the import side, China was the largest supplier", partner="China"),
        fact(CO, "imports", "share", 28.4, "percent", SEP, "28.4",
             "China was the largest supplier, accounting for 28.4% of purchases", partner="China"),
        fact(CO, "imports", "rank", 2, "number", SEP, "second",
             "with the United States second at 21.5%", partner=US),
        fact(CO, "imports", "share", 21.5, "percent", SEP, "21.5",
             "with the United States second at 21.5%", partner=US),
        fact(CO, "imports", "growth", 6.2, "percent", SEP, "6.2",
             "Compared with August, imports were 6.2% higher", basis="mom"),
        fact(CO, "balance", "growth", 55.9, "percent", JS, "55.9",
             "The January-September shortfall reached US$11,768.2 million FOB, 55.9% larger than a year earlier"),
        fact(CO, "balance", "value", -11768.2e6, "USD", JS, "11,768.2 million",
             "The January-September shortfall reached US$11,768.2 million FOB"),
        fact(CO, "imports", "growth", 11.1, "percent", JS, "11.1",
             "imports, which climbed 11.1% to US$49,078.2 million"),
        fact(CO, "imports", "value", 49078.2e6, "USD", JS, "49,078.2 million",
             "imports, which climbed 11.1% to US$49,078.2 million"),
        fact(CO, "exports", "growth", 1.8, "percent", JS, "1.8",
             "Exports managed only a 1.8% gain over the same stretch, to US$37,310.1 million"),
        fact(CO, "exports", "value", 37310.1e6, "USD", JS, "37,310.1 million",
             "Exports managed only a 1.8% gain over the same stretch, to US$37,310.1 million"),
    ],
}

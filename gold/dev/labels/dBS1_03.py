from _fact import fact, period

CN = "China"
US = "United States"
EU = "European Union"
NOV = period(2026, 11)
OCT = period(2026, 10)
JAN_NOV = period(2026, 1, 11)
Y2025 = period(2025, 1, 12)

E_BAL = ("November's surplus came in at $120.6 billion, above both the $112.0 billion the poll predicted and the "
         "$98.3 billion recorded in October")
E_VAL = "Exports came to $342.5 billion in November and imports to $221.9 billion"
E_US_BAL = ("Even so, the bilateral surplus with the United States climbed in November to $24.8 billion; in October "
            "it had been $22.1 billion")
E_RESP = ("Exports to the European Union and the Association of Southeast Asian Nations climbed 9.6% and 11.2%, "
          "respectively")
E_EU_BAL = "The surplus with the EU reached $27.9 billion, up from October's $25.6 billion"
E_YTD = ("For the first 11 months, exports rose 4.7% and imports 2.6%, lifting the year-to-date trade surplus to "
         "$1.18 trillion")
E_2025 = ("lifting the year-to-date trade surplus to $1.18 trillion, within reach of the $1.19 trillion recorded "
          "for the whole of 2025")
E_RE = "Rare earth exports slipped 4.8% from October's 6,428.9 tons to 6,120.4 metric tons last month"
E_RE_YTD = ("In the year to date, China has sold 66,315.7 tons of the group of 17 minerals abroad, 14.0% more than "
            "in the same period of 2025")
E_SOY = ("Soybean imports fell to 8.62 million tons in November, lower than in October, when arrivals totalled "
         "9.48 million tons")
E_SOY_YTD = "Purchases in the first 11 months reached 105.76 million tons, up 1.9% on the year"

ARTICLE = {
    "id": "dBS1_03",
    "title": "China's Nov exports beat forecasts as EU, ASEAN sales offset U.S. weakness",
    "publisher": "Reuters",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none for 2026 (November 2026 has not happened). Modelled on Reuters coverage of the "
        "November 2025 release (exports +5.9%, imports +1.9%, surplus $111.68 bln, Jan-Nov surplus ~$1.08 trn; "
        "rare earths 5,493.9 t, Jan-Nov 58,193.1 t; soybeans 8.11 Mt, Jan-Nov 103.79 Mt) and earlier November stories. The 2025 full-year surplus "
        "of $1.19 trillion is modelled on reporting of the 2025 annual figure (about $1.19 trn), not checked "
        "against the customs release. Invented: every 2026 figure. Derived (checked): surplus 342.5 - 221.9 = "
        "120.6; Jan-Nov 14.0% = 66,315.7/58,193.1 - 1; rare earths -4.8% = 6,120.4/6,428.9 - 1; soybeans 8.62/8.11 = +6.3%, 105.76/103.79 = +1.9%. Same release as "
        "dBS1_01 (yuan figures there).",
        "Judgement calls: KEY POINTS restate body figures (exports +3.7%, imports +1.5%, surplus $120.6 bln and "
        "$98.3 bln in October, rare earths -4.8%): each labelled once, with the body's evidence; their poll "
        "figures are not facts. Comparison figures for October ('faster than October's 2.4% increase', 'October's 0.6% "
        "gain', '$98.3 billion recorded in October', '$22.1 billion', '$25.6 billion', '6,428.9 tons', '9.48 million "
        "tons') are October 2026 facts; the comparison base is not the period of the November figure. 'down "
        "4.8% from October's' -> rare earths growth basis mom. 'the group of 17 minerals' sold 'in the year to date' "
        "-> rare earths exports, January-November ('than in the same period of 2025' is the comparison base); 'Purchases in the first 11 months' -> soybean imports. Soybean "
        "growth rates (6.3%, 1.9%) are growth of a quantity with no value growth beside them, so in scope. "
        "'Shipments to the U.S. over the period' -> exports to the United States, January-November. The "
        "surplus with the US/EU is balance with partner; 'climbed in November to $24.8 billion' is a level, not a growth.",
        "Not facts: the Reuters poll forecasts (2.9%, 2.0%, $112.0 billion, and '+2.9%', '+2.0%' in KEY "
        "POINTS); 'an average tariff of roughly 35%'; 'The economy grew 4.6% in the third quarter' (GDP); "
        "'17 minerals'; years 2025 and 2027 in 'late 2025', 'targets for 2027'; 'a year ago'.",
        "Copy check: 10 sentences searched, 2 reworded (both rare-earth sentences had the skeleton of a 2023 Reuters rare-earth story: shipped N metric tons ..., down X% from the prior month; exports of the 17 minerals during the first 11 months climbed X% to N tons).",
        "Second check: 25 sentences searched, 3 reworded.",
    ],
    "facts": [
        # November and October headline growth
        fact(CN, "exports", "growth", 3.7, "percent", NOV, "3.7", "Tuesday's customs figures showed a 3.7% year-on-year gain in exports for last month"),
        fact(CN, "exports", "growth", 2.4, "percent", OCT, "2.4", "faster than October's 2.4% increase"),
        fact(CN, "imports", "growth", 1.5, "percent", NOV, "1.5", "Imports increased 1.5%"),
        fact(CN, "imports", "growth", 0.6, "percent", OCT, "0.6", "a touch stronger than October's 0.6% gain"),
        fact(CN, "balance", "value", 120.6e9, "USD", NOV, "$120.6 billion", E_BAL),
        fact(CN, "balance", "value", 98.3e9, "USD", OCT, "$98.3 billion", E_BAL),
        fact(CN, "exports", "value", 342.5e9, "USD", NOV, "$342.5 billion", E_VAL),
        fact(CN, "imports", "value", 221.9e9, "USD", NOV, "$221.9 billion", E_VAL),
        # partners
        fact(CN, "exports", "growth", -2.1, "percent", NOV, "2.1",
             "Shipments to the United States shed 2.1% from a year earlier", partner=US),
        fact(CN, "imports", "growth", -7.5, "percent", NOV, "7.5", "imports from the U.S. dropped 7.5%", partner=US),
        fact(CN, "balance", "value", 24.8e9, "USD", NOV, "$24.8 billion", E_US_BAL, partner=US),
        fact(CN, "balance", "value", 22.1e9, "USD", OCT, "$22.1 billion", E_US_BAL, partner=US),
        fact(CN, "exports", "growth", 9.6, "percent", NOV, "9.6", E_RESP, partner=EU),
        fact(CN, "exports", "growth", 11.2, "percent", NOV, "11.2", E_RESP, partner="ASEAN"),
        fact(CN, "balance", "value", 27.9e9, "USD", NOV, "$27.9 billion", E_EU_BAL, partner=EU),
        fact(CN, "balance", "value", 25.6e9, "USD", OCT, "$25.6 billion", E_EU_BAL, partner=EU),
        # January-November and 2025
        fact(CN, "exports", "growth", 4.7, "percent", JAN_NOV, "4.7", E_YTD),
        fact(CN, "imports", "growth", 2.6, "percent", JAN_NOV, "2.6", E_YTD),
        fact(CN, "balance", "value", 1.18e12, "USD", JAN_NOV, "$1.18 trillion", E_YTD),
        fact(CN, "balance", "value", 1.19e12, "USD", Y2025, "$1.19 trillion", E_2025),
        fact(CN, "exports", "growth", -6.8, "percent", JAN_NOV, "6.8",
             "Shipments to the U.S. over the period were down 6.8%", partner=US),
        # rare earths
        fact(CN, "exports", "quantity", 6120.4, "tonnes", NOV, "6,120.4", E_RE, product="rare earths"),
        fact(CN, "exports", "growth", -4.8, "percent", NOV, "4.8", E_RE, product="rare earths", basis="mom"),
        fact(CN, "exports", "quantity", 6428.9, "tonnes", OCT, "6,428.9", E_RE, product="rare earths"),
        fact(CN, "exports", "quantity", 66315.7, "tonnes", JAN_NOV, "66,315.7", E_RE_YTD, product="rare earths"),
        fact(CN, "exports", "growth", 14.0, "percent", JAN_NOV, "14.0", E_RE_YTD, product="rare earths"),
        # soybeans
        fact(CN, "imports", "quantity", 8.62e6, "tonnes", NOV, "8.62 million", E_SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48 million", E_SOY, product="soybeans"),
        fact(CN, "imports", "growth", 6.3, "percent", NOV, "6.3",
             "November's volume was still 6.3% higher than a year before", product="soybeans"),
        fact(CN, "imports", "quantity", 105.76e6, "tonnes", JAN_NOV, "105.76 million", E_SOY_YTD, product="soybeans"),
        fact(CN, "imports", "growth", 1.9, "percent", JAN_NOV, "1.9", E_SOY_YTD, product="soybeans"),
    ],
}

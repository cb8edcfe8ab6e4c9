from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
JAN_JUL = period(2026, 1, 7)
JAN_JUL_2025 = period(2025, 1, 7)

EXP = "Outbound shipments from the world's second-largest economy rose 8.3% year-on-year in July"
EXP_JUN = "easing from a 10.7% gain in June"
IMP = "Imports grew 2.4%"
IMP_JUN = "Imports grew 2.4%, missing expectations for a 4.5% rise and slowing from 6.2% growth the month before."
BAL = "That left China with a trade surplus of $119.6 billion for the month, down from $136.6 billion in June."
VAL = "In value terms, exports came to $348.5 billion and imports to $228.9 billion."
MOM = "Compared with June, exports fell 3.2%"
US_EXP = "Exports to the United States rose 4.4% from a year earlier to $33.0 billion"
US_IMP = "Imports from the U.S. climbed 7.1%"
US_BAL = "China's trade surplus with the United States stood at $21.3 billion"
EU = "Shipments to the European Union grew 11.2%"
ASEAN = "those to the 10-member Association of Southeast Asian Nations increased 9.8%"
AF_LA = "Exports to Africa jumped 24.1%, while those to Latin America rose 5.3%."
JP_RU = "Sales to Japan dipped 1.9% and shipments to Russia fell 8.4%"
YTD = ("In the first seven months of the year, exports rose 13.9% and imports 9.6%, putting the year-to-date "
       "surplus at $842.4 billion, compared with $683.5 billion a year earlier.")
SOY = "Soybean imports, mostly from Brazil, fell 7.3% from a year earlier to 10.82 million metric tons"
RARE = "exports of rare earths rose 5.3% to 6,310 tons"

ARTICLE = {
    "id": "dAF1_02_reuters_china_july_2026_trade",
    "title": "China's July exports beat forecasts as EU, ASEAN demand holds; imports disappoint",
    "publisher": "Reuters",
    "published": "2026-08-07",
    "notes": [
        "Month from the text ('in July', 'in June'), year from the dateline and published date (2026).",
        "'slowing from 6.2% growth the month before': June 2026 import growth, labelled as a June fact.",
        "'down from $136.6 billion in June': June 2026 surplus, labelled as a June fact.",
        "'Compared with June, exports fell 3.2%': a comparison with the month before, basis mom, period July.",
        "'China's trade surplus with the United States stood at $21.3 billion' (Reuters calculations): balance, "
        "partner United States, July.",
        "Destination growth rates ('Shipments to', 'those to', 'Sales to', 'Exports to') are exports of China "
        "with that partner; 'the 10-member Association of Southeast Asian Nations' = ASEAN.",
        "'compared with $683.5 billion a year earlier': the January-July 2025 surplus, labelled with the 2025 "
        "period.",
        "'Imports grew 2.4%' and 'imports 9.6%' in the year-to-date sentence: the verb 'rose' is shared.",
        "Soybean and rare-earth growth rates are growth of tonnages given alone (no value growth beside them): "
        "labelled, with the quantities in tonnes. 'mostly from Brazil' does not restrict the figure: partner null.",
        "Out of scope, unlabelled: the poll forecasts (6.9%, 4.5%, $112.0 billion); second-quarter GDP growth "
        "of 4.9%; the average U.S. tariff of about 47%; 'their second straight monthly gain' and 'risen every "
        "month this year' (streaks); 'the 10-member' (not a trade figure); 'the world's second-largest economy' (a rank of economic size, not of a trade flow); the analyst's export outlook "
        "(forecast).",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.3, "percent", JUL, "8.3", EXP),
        fact("China", "exports", "growth", 10.7, "percent", JUN, "10.7", EXP_JUN),
        fact("China", "imports", "growth", 2.4, "percent", JUL, "2.4", IMP),
        fact("China", "imports", "growth", 6.2, "percent", JUN, "6.2", IMP_JUN),
        fact("China", "balance", "value", 119.6e9, "USD", JUL, "119.6 billion", BAL),
        fact("China", "balance", "value", 136.6e9, "USD", JUN, "136.6 billion", BAL),
        fact("China", "exports", "value", 348.5e9, "USD", JUL, "348.5 billion", VAL),
        fact("China", "imports", "value", 228.9e9, "USD", JUL, "228.9 billion", VAL),
        fact("China", "exports", "growth", -3.2, "percent", JUL, "3.2", MOM, basis="mom"),
        fact("China", "exports", "growth", 4.4, "percent", JUL, "4.4", US_EXP, partner="United States"),
        fact("China", "exports", "value", 33.0e9, "USD", JUL, "33.0 billion", US_EXP, partner="United States"),
        fact("China", "imports", "growth", 7.1, "percent", JUL, "7.1", US_IMP, partner="United States"),
        fact("China", "balance", "value", 21.3e9, "USD", JUL, "21.3 billion", US_BAL, partner="United States"),
        fact("China", "exports", "growth", 11.2, "percent", JUL, "11.2", EU, partner="European Union"),
        fact("China", "exports", "growth", 9.8, "percent", JUL, "9.8", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 24.1, "percent", JUL, "24.1", AF_LA, partner="Africa"),
        fact("China", "exports", "growth", 5.3, "percent", JUL, "5.3", AF_LA, partner="Latin America"),
        fact("China", "exports", "growth", -1.9, "percent", JUL, "1.9", JP_RU, partner="Japan"),
        fact("China", "exports", "growth", -8.4, "percent", JUL, "8.4", JP_RU, partner="Russia"),
        fact("China", "exports", "growth", 13.9, "percent", JAN_JUL, "13.9", YTD),
        fact("China", "imports", "growth", 9.6, "percent", JAN_JUL, "9.6", YTD),
        fact("China", "balance", "value", 842.4e9, "USD", JAN_JUL, "842.4 billion", YTD),
        fact("China", "balance", "value", 683.5e9, "USD", JAN_JUL_2025, "683.5 billion", YTD),
        fact("China", "imports", "growth", -7.3, "percent", JUL, "7.3", SOY, product="soybeans"),
        fact("China", "imports", "quantity", 10.82e6, "tonnes", JUL, "10.82 million", SOY, product="soybeans"),
        fact("China", "exports", "growth", 5.3, "percent", JUL, "5.3", RARE, product="rare earths"),
        fact("China", "exports", "quantity", 6310, "tonnes", JUL, "6,310", RARE, product="rare earths"),
    ],
}

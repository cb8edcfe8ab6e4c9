from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
JAN_JUL = period(2026, 1, 7)
JAN_JUL_2025 = period(2025, 1, 7)

EXP = "the world's second-largest economy increased its exports by 8.3% year-on-year in July"
EXP_JUN = "though slower than June's 10.7% rise"
IMP = 'Imports expanded 2.4%'
IMP_JUN = "Imports expanded 2.4%, below the 4.5% increase analysts had pencilled in and a slowdown from June's 6.2% growth."
BAL = 'The monthly trade surplus therefore narrowed to $119.6 billion from $136.6 billion in June'
VAL = 'Exports totaled $348.5 billion in value and imports $228.9 billion.'
MOM = 'On a month-on-month basis, exports dropped 3.2% from June'
US_EXP = 'Shipments to the United States increased 4.4% year on year to $33.0 billion'
US_IMP = "China's imports of American goods rose 7.1%"
US_BAL = 'leaving China with a $21.3 billion surplus in its trade with the United States'
EU = 'Exports to the European Union climbed 11.2%'
ASEAN = 'exports to the 10-member Association of Southeast Asian Nations were up 9.8%'
AF_LA = 'Sales to Africa soared 24.1% and those to Latin America gained 5.3%.'
JP_RU = 'Exports to Japan slipped 1.9%, while those to Russia dropped 8.4%'
YTD = 'For January through July, exports grew 13.9% and imports 9.6%, lifting the cumulative surplus to $842.4 billion from $683.5 billion in the same period a year before.'
SOY = "China's soybean imports, most of which come from Brazil, were down 7.3% year on year at 10.82 million metric tons"
RARE = 'rare earth exports increased 5.3% to 6,310 tons'

ARTICLE = {
    "id": "dAF1_02_reuters_china_july_2026_trade",
    "title": "China's exports top expectations in July on firm EU, ASEAN demand; import growth falls short",
    "publisher": "Reuters",
    "published": "2026-08-07",
    "notes": [
        "Month from the text ('in July', 'in June'), year from the dateline and published date (2026).",
        "'a slowdown from June's 6.2% growth': June 2026 import growth, labelled as a June fact.",
        "'from $136.6 billion in June': June 2026 surplus, labelled as a June fact.",
        "'On a month-on-month basis, exports dropped 3.2% from June': a comparison with the month before, basis mom, period July.",
        "'leaving China with a $21.3 billion surplus in its trade with the United States' (Reuters calculations): balance, "
        "partner United States, July.",
        "Destination growth rates ('Shipments to', 'those to', 'Sales to', 'Exports to') are exports of China "
        "with that partner; 'the 10-member Association of Southeast Asian Nations' = ASEAN.",
        "'from $683.5 billion in the same period a year before': the January-July 2025 surplus, labelled with the 2025 "
        "period.",
        "'Imports expanded 2.4%'; 'imports 9.6%' in the year-to-date sentence shares the verb 'grew'.",
        "Soybean and rare-earth growth rates are growth of tonnages given alone (no value growth beside them): "
        "labelled, with the quantities in tonnes. 'most of which come from Brazil' does not restrict the figure: partner null.",
        "Out of scope, unlabelled: the poll forecasts (6.9%, 4.5%, $112.0 billion); second-quarter GDP growth "
        "of 4.9%; the average U.S. tariff of about 47%; 'a second consecutive monthly rise' and 'increased in every "
        "month so far this year' (streaks); 'the 10-member' (not a trade figure); 'the world's second-largest economy' (a rank of economic size, not of a trade flow); the analyst's export outlook "
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

from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)

TOTAL = "bilateral trade last year dropped 6.8% to $228.1 billion from 2024's record $244.8 billion"
FLOWS = "China's exports to Russia fell 9.8% to $104.2 billion and its imports from Russia slipped 4.2% to $123.9 billion"
BALANCE = "China's trade deficit with its northern neighbour therefore stood at $19.7 billion, against $13.8 billion in 2024"
SHARE = "Last year Russia made up 3.5% of China's total goods trade"
CARS = "Russia had been the top market for Chinese car exports in 2024, but China's car exports there plunged 44% to $10.9 billion last year, and units shipped dropped 48% to around 593,000"
DECEMBER = 'In December, Chinese exports to Russia grew 3.1% year-on-year to $10.6 billion, and imports from Russia surged 14.6% to $11.2 billion'
CRUDE = "Russia stayed China's top supplier of crude oil in 2025, delivering 100.9 million metric tons"
CRUDE_VALUE = "the crude's value dropped 18.8% to $51.0 billion"
COAL = 'coal imports from Russia fell 9.6% to 85.3 million tons'
LNG = "China's purchases of Russian liquefied natural gas grew 3.6% to 8.6 million tons"
FARM = 'Chinese imports of farm products from Russia, chiefly rapeseed oil, flaxseed and barley, increased 6.3% to $7.4 billion'
SURPLUS = 'a trade surplus of nearly $1.2 trillion'

R = "Russia"

ARTICLE = {
    "id": "dAC1_03_reuters_china_russia_trade_2025",
    "title": "Slump in car sales drags China-Russia trade to first fall in five years",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Area China (Chinese customs data, China's trade with Russia); partner Russia unless stated. 'last year' in "
        "an article of 2026-01-14 -> 2025-01..2025-12.",
        "'bilateral trade last year dropped 6.8% to $228.1 billion from 2024's record $244.8 billion': 2025 "
        "growth and value, and a separate 2024 value fact (the earlier year's stated level).",
        "'trade deficit with its northern neighbour therefore stood at $19.7 billion, against $13.8 billion in 2024': China's "
        "deficit with Russia -> balance -19.7e9 (2025) and -13.8e9 (2024); 'its northern neighbour' = Russia.",
        "'Last year Russia made up 3.5% of China's total goods trade': share, flow total, area China, partner Russia.",
        "'Russia had been the top market for Chinese car exports in 2024': rank 1, product cars, exports, period 2024.",
        "'plunged 44% to $10.9 billion last year': cars exports value growth and value, 2025.",
        "'units shipped dropped 48% to around 593,000': quantity 593,000 vehicles (unit number, approx); "
        "the 48% is volume growth beside the 44% value growth -> out of scope, unlabelled.",
        "December figures: exports to and imports from Russia, period 2025-12.",
        "'Russia stayed China's top supplier of crude oil in 2025': rank 1, imports, product crude oil; '100.9 million "
        "metric tons': quantity.",
        "'That volume was 7.0% lower than the prior year's record, while the crude's value dropped 18.8% to $51.0 billion': "
        "7.0% is volume growth beside value growth -> out of scope; value growth -18.8 and value $51.0bn labelled.",
        "Coal and LNG: only quantities and their growth are given (no value growth beside them), so the growth "
        "rates are labelled with the quantities.",
        "'imports of farm products from Russia ... increased 6.3% to $7.4 billion': product farm products.",
        "'a trade surplus of nearly $1.2 trillion, a record': China's overall balance with the world in 2025, approx.",
        "Out of scope, unlabelled: 'roughly 2.02 million barrels per day' (a daily rate the record cannot express); "
        "'about 38.8 billion cubic metres' of pipeline gas (a volume unit the record cannot express, per Gazprom); "
        "'$300 billion by 2030' (target/forecast); '21%' key rate (not a trade flow); 'first decline in five years', "
        "'a four-year run of growth' (milestone/streak); 'February 2022', 'late 2024' (dates).",
    ],
    "facts": [
        fact("China", "total", "growth", -6.8, "percent", Y2025, "6.8", TOTAL, partner=R),
        fact("China", "total", "value", 228.1e9, "USD", Y2025, "228.1 billion", TOTAL, partner=R),
        fact("China", "total", "value", 244.8e9, "USD", Y2024, "244.8 billion", TOTAL, partner=R),
        fact("China", "exports", "growth", -9.8, "percent", Y2025, "9.8", FLOWS, partner=R),
        fact("China", "exports", "value", 104.2e9, "USD", Y2025, "104.2 billion", FLOWS, partner=R),
        fact("China", "imports", "growth", -4.2, "percent", Y2025, "4.2", FLOWS, partner=R),
        fact("China", "imports", "value", 123.9e9, "USD", Y2025, "123.9 billion", FLOWS, partner=R),
        fact("China", "balance", "value", -19.7e9, "USD", Y2025, "19.7 billion", BALANCE, partner=R),
        fact("China", "balance", "value", -13.8e9, "USD", Y2024, "13.8 billion", BALANCE, partner=R),
        fact("China", "total", "share", 3.5, "percent", Y2025, "3.5", SHARE, partner=R),
        fact("China", "exports", "rank", 1, "number", Y2024, "top", CARS, partner=R, product="cars"),
        fact("China", "exports", "growth", -44, "percent", Y2025, "44", CARS, partner=R, product="cars"),
        fact("China", "exports", "value", 10.9e9, "USD", Y2025, "10.9 billion", CARS, partner=R, product="cars"),
        fact("China", "exports", "quantity", 593000, "number", Y2025, "593,000", CARS, partner=R, product="cars",
             qualifier="approx"),
        fact("China", "exports", "growth", 3.1, "percent", DEC, "3.1", DECEMBER, partner=R),
        fact("China", "exports", "value", 10.6e9, "USD", DEC, "10.6 billion", DECEMBER, partner=R),
        fact("China", "imports", "growth", 14.6, "percent", DEC, "14.6", DECEMBER, partner=R),
        fact("China", "imports", "value", 11.2e9, "USD", DEC, "11.2 billion", DECEMBER, partner=R),
        fact("China", "imports", "rank", 1, "number", Y2025, "top", CRUDE, partner=R, product="crude oil"),
        fact("China", "imports", "quantity", 100.9e6, "tonnes", Y2025, "100.9 million", CRUDE, partner=R,
             product="crude oil"),
        fact("China", "imports", "growth", -18.8, "percent", Y2025, "18.8", CRUDE_VALUE, partner=R, product="crude oil"),
        fact("China", "imports", "value", 51.0e9, "USD", Y2025, "51.0 billion", CRUDE_VALUE, partner=R,
             product="crude oil"),
        fact("China", "imports", "growth", -9.6, "percent", Y2025, "9.6", COAL, partner=R, product="coal"),
        fact("China", "imports", "quantity", 85.3e6, "tonnes", Y2025, "85.3 million", COAL, partner=R, product="coal"),
        fact("China", "imports", "growth", 3.6, "percent", Y2025, "3.6", LNG, partner=R,
             product="liquefied natural gas"),
        fact("China", "imports", "quantity", 8.6e6, "tonnes", Y2025, "8.6 million", LNG, partner=R,
             product="liquefied natural gas"),
        fact("China", "imports", "growth", 6.3, "percent", Y2025, "6.3", FARM, partner=R, product="farm products"),
        fact("China", "imports", "value", 7.4e9, "USD", Y2025, "7.4 billion", FARM, partner=R, product="farm products"),
        fact("China", "balance", "value", 1.2e12, "USD", Y2025, "1.2 trillion", SURPLUS, qualifier="approx"),
    ],
}

from _fact import fact, period

CN = "China"
NOV = period(2025, 11)
JN = period(2025, 1, 11)

CRUDE = "Crude oil                        50,890,000      25,746.3     -9.2           521,870,000"
GAS = "Natural gas                      11,624,000      5,417.8      -12.6          114,380,000"
COAL = "Coal and lignite                 44,050,000      3,318.5      -24.7          431,900,000"
IRON = "Iron ore and concentrates        110,540,000     10,892.7     6.3            1,139,000,000"
SOY = "Soybeans                         8,106,000       3,547.9      10.4           103,820,000"
COPPER = "Unwrought copper and products    458,000         4,786.2      8.9            4,892,000"
STEEL = "Steel products                   9,980,000       6,712.4      -3.6           107,720,000"
RARE = "Rare earths                      5,493.9         61.8         37.2           58,193.1"

ARTICLE = {
    "id": "dBJ1_02",
    "title": "TABLE-Key commodity flows in China's November customs data",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Real figures (customs data of 2025-12-08 as reported): crude oil November and Jan-Nov volumes, crude "
        "month-on-month rise and barrels per day, rare earth November and Jan-Nov volumes and month-on-month rise, "
        "iron ore and steel product volumes (as reported for November). Invented: all dollar values and value y/y "
        "changes, natural gas, coal, soybean and copper volumes.",
        "Judgement calls: table cells take their scale from the header '(in tonnes / $ mln)': volumes are tonnes, "
        "values are USD millions; the y/y column is value growth (the wire text says so), basis yoy, period November; "
        "the JAN-NOV VOLUME column is a quantity for 2025-01..2025-11; the section rows IMPORTS/EXPORTS give the "
        "flow; negative cells keep their minus sign in value_text; products are the row names in lower case; "
        "evidence for a cell is its row line; the two note lines comparing with October are basis mom (crude "
        "'5.2% above October's level' is a volume change with no value change beside it).",
        "Not facts: '12.38 million barrels per day' (daily average); 'second consecutive monthly gain' (streak); "
        "'August 2023', 'Dec 20' (dates).",
        "Copy check: 10 sentences searched, 3 reworded.",
        "Copy check (independent): 8 sentences searched, 5 reworded.",
    ],
    "facts": [
        # crude oil
        fact(CN, "imports", "quantity", 50_890_000, "tonnes", NOV, "50,890,000", CRUDE, product="crude oil"),
        fact(CN, "imports", "value", 25_746.3e6, "USD", NOV, "25,746.3", CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", -9.2, "percent", NOV, "-9.2", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 521_870_000, "tonnes", JN, "521,870,000", CRUDE, product="crude oil"),
        # natural gas
        fact(CN, "imports", "quantity", 11_624_000, "tonnes", NOV, "11,624,000", GAS, product="natural gas"),
        fact(CN, "imports", "value", 5_417.8e6, "USD", NOV, "5,417.8", GAS, product="natural gas"),
        fact(CN, "imports", "growth", -12.6, "percent", NOV, "-12.6", GAS, product="natural gas"),
        fact(CN, "imports", "quantity", 114_380_000, "tonnes", JN, "114,380,000", GAS, product="natural gas"),
        # coal
        fact(CN, "imports", "quantity", 44_050_000, "tonnes", NOV, "44,050,000", COAL, product="coal and lignite"),
        fact(CN, "imports", "value", 3_318.5e6, "USD", NOV, "3,318.5", COAL, product="coal and lignite"),
        fact(CN, "imports", "growth", -24.7, "percent", NOV, "-24.7", COAL, product="coal and lignite"),
        fact(CN, "imports", "quantity", 431_900_000, "tonnes", JN, "431,900,000", COAL, product="coal and lignite"),
        # iron ore
        fact(CN, "imports", "quantity", 110_540_000, "tonnes", NOV, "110,540,000", IRON,
             product="iron ore and concentrates"),
        fact(CN, "imports", "value", 10_892.7e6, "USD", NOV, "10,892.7", IRON, product="iron ore and concentrates"),
        fact(CN, "imports", "growth", 6.3, "percent", NOV, "6.3", IRON, product="iron ore and concentrates"),
        fact(CN, "imports", "quantity", 1_139_000_000, "tonnes", JN, "1,139,000,000", IRON,
             product="iron ore and concentrates"),
        # soybeans
        fact(CN, "imports", "quantity", 8_106_000, "tonnes", NOV, "8,106,000", SOY, product="soybeans"),
        fact(CN, "imports", "value", 3_547.9e6, "USD", NOV, "3,547.9", SOY, product="soybeans"),
        fact(CN, "imports", "growth", 10.4, "percent", NOV, "10.4", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 103_820_000, "tonnes", JN, "103,820,000", SOY, product="soybeans"),
        # unwrought copper
        fact(CN, "imports", "quantity", 458_000, "tonnes", NOV, "458,000", COPPER,
             product="unwrought copper and products"),
        fact(CN, "imports", "value", 4_786.2e6, "USD", NOV, "4,786.2", COPPER, product="unwrought copper and products"),
        fact(CN, "imports", "growth", 8.9, "percent", NOV, "8.9", COPPER, product="unwrought copper and products"),
        fact(CN, "imports", "quantity", 4_892_000, "tonnes", JN, "4,892,000", COPPER,
             product="unwrought copper and products"),
        # steel products
        fact(CN, "exports", "quantity", 9_980_000, "tonnes", NOV, "9,980,000", STEEL, product="steel products"),
        fact(CN, "exports", "value", 6_712.4e6, "USD", NOV, "6,712.4", STEEL, product="steel products"),
        fact(CN, "exports", "growth", -3.6, "percent", NOV, "-3.6", STEEL, product="steel products"),
        fact(CN, "exports", "quantity", 107_720_000, "tonnes", JN, "107,720,000", STEEL, product="steel products"),
        # rare earths
        fact(CN, "exports", "quantity", 5_493.9, "tonnes", NOV, "5,493.9", RARE, product="rare earths"),
        fact(CN, "exports", "value", 61.8e6, "USD", NOV, "61.8", RARE, product="rare earths"),
        fact(CN, "exports", "growth", 37.2, "percent", NOV, "37.2", RARE, product="rare earths"),
        fact(CN, "exports", "quantity", 58_193.1, "tonnes", JN, "58,193.1", RARE, product="rare earths"),
        # month-on-month notes
        fact(CN, "imports", "growth", 5.2, "percent", NOV, "5.2",
             "November's crude arrivals ran at their fastest daily rate since August 2023 and were 5.2% above October's level", product="crude oil", basis="mom"),
        fact(CN, "exports", "growth", 26.5, "percent", NOV, "26.5",
             "outbound rare earth cargoes posted a second consecutive monthly gain, up 26.5% on October's volume", product="rare earths", basis="mom"),
    ],
}

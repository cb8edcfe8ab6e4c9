from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
JAN_NOV = period(2025, 1, 11)

ORE = "iron ore"
LEAD = "Imports of iron ore totaled 1.26 billion metric tons last year, an increase of 1.8% on 2024"
PEAK = "That surpassed the 1.24 billion tons imported in 2024, which had been the prior yearly high."
DEC_QTY = "December imports climbed to 119.65 million tons"
DEC_YOY = "The figure was 6.4% higher than in the same month a year before"
DEC_MOM = "8.2% above November's 110.54 million tons"
VALUE = "the value of the year's imports at 865.7 billion yuan ($123.9 billion)"
STEEL = "In 2025 China shipped out a record 119.02 million tons of steel, up 7.5%"
STEEL_DEC = "In December alone, steel exports totaled 11.3 million tons."
AUS_RANK = "Australia was still the top supplier over January-November"
AUS = "shipping 694.6 million tons to China, about 61% of all the ore China imported"
BRAZIL = "imports from Brazil, China's second-largest source, increased 2.9% to 238.4 million tons"
SAFRICA = "those from South Africa fell 4.3% to 36.1 million tons"

ARTICLE = {
    "id": "dAE1_03_reuters_china_iron_ore_2025",
    "title": "Record iron ore imports for China in 2025 as steelmakers turn to export markets",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Running period: the year 2025 ('last year' from a 2026-01-14 dateline). Product 'iron ore' for all ore "
        "figures, 'steel' for the steel export figures.",
        "Quantities in metric tons -> unit tonnes, measure quantity. All growth figures here are of quantities, with no "
        "value growth beside them, so they are in scope.",
        "'the 1.24 billion tons imported in 2024, which had been the prior yearly high': the 2024 import quantity, period 2024-01..2024-12.",
        "'6.4% higher than in the same month a year before': December, basis yoy. '8.2% above November's 110.54 million tons': "
        "December, basis mom; the 110.54 million tons is November's quantity (period 2025-11).",
        "'865.7 billion yuan ($123.9 billion)': import value for 2025 in CNY; the dollar figure is a conversion of the "
        "same observation, a separate USD fact with qualifier approx.",
        "Partner breakdown is for January-November 2025 ('over January-November', 'Over the same period'). "
        "'the top supplier' -> rank 1 (Australia); 'China's second-largest source' -> rank 2 (Brazil). 'about 61% of all "
        "the ore China imported' -> share of Australia in China's iron ore imports, qualifier approx.",
        "'imports from Brazil', 'those from South Africa', 'shipping 694.6 million tons to China': China's imports "
        "(area China), partners Brazil, South Africa, Australia.",
        "Out of scope, unlabelled: average cost about $98 a ton and roughly $107 in 2024 (unit prices, not flows); "
        "crude steel production down 4% to 891.67 million tons (production, not trade); Simandou's 120 million tons a year "
        "(capacity); Mysteel's forecast of around 1.28 billion tons (forecast); futures prices $106.20, 812 yuan and "
        "the 0.6% rise (prices); port stockpiles of 158.7 and 145.3 million tons (inventories).",
    ],
    "facts": [
        fact("China", "imports", "quantity", 1.26e9, "tonnes", Y2025, "1.26 billion", LEAD, product=ORE),
        fact("China", "imports", "growth", 1.8, "percent", Y2025, "1.8", LEAD, product=ORE),
        fact("China", "imports", "quantity", 1.24e9, "tonnes", Y2024, "1.24 billion", PEAK, product=ORE),
        fact("China", "imports", "quantity", 119.65e6, "tonnes", DEC, "119.65 million", DEC_QTY, product=ORE),
        fact("China", "imports", "growth", 6.4, "percent", DEC, "6.4", DEC_YOY, product=ORE),
        fact("China", "imports", "growth", 8.2, "percent", DEC, "8.2", DEC_MOM, product=ORE, basis="mom"),
        fact("China", "imports", "quantity", 110.54e6, "tonnes", NOV, "110.54 million", DEC_MOM, product=ORE),
        fact("China", "imports", "value", 865.7e9, "CNY", Y2025, "865.7 billion", VALUE, product=ORE),
        fact("China", "imports", "value", 123.9e9, "USD", Y2025, "123.9 billion", VALUE, product=ORE, qualifier="approx"),
        fact("China", "exports", "growth", 7.5, "percent", Y2025, "7.5", STEEL, product="steel"),
        fact("China", "exports", "quantity", 119.02e6, "tonnes", Y2025, "119.02 million", STEEL, product="steel"),
        fact("China", "exports", "quantity", 11.3e6, "tonnes", DEC, "11.3 million", STEEL_DEC, product="steel"),
        fact("China", "imports", "rank", 1, "number", JAN_NOV, "top", AUS_RANK, partner="Australia", product=ORE),
        fact("China", "imports", "quantity", 694.6e6, "tonnes", JAN_NOV, "694.6 million", AUS, partner="Australia",
             product=ORE),
        fact("China", "imports", "share", 61, "percent", JAN_NOV, "61", AUS, partner="Australia", product=ORE,
             qualifier="approx"),
        fact("China", "imports", "rank", 2, "number", JAN_NOV, "second-largest", BRAZIL, partner="Brazil", product=ORE),
        fact("China", "imports", "growth", 2.9, "percent", JAN_NOV, "2.9", BRAZIL, partner="Brazil", product=ORE),
        fact("China", "imports", "quantity", 238.4e6, "tonnes", JAN_NOV, "238.4 million", BRAZIL, partner="Brazil",
             product=ORE),
        fact("China", "imports", "growth", -4.3, "percent", JAN_NOV, "4.3", SAFRICA, partner="South Africa", product=ORE),
        fact("China", "imports", "quantity", 36.1e6, "tonnes", JAN_NOV, "36.1 million", SAFRICA, partner="South Africa",
             product=ORE),
    ],
}

from _fact import fact, period

CN = "China"
SEP = period(2025, 9)
AUG = period(2025, 8)
YTD = period(2025, 1, 9)  # Jan-Sep

CRUDE = "Crude oil (mln T) | 47.25 | 3.9 | 423.84 | 2.6"
IRON = "Iron ore (mln T) | 116.33 | 11.7 | 917.69 | -0.1"
SOY = "Soybeans (mln T) | 12.87 | 13.2 | 86.18 | 5.3"
COAL = "Coal and lignite (mln T) | 46.00 | -3.3 | 345.68 | -11.1"
COPPER = "Unwrought copper (thousand T) | 485 | 1.3 | 3,984 | -4.4"
STEEL = "Steel products (mln T) | 10.47 | 12.6 | 6,814.2 | -2.3"
RARE = "Rare earths (T) | 4,000.3 | -4.3 | 41.6 | 8.9"
TOTALS = ("Across all goods, China's exports measured in dollars were 8.3% higher in September than a year "
          "earlier, and imports gained 7.4%.")
SURPLUS = "The surplus for the month came in at $90.45 billion, down from $102.33 billion in August."
RE_YTD = "Rare earth shipments were 13% higher in January-September than a year earlier, at 48,355.7 tonnes."

ARTICLE = {
    "id": "dBM1_04",
    "title": "TABLE-China's September trade in key commodities",
    "publisher": "Reuters",
    "published": "2025-10-13",
    "notes": [
        "Real figures (from reporting of 13 Oct 2025 read in the learning step): exports +8.3% and imports +7.4% "
        "in dollar terms, surplus $90.45 bln (Aug $102.33 bln), poll 6.0%/1.5%; September crude 47.25 mln T "
        "(+3.9%), iron ore 116.33 mln T (+11.7%), Jan-Sep iron ore 917.69 mln T (-0.1%), soybeans 12.87 mln T "
        "(+13.2%), coal 46 mln T (-3.3%), unwrought copper 485 thousand T (+1.3%), rare earth exports 4,000.3 T "
        "(-4.3% y/y, -30.9% m/m), Jan-Sep rare earths 48,355.7 T (+13%). Invented: Jan-Sep crude 423.84 mln T "
        "(+2.6%), soybeans 86.18 (+5.3%), coal 345.68 (-11.1%), copper 3,984 thousand T (-4.4%); steel exports "
        "10.47 mln T (+12.6%) with value $6,814.2 mln (-2.3%); rare earth export value $41.6 mln (+8.9%).",
        "Judgement calls: table cells take their scale from the row label ('(mln T)', '(thousand T)', '(T)') "
        "for tonnages and from the EXPORTS header ('value in $ mln') for money; the evidence of a cell is its "
        "row line. In the IMPORTS table only volumes are given, so the y/y columns are the only growth of each "
        "flow and are labelled as growth. In the EXPORTS table each row gives volume and value with a y/y change "
        "for each: the value change is labelled, the volume change beside it is not (guide: volume growth beside "
        "value growth is out). The rare earth m/m fall (-30.9%, 'Measured against August, rare earth exports were 30.9% lower', basis mom) and the "
        "Jan-Sep +13% are volume changes with no value change stated beside them, so they are labelled. "
        "Products are the row labels in lower case ('coal and lignite', 'unwrought copper', 'rare earths'). "
        "The August surplus is a level for August (period 2025-08), not a comparison figure.",
        "Not facts: volume y/y of steel (12.6) and rare earths (-4.3) beside value y/y; poll forecasts 6.0% "
        "and 1.5%; 'second-largest monthly total on record', 'highest for any September', 'no month since "
        "February had been weaker' (records, no number); the 100% tariff threat; dates Oct. 20, Oct. 9, Nov. 1; 2024.",
        "Copy check: 7 sentences searched, 1 reworded (the tariff-threat sentence shared a clause order and "
        "the run '100% tariff on Chinese goods' with real reports).",
        "Second check: 17 sentences searched, 8 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 8.3, "percent", SEP, "8.3", TOTALS),
        fact(CN, "imports", "growth", 7.4, "percent", SEP, "7.4", TOTALS),
        fact(CN, "balance", "value", 90.45e9, "USD", SEP, "$90.45 billion", SURPLUS),
        fact(CN, "balance", "value", 102.33e9, "USD", AUG, "$102.33 billion", SURPLUS),
        # IMPORTS table: volumes and their y/y changes
        fact(CN, "imports", "quantity", 47.25e6, "tonnes", SEP, "47.25", CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", 3.9, "percent", SEP, "3.9", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 423.84e6, "tonnes", YTD, "423.84", CRUDE, product="crude oil"),
        fact(CN, "imports", "growth", 2.6, "percent", YTD, "2.6", CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 116.33e6, "tonnes", SEP, "116.33", IRON, product="iron ore"),
        fact(CN, "imports", "growth", 11.7, "percent", SEP, "11.7", IRON, product="iron ore"),
        fact(CN, "imports", "quantity", 917.69e6, "tonnes", YTD, "917.69", IRON, product="iron ore"),
        fact(CN, "imports", "growth", -0.1, "percent", YTD, "-0.1", IRON, product="iron ore"),
        fact(CN, "imports", "quantity", 12.87e6, "tonnes", SEP, "12.87", SOY, product="soybeans"),
        fact(CN, "imports", "growth", 13.2, "percent", SEP, "13.2", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 86.18e6, "tonnes", YTD, "86.18", SOY, product="soybeans"),
        fact(CN, "imports", "growth", 5.3, "percent", YTD, "5.3", SOY, product="soybeans"),
        fact(CN, "imports", "quantity", 46.0e6, "tonnes", SEP, "46.00", COAL, product="coal and lignite"),
        fact(CN, "imports", "growth", -3.3, "percent", SEP, "-3.3", COAL, product="coal and lignite"),
        fact(CN, "imports", "quantity", 345.68e6, "tonnes", YTD, "345.68", COAL, product="coal and lignite"),
        fact(CN, "imports", "growth", -11.1, "percent", YTD, "-11.1", COAL, product="coal and lignite"),
        fact(CN, "imports", "quantity", 485e3, "tonnes", SEP, "485", COPPER, product="unwrought copper"),
        fact(CN, "imports", "growth", 1.3, "percent", SEP, "1.3", COPPER, product="unwrought copper"),
        fact(CN, "imports", "quantity", 3.984e6, "tonnes", YTD, "3,984", COPPER, product="unwrought copper"),
        fact(CN, "imports", "growth", -4.4, "percent", YTD, "-4.4", COPPER, product="unwrought copper"),
        # EXPORTS table: volume, value and value y/y (volume y/y beside value y/y is out of scope)
        fact(CN, "exports", "quantity", 10.47e6, "tonnes", SEP, "10.47", STEEL, product="steel products"),
        fact(CN, "exports", "value", 6814.2e6, "USD", SEP, "6,814.2", STEEL, product="steel products"),
        fact(CN, "exports", "growth", -2.3, "percent", SEP, "-2.3", STEEL, product="steel products"),
        fact(CN, "exports", "quantity", 4000.3, "tonnes", SEP, "4,000.3", RARE, product="rare earths"),
        fact(CN, "exports", "value", 41.6e6, "USD", SEP, "41.6", RARE, product="rare earths"),
        fact(CN, "exports", "growth", 8.9, "percent", SEP, "8.9", RARE, product="rare earths"),
        fact(CN, "exports", "growth", -30.9, "percent", SEP, "30.9",
             "Measured against August, rare earth exports were 30.9% lower", product="rare earths", basis="mom"),
        fact(CN, "exports", "quantity", 48355.7, "tonnes", YTD, "48,355.7", RE_YTD, product="rare earths"),
        fact(CN, "exports", "growth", 13, "percent", YTD, "13", RE_YTD, product="rare earths"),
    ],
}

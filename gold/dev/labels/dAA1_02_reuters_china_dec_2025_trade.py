from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)

LEAD = "China ran an all-time high trade surplus of $1.189 trillion in 2025"
GROW = "last year's surplus was roughly 20% bigger than the 2024 figure of $992 billion"
EXP = ("In value terms, December exports climbed 6.6% year on year, accelerating from November's 5.9% gain")
IMP = "Imports rose 5.7%, well above the 0.9% the poll had pointed to, following a 1.9% increase in November"
BAL = "The surplus for December therefore came in at $114.1 billion, higher than November's $111.68 billion."
FY = "Across 2025 as a whole, exports increased 5.5% to $3.77 trillion and imports held steady at $2.58 trillion."
US_DEC = ("In December, exports to the United States plunged 30% year on year, marking a ninth consecutive monthly "
          "fall, and China's imports from the U.S. declined 29%.")
US_FY = "Over the full year of 2025, shipments to the U.S. decreased 20% while imports of U.S. goods came in 14.6% lower"
OTHERS = ("Last year exports to Africa soared 25.8%, while sales to the 10-member Association of Southeast Asian "
          "Nations and to the European Union increased by 13.4% and 8.4%, respectively.")
SOY = "China imported an all-time high of 111.8 million metric tons of soybeans last year, 6.5% more than in 2024"
ORE = ("Imports of iron ore likewise reached a record 1.26 billion tons, rising 1.8%, and the 119.65 million tons "
       "landed in December was the highest monthly total of the year.")
COAL = "Overseas coal purchases dropped 9.6% in 2025"
STEEL = "Steel exports increased 7.5% to an all-time high of 119 million tons"
RE = "In December, rare earth exports jumped 32% year on year to 4,392 tons"

US = "United States"

ARTICLE = {
    "id": "dAA1_02_reuters_china_dec_2025_trade",
    "title": "Record $1.19 trillion surplus for China in 2025; December exports top forecasts",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Dateline Jan 14 (2026): 'December' = 2025-12, 'November' = 2025-11, 'last year' "
        "and 'the full year' = 2025.",
        "'roughly 20% bigger than the 2024 figure of $992 billion': growth of the 2025 surplus (approx, rise) and "
        "the 2024 surplus as its own balance fact (period 2024).",
        "'a 1.9% increase in November' in the imports sentence = November 2025 (imports growth 1.9).",
        "'The surplus for December ... $114.1 billion' = December 2025 balance; 'November's $111.68 billion' = "
        "November balance.",
        "'imports held steady at $2.58 trillion': value labelled; 'held steady' gives no number, no growth fact.",
        "US paragraph: 'imports from the U.S.' / 'imports of U.S. goods' -> China imports, partner United States; "
        "'came in 14.6% lower' is a fall (-14.6).",
        "'the 10-member Association of Southeast Asian Nations' -> ASEAN; 'respectively' distributes 13.4 and 8.4 "
        "to ASEAN and the EU; period 2025 ('last year').",
        "Commodity quantities: soybeans, iron ore imports and steel exports for 2025; '119.65 million tons' is "
        "December 2025 iron ore imports; rare earth exports 4,392 tons in December 2025."
        " Quantity growth with no value growth beside it is in scope (soybeans, iron ore, coal, "
        "steel, rare earths).",
        "Out of scope, unlabelled: the Reuters poll forecasts (3.0%, 0.9%); 'exceeded $100 billion' in seven months "
        "'against just one such month in 2024' (threshold/count of months, not a trade observation); 'ninth consecutive "
        "monthly fall' (streak); 'first passed' the trillion-dollar mark (milestone); 'the highest monthly total of "
        "the year' and 'the steepest yearly decline in ten years' (records, not ranks among partners); the 4.5% GDP poll and 5% target; Nomura's "
        "4.0% export growth forecast for 2026; 'first quarter' in an economist's remark (no figure); '10-member' (not a trade "
        "figure).",
    ],
    "facts": [
        fact("China", "balance", "value", 1.189e12, "USD", Y2025, "1.189 trillion", LEAD),
        fact("China", "balance", "growth", 20, "percent", Y2025, "20", GROW, qualifier="approx"),
        fact("China", "balance", "value", 992e9, "USD", Y2024, "992 billion", GROW),
        fact("China", "exports", "growth", 6.6, "percent", DEC, "6.6", EXP),
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", EXP),
        fact("China", "imports", "growth", 5.7, "percent", DEC, "5.7", IMP),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", IMP),
        fact("China", "balance", "value", 114.1e9, "USD", DEC, "114.1 billion", BAL),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68 billion", BAL),
        fact("China", "exports", "growth", 5.5, "percent", Y2025, "5.5", FY),
        fact("China", "exports", "value", 3.77e12, "USD", Y2025, "3.77 trillion", FY),
        fact("China", "imports", "value", 2.58e12, "USD", Y2025, "2.58 trillion", FY),
        fact("China", "exports", "growth", -30, "percent", DEC, "30", US_DEC, partner=US),
        fact("China", "imports", "growth", -29, "percent", DEC, "29", US_DEC, partner=US),
        fact("China", "exports", "growth", -20, "percent", Y2025, "20", US_FY, partner=US),
        fact("China", "imports", "growth", -14.6, "percent", Y2025, "14.6", US_FY, partner=US),
        fact("China", "exports", "growth", 25.8, "percent", Y2025, "25.8", OTHERS, partner="Africa"),
        fact("China", "exports", "growth", 13.4, "percent", Y2025, "13.4", OTHERS, partner="ASEAN"),
        fact("China", "exports", "growth", 8.4, "percent", Y2025, "8.4", OTHERS, partner="European Union"),
        fact("China", "imports", "quantity", 111.8e6, "tonnes", Y2025, "111.8 million", SOY, product="soybeans"),
        fact("China", "imports", "growth", 6.5, "percent", Y2025, "6.5", SOY, product="soybeans"),
        fact("China", "imports", "quantity", 1.26e9, "tonnes", Y2025, "1.26 billion", ORE, product="iron ore"),
        fact("China", "imports", "growth", 1.8, "percent", Y2025, "1.8", ORE, product="iron ore"),
        fact("China", "imports", "quantity", 119.65e6, "tonnes", DEC, "119.65 million", ORE, product="iron ore"),
        fact("China", "imports", "growth", -9.6, "percent", Y2025, "9.6", COAL, product="coal"),
        fact("China", "exports", "growth", 7.5, "percent", Y2025, "7.5", STEEL, product="steel"),
        fact("China", "exports", "quantity", 119e6, "tonnes", Y2025, "119 million", STEEL, product="steel"),
        fact("China", "exports", "growth", 32, "percent", DEC, "32", RE, product="rare earths"),
        fact("China", "exports", "quantity", 4392, "tonnes", DEC, "4,392", RE, product="rare earths"),
    ],
}

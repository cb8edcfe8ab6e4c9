from _fact import fact, period

Y2025 = period(2025, 1, 12)
Y2024 = period(2024, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)

LEAD = "China's trade surplus swelled to a record $1.189 trillion in 2025"
GROW = ("The annual surplus, a sum exceeding the yearly output of most national economies, was about 20% larger "
        "than the $992 billion recorded in 2024")
EXP = ("Outbound shipments rose 6.6% year-on-year in December in value terms, quickening from a 5.9% gain in "
       "November")
IMP = "Imports grew 5.7%, against a poll forecast of 0.9% and after a 1.9% rise the month before"
BAL = "leaving a monthly surplus of $114.1 billion, up from $111.68 billion in November"
FY = "For the full year, exports climbed 5.5% to $3.77 trillion, while imports were flat at $2.58 trillion."
US_DEC = ("Shipments to the United States slumped 30% from a year earlier in December, the ninth straight month "
          "of decline, while imports from the U.S. fell 29%.")
US_FY = "For the whole of 2025, exports to the U.S. dropped 20% and imports from there were 14.6% lower"
OTHERS = ("Exports to Africa jumped 25.8% last year, while those to the 10-member Association of Southeast Asian "
          "Nations and the European Union rose 13.4% and 8.4%, respectively.")
SOY = "soybean imports hit a record 111.8 million metric tons last year, up 6.5% from 2024"
ORE = ("Iron ore imports also set a new high of 1.26 billion tons, up 1.8%, with December arrivals of 119.65 "
       "million tons the largest of any month in the year.")
COAL = "Coal imports fell 9.6% in 2025"
STEEL = "Steel exports grew 7.5% to a record 119 million tons"
RE = "shipments of rare earths surged 32% from a year earlier in December to 4,392 tons"

US = "United States"

ARTICLE = {
    "id": "dAA1_02_reuters_china_dec_2025_trade",
    "title": "China's 2025 trade surplus hits record $1.19 trillion as December exports beat forecasts",
    "publisher": "Reuters",
    "published": "2026-01-14",
    "notes": [
        "Dateline Jan 14 (2026): 'December' = 2025-12, 'November' / 'the month before' = 2025-11, 'last year' "
        "and 'the full year' = 2025.",
        "'about 20% larger than the $992 billion recorded in 2024': growth of the 2025 surplus (approx, rise) and "
        "the 2024 surplus as its own balance fact (period 2024).",
        "'the month before' in the imports sentence = November 2025 (imports growth 1.9).",
        "'a monthly surplus of $114.1 billion' = December 2025 balance; '$111.68 billion in November' = November "
        "balance.",
        "'imports were flat at $2.58 trillion': value labelled; 'flat' gives no number, no growth fact.",
        "US paragraph: 'imports from the U.S.' / 'imports from there' -> China imports, partner United States; "
        "'14.6% lower' is a fall (-14.6).",
        "'the 10-member Association of Southeast Asian Nations' -> ASEAN; 'respectively' distributes 13.4 and 8.4 "
        "to ASEAN and the EU; period 2025 ('last year').",
        "Commodity quantities: soybeans, iron ore imports and steel exports for 2025; '119.65 million tons' is "
        "December 2025 iron ore imports; rare earth exports 4,392 tons in December 2025 ('shipments' of rare "
        "earths = exports). Quantity growth with no value growth beside it is in scope (soybeans, iron ore, coal, "
        "steel, rare earths).",
        "Out of scope, unlabelled: the Reuters poll forecasts (3.0%, 0.9%); 'topped $100 billion seven times ... "
        "only once the year before' (threshold/count of months, not a trade observation); 'ninth straight month' "
        "(streak); 'first crossed the trillion-dollar line' (milestone); 'the largest of any month' and 'sharpest "
        "annual drop in a decade' (records, not ranks among partners); the 4.5% GDP poll and 5% target; Nomura's "
        "4.0% export growth forecast for 2026; 'first quarter' in a quote (no figure); '10-member' (not a trade "
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

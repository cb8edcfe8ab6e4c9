from _fact import fact, period

C = "China"
S = "steel"
SEP = period(2025, 9)
AUG = period(2025, 8)
SEP24 = period(2024, 9)
YTD = period(2025, 1, 9)
H1 = period(2025, 1, 6)
Y24 = period(2024, 1, 12)

EXP_ROW = "Exports (mln T)         10.47       9.51       10.15          87.96"
IMP_ROW = "Imports (mln T)         0.548      0.550       0.500          4.532"
LEAD = "China's steel exports rose 10% in September from August"
VN = "Vietnam remained the largest buyer of Chinese steel in the first nine months and South Korea the second largest, although shipments to the two fell 24.8% and 6.1%, respectively"
GULF = "With the United Arab Emirates taking 4.3 million tons, up 11%, and Turkey 3.8 million tons, up 8.4%, those three markets occupied the sixth-, seventh- and eighth-biggest spots among China's export destinations"
SEA = "Exports to the Philippines, Indonesia and Thailand rose 32.5%, 27.5% and 26.8%, respectively"
ORE = "Iron ore imports, meanwhile, hit a record 116.33 million tons in September, up 10.6% from August and 11.7% from a year earlier"

ARTICLE = {
    "id": "dAY1_05_reuters_steel_exports_2025_09",
    "title": "China's steel exports climb back above 10 million tons in September",
    "publisher": "Reuters",
    "published": "2025-10-13",
    "notes": [
        "Headline 'above 10 million tons' and lead 'more than 10 million metric tons' are thresholds for the September observation; only the exact 10.47 million is labelled.",
        "'rose 10% in September from August' -> growth basis mom; '15.3% from August', '10.6% from August' -> mom; 'from the same month a year earlier', 'than a year before', 'from a year earlier' -> yoy.",
        "'last month' in an article of 2025-10-13 -> 2025-09.",
        "'last year's record of 110.7 million tons' -> quantity for 2024 (01-12); 'keeping the country on track to top' is a forecast-like remark with no number of its own. 'highest monthly total since May' and 'a record' are milestones: not labelled.",
        "Semi-finished steel: 'more than tripled' has no number; the 215% is labelled. Product 'semi-finished steel'.",
        "H1: export value $40.66 billion and its value growth -2% are labelled; the 58.15 million tons quantity is labelled; the implied average price (~$699 a ton) is a price: out of scope.",
        "Destination figures (Vietnam, South Korea, Saudi Arabia, UAE, Turkey, Philippines, Indonesia, Thailand) take the period January-September from 'in the first nine months' in the Vietnam sentence, carried to the next two paragraphs; they are tonnage figures, flow exports, product steel.",
        "Ranks: Vietnam 'largest buyer' -> 1, South Korea 'second largest' -> 2, Saudi Arabia / UAE / Turkey 'sixth-, seventh- and eighth-biggest spots' -> 6, 7, 8 (coordinated list).",
        "Steel imports 548,000 tons (Sept) and 4.53 million (Jan-Sep) equal the table's 0.548 and 4.532: one observation each, labelled once from the body. The table adds August 2025 and September 2024 cells, labelled from their row (scale from the row's '(mln T)').",
        "Table exports cells for Sept 2025 (10.47) and Jan-Sept (87.96) duplicate the body facts and are not labelled again.",
        "Iron ore: analysts' forecasts of 100-106 million tons are forecasts: out of scope. 'roughly flat' has no number.",
        "Saudi Arabia's rank 6 comes from 'those three markets' in the UAE/Turkey sentence, which refers back to the Saudi sentence; the evidence is the ranking sentence.",
        "The anti-dumping duties, trader quote and 'world's biggest steel producer' carry no trade figures.",
        "Totals, imports, semi-finished, H1 value, destination and iron ore figures follow real 2025 customs-based reporting; the August 2025 import cell and the Sept 2024 cells are derived from reported month-on-month and year-on-year rates.",
    ],
    "facts": [
        fact(C, "exports", "growth", 10, "percent", SEP, "10", LEAD, product=S, basis="mom"),
        fact(C, "exports", "quantity", 10.47e6, "tonnes", SEP, "10.47 million",
             "The world's biggest steel producer shipped 10.47 million tons of steel last month", product=S),
        fact(C, "exports", "growth", 3.1, "percent", SEP, "3.1",
             "up 3.1% from the same month a year earlier", product=S),
        fact(C, "exports", "quantity", 87.96e6, "tonnes", YTD, "87.96 million",
             "Outbound shipments for the first nine months reached 87.96 million tons, 9.2% more than in the same period of 2024", product=S),
        fact(C, "exports", "growth", 9.2, "percent", YTD, "9.2",
             "Outbound shipments for the first nine months reached 87.96 million tons, 9.2% more than in the same period of 2024", product=S),
        fact(C, "exports", "quantity", 110.7e6, "tonnes", Y24, "110.7 million",
             "last year's record of 110.7 million tons", product=S),
        fact(C, "exports", "growth", -15.3, "percent", SEP, "15.3",
             "Shipments of semi-finished steel such as billet eased 15.3% from August to 1.49 million tons in September",
             product="semi-finished steel", basis="mom"),
        fact(C, "exports", "quantity", 1.49e6, "tonnes", SEP, "1.49 million",
             "Shipments of semi-finished steel such as billet eased 15.3% from August to 1.49 million tons in September",
             product="semi-finished steel"),
        fact(C, "exports", "growth", 41.9, "percent", SEP, "41.9",
             "but were still 41.9% higher than a year before", product="semi-finished steel"),
        fact(C, "exports", "growth", 215, "percent", YTD, "215",
             "Over the nine months they more than tripled, jumping 215% to 10.73 million tons", product="semi-finished steel"),
        fact(C, "exports", "quantity", 10.73e6, "tonnes", YTD, "10.73 million",
             "Over the nine months they more than tripled, jumping 215% to 10.73 million tons", product="semi-finished steel"),
        fact(C, "exports", "value", 40.66e9, "USD", H1, "40.66 billion",
             "In the first half, China's steel exports brought in $40.66 billion, down 2% from a year earlier", product=S),
        fact(C, "exports", "growth", -2, "percent", H1, "2",
             "In the first half, China's steel exports brought in $40.66 billion, down 2% from a year earlier", product=S),
        fact(C, "exports", "quantity", 58.15e6, "tonnes", H1, "58.15 million",
             "even as shipments reached a record 58.15 million tons", product=S),
        fact(C, "exports", "rank", 1, "number", YTD, "largest",
             "Vietnam remained the largest buyer of Chinese steel in the first nine months", partner="Vietnam", product=S),
        fact(C, "exports", "rank", 2, "number", YTD, "second", VN, partner="South Korea", product=S),
        fact(C, "exports", "growth", -24.8, "percent", YTD, "24.8", VN, partner="Vietnam", product=S),
        fact(C, "exports", "growth", -6.1, "percent", YTD, "6.1", VN, partner="South Korea", product=S),
        fact(C, "exports", "growth", 41, "percent", YTD, "41",
             "Deliveries to Saudi Arabia jumped 41% to 4.8 million tons", partner="Saudi Arabia", product=S),
        fact(C, "exports", "quantity", 4.8e6, "tonnes", YTD, "4.8 million",
             "Deliveries to Saudi Arabia jumped 41% to 4.8 million tons", partner="Saudi Arabia", product=S),
        fact(C, "exports", "quantity", 4.3e6, "tonnes", YTD, "4.3 million", GULF, partner="United Arab Emirates", product=S),
        fact(C, "exports", "growth", 11, "percent", YTD, "11", GULF, partner="United Arab Emirates", product=S),
        fact(C, "exports", "quantity", 3.8e6, "tonnes", YTD, "3.8 million", GULF, partner="Turkey", product=S),
        fact(C, "exports", "growth", 8.4, "percent", YTD, "8.4", GULF, partner="Turkey", product=S),
        fact(C, "exports", "rank", 6, "number", YTD, "sixth", GULF, partner="Saudi Arabia", product=S),
        fact(C, "exports", "rank", 7, "number", YTD, "seventh", GULF, partner="United Arab Emirates", product=S),
        fact(C, "exports", "rank", 8, "number", YTD, "eighth", GULF, partner="Turkey", product=S),
        fact(C, "exports", "growth", 32.5, "percent", YTD, "32.5", SEA, partner="Philippines", product=S),
        fact(C, "exports", "growth", 27.5, "percent", YTD, "27.5", SEA, partner="Indonesia", product=S),
        fact(C, "exports", "growth", 26.8, "percent", YTD, "26.8", SEA, partner="Thailand", product=S),
        fact(C, "imports", "quantity", 548000, "tonnes", SEP, "548,000",
             "China's steel imports stood at 548,000 tons last month, up 9.6% year on year", product=S),
        fact(C, "imports", "growth", 9.6, "percent", SEP, "9.6",
             "China's steel imports stood at 548,000 tons last month, up 9.6% year on year", product=S),
        fact(C, "imports", "growth", -12.6, "percent", YTD, "12.6",
             "imports for January-September fell 12.6% to 4.53 million tons", product=S),
        fact(C, "imports", "quantity", 4.53e6, "tonnes", YTD, "4.53 million",
             "imports for January-September fell 12.6% to 4.53 million tons", product=S),
        fact(C, "imports", "quantity", 116.33e6, "tonnes", SEP, "116.33 million", ORE, product="iron ore"),
        fact(C, "imports", "growth", 10.6, "percent", SEP, "10.6", ORE, product="iron ore", basis="mom"),
        fact(C, "imports", "growth", 11.7, "percent", SEP, "11.7", ORE, product="iron ore"),
        fact(C, "imports", "quantity", 917.69e6, "tonnes", YTD, "917.69 million",
             "Arrivals over the first nine months totalled 917.69 million tons", product="iron ore"),
        fact(C, "exports", "quantity", 9.51e6, "tonnes", AUG, "9.51", EXP_ROW, product=S),
        fact(C, "exports", "quantity", 10.15e6, "tonnes", SEP24, "10.15", EXP_ROW, product=S),
        fact(C, "imports", "quantity", 550000, "tonnes", AUG, "0.550", IMP_ROW, product=S),
        fact(C, "imports", "quantity", 500000, "tonnes", SEP24, "0.500", IMP_ROW, product=S),
    ],
}

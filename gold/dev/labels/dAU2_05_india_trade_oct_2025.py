from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
FYTD = period(2025, 4, 10)
FYTD24 = period(2024, 4, 10)
IN = "India"
US = "United States"
GS = "goods and services"
E_LEAD = "India's merchandise trade deficit to an all-time high of $41.68 billion (roughly ₹3.69 lakh crore) in October"
E_CMP = "The shortfall compares with $32.15 billion in September"
E_CMP24 = "The shortfall compares with $32.15 billion in September, itself the widest in 13 months at the time, and $26.23 billion in October last year."
E_X = "Outbound merchandise shipments came to $34.38 billion, 11.8% lower than a year earlier"
E_M = "the import bill climbed 16.63% to a record $76.06 billion"
E_GOLD = "a 199.2% rise in gold imports, which reached $14.72 billion against $4.92 billion in October 2024"
E_SILVER = "Silver inflows rose about sixfold (528.7%) to $2.71 billion"
E_CRUDE = "India spent $14.8 billion on crude, down from $18.9 billion a year earlier"
E_US = "Shipments to the United States, India's largest export destination, fell 8.7% year on year to $6.31 billion"
E_US_MOM = "Sequentially, however, exports to the U.S. were 15.4% higher than in September"
E_YTD = "merchandise exports reached $254.25 billion, only 0.63% higher, against $451.08 billion of imports, 6.37% more than a year before"
E_YTD_BAL = "The seven-month goods deficit therefore came to $196.82 billion; in the same period a year earlier it had been $171.40 billion."
E_TOT = "India's total exports slipped 0.68% to $72.89 billion in October"
E_QUOTE = "Combined exports of goods and services for April-October were 4.84% higher than a year earlier"

ARTICLE = {
    "id": "dAU2_05_india_trade_oct_2025",
    "title": "India's goods trade gap hits record $41.68 billion in October as festive gold buying swells imports",
    "publisher": "Ledger Business News",
    "published": "2025-11-17",
    "notes": [
        "Area is India throughout. Merchandise (goods) figures carry product null; services figures 'services'; goods and services together 'goods and services'.",
        "October is October 2025 from the publication date (2025-11-17); 'October last year' and 'October 2024' are 2024-10.",
        "Headline and lead state the same October deficit ($41.68 billion): labelled once, from the lead. 'all-time high' / 'record' are milestones: no extra fact.",
        "'$41.68 billion (roughly ₹3.69 lakh crore)': a USD balance fact and an approx INR balance fact (3.69 lakh crore = 3.69e12), both negative (deficit).",
        "'The shortfall compares with $32.15 billion in September ... and $26.23 billion in October last year': deficits for September 2025 and October 2024, labelled with their own periods, negative. 'the widest in 13 months at the time' is a milestone: out.",
        "'the first year-on-year fall of the fiscal year': streak/milestone, out. 'a record $76.06 billion': the value is labelled, 'record' adds nothing.",
        "Gold: growth 199.2 yoy and value 14.72 billion for October 2025; the base '$4.92 billion in October 2024' is a stated value for 2024-10, labelled as its own fact.",
        "Silver: 'rose about sixfold (528.7%)': the percent in parentheses is the growth (like the guide's 'nearly threefold (295.1%)'); the 'about' qualifies 'sixfold', not 528.7, so qualifier exact. Product 'silver' (text: 'Silver inflows').",
        "Crude: 'India spent $14.8 billion on crude, down from $18.9 billion a year earlier': imports of crude oil (the sentence opens 'Crude oil was the exception on the import side'), October 2025 value and October 2024 value; product 'crude oil'. No growth rate is stated; computing one would be derived: out.",
        "US: 'India's largest export destination' -> rank 1, exports, partner United States, October 2025. 'fell 8.7% year on year' -> -8.7 yoy. 'Sequentially ... 15.4% higher than in September' -> mom growth 15.4 for October 2025 (September is the comparison base, not the period).",
        "'the second straight monthly decline' is a streak; '50% tariff' is a tariff rate: out.",
        "Year to date: 'April-October, the first seven months of the 2025-26 financial year' -> 2025-04..2025-10 (Indian fiscal year starts in April). The prior-year cumulative deficit 'in the same period a year earlier it had been $171.40 billion' -> 2024-04..2024-10.",
        "Services: the ministry's October services numbers are estimates; they are the figures the article states for October, so labelled as value facts (exports 38.52 billion, imports 18.64 billion), product 'services'.",
        "'India's total exports slipped 0.68% to $72.89 billion' after 'Counting goods and services together': product 'goods and services', yoy by default.",
        "Secretary's statement in indirect speech: 'Combined exports of goods and services for April-October were 4.84% higher than a year earlier' -> goods and services exports growth 4.84 yoy, 2025-04..2025-10.",
        "Out: ₹25,060 crore Export Promotion Mission (a budget, not a trade flow); economist's forecasts (current account deficit near 2% of GDP; merchandise gap 'to ease to around $30 billion in November'); the rupee's exchange rate (88.8 per dollar).",
    ],
    "facts": [
        fact(IN, "balance", "value", -41.68e9, "USD", OCT, "41.68 billion", E_LEAD),
        fact(IN, "balance", "value", -3.69e12, "INR", OCT, "3.69 lakh crore", E_LEAD, qualifier="approx"),
        fact(IN, "balance", "value", -32.15e9, "USD", SEP, "32.15 billion", E_CMP),
        fact(IN, "balance", "value", -26.23e9, "USD", OCT24, "26.23 billion", E_CMP24),
        fact(IN, "exports", "growth", -11.8, "percent", OCT, "11.8", E_X),
        fact(IN, "exports", "value", 34.38e9, "USD", OCT, "34.38 billion", E_X),
        fact(IN, "imports", "growth", 16.63, "percent", OCT, "16.63", E_M),
        fact(IN, "imports", "value", 76.06e9, "USD", OCT, "76.06 billion", E_M),
        fact(IN, "imports", "growth", 199.2, "percent", OCT, "199.2", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 14.72e9, "USD", OCT, "14.72 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "value", 4.92e9, "USD", OCT24, "4.92 billion", E_GOLD, product="gold"),
        fact(IN, "imports", "growth", 528.7, "percent", OCT, "528.7", E_SILVER, product="silver"),
        fact(IN, "imports", "value", 2.71e9, "USD", OCT, "2.71 billion", E_SILVER, product="silver"),
        fact(IN, "imports", "value", 14.8e9, "USD", OCT, "14.8 billion", E_CRUDE, product="crude oil"),
        fact(IN, "imports", "value", 18.9e9, "USD", OCT24, "18.9 billion", E_CRUDE, product="crude oil"),
        fact(IN, "exports", "rank", 1, "number", OCT, "largest", E_US, partner=US),
        fact(IN, "exports", "growth", -8.7, "percent", OCT, "8.7", E_US, partner=US),
        fact(IN, "exports", "value", 6.31e9, "USD", OCT, "6.31 billion", E_US, partner=US),
        fact(IN, "exports", "growth", 15.4, "percent", OCT, "15.4", E_US_MOM, partner=US, basis="mom"),
        fact(IN, "exports", "growth", 0.63, "percent", FYTD, "0.63", E_YTD),
        fact(IN, "exports", "value", 254.25e9, "USD", FYTD, "254.25 billion", E_YTD),
        fact(IN, "imports", "growth", 6.37, "percent", FYTD, "6.37", E_YTD),
        fact(IN, "imports", "value", 451.08e9, "USD", FYTD, "451.08 billion", E_YTD),
        fact(IN, "balance", "value", -196.82e9, "USD", FYTD, "196.82 billion", E_YTD_BAL),
        fact(IN, "balance", "value", -171.40e9, "USD", FYTD24, "171.40 billion", E_YTD_BAL),
        fact(IN, "exports", "value", 38.52e9, "USD", OCT, "38.52 billion",
             "Services exports were put at $38.52 billion for the month", product="services"),
        fact(IN, "imports", "value", 18.64e9, "USD", OCT, "18.64 billion",
             "services imports at $18.64 billion", product="services"),
        fact(IN, "exports", "growth", -0.68, "percent", OCT, "0.68", E_TOT, product=GS),
        fact(IN, "exports", "value", 72.89e9, "USD", OCT, "72.89 billion", E_TOT, product=GS),
        fact(IN, "exports", "growth", 4.84, "percent", FYTD, "4.84", E_QUOTE, product=GS),
    ],
}

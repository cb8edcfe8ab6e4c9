from _fact import fact, period

AUGUST = period(2024, 8)
JULY = period(2024, 7)
FIRST_EIGHT_MONTHS = period(2024, 1, 8)
EXPORT_GROWTH = "exports last month were up 8.7% from a year earlier, faster than July's 7.0%"
IMPORT_GROWTH = "Imports rose just 0.5%, short of the 2.0% growth analysts had expected and well below the 7.2% increase seen in July"
SURPLUS = "the trade surplus widened to $91.02 billion from July's $84.65 billion"
EXPORT_VALUE = "August exports were worth $308.65 billion"
IMPORT_VALUE = "imports of $217.63 billion"
PARTNER_EXPORTS = (
    "exports to the European Union jumped 13.4%, those to the Association of Southeast Asian Nations increased 9.0% "
    "and sales to the United States were up 4.9%"
)
US_IMPORTS = "China's purchases of U.S. goods dropped 1.9%"
US_SURPLUS = (
    "China ran a $33.81 billion surplus with the United States, which is the largest export market for China "
    "of any single country"
)
YEAR_TO_DATE = (
    "Over January-August, exports were 4.6% higher than a year before, while imports increased 2.5%"
)
SOYBEANS = "soybean imports up 29% year on year to 12.14 million metric tons"
CRUDE_OIL = "Crude oil imports dropped 7.1% to 49.05 million tons"
IRON_ORE = "iron ore imports climbed 4.7% from July to 104.92 million tons"
RARE_EARTHS = (
    "Rare earth exports totalled 5,226.3 tons, a 4.1% increase on July, bringing the January-August total to 37,608.1 tons, "
    "which was 6.1% more than in the year-earlier period"
)
US = "United States"

ARTICLE = {
    "id": "dT1_02_reuters_china_aug_trade",
    "title": "China export growth hits 17-month high in August as imports falter",
    "publisher": "Reuters",
    "published": "2024-09-10",
    "notes": [
        "Wire dateline 'Sept 10' without a year: the year 2024 comes from the published metadata; 'last month' is August 2024.",
        "Reuters poll forecasts (6.5% exports, 2.0% imports, $83.9 billion surplus) and the economist's 'about 3%' fourth-quarter view are forecasts: out.",
        "July's growth rates (7.0%, 7.2%) and July's surplus ($84.65 billion) are stated observations of July: labelled with period 2024-07, basis yoy.",
        "'17-month high', 'fastest in roughly a year and a half', 'the second-largest amount ever brought in during a single month', 'fifth consecutive monthly decline': milestones and streaks, out.",
        "EU duties of up to 36.3%, Canada's 100% levy, CPI 0.6%, second-quarter GDP 4.7%: not trade flows, out.",
        "'the largest export market for China of any single country' is a stated rank of the United States among China's export markets: rank 1, exports, period August 2024.",
        "Crude oil 'roughly 11.55 million barrels per day' is a per-day average the record cannot express (no unit for it): out; the tonnage is labelled.",
        "Commodity growth rates stated alone (no value growth beside them) are labelled as growth of the quantity flow, per the guide.",
        "Iron ore 'climbed 4.7% from July' and rare earths 'a 4.1% increase on July' are month-on-month (basis mom); the rare earths year-to-date 6.1% is yoy.",
        "Commodity products in the text's words, singular/plural as written: soybeans (from 'soybean imports'), crude oil, iron ore, rare earths.",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.7, "percent", AUGUST, "8.7", EXPORT_GROWTH),
        fact("China", "exports", "growth", 7.0, "percent", JULY, "7.0", EXPORT_GROWTH),
        fact("China", "imports", "growth", 0.5, "percent", AUGUST, "0.5", IMPORT_GROWTH),
        fact("China", "imports", "growth", 7.2, "percent", JULY, "7.2", IMPORT_GROWTH),
        fact("China", "balance", "value", 91.02e9, "USD", AUGUST, "91.02 billion", SURPLUS),
        fact("China", "balance", "value", 84.65e9, "USD", JULY, "84.65 billion", SURPLUS),
        fact("China", "exports", "value", 308.65e9, "USD", AUGUST, "308.65 billion", EXPORT_VALUE),
        fact("China", "imports", "value", 217.63e9, "USD", AUGUST, "217.63 billion", IMPORT_VALUE),
        fact("China", "exports", "growth", 4.9, "percent", AUGUST, "4.9", PARTNER_EXPORTS, partner=US),
        fact("China", "exports", "growth", 13.4, "percent", AUGUST, "13.4", PARTNER_EXPORTS, partner="European Union"),
        fact("China", "exports", "growth", 9.0, "percent", AUGUST, "9.0", PARTNER_EXPORTS, partner="ASEAN"),
        fact("China", "imports", "growth", -1.9, "percent", AUGUST, "1.9", US_IMPORTS, partner=US),
        fact("China", "balance", "value", 33.81e9, "USD", AUGUST, "33.81 billion", US_SURPLUS, partner=US),
        fact("China", "exports", "rank", 1, "number", AUGUST, "largest", US_SURPLUS, partner=US),
        fact("China", "exports", "growth", 4.6, "percent", FIRST_EIGHT_MONTHS, "4.6", YEAR_TO_DATE),
        fact("China", "imports", "growth", 2.5, "percent", FIRST_EIGHT_MONTHS, "2.5", YEAR_TO_DATE),
        fact("China", "imports", "quantity", 12.14e6, "tonnes", AUGUST, "12.14 million", SOYBEANS, product="soybeans"),
        fact("China", "imports", "growth", 29, "percent", AUGUST, "29", SOYBEANS, product="soybeans"),
        fact("China", "imports", "quantity", 49.05e6, "tonnes", AUGUST, "49.05 million", CRUDE_OIL, product="crude oil"),
        fact("China", "imports", "growth", -7.1, "percent", AUGUST, "7.1", CRUDE_OIL, product="crude oil"),
        fact("China", "imports", "quantity", 104.92e6, "tonnes", AUGUST, "104.92 million", IRON_ORE, product="iron ore"),
        fact("China", "imports", "growth", 4.7, "percent", AUGUST, "4.7", IRON_ORE, product="iron ore", basis="mom"),
        fact("China", "exports", "quantity", 5226.3, "tonnes", AUGUST, "5,226.3", RARE_EARTHS, product="rare earths"),
        fact("China", "exports", "growth", 4.1, "percent", AUGUST, "4.1", RARE_EARTHS, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 37608.1, "tonnes", FIRST_EIGHT_MONTHS, "37,608.1", RARE_EARTHS,
             product="rare earths"),
        fact("China", "exports", "growth", 6.1, "percent", FIRST_EIGHT_MONTHS, "6.1", RARE_EARTHS, product="rare earths"),
    ],
}

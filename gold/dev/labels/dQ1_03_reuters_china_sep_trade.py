from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
NINE_MONTHS = period(2025, 1, 9)
CHINA = "China"
US = "United States"
EVIDENCE_EXPORTS = (
    "Customs figures released on Monday showed exports up 8.3% year on year in dollar terms, a quicker pace than "
    "August's 4.4% growth and comfortably above the 6.0% gain economists had predicted in a Reuters poll"
)
EVIDENCE_IMPORTS = (
    "imports increased 7.4%, their fastest growth since April of last year, topping both the 1.5% the poll had "
    "expected and the 1.3% rise recorded in August"
)
EVIDENCE_SURPLUS = "the trade surplus for September narrowed to $90.45 billion from $102.33 billion in August"
EVIDENCE_US = (
    "Shipments from China to the United States slumped 27% year on year in September, marking a sixth consecutive "
    "month of double-digit falls, and imports from the U.S. declined 16.1%"
)
EVIDENCE_MARKETS = (
    "exports to Africa soaring 56.4%, while those to the 10-member Association of Southeast Asian Nations rose "
    "15.6% and those to the European Union gained 14.2%"
)
EVIDENCE_NINE = "Over January-September, exports were up 6.1% and imports were down 1.1%."
EVIDENCE_SOY = "took in an all-time high of 12.87 million metric tons of the beans last month, 13.2% more than a year before"
EVIDENCE_CRUDE = "crude oil arrivals increased 3.9% to 45.7 million tons"
EVIDENCE_ORE = "Inbound iron ore shipments reached 116.33 million tons, up 11.5% on the year"

ARTICLE = {
    "id": "dQ1_03_reuters_china_sep_trade",
    "title": "China's exports outpace forecasts in September as companies seek buyers outside the US",
    "publisher": "Reuters",
    "published": "2025-10-13",
    "notes": [
        "Reuters main wire story; the dateline 'BEIJING, Oct 13 (Reuters)' has no year: September 2025 from "
        "`published` ('last month' is September too).",
        "All monthly figures are in dollar terms ('in dollar terms'); growth is year-on-year ('year on year').",
        "Reuters poll forecasts (6.0% exports, 1.5% imports) and the economist's 'toward 3% by December' are "
        "forecasts, out of scope; the reported figures are labelled.",
        "'August's 4.4% growth' and 'the 1.3% rise recorded in August' are August 2025 growth facts; "
        "'from $102.33 billion in August' is the August 2025 surplus.",
        "Imports from the U.S. 'declined 16.1%': area China, flow imports, partner United States, -16.1.",
        "'those to the 10-member Association of Southeast Asian Nations rose 15.6%' and 'exports to Africa soaring 56.4%': "
        "exports growth by partner.",
        "Soybean, crude oil and iron ore imports are stated only in volume: quantity facts in tonnes (metric tons "
        "and tons both read as tonnes) with their year-on-year growth under the product; no value figure is given, "
        "so the growth rates are not 'volume growth beside value growth'.",
        "'about 11.1 million barrels per day' is a per-day rate of the same crude imports, out of scope.",
        "'an all-time high', 'the second-biggest monthly volume ever', 'a six-month high', 'a sixth consecutive "
        "month of double-digit falls', 'the 10-member' ASEAN: milestones, streaks and non-trade numbers, out.",
        "The threatened 100% tariff, GDP growth (5.2%) and the growth target (around 5%) are not trade flows, out.",
    ],
    "facts": [
        fact(CHINA, "exports", "growth", 8.3, "percent", SEPTEMBER, "8.3", EVIDENCE_EXPORTS),
        fact(CHINA, "exports", "growth", 4.4, "percent", AUGUST, "4.4", EVIDENCE_EXPORTS),
        fact(CHINA, "imports", "growth", 7.4, "percent", SEPTEMBER, "7.4", EVIDENCE_IMPORTS),
        fact(CHINA, "imports", "growth", 1.3, "percent", AUGUST, "1.3", EVIDENCE_IMPORTS),
        fact(CHINA, "balance", "value", 90.45e9, "USD", SEPTEMBER, "90.45 billion", EVIDENCE_SURPLUS),
        fact(CHINA, "balance", "value", 102.33e9, "USD", AUGUST, "102.33 billion", EVIDENCE_SURPLUS),
        fact(
            CHINA, "exports", "value", 328.5e9, "USD", SEPTEMBER, "328.5 billion",
            "Exports for the month totalled $328.5 billion, according to the data.",
        ),
        fact(CHINA, "exports", "growth", -27, "percent", SEPTEMBER, "27", EVIDENCE_US, partner=US),
        fact(CHINA, "imports", "growth", -16.1, "percent", SEPTEMBER, "16.1", EVIDENCE_US, partner=US),
        fact(
            CHINA, "exports", "growth", 14.2, "percent", SEPTEMBER, "14.2", EVIDENCE_MARKETS,
            partner="European Union",
        ),
        fact(CHINA, "exports", "growth", 15.6, "percent", SEPTEMBER, "15.6", EVIDENCE_MARKETS, partner="ASEAN"),
        fact(CHINA, "exports", "growth", 56.4, "percent", SEPTEMBER, "56.4", EVIDENCE_MARKETS, partner="Africa"),
        fact(CHINA, "exports", "growth", 6.1, "percent", NINE_MONTHS, "6.1", EVIDENCE_NINE),
        fact(CHINA, "imports", "growth", -1.1, "percent", NINE_MONTHS, "1.1", EVIDENCE_NINE),
        fact(
            CHINA, "imports", "quantity", 12.87e6, "tonnes", SEPTEMBER, "12.87 million", EVIDENCE_SOY,
            product="soybeans",
        ),
        fact(CHINA, "imports", "growth", 13.2, "percent", SEPTEMBER, "13.2", EVIDENCE_SOY, product="soybeans"),
        fact(
            CHINA, "imports", "quantity", 45.7e6, "tonnes", SEPTEMBER, "45.7 million", EVIDENCE_CRUDE,
            product="crude oil",
        ),
        fact(CHINA, "imports", "growth", 3.9, "percent", SEPTEMBER, "3.9", EVIDENCE_CRUDE, product="crude oil"),
        fact(
            CHINA, "imports", "quantity", 116.33e6, "tonnes", SEPTEMBER, "116.33 million", EVIDENCE_ORE,
            product="iron ore",
        ),
        fact(CHINA, "imports", "growth", 11.5, "percent", SEPTEMBER, "11.5", EVIDENCE_ORE, product="iron ore"),
    ],
}

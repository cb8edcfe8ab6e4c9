from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
NINE_MONTHS = period(2025, 1, 9)
CHINA = "China"
US = "United States"
EVIDENCE_EXPORTS = (
    "Outbound shipments rose 8.3% in dollar terms from a year earlier, customs data showed on Monday, well ahead of "
    "the 6.0% rise forecast in a Reuters poll of economists and accelerating from 4.4% growth in August"
)
EVIDENCE_IMPORTS = (
    "Imports grew 7.4%, the strongest pace since April last year, beating the poll's forecast of 1.5% and "
    "August's 1.3% rise"
)
EVIDENCE_SURPLUS = "a trade surplus of $90.45 billion for the month, down from $102.33 billion in August"
EVIDENCE_US = (
    "China's exports to the United States fell 27% in September from a year earlier, the sixth straight month of "
    "double-digit declines, while imports from the U.S. dropped 16.1%"
)
EVIDENCE_MARKETS = (
    "Exports to the European Union climbed 14.2%, sales to the 10-member Association of Southeast Asian Nations "
    "jumped 15.6% and those to Africa surged 56.4%"
)
EVIDENCE_NINE = "For the first nine months of the year, exports rose 6.1% while imports slipped 1.1%."
EVIDENCE_SOY = "brought in a record 12.87 million metric tons of the oilseed last month, up 13.2% from a year earlier"
EVIDENCE_CRUDE = "Crude oil imports rose 3.9% to 45.7 million tons"
EVIDENCE_ORE = "Iron ore arrivals came in at 116.33 million tons, 11.5% higher than a year earlier"

ARTICLE = {
    "id": "dQ1_03_reuters_china_sep_trade",
    "title": "China's September exports beat forecasts as firms look beyond US market",
    "publisher": "Reuters",
    "published": "2025-10-13",
    "notes": [
        "Reuters main wire story; the dateline 'BEIJING, Oct 13 (Reuters)' has no year: September 2025 from "
        "`published` ('last month' is September too).",
        "All monthly figures are in dollar terms ('in dollar terms'); growth is year-on-year ('from a year earlier').",
        "Reuters poll forecasts (6.0% exports, 1.5% imports) and the economist's 'toward 3% by December' are "
        "forecasts, out of scope; the reported figures are labelled.",
        "'accelerating from 4.4% growth in August' and 'August's 1.3% rise' are August 2025 growth facts; "
        "'down from $102.33 billion in August' is the August 2025 surplus.",
        "Imports from the U.S. 'dropped 16.1%': area China, flow imports, partner United States, -16.1.",
        "'sales to ... ASEAN jumped 15.6%' and 'those to Africa surged 56.4%': exports growth by partner.",
        "Soybean, crude oil and iron ore imports are stated only in volume: quantity facts in tonnes (metric tons "
        "and tons both read as tonnes) with their year-on-year growth under the product; no value figure is given, "
        "so the growth rates are not 'volume growth beside value growth'.",
        "'roughly 11.1 million barrels per day' is a per-day rate of the same crude imports, out of scope.",
        "'a record', 'the second-highest monthly total on record', 'fastest pace in six months', 'sixth straight "
        "month of double-digit declines', 'the 10-member' ASEAN: milestones, streaks and non-trade numbers, out.",
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
            "Exports were worth $328.5 billion, the data showed.",
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

from _fact import fact, period

DEC = period(2025, 12)
DEC24 = period(2024, 12)
APR_DEC = {"start": "2025-04", "end": "2025-12"}
APR_DEC24 = {"start": "2024-04", "end": "2024-12"}
IN = "India"
US = "United States"
GOLD = "gold"
CRUDE = "crude oil"
SERV = "services"
GS = "goods and services"

LEAD = "merchandise exports rose 3.6 per cent year-on-year to USD 39.91 billion"
LEAD_BAL = "Higher gold purchases pushed India's trade deficit up to USD 25.51 billion in December"
IMP = "Imports for the month increased 9.1 per cent to USD 65.42 billion."
BAL24 = "The shortfall in December 2024 had been USD 21.44 billion."
INR = "Measured in rupees, December exports amounted to Rs 3.58 lakh crore."
GOLD_M = "Purchases of gold from abroad surged 38.5 per cent to USD 6.92 billion"
CRUDE_M = "Crude oil imports, on the other hand, fell 11.2 per cent to USD 13.04 billion in December"
US_M = "Shipments to the US, India's largest export destination, climbed 4.1 per cent to USD 7.12 billion in December"
YTD = "For April-December of the current fiscal year, exports were up 2.4 per cent at USD 330.29 billion and imports were up 5.9 per cent at USD 578.61 billion."
YTD_BAL = "That put the nine-month trade deficit at USD 248.32 billion, compared with USD 223.83 billion in the corresponding period last year."
GOLD_YTD = "Over the same period, gold imports rose 4.7 per cent to USD 48.3 billion."
US_YTD = "In April-December the US was again India's top export market: shipments to the world's largest economy grew 6.3 per cent to USD 65.92 billion, almost 20 per cent of all the country's exports."
SERV_M = "The ministry estimated December services exports at USD 37.86 billion and services imports at USD 19.43 billion."
OVERALL = "Combined exports of goods and services in December are put at USD 77.77 billion, with an overall trade deficit of USD 7.08 billion."

ARTICLE = {
    "id": "dAL2_05_india_trade_dec_2025",
    "title": "India's December exports up 3.6 pc to USD 39.91 bn; gold lifts trade gap to USD 25.51 bn",
    "publisher": "PTI",
    "published": "2026-01-15",
    "notes": [
        "Area India throughout. Published 2026-01-15; 'December' with no year = December 2025 (the month before publication); 'December 2024' is stated.",
        "'April-December of the current fiscal year' = FY2025-26's first nine months = 2025-04..2025-12; 'the nine-month trade deficit', 'Over the same period' and 'In April-December' carry that span; 'the corresponding period last year' = 2024-04..2024-12.",
        "Merchandise figures (the story's default) have product null. 'services exports'/'services imports' -> product services; 'Combined exports of goods and services' and 'an overall trade deficit' (same sentence, the ministry's combined goods-and-services estimate) -> product 'goods and services'.",
        "'The shortfall in December 2024 had been USD 21.44 billion' and 'compared with USD 223.83 billion in the corresponding period last year': stated trade values for earlier periods, each labelled with its own period.",
        "'Measured in rupees, December exports amounted to Rs 3.58 lakh crore': the December merchandise exports in another currency -> a separate INR fact, exact (no approximation word).",
        "'Crude oil imports' = imports of crude oil. 'shipments to the world's largest economy' = exports to the United States (the description is economy size, not a trade rank: no rank fact from it).",
        "Ranks: 'India's largest export destination' (December sentence) -> rank 1, period 2025-12; 'In April-December the US was again India's top export market' -> rank 1, period 2025-04..2025-12.",
        "'almost 20 per cent of all the country's exports' -> share of India's exports going to the US, April-December, qualifier approx ('almost').",
        "All growth rates are year on year (lead says 'year-on-year'; no month-on-month cue anywhere).",
        "Out of scope, unlabelled: the 50 per cent US tariff; the official's expectation that exports exceed USD 850 billion this financial year (a target/forecast); gold prices near record levels (price).",
    ],
    "facts": [
        fact(IN, "exports", "growth", 3.6, "percent", DEC, "3.6", LEAD),
        fact(IN, "exports", "value", 39.91e9, "USD", DEC, "39.91 billion", LEAD),
        fact(IN, "balance", "value", -25.51e9, "USD", DEC, "25.51 billion", LEAD_BAL),
        fact(IN, "imports", "growth", 9.1, "percent", DEC, "9.1", IMP),
        fact(IN, "imports", "value", 65.42e9, "USD", DEC, "65.42 billion", IMP),
        fact(IN, "balance", "value", -21.44e9, "USD", DEC24, "21.44 billion", BAL24),
        fact(IN, "exports", "value", 3.58e12, "INR", DEC, "3.58 lakh crore", INR),
        fact(IN, "imports", "growth", 38.5, "percent", DEC, "38.5", GOLD_M, product=GOLD),
        fact(IN, "imports", "value", 6.92e9, "USD", DEC, "6.92 billion", GOLD_M, product=GOLD),
        fact(IN, "imports", "growth", -11.2, "percent", DEC, "11.2", CRUDE_M, product=CRUDE),
        fact(IN, "imports", "value", 13.04e9, "USD", DEC, "13.04 billion", CRUDE_M, product=CRUDE),
        fact(IN, "exports", "rank", 1, "number", DEC, "largest", US_M, partner=US),
        fact(IN, "exports", "growth", 4.1, "percent", DEC, "4.1", US_M, partner=US),
        fact(IN, "exports", "value", 7.12e9, "USD", DEC, "7.12 billion", US_M, partner=US),
        fact(IN, "exports", "growth", 2.4, "percent", APR_DEC, "2.4", YTD),
        fact(IN, "exports", "value", 330.29e9, "USD", APR_DEC, "330.29 billion", YTD),
        fact(IN, "imports", "growth", 5.9, "percent", APR_DEC, "5.9", YTD),
        fact(IN, "imports", "value", 578.61e9, "USD", APR_DEC, "578.61 billion", YTD),
        fact(IN, "balance", "value", -248.32e9, "USD", APR_DEC, "248.32 billion", YTD_BAL),
        fact(IN, "balance", "value", -223.83e9, "USD", APR_DEC24, "223.83 billion", YTD_BAL),
        fact(IN, "imports", "growth", 4.7, "percent", APR_DEC, "4.7", GOLD_YTD, product=GOLD),
        fact(IN, "imports", "value", 48.3e9, "USD", APR_DEC, "48.3 billion", GOLD_YTD, product=GOLD),
        fact(IN, "exports", "rank", 1, "number", APR_DEC, "top", US_YTD, partner=US),
        fact(IN, "exports", "growth", 6.3, "percent", APR_DEC, "6.3", US_YTD, partner=US),
        fact(IN, "exports", "value", 65.92e9, "USD", APR_DEC, "65.92 billion", US_YTD, partner=US),
        fact(IN, "exports", "share", 20, "percent", APR_DEC, "20", US_YTD, partner=US, qualifier="approx"),
        fact(IN, "exports", "value", 37.86e9, "USD", DEC, "37.86 billion", SERV_M, product=SERV),
        fact(IN, "imports", "value", 19.43e9, "USD", DEC, "19.43 billion", SERV_M, product=SERV),
        fact(IN, "exports", "value", 77.77e9, "USD", DEC, "77.77 billion", OVERALL, product=GS),
        fact(IN, "balance", "value", -7.08e9, "USD", DEC, "7.08 billion", OVERALL, product=GS),
    ],
}

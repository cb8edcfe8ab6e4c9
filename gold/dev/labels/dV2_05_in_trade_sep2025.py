from _fact import fact, period

SEP = period(2025, 9)
APR_SEP = period(2025, 4, 9)
E_EXPORTS = (
    "Merchandise exports from India reached USD 36.38 billion in September 2025, a year-on-year increase of 6.74 per cent"
)
E_IMPORTS = "Imports jumped 16.67 per cent to USD 68.53 billion in the month"
E_DEFICIT = "so that the trade gap reached USD 32.15 billion"
E_RUPEE = "Measured in rupees, September exports amounted to Rs 3,20,528.41 crore."
E_GOLD = "inward shipments of gold more than doubled, increasing 106.8 per cent to USD 9.62 billion"
E_OIL = "Imports of crude oil and petroleum products totalled USD 13.57 billion."
E_H1 = (
    "For April-September 2025-26, exports increased 3.02 per cent to USD 220.12 billion "
    "and imports were up 4.53 per cent at USD 375.11 billion."
)
E_H1_DEFICIT = "The first half of the fiscal thus ended with a USD 154.99 billion trade deficit."
E_US = (
    "In September, exports to the US, India's largest export market, dropped 11.9 per cent to USD 5.46 billion"
)
E_US_TOP = (
    "the US was still the top market over the first half of the fiscal, taking about 20.8 per cent "
    "of all Indian exports"
)
E_UAE = "September shipments to the UAE climbed 24.3 per cent to USD 3.52 billion"
E_ELECTRONICS = "exports of electronic goods, powered by smartphones, surged 48.3 per cent to USD 3.96 billion"
E_ENGINEERING = "Outbound shipments of engineering goods were up 2.9 per cent at USD 9.38 billion"
E_PHARMA = "exports of drugs and pharmaceuticals gained 6.5 per cent to USD 2.61 billion"
E_SERVICES = (
    "India exported USD 34.06 billion of services in September and imported "
    "USD 17.45 billion"
)
E_OVERALL = (
    "Combined goods and services exports for September are put at USD 70.44 billion, "
    "up 8.89 per cent."
)
US = "United States"
UAE = "United Arab Emirates"
GOODS_AND_SERVICES = "goods and services"

ARTICLE = {
    "id": "dV2_05_in_trade_sep2025",
    "title": (
        "September exports grow 6.74% despite US duties; gold imports widen trade gap to USD 32.15 bn"
    ),
    "publisher": "PTI",
    "published": "2025-10-15",
    "notes": [
        "PTI copy as carried by the Economic Times; the text names PTI only, so publisher is PTI.",
        "Headline figures (6.74%, USD 32.15 bn) restate the body: labelled once, with body evidence.",
        "The September trade deficit (USD 32.15 billion) is stated without a year-earlier figure; labelled as a "
        "negative balance for September 2025.",
        "Rupee figure 'Rs 3,20,528.41 crore' (Indian digit grouping) is the same observation as USD 36.38 billion "
        "in another currency: a separate INR fact.",
        "April-September 2025-26 is the first half of the fiscal year: period 2025-04..2025-09.",
        "'more than doubled, increasing 106.8 per cent': the exact rate only ('more than doubled' is the same "
        "observation as a threshold).",
        "'Imports of crude oil and petroleum products': product 'crude oil and petroleum products'.",
        "US rank: 'India's largest export market' (September sentence) and 'was still the top market over "
        "the first half of the fiscal' state the same rank; labelled once, for April-September, with the share 20.8 "
        "(about) from the same sentence.",
        "Services figures are the ministry's estimates; labelled as stated (product 'services'); 'Combined goods "
        "and services exports' has product 'goods and services'.",
        "Out: the 50 per cent and 25 per cent tariffs, 'USD 850 billion' (a forecast), the rupee's 88.80 per "
        "dollar, current account deficit 1.4 per cent of GDP, dates (August 27), 'first complete month' (streak-like).",
        "'exports to China, Spain and Hong Kong grew solidly as well': no number, nothing labelled.",
    ],
    "facts": [
        fact("India", "exports", "growth", 6.74, "percent", SEP, "6.74", E_EXPORTS),
        fact("India", "exports", "value", 36.38e9, "USD", SEP, "36.38 billion", E_EXPORTS),
        fact("India", "imports", "growth", 16.67, "percent", SEP, "16.67", E_IMPORTS),
        fact("India", "imports", "value", 68.53e9, "USD", SEP, "68.53 billion", E_IMPORTS),
        fact("India", "balance", "value", -32.15e9, "USD", SEP, "32.15 billion", E_DEFICIT),
        fact("India", "exports", "value", 3.2052841e12, "INR", SEP, "3,20,528.41 crore", E_RUPEE),
        fact("India", "imports", "growth", 106.8, "percent", SEP, "106.8", E_GOLD, product="gold"),
        fact("India", "imports", "value", 9.62e9, "USD", SEP, "9.62 billion", E_GOLD, product="gold"),
        fact("India", "imports", "value", 13.57e9, "USD", SEP, "13.57 billion", E_OIL,
             product="crude oil and petroleum products"),
        fact("India", "exports", "growth", 3.02, "percent", APR_SEP, "3.02", E_H1),
        fact("India", "exports", "value", 220.12e9, "USD", APR_SEP, "220.12 billion", E_H1),
        fact("India", "imports", "growth", 4.53, "percent", APR_SEP, "4.53", E_H1),
        fact("India", "imports", "value", 375.11e9, "USD", APR_SEP, "375.11 billion", E_H1),
        fact("India", "balance", "value", -154.99e9, "USD", APR_SEP, "154.99 billion", E_H1_DEFICIT),
        fact("India", "exports", "growth", -11.9, "percent", SEP, "11.9", E_US, partner=US),
        fact("India", "exports", "value", 5.46e9, "USD", SEP, "5.46 billion", E_US, partner=US),
        fact("India", "exports", "rank", 1, "number", APR_SEP, "top", E_US_TOP, partner=US),
        fact("India", "exports", "share", 20.8, "percent", APR_SEP, "20.8", E_US_TOP, partner=US, qualifier="approx"),
        fact("India", "exports", "growth", 24.3, "percent", SEP, "24.3", E_UAE, partner=UAE),
        fact("India", "exports", "value", 3.52e9, "USD", SEP, "3.52 billion", E_UAE, partner=UAE),
        fact("India", "exports", "growth", 48.3, "percent", SEP, "48.3", E_ELECTRONICS, product="electronic goods"),
        fact("India", "exports", "value", 3.96e9, "USD", SEP, "3.96 billion", E_ELECTRONICS, product="electronic goods"),
        fact("India", "exports", "growth", 2.9, "percent", SEP, "2.9", E_ENGINEERING, product="engineering goods"),
        fact("India", "exports", "value", 9.38e9, "USD", SEP, "9.38 billion", E_ENGINEERING, product="engineering goods"),
        fact("India", "exports", "growth", 6.5, "percent", SEP, "6.5", E_PHARMA,
             product="drugs and pharmaceuticals"),
        fact("India", "exports", "value", 2.61e9, "USD", SEP, "2.61 billion", E_PHARMA,
             product="drugs and pharmaceuticals"),
        fact("India", "exports", "value", 34.06e9, "USD", SEP, "34.06 billion", E_SERVICES, product="services"),
        fact("India", "imports", "value", 17.45e9, "USD", SEP, "17.45 billion", E_SERVICES, product="services"),
        fact("India", "exports", "value", 70.44e9, "USD", SEP, "70.44 billion", E_OVERALL, product=GOODS_AND_SERVICES),
        fact("India", "exports", "growth", 8.89, "percent", SEP, "8.89", E_OVERALL, product=GOODS_AND_SERVICES),
    ],
}

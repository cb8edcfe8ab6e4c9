from _fact import fact, period

JULY = period(2026, 7)
JUNE = period(2026, 6)
SEVEN_MONTHS = period(2026, 1, 7)
SEVEN_MONTHS_LAST_YEAR = period(2025, 1, 7)
US = "United States"
NON_US = "countries other than the United States"

E_HEADLINE_BALANCE = (
    "Canada's merchandise trade deficit with the world narrowed to C$2.87 billion ($2.08 billion) in July "
    "from a revised C$4.35 billion in June"
)
E_EXPORTS = "Total exports rose 2.4% from June to C$63.18 billion"
E_IMPORTS = "while imports slipped 0.3% to C$66.05 billion"
E_ENERGY = (
    "Exports of energy products jumped 6.1% from the previous month, with crude oil and crude bitumen up 8.4% "
    "at C$11.2 billion"
)
E_AUTOS = (
    "Motor vehicles and parts exports fell 3.9%, and shipments of passenger cars and light trucks dropped 7.2% "
    "to C$4.9 billion"
)
E_YOY = "Compared with July last year, exports were down 4.6%, while exports to the United States were 9.8% lower"
E_US_EXPORTS = (
    "Exports to the United States, which took 73.4% of Canada's total exports in July, rose 2.9% on the month "
    "to C$46.4 billion"
)
E_US_BALANCE = (
    "Canada's trade surplus with its largest trading partner widened to C$8.6 billion from C$7.3 billion in June"
)
E_NON_US_BALANCE = "The deficit with countries other than the United States narrowed to C$11.5 billion from C$11.7 billion"
E_YEAR_TO_DATE = (
    "Over the first seven months of the year, Canada's merchandise trade deficit totalled C$31.6 billion, "
    "compared with C$21.9 billion in the same period of last year"
)
CRUDE = "crude oil and crude bitumen"
CARS = "passenger cars and light trucks"

ARTICLE = {
    "id": "dM2_05_ca_reuters_jul_trade",
    "title": "Canada's trade deficit narrows more than expected in July as oil prices lift energy exports",
    "publisher": "Reuters",
    "published": "2026-09-03",
    "notes": [
        "Dateline 'OTTAWA, Sept 3 (Reuters)' without a year: the year 2026 comes from the published date only; "
        "'last year' is 2025.",
        "C$ is CAD; '($2.08 billion)' is the USD conversion of the July deficit, a separate fact, qualifier exact.",
        "June deficit: the revised C$4.35 billion and the initially reported C$4.02 billion are both stated as "
        "separate figures that disagree; both labelled (period June), as the dev card says for revisions.",
        "Monthly changes carry basis mom where the text cues it: 'from June' (exports; imports in the same "
        "sentence), 'from the previous month' (energy paragraph, carried over to motor vehicles and passenger cars), "
        "'on the month' (US paragraph, carried over to imports from the U.S.), 'in the month' (non-US exports).",
        "'Compared with July last year': exports -4.6 and exports to the US -9.8 ('9.8% lower') are basis yoy.",
        "Surplus with the US and deficit with 'countries other than the United States' are balances with those "
        "partners; the partner is written in the text's words. June's values of both are labelled for June; "
        "the 'from C$11.7 billion' has no month of its own and takes June from the paragraph before.",
        "'its largest trading partner' labelled as rank 1 of the United States in Canada's total trade, July.",
        "'trade in services deficit' has product services; 'Combining goods and services' has product "
        "'goods and services'. Other merchandise figures have product null.",
        "Out of scope, unlabelled: the analysts' forecast of C$4.10 billion, 'biggest monthly gain since February', "
        "volume growth of 0.8% (volume beside value), the economist's half a percentage point, the Bank of Canada "
        "rate 2.25%, Sept. 16, the exchange rate 1.3790 and 72.52 U.S. cents, 'two Ontario assembly plants'.",
        "'imports from them dropped by more' gives no number: not labelled.",
    ],
    "facts": [
        fact("Canada", "balance", "value", -2.87e9, "CAD", JULY, "2.87 billion", E_HEADLINE_BALANCE),
        fact("Canada", "balance", "value", -2.08e9, "USD", JULY, "2.08 billion", E_HEADLINE_BALANCE),
        fact("Canada", "balance", "value", -4.35e9, "CAD", JUNE, "4.35 billion", E_HEADLINE_BALANCE),
        fact("Canada", "balance", "value", -4.02e9, "CAD", JUNE, "4.02 billion",
             "The agency had initially reported a June shortfall of C$4.02 billion"),
        fact("Canada", "exports", "growth", 2.4, "percent", JULY, "2.4", E_EXPORTS, basis="mom"),
        fact("Canada", "exports", "value", 63.18e9, "CAD", JULY, "63.18 billion", E_EXPORTS),
        fact("Canada", "imports", "growth", -0.3, "percent", JULY, "0.3", E_IMPORTS, basis="mom"),
        fact("Canada", "imports", "value", 66.05e9, "CAD", JULY, "66.05 billion", E_IMPORTS),
        fact("Canada", "exports", "growth", 6.1, "percent", JULY, "6.1", E_ENERGY, product="energy products",
             basis="mom"),
        fact("Canada", "exports", "growth", 8.4, "percent", JULY, "8.4", E_ENERGY, product=CRUDE, basis="mom"),
        fact("Canada", "exports", "value", 11.2e9, "CAD", JULY, "11.2 billion", E_ENERGY, product=CRUDE),
        fact("Canada", "exports", "growth", -3.9, "percent", JULY, "3.9", E_AUTOS, product="motor vehicles and parts",
             basis="mom"),
        fact("Canada", "exports", "growth", -7.2, "percent", JULY, "7.2", E_AUTOS, product=CARS, basis="mom"),
        fact("Canada", "exports", "value", 4.9e9, "CAD", JULY, "4.9 billion", E_AUTOS, product=CARS),
        fact("Canada", "exports", "growth", -4.6, "percent", JULY, "4.6", E_YOY),
        fact("Canada", "exports", "growth", -9.8, "percent", JULY, "9.8", E_YOY, partner=US),
        fact("Canada", "exports", "share", 73.4, "percent", JULY, "73.4", E_US_EXPORTS, partner=US),
        fact("Canada", "exports", "growth", 2.9, "percent", JULY, "2.9", E_US_EXPORTS, partner=US, basis="mom"),
        fact("Canada", "exports", "value", 46.4e9, "CAD", JULY, "46.4 billion", E_US_EXPORTS, partner=US),
        fact("Canada", "imports", "growth", -1.1, "percent", JULY, "1.1", "Imports from the U.S. fell 1.1%", partner=US,
             basis="mom"),
        fact("Canada", "total", "rank", 1, "number", JULY, "largest", E_US_BALANCE, partner=US),
        fact("Canada", "balance", "value", 8.6e9, "CAD", JULY, "8.6 billion", E_US_BALANCE, partner=US),
        fact("Canada", "balance", "value", 7.3e9, "CAD", JUNE, "7.3 billion", E_US_BALANCE, partner=US),
        fact("Canada", "balance", "value", -11.5e9, "CAD", JULY, "11.5 billion", E_NON_US_BALANCE, partner=NON_US),
        fact("Canada", "balance", "value", -11.7e9, "CAD", JUNE, "11.7 billion", E_NON_US_BALANCE, partner=NON_US),
        fact("Canada", "exports", "growth", -1.2, "percent", JULY, "1.2",
             "exports to those countries fell 1.2% in the month", partner=NON_US, basis="mom"),
        fact("Canada", "balance", "value", -1.10e9, "CAD", JULY, "1.10 billion",
             "Statscan said the trade in services deficit was C$1.10 billion in July", product="services"),
        fact("Canada", "balance", "value", -3.97e9, "CAD", JULY, "3.97 billion",
             "Combining goods and services, Canada's overall trade deficit stood at C$3.97 billion",
             product="goods and services"),
        fact("Canada", "balance", "value", -31.6e9, "CAD", SEVEN_MONTHS, "31.6 billion", E_YEAR_TO_DATE),
        fact("Canada", "balance", "value", -21.9e9, "CAD", SEVEN_MONTHS_LAST_YEAR, "21.9 billion", E_YEAR_TO_DATE),
    ],
}

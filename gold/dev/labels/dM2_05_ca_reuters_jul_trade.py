from _fact import fact, period

JULY = period(2026, 7)
JUNE = period(2026, 6)
SEVEN_MONTHS = period(2026, 1, 7)
SEVEN_MONTHS_LAST_YEAR = period(2025, 1, 7)
US = "United States"
NON_US = "countries other than the United States"

E_HEADLINE_BALANCE = (
    "helped shrink Canada's worldwide merchandise trade deficit to C$2.87 billion ($2.08 billion), "
    "from C$4.35 billion in June, a revised figure"
)
E_EXPORTS = "Overall exports increased 2.4% from June to C$63.18 billion"
E_IMPORTS = "imports edged down 0.3% to C$66.05 billion"
E_ENERGY = (
    "Energy product exports surged 6.1% from the previous month, and crude oil and crude bitumen exports rose 8.4% "
    "to C$11.2 billion"
)
E_AUTOS = (
    "exports of motor vehicles and parts declined 3.9% and those of passenger cars and light trucks fell 7.2% "
    "to C$4.9 billion"
)
E_YOY = "On a year-over-year basis, July exports fell 4.6% and exports bound for the United States were 9.8% lower"
E_US_EXPORTS = (
    "Shipments to the United States, the destination of 73.4% of all Canadian exports in July, increased 2.9% "
    "month on month to C$46.4 billion"
)
E_US_BALANCE = (
    "the surplus Canada runs with its largest trading partner grew to C$8.6 billion from C$7.3 billion in June"
)
E_NON_US_BALANCE = "With countries other than the United States, Canada's deficit shrank to C$11.5 billion from C$11.7 billion"
E_YEAR_TO_DATE = (
    "For January through July, Canada's merchandise trade deficit reached C$31.6 billion, "
    "against C$21.9 billion in January-July last year"
)
CRUDE = "crude oil and crude bitumen"
CARS = "passenger cars and light trucks"

ARTICLE = {
    "id": "dM2_05_ca_reuters_jul_trade",
    "title": "Higher oil prices boost energy exports, shrinking Canada's July trade deficit by more than forecast",
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
        "'month on month' (US paragraph, carried over to imports from the U.S.), 'in the month' (non-US exports).",
        "'On a year-over-year basis': exports -4.6 and exports to the US -9.8 ('9.8% lower') are basis yoy.",
        "Surplus with the US and deficit with 'countries other than the United States' are balances with those "
        "partners; the partner is written in the text's words. June's values of both are labelled for June; "
        "the 'from C$11.7 billion' has no month of its own and takes June from the paragraph before.",
        "'its largest trading partner' labelled as rank 1 of the United States in Canada's total trade, July.",
        "'deficit in services trade' has product services; 'total goods and services trade deficit' has product "
        "'goods and services'. Other merchandise figures have product null.",
        "Out of scope, unlabelled: the economists' forecast of C$4.10 billion, 'largest monthly rise since February', "
        "volume growth of 0.8% (volume beside value), the economist's half a percentage point, the Bank of Canada "
        "rate 2.25%, Sept. 16, the exchange rate 1.3790 and 72.52 U.S. cents, 'two Ontario assembly plants'.",
        "'imports from them fell more steeply' gives no number: not labelled.",
    ],
    "facts": [
        fact("Canada", "balance", "value", -2.87e9, "CAD", JULY, "2.87 billion", E_HEADLINE_BALANCE),
        fact("Canada", "balance", "value", -2.08e9, "USD", JULY, "2.08 billion", E_HEADLINE_BALANCE),
        fact("Canada", "balance", "value", -4.35e9, "CAD", JUNE, "4.35 billion", E_HEADLINE_BALANCE),
        fact("Canada", "balance", "value", -4.02e9, "CAD", JUNE, "4.02 billion",
             "Statscan's first estimate for June had put the deficit at C$4.02 billion"),
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
        fact("Canada", "imports", "growth", -1.1, "percent", JULY, "1.1", "imports from the U.S. dropped 1.1%", partner=US,
             basis="mom"),
        fact("Canada", "total", "rank", 1, "number", JULY, "largest", E_US_BALANCE, partner=US),
        fact("Canada", "balance", "value", 8.6e9, "CAD", JULY, "8.6 billion", E_US_BALANCE, partner=US),
        fact("Canada", "balance", "value", 7.3e9, "CAD", JUNE, "7.3 billion", E_US_BALANCE, partner=US),
        fact("Canada", "balance", "value", -11.5e9, "CAD", JULY, "11.5 billion", E_NON_US_BALANCE, partner=NON_US),
        fact("Canada", "balance", "value", -11.7e9, "CAD", JUNE, "11.7 billion", E_NON_US_BALANCE, partner=NON_US),
        fact("Canada", "exports", "growth", -1.2, "percent", JULY, "1.2",
             "exports to those countries declined 1.2% in the month", partner=NON_US, basis="mom"),
        fact("Canada", "balance", "value", -1.10e9, "CAD", JULY, "1.10 billion",
             "put the July deficit in services trade at C$1.10 billion", product="services"),
        fact("Canada", "balance", "value", -3.97e9, "CAD", JULY, "3.97 billion",
             "bringing Canada's total goods and services trade deficit to C$3.97 billion",
             product="goods and services"),
        fact("Canada", "balance", "value", -31.6e9, "CAD", SEVEN_MONTHS, "31.6 billion", E_YEAR_TO_DATE),
        fact("Canada", "balance", "value", -21.9e9, "CAD", SEVEN_MONTHS_LAST_YEAR, "21.9 billion", E_YEAR_TO_DATE),
    ],
}

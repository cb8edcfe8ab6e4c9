from _fact import fact, period

FEBRUARY = period(2026, 2)
JANUARY = period(2026, 1)
FEBRUARY_LAST_YEAR = period(2025, 2)
JANUARY_FEBRUARY = period(2026, 1, 2)
AREA = "Indonesia"
NON_OIL_GAS = "non-oil and gas"
CPO = "crude palm oil and its derivatives"

E_BALANCE = (
    "the country's February trade surplus came to US$3.41 billion (about Rp56.3 trillion), up from a "
    "US$2.86 billion surplus in January"
)
E_EXPORTS = (
    "February exports totalled US$21.73 billion, a decrease of 2.21 percent from January though "
    "4.52 percent higher year-on-year"
)
E_IMPORTS = (
    "Imports came in at US$18.32 billion, falling 5.37 percent month on month but up 2.05 percent "
    "from February a year earlier"
)
E_CUMULATIVE = (
    "Over January-February combined, Indonesia's trade surplus amounted to US$6.27 billion and exports to "
    "US$43.95 billion, a year-on-year increase of 3.8 percent"
)
E_COAL = (
    "February coal exports were worth US$1.94 billion, 18.6 percent less than a year earlier, even though "
    "volumes were broadly stable at 33.1 million tons"
)
E_CPO = "crude palm oil (CPO) and its derivatives saw exports climb 21.4 percent to US$2.31 billion"
E_METALS = "exports of iron and steel and of nickel and articles thereof up 6.1 percent and 14.7 percent, respectively"
E_CHINA = (
    "In February, China was once more the largest buyer of non-oil and gas exports from Indonesia, taking "
    "US$5.09 billion, or a 24.85 percent share"
)
E_PARTNER_SURPLUS = (
    "The largest surpluses came from trade with the United States, India and the Philippines, at US$1.62 billion, "
    "US$1.03 billion and US$710 million, respectively"
)

ARTICLE = {
    "id": "dM2_06_id_antara_feb_surplus",
    "title": "Palm oil helps lift Indonesia's February trade surplus to US$3.41 billion",
    "publisher": "ANTARA",
    "published": "2026-03-16",
    "notes": [
        "Dateline 'Jakarta (ANTARA)' without a date or year: the year 2026 comes from the published date only; "
        "'last year' is 2025, 'January' is January 2026.",
        "Rp56.3 trillion is the IDR conversion of the February surplus ('about'): a separate fact, qualifier approx.",
        "'It was also larger than the US$3.12 billion surplus of February last year': the 3.12 "
        "billion is February 2025's surplus, exact ('larger than' describes this year's figure, not a threshold).",
        "Monthly changes ('from January', 'month on month') are basis mom; 'year-on-year', 'from February a year "
        "earlier' and 'than a year earlier' are yoy. Commodity growth rates without a cue default to yoy.",
        "Non-oil and gas and oil and gas figures carry product 'non-oil and gas' / 'oil and gas'; the China "
        "destination figures are shares of non-oil and gas exports, so they carry product 'non-oil and gas' too.",
        "Coal export volume 33.1 million tons is a quantity fact (tonnes), labelled beside the coal value; it is a "
        "level, not a volume growth rate.",
        "'the largest buyer of non-oil and gas exports from Indonesia' labelled rank 1 (partner China); 'the United "
        "States and India came next' is an implied rank without numbers: not labelled.",
        "Partner surpluses (US, India, Philippines, distributed by 'respectively') and the deficit with China are "
        "balances with product null: the text does not restrict them to non-oil and gas.",
        "Out of scope, unlabelled: '70 months in a row since May 2020' (streak), the economists' expectation of "
        "US$2.9 billion, the Bank Indonesia rate of 4.75 percent, GDP growth of 5.11 percent, B40 (programme name).",
    ],
    "facts": [
        fact(AREA, "balance", "value", 3.41e9, "USD", FEBRUARY, "3.41 billion", E_BALANCE),
        fact(AREA, "balance", "value", 56.3e12, "IDR", FEBRUARY, "56.3 trillion", E_BALANCE, qualifier="approx"),
        fact(AREA, "balance", "value", 2.86e9, "USD", JANUARY, "2.86 billion", E_BALANCE),
        fact(AREA, "balance", "value", 3.12e9, "USD", FEBRUARY_LAST_YEAR, "3.12 billion",
             "larger than the US$3.12 billion surplus of February last year"),
        fact(AREA, "exports", "value", 21.73e9, "USD", FEBRUARY, "21.73 billion", E_EXPORTS),
        fact(AREA, "exports", "growth", -2.21, "percent", FEBRUARY, "2.21", E_EXPORTS, basis="mom"),
        fact(AREA, "exports", "growth", 4.52, "percent", FEBRUARY, "4.52", E_EXPORTS),
        fact(AREA, "exports", "value", 20.48e9, "USD", FEBRUARY, "20.48 billion",
             "US$20.48 billion came from non-oil and gas exports", product=NON_OIL_GAS),
        fact(AREA, "imports", "value", 18.32e9, "USD", FEBRUARY, "18.32 billion", E_IMPORTS),
        fact(AREA, "imports", "growth", -5.37, "percent", FEBRUARY, "5.37", E_IMPORTS, basis="mom"),
        fact(AREA, "imports", "growth", 2.05, "percent", FEBRUARY, "2.05", E_IMPORTS),
        fact(AREA, "balance", "value", 4.98e9, "USD", FEBRUARY, "4.98 billion",
             "a US$4.98 billion surplus in non-oil and gas trade", product=NON_OIL_GAS),
        fact(AREA, "balance", "value", -1.57e9, "USD", FEBRUARY, "1.57 billion",
             "Oil and gas trade, for its part, ran a US$1.57 billion deficit", product="oil and gas"),
        fact(AREA, "balance", "value", 6.27e9, "USD", JANUARY_FEBRUARY, "6.27 billion", E_CUMULATIVE),
        fact(AREA, "exports", "value", 43.95e9, "USD", JANUARY_FEBRUARY, "43.95 billion", E_CUMULATIVE),
        fact(AREA, "exports", "growth", 3.8, "percent", JANUARY_FEBRUARY, "3.8", E_CUMULATIVE),
        fact(AREA, "exports", "value", 1.94e9, "USD", FEBRUARY, "1.94 billion", E_COAL, product="coal"),
        fact(AREA, "exports", "growth", -18.6, "percent", FEBRUARY, "18.6", E_COAL, product="coal"),
        fact(AREA, "exports", "quantity", 33.1e6, "tonnes", FEBRUARY, "33.1 million", E_COAL, product="coal"),
        fact(AREA, "exports", "growth", 21.4, "percent", FEBRUARY, "21.4", E_CPO, product=CPO),
        fact(AREA, "exports", "value", 2.31e9, "USD", FEBRUARY, "2.31 billion", E_CPO, product=CPO),
        fact(AREA, "exports", "growth", 6.1, "percent", FEBRUARY, "6.1", E_METALS, product="iron and steel"),
        fact(AREA, "exports", "growth", 14.7, "percent", FEBRUARY, "14.7", E_METALS,
             product="nickel and articles thereof"),
        fact(AREA, "exports", "rank", 1, "number", FEBRUARY, "largest", E_CHINA, partner="China", product=NON_OIL_GAS),
        fact(AREA, "exports", "value", 5.09e9, "USD", FEBRUARY, "5.09 billion", E_CHINA, partner="China",
             product=NON_OIL_GAS),
        fact(AREA, "exports", "share", 24.85, "percent", FEBRUARY, "24.85", E_CHINA, partner="China",
             product=NON_OIL_GAS),
        fact(AREA, "balance", "value", 1.62e9, "USD", FEBRUARY, "1.62 billion", E_PARTNER_SURPLUS,
             partner="United States"),
        fact(AREA, "balance", "value", 1.03e9, "USD", FEBRUARY, "1.03 billion", E_PARTNER_SURPLUS, partner="India"),
        fact(AREA, "balance", "value", 710e6, "USD", FEBRUARY, "710 million", E_PARTNER_SURPLUS,
             partner="Philippines"),
        fact(AREA, "balance", "value", -1.37e9, "USD", FEBRUARY, "1.37 billion",
             "China accounted for the widest deficit, US$1.37 billion", partner="China"),
    ],
}

from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
JP = "Japan"
US = "United States"

EXPORTS = "October exports up 3.6% from a year earlier"
SEPT_EXPORTS = "slower than the 4.2% rise recorded in September"
IMPORTS = "imports increased 0.7%"
BALANCE = "Japan ended up with a 231.8 billion yen trade deficit ($1.50 billion)"
VALUES = "Exports were worth 9.77 trillion yen and imports 10.00 trillion yen"
US_EXPORTS = "Exports to the United States declined 3.1% to 1.75 trillion yen"
US_CARS = "The value of cars shipped to the U.S. fell 7.5%"
US_IMPORTS = "a 20.9% jump in imports from the U.S., to 1.22 trillion yen"
US_SURPLUS = "Japan's surplus with its ally narrowed 33.6% to 529.4 billion yen"
CHINA = (
    "Shipments to China, which is Japan's biggest trading partner, increased 2.1%, while Japan's deficit with its "
    "neighbour stood at 766.5 billion yen"
)
ASIA = "Sales to Asia overall, the destination for roughly 52% of Japan's exports, were up 6.8% on the year"
EU = "exports to the European Union advanced 9.2%"
CHIPS = "shipments of semiconductors and other electronic components surged 14.9%"
CARS = "global car exports eased 2.0%"
SA = "On a seasonally adjusted basis, exports declined 4.1% from September and imports fell 1.9%"
SA_BALANCE = "leaving a 318.6 billion yen deficit"
TABLE_IMPORTS = "Imports                    0.7        3.3"
TABLE_US = "Exports to U.S.           -3.1      -13.3"
TABLE_BALANCE = "Trade balance (bln yen)  -231.8    -234.6"

ARTICLE = {
    "id": "dW2_02_reuters_japan_oct_exports",
    "title": "Asian chip demand lifts Japan's October exports past forecasts as U.S.-bound shipments slide again",
    "publisher": "Reuters",
    "published": "2025-11-19",
    "notes": [
        "Dateline 'Nov 19' without a year: 2025 from the published date; October and September are 2025.",
        "Growth rates without a stated base are yoy (the second paragraph says 'from a year earlier'; the table title says y/y).",
        "Reuters poll forecasts (1.1% exports, 0.9% import decline, 271.4 billion yen deficit) and the economist's "
        "outlook for real exports are forecasts: out.",
        "September's 4.2% export growth is stated in the prose and again in the table: one fact, prose evidence. The "
        "October table cells (3.6, 0.7, -3.1, -231.8) repeat prose facts: labelled once, with prose evidence. Only the "
        "September cells not in the prose (imports 3.3, exports to U.S. -13.3, balance -234.6) take table evidence; "
        "the balance row's '(bln yen)' gives the scale, and the written minus signs give the signs.",
        "The dollar conversion '($1.50 billion)' is a separate USD fact, qualifier exact (no 'about'); the closing "
        "'($1 = 154.80 yen)' and 'close to 155 per dollar' are exchange rates: out.",
        "'The value of cars shipped to the U.S. fell 7.5%' is labelled (product 'cars', partner United States); 'unit "
        "volumes grew 3.8%' is volume growth beside value growth: out.",
        "'Japan's surplus with its ally narrowed 33.6%': growth of a surplus with a fall verb, -33.6; 'its ally' is "
        "the United States of the sentence.",
        "'Japan's biggest trading partner' is a stated rank of China: total, rank 1, period October 2025.",
        "'Japan's deficit with its neighbour' is Japan's balance with China, -766.5 billion yen.",
        "Asia is 'the destination for roughly 52% of Japan's exports': share of exports, approx, given the article's period "
        "(October 2025) since the text states no other; 'were up 6.8% on the year' is yoy export growth to Asia.",
        "Seasonally adjusted figures are labelled: they are trade-flow observations and the guide has no exclusion for "
        "them. 'declined 4.1% from September' is mom and the mom frame carries to 'imports fell 1.9%' in the same "
        "sentence. The adjusted deficit (318.6 billion yen) and the unadjusted one (231.8 billion yen) share every "
        "dimension but the value; both are labelled as written. A hard call: the record cannot say which is adjusted.",
        "Out: 'a seventh straight month of decreases' (streak), 15% and 27.5% tariff rates, GDP contraction of an "
        "annualised 1.8%, 'first contraction in six quarters', 'two days earlier'.",
    ],
    "facts": [
        fact(JP, "exports", "growth", 3.6, "percent", OCTOBER, "3.6", EXPORTS),
        fact(JP, "exports", "growth", 4.2, "percent", SEPTEMBER, "4.2", SEPT_EXPORTS),
        fact(JP, "imports", "growth", 0.7, "percent", OCTOBER, "0.7", IMPORTS),
        fact(JP, "balance", "value", -231.8e9, "JPY", OCTOBER, "231.8 billion", BALANCE),
        fact(JP, "balance", "value", -1.50e9, "USD", OCTOBER, "1.50 billion", BALANCE),
        fact(JP, "exports", "value", 9.77e12, "JPY", OCTOBER, "9.77 trillion", VALUES),
        fact(JP, "imports", "value", 10.00e12, "JPY", OCTOBER, "10.00 trillion", VALUES),
        fact(JP, "exports", "growth", -3.1, "percent", OCTOBER, "3.1", US_EXPORTS, partner=US),
        fact(JP, "exports", "value", 1.75e12, "JPY", OCTOBER, "1.75 trillion", US_EXPORTS, partner=US),
        fact(JP, "exports", "growth", -7.5, "percent", OCTOBER, "7.5", US_CARS, partner=US, product="cars"),
        fact(JP, "imports", "growth", 20.9, "percent", OCTOBER, "20.9", US_IMPORTS, partner=US),
        fact(JP, "imports", "value", 1.22e12, "JPY", OCTOBER, "1.22 trillion", US_IMPORTS, partner=US),
        fact(JP, "balance", "growth", -33.6, "percent", OCTOBER, "33.6", US_SURPLUS, partner=US),
        fact(JP, "balance", "value", 529.4e9, "JPY", OCTOBER, "529.4 billion", US_SURPLUS, partner=US),
        fact(JP, "total", "rank", 1, "number", OCTOBER, "biggest", CHINA, partner="China"),
        fact(JP, "exports", "growth", 2.1, "percent", OCTOBER, "2.1", CHINA, partner="China"),
        fact(JP, "balance", "value", -766.5e9, "JPY", OCTOBER, "766.5 billion", CHINA, partner="China"),
        fact(JP, "exports", "share", 52, "percent", OCTOBER, "52", ASIA, partner="Asia", qualifier="approx"),
        fact(JP, "exports", "growth", 6.8, "percent", OCTOBER, "6.8", ASIA, partner="Asia"),
        fact(JP, "exports", "growth", 9.2, "percent", OCTOBER, "9.2", EU, partner="European Union"),
        fact(JP, "exports", "growth", 14.9, "percent", OCTOBER, "14.9", CHIPS,
             product="semiconductors and other electronic components"),
        fact(JP, "exports", "growth", -2.0, "percent", OCTOBER, "2.0", CARS, product="cars"),
        fact(JP, "exports", "growth", -4.1, "percent", OCTOBER, "4.1", SA, basis="mom"),
        fact(JP, "imports", "growth", -1.9, "percent", OCTOBER, "1.9", SA, basis="mom"),
        fact(JP, "balance", "value", -318.6e9, "JPY", OCTOBER, "318.6 billion", SA_BALANCE),
        fact(JP, "imports", "growth", 3.3, "percent", SEPTEMBER, "3.3", TABLE_IMPORTS),
        fact(JP, "exports", "growth", -13.3, "percent", SEPTEMBER, "-13.3", TABLE_US, partner=US),
        fact(JP, "balance", "value", -234.6e9, "JPY", SEPTEMBER, "-234.6", TABLE_BALANCE),
    ],
}

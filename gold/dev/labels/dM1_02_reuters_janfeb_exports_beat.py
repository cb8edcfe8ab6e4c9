from _fact import fact, period

JAN_FEB = period(2024, 1, 2)
DECEMBER = period(2023, 12)
JAN_FEB_LAST_YEAR = period(2023, 1, 2)
E_EXPORTS = (
    "Exports for the two months together were up 7.1% year-on-year, far ahead of the 1.9% expected by economists "
    "Reuters surveyed, and faster than December's 2.3% pace."
)
E_IMPORTS = "Imports increased 3.5%, topping the 1.5% rise analysts had predicted and accelerating from December's 0.2%."
E_EXPORT_VALUE = "Exports for the period reached $528.01 billion"
E_IMPORT_VALUE = "Exports for the period reached $528.01 billion and imports $402.85 billion"
E_SURPLUS = "a $125.16 billion trade surplus, against $75.34 billion in December"
E_YUAN = "Denominated in yuan, exports increased 10.3% while imports advanced 6.7%."
E_US = "Shipments bound for the United States declined 5.1% year on year to $71.2 billion"
E_EU = "exports to the European Union dipped 1.2%"
E_ASEAN = "shipments to the Association of Southeast Asian Nations grew 7.4%"
E_ASEAN_RU = "shipments to the Association of Southeast Asian Nations grew 7.4% and exports to Russia surged 12.5%."
E_US_SURPLUS = (
    "The surplus China ran with the United States shrank to $46.9 billion, compared with $52.3 billion in the same "
    "period a year before."
)
E_SOY = "soybean imports down 12.6% at 15.28 million metric tons"
E_CRUDE = "crude oil imports increased 5.1% to 88.31 million tons"
E_RARE = "Rare earth exports rose 9.4% to 8,437.6 tons"
E_STEEL = "steel exports surged 32.6% to 15.91 million tons"

ARTICLE = {
    "id": "dM1_02_reuters_janfeb_exports_beat",
    "title": "Southeast Asian demand lifts China's January-February exports past expectations",
    "publisher": "Reuters",
    "published": "2024-03-07",
    "notes": [
        "Dateline without a year ('March 7'): the year 2024 comes from the published date; 'January and February', "
        "'the two months together', 'the period' and 'January-February' are Jan-Feb 2024.",
        "'December's 2.3% pace' and 'accelerating from December's 0.2%': the previous reported month, December "
        "2023, labelled with that period (year-on-year rates, basis yoy).",
        "Reuters poll forecasts (1.9%, 1.5%, $103.7 billion): forecasts, out.",
        "Dollar-terms and yuan-terms growth of the same flow are both labelled; they share every field but the "
        "value (the record has no field for the currency a rate was computed in).",
        "'in the same two months last year, exports had shrunk 6.8%': a reported past figure, labelled with period "
        "Jan-Feb 2023.",
        "Surplus with the US: both the current ($46.9 billion) and the year-earlier ($52.3 billion, Jan-Feb 2023) "
        "figures are labelled as balance values with partner United States.",
        "Commodity quantities are labelled in tonnes (metric tons/tons); their volume growth rates are labelled "
        "because no value figure is given beside them.",
        "'roughly 10.74 million barrels per day': a daily rate conversion, out. 'the biggest January-February "
        "volume since 2016' (steel): a record, out.",
        "Growth target of around 5%, PMI sub-index 46.3, 'two days', 'a week': not trade flows, out.",
    ],
    "facts": [
        fact("China", "exports", "growth", 7.1, "percent", JAN_FEB, "7.1", E_EXPORTS, basis="yoy"),
        fact("China", "exports", "growth", 2.3, "percent", DECEMBER, "2.3", E_EXPORTS, basis="yoy"),
        fact("China", "imports", "growth", 3.5, "percent", JAN_FEB, "3.5", E_IMPORTS, basis="yoy"),
        fact("China", "imports", "growth", 0.2, "percent", DECEMBER, "0.2", E_IMPORTS, basis="yoy"),
        fact("China", "exports", "value", 528.01e9, "USD", JAN_FEB, "528.01 billion", E_EXPORT_VALUE),
        fact("China", "imports", "value", 402.85e9, "USD", JAN_FEB, "402.85 billion", E_IMPORT_VALUE),
        fact("China", "balance", "value", 125.16e9, "USD", JAN_FEB, "125.16 billion", E_SURPLUS),
        fact("China", "balance", "value", 75.34e9, "USD", DECEMBER, "75.34 billion", E_SURPLUS),
        fact("China", "exports", "growth", 10.3, "percent", JAN_FEB, "10.3", E_YUAN, basis="yoy"),
        fact("China", "imports", "growth", 6.7, "percent", JAN_FEB, "6.7", E_YUAN, basis="yoy"),
        fact("China", "exports", "growth", -6.8, "percent", JAN_FEB_LAST_YEAR, "6.8",
             "in the same two months last year, exports had shrunk 6.8%", basis="yoy"),
        fact("China", "exports", "growth", -5.1, "percent", JAN_FEB, "5.1", E_US, partner="United States",
             basis="yoy"),
        fact("China", "exports", "value", 71.2e9, "USD", JAN_FEB, "71.2 billion", E_US, partner="United States"),
        fact("China", "exports", "growth", -1.2, "percent", JAN_FEB, "1.2", E_EU, partner="European Union",
             basis="yoy"),
        fact("China", "exports", "growth", 7.4, "percent", JAN_FEB, "7.4", E_ASEAN, partner="ASEAN",
             basis="yoy"),
        fact("China", "exports", "growth", 12.5, "percent", JAN_FEB, "12.5", E_ASEAN_RU, partner="Russia",
             basis="yoy"),
        fact("China", "balance", "value", 46.9e9, "USD", JAN_FEB, "46.9 billion", E_US_SURPLUS,
             partner="United States"),
        fact("China", "balance", "value", 52.3e9, "USD", JAN_FEB_LAST_YEAR, "52.3 billion", E_US_SURPLUS,
             partner="United States"),
        fact("China", "imports", "quantity", 15.28e6, "tonnes", JAN_FEB, "15.28 million", E_SOY,
             product="soybeans"),
        fact("China", "imports", "growth", -12.6, "percent", JAN_FEB, "12.6", E_SOY, product="soybeans",
             basis="yoy"),
        fact("China", "imports", "quantity", 88.31e6, "tonnes", JAN_FEB, "88.31 million", E_CRUDE,
             product="crude oil"),
        fact("China", "imports", "growth", 5.1, "percent", JAN_FEB, "5.1", E_CRUDE, product="crude oil",
             basis="yoy"),
        fact("China", "exports", "quantity", 8437.6, "tonnes", JAN_FEB, "8,437.6", E_RARE, product="rare earths"),
        fact("China", "exports", "growth", 9.4, "percent", JAN_FEB, "9.4", E_RARE, product="rare earths",
             basis="yoy"),
        fact("China", "exports", "quantity", 15.91e6, "tonnes", JAN_FEB, "15.91 million", E_STEEL,
             product="steel"),
        fact("China", "exports", "growth", 32.6, "percent", JAN_FEB, "32.6", E_STEEL, product="steel",
             basis="yoy"),
    ],
}

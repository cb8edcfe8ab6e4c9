from _fact import fact, period

JAN_FEB = period(2024, 1, 2)
DECEMBER = period(2023, 12)
JAN_FEB_LAST_YEAR = period(2023, 1, 2)
E_EXPORTS = (
    "Outbound shipments rose 7.1% year-on-year in January-February combined, well above a 1.9% increase forecast "
    "in a Reuters poll of economists and quickening from a 2.3% gain in December."
)
E_IMPORTS = "Imports grew 3.5%, beating a forecast 1.5% rise and up from 0.2% in December."
E_EXPORT_VALUE = "Exports totalled $528.01 billion in the two months"
E_IMPORT_VALUE = "Exports totalled $528.01 billion in the two months, while imports came to $402.85 billion"
E_SURPLUS = "leaving a trade surplus of $125.16 billion, up from $75.34 billion in December"
E_YUAN = "In yuan terms, exports rose 10.3% and imports climbed 6.7%."
E_US = "Exports to the United States fell 5.1% from a year earlier to $71.2 billion"
E_EU = "shipments to the European Union slipped 1.2%"
E_ASEAN = "Exports to the Association of Southeast Asian Nations rose 7.4%"
E_ASEAN_RU = "Exports to the Association of Southeast Asian Nations rose 7.4%, and those to Russia jumped 12.5%."
E_US_SURPLUS = "China's trade surplus with the United States narrowed to $46.9 billion from $52.3 billion a year earlier."
E_SOY = "Soybean imports fell 12.6% to 15.28 million metric tons"
E_CRUDE = "crude oil imports rose 5.1% to 88.31 million tons"
E_RARE = "Exports of rare earths climbed 9.4% to 8,437.6 tons"
E_STEEL = "steel exports jumped 32.6% to 15.91 million tons"

ARTICLE = {
    "id": "dM1_02_reuters_janfeb_exports_beat",
    "title": "China's Jan-Feb exports beat forecasts as shipments to Southeast Asia climb",
    "publisher": "Reuters",
    "published": "2024-03-07",
    "notes": [
        "Dateline without a year ('March 7'): the year 2024 comes from the published date; 'the first two months "
        "of the year' and 'January-February combined' are Jan-Feb 2024.",
        "'from a 2.3% gain in December' and 'up from 0.2% in December': the previous reported month, December "
        "2023, labelled with that period (year-on-year rates, basis yoy).",
        "Reuters poll forecasts (1.9%, 1.5%, $103.7 billion): forecasts, out.",
        "Dollar-terms and yuan-terms growth of the same flow are both labelled; they share every field but the "
        "value (the record has no field for the currency a rate was computed in).",
        "'exports had slumped 6.8% in January-February last year': a reported past figure, labelled with period "
        "Jan-Feb 2023.",
        "Surplus with the US: both the current ($46.9 billion) and the year-earlier ($52.3 billion, Jan-Feb 2023) "
        "figures are labelled as balance values with partner United States.",
        "Commodity quantities are labelled in tonnes (metric tons/tons); their volume growth rates are labelled "
        "because no value figure is given beside them.",
        "'about 10.74 million barrels per day': a daily rate conversion, out. 'the highest for the period since "
        "2016' (steel): a record, out.",
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
             "exports had slumped 6.8% in January-February last year", basis="yoy"),
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

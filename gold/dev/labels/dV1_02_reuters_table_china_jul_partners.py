from _fact import fact, period

JULY = period(2024, 7)
JUNE = period(2024, 6)
ROW_US = "United States 46.7 13.5 33.2 8.1 -1.4"
ROW_EU = "European Union 43.6 22.3 21.3 4.0 0.9"
ROW_ASEAN = "ASEAN 51.9 34.5 17.4 11.9 14.7"
ROW_JAPAN = "Japan 12.8 12.6 0.2 -1.3 -6.9"
EVIDENCE_EXPORTS = (
    "Total exports from China climbed 7.0% year-on-year to $300.6 billion in July, a slower pace than June's 8.6% growth"
)
EVIDENCE_IMPORTS = "Imports increased 7.2%, recovering from June's 2.3% contraction"
EVIDENCE_SURPLUS = "The surplus on goods trade narrowed to $84.65 billion in July from $99.05 billion in June."
US = "United States"
EU = "European Union"


ARTICLE = {
    "id": "dV1_02_reuters_table_china_jul_partners",
    "title": "TABLE-China's trade with U.S., EU and other major partners in July",
    "publisher": "Reuters",
    "published": "2024-08-07",
    "notes": [
        "Year only in the published metadata (dateline 'Aug 7 (Reuters)', table header 'July'): period 2024-07.",
        "Table cells take their scale from the header line '($ bln)'; y/y pct columns are yoy growth rates.",
        "Each table row yields five facts (exports, imports, balance, export growth, import growth) with the row as evidence.",
        "Japan's balance of 0.2 is a small surplus (positive); negative growth cells keep the sign written.",
        "June figures stated as comparisons ('a slower pace than June's 8.6% growth', 'June's 2.3% contraction', "
        "'from $99.05 billion in June') are labelled with period 2024-06.",
        "Reuters poll forecasts (9.7%, 3.5%), the economist's 'around 4%' outlook, 4.7% GDP growth, "
        "the EU's 37.6% EV duties and dates: out of scope.",
        "Crude oil imports of 42.34 million metric tons: a quantity fact in tonnes; 'their lowest level since September 2022' is a "
        "record-type comparison, out.",
        "ASEAN seeing 'the quickest export growth' of the main partners states no number: not labelled.",
    ],
    "facts": [
        fact("China", "exports", "value", 46.7e9, "USD", JULY, "46.7", ROW_US, partner=US),
        fact("China", "imports", "value", 13.5e9, "USD", JULY, "13.5", ROW_US, partner=US),
        fact("China", "balance", "value", 33.2e9, "USD", JULY, "33.2", ROW_US, partner=US),
        fact("China", "exports", "growth", 8.1, "percent", JULY, "8.1", ROW_US, partner=US, basis="yoy"),
        fact("China", "imports", "growth", -1.4, "percent", JULY, "-1.4", ROW_US, partner=US, basis="yoy"),
        fact("China", "exports", "value", 43.6e9, "USD", JULY, "43.6", ROW_EU, partner=EU),
        fact("China", "imports", "value", 22.3e9, "USD", JULY, "22.3", ROW_EU, partner=EU),
        fact("China", "balance", "value", 21.3e9, "USD", JULY, "21.3", ROW_EU, partner=EU),
        fact("China", "exports", "growth", 4.0, "percent", JULY, "4.0", ROW_EU, partner=EU, basis="yoy"),
        fact("China", "imports", "growth", 0.9, "percent", JULY, "0.9", ROW_EU, partner=EU, basis="yoy"),
        fact("China", "exports", "value", 51.9e9, "USD", JULY, "51.9", ROW_ASEAN, partner="ASEAN"),
        fact("China", "imports", "value", 34.5e9, "USD", JULY, "34.5", ROW_ASEAN, partner="ASEAN"),
        fact("China", "balance", "value", 17.4e9, "USD", JULY, "17.4", ROW_ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 11.9, "percent", JULY, "11.9", ROW_ASEAN, partner="ASEAN", basis="yoy"),
        fact("China", "imports", "growth", 14.7, "percent", JULY, "14.7", ROW_ASEAN, partner="ASEAN", basis="yoy"),
        fact("China", "exports", "value", 12.8e9, "USD", JULY, "12.8", ROW_JAPAN, partner="Japan"),
        fact("China", "imports", "value", 12.6e9, "USD", JULY, "12.6", ROW_JAPAN, partner="Japan"),
        fact("China", "balance", "value", 0.2e9, "USD", JULY, "0.2", ROW_JAPAN, partner="Japan"),
        fact("China", "exports", "growth", -1.3, "percent", JULY, "-1.3", ROW_JAPAN, partner="Japan", basis="yoy"),
        fact("China", "imports", "growth", -6.9, "percent", JULY, "-6.9", ROW_JAPAN, partner="Japan", basis="yoy"),
        fact("China", "exports", "growth", 7.0, "percent", JULY, "7.0", EVIDENCE_EXPORTS, basis="yoy"),
        fact("China", "exports", "value", 300.6e9, "USD", JULY, "300.6 billion", EVIDENCE_EXPORTS),
        fact("China", "exports", "growth", 8.6, "percent", JUNE, "8.6", EVIDENCE_EXPORTS, basis="yoy"),
        fact("China", "imports", "growth", 7.2, "percent", JULY, "7.2", EVIDENCE_IMPORTS, basis="yoy"),
        fact("China", "imports", "growth", -2.3, "percent", JUNE, "2.3", EVIDENCE_IMPORTS, basis="yoy"),
        fact("China", "balance", "value", 84.65e9, "USD", JULY, "84.65 billion", EVIDENCE_SURPLUS),
        fact("China", "balance", "value", 99.05e9, "USD", JUNE, "99.05 billion", EVIDENCE_SURPLUS),
        fact("China", "imports", "quantity", 42.34e6, "tonnes", JULY, "42.34 million",
             "China's imports of crude oil dropped to 42.34 million metric tons in July", product="crude oil"),
    ],
}

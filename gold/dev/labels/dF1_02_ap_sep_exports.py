from _fact import fact, period

SEP = period(2025, 9)
AUG = period(2025, 8)
Q = period(2025, 1, 9)
E_BAL = "the trade surplus narrowed to $90.5 billion from $102.3 billion in August"
E_US = "Exports to the U.S. dropped 27% from a year earlier to $34.3 billion"
E_EU = "Shipments bound for the 27-nation European Union, on the other hand, climbed 14.2% to $49.6 billion"
E_9M = "China's exports for the first nine months of the year grew 6.1% to $2.78 trillion, and the trade surplus for the period totaled $875.2 billion"

ARTICLE = {
    "id": "dF1_02_ap_sep_exports",
    "title": "Shipments to US keep shrinking as China's September exports top expectations",
    "publisher": "AP",
    "published": "2025-10-13",
    "notes": [
        "The text gives no year: September and 'the first nine months of the year' take 2025 from the published date.",
        "'last month' = September 2025.",
        "Surplus 'narrowed to $90.5 billion from $102.3 billion in August': the previous month's balance is its own observation (August 2025).",
        "'Exports were up 8.4% when counted in Chinese yuan': a second growth rate of September exports (yuan terms) beside the dollar 8.3%; both labelled.",
        "US figures: partner United States; 'purchases of American goods' is imports from the United States.",
        "'those to the 10-member Association of Southeast Asian Nations surged 15.6%': exports to ASEAN.",
        "Out of scope: analysts' forecasts (about 6% and 1.5%), the economist's 3% outlook, 'sixth month in a row', '27-nation', '10-member', 100% tariff, Nov. 1, GDP 5.2%, 'since April of last year'.",
    ],
    "facts": [
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3",
             "China's exports rose 8.3% in September from a year earlier"),
        fact("China", "exports", "value", 328.6e9, "USD", SEP, "328.6 billion", "Exports were worth $328.6 billion last month"),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", "Imports increased 7.4% to $238.1 billion"),
        fact("China", "imports", "value", 238.1e9, "USD", SEP, "238.1 billion", "Imports increased 7.4% to $238.1 billion"),
        fact("China", "balance", "value", 90.5e9, "USD", SEP, "90.5 billion", E_BAL),
        fact("China", "balance", "value", 102.3e9, "USD", AUG, "102.3 billion", E_BAL),
        fact("China", "exports", "growth", 8.4, "percent", SEP, "8.4", "Exports were up 8.4% when counted in Chinese yuan"),
        fact("China", "exports", "growth", -27, "percent", SEP, "27", E_US, partner="United States"),
        fact("China", "exports", "value", 34.3e9, "USD", SEP, "34.3 billion", E_US, partner="United States"),
        fact("China", "imports", "growth", -16.1, "percent", SEP, "16.1",
             "China's purchases of American goods decreased 16.1%", partner="United States"),
        fact("China", "exports", "growth", 14.2, "percent", SEP, "14.2", E_EU, partner="European Union"),
        fact("China", "exports", "value", 49.6e9, "USD", SEP, "49.6 billion", E_EU, partner="European Union"),
        fact("China", "exports", "growth", 15.6, "percent", SEP, "15.6",
             "those to the 10-member Association of Southeast Asian Nations surged 15.6%", partner="ASEAN"),
        fact("China", "exports", "growth", 56.4, "percent", SEP, "56.4", "Sales to Africa rose 56.4%", partner="Africa"),
        fact("China", "exports", "growth", 6.1, "percent", Q, "6.1", E_9M),
        fact("China", "exports", "value", 2.78e12, "USD", Q, "2.78 trillion", E_9M),
        fact("China", "balance", "value", 875.2e9, "USD", Q, "875.2 billion", E_9M),
        fact("China", "exports", "growth", -16.9, "percent", Q, "16.9",
             "Exports to the U.S. fell 16.9% across the same nine months", partner="United States"),
    ],
}

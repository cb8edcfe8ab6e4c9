from _fact import fact, period

Y = period(2025, 1, 12)
BR = "Brazil"
E_BAL = "Brazil's trade surplus for 2025 at $68.3 billion, 8.0% below the $74.2 billion of 2024"
E_X = "exports climbing 3.5% to a record $348.7 billion"
E_M = "Imports expanded more quickly, increasing 6.7% to $280.4 billion"
E_CN = "Exports to China increased 6.0% to $100.1 billion, equal to 28.7% of all Brazil's foreign sales"
E_US = "Exports to the United States slid 6.6% to $37.7 billion"
E_EU = "European Union     49.1    +1.9"
E_SOY = ("Brazil's soybean exports hit a record 108.2 million tonnes in 2025 and brought in $42.2 billion, with about "
         "80% of the tonnage bound for China")
E_IRON = "Shipments of iron ore rose 5.4% from a year earlier to 410.2 million tonnes and earned $29.8 billion"
E_OIL = "crude oil was Brazil's biggest single export, bringing in $44.6 billion"

ARTICLE = {
    "id": "dB2_05_br_trade_2025",
    "title": "Record imports trim Brazil's 2025 trade surplus to $68.3 bln; China absorbs soy and iron ore",
    "publisher": "The Rio Times",
    "published": "2026-01-06",
    "notes": [
        "Publisher from the byline line; date: dateline 'Jan 6' with the year 2026 (data for 2025 released early January).",
        "Running period: the year 2025, stated in the text; 'of 2024' / 'on 2024' comparisons are yoy.",
        "Headline $68.3 bln restates the body: labelled once.",
        "'surplus ... 8.0% below the $74.2 billion of 2024' is the growth of the balance: -8.0, yoy.",
        "'Brazil's largest trading partner, China': rank 1 of total trade with partner China.",
        "'25.3% of Brazil's imports also came from China': share of imports with partner China.",
        "Table (US$ bln; % change on 2024): the China and United States rows restate body sentences and are labelled once with "
        "the body evidence; the European Union row appears only in the table and is labelled with the row as "
        "evidence, value scaled by the header (bln). The row order is an implied rank: not labelled.",
        "'about 80% of the tonnage bound for China': share of soybean export volume going to China, partner China, product "
        "soybeans, qualifier approx.",
        "Iron ore 'rose 5.4% from a year earlier' (to 410.2 million tonnes) is volume growth beside a value: out. Tonnages are quantity facts in tonnes.",
        "'biggest single export' for crude oil: rank 1 with product crude oil.",
        "Out: the 50% U.S. tariff, the AEB 2026 forecast range ($70-90 billion), the real's roughly 13% appreciation, 'all-time high' / "
        "'record' wording (no extra number).",
    ],
    "facts": [
        fact(BR, "balance", "value", 68.3e9, "USD", Y, "68.3 billion", E_BAL),
        fact(BR, "balance", "growth", -8.0, "percent", Y, "8.0", E_BAL),
        fact(BR, "balance", "value", 74.2e9, "USD", period(2024, 1, 12), "74.2 billion", E_BAL),
        fact(BR, "exports", "growth", 3.5, "percent", Y, "3.5", E_X),
        fact(BR, "exports", "value", 348.7e9, "USD", Y, "348.7 billion", E_X),
        fact(BR, "imports", "growth", 6.7, "percent", Y, "6.7", E_M),
        fact(BR, "imports", "value", 280.4e9, "USD", Y, "280.4 billion", E_M),
        fact(BR, "total", "value", 629.1e9, "USD", Y, "629.1 billion",
             "the combined trade flow hit an all-time high of $629.1 billion"),
        fact(BR, "total", "rank", 1, "number", Y, "largest", "Brazil's largest trading partner, China, became even more important",
             partner="China"),
        fact(BR, "exports", "growth", 6.0, "percent", Y, "6.0", E_CN, partner="China"),
        fact(BR, "exports", "value", 100.1e9, "USD", Y, "100.1 billion", E_CN, partner="China"),
        fact(BR, "exports", "share", 28.7, "percent", Y, "28.7", E_CN, partner="China"),
        fact(BR, "balance", "value", 29.2e9, "USD", Y, "29.2 billion", "leaving Brazil with a $29.2 billion surplus in its trade with China",
             partner="China"),
        fact(BR, "imports", "share", 25.3, "percent", Y, "25.3",
             "A record 25.3% of Brazil's imports also came from China", partner="China"),
        fact(BR, "exports", "growth", -6.6, "percent", Y, "6.6", E_US, partner="United States"),
        fact(BR, "exports", "value", 37.7e9, "USD", Y, "37.7 billion", E_US, partner="United States"),
        fact(BR, "exports", "value", 49.1e9, "USD", Y, "49.1", E_EU, partner="European Union"),
        fact(BR, "exports", "growth", 1.9, "percent", Y, "1.9", E_EU, partner="European Union"),
        fact(BR, "exports", "quantity", 108.2e6, "tonnes", Y, "108.2 million", E_SOY, product="soybeans"),
        fact(BR, "exports", "value", 42.2e9, "USD", Y, "42.2 billion", E_SOY, product="soybeans"),
        fact(BR, "exports", "share", 80, "percent", Y, "80", E_SOY, partner="China", product="soybeans", qualifier="approx"),
        fact(BR, "exports", "quantity", 410.2e6, "tonnes", Y, "410.2 million", E_IRON, product="iron ore"),
        fact(BR, "exports", "value", 29.8e9, "USD", Y, "29.8 billion", E_IRON, product="iron ore"),
        fact(BR, "exports", "value", 44.6e9, "USD", Y, "44.6 billion", E_OIL, product="crude oil"),
        fact(BR, "exports", "rank", 1, "number", Y, "biggest", E_OIL, product="crude oil"),
    ],
}

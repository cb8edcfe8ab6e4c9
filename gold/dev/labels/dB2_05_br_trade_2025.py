from _fact import fact, period

Y = period(2025, 1, 12)
BR = "Brazil"
E_BAL = "Brazil ended 2025 with a trade surplus of $68.3 billion, down 8.0% from the $74.2 billion of 2024"
E_X = "Exports rose 3.5% to an all-time high of $348.7 billion"
E_M = "Imports grew faster, up 6.7% to $280.4 billion"
E_CN = "Shipments to China climbed 6.0% to $100.1 billion, or 28.7% of everything Brazil sold abroad"
E_US = ("Sales to the United States, hit by a 50% U.S. tariff on many Brazilian products from August, fell 6.6% "
        "to $37.7 billion")
E_EU = "European Union     49.1    +1.9"
E_SOY = ("Brazil shipped a record 108.2 million tonnes of soybeans abroad in 2025, earning $42.2 billion, and China "
         "bought about 80% of that volume")
E_IRON = "Iron ore exports reached 410.2 million tonnes, 5.4% more than a year earlier, bringing in $29.8 billion"
E_OIL = "Crude oil, worth $44.6 billion, was again the country's single biggest export"

ARTICLE = {
    "id": "dB2_05_br_trade_2025",
    "title": "Brazil's 2025 trade surplus shrinks to $68.3 bln as imports hit record; China soaks up soy and iron ore",
    "publisher": "The Rio Times",
    "published": "2026-01-06",
    "notes": [
        "Publisher from the byline line; date: dateline 'Jan 6' with the year 2026 (data for 2025 released early January).",
        "Running period: the year 2025, stated in the text; 'of 2024' / 'on 2024' comparisons are yoy.",
        "Headline $68.3 bln restates the body: labelled once.",
        "'surplus ... down 8.0%' is the growth of the balance: -8.0, yoy.",
        "'China ... largest trading partner': rank 1 of total trade with partner China.",
        "'Chinese goods ... 25.3% of Brazilian imports': share of imports with partner China.",
        "Table (US$ bln; % change on 2024): the China and United States rows restate body sentences and are labelled once with "
        "the body evidence; the European Union row appears only in the table and is labelled with the row as "
        "evidence, value scaled by the header (bln). The row order is an implied rank: not labelled.",
        "'China bought about 80% of that volume': share of soybean export volume going to China, partner China, product "
        "soybeans, qualifier approx.",
        "Iron ore '5.4% more than a year earlier' is volume growth beside a value: out. Tonnages are quantity facts in tonnes.",
        "'single biggest export' for crude oil: rank 1 with product crude oil.",
        "Out: the 50% U.S. tariff, the AEB 2026 forecast range ($70-90 billion), the real's 13% appreciation, 'all-time high' / "
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
             "Total trade flow, the sum of both, reached a record $629.1 billion"),
        fact(BR, "total", "rank", 1, "number", Y, "largest", "China deepened its role as Brazil's largest trading partner",
             partner="China"),
        fact(BR, "exports", "growth", 6.0, "percent", Y, "6.0", E_CN, partner="China"),
        fact(BR, "exports", "value", 100.1e9, "USD", Y, "100.1 billion", E_CN, partner="China"),
        fact(BR, "exports", "share", 28.7, "percent", Y, "28.7", E_CN, partner="China"),
        fact(BR, "balance", "value", 29.2e9, "USD", Y, "29.2 billion", "Brazil's surplus with China stood at $29.2 billion",
             partner="China"),
        fact(BR, "imports", "share", 25.3, "percent", Y, "25.3",
             "Chinese goods also accounted for a record 25.3% of Brazilian imports", partner="China"),
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

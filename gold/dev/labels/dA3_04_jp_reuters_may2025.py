from _fact import fact, period

MAY = period(2025, 5)
APR = period(2025, 4)
Y24 = period(2024, 1, 12)
JP = "Japan"
US = "United States"
E_X = "the value of exports was 8.13 trillion yen in May, down 1.7% from a year earlier"
E_USX = "Shipments to the United States, the biggest single destination for Japanese exports, tumbled 11.1% on the year"
E_AUTO = "Car exports to the U.S. sank 24.7% and auto parts fell 19.0%"
E_SHARE = "Of the approximately 21 trillion yen of goods that Japan sold to the United States last year, the auto sector represented about 28%"
E_CN = "exports to China, the largest trading partner of Japan, down 8.8%"
E_BAL = "a trade deficit of 637.6 billion yen ($4.39 billion)"
E_USB = "With the United States, Japan's surplus declined 4.7% to 588.9 billion yen"

ARTICLE = {
    "id": "dA3_04_jp_reuters_may2025",
    "title": "Japan's exports slip in May, first fall in eight months, as U.S. tariffs take toll",
    "publisher": "Reuters",
    "published": "2025-06-18",
    "notes": [
        "Dateline 'June 18' has no year; 2025 comes from the published date. 'last year' = 2024.",
        "Analysts' forecasts (3.8% decrease, 6.7% decline, 892.9 billion yen shortfall): out.",
        "'first drop in eight months', 'steepest drop since February 2021', 'first decrease in five months': streaks/milestones, out.",
        "'world's fourth-largest economy': a rank of the economy, not of trade, out.",
        "'the biggest single destination for Japanese exports' (United States): rank 1 of exports, labelled for the article's running period May 2025.",
        "'the largest trading partner of Japan' (China): rank 1 of total trade, running period May 2025.",
        "'the volume of U.S.-bound cars slipped only 3.9%': volume growth beside value growth, out.",
        "'approximately 21 trillion yen ... last year, the auto sector represented about 28%': share (approx) of the auto sector in 2024 US-bound exports, and the "
        "2024 US-bound export value (approx).",
        "'$4.39 billion' conversion without 'about': qualifier exact. The parser finds no cue between '637.6 billion' and "
        "'4.39 billion' and reads the USD deficit positive: parser limitation, label kept.",
        "Surplus with the US 'declined 4.7% to 588.9 billion yen': balance growth -4.7 and a positive balance value.",
        "'auto parts fell 19.0%' (car parts): a fall, -19.0.",
        "Tariff rates (25%, 24%), July 9, GDP -0.2%, policy rate 0.5%: out.",
    ],
    "facts": [
        fact(JP, "exports", "growth", -1.7, "percent", MAY, "1.7", E_X),
        fact(JP, "exports", "value", 8.13e12, "JPY", MAY, "8.13 trillion", E_X),
        fact(JP, "exports", "growth", 2.0, "percent", APR, "2.0", "In April, exports had grown 2.0%"),
        fact(JP, "exports", "rank", 1, "number", MAY, "biggest", E_USX, partner=US),
        fact(JP, "exports", "growth", -11.1, "percent", MAY, "11.1", E_USX, partner=US),
        fact(JP, "exports", "growth", -24.7, "percent", MAY, "24.7", E_AUTO, partner=US, product="automobiles"),
        fact(JP, "exports", "growth", -19.0, "percent", MAY, "19.0", E_AUTO, partner=US, product="car parts"),
        fact(JP, "exports", "share", 28, "percent", Y24, "28", E_SHARE, partner=US, product="auto sector", qualifier="approx"),
        fact(JP, "exports", "value", 21e12, "JPY", Y24, "21 trillion", E_SHARE, partner=US, qualifier="approx"),
        fact(JP, "total", "rank", 1, "number", MAY, "largest", E_CN, partner="China"),
        fact(JP, "exports", "growth", -8.8, "percent", MAY, "8.8", E_CN, partner="China"),
        fact(JP, "exports", "growth", -3.3, "percent", MAY, "3.3",
             "exports to the whole of Asia decreased 3.3%", partner="Asia"),
        fact(JP, "exports", "growth", 4.9, "percent", MAY, "4.9",
             "The European Union went against the trend, with exports to the bloc climbing 4.9%", partner="European Union"),
        fact(JP, "imports", "growth", -7.7, "percent", MAY, "7.7", "imports fell 7.7% from a year earlier"),
        fact(JP, "balance", "value", -637.6e9, "JPY", MAY, "637.6 billion", E_BAL),
        fact(JP, "balance", "value", -4.39e9, "USD", MAY, "4.39 billion", E_BAL),
        fact(JP, "balance", "growth", -4.7, "percent", MAY, "4.7", E_USB, partner=US),
        fact(JP, "balance", "value", 588.9e9, "JPY", MAY, "588.9 billion", E_USB, partner=US),
    ],
}

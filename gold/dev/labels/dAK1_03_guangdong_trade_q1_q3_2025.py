from _fact import fact, period

JAN_SEP = period(2025, 1, 9)       # "the first three quarters of 2025", "January-September", "the nine months"
Q3 = period(2025, 7, 9)            # "the third quarter alone"

LEAD = ("Guangdong's imports and exports added up to 7.03 trillion yuan (about 987.4 billion U.S. dollars) in the first "
        "three quarters of 2025")
GROWTH = "That was 4.2 percent more than a year earlier"
SHARE = "The province made up 20.9 percent of the national total"
EXP = "Exports from the province edged up 1.6 percent year on year to 4.46 trillion yuan in the January-September period"
IMP = "imports rose 9 percent to 2.57 trillion yuan"
Q3_S = ("In the third quarter alone, Guangdong's foreign trade came to 2.48 trillion yuan, 2.9 percent more than in the "
        "second quarter")
SZ = ("Shenzhen, the province's leading foreign trade city, recorded imports and exports of 3.41 trillion yuan during "
      "the nine months, up 1.2 percent and accounting for 48.5 percent of the provincial total")
GZ_DG = ("Provincial capital Guangzhou and the manufacturing hub of Dongguan registered foreign trade of 868.5 billion yuan "
         "and 1.05 trillion yuan, up 6.1 percent and 5.3 percent, respectively")
ASEAN = ("Trade with the Association of Southeast Asian Nations (ASEAN), still the province's largest trading partner, "
         "climbed 7.6 percent to 1.12 trillion yuan")
US = "Trade with the United States, by contrast, fell 18.4 percent amid steep U.S. tariffs."
PRIV = ("their imports and exports grew 6.8 percent to 4.55 trillion yuan, or 64.7 percent of "
        "Guangdong's total")
COUNT = ("more than 140,000 companies in the province had actually imported or exported goods this year, "
         "about 118,000 of them private")
CBEC = ("Cross-border e-commerce imports and exports in Guangdong exceeded 600 billion yuan in the first three quarters, "
        "reaching 628.6 billion yuan, up 11.5 percent year on year")
MEP = ("Mechanical and electrical goods dominated what the province sold abroad, with exports of 2.98 trillion yuan, "
       "or 66.8 percent of all its exports")

ARTICLE = {
    "id": "dAK1_03_guangdong_trade_q1_q3_2025",
    "title": "China's Guangdong posts record foreign trade in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-23",
    "notes": [
        "Running period: January-September 2025 ('the first three quarters of 2025', 'the January-September period', 'the nine months'); 'this year' by 'the end of September' is the same period.",
        "'In the third quarter alone' is 2025-07..2025-09; '2.9 percent more than in the second quarter' is quarter-on-quarter growth (basis qoq), value 2.9.",
        "Guangdong's 20.9% is its share of the national total; 'supplied 22.6 percent of the country's foreign trade growth' is a contribution to growth: out of scope.",
        "Shenzhen's 48.5% is Shenzhen's share of Guangdong's total: area Shenzhen, flow total, measure share.",
        "Guangzhou and Dongguan values and growth are paired by 'respectively'.",
        "ASEAN rank 1 as Guangdong's largest trading partner in January-September.",
        "Private enterprises: 'their' (privately owned companies) carries segment private enterprises; share 64.7% of Guangdong's trade.",
        "Counts: 'more than 140,000 companies ... had actually imported or exported goods' -> count, segment foreign trade enterprises, qualifier over; 'about 118,000 of them private' -> count, segment private enterprises, qualifier approx.",
        "Cross-border e-commerce: 'exceeded 600 billion yuan ... reaching 628.6 billion yuan' is a threshold and the exact figure for one observation: the exact figure only.",
        "Mechanical and electrical products: exports value and share (66.8% of the province's exports); the products listed after ('electric vehicles, lithium batteries and industrial robots') carry no numbers.",
        "The USD figure '(about 987.4 billion U.S. dollars)' is the same observation in another currency: a separate USD fact with qualifier approx.",
        "Out of scope: 'for 39 years in a row' (streak; no ordinal stated); 'grew 0.2 percentage points faster than the country's as a whole' (derived comparison); Canton Fair session 138, Oct. 15 and 32,000 exhibitors; over 780 China-Europe freight train trips; GDP growth 4.1%; 'first nine months' of freight trains is not a trade flow.",
    ],
    "facts": [
        fact("Guangdong", "total", "value", 7.03e12, "CNY", JAN_SEP, "7.03 trillion", LEAD),
        fact("Guangdong", "total", "value", 987.4e9, "USD", JAN_SEP, "987.4 billion", LEAD, qualifier="approx"),
        fact("Guangdong", "total", "growth", 4.2, "percent", JAN_SEP, "4.2", GROWTH),
        fact("Guangdong", "total", "share", 20.9, "percent", JAN_SEP, "20.9", SHARE),
        fact("Guangdong", "exports", "growth", 1.6, "percent", JAN_SEP, "1.6", EXP),
        fact("Guangdong", "exports", "value", 4.46e12, "CNY", JAN_SEP, "4.46 trillion", EXP),
        fact("Guangdong", "imports", "growth", 9, "percent", JAN_SEP, "9", IMP),
        fact("Guangdong", "imports", "value", 2.57e12, "CNY", JAN_SEP, "2.57 trillion", IMP),
        fact("Guangdong", "total", "value", 2.48e12, "CNY", Q3, "2.48 trillion", Q3_S),
        fact("Guangdong", "total", "growth", 2.9, "percent", Q3, "2.9", Q3_S, basis="qoq"),
        fact("Shenzhen", "total", "value", 3.41e12, "CNY", JAN_SEP, "3.41 trillion", SZ),
        fact("Shenzhen", "total", "growth", 1.2, "percent", JAN_SEP, "1.2", SZ),
        fact("Shenzhen", "total", "share", 48.5, "percent", JAN_SEP, "48.5", SZ),
        fact("Guangzhou", "total", "value", 868.5e9, "CNY", JAN_SEP, "868.5 billion", GZ_DG),
        fact("Dongguan", "total", "value", 1.05e12, "CNY", JAN_SEP, "1.05 trillion", GZ_DG),
        fact("Guangzhou", "total", "growth", 6.1, "percent", JAN_SEP, "6.1", GZ_DG),
        fact("Dongguan", "total", "growth", 5.3, "percent", JAN_SEP, "5.3", GZ_DG),
        fact("Guangdong", "total", "rank", 1, "number", JAN_SEP, "largest", ASEAN, partner="ASEAN"),
        fact("Guangdong", "total", "growth", 7.6, "percent", JAN_SEP, "7.6", ASEAN, partner="ASEAN"),
        fact("Guangdong", "total", "value", 1.12e12, "CNY", JAN_SEP, "1.12 trillion", ASEAN, partner="ASEAN"),
        fact("Guangdong", "total", "growth", -18.4, "percent", JAN_SEP, "18.4", US, partner="United States"),
        fact("Guangdong", "total", "growth", 6.8, "percent", JAN_SEP, "6.8", PRIV, segment="private enterprises"),
        fact("Guangdong", "total", "value", 4.55e12, "CNY", JAN_SEP, "4.55 trillion", PRIV, segment="private enterprises"),
        fact("Guangdong", "total", "share", 64.7, "percent", JAN_SEP, "64.7", PRIV, segment="private enterprises"),
        fact("Guangdong", "total", "count", 140000, "number", JAN_SEP, "140,000", COUNT,
             segment="foreign trade enterprises", qualifier="over"),
        fact("Guangdong", "total", "count", 118000, "number", JAN_SEP, "118,000", COUNT,
             segment="private enterprises", qualifier="approx"),
        fact("Guangdong", "total", "value", 628.6e9, "CNY", JAN_SEP, "628.6 billion", CBEC, segment="cross-border e-commerce"),
        fact("Guangdong", "total", "growth", 11.5, "percent", JAN_SEP, "11.5", CBEC, segment="cross-border e-commerce"),
        fact("Guangdong", "exports", "value", 2.98e12, "CNY", JAN_SEP, "2.98 trillion", MEP,
             product="mechanical and electrical products"),
        fact("Guangdong", "exports", "share", 66.8, "percent", JAN_SEP, "66.8", MEP,
             product="mechanical and electrical products"),
    ],
}

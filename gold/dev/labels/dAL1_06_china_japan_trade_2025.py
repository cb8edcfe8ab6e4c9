from _fact import fact, period

Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
DEC = period(2025, 12)
JP = "Japan"
CN = "China"

LEAD = "Trade between China and Japan fell 1.5% last year to $303.6 billion"
EXP = "China's exports to Japan rose 1.9% to $154.9 billion in 2025"
IMP = "imports from its eastern neighbour dropped 4.8% to $148.7 billion"
BAL = "Beijing ran a surplus of $6.2 billion with Japan"
BAL24 = "against a deficit of $4.2 billion in 2024"
CNY = "In yuan terms, the two countries' trade totalled 2.18 trillion yuan, down 1.1% from a year earlier."
SHARE = "Japan accounted for 4.9% of China's total goods trade last year"
RANK = ("Japan accounted for 4.9% of China's total goods trade last year and remained its third-largest trading partner "
        "on a single-country basis")
SME = ("China's imports of semiconductor manufacturing equipment from Japan climbed 6.3% to $13.9 billion, making up "
       "9.3% of everything the country bought from Japan")
IC = "Purchases of Japanese integrated circuits, by contrast, fell 3.1% to $10.2 billion"
CARS = "Imports of Japanese-built cars slumped 28.4% to $2.9 billion, with just 61,000 vehicles arriving during the year"
DEC_S = ("December purchases of Japanese goods reached $16.1 billion, up 9.7% from a year earlier and 14.2% higher "
         "than in November")
J_EXP = "Japan's exports to China, its largest trading partner, slipped 0.4% in 2025 to 18.8 trillion yen"
J_IMP = "Imports from the world's second-largest economy rose 2.7% to 25.9 trillion yen"
J_BAL = "leaving Japan with a deficit of 7.1 trillion yen in its trade with China"

ARTICLE = {
    "id": "dAL1_06_china_japan_trade_2025",
    "title": "China's trade with Japan shrank in 2025 as diplomatic row clouded ties",
    "publisher": "Reuters",
    "published": "2026-01-22",
    "notes": [
        "'last year' = 2025 (published 2026-01-22); all annual facts 2025-01..2025-12 unless stated.",
        "Chinese customs figures: area China, partner Japan. 'imports from its eastern neighbour' = China's imports from "
        "Japan. 'Beijing ran a surplus of $6.2 billion' = balance +6.2e9 USD (Beijing = China).",
        "'against a deficit of $4.2 billion in 2024' is a stated balance for 2024: balance -4.2e9 USD, period 2024.",
        "The yuan total (2.18 trillion yuan, down 1.1%) is the same observation as the dollar total in another currency: "
        "separate CNY value fact; its yuan-based growth (-1.1) differs from the dollar growth (-1.5) and is labelled too.",
        "'third-largest trading partner on a single-country basis' = rank 3, partner Japan, flow total.",
        "Products (imports from Japan): 'semiconductor manufacturing equipment' (value, growth, share of imports from Japan), "
        "'integrated circuits' (value, growth), 'cars' (value, value growth, and 61,000 vehicles as quantity, unit number).",
        "December: China's imports from Japan $16.1bn, +9.7% yoy, and '14.2% higher than in November' = growth basis mom.",
        "Japan's Ministry of Finance figures: area Japan, partner China. 'its largest trading partner' = rank 1 (Japan / "
        "China / total). 'the world's second-largest economy' = China. 'deficit of 7.1 trillion yen' = balance -7.1e12 JPY.",
        "Out of scope, unlabelled: 'declined for a third straight year' (streak); 'a level not seen in any month since "
        "September 2022' (milestone); 'Asia's two largest economies', 'world's largest car market' (descriptions); "
        "'first quarter', 'within weeks' (no trade figure).",
    ],
    "facts": [
        fact(CN, "total", "growth", -1.5, "percent", Y25, "1.5", LEAD, partner=JP),
        fact(CN, "total", "value", 303.6e9, "USD", Y25, "303.6 billion", LEAD, partner=JP),
        fact(CN, "exports", "growth", 1.9, "percent", Y25, "1.9", EXP, partner=JP),
        fact(CN, "exports", "value", 154.9e9, "USD", Y25, "154.9 billion", EXP, partner=JP),
        fact(CN, "imports", "growth", -4.8, "percent", Y25, "4.8", IMP, partner=JP),
        fact(CN, "imports", "value", 148.7e9, "USD", Y25, "148.7 billion", IMP, partner=JP),
        fact(CN, "balance", "value", 6.2e9, "USD", Y25, "6.2 billion", BAL, partner=JP),
        fact(CN, "balance", "value", -4.2e9, "USD", Y24, "4.2 billion", BAL24, partner=JP),
        fact(CN, "total", "value", 2.18e12, "CNY", Y25, "2.18 trillion", CNY, partner=JP),
        fact(CN, "total", "growth", -1.1, "percent", Y25, "1.1", CNY, partner=JP),
        fact(CN, "total", "share", 4.9, "percent", Y25, "4.9", SHARE, partner=JP),
        fact(CN, "total", "rank", 3, "number", Y25, "third-largest", RANK, partner=JP),
        fact(CN, "imports", "growth", 6.3, "percent", Y25, "6.3", SME, partner=JP,
             product="semiconductor manufacturing equipment"),
        fact(CN, "imports", "value", 13.9e9, "USD", Y25, "13.9 billion", SME, partner=JP,
             product="semiconductor manufacturing equipment"),
        fact(CN, "imports", "share", 9.3, "percent", Y25, "9.3", SME, partner=JP,
             product="semiconductor manufacturing equipment"),
        fact(CN, "imports", "growth", -3.1, "percent", Y25, "3.1", IC, partner=JP, product="integrated circuits"),
        fact(CN, "imports", "value", 10.2e9, "USD", Y25, "10.2 billion", IC, partner=JP, product="integrated circuits"),
        fact(CN, "imports", "growth", -28.4, "percent", Y25, "28.4", CARS, partner=JP, product="cars"),
        fact(CN, "imports", "value", 2.9e9, "USD", Y25, "2.9 billion", CARS, partner=JP, product="cars"),
        fact(CN, "imports", "quantity", 61000, "number", Y25, "61,000", CARS, partner=JP, product="cars"),
        fact(CN, "imports", "value", 16.1e9, "USD", DEC, "16.1 billion", DEC_S, partner=JP),
        fact(CN, "imports", "growth", 9.7, "percent", DEC, "9.7", DEC_S, partner=JP),
        fact(CN, "imports", "growth", 14.2, "percent", DEC, "14.2", DEC_S, partner=JP, basis="mom"),
        fact(JP, "total", "rank", 1, "number", Y25, "largest", J_EXP, partner=CN),
        fact(JP, "exports", "growth", -0.4, "percent", Y25, "0.4", J_EXP, partner=CN),
        fact(JP, "exports", "value", 18.8e12, "JPY", Y25, "18.8 trillion", J_EXP, partner=CN),
        fact(JP, "imports", "growth", 2.7, "percent", Y25, "2.7", J_IMP, partner=CN),
        fact(JP, "imports", "value", 25.9e12, "JPY", Y25, "25.9 trillion", J_IMP, partner=CN),
        fact(JP, "balance", "value", -7.1e12, "JPY", Y25, "7.1 trillion", J_BAL, partner=CN),
    ],
}

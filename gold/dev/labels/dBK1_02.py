from _fact import fact, period

CN = "China"
D25 = period(2025, 12)
N25 = period(2025, 11)
D24 = period(2024, 12)
Y25 = period(2025, 1, 12)
Y24 = period(2024, 1, 12)
IO = "iron ore"
COAL = "coal"

ARTICLE = {
    "id": "dBK1_02",
    "title": "China's iron ore imports hit record in 2025 as December arrivals surge; coal slumps",
    "publisher": "Reuters",
    "published": "2026-01-20",
    "notes": [
        "Real figures (GAC, as reported in January 2026): iron ore December 119.65 Mt, +8.2% m/m, +6.4% y/y; "
        "2025 about 1.26 billion t, +1.8%; November iron ore 110.54 Mt; coal December 58.59 Mt (record), "
        "2025 490.27 Mt, down 9.6% from 542.7 Mt; coal December +33% m/m, +11.9% y/y on 52.35 Mt; Indonesia coal 211 Mt, "
        "-12.3%, about 43%. Invented but plausible: the iron ore supplier figures (Australia, Brazil), the other coal "
        "supplier figures (Mongolia, Russia, Australia; loosely guided by reported direction of change), coal November "
        "44.06 Mt (derived), the iron ore 2024 total as rounded.",
        "Judgement calls: 'December' and 'last year' in a story dated 2026-01-20 are December 2025 and 2025; "
        "'6.4% above the 112.45 million tons recorded in December 2024' is yoy growth of December 2025 plus a separate "
        "December 2024 quantity (the year named is the comparison base of the growth, and the period of the base figure); "
        "'up 8.2% from ... November' and '33% more than the ... bought in November' are mom; 'That was ...' carries coal "
        "December from the previous sentence (subject carried). Every table cell restates a body figure (unit from the header, million "
        "metric tons): each observation is labelled once with body evidence; the table's 1,259.6 and 1,237.4 are the body's "
        "1.26 billion and 1.24 billion (the coarser body statements are kept). 'largest supplier' -> rank 1; "
        "'second-largest source'/'second place' -> rank 2; 'the dominant supplier' states no number, so no rank fact.",
        "Not facts: 3.86 million tons a day (daily average); third straight annual record, fifth year (streaks); "
        "steel output (not a trade flow); $105 a ton (price); 155 million tons (port inventories, not a flow); "
        "10 years / a decade (milestone); another 5% in 2026 (forecast); late November, mid-January (dates).",
        "Copy check: 21 sentences searched (headline, subhead and table intro included), 1 reworded (the December coal sentence, same clause order as a real story); the Indonesia, Mongolia, Russia, Australian-coal and December-2024 coal figures were also changed to agree with real reporting found during the check. Lint gap: a table cell whose scale comes only from the table header fails the value_text parse, so every table cell here restates a body figure. Second check: 21 sentences searched, 0 reworded.",
    ],
    "facts": [
        # iron ore, December
        fact(CN, "imports", "quantity", 119.65e6, "tonnes", D25, "119.65 million",
             "took in 119.65 million metric tons of the steelmaking ingredient in December", product=IO),
        fact(CN, "imports", "growth", 8.2, "percent", D25, "8.2",
             "up 8.2% from 110.54 million tons in November", product=IO, basis="mom"),
        fact(CN, "imports", "growth", 6.4, "percent", D25, "6.4",
             "6.4% above the 112.45 million tons recorded in December 2024", product=IO),
        # iron ore, full year
        fact(CN, "imports", "growth", 1.8, "percent", Y25, "1.8",
             "Full-year imports climbed 1.8% to 1.26 billion tons", product=IO),
        fact(CN, "imports", "quantity", 1.26e9, "tonnes", Y25, "1.26 billion",
             "Full-year imports climbed 1.8% to 1.26 billion tons", product=IO),
        # iron ore suppliers
        fact(CN, "imports", "quantity", 741.3e6, "tonnes", Y25, "741.3 million",
             "Australia, the dominant supplier, shipped 741.3 million tons to China in 2025",
             partner="Australia", product=IO),
        fact(CN, "imports", "growth", -0.9, "percent", Y25, "0.9",
             "Australia, the dominant supplier, shipped 741.3 million tons to China in 2025, down 0.9% on the year",
             partner="Australia", product=IO),
        fact(CN, "imports", "share", 59, "percent", Y25, "59",
             "Australia, the dominant supplier, shipped 741.3 million tons to China in 2025, down 0.9% on the year and equal to about 59% of total arrivals",
             partner="Australia", product=IO, qualifier="approx"),
        fact(CN, "imports", "rank", 2, "number", Y25, "second",
             "Brazil, the second-largest source", partner="Brazil", product=IO),
        fact(CN, "imports", "quantity", 271.5e6, "tonnes", Y25, "271.5 million",
             "Brazil, the second-largest source, sent 271.5 million tons", partner="Brazil", product=IO),
        fact(CN, "imports", "growth", 3.4, "percent", Y25, "3.4",
             "Brazil, the second-largest source, sent 271.5 million tons, up 3.4%", partner="Brazil", product=IO),
        # coal, December
        fact(CN, "imports", "quantity", 58.59e6, "tonnes", D25, "58.59 million",
             "pushed coal imports to a record 58.59 million tons in December", product=COAL),
        fact(CN, "imports", "growth", 33, "percent", D25, "33",
             "That was 33% more than the 44.06 million tons bought in November", product=COAL, basis="mom"),
        fact(CN, "imports", "growth", 11.9, "percent", D25, "11.9",
             "11.9% above the 52.35 million tons of December 2024", product=COAL),
        # coal, full year
        fact(CN, "imports", "growth", -9.6, "percent", Y25, "9.6",
             "For the full year, however, shipments fell 9.6%", product=COAL),
        fact(CN, "imports", "quantity", 490.27e6, "tonnes", Y25, "490.27 million",
             "For the full year, however, shipments fell 9.6% to 490.27 million tons", product=COAL),
        # coal suppliers
        fact(CN, "imports", "rank", 1, "number", Y25, "largest",
             "Indonesia, the largest supplier", partner="Indonesia", product=COAL),
        fact(CN, "imports", "quantity", 211e6, "tonnes", Y25, "211 million",
             "Indonesia, the largest supplier, sold 211 million tons to China last year",
             partner="Indonesia", product=COAL),
        fact(CN, "imports", "share", 43, "percent", Y25, "43",
             "Indonesia, the largest supplier, sold 211 million tons to China last year, about 43% of the total",
             partner="Indonesia", product=COAL, qualifier="approx"),
        fact(CN, "imports", "growth", -12.3, "percent", Y25, "12.3",
             "Indonesia, the largest supplier, sold 211 million tons to China last year, about 43% of the total and 12.3% less than in 2024",
             partner="Indonesia", product=COAL),
        fact(CN, "imports", "rank", 2, "number", Y25, "second",
             "Mongolia climbed to second place", partner="Mongolia", product=COAL),
        fact(CN, "imports", "quantity", 87.0e6, "tonnes", Y25, "87.0 million",
             "Mongolia climbed to second place with 87.0 million tons", partner="Mongolia", product=COAL),
        fact(CN, "imports", "growth", 5.0, "percent", Y25, "5.0",
             "Mongolia climbed to second place with 87.0 million tons, up 5.0%", partner="Mongolia", product=COAL),
        fact(CN, "imports", "quantity", 9.87e6, "tonnes", D25, "9.87 million",
             "its December deliveries hit a monthly record of 9.87 million tons", partner="Mongolia", product=COAL),
        fact(CN, "imports", "growth", -9.2, "percent", Y25, "9.2",
             "Arrivals from Russia dropped 9.2% to 86.5 million tons", partner="Russia", product=COAL),
        fact(CN, "imports", "quantity", 86.5e6, "tonnes", Y25, "86.5 million",
             "Arrivals from Russia dropped 9.2% to 86.5 million tons", partner="Russia", product=COAL),
        fact(CN, "imports", "growth", -8.0, "percent", Y25, "8.0",
             "Australian coal slipped 8.0% to 76.6 million tons", partner="Australia", product=COAL),
        fact(CN, "imports", "quantity", 76.6e6, "tonnes", Y25, "76.6 million",
             "Australian coal slipped 8.0% to 76.6 million tons", partner="Australia", product=COAL),
        # base figures stated in the body (the table's Nov 2025, Dec 2024 and 2024 cells restate them)
        fact(CN, "imports", "quantity", 110.54e6, "tonnes", N25, "110.54 million",
             "up 8.2% from 110.54 million tons in November", product=IO),
        fact(CN, "imports", "quantity", 112.45e6, "tonnes", D24, "112.45 million",
             "the 112.45 million tons recorded in December 2024", product=IO),
        fact(CN, "imports", "quantity", 1.24e9, "tonnes", Y24, "1.24 billion",
             "Full-year imports climbed 1.8% to 1.26 billion tons from 1.24 billion in 2024", product=IO),
        fact(CN, "imports", "quantity", 44.06e6, "tonnes", N25, "44.06 million",
             "the 44.06 million tons bought in November", product=COAL),
        fact(CN, "imports", "quantity", 52.35e6, "tonnes", D24, "52.35 million",
             "the 52.35 million tons of December 2024", product=COAL),
        fact(CN, "imports", "quantity", 542.7e6, "tonnes", Y24, "542.7 million",
             "shipments fell 9.6% to 490.27 million tons from 542.7 million tons in 2024", product=COAL),
    ],
}

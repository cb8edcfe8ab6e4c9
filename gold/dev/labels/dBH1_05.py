from _fact import fact, period

Q13 = period(2025, 1, 9)
IM = "Inner Mongolia"
MN = "Mongolia"
RU = "Russia"

ARTICLE = {
    "id": "dBH1_05",
    "title": "Inner Mongolia's trade with Mongolia, Russia stays on track in first three quarters",
    "publisher": "Xinhua",
    "published": "2025-10-28",
    "notes": [
        "Real (Xinhua/Neimenggu Ribao, 28 Oct 2025): total trade 155.59 billion yuan (+1%), trade with Mongolia "
        "56.12 billion and with Russia 20.62 billion yuan, growth of trade with Chile (+66.1%) and Peru (+50.9%), "
        "Belt and Road partner countries 122.11 billion yuan (78.5%), 179 countries and regions.",
        "Derived: the USD conversion (155.59 / 7.12); the shares 36.1% (56.12/155.59) and 13.3% (20.62/155.59); the "
        "deficit 33.91 billion (60.84 - 94.75).",
        "Invented: the export/import split (60.84 / 94.75 billion, +6.2% / -2.1%, chosen to give +1% overall), growth "
        "of trade with Mongolia (-3.8%) and Russia (-7.9%), exports to / imports from Mongolia (14.37 / 41.75 billion, "
        "+11.4% / -8.1%, consistent with the -3.8%), coal tonnage and value (47.32 million tonnes, 23.05 billion, "
        "-21.4%, +5.6% by weight), copper concentrate (2.14 million tonnes, 31.68 billion), Erenhot and Manzhouli "
        "city trade (18.76 billion +4.9%, 17.32 billion -6.4%), 3,050 trains, 20 land ports, the 2027 target.",
        "Area: 'the region' / 'the autonomous region' / 'its' resolved to Inner Mongolia throughout. Erenhot and "
        "Manzhouli figures are labelled with the port city as area (the text frames them as the city's imports and "
        "exports / the city's trade), partner null.",
        "Out of scope by design: '5.6 percent more by weight' (volume growth beside value growth), the 4,200 km border, "
        "3,050 freight trains, 20 land ports, the 150-million-tonne target for 2027 (a target), 'China's biggest overland "
        "crossing into Mongolia' (a descriptor ranking a port, not a "
        "trade flow, here Erenhot), 'two most important markets' (a cardinal, not a rank of one partner).",
        "Copper concentrate: partner null (origins are listed as 'mainly from Mongolia, Chile and Peru', so the figure "
        "is not restricted to one partner). Coal: partner Mongolia ('Mongolian coal').",
        "'56.12 and 20.62 billion yuan respectively': value_text '56.12' takes its scale from the list (lint "
        "list_scale).",
        "Copy check: 8 sentences searched in the pages corpus; none found in a real story, 1 reworded anyway (the Belt "
        "and Road share sentence, whose 'accounting for X percent of the region's total' matched a 2024 Xinhua "
        "formula word for word; now 'making up X percent of the regional total').",
        "Copy check (independent): 18 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(IM, "total", "growth", 1, "percent", Q13, "1",
             "Foreign trade in north China's Inner Mongolia Autonomous Region edged up 1 percent year on year"),
        fact(IM, "total", "value", 155.59e9, "CNY", Q13, "155.59 billion",
             "Foreign trade in north China's Inner Mongolia Autonomous Region edged up 1 percent year on year to "
             "155.59 billion yuan"),
        fact(IM, "total", "value", 21.85e9, "USD", Q13, "21.85 billion",
             "155.59 billion yuan (about 21.85 billion U.S. dollars) in the first three quarters of 2025",
             qualifier="approx"),
        fact(IM, "exports", "value", 60.84e9, "CNY", Q13, "60.84 billion",
             "The region exported 60.84 billion yuan of goods in the period, an increase of 6.2 percent"),
        fact(IM, "exports", "growth", 6.2, "percent", Q13, "6.2",
             "The region exported 60.84 billion yuan of goods in the period, an increase of 6.2 percent"),
        fact(IM, "imports", "growth", -2.1, "percent", Q13, "2.1",
             "its imports declined 2.1 percent to 94.75 billion yuan"),
        fact(IM, "imports", "value", 94.75e9, "CNY", Q13, "94.75 billion",
             "its imports declined 2.1 percent to 94.75 billion yuan"),
        fact(IM, "balance", "value", -33.91e9, "CNY", Q13, "33.91 billion",
             "That left the autonomous region with a trade deficit of 33.91 billion yuan"),
        fact(IM, "total", "value", 56.12e9, "CNY", Q13, "56.12",
             "Trade with the two neighbors came to 56.12 and 20.62 billion yuan respectively", partner=MN),
        fact(IM, "total", "value", 20.62e9, "CNY", Q13, "20.62 billion",
             "Trade with the two neighbors came to 56.12 and 20.62 billion yuan respectively", partner=RU),
        fact(IM, "total", "growth", -3.8, "percent", Q13, "3.8",
             "Trade with the two neighbors came to 56.12 and 20.62 billion yuan respectively, down 3.8 percent and "
             "7.9 percent from a year earlier", partner=MN),
        fact(IM, "total", "growth", -7.9, "percent", Q13, "7.9",
             "Trade with the two neighbors came to 56.12 and 20.62 billion yuan respectively, down 3.8 percent and "
             "7.9 percent from a year earlier", partner=RU),
        fact(IM, "total", "rank", 1, "number", Q13, "largest",
             "Mongolia stayed the largest trading partner of the region", partner=MN),
        fact(IM, "total", "share", 36.1, "percent", Q13, "36.1",
             "Mongolia stayed the largest trading partner of the region, with a 36.1-percent share of its foreign trade",
             partner=MN),
        fact(IM, "total", "rank", 2, "number", Q13, "second",
             "Russia ranked second at 13.3 percent", partner=RU),
        fact(IM, "total", "share", 13.3, "percent", Q13, "13.3",
             "Russia ranked second at 13.3 percent", partner=RU),
        fact(IM, "exports", "value", 14.37e9, "CNY", Q13, "14.37 billion",
             "The region sold 14.37 billion yuan of goods to Mongolia, 11.4 percent more than a year before",
             partner=MN),
        fact(IM, "exports", "growth", 11.4, "percent", Q13, "11.4",
             "The region sold 14.37 billion yuan of goods to Mongolia, 11.4 percent more than a year before",
             partner=MN),
        fact(IM, "imports", "growth", -8.1, "percent", Q13, "8.1",
             "Its purchases from Mongolia fell 8.1 percent to 41.75 billion yuan", partner=MN),
        fact(IM, "imports", "value", 41.75e9, "CNY", Q13, "41.75 billion",
             "Its purchases from Mongolia fell 8.1 percent to 41.75 billion yuan", partner=MN),
        fact(IM, "imports", "quantity", 47.32e6, "tonnes", Q13, "47.32 million",
             "The region brought in 47.32 million tonnes of Mongolian coal between January and September",
             partner=MN, product="coal"),
        fact(IM, "imports", "growth", -21.4, "percent", Q13, "21.4",
             "softer prices pulled the value of those imports down 21.4 percent to 23.05 billion yuan",
             partner=MN, product="coal"),
        fact(IM, "imports", "value", 23.05e9, "CNY", Q13, "23.05 billion",
             "softer prices pulled the value of those imports down 21.4 percent to 23.05 billion yuan",
             partner=MN, product="coal"),
        fact(IM, "imports", "quantity", 2.14e6, "tonnes", Q13, "2.14 million",
             "the region took in 2.14 million tonnes of it, worth 31.68 billion yuan", product="copper concentrate"),
        fact(IM, "imports", "value", 31.68e9, "CNY", Q13, "31.68 billion",
             "the region took in 2.14 million tonnes of it, worth 31.68 billion yuan", product="copper concentrate"),
        fact(IM, "total", "growth", 66.1, "percent", Q13, "66.1",
             "Trade with Chile and Peru grew 66.1 percent and 50.9 percent, respectively", partner="Chile"),
        fact(IM, "total", "growth", 50.9, "percent", Q13, "50.9",
             "Trade with Chile and Peru grew 66.1 percent and 50.9 percent, respectively", partner="Peru"),
        fact("Erenhot", "total", "growth", 4.9, "percent", Q13, "4.9",
             "Erenhot, China's biggest overland crossing into Mongolia, saw its imports and exports climb 4.9 percent "
             "to 18.76 billion yuan"),
        fact("Erenhot", "total", "value", 18.76e9, "CNY", Q13, "18.76 billion",
             "Erenhot, China's biggest overland crossing into Mongolia, saw its imports and exports climb 4.9 percent "
             "to 18.76 billion yuan"),
        fact("Manzhouli", "total", "value", 17.32e9, "CNY", Q13, "17.32 billion",
             "Manzhouli, the region's main gateway to Russia, recorded 17.32 billion yuan of trade"),
        fact("Manzhouli", "total", "growth", -6.4, "percent", Q13, "6.4",
             "Manzhouli, the region's main gateway to Russia, recorded 17.32 billion yuan of trade, a drop of 6.4 percent"),
        fact(IM, "total", "value", 122.11e9, "CNY", Q13, "122.11 billion",
             "Trade with Belt and Road partner countries reached 122.11 billion yuan",
             partner="Belt and Road partner countries"),
        fact(IM, "total", "share", 78.5, "percent", Q13, "78.5",
             "Trade with Belt and Road partner countries reached 122.11 billion yuan, making up 78.5 percent of the "
             "regional total", partner="Belt and Road partner countries"),
        fact(IM, "total", "count", 179, "number", Q13, "179",
             "The autonomous region did business with 179 countries and regions during the period",
             segment="trading partners"),
    ],
}

from _fact import fact, period

CN = "China"
JO = period(2026, 1, 10)
OCT = period(2026, 10)
Q13 = period(2026, 1, 9)
NT = "new three"
CBE = "cross-border e-commerce"

E_LEAD = ("Electric vehicles, lithium-ion batteries and solar cells, the green product group that policymakers have taken "
          "to calling the \"new three\", earned China 1.12 trillion yuan (about $157.7 billion) in overseas sales during "
          "the first 10 months of this year")
E_GAIN = "That total marked a gain of 14.7 percent over January-October 2025"
E_ALL = "Overall exports grew 3.8 percent in the period to 22.96 trillion yuan"
E_SHARE = "the three products represented 4.9 percent of China's outbound shipments in the 10 months"
E_RESP = ("By product, overseas sales of electric vehicles, lithium-ion batteries and solar cells came to 412.5, 548.6 "
          "and 158.9 billion yuan respectively")
E_GROW = ("Electric vehicle and lithium-ion battery shipments grew 21.3 percent and 16.2 percent year-on-year, while solar "
          "cell exports declined 3.4 percent")
E_EV = ("Electric vehicles made up 36.8 percent of the trio's combined export value, and carmakers sent 2.46 million of "
        "them abroad")
E_OCT = ("Last month alone, exports of the three products totaled 122.4 billion yuan, up 18.9 percent year-on-year and "
         "6.1 percent higher than in September")
E_EU = ("The European Union remained the largest market for the trio, buying 298.7 billion yuan worth of them, though "
        "that figure slipped 2.1 percent")
E_ASEAN = "Sales to ASEAN members jumped 27.4 percent to 176.3 billion yuan"
E_BRI = ("Belt and Road partner countries together absorbed 53.2 percent of new three exports, and the products were "
         "shipped to more than 220 countries and regions over the period")
E_CBE = ("Preliminary customs estimates put the sector's imports and exports at 2.06 trillion yuan in the first three "
         "quarters, up 6.8 percent year-on-year")
E_CBE_SHARE = "E-commerce across borders accounted for 6 percent of China's total goods trade in those nine months"
E_CBE_FLOWS = ("Cross-border online exports rose 8.9 percent to 1.62 trillion yuan, while such imports edged down 0.3 "
               "percent to 440 billion yuan")
E_US = ("The United States was again the largest destination for goods sold online across borders, taking 31.8 percent "
        "of the sector's exports")

ARTICLE = {
    "id": "dBU1_04",
    "title": "China's 'new three' exports top 1.1 trillion yuan as green trio gains ground",
    "publisher": "China Daily",
    "published": "2026-11-15",
    "notes": [
        "Real figures: none (January-October 2026 has not happened). Modelled on customs briefings and China Daily / "
        "Xinhua reporting of 'new three' exports (2023-2025) and GAC cross-border e-commerce releases (US share of "
        "e-commerce exports around a third, UK next). Invented: all figures (new three 1.12 trillion yuan, EV / "
        "lithium-ion battery / solar cell values 412.5, 548.6, 158.9 billion, growth rates, 2.46 million vehicles, "
        "October 122.4 billion, EU 298.7 billion, ASEAN 176.3 billion, Belt and Road share 53.2, e-commerce 2.06 "
        "trillion, 1.62 trillion, 440 billion, shares 6, 31.8, 8.4). Derived: 412.5 + 548.6 + 158.9 = 1,120.0 billion "
        "= 1.12 trillion; total growth 14.7 is the weighted result of 21.3, 16.2 and -3.4; share 4.9 = 1.12/22.96; EV "
        "share 36.8 = 412.5/1,120; USD at about 7.1 yuan per dollar; e-commerce 1.62 + 0.44 = 2.06 trillion with growth "
        "6.8 consistent with 8.9 and -0.3.",
        "Judgement calls: the headline's 'top 1.1 trillion' is a threshold for the same observation as the body's exact "
        "1.12 trillion, so only the exact figure is labelled. 'This year' is 2026 and 'last month' is October 2026 "
        "(published 2026-11-15). The October growth 'higher than in September' is month-on-month (basis mom). The "
        "respectively list takes its scale word from the last item. The 2.46 million vehicles are a quantity (unit "
        "number, product electric vehicles). 'more than 220 countries and regions' is a count of trading partners for "
        "new three exports (qualifier over). The e-commerce figures run over the first three quarters (Jan-Sep), not the "
        "article's January-October period; the partner shares in the e-commerce paragraph take that period too. "
        "'Britain' is partner United Kingdom; 'next' is not an ordinal word, so no rank is labelled for Britain. The "
        "e-commerce share of 6 percent is a share of total goods trade (flow total, segment cross-border e-commerce).",
        "Not facts: 0.6 percentage point contribution and 0.5 percentage point share change (derived comparisons); "
        "'25.7 percent more units' (volume growth beside the EV value growth); countervailing duties 'of up to 35.3 "
        "percent' (a tariff rate); the forecast of 10 to 12 percent in 2027; 'more than 2,500 overseas warehouses' (not "
        "a trade flow); 'the first 10 days of November' (part of a month, and no figure); the years 2025 and 2027.",
        "Copy check: 9 sentences searched, 0 reworded (no close match found). Two sentences were later reworded for "
        "self-contained evidence (the EV/battery growth sentence and the e-commerce share/flows sentences), numbers "
        "unchanged.",
        "Second check: 27 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 1.12e12, "CNY", JO, "1.12 trillion", E_LEAD, product=NT),
        fact(CN, "exports", "value", 157.7e9, "USD", JO, "$157.7 billion", E_LEAD, product=NT, qualifier="approx"),
        fact(CN, "exports", "growth", 14.7, "percent", JO, "14.7", E_GAIN, product=NT),
        fact(CN, "exports", "value", 22.96e12, "CNY", JO, "22.96 trillion", E_ALL),
        fact(CN, "exports", "growth", 3.8, "percent", JO, "3.8", E_ALL),
        fact(CN, "exports", "share", 4.9, "percent", JO, "4.9", E_SHARE, product=NT),
        fact(CN, "exports", "value", 412.5e9, "CNY", JO, "412.5", E_RESP, product="electric vehicles"),
        fact(CN, "exports", "value", 548.6e9, "CNY", JO, "548.6", E_RESP, product="lithium-ion batteries"),
        fact(CN, "exports", "value", 158.9e9, "CNY", JO, "158.9 billion", E_RESP, product="solar cells"),
        fact(CN, "exports", "growth", 21.3, "percent", JO, "21.3", E_GROW, product="electric vehicles"),
        fact(CN, "exports", "growth", 16.2, "percent", JO, "16.2", E_GROW, product="lithium-ion batteries"),
        fact(CN, "exports", "growth", -3.4, "percent", JO, "3.4", E_GROW, product="solar cells"),
        fact(CN, "exports", "share", 36.8, "percent", JO, "36.8", E_EV, product="electric vehicles"),
        fact(CN, "exports", "quantity", 2.46e6, "number", JO, "2.46 million", E_EV, product="electric vehicles"),
        fact(CN, "exports", "value", 122.4e9, "CNY", OCT, "122.4 billion", E_OCT, product=NT),
        fact(CN, "exports", "growth", 18.9, "percent", OCT, "18.9", E_OCT, product=NT),
        fact(CN, "exports", "growth", 6.1, "percent", OCT, "6.1", E_OCT, product=NT, basis="mom"),
        fact(CN, "exports", "rank", 1, "number", JO, "largest", E_EU, partner="European Union", product=NT),
        fact(CN, "exports", "value", 298.7e9, "CNY", JO, "298.7 billion", E_EU, partner="European Union", product=NT),
        fact(CN, "exports", "growth", -2.1, "percent", JO, "2.1", E_EU, partner="European Union", product=NT),
        fact(CN, "exports", "value", 176.3e9, "CNY", JO, "176.3 billion", E_ASEAN, partner="ASEAN", product=NT),
        fact(CN, "exports", "growth", 27.4, "percent", JO, "27.4", E_ASEAN, partner="ASEAN", product=NT),
        fact(CN, "exports", "share", 53.2, "percent", JO, "53.2", E_BRI, partner="Belt and Road partner countries",
             product=NT),
        fact(CN, "exports", "count", 220, "number", JO, "220", E_BRI, product=NT, segment="trading partners",
             qualifier="over"),
        fact(CN, "total", "value", 2.06e12, "CNY", Q13, "2.06 trillion", E_CBE, segment=CBE),
        fact(CN, "total", "growth", 6.8, "percent", Q13, "6.8", E_CBE, segment=CBE),
        fact(CN, "total", "share", 6, "percent", Q13, "6", E_CBE_SHARE, segment=CBE),
        fact(CN, "exports", "value", 1.62e12, "CNY", Q13, "1.62 trillion", E_CBE_FLOWS, segment=CBE),
        fact(CN, "exports", "growth", 8.9, "percent", Q13, "8.9", E_CBE_FLOWS, segment=CBE),
        fact(CN, "imports", "value", 440e9, "CNY", Q13, "440 billion", E_CBE_FLOWS, segment=CBE),
        fact(CN, "imports", "growth", -0.3, "percent", Q13, "0.3", E_CBE_FLOWS, segment=CBE),
        fact(CN, "exports", "rank", 1, "number", Q13, "largest", E_US, partner="United States", segment=CBE),
        fact(CN, "exports", "share", 31.8, "percent", Q13, "31.8", E_US, partner="United States", segment=CBE),
        fact(CN, "exports", "share", 8.4, "percent", Q13, "8.4", E_US + ", with Britain next at 8.4 percent",
             partner="United Kingdom", segment=CBE),
    ],
}

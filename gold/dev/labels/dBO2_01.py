from _fact import fact, period

US = "United States"
SEP = period(2026, 9)
AUG = period(2026, 8)
YTD = period(2026, 1, 9)
YTD25 = period(2025, 1, 9)
GS = "goods and services"

E_HEAD = "the September shortfall on goods and services at $58.4 billion, 8.3% smaller than a revised $63.7 billion in August"
E_FLOWS = "Sales of U.S. goods and services abroad rose 1.6% on the month to $289.6 billion, while total imports slipped 0.2% to $348.0 billion"
E_CAP = "shipments of capital goods such as aircraft engines and semiconductors advanced 2.9% to $63.4 billion from August"
E_CONS = ("purchases of foreign consumer goods, including cellphones and pharmaceutical preparations, fell 4.7% from the "
          "previous month to $66.9 billion")
E_GBAL = "That left the goods trade deficit 6.1% smaller than in August, at $90.6 billion."
E_SERV = ("Services exports rose to a record $103.3 billion, while services imports were little changed at $71.1 billion, "
          "giving the United States a surplus of $32.2 billion in that category")
E_CN = "the goods trade deficit with China, a longtime target of Washington's tariff policy, fell 11.2% from August to $19.8 billion in September"
E_CN2 = "Imports from China dropped to $27.5 billion, and exports to the country came to $7.7 billion"
E_EU = "The gap with the European Union widened 9.7% on the month to $21.4 billion"
E_YTD = ("For the first nine months of the year, the goods and services deficit totaled $571.3 billion, 26.5% smaller than "
         "the $776.8 billion gap run up in January-September 2025")
E_YTD2 = "Year-to-date exports were up 4.0%, while imports were down 3.4%"

ARTICLE = {
    "id": "dBO2_01",
    "title": "US trade deficit shrinks in September as consumer goods imports retreat",
    "publisher": "Reuters",
    "published": "2026-11-05",
    "notes": [
        "Real figures: none for 2026 (September 2026 has not happened). Modelled on Reuters/Census September reports; the "
        "January-September 2025 deficit of $776.8 billion is the sum of the 2025 monthly deficits as first reported "
        "(modelled on real, not checked against revisions). Invented: every September/August 2026 figure, partner "
        "deficits, year-to-date 2026 figures. Derived: exports - imports = -58.4 (289.6 - 348.0); goods 186.3 - 276.9 = "
        "-90.6; services 103.3 - 71.1 = 32.2; -90.6 + 32.2 = -58.4; August deficit 63.7 implies -8.3%; August goods deficit "
        "96.5 implies -6.1%; China 27.5 - 7.7 = 19.8; 571.3 / 776.8 - 1 = -26.5%.",
        "Judgement calls: all monthly changes are month-on-month (basis mom) -- each sentence carries its own cue "
        "('on the month', 'from August', 'from the previous month', 'than in August'); total exports, imports and balance "
        "are goods and services (product 'goods and services'); goods-only figures and the partner deficits (goods trade) "
        "have product null; the revised August deficit is labelled as its own August fact; the deficit's growth follows "
        "its wording ('8.3% smaller', '6.1% smaller', '26.5% smaller', 'fell 11.2%' -> negative; 'widened 9.7%' -> +9.7); "
        "the January-September 2025 deficit is its own fact with period 2025-01..2025-09; year-to-date export/import "
        "growth rates are goods and services for 2026-01..2026-09.",
        "Not facts: the $61.0 billion Reuters-poll estimate (forecast); the 10% baseline tariff and 50% levies (tariff "
        "rates); the dollar's 7% fall (exchange rate); the $4.4 billion rise in goods exports (an absolute change derived "
        "from two levels); 'half a percentage point' of GDP (not a trade flow, and a forecast); the $60 billion a month "
        "expectation (forecast); years 2025 and 2027; 'record' (milestone).",
        "Copy check: 9 sentences searched (lead, headline deficit, poll estimate, exports/imports, consumer goods, quote, "
        "Vietnam, year-to-date, GDP/tariff paragraphs); 4 reworded (lead, headline deficit, poll estimate, exports "
        "sentence) because real Reuters/RTT sentences had the same clause order and wording.",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -58.4e9, "USD", SEP, "$58.4 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", -8.3, "percent", SEP, "8.3", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -63.7e9, "USD", AUG, "$63.7 billion", E_HEAD, product=GS),
        fact(US, "exports", "value", 289.6e9, "USD", SEP, "$289.6 billion", E_FLOWS, product=GS),
        fact(US, "exports", "growth", 1.6, "percent", SEP, "1.6", E_FLOWS, product=GS, basis="mom"),
        fact(US, "imports", "value", 348.0e9, "USD", SEP, "$348.0 billion", E_FLOWS, product=GS),
        fact(US, "imports", "growth", -0.2, "percent", SEP, "0.2", E_FLOWS, product=GS, basis="mom"),
        fact(US, "exports", "value", 186.3e9, "USD", SEP, "$186.3 billion",
             "The value of goods sent abroad came to $186.3 billion"),
        fact(US, "exports", "value", 63.4e9, "USD", SEP, "$63.4 billion", E_CAP, product="capital goods"),
        fact(US, "exports", "growth", 2.9, "percent", SEP, "2.9", E_CAP, product="capital goods", basis="mom"),
        fact(US, "imports", "value", 276.9e9, "USD", SEP, "$276.9 billion", "Goods imports edged down to $276.9 billion"),
        fact(US, "imports", "value", 66.9e9, "USD", SEP, "$66.9 billion", E_CONS, product="consumer goods"),
        fact(US, "imports", "growth", -4.7, "percent", SEP, "4.7", E_CONS, product="consumer goods", basis="mom"),
        fact(US, "balance", "value", -90.6e9, "USD", SEP, "$90.6 billion", E_GBAL),
        fact(US, "balance", "growth", -6.1, "percent", SEP, "6.1", E_GBAL, basis="mom"),
        fact(US, "exports", "value", 103.3e9, "USD", SEP, "$103.3 billion", E_SERV, product="services"),
        fact(US, "imports", "value", 71.1e9, "USD", SEP, "$71.1 billion", E_SERV, product="services"),
        fact(US, "balance", "value", 32.2e9, "USD", SEP, "$32.2 billion", E_SERV, product="services"),
        fact(US, "balance", "value", -19.8e9, "USD", SEP, "$19.8 billion", E_CN, partner="China"),
        fact(US, "balance", "growth", -11.2, "percent", SEP, "11.2", E_CN, partner="China", basis="mom"),
        fact(US, "imports", "value", 27.5e9, "USD", SEP, "$27.5 billion", E_CN2, partner="China"),
        fact(US, "exports", "value", 7.7e9, "USD", SEP, "$7.7 billion", E_CN2, partner="China"),
        fact(US, "balance", "value", -21.4e9, "USD", SEP, "$21.4 billion", E_EU, partner="European Union"),
        fact(US, "balance", "growth", 9.7, "percent", SEP, "9.7", E_EU, partner="European Union", basis="mom"),
        fact(US, "balance", "value", -17.1e9, "USD", SEP, "$17.1 billion",
             "The goods deficit with Mexico was steady at $17.1 billion", partner="Mexico"),
        fact(US, "balance", "value", -14.6e9, "USD", SEP, "$14.6 billion",
             "The shortfall with Vietnam swelled to a record $14.6 billion", partner="Vietnam"),
        fact(US, "balance", "value", -571.3e9, "USD", YTD, "$571.3 billion", E_YTD, product=GS),
        fact(US, "balance", "growth", -26.5, "percent", YTD, "26.5", E_YTD, product=GS),
        fact(US, "balance", "value", -776.8e9, "USD", YTD25, "$776.8 billion", E_YTD, product=GS),
        fact(US, "exports", "growth", 4.0, "percent", YTD, "4.0", E_YTD2, product=GS),
        fact(US, "imports", "growth", -3.4, "percent", YTD, "3.4", E_YTD2, product=GS),
    ],
}

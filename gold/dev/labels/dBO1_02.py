from _fact import fact, period

CN = "China"
AUG = period(2026, 8)
JUL = period(2026, 7)
YTD = period(2026, 1, 8)
YTD_25 = period(2025, 1, 8)

E_EXP = ("Outbound shipments rose 6.1% from a year earlier to $341.5 billion, beating the 4.5% gain forecast in a "
         "Reuters poll of economists and picking up from 5.2% growth in July.")
E_IMP = "Imports climbed 3.4% to $226.9 billion, ahead of the poll's estimate of a 2.0% increase, after contracting 1.8% in July."
E_MOM = "exports were 2.4% higher than in July, while imports were 0.3% lower."
E_BAL = "That left a trade surplus of $114.6 billion for the month, up from $105.8 billion in July"
E_US = "Shipments to the United States fell 9.6% year-on-year to $42.9 billion"
E_US_IMP = "Imports from the United States dropped 21.5%"
E_EU_ASEAN = ("exports to the European Union jumped 11.2% to $52.4 billion, and those to the 10-member Association of "
              "Southeast Asian Nations surged 17.3% to $61.7 billion")
E_SOY = "Soybean arrivals for August came to 11.63 million tonnes, down 5.3% from a year before"
E_CRUDE = "crude oil imports grew 4.2% to 49.87 million tonnes"
E_ORE = "Iron ore imports reached 108.4 million tonnes, up 2.9%"
E_RE = "Exports of rare earths climbed to 5,820 tonnes last month, 12.4% more than in July"
E_RE_YTD = "Rare-earth shipments in the first eight months totalled 44,760 tonnes."
E_YTD_BAL = "For January-August, China's trade surplus stood at $842.7 billion, compared with $785.3 billion a year earlier."
E_YTD = "Exports over the eight months rose 5.4%, while imports slipped 0.6%."

RE = "rare earths"

ARTICLE = {
    "id": "dBO1_02",
    "title": "China's August exports top forecasts as Europe, Southeast Asia offset U.S. slide",
    "publisher": "Reuters",
    "published": "2026-09-08",
    "notes": [
        "Real figures: none (August 2026 has not happened). Modelled on Reuters coverage of China's August 2025 "
        "trade (exports +4.4%, imports +1.3%, surplus $102.3 billion, exports to the US -33%, August rare-earth "
        "exports 5,792 t and 44,355 t for January-August 2025). Invented: every 2026 figure and the January-August "
        "2025 surplus of $785.3 billion. Derived: surplus 341.5 - 226.9 = 114.6; July exports 341.5/1.024 = 333.5 "
        "and July imports 226.9/0.997 = 227.6 give a July surplus of about 105.9, consistent with the stated 105.8 "
        "within rounding; the bpd figure is 49.87 million tonnes x 7.33 barrels / 31 days.",
        "Judgement calls: 'exports were 2.4% higher than in July, while imports were 0.3% lower' are month-on-month "
        "growth rates for August (July is the comparison base, not the period). 'picking up from 5.2% growth in "
        "July' and 'after contracting 1.8% in July' are year-on-year rates for July 2026. 'up from $105.8 billion "
        "in July' is July's surplus. Rare-earth exports '12.4% more than in July' is mom growth of a quantity. "
        "Commodity growth rates are labelled as growth with the product, since no value growth is given beside "
        "them. '$785.3 billion a year earlier' is the January-August 2025 surplus. 'Shipments to the United "
        "States' are exports with partner United States. 'Rare-earth shipments' are exports (the paragraph is "
        "about exports). 'last month' = August 2026 from the publication date.",
        "Not facts: the poll forecasts (4.5% exports, 2.0% imports, $108.0 billion surplus); 11.79 million bpd (a "
        "conversion, not a customs figure, and not tonnes); the 30% U.S. levy (a tariff rate); the growth target "
        "of around 5% (GDP); '10-member' (a count of ASEAN members, not of trading partners); the years 2025 in "
        "'late 2025'.",
        "Copy check: 9 sentences searched (lead, exports, imports, surplus, first quote, US/EU paragraph, "
        "commodities, rare earths, second quote), 0 reworded (none matched a real sentence's clause order and "
        "wording).",
        "Second check: 22 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 6.1, "percent", AUG, "6.1", E_EXP),
        fact(CN, "exports", "value", 341.5e9, "USD", AUG, "$341.5 billion", E_EXP),
        fact(CN, "exports", "growth", 5.2, "percent", JUL, "5.2", E_EXP),
        fact(CN, "imports", "growth", 3.4, "percent", AUG, "3.4", E_IMP),
        fact(CN, "imports", "value", 226.9e9, "USD", AUG, "$226.9 billion", E_IMP),
        fact(CN, "imports", "growth", -1.8, "percent", JUL, "1.8", E_IMP),
        fact(CN, "exports", "growth", 2.4, "percent", AUG, "2.4", E_MOM, basis="mom"),
        fact(CN, "imports", "growth", -0.3, "percent", AUG, "0.3", E_MOM, basis="mom"),
        fact(CN, "balance", "value", 114.6e9, "USD", AUG, "$114.6 billion", E_BAL),
        fact(CN, "balance", "value", 105.8e9, "USD", JUL, "$105.8 billion", E_BAL),
        fact(CN, "exports", "growth", -9.6, "percent", AUG, "9.6", E_US, partner="United States"),
        fact(CN, "exports", "value", 42.9e9, "USD", AUG, "$42.9 billion", E_US, partner="United States"),
        fact(CN, "imports", "growth", -21.5, "percent", AUG, "21.5", E_US_IMP, partner="United States"),
        fact(CN, "exports", "growth", 11.2, "percent", AUG, "11.2", E_EU_ASEAN, partner="European Union"),
        fact(CN, "exports", "value", 52.4e9, "USD", AUG, "$52.4 billion", E_EU_ASEAN, partner="European Union"),
        fact(CN, "exports", "growth", 17.3, "percent", AUG, "17.3", E_EU_ASEAN, partner="ASEAN"),
        fact(CN, "exports", "value", 61.7e9, "USD", AUG, "$61.7 billion", E_EU_ASEAN, partner="ASEAN"),
        fact(CN, "imports", "quantity", 11.63e6, "tonnes", AUG, "11.63 million", E_SOY, product="soybeans"),
        fact(CN, "imports", "growth", -5.3, "percent", AUG, "5.3", E_SOY, product="soybeans"),
        fact(CN, "imports", "growth", 4.2, "percent", AUG, "4.2", E_CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 49.87e6, "tonnes", AUG, "49.87 million", E_CRUDE, product="crude oil"),
        fact(CN, "imports", "quantity", 108.4e6, "tonnes", AUG, "108.4 million", E_ORE, product="iron ore"),
        fact(CN, "imports", "growth", 2.9, "percent", AUG, "2.9", E_ORE, product="iron ore"),
        fact(CN, "exports", "quantity", 5820, "tonnes", AUG, "5,820", E_RE, product=RE),
        fact(CN, "exports", "growth", 12.4, "percent", AUG, "12.4", E_RE, product=RE, basis="mom"),
        fact(CN, "exports", "quantity", 44760, "tonnes", YTD, "44,760", E_RE_YTD, product=RE),
        fact(CN, "balance", "value", 842.7e9, "USD", YTD, "$842.7 billion", E_YTD_BAL),
        fact(CN, "balance", "value", 785.3e9, "USD", YTD_25, "$785.3 billion", E_YTD_BAL),
        fact(CN, "exports", "growth", 5.4, "percent", YTD, "5.4", E_YTD),
        fact(CN, "imports", "growth", -0.6, "percent", YTD, "0.6", E_YTD),
    ],
}

from _fact import fact, period

CA = "Canada"
US = "United States"
OTHERS = "countries other than the United States"
OCT = period(2026, 10)
SEP = period(2026, 9)
YTD = period(2026, 1, 10)
YTD25 = period(2025, 1, 10)

E_LEAD = ("Taken together, the two moves left Canada with a $1.39 billion surplus in its trade with the world in "
          "October, against a $1.10 billion deficit in September.")
E_EXP = "October exports totalled $65.49 billion, 3.1% more than in September"
E_ENERGY = "Energy products drove much of the monthly gain: their exports climbed 6.8% from September to $12.47 billion."
E_MVP_X = "pushing exports of motor vehicles and parts up 4.5% to $8.36 billion"
E_ORES = "lifted exports of metal ores and non-metallic minerals by 9.7% to $2.15 billion"
E_IMP = "At $64.10 billion, October imports were 0.8% lower than in September"
E_MVP_M = "spending on imported motor vehicles and parts fell 3.2% to $10.58 billion"
E_US = ("Shipments to the United States increased 2.4% from September to $47.15 billion, and purchases from that "
        "country declined 1.5% to $31.62 billion.")
E_US_BAL = ("That lifted Canada's surplus in trade with the United States to $15.53 billion in October, up from "
            "$13.94 billion in September.")
E_OTH = ("Compared with September, sales to destinations outside the United States were 4.9% higher in October, "
         "with China (+11.3%) accounting for the largest share of the gain; exports there reached $2.71 billion")
E_OTH_BAL = ("The shortfall in Canada's trade with all other countries narrowed as a result, to $14.14 billion in "
             "October from $15.04 billion a month earlier.")
E_YOY = "Against October 2025, total exports were up 2.2% and imports down 1.3%."
E_YTD = ("Over the first 10 months of 2026, the cumulative merchandise trade deficit with the world came to "
         "$18.9 billion, compared with a deficit of $31.6 billion in January to October 2025.")

ARTICLE = {
    "id": "dBT2_02",
    "title": "Canadian international merchandise trade, October 2026",
    "publisher": "Statistics Canada",
    "published": "2026-12-04",
    "notes": [
        "Real figures: none (October 2026 had not been published when this was written). Modelled on the "
        "structure and levels of The Daily's monthly merchandise trade releases as quoted by SteelOrbis, "
        "Axxess, The Canadian Press and Reuters (exports and imports near $63-67 billion a month, the surplus "
        "with the United States, the deficit with other countries, the revised previous month, volume and "
        "price changes, the 11 product sections). Invented: every figure. Derived: September levels chosen "
        "(exports $63.52 billion, imports $64.62 billion, not stated in the text) so that October = September "
        "x (1 + change): 65.49 (+3.1%) and 64.10 (-0.8%); balance 65.49 - 64.10 = 1.39 and 63.52 - 64.62 = "
        "-1.10; US: 47.15 - 31.62 = 15.53 (September 46.04 - 32.10 = 13.94); other countries: 18.34 - 32.48 = "
        "-14.14 (September 17.48 - 32.52 = -15.04), their exports +4.9% and imports -0.1%; the two partner "
        "balances sum to the world balance in both months; US share 47.15/65.49 = 72.0%.",
        "Judgement calls: the release writes '$' throughout and names the currency once ('All values in this "
        "release are in Canadian dollars'), so every money fact is CAD (another dollar is named), with value_text "
        "keeping the glued '$'. The Daily states monthly changes without a cue; each paragraph here opens or "
        "carries a month-on-month cue ('on a monthly basis', 'than in September', 'from September', 'Relative to "
        "September', 'Compared with September'), so those rates are mom; the year-over-year paragraph is yoy. "
        "The lead's 3.1% and 0.8% are the same observations as the body's and are labelled once, with body "
        "evidence. The September deficit as first reported ($887 million) and as revised ($1.10 billion) are "
        "two statements of one observation that disagree: both labelled, as the guide says. 'Destinations "
        "outside the United States', 'countries other than the United States' and 'all other countries' are one "
        "partner group, named 'countries other than the United States'. China (+11.3%) and its $2.71 billion are "
        "exports to China, mom. Crude oil's 8.4% is an export rate (exports paragraph). Product names are the "
        "release's section names in lower case.",
        "Not facts: export prices +1.2%; export volumes +1.9% and import volumes -1.1% (volume growth beside "
        "value growth); '8 of the 11 product sections' and '6 of the 11 sections' (counts of product sections, "
        "not of enterprises or partners); the 35% US tariff; the Canadian dollar at 71.9 US cents; chained 2017 "
        "dollars; the next release date (January 7, 2027).",
        "Copy check: 9 sentences searched (lead, US-trade paragraph, other-countries paragraph, revision "
        "sentence, Ontario plants sentence, note to readers, and after rewriting the lead, the US sentence and "
        "the exports sentence again). 3 matched the formula of real Daily releases with only the numbers "
        "changed (the lead, the US paragraph, the other-countries paragraph) and were reworded; 10 further "
        "formulaic sentences (total exports, volumes, energy, motor vehicle exports, metal ores, total imports, "
        "import volumes, motor vehicle imports, consumer goods, year over year) were reworded as a precaution, "
        "13 in all. The rewritten ones were searched again and matched nothing.",
        "Second check: 38 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CA, "balance", "value", -1.10e9, "CAD", SEP, "$1.10 billion", E_LEAD),
        fact(CA, "balance", "value", 1.39e9, "CAD", OCT, "$1.39 billion", E_LEAD),
        fact(CA, "balance", "value", -887e6, "CAD", SEP, "$887 million",
             "The deficit with the world had first been reported at $887 million"),
        fact(CA, "exports", "value", 65.49e9, "CAD", OCT, "$65.49 billion", E_EXP),
        fact(CA, "exports", "growth", 3.1, "percent", OCT, "3.1", E_EXP, basis="mom"),
        fact(CA, "exports", "growth", 6.8, "percent", OCT, "6.8", E_ENERGY, product="energy products", basis="mom"),
        fact(CA, "exports", "value", 12.47e9, "CAD", OCT, "$12.47 billion", E_ENERGY, product="energy products"),
        fact(CA, "exports", "growth", 8.4, "percent", OCT, "8.4", "Crude oil led the section, advancing 8.4%",
             product="crude oil", basis="mom"),
        fact(CA, "exports", "growth", 4.5, "percent", OCT, "4.5", E_MVP_X, product="motor vehicles and parts",
             basis="mom"),
        fact(CA, "exports", "value", 8.36e9, "CAD", OCT, "$8.36 billion", E_MVP_X, product="motor vehicles and parts"),
        fact(CA, "exports", "growth", 9.7, "percent", OCT, "9.7", E_ORES,
             product="metal ores and non-metallic minerals", basis="mom"),
        fact(CA, "exports", "value", 2.15e9, "CAD", OCT, "$2.15 billion", E_ORES,
             product="metal ores and non-metallic minerals"),
        fact(CA, "imports", "value", 64.10e9, "CAD", OCT, "$64.10 billion", E_IMP),
        fact(CA, "imports", "growth", -0.8, "percent", OCT, "0.8", E_IMP, basis="mom"),
        fact(CA, "imports", "growth", -3.2, "percent", OCT, "3.2", E_MVP_M, product="motor vehicles and parts",
             basis="mom"),
        fact(CA, "imports", "value", 10.58e9, "CAD", OCT, "$10.58 billion", E_MVP_M, product="motor vehicles and parts"),
        fact(CA, "imports", "growth", -1.4, "percent", OCT, "1.4", "Consumer goods imports slipped 1.4%",
             product="consumer goods", basis="mom"),
        fact(CA, "exports", "growth", 2.4, "percent", OCT, "2.4", E_US, partner=US, basis="mom"),
        fact(CA, "exports", "value", 47.15e9, "CAD", OCT, "$47.15 billion", E_US, partner=US),
        fact(CA, "imports", "growth", -1.5, "percent", OCT, "1.5", E_US, partner=US, basis="mom"),
        fact(CA, "imports", "value", 31.62e9, "CAD", OCT, "$31.62 billion", E_US, partner=US),
        fact(CA, "balance", "value", 15.53e9, "CAD", OCT, "$15.53 billion", E_US_BAL, partner=US),
        fact(CA, "balance", "value", 13.94e9, "CAD", SEP, "$13.94 billion", E_US_BAL, partner=US),
        fact(CA, "exports", "share", 72.0, "percent", OCT, "72.0",
             "The United States took 72.0% of Canada's merchandise exports in the month.", partner=US),
        fact(CA, "exports", "growth", 4.9, "percent", OCT, "4.9", E_OTH, partner=OTHERS, basis="mom"),
        fact(CA, "exports", "growth", 11.3, "percent", OCT, "11.3", E_OTH, partner="China", basis="mom"),
        fact(CA, "exports", "value", 2.71e9, "CAD", OCT, "$2.71 billion", E_OTH, partner="China"),
        fact(CA, "imports", "growth", -0.1, "percent", OCT, "0.1",
             "On the import side, purchases from countries other than the United States slipped 0.1%.",
             partner=OTHERS, basis="mom"),
        fact(CA, "balance", "value", -14.14e9, "CAD", OCT, "$14.14 billion", E_OTH_BAL, partner=OTHERS),
        fact(CA, "balance", "value", -15.04e9, "CAD", SEP, "$15.04 billion", E_OTH_BAL, partner=OTHERS),
        fact(CA, "exports", "growth", 2.2, "percent", OCT, "2.2", E_YOY),
        fact(CA, "imports", "growth", -1.3, "percent", OCT, "1.3", E_YOY),
        fact(CA, "balance", "value", -18.9e9, "CAD", YTD, "$18.9 billion", E_YTD),
        fact(CA, "balance", "value", -31.6e9, "CAD", YTD25, "$31.6 billion", E_YTD),
    ],
}

from _fact import fact, period

US = "United States"
GS = "goods and services"
SEP = period(2026, 9)
AUG = period(2026, 8)
YTD = period(2026, 1, 9)
YTD25 = period(2025, 1, 9)

E_HEAD = "The shortfall in goods and services trade widened 8.6% from August to $63.4 billion"
E_REV = "August figures were revised to show a $58.4 billion gap instead of the $57.9 billion published a month ago"
E_EXP = "Compared with August, overseas sales of goods and services climbed 0.9% to $293.6 billion"
E_GEXP = "Shipments of merchandise reached $190.4 billion, 1.3% more than in August"
E_SEXP = "Services brought in $103.2 billion, a 0.2% gain."
E_IMP = "the import bill grew 2.2% from the prior month to $357.0 billion"
E_GIMP = "Spending on foreign merchandise accounted for $287.9 billion of that after a 2.8% jump"
E_SIMP = "Payments for imported services were 0.1% lower at $69.1 billion"
E_GBAL = "That left a $97.5 billion deficit in goods, 5.7% wider than in August"
E_CN = "Imports from China were 9.4% lower than a year earlier at $23.1 billion"
E_MX = "The gap with Mexico, the largest U.S. trading partner so far this year, stood at $17.8 billion in September"
E_YTD = ("the goods and services deficit totaled $598.3 billion, 21.8% smaller than the $765.1 billion recorded "
         "in the same period of 2025")
E_YTD_FLOWS = "Over the nine months, exports of goods and services were up 4.7%, while imports were down 1.6%"

ARTICLE = {
    "id": "dBS2_01",
    "title": "US trade deficit widens in September as computer imports climb",
    "publisher": "Reuters",
    "published": "2026-11-05",
    "notes": [
        "Real figures: none (September 2026 had not been reported when this was written). Modelled on the Census/BEA "
        "monthly release and Reuters write-ups of it (2017-2025), with levels near 2025's (exports ~$290bn, imports "
        "~$350bn a month). Invented: every figure. Derived and checked: exports 293.6 - imports 357.0 = -63.4; goods "
        "190.4 - 287.9 = -97.5; services 103.2 - 69.1 = +34.1; -97.5 + 34.1 = -63.4; August revised exports 290.9 and "
        "imports 349.3 (not stated) give -58.4, so 0.9%, 2.2% and 8.6% agree; goods exports 187.9 -> 190.4 = +1.3%, "
        "services exports 103.0 -> 103.2 = +0.2%, goods imports 280.1 -> 287.9 = +2.8%, services imports 69.2 -> "
        "69.1 = -0.1%, goods deficit 92.2 -> 97.5 = +5.7%; China 23.1 - 10.5 = 12.6; YTD 598.3 vs 765.1 = -21.8%.",
        "Judgement calls: the headline balance, total exports and total imports are labelled product 'goods and "
        "services' (the text frames them so; the import bill's sentence does not repeat it, but the next sentences "
        "split it into merchandise and services); merchandise figures have product null, services figures "
        "'services'. The September growth rates are mom: 'from August', 'Compared with August' opening the exports "
        "paragraph, 'from the prior month' in the imports sentence (carried to 2.8% and 0.1% in the same paragraph), "
        "'wider than in August'. The originally published August deficit ($57.9 billion) is labelled as a second "
        "August fact beside the revised $58.4 billion: two statements of one observation that disagree beyond "
        "rounding, both as written. The bilateral balances (China, Mexico, EU, Vietnam) are goods balances, product "
        "null, partner set. 'the largest U.S. trading partner so far this year' is a rank of total trade with "
        "Mexico over January-September 2026 (the article's running period, data through September). 'exports to "
        "China came to $10.5 billion' and the China imports are goods, September 2026. 'the import bill' YTD ('imports "
        "were down 1.6%') takes product goods and services from the sentence it shares with exports of goods and "
        "services. The YTD deficit fell: '21.8% smaller' is -21.8 (a narrowing deficit). The 2025 comparison base "
        "'$765.1 billion recorded in the same period of 2025' is itself a stated value for January-September 2025 "
        "and is labelled.",
        "Not facts: the Reuters poll figure $61.0 billion (a forecast); dollar changes '$1.4 billion gain', 'increased "
        "$4.6 billion' (changes derived from two levels; the record has no absolute-change measure); the "
        "inflation-adjusted goods gap $84.9 billion and $81.2 billion (real, chained-dollar figures are volumes, which "
        "the record cannot tell apart from the nominal goods deficit; treated like volume growth beside value growth); "
        "GDP growth 2.3%; the average U.S. duty of roughly 30% on Chinese goods; 'March 2025', 'September 2025' "
        "(dates, and a comparison base); 'a record' (a milestone, not a rank).",
        "Copy check: 10 sentences searched (lead, headline deficit, revision + poll, capital goods, real deficit, "
        "YTD, China, Mexico/Vietnam, quote, soybeans); 8 reworded: the poll sentence, the total/goods/services export "
        "sentences, the total and goods import sentences, the services import sentence, the goods-deficit/services-"
        "surplus sentence and the real-deficit sentence (same skeletons as Reuters/dpa-AFX/Globe and Mail "
        "write-ups).",
        "Second check: 28 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(US, "balance", "value", -63.4e9, "USD", SEP, "$63.4 billion", E_HEAD, product=GS),
        fact(US, "balance", "growth", 8.6, "percent", SEP, "8.6", E_HEAD, product=GS, basis="mom"),
        fact(US, "balance", "value", -58.4e9, "USD", AUG, "$58.4 billion",
             "August figures were revised to show a $58.4 billion gap", product=GS),
        fact(US, "balance", "value", -57.9e9, "USD", AUG, "$57.9 billion", E_REV, product=GS),
        fact(US, "exports", "value", 293.6e9, "USD", SEP, "$293.6 billion",
             "overseas sales of goods and services climbed 0.9% to $293.6 billion", product=GS),
        fact(US, "exports", "growth", 0.9, "percent", SEP, "0.9", E_EXP, product=GS, basis="mom"),
        fact(US, "exports", "value", 190.4e9, "USD", SEP, "$190.4 billion", E_GEXP),
        fact(US, "exports", "growth", 1.3, "percent", SEP, "1.3", E_GEXP, basis="mom"),
        fact(US, "exports", "value", 103.2e9, "USD", SEP, "$103.2 billion", E_SEXP, product="services"),
        fact(US, "exports", "growth", 0.2, "percent", SEP, "0.2", E_SEXP, product="services", basis="mom"),
        fact(US, "imports", "value", 357.0e9, "USD", SEP, "$357.0 billion", E_IMP, product=GS),
        fact(US, "imports", "growth", 2.2, "percent", SEP, "2.2", E_IMP, product=GS, basis="mom"),
        fact(US, "imports", "value", 287.9e9, "USD", SEP, "$287.9 billion", E_GIMP),
        fact(US, "imports", "growth", 2.8, "percent", SEP, "2.8", E_GIMP, basis="mom"),
        fact(US, "imports", "value", 104.3e9, "USD", SEP, "$104.3 billion",
             "Purchases of capital goods from overseas increased $4.6 billion to a record $104.3 billion",
             product="capital goods"),
        fact(US, "imports", "value", 69.1e9, "USD", SEP, "$69.1 billion", E_SIMP, product="services"),
        fact(US, "imports", "growth", -0.1, "percent", SEP, "0.1", E_SIMP, product="services", basis="mom"),
        fact(US, "balance", "value", -97.5e9, "USD", SEP, "$97.5 billion", E_GBAL),
        fact(US, "balance", "growth", 5.7, "percent", SEP, "5.7", E_GBAL, basis="mom"),
        fact(US, "balance", "value", 34.1e9, "USD", SEP, "$34.1 billion",
             "On services the country stayed well in the black, with a surplus of $34.1 billion", product="services"),
        fact(US, "balance", "value", -12.6e9, "USD", SEP, "$12.6 billion",
             "the goods deficit with China narrowed to $12.6 billion", partner="China"),
        fact(US, "imports", "value", 23.1e9, "USD", SEP, "$23.1 billion", E_CN, partner="China"),
        fact(US, "imports", "growth", -9.4, "percent", SEP, "9.4", E_CN, partner="China"),
        fact(US, "exports", "value", 10.5e9, "USD", SEP, "$10.5 billion",
             "exports to China came to $10.5 billion", partner="China"),
        fact(US, "total", "rank", 1, "number", YTD, "largest",
             "Mexico, the largest U.S. trading partner so far this year", partner="Mexico"),
        fact(US, "balance", "value", -17.8e9, "USD", SEP, "$17.8 billion", E_MX, partner="Mexico"),
        fact(US, "balance", "value", -21.3e9, "USD", SEP, "$21.3 billion",
             "The deficit with the European Union was $21.3 billion", partner="European Union"),
        fact(US, "balance", "value", -17.4e9, "USD", SEP, "$17.4 billion",
             "the shortfall with Vietnam swelled to a record $17.4 billion", partner="Vietnam"),
        fact(US, "exports", "growth", -23.5, "percent", SEP, "23.5",
             "Soybean exports were 23.5% below their level of September 2025", product="soybeans"),
        fact(US, "balance", "value", -598.3e9, "USD", YTD, "$598.3 billion",
             "In the first nine months of 2026, the goods and services deficit totaled $598.3 billion", product=GS),
        fact(US, "balance", "growth", -21.8, "percent", YTD, "21.8", E_YTD, product=GS),
        fact(US, "balance", "value", -765.1e9, "USD", YTD25, "$765.1 billion", E_YTD, product=GS),
        fact(US, "exports", "growth", 4.7, "percent", YTD, "4.7", E_YTD_FLOWS, product=GS),
        fact(US, "imports", "growth", -1.6, "percent", YTD, "1.6", E_YTD_FLOWS, product=GS),
    ],
}

from _fact import fact, period

NB = "Ningbo"
JO = period(2026, 1, 10)
OCT = period(2026, 10)
SEP = period(2026, 9)

E_TOTAL = ("Ningbo Customs said on Wednesday that the city's two-way goods trade grew 5.8 percent year-on-year in "
           "January-October to 1,193.46 billion yuan ($167.6 billion)")
E_EXP = "exports made up 786.52 billion yuan after rising 7.4 percent"
E_IMP = "imports the remaining 406.94 billion yuan after a 2.9 percent gain"
E_OCT = "October alone saw trade of 126.38 billion yuan, 6.1 percent more than in the same month last year"
E_MOM = "The October total was also 3.4 percent higher than September's 122.23 billion yuan"
E_OCT_FLOWS = "Outbound shipments in October amounted to 84.05 billion yuan and inbound ones to 42.33 billion yuan"
E_CBEC = ("Exports through cross-border e-commerce channels reached 42.7 billion yuan over the ten months, "
          "an 18.6 percent increase")
E_NEW = ('Shipments of the "three new" products - electric vehicles, lithium batteries and solar cells - totalled '
         '31.85 billion yuan, up 12.3 percent')
E_EV = "Electric vehicle exports surged 46.8 percent to 9.62 billion yuan"
E_LI = "lithium battery exports grew 15.2 percent to 13.41 billion yuan"
E_PV = "solar cell exports slipped 11.4 percent to 8.82 billion yuan"
E_COUNT = ("A total of 27,463 enterprises in Ningbo posted import or export records in the first ten months, "
           "2,114 more than a year earlier, and private firms numbered 24,180 of them")
E_PE = "Private enterprises handled 860.2 billion yuan of the city's trade, accounting for 72.1 percent of the total"
E_EU = "The European Union remained Ningbo's largest trading partner, with two-way trade of 196.34 billion yuan"
E_AU = ("Trade with ASEAN and the United States came to 158.7 billion yuan and 151.2 billion yuan respectively, "
        "with the former climbing 12.8 percent and the latter falling 4.3 percent")
EU = "European Union"
US = "United States"
CBEC = "cross-border e-commerce"
PE = "private enterprises"

ARTICLE = {
    "id": "dBP1_03",
    "title": "Ningbo's foreign trade reaches 1.19 trillion yuan in first ten months",
    "publisher": "Ningbo Daily",
    "published": "2026-11-20",
    "notes": [
        "Real figures: none (January-October 2026 has not happened). Modelled on China Daily regional pages for "
        "Ningbo, Xiamen and Qingdao (headline total, USD conversion in brackets, October single month, private "
        "enterprises' share, top partners, 'three new' products). Invented: every figure. Derived and checked: "
        "exports 786.52 + imports 406.94 = 1,193.46 (headline 1.19 trillion); October 84.05 + 42.33 = 126.38; "
        "126.38/122.23 = +3.4% month on month; EV 9.62 + batteries 13.41 + solar 8.82 = 31.85; private share "
        "860.2/1,193.46 = 72.1%; $167.6 billion implies about 7.12 yuan per dollar.",
        "Judgement calls: the headline '1.19 trillion yuan' and the body '1,193.46 billion yuan' are one "
        "observation, labelled once with the body's evidence. The bracketed '$167.6 billion' is the same "
        "observation in another currency: a separate USD fact, exact because the text gives no 'about'. 'sixth "
        "among Chinese cities' is a rank of Ningbo's total trade. 'higher than September's' is basis mom for "
        "October 2026, and September's 122.23 billion yuan is its own September fact. Product for the group is "
        "'three new products' (the text's words). The count of enterprises with import or export records is "
        "segment 'foreign trade enterprises'; 'private firms numbered 24,180 of them' is a count with segment "
        "'private enterprises'; both take the full sentence as evidence because 'of them' needs it. 'Outbound "
        "shipments' / 'inbound ones' in October = exports / imports.",
        "Not facts: '2.6 percentage points above the national pace' (derived comparison); '2,114 more than a "
        "year earlier' (difference of counts); 'more than 240 public overseas warehouses' (not a trade flow); "
        "'17th straight year' and 2025 (streak, year); '38.2 million TEUs' (port throughput, not a trade value); "
        "'10 more international container routes'; 'first half of 2027'; the publication weekday.",
        "Copy check: 9 sentences searched, 0 reworded. Edited before labelling (not for copying): the "
        "month-on-month sentence was made to open with 'The October total' so its evidence names what it "
        "measures; the port throughput (a non-fact) was corrected to a level consistent with 2025 reporting.",
        "Second check: 22 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(NB, "total", "value", 1193.46e9, "CNY", JO, "1,193.46 billion", E_TOTAL),
        fact(NB, "total", "value", 167.6e9, "USD", JO, "$167.6 billion", E_TOTAL),
        fact(NB, "total", "growth", 5.8, "percent", JO, "5.8", E_TOTAL),
        fact(NB, "total", "rank", 6, "number", JO, "sixth",
             "The total put the port city sixth among Chinese cities by trade value"),
        fact(NB, "exports", "value", 786.52e9, "CNY", JO, "786.52 billion", E_EXP),
        fact(NB, "exports", "growth", 7.4, "percent", JO, "7.4", E_EXP),
        fact(NB, "imports", "growth", 2.9, "percent", JO, "2.9", E_IMP),
        fact(NB, "imports", "value", 406.94e9, "CNY", JO, "406.94 billion", E_IMP),
        fact(NB, "total", "value", 126.38e9, "CNY", OCT, "126.38 billion", E_OCT),
        fact(NB, "total", "growth", 6.1, "percent", OCT, "6.1", E_OCT),
        fact(NB, "total", "growth", 3.4, "percent", OCT, "3.4", E_MOM, basis="mom"),
        fact(NB, "total", "value", 122.23e9, "CNY", SEP, "122.23 billion", E_MOM),
        fact(NB, "exports", "value", 84.05e9, "CNY", OCT, "84.05 billion", E_OCT_FLOWS),
        fact(NB, "imports", "value", 42.33e9, "CNY", OCT, "42.33 billion", E_OCT_FLOWS),
        fact(NB, "exports", "value", 42.7e9, "CNY", JO, "42.7 billion", E_CBEC, segment=CBEC),
        fact(NB, "exports", "growth", 18.6, "percent", JO, "18.6", E_CBEC, segment=CBEC),
        fact(NB, "exports", "value", 31.85e9, "CNY", JO, "31.85 billion", E_NEW, product="three new products"),
        fact(NB, "exports", "growth", 12.3, "percent", JO, "12.3", E_NEW, product="three new products"),
        fact(NB, "exports", "growth", 46.8, "percent", JO, "46.8", E_EV, product="electric vehicles"),
        fact(NB, "exports", "value", 9.62e9, "CNY", JO, "9.62 billion", E_EV, product="electric vehicles"),
        fact(NB, "exports", "growth", 15.2, "percent", JO, "15.2", E_LI, product="lithium batteries"),
        fact(NB, "exports", "value", 13.41e9, "CNY", JO, "13.41 billion", E_LI, product="lithium batteries"),
        fact(NB, "exports", "growth", -11.4, "percent", JO, "11.4", E_PV, product="solar cells"),
        fact(NB, "exports", "value", 8.82e9, "CNY", JO, "8.82 billion", E_PV, product="solar cells"),
        fact(NB, "total", "count", 27463, "number", JO, "27,463", E_COUNT, segment="foreign trade enterprises"),
        fact(NB, "total", "count", 24180, "number", JO, "24,180", E_COUNT, segment=PE),
        fact(NB, "total", "value", 860.2e9, "CNY", JO, "860.2 billion", E_PE, segment=PE),
        fact(NB, "total", "share", 72.1, "percent", JO, "72.1", E_PE, segment=PE),
        fact(NB, "total", "rank", 1, "number", JO, "largest",
             "The European Union remained Ningbo's largest trading partner", partner=EU),
        fact(NB, "total", "value", 196.34e9, "CNY", JO, "196.34 billion", E_EU, partner=EU),
        fact(NB, "total", "value", 158.7e9, "CNY", JO, "158.7 billion", E_AU, partner="ASEAN"),
        fact(NB, "total", "value", 151.2e9, "CNY", JO, "151.2 billion", E_AU, partner=US),
        fact(NB, "total", "growth", 12.8, "percent", JO, "12.8", E_AU, partner="ASEAN"),
        fact(NB, "total", "growth", -4.3, "percent", JO, "4.3", E_AU, partner=US),
    ],
}

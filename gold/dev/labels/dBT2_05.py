from _fact import fact, period

TW = "Taiwan"
NOV = period(2026, 11)
OCT = period(2026, 10)
JN = period(2026, 1, 11)
US = "United States"
CNHK = "China, Hong Kong"
ICT = "information and communications products"

E_LEAD = ("Strong demand for artificial intelligence (AI) servers pushed Taiwan's exports to US$76.92 billion (about "
          "NT$2.39 trillion) in November")
E_GROWTH = ("Outbound shipments were 20.1 percent higher than in November 2025 and 3.4 percent above the previous peak "
            "of US$74.39 billion set in October")
E_IMP = "Imports climbed 15.4 percent year-on-year to US$55.36 billion"
E_BAL = "That left Taiwan with a trade surplus of US$21.56 billion for the month, 34.1 percent larger than a year before"
E_ICT = ("Information and communications products, a category dominated by AI servers and graphics cards, generated "
         "a record US$35.12 billion in exports, up 23.8 percent, and made up 45.7 percent of the total")
E_EC = "Shipments of chips and other electronic components came to US$25.46 billion, a 17.7 percent gain"
E_OLD = ("exports of base metals and of plastics and rubber products down 3.1 percent and 5.6 percent, "
         "respectively")
E_US = ("the United States remained Taiwan's largest export market, taking US$29.87 billion worth of goods in "
        "November, a 22.3 percent increase from a year earlier, for a 38.8 percent share of the total")
E_CN = ("Shipments to China and Hong Kong edged up 4.6 percent to US$16.10 billion, giving the two a 20.9 percent "
        "share")
E_OTHER = "ASEAN, Europe and Japan saw respective gains of 27.9 percent, 22.1 percent and 9.4 percent"
E_JN = ("In the January-November period, exports totaled US$731.50 billion, up 26.5 percent from the same period of "
        "last year")
E_JN_IMP = "imports rose 19.8 percent to US$527.80 billion"

ARTICLE = {
    "id": "dBT2_05",
    "title": "Taiwan's November exports hit record high on AI server demand",
    "publisher": "CNA",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (November 2026 is invented). Modelled on the MOF release for November 2025 as reported "
        "by Focus Taiwan and the Taipei Times: the November 2026 growth rates are set against the real November 2025 "
        "bases (exports US$64.05 billion, imports US$47.97 billion, ICT products US$28.36 billion, electronic "
        "components US$21.63 billion, exports to the U.S. US$24.42 billion, to Europe US$4.11 billion), and the "
        "January-November rates against 2025 bases derived from the reported full year (US$640.75 billion exports, "
        "US$483.61 billion imports) less December 2025 (US$62.48 billion, US$43.04 billion). Invented: every 2026 "
        "figure, the October 2026 peak, the China-Hong Kong, ASEAN, Japan and non-tech rates, the 11-month shares. "
        "Derived: surplus 21.56 = 76.92 - 55.36 and its 34.1% rise over 16.08; 3.4% = 76.92/74.39; shares 45.7, "
        "38.8, 20.9 from the values; 11-month surplus 203.70 = 731.50 - 527.80; NT$2.39 trillion at about NT$31.1 "
        "per US dollar.",
        "Judgement calls: the NT$ figure is the same observation in another currency, a separate TWD fact, "
        "qualifier approx ('about'), value_text without the glued 'NT$'. '3.4 percent above the previous peak ... "
        "set in October' is a comparison with the month before, so basis mom; the peak itself is an exports value "
        "fact for 2026-10. The surplus 'larger than a year before' is growth of the balance (yoy). 'China and Hong "
        "Kong' measured together -> partner 'China, Hong Kong'. Electronic components: the text says 'chips and "
        "other electronic components', product 'electronic components'. 'respective gains' is a respectively "
        "list, each rate yoy. Headline 'record high' carries no number.",
        "Not facts: 2025, 2001, 2027 (years); '37th straight month' (streak); 11 months (period word); "
        "'10 to 14 percent' for December and 'above US$800 billion' (MOF forecast); 'smallest ... since 2001' "
        "(milestone).",
        "Copy check: 8 sentences searched, 3 reworded (the electronic-components sentence and the ASEAN/Europe/Japan "
        "'respectively' list each had the skeleton of a real sentence with only numbers changed; the 11-month "
        "U.S./China share sentence echoed 'accounted for ... percent of Taiwan's' and 'the lowest ... for the "
        "period in N years').",
        "Second check: 19 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(TW, "exports", "value", 76.92e9, "USD", NOV, "US$76.92 billion", E_LEAD),
        fact(TW, "exports", "value", 2.39e12, "TWD", NOV, "2.39 trillion", E_LEAD, qualifier="approx"),
        fact(TW, "exports", "growth", 20.1, "percent", NOV, "20.1", E_GROWTH),
        fact(TW, "exports", "growth", 3.4, "percent", NOV, "3.4", E_GROWTH, basis="mom"),
        fact(TW, "exports", "value", 74.39e9, "USD", OCT, "US$74.39 billion", E_GROWTH),
        fact(TW, "imports", "value", 55.36e9, "USD", NOV, "US$55.36 billion", E_IMP),
        fact(TW, "imports", "growth", 15.4, "percent", NOV, "15.4", E_IMP),
        fact(TW, "balance", "value", 21.56e9, "USD", NOV, "US$21.56 billion", E_BAL),
        fact(TW, "balance", "growth", 34.1, "percent", NOV, "34.1", E_BAL),
        fact(TW, "exports", "value", 35.12e9, "USD", NOV, "US$35.12 billion", E_ICT, product=ICT),
        fact(TW, "exports", "growth", 23.8, "percent", NOV, "23.8", E_ICT, product=ICT),
        fact(TW, "exports", "share", 45.7, "percent", NOV, "45.7", E_ICT, product=ICT),
        fact(TW, "exports", "value", 25.46e9, "USD", NOV, "US$25.46 billion", E_EC, product="electronic components"),
        fact(TW, "exports", "growth", 17.7, "percent", NOV, "17.7", E_EC, product="electronic components"),
        fact(TW, "exports", "growth", -3.1, "percent", NOV, "3.1", E_OLD, product="base metals"),
        fact(TW, "exports", "growth", -5.6, "percent", NOV, "5.6", E_OLD, product="plastics and rubber products"),
        fact(TW, "exports", "rank", 1, "number", NOV, "largest", E_US, partner=US),
        fact(TW, "exports", "value", 29.87e9, "USD", NOV, "US$29.87 billion", E_US, partner=US),
        fact(TW, "exports", "growth", 22.3, "percent", NOV, "22.3", E_US, partner=US),
        fact(TW, "exports", "share", 38.8, "percent", NOV, "38.8", E_US, partner=US),
        fact(TW, "exports", "value", 16.10e9, "USD", NOV, "US$16.10 billion", E_CN, partner=CNHK),
        fact(TW, "exports", "growth", 4.6, "percent", NOV, "4.6", E_CN, partner=CNHK),
        fact(TW, "exports", "share", 20.9, "percent", NOV, "20.9", E_CN, partner=CNHK),
        fact(TW, "exports", "growth", 27.9, "percent", NOV, "27.9", E_OTHER, partner="ASEAN"),
        fact(TW, "exports", "growth", 22.1, "percent", NOV, "22.1", E_OTHER, partner="Europe"),
        fact(TW, "exports", "growth", 9.4, "percent", NOV, "9.4", E_OTHER, partner="Japan"),
        fact(TW, "exports", "value", 731.50e9, "USD", JN, "US$731.50 billion", E_JN),
        fact(TW, "exports", "growth", 26.5, "percent", JN, "26.5", E_JN),
        fact(TW, "imports", "value", 527.80e9, "USD", JN, "US$527.80 billion", E_JN_IMP),
        fact(TW, "imports", "growth", 19.8, "percent", JN, "19.8", E_JN_IMP),
        fact(TW, "balance", "value", 203.70e9, "USD", JN, "US$203.70 billion",
             "bringing the cumulative trade surplus to US$203.70 billion"),
        fact(TW, "exports", "share", 36.2, "percent", JN, "36.2",
             "Over the 11 months, 36.2 percent of everything Taiwan sold abroad went to the U.S.", partner=US),
        fact(TW, "exports", "share", 22.4, "percent", JN, "22.4",
             "the portion bound for China and Hong Kong shrank to 22.4 percent", partner=CNHK),
    ],
}

from _fact import fact, period

ID = "Indonesia"
OCT = period(2026, 10)
SEP = period(2026, 9)
JO = period(2026, 1, 10)
NOG = "non-oil and gas"
OG = "oil and gas"

E_BAL = ("The country booked a surplus of US$3.65 billion (Rp60.6 trillion) last month, up from $2.77 billion in "
         "September")
E_EXP = "Exports rose 3.6 percent year-on-year (yoy) to $25.12 billion and were up 2.9 percent month-to-month (mtm)"
E_IMP = "Imports, meanwhile, slipped 1.7 percent yoy to $21.47 billion and were 0.8 percent lower than in September"
E_COAL = ("Coal, for years the country's main export commodity, continued to weigh on the figures, with overseas sales "
          "of the fuel dropping 14.8 percent yoy to $2.31 billion")
E_CPO = "Shipments of crude palm oil (CPO) and its derivatives jumped 21.5 percent to $2.68 billion"
E_STEEL = ("Iron and steel exports, much of them nickel pig iron and stainless steel slabs from smelters in Sulawesi "
           "and North Maluku, rose 6.3 percent to $2.52 billion")
E_CN = ("China remained the largest destination for Indonesia's non-oil and gas exports, buying $6.12 billion worth "
        "of goods, or 25.8 percent of the total")
E_US = "The United States was the second-largest market at $2.47 billion"
E_IN = "followed by India, the third-largest, at $1.73 billion"
E_JO = ("Over the first 10 months of the year, Indonesia shipped $232.85 billion worth of goods abroad, 4.1 percent "
        "more than in the same period last year")
E_JO_IMP = "its import bill grew 2.6 percent to $197.40 billion"
CPO = "crude palm oil and its derivatives"

ARTICLE = {
    "id": "dBT2_06",
    "title": "RI trade surplus widens to US$3.65b in October as palm oil shipments climb",
    "publisher": "The Jakarta Post",
    "published": "2026-11-17",
    "notes": [
        "Real figures: none (October 2026 is invented). Modelled on BPS releases as reported by The Jakarta Post, "
        "Jakarta Globe and Antara (surplus streak since May 2020, oil-and-gas versus non-oil-and-gas split, coal / "
        "palm oil / iron and steel as top commodities, China-US-India as top non-oil-and-gas destinations). "
        "Invented: every value, rate, share and rank. Derived: surplus 3.65 = 25.12 - 21.47; September surplus "
        "2.77 = 24.41 - 21.64 (so 2.9% and -0.8% month-on-month agree); 5.21 - 1.56 = 3.65; non-oil and gas "
        "exports 23.74 + oil and gas exports 1.38 = 25.12; China share 25.8 = 6.12/23.74; 10-month surplus "
        "35.45 = 232.85 - 197.40; Rp60.6 trillion at Rp16,610 per dollar. Streak count: May 2020 to October 2026 "
        "is 78 months.",
        "Judgement calls: the rupiah surplus is the same observation in another currency, a separate IDR fact "
        "(exact: no 'about'), value_text without the glued 'Rp'. 'up from $2.77 billion in September' states a "
        "value of its own, so a September balance fact. 'month-to-month (mtm)' and '0.8 percent lower than in "
        "September' are basis mom. Oil and gas versus non-oil and gas are product categories ('oil and gas', "
        "'non-oil and gas'); '$1.56 billion in the red' is a deficit, value negative. The destination figures are "
        "non-oil and gas exports (the China sentence says so and the US/India sentence continues it), so product "
        "'non-oil and gas' on all six partner facts. 'the fuel' in the coal sentence is coal. Import shares and "
        "growth by use: product 'raw and auxiliary materials', 'capital goods'. Headline 'US$3.65b' is the body's "
        "surplus, labelled once.",
        "Not facts: 'three months' and '10 months' (period words); 78th consecutive month and May 2020 (streak); "
        "19 percent (a tariff rate); $3.1 billion (poll median); Rp16,610 (exchange rate); around $3 billion for "
        "November (an economist's forecast); 5.1 percent (GDP growth).",
        "Copy check: 8 sentences searched, 2 reworded (the oil-and-gas / non-oil-and-gas balance sentence followed "
        "the clause order of a real report; the January-October sentence opened like real 'Cumulatively, exports "
        "... reached' sentences and was recast).",
        "Second check: 23 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(ID, "balance", "value", 3.65e9, "USD", OCT, "US$3.65 billion", E_BAL),
        fact(ID, "balance", "value", 60.6e12, "IDR", OCT, "60.6 trillion", E_BAL),
        fact(ID, "balance", "value", 2.77e9, "USD", SEP, "$2.77 billion", E_BAL),
        fact(ID, "exports", "value", 25.12e9, "USD", OCT, "$25.12 billion", E_EXP),
        fact(ID, "exports", "growth", 3.6, "percent", OCT, "3.6", E_EXP),
        fact(ID, "exports", "growth", 2.9, "percent", OCT, "2.9", E_EXP, basis="mom"),
        fact(ID, "imports", "value", 21.47e9, "USD", OCT, "$21.47 billion", E_IMP),
        fact(ID, "imports", "growth", -1.7, "percent", OCT, "1.7", E_IMP),
        fact(ID, "imports", "growth", -0.8, "percent", OCT, "0.8", E_IMP, basis="mom"),
        fact(ID, "balance", "value", -1.56e9, "USD", OCT, "$1.56 billion",
             "Purchases of crude and refined fuel left oil and gas trade $1.56 billion in the red", product=OG),
        fact(ID, "balance", "value", 5.21e9, "USD", OCT, "$5.21 billion",
             "a gap more than covered by the $5.21 billion surplus posted in non-oil and gas trade", product=NOG),
        fact(ID, "exports", "value", 23.74e9, "USD", OCT, "$23.74 billion",
             "Non-oil and gas exports reached $23.74 billion", product=NOG),
        fact(ID, "exports", "value", 1.38e9, "USD", OCT, "$1.38 billion",
             "oil and gas exports came to $1.38 billion", product=OG),
        fact(ID, "exports", "value", 2.31e9, "USD", OCT, "$2.31 billion", E_COAL, product="coal"),
        fact(ID, "exports", "growth", -14.8, "percent", OCT, "14.8", E_COAL, product="coal"),
        fact(ID, "exports", "value", 2.68e9, "USD", OCT, "$2.68 billion", E_CPO, product=CPO),
        fact(ID, "exports", "growth", 21.5, "percent", OCT, "21.5", E_CPO, product=CPO),
        fact(ID, "exports", "value", 2.52e9, "USD", OCT, "$2.52 billion", E_STEEL, product="iron and steel"),
        fact(ID, "exports", "growth", 6.3, "percent", OCT, "6.3", E_STEEL, product="iron and steel"),
        fact(ID, "exports", "rank", 1, "number", OCT, "largest", E_CN, partner="China", product=NOG),
        fact(ID, "exports", "value", 6.12e9, "USD", OCT, "$6.12 billion", E_CN, partner="China", product=NOG),
        fact(ID, "exports", "share", 25.8, "percent", OCT, "25.8", E_CN, partner="China", product=NOG),
        fact(ID, "exports", "rank", 2, "number", OCT, "second-largest", E_US, partner="United States", product=NOG),
        fact(ID, "exports", "value", 2.47e9, "USD", OCT, "$2.47 billion", E_US, partner="United States", product=NOG),
        fact(ID, "exports", "rank", 3, "number", OCT, "third-largest", E_IN, partner="India", product=NOG),
        fact(ID, "exports", "value", 1.73e9, "USD", OCT, "$1.73 billion", E_IN, partner="India", product=NOG),
        fact(ID, "imports", "share", 71.6, "percent", OCT, "71.6",
             "raw and auxiliary materials made up 71.6 percent of the October total",
             product="raw and auxiliary materials"),
        fact(ID, "imports", "growth", 11.4, "percent", OCT, "11.4", "purchases of capital goods rose 11.4 percent yoy",
             product="capital goods"),
        fact(ID, "exports", "value", 232.85e9, "USD", JO, "$232.85 billion", E_JO),
        fact(ID, "exports", "growth", 4.1, "percent", JO, "4.1", E_JO),
        fact(ID, "imports", "value", 197.40e9, "USD", JO, "$197.40 billion", E_JO_IMP),
        fact(ID, "imports", "growth", 2.6, "percent", JO, "2.6", E_JO_IMP),
        fact(ID, "balance", "value", 35.45e9, "USD", JO, "$35.45 billion",
             "leaving a cumulative surplus of $35.45 billion"),
    ],
}

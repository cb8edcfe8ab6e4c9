from _fact import fact, period

TOT = "the combined gap on goods and services reached £5.6bn in the third quarter"
GQ = "Stripping out precious metals, whose volatile flows through the City's gold vaults the ONS leaves out of its headline measures, the shortfall in goods trade over the quarter stood at £59.6bn"
SQ = "their surplus edged up by £200m to £54bn"
GM = "goods imports, excluding precious metals, to £50.1bn, down 2%, or £1bn, compared with August"
GX = "Goods exports on the same measure slid 5.5% over the month to £29.4bn, leaving a goods deficit of £20.7bn"
PM = "Including precious metals, goods exports fell a more modest 1.2% on the month"
EUX = "On the month, and again excluding precious metals, exports to the EU dropped 2.7% to £14.4bn"
EUM = "while imports from the bloc fell 3.3% to £26.5bn"
EUB = "That left a deficit of £12.1bn with EU countries"
NEU = "Exports to non-EU countries sank 8% to £15bn and imports from outside the bloc eased 0.5% to £23.6bn, a shortfall of £8.6bn"
USX = "an 11.4% drop from August in goods exports to the US, including precious metals"
SX = "At £45.99bn in September, a five-month low, services exports were 0.7% lower on the month"
SM = "imports of services, by contrast, went up 0.4% to £28.2bn"
MB = "September's overall shortfall was the narrowest since January at £1.09bn, compared with £1.28bn for August after revision"

UK = "United Kingdom"
Q3 = period(2025, 7, 9)
S = period(2025, 9)
A = period(2025, 8)
XPM = "goods excluding precious metals"
GSP = "goods and services"
EU = "European Union"
NE = "Non-EU countries"

ARTICLE = {
    "id": "dAZ2_06",
    "title": "UK trade deficit widens as goods exports to US sink to lowest level since 2022",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Figures follow the real ONS UK trade bulletin for September 2025 (13 Nov 2025) and wire coverage of it; sentences are my own.",
        "Three-month figures ('the three months to September', 'the third quarter', 'over the quarter') -> 2025-07..2025-09. The absolute changes (£2.8bn, £3bn, £200m, £1bn, £500m) are out of scope and not labelled; only the levels and percentage changes are.",
        "Product: figures the text marks as excluding precious metals ('Stripping out precious metals', 'excluding precious metals', 'on the same measure', 'again excluding precious metals' carried through the EU/non-EU paragraph) -> 'goods excluding precious metals'. Figures marked 'including precious metals' (goods exports -1.2%, exports to the US -11.4%) -> product null (goods as a whole). Services -> 'services'; the Q3 total and the monthly total -> 'goods and services'.",
        "Month-on-month: 'compared with August', 'over the month', 'on the month' (opening the EU/non-EU paragraph and carrying to its later figures), 'from August' -> basis mom.",
        "Balances are negative deficits: Q3 goods and services -5.6bn, Q3 goods excl. precious metals -59.6bn, September goods excl. precious metals -20.7bn, EU -12.1bn, non-EU -8.6bn ('a shortfall'), monthly total -1.09bn (September) and -1.28bn (August, revised). The services surplus +54bn.",
        "'imports from outside the bloc' -> partner Non-EU countries.",
        "Out of scope, not labelled: the £20.8bn economists' forecast; the 10% baseline US tariff; 'roughly a third of firms' (a survey share, not a trade flow; 'third' is not a rank); GDP growth of 0.1%; milestones ('lowest level since 2022', 'five-month low', 'the narrowest since January', 'more than three and a half years').",
    ],
    "facts": [
        fact(UK, "balance", "value", -5.6e9, "GBP", Q3, "5.6bn", TOT, product=GSP),
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6bn", GQ, product=XPM),
        fact(UK, "balance", "value", 54e9, "GBP", Q3, "54bn", SQ, product="services"),
        fact(UK, "imports", "growth", -2, "percent", S, "2", GM, product=XPM, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", S, "50.1bn", GM, product=XPM),
        fact(UK, "exports", "growth", -5.5, "percent", S, "5.5", GX, product=XPM, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", S, "29.4bn", GX, product=XPM),
        fact(UK, "balance", "value", -20.7e9, "GBP", S, "20.7bn", GX, product=XPM),
        fact(UK, "exports", "growth", -1.2, "percent", S, "1.2", PM, basis="mom"),
        fact(UK, "exports", "growth", -2.7, "percent", S, "2.7", EUX, partner=EU, product=XPM, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", S, "14.4bn", EUX, partner=EU, product=XPM),
        fact(UK, "imports", "growth", -3.3, "percent", S, "3.3", EUM, partner=EU, product=XPM, basis="mom"),
        fact(UK, "imports", "value", 26.5e9, "GBP", S, "26.5bn", EUM, partner=EU, product=XPM),
        fact(UK, "balance", "value", -12.1e9, "GBP", S, "12.1bn", EUB, partner=EU, product=XPM),
        fact(UK, "exports", "growth", -8, "percent", S, "8", NEU, partner=NE, product=XPM, basis="mom"),
        fact(UK, "exports", "value", 15e9, "GBP", S, "15bn", NEU, partner=NE, product=XPM),
        fact(UK, "imports", "growth", -0.5, "percent", S, "0.5", NEU, partner=NE, product=XPM, basis="mom"),
        fact(UK, "imports", "value", 23.6e9, "GBP", S, "23.6bn", NEU, partner=NE, product=XPM),
        fact(UK, "balance", "value", -8.6e9, "GBP", S, "8.6bn", NEU, partner=NE, product=XPM),
        fact(UK, "exports", "growth", -11.4, "percent", S, "11.4", USX, partner="United States", basis="mom"),
        fact(UK, "exports", "growth", -0.7, "percent", S, "0.7", SX, product="services", basis="mom"),
        fact(UK, "exports", "value", 45.99e9, "GBP", S, "45.99bn", SX, product="services"),
        fact(UK, "imports", "growth", 0.4, "percent", S, "0.4", SM, product="services", basis="mom"),
        fact(UK, "imports", "value", 28.2e9, "GBP", S, "28.2bn", SM, product="services"),
        fact(UK, "balance", "value", -1.09e9, "GBP", S, "1.09bn", MB, product=GSP),
        fact(UK, "balance", "value", -1.28e9, "GBP", A, "1.28bn", MB, product=GSP),
    ],
}

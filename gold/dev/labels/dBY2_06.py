from _fact import fact, period

CZ = "Czechia"
S = period(2025, 9)
S24 = period(2024, 9)
AUG = period(2025, 8)
P = period(2025, 1, 9)
Y24 = period(2024, 1, 12)

LEAD_V = "The Czech Republic ran a trade surplus of 29.7 billion crowns ($1.41 billion) in September"
LEAD = LEAD_V + ", up from 23.3 billion a year earlier"
EXP = "Exports climbed 3.7% from September 2024 to 420.0 billion crowns"
IMP = "imports, at 390.3 billion, were 2.3% higher"
SA = "Seasonally adjusted, exports fell 2.3% from August and imports were down 2.7%"
CAR = ("Exports of motor vehicles, trailers and semi-trailers climbed 6.5% to 117.6 billion crowns and made up "
       "28.0% of all shipments")
CAR_P = "motor vehicles, trailers and semi-trailers"
ELEC = "Its exports fell 4.8% to 38.9 billion crowns"
ELEC_I = "imports of electrical equipment eased 1.9%"
COMP = "The deficit in computers, electronic and optical products deepened to 11.6 billion crowns"
DE_R = "Germany, the country's largest trading partner"
DE = ("Germany, the country's largest trading partner, bought Czech goods worth 134.6 billion crowns in September, "
      "4.1% more than a year before")
DE_SH = "Germany bought 32.4% of all the goods the country exported"
DE_IM = "German suppliers delivered 21.8% of Czech imports"
EA = "Exports to the euro area rose 3.9% to 277.5 billion crowns, or 66.1% of the total"
EU = "In the first nine months, shipments to the European Union increased 2.6% and those to countries outside the bloc 6.2%"
EU_SH = "with the EU accounting for about 78% of Czech exports"
YTD = "leaving a cumulative surplus of 170.8 billion crowns for the nine months"
YTD_G = "Imports rose 4.0% and exports 3.5% in January-September"
Y24_EXP = "Last year's full-year exports, at 4.9 trillion crowns, were the highest on record"
ROW_BAL = "Trade balance                      29.7        8.1        23.3"
ROW_EXP = "Exports                            420.0       361.4      404.8"
ROW_IMP = "Imports                            390.3       353.3      381.5"

ARTICLE = {
    "id": "dBY2_06",
    "title": "Czech trade surplus widens in September as car exports accelerate",
    "publisher": "Reuters",
    "published": "2025-11-06",
    "notes": [
        "Real figures (source, date): CZSO preliminary data for September 2025 via zpravy.tiscali.cz (2025-11-06): "
        "surplus CZK 29.7 billion, up CZK 6.4 billion y/y; exports +3.7% to 420.0 billion, imports +2.3% to 390.3 "
        "billion; seasonally adjusted m/m exports -2.3%, imports -2.7%; one more working day; car-trade surplus +5.2 "
        "billion, machinery +1.4 billion, metal products and electricity surpluses -1.7 billion each, chemicals "
        "deficit smaller; January-September surplus CZK 170.8 billion. CzechTrade (2025-11-06): January-September "
        "exports to the EU +2.6%, outside the EU +6.2%, EU share about 78%; car exports +7.2 billion in September. "
        "CNB held 3.5% and forecast 2.3% GDP growth for 2025 (finanznachrichten, 2025-11-06).",
        "Derived/made up: September 2024 surplus 29.7 - 6.4 = 23.3 and exports 420.0 - 15.2 = 404.8 (derived), "
        "imports 404.8 - 23.3 = 381.5 (derived); car exports 117.6 billion = 110.4 + 7.2 with +6.5% and 28.0% of "
        "420.0 (110.4 made up); electrical equipment -4.8% to 38.9 billion and imports -1.9%, computers deficit 11.6 "
        "billion, Germany 134.6 billion / +4.1% / 32.4% / 21.8%, euro area +3.9% to 277.5 billion (66.1%), "
        "January-September exports +3.5% and imports +4.0%, 2024 exports 4.9 trillion, August 2025 row "
        "(8.1 / 361.4 / 353.3), the 22.0 billion poll, the 15% tariff wording, the crown's ~3% rise and $1 = 21.0250 "
        "crowns are made up or approximate; USD 1.41 billion = 29.7 / 21.025.",
        "Judgement calls: area written 'Czechia' (the text says 'Czech Republic'; the lead may prefer that form); "
        "'($1.41 billion)' has no 'about', so qualifier exact; table cells take their scale from the header "
        "'(CZK bln unless stated)' and the September 2025 and September 2024 balance cells duplicate body facts, "
        "so only the new cells (August 2025 and September 2024 exports/imports) are labelled from the table; "
        "electrical equipment exports: the subject is carried from the previous sentence ('Its exports'), evidence "
        "kept to one sentence; Germany's January-September shares take their period from the sentence opening ('Over January-September'); Germany's 134.6 billion is "
        "Czech exports to Germany; euro-area figures take September 2025 from context; 'countries outside the bloc' "
        "written as partner 'non-EU countries'; EU 78% share dated January-September from its sentence, approx; "
        "2024 full-year exports period from 'last year' and the publication date; mom basis for the seasonally "
        "adjusted pair.",
        "Not facts: 22.0 billion crowns (poll forecast); one more working day; car-trade surplus +5.2 billion, "
        "machinery +1.4 billion, metal products and electricity -1.7 billion each (absolute changes of balances); "
        "15% U.S. tariff; crown +3% against the euro (exchange rate); 3.50% (interest rate); 2.3% (GDP forecast); "
        "$1 = 21.0250 crowns.",
        "Copy check: 18 sentences searched, 5 reworded (lead and exports sentence shared the standard wire skeleton "
        "'surplus rose to X in September from Y' / 'Exports grew N% year-on-year to X and imports by N% to Y'; "
        "Germany's share sentence echoed 'accounting for about a third of Czech exports and a quarter of imports'; "
        "the January-September and record-exports sentences echoed CzechTrade/Prague Monitor phrasing); all "
        "reworded sentences re-searched clean. The CNB sentence was also corrected to the real 3.50% hold and "
        "2.3% forecast.",
        "Second check: 21 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CZ, "balance", "value", 29.7e9, "CZK", S, "29.7 billion", LEAD_V),
        fact(CZ, "balance", "value", 1.41e9, "USD", S, "1.41 billion", LEAD_V),
        fact(CZ, "balance", "value", 23.3e9, "CZK", S24, "23.3 billion", LEAD),
        fact(CZ, "exports", "growth", 3.7, "percent", S, "3.7", EXP),
        fact(CZ, "exports", "value", 420.0e9, "CZK", S, "420.0 billion", EXP),
        fact(CZ, "imports", "value", 390.3e9, "CZK", S, "390.3 billion", IMP),
        fact(CZ, "imports", "growth", 2.3, "percent", S, "2.3", IMP),
        fact(CZ, "exports", "growth", -2.3, "percent", S, "2.3", SA, basis="mom"),
        fact(CZ, "imports", "growth", -2.7, "percent", S, "2.7", SA, basis="mom"),
        fact(CZ, "exports", "growth", 6.5, "percent", S, "6.5", CAR, product=CAR_P),
        fact(CZ, "exports", "value", 117.6e9, "CZK", S, "117.6 billion", CAR, product=CAR_P),
        fact(CZ, "exports", "share", 28.0, "percent", S, "28.0", CAR, product=CAR_P),
        fact(CZ, "exports", "growth", -4.8, "percent", S, "4.8", ELEC, product="electrical equipment"),
        fact(CZ, "exports", "value", 38.9e9, "CZK", S, "38.9 billion", ELEC, product="electrical equipment"),
        fact(CZ, "imports", "growth", -1.9, "percent", S, "1.9", ELEC_I, product="electrical equipment"),
        fact(CZ, "balance", "value", -11.6e9, "CZK", S, "11.6 billion", COMP,
             product="computers, electronic and optical products"),
        fact(CZ, "total", "rank", 1, "number", S, "largest", DE_R, partner="Germany"),
        fact(CZ, "exports", "value", 134.6e9, "CZK", S, "134.6 billion", DE, partner="Germany"),
        fact(CZ, "exports", "growth", 4.1, "percent", S, "4.1", DE, partner="Germany"),
        fact(CZ, "exports", "share", 32.4, "percent", P, "32.4", DE_SH, partner="Germany"),
        fact(CZ, "imports", "share", 21.8, "percent", P, "21.8", DE_IM, partner="Germany"),
        fact(CZ, "exports", "growth", 3.9, "percent", S, "3.9", EA, partner="Euro area"),
        fact(CZ, "exports", "value", 277.5e9, "CZK", S, "277.5 billion", EA, partner="Euro area"),
        fact(CZ, "exports", "share", 66.1, "percent", S, "66.1", EA, partner="Euro area"),
        fact(CZ, "exports", "growth", 2.6, "percent", P, "2.6", EU, partner="European Union"),
        fact(CZ, "exports", "growth", 6.2, "percent", P, "6.2", EU, partner="non-EU countries"),
        fact(CZ, "exports", "share", 78, "percent", P, "78", EU_SH, partner="European Union", qualifier="approx"),
        fact(CZ, "balance", "value", 170.8e9, "CZK", P, "170.8 billion", YTD),
        fact(CZ, "exports", "growth", 3.5, "percent", P, "3.5", YTD_G),
        fact(CZ, "imports", "growth", 4.0, "percent", P, "4.0", YTD_G),
        fact(CZ, "exports", "value", 4.9e12, "CZK", Y24, "4.9 trillion", Y24_EXP),
        fact(CZ, "balance", "value", 8.1e9, "CZK", AUG, "8.1", ROW_BAL),
        fact(CZ, "exports", "value", 361.4e9, "CZK", AUG, "361.4", ROW_EXP),
        fact(CZ, "exports", "value", 404.8e9, "CZK", S24, "404.8", ROW_EXP),
        fact(CZ, "imports", "value", 353.3e9, "CZK", AUG, "353.3", ROW_IMP),
        fact(CZ, "imports", "value", 381.5e9, "CZK", S24, "381.5", ROW_IMP),
    ],
}

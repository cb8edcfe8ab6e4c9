from _fact import fact, period

CN = "China"
NOV = period(2024, 11)
OCT = period(2024, 10)
JN = period(2024, 1, 11)
US = "United States"
EU = "European Union"

S_LEAD = "Export growth in China cooled to 6.7% year on year in November"
S_BAL = "The trade surplus edged up from October's $95.72 billion to $97.44 billion in November"

X_TOT = "Total                    312.31        6.7   3,242.35        5.4"
X_US = "United States             47.35        8.0     473.66        4.9"
X_EU = "European Union            42.08        8.1     470.39        3.0"
X_AS = "ASEAN                     53.96       14.9     528.12       12.3"
M_TOT = "Total                    214.87       -3.9   2,357.19        1.2"
M_US = "United States             13.57       -1.9     148.63        1.5"
M_EU = "European Union            22.09       -8.5     245.02       -3.7"
M_AS = "ASEAN                     34.53       -1.4     360.18        6.2"


def row(flow, evidence, nov, nov_text, nov_g, nov_g_text, jn, jn_text, jn_g, jn_g_text, partner, with_nov_growth=True):
    """The four cells of one partner row: November value and y/y, January-November value and y/y."""
    out = [fact(CN, flow, "value", nov, "USD", NOV, nov_text, evidence, partner=partner)]
    if with_nov_growth:
        out.append(fact(CN, flow, "growth", nov_g, "percent", NOV, nov_g_text, evidence, partner=partner))
    out += [
        fact(CN, flow, "value", jn, "USD", JN, jn_text, evidence, partner=partner),
        fact(CN, flow, "growth", jn_g, "percent", JN, jn_g_text, evidence, partner=partner),
    ]
    return out


ARTICLE = {
    "id": "dCA1_02",
    "title": "TABLE-China's Nov exports and imports by partner: U.S., EU, ASEAN",
    "publisher": "Reuters",
    "published": "2024-12-10",
    "notes": [
        "Real figures (China customs, 2024-12-10, via AP/latestly.com and investing.com in the pages corpus; Reuters "
        "poll via CNA, 2024-12-09): November exports +6.7% y/y after +12.7% in October; imports -3.9%; surplus "
        "$97.44 bn; poll forecast of an 8.5% export rise; Trump's threatened tariffs of 60% or more. Table layout "
        "modelled on Reuters 'TABLE-China's ... trade with ...' items in the corpus.",
        "Derived/made up: November exports 312.31 bn and imports 214.87 bn are from memory (their difference is the "
        "real 97.44 bn surplus); October surplus 95.72 bn is from memory (investing.com in the corpus prints 95.27 bn, "
        "which I take for a typo; unverified); January-November totals 3,242.35 bn and 2,357.19 bn and their growth "
        "5.4% and 1.2% are derived from remembered full-year and December figures, approximate; every partner row "
        "(U.S., EU, ASEAN; exports and imports) is made up but plausible.",
        "Judgement calls: table cells take their scale from the section header '($ bln, pct)' and their flow from "
        "the section (EXPORTS/IMPORTS); the 'Nov' column is November 2024 and 'Jan-Nov' is 2024-01..2024-11 (year "
        "from the intro and the published date); negative cells carry their own minus sign. The total-row November "
        "growth rates 6.7 and -3.9 restate the lead's figures (same observation), so they are labelled once, with the "
        "lead as evidence. 'Export growth in China cooled to 6.7%' is a growth of +6.7 (the verb moves the rate, it is not a "
        "fall). 'roughly half October's 12.7% pace' is October's export growth (a prior-period figure; period from the "
        "possessive month). 'The trade surplus edged up from October's $95.72 billion to $97.44 billion in November': "
        "two balance values, October and November (the balance word covers both).",
        "Not facts: the 8.5% export gain economists polled by Reuters had looked for (poll); 'roughly half' (a ratio); duties of 60% or more "
        "(tariff rate); the EU's 27 members (not a trade flow); 2024 (year).",
        "Copy check: 5 sentences (or sentence groups) searched, 4 of them reworded (the lead, the surplus sentence, "
        "the table lead-in, the NOTE); the headline was reworded too, after the standard Reuters title turned up "
        "among the results.",
        "Second check: 9 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 6.7, "percent", NOV, "6.7", S_LEAD),
        fact(CN, "exports", "growth", 12.7, "percent", OCT, "12.7", "Export growth in China cooled to 6.7% year on year in November, roughly half October's 12.7% pace"),
        fact(CN, "imports", "growth", -3.9, "percent", NOV, "3.9", "imports unexpectedly fell 3.9%"),
        fact(CN, "balance", "value", 97.44e9, "USD", NOV, "97.44 billion", S_BAL),
        fact(CN, "balance", "value", 95.72e9, "USD", OCT, "95.72 billion", S_BAL),
        *row("exports", X_TOT, 312.31e9, "312.31", None, None, 3242.35e9, "3,242.35", 5.4, "5.4", None,
             with_nov_growth=False),
        *row("exports", X_US, 47.35e9, "47.35", 8.0, "8.0", 473.66e9, "473.66", 4.9, "4.9", US),
        *row("exports", X_EU, 42.08e9, "42.08", 8.1, "8.1", 470.39e9, "470.39", 3.0, "3.0", EU),
        *row("exports", X_AS, 53.96e9, "53.96", 14.9, "14.9", 528.12e9, "528.12", 12.3, "12.3", "ASEAN"),
        *row("imports", M_TOT, 214.87e9, "214.87", None, None, 2357.19e9, "2,357.19", 1.2, "1.2", None,
             with_nov_growth=False),
        *row("imports", M_US, 13.57e9, "13.57", -1.9, "-1.9", 148.63e9, "148.63", 1.5, "1.5", US),
        *row("imports", M_EU, 22.09e9, "22.09", -8.5, "-8.5", 245.02e9, "245.02", -3.7, "-3.7", EU),
        *row("imports", M_AS, 34.53e9, "34.53", -1.4, "-1.4", 360.18e9, "360.18", 6.2, "6.2", "ASEAN"),
    ],
}

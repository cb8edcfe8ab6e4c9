from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
YTD = period(2025, 1, 11)
US = "United States"
EU = "European Union"
E_LEAD = ("exports were up 5.9% on a year earlier after a 1.1% drop in October, "
          "ahead of the 3.8% increase economists had pencilled in for a Reuters poll")
E_BAL = "The trade surplus widened to $111.68 billion last month from $90.07 billion in October."
E_YTD = "the surplus crossed $1 trillion for the first time, coming in at $1.08 trillion"
# table rows (the scale comes from the header line "(Levels in $ billions; ...)")
X_US = "United States 33.8 -28.6 385.6 -18.9"
X_EU = "European 52.1 14.8 514.0 8.1\nUnion"
X_AS = "ASEAN 59.5 8.2 605.3 13.7"
M_US = "United States 12.1 -19.4 130.4 -13.2"
M_EU = "European 21.6 1.6 239.8 -1.3\nUnion"
M_AS = "ASEAN 35.4 4.5 359.7 2.8"


def row(flow, partner, evidence, nov, nov_g, ytd, ytd_g):
    """The four cells of one table row: Nov value, Nov y/y pct, Jan-Nov value, Jan-Nov y/y pct."""
    return [
        fact("China", flow, "value", float(nov + "e9"), "USD", NOV, nov, evidence, partner=partner),
        fact("China", flow, "growth", float(nov_g), "percent", NOV, nov_g, evidence, partner=partner),
        fact("China", flow, "value", float(ytd + "e9"), "USD", YTD, ytd, evidence, partner=partner),
        fact("China", flow, "growth", float(ytd_g), "percent", YTD, ytd_g, evidence, partner=partner),
    ]


ARTICLE = {
    "id": "dAM1_02_reuters_table_china_trade_by_partner_nov_2025",
    "title": "China's trade with the U.S., EU and ASEAN in November: table",
    "publisher": "Reuters",
    "published": "2025-12-08",
    "notes": [
        "Dateline 'BEIJING, Dec 8 (Reuters)', 'customs figures released on Monday showed': published 2025-12-08; November = 2025-11, Jan-Nov = 2025-01..2025-11.",
        "Lead: exports +5.9% (Nov), 'a 1.1% drop in October' -> October export growth -1.1, imports +1.9% (Nov), all yoy ('on a year earlier').",
        "'the 3.8% increase economists had pencilled in for a Reuters poll' and 'the 3.0% that economists had expected' are forecasts: out. The analyst's 'around 3% in 2026' is a forecast: out.",
        "'The trade surplus widened to $111.68 billion last month from $90.07 billion in October': a November balance and an October balance, both positive USD.",
        "'the surplus crossed $1 trillion ... coming in at $1.08 trillion': threshold and exact figure for one observation; only the exact $1.08 trillion (Jan-Nov balance) is labelled.",
        "'fell for an eighth straight month' (streak) carries no rate: nothing labelled; 'one-year truce' out.",
        "Table: the header '(Levels in $ billions; percent changes from a year earlier)' gives the scale (1e9 USD) for the level cells and yoy basis for the pct cells. "
        "Columns: Nov value, Nov y/y pct, Jan-Nov value, Jan-Nov y/y pct. EXPORTS section -> flow exports, IMPORTS section -> flow imports; area China, partner the row label.",
        "The row label 'European Union' wraps onto a second line ('European ... / Union'); evidence spans both lines so the partner is visible.",
        "Each cell's evidence is its whole row line; negative cells carry their sign in value_text ('-28.6').",
        "The form the brief suggested for the header, '(in billions of U.S. dollars)', is not read as a table scale by the lint's number parser; the Reuters wording '(Levels in $ billions; ...)' is used instead.",
        "Footnote (rounding, growth rates calculated by Reuters) and source line carry no figures.",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", E_LEAD),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_LEAD),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", "Import growth came in at 1.9%, below the 3.0% that economists had expected."),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68 billion", E_BAL),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact("China", "balance", "value", 1.08e12, "USD", YTD, "1.08 trillion", E_YTD),
        *row("exports", US, X_US, "33.8", "-28.6", "385.6", "-18.9"),
        *row("exports", EU, X_EU, "52.1", "14.8", "514.0", "8.1"),
        *row("exports", "ASEAN", X_AS, "59.5", "8.2", "605.3", "13.7"),
        *row("imports", US, M_US, "12.1", "-19.4", "130.4", "-13.2"),
        *row("imports", EU, M_EU, "21.6", "1.6", "239.8", "-1.3"),
        *row("imports", "ASEAN", M_AS, "35.4", "4.5", "359.7", "2.8"),
    ],
}

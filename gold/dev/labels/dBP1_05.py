from _fact import fact, period

CN = "China"
OCT = period(2026, 10)
SEP = period(2026, 9)
JO = period(2026, 1, 10)

LEAD = "Chinese exports grew 4.6 percent year-on-year in October to $318.2 billion"
SEPT = ("Chinese exports grew 4.6 percent year-on-year in October to $318.2 billion, the General Administration of "
        "Customs said on Sunday, a slower pace than September's 7.9 percent")
IMPORTS = "Imports rose 2.1 percent to $224.5 billion"
SURPLUS = "the monthly trade surplus came in at $93.7 billion"
TEN = ("For the first 10 months, exports rose 5.3 percent and imports 1.4 percent, putting the cumulative trade "
       "surplus at $968.4 billion")

ROWS = {
    "ASEAN": ("ASEAN              55,120    8.3    541,870     9.6", 55120, 8.3, 541870, 9.6),
    "European Union": ("European Union     47,350    5.1    463,920     6.4", 47350, 5.1, 463920, 6.4),
    "United States": ("United States      36,080   -6.2    352,410    -3.9", 36080, -6.2, 352410, -3.9),
    "Hong Kong": ("Hong Kong          24,610    2.7    238,550     1.5", 24610, 2.7, 238550, 1.5),
    "Japan": ("Japan              12,940    1.2    128,330    -0.8", 12940, 1.2, 128330, -0.8),
    "Russia": ("Russia              9,870   -4.8     92,140    -7.1", 9870, -4.8, 92140, -7.1),
}


def _text(x: float) -> str:
    """A table cell as written: thousands commas for values, one decimal for rates."""
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.1f}"


def _row(partner: str) -> list[dict]:
    row, oct_v, oct_g, ytd_v, ytd_g = ROWS[partner]
    return [
        fact(CN, "exports", "value", oct_v * 1e6, "USD", OCT, _text(oct_v), row, partner=partner),
        fact(CN, "exports", "growth", oct_g, "percent", OCT, _text(oct_g), row, partner=partner),
        fact(CN, "exports", "value", ytd_v * 1e6, "USD", JO, _text(ytd_v), row, partner=partner),
        fact(CN, "exports", "growth", ytd_g, "percent", JO, _text(ytd_g), row, partner=partner),
    ]


ARTICLE = {
    "id": "dBP1_05",
    "title": "TABLE-Top destinations for China's October exports",
    "publisher": "Reuters",
    "published": "2026-11-08",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Reuters TABLE items of China's trade with "
        "the EU, US and Japan (2009) and on GAC October releases (2019-2025). Invented: every figure. Derived and "
        "checked: surplus 318.2 - 224.5 = 93.7 billion; the six destinations sum to $185,970 mln in October and "
        "$1,817,220 mln in January-October, below the stated October total and a January-October total of about "
        "$3.19 trillion (not stated; consistent with the $968.4 billion surplus).",
        "Judgement calls: table cells take the scale of the header '($ mln; y/y pct)': values in USD millions, "
        "growth year on year; the 'Oct' columns are October 2026, the 'Jan-Oct' columns January-October 2026 "
        "(the year from the publication date). Each cell's evidence is its row line. 'September's 7.9 percent' is "
        "September 2026 export growth (a fact for September, not a comparison base). 'exports rose 5.3 percent "
        "and imports 1.4 percent' shares its verb: imports growth +1.4. No total row in the table, so the "
        "October total appears once.",
        "Not facts: '3.0 percent median forecast' and 'expectations of $98.0 billion' (forecasts/polls); "
        "'ninth month in a row' (streak); 'duties of 20 percent' (tariff rate); the notes' counts of ASEAN and EU "
        "members, working days (22, 21), 'Nov. 20' and 'one percentage point' (not trade flows or derived); the "
        "years 2025 and 2026.",
        "Copy check: 8 sentences searched, 1 reworded (the rounding footnote, which followed the skeleton of a Reuters table footnote).",
        "Second check: 15 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "value", 318.2e9, "USD", OCT, "$318.2 billion", LEAD),
        fact(CN, "exports", "growth", 4.6, "percent", OCT, "4.6", LEAD),
        fact(CN, "exports", "growth", 7.9, "percent", SEP, "7.9", SEPT),
        fact(CN, "imports", "value", 224.5e9, "USD", OCT, "$224.5 billion", IMPORTS),
        fact(CN, "imports", "growth", 2.1, "percent", OCT, "2.1", IMPORTS),
        fact(CN, "balance", "value", 93.7e9, "USD", OCT, "$93.7 billion", SURPLUS),
        fact(CN, "exports", "growth", 5.3, "percent", JO, "5.3", "For the first 10 months, exports rose 5.3 percent"),
        fact(CN, "imports", "growth", 1.4, "percent", JO, "1.4",
             "For the first 10 months, exports rose 5.3 percent and imports 1.4 percent"),
        fact(CN, "balance", "value", 968.4e9, "USD", JO, "$968.4 billion", TEN),
        *_row("ASEAN"),
        *_row("European Union"),
        *_row("United States"),
        *_row("Hong Kong"),
        *_row("Japan"),
        *_row("Russia"),
    ],
}

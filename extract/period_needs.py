"""What each period pattern of `extract/periods.py` needs, by its first group: a sentence without one of the words
gets no match from the pattern; and, for the costly ones, the words their matches start at (they are tried only
there). A pattern not listed runs on every sentence. A new alternative in a pattern must add its words here."""

from __future__ import annotations

from tradefacts.extract.text import MONTH_NUMBER

_MONTHS = [*MONTH_NUMBER]
_QUARTER_CODES = ["q1", "q2", "q3", "q4"]
_PREPOSITIONS = ["in", "for", "during", "of", "since", "throughout", "by", "than", "from", "with", "and", "to"]
NEEDS: dict[str, tuple[list[str], list[str] | None]] = {
    "shifty": (["year"], ["a", "one", "the", "same", "corresponding", "year"]),
    "samey": (["same", "corresponding"], ["the", "same", "corresponding"]),
    "shiftm": (["month"], None),
    "qlist": (["quarters"], None), "q4list": (["quarters", "quarterly"], None), "mlist": (_MONTHS, None),
    "firstn": (["months"], None),
    "thenm": (["months", "month"], None),
    "theperiod": (["period", "half", "quarter", "stretch", "span", "cumulative"], None),
    "themonth": (["month", "monthly"], None),
    "trail": (["months"], None),
    "m1": (_MONTHS, ["from", *_MONTHS]),
    "b1": (_MONTHS, None),
    "half": (["half", "h1", "h2"], None),
    "firstq": (["quarters"], None),
    "qrange": (_QUARTER_CODES, None),
    "quarter": (["quarter", *_QUARTER_CODES], None),
    "mlast": (_MONTHS, None),
    "single": (_MONTHS, [*_PREPOSITIONS, *_MONTHS]),
    "monthsto": (_MONTHS, None),
    "thru": (_MONTHS, ["through", "thru"]),
    "lastm": (["last"], None), "wholeyear": (["year"], None), "last": (["last"], None),
    "ytd": (["year", "since"], None),  # "so far this year", "Cumulative purchases since January"
    "yearonly": (["19", "20"], ["19", "20"]),
}

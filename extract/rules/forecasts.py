"""Rates beside trade figures that are not reported figures: a forecast's (a forecast word in the clause, unless the
clause turns past it to a reported figure) and volume growth's (a volume cue near the rate, in its clause)."""

from __future__ import annotations

import re

from tradefacts.extract.periods import MONTH_WORDS
from tradefacts.extract.rules.scope import FORECAST, VOLUME
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas.signs import REVISED

_DIGIT = re.compile(r"\s(?:US)?[$€£¥₹]?\d")  # another number, "$108.0" too
_FORECAST_OF = re.compile(  # "forecasts of a 0.5% gain", "the poll's forecast of $100.2 billion": the forecast's figure
    r"(?:['’]s?\s+[a-z]+)?\s+(?:of|for)\s+(?:an?\s+)?(?:about\s+|around\s+)?[$€£¥]?[-+]?(?!(?:19|20)\d\d)\d",
    re.IGNORECASE)
# "a surplus of $964.8 billion that puts China on track to exceed $1 trillion": a forecast with a figure of its own
# after it, which is what it covers, not the number before it
_OWN_FIGURE_AHEAD = re.compile(  # not "the $112.0 billion the poll predicted and the $98.3 billion": another figure
    r"(?:\s+(?!and\b)[a-z]+){0,3}?\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:US)?[$€£¥₹]?"
    r"[-+]?(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE,
)
# "3.4 percent short of the $38.50 billion the government had targeted": a rate's gap to the forecast's own figure
_GAP_TO_FIGURE = re.compile(
    rf"[\d.,]+\s*{PERCENT_WORD}\s+(?:short\s+of|below|above|ahead\s+of|behind)\s+(?:the\s+)?(?:US)?[$€£¥₹]?"
    r"\d[\d.,]*[^\d,;]{0,50}",
    re.IGNORECASE,
)
_TARGET = re.compile(r"target", re.IGNORECASE)  # "3.4 percent short of the government's target of $38.50 billion"
_LABELLED_FORECAST = re.compile(
    r"^[^:]{0,60}\b(?:forecasts?|poll|consensus|expected|estimates?)\b[^:]{0,40}:", re.IGNORECASE
)
# "... but improving on", "and picking up from a 5.8% gain in June": past the forecast, to a reported figure
# "... and August's 1.3% rise": a month's own reported figure after the forecast
_TURN = re.compile(  # "beating forecasts for a 0.5% gain and leaving a trade surplus of $96.6 billion"
    r"\b(?:but|while|whereas|and\s+(?:up|down|after|following|[a-z]+ing(?:\s+up)?\s+(?:from|on)|"
    r"(?:leaving|pushing|bringing|taking|putting|lifting|widening|narrowing|marked|represented)|"
    r"(?:an?|the)\s+(?:(?:downwardly|upwardly)\s+)?revised|"  # "... forecast in the poll and a revised ... in October"
    rf"{MONTH_WORDS}['’]s|"  # "... and well short of July's 7.2% expansion", "and a touch weaker than the 0.5% rise"
    rf"(?:[a-z]+\s+){{1,3}}?(?:{MONTH_WORDS}['’]s|than\s+(?:the|an?))))\b",
    re.IGNORECASE,
)

# "after a 3.9% increase in December", "followed a 4.2% rise in September": an earlier month's own rate
_AFTER_A = re.compile(rf"\b(?:after|following|followed)\s+(?:an?|the)\s+{REVISED}$", re.IGNORECASE)
_OWN_MONTH_RATE = re.compile(
    rf"[-+]?\d[\d.,]*\s*{PERCENT_WORD}(?:\s+[a-z]+){{1,2}}\s+(?:in|for)\s+(?:{MONTH_WORDS})\b",
    re.IGNORECASE,
)
# "had expected the surplus at 20.2 billion euros, with exports ...", "braced for a much wider gap, of $63.3 billion",
# "expects exports to grow 25 percent, to somewhere between US$64.7 billion and ...": the forecast's clause goes on
# a figure a month or a year before recorded: a statistic, though a forecast stands in its clause
_RECORDED_IN = re.compile(
    r"(?:US|A|C|HK|S|NT|R)?[$€£¥₹]?\s*[\d.,]+\s*(?:%|per\s*cent|pc\b|percent|(?:trillion|billion|million|bn|bln|mln)\b)?"
    r"(?:\s+[a-z]+)?\s+"
    rf"(?:recorded|reported|posted|logged|registered|booked)\s+(?:in|for)\s+(?:{MONTH_WORDS}|the\s+previous\s+month\b|"
    r"a\s+year\s+(?:earlier|ago|before)\b)",
    re.IGNORECASE,
)
_WITH_OPENING = re.compile(r"\s*(?:with|of|to)\s", re.IGNORECASE)
_CLAUSE_TURN = re.compile(r",\s+(?:while|whereas|but)\b|;")


def volume_rate(sentence: str, start: int, end: int) -> bool:
    """Whether the rate at `start`-`end` is volume growth: a volume cue near it, not one that ends before a new
    clause does ("up 0.9 percent in volume, while the value of the shipments dropped 12.1 percent": the 12.1 is
    the value's)."""
    cue = VOLUME.search(sentence, max(0, start - 90), end + 25)
    if cue is not None and _VOLUMES_MOVED.match(cue.group()) and _TONNES.search(sentence) and not _MONEY.search(
        sentence
    ):
        return False  # "at 9.1 million tons, though volumes fell 22%": in a sentence of tonnes alone, the tonnage's
    return cue is not None and not (cue.end() <= start and _CLAUSE_TURN.search(sentence, cue.end(), start))


_VOLUMES_MOVED = re.compile(r"volumes?\s", re.IGNORECASE)
_TONNES = re.compile(r"\b(?:tons|tonnes|T)\b")
_MONEY = re.compile(r"[$€£¥]|\b(?:yuan|dollars?|euros?|yen|won|rupees?|pounds?)\b", re.IGNORECASE)


# "beating the 3.0% and 1.0% gains forecast": a list of rates that one forecast word after it covers
_LISTED_RATES = re.compile(rf"[\d.]+\s*{PERCENT_WORD}?\s*(?:,|and|,\s+and)\s+[\d.]+\s*"
                           rf"{PERCENT_WORD}\s+(?:[a-z]+\s+)?", re.IGNORECASE)


def _covers(sentence: str, start: int, word: re.Match[str]) -> bool:
    """Whether a forecast word in the clause covers the number at `start`: one before it does; one after it does
    when no other number stands between ("a 3.8% rise forecast") and none follows it ("fell 0.7% against a median
    estimate for a 2.7% rise"), or when the number is a gap to the forecast's figure ("3.4 percent short of the
    $38.50 billion the government had targeted")."""
    if word.end() <= start or _GAP_TO_FIGURE.fullmatch(sentence, start, word.start()):
        return True
    between = _DIGIT.search(sentence, start + 1, word.start()) and not _LISTED_RATES.fullmatch(
        sentence, start, word.start())
    ahead = (_FORECAST_OF.match(sentence, word.end()) or _OWN_FIGURE_AHEAD.match(sentence, word.end())) and not (
        _TARGET.match(word.group()))
    return not (between or ahead)


def in_forecast(sentence: str, start: int, clause_start: int, clause_end: int) -> bool:
    """Whether the clause (`clause_start`-`clause_end`) of the number at `start` is about a forecast: a forecast
    word in it, and no "but" or "and up from" between a forecast word before the number and the number
    ("missing the poll's forecast of a 3.0% increase but improving on the 1.0% gain logged in October": the
    1.0% is a fact)."""
    if _LABELLED_FORECAST.search(sentence, 0, start):
        return True  # "Median forecast in a Reuters poll: exports +1.1% y/y, imports -1.5% y/y"
    if _AFTER_A.search(sentence, max(0, start - 40), start) and _OWN_MONTH_RATE.match(sentence, start):
        return False  # "had expected a 2.0% drop after a 3.9% increase in December": December's reported rate
    if _RECORDED_IN.match(sentence, start):
        return False  # "above both the $109.5 billion a poll had predicted and the $96.1 billion recorded in October"
    words = [m for m in FORECAST.finditer(sentence, clause_start, clause_end) if _covers(sentence, start, m)]
    if not words:  # "had expected the surplus at 20.2 billion euros, with exports slipping only 0.5 percent"
        prior = list(FORECAST.finditer(sentence, max(0, clause_start - 150), clause_start))
        return bool(prior and _WITH_OPENING.match(sentence, clause_start) and not _TURN.search(
            sentence, prior[-1].end(), start))
    before = [m for m in words if m.end() <= start]
    return not (before and len(before) == len(words) and _TURN.search(sentence, before[-1].end(), start))

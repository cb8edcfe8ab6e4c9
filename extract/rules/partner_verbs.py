"""The flow a partner's verb gives a figure: what the partner bought is the area's exports, what it sold its imports."""

from __future__ import annotations

import re

from tradefacts.extract.rules.flows import FLOW_RE
from tradefacts.extract.scan import Anchored
from tradefacts.schemas import Flow

_PARTNER_VERB = re.compile(
    r"\b(?:(?P<exports>bought|buys|buying|purchased|(?:took|takes|taking)(?!\s+up\b)|absorbed|absorbing|imported|importing|received|"
    r"(?:raised|boosted|lifted|trimmed|cut|lowered)\s+(?:its|their)\s+purchases)|"
    r"(?P<imports>sold|sells|selling|shipped|shipping|exported|exporting|supplied|supplies|supplying|sent|sending|"
    r"delivered|delivering))\b",
    re.IGNORECASE,
)
_PARTNER_VERB = Anchored(_PARTNER_VERB, words=[
    "bought", "buys", "buying", "purchased", "took", "takes", "taking", "absorb", "imported", "importing", "received",
    "sold", "sells", "selling", "shipped", "shipping", "exported", "exporting", "suppl", "sent", "sending",
    "delivered", "delivering", "raised", "boosted", "lifted", "trimmed", "cut", "lowered"])  # fmt: skip


_OF_TRADE_AFTER = re.compile(
    r"(?:[^,;.]|\.(?=\d)){0,40}?\bof\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+|(?:city|province|region|country|nation)['’]s\s+)?"
    r"(?:(?:total|overall|foreign|combined|two-way)\s+)*trade\b"
)
_PASSIVE_SUBJECT = re.compile(r"\b(?:value|goods|products|volume|amount)\s+$", re.IGNORECASE)
# a stop, or another figure's decimal point, between the partner and its verb; not "the No. 2 supplier", "the U.S."
_CLAUSE_STOP = re.compile(r";|(?<!\bNo)(?<![A-Z])\.")
_SENTENCE_STOP = re.compile(r";|(?<!\bNo)(?<![A-Z\d])\.")
# a verb that shares the subject of the verb before it: "took 49.8 billion euros of German goods and delivered"
_SAME_SUBJECT_VERB = re.compile(r"(?:[\d%)]|\bgoods|\bproducts)\s+and\s+$")
_OWN_SUBJECT = re.compile(r"\b(?:with|as|while)\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?\s+$")


def partner_verb_flow(sentence: str, partner_end: int, pos: int) -> Flow | None:
    """The flow of a figure whose clause has a partner for its subject: what the partner bought is the area's
    exports ("The United States, Germany's biggest export market, bought goods worth €11.3 billion"), what it
    sold or supplied the area's imports."""
    if pos - partner_end > 200:
        return None  # a subject that far back is no longer the figure's (and the look stays bounded)
    verbs = _PARTNER_VERB.finditer(sentence, partner_end, pos)
    verb = verbs[-1] if verbs else None
    if verb is None:
        return None
    between = sentence[partner_end : verb.start()]
    if _SENTENCE_STOP.search(between) or (_CLAUSE_STOP.search(between) and not _SAME_SUBJECT_VERB.search(between)):
        return None  # not "The euro area took 49.8 billion euros of German goods and delivered 37.2 billion euros":
        # one subject's two verbs, another figure's decimal point between them
    if _OWN_SUBJECT.search(sentence, max(partner_end, verb.start() - 40), verb.start()):
        return None  # "Australia remained the top supplier, with China importing 694.6 million tons": China's verb
    if _PASSIVE_SUBJECT.search(sentence, max(partner_end, verb.start() - 30), verb.start()):
        return None  # "..., but the value shipped across the Atlantic shrank": the goods' verb, not the partner's
    if FLOW_RE.search(sentence, verb.end(), pos):
        return None  # "..., for a deficit of": a flow word after the verb is the figure's own
    if verb.lastgroup == "exports" and _OF_TRADE_AFTER.match(sentence, pos, pos + 90):
        return None  # "Belt and Road countries took 251.3 billion yuan of Yiwu's trade": a share of trade
    return Flow(verb.lastgroup) if verb.lastgroup else None

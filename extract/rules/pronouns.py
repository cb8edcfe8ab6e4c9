"""Sentences whose subject is the figures just given: "Their exports ...", "Among them, ...", "They expanded
7.1 percent", "That compared with 1.59 million tons in March 2025", "The figure accounted for ..."."""

from __future__ import annotations

import re

from tradefacts.extract.rules.goods_classes import THE_FIGURE
from tradefacts.extract.rules.mention import Mention

PART_OPENING = re.compile(
    r"^\s*(?:Among\s+(?:them|these)|Of\s+(?:which|these|this|them|the\s+total))\b|"
    # "Exports made up 2.15 trillion yuan of that", "... of that total after a 14.2 percent rise": a part of the whole
    r"^\s*(?:Exports|Imports)\s+(?:made\s+up|accounted\s+for)\s+[^,;]{1,40}?\s+of\s+th(?:at|is)(?:\s+(?:total|figure|sum))?\b",
    re.IGNORECASE,
)
# "In the first 10 months, their imports and exports came to": a span before the pronoun opens nothing new
_SPAN_OPENING = (
    r"(?:(?:In|During|Over|For)\s+the\s+(?:first|past|last)\s+[\w-]+\s+(?:months|quarters)(?:\s+of\s+\d{4})?,\s+|"
    # "At 19.16 trillion yuan, up 7.8 percent, their combined trade made up": the figures, then their owners
    r"At\s+[^,;]{1,40},\s+(?:(?:up|down)\s+[^,;]{1,25},\s+)?)?"
)
PRONOUN_SUBJECT = re.compile(
    rf"^\s*{_SPAN_OPENING}(?i:their|its|these|those|such)\s+(?:(?:combined|total)\s+)?(?:imports\s+and\s+exports|"
    r"exports|imports|shipments|value|sales|foreign\s+trade)\b|"
    rf"^\s*{_SPAN_OPENING}(?i:their)\s+(?:(?:combined|total)\s+)?trade\b|"  # "their combined trade", not "Its trade"
    r"\b(?:its|their)\s+share\b|^\s*The\s+(?:shipments|cargoes|supplies|deliveries)\b|"
    r"^\s*It\s+(?:reached|rose|fell|grew|totall?ed|stood|came|amounted|climbed|increased|declined|jumped|dropped)\b|"
    r"^\s*(?:That|This)\s+(?:compared|was|were)\b|"  # "That compared with 1.59 million tons in March 2025": the same
    # "The US was the largest buyer in August at $6.86 billion. Shipments had been higher in July": the same flow,
    # looked back on
    r"^\s*(?:Shipments|Sales|Exports|Imports|Purchases)\s+had\s+been\b|"
    rf"{THE_FIGURE}|"
    r"\b(?:they|these|those)\s+(?:had\s+)?(?:been|were|stood|came|totall?ed|rose|fell|grew|reached|slid|dropped|"
    r"declined|jumped|climbed|increased|decreased|surged|plunged|slumped|soared|edged|amounted)\b",
    re.IGNORECASE,
)
THEIR_OPENING = re.compile(  # "Their share of the city's total rose ... to 77.1%": the whole sentence is theirs
    rf"\s*{_SPAN_OPENING}(?i:their|its)\s+(?:(?:combined|total)\s+)?(?:imports|exports|foreign\s+trade|trade|share)\b")
# "..., as their imports and exports grew 8.9%": a later clause of the sentence opened on the same owners
THEIR_CLAUSE = re.compile(
    r"\b(?:as|while|and|with)\s+their\s+(?:(?:combined|total)\s+)?(?:imports|exports|foreign\s+trade|trade)\b[^,;]{0,60}$",
    re.IGNORECASE,
)
# "They expanded 7.1 percent ...", "That was 6.4% more than a year earlier and gave Russia ..."
THEY_OPENING = re.compile(  # "Even so, they remained 14.0% below": a connective first changes nothing
    r"\s*(?:(?:Even\s+so|Still|However|Yet|Nonetheless|Nevertheless),\s+)?"
    r"(?:(?P<they>They|(?<=,\s)they)|It)\s+(?!(?:was|is|were|are)\b)[a-z]+|"
    r"\s*(?:That|This|It)\s+(?:was|is)\s+[\d.]+\s*(?:%|per)"
)
# "Their respective shares of China's total trade stood at 1.9 percent, 1.8 percent and 1.7 percent"
_RESPECTIVE_OWNERS = re.compile(r"\s*(?:Their|These\s+economies['’]|The\s+three['’]|Its)\s+respective\b", re.IGNORECASE)


def respective_owner(sentence: str, mention: Mention, mentions: list[Mention], owners: list[str]) -> str | None:
    """The economy a figure of a sentence opened on "Their respective shares ..." stands for: the one in its place
    among the economies the paragraph's figures were of (`owners`, in order); "" where the counts disagree (the
    figure cannot be placed), None where the sentence opens on no such words."""
    if not _RESPECTIVE_OWNERS.match(sentence):
        return None
    same = [m for m in mentions if m.measure is mention.measure]
    return owners[same.index(mention)] if len(owners) > 1 and len(same) == len(owners) and mention in same else ""

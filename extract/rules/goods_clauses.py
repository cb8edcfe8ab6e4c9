"""Clauses around goods that name no goods of the figures: a cause that opens the sentence ("Helped by another wave of
pharmaceutical shipments, ...", "With energy bills shrinking from the peaks of 2022, ...") and examples written between
goods and their verb ("Labor-intensive goods such as textiles and furniture brought in ...")."""

from __future__ import annotations

import re

from tradefacts.extract.rules.product_names import VERBS

_CAUSE_CLAUSE = re.compile(r"\s*(?:(?:Helped|Driven|Boosted|Supported|Buoyed|Lifted|Aided|Hit|Hurt|Weighed\s+down|"
                           r"Dragged\s+down|Held\s+back|Spurred|Fuelled|Fueled)\s+by\s[^,;]{1,150},|"
                           r"With\s[^,;]{1,80}?\b[a-z]+ing\b[^,;]{0,80},)")  # "With energy bills shrinking from ...,"
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")  # a cause's years are no figures of its own


def opening_cause_end(sentence: str) -> int:
    """Where a cause that opens the sentence and states no figure of its own ends, else 0."""
    cause = _CAUSE_CLAUSE.match(sentence)
    return cause.end() if cause and not any(c.isdigit() for c in _YEARS.sub("", cause.group())) else 0


# "Labor-intensive goods such as textiles, garments, plastic products and furniture brought in", "Mineral fuels and
# oils, a category that covers diesel, petrol and crude, made up": examples between the goods and their verb
_SUBJECT_EXAMPLES = re.compile(
    r"(?:(?<=goods)|(?<=products)|(?<=oils)|(?<=items))(?:\s+(?:such\s+as|including)\s|,\s+(?:a|the)\s+"
    rf"(?:category|group|class)\s+(?:that|which)\s+(?:covers|includes|spans)\s)[^;.:]{{1,140}}?,?"
    rf"(?=\s+(?:{VERBS})\b[^,;:.]{{0,40}}?\d)"
)


def without_subject_examples(sentence: str) -> str:
    """`sentence` with the examples written between goods and their verb blanked, offsets kept."""
    if "such as" not in sentence and "includ" not in sentence and "categor" not in sentence:
        return sentence
    return _SUBJECT_EXAMPLES.sub(lambda m: " " * len(m.group()), sentence)

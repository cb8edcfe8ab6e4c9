"""Fiscal years as trade reporting writes them: "the first half of the current fiscal year", "FY26", "fiscal
2025", "in 2025-26", "the first quarter of the 2025-26 fiscal year", "April-November of the current financial
year", "the first nine months of fiscal year 2024-25". Which calendar months they cover depends on the
economy (`rules.context.Context`)."""

from __future__ import annotations

from dataclasses import dataclass

from tradefacts.extract.text import MONTH_NUMBER
from tradefacts.schemas.numbers import CARDINAL_WORDS

_ORDINALS = ("first", "second", "third", "fourth")


@dataclass(frozen=True)
class Fiscal:
    """A fiscal year, or part of one, as written."""

    year: int | None  # as written; None for "the current fiscal year", -1 for "last fiscal year" (and "the fiscal
    # year that ended in March"), -2 for "the previous fiscal year": the one before the year the story is about
    by_start: bool  # written by its first year ("2025-26")
    offset: int = 0  # months from the fiscal year's start to the part's
    length: int = 12  # months the part covers
    months: tuple[int, int] | None = None  # calendar months named instead ("April-November of ...")
    bare: bool = False  # "in fiscal year", "the fiscal year": no year and no "current", "last" or "ended"


def fiscal_pattern(month: str, count: str) -> str:
    """The fiscal-year alternative of the period patterns, given the patterns of a month and of a count."""
    return (
        # "April-November, the fiscal year's first eight months": the current fiscal year's
        rf"(?P<fiscal>(?:the\s+)?(?:fiscal|financial)\s+year['’]s\s+(?:first|opening)\s+(?P<fn2>{count})\s+months"
        r"|(?:the\s+)?(?:fiscal|financial)\s+(?P<fhalf2>first|second|1st|2nd)[\s-]half"
        rf"|(?:(?:the\s+)?(?:(?:(?P<fhalf>first|second|1st|2nd)\s+half|(?P<fq>first|second|third|fourth)\s+quarter|"
        rf"(?:first|opening)\s+(?P<fn>{count})\s+months)(?:\s*\((?:{month})\s*[-–]\s*(?:{month})\))?|"
        # "the first five months (July-November) of the current fiscal year": the bracket names the same months
        rf"(?P<fm1>{month})\s*[-–]\s*(?P<fm2>{month})(?:\s+period)?)\s+"
        r"(?:of\s+)?"  # "April-October of the current financial year", "the April-October period this fiscal"
        r"(?:the\s+)?|(?:the\s+)?)(?:(?:(?P<fcur>current|this|last|previous|preceding|prior)\s+)?"
        r"(?:(?P<fyp>(?:19|20)\d\d)(?:[-/–](?P<fyp2>\d\d))?\s+)?(?:(?:fiscal|financial|business)\s+year\b|fiscal\b)(?!\s*years)"
        r"(?:\s+(?P<fy>(?:19|20)\d\d)(?:[-/–](?P<fy2>\d\d))?)?"
        r"|\bFY\s?'?(?P<fyy>\d\d(?:\d\d)?)(?:[-/](?P<fyy2>\d\d))?\b)"  # "FY26", "the first five months of FY27"
        # "the fiscal year that ended in March", "the financial year ending March 31, 2025"
        r"(?:,?\s+(?:that\s+|which\s+)?(?P<fend>ended|ending|ends|to)\s+(?:in\s+|on\s+)?"
        rf"(?:{month})(?:\s+3[01])?(?:,?\s+(?P<fendy>(?:19|20)\d\d))?)?"
        rf"(?:\s+through\s+(?:the\s+end\s+of\s+)?(?:{month}))?"  # "the first half of fiscal 2025 through September"
        r"|(?<=\bin\s)(?P<fya>(?:19|20)\d\d)[-–/](?P<fyb>\d\d)\b"
        # "the first eight months of 2025-26", "the whole of 2024-25": a part of a year written by its two years
        r"|(?:the\s+)?(?:(?P<chalf>first|second)\s+half|(?P<cq>first|second|third|fourth)\s+quarter|"
        rf"first\s+(?P<cn>{count})\s+months|(?:whole|entire)(?=\s+of\s))\s+of\s+(?:the\s+)?"
        r"(?P<fyc>(?:19|20)\d\d)[-–/](?P<fyc2>\d\d)\b(?!\s+(?:fiscal|financial|business)\b))"
    )


def fiscal_of(groups: dict[str, str | None]) -> Fiscal:
    """The fiscal year, or part of it, a match of `fiscal_pattern` names."""
    offset, length, months = 0, 12, None
    if half := groups.get("fhalf") or groups.get("fhalf2") or groups.get("chalf"):
        offset, length = (0 if half.lower() in ("first", "1st") else 6), 6
    elif quarter := groups.get("fq") or groups.get("cq"):  # "the first quarter of the 2025-26 fiscal year"
        offset, length = 3 * _ORDINALS.index(quarter.lower()), 3
    elif count := groups.get("fn") or groups.get("cn") or groups.get("fn2"):  # "the first nine months of fiscal
        # year 2024-25"
        length = int(count) if count.isdigit() else CARDINAL_WORDS[count.lower()]
    elif groups.get("fm1") and groups.get("fm2"):  # "April-November of the current financial year"
        months = tuple(MONTH_NUMBER[groups[g].lower().rstrip(".")] for g in ("fm1", "fm2"))  # type: ignore[union-attr]
    if start := groups.get("fya") or groups.get("fyc"):
        return Fiscal(int(start), True, offset, length, months)
    if end_year := groups.get("fendy"):  # "the fiscal year ending March 31, 2025" began in 2024
        return Fiscal(int(end_year) - 1, True, offset, length, months)
    written = groups.get("fy") or groups.get("fyy") or groups.get("fyp")
    if written is None:
        current = (groups.get("fcur") or ("last" if groups.get("fend") == "ended" else "current")).lower()
        relative = {"current": None, "this": None, "last": -1}.get(current, -2)
        bare = not groups.get("fcur") and not groups.get("fend")
        return Fiscal(relative, False, offset, length, months, bare)
    year = int(written) if len(written) == 4 else 2000 + int(written)
    return Fiscal(year, bool(groups.get("fy2") or groups.get("fyy2") or groups.get("fyp2")), offset, length, months)

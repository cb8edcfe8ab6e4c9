"""Article text: site chrome, headline, publisher and date, and sentence segmentation with offsets."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8))
# Outlets whose name in a header or dateline makes them the publisher; longest first wins.
OUTLETS = (
    "China Daily Brief",
    "China Daily",
    "Xinhua",
    "People's Daily",
    "Global Times",
    "CGTN",
    "China News Service",
    "ECNS",
    "Caixin",
    "Yicai",
    "Sixth Tone",
    "The Paper",
    "South China Morning Post",
    "SCMP",
    "Reuters",
    "Bloomberg",
    "Associated Press",
    "AFP",
    "Financial Times",
    "Nikkei Asia",
    "The Economist",
    "Wall Street Journal",
    "Shanghai Daily",
    "Beijing Review",
    "China.org.cn",
    "Economic Daily",
    "21st Century Business Herald",
)
_OUTLET_RE = re.compile("|".join(re.escape(o).replace("'", "['’]") for o in sorted(OUTLETS, key=len, reverse=True)))
_CHROME_LINE = re.compile(
    r"^\s*(?:off the wire|you are here|adjust font size|share article|related articles|no related articles|"
    r"editor['’]s|desk|\d+ mins? read|share|print|email|\(web editor:|source:|photo:)",
    re.IGNORECASE,
)
_MONTHS = ("january february march april may june july august september october november december").split()
# "5.1 percent", "5.1 per cent", "5.1%", "13.8pc" (South Asian and British papers): the words a percent is written with
PERCENT_WORD = r"(?:per\s*cent|pc\b|percent|%)"
MONTH_NUMBER = {m: i + 1 for i, m in enumerate(_MONTHS)} | {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_DATE_WORDS = re.compile(  # the lookahead spares trying every month at every word: 3× faster, same matches
    r"\b(?=[JFMASONDjfmasond])(?P<month>"
    + "|".join(_MONTHS)
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_EPOCH_MS = re.compile(r"^\s*(1\d{12})\s*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mr|Ms|Dr|St|vs|approx|est)|\b[A-Z])\.$"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article with its offsets in the full text."""

    text: str
    start: int
    end: int
    paragraph: int = 0  # offset of the line (paragraph) the sentence is in


@dataclass(frozen=True)
class Metadata:
    """What the text says about itself, and where the article body starts."""

    title: str | None
    publisher: str | None
    published: date | None
    body_start: int


def is_chrome(line: str) -> bool:
    """Site navigation and page furniture: link lists, 'You are here', share buttons."""
    return line.count("•") >= 3 or bool(_CHROME_LINE.match(line)) or line.strip() in {"■", "📰"}


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def parse_date(text: str) -> date | None:
    """The first written date in `text` ('August 21, 2025', '2025-12-08', or epoch milliseconds in UTC+8)."""
    if m := _EPOCH_MS.search(text):
        return datetime.fromtimestamp(int(m.group(1)) / 1000, CHINA_TZ).date()
    hits = []
    if m := _DATE_WORDS.search(text):
        month = MONTH_NUMBER[m.group("month").lower().rstrip(".")]
        hits.append((m.start(), date(int(m.group("year")), month, int(m.group("day")))))
    if m := _DATE_ISO.search(text):
        with contextlib.suppress(ValueError):  # "2025-13-40" is no date
            hits.append((m.start(), date(int(m.group("year")), int(m.group("month")), int(m.group("day")))))
    return min(hits)[1] if hits else None


_SHORT_HEADLINE = re.compile(r"[A-Z][\w'’$&-]*(?:\s+[\w'’$&.%-]+){1,2}")  # two or three words, no full stop


def find_metadata(text: str) -> Metadata:
    """Headline, publisher and publication date from the header lines before the first paragraph."""
    lines = [(pos, line) for pos, line in _lines(text) if line.strip() and not is_chrome(line)]
    header: list[tuple[int, str]] = []
    for pos, line in lines:
        if len(line.split()) >= 25:
            break
        header.append((pos, line))
    title, body_start = None, 0
    for pos, line in header:
        cleaned = _DATE_ISO.sub("", re.sub(r"^\s*date\b", "", line)).strip()
        words = cleaned.split()
        if len(words) >= 10 and cleaned.endswith((".", '."', ".”")):
            break  # a lead paragraph: body, never the title
        if len(words) >= 4 and not _DATE_WORDS.search(cleaned) and not _OUTLET_RE.match(cleaned):
            title, body_start = cleaned, pos + len(line)
            break
    first = header[0][1].strip() if header else ""
    if title is None and _SHORT_HEADLINE.fullmatch(first) and not _DATE_WORDS.search(first) and not (
        _OUTLET_RE.match(first) or first.lower().startswith("by ")
    ):
        title, body_start = first, header[0][0] + len(header[0][1])  # "China's exports slump"
    head_text = "\n".join(line for _, line in header)
    publisher = None
    if m := _OUTLET_RE.search(re.sub(r"\(Photo[^)]*\)", "", head_text)):
        publisher = next(o for o in OUTLETS if re.fullmatch(re.escape(o).replace("'", "['’]"), m.group()))
    else:  # datelines such as "BEIJING, Dec. 8 (Xinhua) --" or an editorial signature in the body
        body = re.sub(r"\((?:Photo|Photos)[^)]*\)", "", text)
        if m := _OUTLET_RE.search(body):
            publisher = next(o for o in OUTLETS if re.fullmatch(re.escape(o).replace("'", "['’]"), m.group()))
    published = parse_date(head_text)
    return Metadata(title, publisher, published, body_start)


_BULLET = re.compile(r"[ \t]*[-*–—][ \t]+(?=\S)")  # a list item's mark, not a minus sign ("-5.9"); "• 1" footnotes stay


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences of `text[start:]` (skipping chrome lines), with offsets into `text`."""
    sentences: list[Sentence] = []
    for pos, line in _lines(text):
        if pos + len(line) <= start or not line.strip() or is_chrome(line):
            continue
        cursor = max(pos, start)
        if bullet := _BULLET.match(text, cursor, pos + len(line)):
            cursor = bullet.end()  # "- The world's biggest soybean buyer imported ...": the sentence after its bullet
        pieces = _SENTENCE_END.split(text[cursor : pos + len(line)])
        offset = cursor
        buffer_start, buffer = None, ""
        for piece in pieces:
            idx = text.find(piece, offset)
            if buffer_start is None:
                buffer_start = idx
            buffer = text[buffer_start : idx + len(piece)]
            offset = idx + len(piece)
            if _ABBREV.search(buffer):
                continue
            stripped = buffer.strip()
            if stripped:
                lead = len(buffer) - len(buffer.lstrip())
                sentences.append(Sentence(stripped, buffer_start + lead, buffer_start + lead + len(stripped), pos))
            buffer_start, buffer = None, ""
        if buffer.strip() and buffer_start is not None:
            lead = len(buffer) - len(buffer.lstrip())
            stripped = buffer.strip()
            sentences.append(Sentence(stripped, buffer_start + lead, buffer_start + lead + len(stripped), pos))
    return sentences


def now_utc() -> datetime:
    """The current time in UTC (one place to patch in tests)."""
    return datetime.now(UTC)

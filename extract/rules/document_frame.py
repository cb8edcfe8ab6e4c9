"""The frame a story sets before its figures: its economy, partner, currency, flow and goods from the headline and
the first paragraphs, and what each new paragraph restates."""

from __future__ import annotations

import re

from tradefacts.extract.periods import find_periods
from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.currency import declared_currency, home_dollar, named_dollar
from tradefacts.extract.rules.flows import FLOW_RE
from tradefacts.extract.rules.goods_classes import heading_goods
from tradefacts.extract.rules.goods_frame import COMBINED_HEADLINE, GOODS_APART
from tradefacts.extract.rules.headline import frame_area, frame_partner, trade_owner_in
from tradefacts.extract.rules.headline_goods import story_goods, title_flow
from tradefacts.schemas import Flow

# "By CHEN MEILING in Hefei | China Daily", "By staff reporters in Hefei and Wuhan": where the reporter is, not
# what the story is about
_BYLINE = re.compile(r"\s*By\s+(?:[A-Z]|(?:a|an|our)\s+(?:staff|special|correspondent)|staff\s)[^\n]{0,200}$")
_BYLINE_PLACE = re.compile(r"\b(?:in|from)\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+and\s+)?){1,2}")
# a section heading in capitals, with no full stop, perhaps with its units ("ARRIVALS BY ORIGIN (share of total)")
_HEADING = re.compile(r"\s*[A-Z][A-Z0-9 '’&/,-]{2,60}(?:\s*\([^()]{0,80}\))?\s*")
_SAME_BASIS = re.compile(r"\s*On\s+(?:the\s+same|this|that|a\s+like-for-like)\s+basis\b|"
                         # "That produced a deficit of 21.4 billion zł": the result of the figures just read
                         r"\s*(?:That|This)\s+(?:produced|left|meant|gave|put|took|brought|pushed|resulted)\b",
                         re.IGNORECASE)


_SENTENCE_END = re.compile(r"[a-z]{2}\.(?:\s|$)")
_CREDITS = re.compile(r"\s*(?:By\s|(?:Published|Updated|Posted)(?!\s+by)\b)[^\n]{0,200}$", re.IGNORECASE)
_BULLETS = re.compile(r"(?:\s*[•\-*–][ \t][^\n]*\n?)+\s*")  # a paragraph of bullet lines only
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _standfirst(text: str, body_start: int) -> list[tuple[int, int]]:
    """The paragraphs of shorthand bullets (no full sentence) before the body's first paragraph of prose."""
    spans = []
    for m in _PARAGRAPH.finditer(text, body_start):
        bullets = _BULLETS.fullmatch(m.group()) is not None
        if _SENTENCE_END.search(m.group()):
            if not bullets:
                break  # the lead: what follows is the body
            continue  # bullets of full sentences are prose of their own
        if bullets:
            spans.append(m.span())
    return spans
# a line that is a figure alone, as in a release's box of headline figures ("129.4 billion euros", "-0.9% ...")
_FIGURE_LINE = re.compile(r"^[+\-–]?\d[\d.,]*\s*(?:%|(?:trillion|billion|million)\b)", re.MULTILINE)


def frame_document(ctx: Context, text: str, title: str | None, body_start: int) -> None:
    """Set the story's frame on `ctx` from its headline `title` and its first two paragraphs after `body_start`
    (its first two of prose where those two are boxes of headline figures)."""
    paragraphs = [_BYLINE_PLACE.sub("", p) if _BYLINE.match(p) else p
                  for p in re.split(r"\n\s*\n", text[body_start:], maxsplit=8) if re.search(r"[a-z]{3}", p)]
    opening = paragraphs[:2]
    # a release that opens on boxes of headline figures ("Exports (goods, ...), October 2026 / 129.4 billion euros")
    # names its economy in its first sentences of prose: those are read where the first two paragraphs hold none
    boxed = any(_FIGURE_LINE.search(p) for p in opening) and not any(_SENTENCE_END.search(p) for p in opening)
    prose = [p for p in paragraphs[2:] if _SENTENCE_END.search(p)][:2] if boxed else []
    ctx.standfirst = _standfirst(text, body_start)
    if any(_BULLETS.fullmatch(p) for p in opening):  # a standfirst of bullets ("• US shipments slip 4.1%") names
        # partners in shorthand: the story's first paragraphs of prose name its economy
        prose = [p for p in paragraphs if _SENTENCE_END.search(p) and not _BULLETS.fullmatch(p)][:2]
        opening = [p for p in opening if not _BULLETS.fullmatch(p)]
    ctx.area = ctx.article_area = (frame_area(title, prose) if prose and not boxed else None) or frame_area(
        title, opening) or (frame_area(None, prose) if prose else None) or trade_owner_in(
        [p for p in paragraphs if not _CREDITS.match(p)][:2])  # past "By HE QINGYU | China Daily | Updated: ...":
    # the lead's "China's foreign trade picked up speed"
    if ctx.article_area in COMBINED_HEADLINE and GOODS_APART.search(text):
        ctx.article_product_frame = "goods and services"  # the story's unqualified totals are the combined ones
    ctx.frame_partner = frame_partner(title, ctx.article_area)
    ctx.dollar = named_dollar(text) or home_dollar(text, ctx.article_area)
    ctx.declared_currency = declared_currency(text)
    ctx.title_flow = title_flow(title)
    ctx.flow = ctx.title_flow or Flow.total  # "Buyers took in 205,400 tons" under "China's beef imports slip"
    # the lead names the goods in the text's words ("auto exports" over "China's vehicle exports kept up ..."); a
    # standfirst (bullets, a line with no full stop) is the headline's shorthand again
    lead = next((p for p in opening if FLOW_RE.search(p) and p.rstrip().endswith(".") and p[:1] not in "-•*"), "")
    ctx.buying, topic = story_goods(title, lead, ctx.title_flow)
    ctx.title_product = ctx.story_product = ctx.acronyms.get(topic, topic) if topic else None


def enter_paragraph(ctx: Context, paragraph: int, text: str) -> None:
    """A new paragraph, whose first sentence is `text`, restates its subject and period, or the article's; "On the
    same basis, exports to EU countries fell 0.9%" goes on with the last one's period, basis and goods."""
    if ctx.rank_trail and ctx.rank_trail[2] != ctx.paragraph:
        ctx.rank_trail = None  # a ranking is carried on into the paragraph after its own, no further
    ctx.paragraph = paragraph
    if _SAME_BASIS.match(text):
        return
    if _HEADING.fullmatch(text):  # "FIRST HALF": its period holds for the paragraphs under it, "SUPPLIERS" none
        ctx.section_period = next((r for p in find_periods(text) if (r := ctx.resolve(p))), None)
        # "COAL AT RECORD": its section's goods; "SERVICES, FISCAL YEAR TO DATE" ends them
        ctx.title_product = heading_goods(text) or ctx.story_product
    ctx.period = ctx.section_period or (ctx.period if ctx.in_year_section() else (ctx.article_period or ctx.period))
    ctx.basis_frame = None
    ctx.paragraph_rates = 0
    ctx.paragraph_areas = []
    ctx.product_frame = ctx.article_product_frame
    ctx.area = ctx.article_area or ctx.area

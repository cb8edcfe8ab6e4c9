"""What carries from sentence to sentence while the rules read an article: period, subject, frames."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from tradefacts.extract.deadline import DeadlineExceeded
from tradefacts.extract.fiscal import Fiscal
from tradefacts.extract.period_mention import PeriodMention, restated
from tradefacts.extract.period_shifts import in_year, month_span, months_to, shifted
from tradefacts.extract.rules.anaphora import Antecedents
from tradefacts.extract.rules.basis import MOM, QOQ, compares_with_month_before
from tradefacts.extract.rules.mention import OWN_CLAUSE, Mention
from tradefacts.extract.rules.period_claims import opens_look_back
from tradefacts.extract.rules.scope import PARTIAL_MONTH
from tradefacts.extract.text import Sentence
from tradefacts.schemas import Article, Basis, DocStatus, Fact, Flow, Period, RejectedFact

if TYPE_CHECKING:
    from tradefacts.extract.rules.header_lists import ListHeader

# "rose 0.8% compared with the previous three months": the figure is of the three months to the running month
_ROLLING_BASE = re.compile(
    r"\b(?:previous|preceding|prior|same|corresponding)\s+three\s+months\b|\bthree\s+months\s+(?:before|earlier)\b",
    re.IGNORECASE,
)
# Where an economy's fiscal year starts, and whether "fiscal 2025" names its first year (Japan) or its last.
FISCAL_YEAR: dict[str, tuple[int, bool]] = {
    "Japan": (4, True), "India": (4, False), "United Kingdom": (4, False), "Hong Kong": (4, False),
    "Canada": (4, False), "Singapore": (4, False), "South Africa": (4, False), "New Zealand": (7, False),
    "Australia": (7, False), "Pakistan": (7, False), "Bangladesh": (7, False), "Egypt": (7, False),
    "Kenya": (7, False), "United States": (10, False), "Thailand": (10, False),
}  # fmt: skip


def months_in(period: Period) -> int:
    """How many months a period covers."""
    return (int(period.end[:4]) - int(period.start[:4])) * 12 + int(period.end[5:]) - int(period.start[5:]) + 1


_DIGIT = re.compile(r"\d")
_BARE_FLOW_OPENING = re.compile(r"(?:Exports|Imports|Shipments|Sales|Purchases|Arrivals|Deliveries)\s+(?!to\b|from\b)")
_PART_OF = re.compile(r"\s*\)?\s*of\s+")
# "Chip exports reached a record $15.73 billion in October": the period right after the first figure is its own,
# not a look back, even when it lies before the story's month
_DATES_FIRST = re.compile(r"[^\s\d]{0,3}[\d.,]*\s*(?:[a-zA-Z%]+\s+){0,3}?(?:(?:in|for|during)\s+(?:the\s+)?)?")
# "In August, they had shrunk by a revised 0.8%": the pluperfect looks back from the story's own month
_WITH_DETAIL = re.compile(r",\s+with\s")  # a trailing ", with ..." detail after the sentence's first figure
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|previously|also)\s+)?(?:been|[a-z]+(?:ed|en|wn|unk|isen|ell|ew|ost))\b"
)


def _without_restated_span(own: list[PeriodMention]) -> list[PeriodMention]:
    """`own` without a "for the period" written after a span of months the sentence stated: it names that span
    again. One pass, a flag for the spans seen: a sentence of thousands of periods stays linear."""
    kept: list[PeriodMention] = []
    span_seen = False
    for p in own:
        if not (p.the_period and p.last != 3 and span_seen):
            kept.append(p)
        span_seen = span_seen or p.first != p.last
    return kept


def first_number(sentence: str, first_figure: int) -> int:
    """Where the sentence's first number stands: its first figure, or a number out of scope before it ("about 11.6
    million barrels a day, compared with 10.4 million in July, when arrivals slumped": July looks back too)."""
    digit = _DIGIT.search(sentence, 0, first_figure)
    return digit.start() if digit else first_figure


# Economies whose monthly releases state each change against the month before, so their stories leave it unsaid
MONTH_ON_MONTH_RELEASES = frozenset({"United States", "Germany", "United Kingdom", "Canada", "Australia"})
THREE_MONTH_RELEASES = frozenset({"United Kingdom"})  # whose rolling three months compare with the three before


def release_basis(area: str, period: Period, month_before: Callable[[], bool], text: str = "") -> Basis | None:
    """The basis a month's unqualified rate has in `area`'s own releases: month on month where they state each
    change against the month before ("The trade gap surged 94.6%" on the Census Bureau's release), in a text that
    compares with the month before somewhere (`month_before()`, asked last: it reads the whole text); with no such
    cue in the text, the guide's year on year stands. The ONS's rolling three months compare with the three
    before, in a text that says so anywhere (`text`)."""
    monthly = area in MONTH_ON_MONTH_RELEASES and period.start == period.end
    if area in THREE_MONTH_RELEASES and months_in(period) == 3 and (month_before() or QOQ.search(text)):
        return Basis.qoq  # the ONS's "three months to October" against the three months before
    return Basis.mom if monthly and month_before() else None


_ALONE = re.compile(r"\s+alone\b")


# "The September figures alone": a turn to the span's last month (not "In September alone, ...", often an aside)
_TURN_TO_MONTH = re.compile(  # "Looking at October on its own, ...", "Taken on its own, September looked less
    # gloomy" (not "In November alone, ...": Chinese releases say so of one figure, then go back to the span)
    r"\s*(?:The\s+[A-Z][a-z]+(?:\s+\d{4})?\s+(?:figures|data|numbers)\s+(?:alone|on\s+their\s+own)\b|"
    r"(?:Looking\s+at|Taking)\s+[A-Z][a-z]+(?:\s+\d{4})?\s+(?:alone|on\s+its\s+own|by\s+itself)\b|"
    r"Taken\s+(?:on\s+its\s+own|alone),\s+[A-Z][a-z]+\b)"
)

@dataclass
class Context:
    """What carries from sentence to sentence: the running period and the current subject area."""

    year: int | None
    published: date | None = None
    period: Period | None = None
    article_period: Period | None = None
    framed_by_figure: bool = False  # the article's period was stated with a figure, not by a figureless lead alone
    span: Period | None = None  # the last period of several months stated, for "in the period"
    month: Period | None = None  # the last single month stated, for "in the month"
    last_figure_period: Period | None = None  # the last figure's period, for "over the same period"
    rank_trail: tuple[float, Period, int] | None = None  # the last ranking's lowest place, period, paragraph
    paragraph_areas: list[str] = field(default_factory=list)  # the economies of the paragraph's figures, in order
    article_area: str | None = None
    area: str | None = None
    flow: Flow = Flow.total
    paragraph: int = -1
    basis_frame: Basis | None = None
    antecedents: Antecedents = field(default_factory=Antecedents)  # what "the bloc", "the Asian country" stand for
    product: str | None = None  # the last figure's product, for "Their exports ..."
    goods: str | None = None  # the last goods any figure was for, in any paragraph: what a later tonnage is of
    goods_by_class: dict[str, str] = field(default_factory=dict)  # the last metal, grain ... named, for "the metal"
    counted_units: bool = False  # the story counts units ("652,000 vehicles"): bare "with 233,700" are more of them
    goods_in_full: set[str] = field(default_factory=set)  # goods a sentence with no figure named ("Arrivals of ...")
    product_paragraph: int = -1  # the paragraph that figure was in
    partner: str | None = None  # the last figure's partner, for "they had been ..."
    balance_partner: str | None = None  # the last figure's partner if it was a balance: "The surplus rose 22.5%"
    segment: str | None = None  # the last figure's segment, or the enterprises a sentence opened with, for "Their"
    product_frame: str | None = None  # "goods and services" stated for a paragraph's first figures
    article_product_frame: str | None = None  # ... or by the article's first figure, for every paragraph
    frame_partner: str | None = None  # the other side of a pair the headline names, for "bilateral trade"
    # the partner a paragraph is about ("Kazakhstan remained China's biggest trading partner in the region."), with
    # its paragraph: it outranks the headline's pair for that paragraph's "Bilateral trade" and "Turnover"
    topic_partner: tuple[str, int] | None = None
    # the partner a sentence opened on ("In trade with the United States, ..."), with its paragraph: that paragraph's
    # later figures that name no place ("Exports were down 19 per cent") are of trade with it, whatever their flow
    opening_partner: tuple[str, int] | None = None
    title_product: str | None = None  # the goods a sector story's headline is about, or its section heading's
    story_product: str | None = None  # the headline's goods alone, to which a section heading naming none returns
    whole_trade_paragraph: int = -1  # the paragraph that turned to all goods ("broader trade numbers showed ...")
    title_flow: Flow | None = None  # exports or imports, when the headline names one of them alone
    buying: bool = False  # a story on what the economy buys: the headline's flow, else the lead's
    dollar: str | None = None  # what a bare "$" means when the text names another dollar
    declared_currency: str | None = None  # "(RMB, the same below)": the currency of a bare "842.37 billion"
    standfirst: list[tuple[int, int]] = field(default_factory=list)  # bullets before the lead: the body's shorthand
    list_header: ListHeader | None = None  # "Leading markets (tons; change from September):" over its rows
    fiscal_start: int | None = None  # the first calendar year of the fiscal year last read, for "the previous"
    text: str = ""  # the whole article, for what is read of it only when needed
    compares_with_month_before: bool | None = None  # see `month_before`
    partial_month: bool = False  # the story is reading part of a month ("the first 20 days of November")
    first_figure: bool = True  # no figure read yet
    paragraph_rates: int = 0  # growth rates read in the current paragraph
    section_period: Period | None = None  # a heading's period ("FIRST HALF"), for its paragraphs till the next one
    ex_precious_frame: tuple[int, bool, bool] | None = None  # the paragraph that carries goods excluding precious
    # metals (-1: none), whether they are goods alone, and whether "on the same basis" set it (then it carries to
    # every later sentence of the paragraph, not only to those that name no goods of their own)
    lead_basis: tuple[Basis, Period] | None = None  # the article's first rate, when it is against the period before
    rates_read: int = 0  # growth rates read in the article
    acronyms: dict[str, str] = field(default_factory=dict)  # "NEVs" → "new energy vehicles", as the text defines
    rejected: list[RejectedFact] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # sentences the rules could not read, with why

    def guarded(self, read: Callable[[Sentence, Context], list[Fact]], sentence: Sentence) -> list[Fact]:
        """The facts `read` finds in `sentence`; if the rules fail on it, none, and the failure is noted: a sentence
        they cannot read costs its own numbers, not the document's (the per-article deadline still stops all)."""
        try:
            return read(sentence, self)
        except DeadlineExceeded:
            raise
        except Exception as exc:  # a fault of the rules on this sentence; the document's status reports it
            self.failed.append(f"characters {sentence.start}-{sentence.end} ({type(exc).__name__}: {exc})")
            return []

    def settle(self, article: Article) -> Article:
        """The article with a `partial` status and why, when the rules failed on a sentence or found trade numbers
        but attributed none."""
        if self.failed:
            article.status = DocStatus.partial
            article.error = f"the rules failed on {len(self.failed)} sentence(s), whose numbers are not read: " + (
                "; ".join(self.failed[:3]))
        elif not article.facts and self.rejected:
            reason = Counter(r.reason for r in self.rejected).most_common(1)[0][0]
            article.status = DocStatus.partial
            article.error = f"{len(self.rejected)} trade numbers found, none attributed: {reason}"
        return article

    def _this_paragraph(self, held: tuple[str, int] | None) -> str | None:
        """The partner noted with its paragraph, if that paragraph is the one being read."""
        return held[0] if held and held[1] == self.paragraph else None

    def paragraph_topic(self) -> str | None:
        """The partner this paragraph is about (`topic_partner`), if one was noted in it."""
        return self._this_paragraph(self.topic_partner)

    def paragraph_partner(self, sentence: str) -> str | None:
        """The partner an earlier sentence of this paragraph opened on ("In trade with the US, ..."), for a sentence
        that opens on a bare flow ("Exports were down 19 per cent"), not on a new frame ("Through June, the ...")."""
        return self._this_paragraph(self.opening_partner) if _BARE_FLOW_OPENING.match(sentence) else None

    def note_turn(self, text: str, stated: list[PeriodMention]) -> None:
        """A story on a span that turns to its last month ("The September figures alone showed ..."): its next
        paragraphs stay on that month until one states another period."""
        span = self.article_period
        if stated and span and span.start != span.end and _TURN_TO_MONTH.match(text) and (
                (month := self.resolve(stated[0])) and month.start == month.end == span.end):
            self.section_period = month

    def in_year_section(self) -> bool:
        """Whether a story on December has turned to the whole year it ends ("Across 2025 as a whole, ..."): its
        next paragraphs stay on the year until one states another period."""
        frame, running = self.article_period, self.period
        return bool(frame and running and frame.start == frame.end and frame.end.endswith("-12")
                    and running.start == frame.end[:5] + "01" and running.end == frame.end)

    def month_before(self) -> bool:
        """Whether the article compares with the month before somewhere ("on the month", "from the previous
        month"); read once, when first asked."""
        if self.compares_with_month_before is None:
            self.compares_with_month_before = MOM.search(self.text) is not None or (
                self.period is not None and compares_with_month_before(self.text, self.period))
        return self.compares_with_month_before

    def _unfinished(self, mention: PeriodMention) -> bool:
        """Whether a bare year is one not yet over at publication ("China-US trade keeps shrinking in 2026", out
        in November 2026): no figure's period, so it frames no later one."""
        return bool(mention.first == 1 and mention.last == 12 and not (mention.to_date or mention.this_year)
                    and self.published and mention.year == self.published.year and self.published.month < 12)

    def abstain(self, mention: Mention, sentence: Sentence, reason: str) -> None:
        """A number the rules saw but could not attribute: kept out of the facts, recorded with why."""
        record = {"value_text": mention.value_text, "evidence": sentence.text.rstrip(". "), "measure": mention.measure}
        self.rejected.append(RejectedFact(reason=reason, fact=record))

    def _fiscal(self, fiscal: Fiscal) -> Period | None:
        """A fiscal year (or a part of it) of the article's economy: its first month and how it names its years."""
        first_month, named_by_start = FISCAL_YEAR.get(self.article_area or "", (4, False))
        if fiscal.year == -2 and self.fiscal_start is not None:  # "the previous fiscal year": before the story's
            start = self.fiscal_start - 1
        elif fiscal.year is None or fiscal.year < 0:  # "the current fiscal year", "last fiscal year": from publication
            if self.published is None:
                return None
            start = self.published.year - (self.published.month < first_month) + max(fiscal.year or 0, -1)
            self.fiscal_start = start
        else:
            start = fiscal.year if (fiscal.by_start or named_by_start or first_month == 1) else fiscal.year - 1
            self.fiscal_start = start
        offset, length = fiscal.offset, fiscal.length
        if fiscal.months:  # "April-November of the current financial year": those months of it
            offset, length = (fiscal.months[0] - first_month) % 12, (fiscal.months[1] - fiscal.months[0]) % 12 + 1
        begin = start * 12 + first_month - 1 + offset
        end = begin + length - 1
        if fiscal.bare and self.published and end > self.published.year * 12 + self.published.month - 1:
            begin, end = begin - 12, end - 12  # "record deficit in fiscal year", published in April: the year just
            # ended, since a reported figure's period is over before the story
        return month_span(begin, end)

    def in_part_of_month(self, sentence: str, periods: list[PeriodMention]) -> bool:
        """Whether the sentence's figures cover part of a month: it says so, or, in a story whose headline or lead
        is about part of a month, it states no period of its own ("By item, chip exports jumped 18.7%" after "in
        the first 20 days of November"). A later look at early data ("data for the first 20 days had shown")
        is that sentence's alone."""
        if PARTIAL_MONTH.search(sentence):
            self.partial_month = self.partial_month or self.first_figure
            return True
        # "so far this year", "during the (cited) period": the span the story is on, part of a month still
        own = next((p for p in periods if not (p.comparison or p.to_date or p.the_period or p.the_month)), None)
        if own is not None:
            if self.partial_month and (whole := self.resolve(own)):
                self.section_period = whole  # "exports last month came to ..." after the first 20 days of December:
                # the story has turned to November, and its next paragraphs stay there
            self.partial_month = False
        return self.partial_month

    def missing_period(self) -> str:
        """Why a number has no period."""
        if self.year is None:
            return "no period: no year in the text and no published date (give --published or a published field)"
        return "no period: the text states none for this figure"

    def context_year(self) -> int | None:
        """The year a period without one belongs to: the running period's, else the publication's."""
        return int(self.period.end[:4]) if self.period else self.year

    def resolve(self, mention: PeriodMention) -> Period | None:
        """A period mention read in this context (its year, else the running period's or the publication's)."""
        if mention.to_date:  # "the year to date": from January to the running period's month
            return Period(start=self.period.end[:4] + "-01", end=self.period.end) if self.period else None
        if mention.trailing:  # "over the last 12 months": up to the running period's last month
            if self.period is None or not 1 <= mention.trailing <= 24:
                return None
            return months_to(self.period, mention.trailing)
        if mention.same_months and mention.year is not None:  # "the same quarter of 2024"
            # a figure's own ("the $598.2 billion posted for the same period in 2022"): the span just stated
            running = (not mention.comparison and self.last_figure_period) or self.period
            return in_year(running, mention.year) if running else Period.months(mention.year, 1, 12)
        if mention.fiscal is not None:
            return self._fiscal(mention.fiscal)
        if mention.same_as_last and self.last_figure_period:  # "rose 2.9% over the same period"
            return self.last_figure_period
        if mention.the_period and mention.last in (3, 6) and self.period and not (
            self.span and months_in(self.span) == mention.last
        ):  # "For the quarter as a whole" in a March story: Q1; "in the half-year" after its second quarter: H1
            year, month, n = int(self.period.end[:4]), int(self.period.end[5:]), mention.last
            return Period.months(year, month - (month - 1) % n, month - (month - 1) % n + n - 1)
        if mention.the_period:  # "in the period": the last span of several months, else the running period
            return self.span or self.period or (Period.months(self.year, 1, 12) if self.year else None)
        if mention.the_month:  # "in the month": the last single month, else the running period's last month ("the
            # second monthly surplus in a row" in a story on the fiscal year to March: March's), not a fiscal year's end
            if self.month is None and self.period is not None and self.period.start != self.period.end and (
                    self.published is None or self.period.end <= f"{self.published:%Y-%m}"):
                return Period.months(int(self.period.end[:4]), int(self.period.end[5:]), int(self.period.end[5:]))
            return self.month or self.period
        if mention.whole_year and self.span and months_in(self.span) == 12 and not self.span.start.endswith("-01"):
            return self.span  # "Over the full year" after "For 2025-26 (FY26) in full": that fiscal year
        if mention.months_named and self.span and months_in(self.span) == mention.last - mention.first + 1:
            return self.span  # "over the three months" after "the three months to September"
        if mention.ordinal_part and mention.year is None and not (mention.relative_year or mention.this_year) and (
            self.fiscal_start is not None and (first := FISCAL_YEAR.get(self.article_area or "", (1, False))[0]) != 1
        ):  # "in the first quarter" after "the first quarter (July-September) of fiscal year 2025-26": that quarter
            begin = self.fiscal_start * 12 + first - 1 + mention.first - 1
            end = begin + mention.last - mention.first
            return month_span(begin, end)
        return mention.resolve(self.context_year(), self.published)

    def note_rolling(self, sentence: str, periods: list[PeriodMention]) -> None:
        """A sentence that compares with "the previous three months" or "the same three months of last year" and
        states no period of its own reads the three months to the running month, as does the rest of its
        paragraph (UK releases smooth monthly swings this way)."""
        if (
            self.period is not None
            and self.period.start == self.period.end
            and not any(not p.comparison and not p.shift_months for p in periods)
            and _ROLLING_BASE.search(sentence)
        ):
            self.period = months_to(self.period, 3)

    @staticmethod
    def _of_own_clause(sentence: str, period: PeriodMention, first_figure: int) -> bool:
        """Whether the period opens a ", taking ..." clause's own figure ("rose 3.9%, taking the total so far this
        year to 340.14 million tons"), not the one that restates the sentence's ("..., taking 231,000 units in
        the first four months")."""
        clause = OWN_CLAUSE.search(sentence, max(first_figure, period.start - 200), period.start)
        if clause is None or period.start <= first_figure:
            return False
        return not _DIGIT.search(sentence, clause.end(), period.start)

    def after_publication(self, mention: PeriodMention) -> bool:
        """A period that ends after the month the story was published in: one it looks ahead to."""
        resolved = self.resolve(mention) if self.published else None
        return resolved is not None and resolved.end > f"{self.published:%Y-%m}"

    def historical(self, mention: PeriodMention) -> bool:
        """A year long before publication ("the first surplus since records began in 1979"): no running period."""
        return mention.year is not None and self.year is not None and mention.year < self.year - 4

    def note_periods(
        self, periods: list[PeriodMention], first_figure: int | None = None, sentence: str = "",
        headline_figure: int = -1,
    ) -> None:
        """The last period a sentence states (not a comparison base) becomes the running period, except one
        written after the first number that lies wholly before the running period or an earlier mention
        ("grew 3.1% in October, slowing from an 8.3% gain in September"): that figure's alone, unless it dates the
        first figure and is as long as the running period ("Chip exports reached $15.73 billion in October" after a
        lead on November: the paragraph turns to October); and one in a
        ", taking ..." clause after a figure ("taking the total so far this year to ..."): that clause's alone.
        `headline_figure` is where a headline's first figure is: the period written last before it frames the story."""
        own = [p for p in periods if not p.comparison and not p.shift_months and not p.trailing
               and not self.historical(p) and not self._unfinished(p)]  # fmt: skip
        nexts = [*own[1:], None][: len(own)]  # "the first half (July-December 2025)": the bracket's dates
        own = [p for p, q in zip(own, nexts, strict=True) if not restated(sentence, p, q)]
        own = _without_restated_span(own)  # "in the first 11 months ..., a record for the period": that span
        own = [p for p in own if not (opens_look_back(sentence, p) and "," in sentence[p.end : p.end + 30])]  # "After
        # falling in both August and September, exports jumped": those months date no later figure
        if first_figure is not None and sentence:
            figure_at, first_figure = first_figure, first_number(sentence, first_figure)
            own = [p for p in own if not self._of_own_clause(sentence, p, first_figure)
                   and not (p.start > first_figure >= 0 and (_ALONE.match(sentence, p.end) or (
                       figure_at >= 0 and (detail := _WITH_DETAIL.search(sentence, max(figure_at, p.start - 200),
                                                                         p.start))
                       and _DIGIT.search(sentence, figure_at, detail.start()))))]
            # "fell 9.9%, with vehicle exports down 46% in the first 11 months": a detail's period, for its clause
            # "..., and in December alone shipments plunged": a part of the running period, for its clause
        if first_figure is not None:  # a later mention wholly before an earlier one looks back: it stays put
            earlier = [self.period] if self.period else []
            kept = []
            for p in own:
                r = self.resolve(p)
                if p.start > first_figure and r and any(r.end < e.start for e in earlier) and not (
                    not kept and first_figure >= 0 and self.period and months_in(r) == months_in(self.period)
                    and _DATES_FIRST.fullmatch(sentence, first_figure, p.start)
                ):
                    continue
                kept.append(p)
                earlier += [r] if r else []
            own = kept
        if own and self.period and sentence and _PLUPERFECT.search(sentence):
            own = [p for p in own if (r := self.resolve(p)) is None or r.end >= self.period.start]
        if len(own) > 1 and _PART_OF.fullmatch(sentence, own[-2].end, own[-1].start):
            own = own[:-1]  # "the first half (July-December 2025) of the current fiscal year": the part runs on
        if own and (resolved := self.resolve(own[-1])) and self.article_period and (
            resolved.start == resolved.end and resolved == shifted(self.article_period, -12)
            and first_figure is not None and first_figure >= 0
        ):  # "The trade gap in February 2025 stood at ..." in a story on February 2026: a look back, for its own
            own = []  # figures; "exports during the month" after it are still the story's month
        if own and (resolved := self.resolve(own[-1])):
            self.period = resolved
            frame = self.article_period
            if frame is None:  # "S. Korea's June exports up 4.3 pct; H1 surplus hits $27.8 bln": the story is on
                # the period of its first figure, the last one stated before it, else the sentence's last
                dating = [p for p in own if p.end <= headline_figure]
                self.article_period = (self.resolve(dating[-1]) if dating else None) or resolved
            elif first_figure is not None and first_figure >= 0 and not self.framed_by_figure and (
                (resolved.end == frame.end and resolved.start < frame.start and resolved.start.endswith("-01"))
                or resolved.start > frame.end
            ):  # "Trade gathered pace in the third quarter" then "33.61 trillion yuan in the first three quarters":
                # the review's frame is the year to date its first figure states (not "the three months to February");
                # "The two agreed in 2023 to ..." then "Trade rose 4.2% in January-October 2025": the figure's
                self.article_period = resolved
            self.framed_by_figure |= first_figure is not None and first_figure >= 0
        elif not own and first_figure is not None and first_figure >= 0 and self.article_period is not None:
            self.framed_by_figure = True  # "Arrivals totaled 12.87 million tons" under a lead on September: the
            # figures took the lead's period, so a later "first nine months" does not reframe the story
        resolved_own = [r for p in own if (r := self.resolve(p))]
        self.span = next((r for r in reversed(resolved_own) if r.start != r.end), self.span)
        self.month = next((r for r in reversed(resolved_own) if r.start == r.end), self.month)

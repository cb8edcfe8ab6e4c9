"""Pydantic models for articles and the trade facts stated in them.

The models follow the annotation guide (docs/annotation.md): one `Fact` is one
number stated in an article together with the dimensions that say what it
measures. Validators reject what the guide forbids with messages that name the
field and the rule.
"""

from __future__ import annotations

import math
import re
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Annotated, Literal, NamedTuple

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError

GUIDE_VERSION = "1.1"

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Flow(StrEnum):
    """Direction of the trade flow."""

    total = "total"
    exports = "exports"
    imports = "imports"
    balance = "balance"


class Measure(StrEnum):
    """What the number measures."""

    value = "value"
    quantity = "quantity"
    growth = "growth"
    share = "share"
    rank = "rank"
    count = "count"


class Basis(StrEnum):
    """Comparison period of a growth rate."""

    yoy = "yoy"
    mom = "mom"
    qoq = "qoq"


class Unit(StrEnum):
    """Units of `Fact.value` that are not money; money is an ISO 4217 currency code (`CNY`, `JPY`, ...)."""

    percent = "percent"
    tonnes = "tonnes"
    number = "number"


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 currency code (pycountry's list)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_currency(unit: str) -> bool:
    """Whether `unit` is an ISO 4217 currency code."""
    return unit in currency_codes()


def _check_unit(unit: str) -> str:
    if unit in Unit.__members__ or is_currency(unit):
        return unit
    raise ValueError(f"unit must be an ISO 4217 currency code (CNY, USD, JPY, ...), percent, tonnes or number: {unit}")


UnitName = Annotated[str, AfterValidator(_check_unit)]


class Qualifier(StrEnum):
    """How the text qualifies the number."""

    exact = "exact"
    approx = "approx"
    over = "over"
    under = "under"


class DocStatus(StrEnum):
    """How processing of one document ended."""

    ok = "ok"
    partial = "partial"
    fallback = "fallback"
    failed = "failed"
    skipped = "skipped"


UNITS_FOR_MEASURE: dict[Measure, frozenset[Unit]] = {
    Measure.value: frozenset(),  # any currency
    Measure.quantity: frozenset({Unit.tonnes, Unit.number}),
    Measure.growth: frozenset({Unit.percent}),
    Measure.share: frozenset({Unit.percent}),
    Measure.rank: frozenset({Unit.number}),
    Measure.count: frozenset({Unit.number}),
}

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_SURROGATE = re.compile("[\ud800-\udfff]")


class Period(BaseModel):
    """Calendar months `YYYY-MM`, both ends inclusive."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: str = Field(description="first month, YYYY-MM", examples=["2025-01"])
    end: str = Field(description="last month, YYYY-MM", examples=["2025-07"])

    @field_validator("start", "end")
    @classmethod
    def _month(cls, v: str) -> str:
        if not _MONTH.match(v):
            raise ValueError(f"period month must be YYYY-MM with month 01-12, got {v!r}")
        return v

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start > self.end:
            raise ValueError(f"period start {self.start} is after its end {self.end}")
        return self

    @classmethod
    def months(cls, year: int, first: int, last: int) -> Period:
        """Build a period from a year and a month range."""
        return cls(start=f"{year:04d}-{first:02d}", end=f"{year:04d}-{last:02d}")


class Span(NamedTuple):
    """Character offsets `[start, end)` of a string in the article text."""

    start: int
    end: int


class Identity(NamedTuple):
    """The fields that say which observation a fact is (see `Fact.identity`)."""

    area: str
    partner: str | None
    product: str | None
    segment: str | None
    flow: Flow
    measure: Measure
    basis: Basis | None
    value: float
    unit: str
    period: tuple[str, str]


class Fact(BaseModel):
    """One number stated in an article, with the dimensions it measures."""

    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    area: Name = Field(description="economy whose trade is measured, canonical English name")
    partner: Name | None = Field(None, description="counterpart when trade is *with* someone; null for the world")
    product: Name | None = Field(None, description="goods category, text's words, lower case")
    segment: Name | None = Field(None, description="enterprise type or trade mode, lower case")
    flow: Flow
    measure: Measure
    basis: Basis | None = Field(None, description="growth only: yoy (default), mom, qoq")
    value: float = Field(description="plain number in base units; falls negative")
    unit: UnitName = Field(description="ISO 4217 currency code for money; percent, tonnes or number otherwise")
    period: Period
    qualifier: Qualifier = Qualifier.exact
    value_text: Name = Field(description="the number as written, verbatim, inside evidence")
    evidence: Name = Field(description="shortest verbatim span of the article stating the number")
    evidence_span: Span | None = Field(None, description="offsets of evidence in the article text")
    alignment: Literal["exact", "normalized"] | None = Field(
        None, description="how evidence was located: verbatim, or ignoring whitespace, quote and dash forms"
    )
    source: str | None = Field(None, description="which extractor proposed the fact")

    @field_validator("value")
    @classmethod
    def _finite(cls, v: float) -> float:
        if not math.isfinite(v):
            raise ValueError(f"value must be a finite number, got {v}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Fact:
        if self.measure is Measure.growth and self.basis is None:
            raise ValueError("basis is required for a growth fact (yoy when the text gives none)")
        if self.measure is not Measure.growth and self.basis is not None:
            raise ValueError(f"basis is only for growth facts, not for measure {self.measure.value!r}")
        allowed = UNITS_FOR_MEASURE[self.measure]
        if self.measure is Measure.value and not is_currency(self.unit):
            raise ValueError(f"unit {self.unit!r} does not fit measure 'value' (use an ISO 4217 currency code)")
        if self.measure is not Measure.value and self.unit not in allowed:
            names = ", ".join(sorted(u.value for u in allowed))
            raise ValueError(f"unit {self.unit!r} does not fit measure {self.measure.value!r} (use {names})")
        if self.measure in (Measure.rank, Measure.count) and (self.value < 0 or self.value != int(self.value)):
            raise ValueError(f"a {self.measure.value} must be a non-negative whole number, got {self.value}")
        if self.value_text not in self.evidence:
            raise ValueError(f"value_text {self.value_text!r} does not occur in evidence {self.evidence!r}")
        return self

    def identity(self) -> Identity:
        """Every field but evidence, value_text and qualifier: the one meaning of "the same observation"."""
        return Identity(
            self.area,
            self.partner,
            self.product,
            self.segment,
            self.flow,
            self.measure,
            self.basis,
            self.value,
            self.unit,
            (self.period.start, self.period.end),
        )


class RejectedFact(BaseModel):
    """A proposed fact that failed verification, kept with the reason."""

    model_config = ConfigDict(extra="forbid")

    reason: str
    fact: dict[str, object]


class FlagKind(StrEnum):
    """What a consistency flag says is wrong between an article's facts."""

    share_out_of_range = "share_out_of_range"  # a share outside 0-100
    part_exceeds_whole = "part_exceeds_whole"  # a product, segment, partner or flow above its whole
    sum_mismatch = "sum_mismatch"  # exports + imports against the total, exports - imports against the balance
    restatement_disagrees = "restatement_disagrees"  # one observation stated twice, disagreeing beyond rounding
    exchange_rate_implausible = "exchange_rate_implausible"  # one observation in two currencies at an unlikely rate
    sign_contradicts_wording = "sign_contradicts_wording"  # a growth sign against its verb, a balance against its word


class Flag(BaseModel):
    """A contradiction between facts of one article: kept facts, flagged for a person to look at, never dropped."""

    model_config = ConfigDict(extra="forbid")

    kind: FlagKind
    message: str
    facts: list[int] = Field(description="indices into the article's facts")


class Usage(BaseModel):
    """What extracting one document (or a run) cost: model calls, tokens, retries, time and money."""

    model_config = ConfigDict(extra="forbid")

    calls: int = Field(0, description="chat-completion requests sent, every retry included")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    reasks: int = Field(0, description="validation re-asks: the model's output did not fit the schema")
    transport_retries: int = Field(0, description="retries after 429, 5xx, timeouts and lost connections")
    truncations: int = Field(0, description="outputs cut off at max_tokens (finish_reason length), never parsed")
    cache_hits: int = Field(0, description="chunks answered from the cache, no call made")
    cached_prompt_tokens: int = Field(0, description="prompt tokens the cached answers took when first asked")
    cached_completion_tokens: int = Field(0, description="completion tokens of the cached answers when first asked")
    latency_s: float = Field(0.0, description="wall time spent extracting")
    cost_usd: float | None = Field(None, description="money spent, from the price table; null when the model has none")
    cost_uncached_usd: float | None = Field(
        None, description="what the answers would have cost with no cache: cost_usd plus the cached tokens' price"
    )

    def add(self, other: Usage) -> None:
        """Accumulate `other` into this total (cost stays null only if both are)."""
        for name, spec in type(self).model_fields.items():
            if spec.annotation is int:  # the counters; latency and cost follow
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.latency_s = round(self.latency_s + other.latency_s, 6)
        for name in ("cost_usd", "cost_uncached_usd"):
            if (theirs := getattr(other, name)) is not None:
                setattr(self, name, round((getattr(self, name) or 0.0) + theirs, 8))


class Provenance(BaseModel):
    """Which extractor produced an article's facts, so runs can be compared and reproduced."""

    model_config = ConfigDict(extra="forbid")

    backend: str
    model: str | None = None
    mode: str | None = None
    prompt_version: str | None = Field(None, description="hash of the prompt and response schema sent")
    prompt_name: str | None = Field(None, description="which prompt: 'default', or the --prompt file's name")
    base_url: str | None = Field(None, description="the endpoint the model was called at (null: the default)")


class Document(BaseModel):
    """An article to extract from: its text and whatever metadata the caller already has."""

    model_config = ConfigDict(extra="ignore")

    id: Name = Field(description="stable id of the document; surrounding whitespace is dropped, as in `Article`")
    text: str = Field(description="the full article text; every offset refers to it")
    title: str | None = None
    publisher: str | None = None
    published: date | None = Field(None, description="publication date; the year of figures that give none")

    @field_validator("id", "text", "title", "publisher", mode="before")
    @classmethod
    def _valid_unicode(cls, v: object) -> object:
        if isinstance(v, str) and (bad := _SURROGATE.search(v)):
            raise PydanticCustomError(
                "lone_surrogate",
                "lone surrogate U+{code} at character {at} is not valid Unicode (half of a UTF-16 pair?)",
                {"code": f"{ord(bad.group()):04X}", "at": bad.start()},
            )
        return v

    @field_validator("published", mode="before")
    @classmethod
    def _date_not_number(cls, v: object) -> object:
        if isinstance(v, int | float):  # pydantic would read 0 as 1970-01-01
            raise PydanticCustomError("date_type", "expected a date as YYYY-MM-DD, got the number {v}", {"v": v})
        return v


class Article(BaseModel):
    """One document in the interchange format: metadata, full text and its facts."""

    model_config = ConfigDict(extra="forbid")

    id: Name
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    text: str
    facts: list[Fact] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="annotator judgement calls")
    status: DocStatus | None = Field(None, description="how extraction of this document ended")
    error: str | None = Field(None, description="why a document is failed, partial or skipped")
    rejected: list[RejectedFact] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list, description="contradictions between the facts, for review")
    provenance: Provenance | None = None
    usage: Usage | None = None

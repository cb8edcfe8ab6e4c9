"""What the model is asked and the shape its answer must take.

The response model is the project's fact schema as the model sees it: the same
enums and fields as `schemas.Fact`, with string and list lengths capped (small
models under a grammar otherwise decode to the token limit) and without the
cross-field rules, which verification applies fact by fact so one bad fact never
costs the others. The rules are `schemas.guide_text()`, the same text the docs show.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model

from tradefacts.extract.llm.config import MAX_EVIDENCE_CHARS, MAX_FACTS_PER_CHUNK
from tradefacts.schemas import Basis, Flow, Measure, Qualifier, Unit, guide_text

Month = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}$", max_length=7)]
Short = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class ProposedPeriod(BaseModel):
    """Months covered, both ends inclusive."""

    start: Month = Field(description="first month, YYYY-MM")
    end: Month = Field(description="last month, YYYY-MM")


class ProposedFact(BaseModel):
    """One number stated in the article, with what it measures (see the rules)."""

    model_config = ConfigDict(extra="forbid")

    evidence: Annotated[str, StringConstraints(min_length=1, max_length=MAX_EVIDENCE_CHARS)] = Field(
        description="the shortest verbatim span of the article stating the number"
    )
    value_text: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(
        description="the number as written, verbatim, inside evidence"
    )
    area: Short
    partner: Short | None = None
    product: Short | None = None
    segment: Short | None = None
    flow: Flow
    measure: Measure
    basis: Basis | None = None
    value: float
    unit: Annotated[str, StringConstraints(pattern=r"^([A-Z]{3}|percent|tonnes|number)$", max_length=7)] = Field(
        description="ISO 4217 currency code for money (CNY, USD, EUR, JPY, GBP, ...); percent, tonnes or number"
    )
    period: ProposedPeriod
    qualifier: Qualifier = Qualifier.exact


class Extraction(BaseModel):
    """The article's metadata and every trade fact it states."""

    model_config = ConfigDict(extra="forbid")

    title: Annotated[str, StringConstraints(max_length=200)] | None = Field(None, description="the headline")
    publisher: Short | None = None
    published: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", max_length=10)] | None = Field(
        None, description="publication date, YYYY-MM-DD"
    )
    facts: list[ProposedFact] = Field(default_factory=list, max_length=MAX_FACTS_PER_CHUNK)


@cache
def response_model(max_facts: int = MAX_FACTS_PER_CHUNK, max_evidence: int = MAX_EVIDENCE_CHARS) -> type[Extraction]:
    """`Extraction` with tighter caps: a small model under a grammar must be able to finish within max_tokens."""
    if (max_facts, max_evidence) == (MAX_FACTS_PER_CHUNK, MAX_EVIDENCE_CHARS):
        return Extraction
    evidence = Annotated[str, StringConstraints(min_length=1, max_length=max_evidence)]
    fact = create_model(
        "ProposedFact",
        __base__=ProposedFact,
        __doc__=ProposedFact.__doc__,
        evidence=(evidence, Field(description=ProposedFact.model_fields["evidence"].description)),
    )
    return create_model(
        "Extraction",
        __base__=Extraction,
        __doc__=Extraction.__doc__,
        facts=(list[fact], Field(default_factory=list, max_length=max_facts)),  # type: ignore[valid-type]
    )


EXAMPLE_TEXT = (
    "Guangdong's exports to ASEAN rose 9.1 percent year on year to 512.3 billion yuan in the first quarter, "
    "while its imports fell 2.4 percent."
)
EXAMPLE = Extraction(
    facts=[
        ProposedFact(
            evidence="Guangdong's exports to ASEAN rose 9.1 percent year on year",
            value_text="9.1",
            area="Guangdong",
            partner="ASEAN",
            flow=Flow.exports,
            measure=Measure.growth,
            basis=Basis.yoy,
            value=9.1,
            unit=Unit.percent,
            period=ProposedPeriod(start="2025-01", end="2025-03"),
        ),
        ProposedFact(
            evidence="exports to ASEAN rose 9.1 percent year on year to 512.3 billion yuan",
            value_text="512.3 billion",
            area="Guangdong",
            partner="ASEAN",
            flow=Flow.exports,
            measure=Measure.value,
            value=512.3e9,
            unit="CNY",
            period=ProposedPeriod(start="2025-01", end="2025-03"),
        ),
        ProposedFact(
            evidence="its imports fell 2.4 percent",
            value_text="2.4",
            area="Guangdong",
            flow=Flow.imports,
            measure=Measure.growth,
            basis=Basis.yoy,
            value=-2.4,
            unit=Unit.percent,
            period=ProposedPeriod(start="2025-01", end="2025-03"),
        ),
    ]
)

INSTRUCTIONS = """\
You extract trade statistics from news articles as structured facts. Follow these rules exactly.

{guide}

## How to answer

- Give every in-scope number in the article part you are shown, once per observation.
- Copy `evidence` and `value_text` character for character from the article; never paraphrase or compute.
- Use the running period and publication date given above the article for periods the text leaves implicit.
- Leave out anything you are unsure is stated; an empty list is a valid answer.

## Worked example

Article (published 2025-04-18): {example_text}

Answer: {example_json}
"""


DEFAULT_PROMPT_NAME = "default"
GUIDE_PLACEHOLDER = "{guide}"  # in a prompt file, replaced by the rules of schemas/guide.md


def default_template() -> str:
    """The built-in prompt with the guide left as `{guide}`: what `tradefacts prompt show --template` prints."""
    example_json = EXAMPLE.model_dump_json(exclude_none=True, exclude_defaults=True)
    return INSTRUCTIONS.replace("{example_text}", EXAMPLE_TEXT).replace("{example_json}", example_json)


def system_prompt(template: str | None = None) -> str:
    """The system message: a template (default: the built-in rules, answering rules and a worked example)
    with `{guide}` replaced by the annotation guide, so the rules stay those of schemas/guide.md."""
    return (default_template() if template is None else template).replace(GUIDE_PLACEHOLDER, guide_text().strip())


def read_prompt(path: Path) -> str:
    """A prompt template from a UTF-8 file; an unreadable or empty file is an error naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"--prompt {path}: cannot read the prompt: {exc}") from None
    if not text.strip():
        raise ValueError(f"--prompt {path}: the prompt file is empty")
    return text


def prompt_name(path: Path | None) -> str:
    """How reports name a prompt: its file's stem, or 'default'."""
    return path.stem if path else DEFAULT_PROMPT_NAME


def schema_json(model: type[Extraction] = Extraction) -> str:
    """The response schema as canonical JSON (what the model is constrained to, and part of the cache key)."""
    return json.dumps(model.model_json_schema(), sort_keys=True)


def prompt_version(model: type[Extraction] = Extraction, system: str | None = None) -> str:
    """A short hash of everything that shapes the answer: the system prompt and the response schema."""
    payload = (system_prompt() if system is None else system) + schema_json(model)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class ChunkHeader:
    """What every chunk of an article is told about the whole: title, dateline, running period."""

    title: str | None
    published: str | None
    running_period: str | None
    part: int
    parts: int


def user_message(header: ChunkHeader, chunk: str) -> str:
    """The user message for one chunk of an article."""
    lines = [f"Title: {header.title or 'unknown'}", f"Published: {header.published or 'unknown'}"]
    if header.running_period:
        lines.append(f"Running period before this part: {header.running_period}")
    if header.parts > 1:
        lines.append(f"Part {header.part} of {header.parts} of the article.")
    return "\n".join(lines) + "\n\nArticle:\n" + chunk

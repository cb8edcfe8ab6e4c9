"""Backends composed of others: `hybrid` (LLM facts plus the regex facts it missed) and a fallback wrapper."""

from __future__ import annotations

from tradefacts.extract.backend import Backend, aextract
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, DocStatus, Document, Fact, tolerance


def number_at(fact: Fact) -> int | None:
    """Offset in the article text of the number a fact reads, when its evidence has a span."""
    if fact.evidence_span is None:
        return None
    return fact.evidence_span.start + fact.evidence.find(fact.value_text)


def covers(llm_fact: Fact, regex_fact: Fact) -> bool:
    """Whether the LLM already read the number the regex fact reads (same place in the text, or same reading)."""
    at = number_at(regex_fact)
    if at is not None and number_at(llm_fact) == at:
        return True
    same_reading = (llm_fact.measure, llm_fact.unit, llm_fact.period) == (
        regex_fact.measure,
        regex_fact.unit,
        regex_fact.period,
    )
    return same_reading and abs(llm_fact.value - regex_fact.value) <= tolerance(regex_fact.value_text)


class HybridBackend:
    """The LLM's verified facts, plus regex facts for numbers the LLM missed; each fact tagged with its source.

    Both parts come from the registry by name, so composition imports neither implementation.
    """

    name = "hybrid"

    def __init__(self, **llm_options: object) -> None:
        self.llm = get_backend("llm", **llm_options)
        self.regex = get_backend("regex")
        self.bounds_its_calls = getattr(self.llm, "bounds_its_calls", False)  # see extract_stream

    def extract(self, doc: Document) -> Article:
        """Synchronous hybrid extraction."""
        return self._combine(self.llm.extract(doc), doc)

    async def aextract(self, doc: Document) -> Article:
        """Hybrid extraction inside an event loop."""
        return self._combine(await aextract(self.llm, doc), doc)

    async def aclose(self) -> None:
        """Release the LLM backend's client and cache."""
        await self.llm.aclose()  # type: ignore[attr-defined]

    def _combine(self, article: Article, doc: Document) -> Article:
        if article.status is DocStatus.failed:
            return article
        missed = [f for f in self.regex.extract(doc).facts if not any(covers(g, f) for g in article.facts)]
        article.facts += [f.model_copy(update={"source": "regex"}) for f in missed]
        if article.provenance:
            article.provenance.backend = self.name
        return article


class WithFallback:
    """`primary`, and for documents it fails for good, `fallback`'s facts with status `fallback`."""

    def __init__(self, primary: Backend, fallback: Backend) -> None:
        self.primary, self.fallback = primary, fallback
        self.name = primary.name
        self.bounds_its_calls = getattr(primary, "bounds_its_calls", False)  # see extract_stream

    def extract(self, doc: Document) -> Article:
        """Primary's article, or the fallback's when the primary fails."""
        try:
            article = self.primary.extract(doc)
        except Exception as exc:
            return self._fall_back(doc, None, f"{type(exc).__name__}: {exc}")
        return self._fall_back(doc, article, article.error) if article.status is DocStatus.failed else article

    async def aextract(self, doc: Document) -> Article:
        """As `extract`, awaiting the primary."""
        try:
            article = await aextract(self.primary, doc)
        except Exception as exc:
            return self._fall_back(doc, None, f"{type(exc).__name__}: {exc}")
        return self._fall_back(doc, article, article.error) if article.status is DocStatus.failed else article

    async def aclose(self) -> None:
        """Close the primary backend, if it holds resources."""
        close = getattr(self.primary, "aclose", None)
        if close is not None:
            await close()

    def _fall_back(self, doc: Document, failed: Article | None, error: str | None) -> Article:
        article = self.fallback.extract(doc)
        for fact in article.facts:
            fact.source = fact.source or self.fallback.name
        article.status = DocStatus.fallback
        article.error = f"{self.primary.name} failed ({error}); facts from {self.fallback.name}"
        if failed is not None:
            article.usage, article.rejected = failed.usage, failed.rejected
            article.provenance = failed.provenance
        return article

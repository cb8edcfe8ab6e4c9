"""Configuration of the LLM backend, importable without openai or instructor (the CLI reads its defaults)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from extract.llm.prompt import MAX_EVIDENCE_CHARS, MAX_FACTS_PER_CHUNK
from schemas import Usage

MODE_NAMES = ("tools", "json_schema", "json", "md_json")  # instructor's modes, by the names the CLI takes


@dataclass(frozen=True)
class RetryPolicy:
    """Transport retry settings: attempts after the first, backoff base and cap, and the longest wait honoured."""

    retries: int = 4
    initial_s: float = 0.5
    max_backoff_s: float = 20.0
    max_retry_after_s: float = 60.0


# USD per million tokens (prompt, completion), list prices of 2025; override or extend with --prices.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}


@dataclass(frozen=True)
class LLMConfig:
    """Everything that configures the LLM backend; CLI flags and the service map onto these fields."""

    model: str = field(default_factory=lambda: os.environ.get("TRADEFACTS_MODEL", "gpt-4o-mini"))
    base_url: str | None = None  # None: the openai client reads OPENAI_BASE_URL, else api.openai.com
    api_key: str | None = None  # None: OPENAI_API_KEY ("unused" for local servers that need none)
    mode: str = "tools"
    temperature: float = 0.0
    max_tokens: int = 2048
    max_tokens_cap: int = 8192  # a truncated answer is retried with twice the budget up to this, then split
    chunk_tokens: int = 1500
    max_facts: int = MAX_FACTS_PER_CHUNK  # schema caps: lower them for small local models
    max_evidence_chars: int = MAX_EVIDENCE_CHARS
    concurrency: int = 8  # model calls in flight at once, over all documents
    rpm: float | None = None
    tpm: float | None = None
    timeout_s: float = 120.0
    max_reasks: int = 2
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    cache_path: Path | None = None  # None: no cache
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(PRICES))

    def __post_init__(self) -> None:
        if self.mode not in MODE_NAMES:
            raise ValueError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODE_NAMES)}")
        if min(self.concurrency, self.max_tokens, self.max_facts) < 1 or self.chunk_tokens < 50:
            raise ValueError("concurrency, max_tokens and max_facts must be positive and chunk_tokens at least 50")
        if self.max_evidence_chars < 20:
            raise ValueError("max_evidence_chars below 20 cannot hold a sentence that states a number")

    def cost(self, usage: Usage) -> float | None:
        """Dollar cost of the usage at this model's price, or None when the price table lacks the model."""
        price = self.prices.get(self.model)
        if price is None:
            return None
        return round((usage.prompt_tokens * price[0] + usage.completion_tokens * price[1]) / 1e6, 8)

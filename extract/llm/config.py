"""Configuration of the LLM backend, importable without openai, instructor or pydantic (the CLI builds its flags
from it).

Every option is a field of `LLMConfig`; a field's metadata carries its command-line help, so the flags
of `tradefacts extract` and `serve` are generated from this one declaration. Environment variables are
read in one place, `LLMConfig.from_env`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tradefacts.extract.disk_cache import cache_home

if TYPE_CHECKING:
    from tradefacts.schemas import Usage

MODE_NAMES = ("tools", "json_schema", "json", "md_json")  # instructor's modes, by the names the CLI takes
DEFAULT_MODEL = "gpt-4o-mini"
MAX_FACTS_PER_CHUNK = 40  # the response schema's caps (prompt.py); here so that the CLI needs no pydantic model
MAX_EVIDENCE_CHARS = 400


def option(default: Any, help: str, *, flag: str | None = None, choices: tuple[str, ...] | None = None) -> Any:
    """A config field that is also a command-line flag (`--name-with-dashes`, or `flag`)."""
    meta = {"help": help, "flag": flag, "choices": choices}
    if callable(default):
        return field(default_factory=default, metadata=meta)
    return field(default=default, metadata=meta)


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


def default_cache_path(env: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """`$TRADEFACTS_CACHE`, else `$XDG_CACHE_HOME/tradefacts/llm.sqlite`, else `~/.cache/tradefacts/llm.sqlite`."""
    env = os.environ if env is None else env
    if path := env.get("TRADEFACTS_CACHE"):
        return Path(path)
    return cache_home(env) / "llm.sqlite"


@dataclass(frozen=True)
class LLMConfig:
    """Everything that configures the LLM backend; CLI flags and the service map onto these fields."""

    model: str = option(DEFAULT_MODEL, "model name (default $TRADEFACTS_MODEL, else %(default)s)")
    base_url: str | None = option(
        None, "OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 (default $OPENAI_BASE_URL, else OpenAI)"
    )
    api_key: str | None = field(default=None, repr=False)  # from $OPENAI_API_KEY only: never a flag
    mode: str = option("tools", "instructor mode (default %(default)s)", choices=MODE_NAMES)
    temperature: float = option(0.0, "sampling temperature (default %(default)s)")
    max_tokens: int = option(2048, "completion budget per call (default %(default)s)")
    max_tokens_cap: int = option(8192, "a truncated answer is retried with twice the budget up to this, then split")
    chunk_tokens: int = option(1500, "article tokens per chunk (default %(default)s)")
    max_facts: int = option(MAX_FACTS_PER_CHUNK, "schema cap on facts per chunk (default %(default)s; small models ~4)")
    max_evidence_chars: int = option(MAX_EVIDENCE_CHARS, "schema cap on evidence length (default %(default)s)")
    concurrency: int = option(8, "model calls in flight at once, over all documents (default %(default)s)")
    rpm: float | None = option(None, "at most this many requests per minute")
    tpm: float | None = option(None, "at most this many tokens per minute (prompt estimate + max tokens)")
    timeout_s: float = option(120.0, "seconds per HTTP request (default %(default)s)", flag="--timeout")
    max_reasks: int = option(2, "validation re-asks per call (default %(default)s)")
    batch_poll_s: float = option(30.0, "seconds between status checks of a --batch-api job (default %(default)s)")
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    cache_path: Path | None = option(  # noqa: RUF009 (the annotation is not a literal type ruff can prove immutable)
        None, "SQLite answer cache (default $TRADEFACTS_CACHE, else ~/.cache/tradefacts/llm.sqlite)", flag="--cache"
    )
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(PRICES))
    prompt_path: Path | None = option(  # noqa: RUF009
        None,
        "system prompt file: rules and worked examples, {guide} standing for schemas/guide.md "
        "(default: the built-in prompt, printed by `tradefacts prompt show`)",
        flag="--prompt",
    )

    def __post_init__(self) -> None:
        if self.mode not in MODE_NAMES:
            raise ValueError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODE_NAMES)}")
        if min(self.concurrency, self.max_tokens, self.max_facts) < 1 or self.chunk_tokens < 50:
            raise ValueError("concurrency, max_tokens and max_facts must be positive and chunk_tokens at least 50")
        if self.max_evidence_chars < 20:
            raise ValueError("max_evidence_chars below 20 cannot hold a sentence that states a number")
        if self.max_tokens_cap < self.max_tokens:
            object.__setattr__(self, "max_tokens_cap", self.max_tokens)

    @classmethod
    def from_env(
        cls, env: dict[str, str] | None = None, *, cache: bool = True, **overrides: Any
    ) -> LLMConfig:
        """The config a user gets by default: the environment's model, endpoint, key and cache, then `overrides`.

        The one place that reads `TRADEFACTS_MODEL`, `OPENAI_BASE_URL`, `OPENAI_API_KEY`, `TRADEFACTS_CACHE` and
        `XDG_CACHE_HOME`. `cache=False` turns the answer cache off. Overrides that are None are ignored.
        """
        env = dict(os.environ if env is None else env)
        base = cls(
            model=env.get("TRADEFACTS_MODEL") or DEFAULT_MODEL,
            base_url=env.get("OPENAI_BASE_URL") or None,
            api_key=env.get("OPENAI_API_KEY") or None,
            cache_path=default_cache_path(env) if cache else None,
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        if "prices" in given:
            given["prices"] = base.prices | dict(given["prices"])
        return replace(base, **given)

    def cost(self, usage: Usage, *, uncached: bool = False) -> float | None:
        """Dollar cost of the usage at this model's price, or None when the price table lacks the model;
        `uncached` prices the cached answers' tokens too (what the run would have cost with no cache)."""
        price = self.prices.get(self.model)
        if price is None:
            return None
        prompt, completion = usage.prompt_tokens, usage.completion_tokens
        if uncached:
            prompt, completion = prompt + usage.cached_prompt_tokens, completion + usage.cached_completion_tokens
        return round((prompt * price[0] + completion * price[1]) / 1e6, 8)

    def answer_options(self) -> dict[str, Any]:
        """The options that change a model's answer to the same messages: part of every cache key."""
        return {name: getattr(self, name) for name in KEYED_OPTIONS}


# How each option of LLMConfig bears on an answer (a test checks that every field is in exactly one list):
KEYED_OPTIONS = ("base_url", "model", "mode", "temperature", "max_tokens", "max_tokens_cap", "max_reasks")
SHAPES_THE_REQUEST = ("prompt_path", "chunk_tokens", "max_facts", "max_evidence_chars")  # keyed via messages, schema
NO_BEARING = ("api_key", "concurrency", "rpm", "tpm", "timeout_s", "retry", "cache_path", "prices", "batch_poll_s")


def flag_fields() -> list[Any]:
    """The fields of `LLMConfig` that are command-line flags, in declaration order."""
    return [f for f in fields(LLMConfig) if "help" in f.metadata]

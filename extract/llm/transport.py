"""One structured call to a chat-completions endpoint, with the two retry policies kept apart.

- Transport retries (429, 5xx, timeouts, lost connections): exponential backoff with
  jitter that honours `Retry-After`, via tenacity, around each HTTP request. The openai
  client's own retries are off so that every retry is counted here.
- Validation re-asks: instructor's, bounded by `max_reasks`; before each re-ask the
  conversation is cut back to the original messages plus the last failed answer and its
  error, so the context does not grow with every attempt.

Output cut off at `max_tokens` (`finish_reason == "length"`) raises `Truncated` before
anything parses it; the caller retries with a larger budget or splits the chunk.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import instructor
import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_base

from tradefacts.extract.llm.config import RetryPolicy
from tradefacts.extract.llm.prompt import Extraction
from tradefacts.schemas import Usage

MODES = {  # keyed by config.MODE_NAMES
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}


class Truncated(Exception):
    """The model stopped at max_tokens: its output is incomplete and is not parsed."""


class GaveUp(Exception):
    """The call failed for good: transport retries or re-asks ran out, or the request was refused."""


def is_transient(exc: BaseException) -> bool:
    """Errors worth retrying: rate limits, server errors, timeouts, dropped connections."""
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    return isinstance(exc, openai.APIStatusError) and (exc.status_code in (408, 409, 429) or exc.status_code >= 500)


def retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (`retry-after-ms`, `Retry-After` seconds or HTTP date), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return max(float(ms) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if email.utils.parsedate_tz(value) else None
        return max(when.timestamp() - time.time(), 0.0) if when else None


class WaitRetryAfter(wait_base):
    """The server's Retry-After when it gives one (capped), else full-jitter exponential backoff."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def __call__(self, retry_state: RetryCallState) -> float:
        """Seconds to sleep before the next attempt."""
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        asked = retry_after(exc)
        if asked is not None:
            return min(asked, self.policy.max_retry_after_s)
        ceiling = min(self.policy.initial_s * 2 ** (retry_state.attempt_number - 1), self.policy.max_backoff_s)
        return random.uniform(ceiling / 2, ceiling)


def _role(message: object) -> str | None:
    return message.get("role") if isinstance(message, dict) else getattr(message, "role", None)


def last_reask_only(messages: list[Any]) -> list[Any]:
    """The original messages plus the latest failed answer and its error; earlier failed attempts dropped."""
    assistants = [i for i, m in enumerate(messages) if _role(m) == "assistant"]
    if len(assistants) <= 1:
        return messages
    return messages[: assistants[0]] + messages[assistants[-1] :]


@dataclass
class StructuredCall:
    """Ask one chat-completions endpoint for an `Extraction`, accounting every request in `usage`."""

    client: openai.AsyncOpenAI
    model: str
    mode: str
    temperature: float
    policy: RetryPolicy
    max_reasks: int
    response_model: type[Extraction] = Extraction
    acquire: Callable[[int], Awaitable[None]] | None = None  # rate limiter: awaits room for ~N tokens

    def __post_init__(self) -> None:
        # Wrapped once: instructor wraps a plain model anew on every call, which defeats its schema cache
        # and regenerated the JSON schema per request (most of the client's CPU time per call).
        self.response_model = instructor.openai_schema(self.response_model)

    async def __call__(self, messages: list[dict[str, str]], max_tokens: int, usage: Usage) -> Extraction:
        """The parsed, schema-valid answer; raises `Truncated` or `GaveUp`."""
        attempts: list[int] = []  # one entry per answer requested: the first, then each re-ask
        create = instructor.patch(create=self._sender(usage, max_tokens, attempts), mode=MODES[self.mode])
        try:
            return await create(
                model=self.model,
                messages=messages,
                response_model=self.response_model,
                max_retries=self.max_reasks,
                temperature=self.temperature,
                max_tokens=max_tokens,
            )
        except Exception as exc:  # instructor wraps whatever ended its loop; find the cause
            cause = _root(exc)
            if isinstance(cause, Truncated):
                raise cause from None
            if cause is exc and (failed := getattr(exc, "failed_attempts", None)):
                cause = failed[-1].exception  # instructor's message embeds every attempt; the last error says it
            raise GaveUp(f"{type(cause).__name__}: {_brief(cause)}") from exc
        finally:
            usage.reasks += max(len(attempts) - 1, 0)

    def _sender(self, usage: Usage, max_tokens: int, attempts: list[int]) -> Callable[..., Awaitable[Any]]:
        async def send(**kwargs: Any) -> Any:
            attempts.append(1)
            kwargs["messages"] = last_reask_only(list(kwargs["messages"]))
            if self.acquire:
                prompt_chars = sum(len(str(m.get("content") or "")) for m in kwargs["messages"] if isinstance(m, dict))
                await self.acquire(prompt_chars // 4 + max_tokens)
            retrying = AsyncRetrying(
                stop=stop_after_attempt(self.policy.retries + 1),
                wait=WaitRetryAfter(self.policy),
                retry=retry_if_exception(is_transient),
                reraise=True,
            )
            async for attempt in retrying:
                with attempt:
                    if attempt.retry_state.attempt_number > 1:
                        usage.transport_retries += 1
                    usage.calls += 1
                    response = await self.client.chat.completions.create(**kwargs)
            if response.usage:
                usage.prompt_tokens += response.usage.prompt_tokens or 0
                usage.completion_tokens += response.usage.completion_tokens or 0
            used = response.usage.completion_tokens if response.usage else 0
            if (response.choices and response.choices[0].finish_reason == "length") or (used or 0) >= max_tokens:
                # some servers (llama-cpp-python) report "tool_calls" for output cut at the limit: count tokens too
                usage.truncations += 1
                raise Truncated(f"output reached max_tokens={max_tokens}")
            return response

        return send


def _root(exc: BaseException) -> BaseException:
    """The Truncated or openai error that ended instructor's loop, if one did; else `exc` itself."""
    seen: BaseException | None = exc
    for _ in range(20):  # cause chains are short; the bound guards against cycles
        if seen is None:
            break
        if isinstance(seen, Truncated | openai.OpenAIError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return exc


def _brief(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(line for line in str(exc).splitlines() if "errors.pydantic.dev" not in line)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

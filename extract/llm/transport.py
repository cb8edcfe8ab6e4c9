"""One structured call to a chat-completions endpoint, with the two retry policies kept apart.

- Transport retries (429, 5xx, timeouts, lost connections): exponential backoff with
  jitter that honours `Retry-After`, around each HTTP request (`ChatEndpoint`, which has
  no retries of its own), every retry counted in the usage.
- Validation re-asks: instructor's, bounded by `max_reasks`; before each re-ask the
  conversation is cut back to the original messages plus the last failed answer and its
  error, so the context does not grow with every attempt.

Output cut off at `max_tokens` (`finish_reason == "length"`) raises `Truncated` before
anything parses it; the caller retries with a larger budget or splits the chunk.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import instructor
import openai
from instructor.core import AsyncValidationError, ResponseParsingError
from instructor.processing import handle_reask_kwargs, handle_response_model, process_response
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from tradefacts.extract.llm.config import RetryPolicy
from tradefacts.extract.llm.endpoint import ChatEndpoint
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


def backoff(policy: RetryPolicy, exc: BaseException, attempt: int) -> float:
    """Seconds to wait after failed attempt number `attempt` (from 1): the server's Retry-After when it gives one
    (capped), else full-jitter exponential backoff."""
    asked = retry_after(exc)
    if asked is not None:
        return min(asked, policy.max_retry_after_s)
    ceiling = min(policy.initial_s * 2 ** (attempt - 1), policy.max_backoff_s)
    return random.uniform(ceiling / 2, ceiling)


def _role(message: object) -> str | None:
    return message.get("role") if isinstance(message, dict) else getattr(message, "role", None)


def last_reask_only(messages: list[Any]) -> list[Any]:
    """The original messages plus the latest failed answer and its error; earlier failed attempts dropped."""
    assistants = [i for i, m in enumerate(messages) if _role(m) == "assistant"]
    if len(assistants) <= 1:
        return messages
    return messages[: assistants[0]] + messages[assistants[-1] :]


PARSE_ERRORS = (ValidationError, json.JSONDecodeError, AsyncValidationError, ResponseParsingError)  # worth a re-ask


@dataclass
class RequestShape:
    """How an `Extraction` is asked for and read in one instructor mode: the request body instructor would send,
    and its parse of the answer. Prepared once: instructor's `patch` prepares the response model anew on every
    call (and walks it for async validators), most of the client's CPU per call."""

    model: str
    mode: str
    temperature: float
    response_model: type[Extraction] = Extraction

    def __post_init__(self) -> None:
        self.response_model = instructor.openai_schema(self.response_model)
        self.instructor_mode = MODES[self.mode]
        probe = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
        extras = handle_response_model(self.response_model, mode=self.instructor_mode, messages=probe)[1]
        # Modes that leave the messages alone (tools, json_schema) add the same fields to every request.
        self._extras = {k: v for k, v in extras.items() if k != "messages"} if extras["messages"] == probe else None

    def request(self, messages: list[dict[str, str]], max_tokens: int) -> dict[str, Any]:
        """The chat-completions request body for these messages."""
        base = {"model": self.model, "temperature": self.temperature, "max_tokens": max_tokens}
        if self._extras is not None:
            return {**base, **self._extras, "messages": messages}
        return handle_response_model(self.response_model, mode=self.instructor_mode, messages=messages, **base)[1]

    def parse(self, answer: dict[str, Any]) -> Extraction:
        """The answer (a chat completion as JSON) as an `Extraction`; raises one of `PARSE_ERRORS` if it is unfit."""
        choices = answer.get("choices") or [{}]
        calls = (choices[0].get("message") or {}).get("tool_calls")
        arguments = (calls[0].get("function") or {}).get("arguments") if calls and len(calls) == 1 else None
        if self.mode == "tools" and isinstance(arguments, str):
            # the common case read directly: instructor would first walk the model for async validators
            return self.response_model.model_validate_json(arguments)
        model, mode = self.response_model, self.instructor_mode
        return process_response(completion(answer), response_model=model, stream=False, mode=mode)


def completion(answer: dict[str, Any]) -> ChatCompletion:
    """The SDK's model of a chat completion, built as leniently as its client builds one (for instructor)."""
    return ChatCompletion.model_construct(**answer)  # the SDK's model_construct builds nested models too


@dataclass
class StructuredCall:
    """Ask one chat-completions endpoint for an `Extraction`, accounting every request in `usage`.

    The request goes out as `RequestShape` built it, through `ChatEndpoint`: the openai client's `create` would
    first transform the large tool schema recursively, and its client build a request and answer models, on
    every call.
    """

    endpoint: ChatEndpoint
    shape: RequestShape
    policy: RetryPolicy
    max_reasks: int
    acquire: Callable[[int], Awaitable[None]] | None = None  # rate limiter: awaits room for ~N tokens

    async def __call__(self, messages: list[dict[str, str]], max_tokens: int, usage: Usage) -> Extraction:
        """The parsed, schema-valid answer; raises `Truncated` or `GaveUp`."""
        body = self.shape.request(messages, max_tokens)
        error: Exception | None = None
        for attempt in range(self.max_reasks + 1):
            usage.reasks += attempt > 0
            answer = await self._send(body, max_tokens, usage)
            try:
                return self.shape.parse(answer)
            except PARSE_ERRORS as exc:
                error = exc
                body = handle_reask_kwargs(body, self.shape.instructor_mode, completion(answer), exc)  # + answer, error
        raise GaveUp(f"{type(error).__name__}: {brief(error)}" if error else "no answer")

    async def _send(self, body: dict[str, Any], max_tokens: int, usage: Usage) -> dict[str, Any]:
        """One answer, with transport retries; raises `Truncated` for output cut at `max_tokens`."""
        body = {**body, "messages": last_reask_only(list(body["messages"]))}
        if self.acquire:
            prompt_chars = sum(len(str(m.get("content") or "")) for m in body["messages"] if isinstance(m, dict))
            await self.acquire(prompt_chars // 4 + max_tokens)
        answer = await self._post(body, usage)
        tokens = answer.get("usage") or {}
        usage.prompt_tokens += tokens.get("prompt_tokens") or 0
        usage.completion_tokens += tokens.get("completion_tokens") or 0
        choices = answer.get("choices") or [{}]
        if choices[0].get("finish_reason") == "length" or (tokens.get("completion_tokens") or 0) >= max_tokens:
            # some servers (llama-cpp-python) report "tool_calls" for output cut at the limit: count tokens too
            usage.truncations += 1
            raise Truncated(f"output reached max_tokens={max_tokens}")
        return answer

    async def _post(self, body: dict[str, Any], usage: Usage) -> dict[str, Any]:
        """The endpoint's answer, transient failures retried after a `backoff`; raises `GaveUp`.

        A plain loop: tenacity's machinery cost 0.1 ms of CPU per call, retried or not."""
        for attempt in range(1, self.policy.retries + 2):
            usage.calls += 1
            usage.transport_retries += attempt > 1
            try:
                return await self.endpoint.complete(body)
            except openai.OpenAIError as exc:
                if attempt > self.policy.retries or not is_transient(exc):
                    raise GaveUp(f"{type(exc).__name__}: {brief(exc)}") from exc
                await asyncio.sleep(backoff(self.policy, exc, attempt))
        raise AssertionError("unreachable: the last attempt returns or raises")


def brief(exc: BaseException, limit: int = 300) -> str:
    """An error's message on one line, without pydantic's links, at most `limit` characters."""
    text = " ".join(line for line in str(exc).splitlines() if "errors.pydantic.dev" not in line)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

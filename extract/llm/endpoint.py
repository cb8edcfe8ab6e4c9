"""The HTTP side of a chat-completions call: one pooled aiohttp session, bodies encoded with orjson, answers
read as plain JSON.

The openai SDK's client spent about 3 ms of CPU per call building its request object and reading the answer into
models (docs/performance.md, "The LLM client"); this posts the body `RequestShape` built as it is. Failures are
raised as the SDK's own exceptions (`RateLimitError`, `InternalServerError`, `APITimeoutError`,
`APIConnectionError`...), with the SDK's messages, so that the transport retries and the errors a document
records read as they did with its client.
"""

from __future__ import annotations

import urllib.parse
import urllib.request
from typing import Any

import aiohttp
import openai
import orjson
import pydantic

try:
    import httpx2 as httpx  # what openai >= 3 speaks
except ImportError:  # openai 2
    import httpx  # type: ignore[no-redef]

OPENAI_URL = "https://api.openai.com/v1"  # the endpoint when none is configured, as the SDK's default
STATUS_ERRORS: dict[int, type[openai.APIStatusError]] = {  # the SDK's classes for each status
    400: openai.BadRequestError,
    401: openai.AuthenticationError,
    403: openai.PermissionDeniedError,
    404: openai.NotFoundError,
    409: openai.ConflictError,
    422: openai.UnprocessableEntityError,
    429: openai.RateLimitError,
}


def _jsonable(value: object) -> Any:
    """The SDK's models in a body (instructor appends the failed answer as one) as the SDK serialises them."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(exclude_unset=True, mode="json", by_alias=True)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def env_proxy(url: str) -> str | None:
    """The proxy `HTTP_PROXY` / `HTTPS_PROXY` name for `url`, unless `NO_PROXY` exempts its host. Read once per
    endpoint: aiohttp's `trust_env` reads the environment again on every request, 0.4 ms of CPU each."""
    parts = urllib.parse.urlsplit(url)
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    return urllib.request.getproxies().get(parts.scheme)


class ChatEndpoint:
    """POST chat-completions bodies to one endpoint over a pooled session; create and close inside one event loop."""

    def __init__(self, base_url: str, api_key: str | None, timeout_s: float, connections: int) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self._headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"
        self._proxy = env_proxy(self.url)
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=timeout_s),  # per request, as the SDK's timeout was
            connector=aiohttp.TCPConnector(limit=connections),
        )

    async def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        """The endpoint's answer to `body` as JSON; raises the openai SDK's exception for what went wrong."""
        data = orjson.dumps(body, default=_jsonable)
        try:
            async with self._session.post(self.url, data=data, headers=self._headers, proxy=self._proxy) as response:
                content = await response.read()
                status, headers = response.status, response.headers
        except TimeoutError as exc:  # aiohttp's timeouts are asyncio's (TimeoutError since Python 3.11)
            raise openai.APITimeoutError(request=self._request()) from exc
        except aiohttp.ClientError as exc:  # refused, reset, closed mid-answer
            raise openai.APIConnectionError(message=f"Connection error: {exc}", request=self._request()) from exc
        if 200 <= status < 300:
            try:
                answer = orjson.loads(content)
            except orjson.JSONDecodeError:
                answer = None
            if isinstance(answer, dict):
                return answer
        raise self._error(status, list(headers.items()), content)

    def _request(self) -> httpx.Request:
        return httpx.Request("POST", self.url)

    def _error(self, status: int, headers: list[tuple[str, str]], content: bytes) -> openai.APIError:
        """The SDK's exception for a failed answer, worded as its client words it."""
        response = httpx.Response(status, headers=headers, content=content, request=self._request())
        text = content.decode(errors="replace").strip()
        try:
            body: Any = orjson.loads(text)
            message = f"Error code: {status} - {body}"
        except orjson.JSONDecodeError:
            body, message = text, text or f"Error code: {status}"
        if 200 <= status < 300:
            problem = f"the answer is not a JSON object: {text[:200]}"
            return openai.APIResponseValidationError(response, body, message=problem)
        data = body.get("error", body) if isinstance(body, dict) else body
        kind = STATUS_ERRORS.get(status, openai.InternalServerError if status >= 500 else openai.APIStatusError)
        return kind(message, response=response, body=data)

    async def close(self) -> None:
        """Close the session and its connections."""
        await self._session.close()


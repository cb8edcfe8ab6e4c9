"""`tradefacts serve`: the extractors over HTTP (FastAPI), with limits and RFC 9457 problem+json errors."""

from __future__ import annotations

import asyncio
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tradefacts.extract.backend import DEFAULT_MAX_CHARS, Backend, aextract_safely, normalised, unfinished
from tradefacts.extract.deadline import deadline
from tradefacts.extract.io.encoding import record_json
from tradefacts.schemas import Article, DocStatus, Document, package_version
from tradefacts.view import CSP, render_article

PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class Limits:
    """What one request may ask of the service."""

    max_body_bytes: int = 5_000_000
    max_batch: int = 64
    timeout_s: float = 120.0
    max_chars: int = DEFAULT_MAX_CHARS
    view_cache_bytes: int = 50_000_000  # JSON of the articles kept for GET /v1/view


class DocumentIn(Document):
    """`Document` with the service's limits: a bounded id (default "article"), non-empty text, no unknown fields."""

    model_config = ConfigDict(extra="forbid")  # lax: `published` is a date string, as the schema says; never a number

    id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] = "article"
    text: Annotated[str, Field(min_length=1)]


class BatchIn(BaseModel):
    """A bounded list of articles."""

    model_config = ConfigDict(extra="forbid")

    documents: Annotated[list[DocumentIn], Field(min_length=1)]


class BatchOut(BaseModel):
    """Every article of a batch, in request order, each with its status."""

    articles: list[Article]


class Health(BaseModel):
    """Liveness and what is serving."""

    status: str
    backend: str
    version: str


class Problem(BaseModel):
    """An error as `application/problem+json` (RFC 9457), with the fields at fault."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict[str, str]] | None = None


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries saying these status codes answer with a Problem document."""
    ref = {"schema": {"$ref": "#/components/schemas/Problem"}}
    return {code: {"model": Problem, "description": "problem", "content": {PROBLEM: ref}} for code in codes}


def problem(
    status: int,
    title: str,
    detail: str,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """An `application/problem+json` response."""
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


JSON_MEDIA = re.compile(r"application/([\w.+-]+\+)?json")


class RequestGuard:
    """Around every request: a body of at most `limit` bytes (413, whether declared or sent chunked), JSON as the body
    of the `json_paths` (415 naming the type expected), and `nosniff` on every answer, a CSP on HTML ones."""

    def __init__(self, app: ASGIApp, limit: int, json_paths: frozenset[str]) -> None:
        self.app, self.limit, self.json_paths = app, limit, json_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request, read its body up to the limit, then hand it on with headers added to the answer."""
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        send = _secured(send)
        headers = Headers(scope=scope)
        given = headers.get("content-type", "")
        if scope["path"] in self.json_paths and not JSON_MEDIA.fullmatch(given.split(";")[0].strip().lower()):
            detail = f"the body must be JSON, Content-Type: application/json (got {given or 'no Content-Type'})"
            unsupported = problem(415, "Unsupported media type", detail, [{"field": "Content-Type", "message": detail}])
            return await unsupported(scope, receive, send)
        too_big = problem(413, "Request body too large", f"the body limit is {self.limit:,} bytes")
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            return await too_big(scope, receive, send)
        messages: list[Message] = []  # the whole body, read here: a chunked body declares no length to check
        seen = 0
        while not messages or messages[-1].get("more_body"):
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > self.limit:
                return await too_big(scope, receive, send)

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


def _secured(send: Send) -> Send:
    """`send` adding `X-Content-Type-Options: nosniff` to every answer and the page's CSP to HTML answers."""

    async def with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            headers.setdefault("X-Content-Type-Options", "nosniff")
            if headers.get("content-type", "").startswith("text/html"):
                headers.setdefault("Content-Security-Policy", f"{CSP}; frame-ancestors 'none'")
        await send(message)

    return with_headers


class ViewCache:
    """Articles recently extracted, for GET /v1/view, bounded by the bytes of their JSON: the oldest leave first.

    A skipped article (empty, binary, over --max-chars) is not kept, nor one larger than the whole budget.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes, self.size = max_bytes, 0
        self._records: OrderedDict[str, bytes] = OrderedDict()

    def add(self, article: Article) -> None:
        """Keep `article` (replacing an earlier one with its id), then drop the oldest until within budget."""
        self.size -= len(self._records.pop(article.id, b""))
        record = b"" if article.status == DocStatus.skipped else record_json(article).encode("utf-8")
        if not record or len(record) > self.max_bytes:
            return
        self._records[article.id] = record
        self.size += len(record)
        while self.size > self.max_bytes:
            self.size -= len(self._records.popitem(last=False)[1])

    def get(self, article_id: str) -> Article | None:
        """The article kept under `article_id`, if any."""
        record = self._records.get(article_id)
        return None if record is None else Article.model_validate_json(record)


def create_app(backend: Backend, limits: Limits | None = None) -> FastAPI:
    """The service app around one backend."""
    limits = limits or Limits()
    app = FastAPI(  # no /docs or /redoc: their pages need inline script and a CDN, which the CSP refuses
        title="tradefacts",
        version=package_version(),
        summary="Verified trade facts from news articles.",
        docs_url=None,
        redoc_url=None,
    )
    recent = ViewCache(limits.view_cache_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"] if p != "body"), "message": e["msg"]} for e in exc.errors()
        ]
        return problem(422, "Invalid request", "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, "Request failed", str(exc.detail), headers=exc.headers)  # 405 keeps Allow

    async def one(doc: DocumentIn) -> Article:
        document = normalised(Document(**doc.model_dump()))  # the text a timed-out record keeps, as extraction reads it
        try:
            with deadline(limits.timeout_s):  # the rules' worker thread stops too, not only the wait
                article = await asyncio.wait_for(
                    aextract_safely(backend, document, max_chars=limits.max_chars), limits.timeout_s
                )
        except TimeoutError:
            article = unfinished(document, DocStatus.failed, f"timed out after {limits.timeout_s:g} s")
        recent.add(article)
        return article

    @app.post(
        "/v1/extract",
        response_model=Article,
        response_model_exclude_none=True,
        responses=problem_responses(400, 413, 415, 422),
    )
    async def extract_one(doc: DocumentIn) -> Article:
        """Extract one article: its facts, rejected proposals and a status."""
        return await one(doc)

    @app.post(
        "/v1/extract/batch",
        response_model=BatchOut,
        response_model_exclude_none=True,
        responses=problem_responses(400, 413, 415, 422),
    )
    async def extract_batch(batch: BatchIn) -> BatchOut | JSONResponse:
        """Extract up to the batch limit of articles concurrently; results in request order."""
        if len(batch.documents) > limits.max_batch:
            return problem(
                413,
                "Batch too large",
                f"{len(batch.documents)} documents; the limit is {limits.max_batch}",
                [{"field": "documents", "message": "too many documents"}],
            )
        return BatchOut(articles=list(await asyncio.gather(*(one(d) for d in batch.documents))))

    @app.get("/v1/schema")
    async def schema() -> dict[str, Any]:
        """JSON Schema of the Article record the service returns."""
        return Article.model_json_schema()

    @app.get("/healthz", response_model=Health)
    async def healthz() -> Health:
        """Liveness."""
        return Health(status="ok", backend=backend.name, version=package_version())

    @app.get("/v1/view", response_class=HTMLResponse, responses=problem_responses(404, 422))
    async def view(id: Annotated[str, Query(min_length=1)]) -> HTMLResponse:
        """A recently extracted article as HTML, its facts highlighted (as `tradefacts view`)."""
        if (article := recent.get(id)) is None:
            raise HTTPException(404, f"no recently extracted article with id {id!r} (skipped ones are not kept)")
        return HTMLResponse(render_article(article))

    json_paths = frozenset(r.path for r in app.routes if isinstance(r, APIRoute) and "POST" in r.methods)
    app.add_middleware(RequestGuard, limit=limits.max_body_bytes, json_paths=json_paths)
    return app

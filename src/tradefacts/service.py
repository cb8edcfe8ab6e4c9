"""`tradefacts serve`: the extractors over HTTP (FastAPI), with limits and RFC 9457 problem+json errors."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tradefacts.extract.backend import DEFAULT_MAX_CHARS, Backend, aextract_safely, unfinished
from tradefacts.extract.deadline import deadline
from tradefacts.schemas import Article, DocStatus, Document, package_version
from tradefacts.view import render_article

PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class Limits:
    """What one request may ask of the service."""

    max_body_bytes: int = 5_000_000
    max_batch: int = 64
    timeout_s: float = 120.0
    max_chars: int = DEFAULT_MAX_CHARS
    recent: int = 1000  # articles kept for GET /v1/view


class DocumentIn(Document):
    """`Document` with the service's limits: a bounded id (default "article"), non-empty text, no unknown fields."""

    model_config = ConfigDict(extra="forbid", strict=True)  # `published: 0` is not a date

    id: Annotated[str, Field(min_length=1, max_length=200)] = "article"
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


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, counting its body."""
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_big = problem(413, "Request body too large", f"the body limit is {self.limit:,} bytes")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await too_big(scope, receive, send)
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooBig
            return message

        try:
            await self.app(scope, counted, send)
        except _TooBig:
            await too_big(scope, receive, send)


class _TooBig(Exception):
    pass


def create_app(backend: Backend, limits: Limits | None = None) -> FastAPI:
    """The service app around one backend."""
    limits = limits or Limits()
    app = FastAPI(title="tradefacts", version=package_version(), summary="Verified trade facts from news articles.")
    recent: OrderedDict[str, Article] = OrderedDict()

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
        document = Document(**doc.model_dump())
        try:
            with deadline(limits.timeout_s):  # the rules' worker thread stops too, not only the wait
                article = await asyncio.wait_for(
                    aextract_safely(backend, document, max_chars=limits.max_chars), limits.timeout_s
                )
        except TimeoutError:
            article = unfinished(document, DocStatus.failed, f"timed out after {limits.timeout_s:g} s")
        recent[article.id] = article
        recent.move_to_end(article.id)
        while len(recent) > limits.recent:
            recent.popitem(last=False)
        return article

    @app.post(
        "/v1/extract",
        response_model=Article,
        response_model_exclude_none=True,
        responses=problem_responses(400, 413, 422),
    )
    async def extract_one(doc: DocumentIn) -> Article:
        """Extract one article: its facts, rejected proposals and a status."""
        return await one(doc)

    @app.post(
        "/v1/extract/batch",
        response_model=BatchOut,
        response_model_exclude_none=True,
        responses=problem_responses(400, 413, 422),
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
        if id not in recent:
            raise HTTPException(404, f"no recently extracted article with id {id!r}")
        return HTMLResponse(render_article(recent[id]))

    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)
    return app

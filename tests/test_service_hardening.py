"""The service against hostile or careless clients, on a real uvicorn over loopback: dates as the OpenAPI document
advertises them, chunked bodies over the limit, wrong content types, a view cache bounded in bytes, security headers."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from tests.conftest import SEEDS
from tests.test_service import call, serve
from tradefacts.extract.backend import extract_safely
from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Article, Document
from tradefacts.service import Limits, ViewCache, create_app

SEED = (SEEDS / "004_fab758f6019e703d.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    yield from serve(create_app(get_backend("regex"), Limits(max_body_bytes=200_000, max_batch=3)))


def post(url: str, body: bytes, content_type: str | None) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    conn.request("POST", parts.path, body=body, headers={"Content-Type": content_type} if content_type else {})
    answer = conn.getresponse()
    return answer.status, dict(answer.getheaders()), answer.read()


def valid_values(schema: dict[str, Any], components: dict[str, Any]) -> list[Any]:
    """Values valid under a JSON Schema as the OpenAPI document writes them: every branch of anyOf, null, strings
    (dates by format, lengths at both bounds)."""
    if "$ref" in schema:
        return valid_values(components[schema["$ref"].rsplit("/", 1)[1]], components)
    if "anyOf" in schema:
        return [v for branch in schema["anyOf"] for v in valid_values(branch, components)]
    kind = schema.get("type")
    if kind == "null":
        return [None]
    if kind == "string" and schema.get("format") == "date":
        return ["2025-08-10", "2024-02-29"]
    if kind == "string":
        shortest = max(schema.get("minLength", 0), 1)
        return ["a" * shortest] + (["b" * schema["maxLength"]] if "maxLength" in schema else [])
    raise AssertionError(f"the test does not know how to make a valid {schema}: teach it")


def test_every_field_of_the_openapi_document_accepts_its_valid_values(base: str) -> None:
    spec = json.loads(call(base + "/openapi.json")[2])
    components = spec["components"]["schemas"]
    single = spec["paths"]["/v1/extract"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    document = components[single["$ref"].rsplit("/", 1)[1]]
    tried = []
    for field, schema in document["properties"].items():
        for value in valid_values(schema, components):
            body = {"id": "doc", "text": SEED} | {field: value}
            status, _, raw = call(base + "/v1/extract", body)
            assert status == 200, f"{field}={value!r}: {raw[:300]!r}"
            if field != "text" and value is not None:  # a missing title or date the rules find in the text
                echoed = json.loads(raw).get(field)
                assert echoed == value, f"{field}: sent {value!r}, got {echoed!r}"
            status, _, raw = call(base + "/v1/extract/batch", {"documents": [body]})
            assert status == 200, f"batch {field}={value!r}: {raw[:300]!r}"
            tried.append(field)
    assert {"id", "text", "title", "publisher", "published"} <= set(tried)


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"text": SEED, "published": 0}, "published", "got the number 0"),
        ({"text": SEED, "published": "2025-13-01"}, "published", "month"),
        ({"text": "exports rose \ud800 5 percent"}, "text", "lone surrogate U+D800"),
        ({"id": "a\udfffb", "text": SEED}, "id", "lone surrogate U+DFFF"),
    ],
)
def test_values_outside_the_schema_are_422_naming_the_field(base: str, body: dict, field: str, message: str) -> None:
    status, ctype, raw = call(base + "/v1/extract", body)
    problem = json.loads(raw)
    assert status == 422 and ctype == "application/problem+json"
    assert any(e["field"] == field and message in e["message"] for e in problem["errors"]), problem


def chunked(url: str, size: int, content_type: str = "application/json") -> tuple[int, dict[str, str], bytes]:
    """POST a JSON body of about `size` bytes with Transfer-Encoding: chunked (no Content-Length)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    body = json.dumps({"id": "big", "text": SEED + " " * (size - len(SEED))}).encode()
    conn.putrequest("POST", parts.path)
    conn.putheader("Content-Type", content_type)
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    try:
        for start in range(0, len(body), 65536):
            piece = body[start : start + 65536]
            conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
        conn.send(b"0\r\n\r\n")
    except OSError:  # the server may answer and close before the client has sent everything
        pass
    answer = conn.getresponse()
    return answer.status, dict(answer.getheaders()), answer.read()


def test_a_chunked_body_over_the_limit_is_413(base: str) -> None:
    status, headers, raw = chunked(base + "/v1/extract", 6_000_000)
    assert status == 413 and headers["content-type"] == "application/problem+json"
    assert "200,000 bytes" in json.loads(raw)["detail"]
    status, _, raw = chunked(base + "/v1/extract", 150_000)  # within the limit: read in full and answered
    assert status == 200 and json.loads(raw)["facts"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_a_body_that_is_not_declared_json_is_415_naming_the_type(base: str, content_type: str | None) -> None:
    body = json.dumps({"id": "a", "text": SEED}).encode()
    status, headers, raw = post(base + "/v1/extract", body, content_type)
    problem = json.loads(raw)
    assert status == 415 and headers["content-type"] == "application/problem+json"
    assert "Content-Type: application/json" in problem["detail"] and problem["errors"][0]["field"] == "Content-Type"
    for accepted in ("application/json; charset=utf-8", "application/merge-patch+json"):
        assert post(base + "/v1/extract", body, accepted)[0] == 200


def test_the_view_cache_is_bounded_in_bytes_and_keeps_no_skipped_article() -> None:
    one = len(record("x0").model_dump_json(exclude_none=True).encode())
    for url in serve(create_app(get_backend("regex"), Limits(view_cache_bytes=int(3.5 * one)))):
        for i in range(6):
            assert call(url + "/v1/extract", {"id": f"x{i}", "text": SEED})[0] == 200
        kept = [i for i in range(6) if call(url + f"/v1/view?id=x{i}")[0] == 200]
        assert kept == [3, 4, 5]  # three fit in 3.5 records' bytes; the oldest left first
        for skipped in ({"id": "blank", "text": "   "}, {"id": "x5", "text": "\x00\x01\x02" * 100}):
            assert json.loads(call(url + "/v1/extract", skipped)[2])["status"] == "skipped"
            status, _, raw = call(url + f"/v1/view?id={skipped['id']}")
            assert status == 404 and "skipped ones are not kept" in json.loads(raw)["detail"]


def record(article_id: str) -> Article:
    """The record the service makes of SEED under `article_id`."""
    return extract_safely(get_backend("regex"), Document(id=article_id, text=SEED))


def test_the_view_cache_never_holds_more_than_its_budget() -> None:
    cache = ViewCache(max_bytes=50_000)
    article = record("a")
    for i in range(200):
        cache.add(article.model_copy(update={"id": f"a{i}", "text": SEED[: 100 + 37 * i % 6000]}))
        assert cache.size <= 50_000
    huge = Article(id="huge", text="x" * 60_000)
    cache.add(huge)
    assert cache.get("huge") is None and cache.get("a199") is not None


def test_answers_carry_nosniff_and_html_a_csp_without_script(base: str) -> None:
    assert call(base + "/v1/extract", {"id": "h1", "text": SEED})[0] == 200
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    for path in ("/healthz", "/v1/view?id=nope", "/v1/view?id=h1"):
        conn.request("GET", path)
        answer = conn.getresponse()
        page = answer.read().decode()
        assert answer.getheader("X-Content-Type-Options") == "nosniff", path
    csp = answer.getheader("Content-Security-Policy")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'" and "script-src" not in directives and "unsafe" not in csp
    assert directives["frame-ancestors"] == "'none'"
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert directives["style-src"] == f"'sha256-{digest}'"  # the page's own style, and nothing else, may apply
    assert call(base + "/docs")[0] == 404  # Swagger UI needs inline script and a CDN


def test_html_in_every_field_is_escaped_in_the_view(base: str) -> None:
    hostile = {
        "id": "x<script>alert(1)</script>",
        "text": SEED + "\n<script>alert(2)</script><img src=x onerror=alert(3)>",
        "title": '"><img src=x onerror=alert(4)>',
        "publisher": "<b onmouseover=alert(5)>bold</b>",
    }
    assert call(base + "/v1/extract", hostile)[0] == 200
    status, ctype, page = call(base + "/v1/view?" + urlencode({"id": hostile["id"]}))
    assert status == 200 and ctype.startswith("text/html")
    lowered = page.decode().lower()
    assert "<script" not in lowered and "<img" not in lowered and "<b " not in lowered
    assert "&lt;script&gt;alert(2)" in lowered  # shown as text, not dropped

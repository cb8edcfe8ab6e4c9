"""A scripted chat-completions server on loopback: deterministic faults for the LLM path's tests and bench.

Each request takes the next `Step` of the script (or, when the script is spent, the step its
`route` chooses for that request, else the default step). A step answers with an extraction (as a tool call when the request offers tools,
else as message content), with raw content, with an HTTP error and headers, after a delay,
or cut off with `finish_reason: length`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.servers import LoopbackHTTPServer


@dataclass
class Step:
    """One scripted response."""

    answer: dict[str, Any] | None = None  # an Extraction as JSON
    raw: str | None = None  # content sent as is (invalid JSON, prose)
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    truncated: bool = False  # finish_reason "length", arguments cut in half
    drop: bool = False  # close the connection without answering
    body: str | None = None  # the HTTP body sent as is, in place of a chat completion


def fact(evidence: str, value_text: str, value: float, **fields: Any) -> dict[str, Any]:
    """A proposed fact as a model would send it; fields default to a China total value in CNY for 2025-07."""
    base = {
        "area": "China",
        "flow": "total",
        "measure": "value",
        "unit": "CNY",
        "period": {"start": "2025-07", "end": "2025-07"},
        "qualifier": "exact",
    }
    return base | {"evidence": evidence, "value_text": value_text, "value": value} | fields


class FaultServer(LoopbackHTTPServer):
    """Start with `with FaultServer(script) as server:`; `server.base_url` is the /v1 endpoint."""

    def __init__(
        self,
        script: list[Step] | None = None,
        default: Step | None = None,
        route: Callable[[dict[str, Any]], Step] | None = None,
    ) -> None:
        self.script: deque[Step] = deque(script or [])
        self.default = default or Step(answer={"facts": []})
        self.route = route  # answers from the request itself (which article is asked), once the script is spent
        self.requests: list[dict[str, Any]] = []
        self.authorizations: list[str | None] = []  # each request's Authorization header
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests the server held at once
        self._lock = threading.Lock()
        super().__init__()

    def next_step(self, request: dict[str, Any]) -> Step:
        """Record the request and take the next step of the script."""
        with self._lock:
            self.requests.append(request)
            if self.script:
                return self.script.popleft()
        return self.route(request) if self.route else self.default

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stall

            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.authorizations.append(self.headers.get("Authorization"))
                step = server.next_step(body)
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    self._answer(body, step)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _answer(self, body: dict[str, Any], step: Step) -> None:
                if step.delay_s:
                    time.sleep(step.delay_s)
                if step.drop:
                    self.close_connection = True
                    return None
                if step.body is not None:
                    return self._send(step.status, step.body.encode(), step.headers)
                if step.status != 200:
                    payload = {"error": {"message": f"scripted {step.status}", "type": "fault", "code": step.status}}
                    return self._send(step.status, payload, step.headers)
                return self._send(200, completion(body, step), step.headers)

            def _send(self, status: int, payload: dict[str, Any] | bytes, headers: dict[str, str]) -> None:
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out and left
                    pass

        return Handler


def completion(request: dict[str, Any], step: Step) -> dict[str, Any]:
    """A chat.completion object answering `request` as the step says."""
    text = step.raw if step.raw is not None else json.dumps(step.answer)
    finish = "stop"
    if step.truncated:
        text, finish = text[: len(text) // 2], "length"
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if request.get("tools") and step.raw is None:
        name = request["tools"][0]["function"]["name"]
        call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        finish = "length" if step.truncated else "tool_calls"
    prompt_tokens = len(json.dumps(request.get("messages", []))) // 4
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fault"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(text) // 4,
            "total_tokens": prompt_tokens + len(text) // 4,
        },
    }


async def serve_fixed(latency_s: float, answer: dict[str, Any]) -> None:
    """Answer every chat-completions request with `answer` after `latency_s`, until cancelled; prints the base URL.

    For bench/llm_client.py, which times the client against the ideal `N × latency / concurrency`, so the server
    must add as little as it can: a bare asyncio protocol on one event loop that reads each HTTP/1.1 request up to
    its Content-Length and writes the completion, encoded once from the first request (the bench's requests differ
    only in their article), `latency_s` after the request arrived (`call_later`). aiohttp's server, used before,
    spent 0.47 ms of CPU a request, serialised on its loop: 15 ms for the 32 requests of a wave, which the timed
    client paid as spread. A bare client against that server read 1.035-1.050 of the ideal by itself.
    """
    import asyncio

    loop = asyncio.get_running_loop()
    encoded: list[bytes] = []

    class FixedLatency(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            self.transport, self.buffer = transport, b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while (head_end := self.buffer.find(b"\r\n\r\n")) >= 0:
                fields = dict(line.split(b":", 1) for line in self.buffer[:head_end].lower().split(b"\r\n")[1:])
                length = int(fields.get(b"content-length", b"0"))
                if len(self.buffer) < head_end + 4 + length:
                    return  # the rest of the body is still on its way
                body, self.buffer = self.buffer[head_end + 4 : head_end + 4 + length], self.buffer[head_end + 4 + length :]
                if not encoded:
                    payload = json.dumps(completion(json.loads(body), Step(answer=answer))).encode()
                    header = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
                    encoded.append(header.encode() + payload)
                loop.call_later(latency_s, self._answer)

        def _answer(self) -> None:
            if not self.transport.is_closing():
                self.transport.write(encoded[0])  # type: ignore[attr-defined]

    listener = await loop.create_server(FixedLatency, "127.0.0.1", 0, backlog=128)
    print(f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}/v1", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        listener.close()


def main() -> None:
    """Serve a fixed answer after a fixed delay until killed: `python -m tests.fault_server LATENCY ANSWER_JSON`."""
    import asyncio
    import sys

    asyncio.run(serve_fixed(float(sys.argv[1]), json.loads(sys.argv[2])))


if __name__ == "__main__":
    main()

"""A files-and-batches server on loopback, shaped like OpenAI's `/v1/files` and `/v1/batches`.

An uploaded request file (JSON Lines of `{custom_id, method, url, body}`) becomes a batch that answers
every request with `answer(body)`, a `Step` of `tests.fault_server`: a chat completion, or an HTTP error
that lands in the batch's error file. The batch reports `validating`, then `in_progress` for
`polls_before_done` status checks, then `completed` (or the `final` status a test asks for).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fault_server import Step, completion
from tests.servers import LoopbackHTTPServer


class BatchServer(LoopbackHTTPServer):
    """Start with `with BatchServer(answer) as server:`; `server.base_url` is the /v1 endpoint."""

    def __init__(
        self,
        answer: Callable[[dict[str, Any]], Step],
        *,
        polls_before_done: int = 2,
        final: str = "completed",
        batch_errors: list[dict[str, str]] | None = None,
    ) -> None:
        self.answer, self.polls_before_done, self.final = answer, polls_before_done, final
        self.batch_errors = batch_errors or []  # for a `failed` batch: why its input file was refused
        self.files: dict[str, tuple[str, bytes]] = {}  # id -> (purpose, content)
        self.batches: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        self.created = 0  # batches created: a resumed run must not create another
        self._lock = threading.RLock()  # a poll that finishes the batch adds its files under the lock
        super().__init__()

    def requests(self, batch_id: str) -> list[dict[str, Any]]:
        """The request lines of a batch's input file."""
        content = self.files[self.batches[batch_id]["input_file_id"]][1]
        return [json.loads(line) for line in content.decode().splitlines() if line.strip()]

    def _add_file(self, purpose: str, content: bytes, name: str) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-{len(self.files) + 1}"
            self.files[file_id] = (purpose, content)
        return {"id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time()),
                "filename": name, "purpose": purpose, "status": "processed"}  # fmt: skip

    def _create_batch(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if body.get("input_file_id") not in self.files or body.get("endpoint") != "/v1/chat/completions":
            return 400, {"error": {"message": "unknown input_file_id or endpoint", "type": "invalid_request_error"}}
        with self._lock:
            self.created += 1
            batch_id = f"batch_{self.created}"
            self.batches[batch_id] = {
                "id": batch_id, "object": "batch", "endpoint": body["endpoint"],
                "input_file_id": body["input_file_id"], "completion_window": body.get("completion_window", "24h"),
                "status": "validating", "created_at": int(time.time()), "output_file_id": None,
                "error_file_id": None, "errors": None, "metadata": body.get("metadata"),
                "request_counts": {"total": 0, "completed": 0, "failed": 0},
            }  # fmt: skip
            self.polls[batch_id] = 0
        return 200, self.batches[batch_id]

    def _poll(self, batch_id: str) -> tuple[int, dict[str, Any]]:
        if batch_id not in self.batches:
            return 404, {"error": {"message": f"no batch {batch_id}", "type": "invalid_request_error"}}
        batch = self.batches[batch_id]
        with self._lock:
            self.polls[batch_id] += 1
            if batch["status"] in ("validating", "in_progress"):
                batch["status"] = "in_progress" if self.polls[batch_id] <= self.polls_before_done else self._run(batch)
        return 200, batch

    def _run(self, batch: dict[str, Any]) -> str:
        """Answer every request of the batch; the status it ends with."""
        if self.final == "failed":
            batch["errors"] = {"object": "list", "data": self.batch_errors}
            return "failed"
        out, err = [], []
        for i, request in enumerate(self.requests(batch["id"])):
            if self.final == "expired" and i % 2:
                continue  # an expired batch answers only part of its requests
            step = self.answer(request["body"])
            line = {"id": f"batch_req_{i}", "custom_id": request["custom_id"], "error": None}
            if step.status == 200:
                line["response"] = {"status_code": 200, "request_id": f"req_{i}", "body": completion(request["body"], step)}
                out.append(line)
            else:
                error = {"message": f"scripted {step.status}", "type": "server_error", "code": str(step.status)}
                line["response"] = {"status_code": step.status, "request_id": f"req_{i}", "body": {"error": error}}
                err.append(line)
        for lines, field in ((out, "output_file_id"), (err, "error_file_id")):
            if lines:
                content = "".join(json.dumps(line) + "\n" for line in lines).encode()
                batch[field] = self._add_file("batch_output", content, f"{field}.jsonl")["id"]
        batch["request_counts"] = {"total": len(out) + len(err), "completed": len(out), "failed": len(err)}
        return self.final

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: object) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path == "/v1/files":
                    form = _multipart(self.headers.get("Content-Type", ""), raw)
                    self._send(200, server._add_file(form["purpose"].decode(), form["file"], "requests.jsonl"))
                elif self.path == "/v1/batches":
                    self._send(*server._create_batch(json.loads(raw)))
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def do_GET(self) -> None:
                parts = self.path.strip("/").split("/")
                if parts[:2] == ["v1", "batches"] and len(parts) == 3:
                    self._send(*server._poll(parts[2]))
                elif parts[:2] == ["v1", "files"] and len(parts) == 4 and parts[3] == "content":
                    found = server.files.get(parts[2])
                    self._send_bytes(200, found[1]) if found else self._send(404, {"error": {"message": "no file"}})
                else:
                    self._send(404, {"error": {"message": f"no route {self.path}"}})

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                self._send_bytes(status, json.dumps(payload).encode(), "application/json")

            def _send_bytes(self, status: int, data: bytes, kind: str = "application/octet-stream") -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


def _multipart(content_type: str, body: bytes) -> dict[str, bytes]:
    """The fields of a multipart/form-data body, by name."""
    message = BytesParser(policy=email_policy).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    return {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in message.iter_parts()
    }

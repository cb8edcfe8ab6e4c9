"""Servers for tests and benchmarks: a free loopback port, and a subprocess that is ready once a URL answers."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any, Self


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(
    command: list[str],
    url: str,
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdout: IO[Any] | None = None,
    timeout_s: float = 60,
) -> Iterator[subprocess.Popen[bytes]]:
    """A server subprocess, yielded once `url` answers 200; terminated on exit."""
    log = f"; see {stdout.name}" if stdout is not None and hasattr(stdout, "name") else ""
    server = subprocess.Popen(command, cwd=cwd, env=env, stdout=stdout, stderr=subprocess.STDOUT if stdout else None)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"{command[:4]} exited with {server.returncode}{log}")
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{command[:4]} did not answer {url} within {timeout_s:g} s{log}") from None
                time.sleep(0.2)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)


class _ThreadingServer(ThreadingHTTPServer):
    # socketserver listens with a queue of 5: a client opening 32 connections at once (bench/llm_client.py) lost
    # the SYNs beyond it and waited out the kernel's 1 s retransmission before its first answer
    request_queue_size = 128


class LoopbackHTTPServer:
    """A threaded HTTP server on a free loopback port for `with`; subclasses give `handler()`."""

    def __init__(self) -> None:
        self._httpd = _ThreadingServer(("127.0.0.1", 0), self.handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def handler(self) -> type[BaseHTTPRequestHandler]:
        """The request handler class; it reaches this server through a closure."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL of this server."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

"""Shared fixtures and helpers: paths, the gold set, server subprocesses."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from schemas import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "seeds.jsonl"
SEEDS = ROOT / "seeds"


def read_articles(path: Path) -> list[Article]:
    return [Article.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[Article]:
    return read_articles(GOLD)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(
    command: list[str], url: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """A server subprocess, ready once `url` answers 200; terminated on exit."""
    server = subprocess.Popen(command, cwd=cwd, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, f"{command} exited with {server.returncode}"
            assert time.monotonic() < deadline, f"{command} did not answer {url} within 60 s"
            try:
                with urllib.request.urlopen(url, timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)

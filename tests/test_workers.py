"""`extract --workers N`: a process pool for CPU-bound backends, output in input order, resumable, crash-safe."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.backends import DiesOn
from tests.conftest import SEEDS
from tradefacts.extract.io.pool import INLINE_UP_TO, extract_parallel
from tradefacts.schemas import Article, DocStatus, Document


def corpus(tmp_path: Path, copies: int) -> Path:
    """Seed copies with a broken line, an empty text and a repeated id among them."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    rows = [json.dumps({"id": f"{stem}-{i}", "text": text}) for i in range(copies) for stem, text in texts]
    rows[7:7] = ["{broken", json.dumps({"id": "empty", "text": ""})]
    rows.append(rows[0])
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tradefacts", "extract", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )


def test_two_workers_write_what_one_writes_in_the_same_order(tmp_path: Path) -> None:
    docs = corpus(tmp_path, copies=8)  # 40 documents: past the size that runs without a pool
    runs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        proc = cli(str(docs), "-o", str(out), "--workers", workers)
        assert proc.wait(timeout=300) == 1, proc.stderr.read().decode()  # 1: the broken line failed
        runs[workers] = (out.read_text(), (tmp_path / f"w{workers}.errors.jsonl").read_text())
    assert runs["2"] == runs["1"]
    records = [json.loads(line) for line in runs["2"][0].splitlines()]
    assert [r["status"] for r in records].count("ok") == 40
    assert [r["id"] for r in records][7:9] == ["docs.jsonl:8", "empty"] and records[-1]["status"] == "skipped"


def test_a_worker_that_dies_costs_only_its_document() -> None:
    docs: list[Document | Article] = [Document(id=str(i), text=f"text {i}") for i in range(3 * INLINE_UP_TO)]
    docs.insert(5, Article(id="finished", text="", status=DocStatus.failed, error="unreadable"))
    out = list(extract_parallel(docs, DiesOn(fatal="20"), workers=2))
    assert [a.id for a in out] == [d.id for d in docs]
    died = {a.id: a.error for a in out if a.status is DocStatus.failed}
    assert died == {"finished": "unreadable", "20": "the worker process extracting this document died"}
    pids = {a.title for a in out if a.status is DocStatus.ok}
    assert str(os.getpid()) not in pids and len(pids) >= 2  # worker processes, never this one


def test_a_short_input_runs_without_starting_a_pool() -> None:
    docs = [Document(id=str(i), text=f"text {i}") for i in range(INLINE_UP_TO)]
    out = list(extract_parallel(docs, DiesOn(fatal="none"), workers=4))
    assert {a.title for a in out} == {str(os.getpid())}


def _marked(marker: str) -> list[int]:
    """Pids of live processes whose environment carries `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_killing_the_run_leaves_no_worker_behind_and_resume_finishes_it(tmp_path: Path) -> None:
    docs = corpus(tmp_path, copies=60)
    out = tmp_path / "run.jsonl"
    marker = f"TRADEFACTS_TEST_RUN={uuid.uuid4().hex}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    proc = cli(str(docs), "-o", str(out), "--workers", "2", env=env)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.read_bytes().count(b"\n") < 30) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(_marked(marker)) >= 3  # the run, its forkserver and its workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while _marked(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _marked(marker) == []
    assert out.read_bytes().count(b"\n") < 303, "the kill should land part-way"
    resumed = cli(str(docs), "-o", str(out), "--workers", "2", "--resume")
    assert resumed.wait(timeout=300) == 1  # the broken line failed
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert len(ids) == 303 and len(set(ids)) == 302

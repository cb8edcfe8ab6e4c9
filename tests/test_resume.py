"""A batch killed with SIGKILL part-way and resumed ends with every document exactly once, as if uninterrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SEEDS

COPIES = 60  # 300 documents: several seconds of work, so the kill lands part-way


def corpus(tmp_path: Path) -> Path:
    """300 seed copies with bad input among them: a broken line, an empty text, a duplicate id at the end."""
    docs = tmp_path / "docs.jsonl"
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    rows = [json.dumps({"id": f"{stem}-{i}", "text": text}) for i in range(COPIES) for stem, text in texts]
    rows.insert(100, "{broken")
    rows.insert(200, json.dumps({"id": "empty", "text": ""}))
    rows.append(rows[0])
    docs.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return docs


def extract(docs: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tradefacts", "extract", str(docs), "-o", str(out), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_kill_and_resume_equals_uninterrupted(tmp_path: Path) -> None:
    docs = corpus(tmp_path)
    full = tmp_path / "full.jsonl"
    assert extract(docs, full).wait(timeout=300) == 1  # the broken line is a failed document

    part = tmp_path / "part.jsonl"
    proc = extract(docs, part)
    deadline = time.monotonic() + 120
    while (not part.exists() or len(part.read_bytes().splitlines()) < 20) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = len(lines(part))
    assert 20 <= killed_at < COPIES * 5, "the kill should land part-way"

    assert extract(docs, part, "--resume").wait(timeout=300) == 1
    resumed = lines(part)
    ids = [json.loads(line)["id"] for line in resumed]
    n = COPIES * 5
    assert len(ids) == n + 3 and len(set(ids)) == n + 2  # every input once; the duplicate id reported once

    def canonical(rows: list[str]) -> list[dict]:
        return sorted((json.loads(r) for r in rows), key=lambda r: (r["id"], r["status"]))

    assert canonical(resumed) == canonical(lines(full))
    assert sorted(lines(tmp_path / "part.errors.jsonl")) == sorted(lines(tmp_path / "full.errors.jsonl"))
    manifest = json.loads((tmp_path / "part.manifest.json").read_text())
    assert manifest["documents"] == n + 3 and manifest["status"] == {"ok": n, "failed": 1, "skipped": 2}


def test_resume_cuts_a_torn_last_line(tmp_path: Path) -> None:
    docs = tmp_path / "d.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": "In 2023, China's exports rose 3 percent."})
        + "\n"
        + json.dumps({"id": "b", "text": "In 2023, China's imports rose 2 percent."})
        + "\n"
    )
    out = tmp_path / "o.jsonl"
    assert extract(docs, out).wait(timeout=60) == 0
    first = lines(out)[0]
    out.write_text(first + "\n" + '{"id": "b", "tex', encoding="utf-8")  # a kill mid-write
    assert extract(docs, out, "--resume").wait(timeout=60) == 0
    assert [json.loads(r)["id"] for r in lines(out)] == ["a", "b"]

"""Ray Data on a real local cluster (`ray start --head` on 127.0.0.1): 2,000 documents give what one process gives."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.servers import free_port

ray = pytest.importorskip("ray")
tradefacts_ray = pytest.importorskip("tradefacts.ray")
N_DOCS = 2000


def paragraphs_as_documents(n: int) -> list[dict[str, str]]:
    """Each paragraph of each seed under that seed's headline and dateline, cycled to `n` documents."""
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        paras = [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
        texts += ["\n".join([*paras[:3], p]) for p in paras[3:]]
    return [{"id": f"p{i:04d}", "text": texts[i % len(texts)]} for i in range(n)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 documents, with a broken line and a record without text among them, and a repeated id at the end."""
    rows = [json.dumps(d) for d in paragraphs_as_documents(N_DOCS)]
    rows[10:10] = ["{broken", json.dumps({"id": "no-text"})]
    rows.append(rows[0])
    path = tmp_path_factory.mktemp("ray") / "docs.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_run(corpus: Path) -> Path:
    out = corpus.with_name("local.jsonl")
    done = subprocess.run(
        [sys.executable, "-m", "tradefacts", "extract", str(corpus), "-o", str(out), "--workers", "1"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # 1: the broken line and the record without text failed
    return out


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A Ray head on 127.0.0.1 with 2 CPUs, in a session of its own, ended (that session only) at the end."""
    port = free_port()
    temp = tempfile.mkdtemp(prefix="tfray")  # short: Ray's socket paths live under it
    command = [
        shutil.which("ray", path=os.path.dirname(sys.executable)) or "ray", "start", "--head", "--block",
        "--node-ip-address=127.0.0.1", f"--port={port}",
        f"--dashboard-agent-listen-port={free_port()}", "--include-dashboard=false", "--num-cpus=2",
        "--disable-usage-stats", f"--temp-dir={temp}",
    ]  # fmt: skip
    # A throwaway loopback cluster: no token to hand around (the driver and the CLI would each need it).
    auth_mode = os.environ.get("RAY_AUTH_MODE")
    os.environ["RAY_AUTH_MODE"] = "disabled"
    log = Path(temp) / "head.log"
    with log.open("wb") as sink:
        head = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    address = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while b"Ray runtime started" not in log.read_bytes():
            assert head.poll() is None, f"ray start exited: {log.read_text(errors='replace')[-2000:]}"
            assert time.monotonic() < deadline, "the Ray head did not come up"
            time.sleep(0.5)
        yield address
    finally:
        if ray.is_initialized():
            ray.shutdown()
        end_session(head)
        if auth_mode is None:
            os.environ.pop("RAY_AUTH_MODE", None)
        else:
            os.environ["RAY_AUTH_MODE"] = auth_mode
        shutil.rmtree(temp, ignore_errors=True)


def _session(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[3])
    except (OSError, IndexError, ValueError):
        return None


def end_session(head: subprocess.Popen) -> None:
    """End the head and every process of its session (its raylet, GCS and workers): ours alone, by pid."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        members = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _session(int(p.name)) == head.pid]
        for pid in members:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + 15
        while any(_session(pid) == head.pid for pid in members) and time.monotonic() < deadline:
            head.poll()  # reap the head, so that it leaves the table
            time.sleep(0.2)
    head.wait(timeout=10)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_extract_dataset_writes_what_one_process_writes(cluster: str, corpus: Path, local_run: Path) -> None:
    ray.init(address=cluster, log_to_driver=False)
    out = corpus.parent / "ray-out"
    tradefacts_ray.extract_dataset(str(corpus), "regex", output=str(out), workers=2)
    written = [line for f in sorted(out.glob("*.jsonl")) for line in lines(f)]
    by_id = {json.loads(line)["id"]: line for line in written}
    local = [json.loads(line) for line in lines(local_run)]
    expected = {r["id"]: json.dumps(r) for r in local if r["status"] != "skipped"}
    assert len(written) == N_DOCS + 3  # every line, the repeated id's included (no duplicate check across actors)
    assert {i: json.dumps(json.loads(line)) for i, line in by_id.items()} == expected
    assert sum(len(r.get("facts", [])) for r in local) > 500


def test_cli_engine_ray_equals_the_local_run_line_for_line(cluster: str, corpus: Path, local_run: Path) -> None:
    out = corpus.with_name("cli-ray.jsonl")
    env = {**os.environ, "RAY_ADDRESS": cluster}
    done = subprocess.run(
        [sys.executable, "-m", "tradefacts", "extract", str(corpus), "-o", str(out), "--engine", "ray", "--workers", "2"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr[-3000:]  # as locally: two documents failed
    assert lines(out) == lines(local_run)
    errors = [json.loads(line) for line in lines(corpus.with_name("cli-ray.errors.jsonl"))]
    assert errors == [json.loads(line) for line in lines(corpus.with_name("local.errors.jsonl"))]
    assert [(e["id"], e["stage"]) for e in errors] == [("docs.jsonl:11", "read"), ("no-text", "read")]
    manifest = json.loads(corpus.with_name("cli-ray.manifest.json").read_text())
    assert manifest["engine"] == "ray" and manifest["status"] == json.loads(
        corpus.with_name("local.manifest.json").read_text())["status"]  # as locally, status by status
    assert sum(manifest["status"].values()) == N_DOCS + 3 and (manifest["status"]["failed"], manifest["status"][
        "skipped"]) == (2, 1)  # every line has its status: a paragraph out of context may end partial


def test_parquet_in_tidy_parquet_out(cluster: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    docs = paragraphs_as_documents(60)
    pq.write_table(pa.Table.from_pylist(docs), tmp_path / "docs.parquet")
    if not ray.is_initialized():
        ray.init(address=cluster, log_to_driver=False)
    tradefacts_ray.extract_dataset(str(tmp_path / "docs.parquet"), output=str(tmp_path / "out"),
                                   output_format="parquet", workers=1)  # fmt: skip
    articles = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    facts = pq.read_table(tmp_path / "out" / "facts").to_pylist()
    import tradefacts as tf

    local = list(tf.extract_many(docs))
    assert sorted(a["id"] for a in articles) == [d["id"] for d in docs]
    assert len(facts) == sum(len(a.facts) for a in local) > 0
    assert {(f["article_id"], f["value"]) for f in facts} == {(a.id, f.value) for a in local for f in a.facts}

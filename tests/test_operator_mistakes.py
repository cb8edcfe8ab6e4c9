"""`tradefacts extract` against operator mistakes: outputs that are inputs, link loops, missing inputs, Ctrl-C, and
exit codes that tell the truth."""

from __future__ import annotations

import json
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.fault_server import FaultServer, Step
from tradefacts.cli import main

SENTENCE = "In 2023, China's exports rose 5 percent year on year to 3.38 trillion U.S. dollars."


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def tradefacts(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tradefacts", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    docs = tmp_path / "d.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": SENTENCE}) + "\n", encoding="utf-8")
    before = docs.read_bytes()
    done = tradefacts("extract", str(docs), "-o", str(docs))
    assert done.returncode == 2 and "is an input too" in done.stderr
    assert docs.read_bytes() == before
    (tmp_path / "tables").mkdir()
    table = tmp_path / "tables" / "articles.parquet"
    table.write_bytes(b"PAR1 an input, not to be overwritten")
    done = tradefacts("extract", str(table), "-o", str(tmp_path / "run.jsonl"), "--parquet", str(tmp_path / "tables"))
    assert done.returncode == 2 and "is an input too" in done.stderr
    assert table.read_bytes() == b"PAR1 an input, not to be overwritten"


def test_an_output_inside_an_input_directory_is_left_out_of_the_walk(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SENTENCE, encoding="utf-8")
    out = corpus / "run.jsonl"
    for _ in range(2):  # the second run finds the first run's output, errors and manifest in the folder
        done = tradefacts("extract", str(corpus), "-o", str(out), timeout=60)
        assert done.returncode == 0, done.stderr
        assert [r["id"] for r in read(out)] == ["a"]
    assert f"{out}: left out: it is an output of this run" in done.stderr
    assert f"{corpus / 'run.manifest.json'}: left out" in done.stderr


def test_links_into_a_directory_already_walked_are_not_followed(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (corpus / "sub" / "loop").symlink_to(corpus)  # a loop: corpus/sub/loop/sub/loop/...
    (corpus / "again").symlink_to(corpus / "sub")  # the same folder twice
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(corpus), "-o", str(out)]) == 0
    records = read(out)
    assert [(r["id"], r["status"]) for r in records] == [("sub/a", "ok")]
    err = capsys.readouterr().err
    assert "corpus/again: not followed" in err and "sub/loop: not followed" in err


def test_a_missing_input_is_a_usage_error_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), "-o", str(out)]) == 2
    assert "nope.txt: no such file or directory" in capsys.readouterr().err and not out.exists()


def test_exit_codes_follow_fail_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" ", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{broken\n", encoding="utf-8")
    good, empty, bad = (str(tmp_path / n) for n in ("good.txt", "empty.txt", "bad.jsonl"))
    out = ["-o", str(tmp_path / "run.jsonl")]
    assert main(["extract", good, empty, *out]) == 0  # ok and skipped
    assert main(["extract", good, bad, *out]) == 1  # a failed document
    assert main(["extract", good, bad, *out, "--fail-on", "never"]) == 0
    assert main(["extract", good, *out, "--fail-on", "partial"]) == 0


def test_model_calls_that_all_fail_exit_1_and_fallback_counts_as_partial(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    out = ["-o", str(tmp_path / "run.jsonl")]
    with FaultServer(default=Step(status=500)) as fault:
        flags = ["--backend", "llm", "--base-url", fault.base_url, "--model", "m", "--no-cache", "--retries", "0"]
        assert main(["extract", *map(str, seeds), *out, *flags]) == 1
        assert {r["status"] for r in read(tmp_path / "run.jsonl")} == {"failed"}
        assert main(["extract", *map(str, seeds), *out, *flags, "--fallback", "regex"]) == 0
        assert {r["status"] for r in read(tmp_path / "run.jsonl")} == {"fallback"}
        assert main(["extract", *map(str, seeds), *out, *flags, "--fallback", "regex", "--fail-on", "partial"]) == 1


def test_no_api_key_and_no_endpoint_is_a_usage_error(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--backend", "llm", "--model", "m"]) == 2
    assert "needs OPENAI_API_KEY, or --base-url" in capsys.readouterr().err


def test_help_documents_the_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_text = capsys.readouterr().out
    assert "--fail-on {failed,partial,never}" in help_text and "130  stopped by SIGINT" in help_text


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_writes_the_manifest_and_prints_the_command_that_resumes(tmp_path: Path, stop: signal.Signals) -> None:
    docs = tmp_path / "docs.jsonl"
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    docs.write_text("".join(json.dumps({"id": f"{s}-{i}", "text": t}) + "\n" for i in range(40) for s, t in texts))
    out = tmp_path / "run.jsonl"
    command = [sys.executable, "-m", "tradefacts", "extract", str(docs), "-o", str(out)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.read_bytes().count(b"\n") < 10) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(stop)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + stop and "Traceback" not in err
    manifest = json.loads((tmp_path / "run.manifest.json").read_text())
    assert manifest["interrupted"] == stop.name and 10 <= manifest["documents"] < 200
    assert manifest["documents"] == len(read(out))  # the manifest counts exactly what the file holds
    resume = err.rsplit("resume with:\n", 1)[1].strip()
    assert resume == shlex.join(["tradefacts", "extract", str(docs), "-o", str(out), "--resume"])
    done = tradefacts(*shlex.split(resume)[1:])
    assert done.returncode == 0, done.stderr
    ids = [r["id"] for r in read(out)]
    assert len(ids) == 200 and len(set(ids)) == 200

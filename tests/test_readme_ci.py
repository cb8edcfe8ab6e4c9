"""CI runs exactly the README's commands: a missing install step fails CI, not a user."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.servers import free_port, running


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_opens_with_two_commands() -> None:
    install, test = readme_commands()
    assert "pip install" in install
    assert "pytest" in test


def test_ci_runs_the_readme_commands_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in readme_commands():
        assert command in ci.splitlines(), command


def use_commands() -> list[str]:
    """The first block under "## Use": every line is meant to run as written on a fresh machine."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Use\n\n```bash\n(.+?)\n```", text, flags=re.S)
    assert block, "README has no Use block"
    return [line for line in block.group(1).splitlines() if line.startswith("tradefacts ")]


def test_the_readme_use_commands_run_as_written(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "gold", tmp_path / "gold")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    commands = use_commands()
    assert any(".parquet" in c.split("#")[0] and " -o " in c for c in commands)  # a Parquet file in
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
    out = tmp_path / "out"
    assert len((out / "again.jsonl").read_text().splitlines()) == len(list((ROOT / "seeds").glob("*.txt")))
    assert (out / "run.jsonl").read_text() == (out / "again.jsonl").read_text()  # Parquet round trip, same facts
    assert "<mark" in (out / "article.html").read_text()
    assert "| conflicting |" in (out / "observations.md").read_text()  # reconcile: the table and its summary
    assert [line.split(",")[0] for line in (out / "cmp" / "leaderboard.csv").read_text().splitlines()] == [
        "run", "rules", "again"
    ]  # fmt: skip
    assert (out / "facts.csv").read_text().startswith("article_id,") and "## Worked example" in (out / "prompt.md").read_text()


@pytest.mark.skipif(shutil.which("curl") is None, reason="the README calls the service with curl")
def test_the_readme_service_call_works_as_written() -> None:
    pytest.importorskip("uvicorn")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### As a service\n\n```bash\n(.+?)\n```", text, flags=re.S)
    assert block, "README has no service block"
    lines = block.group(1).replace("\\\n", " ").splitlines()
    serve = next(line for line in lines if line.startswith("tradefacts serve")).split("&")[0]
    curl = next(line for line in lines if line.startswith("curl"))
    port = str(free_port())  # the README's port 8000 may be taken on a test machine
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    serving = ["bash", "-c", "exec " + serve.replace("8000", port)]
    with running(serving, f"http://127.0.0.1:{port}/healthz", cwd=ROOT, env=env):
        done = subprocess.run(["bash", "-c", curl.replace("8000", port)], capture_output=True, text=True, check=True)
    article = json.loads(done.stdout)
    assert article["status"] == "ok"
    assert [(f["area"], f["measure"], f["value"]) for f in article["facts"]] == [("China", "growth", 6.1)]


def test_the_readme_python_use_runs_as_written() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"From Python:\n\n```python\n(.+?)\n```", text, flags=re.S)
    assert block, "README has no Python block"
    done = subprocess.run([sys.executable, "-c", block.group(1)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "'China'" in done.stdout and "6.1" in done.stdout

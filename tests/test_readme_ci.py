"""CI runs exactly the README's commands: a missing install step fails CI, not a user."""

from __future__ import annotations

import re

from tests.conftest import ROOT


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

"""`tradefacts eval` refuses what it cannot score honestly: a gold file without facts, files that are not UTF-8."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GOLD
from tradefacts.cli import main


def evaluate(gold: Path, pred: Path, out: Path) -> int:
    return main(["eval", "--gold", str(gold), "--pred", str(pred), "--out", str(out)])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no articles"),
        ("\n\n", "no articles"),
        (json.dumps({"id": "a", "text": "Nothing to count here."}) + "\n", "no facts in gold"),
    ],
)
def test_a_gold_file_with_nothing_to_score_is_an_error(tmp_path: Path, capsys, content: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content, encoding="utf-8")
    assert evaluate(gold, GOLD, tmp_path / "r") == 2
    err = capsys.readouterr()
    assert f"{gold}" in err.err and message in err.err and "F1" not in err.out
    assert not (tmp_path / "r").exists()


def first_record(encoding: str) -> bytes:
    return (json.dumps({"id": "a", "text": "Café exports rose 5 percent."}, ensure_ascii=False) + "\n").encode(encoding)


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        (first_record("latin-1"), "another encoding such as Latin-1"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (b"\xff\xfe" + first_record("utf-16-le"), "it looks like UTF-16"),
    ],
)
def test_an_undecodable_file_is_named_with_its_line(tmp_path: Path, capsys, data: bytes, hint: str) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(data)
    assert evaluate(GOLD, pred, tmp_path / "r") == 2
    err = capsys.readouterr().err
    assert f"{pred}:1: not UTF-8 text" in err and hint in err and "Traceback" not in err
    assert evaluate(pred, GOLD, tmp_path / "r") == 2  # as gold, the same
    assert f"{pred}:1: not UTF-8 text" in capsys.readouterr().err

"""The per-article time limit stops the work: the rules check it between sentences, in whatever thread."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import SEEDS
from tradefacts.extract import deadline as deadline_module
from tradefacts.extract.backend import aextract_safely, extract_safely
from tradefacts.extract.deadline import DeadlineExceeded, check_deadline, deadline
from tradefacts.extract.registry import get_backend
from tradefacts.extract.rules import backend as rules
from tradefacts.schemas import Document

SEED = Document(id="seed", text=(SEEDS / "004_fab758f6019e703d.txt").read_text(encoding="utf-8"))


def test_a_passed_deadline_stops_the_rules_before_the_next_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    original = rules._facts_in
    monkeypatch.setattr(rules, "_facts_in", lambda sentence, ctx: seen.append(sentence.text) or original(sentence, ctx))
    with deadline(0):
        record = extract_safely(get_backend("regex"), SEED)
    assert record.status.value == "failed" and "time limit" in (record.error or "")
    assert seen == []  # no sentence was read after the time ran out


def test_no_deadline_or_a_generous_one_changes_nothing() -> None:
    backend = get_backend("regex")
    plain = extract_safely(backend, SEED)
    with deadline(600):
        timed = extract_safely(backend, SEED)
    assert plain.status.value == timed.status.value == "ok"
    assert [f.identity() for f in plain.facts] == [f.identity() for f in timed.facts]


def test_the_deadline_travels_into_the_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float | None] = []
    monkeypatch.setattr(rules, "check_deadline", lambda: calls.append(deadline_module._DEADLINE.get()) or check_deadline())

    async def run() -> str:
        with deadline(0):
            return (await aextract_safely(get_backend("regex"), SEED)).status.value  # rules run via to_thread

    assert asyncio.run(run()) == "failed"
    assert calls and calls[0] is not None  # the thread saw the deadline set on the event loop


def test_check_deadline_without_a_deadline_never_raises() -> None:
    check_deadline()
    with pytest.raises(DeadlineExceeded), deadline(-1):
        check_deadline()


def test_a_sentence_of_thousands_of_numbers_stops_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[int] = []
    monkeypatch.setattr(rules, "check_deadline", lambda: None)  # only the check inside the sentence is left
    monkeypatch.setattr("tradefacts.extract.rules.mentions.check_deadline", lambda: checks.append(1) or check_deadline())
    hostile = Document(id="h", text="China trade\n\nChina's exports rose " + "1,234.5 percent " * 2000)
    with deadline(0):
        record = extract_safely(get_backend("regex"), hostile)
    assert record.status.value == "failed"
    assert checks == [1]  # stopped inside the sentence, at its first check, not after reading all of it

"""Prompts as files and an honest answer cache, against the scripted chat-completions server on loopback."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fault_server import FaultServer, Step
from tests.test_llm_faults import FAST, GOOD, TEXT
from tradefacts.cli import main
from tradefacts.extract.llm.backend import LLMBackend, LLMConfig
from tradefacts.extract.llm.config import KEYED_OPTIONS, NO_BEARING, SHAPES_THE_REQUEST
from tradefacts.extract.llm.prompt import system_prompt
from tradefacts.schemas import Article, Document, guide_text

VARIANT = "Be terse. Extract every trade number.\n\n{guide}\n\nWorked example: none.\n"


def extract(config: LLMConfig) -> Article:
    return LLMBackend(config).extract(Document(id="doc", text=TEXT))


def config(server: FaultServer, cache: Path | None = None, **options: object) -> LLMConfig:
    prices = {"fault-model": (1.0, 2.0)}
    return LLMConfig(model="fault-model", base_url=server.base_url, retry=FAST, cache_path=cache, prices=prices,
                     **options)  # fmt: skip


def test_prompt_show_prints_the_default_prompt_and_its_hash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prompt", "show"]) == 0
    out, err = capsys.readouterr()
    assert out == system_prompt() and guide_text().strip() in out and "## Worked example" in out
    assert err.strip() == f"prompt default {LLMBackend(LLMConfig()).prompt_version}"
    assert main(["prompt", "show", "--template"]) == 0
    assert "{guide}" in capsys.readouterr().out


def test_a_prompt_file_is_what_the_model_gets_and_is_named_in_manifest_and_report(tmp_path: Path) -> None:
    prompt = tmp_path / "terse.md"
    prompt.write_text(VARIANT, encoding="utf-8")
    out = tmp_path / "run.jsonl"
    with FaultServer(default=Step(answer={"facts": [GOOD]})) as s:
        flags = ["--backend", "llm", "--base-url", s.base_url, "--model", "fault-model", "--no-cache"]
        assert main(["extract", str(ROOT / "seeds" / "000_5dc5a42da6f5387a.txt"), "-o", str(out), *flags,
                     "--prompt", str(prompt)]) == 0  # fmt: skip
        system = s.requests[0]["messages"][0]["content"]
    assert system == VARIANT.replace("{guide}", guide_text().strip())
    manifest = json.loads((tmp_path / "run.manifest.json").read_text())
    assert manifest["prompt_name"] == "terse" and manifest["base_url"] == s.base_url
    assert manifest["prompt_hash"] != LLMBackend(LLMConfig()).prompt_version
    record = Article.model_validate_json(out.read_text().splitlines()[0])
    assert record.provenance.prompt_name == "terse"
    gold = tmp_path / "gold.jsonl"
    gold.write_text((ROOT / "gold" / "seeds.jsonl").read_text().splitlines()[0] + "\n")
    assert main(["eval", "--gold", str(gold), "--run", f"terse={out}", "--out", str(tmp_path / "r")]) == 0
    headline = (tmp_path / "r" / "report.md").read_text().split("\n\n")[1]
    assert f"prompt terse {manifest['prompt_hash']}" in headline


def test_a_missing_prompt_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flags = ["--backend", "llm", "--base-url", "http://127.0.0.1:9/v1", "--prompt", str(tmp_path / "none.md")]
    assert main(["extract", str(ROOT / "seeds"), "-o", str(tmp_path / "o.jsonl"), *flags]) == 2
    assert "none.md: cannot read the prompt" in capsys.readouterr().err


def test_another_endpoint_with_the_same_model_is_not_answered_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    with FaultServer(default=Step(answer={"facts": [GOOD]})) as a, FaultServer(default=Step(answer={"facts": []})) as b:
        first = extract(config(a, cache))
        elsewhere = extract(config(b, cache))
        again = extract(config(a, cache))
        assert (len(a.requests), len(b.requests)) == (1, 1)
    assert elsewhere.usage.calls == 1 and elsewhere.usage.cache_hits == 0 and elsewhere.facts == []
    assert again.usage.calls == 0 and again.usage.cache_hits == 1 and again.facts == first.facts
    # marked as cached, with what the answer cost when it was asked for
    assert (again.usage.cached_prompt_tokens, again.usage.cached_completion_tokens) == (
        first.usage.prompt_tokens,
        first.usage.completion_tokens,
    )
    assert again.usage.cost_usd == 0.0 and again.usage.cost_uncached_usd == first.usage.cost_usd > 0


@pytest.mark.parametrize(
    "change",
    [{"model": "other-model"}, {"mode": "json"}, {"temperature": 0.7}, {"max_tokens": 1000},
     {"max_tokens_cap": 10000}, {"max_reasks": 0}, {"max_facts": 5}, {"max_evidence_chars": 100}],
    ids=lambda c: next(iter(c)),
)  # fmt: skip
def test_every_option_that_changes_the_answer_changes_the_key(tmp_path: Path, change: dict) -> None:
    cache = tmp_path / "c.sqlite"
    with FaultServer(default=Step(answer={"facts": [GOOD]})) as s:
        extract(config(s, cache))
        changed = extract(dataclasses.replace(config(s, cache), **change))
        unchanged = extract(dataclasses.replace(config(s, cache), concurrency=2, timeout_s=30.0))
    assert changed.usage.calls >= 1 and changed.usage.cache_hits == 0
    assert unchanged.usage.calls == 0 and unchanged.usage.cache_hits >= 1


def test_every_config_field_is_classified_for_the_cache_key() -> None:
    names = [f.name for f in dataclasses.fields(LLMConfig)]
    listed = [*KEYED_OPTIONS, *SHAPES_THE_REQUEST, *NO_BEARING]
    assert sorted(listed) == sorted(names), "say how a new LLMConfig field bears on the answer (config.py)"

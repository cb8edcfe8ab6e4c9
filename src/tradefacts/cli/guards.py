"""What keeps `tradefacts extract` from harming its inputs or lying about its outcome: path checks before the run,
the exit code after it, and a clean stop on SIGINT or SIGTERM with the command that resumes."""

from __future__ import annotations

import asyncio
import os
import shlex
import signal
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from tradefacts.extract.io.inputs import STDIN

# Statuses that make `extract` exit 1, by --fail-on; `fallback` (the model failed, the rules answered) is partial.
FAIL_ON = {"failed": {"failed"}, "partial": {"failed", "partial", "fallback"}, "never": set()}
EXIT_CODES = """exit status:
  0    every document ended ok, partial, fallback or skipped (with --fail-on partial: ok or skipped)
  1    some document failed (with --fail-on partial: or ended partial or fallback; --fail-on never: never 1)
  2    usage error: bad options, an input that does not exist or cannot be read, an output that would overwrite one
  130  stopped by SIGINT (Ctrl-C), 143 by SIGTERM: the manifest is written and the command to resume is printed"""


def exit_code(statuses: Counter[str], fail_on: str) -> int:
    """0, or 1 when a document ended with a status that `--fail-on` counts as a failure."""
    return 1 if any(statuses[status] for status in FAIL_ON[fail_on]) else 0


def sibling(output: Path, suffix: str) -> Path:
    """A file beside the output: `run.jsonl` → `run.manifest.json`, `run.errors.jsonl`."""
    return output.with_name(output.name.removesuffix(".jsonl").removesuffix(".csv") + suffix)


def output_files(output: Path, parquet: Path | None) -> list[Path]:
    """Every file a run writes: the output, its errors and manifest beside it, the Parquet tables."""
    files = [output, sibling(output, ".errors.jsonl"), sibling(output, ".manifest.json")]
    return files + ([parquet / "articles.parquet", parquet / "facts.parquet"] if parquet else [])


def path_problem(inputs: list[Path], outputs: list[Path]) -> str | None:
    """Why the run must not start: an input that does not exist or cannot be read, an output that is an input (it
    would be emptied before it is read) or a directory. Outputs inside an input directory are fine: the walk leaves
    them out."""
    for path in inputs:
        if str(path) == STDIN:
            continue
        if not path.exists():
            return f"{path}: no such file or directory"
        if not os.access(path, os.R_OK | (os.X_OK if path.is_dir() else 0)):
            return f"{path}: cannot be read (permission denied)"
    for out in outputs:
        if out.is_dir():
            return f"{out}: is a directory; -o names the output file"
        for path in inputs:
            if path.is_file() and out.exists() and out.samefile(path):
                return f"{out}: is an input too; writing it would destroy the input: choose another output"
    return None


def resume_command(argv: list[str]) -> str:
    """The command line that resumes this run."""
    return shlex.join(["tradefacts", *argv, *([] if "--resume" in argv else ["--resume"])])


class Stop:
    """SIGINT and SIGTERM end the run between documents: the first cancels the run's task at its next await (after
    the document in hand is written), a second raises KeyboardInterrupt at once. `signum` says which came."""

    def __init__(self) -> None:
        self.signum: int | None = None

    @property
    def name(self) -> str:
        """The signal's name, such as SIGINT."""
        return signal.Signals(self.signum).name if self.signum else ""

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Catch the signals while the run's task runs; the previous handlers come back afterwards."""
        loop, task = asyncio.get_running_loop(), asyncio.current_task()
        assert task is not None, "Stop.installed() runs inside the run's task"

        def handler(signum: int, _: FrameType | None) -> None:
            if self.signum is not None:
                raise KeyboardInterrupt  # asked twice: stop now, even inside a document
            self.signum = signum
            loop.call_soon_threadsafe(task.cancel)

        previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, old in previous.items():
                signal.signal(s, old)

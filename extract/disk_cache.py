"""Tables that are slow to build and the same in every process, kept as JSON in the user's cache folder.

A table is stored under a name and a key: the hash of the source files that build it and of the versions of
the libraries it is built from. A new release of either, or an edit of the code, gives a new key, so a stale
file is never read, and the new table is built and stored the first time it is asked for. A cache
folder that cannot be written, or a file that cannot be read, costs only the build, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def cache_home(env: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """tradefacts' folder in the user's cache: `$XDG_CACHE_HOME/tradefacts`, else `~/.cache/tradefacts`."""
    env = os.environ if env is None else env
    return Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tradefacts"


def table_key(sources: Iterable[str | Path], versions: Iterable[str]) -> str:
    """A short hash of the bytes of `sources` and the `versions` strings."""
    digest = hashlib.sha256()
    for source in sources:
        digest.update(Path(source).read_bytes())
    for version in versions:
        digest.update(b"\0" + version.encode())
    return digest.hexdigest()[:16]


def cached_table(name: str, key: str, build: Callable[[], T], decode: Callable[[Any], T]) -> T:
    """The table stored as `name-key.json` (turned back by `decode`), else `build()`, stored for the next process.

    `build()` must return what `json.dumps` can write; `decode` turns the parsed JSON back into it.
    """
    path = cache_home() / f"{name}-{key}.json"
    try:
        return decode(json.loads(path.read_bytes()))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):  # absent, unreadable or not a table: build
        pass
    table = build()
    with suppress(OSError):  # a read-only home or a full disk: the next process builds it again
        _write_atomically(path, json.dumps(table, ensure_ascii=False).encode("utf-8"))
    return table


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a concurrent reader sees the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

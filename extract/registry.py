"""Backends by name, loaded on first use: built-ins as `"module:Class"` strings, third parties by entry point.

The registry imports no implementation. `get_backend("llm")` imports the LLM backend (and openai) only
then, and a package that declares

    [project.entry-points."tradefacts.backends"]
    mine = "my_package.backend:MyBackend"

is found after `pip install`, with no change here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points

from tradefacts.extract.backend import Backend

ENTRY_POINT_GROUP = "tradefacts.backends"

BUILTIN: dict[str, str] = {
    "regex": "tradefacts.extract.rules.backend:RegexBackend",
    "llm": "tradefacts.extract.llm.backend:LLMBackend",
    "hybrid": "tradefacts.extract.compose:HybridBackend",
}
EXTRAS = {"llm": "llm", "hybrid": "llm"}  # the pip extra each built-in needs beyond the core install

_added: dict[str, str | Callable[..., Backend]] = {}


def register(name: str, target: str | Callable[..., Backend]) -> None:
    """Add a backend under `name`: a `"module:Class"` string (loaded when first asked for) or a factory."""
    _added[name] = target


def _targets() -> dict[str, str | Callable[..., Backend]]:
    found: dict[str, str | Callable[..., Backend]] = dict(BUILTIN)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, ep.value)
    return found | _added


def available_backends() -> list[str]:
    """Names of every backend that can be asked for (built in, installed by entry point, or registered)."""
    return sorted(_targets())


def load(target: str) -> Callable[..., Backend]:
    """Import `"module:attr"` and return the attribute."""
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr) if attr else module  # type: ignore[return-value]


def backend_factory(name: str) -> Callable[..., Backend]:
    """The class or factory registered as `name`, imported now; a clear error names what is missing."""
    targets = _targets()
    if name not in targets:
        raise KeyError(f"unknown backend {name!r}; available: {', '.join(sorted(targets))}")
    target = targets[name]
    if not isinstance(target, str):
        return target
    try:
        return load(target)
    except ImportError as exc:
        extra = EXTRAS.get(name)
        hint = f": pip install 'tradefacts[{extra}]'" if extra else ""
        raise RuntimeError(f"backend {name!r} needs {exc.name!r}{hint}") from exc


def get_backend(name: str, **options: object) -> Backend:
    """Build the backend registered as `name` with its options."""
    return backend_factory(name)(**options)

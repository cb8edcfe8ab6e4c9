"""tradefacts: the application layer that composes `extract` and `eval` into one CLI."""

from schemas import package_version

__version__ = package_version()

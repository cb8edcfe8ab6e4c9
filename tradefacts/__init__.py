"""tradefacts: the application layer that composes `extract` and `eval` into one CLI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tradefacts")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

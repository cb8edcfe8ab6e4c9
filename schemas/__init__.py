"""tradefacts schemas: the single source of truth for articles and facts. Imports nothing of ours."""

from schemas.grounding import grounding_problems, is_signed, value_problem
from schemas.models import (
    CURRENCIES,
    GUIDE_VERSION,
    UNITS_FOR_MEASURE,
    Article,
    Basis,
    DocStatus,
    Fact,
    Flow,
    Identity,
    Measure,
    Period,
    Provenance,
    Qualifier,
    RejectedFact,
    Span,
    Unit,
    Usage,
)
from schemas.numbers import NumberError, derive_value, implied_sign, parse_value_text, tolerance

__all__ = [
    "CURRENCIES",
    "GUIDE_VERSION",
    "UNITS_FOR_MEASURE",
    "Article",
    "Basis",
    "DocStatus",
    "Fact",
    "Flow",
    "Identity",
    "Measure",
    "NumberError",
    "Period",
    "Provenance",
    "Qualifier",
    "RejectedFact",
    "Span",
    "Unit",
    "Usage",
    "derive_value",
    "grounding_problems",
    "guide_text",
    "implied_sign",
    "is_signed",
    "package_version",
    "parse_value_text",
    "tolerance",
    "value_problem",
]


def guide_text() -> str:
    """The annotation rules in the project's words (schemas/guide.md), shared by docs and prompts."""
    from importlib.resources import files

    return files("schemas").joinpath("guide.md").read_text(encoding="utf-8")


def package_version() -> str:
    """The installed tradefacts version, recorded in run manifests and shown by `--version`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tradefacts")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"

"""tradefacts schemas: the single source of truth for articles and facts. Imports nothing of ours."""

from tradefacts.schemas.grounding import grounding_problems, is_signed, sign_rule, value_problem
from tradefacts.schemas.models import (
    GUIDE_VERSION,
    UNITS_FOR_MEASURE,
    Article,
    Basis,
    DocStatus,
    Document,
    Fact,
    Flag,
    FlagKind,
    Flow,
    Identity,
    Measure,
    Period,
    Provenance,
    Qualifier,
    RejectedFact,
    Span,
    Unit,
    UnitName,
    Usage,
    currency_codes,
    is_currency,
)
from tradefacts.schemas.numbers import NumberError, parse_value_text, table_scale, tolerance
from tradefacts.schemas.signs import SignRule, derive_value, implied_sign

__all__ = [
    "GUIDE_VERSION",
    "UNITS_FOR_MEASURE",
    "Article",
    "Basis",
    "DocStatus",
    "Document",
    "Fact",
    "Flag",
    "FlagKind",
    "Flow",
    "Identity",
    "Measure",
    "NumberError",
    "Period",
    "Provenance",
    "Qualifier",
    "RejectedFact",
    "SignRule",
    "Span",
    "Unit",
    "UnitName",
    "Usage",
    "currency_codes",
    "derive_value",
    "grounding_problems",
    "guide_text",
    "implied_sign",
    "is_currency",
    "is_signed",
    "package_version",
    "parse_value_text",
    "sign_rule",
    "table_scale",
    "tolerance",
    "value_problem",
]


def guide_text() -> str:
    """The annotation rules in the project's words (schemas/guide.md), shared by docs and prompts."""
    from importlib.resources import files

    return files("tradefacts.schemas").joinpath("guide.md").read_text(encoding="utf-8")


def package_version() -> str:
    """The installed tradefacts version, recorded in run manifests and shown by `--version`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tradefacts")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"

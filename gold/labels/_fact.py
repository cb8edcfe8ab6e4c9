"""Shorthand for writing one gold fact by hand."""

from __future__ import annotations


def period(year: int, first: int, last: int | None = None) -> dict[str, str]:
    """Months first..last of year (last defaults to first)."""
    return {"start": f"{year}-{first:02d}", "end": f"{year}-{(last or first):02d}"}


def fact(
    area,
    flow,
    measure,
    value,
    unit,
    per,
    value_text,
    evidence,
    *,
    partner=None,
    product=None,
    segment=None,
    qualifier="exact",
    basis=None,
):
    """One fact; growth facts default to basis yoy as the guide says."""
    if measure == "growth" and basis is None:
        basis = "yoy"
    return {
        "area": area,
        "partner": partner,
        "product": product,
        "segment": segment,
        "flow": flow,
        "measure": measure,
        "basis": basis,
        "value": float(value),
        "unit": unit,
        "period": per,
        "qualifier": qualifier,
        "value_text": value_text,
        "evidence": evidence,
    }

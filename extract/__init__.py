"""Extraction: backends that turn article text into verified facts. Depends on `schemas` only."""

"""Evaluation: score predicted facts against gold and write reports. Depends on `schemas` only."""

"""Batch input and output: readers, the run log, Parquet tables, and streaming documents through a backend."""

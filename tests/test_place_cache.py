"""The place table is built once and kept in the user's cache: what is read back equals a fresh build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradefacts.extract.disk_cache import table_key
from tradefacts.extract.rules import gazetteer


@pytest.fixture(scope="module")
def fresh() -> dict[str, tuple[str, str]]:
    return gazetteer._table_from_sources()


def stored(home: Path) -> list[Path]:
    return sorted((home / "tradefacts").glob("places-*.json"))


def test_the_stored_table_equals_a_fresh_build(tmp_path: Path, monkeypatch, fresh) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer._build_table() == fresh  # built, and stored
    [path] = stored(tmp_path)
    path.write_text(path.read_text().replace('"city"', '"CITY"'))  # what is read back is the file
    assert gazetteer._build_table() != fresh
    path.write_text(json.dumps(fresh))
    assert gazetteer._build_table() == fresh and len(fresh) > 2000


def test_a_torn_file_is_built_again_and_replaced(tmp_path: Path, monkeypatch, fresh) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer._build_table()
    [path] = stored(tmp_path)
    path.write_bytes(path.read_bytes()[:1000])
    assert gazetteer._build_table() == fresh
    assert json.loads(path.read_text()) == json.loads(json.dumps(fresh))


def test_a_cache_folder_that_cannot_be_written_costs_only_the_build(tmp_path: Path, monkeypatch, fresh) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert gazetteer._build_table() == fresh


def test_the_key_follows_the_code_and_the_library_versions(tmp_path: Path) -> None:
    source = tmp_path / "build.py"
    source.write_text("TABLE = 1\n")
    key = table_key([source], ["26.2.16", "3.0.2"])
    assert table_key([source], ["26.2.17", "3.0.2"]) != key
    source.write_text("TABLE = 2\n")
    assert table_key([source], ["26.2.16", "3.0.2"]) != key

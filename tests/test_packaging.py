"""One import package: the wheel holds only `tradefacts/`, its layers and contracts hold as installed, no cycles,
the public API works from a non-editable install, and a third-party backend arrives by entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOURCE_FOLDERS = {"tradefacts": ROOT / "src" / "tradefacts", "tradefacts/schemas": ROOT / "schemas",
                  "tradefacts/extract": ROOT / "extract", "tradefacts/eval": ROOT / "eval"}  # fmt: skip


def _pip(*args: str, cwd: Path = ROOT) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _pip("wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT))
    (found,) = out.glob("tradefacts-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel unpacked as pip would install it: a site-packages folder holding only what the wheel has."""
    site = tmp_path_factory.mktemp("site")
    zipfile.ZipFile(wheel).extractall(site)
    return site


def _python(code: str, *, path: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(path)}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True)


def test_the_wheel_holds_only_the_tradefacts_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"tradefacts", wheel.name.split("-")[0] + "-0.1.0.dist-info"}
    for prefix, folder in SOURCE_FOLDERS.items():
        for module in folder.rglob("*.py"):
            assert f"{prefix}/{module.relative_to(folder).as_posix()}" in names, module
    assert "tradefacts/schemas/guide.md" in names


def test_the_public_api_works_from_an_installed_wheel_run_in_the_repository(installed: Path) -> None:
    # cwd is the repository root, whose schemas/, extract/ and eval/ folders must not shadow the install.
    code = (
        "import tradefacts as tf, tradefacts.extract.registry as r; "
        "a = tf.extract(\"China's exports rose 6.1 percent year on year in July 2025.\"); "
        "print(tf.__file__); print([(f.area, f.flow.value, f.measure.value, f.value) for f in a.facts])"
    )
    done = _python(code, path=installed)
    assert done.returncode == 0, done.stderr
    where, facts = done.stdout.splitlines()
    assert where.startswith(str(installed))
    assert facts == "[('China', 'exports', 'growth', 6.1)]"


def test_import_tradefacts_loads_nothing_until_a_name_is_used(installed: Path) -> None:
    code = (
        "import sys, tradefacts; before = sorted(m for m in sys.modules if m.startswith(('tradefacts', 'pydantic')));"
        "tradefacts.Fact; after = 'pydantic' in sys.modules; print(before, after)"
    )
    done = _python(code, path=installed)
    assert done.stdout.strip() == "['tradefacts'] True", done.stderr


def test_the_layering_contracts_hold_on_the_installed_layout(installed: Path) -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(installed)}
    done = subprocess.run(
        [str(exe), str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=installed, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 3 kept, 0 broken" in done.stdout
    assert str(installed) in _python("import tradefacts.extract; print(tradefacts.extract.__file__)", path=installed).stdout


CYCLES = """
import json, grimp, numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
g = grimp.build_graph("tradefacts", cache_dir=None, exclude_type_checking_imports=True)
mods = sorted(g.modules); ix = {m: i for i, m in enumerate(mods)}
edges = [(ix[a], ix[b]) for a in mods for b in g.find_modules_directly_imported_by(a) if b in ix]
rows, cols = zip(*edges)
n, labels = connected_components(csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(mods),) * 2), connection="strong")
groups = [[m for m in mods if labels[ix[m]] == k] for k in range(n)]
print(json.dumps([grp for grp in groups if len(grp) > 1]))
"""


def test_there_are_no_import_cycles_even_inside_functions(installed: Path) -> None:
    done = _python(CYCLES, path=installed, cwd=installed)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


ECHO_BACKEND = '''
from tradefacts.schemas import Article, Document, Provenance


class EchoBackend:
    """Finds nothing, says so: a third-party backend in eight lines."""

    name = "echo"

    def __init__(self, greeting: str = "hello") -> None:
        self.greeting = greeting

    def extract(self, doc: Document) -> Article:
        return Article(id=doc.id, text=doc.text, title=self.greeting, provenance=Provenance(backend=self.name))
'''


def test_a_backend_installed_by_pip_is_found_by_its_entry_point(tmp_path: Path) -> None:
    project = tmp_path / "tradefacts-echo"
    project.mkdir()
    (project / "echo_backend.py").write_text(ECHO_BACKEND)
    (project / "pyproject.toml").write_text(textwrap.dedent("""
        [build-system]
        requires = ["setuptools>=69"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "tradefacts-echo"
        version = "0.0.1"
        [project.entry-points."tradefacts.backends"]
        echo = "echo_backend:EchoBackend"
        [tool.setuptools]
        py-modules = ["echo_backend"]
    """))
    site = tmp_path / "site"
    _pip("install", "--no-deps", "--no-build-isolation", "-q", "--target", str(site), str(project), cwd=tmp_path)
    code = (
        "import tradefacts as tf; print(tf.available_backends()); "
        "a = tf.extract('China exports rose 3 percent in 2024.', backend='echo', greeting='hi'); "
        "print(a.status.value, a.title, a.provenance.backend)"
    )
    done = _python(code, path=site)
    assert done.returncode == 0, done.stderr
    names, result = done.stdout.splitlines()
    assert "echo" in names and "regex" in names
    assert result == "ok hi echo"
    env = {**os.environ, "PYTHONPATH": str(site)}
    (tmp_path / "a.txt").write_text("China's exports rose 3 percent in 2024.\n")
    cli = subprocess.run(
        [sys.executable, "-m", "tradefacts", "extract", "a.txt", "--backend", "echo"],
        cwd=tmp_path, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["provenance"] == {"backend": "echo"}

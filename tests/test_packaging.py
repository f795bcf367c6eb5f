"""The package as a user installs it: declared dependencies match the imports, and a wheel installed outside the
source tree writes documents (its templates ship inside it)."""

from __future__ import annotations

import ast
import os
import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

from tests import processes

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CITY_PLAN = ROOT / "corpus/ke_hoach/ke-hoach-232-kh-ubnd-thanh-pho-hai-phong.docx"
COMMUNE_PLAN = ROOT / "corpus/ke_hoach/ke-hoach-05-kh-ubnd-xa-kien-minh.docx"
PROFILE = ROOT / "corpus/profile.toml"
LOCAL = {"extractors", "pipeline", "templates_docx", "tests", "benchmarks", "tools", "conftest"}


def _requirement_names(reqs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~ \[;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in reqs}


def _imported_distributions(*folders: str) -> set[str]:
    """The distributions whose modules the code under `folders` imports (standard library and our own left out)."""
    modules = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    modules.add(node.module.split(".")[0])
    local = LOCAL | {p.stem for folder in folders for p in (ROOT / folder).glob("*.py")}  # tests/pg.py ...
    modules -= local | set(sys.stdlib_module_names)
    owners = importlib.metadata.packages_distributions()
    return {d.lower().replace("_", "-") for m in modules for d in owners.get(m, [m])}


def test_the_declared_dependencies_are_exactly_what_the_package_imports():
    declared = _requirement_names(PYPROJECT["project"]["dependencies"])
    assert _imported_distributions("extractors", "pipeline") == declared


def test_tests_benchmarks_and_tools_import_only_declared_dependencies():
    extras = PYPROJECT["project"]["optional-dependencies"]
    declared = _requirement_names([*PYPROJECT["project"]["dependencies"], *extras["test"], *extras["postgres"]])
    assert _imported_distributions("tests", "benchmarks", "tools") <= declared


def test_a_wheel_installed_outside_the_source_tree_derives_a_plan_and_consolidates(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # nothing from the source tree
    src = tmp_path / "src"  # the build writes build/ and *.egg-info: into a copy, not the checkout
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "extractors", "pipeline", "templates_docx"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copyfile)(ROOT / name, src / name)
    wheels = tmp_path / "wheels"
    processes.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels),
                   str(src)], timeout=300, cwd=tmp_path, env=env).check_returncode()
    wheel = next(wheels.glob("vanban-*.whl"))
    venv = tmp_path / "venv"
    processes.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], timeout=120).check_returncode()
    processes.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                   "--no-deps", str(wheel)], timeout=300, cwd=tmp_path, env=env).check_returncode()
    # Third-party libraries then come from this environment (no network); vanban itself only from the wheel.
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    vanban = [str(venv / "bin" / "vanban")]
    where = processes.run([str(venv / "bin" / "python"), "-c", "import pipeline, templates_docx; "
                           "print(pipeline.__file__); print(templates_docx.__file__)"],
                          timeout=60, cwd=tmp_path, env=env)
    assert all(line.startswith(str(venv)) for line in where.stdout.split()), where.stdout + where.stderr

    plan = tmp_path / "ke-hoach.docx"
    derived = processes.run([*vanban, "derive-plan", str(CITY_PLAN), "--profile", str(PROFILE), "-o", str(plan)],
                            timeout=300, cwd=tmp_path, env=env)
    assert derived.returncode == 0 and plan.stat().st_size > 0, derived.stdout + derived.stderr
    report = tmp_path / "bao-cao.docx"
    reports = [str(p) for p in sorted((ROOT / "corpus/bao_cao").glob("bao-cao-1*.docx"))]
    done = processes.run([*vanban, "consolidate", *reports, "--plan", str(COMMUNE_PLAN), "--profile", str(PROFILE),
                          "-o", str(report), "--xlsx", str(tmp_path / "phu-luc.xlsx")], timeout=300, cwd=tmp_path, env=env)
    assert done.returncode == 0 and report.stat().st_size > 0, done.stdout + done.stderr
    lint = processes.run([*vanban, "lint", str(report)], timeout=120, cwd=tmp_path, env=env)
    assert lint.returncode == 0, lint.stdout + lint.stderr

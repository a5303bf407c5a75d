"""The NL Design System stylesheets ship inside the package (issue 17.2): an installed wheel serves them from any
directory, they are openly licensed, and the copies are the versions package.json pins."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

ROOT = Path(__file__).resolve().parents[2]
NLDS = ROOT / "src" / "opvolging" / "tracker" / "static" / "nlds"
SHEETS = {"utrecht-components.css": ("@utrecht/component-library-css", "dist/index.css"),
          "voorbeeld-theme.css": ("@nl-design-system-unstable/voorbeeld-design-tokens", "dist/theme.css")}


def test_stylesheets_are_found_in_the_package_not_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in SHEETS:
        found = finders.find(f"nlds/{name}")
        assert found and Path(found).is_relative_to(NLDS), name


@pytest.mark.django_db
def test_the_page_links_the_shipped_theme(client):
    page = client.get("/").content.decode()
    assert 'class="voorbeeld-theme"' in page
    assert "/static/nlds/voorbeeld-theme.css" in page and "/static/nlds/utrecht-components.css" in page
    assert "node_modules" not in page and "@utrecht/design-tokens" not in page


def test_the_copies_are_the_pinned_versions_and_openly_licensed():
    readme = (NLDS / "README.md").read_text()
    pins = json.loads((ROOT / "package.json").read_text())["dependencies"]
    assert "EUPL-1.2" in readme and (NLDS / "LICENSE.md").read_text().startswith("# EUROPEAN UNION PUBLIC LICENCE")
    for name, (package, source) in SHEETS.items():
        assert f"`{name}`: {package} {pins[package]} (EUPL-1.2)" in readme
        installed = ROOT / "node_modules" / package / source
        if not installed.exists():
            pytest.skip(f"{installed} is not installed (npm ci); the copies cannot be compared with it")
        assert (NLDS / name).read_bytes() == installed.read_bytes(), f"{name}: run scripts/vendor_nlds.py"


def test_the_wheel_carries_the_stylesheets_templates_and_sample(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("opvolging-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in SHEETS:
        assert f"opvolging/tracker/static/nlds/{name}" in names
    assert "opvolging/tracker/static/tracker/site.css" in names
    assert "opvolging/tracker/templates/tracker/base.html" in names
    assert any(n.startswith("opvolging/data/samples/") for n in names)

    # the wheel's own files, unpacked and run from another directory, find the stylesheets and the sample
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = ("import opvolging, django; from django.contrib.staticfiles import finders; "
             "from opvolging.tracker.management.commands.demo import SAMPLES; "
             "print(opvolging.__file__); print(finders.find('nlds/voorbeeld-theme.css')); print(SAMPLES)")
    env = {"PYTHONPATH": str(unpacked), "OPVOLGING_VAR": str(tmp_path / "var"), "PATH": "/usr/bin:/bin",
           "DJANGO_SETTINGS_MODULE": "opvolging.site.settings"}
    ran = subprocess.run([sys.executable, "-c", "import django; django.setup(); " + probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr[-2000:]
    module, sheet, samples = ran.stdout.split()
    assert all(Path(p).is_relative_to(unpacked) for p in (module, sheet, samples)), ran.stdout

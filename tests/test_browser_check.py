"""The browser check covers every page template at a phone's and a desktop's width (the check itself
runs in .ci/run, where Chromium and axe-core are installed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from npmlookup.core.dataset import Dataset
from tests.conftest import REPO, script_module

TEMPLATES = REPO / "src" / "npmlookup" / "site" / "templates"
PARTS = {"base.html", "macros.html"}
"""Templates that are parts of pages, not pages."""


@pytest.fixture(scope="module")
def site(latest_site: tuple[Dataset, Path]) -> Path:
    return latest_site[1]


def test_every_page_template_is_checked(site: Path) -> None:
    check = script_module("scripts/browser_check.py")
    pages = check.templates(site)
    page_templates = {p.name for p in TEMPLATES.glob("*.html")} - PARTS
    # Records' pages are named for their folder's template (members/x.html is member.html).
    checked = {f"{name}.html" for name in pages}
    assert checked == page_templates - {"matrix-page.html"}
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "npm matrix --html" in ci
    assert '--also "$site_work/matrix.html"' in ci, (
        "matrix-page.html is npm matrix --html's page, checked beside the site"
    )
    assert all(page.exists() for page in pages.values())
    assert pages["member"].name == "hmi-prisons.html", "the widest member page"


def test_the_widths_are_a_small_phone_a_phone_and_a_desktop() -> None:
    check = script_module("scripts/browser_check.py")
    assert check.WIDTHS == (320, 390, 1280)


def test_axe_core_is_a_pinned_test_dependency() -> None:
    import json

    manifest = json.loads((REPO / "scripts" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "scripts" / "package-lock.json").read_text(encoding="utf-8"))
    version = manifest["devDependencies"]["axe-core"]
    assert lock["packages"]["node_modules/axe-core"]["version"] == version
    assert 'npm" ci --prefix scripts' in (REPO / ".ci" / "run").read_text(encoding="utf-8")

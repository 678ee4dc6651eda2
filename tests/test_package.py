"""The package's public names: lazily re-exported, all of them reachable."""

from __future__ import annotations

import subprocess
import sys

import pytest

import npmlookup


def test_all_lists_exactly_the_lazy_exports() -> None:
    assert sorted(npmlookup.__all__) == sorted([*npmlookup._MODULE_OF, "__version__"])


@pytest.mark.parametrize("name", npmlookup.__all__)
def test_every_public_name_resolves_and_is_documented(name: str) -> None:
    value = getattr(npmlookup, name)
    assert value is not None
    if name != "__version__":
        assert (value.__doc__ or "").strip(), f"{name} has no docstring"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = npmlookup.nope


def test_load_is_the_function_whatever_was_imported_first() -> None:
    code = "import npmlookup.cli, npmlookup.loader, npmlookup; assert callable(npmlookup.load); npmlookup.load()"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_importing_the_package_imports_no_submodule() -> None:
    code = "import sys, npmlookup; print(sorted(m for m in sys.modules if m.startswith('npmlookup')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['npmlookup']"

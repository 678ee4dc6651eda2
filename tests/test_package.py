"""The package's public names: lazily re-exported, all of them reachable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    code = (
        "import npmlookup.cli.app, npmlookup.loading.loader, npmlookup;"
        " assert callable(npmlookup.load); npmlookup.load()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_importing_the_package_imports_no_submodule() -> None:
    code = "import sys, npmlookup; print(sorted(m for m in sys.modules if m.startswith('npmlookup')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['npmlookup']"


def test_the_library_leaves_the_garbage_collector_alone(tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    npmlookup.load()
    assert gc.isenabled()
    gc.disable()
    try:
        npmlookup.load()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_dir_shows_the_api_and_nothing_else() -> None:
    assert dir(npmlookup) == sorted(npmlookup.__all__)
    for private in ("Any", "TYPE_CHECKING", "import_module"):
        assert private not in dir(npmlookup)


def test_the_package_is_typed() -> None:
    assert (Path(npmlookup.__file__).parent / "py.typed").is_file()


def test_who_takes_the_names_the_command_takes(latest: npmlookup.Dataset) -> None:
    by_name = npmlookup.who(latest, setting="Police Custody", nation="Wales")
    assert by_name == npmlookup.who(latest, setting="police-custody", nation="wales")
    assert [e.member for e in by_name] == ["hmicfrs", "cqc", "hiw", "icva"]
    assert npmlookup.who(latest, setting=["prisons", "police"], nation="scotland") == npmlookup.who(
        latest, setting="prisons", nation="scotland"
    ) + npmlookup.who(latest, setting="police", nation="scotland")
    for bad in ({"nation": "Atlantis"}, {"member": "nonsense"}, {"setting": "c"}):
        with pytest.raises(npmlookup.InputError):
            npmlookup.who(latest, **bad)

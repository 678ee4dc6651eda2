"""The benchmark's generated datasets are valid files, so its scale series measures real loads."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import npmlookup

from .conftest import script_module


def benchmark_script() -> ModuleType:
    return script_module("benchmarks/startup.py")


@pytest.mark.parametrize("scale", [1, 10])
def test_generated_datasets_are_valid(tmp_path: Path, scale: int) -> None:
    path = tmp_path / f"generated-{scale}.yaml"
    path.write_text(benchmark_script().generated_dataset(scale), encoding="utf-8")
    assert npmlookup.validate(path) == []
    dataset = npmlookup.load(path)
    assert len(dataset.settings) == 10 * scale
    assert dataset.as_of == "2021-12-31", "the default answer applies the generated renames"
    assert dataset.all_members[0].name == "Renamed body 0"

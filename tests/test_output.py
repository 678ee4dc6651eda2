"""Formats: one Enum mapped exhaustively, each format parsed back to the same data."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, get_args

import pytest
import yaml

import npmlookup
from npmlookup.cli import views
from npmlookup.core.dataset import Dataset
from npmlookup.errors import InputError, UnknownValueError
from npmlookup.output import formats as output
from npmlookup.output.formats import Format


def written(view: output.View, fmt: Format, fields: list[str] | None = None) -> str:
    buffer = io.StringIO()
    output.write(view, fmt, fields, "never", buffer)
    return buffer.getvalue()


@pytest.fixture
def wales(real: Dataset) -> output.View:
    return views.who_view(real, npmlookup.who(real, nation="wales"), nations=[real.nation_by_id["wales"]])


def test_every_format_has_exactly_one_writer() -> None:
    assert set(output.TEXT_WRITERS) | {"table"} == set(get_args(Format))
    assert "table" not in output.TEXT_WRITERS


@pytest.mark.parametrize("fmt", get_args(Format))
def test_every_format_writes_real_data(wales: output.View, fmt: Format) -> None:
    text = written(wales, fmt)
    assert "HIW" in text or "hiw" in text


def test_json_is_the_document(wales: output.View) -> None:
    assert json.loads(written(wales, "json")) == list(wales.document)


def test_jsonl_is_the_json_records_one_per_line(wales: output.View) -> None:
    lines = written(wales, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(written(wales, "json"))


def test_chosen_fields_narrow_every_format_alike(wales: output.View) -> None:
    chosen = ["role", "member"]
    expected = [{"role": row["role"], "member": row["member"]} for row in wales.rows]
    assert json.loads(written(wales, "json", chosen)) == expected
    assert [json.loads(line) for line in written(wales, "jsonl", chosen).splitlines()] == expected
    assert yaml.safe_load(written(wales, "yaml", chosen)) == expected
    assert written(wales, "tsv", chosen).splitlines()[0] == "role\tmember"
    assert list(json.loads(written(wales, "json", list(wales.fields)))[0]) == list(wales.fields), (
        "the default columns, asked for, are still a choice"
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            [{"id": "a", "title": "A report", "url": "https://example.org/a"}, {"id": "b", "title": "B"}],
            "A report <https://example.org/a>; B",
        ),
        ({"name": "HIW", "abbreviation": "HIW"}, "HIW"),
        (["x", None, True], "x; ; true"),
    ],
)
def test_nested_values_flatten_to_text_never_a_repr(value: Any, text: str) -> None:
    assert output.flat(value) == text


def as_text(value: Any) -> str:
    return "" if value is None else str(value)


def test_csv_round_trips_with_crlf(wales: output.View) -> None:
    text = written(wales, "csv")
    assert text.count("\r\n") == len(wales.rows) + 1
    parsed = list(csv.DictReader(io.StringIO(text, newline="")))
    assert parsed == [{k: as_text(row[k]) for k in wales.fields} for row in wales.rows]


def test_csv_quotes_commas_and_quotes(real: Dataset) -> None:
    view = views.members_view(real)
    text = written(view, "csv", ["name"])
    assert '"Office for Standards in Education, Children\'s Services and Skills"' in text
    assert [row["name"] for row in csv.DictReader(io.StringIO(text, newline=""))] == [m.name for m in real.members]


def test_tsv_has_a_header_and_one_line_per_row(wales: output.View) -> None:
    lines = written(wales, "tsv").splitlines()
    assert lines[0].split("\t") == list(wales.fields)
    assert [line.split("\t") for line in lines[1:]] == [[as_text(row[k]) for k in wales.fields] for row in wales.rows]


def test_markdown_is_a_github_table(wales: output.View) -> None:
    lines = written(wales, "md").splitlines()
    assert lines[0] == "| " + " | ".join(wales.fields) + " |"
    assert lines[1] == "|" + "|".join(" --- " for _ in wales.fields) + "|"
    assert len(lines) == len(wales.rows) + 2


def test_markdown_escapes_pipes() -> None:
    view = output.View(document=[], rows=[{"a": "x|y"}], fields=["a"], table=lambda width: None)
    assert written(view, "md").splitlines()[2] == "| x\\|y |"


def test_yaml_round_trips_to_the_json_data(wales: output.View) -> None:
    assert yaml.safe_load(written(wales, "yaml")) == json.loads(written(wales, "json"))


def test_fields_select_and_order_columns(wales: output.View) -> None:
    fields = output.select_fields(wales, "role,member")
    assert fields == ["role", "member"]
    assert written(wales, "tsv", fields).splitlines()[:2] == ["role\tmember", "lead\thmi-prisons"]
    assert list(json.loads(written(wales, "json", fields))[0]) == ["role", "member"]


def test_an_unknown_field_lists_the_valid_ones(wales: output.View) -> None:
    with pytest.raises(UnknownValueError) as caught:
        output.select_fields(wales, "member,rol")
    assert caught.value.suggestions == ["role"]
    assert "setting_name" in caught.value.valid


def test_choose_format_prefers_json_then_format_then_the_stream() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    with pytest.raises(InputError, match="--json and --format csv contradict each other"):
        output.choose_format("csv", True, io.StringIO())
    assert output.choose_format("json", True, io.StringIO()) == "json"
    assert output.choose_format("csv", False, io.StringIO()) == "csv"
    assert output.choose_format(None, False, io.StringIO()) == "tsv"
    assert output.choose_format(None, False, Tty()) == "table"


def test_a_table_into_a_pipe_has_no_escape_codes(wales: output.View) -> None:
    assert "\x1b" not in written(wales, "table")


def test_color_always_styles_even_in_a_pipe(wales: output.View) -> None:
    buffer = io.StringIO()
    output.write(wales, "table", list(wales.fields), "always", buffer)
    assert "\x1b[" in buffer.getvalue()

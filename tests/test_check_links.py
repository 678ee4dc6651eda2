"""The maintainer's link check (scripts/check_links.py), against a local HTTP server only: never the internet."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import DATA, script_module, write_small

links = script_module("scripts/check_links.py")


class Handler(http.server.BaseHTTPRequestHandler):
    """A site with one page of each kind the check tells apart."""

    def do_HEAD(self) -> None:
        """Answer by path; ``/head-refused`` refuses HEAD."""
        if self.path == "/head-refused":
            self.send_response(405)
            self.end_headers()
        else:
            self.answer()

    def do_GET(self) -> None:
        """Answer by path."""
        self.answer()

    def answer(self) -> None:
        """The page's status and headers."""
        path = self.path
        if path == "/loop":
            self.redirect(302, "/loop")
        elif path.startswith("/chain/"):  # /chain/N: N redirects, then /ok
            hops = int(path.removeprefix("/chain/"))
            self.redirect(307, f"/chain/{hops - 1}" if hops > 1 else "/ok")
        elif path == "/permanent":
            self.redirect(301, "/ok-new")
        elif path == "/temporary":
            self.redirect(302, "/ok")
        elif path == "/moved-then-gone":
            self.redirect(308, "/gone")
        elif path in ("/ok", "/ok-new", "/head-refused"):
            self.send_response(200)
            self.end_headers()
        elif path == "/broken":
            self.send_response(500)
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()

    def redirect(self, code: int, location: str) -> None:
        """Send the request elsewhere."""
        self.send_response(code)
        self.send_header("Location", location)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The local site's base address, on a free port of 127.0.0.1."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Local requests go straight to the local server, whatever proxy the environment names."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")


@pytest.fixture
def closed_port() -> str:
    """An address on a local port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def test_an_answering_page_is_ok(site: str) -> None:
    result = links.probe(f"{site}/ok", 5, ["source:a"])
    assert (result.status, result.code, result.final_url, result.cited_by) == ("ok", 200, None, ["source:a"])


def test_a_301_is_a_permanent_move_to_its_final_address(site: str) -> None:
    result = links.probe(f"{site}/permanent", 5)
    assert (result.status, result.code, result.final_url) == ("moved", 301, f"{site}/ok-new")
    assert result.reason == "permanent redirect (301)"


def test_a_302_is_a_temporary_move(site: str) -> None:
    result = links.probe(f"{site}/temporary", 5)
    assert (result.status, result.code, result.final_url) == ("moved", 302, f"{site}/ok")
    assert result.reason == "temporary redirect (302)"


def test_a_404_is_dead(site: str) -> None:
    result = links.probe(f"{site}/missing", 5)
    assert (result.status, result.code, result.reason) == ("dead", 404, "404 Not Found")


def test_a_500_is_dead(site: str) -> None:
    result = links.probe(f"{site}/broken", 5)
    assert (result.status, result.code, result.reason) == ("dead", 500, "500 Internal Server Error")


def test_a_redirect_to_a_dead_page_is_dead_with_where_it_ended(site: str) -> None:
    result = links.probe(f"{site}/moved-then-gone", 5)
    assert (result.status, result.code, result.final_url) == ("dead", 308, f"{site}/gone")
    assert result.reason == f"404 Not Found at {site}/gone"


def test_a_page_refusing_head_is_asked_with_get(site: str) -> None:
    assert links.probe(f"{site}/head-refused", 5).status == "ok"


def test_a_redirect_loop_is_dead(site: str) -> None:
    result = links.probe(f"{site}/loop", 5)
    assert (result.status, result.code, result.reason) == ("dead", 302, "more than 5 redirects")


def test_five_redirects_are_followed_and_a_sixth_is_not(site: str) -> None:
    five = links.probe(f"{site}/chain/5", 5)
    assert (five.status, five.final_url, five.reason) == (
        "moved",
        f"{site}/ok",
        "temporary redirect (307, 307, 307, 307, 307)",
    )
    assert links.probe(f"{site}/chain/6", 5).reason == "more than 5 redirects"


def test_a_refused_connection_is_dead(closed_port: str) -> None:
    result = links.probe(closed_port, 5)
    assert (result.status, result.code) == ("dead", None)
    assert "refused" in result.reason.lower()


def test_a_page_slower_than_the_timeout_is_dead(site: str) -> None:
    result = links.probe(f"{site}/slow", 0.3)
    assert (result.status, result.code) == ("dead", None)
    assert "timed out" in result.reason


def test_check_keeps_every_address_and_its_citations_in_order(site: str) -> None:
    urls = {f"{site}/temporary": ["place:b"], f"{site}/ok": ["source:a", "member:m"]}
    results = links.check(urls, timeout=5, workers=2)
    assert [(r.url, r.status, r.cited_by) for r in results] == [
        (f"{site}/ok", "ok", ["source:a", "member:m"]),
        (f"{site}/temporary", "moved", ["place:b"]),
    ]


def test_the_dataset_s_addresses_with_who_cites_them(tmp_path: Path) -> None:
    data = links.npmlookup.load(write_small(tmp_path / "small.yaml")).contents
    found = links.addresses(data)
    for source in data.sources:
        if source.url:
            assert f"source:{source.id}" in found[source.url]
    for member in data.all_members:
        if member.website:
            assert f"member:{member.id}" in found[member.website]
    for place in data.places:
        assert f"place:{place.id}" in found[place.source_url]
    assert len(found) == 5


def test_several_addresses_in_one_field_are_split_and_cited_once() -> None:
    real = links.npmlookup.load().contents
    found = links.addresses(real)
    place = next(p for p in real.places if p.children_source and " ; " in p.children_source)
    for url in place.children_source.split(" ; "):
        assert f"place:{place.id}" in found[url]
    assert len(found) < sum(len(cited) for cited in found.values())  # shared addresses checked once
    assert all(len(cited) == len(set(cited)) for cited in found.values())  # 42 places cite one address twice


def test_cli_exits_0_when_all_are_ok(site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# local\n{site}/ok\n\n{site}/head-refused\n", encoding="utf-8")
    assert links.main(["--urls-from", str(listing), "--timeout", "5"]) == 0
    assert capsys.readouterr().out == ""


def test_cli_reports_each_bad_address_on_a_line_and_exits_1(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site}/ok\n{site}/permanent\n{site}/missing\n{site}/permanent\n", encoding="utf-8")
    assert links.main(["--urls-from", str(listing), "--timeout", "5"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"DEAD   {site}/missing  -> 404 Not Found  (cited by: line:3)",
        f"MOVED  {site}/permanent  -> {site}/ok-new [permanent redirect (301)]  (cited by: line:2, line:4)",
    ]


def test_cli_json_has_a_record_per_address(site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site}/ok\n{site}/broken\n", encoding="utf-8")
    assert links.main(["--urls-from", str(listing), "--json", "--timeout", "5", "--workers", "1"]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {
            "url": f"{site}/broken",
            "status": "dead",
            "code": 500,
            "final_url": None,
            "reason": "500 Internal Server Error",
            "cited_by": ["line:2"],
        },
        {"url": f"{site}/ok", "status": "ok", "code": 200, "final_url": None, "reason": "OK", "cited_by": ["line:1"]},
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["--workers", "0"],
        ["--timeout", "0"],
        ["--timeout", "soon"],
        ["--data", "a.yaml", "--urls-from", "b.txt"],
        ["--unknown"],
    ],
)
def test_cli_usage_errors_exit_2(args: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        links.main(args)
    assert raised.value.code == 2


def test_cli_a_missing_or_invalid_file_is_a_usage_error(tmp_path: Path) -> None:
    assert links.main(["--urls-from", str(tmp_path / "none.txt")]) == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("not: a dataset\n", encoding="utf-8")
    assert links.main(["--data", str(bad)]) == 2


def test_cli_checks_the_addresses_of_a_data_file(site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--data: a dataset whose addresses all point at the local site (small.yaml's, moved there)."""
    for name in ("small.yaml", "small-places.yaml"):
        text = (DATA / name).read_text(encoding="utf-8")
        text = text.replace("https://example.org/page", f"{site}/ok").replace("https://example.org/", f"{site}/")
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert links.main(["--data", str(tmp_path / "small.yaml"), "--json", "--timeout", "5"]) == 1
    found = {r["url"].removeprefix(site): (r["status"], r["cited_by"]) for r in json.loads(capsys.readouterr().out)}
    assert found == {
        "/ok": ("ok", ["source:page"]),
        "/hb": ("dead", ["member:hb"]),
        "/northgate": ("dead", ["place:northgate"]),
        "/youth": ("dead", ["place:northgate-youth"]),
        "/south": ("dead", ["place:south-cells"]),
    }

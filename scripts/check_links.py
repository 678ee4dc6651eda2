"""Request every source address in the dataset and report those that moved or died.

    python scripts/check_links.py [--data FILE | --urls-from FILE] [--json] [--timeout 15] [--workers 4]

For a maintainer with a network: CI never runs it against the internet (its tests use a local
server). Each address gets a HEAD request (a GET where HEAD is refused with 405 or 501); redirects
are followed by hand, at most 5. An address is ``ok`` (2xx, no redirect), ``moved`` (redirected
to another address that answers: permanent when every redirect was a 301 or 308) or ``dead``
(4xx or 5xx, no answer, or too many redirects). One line is printed per address that is not ok;
exit 0 when all are ok, 1 when any moved or died, 2 on a usage error.
"""

import argparse
import http.client
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass

import npmlookup
from npmlookup.core.dataset import Dataset

USER_AGENT = f"npmlookup/{npmlookup.__version__} link check (scripts/check_links.py; a maintainer's occasional run)"
"""How the requests name themselves to the sites they ask."""

MAX_REDIRECTS = 5
"""Redirects followed before an address is reported dead."""

REDIRECTS = {301, 302, 303, 307, 308}
"""The statuses that send a request elsewhere (with a Location header)."""

PERMANENT = {301, 308}
"""The redirects that say the address itself has moved for good."""


@dataclass(frozen=True)
class Result:
    """What one address answered: its status (``ok``, ``moved`` or ``dead``) and why."""

    url: str
    """The address as the dataset cites it."""
    status: str
    """``ok``, ``moved`` or ``dead``."""
    code: int | None
    """The HTTP status the address itself answered with; None when nothing answered."""
    final_url: str | None
    """Where its redirects ended; None without a redirect."""
    reason: str
    """Why it is reported: the redirect's kind, the error, or ``OK``."""
    cited_by: list[str]
    """The records that cite it, as ``kind:id``."""


def addresses(data: Dataset) -> dict[str, list[str]]:
    """Every address the dataset cites, each with the records (``source:id``, ...) that cite it."""
    cited: dict[str, list[str]] = {}

    def cite(url: str | None, record: str) -> None:
        if url and record not in cited.setdefault(url, []):
            cited[url].append(record)

    for source in data.sources:
        cite(source.url, f"source:{source.id}")
    for member in data.all_members:
        cite(member.website, f"member:{member.id}")
    for place in data.places:
        cite(place.source_url, f"place:{place.id}")
        for several in (place.lifetime_source, place.children_source):
            for url in (several or "").split(" ; "):
                cite(url.strip(), f"place:{place.id}")
    return cited


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand every redirect back as an HTTPError, for `probe` to follow and count."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        """Follow nothing."""
        return None


def _answer(url: str, method: str, timeout: float) -> tuple[int, str, str | None]:
    """One request: its status, the status's words, and its Location header (None where it has none)."""
    opener = urllib.request.build_opener(_NoRedirects)
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.reason, None
    except urllib.error.HTTPError as error:
        error.close()
        return error.code, str(error.reason), error.headers.get("Location")


def probe(url: str, timeout: float, cited_by: Sequence[str] = ()) -> Result:
    """Request `url` (HEAD, else GET), following at most `MAX_REDIRECTS` redirects, and classify it."""
    current, codes = url, list[int]()

    def result(status: str, reason: str) -> Result:
        return Result(
            url, status, codes[0] if codes else None, current if current != url else None, reason, [*cited_by]
        )

    try:
        while True:
            code, words, location = _answer(current, "HEAD", timeout)
            if code in (405, 501):
                code, words, location = _answer(current, "GET", timeout)
            codes.append(code)
            if code not in REDIRECTS:
                break
            if location is None:
                return result("dead", f"{code} {words} without a Location header")
            if len(codes) > MAX_REDIRECTS:
                return result("dead", f"more than {MAX_REDIRECTS} redirects")
            current = urllib.parse.urljoin(current, location)
    except (OSError, http.client.HTTPException, ValueError) as error:
        return result("dead", str(getattr(error, "reason", None) or error) or type(error).__name__)
    if not 200 <= code < 300:
        return result("dead", f"{code} {words}" + (f" at {current}" if current != url else ""))
    if current == url:
        return result("ok", "OK")
    kind = "permanent" if all(c in PERMANENT for c in codes[:-1]) else "temporary"
    return result("moved", f"{kind} redirect ({', '.join(map(str, codes[:-1]))})")


def check(urls: dict[str, list[str]], timeout: float = 15.0, workers: int = 4) -> list[Result]:
    """Probe every address, `workers` at a time, in the order of the addresses (sorted)."""
    ordered = sorted(urls)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda url: probe(url, timeout, urls[url]), ordered))


def line(result: Result) -> str:
    """A result as one line: ``STATUS  URL  -> FINAL_OR_REASON  (cited by: ...)``."""
    target = f"{result.final_url} [{result.reason}]" if result.status == "moved" else result.reason
    return f"{result.status.upper():<5}  {result.url}  -> {target}  (cited by: {', '.join(result.cited_by)})"


def urls_from(path: str) -> dict[str, list[str]]:
    """Addresses from a file, one a line (blank lines and ``#`` comments skipped), cited as ``line:N``."""
    with open(path, encoding="utf-8") as file:
        lines = [(n, text.strip()) for n, text in enumerate(file, 1)]
    found: dict[str, list[str]] = {}
    for number, url in lines:
        if url and not url.startswith("#"):
            found.setdefault(url, []).append(f"line:{number}")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Check the addresses and print the ones not ok: 0 all ok, 1 some moved or dead, 2 a usage error."""
    parser = argparse.ArgumentParser(description="Report the dataset's source addresses that moved or died.")
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--data", metavar="FILE", help="a coverage file other than the shipped one")
    given.add_argument("--urls-from", metavar="FILE", help="check these addresses (one a line) instead")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds per request (default 15)")
    parser.add_argument("--workers", type=int, default=4, help="requests at a time (default 4)")
    parser.add_argument("--json", action="store_true", help="every address as a JSON record")
    args = parser.parse_args(argv)
    if args.timeout <= 0 or args.workers < 1:
        parser.error("--timeout must be above 0 and --workers at least 1")
    try:
        urls = urls_from(args.urls_from) if args.urls_from else addresses(npmlookup.load(args.data).contents)
    except (OSError, npmlookup.NpmLookupError) as error:
        print(f"check_links.py: error: {error}", file=sys.stderr)
        return 2
    results = check(urls, args.timeout, args.workers)
    bad = [r for r in results if r.status != "ok"]
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
    else:
        for result in bad:
            print(line(result))
        print(f"{len(results)} addresses: {len(results) - len(bad)} ok, {len(bad)} moved or dead", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

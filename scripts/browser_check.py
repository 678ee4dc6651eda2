"""Check the built site in a real browser: headless Chromium, with the network off.

    python scripts/browser_check.py SITE_DIR [--shots DIR] [--chromium PATH] [--axe AXE_JS]

It opens one page of every template (the index, the edition, search, the dated changes,
what changed, the sources, and a member, setting, nation and place page) at 320, 390 and
1280 px wide, as a phone, a larger phone and a desktop screen, and on each checks that the
page has rendered its heading, loaded nothing from the network, is no wider than the
screen (no horizontal scroll: the document's scrollWidth is at most the screen's width), and that
axe-core, injected from a local file, reports no accessibility violation. It takes a
screenshot of each (into --shots, for a person to look at), then types "parc" into the
index page's search box, as a person would, and checks that HMP Parc is listed. Any --also
file (such as the matrix from `npm matrix --html`) is rendered and checked for network
requests, and an HTML one is checked at every width like the pages. axe-core is the npm
package `axe-core` (scripts/package.json; `npm ci --prefix scripts` puts it in
scripts/node_modules), or any axe.min.js given with --axe.

It drives Chromium through the DevTools protocol over pipes (--remote-debugging-pipe), so
it needs nothing but the standard library and a `chromium` binary. Exit 0 when every check
passes, 1 when one fails, and 3 when there is no browser to run (printed as "skipped: ..."
with the reason).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SKIPPED = 3
TIMEOUT = 30.0
WIDTHS = (320, 390, 1280)
"""Screen widths in CSS pixels: a small phone, a larger phone, a desktop."""
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
"""Where `npm ci --prefix scripts` installs axe-core."""
AXE_RUN = """
axe.run(document, {resultTypes: ["violations"]}).then(result => JSON.stringify(result.violations.map(v => ({
  id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))
}))))
"""
"""Runs axe-core on the page and returns its violations, briefly, as JSON."""


class Browser:
    """A headless Chromium and one page in it, driven through the DevTools protocol on pipes."""

    def __init__(self, executable: str, profile: str) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def child_pipes() -> None:
            # The protocol's pipes are the child's descriptors 3 (commands in) and 4 (replies out).
            # Through high numbers first, so that neither dup overwrites the other's source.
            os.dup2(to_browser_read, 200)
            os.dup2(from_browser_write, 201)
            os.dup2(200, 3)
            os.dup2(201, 4)

        flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-pipe",
            f"--user-data-dir={profile}",
            # The network off: every host resolves to nothing, and any proxy use goes nowhere.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=http://127.0.0.1:9",
            "--window-size=1280,1000",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            [executable, *flags],
            pass_fds=(3, 4),  # kept open in the child: subprocess closes the rest after preexec_fn
            preexec_fn=child_pipes,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        """Send one command and wait for its reply (events that arrive meanwhile are kept)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("the browser did not answer")
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(raw)
        return parsed

    def open_page(self) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Network"):
            self.send(f"{domain}.enable")

    def goto(self, url: str) -> None:
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + TIMEOUT
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not finish loading")
            self.events.append(self._read())

    def requested(self) -> list[str]:
        """Every address the page asked for since it was opened."""
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def evaluate(self, expression: str, *, wait: bool = False) -> Any:
        params = {"expression": expression, "returnByValue": True, "awaitPromise": wait}
        reply = self.send("Runtime.evaluate", params)
        if "exceptionDetails" in reply:
            raise RuntimeError(f"script failed: {reply['exceptionDetails'].get('text')}")
        return reply["result"].get("value")

    def resize(self, width: int) -> None:
        """Show pages as a screen `width` CSS pixels wide (a phone's below 1000: mobile layout)."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 1000},
        )

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.send("Browser.close", session=False)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def templates(site: Path) -> dict[str, Path]:
    """One page of each template: the widest member and place pages, so that the check is hardest there."""

    def widest(folder: str, preferred: str) -> Path:
        page = site / folder / preferred
        return page if page.exists() else next(iter(sorted((site / folder).glob("*.html"))))

    pages = {name: site / f"{name}.html" for name in ("index", "edition", "search", "history", "changes", "sources")}
    pages |= {
        "member": widest("members", "hmi-prisons.html"),
        "setting": widest("settings", "children-secure.html"),
        "nation": widest("nations", "wales.html"),
        "place": widest("places", "hmp-parc.html"),
    }
    return {name: page for name, page in pages.items() if page.exists()}


def check_page(browser: Browser, name: str, page: Path, width: int, shots: Path, axe: str) -> list[str]:
    """Every failed check of one page at one width."""
    failures = []
    label = f"{name} at {width}px"
    browser.goto(page.resolve().as_uri())
    heading = browser.evaluate("document.querySelector('h1') && document.querySelector('h1').textContent")
    if not heading:
        failures.append(f"{label}: no h1 rendered")
    outside = [u for u in browser.requested() if not u.startswith(("file:", "data:", "about:"))]
    if outside:
        failures.append(f"{label}: asked the network for {outside}")
    # Measured against the screen's width, not innerWidth: a mobile viewport grows to fit a page that is
    # too wide (and innerWidth with it), which is just what must not happen.
    wide = max(browser.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]"))
    if wide > width:
        culprits = browser.evaluate(
            "Array.from(document.querySelectorAll('body *'))"
            f".filter(e => e.getBoundingClientRect().right > {width} + 1)"
            ".slice(-3).map(e => e.tagName + (e.className ? '.' + e.className : '') + ': ' + "
            "(e.textContent || '').trim().slice(0, 40))"
        )
        failures.append(f"{label}: {wide}px wide on a {width}px screen (scrolls sideways): {culprits}")
    browser.evaluate(axe)
    violations = json.loads(browser.evaluate(AXE_RUN, wait=True))
    for violation in violations:
        failures.append(
            f"{label}: axe-core: {violation['id']} ({violation['impact']}): {violation['help']}: {violation['nodes']}"
        )
    shot = shots / f"{name}-{width}.png"
    browser.screenshot(shot)
    print(f"{label}: {heading!r}, {wide}px wide, {len(violations)} axe violations, screenshot {shot}")
    return failures


def check(site: Path, shots: Path, executable: str, also: list[Path] | None = None, axe_file: Path = AXE) -> list[str]:
    """Every failed check, in words (empty when all pass). `also`: further files (the matrix exported
    by `npm matrix --html/--svg`) to render and check for network requests."""
    failures: list[str] = []
    if not axe_file.exists():
        return [f"axe-core is not at {axe_file}: run `npm ci --prefix scripts` (Node's npm) or give --axe"]
    axe = axe_file.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(executable, profile)
        try:
            browser.open_page()
            pages = templates(site) | {extra.name: extra for extra in also or [] if extra.suffix == ".html"}
            for width in WIDTHS:
                browser.resize(width)
                for name, page in pages.items():
                    failures += check_page(browser, name, page, width, shots, axe)
            browser.resize(1280)
            browser.goto((site / "index.html").resolve().as_uri())
            browser.evaluate("document.getElementById('q').focus()")
            browser.send("Input.insertText", {"text": "parc"})
            time.sleep(0.2)
            listed = browser.evaluate("Array.from(document.querySelectorAll('#results a')).map(a => a.textContent)")
            status = browser.evaluate("document.getElementById('results-status').textContent")
            print(f"typed 'parc': {listed} ({status})")
            if not listed or "HMP & YOI Parc" not in listed:
                failures.append(f"typing 'parc' listed {listed}, not HMP & YOI Parc")
            browser.screenshot(shots / "search-parc.png")
            browser.goto((site / "search.html").resolve().as_uri() + "?q=feltam")
            time.sleep(0.2)
            heading = browser.evaluate("document.getElementById('results-heading').textContent")
            print(f"search.html?q=feltam: under {heading!r}")
            if heading == "Everything listed":
                failures.append("a search's suggestions were shown under 'Everything listed'")
            for extra in also or []:
                browser.goto(extra.resolve().as_uri())
                outside = [u for u in browser.requested() if not u.startswith(("file:", "data:", "about:"))]
                if outside:
                    failures.append(f"{extra.name}: asked the network for {outside}")
                rows = browser.evaluate("document.querySelectorAll('th[scope=row], text').length")
                if not rows:
                    failures.append(f"{extra.name}: nothing rendered")
                browser.screenshot(shots / f"{extra.name}.png")
                print(f"{extra.name}: rendered, screenshot {shots / (extra.name + '.png')}")
        finally:
            browser.close()
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="a folder written by `npm site`")
    parser.add_argument("--shots", type=Path, help="where to put the screenshots (default: a temporary folder)")
    parser.add_argument("--chromium", help="the browser (default: chromium or chromium-browser on PATH)")
    parser.add_argument("--also", type=Path, action="append", help="another file to render and check (repeatable)")
    parser.add_argument("--axe", type=Path, default=AXE, help=f"axe-core's axe.min.js (default: {AXE})")
    options = parser.parse_args()
    executable = options.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        print("skipped: no chromium on PATH (Debian: apt-get install chromium)")
        sys.exit(SKIPPED)
    shots = options.shots or Path(tempfile.mkdtemp(prefix="npm-site-shots-"))
    shots.mkdir(parents=True, exist_ok=True)
    failures = check(options.site, shots, executable, options.also, options.axe)
    for failure in failures:
        print(f"FAIL  {failure}")
    print("browser check: " + ("all passed" if not failures else f"{len(failures)} failed"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

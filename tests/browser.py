"""A headless Chromium driven over the Chrome DevTools Protocol, enough to load a page and watch it.

Uses the system's chromium (Debian package `chromium`; .ci/run installs it) and a websocket to its
DevTools endpoint on 127.0.0.1. Every outgoing request is recorded, console errors and uncaught
exceptions are collected; the browser is started with a proxy that does not exist and a resolver that
resolves nothing, so a request for anything but a local file could not succeed even if one were made.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from websockets.sync.client import connect

BINARIES = ("chromium", "chromium-browser", "google-chrome")
STARTUP_WAIT_S = 30  # how long chromium may take to open its DevTools port on a loaded CI machine
PAGE_WAIT_S = 60


def chromium_binary() -> str | None:
    return next((found for name in BINARIES if (found := shutil.which(name))), None)


@dataclass
class PageVisit:
    requested_urls: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed_loads: list[str] = field(default_factory=list)


class Browser:
    """`with Browser() as browser: visit = browser.open(url, ready_js)`."""

    def __init__(self, binary: str | None = None):
        self.binary = binary or chromium_binary()
        self.profile = Path(tempfile.mkdtemp(prefix="gongwen-chromium-"))
        self.process: subprocess.Popen | None = None
        self.socket = None
        self.next_id = 0
        self.events: list[dict] = []

    def __enter__(self) -> Browser:
        self.process = subprocess.Popen(
            [self.binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio",
             "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
             "--window-size=1280,1024", "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port = self._devtools_port()
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with no_proxy.open(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            targets = json.loads(response.read())
        page = next(t for t in targets if t["type"] == "page")
        self.socket = connect(page["webSocketDebuggerUrl"], max_size=None, proxy=None)
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.call(f"{domain}.enable")
        return self

    def __exit__(self, *exc) -> None:
        if self.socket is not None:
            self.socket.close()
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _devtools_port(self) -> int:
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + STARTUP_WAIT_S
        while time.monotonic() < deadline:
            if port_file.exists() and port_file.read_text().strip():
                return int(port_file.read_text().splitlines()[0])
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.binary} exited with {self.process.returncode} before opening DevTools")
            time.sleep(0.1)
        raise RuntimeError(f"{self.binary} opened no DevTools port within {STARTUP_WAIT_S} s")

    def call(self, method: str, **params) -> dict:
        """Send one command and return its result; events that arrive meanwhile are kept in order."""
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv(timeout=PAGE_WAIT_S))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str, ready_expression: str) -> PageVisit:
        """Load `url`, wait until `ready_expression` is true, and report what the page did."""
        self.events.clear()
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + PAGE_WAIT_S
        while not self.evaluate(ready_expression):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url}: `{ready_expression}` still false after {PAGE_WAIT_S} s; "
                                   f"console errors: {self._visit().console_errors}")
            time.sleep(0.1)
        return self._visit()

    def _visit(self) -> PageVisit:
        visit = PageVisit()
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                visit.requested_urls.append(url[:80] if url.startswith("data:") else url)
            elif method == "Network.loadingFailed":
                visit.failed_loads.append(f"{params.get('errorText')} ({params.get('requestId')})")
            elif method == "Runtime.exceptionThrown":
                visit.console_errors.append(json.dumps(params["exceptionDetails"], ensure_ascii=False)[:500])
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                visit.console_errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                visit.console_errors.append(f"{params['entry']['source']}: {params['entry']['text']}")
        return visit

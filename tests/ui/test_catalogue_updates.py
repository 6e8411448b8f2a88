"""A newer model list replaces the app's own without a new release: placed in the data
folder, or fetched from the address in Settings; the window's forms follow. A list that is
broken, older, or served from an insecure place is not used, and the user is told."""

from __future__ import annotations

import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kling_desktop import catalogue
from kling_desktop.catalogue.catalogue import SHIPPED
from kling_desktop.jobs.catalogue_update import update


def newer_list(version: str = "2027-01-15") -> dict:
    data = copy.deepcopy(json.loads(SHIPPED.read_text(encoding="utf-8")))
    data["version"] = version
    future = copy.deepcopy(next(m for m in data["models"] if m["id"] == "kling-3.0"))
    future.update(id="kling-3.5", ids={"new": "kling-3.5"}, released="2027-01-14")
    future["name"] = {"en": "Kling 3.5", "zh_CN": "可灵 3.5"}
    future["operations"]["text2video"]["params"]["duration"] = {"values": [4, 8], "default": 8}
    data["models"].append(future)
    data["defaults"]["text2video"] = "kling-3.5"
    return data


@pytest.fixture
def serve():
    """A tiny web server on loopback: `serve(path -> (status, headers, body))`."""
    servers = []

    def start(routes: dict) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                status, headers, body = routes.get(self.path, (404, {}, b"no"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_newer_list_is_fetched_checked_and_kept(serve, tmp_path):
    base = serve({"/models.json": (200, {}, json.dumps(newer_list()).encode())})
    target = tmp_path / catalogue.FILE_NAME
    result = update(base + "/models.json", catalogue.shipped(), target)
    assert result.catalogue.version == "2027-01-15"
    assert str(result.message) == "Kling's model list was brought up to date (2027-01-15)."
    assert catalogue.newest(target)[0].version == "2027-01-15"  # used at the next start


@pytest.mark.parametrize(
    ("response", "words"),
    [
        ((200, {}, b"{not json"), "is not valid JSON"),
        ((200, {}, b'{"format": 1}'), "does not have the expected form"),
        ((404, {}, b"gone"), "could not be fetched (HTTP 404)"),
        ((302, {"Location": "http://example.com/x.json"}, b""), "must start with https://"),
    ],
)
def test_a_bad_list_is_not_used_and_says_why(serve, tmp_path, response, words):
    base = serve({"/models.json": response})
    target = tmp_path / catalogue.FILE_NAME
    result = update(base + "/models.json", catalogue.shipped(), target)
    assert result.catalogue is None
    assert words in str(result.message)
    assert not target.exists()


def test_an_older_list_changes_nothing(serve, tmp_path):
    base = serve({"/m.json": (200, {}, json.dumps(newer_list("2020-01-01")).encode())})
    target = tmp_path / catalogue.FILE_NAME
    result = update(base + "/m.json", catalogue.shipped(), target)
    assert (result.catalogue, result.message) == (None, None)
    assert not target.exists()


def test_a_list_in_the_data_folder_changes_the_window(make_window):
    def place(context):
        path = context.paths.data / catalogue.FILE_NAME
        path.write_text(json.dumps(newer_list()), encoding="utf-8")

    win = make_window(before=place)
    form = win.forms["text2video"]
    assert form.model.currentData() == "kling-3.5"  # the new default
    assert form.model.currentText() == "Kling 3.5"
    assert [form.fields["duration"].combo.itemData(i) for i in range(2)] == [4, 8]


def test_the_window_fetches_the_list_from_the_settings_address(serve, make_window, qtbot):
    import dataclasses

    base = serve({"/models.json": (200, {}, json.dumps(newer_list()).encode())})

    def point(context):
        context.settings = dataclasses.replace(
            context.settings, catalogue_url=base + "/models.json"
        )

    win = make_window(before=point)
    form = win.forms["text2video"]
    qtbot.waitUntil(lambda: form.model.findData("kling-3.5") >= 0, timeout=10_000)
    assert "brought up to date" in win.statusBar().currentMessage()


def test_a_broken_list_in_the_data_folder_is_said(make_window):
    def place(context):
        (context.paths.data / catalogue.FILE_NAME).write_text("{oops", encoding="utf-8")

    win = make_window(before=place)
    assert "is not valid JSON" in win.statusBar().currentMessage()
    assert win.forms["text2video"].model.currentData() == "kling-3.0"  # the app's own list

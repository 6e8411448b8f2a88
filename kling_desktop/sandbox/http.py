"""The sandbox's HTTP front: which endpoint a request is (on which path layout and API
standard), who sent it (a relay key, a Kling API key, or a JWT signed with access keys,
which the new standard refuses), the faults a test scripted, and the result files served
without a key. What Kling does with a request is the `Sandbox`'s business."""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import math
import secrets
import socket
import struct
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import jwt

from kling_desktop.sandbox import media
from kling_desktop.sandbox.faults import Fault
from kling_desktop.sandbox.products import Product
from kling_desktop.sandbox.rules import LEGACY, NEW

if TYPE_CHECKING:
    import threading

    from kling_desktop.sandbox.faults import FaultInjector
    from kling_desktop.sandbox.tasks import Counters, SandboxTask


class Sandbox(Protocol):
    """What the front reads of the sandbox behind it (`server.Sandbox` is one)."""

    relay_key: str
    api_key: str
    access_key: str
    secret_key: str
    relay_new_layout: bool
    relay_account: bool
    products: dict[str, Product]
    faults: FaultInjector
    counters: Counters
    lock: threading.Lock
    task_map: dict[str, SandboxTask]
    stopping: threading.Event
    connections: set[socket.socket]

    def submit(self, route: Route, raw: bytes, fault: Fault | None) -> tuple[int, dict]: ...
    def query(self, route: Route) -> tuple[int, dict]: ...
    def query_tasks(self, query: dict[str, list[str]]) -> tuple[int, dict]: ...
    def list_legacy(self, route: Route, query: dict[str, list[str]]) -> tuple[int, dict]: ...
    def list_tasks(self, raw: bytes) -> tuple[int, dict]: ...
    def costs(self, query: dict[str, list[str]]) -> tuple[int, dict]: ...
    def ledger(self, *, money: bool, raw: bytes) -> tuple[int, dict]: ...
    def delete_element(self, raw: bytes) -> tuple[int, dict]: ...
    def delete_voice(self, raw: bytes) -> tuple[int, dict]: ...
    def identify_face(self, raw: bytes) -> tuple[int, dict]: ...
    def preset_voices(self) -> tuple[int, dict]: ...
    def preset_elements(self) -> tuple[int, dict]: ...
    def file(self, task: SandboxTask, index: int) -> bytes: ...


log = logging.getLogger("kling_desktop.sandbox")

AKSK_REFUSED = (
    "The current API does not support AK/SK; please go to the console "
    "(https://console.klingai.com) to create API key."
)

HTML_PAGE = (
    b"<html><head><title>{status} Error</title></head><body><center><h1>{status} Error</h1>"
    b"</center><hr><center>nginx</center></body></html>"
)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    sandbox: Sandbox
    front: Front

    def handle_error(self, request, client_address) -> None:  # keep test output clean
        log.debug("sandbox connection error from %s", client_address, exc_info=True)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "KlingSandbox/1.0"
    server: Server

    def setup(self) -> None:
        super().setup()
        self.server.sandbox.connections.add(self.connection)

    def finish(self) -> None:
        self.server.sandbox.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sandbox: " + format, *args)

    def do_GET(self) -> None:
        self.server.front.handle(self, "GET")

    def do_POST(self) -> None:
        self.server.front.handle(self, "POST")


class Front:
    """Answers the requests that reach one sandbox."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def handle(self, h: Handler, method: str) -> None:
        body = b""
        length = int(h.headers.get("Content-Length") or 0)
        if length:
            body = h.rfile.read(length)
        parts = urlsplit(h.path)
        path = parts.path
        query = parse_qs(parts.query)
        if path.startswith("/media/"):
            self._media(h, path)
            return
        route = self._route(method, path)
        if route is None:
            self.json(h, 404, {"code": 1202, "message": "route not found"})
            return
        self.sandbox.counters.count(route.endpoint)
        fault = self.sandbox.faults.take(route.endpoint)
        if fault is not None and self._answer_fault(h, fault):
            return
        auth = self._auth_problem(h, route)
        if auth:
            self.json(h, 401, {"code": auth[0], "message": auth[1]})
            return
        action = route.endpoint.split(":", 1)[0]
        if action == "submit":
            status, payload = self.sandbox.submit(route, body, fault)
        elif action == "query" and route.standard == NEW:
            status, payload = self.sandbox.query_tasks(query)
        elif action == "query":
            status, payload = self.sandbox.query(route)
        elif action == "list" and route.standard == NEW:
            status, payload = self.sandbox.list_tasks(body)
        elif action == "list":
            status, payload = self.sandbox.list_legacy(route, query)
        elif action == "ledger":
            status, payload = self.sandbox.ledger(
                money=route.endpoint.endswith("balance"), raw=body
            )
        elif route.endpoint == "costs":
            status, payload = self.sandbox.costs(query)
        elif route.endpoint == "delete_element":
            status, payload = self.sandbox.delete_element(body)
        elif route.endpoint == "identify_face":
            status, payload = self.sandbox.identify_face(body)
        elif route.endpoint == "delete_voice":
            status, payload = self.sandbox.delete_voice(body)
        elif route.endpoint == "preset_voices":
            status, payload = self.sandbox.preset_voices()
        elif route.endpoint == "preset_elements":
            status, payload = self.sandbox.preset_elements()
        else:
            status, payload = 404, {"code": 1202, "message": "route not found"}
        if fault is not None and fault.action == "reset_after":
            reset(h)
            return
        self.json(h, status, payload)

    def _route(self, method: str, path: str) -> Route | None:
        """Which endpoint `method path` is, on which layout and standard."""
        layout = "relay" if path.startswith("/kling/") else "official"
        rest = path[len("/kling/") :] if layout == "relay" else path.lstrip("/")
        if rest.startswith("account/"):
            if layout == "relay" and not self.sandbox.relay_account:
                return None
            name = {
                ("GET", "account/costs"): "costs",
                ("POST", "account/billing/balance"): "ledger:balance",
                ("POST", "account/billing/package"): "ledger:package",
            }.get((method, rest))
            return Route(layout, LEGACY, name) if name else None
        if rest == "v1/general/delete-advanced-elements" and method == "POST":
            return Route(layout, LEGACY, "delete_element")
        if rest == "v1/videos/identify-face" and method == "POST":
            return Route(layout, LEGACY, "identify_face")
        if rest == "v1/general/delete-voices" and method == "POST":
            return Route(layout, LEGACY, "delete_voice")
        if rest == "v1/general/advanced-presets-elements" and method == "GET":
            return Route(layout, LEGACY, "preset_elements")
        if rest == "v1/general/presets-voices" and method == "GET":
            return Route(layout, LEGACY, "preset_voices")
        if rest.startswith("v1/"):
            rest = rest[3:]
            for product in self.sandbox.products.values():
                base = product.legacy_path
                if base is None:
                    continue
                if rest == base and (method == "POST" or not product.at_once):
                    action = "submit" if method == "POST" else "list"
                    return Route(layout, LEGACY, f"{action}:{product.kind}", product)
                if rest.startswith(base + "/") and method == "GET" and not product.at_once:
                    ref = unquote(rest[len(base) + 1 :])
                    return Route(layout, LEGACY, f"query:{product.kind}", product, ref=ref)
            return None
        if layout == "relay" and not self.sandbox.relay_new_layout:
            return None
        if rest == "tasks":
            return Route(layout, NEW, "query:tasks" if method == "GET" else "list:tasks")
        head, _, model = rest.partition("/")
        for product in self.sandbox.products.values():
            if product.new_path == head and model and method == "POST":
                return Route(layout, NEW, f"submit:{product.kind}", product, model=model)
        return None

    def _auth_problem(self, h: Handler, route: Route) -> tuple[int, str] | None:
        header = h.headers.get("Authorization") or ""
        if not header.strip():
            return 1001, "Authorization header is empty"
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return 1002, "Authorization header is invalid"
        if route.layout == "relay":
            if secrets.compare_digest(token, self.sandbox.relay_key):
                return None
            return 1002, "Authorization is invalid"
        if secrets.compare_digest(token, self.sandbox.api_key):
            return None  # a Kling API key works on every endpoint
        if token.count(".") != 2:
            return 1002, "Authorization is invalid"
        if route.standard == NEW:
            return 1002, AKSK_REFUSED
        try:
            claims = jwt.decode(
                token,
                self.sandbox.secret_key,
                algorithms=["HS256"],
                options={"require": ["iss", "exp", "nbf"]},
            )
        except jwt.ExpiredSignatureError:
            return 1004, "Authorization token has expired"
        except jwt.ImmatureSignatureError:
            return 1003, "Authorization token is not yet valid"
        except jwt.InvalidTokenError:
            return 1002, "Authorization is invalid"
        if claims.get("iss") != self.sandbox.access_key:
            return 1002, "Authorization is invalid"
        return None

    def _answer_fault(self, h: Handler, fault: Fault) -> bool:
        """Answer with the fault if it replaces the answer; True when done."""
        action = fault.action
        if action == "reset":
            reset(h)
            return True
        if action == "slow":
            if self.sandbox.stopping.wait(fault.delay):
                reset(h)
                return True
            return False
        if action == "html":
            page = HTML_PAGE.replace(b"{status}", str(fault.status).encode())
            send(h, fault.status, page, "text/html")
            return True
        if action == "kling":
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = str(math.ceil(fault.retry_after))
            self.json(h, fault.status, {"code": fault.code, "message": fault.message}, headers)
            return True
        if action == "json":
            send(h, fault.status, json.dumps(fault.payload).encode(), "application/json")
            return True
        if action == "empty":
            send(h, fault.status, b"", "application/json")
            return True
        if action == "nocode":
            self.json(h, fault.status, {"error": "something went wrong", "status": "error"})
            return True
        return False  # task- and download-level faults act later

    def _media(self, h: Handler, path: str) -> None:
        self.sandbox.counters.count("download")
        if h.headers.get("Authorization"):  # a key sent where none belongs: tests look
            self.sandbox.counters.count("download:with a key")
        fault = self.sandbox.faults.take("download")
        if fault is not None:
            if fault.action in ("expired", "wrong_type"):
                status = fault.status if fault.action == "expired" else 200
                page = HTML_PAGE.replace(b"{status}", str(status).encode())
                send(h, status, page, "text/html")
                return
            if fault.action == "garbage":
                send(h, 200, bytes(range(256)) * 64, "application/octet-stream")
                return
            if fault.action == "undecodable":
                empty = b"\x00\x00\x00\x14ftypisom\x00\x00\x02\x00isom"
                empty += b"\x00\x00\x00\x10moov" + b"\x00" * 8
                send(h, 200, empty, "video/mp4")
                return
            if fault.action != "truncate" and self._answer_fault(h, fault):
                return
        try:
            _, _, ref, name = path.split("/", 3)
            index = int(name.split(".", 1)[0])
        except ValueError:
            send(h, 404, b"not found", "text/plain")
            return
        if ref == "preset-voice":  # a sample of one of Kling's own voices
            send(h, 200, media.silent_mp3(3.0), "audio/mpeg")
            return
        if ref == "face":  # a face found in a video
            send(h, 200, media.render_image(f"face {index + 1}", "1:1", 0, 1), "image/png")
            return
        task_id = unescape_id(ref)
        with self.sandbox.lock:
            task = self.sandbox.task_map.get(task_id)
        if task is None or task.status(time.time()) != "succeeded" or index >= task.count():
            send(h, 404, b"not found", "text/plain")
            return
        data = self.sandbox.file(task, index)
        content_type = {"image": "image/png", "video": "video/mp4"}.get(
            task.media_at(index), "audio/mpeg"
        )
        if fault is not None and fault.action == "truncate":
            cut = data[: int(len(data) * fault.fraction)]
            h.send_response(200)
            h.send_header("Content-Type", content_type)
            if fault.code:
                h.send_header("Content-Length", str(len(data)))
            h.send_header("Connection", "close")
            h.end_headers()
            h.wfile.write(cut)
            h.wfile.flush()
            reset(h)
            return
        send(h, 200, data, content_type)

    def json(self, h: Handler, status: int, payload: dict, headers: dict | None = None):
        payload.setdefault("request_id", str(uuid.uuid4()))
        send(h, status, json.dumps(payload).encode(), "application/json", headers)


@dataclass(frozen=True)
class Route:
    """What a request is: layout (relay or official), standard, endpoint name (as counted
    and as faults are scripted), and for task routes the product and model or id."""

    layout: str
    standard: str
    endpoint: str
    product: Product | None = None
    model: str | None = None
    ref: str | None = None


def csv_values(values: list[str] | None) -> list[str]:
    return [v for v in ",".join(values or []).split(",") if v]


def escape_id(task_id: str) -> str:
    return base64.urlsafe_b64encode(task_id.encode()).decode().rstrip("=")


def unescape_id(ref: str) -> str:
    try:
        return base64.urlsafe_b64decode(ref + "=" * (-len(ref) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return ""


def send(h, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.end_headers()
    h.wfile.write(body)


def reset(h) -> None:
    """Close the connection with a TCP reset, as a crashed proxy would."""
    h.close_connection = True
    try:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
    except OSError:
        pass

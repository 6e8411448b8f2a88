"""A local Kling server on loopback: the tests' server, the benchmarks' server, demo mode.

It speaks Kling as it is in late 2026: both API standards (legacy `/v1/<product>` with
`model_name`; new `/<product>/<model>` with `settings`, `options` and `GET /tasks`), both
path layouts (a relay's `/kling/...` with its static key; the official one with a Kling
API key, or a JWT signed with access keys, which the new standard refuses), the live
models and their rules, retired models refused with Kling's sentence, units charged per
task, the account's resource packs. Every task runs through submitted, processing and
succeeded or failed on configurable timings; real PNG and MP4 results are served
without auth; faults are injected on request, and what happened is counted.
It imports nothing from the app.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import json
import logging
import math
import os
import secrets
import socket
import struct
import threading
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import jwt

from kling_desktop.sandbox import media, products, rules, wire
from kling_desktop.sandbox.faults import Fault, FaultInjector
from kling_desktop.sandbox.products import Product
from kling_desktop.sandbox.tasks import (
    Counters,
    SandboxTask,
    Timings,
    element_id,
    new_task_id,
    prompt_and_shape,
    seconds,
)

log = logging.getLogger("kling_desktop.sandbox")

LEGACY, NEW = rules.LEGACY, rules.NEW
AKSK_REFUSED = (
    "The current API does not support AK/SK; please go to the console "
    "(https://console.klingai.com) to create API key."
)
_BULKY = (
    "image",
    "image_tail",
    "contents",
    "image_list",
    "subject_image_list",
    "element_image_list",
)

HTML_PAGE = (
    b"<html><head><title>{status} Error</title></head><body><center><h1>{status} Error</h1>"
    b"</center><hr><center>nginx</center></body></html>"
)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    sandbox: Sandbox

    def handle_error(self, request, client_address) -> None:  # keep test output clean
        log.debug("sandbox connection error from %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "KlingSandbox/1.0"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.sandbox._connections.add(self.connection)

    def finish(self) -> None:
        self.server.sandbox._connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sandbox: " + format, *args)

    def do_GET(self) -> None:
        self.server.sandbox._handle(self, "GET")

    def do_POST(self) -> None:
        self.server.sandbox._handle(self, "POST")


class Sandbox:
    """A Kling server on 127.0.0.1. Use as a context manager, or `start()`/`stop()`.

    The keys are the sandbox's own fake credentials; clients must send them back.
    """

    def __init__(
        self,
        *,
        relay_key: str = "sk-sandbox-relay-key",
        api_key: str = "sandbox-kling-api-key",
        access_key: str = "ak-sandbox-access-key",
        secret_key: str = "sandbox-secret-key-not-a-real-one",
        timings: Timings | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        max_concurrency: int | None = None,
        video_bytes: int | None = None,
        state_file: str | Path | None = None,
        seed: int | None = None,
    ) -> None:
        self.relay_key = relay_key
        self.api_key = api_key
        self.access_key = access_key
        self.secret_key = secret_key
        self.timings = timings or Timings()
        self.max_concurrency = max_concurrency
        self.video_bytes = video_bytes  # pad videos to this size (benchmarks, memory tests)
        # Demo mode keeps its tasks here, so a job survives the app being killed.
        self.state_file = Path(state_file) if state_file else None
        self.faults = FaultInjector(seed)
        self.counters = Counters()
        #: Whether the relay layout (`/kling/...`) also forwards the new standard.
        self.relay_new_layout = True
        #: Kling refuses a second task with the same external id; a relay may not. Tests
        #: turn this off to show that the client never relies on it.
        self.unique_external_ids = True
        #: Models to refuse as discontinued, besides those Kling has retired already.
        self.retired_models: set[str] = set()
        #: Whether the relay layout forwards the account endpoints (many relays do not).
        self.relay_account = True
        self.pack_total = {"video": 1000.0, "image": 10000.0, "audio": 100.0}
        self._products = {p.kind: p for p in products.all_products()}
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._tasks: dict[str, SandboxTask] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()

    # Life cycle --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Sandbox:
        self._stopping.clear()
        self._load_state()
        server = _Server((self._host, self._port), _Handler)
        server.sandbox = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="kling-sandbox",
            daemon=True,
        )
        self._thread.start()
        log.info("sandbox listening on %s", self.url)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        for conn in list(self._connections):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _load_state(self) -> None:
        if not self.state_file or not self.state_file.exists():
            return
        try:
            saved = json.loads(self.state_file.read_text())
            tasks = [
                SandboxTask(**{**t, "timings": tuple(t["timings"]), "files": {}}) for t in saved
            ]
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("sandbox state %s unreadable (%s); starting empty", self.state_file, exc)
            return
        with self._lock:
            self._tasks = {t.task_id: t for t in tasks}

    def _save_state(self) -> None:
        """Write every task (without image payloads) atomically. Call with the lock held."""
        if not self.state_file:
            return
        records = []
        for t in self._tasks.values():
            record = dataclasses.asdict(t)
            record["files"] = {}
            record["body"] = {k: v for k, v in t.body.items() if k not in _BULKY}
            records.append(record)
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        tmp.write_text(json.dumps(records))
        os.replace(tmp, self.state_file)

    def tasks(self) -> list[SandboxTask]:
        with self._lock:
            return list(self._tasks.values())

    def add_product(self, product: Product) -> None:
        """Serve one more operation (a test's own, or one the app adds)."""
        self._products[product.kind] = product

    def used_units(self, pack: str) -> float:
        now = time.time()
        return sum(t.units for t in self.tasks() if t.pack == pack and t.status(now) == "succeeded")

    # Request handling ----------------------------------------------------------------------

    def _handle(self, h: _Handler, method: str) -> None:
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
            self._json(h, 404, {"code": 1202, "message": "route not found"})
            return
        self.counters.count(route.endpoint)
        fault = self.faults.take(route.endpoint)
        if fault is not None and self._answer_fault(h, fault):
            return
        auth = self._auth_problem(h, route)
        if auth:
            self._json(h, 401, {"code": auth[0], "message": auth[1]})
            return
        action = route.endpoint.split(":", 1)[0]
        if action == "submit":
            status, payload = self._submit(route, body, fault)
        elif action == "query" and route.standard == NEW:
            status, payload = self._query_tasks(query)
        elif action == "query":
            status, payload = self._query(route)
        elif action == "list" and route.standard == NEW:
            status, payload = self._list_tasks(body)
        elif action == "list":
            status, payload = self._list(route, query)
        elif route.endpoint == "costs":
            status, payload = self._costs(query)
        elif route.endpoint == "delete_element":
            status, payload = self._delete_element(body)
        else:
            status, payload = self._balance()
        if fault is not None and fault.action == "reset_after":
            _reset(h)
            return
        self._json(h, status, payload)

    def _route(self, method: str, path: str) -> _Route | None:
        """Which endpoint `method path` is, on which layout and standard."""
        layout = "relay" if path.startswith("/kling/") else "official"
        rest = path[len("/kling/") :] if layout == "relay" else path.lstrip("/")
        if rest.startswith("account/"):
            if layout == "relay" and not self.relay_account:
                return None
            name = {"account/costs": "costs", "account/billing/balance": "balance"}.get(rest)
            return _Route(layout, LEGACY, name) if name else None
        if rest == "v1/general/delete-advanced-elements" and method == "POST":
            return _Route(layout, LEGACY, "delete_element")
        if rest.startswith("v1/"):
            rest = rest[3:]
            for product in self._products.values():
                base = product.legacy_path
                if base is None:
                    continue
                if rest == base:
                    action = "submit" if method == "POST" else "list"
                    return _Route(layout, LEGACY, f"{action}:{product.kind}", product)
                if rest.startswith(base + "/") and method == "GET":
                    ref = unquote(rest[len(base) + 1 :])
                    return _Route(layout, LEGACY, f"query:{product.kind}", product, ref=ref)
            return None
        if layout == "relay" and not self.relay_new_layout:
            return None
        if rest == "tasks":
            return _Route(layout, NEW, "query:tasks" if method == "GET" else "list:tasks")
        head, _, model = rest.partition("/")
        for product in self._products.values():
            if product.new_path == head and model and method == "POST":
                return _Route(layout, NEW, f"submit:{product.kind}", product, model=model)
        return None

    def _auth_problem(self, h: _Handler, route: _Route) -> tuple[int, str] | None:
        header = h.headers.get("Authorization") or ""
        if not header.strip():
            return 1001, "Authorization header is empty"
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return 1002, "Authorization header is invalid"
        if route.layout == "relay":
            if secrets.compare_digest(token, self.relay_key):
                return None
            return 1002, "Authorization is invalid"
        if secrets.compare_digest(token, self.api_key):
            return None  # a Kling API key works on every endpoint
        if token.count(".") != 2:
            return 1002, "Authorization is invalid"
        if route.standard == NEW:
            return 1002, AKSK_REFUSED
        try:
            claims = jwt.decode(
                token,
                self.secret_key,
                algorithms=["HS256"],
                options={"require": ["iss", "exp", "nbf"]},
            )
        except jwt.ExpiredSignatureError:
            return 1004, "Authorization token has expired"
        except jwt.ImmatureSignatureError:
            return 1003, "Authorization token is not yet valid"
        except jwt.InvalidTokenError:
            return 1002, "Authorization is invalid"
        if claims.get("iss") != self.access_key:
            return 1002, "Authorization is invalid"
        return None

    def _submit(self, route: _Route, raw: bytes, fault: Fault | None) -> tuple[int, dict]:
        product = route.product
        assert product is not None
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return 400, {"code": 1200, "message": "request body is not valid JSON"}
        try:
            rules.common(body)
            named = route.model or (body.get("model_name") if isinstance(body, dict) else None)
            if named in self.retired_models:
                raise rules.discontinued(str(named))
            product.check(route.standard, route.model, body)
            units = product.units(route.standard, route.model, body)
        except rules.Invalid as exc:
            return exc.status, {"code": exc.code, "message": exc.message}
        options = body.get("options") if route.standard == NEW else body
        external = str((options or {}).get("external_task_id") or "")
        results = max(1, product.count(body))
        now = time.time()
        with self._lock:
            if (
                external
                and self.unique_external_ids
                and any(t.external_task_id == external for t in self._tasks.values())
            ):
                return 400, {"code": 1201, "message": "external_task_id already exists"}
            if self.max_concurrency is not None:
                busy = sum(
                    t.slots
                    for t in self._tasks.values()
                    if t.status(now) in ("submitted", "processing")
                )
                if busy + results > self.max_concurrency:
                    return 429, {
                        "code": 1303,
                        "message": "parallel task over resource pack limit",
                    }
            task = SandboxTask(
                task_id=new_task_id(),
                kind=product.kind,
                body=body,
                external_task_id=external,
                created=now,
                created_ms=int(time.time() * 1000),
                fail_message=fault.message if fault and fault.action == "fail_task" else None,
                slots=1 if product.media == "video+audio" else results,
                timings=self.timings.image if product.media == "image" else self.timings.video,
                standard=route.standard,
                results=results,
                units=units,
                media=product.media,
                pack=product.pack,
            )
            self._tasks[task.task_id] = task
            self._save_state()
        self.counters.created(external)
        return 200, wire.ok(wire.task(task, now, self._urls(task), brief=True))

    def _query(self, route: _Route) -> tuple[int, dict]:
        """Legacy: one task, by its id or by the caller's external id."""
        assert route.product is not None
        with self._lock:
            task = self._tasks.get(route.ref or "")
            if task is None and route.ref:
                task = next(
                    (t for t in self._tasks.values() if t.external_task_id == route.ref), None
                )
            if task is None or task.kind != route.product.kind or task.standard != LEGACY:
                return 404, {"code": 1203, "message": "task not found"}
            task.polls += 1
        return 200, wire.ok(wire.task(task, time.time(), self._urls(task)))

    def _query_tasks(self, query: dict[str, list[str]]) -> tuple[int, dict]:
        """New standard: `GET /tasks?task_ids=a,b` or `?external_task_ids=x,y`."""
        ids = _csv(query.get("task_ids"))
        externals = _csv(query.get("external_task_ids"))
        if bool(ids) == bool(externals):
            return 400, {
                "code": 1201,
                "message": "exactly one of task_ids and external_task_ids is required",
            }
        now = time.time()
        if ids:
            self.counters.batch_sizes.append(len(ids))
        with self._lock:
            if ids:
                found = [self._tasks[i] for i in ids if i in self._tasks]
            else:
                wanted = set(externals)
                found = [t for t in self._tasks.values() if t.external_task_id in wanted]
            found = [t for t in found if t.standard == NEW]
            for task in found:
                task.polls += 1
        return 200, wire.ok([wire.task(t, now, self._urls(t)) for t in found])

    def _list(self, route: _Route, query: dict[str, list[str]]) -> tuple[int, dict]:
        assert route.product is not None
        try:
            page = int(query.get("pageNum", ["1"])[0])
            size = int(query.get("pageSize", ["30"])[0])
        except ValueError:
            return 400, {"code": 1201, "message": "pageNum and pageSize must be integers"}
        if not 1 <= page <= 1000 or not 1 <= size <= 500:
            return 400, {"code": 1201, "message": "pageNum or pageSize out of range"}
        now = time.time()
        with self._lock:
            tasks = sorted(
                (
                    t
                    for t in self._tasks.values()
                    if t.kind == route.product.kind and t.standard == LEGACY
                ),
                key=lambda t: t.created,
                reverse=True,
            )
        chosen = tasks[(page - 1) * size : page * size]
        return 200, wire.ok([wire.task(t, now, self._urls(t)) for t in chosen])

    def _list_tasks(self, raw: bytes) -> tuple[int, dict]:
        """New standard: `POST /tasks {cursor, limit}`, newest first."""
        try:
            body = json.loads(raw or b"{}")
            limit = int(body.get("limit", 100))
            start = int(body.get("cursor") or 0)
        except (ValueError, TypeError, AttributeError):
            return 400, {"code": 1201, "message": "cursor and limit must be numbers"}
        if not 1 <= limit <= 500:
            return 400, {"code": 1201, "message": "limit must be 1 to 500"}
        now = time.time()
        with self._lock:
            tasks = sorted(
                (t for t in self._tasks.values() if t.standard == NEW),
                key=lambda t: t.created,
                reverse=True,
            )
        chosen = tasks[start : start + limit]
        more = start + limit < len(tasks)
        return 200, wire.ok(
            {
                "result": [wire.task(t, now, self._urls(t)) for t in chosen],
                "count": len(chosen),
                "next_cursor": str(start + limit) if more else "",
                "has_more": more,
            }
        )

    def _costs(self, query: dict[str, list[str]]) -> tuple[int, dict]:
        try:
            start = int(query["start_time"][0])
            end = int(query["end_time"][0])
        except (KeyError, ValueError):
            return 400, {"code": 1201, "message": "start_time and end_time are required"}
        packs = []
        slots = self.max_concurrency or 5
        for pack, total in self.pack_total.items():
            packs.append(
                {
                    # Kling says a pack's kind and how many tasks it runs at once only in
                    # its name ("Trial-Video-100Units-5Con-1Months").
                    "resource_pack_name": f"Sandbox-{pack.title()}-{total:g}Units-{slots}Con",
                    "resource_pack_id": f"sandbox-{pack}-pack",
                    "resource_pack_type": "decreasing_total",
                    "total_quantity": total,
                    "remaining_quantity": max(0.0, total - self.used_units(pack)),
                    "purchase_time": start,
                    "effective_time": start,
                    "invalid_time": end + 30 * 86_400_000,
                    "status": "online",
                }
            )
        return 200, wire.costs(packs)

    def _balance(self) -> tuple[int, dict]:
        return 200, wire.ok({"balance": "0.00", "currency": "USD"})

    def _delete_element(self, raw: bytes) -> tuple[int, dict]:
        try:
            wanted = str(json.loads(raw or b"{}").get("element_id") or "")
        except (ValueError, AttributeError):
            return 400, {"code": 1200, "message": "request body is not valid JSON"}
        with self._lock:
            for task in self._tasks.values():
                if task.media == "element" and element_id(task) == wanted:
                    task.deleted = True
                    self._save_state()
                    return 200, wire.ok({"task_id": task.task_id, "task_status": "succeed"})
        return 400, {"code": 1201, "message": "element not found"}

    def _urls(self, task: SandboxTask) -> wire.Url:
        return lambda index: self._file_url(task, index)

    def _file_url(self, task: SandboxTask, index: int) -> str:
        ext = {"image": "png", "video": "mp4", "audio": "mp3"}[task.media_at(index)]
        return f"{self.url}/media/{_escape_id(task.task_id)}/{index}.{ext}"

    def _answer_fault(self, h: _Handler, fault: Fault) -> bool:
        """Answer with the fault if it replaces the answer; True when done."""
        action = fault.action
        if action == "reset":
            _reset(h)
            return True
        if action == "slow":
            if self._stopping.wait(fault.delay):
                _reset(h)
                return True
            return False
        if action == "html":
            page = HTML_PAGE.replace(b"{status}", str(fault.status).encode())
            _send(h, fault.status, page, "text/html")
            return True
        if action == "kling":
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = str(math.ceil(fault.retry_after))
            self._json(h, fault.status, {"code": fault.code, "message": fault.message}, headers)
            return True
        if action == "json":
            _send(h, fault.status, json.dumps(fault.payload).encode(), "application/json")
            return True
        if action == "empty":
            _send(h, fault.status, b"", "application/json")
            return True
        if action == "nocode":
            self._json(h, fault.status, {"error": "something went wrong", "status": "error"})
            return True
        return False  # task- and download-level faults act later

    def _media(self, h: _Handler, path: str) -> None:
        self.counters.count("download")
        if h.headers.get("Authorization"):  # a key sent where none belongs: tests look
            self.counters.count("download:with a key")
        fault = self.faults.take("download")
        if fault is not None:
            if fault.action in ("expired", "wrong_type"):
                status = fault.status if fault.action == "expired" else 200
                page = HTML_PAGE.replace(b"{status}", str(status).encode())
                _send(h, status, page, "text/html")
                return
            if fault.action == "undecodable":
                empty = b"\x00\x00\x00\x14ftypisom\x00\x00\x02\x00isom"
                empty += b"\x00\x00\x00\x10moov" + b"\x00" * 8
                _send(h, 200, empty, "video/mp4")
                return
            if fault.action != "truncate" and self._answer_fault(h, fault):
                return
        try:
            _, _, ref, name = path.split("/", 3)
            index = int(name.split(".", 1)[0])
        except ValueError:
            _send(h, 404, b"not found", "text/plain")
            return
        task_id = _unescape_id(ref)
        with self._lock:
            task = self._tasks.get(task_id)
        if task is None or task.status(time.time()) != "succeeded" or index >= task.count():
            _send(h, 404, b"not found", "text/plain")
            return
        data = self._file(task, index)
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
            _reset(h)
            return
        _send(h, 200, data, content_type)

    def _file(self, task: SandboxTask, index: int) -> bytes:
        key = str(index)
        with self._lock:
            cached = task.files.get(key)
        if cached is not None:
            return cached
        prompt, ratio = prompt_and_shape(task.body)
        if task.media == "element":
            prompt, ratio = str(task.body.get("element_name") or ""), "1:1"
        product = self._products.get(task.kind)
        if product is not None and product.shape is not None:
            ratio = product.shape(task.body)
        if task.media_at(index) == "image":
            data = media.render_image(prompt, ratio, index, task.count())
        elif task.media_at(index) == "audio":
            data = media.silent_mp3(seconds(task))
        else:
            data = media.clip(ratio)
            if self.video_bytes and self.video_bytes > len(data) + 8:
                data = media.pad_mp4(data, self.video_bytes)
        with self._lock:
            task.files[key] = data
        return data

    def _json(self, h: _Handler, status: int, payload: dict, headers: dict | None = None):
        payload.setdefault("request_id", str(uuid.uuid4()))
        _send(h, status, json.dumps(payload).encode(), "application/json", headers)


@dataclass(frozen=True)
class _Route:
    """What a request is: layout (relay or official), standard, endpoint name (as counted
    and as faults are scripted), and for task routes the product and model or id."""

    layout: str
    standard: str
    endpoint: str
    product: Product | None = None
    model: str | None = None
    ref: str | None = None


def _csv(values: list[str] | None) -> list[str]:
    return [v for v in ",".join(values or []).split(",") if v]


def _escape_id(task_id: str) -> str:
    return base64.urlsafe_b64encode(task_id.encode()).decode().rstrip("=")


def _unescape_id(ref: str) -> str:
    try:
        return base64.urlsafe_b64decode(ref + "=" * (-len(ref) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return ""


def _send(h, status: int, body: bytes, content_type: str, headers: dict | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    h.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.end_headers()
    h.wfile.write(body)


def _reset(h) -> None:
    """Close the connection with a TCP reset, as a crashed proxy would."""
    h.close_connection = True
    try:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
    except OSError:
        pass

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

import contextlib
import dataclasses
import json
import logging
import os
import socket
import threading
import time
from pathlib import Path

from kling_desktop.sandbox import media, products, rules, wire
from kling_desktop.sandbox.faults import Fault, FaultInjector
from kling_desktop.sandbox.http import Front, Handler, Route, Server, csv_values, escape_id
from kling_desktop.sandbox.products import Product
from kling_desktop.sandbox.products import element as element_product
from kling_desktop.sandbox.products import lip_sync as lip_sync_product
from kling_desktop.sandbox.products import voice as voice_product
from kling_desktop.sandbox.tasks import (
    Counters,
    SandboxTask,
    Timings,
    element_id,
    new_task_id,
    prompt_and_shape,
    seconds,
    voice_id,
)

log = logging.getLogger("kling_desktop.sandbox")

CASH_PER_UNIT = 0.14  # USD a unit, for an account that pays in money

#: Bodies' fields too bulky to keep in the demo's saved state (pictures as Base64).
_BULKY = (
    "image",
    "image_tail",
    "contents",
    "image_list",
    "subject_image_list",
    "element_image_list",
)

LEGACY, NEW = rules.LEGACY, rules.NEW


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
        #: An account that pays in money (its starting balance, in USD) instead of units.
        self.cash_balance: float | None = None
        #: Kling leaves unknown ids out of a `GET /tasks` answer, but has also refused a
        #: whole batch with 1201 "not found" for one of them; tests turn this on.
        self.refuses_unknown_task_ids = False
        #: Models to refuse as discontinued, besides those Kling has retired already.
        self.retired_models: set[str] = set()
        #: Whether the relay layout forwards the account endpoints (many relays do not).
        self.relay_account = True
        self.pack_total = {"video": 1000.0, "image": 10000.0, "audio": 100.0}
        self.products = {p.kind: p for p in products.all_products()}
        self._host = host
        self._port = port
        self.lock = threading.Lock()
        self.task_map: dict[str, SandboxTask] = {}
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()

    # Life cycle --------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Sandbox:
        self.stopping.clear()
        self._load_state()
        server = Server((self._host, self._port), Handler)
        server.sandbox = self
        server.front = Front(self)
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
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        for conn in list(self.connections):
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
        with self.lock:
            self.task_map = {t.task_id: t for t in tasks}

    def _save_state(self) -> None:
        """Write every task (without image payloads) atomically. Call with the lock held."""
        if not self.state_file:
            return
        records = []
        for t in self.task_map.values():
            record = dataclasses.asdict(t)
            record["files"] = {}
            record["body"] = {k: v for k, v in t.body.items() if k not in _BULKY}
            records.append(record)
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(self.state_file.name + ".tmp")
        tmp.write_text(json.dumps(records))
        os.replace(tmp, self.state_file)

    def tasks(self) -> list[SandboxTask]:
        with self.lock:
            return list(self.task_map.values())

    def add_product(self, product: Product) -> None:
        """Serve one more operation (a test's own, or one the app adds)."""
        self.products[product.kind] = product

    def used_units(self, pack: str) -> float:
        now = time.time()
        return sum(t.units for t in self.tasks() if t.pack == pack and t.status(now) == "succeeded")

    # Request handling ----------------------------------------------------------------------

    def submit(self, route: Route, raw: bytes, fault: Fault | None) -> tuple[int, dict]:
        product = route.product
        assert product is not None
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return 400, {"code": 1200, "message": "request body is not valid JSON"}
        try:
            rules.common(body)
            if route.layout == "official" and route.standard == LEGACY and "model" in body:
                # Kling documents only `model_name`; a relay reads `model` (see the client).
                raise rules.Invalid("model is not a parameter of this API; use model_name")
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
        with self.lock:
            if (
                external
                and self.unique_external_ids
                and any(t.external_task_id == external for t in self.task_map.values())
            ):
                return 400, {"code": 1201, "message": "external_task_id already exists"}
            if self.max_concurrency is not None:
                # Each kind of resource pack has its own slots; an image task takes one
                # per picture it makes.
                busy = sum(
                    t.slots
                    for t in self.task_map.values()
                    if t.pack == product.pack and t.status(now) in ("submitted", "processing")
                )
                if busy + results > self.max_concurrency:
                    self.counters.count("refused_1303")
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
                timings=(0.0, 0.0)
                if product.at_once
                else self.timings.image
                if product.media == "image"
                else self.timings.video,
                standard=route.standard,
                results=results,
                units=units,
                media=product.media,
                pack=product.pack,
                model=str(named or ""),
            )
            self.task_map[task.task_id] = task
            self._save_state()
        self.counters.created(external)
        # Answered at once (speech): the answer is the finished task, with its result.
        answer = wire.task(task, now, self._urls(task), brief=not product.at_once)
        return 200, wire.ok(answer)

    def query(self, route: Route) -> tuple[int, dict]:
        """Legacy: one task, by its id or by the caller's external id."""
        assert route.product is not None
        with self.lock:
            task = self.task_map.get(route.ref or "")
            if task is None and route.ref:
                task = next(
                    (t for t in self.task_map.values() if t.external_task_id == route.ref), None
                )
            if task is None or task.kind != route.product.kind or task.standard != LEGACY:
                return 404, {"code": 1203, "message": "task not found"}
            task.polls += 1
        return 200, wire.ok(wire.task(task, time.time(), self._urls(task)))

    def query_tasks(self, query: dict[str, list[str]]) -> tuple[int, dict]:
        """New standard: `GET /tasks?task_ids=a,b` or `?external_task_ids=x,y`."""
        ids = csv_values(query.get("task_ids"))
        externals = csv_values(query.get("external_task_ids"))
        if bool(ids) == bool(externals):
            return 400, {
                "code": 1201,
                "message": "exactly one of task_ids and external_task_ids is required",
            }
        if len(ids) > 20 or len(externals) > 20:
            return 400, {"code": 1201, "message": "at most 20 task ids can be queried at once"}
        now = time.time()
        if ids:
            self.counters.batch_sizes.append(len(ids))
        with self.lock:
            if ids and self.refuses_unknown_task_ids and any(i not in self.task_map for i in ids):
                return 400, {"code": 1201, "message": "task not found"}
            if ids:
                found = [self.task_map[i] for i in ids if i in self.task_map]
            else:
                wanted = set(externals)
                found = [t for t in self.task_map.values() if t.external_task_id in wanted]
            found = [t for t in found if t.standard == NEW]
            for task in found:
                task.polls += 1
        return 200, wire.ok([wire.task(t, now, self._urls(t)) for t in found])

    def list_legacy(self, route: Route, query: dict[str, list[str]]) -> tuple[int, dict]:
        assert route.product is not None
        try:
            page = int(query.get("pageNum", ["1"])[0])
            size = int(query.get("pageSize", ["30"])[0])
        except ValueError:
            return 400, {"code": 1201, "message": "pageNum and pageSize must be integers"}
        if not 1 <= page <= 1000 or not 1 <= size <= 500:
            return 400, {"code": 1201, "message": "pageNum or pageSize out of range"}
        now = time.time()
        with self.lock:
            tasks = sorted(
                (
                    t
                    for t in self.task_map.values()
                    if t.kind == route.product.kind and t.standard == LEGACY
                ),
                key=lambda t: t.created,
                reverse=True,
            )
        chosen = tasks[(page - 1) * size : page * size]
        return 200, wire.ok([wire.task(t, now, self._urls(t)) for t in chosen])

    def list_tasks(self, raw: bytes) -> tuple[int, dict]:
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
        with self.lock:
            tasks = sorted(
                (t for t in self.task_map.values() if t.standard == NEW),
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

    def costs(self, query: dict[str, list[str]]) -> tuple[int, dict]:
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

    def ledger(self, *, money: bool, raw: bytes) -> tuple[int, dict]:
        """`POST /account/billing/package` (units) or `/balance` (money): the deductions of
        the tasks made so far, newest first, cursor-paged. The sandbox's account pays in
        units unless `cash_balance` is set, when it pays in money instead."""
        try:
            body = json.loads(raw or b"{}")
            start = int(body.get("cursor") or 0)
            limit = int(body.get("limit") or 500)
        except (ValueError, TypeError, AttributeError):
            return 400, {"code": 1201, "message": "cursor and limit must be numbers"}
        if not 1 <= limit <= 500:
            return 400, {"code": 1201, "message": "limit must be 1 to 500"}
        now = time.time()
        charged = sorted(
            (t for t in self.tasks() if t.units and t.status(now) == "succeeded"),
            key=lambda t: t.created,
        )
        rows = []
        left = self.cash_balance
        for task in charged:  # oldest first: the balance falls as they come
            deduction = round(task.units * CASH_PER_UNIT, 4)
            if money and left is not None:
                rows.append(wire.money_charge(task, left, deduction))
                left = round(left - deduction, 4)
            elif not money and self.cash_balance is None:
                rows.append(wire.unit_charge(task))
        rows.reverse()
        page = rows[start : start + limit]
        more = start + limit < len(rows)
        return 200, wire.ok(
            {
                "result": {"detail": page, "count": len(page)},
                "next_cursor": str(start + limit) if more else "",
                "has_more": more,
            }
        )

    def delete_element(self, raw: bytes) -> tuple[int, dict]:
        try:
            wanted = str(json.loads(raw or b"{}").get("element_id") or "")
        except (ValueError, AttributeError):
            return 400, {"code": 1200, "message": "request body is not valid JSON"}
        with self.lock:
            for task in self.task_map.values():
                if task.media == "element" and element_id(task) == wanted:
                    task.deleted = True
                    self._save_state()
                    return 200, wire.ok({"task_id": task.task_id, "task_status": "succeed"})
        return 400, {"code": 1201, "message": "element not found"}

    def delete_voice(self, raw: bytes) -> tuple[int, dict]:
        try:
            wanted = str(json.loads(raw or b"{}").get("voice_id") or "")
        except (ValueError, AttributeError):
            return 400, {"code": 1200, "message": "request body is not valid JSON"}
        with self.lock:
            for task in self.task_map.values():
                if task.media == "voice" and voice_id(task) == wanted and not task.deleted:
                    task.deleted = True
                    self._save_state()
                    return 200, wire.ok({"task_id": task.task_id, "task_status": "succeed"})
        if any(wanted == preset for preset, _name in voice_product.PRESETS):
            return 400, {"code": 1201, "message": "only custom voices can be deleted"}
        return 400, {"code": 1201, "message": "voice not found"}

    def identify_face(self, raw: bytes) -> tuple[int, dict]:
        """Lip-sync's first step, answered at once: a session and the faces found."""
        try:
            found = lip_sync_product.identify(json.loads(raw or b"null"))
        except ValueError:
            return 400, {"code": 1200, "message": "request body is not valid JSON"}
        except rules.Invalid as exc:
            return exc.status, {"code": exc.code, "message": exc.message}
        faces = [
            {
                "face_id": face,
                "face_image": f"{self.url}/media/face/{i}.png",
                "start_time": start,
                "end_time": end,
            }
            for i, (face, start, end) in enumerate(found["faces"])
        ]
        data = {
            "session_id": found["session_id"],
            "final_unit_deduction": found["final_unit_deduction"],
            "face_data": faces,
        }
        return 200, wire.ok(data)

    def preset_elements(self) -> tuple[int, dict]:
        listed = [wire.preset_element(e, name, self.url) for e, name in element_product.PRESETS]
        return 200, wire.ok(listed)

    def preset_voices(self) -> tuple[int, dict]:
        listed = [wire.preset_voice(v, name, self.url) for v, name in voice_product.PRESETS]
        return 200, wire.ok(listed)

    def _urls(self, task: SandboxTask) -> wire.Url:
        return lambda index: self._file_url(task, index)

    def _file_url(self, task: SandboxTask, index: int) -> str:
        ext = {"image": "png", "video": "mp4", "audio": "mp3"}[task.media_at(index)]
        if task.media == "speech":
            ext = "wav"  # a placeholder you can hear (see media.speech_wav)
        return f"{self.url}/media/{escape_id(task.task_id)}/{index}.{ext}"

    def file(self, task: SandboxTask, index: int) -> bytes:
        key = str(index)
        with self.lock:
            cached = task.files.get(key)
        if cached is not None:
            return cached
        prompt, ratio = prompt_and_shape(task.body)
        if task.media == "element":
            prompt, ratio = str(task.body.get("element_name") or ""), "1:1"
        product = self.products.get(task.kind)
        if product is not None and product.shape is not None:
            ratio = product.shape(task.body)
        if task.media_at(index) == "image":
            data = media.render_image(prompt, ratio, index, task.count())
        elif task.media == "speech":
            data = media.speech_wav(str(task.body.get("text") or ""), seconds(task))
        elif task.media_at(index) == "audio":
            data = media.silent_mp3(seconds(task))
        else:
            data = media.clip(ratio)
            if self.video_bytes and self.video_bytes > len(data) + 8:
                data = media.pad_mp4(data, self.video_bytes)
        with self.lock:
            task.files[key] = data
        return data

"""The sandbox behaves like Kling: auth codes, validation answers, media, CLI, faults."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import jwt
import pytest

from kling_desktop.api.filetypes import image_size, is_complete, sniff
from kling_desktop.sandbox import Fault, FaultInjector, Sandbox
from kling_desktop.sandbox.media import render_image
from tests.conftest import ACCESS_KEY, RELAY_KEY, SECRET_KEY, png_bytes

RELAY = {"Authorization": f"Bearer {RELAY_KEY}"}


def token(**claims) -> dict:
    now = int(time.time())
    payload = {"iss": ACCESS_KEY, "exp": now + 1800, "nbf": now - 5} | claims
    signed = jwt.encode(payload, claims.pop("key", SECRET_KEY), algorithm="HS256")
    return {"Authorization": f"Bearer {signed}"}


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, 1001),
        ({"Authorization": ""}, 1001),
        ({"Authorization": "Basic abc"}, 1002),
        ({"Authorization": "Bearer not-a-jwt"}, 1002),
        (token(iss="ak-someone-else"), 1002),
        (token(nbf=int(time.time()) + 600), 1003),
        (token(exp=int(time.time()) - 10), 1004),
    ],
)
def test_official_auth_codes(sandbox, headers, code):
    response = httpx.get(sandbox.url + "/v1/images/generations", headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == code


def test_a_token_signed_with_another_secret_is_refused(sandbox):
    signed = jwt.encode(
        {"iss": ACCESS_KEY, "exp": int(time.time()) + 60, "nbf": int(time.time()) - 5},
        "some-other-secret-that-is-long-enough",
        algorithm="HS256",
    )
    response = httpx.get(
        sandbox.url + "/v1/images/generations", headers={"Authorization": f"Bearer {signed}"}
    )
    assert response.json()["code"] == 1002


def test_relay_key_is_checked(sandbox):
    bad = httpx.get(
        sandbox.url + "/kling/v1/images/generations", headers={"Authorization": "Bearer sk-nope"}
    )
    assert (bad.status_code, bad.json()["code"]) == (401, 1002)
    good = httpx.get(sandbox.url + "/kling/v1/images/generations", headers=RELAY)
    assert good.json() | {"request_id": None} == {
        "code": 0,
        "message": "SUCCEED",
        "request_id": None,
        "data": [],
    }


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        ("images/generations", {"prompt": "a", "n": 10}, "n must be an integer between 1 and 9"),
        ("images/generations", {"n": 1}, "prompt is required"),
        (
            "images/generations",
            {"prompt": "a", "model_name": "kling-v7"},
            "model_name is invalid: kling-v7",
        ),
        (
            "images/generations",
            {"prompt": "a", "image": "data:image/png;base64,AAAA"},
            "data: prefix",
        ),
        ("videos/text2video", {"prompt": "a", "duration": 5}, "duration must be a string"),
        (
            "videos/text2video",
            {
                "prompt": "a",
                "mode": "pro",
                "camera_control": {"type": "simple", "config": {"zoom": 5}},
            },
            "camera_control is only supported in std mode with 5s duration and kling-v1",
        ),
        (
            "videos/text2video",
            {"prompt": "a", "camera_control": {"type": "simple", "config": {"zoom": 5, "pan": 1}}},
            "exactly one non-zero value",
        ),
        ("videos/image2video", {"prompt": "a"}, "image or image_tail is required"),
        (
            "videos/image2video",
            {"image": base64.b64encode(b"GIF89a").decode()},
            "only JPG/JPEG/PNG",
        ),
    ],
)
def test_bad_bodies_get_1201_naming_the_field(sandbox, path, body, message):
    response = httpx.post(f"{sandbox.url}/kling/v1/{path}", json=body, headers=RELAY)
    assert response.status_code == 400
    assert response.json()["code"] == 1201
    assert message in response.json()["message"]
    assert sandbox.counters.tasks_created == 0


def test_broken_json_is_1200(sandbox):
    response = httpx.post(
        sandbox.url + "/kling/v1/images/generations", content=b"{nope", headers=RELAY
    )
    assert response.json()["code"] == 1200


def test_list_paging_is_checked(sandbox):
    response = httpx.get(sandbox.url + "/kling/v1/images/generations?pageSize=501", headers=RELAY)
    assert response.json()["code"] == 1201


def test_account_costs(sandbox):
    url = sandbox.url + "/account/costs"
    assert httpx.get(url, headers=token()).json()["code"] == 1201
    answer = httpx.get(url, params={"start_time": 1, "end_time": 2}, headers=token()).json()
    (pack,) = answer["data"]["resource_pack_subscribe_infos"]
    assert pack["remaining_quantity"] == 1000.0
    assert sandbox.counters["costs"] == 2


def test_unknown_routes_are_404(sandbox):
    response = httpx.get(sandbox.url + "/kling/v1/videos/lip-sync", headers=RELAY)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("ratio", "size"),
    [("16:9", (1024, 576)), ("9:16", (576, 1024)), ("1:1", (1024, 1024)), ("21:9", (1024, 439))],
)
def test_demo_images_have_the_requested_shape(ratio, size):
    png = render_image("a red fox", ratio, 0, 1)
    assert sniff(png[:16]) == "png"
    assert image_size(png) == size


def test_demo_images_differ_by_prompt_and_index():
    assert render_image("a", "1:1", 0, 2) != render_image("b", "1:1", 0, 2)
    assert render_image("a", "1:1", 0, 2) != render_image("a", "1:1", 1, 2)


def test_demo_images_decode_in_qt(qapp):
    from PySide6.QtGui import QImage

    image = QImage.fromData(render_image("一只猫 and a dog", "4:3", 2, 3))
    assert (image.width(), image.height()) == (1024, 768)


def test_demo_videos_are_real_playable_mp4(qtbot, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    from kling_desktop.sandbox.media import clip, pad_mp4

    for ratio, size in (("16:9", (640, 360)), ("9:16", (360, 640)), ("1:1", (480, 480))):
        path = tmp_path / f"{ratio.replace(':', 'x')}.mp4"
        path.write_bytes(pad_mp4(clip(ratio), 3 << 20))  # padding keeps it valid
        assert is_complete(path, "mp4")
        player = QMediaPlayer()
        sink = QVideoSink()
        player.setVideoOutput(sink)
        frames = []
        sink.videoFrameChanged.connect(lambda f, frames=frames: frames.append(f.size()))
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        qtbot.waitUntil(lambda frames=frames: bool(frames), timeout=5000)
        assert (frames[0].width(), frames[0].height()) == size
        assert 4900 <= player.duration() <= 5100
        player.stop()


def test_scripted_faults_come_in_order_and_once():
    faults = FaultInjector()
    faults.script("submit", Fault.reset(), None, Fault.html_error())
    assert faults.take("submit:image").action == "reset"
    assert faults.take("submit:text2video") is None
    assert faults.take("submit:image").action == "html"
    assert faults.take("submit:image") is None
    assert faults.take("query:image") is None


def test_random_faults_follow_their_probability():
    faults = FaultInjector(seed=7)
    faults.sometimes("query", Fault.html_error(), probability=0.25)
    hits = sum(faults.take("query:image") is not None for _ in range(4000))
    assert 850 < hits < 1150


def test_narrow_scripts_win_over_broad_ones():
    faults = FaultInjector()
    faults.script("download", Fault.expired())
    faults.script("query:image", Fault.reset())
    assert faults.take("query:text2video") is None
    assert faults.take("query:image").action == "reset"


def test_stop_is_quick_even_with_a_slow_request_pending():
    server = Sandbox(relay_key=RELAY_KEY).start()
    server.faults.script("list", Fault.slow(30))
    errors = []

    def call():
        try:
            httpx.get(server.url + "/kling/v1/images/generations", headers=RELAY, timeout=60)
        except httpx.HTTPError as exc:
            errors.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    server.stop()
    thread.join(5)
    assert time.monotonic() - started < 2
    assert errors  # the waiting client saw the connection go


def test_the_command_line_server(tmp_path):
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kling_desktop.sandbox",
            "--port",
            "0",
            "--fast",
            "--relay-key",
            RELAY_KEY,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        body = {"prompt": "from the command line"}
        answer = httpx.post(url + "/kling/v1/images/generations", json=body, headers=RELAY)
        assert answer.json()["data"]["task_status"] == "submitted"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(5) == 0


def test_the_command_line_refuses_other_hosts():
    result = subprocess.run(
        [sys.executable, "-m", "kling_desktop.sandbox", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "loopback only" in result.stderr


def test_counters_count_per_endpoint_and_external_id(sandbox):
    body = {"prompt": "x", "external_task_id": "e-1"}
    httpx.post(sandbox.url + "/kling/v1/images/generations", json=body, headers=RELAY)
    again = httpx.post(sandbox.url + "/kling/v1/images/generations", json=body, headers=RELAY)
    assert again.json() | {"request_id": None} == {
        "code": 1201,
        "message": "external_task_id already exists",
        "request_id": None,
    }
    assert sandbox.counters["submit"] == 2
    assert sandbox.counters["submit:image"] == 2
    assert sandbox.counters.tasks_by_external_id["e-1"] == 1


def test_image_inputs_round_trip(sandbox):
    image = base64.b64encode(png_bytes(400, 400)).decode()
    body = {"model_name": "kling-v1", "image": image}
    answer = httpx.post(sandbox.url + "/kling/v1/videos/image2video", json=body, headers=RELAY)
    assert answer.json()["code"] == 0
    assert sandbox.tasks()[0].body["image"] == image


def test_demo_state_survives_a_restart(tmp_path):
    state = tmp_path / "sandbox.json"
    body = {
        "prompt": "remember me",
        "external_task_id": "kd-persist",
        "image": base64.b64encode(png_bytes(400, 400)).decode(),
    }
    with Sandbox(relay_key=RELAY_KEY, state_file=state) as first:
        answer = httpx.post(
            first.url + "/kling/v1/images/generations", json=body, headers=RELAY
        ).json()
    task_id = answer["data"]["task_id"]
    assert "iVBOR" not in state.read_text()  # no image payloads (Base64 PNG) on disk
    with Sandbox(relay_key=RELAY_KEY, state_file=state) as second:
        time.sleep(0.25)
        url = f"{second.url}/kling/v1/images/generations?pageSize=5"
        (task,) = httpx.get(url, headers=RELAY).json()["data"]
        assert task["task_id"] == task_id and task["task_status"] == "succeed"
        image = httpx.get(task["task_result"]["images"][0]["url"])
        assert image.content.startswith(b"\x89PNG")

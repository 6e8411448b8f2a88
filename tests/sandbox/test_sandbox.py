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
            {"prompt": "a", "image": "data:image/png;base64,AAAA"},
            "data: prefix",
        ),
        ("videos/text2video", {"prompt": "a", "duration": 5}, "duration must be a string"),
        (
            "videos/text2video",
            {"prompt": "a", "model_name": "kling-v2-6", "duration": "7"},
            "duration 7 is not supported by kling-2.6",
        ),
        (
            "videos/text2video",
            {"prompt": "a", "model_name": "kling-v2-6", "mode": "std", "sound": "on"},
            "native audio is only supported at 1080p",
        ),
        (
            "videos/text2video",
            {
                "model_name": "kling-v3",
                "duration": "5",
                "multi_shot": True,
                "multi_prompt": [{"index": 1, "prompt": "a", "duration": "2"}],
            },
            "must add up to duration",
        ),
        ("videos/image2video", {"prompt": "a"}, "image is required"),
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


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("v1/images/generations", "kling-v1"),
        ("v1/videos/text2video", "kling-v1-6"),
        ("v1/videos/image2video", "kling-v2-1"),
    ],
)
def test_retired_models_are_refused_with_klings_sentence(sandbox, path, model):
    body = {"prompt": "a", "model_name": model, "image": base64.b64encode(png_bytes(400, 400))}
    body["image"] = body["image"].decode()
    response = httpx.post(f"{sandbox.url}/kling/{path}", json=body, headers=RELAY)
    assert response.status_code == 400
    assert response.json()["message"] == (
        f"The model '{model}' has been discontinued and is no longer available."
    )
    assert sandbox.counters.tasks_created == 0


def test_an_unknown_model_is_a_missing_resource(sandbox):
    body = {"prompt": "a", "model_name": "kling-v7"}
    response = httpx.post(f"{sandbox.url}/kling/v1/images/generations", json=body, headers=RELAY)
    assert (response.status_code, response.json()["code"]) == (404, 1203)


def test_the_new_standard_takes_a_kling_api_key_but_not_access_keys(sandbox):
    body = {"prompt": "a kite", "settings": {"duration": 5}, "options": {}}
    refused = httpx.post(f"{sandbox.url}/text-to-video/kling-3.0", json=body, headers=token())
    assert (refused.status_code, refused.json()["code"]) == (401, 1002)
    assert "does not support AK/SK" in refused.json()["message"]
    api_key = {"Authorization": f"Bearer {sandbox.api_key}"}
    accepted = httpx.post(f"{sandbox.url}/text-to-video/kling-3.0", json=body, headers=api_key)
    assert accepted.json()["data"]["status"] == "submitted"
    legacy = httpx.get(f"{sandbox.url}/v1/images/generations", headers=api_key)
    assert legacy.json()["code"] == 0  # a Kling API key opens the legacy routes too


def test_new_standard_tasks_come_back_in_batches_with_billing(sandbox):
    api_key = {"Authorization": f"Bearer {sandbox.api_key}"}
    ids = []
    for n, external in enumerate(("kd-batch-1", "kd-batch-2")):
        body = {
            "prompt": f"kite {n}",
            "settings": {"duration": 10, "resolution": "1080p", "audio": "native"},
            "options": {"external_task_id": external},
        }
        answer = httpx.post(f"{sandbox.url}/text-to-video/kling-3.0", json=body, headers=api_key)
        ids.append(answer.json()["data"]["id"])
        assert answer.json()["data"]["external_id"] == external
    time.sleep(0.4)
    tasks = httpx.get(
        f"{sandbox.url}/tasks", params={"task_ids": ",".join([*ids, "nope"])}, headers=api_key
    ).json()["data"]
    assert sorted(t["id"] for t in tasks) == sorted(ids)  # unknown ids are left out
    for task in tasks:
        assert task["status"] == "succeeded"
        assert task["outputs"][0]["type"] == "video"
        assert task["billing"] == [{"charge_type": "unit", "amount": "12", "package_type": "video"}]
    by_external = httpx.get(
        f"{sandbox.url}/tasks", params={"external_task_ids": "kd-batch-2"}, headers=api_key
    ).json()["data"]
    assert [t["id"] for t in by_external] == [ids[1]]
    assert sandbox.counters["query:tasks"] == 2


def test_a_legacy_task_is_found_by_its_external_id(sandbox):
    body = {"prompt": "a", "external_task_id": "kd-legacy-lookup"}
    created = httpx.post(f"{sandbox.url}/kling/v1/images/generations", json=body, headers=RELAY)
    found = httpx.get(
        f"{sandbox.url}/kling/v1/images/generations/kd-legacy-lookup", headers=RELAY
    ).json()
    assert found["data"]["task_id"] == created.json()["data"]["task_id"]


def test_a_relay_may_not_forward_the_new_standard(sandbox):
    sandbox.relay_new_layout = False
    body = {"prompt": "a kite", "settings": {"duration": 5}}
    response = httpx.post(f"{sandbox.url}/kling/text-to-video/kling-3.0", json=body, headers=RELAY)
    assert response.status_code == 404


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
    # As Kling's: the kind and the tasks at once are in the name, in no field of their own.
    packs = {p["resource_pack_name"]: p for p in answer["data"]["resource_pack_subscribe_infos"]}
    assert packs["Sandbox-Video-1000Units-5Con"]["remaining_quantity"] == 1000.0
    assert all("package_type" not in p for p in packs.values())
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

    for ratio, size in (("16:9", (1280, 720)), ("9:16", (720, 1280)), ("1:1", (720, 720))):
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
    body = {"model_name": "kling-v3", "image": image}
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

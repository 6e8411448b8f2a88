"""Every endpoint in every connection mode (relay, access keys, Kling API key) and on both
API standards, against the sandbox over real loopback HTTP."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from kling_desktop.api import (
    LEGACY,
    NEW,
    AuthenticationError,
    Connection,
    KlingClient,
    NotFoundError,
    Task,
    TaskRef,
    TaskStatus,
    UnexpectedResponseError,
    ValidationError,
)
from kling_desktop.operations import Request
from kling_desktop.sandbox import Timings
from tests.conftest import ACCESS_KEY, API_KEY, FAST, SECRET_KEY, make_connection, png_bytes

IMAGES = TaskRef("image", LEGACY, "v1/images/generations")
TEXT2VIDEO = TaskRef("text2video", LEGACY, "v1/videos/text2video")


def image(**params) -> Request:
    return Request("image", **params)


def wait_finished(
    client: KlingClient, task: Task, timeout: float = 5.0, seen: list | None = None
) -> Task:
    """Poll until the task ends; `seen` collects the statuses it went through."""
    deadline = time.monotonic() + timeout
    seen = seen if seen is not None else []
    seen.append(task.status)
    while not task.finished:
        assert time.monotonic() < deadline, f"task stuck in {task.status}"
        time.sleep(0.02)
        task = client.get(task)
        if task.status != seen[-1]:
            seen.append(task.status)
    return task


def test_image_task_from_submit_to_files(client, tmp_path):
    task = client.submit(image(prompt="a lighthouse at dawn", n=2, aspect_ratio="1:1"))
    assert task.kind == "image"
    assert task.standard == LEGACY  # pictures exist only on the legacy standard
    assert task.status is TaskStatus.SUBMITTED
    assert task.external_task_id and task.external_task_id.startswith("kd-")
    seen: list[TaskStatus] = []
    done = wait_finished(client, task, seen=seen)
    assert seen == [TaskStatus.SUBMITTED, TaskStatus.PROCESSING, TaskStatus.SUCCEEDED]
    assert done.credits == 16.0  # Kling Image 3.0: 8 units a picture
    assert [r.index for r in done.results] == [0, 1]
    for result in done.results:
        path = client.download(
            result.url, tmp_path / f"{result.index}.png", max_bytes=10 << 20, expect="image"
        )
        assert path.read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.png", "1.png"]


def test_text_to_video(client, tmp_path):
    task = client.submit(
        Request("text2video", prompt="waves", duration=10, resolution="1080p", audio="native")
    )
    # A Kling API key reaches the new standard; relays and access keys the legacy one.
    assert task.standard == (NEW if client.connection.mode == Connection.API_KEY else LEGACY)
    done = wait_finished(client, task)
    assert done.succeeded
    assert done.credits == 12.0  # Kling 3.0 with sound, 1080p: 1.2 units a second
    (video,) = done.results
    assert video.media == "video"
    assert video.duration == 10.0
    assert video.id
    path = client.download(video.url, tmp_path / "v.mp4", max_bytes=50 << 20, expect="video")
    assert path.read_bytes()[4:8] == b"ftyp"


def test_image_to_video(client):
    task = client.submit(Request("image2video", first_frame=png_bytes(640, 360), prompt="go"))
    assert task.kind == "image2video"
    assert wait_finished(client, task).succeeded


def test_list_and_find_by_external_id(client, sandbox):
    made = [client.submit(image(prompt=f"p{i}")) for i in range(3)]
    listed = client.list(IMAGES, page=1, page_size=2)
    assert [t.task_id for t in listed] == [made[2].task_id, made[1].task_id]  # newest first
    page2 = client.list(IMAGES, page=2, page_size=2)
    assert [t.task_id for t in page2] == [made[0].task_id]
    found = client.find_by_external_id(IMAGES, made[0].external_task_id)
    assert found is not None and found.task_id == made[0].task_id
    assert client.find_by_external_id(IMAGES, "kd-never-used") is None
    assert client.list(TEXT2VIDEO) == []


def test_a_lookup_asks_for_the_external_id_directly(sandbox):
    """The never-pay-twice lookup asks the server for the id itself, not its task lists."""
    with KlingClient(make_connection("relay", sandbox), retry=FAST, lookup_page_size=2) as c:
        first = c.submit(image(prompt="oldest"))
        for i in range(4):
            c.submit(image(prompt=f"newer {i}"))
        assert c.find_by_external_id(IMAGES, first.external_task_id).task_id == first.task_id
    assert sandbox.counters["list:image"] == 0
    assert sandbox.counters["query:image"] == 1


def test_a_lookup_pages_through_lists_when_the_server_cannot_answer_directly(sandbox):
    from kling_desktop.sandbox import Fault

    with KlingClient(make_connection("relay", sandbox), retry=FAST, lookup_page_size=2) as c:
        first = c.submit(image(prompt="oldest"))
        for i in range(4):
            c.submit(image(prompt=f"newer {i}"))
        sandbox.faults.script("query", Fault.kling_error(404, 1202, "method not supported"))
        assert c.find_by_external_id(IMAGES, first.external_task_id).task_id == first.task_id
    assert sandbox.counters["list:image"] == 3


def test_new_standard_tasks_are_read_in_one_batch(sandbox):
    with KlingClient(Connection.api_key(sandbox.url, API_KEY), retry=FAST) as c:
        tasks = [c.submit(Request("text2video", prompt=f"kite {i}")) for i in range(3)]
        assert {t.standard for t in tasks} == {NEW}
        time.sleep(0.4)
        before = sandbox.counters["query:tasks"]
        found = c.get_many([t.ref for t in tasks])
        assert sandbox.counters["query:tasks"] == before + 1
        assert {t.task_id for t in found.values()} == {t.task_id for t in tasks}
        assert all(t.status is TaskStatus.SUCCEEDED for t in found.values())
        found = c.find_by_external_id(tasks[1].ref, tasks[1].external_task_id)
        assert found.task_id == tasks[1].task_id
        assert c.find_by_external_id(tasks[1].ref, "kd-never-used") is None


def test_probe_finds_the_standards_a_connection_reaches(sandbox):
    with KlingClient(Connection.api_key(sandbox.url, API_KEY), retry=FAST) as c:
        assert c.probe() == {LEGACY, NEW}
    with KlingClient(make_connection("official", sandbox), retry=FAST) as c:
        assert c.probe() == {LEGACY}  # access keys are refused on the new standard
    with KlingClient(make_connection("relay", sandbox), retry=FAST) as c:
        assert c.probe() == {LEGACY, NEW}
        sandbox.relay_new_layout = False
        assert c.probe() == {LEGACY}


def test_a_model_only_the_new_standard_has_is_refused_locally_on_access_keys(sandbox):
    with KlingClient(make_connection("official", sandbox), retry=FAST) as c:
        with pytest.raises(ValidationError) as info:
            c.submit(Request("text2video", model="kling-3.0-turbo", prompt="a kite"))
        assert "needs a Kling API key" in str(info.value)
    assert sandbox.counters["submit"] == 0


def test_task_ids_are_escaped_in_paths(client, sandbox):
    # The sandbox's ids are standard base64, with '+' and '/'; find one with a slash.
    for _ in range(40):
        task = client.submit(image(prompt="slash"))
        if "/" in task.task_id or "+" in task.task_id:
            break
    assert "/" in task.task_id or "+" in task.task_id
    assert client.get(task).task_id == task.task_id


def test_unknown_task_is_not_found(client):
    with pytest.raises(NotFoundError) as info:
        client.get(TEXT2VIDEO.with_id("no-such-task"))
    assert info.value.code == 1203
    assert "could not find" in str(info.value)


def test_failed_task_reports_the_servers_reason(client, sandbox):
    from kling_desktop.sandbox import Fault

    sandbox.faults.script("submit", Fault.task_fails("Image pixel is invalid"))
    done = wait_finished(client, client.submit(image(prompt="x")))
    assert done.failed
    assert done.status_message == "Image pixel is invalid"
    assert done.results == ()


def test_invalid_request_never_reaches_the_network(client, sandbox):
    with pytest.raises(ValidationError) as info:
        client.submit(image(prompt="", n=12))
    assert [p.field for p in info.value.problems] == ["prompt", "n"]
    assert sandbox.counters["submit"] == 0


def test_the_sandbox_rejects_what_local_validation_would(client):
    """A body that slipped past local checks is refused the way Kling would (1201)."""
    url = client.connection.url(TEXT2VIDEO.product)
    with pytest.raises(Exception) as info:
        client._call("POST", url, json={"model_name": "kling-v3", "prompt": "a", "duration": 5})
    assert info.value.code == 1201
    assert "duration must be a string" in info.value.server_message


def test_the_caller_chooses_the_external_id(client):
    task = client.submit(image(prompt="x", external_task_id="my-own-id-1"))
    assert task.external_task_id == "my-own-id-1"


# --- official API: JWT ----------------------------------------------------------------------


def test_jwt_claims_are_what_kling_expects(sandbox):
    now = 1_800_000_000
    conn = Connection.official(sandbox.url, ACCESS_KEY, SECRET_KEY, clock=lambda: now)
    token = conn.authorization().removeprefix("Bearer ")
    header = jwt.get_unverified_header(token)
    assert header == {"alg": "HS256", "typ": "JWT"}
    claims = jwt.decode(
        token, SECRET_KEY, algorithms=["HS256"], options={"verify_exp": False, "verify_nbf": False}
    )
    assert claims == {"iss": ACCESS_KEY, "exp": now + 1800, "nbf": now - 5}


def test_jwt_is_cached_then_renewed_before_it_gets_old(sandbox):
    clock = [1_800_000_000.0]
    conn = Connection.official(sandbox.url, ACCESS_KEY, SECRET_KEY, clock=lambda: clock[0])
    first = conn.authorization()
    clock[0] += 24 * 60
    assert conn.authorization() == first
    clock[0] += 60  # 25 minutes old: never sent again
    assert conn.authorization() != first


def test_expired_jwt_is_resigned_once_and_retried(sandbox):
    # The first token is signed with a clock an hour slow (already expired); renewing
    # uses the right time, as after a laptop wakes from sleep.
    calls = []

    def clock():
        calls.append(1)
        return time.time() - (3600 if len(calls) == 1 else 0)

    conn = Connection.official(sandbox.url, ACCESS_KEY, SECRET_KEY, clock=clock)
    with KlingClient(conn, retry=FAST) as c:
        assert c.list(IMAGES) == []
    assert sandbox.counters["list"] == 2  # refused once (1004), accepted after re-signing


def test_a_jwt_that_stays_invalid_is_reported(sandbox):
    conn = Connection.official(sandbox.url, ACCESS_KEY, SECRET_KEY, clock=lambda: 1_000_000)
    with KlingClient(conn, retry=FAST) as c, pytest.raises(AuthenticationError) as info:
        c.list(IMAGES)
    assert info.value.code == 1004
    assert "clock" in str(info.value)
    assert sandbox.counters["list"] == 2  # one re-sign, no more


@pytest.mark.parametrize("mode", ["relay", "official", "api_key"])
def test_wrong_key_is_refused_in_words(sandbox, mode):
    conn = {
        "relay": lambda: Connection.relay(sandbox.url, "sk-wrong-key-not-real"),
        "api_key": lambda: Connection.api_key(sandbox.url, "wrong-api-key-not-real"),
        "official": lambda: Connection.official(
            sandbox.url, ACCESS_KEY, "sk-wrong-secret-not-real-000000000"
        ),
    }[mode]()
    with KlingClient(conn, retry=FAST) as c, pytest.raises(AuthenticationError) as info:
        c.submit(image(prompt="x"))
    assert info.value.code == 1002
    assert "did not accept your API key" in str(info.value)
    assert sandbox.counters.tasks_created == 0


def test_relay_and_official_layouts_do_not_mix(sandbox):
    """A relay key on official paths is refused: the layouts are really different."""
    response = httpx.get(
        sandbox.url + "/v1/images/generations",
        headers={"Authorization": "Bearer sk-test-relay-key-not-real"},
    )
    assert response.json()["code"] == 1002


def test_wrong_base_url_is_explained(sandbox):
    conn = Connection.relay(sandbox.url + "/not-kling", "sk-test-relay-key-not-real")
    with KlingClient(conn, retry=FAST) as c, pytest.raises(NotFoundError):
        c.list(IMAGES)


def test_unreachable_server_is_a_network_error():
    from kling_desktop.api import NetworkError

    conn = Connection.relay("http://127.0.0.1:9", "sk-test-relay-key-not-real")
    with KlingClient(conn, retry=FAST) as c, pytest.raises(NetworkError) as info:
        c.list(IMAGES)
    assert "could not be reached" in str(info.value)
    assert info.value.request_sent is False


def test_sandbox_with_demo_timings_is_not_instant(sandbox):
    from kling_desktop.sandbox import Sandbox

    with (
        Sandbox(timings=Timings.demo()) as slow,
        KlingClient(Connection.relay(slow.url, slow.relay_key), retry=FAST) as c,
    ):
        task = c.submit(image(prompt="x"))
        assert c.get(task).status is TaskStatus.SUBMITTED


def test_unexpected_success_shape_is_an_error_not_a_crash(client, sandbox):
    from kling_desktop.sandbox import Fault

    sandbox.faults.script("query", Fault.no_code(200))
    task = client.submit(image(prompt="x"))
    with pytest.raises(UnexpectedResponseError) as info:
        client.get(task)
    assert "HTTP 200" in str(info.value)
    assert "may not be a Kling API or relay" in str(info.value)


# The contract as Kling's pages give it -------------------------------------------------------


@pytest.mark.parametrize(("mode", "sends_model"), [("relay", True), ("official", False)])
def test_the_model_field_goes_to_relays_only(sandbox, mode, sends_model):
    """Kling documents `model_name` on its legacy routes; the relay documentation this app
    started from reads `model`. A relay gets both, Kling itself only its own field (and
    the sandbox, as strictly as Kling may, refuses `model` on Kling's own layout)."""
    with KlingClient(make_connection(mode, sandbox), retry=FAST) as client:
        client.submit(Request("image", prompt="a lighthouse", model="kling-v3"))
    (task,) = sandbox.tasks()
    assert task.body["model_name"] == "kling-v3"
    assert ("model" in task.body) is sends_model


def test_kling_itself_refuses_a_model_field(sandbox):
    body = {"prompt": "a", "model_name": "kling-v3", "model": "kling-v3"}
    answer = httpx.post(
        f"{sandbox.url}/v1/images/generations",
        json=body,
        headers={"Authorization": f"Bearer {sandbox.api_key}"},
    )
    assert answer.status_code == 400 and "model_name" in answer.json()["message"]


def test_tasks_are_asked_for_twenty_at_a_time(sandbox):
    with KlingClient(make_connection("api_key", sandbox), retry=FAST) as client:
        tasks = [
            client.submit(Request("text2video", prompt=f"kite {n}", duration=5)) for n in range(25)
        ]
        found = client.get_many(t.ref for t in tasks)
    assert len(found) == 25
    assert sandbox.counters.batch_sizes == [20, 5]
    refused = httpx.get(
        f"{sandbox.url}/tasks",
        params={"task_ids": ",".join(t.task_id for t in tasks[:21])},
        headers={"Authorization": f"Bearer {sandbox.api_key}"},
    )
    assert refused.status_code == 400 and refused.json()["code"] == 1201


def test_a_batch_refused_for_one_unknown_id_is_asked_one_by_one(sandbox):
    sandbox.refuses_unknown_task_ids = True
    with KlingClient(make_connection("api_key", sandbox), retry=FAST) as client:
        task = client.submit(Request("text2video", prompt="a kite", duration=5))
        gone = TaskRef(task.kind, task.standard, task.product, "no-such-task")
        found = client.get_many([task.ref, gone])
    assert list(found) == [task.task_id]
    assert sandbox.counters.batch_sizes == [2, 1, 1]

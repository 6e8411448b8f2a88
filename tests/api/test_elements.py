"""Elements on the account, against the sandbox over HTTP: made from photos (a task, like
a generation), listed with their status, read one by one and deleted; what Kling says is
wrong is said; the cache keeps the user's names and works offline."""

from __future__ import annotations

import base64
import time

import httpx
import pytest

from kling_desktop.api import Connection, KlingClient, elements
from kling_desktop.api.errors import KlingError
from kling_desktop.sandbox.media import render_image
from kling_desktop.store import Database
from kling_desktop.store.elements import ElementShelf
from tests.conftest import API_KEY, FAST

PHOTO = base64.b64encode(render_image("a woman in a red coat", "1:1", 0, 1)).decode()


@pytest.fixture
def client(sandbox):
    with KlingClient(Connection.api_key(sandbox.url, API_KEY), retry=FAST) as c:
        yield c


def test_an_element_is_made_listed_and_deleted(client):
    made = elements.create(
        client, name="Mia", description="a woman in a red coat", photos=[PHOTO, PHOTO],
        external_task_id="kd-element-1",
    )  # fmt: skip
    assert made.status == elements.CREATING and made.task_id
    deadline = time.monotonic() + 10
    while (ready := elements.get(client, made.task_id)).status == elements.CREATING:
        assert time.monotonic() < deadline, "the element was never made"
        time.sleep(0.05)
    assert ready.status == elements.READY and ready.element_id
    assert (ready.name, ready.description) == ("Mia", "a woman in a red coat")
    assert ready.picture_url and ready.external_task_id == "kd-element-1"
    (listed,) = elements.list_all(client)
    assert listed == ready
    assert httpx.get(ready.picture_url).content.startswith(b"\x89PNG")  # loopback
    elements.delete(client, ready.element_id)
    assert elements.get(client, made.task_id).status == elements.DELETED
    with pytest.raises(KlingError):
        elements.delete(client, "404404")


def test_what_kling_refuses_is_said(client):
    with pytest.raises(KlingError) as refused:
        elements.create(client, name="x" * 21, description="too long a name",
                        photos=[PHOTO], external_task_id="kd-element-2")  # fmt: skip
    assert "element_name" in str(refused.value.server_message)
    with pytest.raises(KlingError):
        elements.create(client, name="Five", description="five photos",
                        photos=[PHOTO] * 5, external_task_id="kd-element-3")  # fmt: skip


def test_a_failed_or_unfinished_task_reads_as_such():
    (making,) = elements.parse({"task_id": "t1", "task_status": "processing"})
    assert making.status == elements.CREATING
    (failed,) = elements.parse(
        {"task_id": "t2", "task_status": "failed", "task_status_msg": "no face found"}
    )
    assert (failed.status, failed.message) == (elements.FAILED, "no face found")
    assert elements.parse("nonsense") == []


def test_the_cache_keeps_the_users_names_and_forgets_what_kling_no_longer_lists(tmp_path):
    db = Database(tmp_path / "h.sqlite")
    shelf = ElementShelf(db)
    mia = elements.Element("t1", elements.READY, "101", "Mia", "red coat", "https://p/1.png")
    bo = elements.Element("t2", elements.CREATING)
    shelf.merge("Kling", [mia, bo], complete=True)
    assert sorted(e.name for e in shelf.all("Kling")) == ["Mia", "t2"]  # t2: being made
    assert [e.element_id for e in shelf.ready("Kling")] == ["101"]
    shelf.rename("Kling", "t1", "Aunt Mia")
    shelf.set_thumbnail("Kling", "t1", b"\x89PNG thumb")
    shelf.merge("Kling", [mia], complete=True)  # Kling's name does not undo the user's
    (kept,) = shelf.all("Kling")
    assert (kept.name, kept.kling_name, kept.thumbnail) == ("Aunt Mia", "Mia", b"\x89PNG thumb")
    assert shelf.all("Another connection") == []
    shelf.merge("Kling", [], complete=True)
    assert shelf.all("Kling") == []
    db.close()

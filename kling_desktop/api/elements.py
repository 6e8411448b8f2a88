"""Elements: characters (or objects) saved on the Kling account from 1 to 4 photos, which
later videos can bring back by name. `POST /v1/general/advanced-custom-elements` starts
making one (a task, like a generation); the same path lists them (newest first, with the
task's status) and `/{task_id}` reads one; `POST /v1/general/delete-advanced-elements`
deletes one. Kling has no way to rename an element: the app keeps its own name for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import UnexpectedResponseError
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api.client import KlingClient

PATH = "v1/general/advanced-custom-elements"
DELETE_PATH = "v1/general/delete-advanced-elements"
PRESETS_PATH = "v1/general/advanced-presets-elements"
PRESET = "kling:"  # the mark of Kling's own elements in the cache
MAX_NAME = 20  # characters, Kling's limits
MAX_DESCRIPTION = 100
MAX_PHOTOS = 4  # a front view and up to 3 more

# What an element is, as the app says it.
CREATING, READY, FAILED, DELETED = "creating", "ready", "failed", "deleted"


@dataclass(frozen=True)
class Element:
    task_id: str
    status: str  # creating, ready, failed or deleted
    element_id: str = ""  # known once Kling has made it
    name: str = ""
    description: str = ""
    picture_url: str | None = None  # the front photo as Kling keeps it
    message: str = ""  # why it failed
    external_task_id: str | None = None


def create(
    client: KlingClient,
    *,
    name: str,
    description: str,
    photos: list[str] | None = None,
    video_url: str | None = None,
    voice_id: str | None = None,
    external_task_id: str,
) -> Element:
    """Start making an element from `photos` (Base64 or addresses; the first is the front
    view) or from a video of a person (`video_url`: 3 to 8 seconds, 1080p, 16:9 or 9:16),
    with a voice of the account bound to it if given. Returns it as "creating", with
    Kling's task id."""
    body: dict[str, Any] = {
        "element_name": name,
        "element_description": description,
        "external_task_id": external_task_id,
    }
    if video_url:
        body["reference_type"] = "video_refer"
        body["element_video_list"] = {"refer_videos": [{"video_url": video_url}]}
    else:
        photos = photos or []
        body["reference_type"] = "image_refer"
        body["element_image_list"] = {
            "frontal_image": photos[0],
            "refer_images": [{"image_url": photo} for photo in photos[1:]],
        }
    if voice_id:
        body["element_voice_id"] = voice_id
    payload = client.call("POST", PATH, body=body)
    data = payload.get("data")
    task_id = data.get("task_id") if isinstance(data, Mapping) else None
    if not isinstance(task_id, str) or not task_id:
        raise _not_understood()
    return Element(
        task_id=task_id,
        status=CREATING,
        name=name,
        description=description,
        external_task_id=external_task_id,
    )


def get(client: KlingClient, task_id: str) -> Element:
    payload = client.call("GET", f"{PATH}/{task_id}")
    found = parse(payload.get("data"))
    if not found:
        raise _not_understood()
    return found[0]


def list_all(client: KlingClient, *, page_size: int = 100, most: int = 1000) -> list[Element]:
    """Every element of the account (newest first), page by page."""
    listed = client.listed(PATH, _not_understood, page_size=page_size, most=most)
    return [element for item in listed for element in parse(item)]


def presets(client: KlingClient, *, page_size: int = 500, most: int = 1000) -> list[Element]:
    """Kling's own elements, ready for any account; their task ids are marked with
    `PRESET` so that they are never taken for the user's own."""
    listed = client.listed(PRESETS_PATH, _not_understood, page_size=page_size, most=most)
    return [replace(e, task_id=PRESET + e.task_id) for item in listed for e in parse(item)]


def is_preset(task_id: str) -> bool:
    return task_id.startswith(PRESET)


def delete(client: KlingClient, element_id: str) -> None:
    client.call("POST", DELETE_PATH, body={"element_id": element_id})


def parse(data: Any) -> list[Element]:
    """The elements of one task as Kling describes it (one, usually)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("task_id"), str):
        return []
    task_id = data["task_id"]
    info = data.get("task_info") if isinstance(data.get("task_info"), Mapping) else {}
    external = info.get("external_task_id") or None
    status = str(data.get("task_status") or "")
    if status in ("submitted", "processing", ""):
        return [Element(task_id, CREATING, external_task_id=external)]
    if status != "succeed":
        message = str(data.get("task_status_msg") or "")
        return [Element(task_id, FAILED, message=message, external_task_id=external)]
    result = data.get("task_result") if isinstance(data.get("task_result"), Mapping) else {}
    out = []
    for item in result.get("elements") or []:
        if not isinstance(item, Mapping):
            continue
        pictures = item.get("element_image_list")
        front = pictures.get("frontal_image") if isinstance(pictures, Mapping) else None
        if not front and isinstance(item.get("frontal_image"), str):
            front = item["frontal_image"]
        out.append(
            Element(
                task_id=task_id,
                status=DELETED if item.get("status") == "deleted" else READY,
                element_id=str(item.get("element_id") or ""),
                name=str(item.get("element_name") or ""),
                description=str(item.get("element_description") or ""),
                picture_url=front if isinstance(front, str) and front else None,
                external_task_id=external,
            )
        )
    return out


def _not_understood() -> UnexpectedResponseError:
    return UnexpectedResponseError(
        tr("The server's answer about elements could not be understood."), http_status=200
    )

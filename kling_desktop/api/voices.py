"""Voices of the account, as Kling's video models take them (Kling 2.6's voice input, an
element's voice): Kling's own preset voices (`GET /v1/general/presets-voices`) and the
user's custom voices, made from a 5 to 30 second clip of one clean voice, given by its web
address or as one of the user's Kling videos (`POST /v1/general/custom-voices`: a task,
0.05 units; the same path lists them, `/{task_id}` reads one), deleted with
`POST /v1/general/delete-voices`.

These are not the speech voices (`oversea_male1`...): those are the catalogue's list, and
Kling refuses a preset voice's id there ("Voice id not found").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from kling_desktop.api.errors import UnexpectedResponseError
from kling_desktop.api.retry import INTERACTIVE
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api.client import KlingClient

PATH = "v1/general/custom-voices"
PRESETS_PATH = "v1/general/presets-voices"
DELETE_PATH = "v1/general/delete-voices"
MAX_NAME = 20  # characters
SAMPLE_SECONDS = (5.0, 30.0)  # a custom voice's clip, Kling's limits
SAMPLE_TYPES = (".mp3", ".wav", ".mp4", ".mov")

# What a voice is, as the app says it.
CREATING, READY, FAILED = "creating", "ready", "failed"


@dataclass(frozen=True)
class Voice:
    voice_id: str  # known once Kling has made it
    name: str
    status: str = READY
    preset: bool = False  # one of Kling's own
    sample_url: str | None = None  # a clip of it, where Kling gives one
    task_id: str = ""
    message: str = ""  # why making it failed

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Voice:
        fields = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in fields})


def create(
    client: KlingClient,
    *,
    name: str,
    external_task_id: str,
    sample_url: str | None = None,
    video_id: str | None = None,
) -> Voice:
    """Start making a custom voice from a clip's address or one of the user's videos; the
    voice as "creating", with Kling's task id."""
    body: dict[str, Any] = {"voice_name": name, "external_task_id": external_task_id}
    if video_id:
        body["video_id"] = video_id
    else:
        body["voice_url"] = sample_url
    payload = client.call("POST", PATH, body=body, retry=INTERACTIVE)
    data = payload.get("data")
    task_id = data.get("task_id") if isinstance(data, Mapping) else None
    if not isinstance(task_id, str) or not task_id:
        raise _not_understood()
    return Voice("", name, CREATING, task_id=task_id)


def get(client: KlingClient, task_id: str) -> Voice:
    found = parse(client.call("GET", f"{PATH}/{task_id}", retry=INTERACTIVE).get("data"))
    if not found:
        raise _not_understood()
    return found[0]


def custom(client: KlingClient, *, page_size: int = 100, most: int = 1000) -> list[Voice]:
    """The account's custom voices (newest first), page by page."""
    return _pages(client, PATH, page_size, most)


def presets(client: KlingClient, *, page_size: int = 1000, most: int = 1000) -> list[Voice]:
    """Kling's own voices."""
    return [
        Voice(v.voice_id, v.name, v.status, True, v.sample_url, v.task_id, v.message)
        for v in _pages(client, PRESETS_PATH, page_size, most)
    ]


def delete(client: KlingClient, voice_id: str) -> None:
    client.call("POST", DELETE_PATH, body={"voice_id": voice_id}, retry=INTERACTIVE)


def _pages(client: KlingClient, path: str, page_size: int, most: int) -> list[Voice]:
    listed = client.listed(path, _not_understood, page_size=page_size, most=most, retry=INTERACTIVE)
    return [voice for item in listed for voice in parse(item)]


def parse(data: Any) -> list[Voice]:
    """The voices of one task as Kling describes it (one, usually)."""
    if not isinstance(data, Mapping):
        return []
    task_id = str(data.get("task_id") or "")
    status = str(data.get("task_status") or "")
    name = ""
    if status in ("submitted", "processing"):
        return [Voice("", name, CREATING, task_id=task_id)]
    if status not in ("succeed", ""):
        message = str(data.get("task_status_msg") or "")
        return [Voice("", name, FAILED, task_id=task_id, message=message)]
    result = data.get("task_result") if isinstance(data.get("task_result"), Mapping) else {}
    out = []
    for item in result.get("voices") or []:
        if not isinstance(item, Mapping) or not item.get("voice_id"):
            continue
        sample = item.get("trial_url")
        out.append(
            Voice(
                voice_id=str(item["voice_id"]),
                name=str(item.get("voice_name") or ""),
                preset=item.get("owned_by") == "kling",
                sample_url=sample if isinstance(sample, str) and sample else None,
                task_id=task_id,
            )
        )
    return out


def _not_understood() -> UnexpectedResponseError:
    return UnexpectedResponseError(
        tr("The server's answer about voices could not be understood."), http_status=200
    )

"""Kling's JSON, as the sandbox writes it: the answer envelope, a task on each API standard
(created, processing, succeeded with images, videos or sounds, failed), its results, and
the account's answers. The shapes follow Kling's documented examples; `tests/golden/`
holds those examples, which the app's parser reads and this module is checked against.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from kling_desktop.sandbox.rules import NEW
from kling_desktop.sandbox.tasks import SandboxTask, element_id, seconds, video_id, voice_id

#: The address of a task's result `index`.
Url = Callable[[int], str]


def ok(data: Any) -> dict:
    """Kling's envelope of a successful answer."""
    return {"code": 0, "message": "SUCCEED", "request_id": str(uuid.uuid4()), "data": data}


def error(code: int, message: str) -> dict:
    """Kling's envelope of a refusal (HTTP 4xx/5xx), with no `data`."""
    return {"code": code, "message": message, "request_id": str(uuid.uuid4())}


def task(task: SandboxTask, now: float, url: Url, *, brief: bool = False) -> dict:
    """A task as a query (or, `brief`, a create answer) says it, on its standard."""
    status = "submitted" if brief else task.status(now)
    if task.standard == NEW:
        data: dict[str, Any] = {"id": task.task_id, "status": status}
        if not brief:  # a create answer has no message
            data["message"] = task.fail_message or "" if status == "failed" else ""
        data["create_time"] = task.created_ms
        data["update_time"] = task.changed_ms(now)
        data["external_id"] = task.external_task_id
        if status == "succeeded":
            data["outputs"] = outputs(task, url)
            data["billing"] = [
                {
                    "charge_type": "unit",
                    "amount": f"{task.units:g}",
                    "package_type": task.pack,
                }
            ]
        return data
    data = {
        "task_id": task.task_id,
        "task_status": "succeed" if status == "succeeded" else status,
        "task_info": {"external_task_id": task.external_task_id},
        "created_at": task.created_ms,
        "updated_at": task.changed_ms(now),
    }
    if status == "failed":
        data["task_status_msg"] = task.fail_message
    elif status == "succeeded":
        data["task_status_msg"] = ""
        data["final_unit_deduction"] = f"{task.units:g}"
        data["task_result"] = results(task, url)
    return data


def results(task: SandboxTask, url: Url) -> dict:
    """Legacy `task_result`."""
    if task.media == "element":
        return {
            "elements": [
                {
                    "element_id": element_id(task),
                    "element_name": task.body.get("element_name"),
                    "element_description": task.body.get("element_description"),
                    "reference_type": task.body.get("reference_type", "image_refer"),
                    "element_image_list": {"frontal_image": url(0)},
                    "tag_list": [],
                    "owned_by": "0",
                    "status": "deleted" if task.deleted else "succeed",
                }
            ]
        }
    if task.media == "voice":
        voice = {
            "voice_id": voice_id(task),
            "voice_name": task.body.get("voice_name"),
            "trial_url": url(0),
            "owned_by": "10001",  # the creator: the account
        }
        return {"voices": [] if task.deleted else [voice]}
    if task.media == "image":
        key = "series_images" if task.body.get("result_type") == "series" else "images"
        return {
            key: [
                {
                    "index": i,
                    "url": url(i),
                    "watermark_url": url(i),
                }
                for i in range(task.count())
            ]
        }
    out: dict[str, list] = {}
    if task.media_at(0) == "video":
        video = {"id": video_id(task), "url": url(0), "duration": f"{seconds(task):.1f}"}
        if task.media == "video":  # a video given sound comes without a watermarked copy
            video["watermark_url"] = url(0)
        out["videos"] = [video]
    sounds = [i for i in range(task.count()) if task.media_at(i) == "audio"]
    if task.media == "speech":  # one sound, as `url` and `duration`
        out["audios"] = [
            {"id": f"audio-{video_id(task)[6:]}", "url": url(0), "duration": f"{seconds(task):g}"}
        ]
    elif sounds:
        out["audios"] = [
            {
                "id": f"audio-{video_id(task)[6:]}-{i}",
                "url_mp3": url(i),
                "url_wav": url(i),  # the sandbox makes MP3 only
                "duration_mp3": f"{seconds(task):.1f}",
                "duration_wav": f"{seconds(task):.1f}",
            }
            for i in sounds
        ]
    return out


def preset_element(element: str, name: str, base_url: str) -> dict:
    """One of Kling's own elements as its list says it: a task with one element."""
    return {
        "task_id": f"preset-{element}",
        "task_status": "succeed",
        "task_status_msg": "",
        "task_info": {"external_task_id": ""},
        "task_result": {
            "elements": [
                {
                    "element_id": int(element),
                    "element_name": name,
                    "element_description": f"Kling's {name.lower()}",
                    "reference_type": "image_refer",
                    "element_image_list": {"frontal_image": f"{base_url}/media/face/0.png"},
                    "tag_list": [{"tag_id": "o_102"}],
                    "owned_by": "kling",
                    "status": "succeed",
                }
            ]
        },
        "created_at": 1764547200000,
        "updated_at": 1764547200000,
    }


def preset_voice(voice: str, name: str, base_url: str) -> dict:
    """One of Kling's own voices as its list says it: a task with one voice."""
    return {
        "task_id": f"preset-{voice}",
        "task_status": "succeed",
        "task_status_msg": "",
        "created_at": 1764547200000,
        "updated_at": 1764547200000,
        "task_result": {
            "voices": [
                {
                    "voice_id": voice,
                    "voice_name": name,
                    "trial_url": f"{base_url}/media/preset-voice/0.mp3?voice={voice}",
                    "owned_by": "kling",
                }
            ]
        },
    }


def outputs(task: SandboxTask, url: Url) -> list[dict]:
    """New standard `outputs[]`."""
    if task.media == "image":
        return [
            {
                "type": "image",
                "url": url(i),
                "watermark_url": url(i),
            }
            for i in range(task.count())
        ]
    return [
        {
            "type": "video",
            "id": video_id(task),
            "url": url(0),
            "watermark_url": url(0),
            "duration": f"{seconds(task):.1f}",
        }
    ]


#: Kling's words for what a task did, as its ledgers name it.
FUNCTIONS = {
    "image": "Text to Image",
    "omni_image": "Omni Image",
    "expand": "Image Expansion",
    "text2video": "Text to Video",
    "image2video": "Image to Video",
    "omni_video": "Omni Video",
    "add_sound": "Video to Audio",
    "sound_effect": "Text to Audio",
}


def unit_charge(task: SandboxTask) -> dict:
    """One row of `POST /account/billing/package`: units a task took from a pack."""
    return {
        "package_id": f"sandbox-{task.pack}-pack",
        "product_type": task.pack,
        "task_id": task.task_id,
        "api_key_name": "sandbox",
        "product_function": FUNCTIONS.get(task.kind, task.kind),
        "model_name": _model(task),
        "deduction_time": str(task.created_ms),
        "unit_before_deduction": 0.0,
        "deduction_amount": task.units,
        "unit_after_deduction": 0.0,
    }


def money_charge(task: SandboxTask, before: float, amount: float) -> dict:
    """One row of `POST /account/billing/balance`: money a task took from the balance."""
    return {
        "task_id": task.task_id,
        "api_key_name": "sandbox",
        "product_function": FUNCTIONS.get(task.kind, task.kind),
        "model_name": _model(task),
        "deduction_time": str(task.created_ms),
        "cash_type": "balance",
        "balance_before_deduction": before,
        "deduction_amount": amount,
        "balance_after_deduction": round(before - amount, 4),
        "list_price": amount,
        "currency": "USD",
    }


def _model(task: SandboxTask) -> str:
    return task.model


def costs(packs: list[dict]) -> dict:
    """`GET /account/costs`: its data is an envelope of its own."""
    return ok({"code": 0, "msg": "", "resource_pack_subscribe_infos": packs})

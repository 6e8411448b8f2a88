"""Generation requests: what the user asked for, checked against Kling's rules.

Each request type has `validate()`, which returns *every* problem at once as
(field, message) pairs so a form can show them all beside their fields, and `to_body()`,
which produces the JSON body exactly as Kling expects it (`model_name` always sent,
`duration` as a string, Base64 without a `data:` prefix, absent optional fields omitted).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple

from kling_desktop.api import capabilities as caps
from kling_desktop.api.images import ImageSource, ResolvedImage, resolve
from kling_desktop.api.task import TaskKind
from kling_desktop.text import Message, tr


class Problem(NamedTuple):
    """One thing wrong with a request: the body field it concerns, and why, in words."""

    field: str
    message: Message


def new_external_task_id() -> str:
    """A fresh caller-chosen task id (unique per account, chosen before the POST)."""
    return f"kd-{uuid.uuid4().hex}"


@dataclass(frozen=True)
class CameraControl:
    """Camera movement: a preset, or `simple` with exactly one non-zero axis."""

    type: str = "simple"
    horizontal: float = 0.0
    vertical: float = 0.0
    pan: float = 0.0
    tilt: float = 0.0
    roll: float = 0.0
    zoom: float = 0.0

    @classmethod
    def preset(cls, name: str) -> CameraControl:
        return cls(type=name)

    @classmethod
    def simple(cls, **axis: float) -> CameraControl:
        return cls(type="simple", **axis)

    def axes(self) -> dict[str, float]:
        return {a: getattr(self, a) for a in caps.CAMERA_AXES}

    def problems(self) -> list[Problem]:
        f = "camera_control"
        if self.type in caps.CAMERA_PRESETS:
            if any(self.axes().values()):
                return [Problem(f, tr("A camera preset takes no axis values."))]
            return []
        if self.type != "simple":
            return [
                Problem(
                    f,
                    tr(
                        "Unknown camera movement “{type}”. Choose “simple” or one of: {choices}.",
                        type=self.type,
                        choices=", ".join(caps.CAMERA_PRESETS),
                    ),
                )
            ]
        out = []
        low, high = caps.CAMERA_RANGE
        for axis, value in self.axes().items():
            if not low <= value <= high:
                out.append(
                    Problem(
                        f"camera_control.config.{axis}",
                        tr(
                            "Camera {axis} is {value}; it must be between -10 and 10.",
                            axis=axis,
                            value=value,
                        ),
                    )
                )
        moving = [a for a, v in self.axes().items() if v]
        if len(moving) != 1:
            out.append(
                Problem(
                    f,
                    tr(
                        "Choose exactly one camera movement (horizontal, vertical, pan, tilt, "
                        "roll or zoom); {count} are set.",
                        count=len(moving),
                    ),
                )
            )
        return out

    def to_body(self) -> dict[str, Any]:
        if self.type != "simple":
            return {"type": self.type}
        return {"type": "simple", "config": self.axes()}


@dataclass(frozen=True)
class DynamicMask:
    """A motion-brush area and the path it moves along (origin: bottom-left corner)."""

    mask: ImageSource
    trajectories: Sequence[tuple[int, int]]


@dataclass(frozen=True)
class _Request:
    kind: ClassVar[TaskKind]

    def validate(self) -> list[Problem]:
        """Every problem with this request, in form order; empty when it can be sent."""
        return self._check()[0]

    def to_body(self) -> dict[str, Any]:
        """The JSON body Kling expects. Call `validate()` first: invalid fields are dropped."""
        return {k: v for k, v in self._check()[1].items() if v is not None}

    def with_external_task_id(self, external_task_id: str | None = None) -> _Request:
        return dataclasses.replace(
            self, external_task_id=external_task_id or new_external_task_id()
        )

    def _check(self) -> tuple[list[Problem], dict[str, Any]]:
        raise NotImplementedError

    # Shared pieces ---------------------------------------------------------------------

    def _common_body(self, model: str) -> dict[str, Any]:
        body: dict[str, Any] = {"model_name": model, "model": model}
        body["external_task_id"] = self.external_task_id
        body["callback_url"] = self.callback_url
        if self.watermark is not None:
            body["watermark_info"] = {"enabled": bool(self.watermark)}
        return body

    def _check_texts(self, out: list[Problem], *, prompt_required: bool) -> None:
        prompt = self.prompt or ""
        if prompt_required and not prompt.strip():
            out.append(Problem("prompt", tr("Write a prompt: describe what you want to see.")))
        if len(prompt) > caps.PROMPT_MAX:
            out.append(
                Problem(
                    "prompt",
                    tr(
                        "The prompt is {n} characters long; the limit is {limit}.",
                        n=len(prompt),
                        limit=caps.PROMPT_MAX,
                    ),
                )
            )
        negative = self.negative_prompt or ""
        if len(negative) > caps.NEGATIVE_PROMPT_MAX:
            out.append(
                Problem(
                    "negative_prompt",
                    tr(
                        "The negative prompt is {n} characters long; the limit is {limit}.",
                        n=len(negative),
                        limit=caps.NEGATIVE_PROMPT_MAX,
                    ),
                )
            )
        if self.callback_url and not self.callback_url.startswith(("http://", "https://")):
            out.append(
                Problem("callback_url", tr("The callback address must start with https://."))
            )

    def _check_image(
        self, out: list[Problem], field_name: str, source: ImageSource | None, label: str
    ) -> ResolvedImage | None:
        if source is None:
            return None
        resolved = resolve(source, label)
        if resolved.problem:
            out.append(Problem(field_name, resolved.problem))
        return resolved


def _unknown_model(model: str, choices: Sequence[str]) -> Problem:
    return Problem(
        "model_name",
        tr(
            "Unknown model “{model}”. Choose one of: {choices}.",
            model=model,
            choices=", ".join(choices),
        ),
    )


def _range(out: list[Problem], name: str, value: float | None, label: str) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        out.append(
            Problem(
                name,
                tr("{label} is {value}; it must be between 0 and 1.", label=label, value=value),
            )
        )


@dataclass(frozen=True)
class ImageRequest(_Request):
    """Text to image, optionally guided by a reference image."""

    kind: ClassVar[TaskKind] = TaskKind.IMAGE

    prompt: str
    model: str = "kling-v1"
    negative_prompt: str | None = None
    image: ImageSource | None = None
    image_reference: str | None = None  # "subject" or "face"; kling-v1-5 only
    image_fidelity: float | None = None  # reference strength, 0..1
    human_fidelity: float | None = None  # 0..1, with image_reference="subject"
    resolution: str | None = None  # "1k" or "2k"
    n: int = 1
    aspect_ratio: str = "16:9"
    external_task_id: str | None = None
    callback_url: str | None = None
    watermark: bool | None = None

    def _check(self) -> tuple[list[Problem], dict[str, Any]]:
        out: list[Problem] = []
        self._check_texts(out, prompt_required=True)
        model = caps.IMAGE_MODELS.get(self.model)
        if model is None:
            out.append(_unknown_model(self.model, list(caps.IMAGE_MODELS)))
        image = self._check_image(out, "image", self.image, tr("The reference image"))
        has_image = self.image is not None
        if (
            not isinstance(self.n, int)
            or isinstance(self.n, bool)
            or not (1 <= self.n <= caps.MAX_IMAGES)
        ):
            out.append(Problem("n", tr("The number of images must be a whole number from 1 to 9.")))
        if self.aspect_ratio not in caps.IMAGE_ASPECT_RATIOS:
            out.append(
                Problem(
                    "aspect_ratio",
                    tr(
                        "Unknown aspect ratio “{ratio}”. Choose one of: {choices}.",
                        ratio=self.aspect_ratio,
                        choices=", ".join(caps.IMAGE_ASPECT_RATIOS),
                    ),
                )
            )
        elif model and self.aspect_ratio not in model.aspect_ratios:
            out.append(
                Problem(
                    "aspect_ratio",
                    tr(
                        "{model} cannot make {ratio} images.",
                        model=self.model,
                        ratio=self.aspect_ratio,
                    ),
                )
            )
        if self.resolution is not None:
            if self.resolution not in ("1k", "2k"):
                out.append(Problem("resolution", tr("The resolution must be 1k or 2k.")))
            elif model and (
                self.resolution not in model.resolutions or (self.resolution != "1k" and has_image)
            ):
                out.append(
                    Problem(
                        "resolution",
                        tr("2k images are made only by kling-v2, from text alone."),
                    )
                )
        if self.negative_prompt:
            if has_image:
                out.append(
                    Problem(
                        "negative_prompt",
                        tr("A negative prompt cannot be used together with a reference image."),
                    )
                )
            elif model and not model.negative_prompt:
                out.append(
                    Problem(
                        "negative_prompt",
                        tr("{model} does not take a negative prompt.", model=self.model),
                    )
                )
        _range(out, "image_fidelity", self.image_fidelity, tr("The reference strength"))
        _range(out, "human_fidelity", self.human_fidelity, tr("The face/subject fidelity"))
        if model:
            self._check_model_rules(out, model, has_image)
        body = self._common_body(self.model)
        body.update(
            prompt=self.prompt,
            negative_prompt=self.negative_prompt or None,
            image=image.value if image else None,
            image_reference=self.image_reference,
            image_fidelity=self.image_fidelity,
            human_fidelity=self.human_fidelity,
            resolution=self.resolution,
            n=self.n,
            aspect_ratio=self.aspect_ratio,
        )
        return out, body

    def _check_model_rules(self, out: list[Problem], model: caps.ImageModel, has_image: bool):
        if has_image and not model.reference_image:
            out.append(Problem("image", tr("{model} takes no reference image.", model=self.model)))
        if model.requires_image and not has_image:
            out.append(
                Problem(
                    "image",
                    tr("{model} restyles an image: add a reference image.", model=self.model),
                )
            )
        if self.image_fidelity is not None:
            if not has_image:
                out.append(
                    Problem(
                        "image_fidelity",
                        tr("The reference strength needs a reference image."),
                    )
                )
            elif not model.image_fidelity:
                out.append(
                    Problem(
                        "image_fidelity",
                        tr("{model} does not take a reference strength.", model=self.model),
                    )
                )
        if self.image_reference is not None:
            if self.image_reference not in caps.IMAGE_REFERENCES:
                out.append(
                    Problem(
                        "image_reference",
                        tr("The reference type must be “subject” or “face”."),
                    )
                )
            elif not model.image_reference:
                out.append(
                    Problem(
                        "image_reference",
                        tr(
                            "Only kling-v1-5 takes a reference type (subject or face); "
                            "{model} does not.",
                            model=self.model,
                        ),
                    )
                )
            elif not has_image:
                out.append(
                    Problem("image_reference", tr("The reference type needs a reference image."))
                )
        elif model.image_reference and has_image:
            out.append(
                Problem(
                    "image_reference",
                    tr(
                        "With a reference image, {model} needs a reference type: subject or face.",
                        model=self.model,
                    ),
                )
            )
        if self.human_fidelity is not None and self.image_reference != "subject":
            out.append(
                Problem(
                    "human_fidelity",
                    tr("The face/subject fidelity applies only to the “subject” reference type."),
                )
            )


@dataclass(frozen=True)
class _VideoRequest(_Request):
    def _check_video(
        self, out: list[Problem], models: Sequence[str], camera_attr: str
    ) -> caps.VideoModel | None:
        model = caps.VIDEO_MODELS.get(self.model)
        if model is None or self.model not in models:
            out.append(_unknown_model(self.model, models))
            model = None
        duration = str(self.duration)
        if self.mode not in caps.MODES:
            out.append(Problem("mode", tr("The mode must be “std” (standard) or “pro”.")))
        elif model and self.mode not in model.modes:
            out.append(
                Problem(
                    "mode",
                    tr("{model} has no {mode} mode.", model=self.model, mode=self.mode),
                )
            )
        if duration not in caps.DURATIONS:
            out.append(Problem("duration", tr("The duration must be 5 or 10 seconds.")))
        if self.cfg_scale is not None:
            _range(out, "cfg_scale", self.cfg_scale, tr("The creativity"))
            if model and not model.cfg_scale:
                out.append(
                    Problem(
                        "cfg_scale",
                        tr("{model} does not take a creativity value.", model=self.model),
                    )
                )
        if self.sound is not None and model and not model.sound and self.sound:
            out.append(Problem("sound", tr("{model} cannot add sound.", model=self.model)))
        if self.camera_control is not None:
            out.extend(self.camera_control.problems())
            if model and not model.allows(getattr(model, camera_attr), self.mode, duration):
                out.append(Problem("camera_control", self._camera_rule(model, camera_attr)))
        return model

    def _camera_rule(self, model: caps.VideoModel, camera_attr: str) -> Message:
        allowed = getattr(model, camera_attr)
        if not allowed:
            return tr("{model} cannot move the camera here.", model=self.model)
        return tr(
            "{model} moves the camera only in {combos}.",
            model=self.model,
            combos=_combos_text(allowed),
        )

    def _video_body(self) -> dict[str, Any]:
        body = self._common_body(self.model)
        body.update(
            prompt=self.prompt or None,
            negative_prompt=self.negative_prompt or None,
            cfg_scale=self.cfg_scale,
            mode=self.mode,
            duration=str(self.duration),
            camera_control=self.camera_control.to_body() if self.camera_control else None,
            sound=None if self.sound is None else ("on" if self.sound else "off"),
        )
        return body


@dataclass(frozen=True)
class TextToVideoRequest(_VideoRequest):
    """Text to video."""

    kind: ClassVar[TaskKind] = TaskKind.TEXT2VIDEO

    prompt: str
    model: str = "kling-v1"
    negative_prompt: str | None = None
    cfg_scale: float | None = None  # "creativity", 0..1; not on kling-v2.x
    mode: str = "std"
    aspect_ratio: str = "16:9"
    duration: str | int = "5"
    camera_control: CameraControl | None = None
    sound: bool | None = None  # kling-v2-6 only
    external_task_id: str | None = None
    callback_url: str | None = None
    watermark: bool | None = None

    def _check(self) -> tuple[list[Problem], dict[str, Any]]:
        out: list[Problem] = []
        self._check_texts(out, prompt_required=True)
        self._check_video(out, caps.TEXT2VIDEO_MODELS, "camera_text2video")
        if self.aspect_ratio not in caps.VIDEO_ASPECT_RATIOS:
            out.append(
                Problem(
                    "aspect_ratio",
                    tr(
                        "Videos can be {choices}, not {ratio}.",
                        choices=", ".join(caps.VIDEO_ASPECT_RATIOS),
                        ratio=self.aspect_ratio,
                    ),
                )
            )
        body = self._video_body()
        body["aspect_ratio"] = self.aspect_ratio
        return out, body


@dataclass(frozen=True)
class ImageToVideoRequest(_VideoRequest):
    """Image to video: a first frame and/or a last frame, with an optional prompt."""

    kind: ClassVar[TaskKind] = TaskKind.IMAGE2VIDEO

    image: ImageSource | None = None  # first frame
    image_tail: ImageSource | None = None  # last frame
    prompt: str = ""
    model: str = "kling-v1"
    negative_prompt: str | None = None
    cfg_scale: float | None = None
    mode: str = "std"
    duration: str | int = "5"
    camera_control: CameraControl | None = None
    static_mask: ImageSource | None = None
    dynamic_masks: Sequence[DynamicMask] = field(default_factory=tuple)
    sound: bool | None = None
    external_task_id: str | None = None
    callback_url: str | None = None
    watermark: bool | None = None

    def _check(self) -> tuple[list[Problem], dict[str, Any]]:
        out: list[Problem] = []
        self._check_texts(out, prompt_required=False)
        if self.image is None and self.image_tail is None:
            out.append(Problem("image", tr("Add a first frame, a last frame, or both.")))
        first = self._check_image(out, "image", self.image, tr("The first frame"))
        last = self._check_image(out, "image_tail", self.image_tail, tr("The last frame"))
        model = self._check_video(out, caps.IMAGE2VIDEO_MODELS, "camera_image2video")
        duration = str(self.duration)
        brush = self.static_mask is not None or bool(self.dynamic_masks)
        groups = [
            name
            for name, used in (
                (tr("a last frame"), self.image_tail is not None),
                (tr("the motion brush"), brush),
                (tr("camera movement"), self.camera_control is not None),
            )
            if used
        ]
        if len(groups) > 1:
            out.append(
                Problem(
                    "image_tail" if self.image_tail is not None else "camera_control",
                    tr(
                        "Use only one of a last frame, the motion brush and camera movement "
                        "(now: {groups}).",
                        groups=", ".join(groups),
                    ),
                )
            )
        if (
            model
            and self.image_tail is not None
            and not model.allows(model.first_last_frame, self.mode, duration)
        ):
            out.append(Problem("image_tail", self._feature_rule(model, "first_last_frame")))
        if model and brush and not model.allows(model.motion_brush, self.mode, duration):
            out.append(Problem("static_mask", self._feature_rule(model, "motion_brush")))
        static = self._check_image(out, "static_mask", self.static_mask, tr("The static mask"))
        masks = self._check_masks(out, first)
        if _shape_differs(static, first):
            out.append(
                Problem(
                    "static_mask",
                    tr(
                        "The static mask must have the same shape (aspect ratio) as the first "
                        "frame."
                    ),
                )
            )
        body = self._video_body()
        body.update(
            image=first.value if first else None,
            image_tail=last.value if last else None,
            static_mask=static.value if static else None,
            dynamic_masks=masks or None,
        )
        return out, body

    def _feature_rule(self, model: caps.VideoModel, feature: str) -> Message:
        allowed = getattr(model, feature)
        what = tr("a last frame") if feature == "first_last_frame" else tr("the motion brush")
        if not allowed:
            return tr("{model} cannot use {what}.", model=self.model, what=what)
        return tr(
            "{model} can use {what} only in {combos}.",
            model=self.model,
            what=what,
            combos=_combos_text(allowed),
        )

    def _check_masks(self, out: list[Problem], first: ResolvedImage | None) -> list[dict[str, Any]]:
        masks = list(self.dynamic_masks)
        if len(masks) > caps.MAX_DYNAMIC_MASKS:
            out.append(
                Problem(
                    "dynamic_masks",
                    tr("At most 6 motion paths can be drawn; there are {n}.", n=len(masks)),
                )
            )
        body = []
        low, high = caps.TRAJECTORY_POINTS
        for i, dm in enumerate(masks, start=1):
            f = f"dynamic_masks[{i - 1}]"
            resolved = self._check_image(out, f + ".mask", dm.mask, tr("Motion mask {i}", i=i))
            points = list(dm.trajectories)
            if not low <= len(points) <= high:
                out.append(
                    Problem(
                        f + ".trajectories",
                        tr(
                            "Motion path {i} has {n} points; it needs 2 to 77.",
                            i=i,
                            n=len(points),
                        ),
                    )
                )
            if not all(isinstance(c, int) and not isinstance(c, bool) for p in points for c in p):
                out.append(
                    Problem(
                        f + ".trajectories",
                        tr("Motion path {i} must use whole-pixel positions.", i=i),
                    )
                )
            if _shape_differs(resolved, first):
                out.append(
                    Problem(
                        f + ".mask",
                        tr("Motion mask {i} must have the same shape as the first frame.", i=i),
                    )
                )
            body.append(
                {
                    "mask": resolved.value if resolved else None,
                    "trajectories": [{"x": x, "y": y} for x, y in points],
                }
            )
        return body


def _combos_text(combos: caps.Combos) -> str:
    ordered = sorted(combos, key=lambda md: (caps.MODES.index(md[0]), int(md[1])))
    return ", ".join(f"{m} {d} s" for m, d in ordered)


def _shape_differs(mask: ResolvedImage | None, frame: ResolvedImage | None) -> bool:
    """Whether a mask's aspect ratio is not the frame's (2% tolerance for rounding)."""
    if not (mask and mask.ratio and frame and frame.ratio):
        return False
    return abs(mask.ratio - frame.ratio) / frame.ratio >= 0.02


AnyRequest = ImageRequest | TextToVideoRequest | ImageToVideoRequest

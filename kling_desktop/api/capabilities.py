"""What each Kling model can do, as data.

Kling changes these rules over time, so they live here, in one table, and nowhere else:
`validate()` reads them, and the forms read them to grey out impossible choices. Each
video feature is a set of (mode, duration) pairs in which the model accepts it.
Sources: kling-api.md §3 ("Model capability notes").
"""

from __future__ import annotations

from dataclasses import dataclass

PROMPT_MAX = 2500
NEGATIVE_PROMPT_MAX = 2500
MAX_IMAGES = 9
IMAGE_ASPECT_RATIOS = ("16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9")
VIDEO_ASPECT_RATIOS = ("16:9", "9:16", "1:1")
MODES = ("std", "pro")
DURATIONS = ("5", "10")
CAMERA_PRESETS = ("down_back", "forward_up", "right_turn_forward", "left_turn_forward")
CAMERA_AXES = ("horizontal", "vertical", "pan", "tilt", "roll", "zoom")
CAMERA_RANGE = (-10.0, 10.0)
IMAGE_REFERENCES = ("subject", "face")
MAX_DYNAMIC_MASKS = 6
TRAJECTORY_POINTS = (2, 77)

# Input image rules (every image field).
INPUT_IMAGE_MAX_BYTES = 10 * 1024 * 1024
INPUT_IMAGE_MIN_SIDE = 300
INPUT_IMAGE_RATIO = (1 / 2.5, 2.5)

Combos = frozenset[tuple[str, str]]


def combos(modes: tuple[str, ...], durations: tuple[str, ...] = DURATIONS) -> Combos:
    return frozenset((m, d) for m in modes for d in durations)


NEVER: Combos = frozenset()


@dataclass(frozen=True)
class ImageModel:
    name: str
    aspect_ratios: tuple[str, ...]
    resolutions: tuple[str, ...] = ("1k",)  # for text to image; with an image, 1k only
    negative_prompt: bool = True
    reference_image: bool = True  # accepts `image` at all
    requires_image: bool = False
    image_fidelity: bool = True  # reference strength
    image_reference: bool = False  # subject/face (and then human_fidelity)


@dataclass(frozen=True)
class VideoModel:
    name: str
    text2video: bool
    image2video: bool
    modes: tuple[str, ...]
    output: dict[str, str]  # mode -> resolution label
    cfg_scale: bool = False
    negative_prompt: bool = True
    camera_text2video: Combos = NEVER
    camera_image2video: Combos = NEVER
    first_last_frame: Combos = NEVER
    motion_brush: Combos = NEVER
    sound: bool = False

    def allows(self, feature: Combos, mode: str, duration: str) -> bool:
        return (mode, duration) in feature


_ALL_BUT_219 = tuple(r for r in IMAGE_ASPECT_RATIOS if r != "21:9")

IMAGE_MODELS: dict[str, ImageModel] = {
    m.name: m
    for m in (
        ImageModel("kling-v1", _ALL_BUT_219, negative_prompt=False, image_fidelity=False),
        ImageModel("kling-v1-5", IMAGE_ASPECT_RATIOS, image_reference=True),
        ImageModel("kling-v2", IMAGE_ASPECT_RATIOS, resolutions=("1k", "2k")),
        # kling-v2-new only restyles an image: it needs one.
        ImageModel("kling-v2-new", IMAGE_ASPECT_RATIOS, requires_image=True),
        ImageModel("kling-v2-1", IMAGE_ASPECT_RATIOS),
    )
}

VIDEO_MODELS: dict[str, VideoModel] = {
    m.name: m
    for m in (
        VideoModel(
            "kling-v1",
            text2video=True,
            image2video=True,
            modes=MODES,
            output={"std": "720p", "pro": "720p"},
            cfg_scale=True,
            camera_text2video=combos(("std",), ("5",)),
            first_last_frame=combos(MODES, ("5",)),
            motion_brush=combos(MODES, ("5",)),
        ),
        VideoModel(
            "kling-v1-5",
            text2video=False,  # kling-v1-5 has no text to video
            image2video=True,
            modes=MODES,
            output={"std": "720p", "pro": "1080p"},
            cfg_scale=True,
            # Camera control on image to video: documented for v1-5 pro 5 s (uncertain).
            camera_image2video=combos(("pro",), ("5",)),
            first_last_frame=combos(("pro",)),
            motion_brush=combos(("pro",), ("5",)),
        ),
        VideoModel(
            "kling-v1-6",
            text2video=True,
            image2video=True,
            modes=MODES,
            output={"std": "720p", "pro": "1080p"},
            cfg_scale=True,
            first_last_frame=combos(("pro",)),
        ),
        VideoModel(
            "kling-v2-master",
            text2video=True,
            image2video=True,
            modes=("pro",),
            output={"pro": "720p"},
        ),
        VideoModel(
            "kling-v2-1",
            text2video=False,
            image2video=True,
            modes=MODES,
            output={"std": "720p", "pro": "1080p"},
            first_last_frame=combos(("pro",)),
        ),
        VideoModel(
            "kling-v2-1-master",
            text2video=True,
            image2video=True,
            modes=MODES,  # no std/pro split: both give 1080p
            output={"std": "1080p", "pro": "1080p"},
        ),
        VideoModel(
            "kling-v2-5-turbo",
            text2video=True,
            image2video=True,
            modes=("pro",),
            output={"pro": "1080p"},
            first_last_frame=combos(("pro",)),
        ),
        VideoModel(
            "kling-v2-6",
            text2video=True,
            image2video=True,
            modes=MODES,
            output={"std": "720p", "pro": "1080p"},
            sound=True,
        ),
    )
}

TEXT2VIDEO_MODELS = tuple(n for n, m in VIDEO_MODELS.items() if m.text2video)
IMAGE2VIDEO_MODELS = tuple(n for n, m in VIDEO_MODELS.items() if m.image2video)

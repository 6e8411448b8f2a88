"""What a form or a script hands to the engine (a small module: the window imports it early)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kling_desktop.media.images import PreparedImage
    from kling_desktop.operations import Request


@dataclass(frozen=True)
class JobSpec:
    """What the user asked for, ready to record: images already prepared as bytes."""

    request: Request
    profile: str
    images: dict[str, PreparedImage] = field(default_factory=dict)  # role → preview data
    tags: tuple[str, ...] = ()
    #: Results it is made from besides its pictures (whose own `source` says): (the
    #: request field, output id), e.g. the video given sound.
    sources: tuple[tuple[str, int], ...] = ()

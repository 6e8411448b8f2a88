"""Kling's operations, one module each, and the registry that lists them. No Qt here.

from kling_desktop.operations import Request, registry

request = Request("text2video", prompt="a red kite over the sea", duration=10)
problems = request.validate()          # [] when it can be sent
for op in registry.all_operations(): ...
"""

from kling_desktop.operations import kinds, registry
from kling_desktop.operations.availability import Availability, choose_standard, model_name
from kling_desktop.operations.base import Encoding, Operation, Param, Route, Uses
from kling_desktop.operations.kinds import (
    CHOICE,
    COUNT,
    ELEMENTS,
    FRACTION,
    IMAGE,
    IMAGES,
    SHAPE,
    SHOTS,
    SIDE,
    TEXT,
    URL,
    VIDEO_ID,
    Kind,
)
from kling_desktop.operations.request import Request, fit_to, new_external_task_id

__all__ = [
    "CHOICE",
    "COUNT",
    "ELEMENTS",
    "FRACTION",
    "IMAGE",
    "IMAGES",
    "SHAPE",
    "SHOTS",
    "SIDE",
    "TEXT",
    "URL",
    "VIDEO_ID",
    "Availability",
    "Encoding",
    "Kind",
    "Operation",
    "Param",
    "Request",
    "Route",
    "Uses",
    "choose_standard",
    "fit_to",
    "kinds",
    "model_name",
    "new_external_task_id",
    "registry",
]

"""The engine rig, the window, and an impatient rig whose steps give up in half a second,
shared by the reliability tests."""

import pytest

from kling_desktop.jobs import Pacing
from tests.jobs.conftest import (
    Rig,
    rig,  # noqa: F401 - the engine rig, shared with tests/jobs
)
from tests.ui.conftest import make_window  # noqa: F401 - a real window on a demo context

#: Budgets short enough for a test: a step gives up after half a second of failures.
IMPATIENT = Pacing(
    image_first=0.05,
    video_first=0.05,
    maximum=0.2,
    retry=0.1,
    submit_budget=0.5,
    poll_budget=0.5,
    download_budget=0.5,
    unlisted_budget=0.5,
)


@pytest.fixture
def impatient(sandbox, tmp_path, qtbot):
    made = Rig(sandbox, tmp_path, qtbot)
    made.steps.pacing = IMPATIENT
    yield made
    made.stop()

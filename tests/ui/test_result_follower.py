"""Which result the middle shows when results arrive, decided without a window: a result
takes the view only from what the app put there; what the user chose stays and a notice
counts what arrived meanwhile."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kling_desktop.store import JobStatus
from kling_desktop.ui.result_follower import FOLLOW_MS, ResultFollower


@dataclass
class Shown:
    id: int
    status: JobStatus = JobStatus.SUCCEEDED


class FakeWindow:
    """The follower's view, remembering what it was asked to do."""

    def __init__(self) -> None:
        self.shown: Shown | None = None
        self.said: list = []
        self.follower = ResultFollower(self)

    def shown_job(self):
        return self.shown

    def select(self, job_id: int, *, by_user: bool) -> None:
        by_user_now = self.follower.showing(job_id)
        self.shown = Shown(job_id, JobStatus.PROCESSING if job_id >= 100 else JobStatus.SUCCEEDED)
        self.said.append(("show", job_id, by_user_now))

    def announce(self, job_id: int, unseen: int) -> None:
        self.said.append(("announce", job_id, unseen))

    def dismiss(self) -> None:
        self.said.append(("dismiss",))

    def user_chooses(self, job_id: int) -> None:
        self.follower.showing(job_id)
        self.shown = Shown(job_id)


@pytest.fixture
def window(qapp):
    return FakeWindow()


def settle(qtbot) -> None:
    qtbot.wait(FOLLOW_MS + 50)


def test_an_empty_middle_shows_the_result(window, qtbot):
    window.follower.arrived(7)
    settle(qtbot)
    assert window.said == [("dismiss",), ("show", 7, False)]  # by the app: no autoplay


def test_results_arriving_together_are_followed_once_the_last(window, qtbot):
    for job_id in (1, 2, 3):
        window.follower.arrived(job_id)
    settle(qtbot)
    assert [s for s in window.said if s[0] == "show"] == [("show", 3, False)]


def test_what_the_user_chose_stays_and_a_notice_counts(window, qtbot):
    window.user_chooses(5)
    window.follower.arrived(8)
    settle(qtbot)
    window.follower.arrived(9)
    settle(qtbot)
    assert window.said == [("announce", 8, 1), ("announce", 9, 2)]
    assert window.shown.id == 5
    window.follower.open_arrived()  # "Show" on the notice
    assert window.said[-1] == ("show", 9, True) and window.follower.unseen == 0


def test_finding_the_announced_result_alone_dismisses_the_notice(window, qtbot):
    window.user_chooses(5)
    window.follower.arrived(8)
    settle(qtbot)
    window.user_chooses(8)
    assert window.said[-1] == ("dismiss",) and window.follower.unseen == 0


def test_the_job_just_sent_is_shown_and_its_result_replaces_its_card(window, qtbot):
    window.user_chooses(5)
    window.follower.arrived(6)  # arrives just before the click...
    window.follower.sent(token=41)  # ...and the click wins: no notice about job 6
    window.follower.recorded(token=40, job_id=99)  # another process's job: not followed
    window.follower.recorded(token=41, job_id=100)
    settle(qtbot)
    assert window.said == [("show", 100, False)]
    window.shown.status = JobStatus.SUCCEEDED  # the app's card of job 100 has ended
    window.follower.arrived(101)
    settle(qtbot)
    assert window.said[-1] == ("show", 101, False)


def test_a_card_still_running_is_not_taken_over(window, qtbot):
    window.follower.sent(token=1)
    window.follower.recorded(token=1, job_id=100)
    settle(qtbot)
    assert window.shown.status is JobStatus.PROCESSING
    window.follower.arrived(3)
    settle(qtbot)
    assert window.said[-1] == ("announce", 3, 1) and window.shown.id == 100

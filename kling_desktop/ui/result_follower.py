"""What the middle of the window shows when results arrive: a result replaces what the app
itself put there (the card of the job just sent, an earlier result that arrived) or an
empty middle; what the user chose stays, and a notice says the result is ready instead.
Thirty results finishing together are followed once, the last. The job a form has just
sent is shown (its live card) as soon as the history has it.

It decides; the window does (`View`), so it is tested with a stand-in view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from kling_desktop.store.records import JobRecord

FOLLOW_MS = 150  # results arriving within this are followed once


class View(Protocol):
    """What the follower needs of the window."""

    def shown_job(self) -> JobRecord | None:
        """The job the middle shows now (as last read), or None."""

    def select(self, job_id: int, *, by_user: bool) -> None:
        """Show `job_id` in the middle (selected in the history if it is listed)."""

    def announce(self, job_id: int, unseen: int) -> None:
        """Say that a result is ready, without taking the view (`unseen` so far)."""

    def dismiss(self) -> None:
        """Take the notice away."""


class ResultFollower(QObject):
    def __init__(self, view: View, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.last_arrived: int | None = None
        self.unseen = 0  # results announced, not yet looked at
        self.announced: int | None = None  # the job the notice names
        self.arriving = False  # what is being shown comes from the app, not the user
        self.auto_shown: int | None = None  # the job the app (not the user) put in view
        self._sent: int | None = None  # the token of the job a form just sent
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow.timeout.connect(self._follow_result)

    # What happens -----------------------------------------------------------------------

    def arrived(self, job_id: int) -> None:
        """A job's result is ready."""
        self.last_arrived = job_id
        self._follow.start()

    def sent(self, token: int) -> None:
        """A form sent a job (`token` from the engine): its card is what the user looks
        for now, not a result that arrived just before the click."""
        self._sent = token
        self._follow.stop()

    def recorded(self, token: int, job_id: int) -> None:
        """The engine recorded a job; the one a form just sent is shown."""
        if token != self._sent:
            return
        self._sent = None
        # After the history lists it (its row follows this signal): its card shows.
        QTimer.singleShot(0, lambda: self.select(job_id))

    def showing(self, job_id: int | None) -> bool:
        """The middle is about to show `job_id`; False when the app, not the user, put it
        there (a video then waits for Play)."""
        if job_id is not None and job_id == self.announced:
            self.unseen = 0
            self.announced = None
            self.view.dismiss()  # the user found it on their own
        self.auto_shown = job_id if self.arriving else None
        return not self.arriving

    def open_arrived(self, job_id: int | None = None) -> None:
        """The user asked for the result that arrived (the notice's Show, a tray click)."""
        job_id = job_id if job_id is not None else self.last_arrived
        if job_id is None:
            return
        self.unseen = 0
        self.select(job_id, by_user=True)

    def select(self, job_id: int, *, by_user: bool = False) -> None:
        """Show `job_id`; `by_user` if the user asked for it."""
        self.arriving = not by_user
        try:
            self.view.select(job_id, by_user=by_user)
        finally:
            self.arriving = False

    # Deciding ---------------------------------------------------------------------------

    def _follow_result(self) -> None:
        job_id = self.last_arrived
        if job_id is None:
            return
        shown = self.view.shown_job()
        follow = (
            shown is None
            or shown.id == job_id
            or (shown.id == self.auto_shown and not shown.status.active)
        )
        if follow:
            self.unseen = 0
            self.announced = None
            self.view.dismiss()
            self.select(job_id)
        else:
            self.unseen += 1
            self.announced = job_id
            self.view.announce(job_id, self.unseen)

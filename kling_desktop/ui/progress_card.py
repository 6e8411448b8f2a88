"""Progress where the eyes are.

`ProgressCard` is what the viewer shows while a job runs: what was asked (prompt, kind,
model and the main settings), where it is (the same status words as the history and the
queue), how long it has taken against how long such jobs usually take for this user, and
a Cancel button. The finished result replaces it. `ReadyNotice` says that a result is
ready when the user is looking at something else.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.store.records import JobRecord, JobStatus
from kling_desktop.ui.words import (
    clock_words,
    duration_words,
    job_seconds,
    kind_words,
    model_words,
    row_facts,
    status_words,
)

#: The prompt is shown up to this many characters (the details have all of it).
PROMPT_CHARS = 400


class ProgressCard(QWidget):
    cancel_requested = Signal(int)  # job id
    fix_requested = Signal(str)  # a connection whose key or address needs fixing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: JobRecord | None = None
        #: Connections paused until the user fixes them (the window keeps this up to date).
        self.blocked: set[str] = set()
        self.typical: float | None = None  # seconds such a job usually takes; None: unknown
        self._since = time.time()
        self._download: tuple[int, int] | None = None  # bytes received, total

        frame = QFrame()
        frame.setObjectName("progressCard")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setMaximumWidth(560)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.status.setFont(font)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.time = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel this job"))
        self.cancel_button.setToolTip(
            self.tr("Stop waiting for this result. A job Kling has started may still be charged.")
        )
        self.cancel_button.clicked.connect(self._cancel)
        self.fix_button = QPushButton(self.tr("Fix the connection…"))
        self.fix_button.setToolTip(
            self.tr("Change the key or address; the waiting jobs then go on by themselves.")
        )
        self.fix_button.clicked.connect(
            lambda: self.job is not None and self.fix_requested.emit(self.job.profile)
        )
        self.fix_button.setVisible(False)

        box = QVBoxLayout(frame)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(8)
        box.addWidget(self.facts)
        box.addWidget(self.prompt)
        box.addSpacing(6)
        box.addWidget(self.status)
        box.addWidget(self.bar)
        box.addWidget(self.time)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.fix_button)
        row.addWidget(self.cancel_button)
        box.addLayout(row)

        outer = QVBoxLayout(self)
        outer.addStretch()
        line = QHBoxLayout()
        line.addStretch()
        line.addWidget(frame, 10)
        line.addStretch()
        outer.addLayout(line)
        outer.addStretch()

        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)

    # Showing a job ------------------------------------------------------------------------

    def show_job(self, job: JobRecord) -> None:
        same = self.job is not None and self.job.id == job.id
        if not same:
            self.typical = None
            self._download = None
            self.message.clear()
            self.message.setVisible(False)
        self.job = job
        facts = [kind_words(job.kind), model_words(job.kind, job.model)]
        facts += row_facts(job.kind, json.dumps(job.request, sort_keys=True, default=str))
        self.facts.setText(" · ".join(facts))
        prompt = " ".join(job.prompt.split())
        if len(prompt) > PROMPT_CHARS:
            prompt = prompt[: PROMPT_CHARS - 1] + "…"
        self.prompt.setText(prompt or self.tr("(no prompt)"))
        self.status.setText(status_words(job.status.value, job.profile))
        self.cancel_button.setEnabled(job.status.active)
        self.show_blocked()
        if job.status is not JobStatus.DOWNLOADING:
            self._download = None
        self._since = time.time() - job_seconds(job)
        self._tick()
        if job.status.active:
            self._clock.start()
        else:
            self._clock.stop()

    def show_blocked(self) -> None:
        """Offer to fix the job's connection while it is paused for it."""
        job = self.job
        self.fix_button.setVisible(
            job is not None and job.status.active and job.profile in self.blocked
        )

    def set_typical(self, job_id: int, seconds: float | None) -> None:
        if self.job is not None and self.job.id == job_id:
            self.typical = seconds
            self._tick()

    def set_message(self, job_id: int, text: str) -> None:
        if self.job is not None and self.job.id == job_id:
            self.message.setText(text)
            self.message.setVisible(bool(text))

    def set_progress(self, job_id: int, received: int, total: int) -> None:
        if self.job is not None and self.job.id == job_id:
            self._download = (received, total)
            self._tick()

    def stop(self) -> None:
        self._clock.stop()

    def hideEvent(self, event) -> None:
        self._clock.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        if self.job is not None and self.job.status.active:
            self._clock.start()
        super().showEvent(event)

    # ---------------------------------------------------------------------------------------

    def _cancel(self) -> None:
        if self.job is not None:
            self.cancel_button.setEnabled(False)
            self.cancel_requested.emit(self.job.id)

    def elapsed(self, now: float | None = None) -> float:
        return max(0.0, (now if now is not None else time.time()) - self._since)

    def _tick(self) -> None:
        elapsed = self.elapsed()
        so_far = self.tr("{time} so far").format(time=clock_words(elapsed))
        if self._download is not None and self._download[1] > 0:
            received, total = self._download
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(1.0, received / total)))
        elif self.typical:
            self.bar.setRange(0, 1000)
            # Never full before it is: a job past its usual time waits at 95 %.
            self.bar.setValue(int(1000 * min(0.95, elapsed / self.typical)))
        else:
            self.bar.setRange(0, 0)  # busy: no measure yet
        if self.typical is None:
            self.time.setText(so_far)
        elif elapsed <= self.typical * 1.5:
            self.time.setText(
                self.tr("{so_far} · usually about {typical} here").format(
                    so_far=so_far, typical=duration_words(self.typical)
                )
            )
        else:
            self.time.setText(
                self.tr("{so_far} · longer than usual (about {typical})").format(
                    so_far=so_far, typical=duration_words(self.typical)
                )
            )


class ReadyNotice(QFrame):
    """ "Result ready — Show": said above the viewer when a job finishes while the user
    looks at something else, instead of taking the view away from them."""

    show_requested = Signal(int)  # job id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readyNotice")
        self.setStyleSheet(
            "#readyNotice { background: palette(highlight); border-radius: 4px; }"
            "#readyNotice QLabel { color: palette(highlighted-text); }"
        )
        self.job_id: int | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setToolTip(self.tr("Show it in the middle and select it in the history."))
        self.show_button.clicked.connect(self._show)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.close_button)
        self.setVisible(False)

    def announce(self, job_id: int, prompt: str, waiting: int = 1) -> None:
        self.job_id = job_id
        words = " ".join(prompt.split())
        if len(words) > 40:
            words = words[:39] + "…"
        if waiting > 1:
            text = self.tr("%n new results are ready. The last one: “{prompt}”", "", waiting)
        else:
            text = self.tr("Your result is ready: “{prompt}”")
        self.text.setText(text.format(prompt=words or self.tr("(no prompt)")))
        self.setVisible(True)

    def dismiss(self) -> None:
        self.job_id = None
        self.setVisible(False)

    def _show(self) -> None:
        job_id = self.job_id
        self.dismiss()
        if job_id is not None:
            self.show_requested.emit(job_id)

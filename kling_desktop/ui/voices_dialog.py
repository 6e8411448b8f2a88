"""The Voices library: Kling's own voices and the user's, as Kling's video models take them,
shown from what was last seen (offline too) and brought up to date; a sample played where
Kling gives one; a voice made from 5 to 30 seconds of one clean voice (a clip's web address
or one of the user's Kling videos); one of the user's deleted. Speech has its own voices,
chosen in its form."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.api.voices import CREATING, FAILED, MAX_NAME, Voice
from kling_desktop.ui.background import in_background
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.words import error_words, short_date

POLL_MS = 3000
VOICE = Qt.ItemDataRole.UserRole


class NewVoiceDialog(QDialog):
    """A name, and where the voice is heard: a clip's web address or one of your videos."""

    def __init__(self, videos: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New voice"))
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("At most 20 characters"))
        self.by_address = QRadioButton(self.tr("A clip's web address"))
        self.by_video = QRadioButton(self.tr("One of my videos"))
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://…/voice.mp3")
        self.video = QComboBox()
        for words, video_id in videos:
            self.video.addItem(words, video_id)
        if not videos:
            self.video.addItem(self.tr("No video of yours is still kept by Kling (30 days)."))
            self.by_video.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.by_address)
        group.addButton(self.by_video)
        self.by_address.setChecked(True)
        note = QLabel(
            self.tr(
                "5 to 30 seconds of one clean voice, without music or noise (MP3, WAV, MP4 or "
                "MOV). From a video: a Kling 2.6 video made with sound, a talking photo or a "
                "lip-sync. Kling charges 0.05 units."
            )
        )
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.by_address, self.address)
        form.addRow(self.by_video, self.video)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for signal in (self.name.textChanged, self.address.textChanged, group.buttonToggled):
            signal.connect(self._check)
        self._check()

    def why_not(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give the voice a name.")
        if self.by_address.isChecked():
            address = self.address.text().strip()
            if not address.startswith(("https://", "http://127.0.0.1")):
                return self.tr("Paste the clip's web address (https://…).")
        return ""

    def _check(self, *_) -> None:
        why = self.why_not()
        self.problem.setText(why)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not why)

    def source(self) -> dict[str, str]:
        if self.by_video.isChecked():
            return {"video_id": str(self.video.currentData())}
        return {"sample_url": self.address.text().strip()}


class VoicesDialog(QDialog):
    def __init__(self, context, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile = profile
        self.player = None  # made on the first sample played
        self.setWindowTitle(self.tr("Voices"))
        intro = QLabel(
            self.tr(
                "Voices for Kling's videos: Kling's own, and yours made from a short clip. "
                "Speech chooses among its own voices in its form."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Voice"), self.tr("Kling's id")])
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(240)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New voice…"))
        self.new_button.clicked.connect(self.new_voice)
        self.play_button = QPushButton(self.tr("Play sample"))
        self.play_button.clicked.connect(self.play_current)
        self.copy_button = QPushButton(self.tr("Copy id"))
        self.copy_button.clicked.connect(self.copy_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.play_button, self.copy_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._asking: set[str] = set()
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_creating)
        fit_to_screen(self, QSize(600, 480))
        self.show_cached()
        self.refresh()

    # Showing -------------------------------------------------------------------------------

    def show_cached(self) -> None:
        shelf = self.context.voices.cached(self.profile)
        chosen = self.current()
        self.tree.clear()
        mine = self._group(self.tr("Your voices"), shelf.custom, chosen)
        kling = self._group(self.tr("Kling's voices"), shelf.presets, chosen)
        if not shelf.custom:
            empty = QTreeWidgetItem(mine, [self.tr("None yet: make one with New voice…")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        mine.setExpanded(True)
        kling.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        if shelf.seen_at is None:
            self.status.setText(self.tr("Not seen yet: asking Kling…"))
        if any(v.status == CREATING for v in shelf.custom):
            self._poll.start()
        else:
            self._poll.stop()
        self._update_buttons()

    def _group(self, title: str, voices: list[Voice], chosen: Voice | None) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [f"{title} ({len(voices)})"])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for voice in voices:
            words = voice.name or self.tr("(no name)")
            if voice.status == CREATING:
                words += " — " + self.tr("being made")
            elif voice.status == FAILED:
                words += " — " + self.tr("failed")
            item = QTreeWidgetItem(group, [words, voice.voice_id])
            item.setData(0, VOICE, voice)
            if voice.message:
                item.setToolTip(0, voice.message)
            if chosen is not None and (voice.voice_id, voice.task_id) == (
                chosen.voice_id,
                chosen.task_id,
            ):
                self.tree.setCurrentItem(item)
        return group

    def current(self) -> Voice | None:
        item = self.tree.currentItem()
        voice = item.data(0, VOICE) if item is not None else None
        return voice if isinstance(voice, Voice) else None

    def _update_buttons(self) -> None:
        voice = self.current()
        self.play_button.setEnabled(voice is not None and bool(voice.sample_url))
        self.copy_button.setEnabled(voice is not None and bool(voice.voice_id))
        self.delete_button.setEnabled(
            voice is not None and not voice.preset and bool(voice.voice_id)
        )

    # Talking to Kling ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.status.setText(self.tr("Asking Kling for the voices…"))
        self.refresh_button.setEnabled(False)
        profile = self.profile
        in_background(lambda: self.context.voices.refresh(profile), self._refreshed, self)

    def _refreshed(self, _shelf, error) -> None:
        self.refresh_button.setEnabled(True)
        self.show_cached()
        if error is None:
            self.status.setText(self.tr("Up to date."))
            return
        seen = self.context.voices.cached(self.profile).seen_at
        if seen is None:
            self.status.setText(
                self.tr("Kling could not be asked ({why}).").format(why=error_words(error))
            )
        else:
            self.status.setText(
                self.tr("Kling could not be asked ({why}): the voices as seen on {day}.").format(
                    why=error_words(error), day=short_date(seen)
                )
            )

    def new_voice(self) -> None:
        videos = [
            (" ".join(prompt.split())[:60] or self.tr("(no prompt)"), output.remote_id)
            for prompt, output in self.context.history.kept_results("video")
            if output.remote_id
        ]
        dialog = NewVoiceDialog(videos, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, source, profile = dialog.name.text().strip(), dialog.source(), self.profile
        self.status.setText(self.tr("Asking Kling to make “{name}”…").format(name=name))
        in_background(
            lambda: self.context.voices.create(profile, name, **source),
            lambda _voice, error: self._created(name, error),
            self,
        )

    def _created(self, name: str, error) -> None:
        if error is not None:
            self.status.setText(
                self.tr("Kling did not make “{name}”: {why}").format(
                    name=name, why=error_words(error)
                )
            )
            return
        self.show_cached()
        self.status.setText(self.tr("Kling is making “{name}”.").format(name=name))

    def _check_creating(self) -> None:
        profile = self.profile
        for voice in self.context.voices.cached(profile).custom:
            if voice.status == CREATING and voice.task_id not in self._asking:
                self._asking.add(voice.task_id)
                in_background(
                    lambda t=voice.task_id: self.context.voices.check(profile, t),
                    lambda found, _e, t=voice.task_id: self._checked(t, found),
                    self,
                )

    def _checked(self, task_id: str, found: Voice | None) -> None:
        self._asking.discard(task_id)
        self.show_cached()
        if found is None or found.status == CREATING:
            return
        if found.status == FAILED:
            why = found.message or self.tr("Kling did not say why.")
            self.status.setText(
                self.tr("Kling could not make “{name}”: {why}").format(name=found.name, why=why)
            )
        else:
            self.status.setText(self.tr("“{name}” is ready.").format(name=found.name))

    def play_current(self) -> None:
        voice = self.current()
        if voice is None or not voice.sample_url:
            return
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self.player = QMediaPlayer(self)
            self.player.setAudioOutput(QAudioOutput(self.player))
        self.player.setSource(QUrl(voice.sample_url))
        self.player.play()
        self.status.setText(self.tr("Playing “{name}”…").format(name=voice.name))

    def copy_current(self) -> None:
        voice = self.current()
        if voice is not None and voice.voice_id:
            QGuiApplication.clipboard().setText(voice.voice_id)
            self.status.setText(self.tr("Copied the id of “{name}”.").format(name=voice.name))

    def delete_current(self) -> None:
        from kling_desktop.ui.ask import delete_from_account

        voice = self.current()
        if voice is None or voice.preset:
            return
        profile = self.profile
        delete_from_account(
            self,
            self.tr(
                "Delete the voice “{name}” from your Kling account? Videos already made keep "
                "it; new ones cannot use it."
            ).format(name=voice.name),
            lambda: self.context.voices.delete(profile, voice.voice_id),
            lambda error: self._deleted(voice, error),
        )

    def _deleted(self, voice: Voice, error) -> None:
        self.show_cached()
        if error is not None:
            self.status.setText(
                self.tr("“{name}” could not be deleted: {why}").format(
                    name=voice.name, why=error_words(error)
                )
            )
        else:
            self.status.setText(self.tr("Deleted “{name}”.").format(name=voice.name))

    def done(self, result: int) -> None:
        if self.player is not None:
            self.player.stop()
        super().done(result)

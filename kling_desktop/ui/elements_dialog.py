"""The Elements library: characters or objects saved on the Kling account from 1 to 4
photos, for videos to bring back. It shows the connection's elements as last seen (with
their pictures, offline too), asks Kling for the list when it opens, follows the ones being
made, and makes, renames (the app's own name: Kling cannot rename) and deletes them.
Everything that talks to Kling runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.api.elements import MAX_DESCRIPTION, MAX_NAME, MAX_PHOTOS, is_preset
from kling_desktop.media import decode
from kling_desktop.store.elements import CachedElement
from kling_desktop.ui.background import in_background
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.widgets import PictureList
from kling_desktop.ui.words import error_words

TASK_ID = Qt.ItemDataRole.UserRole
POLL_MS = 3000


def status_words(status: str) -> str:
    words = {
        "creating": QT_TRANSLATE_NOOP("ElementsDialog", "being made…"),
        "ready": QT_TRANSLATE_NOOP("ElementsDialog", "ready"),
        "failed": QT_TRANSLATE_NOOP("ElementsDialog", "could not be made"),
    }.get(status)
    return QCoreApplication.translate("ElementsDialog", words) if words else status


class NewElementDialog(QDialog):
    """Name, description and photos of a new element (the first photo is the front)."""

    def __init__(
        self,
        taken: set[str],
        parent: QWidget | None = None,
        *,
        videos: list[tuple[str, str, float | None]] = (),
        voices: list[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New element"))
        # Made from photos, or from a video of a person (one of the user's, 3 to 8 s).
        self.source = QComboBox()
        self.source.addItem(self.tr("Photos"), "photos")
        self.source.addItem(self.tr("A video of a person"), "video")
        self.video = QComboBox()
        for words, url, seconds in videos:
            self.video.addItem(words, (url, seconds))
        if not videos:
            self.video.addItem(self.tr("No video of yours is still kept by Kling (30 days)."))
        self.voice = QComboBox()
        self.voice.addItem(self.tr("None"), None)
        for name, voice_id in voices:
            self.voice.addItem(name, voice_id)
        self.voice.setToolTip(self.tr("A voice of yours or Kling's that the element speaks with."))
        self._taken = {name.casefold() for name in taken}
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Mia"))
        self.name.setToolTip(
            self.tr("What you write after @ in a prompt to bring it back (at most 20 letters).")
        )
        self.description = QLineEdit()
        self.description.setMaxLength(MAX_DESCRIPTION)
        self.description.setPlaceholderText(self.tr("e.g. a woman in her thirties, red coat"))
        self.description.setToolTip(self.tr("A few words Kling uses along with the photos."))
        self.photos = PictureList(self.tr("Photos"), MAX_PHOTOS)
        self.photos.setToolTip(
            self.tr("1 to 4 photos: the first shows the front; the others other sides or details.")
        )
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Made from"), self.source)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow(self.tr("Video"), self.video)
        form.addRow(self.tr("Voice"), self.voice)
        self._form = form
        self.buttons = QDialogButtonBox()
        self.create = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for signal in (
            self.name.textChanged,
            self.description.textChanged,
            self.photos.changed,
            self.source.currentIndexChanged,
            self.video.currentIndexChanged,
        ):
            signal.connect(self._check)
        self._check()

    def from_video(self) -> bool:
        return self.source.currentData() == "video"

    def video_url(self) -> str | None:
        chosen = self.video.currentData()
        return chosen[0] if self.from_video() and chosen else None

    def voice_id(self) -> str | None:
        return self.voice.currentData()

    def why_not(self) -> str:
        name = self.name.text().strip()
        if not name:
            return self.tr("Give it a name.")
        if name.casefold() in self._taken:
            return self.tr("Another element is already called “{name}”.").format(name=name)
        if not self.description.text().strip():
            return self.tr("Describe it in a few words.")
        if self.from_video():
            chosen = self.video.currentData()
            if not chosen:
                return self.tr("Choose one of your videos: Kling takes videos only by address.")
            seconds = chosen[1]
            if seconds is not None and not 3 <= seconds <= 8:
                return self.tr(
                    "This video is {s} seconds long; Kling makes elements from 3 to 8 seconds "
                    "of video."
                ).format(s=f"{seconds:g}")
            return ""
        if not self.photos.prepared:
            return self.tr("Add at least one photo, the front view first.")
        return ""

    def _check(self, *_) -> None:
        video = self.from_video()
        self._form.setRowVisible(self.photos, not video)
        self._form.setRowVisible(self.video, video)
        why = self.why_not()
        self.problem.setText(why)
        self.create.setEnabled(not why)


class ElementsDialog(QDialog):
    def __init__(self, context, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.profile = profile
        self.setWindowTitle(self.tr("Elements"))
        intro = QLabel(
            self.tr(
                "Characters and objects saved on your Kling account from photos or a short "
                "video. Write @name in a prompt to bring one back, with a model that takes "
                "elements: "
                "Kling 3.0, Kling 3.0 Omni and O1 for videos, the Kling Image models (except "
                "2.1) for pictures."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setIconSize(QSize(64, 64))
        self.list.setMinimumHeight(240)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.presets_title = QLabel(self.tr("Kling's own elements: write @name to use one."))
        self.presets = QListWidget()
        self.presets.setViewMode(QListWidget.ViewMode.IconMode)
        self.presets.setFlow(QListWidget.Flow.LeftToRight)
        self.presets.setWrapping(False)
        self.presets.setIconSize(QSize(48, 48))
        self.presets.setMovement(QListWidget.Movement.Static)
        self.presets.setFixedHeight(96)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New element…"))
        self.new_button.clicked.connect(self.new_element)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.presets_title)
        layout.addWidget(self.presets)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._asking: set[str] = set()  # elements whose state Kling is being asked
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_creating)
        fit_to_screen(self, QSize(560, 480))
        self.show_cached()
        self.refresh()

    # Showing -----------------------------------------------------------------------------

    def elements(self) -> list[CachedElement]:
        return self.context.elements.all(self.profile)

    def show_cached(self) -> None:
        current = self.current()
        self.list.clear()
        everything = self.elements()
        found = [e for e in everything if not is_preset(e.task_id)]
        self._show_presets([e for e in everything if is_preset(e.task_id)])
        for element in found:
            item = QListWidgetItem(f"{element.name} — {status_words(element.status)}")
            item.setData(TASK_ID, element.task_id)
            tip = element.description
            if element.message:
                tip = f"{tip}\n{element.message}" if tip else element.message
            item.setToolTip(tip)
            image = decode.picture(element.thumbnail)
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.list.addItem(item)
            if current is not None and element.task_id == current.task_id:
                self.list.setCurrentItem(item)
        if not found:
            self.status.setText(self.tr("No elements of yours yet: make one with New element…"))
        if any(e.status == "creating" for e in found):
            self._poll.start()
        else:
            self._poll.stop()
        self._update_buttons()

    def _show_presets(self, presets: list[CachedElement]) -> None:
        self.presets.clear()
        for element in sorted(presets, key=lambda e: e.name.casefold()):
            item = QListWidgetItem(f"@{element.name}")
            item.setToolTip(element.description)
            image = decode.picture(element.thumbnail)
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.presets.addItem(item)
        self.presets_title.setVisible(bool(presets))
        self.presets.setVisible(bool(presets))

    def current(self) -> CachedElement | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.context.elements.get(self.profile, item.data(TASK_ID))

    def _update_buttons(self) -> None:
        element = self.current()
        self.rename_button.setEnabled(element is not None)
        self.delete_button.setEnabled(element is not None and element.status != "creating")

    # Talking to Kling ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.status.setText(self.tr("Asking Kling for your elements…"))
        self.refresh_button.setEnabled(False)
        profile = self.profile
        in_background(lambda: self.context.elements.refresh(profile), self._refreshed, self)

    def _refreshed(self, _result, error) -> None:
        self.refresh_button.setEnabled(True)
        if error is not None:
            self.status.setText(
                self.tr("Kling could not be asked ({why}): showing what was seen last.").format(
                    why=error_words(error)
                )
            )
        else:
            self.status.setText(self.tr("Up to date."))
        self.show_cached()

    def _check_creating(self) -> None:
        profile = self.profile
        for element in self.elements():
            if element.status == "creating" and element.task_id not in self._asking:
                self._asking.add(element.task_id)  # one question at a time per element
                in_background(
                    lambda t=element.task_id: self.context.elements.check(profile, t),
                    lambda _s, _e, t=element.task_id: self._checked(t),
                    self,
                )

    def _checked(self, task_id: str) -> None:
        self._asking.discard(task_id)
        self.show_cached()
        # The line under the list follows the list: "making it" ends when the row does.
        element = self.context.elements.get(self.profile, task_id)
        if element is None or element.status == "creating":
            return
        if element.status == "ready":
            self.status.setText(
                self.tr("“{name}” is ready: write @{name} in a prompt to use it.").format(
                    name=element.name
                )
            )
        else:
            why = element.message or self.tr("Kling did not say why.")
            self.status.setText(
                self.tr("Kling could not make “{name}”: {why}").format(name=element.name, why=why)
            )

    def new_element(self) -> None:
        taken = {e.name for e in self.elements()}
        videos = [
            (
                " ".join(prompt.split())[:60] or self.tr("(no prompt)"),
                output.url,
                output.duration,
            )
            for prompt, output in self.context.history.kept_results("video")
        ]
        voices = [
            (v.name, v.voice_id)
            for v in self.context.voices.cached(self.profile).voices
            if v.voice_id and v.name
        ]
        dialog = NewElementDialog(taken, self, videos=videos, voices=voices)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = dialog.name.text().strip()
        description = dialog.description.text().strip()
        photos = [] if dialog.from_video() else list(dialog.photos.prepared)
        video_url, voice_id = dialog.video_url(), dialog.voice_id()
        profile = self.profile
        self.status.setText(self.tr("Sending it to Kling…"))
        in_background(
            lambda: self.context.elements.create(
                profile, name, description, photos, video_url=video_url, voice_id=voice_id
            ),
            self._created,
            self,
        )

    def _created(self, task_id, error) -> None:
        if error is not None:
            self.status.setText(
                self.tr("Kling did not make the element: {why}").format(why=error_words(error))
            )
            return
        self.show_cached()
        self.status.setText(
            self.tr("Kling is making the element; it usually takes a minute or two.")
        )

    def rename_current(self) -> None:
        element = self.current()
        if element is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("The name you write after @ in prompts (Kling keeps “{kling}”):").format(
                kling=element.kling_name or element.name
            ),
            text=element.name,
        )
        name = name.strip()[:MAX_NAME]
        if not ok or not name or name == element.name:
            return
        if any(e.name.casefold() == name.casefold() for e in self.elements()):
            self.status.setText(
                self.tr("Another element is already called “{name}”.").format(name=name)
            )
            return
        self.context.elements.rename(self.profile, element.task_id, name)
        self.show_cached()

    def delete_current(self) -> None:
        from kling_desktop.ui.ask import delete_from_account

        element = self.current()
        if element is None:
            return
        profile = self.profile
        delete_from_account(
            self,
            self.tr(
                "Delete the element “{name}” from your Kling account? Videos already made "
                "keep it; new ones cannot use it."
            ).format(name=element.name),
            lambda: self.context.elements.delete(profile, element.task_id),
            lambda error: self._deleted(element, error),
        )

    def _deleted(self, element: CachedElement, error) -> None:
        self.show_cached()
        if error is not None:
            self.status.setText(
                self.tr("“{name}” could not be deleted: {why}").format(
                    name=element.name, why=error_words(error)
                )
            )
        else:
            self.status.setText(self.tr("“{name}” was deleted.").format(name=element.name))

    def done(self, result: int) -> None:
        self._poll.stop()
        super().done(result)

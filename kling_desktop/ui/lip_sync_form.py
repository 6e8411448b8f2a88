"""The form of "Lip-sync": the video, then Kling's search of its faces ("Find the faces",
0.05 units, shown before it is asked), each face as its picture and when it is on screen,
the first one chosen; then what the face says. The session and the face chosen are the
request's; a new video forgets them (Kling's search was of the old one)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.operations.kinds import video_url
from kling_desktop.ui.background import in_background
from kling_desktop.ui.forms import OperationForm
from kling_desktop.ui.words import error_words

FACE = QSize(72, 72)


class LipSyncForm(OperationForm):
    def __init__(self, operation, env, parent: QWidget | None = None) -> None:
        super().__init__(operation, env, parent)
        self.session = ""
        self.find = QPushButton(self.tr("Find the faces"))
        self.find.setToolTip(
            self.tr("Kling looks for the faces in the video; you then choose the one that speaks.")
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.faces = QListWidget()
        self.faces.setViewMode(QListWidget.ViewMode.IconMode)
        self.faces.setFlow(QListWidget.Flow.LeftToRight)
        self.faces.setWrapping(False)
        self.faces.setIconSize(FACE)
        self.faces.setMovement(QListWidget.Movement.Static)
        self.faces.setFixedHeight(FACE.height() + 48)
        self.faces.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.faces.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.find)
        row.addWidget(self.note, 1)
        column.addLayout(row)
        column.addWidget(self.faces)
        self.finder = box
        # The session and the face are chosen here, never typed: their rows are hidden.
        layout = self.scroll.widget().layout()
        for name in ("session_id", "face_id"):
            self.fields[name].widget.hide()
            self._captions[name].hide()
            self._errors[name].hide()
        layout.insertWidget(layout.indexOf(self.fields["session_id"].widget), box)
        self.find.clicked.connect(self.find_faces)
        self.faces.currentItemChanged.connect(self._face_chosen)
        self.fields["video"].changed.connect(self._video_changed)
        self._say("")

    # Finding the faces -----------------------------------------------------------------------

    def _video(self) -> str | None:
        value = self.fields["video"].value()
        return video_url(value) if value else None

    def _say(self, text: str) -> None:
        if text:
            self.note.setText(text)
        elif self.env.demo():
            self.note.setText(self.tr("Free in demo mode."))
        else:
            self.note.setText(self.tr("Kling charges 0.05 units to look."))
        self.find.setEnabled(bool(self._video()) and self.env.client is not None)

    def _video_changed(self) -> None:
        if self.session:  # Kling's search was of another video
            self.session = ""
            self.faces.clear()
            self.faces.hide()
            self.fields["session_id"].set_value(None)
            self.fields["face_id"].set_value(None)
        self._say("")

    def find_faces(self) -> None:
        url = self._video()
        client = self.env.client
        if not url or client is None:
            return
        self.find.setEnabled(False)
        self._say(self.tr("Kling is looking for faces…"))

        def look() -> tuple[Any, dict[str, bytes]]:
            from kling_desktop.api import faces
            from kling_desktop.api.errors import KlingError
            from kling_desktop.media.images import ImageError, thumbnail_of_file

            connection = client()
            found = faces.identify(connection, video_url=url)
            pictures: dict[str, bytes] = {}
            with tempfile.TemporaryDirectory() as folder:
                for face in found.faces:
                    if not face.picture_url:
                        continue
                    try:
                        path = connection.download(
                            face.picture_url,
                            Path(folder) / f"face-{face.face_id}",
                            max_bytes=10 << 20,
                            expect="image",
                        )
                        pictures[face.face_id] = thumbnail_of_file(path)[0]
                    except (KlingError, ImageError, OSError):
                        pass  # shown by its time on screen alone
            return found, pictures

        in_background(look, self._found, owner=self)

    def _found(self, result: Any, error: Exception | None) -> None:
        if error is not None:
            self._say(error_words(error))
            self.find.setEnabled(True)
            return
        found, pictures = result
        self.faces.clear()
        if not found.faces:
            self._say(self.tr("Kling found no face in this video."))
            self.find.setEnabled(True)
            return
        self.session = found.session_id
        for number, face in enumerate(found.faces, start=1):
            words = self.tr("Face {n}\n{start}–{end} s").format(
                n=number, start=f"{face.start_ms / 1000:g}", end=f"{face.end_ms / 1000:g}"
            )
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, face.face_id)
            picture = pictures.get(face.face_id)
            if picture:
                item.setIcon(QIcon(QPixmap.fromImage(_image(picture))))
            item.setSizeHint(QSize(FACE.width() + 40, FACE.height() + 40))
            self.faces.addItem(item)
        self.faces.show()
        self.faces.setCurrentRow(0)  # the first face speaks unless another is chosen
        self._say(
            self.tr("Kling found %n face(s): choose the one that speaks.", "", len(found.faces))
        )

    def _face_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None or not self.session:
            return
        self.fields["session_id"].set_value(self.session)
        self.fields["face_id"].set_value(item.data(Qt.ItemDataRole.UserRole))
        self.revalidate()

    def chosen_face(self) -> str | None:
        item = self.faces.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _image(data: bytes):
    from PySide6.QtGui import QImage

    image = QImage()
    image.loadFromData(data)
    return image

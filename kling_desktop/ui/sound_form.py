"""The form of "Give a video sound": which video (one of the user's, shown as its picture,
its prompt and how long Kling keeps it; or a web address under More settings), then what
should be heard. A video Kling no longer keeps, or one outside the 3 to 20 seconds Kling
takes, is refused in a sentence before anything is sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from kling_desktop.media import decode
from kling_desktop.operations.sound import VIDEO_SECONDS
from kling_desktop.store.records import OutputRecord
from kling_desktop.ui.form_fields import fill_video_menu
from kling_desktop.ui.forms import OperationForm
from kling_desktop.ui.words import short_date

THUMB = QSize(96, 54)


class AddSoundForm(OperationForm):
    def __init__(self, operation, env, parent: QWidget | None = None) -> None:
        super().__init__(operation, env, parent)
        #: The history result chosen, and its job's prompt (None: a web address, or none).
        self.source: OutputRecord | None = None
        self._source_words = ""
        self.picture = QLabel()
        self.picture.setFixedSize(THUMB)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setObjectName("soundVideo")
        self.picture.setStyleSheet("#soundVideo { background: palette(mid); }")
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose one of my videos"))
        self.choose.setToolTip(
            self.tr("Your videos that Kling still keeps (30 days after they were made).")
        )
        self.menu = QMenu(self.choose)
        self.choose.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.words)
        text.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeft)
        card = QWidget()
        card.setObjectName("soundVideoCard")
        row = QHBoxLayout(card)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.card = card
        # The card stands where the video id's box would: an id means nothing to a person.
        id_field = self.fields["video_id"]
        id_field.widget.hide()
        layout = self.scroll.widget().layout()
        layout.insertWidget(layout.indexOf(id_field.widget), card)
        url_field = self.fields["video_url"]
        url_field.mine.hide()  # the card chooses the user's own videos
        url_field.changed.connect(self._address_typed)
        self._show_source()

    # Choosing the video ------------------------------------------------------------------

    def take(self, uses, output: OutputRecord, job) -> None:
        """A video from the history ("Give it sound…"): one Kling no longer keeps is
        refused here, in a sentence, before anything is sent."""
        if uses.param != "video_id":
            super().take(uses, output, job)
            return
        self.use_video(output, job.prompt)
        self.show_field_errors = True
        self.revalidate()

    def use_video(self, output: OutputRecord, prompt: str) -> None:
        """Give sound to `output`, one of the user's videos (from the history)."""
        self.source = output
        self._source_words = " ".join(prompt.split())
        self.fields["video_url"].set_value("")
        self.fields["video_id"].set_value(output.remote_id or "")
        if not output.remote_id:  # made before ids were kept: by its address instead
            self.fields["video_url"].set_value(output.url)
        self._show_source()
        self.touched()
        self.changed()

    def _address_typed(self) -> None:
        source, url = self.source, self.fields["video_url"].value()
        if source is not None and url and url != source.url:  # another video, by address
            self.source = None
            self.fields["video_id"].set_value("")
            self._show_source()

    def _fill_menu(self) -> None:
        fill_video_menu(self.menu, self.env.kept_outputs("video"), self.use_video)

    def _show_source(self) -> None:
        output = self.source
        if output is None:
            self.picture.setPixmap(QPixmap())
            self.picture.setText("♪")
            self.words.setText(
                self.tr("Choose one of your videos, or give a video's address under More settings.")
            )
            return
        image = decode.picture(output.thumbnail)
        if image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText("▶")
        else:
            self.picture.setPixmap(
                QPixmap.fromImage(image).scaled(
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        facts = []
        if output.duration:
            facts.append(self.tr("{s} s").format(s=f"{output.duration:g}"))
        if output.url_expires_at is not None:
            when = short_date(output.url_expires_at)
            if output.server_copy_alive():
                facts.append(self.tr("Kling keeps it until {when}").format(when=when))
            else:
                facts.append(self.tr("Kling deleted it on {when}").format(when=when))
        words = self._source_words[:80] or self.tr("(no prompt)")
        self.words.setText(f"“{words}”\n" + " · ".join(facts))

    # What is sent, and what is refused first ----------------------------------------------

    def problems(self) -> list:
        from kling_desktop.api.errors import Problem

        problems = super().problems()
        output = self.source
        if output is not None and self.fields["video_id"].value():
            if output.url_expires_at is not None and not output.server_copy_alive():
                problems.insert(
                    0,
                    Problem(
                        "video_id",
                        self.tr(
                            "Kling deleted this video on {when}, 30 days after it was made, "
                            "so it cannot give it sound. Your copy is still on this computer: "
                            "choose a newer video, or put this one online and give its address."
                        ).format(when=short_date(output.url_expires_at)),
                    ),
                )
            low, high = VIDEO_SECONDS
            if output.duration and not low <= output.duration <= high:
                problems.append(
                    Problem(
                        "video_id",
                        self.tr(
                            "Kling gives sound to videos of {low:g} to {high:g} seconds; this "
                            "one is {s:g} seconds."
                        ).format(low=low, high=high, s=output.duration),
                    )
                )
        return problems

    def sources(self) -> tuple[tuple[str, int], ...]:
        return (("video_id", self.source.id),) if self.source is not None else ()

    # Memory: the video is chosen each time, not remembered -------------------------------

    def state(self) -> dict[str, Any]:
        state = super().state()
        for name in ("video_id", "video_url"):
            state["params"].pop(name, None)
        return state

    def load(self, request, images):
        note = super().load(request, images)
        found = None
        video_id = request.get("video_id")
        if isinstance(video_id, str) and video_id:
            found = self.env.find_video(video_id)
        if found is not None:
            self.use_video(found[1], found[0])
        else:
            self.source = None
            self._show_source()
        return note

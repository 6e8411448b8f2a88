"""Settings: language, look, where results go, how many jobs run at once, notifications."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.store import Settings
from kling_desktop.store.settings import secure_url
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.widgets import FieldError


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        default_library: str,
        parent: QWidget | None = None,
        *,
        default_videos: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.result_settings: Settings | None = None
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Same as the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.library = QLineEdit(settings.library_folder or "")
        self.library.setPlaceholderText(self.tr("Your Pictures and Videos folders"))
        self._default_library = default_library
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.library, 1)
        folder_row.addWidget(browse)
        where = (
            self.tr("Left empty: pictures go to {pictures}\nand videos to {videos}").format(
                pictures=default_library, videos=default_videos
            )
            if default_videos
            else self.tr("Left empty: results go to {pictures}").format(pictures=default_library)
        )
        self.library_note = QLabel(where)
        self.library_note.setWordWrap(True)
        self.library_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = QVBoxLayout()
        folder.addLayout(folder_row)
        folder.addWidget(self.library_note)
        self.jobs = QSpinBox()
        self.jobs.setRange(0, 20)
        self.jobs.setSpecialValueText(self.tr("Automatic (recommended)"))
        self.jobs.setValue(settings.jobs_together)
        self.jobs.setToolTip(
            self.tr(
                "How many jobs of one connection may be on Kling's servers at once. "
                "Automatic uses every task your resource packs allow at once, as Kling "
                "says it, and never more."
            )
        )
        self.notifications = QCheckBox(
            self.tr("Tell me when a result is ready while the window is in the background")
        )
        self.notifications.setChecked(settings.notifications)
        self.catalogue_url = QLineEdit(settings.catalogue_url or "")
        self.catalogue_url.setPlaceholderText(self.tr("https://… (optional)"))
        self.catalogue_url.setToolTip(
            self.tr(
                "Where to look for a newer list of Kling's models when the app starts. "
                "A list that is not valid, or not newer, is not used."
            )
        )
        for combo, value in ((self.language, settings.language), (self.theme, settings.theme)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Look"), self.theme)
        form.addRow(self.tr("Save results in"), folder)
        form.addRow(self.tr("Jobs running together"), self.jobs)
        form.addRow("", self.notifications)
        form.addRow(self.tr("Model list address"), self.catalogue_url)
        self.url_error = FieldError()
        form.addRow("", self.url_error)
        self.restart_note = QLabel(
            self.tr("A new language applies when Kling Desktop is started again.")
        )
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()
        self.language.currentIndexChanged.connect(
            lambda: self.restart_note.setVisible(
                self.language.currentData() != self.original.language
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(600, 300))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Where should results be saved?"),
            self.library.text() or self._default_library,
        )
        if chosen:
            self.library.setText(chosen)

    def save(self) -> None:
        url = self._catalogue_url()
        if url is not None and not secure_url(url):
            self.url_error.setText(self.tr("The model list address must start with https://."))
            self.url_error.show()
            return
        self.result_settings = dataclasses.replace(
            self.original,
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            library_folder=self.library.text().strip() or None,
            jobs_together=self.jobs.value(),
            notifications=self.notifications.isChecked(),
            catalogue_url=self._catalogue_url(),
        )
        self.accept()

    def _catalogue_url(self) -> str | None:
        text = self.catalogue_url.text().strip()
        return text or None

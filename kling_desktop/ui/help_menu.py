"""The Help menu, where a newcomer looks: every key the window answers to, where results,
the history and the log are kept (each with a button that opens it), and About.

The list of keys is read from the window itself (its menus' actions and the viewer's keys)
and from the video player's own table, so it cannot drift from what the keys do.
"""

from __future__ import annotations

import contextlib
import platform
import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from kling_desktop.ui.keys import native

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from kling_desktop.context import AppContext


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager, making it first if nothing was saved
    there yet (a new user's Pictures/Kling Desktop)."""
    # Read-only or gone: the file manager says so in its own words.
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _plain(text: str) -> str:
    """A menu text as a sentence: no mnemonic ("&Quit", Chinese "退出(&Q)"), no trailing
    ellipsis."""
    text = re.sub(r"\(&\w\)", "", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&").replace("…", "").strip()


class HelpMenu(QMenu):
    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(self.tr("&Help"), window)
        self.window_ = window
        self.context = context
        self.addAction(self.tr("&Keyboard shortcuts…"), self.show_keys)
        self.addAction(self.tr("&Where my files are…"), self.show_places)
        self.addAction(self.tr("Open the &log folder"), self.open_logs)
        self.addSeparator()
        about = self.addAction(self.tr("&About Kling Desktop"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        self.dialog: QDialog | None = None  # the one open, reachable by tests

    # Keys ----------------------------------------------------------------------------

    def shortcuts(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(where, [(keys, what they do)]) for every key the window answers to."""
        from kling_desktop.ui.forms import GENERATE_KEYS
        from kling_desktop.ui.video_player import player_keys

        window = self.window_
        sections: list[tuple[str, list[tuple[str, str]]]] = [
            (self.tr("Anywhere"), [(native(GENERATE_KEYS[0]), self.tr("Generate"))])
        ]
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None or menu is self:
                continue
            rows = [
                (native(action.shortcut()), _plain(action.text()))
                for action in menu.actions()
                if not action.shortcut().isEmpty() and action.text()
            ]
            if rows:
                sections.append((_plain(menu.title()), rows))
        viewer = getattr(window, "viewer", None)
        if viewer is not None:
            rows = [
                (native(action.shortcut()), action.text())
                for action in viewer.actions()
                if not action.shortcut().isEmpty() and action.text()
            ]
            sections.append((self.tr("Viewing a picture"), rows))
        sections.append((self.tr("Playing a video"), player_keys()))
        return sections

    def show_keys(self) -> None:
        dialog = QDialog(self.window_)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        tree = QTreeWidget()
        tree.setObjectName("keys")
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for where, rows in self.shortcuts():
            section = QTreeWidgetItem(tree, ["", where])
            font = section.font(1)
            font.setBold(True)
            section.setFont(1, font)
            section.setFirstColumnSpanned(True)
            section.setText(0, where)
            section.setFont(0, font)
            for keys, what in rows:
                QTreeWidgetItem(tree, [keys, what])
        layout = QVBoxLayout(dialog)
        layout.addWidget(tree)
        layout.addWidget(self._close_box(dialog))
        self._show(dialog, 520, 560)

    # Places --------------------------------------------------------------------------

    def places(self) -> list[tuple[str, Path, str]]:
        """(what, folder, a sentence) for every place the app keeps something."""
        context = self.context
        paths = context.paths
        pictures = context.library_folder("image")
        videos = context.library_folder("video")
        if videos == pictures:
            out = [
                (
                    self.tr("Results"),
                    pictures,
                    self.tr("Every picture, video and sound, saved as soon as it arrives."),
                )
            ]
        else:
            out = [
                (
                    self.tr("Pictures"),
                    pictures,
                    self.tr("Every picture, saved as soon as it arrives."),
                ),
                (
                    self.tr("Videos and sounds"),
                    videos,
                    self.tr("Every video and sound, saved as soon as it arrives."),
                ),
            ]
        out += [
            (
                self.tr("History"),
                paths.data,
                self.tr("Each job's prompt, settings and thumbnails (history.sqlite)."),
            ),
            (self.tr("Settings"), paths.config, self.tr("Connections and choices; no keys.")),
            (self.tr("Log"), paths.logs, self.tr("What the app did, for a bug report.")),
        ]
        return out

    def show_places(self) -> None:
        dialog = QDialog(self.window_)
        dialog.setWindowTitle(self.tr("Where my files are"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(
            self.tr(
                "Kling deletes its copies of results after 30 days; the app keeps its own "
                "here, for as long as you like. Keys are kept by your system's keyring, "
                "not in these folders. A different folder for results can be chosen in "
                "Settings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (what, folder, sentence) in enumerate(self.places()):
            name = QLabel(f"<b>{what}</b>")
            where = QLabel(f"{escape(str(folder))}<br><small>{escape(sentence)}</small>")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Open"))
            button.setObjectName(f"open{row}")
            button.clicked.connect(lambda _=False, f=folder: open_folder(f))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self._close_box(dialog))
        # As tall as its wrapped lines need at that width, no more.
        self._show(dialog, 640, dialog.layout().totalHeightForWidth(640))

    def open_logs(self) -> None:
        open_folder(self.context.paths.logs)

    # About ---------------------------------------------------------------------------

    def about_text(self) -> str:
        import PySide6

        from kling_desktop import __version__

        return self.tr(
            "<h3>Kling Desktop {version}</h3>"
            "<p>Make pictures, videos and sounds with Kling AI, and keep every result with "
            "its prompt and settings, on your computer.</p>"
            "<p>An independent app that speaks Kling's public API; it is not made by "
            "Kling. What you generate is charged by Kling to your account.</p>"
            "<p><small>Python {python} · Qt {qt} · {system}</small></p>"
        ).format(
            version=__version__,
            python=platform.python_version(),
            qt=PySide6.__version__,
            system=platform.system() or "?",
        )

    def show_about(self) -> None:
        QMessageBox.about(self.window_, self.tr("About Kling Desktop"), self.about_text())

    # -----------------------------------------------------------------------------------

    def _close_box(self, dialog: QDialog) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(dialog.reject)
        return box

    def _show(self, dialog: QDialog, width: int, height: int) -> None:
        from kling_desktop.ui.fit import fit_to_screen

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(width, height)
        fit_to_screen(dialog)
        self.dialog = dialog
        dialog.show()

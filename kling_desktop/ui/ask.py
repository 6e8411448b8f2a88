"""A question with verbs on its buttons ("Delete" / "Keep"), not Yes / No."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    do: str,
    dont: str,
    *,
    warning: bool = False,
    name: str = "",
) -> bool:
    """True if the user chose `do`. Escape and closing the box mean `dont`. `warning`
    shows the warning icon (for a choice that may cost money or fail); `name` is the
    box's object name, for whoever needs to find it while it is open."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(do, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(dont, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    chosen = box.clickedButton() is yes
    box.deleteLater()  # a parent asked many times does not keep every box
    return chosen


def delete_from_account(
    parent: QWidget,
    question: str,
    work: Callable[[], object],
    done: Callable[[BaseException | None], None],
) -> None:
    """Ask `question` (Delete / Keep) about something on the Kling account (an element, a
    voice); if the user chooses Delete, do `work` on the thread pool, then `done(error)`
    on the GUI thread (None when it went well)."""
    from kling_desktop.ui.background import in_background

    translate = QCoreApplication.translate
    delete = translate("Ask", "Delete")
    if ask(parent, delete, question, delete, translate("Ask", "Keep"), warning=True):
        in_background(work, lambda _result, error: done(error), parent)

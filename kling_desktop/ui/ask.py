"""A question with verbs on its buttons ("Delete" / "Keep"), not Yes / No."""

from __future__ import annotations

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

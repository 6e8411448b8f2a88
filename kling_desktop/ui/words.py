"""Sentences from the Qt-free layers (`kling_desktop.text.Message`), in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kling_desktop.text import Message


def translated(message: Message | str) -> str:
    if isinstance(message, Message):
        return message.translated(lambda s: QCoreApplication.translate("", s))
    return str(message)

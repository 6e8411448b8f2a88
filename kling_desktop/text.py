"""User-visible sentences from the Qt-free layers, translatable later by the UI.

`api/` and `store/` must not import Qt, yet what they say (validation problems, error
messages) has to reach users in English and Simplified Chinese. They build a `Message`
with `tr(template, **args)`: it *is* the English sentence (a `str`), and it remembers its
template and arguments so the UI can call `message.translated(translate)` with Qt's
translator. `pyside6-lupdate` extracts every literal `tr("...")` call into the `.ts` file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

# The Qt translation context under which lupdate files bare `tr()` calls.
CONTEXT = ""


class Message(str):
    """An English sentence that can be re-rendered in another language."""

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, args: Mapping[str, Any] | None = None) -> Message:
        args = dict(args or {})
        obj = super().__new__(cls, template.format(**args) if args else template)
        obj.template = template
        obj.args = args
        return obj

    def translated(self, translate: Callable[[str], str]) -> str:
        """Render through `translate` (e.g. `lambda s: QCoreApplication.translate("", s)`)."""
        template = translate(self.template) or self.template
        try:
            return template.format(**self.args) if self.args else template
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return str(self)


def stored(message: Message | str) -> str:
    """A sentence as kept in the history: a Message keeps its template and arguments, so
    it can be shown in the user's language years later; plain text stays as it is."""
    if isinstance(message, Message):
        return json.dumps(
            {"t": message.template, "a": dict(message.args)}, default=str, ensure_ascii=False
        )
    return str(message)


def from_stored(text: str) -> Message | str:
    """The inverse of `stored`; text from older versions or from the server passes through."""
    if text.startswith('{"t"'):
        try:
            data = json.loads(text)
            return Message(data["t"], data.get("a") or {})
        except (ValueError, KeyError, TypeError):
            pass
    return text


def tr(template: str, **args: Any) -> Message:
    """Mark `template` for translation and fill in `args` (`str.format` fields)."""
    return Message(template, args)

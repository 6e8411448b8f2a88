"""User-visible sentences from the Qt-free layers, translatable later by the UI.

`api/`, `store/`, the operations and the catalogue must not import Qt, yet what they say
(validation problems, error messages) has to reach users in English and Simplified Chinese.
They build a `Message` with `tr(template, **args)`: it *is* the English sentence (a `str`),
and it remembers its template and arguments so the UI can call
`message.translated(translate)` with Qt's translator. An argument that is itself a
`Message` is translated too. `pyside6-lupdate` extracts every literal `tr("...")` call into
the `.ts` file.

Text that comes with data rather than code (a model's name and description, a rule's
reason, from the catalogue) is a `Localised` message: it carries every language itself and
shows the one chosen with `set_language`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

# The Qt translation context under which lupdate files bare `tr()` calls.
CONTEXT = ""

_language = "en"


def set_language(language: str) -> None:
    """The language `Localised` messages show ("en" or "zh_CN"); set by the UI at start."""
    global _language
    _language = language


def language() -> str:
    return _language


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
        args = {
            k: v.translated(translate) if isinstance(v, Message) else v
            for k, v in self.args.items()
        }
        try:
            return template.format(**args) if args else template
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return str(self)


class Localised(Message):
    """Text that carries its own translations: {"en": ..., "zh_CN": ...}."""

    texts: Mapping[str, str]

    def __new__(cls, texts: Mapping[str, str]) -> Localised:
        english = texts.get("en") or next(iter(texts.values()), "")
        obj = super().__new__(cls, english)  # no arguments: never formatted
        obj.texts = dict(texts)
        return obj

    def translated(self, translate: Callable[[str], str]) -> str:
        return self.texts.get(_language) or str(self)


def _plain(value: Any) -> Any:
    if isinstance(value, Localised):
        return {"l": dict(value.texts)}
    if isinstance(value, Message):
        return {"t": value.template, "a": {k: _plain(v) for k, v in value.args.items()}}
    return value


def _rebuilt(value: Any) -> Any:
    if isinstance(value, dict):
        if "l" in value and len(value) == 1:
            return Localised(value["l"])
        if "t" in value:
            return Message(value["t"], {k: _rebuilt(v) for k, v in (value.get("a") or {}).items()})
    return value


def stored(message: Message | str) -> str:
    """A sentence as kept in the history: a Message keeps its template and arguments, so
    it can be shown in the user's language years later; plain text stays as it is."""
    if isinstance(message, Message):
        return json.dumps(_plain(message), default=str, ensure_ascii=False)
    return str(message)


def from_stored(text: str) -> Message | str:
    """The inverse of `stored`; text from older versions or from the server passes through."""
    if text.startswith(('{"t"', '{"l"')):
        try:
            rebuilt = _rebuilt(json.loads(text))
        except (ValueError, KeyError, TypeError, AttributeError):
            return text
        if isinstance(rebuilt, Message):
            return rebuilt
    return text


def tr(template: str, **args: Any) -> Message:
    """Mark `template` for translation and fill in `args` (`str.format` fields)."""
    return Message(template, args)

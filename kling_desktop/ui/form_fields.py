"""One widget per kind of parameter, as a form shows it.

A `Field` owns the widget of one `Param`: it reads and sets the value, and `offer` adapts it
to what the chosen model accepts (the catalogue's spec), greying out what the model or
the connection cannot do, each with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.operations import Param
from kling_desktop.operations.kinds import PreparedInput
from kling_desktop.ui.background import in_background
from kling_desktop.ui.widgets import AspectPicker, ImagePicker, PictureList, PromptEdit
from kling_desktop.ui.words import error_words, translated

if TYPE_CHECKING:
    from kling_desktop.catalogue import ParamSpec
    from kling_desktop.operations.kinds import PreparedInput
    from kling_desktop.store.records import JobRecord, OutputRecord
    from kling_desktop.ui.form_env import FormEnv


Why = Callable[[Any], str]  # a value -> why it cannot be chosen now


class Field(QObject):
    """The widget of one parameter."""

    changed = Signal()

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.widget: QWidget = QWidget(parent)

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        pass

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        """Adapt to the chosen model: `spec` is what it accepts (None: the model is not in
        the catalogue, anything goes); `allowed` the choices the rules leave now."""

    def empty(self) -> bool:
        value = self.value()
        return value is None or value == "" or value == []

    def clear(self) -> None:
        """Forget the value when a reused job gave none (words are cleared; a choice keeps
        what the form had)."""

    def prepared(self) -> dict[str, PreparedInput]:
        """The files this field holds, ready to send, by input role (`name`, or `name:i`
        in a list), with their previews for the history."""
        return {}

    def take(self, output: OutputRecord, job: JobRecord, how: str) -> None:
        """Hold a result from the history (`how`: the result's "file", a video's
        "last_frame", or the result as Kling knows it, "kling_id")."""
        if how == "kling_id" and output.remote_id:
            self.set_value(output.remote_id)

    def attach_env(self, env: FormEnv) -> None:
        """What the field may ask of the window (the user's results, the elements)."""


class TextField(Field):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = PromptEdit(translated(param.tip), param.max_length or 2500)
        if param.name != "prompt":
            self.edit.edit.setMaximumHeight(60)
        self.widget = self.edit
        self.edit.changed.connect(self.changed)

    def value(self) -> str | None:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))

    def clear(self) -> None:
        self.set_value(None)

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        if spec is not None and spec.max:
            self.edit.set_limit(int(spec.max))
        elif self.param.max_length:
            self.edit.set_limit(self.param.max_length)


class ChoiceField(Field):
    """A drop-down of the values the model offers, in words."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(8)
        self.widget = self.combo
        self._values: list[Any] = []
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        return self.combo.currentData() if self.combo.count() else None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        if spec is not None and spec.values:
            values = list(spec.values)
        else:  # no model says: the operation's own choices, if it lists them
            values = self._values or list(self.param.choices)
        if values != self._values:
            current = self.value()
            self.combo.blockSignals(True)
            self.combo.clear()
            for v in values:
                self.combo.addItem(translated(self.param.words(v)), v)
            self._values = values
            self._searchable(len(values) > LONG_LIST)
            index = self.combo.findData(current)
            default = spec.default if spec is not None else self.param.default
            if index < 0 and default is not None:
                index = self.combo.findData(default)
            self.combo.setCurrentIndex(max(index, 0))
            self.combo.blockSignals(False)
        model = self.combo.model()
        if isinstance(model, QStandardItemModel):
            for i, v in enumerate(self._values):
                ok = allowed is None or v in allowed
                item = model.item(i)
                item.setEnabled(ok)
                item.setToolTip("" if ok else why(v))
            if allowed is not None and self.value() not in allowed:
                first = next((i for i, v in enumerate(self._values) if v in allowed), None)
                if first is not None:
                    self.combo.setCurrentIndex(first)

    def _searchable(self, on: bool) -> None:
        """A long list (Kling's effects, its voices) is searched by typing a part of a
        name; what is typed never becomes a value of its own."""
        if on == self.combo.isEditable():
            return
        self.combo.setEditable(on)
        if not on:
            return
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit = self.combo.lineEdit()
        edit.setPlaceholderText(self.tr("Type to search"))
        # Text that names nothing goes back to the chosen entry's name.
        edit.editingFinished.connect(
            lambda: edit.setText(self.combo.itemText(self.combo.currentIndex()))
        )


def shiboken_valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


#: From this many choices on, a drop-down can be searched by typing.
LONG_LIST = 20


class AspectField(Field):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.picker = AspectPicker()
        self.widget = self.picker
        self.picker.changed.connect(self.changed)

    def value(self) -> Any:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(str(value))

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        ratios = list(spec.values) if spec is not None and spec.values else ["16:9", "9:16", "1:1"]
        words = self.param.words
        self.picker.set_ratios(ratios, lambda r: translated(words(r)))
        if spec is not None and spec.default and self.picker.value() not in ratios:
            self.picker.set_value(str(spec.default))
        self.picker.allow(list(allowed) if allowed is not None else ratios, lambda r: why(r))


class CountField(Field):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.spin = QSpinBox()
        self.spin.setRange(1, 9)
        self.widget = self.spin
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        if spec is not None and spec.min is not None and spec.max is not None:
            self.spin.setRange(int(spec.min), int(spec.max))


class FractionField(Field):
    """A 0..1 value as a slider, with what each end means."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.number = QLabel("0.50")
        self.number.setMinimumWidth(36)
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.number)
        self.widget = box
        self.slider.valueChanged.connect(self._moved)

    def _moved(self, v: int) -> None:
        self.number.setText(f"{v / 100:.2f}")
        self.changed.emit()

    def value(self) -> float:
        return self.slider.value() / 100

    def set_value(self, value: Any) -> None:
        self.slider.setValue(round(float(value) * 100))


class SideField(Field):
    """How much to add on one side of a picture: 0 to 200 % of its width or height."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        # Typed and shown as a share of the picture's side ("36.5 %"), not a bare ratio.
        self.spin = QDoubleSpinBox()
        self.spin.setRange(0.0, 200.0)
        self.spin.setSingleStep(5.0)
        self.spin.setDecimals(1)
        self.spin.setSuffix(" %")
        self.widget = self.spin
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> float:
        return round(self.spin.value() / 100, 4)

    def set_value(self, value: Any) -> None:
        self.spin.setValue(float(value or 0) * 100)


class ImageField(Field):
    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.picker = ImagePicker(translated(param.subject))
        self.widget = self.picker
        self.picker.changed.connect(self.changed)

    def value(self) -> bytes | None:
        return self.picker.prepared.data if self.picker.prepared else None

    def set_value(self, value: Any) -> None:
        self.picker.set_prepared(value)

    def prepared(self) -> dict[str, PreparedInput]:
        found = self.picker.prepared
        return {self.param.name: found} if found else {}

    def take(self, output: OutputRecord, job: JobRecord, how: str) -> None:
        if output.path is None or not output.file_present():
            return
        if how == "last_frame":
            path = output.path

            def last_frame() -> bytes:
                from kling_desktop.media.images import encode
                from kling_desktop.media.video import probe

                return encode(probe(path, last_frame=True).poster, "PNG")

            self.picker.load(last_frame, made_from=output.id)
        else:
            self.picker.load(output.path, made_from=output.id)


class ImagesField(Field):
    """Several pictures (reference pictures)."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.picker = PictureList(translated(param.subject))
        self.widget = self.picker
        self.picker.changed.connect(self.changed)

    def value(self) -> list[bytes] | None:
        return [p.data for p in self.picker.prepared] or None

    def set_value(self, value: Any) -> None:
        self.picker.set_prepared(value if isinstance(value, list) else None)

    def prepared(self) -> dict[str, PreparedInput]:
        return {f"{self.param.name}:{i}": p for i, p in enumerate(self.picker.prepared)}

    def take(self, output: OutputRecord, job: JobRecord, how: str) -> None:
        if output.path is not None and output.file_present():
            self.picker.load(output.path, made_from=output.id)

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        if spec is not None and spec.max:
            self.picker.set_limit(int(spec.max))


#: Asked for a URL field's "From my results" menu: [(words, address)], newest first.
Suggestions = Callable[[], list[tuple[str, str]]]


class UrlField(Field):
    """A web address, typed, or chosen among the user's own results that Kling still keeps
    (a reference video must be given by its address)."""

    suggestions: Suggestions | None = None

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("https://")
        self.mine = QToolButton()
        self.mine.setText(self.tr("From my videos"))
        self.mine.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.mine)
        self.mine.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.mine)
        self.widget = box
        self.edit.textChanged.connect(lambda _t: self.changed.emit())

    def attach_env(self, env: FormEnv) -> None:
        self.suggestions = env.videos

    def _fill(self) -> None:
        self.menu.clear()
        found = self.suggestions() if self.suggestions is not None else []
        if not found:
            none = self.menu.addAction(
                self.tr("No video of yours is still kept by Kling (30 days).")
            )
            none.setEnabled(False)
        for words, url in found:
            self.menu.addAction(words, lambda url=url: self.edit.setText(url))

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))

    def clear(self) -> None:
        self.set_value(None)


def fill_video_menu(
    menu: QMenu,
    found: list[tuple[str, OutputRecord]],
    chosen: Callable[[OutputRecord, str], None],
) -> None:
    """The user's videos Kling still keeps, as a menu: each by its prompt, length and the
    day Kling deletes it; `chosen(result, prompt)` when one is picked."""
    from kling_desktop.ui.words import short_date

    translate = QCoreApplication.translate
    menu.clear()
    if not found:
        none = menu.addAction(
            translate("VideoMenu", "No video of yours is still kept by Kling (30 days).")
        )
        none.setEnabled(False)
    for prompt, output in found:
        words = " ".join(prompt.split())[:60] or translate("VideoMenu", "(no prompt)")
        if output.duration:
            words += " · " + translate("VideoMenu", "{s} s").format(s=f"{output.duration:g}")
        if output.url_expires_at is not None:
            words += " · " + short_date(output.url_expires_at)
        menu.addAction(words, lambda o=output, p=prompt: chosen(o, p))


class VideoField(UrlField):
    """A video Kling takes by its address: one of the user's videos Kling still keeps
    (chosen from the menu or from the history: its length and the day Kling deletes it
    go with it, so limits are said before sending), or any https address typed in."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.kept: Callable[[str], list[tuple[str, OutputRecord]]] = lambda media: []
        self._known: dict[str, Any] | None = None  # the result chosen, as the value says it
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("videoFacts")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.widget)
        column.addWidget(self.facts)
        self.widget = box
        self._show()

    def attach_env(self, env: FormEnv) -> None:
        self.kept = env.kept_outputs

    def _fill(self) -> None:
        fill_video_menu(self.menu, self.kept("video"), lambda output, _prompt: self.use(output))

    def use(self, output: OutputRecord) -> None:
        """One of the user's videos, with what the app knows of it."""
        until = output.url_expires_at
        self._known = {
            "url": output.url,
            "seconds": output.duration,
            "until": int(until.timestamp() * 1000) if until is not None else None,
            "source": output.id,
            "width": output.width,
            "height": output.height,
        }
        self.edit.setText(output.url)
        self._show()

    def take(self, output: OutputRecord, job: JobRecord, how: str) -> None:
        self.use(output)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if self._known is not None and text == self._known.get("url"):
            return {k: v for k, v in self._known.items() if v is not None}
        return text or None

    def set_value(self, value: Any) -> None:
        from kling_desktop.operations.kinds import video_url

        self._known = dict(value) if isinstance(value, dict) else None
        self.edit.setText(str(video_url(value) or ""))
        self._show()

    def _show(self) -> None:
        from kling_desktop.ui.words import short_date

        known = self._known
        if known is None or self.edit.text().strip() != known.get("url"):
            self.facts.setText("")
            self.facts.setVisible(False)
            return
        facts = [self.tr("one of your videos")]
        if known.get("seconds"):
            facts.append(self.tr("{s} s").format(s=f"{known['seconds']:g}"))
        if known.get("until"):
            from datetime import UTC, datetime

            day = short_date(datetime.fromtimestamp(known["until"] / 1000, tz=UTC))
            facts.append(self.tr("Kling keeps it until {when}").format(when=day))
        self.facts.setText(" · ".join(facts))
        self.facts.setVisible(True)


class ShotsField(Field):
    """A storyboard: up to N shots, each with its words and seconds."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.limit = 6
        box = QWidget()
        self.rows_box = QGridLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setColumnStretch(1, 1)
        self.add = QPushButton(self.tr("Add a shot"))
        self.total = QLabel()
        self.total.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add)
        bottom.addWidget(self.total, 1)
        layout.addLayout(bottom)
        self.widget = box
        self.rows: list[tuple[QLineEdit, QSpinBox, QToolButton]] = []
        self.add.clicked.connect(lambda: self._add_row("", 2))
        self._update()

    def _add_row(self, words: str, seconds: int) -> None:
        if len(self.rows) >= self.limit:
            return
        number = len(self.rows) + 1
        edit = QLineEdit(words)
        edit.setMaxLength(512)
        edit.setPlaceholderText(self.tr("Shot {n}: what happens").format(n=number))
        spin = QSpinBox()
        spin.setRange(1, 15)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(seconds)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this shot"))
        row = len(self.rows)
        self.rows_box.addWidget(QLabel(str(number)), row, 0)
        self.rows_box.addWidget(edit, row, 1)
        self.rows_box.addWidget(spin, row, 2)
        self.rows_box.addWidget(remove, row, 3)
        entry = (edit, spin, remove)
        self.rows.append(entry)
        edit.textChanged.connect(lambda _t: self._update())
        spin.valueChanged.connect(lambda _v: self._update())
        remove.clicked.connect(lambda: self._remove(entry))
        self._update()

    def _remove(self, entry) -> None:
        shots = [(e.text(), s.value()) for e, s, r in self.rows if (e, s, r) != entry]
        self.set_value([{"prompt": w, "duration": d} for w, d in shots])
        self.changed.emit()

    def _update(self) -> None:
        self.add.setEnabled(len(self.rows) < self.limit)
        total = sum(s.value() for _, s, _ in self.rows)
        self.total.setText(
            self.tr("%n shot(s), {s} s in all", "", len(self.rows)).format(s=total)
            if self.rows
            else self.tr("One shot: the prompt above. Add shots to tell it step by step.")
        )
        self.changed.emit()

    def value(self) -> list[dict] | None:
        shots = [{"prompt": e.text(), "duration": s.value()} for e, s, _ in self.rows]
        return shots or None

    def set_value(self, value: Any) -> None:
        while self.rows:
            edit, spin, remove = self.rows.pop()
            for w in (edit, spin, remove):
                w.deleteLater()
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for shot in value or []:
            if isinstance(shot, dict):
                self._add_row(str(shot.get("prompt", "")), int(shot.get("duration", 2) or 2))
        self._update()

    def clear(self) -> None:
        self.set_value(None)

    def offer(self, spec: ParamSpec | None, allowed: tuple | None, why: Why) -> None:
        self.limit = int(spec.max) if spec is not None and spec.max else 6
        self._update()


#: Asked for the elements a prompt may name: [(name, element id)] of the connection.
ElementSource = Callable[[], list[tuple[str, str]]]


class ElementsField(Field):
    """The elements a prompt names (@name): "Insert element" puts one's @name at the
    cursor; the value is read from the prompt, so typing @name works as well."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.source: ElementSource = lambda: []
        self.prompt: PromptEdit | None = None
        self.manage: Callable[[], None] | None = None
        self.insert = QPushButton(self.tr("Insert element"))
        self.menu = QMenu(self.insert)
        self.insert.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill)
        self.used = QLabel()
        self.used.setWordWrap(True)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.insert)
        row.addWidget(self.used, 1)
        self.widget = box
        self._show()

    def sources(self, env: FormEnv) -> tuple[ElementSource, Callable[[], None] | None]:
        """Where the names come from, and what opens their library."""
        return env.elements, env.manage_elements

    def attach(self, prompt: PromptEdit, source: ElementSource, manage=None) -> None:
        self.prompt, self.source, self.manage = prompt, source, manage
        prompt.changed.connect(self._prompt_changed)
        self._show()

    def _prompt_changed(self, *_: Any) -> None:
        self._show()
        self.changed.emit()

    key = "element_id"  # what the value names each by

    def _words(self) -> tuple[str, str]:
        return self.tr("No elements yet"), self.tr("Manage elements…")

    def _fill(self) -> None:
        self.menu.clear()
        found = self.source()
        empty, manage = self._words()
        if not found:
            none = self.menu.addAction(empty)
            none.setEnabled(False)
        for name, _element_id in found:
            self.menu.addAction(f"@{name}", lambda n=name: self.insert_name(n))
        if self.manage is not None:
            self.menu.addSeparator()
            self.menu.addAction(manage, self.manage)

    def insert_name(self, name: str) -> None:
        if self.prompt is None:
            return
        cursor = self.prompt.edit.textCursor()
        before = self.prompt.text()[: cursor.position()]
        space = "" if not before or before.endswith((" ", "\n")) else " "
        cursor.insertText(f"{space}@{name} ")
        self.prompt.edit.setFocus()

    def value(self) -> list[dict[str, str]] | None:
        if self.prompt is None:
            return None
        text = self.prompt.text()
        if "@" not in text:
            return None  # names none: the connection's elements need not be read
        found, named = [], set()
        for name, element_id in sorted(self.source(), key=lambda pair: -len(pair[0])):
            if f"@{name}" in text and element_id not in named:
                named.add(element_id)
                found.append((text.index(f"@{name}"), {self.key: element_id, "name": name}))
        return [element for _, element in sorted(found, key=lambda pair: pair[0])] or None

    def set_value(self, value: Any) -> None:
        pass  # the prompt says which: its @names are read again

    def _show(self) -> None:
        value = self.value()
        self.used.setText(
            self.tr("Uses {names}").format(names=", ".join(f"@{e['name']}" for e in value))
            if value
            else self.tr("Write @name in the prompt, or insert one.")
        )


class SoundField(Field):
    """A sound the user gives: a file (chosen, or one of the user's sound results), read on
    the thread pool and checked as Kling will (kind, size, length), with its length said."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.held: PreparedInput | None = None
        self.problem = ""
        self.kept: Callable[[str], list[tuple[str, OutputRecord]]] = lambda media: []
        self.choose = QPushButton(self.tr("Choose a sound…"))
        self.mine = QToolButton()
        self.mine.setText(self.tr("From my sounds"))
        self.mine.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.mine)
        self.mine.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill)
        self.remove = QPushButton(self.tr("Remove"))
        self.words = QPushButton(self.tr("Words in a voice…"))
        self.words.setToolTip(
            self.tr("Type what is said and choose a voice: Kling speaks it first (Speech).")
        )
        self.words.hide()  # shown when the window can run a speech job for the form
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        # Two rows of two: the form's panel may be narrow (a 1024-pixel screen).
        for pair in ((self.choose, self.mine), (self.words, self.remove)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        column.addWidget(self.facts)
        self.widget = box
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_value(None))
        self.words.clicked.connect(self._ask_words)
        self.run_for_form: Callable[[Any, Callable[[Any, str], None]], None] | None = None
        self._show()

    def attach_env(self, env: FormEnv) -> None:
        self.kept = env.kept_outputs
        self.run_for_form = env.run_for_form
        self.words.setVisible(env.run_for_form is not None and bool(self.param.from_words))

    def _ask_words(self) -> None:
        from kling_desktop.ui.speak_dialog import SpeakDialog

        dialog = SpeakDialog(self.param.from_words or "", self.widget)
        if dialog.exec() == SpeakDialog.DialogCode.Accepted:
            self.speak(dialog.request())

    def speak(self, request: Any) -> None:
        """Have Kling say `request`'s words (a Speech job), then hold its sound."""
        if self.run_for_form is None:
            return
        self.facts.setText(self.tr("Kling is saying the words…"))

        def done(output: Any, why: str) -> None:
            if not shiboken_valid(self):
                return
            if output is None or output.path is None:
                self.problem = why
                self._show()
            else:
                self.load(output.path, made_from=output.id)

        self.run_for_form(request, done)

    def _choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Choose a sound"),
            "",
            self.tr("Sounds (*.mp3 *.wav *.m4a *.aac);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def _fill(self) -> None:
        from kling_desktop.ui.words import short_date

        self.menu.clear()
        found = [(p, o) for p, o in self.kept("audio") if o.path is not None and o.file_present()]
        if not found:
            self.menu.addAction(self.tr("No sound of yours is saved yet.")).setEnabled(False)
        for prompt, output in found:
            words = " ".join(prompt.split())[:60] or self.tr("(no words)")
            if output.duration:
                words += " · " + self.tr("{s} s").format(s=f"{output.duration:g}")
            if output.url_expires_at is not None:  # Kling's copy, for "use by its id"
                words += " · " + short_date(output.url_expires_at)
            self.menu.addAction(words, lambda o=output: self.load(o.path, made_from=o.id))

    def load(self, path: Path, made_from: int | None = None) -> None:
        """Read the file on the thread pool, never on the GUI thread."""
        from dataclasses import replace

        def read() -> PreparedInput:
            from kling_desktop.jobs import inputs

            found = inputs.prepare("audio", path, translated(self.param.subject))
            return replace(found, source=made_from)

        def done(prepared: PreparedInput | None, error: Exception | None) -> None:
            if error is not None:
                self.held = None
                self.problem = error_words(error)
                self._show()
                self.changed.emit()
            else:
                self.set_value(prepared)

        self.facts.setText(self.tr("Reading the sound…"))
        in_background(read, done, owner=self)

    def value(self) -> bytes | None:
        return self.held.data if self.held else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, bytes | bytearray):
            from kling_desktop.api.filetypes import sniff, sound_seconds

            data = bytes(value)
            value = PreparedInput(
                data, sniff(data[:16]) or "mp3", 0, 0, b"", duration=sound_seconds(data)
            )
        self.held = value if isinstance(value, PreparedInput) else None
        self.problem = ""
        self._show()
        self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def _show(self) -> None:
        held = self.held
        self.remove.setEnabled(held is not None)
        if self.problem:
            self.facts.setText(self.problem)
        elif held is None:
            self.facts.setText(self.tr("No sound yet."))
        else:
            name = Path(held.original_path).name if held.original_path else self.tr("A sound")
            size = self.tr("{kb} KB").format(kb=max(1, len(held.data) // 1024))
            if held.duration:
                length = self.tr("{s} s").format(s=f"{held.duration:.1f}")
                self.facts.setText(f"{name} · {length} · {size}")
            else:
                self.facts.setText(f"{name} · {size}")

    def prepared(self) -> dict[str, PreparedInput]:
        return {self.param.name: self.held} if self.held else {}

    def take(self, output: OutputRecord, job: JobRecord, how: str) -> None:
        if how == "file" and output.path is not None and output.file_present():
            self.load(output.path, made_from=output.id)
        else:
            super().take(output, job, how)


class VoicesField(ElementsField):
    """The voices a prompt names (@name), from the Voices library: "Insert voice" puts one's
    @name at the cursor; typing @name works as well."""

    key = "voice_id"

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.insert.setText(self.tr("Insert voice"))

    def sources(self, env: FormEnv) -> tuple[ElementSource, Callable[[], None] | None]:
        return env.voices_of_account, env.manage_voices

    def _words(self) -> tuple[str, str]:
        return self.tr("No voices seen yet"), self.tr("Manage voices…")


#: The widget of each kind of parameter, by the kind's name: the window's one table from
#: kind to widget (a new kind of input registers its own with `register_widget`).
WIDGETS: dict[str, type[Field]] = {
    "text": TextField,
    "choice": ChoiceField,
    "shape": AspectField,
    "count": CountField,
    "fraction": FractionField,
    "side": SideField,
    "image": ImageField,
    "images": ImagesField,
    "url": UrlField,
    "shots": ShotsField,
    "elements": ElementsField,
    "voices": VoicesField,
    "video_id": TextField,
    "audio_id": TextField,
    "video": VideoField,
    "sound": SoundField,
}


def register_widget(kind: str, widget: type[Field]) -> None:
    WIDGETS[kind] = widget


def make_field(param: Param, parent: QWidget | None = None) -> Field:
    """The widget for `param`, by its kind."""
    widget = WIDGETS.get(param.kind.name)
    if widget is None:
        raise ValueError(f"no widget for parameters of kind {param.kind.name!r}")
    return widget(param, parent)

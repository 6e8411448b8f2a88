"""The generation forms, one per operation, built from the operation's parameters and the
model catalogue: nothing here knows a particular model or operation.

A form shows the chosen model's settings (its shapes, lengths, qualities, sounds), greys
out what the model, its rules or the connection do not allow (each with its reason), shows
every validation problem beside its field as the user types, estimates the price from the
catalogue, and says why Generate is off. The fields scroll; the price and Generate stay in
a footer below them. Ctrl+Enter (⌘+Enter) generates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.catalogue import Capability, Catalogue, Model, Price
from kling_desktop.jobs.spec import JobSpec
from kling_desktop.operations import (
    Availability,
    Operation,
    Request,
    choose_standard,
    model_name,
)
from kling_desktop.operations.availability import unreachable
from kling_desktop.ui.form_env import FormEnv
from kling_desktop.ui.form_fields import ElementsField, Field, make_field
from kling_desktop.ui.keys import native
from kling_desktop.ui.model_picker import (
    BADGES_ROLE,
    DETAIL_ROLE,
    PRICE_ROLE,
    ModelItemDelegate,
    badge_words,
    price_words,
)
from kling_desktop.ui.wheel_guard import WheelGuard
from kling_desktop.ui.widgets import FieldError, ImagePicker, PromptEdit
from kling_desktop.ui.words import translated

if TYPE_CHECKING:
    from kling_desktop.api.errors import Problem
    from kling_desktop.operations import Uses
    from kling_desktop.operations.kinds import PreparedInput
    from kling_desktop.store.records import JobRecord, OutputRecord
    from kling_desktop.text import Message

GENERATE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # from anywhere in the form
OTHER = "\x00other"  # the model picker's "Other model…" entry


class OperationForm(QWidget):
    """The form of one operation."""

    generate_requested = Signal(object)  # JobSpec
    batch_requested = Signal()  # "Several at once…"

    def __init__(self, operation: Operation, env: FormEnv, parent: QWidget | None = None):
        super().__init__(parent)
        self.operation = operation
        self.env = env
        self.title = translated(operation.title)
        self.fields: dict[str, Field] = {}
        self._captions: dict[str, QLabel] = {}
        self._errors: dict[str, FieldError] = {}
        # A fresh form is not scolded: field messages appear once the user has typed or
        # pressed Generate; until then only the line beside Generate says what is missing.
        self.show_field_errors = False
        self._adapting = False

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setSpacing(4)
        self.model = QComboBox()
        self.model.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model.setMinimumContentsLength(12)
        self.model.setItemDelegate(ModelItemDelegate(self.model))
        self.model.view().setMinimumWidth(500)  # the list may be wider than the panel
        self.other_model = QLineEdit()
        self.other_model.setPlaceholderText(self.tr("The model's id, e.g. kling-3.0"))
        self.other_model.setToolTip(
            self.tr(
                "A model this app does not list yet. It is sent as typed; Kling's server "
                "decides what it accepts."
            )
        )
        self.other_model.hide()
        self.model_note = QLabel()
        self.model_note.setWordWrap(True)
        self.model_note.setObjectName("modelNote")
        if operation.uses_model:
            self._add_row(
                rows,
                "model_name",
                self.tr("Model"),
                self.model,
                self.tr("Kling's model: newer ones look better; some cost more."),
            )
            rows.addWidget(self.other_model)
            rows.addWidget(self.model_note)
        self.more_toggle = QToolButton()
        self.more_toggle.setText(self.tr("More settings"))
        self.more_toggle.setCheckable(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.more_box = QWidget()
        more_rows = QVBoxLayout(self.more_box)
        more_rows.setContentsMargins(0, 0, 0, 0)
        for param in operation.params:
            field = make_field(param, self)
            field.attach_env(env)
            self.fields[param.name] = field
            target = more_rows if param.more else rows
            if param.more and self.more_toggle.parent() is None:
                rows.addWidget(self.more_toggle)
                rows.addWidget(self.more_box)
            self._add_row(
                target, param.name, translated(param.label), field.widget, translated(param.tip)
            )
            field.changed.connect(self.changed)
            if not param.is_file:  # a file chosen is not yet the user at work
                field.changed.connect(self.touched)
        prompt = self.fields.get("prompt")
        for named in self.fields.values():  # elements and voices, named as @name in it
            if isinstance(named, ElementsField) and prompt is not None:
                named.attach(prompt.edit, *named.sources(env))  # type: ignore[attr-defined]
        self.more_box.setVisible(False)
        self.more_toggle.toggled.connect(self._show_more)
        self.general_error = FieldError()
        rows.addWidget(self.general_error)
        rows.addStretch()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.scroll = scroll
        self._wheel = WheelGuard(scroll)
        self._wheel.guard(body)

        # The footer never scrolls away: the price, why Generate is off, and Generate.
        self.estimate = QLabel()
        self.estimate.setObjectName("estimate")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.setMinimumHeight(36)
        keys = native(GENERATE_KEYS[0])
        self.generate_button.setToolTip(self.tr("Start this job ({keys})").format(keys=keys))
        footer = QFrame()
        footer.setObjectName("formFooter")
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        foot = QVBoxLayout(footer)
        self.batch_button = QPushButton(self.tr("Several at once…"))
        self.batch_button.setToolTip(
            self.tr("Several prompts, or these settings across models, lengths and shapes")
        )
        self.batch_button.clicked.connect(self.batch_requested)
        line = QHBoxLayout()
        line.addWidget(self.estimate, 1)
        line.addWidget(self.batch_button)
        line.addWidget(self.generate_button)
        foot.addLayout(line)
        foot.addWidget(self.why)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(footer)

        for keys in GENERATE_KEYS:
            QShortcut(QKeySequence(keys), self, activated=self.generate)
        prompt = self.fields.get("prompt")
        if prompt is not None:
            prompt.widget.edit.submitted.connect(self.generate)  # type: ignore[attr-defined]
        self.generate_button.clicked.connect(self.generate)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.revalidate)
        self.model.currentIndexChanged.connect(self._model_chosen)
        self.other_model.textChanged.connect(self.changed)
        self.reload_catalogue()

    @property
    def prompt(self) -> PromptEdit | None:
        """The prompt box, if the operation has a prompt."""
        field = self.fields.get("prompt")
        return field.edit if field is not None else None  # type: ignore[attr-defined]

    def picker(self, name: str) -> ImagePicker:
        """The picture field of parameter `name`."""
        return self.fields[name].picker  # type: ignore[attr-defined]

    # Layout ----------------------------------------------------------------------------------

    def _add_row(self, layout, name: str, label: str, widget: QWidget, tip: str) -> None:
        caption = QLabel(f"<b>{label}</b>")
        caption.setBuddy(widget)
        caption.setToolTip(tip)
        widget.setToolTip(tip)
        error = FieldError()
        layout.addWidget(caption)
        layout.addWidget(widget)
        layout.addWidget(error)
        self._captions[name] = caption
        self._errors[name] = error

    def _show_more(self, on: bool) -> None:
        self.more_box.setVisible(on)
        self.more_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    # The model -------------------------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        return self.env.catalogue()

    def reload_catalogue(self) -> None:
        """Fill the model picker from the catalogue in use (again, after it changed)."""
        if not self.operation.uses_model:
            self.changed()
            return
        current = self.model_id()
        self.model.blockSignals(True)
        self.model.clear()
        for model in self.catalogue.models_for(self.operation.name):  # newest first
            self.model.addItem(translated(model_name(model, None)), model.id)
            row = self.model.count() - 1
            self.model.setItemData(row, self._model_tip(model), Qt.ItemDataRole.ToolTipRole)
            self.model.setItemData(row, badge_words(model), BADGES_ROLE)
            self.model.setItemData(row, translated(model_name_description(model)), DETAIL_ROLE)
            # The price as with a real key, also in the demo: it is what the choice costs.
            price = price_words(model.capability(self.operation.name))
            self.model.setItemData(row, price, PRICE_ROLE)
        self.model.addItem(self.tr("Other model…"), OTHER)
        default = self.catalogue.default(self.operation.name)
        index = self.model.findData(current) if current else -1
        if index < 0:
            index = self.model.findData(default.id) if default else 0
        self.model.setCurrentIndex(max(index, 0))
        self.model.blockSignals(False)
        self._model_chosen()

    def _model_tip(self, model: Model) -> str:
        return f"{translated(model_name_description(model))}\n({model.id})"

    def model_id(self) -> str | None:
        if not self.operation.uses_model:
            return None
        data = self.model.currentData()
        if data == OTHER:
            return self.other_model.text().strip() or None
        return data

    def set_model(self, model_id: str) -> None:
        """Choose `model_id`: a listed model, or "Other model…" with the id typed in."""
        found = self.catalogue.model(self.operation.name, model_id)
        index = self.model.findData(found.id) if found is not None else -1
        if index >= 0:
            self.model.setCurrentIndex(index)
        else:
            self.model.setCurrentIndex(self.model.findData(OTHER))
            self.other_model.setText(model_id)

    def chosen_model(self) -> Model | None:
        return self.catalogue.model(self.operation.name, self.model_id())

    def _model_chosen(self, *_: Any) -> None:
        other = self.model.currentData() == OTHER
        self.other_model.setVisible(other)
        model = self.chosen_model()
        if other:
            self.model_note.setText(
                self.tr("Not in the app's model list: Kling's server decides what it accepts.")
            )
        elif model is not None:
            self.model_note.setText(translated(model_name_description(model)))
        self.changed()

    # Capabilities ------------------------------------------------------------------------

    def capability(self) -> Capability | None:
        model = self.chosen_model()
        return model.capability(self.operation.name) if model else None

    def availability(self, *, all_fields: bool = False) -> Availability:
        """What the chosen model, on this connection, with the values as they are, can
        do (the same answer that validation gives)."""
        return Availability(
            self.operation,
            self.catalogue,
            self.model_id(),
            self.values(all_fields=all_fields),
            standards=self.env.standards(),
        )

    def standard(self) -> str | None:
        return self.availability().standard

    def update_capabilities(self) -> None:
        """Adapt every field to the chosen model, its rules and the connection: what
        cannot be used now is greyed, with the reason validation would give."""
        now = self.availability(all_fields=True)
        self._grey_unreachable_models()
        for param in self.operation.params:
            field = self.fields[param.name]
            setting = now.setting(param)
            field.offer(
                setting.spec,
                setting.allowed,
                lambda value, setting=setting: translated(setting.why(value) or ""),
            )
            reason = translated(setting.off) if setting.off is not None else ""
            field.widget.setEnabled(not reason)
            self._captions[param.name].setEnabled(not reason)
            self._captions[param.name].setToolTip(reason or translated(param.tip))

    def _grey_unreachable_models(self) -> None:
        standards = self.env.standards()
        model = self.model.model()
        if not isinstance(model, QStandardItemModel):
            return
        for i in range(self.model.count()):
            found = self.catalogue.get(self.model.itemData(i) or "")
            if found is None:
                continue
            reachable = choose_standard(self.operation, found, standards) is not None
            item = model.item(i)
            item.setEnabled(reachable)
            if not reachable:
                item.setToolTip(translated(unreachable(found, found.id)))

    # Values, validation, generation ------------------------------------------------------

    def values(self, *, all_fields: bool = False) -> dict[str, Any]:
        """The parameters as the form holds them (enabled fields only, unless told)."""
        out = {}
        for name, field in self.fields.items():
            if not all_fields and not field.widget.isEnabled():
                continue
            value = field.value()
            if value is not None and value != "" and value != []:
                out[name] = value
        return out

    def request(self) -> Request:
        return Request(self.operation.name, model=self.model_id(), **self.values())

    def images(self) -> dict[str, PreparedInput]:
        """The prepared files by input role (`name`, or `name:i` in a list), with their
        previews, for the history."""
        out: dict[str, PreparedInput] = {}
        for field in self.fields.values():
            if field.widget.isEnabled():
                out.update(field.prepared())
        return out

    def changed(self, *_: Any) -> None:
        self._wheel.guard(self.scroll.widget())  # fields may have added rows (a storyboard)
        # Adapting the fields changes some of them (a greyed choice moves to an allowed
        # one): those changes are part of this round, not a new one.
        if not self._adapting:
            self._adapting = True
            try:
                self.update_capabilities()
            finally:
                self._adapting = False
        if self.generate_button.isEnabled():
            self._debounce.start()  # a click now runs `generate`, which checks afresh
        else:
            # A disabled button swallows a click: the keystroke that makes the form
            # ready must enable it at once, not after the pause.
            self._debounce.stop()
            self.revalidate()

    def touched(self, *_: Any) -> None:
        prompt = self.fields.get("prompt")
        if prompt is None or prompt.value():
            self.show_field_errors = True

    def problems(self) -> list[Problem]:
        from kling_desktop.api.errors import Problem

        standard = self.standard()
        problems = self.request().validate(self.catalogue, standard)
        if standard is None and self.operation.uses_model:
            sentence = unreachable(self.chosen_model(), self.model_id())
            problems.insert(0, Problem("model_name", sentence))
        return problems

    def revalidate(self) -> list[Problem]:
        problems = self.problems()
        by_label: dict[FieldError, list[str]] = {e: [] for e in self._errors.values()}
        general: list[str] = []
        for problem in problems:
            key = problem.field.split(".")[0].split("[")[0]
            target = self._errors.get(key)
            (by_label[target] if target else general).append(translated(problem.message))
        shown = self.show_field_errors
        for label, messages in by_label.items():
            label.show_problems(messages if shown else [])
        self.general_error.show_problems(general if shown else [])
        self.generate_button.setEnabled(not problems)
        if not problems:
            # Said where the eye is when ready, not only in a tooltip.
            keys = native(GENERATE_KEYS[0])
            self.why.setText(
                self.tr("Ready. {keys} generates from anywhere in the form.").format(keys=keys)
            )
        elif shown:
            self.why.setText(
                self.tr("Generate is off until the problems above are fixed ({n}).").format(
                    n=len(problems)
                )
            )
        else:
            self.why.setText(translated(problems[0].message))
        self.why.setEnabled(bool(problems))  # the hint reads quieter than a problem
        self.estimate.setText(self.price_text())
        return problems

    def price_text(self) -> str:
        if self.env.demo():
            return self.tr("Free in demo mode")
        price = self.price()
        if price is None:
            known = self.model_id() or not self.operation.uses_model
            return self.tr("Price: Kling's server decides") if known else ""
        units = self.estimated_units()
        pack = price.pack
        words = {
            "video": self.tr("video units"),
            "image": self.tr("picture units"),
            "audio": self.tr("sound units"),
        }[pack]
        if units is None:  # by the second of a result whose length Kling decides
            rate = self.estimated_units(per_second=True) or 0.0
            text = self.tr("{units} {pack} a second of what Kling makes").format(
                units=f"{rate:g}", pack=words
            )
        else:
            text = self.tr("About {units} {pack}").format(units=f"{units:g}", pack=words)
        left = self.env.units_left(pack)
        if left is not None:
            text += " · " + self.tr("{left} left").format(left=f"{left:g}")
        return text

    def price(self) -> Price | None:
        """What the job costs: the chosen model's price, or for an operation without a
        model the catalogue's price for it."""
        capability = self.capability()
        if capability is not None:
            return capability.price
        if not self.operation.uses_model:
            return self.catalogue.general.get(self.operation.name)
        return None

    def estimated_units(self, *, per_second: bool = False) -> float | None:
        """What the job costs in units (or, `per_second`, a second of it); None when the
        price is by the second and the length is Kling's to decide (motion control)."""
        from kling_desktop.operations.pricing import estimate

        found = estimate(self.operation, self.catalogue, self.model_id(), self.values())
        if found is None:
            return 0.0
        return found.per_second if per_second else found.units

    def generate(self) -> None:
        self.show_field_errors = True
        if self.revalidate():
            return
        self.generate_requested.emit(
            JobSpec(self.request(), self.env.profile(), self.images(), sources=self.sources())
        )

    def sources(self) -> tuple[tuple[str, int], ...]:
        """Results the job is made from besides its files: (field, output id)."""
        return ()

    def take(self, uses: Uses, output: OutputRecord, job: JobRecord) -> None:
        """Put a result from the history in the field the operation `uses` it as (a
        history action: "Use as first frame")."""
        self.fields[uses.param].take(output, job, uses.how)

    # Memory ------------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """What is kept between runs: the model and every value but pictures."""
        values = {
            name: field.value()
            for name, field in self.fields.items()
            if not field.param.is_file and field.value() is not None
        }
        return {"model": self.model_id(), "params": values}

    def restore(self, state: dict[str, Any]) -> None:
        model = state.get("model")
        if isinstance(model, str) and model:
            self.set_model(model)
        params = state.get("params")
        if isinstance(params, dict):
            self.update_capabilities()
            for name, value in params.items():
                field = self.fields.get(name)
                if field is not None and not field.param.is_file:
                    field.set_value(value)
        self.changed()

    def load(self, request: Request, images: dict[str, PreparedInput]) -> Message | None:
        """Fill the form with a past job's request and its prepared pictures ("reuse these
        settings"). A retired model is replaced by its successor: the sentence that says
        so is returned."""
        from kling_desktop.text import tr

        note = None
        model_id = request.model
        found = self.catalogue.model(self.operation.name, model_id) if model_id else None
        if found is not None and not found.live_for(self.operation.name):
            successor = self.catalogue.successor(self.operation.name, found)
            if successor is not None:
                note = tr(
                    "Kling retired {old}; the form uses {new} instead. Check the settings, "
                    "then Generate.",
                    old=model_name(found, model_id),
                    new=model_name(successor, None),
                )
                model_id = successor.id
        if model_id:
            self.set_model(model_id)
        self.update_capabilities()
        for name, field in self.fields.items():
            value = request.params.get(name)
            if field.param.is_file:
                field.set_value(images.get(name))
            elif value is not None:
                field.set_value(value)
            else:
                field.clear()
        self.changed()
        return note


def model_name_description(model: Model) -> Message:
    """The model's one-line description, in the user's language."""
    from kling_desktop.text import Localised

    return Localised({"en": model.description.en, "zh_CN": model.description.zh_CN})


def form_for(operation: Operation, env: FormEnv) -> OperationForm:
    """The operation's form: its own class when it names one ("module:Class", loaded now,
    when the form is first built), else the one built from its parameters."""
    form = OperationForm
    if operation.form:
        import importlib

        module, _, name = operation.form.partition(":")
        form = getattr(importlib.import_module(module), name)
    return form(operation, env)

"""“Several at once…”: many jobs from one form in one go.

Either several prompts on the form's settings (typed one per line, or the rows of a CSV
or JSON Lines file whose columns are settings), or the form's settings across choices
(2–4 models, lengths, shapes, and each of them several times). Before anything is sent
the dialog says how many jobs, about how many units in all, and which would be refused
and why, row by row; an optional cap leaves out what would take the batch past it. The
plan is `jobs.batch.plan`, the command line's `--from` too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.jobs import JobSpec
from kling_desktop.jobs import batch as batches
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.words import setting_words, translated

if TYPE_CHECKING:
    from kling_desktop.operations import Request
    from kling_desktop.ui.forms import OperationForm

MOST_MODELS = 4  # models one batch compares at most
CHOICES = ("duration", "aspect_ratio")  # settings a batch goes across, besides the model


class BatchDialog(QDialog):
    def __init__(self, form: OperationForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(self.tr("Several at once"))
        self._rows: list[tuple[int, dict[str, Any]]] | None = None  # from a file
        self._file_name = ""
        self.plan = batches.Plan()

        intro = QLabel(
            self.tr(
                "Make several jobs from this form in one go. Nothing is sent until you "
                "press Generate; each job then runs and is kept like any other."
            )
        )
        intro.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._prompts_page(), self.tr("Several prompts"))
        self.tabs.addTab(self._choices_page(), self.tr("Across choices"))
        has_prompt = form.operation.param("prompt") is not None
        self.tabs.setTabEnabled(0, has_prompt)
        self.tabs.setCurrentIndex(0 if has_prompt else 1)

        self.capped = QCheckBox(self.tr("Stop before the batch passes"))
        self.cap = QDoubleSpinBox()
        self.cap.setRange(0.1, 1_000_000)
        self.cap.setDecimals(1)
        self.cap.setValue(100)
        self.cap.setEnabled(False)
        self.capped.toggled.connect(self.cap.setEnabled)
        cap_row = QHBoxLayout()
        cap_row.addWidget(self.capped)
        cap_row.addWidget(self.cap)
        cap_row.addWidget(QLabel(self.tr("units")))
        cap_row.addStretch()

        self.summary = QLabel()
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.refused = QListWidget()
        self.refused.setObjectName("batchRefused")
        self.refused.setMaximumHeight(110)
        self.refused.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(self.tr("Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(cap_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused)
        layout.addWidget(buttons)

        self._replan = QTimer(self, singleShot=True, interval=150)
        self._replan.timeout.connect(self.replan)
        self.tabs.currentChanged.connect(self.changed)
        self.capped.toggled.connect(self.changed)
        self.cap.valueChanged.connect(self.changed)
        self.replan()
        fit_to_screen(self, self.sizeHint().expandedTo(self.minimumSizeHint()))

    # Pages ---------------------------------------------------------------------------------

    def _prompts_page(self) -> QWidget:
        page = QWidget()
        self.prompts = QPlainTextEdit()
        self.prompts.setPlaceholderText(self.tr("One prompt per line"))
        prompt = self.form.values().get("prompt")
        if isinstance(prompt, str) and prompt.strip():
            self.prompts.setPlainText(" ".join(prompt.split()) + "\n")
        self.prompts.textChanged.connect(self.changed)
        self.load = QPushButton(self.tr("Load a CSV or JSON Lines file…"))
        self.load.setToolTip(
            self.tr(
                "One job a row. The columns are settings, named as in the command line: "
                "prompt, model, duration, aspect_ratio…; an empty cell keeps the form's value."
            )
        )
        self.load.clicked.connect(self._choose_file)
        self.file_note = QLabel()
        self.file_note.setWordWrap(True)
        self.forget_file = QPushButton(self.tr("Type prompts instead"))
        self.forget_file.setVisible(False)
        self.forget_file.clicked.connect(self._drop_file)
        row = QHBoxLayout()
        row.addWidget(self.load)
        row.addWidget(self.forget_file)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.prompts, 1)
        layout.addLayout(row)
        layout.addWidget(self.file_note)
        return page

    def _choices_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.models = QListWidget()
        self.models.setObjectName("batchModels")
        combo = self.form.model
        current = self.form.model_id()
        for index in range(combo.count()):
            data = combo.itemData(index)
            if not isinstance(data, str) or not self.form.operation.uses_model:
                continue
            if self.form.catalogue.model(self.form.operation.name, data) is None:
                continue  # "Other model…"
            item = QListWidgetItem(combo.itemText(index))
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if data == current else Qt.CheckState.Unchecked
            )
            self.models.addItem(item)
        self.models.itemChanged.connect(self.changed)
        models_box = QGroupBox(self.tr("Models (up to 4)"))
        QVBoxLayout(models_box).addWidget(self.models)
        models_box.setVisible(self.models.count() > 1)
        grid.addWidget(models_box, 0, 0)

        self.choice_boxes: dict[str, list[QCheckBox]] = {}
        capability = self.form.capability()
        values = self.form.values()
        titles = {"duration": self.tr("Lengths"), "aspect_ratio": self.tr("Shapes")}
        column = 1
        for name in CHOICES:
            param = self.form.operation.param(name)
            allowed = capability.allowed_values(name, {}) if capability is not None else None
            if param is None or not allowed:
                continue
            box = QGroupBox(titles[name])
            lines = QVBoxLayout(box)
            checks = []
            for value in allowed:
                check = QCheckBox(self._words(name, value))
                check.setProperty("value", value)
                check.setChecked(value == values.get(name))
                check.toggled.connect(self.changed)
                lines.addWidget(check)
                checks.append(check)
            lines.addStretch()
            self.choice_boxes[name] = checks
            grid.addWidget(box, 0, column)
            column += 1
        self.copies = QSpinBox()
        self.copies.setRange(1, 10)
        self.copies.valueChanged.connect(self.changed)
        copies_row = QHBoxLayout()
        copies_row.addWidget(QLabel(self.tr("Variations of each (Kling makes each anew):")))
        copies_row.addWidget(self.copies)
        copies_row.addStretch(1)
        grid.addLayout(copies_row, 1, 0, 1, column)
        return page

    def _words(self, name: str, value: Any) -> str:
        return setting_words(self.form.operation.name, name, value)

    # Files ---------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("A batch from a file"),
            str(Path.home()),
            self.tr("Spreadsheets and JSON Lines (*.csv *.jsonl *.ndjson);;All files (*)"),
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """Take the jobs from `path`'s rows (CSV or JSON Lines), or say why it cannot."""
        try:
            self._rows = batches.read_rows(path)
        except batches.BatchFileError as exc:
            self._rows = None
            self.file_note.setText(translated(exc.message))
            self.file_note.setProperty("problem", True)
        else:
            self._file_name = path.stem
            self.file_note.setText(
                self.tr("{count} rows from {file}.").format(count=len(self._rows), file=path.name)
            )
            self.file_note.setProperty("problem", False)
        self.prompts.setEnabled(self._rows is None)
        self.forget_file.setVisible(self._rows is not None)
        self.changed()

    def _drop_file(self) -> None:
        self._rows = None
        self.file_note.clear()
        self.prompts.setEnabled(True)
        self.forget_file.setVisible(False)
        self.changed()

    # The plan ------------------------------------------------------------------------------

    def changed(self, *_: Any) -> None:
        self._replan.start()

    def base(self) -> Request:
        return self.form.request().replace(external_task_id=None)

    def items(self) -> list[batches.Item]:
        base = self.base()
        if self.tabs.currentIndex() == 0:
            if self._rows is not None:
                return batches.from_rows(
                    base, self._rows, batches.columns_of(base.op), batches.reader_of(base.op)
                )
            return batches.prompts(base, self.prompts.toPlainText().splitlines())
        choices: dict[str, list[Any]] = {"model": self.chosen_models()}
        for name, checks in self.choice_boxes.items():
            choices[name] = [c.property("value") for c in checks if c.isChecked()]
        return batches.across(base, choices, copies=self.copies.value(), words=self._words)

    def chosen_models(self) -> list[str]:
        out = []
        for row in range(self.models.count()):
            item = self.models.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def replan(self) -> None:
        self._replan.stop()
        cap = self.cap.value() if self.capped.isChecked() else None
        too_many = self.tabs.currentIndex() == 1 and len(self.chosen_models()) > MOST_MODELS
        self.plan = batches.plan(self.items(), max_units=cap, catalogue=self.form.catalogue)
        self.refused.clear()
        for label, why in self.plan.refused + self.plan.over_cap:
            self.refused.addItem(f"{label}: {translated(why)}")
        self.refused.setVisible(self.refused.count() > 0)
        count = len(self.plan.jobs)
        text = self.tr("%n job(s)", "", count)
        total = self.plan.total()
        if total:
            from kling_desktop.ui.account_dialog import pack_words

            price = self.tr(" and ").join(
                f"{units:g} {pack_words(pack, in_sentence=True)}" for pack, units in total.items()
            )
            text = self.tr("{jobs}, about {price} in all").format(jobs=text, price=price)
        if self.plan.unpriced():
            text += " · " + self.tr("%n priced by Kling's server", "", self.plan.unpriced())
        if self.form.env.demo():
            text += " " + self.tr("(free in demo mode)")
        left = len(self.plan.refused) + len(self.plan.over_cap)
        if left:
            text += " · " + self.tr("%n not sent (below)", "", left)
        if too_many:
            text = self.tr("Choose at most 4 models.")
        self.summary.setText(text)
        self.go.setText(self.tr("Generate %n job(s)", "", count))
        self.go.setEnabled(count > 0 and not too_many)

    def specs(self) -> tuple[str, list[JobSpec]]:
        """(the batch's tag, its jobs) as planned when Generate was pressed."""
        self.replan()
        name = self._file_name or self.form.operation.name.replace("_", "-")
        tag = batches.tag_for(name)
        profile = self.form.env.profile()
        images, sources = self.form.images(), self.form.sources()
        return tag, [
            JobSpec(job.item.request, profile, images, (tag,), sources=sources)
            for job in self.plan.jobs
        ]

"""The history sidebar: search as you type, filters, and the list of every job ever made.

Works with no network at all: everything here comes from the local history.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.operations import registry
from kling_desktop.store.history import History
from kling_desktop.store.records import Filter, JobStatus
from kling_desktop.ui.background import in_background
from kling_desktop.ui.history_delegate import HistoryDelegate
from kling_desktop.ui.history_model import HistoryModel
from kling_desktop.ui.words import translated

RUNNING = frozenset(s.value for s in JobStatus if s.active)
ENDED_BADLY = frozenset({JobStatus.FAILED.value, JobStatus.CANCELLED.value})


class HistoryList(QListView):
    """The list itself: uniform rows, extended selection, drag out to other apps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows are drawn to the list's width (the prompt wraps, the facts elide): never a
        # sideways scroll in a narrow panel.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(HistoryDelegate(self))
        self.setMouseTracking(True)


Rows = list[list[tuple[QWidget, int]]]


class FilterRows(QWidget):
    """The filters in two rows of three, or, when the panel is narrow (a small screen),
    three rows of two: the panel may give up width for the picture in the middle without
    cutting a filter's words."""

    def __init__(self, wide: Rows, narrow: Rows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wide, self.narrow = wide, narrow
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        # The narrow arrangement's width is the least this takes, whichever is shown.
        self.layout_.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.shown: Rows | None = None
        self._arrange(wide)

    def _need(self, rows: Rows) -> int:
        spacing = self.layout_.spacing() if self.layout_.spacing() >= 0 else 6
        return max(
            sum(w.minimumSizeHint().width() for w, _ in row) + spacing * (len(row) - 1)
            for row in rows
        )

    def _arrange(self, rows: Rows) -> None:
        if rows is self.shown:
            return
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0)
                item.layout().deleteLater()
        for row in rows:
            line = QHBoxLayout()
            for widget, stretch in row:
                line.addWidget(widget, stretch)
            self.layout_.addLayout(line)
        self.shown = rows
        self.setMinimumWidth(self._need(self.narrow))
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._need(self.narrow), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.wide if event.size().width() >= self._need(self.wide) else self.narrow)


class HistoryPanel(QWidget):
    current_changed = Signal(object)  # job id or None
    selection_changed = Signal()
    activated = Signal(int)  # job id, double-clicked (Enter is the Open action's key)
    cancel_batch = Signal(str)  # the batch's tag: cancel its jobs not sent yet
    grid_batch = Signal(str, str)  # the batch's tag and name: show its results as a grid

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.model = HistoryModel(history, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search prompts and tags"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Type words from a prompt or a tag; results appear as you type (Ctrl+F).")
        )
        self._typing = QTimer(self, singleShot=True, interval=60)
        self._typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._typing.start)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for operation in registry.all_operations():
            self.kind.addItem(translated(operation.title), operation.name)
        self.kind.setToolTip(self.tr("Show only one kind of result."))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Done"), frozenset({JobStatus.SUCCEEDED.value}))
        self.status.addItem(self.tr("Running"), RUNNING)
        self.status.addItem(self.tr("Failed or cancelled"), ENDED_BADLY)
        self.status.setToolTip(self.tr("Show only jobs in this state."))
        self.favourites = QToolButton()
        self.favourites.setText("★")
        self.favourites.setCheckable(True)
        self.favourites.setToolTip(self.tr("Show only your favourites."))
        self.when = QComboBox()
        self.when.addItem(self.tr("Any time"), None)
        self.when.addItem(self.tr("Today"), 0)
        self.when.addItem(self.tr("Last 7 days"), 7)
        self.when.addItem(self.tr("Last 30 days"), 30)
        self.when.addItem(self.tr("Last 12 months"), 365)
        self.when.addItem(self.tr("Between dates…"), -1)
        self.when.setToolTip(self.tr("Show only jobs started in this period."))
        self.model_choice = QComboBox()
        self.model_choice.setToolTip(self.tr("Show only results of one model."))
        self._fill_models()
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), False)
        self.order.addItem(self.tr("Oldest first"), True)
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.dateChanged.connect(self.apply_filter)
        self.range_row = QWidget()
        range_layout = QHBoxLayout(self.range_row)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.addWidget(QLabel(self.tr("From")))
        range_layout.addWidget(self.since, 1)
        range_layout.addWidget(QLabel(self.tr("to")))
        range_layout.addWidget(self.until, 1)
        self.range_row.setVisible(False)
        for combo in (self.kind, self.status, self.when, self.model_choice, self.order):
            combo.currentIndexChanged.connect(self.apply_filter)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.favourites.toggled.connect(self.apply_filter)

        self.list = HistoryList()
        self.list.setModel(self.model)
        # Through a lambda: a viewport() call before the first frame costs PySide a lookup
        # of the widget's type (~20 ms); when thumbnails arrive it is free.
        self.model.thumbnails_ready.connect(lambda: self.list.viewport().update())
        self.list.selectionModel().currentChanged.connect(
            lambda current, _: self.current_changed.emit(self.model.job_id(current.row()))
        )
        self.list.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        # Not `activated`: some desktops activate on a single click, and a click that
        # opens a file in another app is not what choosing a row should do.
        self.list.doubleClicked.connect(
            lambda index: self.activated.emit(self.model.job_id(index.row()))
        )
        self.count = QLabel()
        self.count.setObjectName("historyCount")
        self.model.count_known.connect(self._show_count)
        self.model.modelReset.connect(lambda: self.empty.setVisible(False))

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)

        # "What came from what": while one item's family is shown, a bar says so.
        self._family: int | None = None
        self.family_bar = QWidget()
        self.family_bar.setObjectName("familyBar")
        # The sentence on its own line, the buttons under it: a narrow panel wraps neither.
        family_layout = QVBoxLayout(self.family_bar)
        family_layout.setContentsMargins(0, 0, 0, 0)
        family_buttons = QHBoxLayout()
        self.family_text = QLabel()
        self.family_text.setWordWrap(True)
        self.family_all = QPushButton(self.tr("Show all"))
        self.family_all.setToolTip(self.tr("Back to the whole history."))
        self.family_all.clicked.connect(self.clear_family)
        # A batch shown alone (after "Several at once…") uses the same bar.
        self._batch: str | None = None
        self.batch_cancel = QPushButton(self.tr("Cancel the rest"))
        self.batch_cancel.setToolTip(self.tr("Cancel this batch's jobs that are not sent yet."))
        self.batch_cancel.clicked.connect(
            lambda: self._batch and self.cancel_batch.emit(self._batch)
        )
        self.batch_cancel.setVisible(False)
        self._batch_name = ""
        self.batch_grid = QPushButton(self.tr("Grid"))
        self.batch_grid.setToolTip(self.tr("The batch's results side by side, with what differs."))
        self.batch_grid.clicked.connect(
            lambda: self._batch and self.grid_batch.emit(self._batch, self._batch_name)
        )
        self.batch_grid.setVisible(False)
        family_layout.addWidget(self.family_text)
        family_layout.addLayout(family_buttons)
        family_buttons.addStretch(1)
        family_buttons.addWidget(self.batch_grid)
        family_buttons.addWidget(self.batch_cancel)
        family_buttons.addWidget(self.family_all)
        self.family_bar.setVisible(False)

        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_text = QLabel()
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)

        self.filters = FilterRows(
            wide=[
                [(self.kind, 1), (self.status, 1), (self.favourites, 0)],
                [(self.when, 1), (self.model_choice, 1), (self.order, 1)],
            ],
            narrow=[
                [(self.kind, 1), (self.status, 1)],
                [(self.when, 1), (self.model_choice, 1)],
                [(self.order, 1), (self.favourites, 0)],
            ],
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.range_row)
        layout.addWidget(self.family_bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.count)
        self._show_count(None)
        self.apply_filter()

    # Filtering -----------------------------------------------------------------------------

    def current_filter(self) -> Filter:
        since = until = None
        days = self.when.currentData()
        self.range_row.setVisible(days == -1)
        today = datetime.combine(datetime.now().date(), datetime.min.time())
        if days == -1:
            since = datetime.combine(self.since.date().toPython(), datetime.min.time())
            until = datetime.combine(self.until.date().toPython(), datetime.min.time())
            until += timedelta(days=1)
        elif days is not None:
            since = today - timedelta(days=days)
        kind = self.kind.currentData()
        statuses = self.status.currentData()
        model = self.model_choice.currentData()
        return Filter(
            text=self.search.text(),
            kinds=frozenset({kind}) if kind else frozenset(),
            statuses=statuses or frozenset(),
            models=frozenset({model}) if model else frozenset(),
            favourites_only=self.favourites.isChecked(),
            since=since,
            until=until,
            family_of=self._family,
            tag=self._batch,
        )

    def _clear_filters(self) -> None:
        for widget in (self.search, self.kind, self.status, self.when, self.model_choice):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.status, self.when, self.model_choice):
            combo.setCurrentIndex(0)
        self.favourites.blockSignals(True)
        self.favourites.setChecked(False)
        for widget in (self.search, self.kind, self.status, self.when, self.model_choice):
            widget.blockSignals(False)
        self.favourites.blockSignals(False)

    def show_family(self, job_id: int, prompt: str) -> None:
        """List only `job_id`, what it was made from and what was made from it (any
        number of steps), under a bar that says so. The other filters are cleared: the
        whole family is what was asked for."""
        self._clear_filters()
        words = " ".join(prompt.split())
        if len(words) > 50:
            words = words[:49] + "…"
        self._batch = None
        self.batch_cancel.setVisible(False)
        self.batch_grid.setVisible(False)
        self._family = job_id
        self.family_text.setText(
            self.tr("What came from what around “{prompt}”").format(
                prompt=words or self.tr("(no prompt)")
            )
        )
        self.family_bar.setVisible(True)
        self.apply_filter()
        self.select_job(job_id)

    def show_batch(self, tag: str, name: str, jobs: int) -> None:
        """List only the jobs of one batch (its tag), under the bar, with "Cancel the
        rest" for those not sent yet."""
        self._clear_filters()
        self._family = None
        self._batch, self._batch_name = tag, name
        self.family_text.setText(
            self.tr("Batch “{name}”: {count} jobs").format(name=name, count=jobs)
        )
        self.batch_cancel.setVisible(True)
        self.batch_grid.setVisible(True)
        self.family_bar.setVisible(True)
        self.apply_filter()

    def clear_family(self) -> None:
        if self._family is None and self._batch is None:
            return
        self._family = None
        self._batch = None
        self.batch_cancel.setVisible(False)
        self.batch_grid.setVisible(False)
        self.family_bar.setVisible(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._typing.stop()
        current = self.current_job()
        self.count.setText(self.tr("Counting…"))
        self.model.set_filter(self.current_filter(), oldest_first=bool(self.order.currentData()))
        if current is not None:
            self.select_job(current, scroll=False)

    def _fill_models(self) -> None:
        # DISTINCT over every job is a full scan (tens of ms at 100,000 jobs): off the GUI
        # thread; the menu offers "All models" until the answer comes.
        if self.model_choice.count() == 0:
            self.model_choice.addItem(self.tr("All models"), None)
        in_background(self.history.models, self._models_known, self)

    def _models_known(self, names: list[str] | None, _error: Exception | None) -> None:
        if names is None:
            return
        chosen = self.model_choice.currentData()
        self.model_choice.blockSignals(True)
        self.model_choice.clear()
        self.model_choice.addItem(self.tr("All models"), None)
        for name in names:
            self.model_choice.addItem(name, name)
        self.model_choice.setCurrentIndex(max(0, self.model_choice.findData(chosen)))
        self.model_choice.blockSignals(False)

    def _show_count(self, n: int | None) -> None:
        if n is None:
            self.count.setText("")
            return
        self.count.setText(self.tr("%n result(s)", "", n))
        filtered = self.current_filter() != Filter()
        self.empty.setVisible(n == 0)
        self.empty.setText(
            self.tr("Nothing matches. Try fewer words or clear the filters.")
            if filtered
            else self.tr("Your results will be listed here, with their prompts and settings.")
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Following the engine ---------------------------------------------------------------

    def job_changed(self, job_id: int, model: str | None = None) -> None:
        """A job changed; `model` is its model id, as the engine reported it (no history
        read on the GUI thread); a new model joins the filter list."""
        self.model.job_changed(job_id)
        if model is None:
            job = self.history.get(job_id)
            model = job.model if job is not None else None
        known = {self.model_choice.itemData(i) for i in range(self.model_choice.count())}
        if model is not None and model not in known:
            self._fill_models()

    # Selection ---------------------------------------------------------------------------

    def current_job(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.job_id(index.row()) if index.isValid() else None

    def selected_jobs(self) -> list[int]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        ids = [self.model.job_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def reveal(self, job_id: int, prompt: str = "") -> None:
        """Select `job_id`; if the filters hide it, show its family, which holds it (and
        what it is related to: how the user got there)."""
        if not self.select_job(job_id):
            self.show_family(job_id, prompt)

    def select_job(self, job_id: int, *, scroll: bool = True) -> bool:
        row = self.model.row_of(job_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if scroll:
            self.list.scrollTo(index)
        return True

    def show_undo(self, text: str) -> None:
        self.undo_text.setText(text)
        self.undo_bar.setVisible(bool(text))

"""The history sidebar: paging, live updates, filters, search, thumbnails, stars."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette

from kling_desktop.store import Database, Filter, History, JobStatus
from kling_desktop.ui import history_model
from kling_desktop.ui.history_delegate import HistoryDelegate
from kling_desktop.ui.history_model import JOB_ID, SUMMARY, HistoryModel
from kling_desktop.ui.history_panel import HistoryPanel
from tests.store.conftest import new_job
from tests.ui.conftest import seed


@pytest.fixture
def history(tmp_path):
    db = Database(tmp_path / "history.sqlite")
    yield History(db, tmp_path / "inputs")
    assert db.integrity() == "ok"
    db.close()


def ids_in(model: HistoryModel) -> list[int]:
    return [model.data(model.index(r), JOB_ID) for r in range(model.rowCount())]


def test_rows_are_paged_in_as_the_view_scrolls(qtbot, history, tmp_path):
    ids = seed(history, tmp_path / "lib", 3)
    for n in range(900):
        history.add_job(new_job(n, prompt=f"queued {n}"))
    model = HistoryModel(history)
    assert model.rowCount() == history_model.ID_PAGE  # not 903
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 903
    listed = ids_in(model)
    assert listed == sorted(listed, reverse=True)  # newest first
    assert listed[-3:] == ids[::-1]
    # Only a bounded number of row summaries is kept, however far one scrolls.
    for row in range(model.rowCount()):
        model.data(model.index(row))
    assert len(model._blocks) <= history_model.MAX_BLOCKS
    model.set_filter(Filter(), oldest_first=True)
    assert ids_in(model)[:3] == ids


def test_a_row_says_what_the_job_is(qtbot, history, tmp_path):
    (job_id,) = seed(history, tmp_path / "lib", 1, prompt="a  red\nfox", outputs=3)
    model = HistoryModel(history)
    index = model.index(0)
    assert model.data(index) == "a red fox"
    summary = model.data(index, SUMMARY)
    assert summary.status is JobStatus.SUCCEEDED and summary.outputs == 3
    # The thumbnail is decoded on the thread pool: nothing at first, the picture soon after.
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    qtbot.waitUntil(
        lambda: isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QImage), timeout=3000
    )
    image = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert max(image.width(), image.height()) <= history_model.THUMB.width()
    # Dragging the row out hands the files to the other application.
    urls = model.mimeData([index]).urls()
    assert [u.toLocalFile() for u in urls] == [str(o.path) for o in history.outputs(job_id)]


def test_running_jobs_update_in_place_and_new_ones_appear_on_top(qtbot, history, tmp_path):
    seed(history, tmp_path / "lib", 2)
    model = HistoryModel(history)
    job_id = history.add_job(new_job(99, prompt="fresh"))
    model.job_changed(job_id)
    assert ids_in(model)[0] == job_id
    assert model.data(model.index(0), SUMMARY).status is JobStatus.QUEUED
    history.update(job_id, JobStatus.PROCESSING)
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append(a.row()))
    model.job_changed(job_id)
    assert changed == [0]
    assert model.data(model.index(0), SUMMARY).status is JobStatus.PROCESSING
    # A list of running jobs drops the job the moment it ends.
    model.set_filter(Filter(statuses=frozenset({"processing"})))
    assert ids_in(model) == [job_id]
    history.update(job_id, JobStatus.FAILED, error="boom")
    model.job_changed(job_id)
    assert ids_in(model) == []


def test_search_and_filters_narrow_the_list(qtbot, history, tmp_path):
    foxes = seed(history, tmp_path / "lib", 3, prompt="red fox {i}")
    seed(history, tmp_path / "lib", 2, prompt="blue whale {i}")
    (video,) = seed(history, tmp_path / "lib", 1, kind="text2video", prompt="fox running")
    history.set_favourite([foxes[0]], True)
    panel = HistoryPanel(history)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "fox")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=2000)  # after the debounce
    qtbot.waitUntil(lambda: panel.count.text().startswith("4 result"), timeout=2000)
    panel.kind.setCurrentIndex(panel.kind.findData("text2video"))
    assert ids_in(panel.model) == [video]
    panel.kind.setCurrentIndex(0)
    panel.favourites.setChecked(True)
    assert ids_in(panel.model) == [foxes[0]]
    panel.favourites.setChecked(False)
    panel.search.setText("zebra")
    panel.apply_filter()
    qtbot.waitUntil(lambda: panel.empty.isVisible() or not panel.isVisible(), timeout=2000)
    assert "Nothing matches" in panel.empty.text()
    panel.search.clear()
    panel.when.setCurrentIndex(panel.when.findData(0))  # today: everything seeded now
    assert panel.model.rowCount() == 6
    panel.order.setCurrentIndex(1)
    assert ids_in(panel.model)[0] == foxes[0]
    # The model menu is filled in the background with the models the history holds.
    qtbot.waitUntil(lambda: panel.model_choice.findData("kling-v1") > 0, timeout=3000)
    assert panel.model_choice.count() == 2  # "All models" and kling-v1
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("kling-v1"))
    assert panel.model.rowCount() == 6


def test_the_star_on_a_row_marks_a_favourite(qtbot, history, tmp_path):
    (job_id,) = seed(history, tmp_path / "lib", 1)
    panel = HistoryPanel(history)
    qtbot.addWidget(panel)
    panel.resize(320, 400)
    panel.show()
    qtbot.waitExposed(panel)
    rect = panel.list.visualRect(panel.model.index(0))
    star = HistoryDelegate.star_rect(rect).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=star)
    assert history.get(job_id).favourite
    assert panel.model.data(panel.model.index(0), SUMMARY).favourite
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=star)
    assert not history.get(job_id).favourite
    # A click elsewhere on the row selects it.
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current_job() == job_id
    # The painted row is a real picture, with the selection's colour behind it.
    shot = panel.list.viewport().grab().toImage()
    palette = panel.palette()
    highlights = [
        palette.color(group, QPalette.ColorRole.Highlight).name()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    ]
    assert shot.pixelColor(rect.right() - 40, rect.top() + 4).name() in highlights

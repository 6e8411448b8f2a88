"""Progress where the eyes are: a job started from the form shows at once in the middle as
a live card with a Cancel button; its result replaces the card; a result that finishes
while the user looks at something else is announced, not forced on them."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from kling_desktop.context import AppContext
from kling_desktop.sandbox import Timings
from kling_desktop.store import AppPaths
from kling_desktop.store.records import JobStatus, NewJob
from kling_desktop.ui.main_window import MainWindow
from kling_desktop.ui.queue_panel import ACTION, STATUS
from tests.jobs.conftest import QUICK


@pytest.fixture
def win(qtbot, tmp_path):
    context = AppContext(
        AppPaths.portable_in(tmp_path), demo=True, pacing=QUICK, demo_timings=Timings()
    )
    context.start_engine()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    yield window
    context.close(timeout=5)


def _finished(win) -> list[tuple[int, str]]:
    ended: list[tuple[int, str]] = []
    win.context.engine.job_finished.connect(lambda u: ended.append((u.id, u.status.value)))
    return ended


def _generate(win, prompt: str, kind: str = "image") -> None:
    form = win.show_form(kind)
    form.prompt.setText(prompt)
    form.generate()


def test_a_job_from_the_form_shows_as_a_card_then_its_result(qtbot, win):
    win.context.sandbox().timings = Timings(image=(1.5, 1.5))
    ended = _finished(win)
    _generate(win, "a lighthouse in fog")
    card = win.viewer.card
    qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is card, timeout=5000)
    assert card.prompt.text() == "a lighthouse in fog"
    assert "Text to image" in card.facts.text() and "Kling" in card.facts.text()
    assert card.cancel_button.isVisible() and card.cancel_button.isEnabled()
    job_id = card.job.id
    assert win.history_panel.current_job() == job_id  # selected in the history too
    # The card says what the queue says, in the same words.
    # A demo job is not said to be with Kling.
    qtbot.waitUntil(lambda: card.status.text() == "Waiting in the demo", timeout=5000)
    qtbot.waitUntil(lambda: win.queue.item(job_id).text(STATUS) == card.status.text(), timeout=3000)
    assert "so far" in card.time.text()
    qtbot.waitUntil(lambda: ended == [(job_id, "succeeded")], timeout=15_000)
    qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is win.viewer.image, timeout=5000)
    qtbot.waitUntil(win.viewer.image.has_image, timeout=5000)
    assert not win.ready_notice.isVisible()


def test_cancel_on_the_card(qtbot, win):
    win.context.sandbox().timings = Timings(image=(5.0, 5.0))
    ended = _finished(win)
    _generate(win, "changed my mind")
    card = win.viewer.card
    qtbot.waitUntil(lambda: card.job is not None and card.isVisible(), timeout=5000)
    card.cancel_button.click()
    qtbot.waitUntil(lambda: ended == [(card.job.id, "cancelled")], timeout=10_000)
    # The card gives way to the sentence about a job with no result.
    qtbot.waitUntil(
        lambda: win.viewer.stack.currentWidget() is win.viewer.placeholder, timeout=3000
    )
    assert "no result" in win.viewer.placeholder.text()


def test_cancel_on_the_queue_row(qtbot, win):
    win.context.sandbox().timings = Timings(image=(5.0, 5.0))
    ended = _finished(win)
    _generate(win, "not this one")
    qtbot.waitUntil(lambda: bool(win.queue._items), timeout=5000)
    (job_id,) = win.queue._items
    item = win.queue.item(job_id)
    button = win.queue.itemWidget(item, ACTION)
    assert button is not None and button.text() == "Cancel"
    button.click()
    qtbot.waitUntil(lambda: ended == [(job_id, "cancelled")], timeout=10_000)
    assert win.queue.item(job_id).text(STATUS) == "Cancelled"
    assert win.queue.itemWidget(item, ACTION) is None  # nothing left to cancel


def test_queue_rows_keep_one_height_with_or_without_thumbnails(qtbot, win):
    ended = _finished(win)
    _generate(win, "first")
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=15_000)
    win.context.sandbox().timings = Timings(image=(3.0, 3.0))
    _generate(win, "second")
    qtbot.waitUntil(lambda: win.queue.topLevelItemCount() == 2, timeout=5000)
    first, second = (win.queue.topLevelItem(i) for i in (1, 0))
    qtbot.waitUntil(lambda: not first.icon(0).isNull(), timeout=5000)
    heights = {win.queue.visualItemRect(item).height() for item in (first, second)}
    assert len(heights) == 1 and heights.pop() >= 32  # the 32-pixel thumbnail fits


def test_a_result_that_arrives_while_the_user_looks_elsewhere_is_announced(qtbot, win):
    ended = _finished(win)
    _generate(win, "the earlier one")
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=15_000)
    earlier = ended[0][0]
    win.context.sandbox().timings = Timings(image=(2.0, 2.0))
    _generate(win, "the new one")
    qtbot.waitUntil(lambda: win.viewer.job.id != earlier, timeout=5000)
    assert win.viewer.stack.currentWidget() is win.viewer.card
    newer = win.viewer.job.id
    # The user goes back to the earlier result while the new one is made.
    win.history_panel.select_job(earlier)
    qtbot.waitUntil(lambda: win.viewer.job.id == earlier, timeout=3000)
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=15_000)
    qtbot.waitUntil(win.ready_notice.isVisible, timeout=3000)
    assert win.viewer.job.id == earlier  # not taken away
    assert "the new one" in win.ready_notice.text.text()
    win.ready_notice.show_button.click()
    qtbot.waitUntil(lambda: win.viewer.job.id == newer, timeout=3000)
    assert win.history_panel.current_job() == newer
    assert not win.ready_notice.isVisible()


def test_the_card_compares_with_how_long_such_jobs_take_here(qtbot, tmp_path):
    from kling_desktop.store import Database, History

    db = Database(tmp_path / "h.sqlite3")
    history = History(db, tmp_path / "inputs")
    base = 1_700_000_000_000
    for n, took in enumerate((40, 60, 200)):  # seconds from sending to saved
        job_id = history.add_job(
            NewJob("text2video", "Kling", "kling-v3", "p", {}, f"kd-{n}", queued_at=base)
        )
        history.update(job_id, submitted_at=base)
        history.finish(job_id)
        with db.write() as conn:
            conn.execute(
                "UPDATE jobs SET finished_at = ? WHERE id = ?", (base + took * 1000, job_id)
            )
    assert history.typical_seconds("text2video", "kling-v3", "Kling") == 60
    assert history.typical_seconds("text2video", "kling-v3", "Other") is None
    assert history.typical_seconds("image", "kling-v3", "Kling") is None

    from kling_desktop.ui.progress_card import ProgressCard

    card = ProgressCard()
    qtbot.addWidget(card)
    running = replace(history.get(job_id), status=JobStatus.PROCESSING)
    card.show_job(running)
    card.set_typical(running.id, 60.0)
    card._since = time.time() - 30
    card._tick()
    assert "0:30 so far" in card.time.text() and "usually about 1 min" in card.time.text()
    assert card.bar.maximum() == 1000 and 450 <= card.bar.value() <= 550
    card._since -= 100
    card._tick()
    assert "longer than usual" in card.time.text()
    assert card.bar.value() == 950  # never full before it is
    db.close()


def test_the_queue_keeps_the_latest_ended_jobs_only(qtbot, win, monkeypatch):
    """A session of many batches: the oldest ended rows leave the queue (not the history)."""
    from kling_desktop.ui import queue_panel

    monkeypatch.setattr(queue_panel, "MAX_ENDED", 2)
    ended = _finished(win)
    for n in range(3):
        _generate(win, f"row {n}")
        qtbot.waitUntil(lambda n=n: len(ended) == n + 1, timeout=10_000)
    first = ended[0][0]
    assert win.queue.item(first) is None and win.queue.topLevelItemCount() == 2
    assert win.context.history.get(first) is not None

"""“Several at once…”: a batch from one form, planned before anything is sent (how many
jobs, the price in all, what would be refused and why), then one group in the history
with "Cancel the rest"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator

from kling_desktop.sandbox import Timings
from kling_desktop.store.records import DEMO_PROFILE, Filter
from kling_desktop.ui.batch_dialog import BatchDialog


@pytest.fixture(autouse=True)
def english(qapp):
    """The app's English (its plurals: "1 job", "2 jobs"), as the app installs it."""
    from kling_desktop import i18n

    yield i18n.install(qapp, "en")
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def refused_lines(dialog) -> list[str]:
    return [dialog.refused.item(i).text() for i in range(dialog.refused.count())]


def test_several_prompts_say_the_jobs_and_what_would_be_refused(qtbot, make_window):
    win = make_window(demo=False, start=False)
    form = win.show_form("image")
    form.prompt.setText("a red kite")
    dialog = BatchDialog(form, win)
    qtbot.addWidget(dialog)
    assert dialog.prompts.toPlainText().strip() == "a red kite"  # the form's prompt first
    dialog.prompts.setPlainText("a red kite\n\na lighthouse\n" + "x" * 3000 + "\n")
    dialog.replan()
    assert dialog.summary.text().startswith("2 jobs, about 16 picture units in all")
    assert "1 not sent (below)" in dialog.summary.text()
    assert refused_lines(dialog)[0].startswith("3/3: prompt: ")
    assert dialog.go.text() == "Generate 2 jobs" and dialog.go.isEnabled()

    dialog.capped.setChecked(True)
    dialog.cap.setValue(10)
    dialog.replan()
    assert dialog.summary.text().startswith("1 job, about 8 picture units in all")
    assert any("not sent: with it the batch would pass 10 units" in line
               for line in refused_lines(dialog))  # fmt: skip


def test_across_models_and_lengths(qtbot, make_window):
    win = make_window(demo=False, start=False)
    form = win.show_form("text2video")
    form.prompt.setText("waves at dusk")
    dialog = BatchDialog(form, win)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    models = [dialog.models.item(i) for i in range(dialog.models.count())]
    assert sum(m.checkState() == Qt.CheckState.Checked for m in models) == 1  # the form's
    for n, item in enumerate(models):
        item.setCheckState(Qt.CheckState.Checked if n < 2 else Qt.CheckState.Unchecked)
    lengths = dialog.choice_boxes["duration"]
    for n, check in enumerate(lengths):
        check.setChecked(n < 2)
    dialog.copies.setValue(2)
    dialog.replan()
    jobs = len(dialog.plan.jobs) + len({label for label, _ in dialog.plan.refused})
    assert jobs == 2 * 2 * 2  # models × lengths × copies
    assert dialog.go.isEnabled()
    for item in models[:5]:
        item.setCheckState(Qt.CheckState.Checked)
    dialog.replan()
    if len(models) > 4:
        assert dialog.summary.text() == "Choose at most 4 models."
        assert not dialog.go.isEnabled()


def test_a_file_of_rows(qtbot, make_window, tmp_path):
    win = make_window(demo=False, start=False)
    form = win.show_form("image")
    dialog = BatchDialog(form, win)
    qtbot.addWidget(dialog)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("prompt,aspect_ratio,colour\na,1:1,\nb,7:3,\nc,,red\n", encoding="utf-8")
    dialog.use_file(sheet)
    dialog.replan()
    assert dialog.file_note.text() == "3 rows from sheet.csv."
    assert not dialog.prompts.isEnabled()
    lines = refused_lines(dialog)
    assert any(line.startswith("line 3: aspect_ratio: The shape cannot be 7:3") for line in lines)
    assert any(line.startswith("line 4: column “colour” is not a setting") for line in lines)
    assert dialog.go.text() == "Generate 1 job"
    dialog.use_file(tmp_path / "missing.csv")
    assert dialog.file_note.text().startswith("There is no file")


def test_generate_sends_the_batch_as_one_group(qtbot, make_window):
    win = make_window()
    win.resize(1280, 820)
    win.show()
    form = win.show_form("image")
    form.prompt.setText("a kite")
    finished = []
    win.context.engine.job_finished.connect(lambda u: finished.append(u.id))
    dialog = BatchDialog(form, win)
    qtbot.addWidget(dialog)
    dialog.prompts.setPlainText("a kite\na boat\na cat\n")
    dialog.replan()
    assert dialog.summary.text().endswith("(free in demo mode)")
    tag, specs = dialog.specs()
    assert len(specs) == 3 and all(spec.tags == (tag,) for spec in specs)
    for spec in specs:
        win.context.engine.enqueue(spec)
    win.history_panel.show_batch(tag, "image", 3)
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=20_000)
    assert win.history_panel.family_bar.isVisible()
    assert win.history_panel.family_text.text().startswith("Batch “image”: 3 jobs")
    shown = win.context.history.ids(win.history_panel.current_filter())
    assert len(shown) == 3
    assert win.context.history.count(Filter(tag=tag)) == 3
    # The grid: one tile a result, the prompt (what differs) under each.
    win.history_panel.batch_grid.click()
    grid = win.last_batch_grid
    qtbot.waitUntil(lambda: grid.grid.count() == 3, timeout=5000)
    labels = sorted(grid.grid.item(i).text() for i in range(3))
    assert labels == ["a boat", "a cat", "a kite"]
    assert not grid.compare.isEnabled()
    grid.grid.item(0).setSelected(True)
    grid.grid.item(1).setSelected(True)
    assert grid.compare.isEnabled()
    grid.compare.click()
    assert win.history_actions.last_compare.isVisible()
    win.history_actions.last_compare.close()
    grid.close()
    win.history_panel.clear_family()
    assert not win.history_panel.family_bar.isVisible()
    # Later (after a restart, say), any of its jobs leads back to the batch.
    win.history_panel.select_job(finished[0])
    win.history_actions.update()
    show = win.history_actions.actions["batch"]
    assert show.isEnabled()
    show.trigger()
    assert win.history_panel.family_text.text().startswith("Batch “image")
    assert len(win.context.history.ids(win.history_panel.current_filter())) == 3


def test_cancel_the_rest_cancels_what_was_not_sent(qtbot, make_window):
    slow = Timings(image=(2.0, 6.0), video=(2.0, 6.0))  # the first stays on the server
    win = make_window(start=False, timings=slow)
    form = win.show_form("image")
    dialog = BatchDialog(form, win)
    qtbot.addWidget(dialog)
    dialog.prompts.setPlainText("one\ntwo\n")
    tag, specs = dialog.specs()
    win.context.start_engine()
    win.context.engine.slots.refused(DEMO_PROFILE, "image", 0)  # one at a time: one waits
    for spec in specs:
        win.context.engine.enqueue(spec)
    win.history_panel.show_batch(tag, "image", 2)
    sent = Filter(tag=tag, statuses=frozenset({"submitted", "processing"}))
    qtbot.waitUntil(lambda: win.context.history.count(sent) == 1, timeout=5000)
    win.history_panel.batch_cancel.click()
    qtbot.waitUntil(
        lambda: win.context.history.count(Filter(tag=tag, statuses=frozenset({"cancelled"}))) >= 1,
        timeout=5000,
    )

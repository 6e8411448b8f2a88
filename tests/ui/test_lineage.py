"""What came from what, as a user sees it: a result made from another says "Made from"
with a thumbnail to click, the source says "Used in", and the history can show one item's
family and go back to everything."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from kling_desktop.sandbox.media import render_image
from kling_desktop.store import JobStatus


def _run(qtbot, win, form) -> int:
    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update))
    form.revalidate()
    assert form.generate_button.isEnabled(), form.why.text()
    form.generate_button.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    job_id = ended[0].id
    assert win.context.history.get(job_id).status is JobStatus.SUCCEEDED
    # Shown, as a user sees it arrive: selected, the picture in view, the actions ready.
    qtbot.waitUntil(lambda: win.history_panel.current_job() == job_id, timeout=5000)
    qtbot.waitUntil(lambda: win.viewer.stack.currentWidget() is win.viewer.image, timeout=5000)
    qtbot.waitUntil(lambda: win.history_actions.using("expand", "image").isEnabled(), timeout=5000)
    return job_id


def _from_file(qtbot, win, path, words: str):
    """The Extend form, with a picture of `words` from a file on disk (no parent)."""
    path.write_bytes(render_image(words, "1:1", 0, 1))
    form = win.show_form("expand")
    form.picker("image").load(path)
    qtbot.waitUntil(lambda: form.picker("image").prepared is not None, timeout=5000)
    form.presets["16:9"].click()
    return form


def _extend_shown(qtbot, win, form) -> None:
    """History → "Extend this picture…" on the result shown: a square from it."""
    form.picker("image").set_prepared(None)
    win.history_actions.using("expand", "image").trigger()
    qtbot.waitUntil(lambda: form.picker("image").prepared is not None, timeout=5000)
    form.presets["1:1"].click()


def test_an_extended_picture_knows_its_source_and_the_source_its_use(qtbot, make_window, tmp_path):
    win = make_window()
    win.show()
    history = win.context.history
    # A first picture, from a file on disk: no parent.
    form = _from_file(qtbot, win, tmp_path / "harbour.png", "a harbour")
    first = _run(qtbot, win, form)
    assert history.made_from(first) == []
    qtbot.waitUntil(lambda: win.history_panel.current_job() == first, timeout=5000)
    win.history_actions.update()
    assert not win.history_actions.family.isEnabled()  # nothing related yet
    assert "Made from" not in win.details.toPlainText()

    # Extended again from the history: the new result is linked to the first.
    _extend_shown(qtbot, win, form)
    form.fields["up_expansion_ratio"].set_value(0.5)
    second = _run(qtbot, win, form)
    (link,) = history.made_from(second)
    assert link.job_id == first and link.role == "image"
    qtbot.waitUntil(lambda: win.history_panel.current_job() == second, timeout=5000)
    qtbot.waitUntil(lambda: "Made from" in win.details.toPlainText(), timeout=5000)
    text = win.details.toPlainText()
    assert "Extend a picture" in text and "(as picture)" in text.lower()
    assert f"job:{first}" in win.details.toHtml()  # a link, with its thumbnail
    assert f"kin:{first}:" in win.details.toHtml()

    # Clicking it shows the source, which says what it was used in.
    win.details.anchorClicked.emit(QUrl(f"job:{first}"))
    qtbot.waitUntil(lambda: win.history_panel.current_job() == first, timeout=5000)
    qtbot.waitUntil(lambda: "Used in" in win.details.toPlainText(), timeout=5000)
    assert f"job:{second}" in win.details.toHtml()


def test_the_history_shows_one_family_and_goes_back_to_all(qtbot, make_window, tmp_path):
    win = make_window()
    win.show()
    history = win.context.history
    form = _from_file(qtbot, win, tmp_path / "field.png", "a field")
    parent = _run(qtbot, win, form)
    stranger = _run(qtbot, win, form)  # the same file again: not made from a result
    qtbot.waitUntil(lambda: win.history_panel.current_job() == stranger, timeout=5000)
    win.history_panel.select_job(parent)
    qtbot.waitUntil(lambda: win.viewer.job is not None and win.viewer.job.id == parent)
    _extend_shown(qtbot, win, form)
    child = _run(qtbot, win, form)
    assert history.family(child) == {parent, child}

    panel = win.history_panel
    qtbot.waitUntil(lambda: panel.current_job() == child, timeout=5000)
    win.history_actions.update()
    assert win.history_actions.family.isEnabled()
    win.history_actions.family.trigger()
    assert panel.family_bar.isVisible()
    assert "What came from what" in panel.family_text.text()
    listed = {panel.model.job_id(row) for row in range(panel.model.rowCount())}
    assert listed == {parent, child}  # not the stranger
    assert panel.current_job() == child
    panel.family_all.click()
    assert not panel.family_bar.isVisible()
    listed = {panel.model.job_id(row) for row in range(panel.model.rowCount())}
    assert {parent, child, stranger} <= listed


def test_a_link_to_a_job_the_filters_hide_shows_its_family(qtbot, make_window, tmp_path):
    win = make_window()
    win.show()
    form = _from_file(qtbot, win, tmp_path / "hill.png", "a hill")
    parent = _run(qtbot, win, form)
    qtbot.waitUntil(lambda: win.history_panel.current_job() == parent, timeout=5000)
    _extend_shown(qtbot, win, form)
    child = _run(qtbot, win, form)
    panel = win.history_panel
    qtbot.waitUntil(lambda: panel.current_job() == child, timeout=5000)
    panel.favourites.setChecked(True)  # now neither is listed
    assert panel.model.rowCount() == 0
    win.show_job(child)
    qtbot.waitUntil(lambda: "Made from" in win.details.toPlainText(), timeout=5000)
    win.details.anchorClicked.emit(QUrl(f"job:{parent}"))
    assert panel.family_bar.isVisible() and not panel.favourites.isChecked()
    assert panel.current_job() == parent

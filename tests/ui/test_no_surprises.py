"""A window that never surprises (#24): the wheel scrolls a form and changes a setting
only once the user is in it; the price line speaks of the connection in use at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from kling_desktop.operations import registry
from kling_desktop.store import Profile, Secret
from kling_desktop.ui.forms import OTHER
from kling_desktop.ui.wheel_guard import guarded_in
from tests.conftest import RELAY_KEY
from tests.ui.test_forms import make_form


def wheel(widget, notches: int = -3) -> None:
    """Turn the wheel over `widget` (negative: towards the user, as when scrolling down)."""
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("kind", [op.name for op in registry.all_operations()])
def test_the_wheel_over_a_field_changes_nothing_until_the_field_has_focus(qtbot, kind):
    form = make_form(qtbot, kind)
    form.resize(420, 500)
    form.more_toggle.setChecked(True)  # every field in view
    form.show()
    qtbot.waitExposed(form)
    form.setFocus()
    before = form.values(all_fields=True)
    guarded = [w for w in guarded_in(form.scroll.widget()) if w.isVisible()]
    assert guarded
    for widget in guarded:
        wheel(widget)
    assert form.values(all_fields=True) == before
    assert all(w.focusPolicy() == Qt.FocusPolicy.StrongFocus for w in guarded)


def test_a_field_the_user_is_in_follows_the_wheel(qtbot):
    form = make_form(qtbot, "text2video")
    form.show()
    qtbot.waitExposed(form)
    combo = form.fields["duration"].combo
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    before = combo.currentIndex()
    wheel(combo, notches=-1)
    assert combo.currentIndex() != before


def test_the_wheel_scrolls_the_form_instead(qtbot):
    form = make_form(qtbot, "text2video")
    form.resize(420, 300)
    form.more_toggle.setChecked(True)  # a long form
    form.show()
    qtbot.waitExposed(form)
    bar = form.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    wheel(form.fields["duration"].combo, notches=-3)
    assert bar.value() > 0


def test_the_price_line_follows_the_connection_at_once(qtbot, make_window, sandbox, monkeypatch):
    win = make_window()
    context = win.context
    form = win.show_form("image")
    form.revalidate()
    assert form.estimate.text() == "Free in demo mode"
    monkeypatch.setattr(type(context.credentials), "save", lambda self, name, secret: None)
    context.add_profile(Profile("Relay", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    win.connections.changed()
    assert form.estimate.text() == "About 8 picture units"  # no field edited
    context.force_demo = True  # back to the demo
    win.connections.changed()
    assert form.estimate.text() == "Free in demo mode"


def test_a_click_right_after_the_last_keystroke_generates(qtbot):
    form = make_form(qtbot, "image")
    form.show()
    qtbot.waitExposed(form)
    form.fields["prompt"].set_value("")
    form.revalidate()
    assert not form.generate_button.isEnabled()
    form.fields["prompt"].widget.edit.setPlainText("a red fox in the snow")
    # No pause for the form to catch up: the click comes with the keystroke.
    with qtbot.waitSignal(form.generate_requested, timeout=1000):
        qtbot.mouseClick(form.generate_button, Qt.MouseButton.LeftButton)


def test_a_demo_job_is_not_said_to_be_with_kling():
    from kling_desktop.context import DEMO_PROFILE
    from kling_desktop.ui.words import status_words

    assert status_words("submitted", DEMO_PROFILE) == "Waiting in the demo"
    assert status_words("processing", DEMO_PROFILE) == "The demo is making it"
    assert status_words("processing", "My key") == "Kling is making it"
    assert status_words("succeeded", DEMO_PROFILE) == "Done"


def test_a_picture_that_cannot_be_used_replaces_the_one_before(qtbot, tmp_path):
    from tests.conftest import png_bytes

    form = make_form(qtbot, "image2video")
    form.fields["prompt"].set_value("waves")
    picker = form.picker("first_frame")
    good = tmp_path / "good.png"
    good.write_bytes(png_bytes(640, 360))
    picker.load(good)
    qtbot.waitUntil(lambda: picker.prepared is not None, timeout=5000)
    form.revalidate()
    assert form.generate_button.isEnabled()
    empty = tmp_path / "still-copying.png"
    empty.write_bytes(b"")
    picker.load(empty)
    qtbot.waitUntil(lambda: picker.prepared is None, timeout=5000)
    qtbot.waitUntil(lambda: "empty (0 bytes)" in picker.info.text(), timeout=5000)
    # Not under the old picture, and nothing to send: the old one is not used in secret.
    assert picker.preview.pixmap().isNull()
    form.revalidate()
    assert not form.generate_button.isEnabled()


def test_a_day_reads_plainly_without_a_language_set(qapp):
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from kling_desktop.ui.words import short_date

    before = QLocale()
    try:
        QLocale.setDefault(QLocale.c())
        assert short_date(datetime(2027, 1, 2, 12, tzinfo=UTC)) == "2027-01-02"
        QLocale.setDefault(QLocale("en_GB"))
        assert short_date(datetime(2027, 1, 2, 12, tzinfo=UTC)) == "02/01/2027"
    finally:
        QLocale.setDefault(before)


def test_a_short_form_keeps_its_fields_together(qtbot):
    form = make_form(qtbot, "sound_effect")
    form.resize(430, 700)
    form.show()
    qtbot.waitExposed(form)
    prompt = form.fields["prompt"].widget
    length = form.fields["duration"].widget
    bottom = prompt.mapTo(form, prompt.rect().bottomLeft()).y()
    top = length.mapTo(form, length.rect().topLeft()).y()
    assert top - bottom < 40  # the label "Length" and spacing, not a hole


def test_one_job_has_one_figure_everywhere(qtbot, make_window, tmp_path):
    """How long a job took and what it cost read the same in the queue, the details, the
    progress card and the export (#24, item 12)."""
    import json

    from kling_desktop.sandbox import Timings
    from kling_desktop.store.export import MANIFEST, export
    from kling_desktop.ui.queue_panel import TIME
    from kling_desktop.ui.words import clock_words, job_seconds

    win = make_window(timings=Timings(image=(2.3, 2.3)))
    win.show()
    ended = []
    win.context.engine.job_finished.connect(lambda update: ended.append(update))
    form = win.show_form("image")
    form.prompt.setText("a lighthouse at dusk")
    form.generate()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    job = win.context.history.get(ended[0].id)
    took = int(job_seconds(job))
    assert took >= 2
    assert win.queue.item(job.id).text(TIME) == clock_words(took)
    assert win.viewer.card.elapsed(job.finished_at.timestamp()) == pytest.approx(
        job_seconds(job), abs=0.01
    )
    win.details.show_job(job.id)
    text = win.details.toPlainText()
    assert f"Took\n{took} second" in text, text  # plural forms come with the translator
    assert "0 — demo" in text
    from kling_desktop.ui.details import settings_in_words

    out = tmp_path / "out"
    export(win.context.history, [job.id], out, as_zip=False, describe=settings_in_words)
    (entry,) = json.loads((out / MANIFEST).read_text())["jobs"]
    assert entry["credits"] == 0  # as the details say
    # The settings in the details' words too, beside the raw parameters.
    assert entry["settings"]["Model"] == "Kling Image 3.0"
    assert entry["settings"]["Shape"] == "16:9" and entry["settings"]["Quality"] == "2K"
    assert f"Shape\n{entry['settings']['Shape']}" in text


def test_other_model_lines_up_with_the_models(qtbot):
    """In the model list, "Other model…" starts where the models' names start."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    form = make_form(qtbot, "text2video")
    combo = form.model
    view = combo.view()
    delegate = view.itemDelegate()

    def first_ink(row: int) -> int:
        index = combo.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = QRect(0, 0, 400, delegate.sizeHint(option, index).height())
        image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        return min(
            x
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).lightness() < 128
        )

    other = combo.findData(OTHER)
    assert other > 0
    assert abs(first_ink(other) - first_ink(0)) <= 2

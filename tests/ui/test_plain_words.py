"""The details in plain words, in both languages: names the form uses, local time without a
zone, sizes in MB, "0 — demo", and the ids kept under "Technical details"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTranslator

from kling_desktop import i18n
from kling_desktop.store.records import JobRecord, JobStatus
from kling_desktop.ui.details import DetailsPanel, _size


def job(**changes) -> JobRecord:
    fields = dict(
        id=1,
        kind="image",
        profile="Demo",
        model="kling-v3",
        prompt="a fox",
        negative_prompt="",
        request={"prompt": "a fox", "aspect_ratio": "16:9", "resolution": "2k", "n": 1},
        external_task_id="kd-0000",
        task_id="T-1",
        standard="legacy",
        status=JobStatus.SUCCEEDED,
        note="",
        error="",
        queued_at=datetime(2026, 11, 30, 9, 5, tzinfo=UTC),
        submitted_at=None,
        finished_at=datetime(2026, 11, 30, 9, 6, tzinfo=UTC),
        credits=None,
        favourite=False,
        tags=(),
        deleted=False,
    )
    fields.update(changes)
    return JobRecord(**fields)


def text_of(qtbot, record: JobRecord) -> str:
    panel = DetailsPanel(history=None)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel.setHtml(panel.describe(record, []))
    return panel.toPlainText()


@pytest.fixture
def language(qapp):
    def use(name: str) -> None:
        i18n.install(qapp, name)

    yield use
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    i18n.install(qapp, "en")


def test_details_read_as_the_form_says_them(qtbot, language):
    language("en")
    text = text_of(qtbot, job())
    lines = text.split("\n")
    assert lines[lines.index("Quality") + 1] == "2K"
    assert lines[lines.index("Model") + 1] == "Kling Image 3.0"
    assert lines[lines.index("Units charged") + 1] == "0 — demo"
    assert "UTC" not in text and "KiB" not in text
    # The ids are there for whoever needs them, below the rest.
    technical = text.index("Technical details")
    assert text.index("kd-0000") > technical and text.index("T-1") > technical
    assert text.index("kling-v3") > technical and "Task id" not in text[:technical]


def test_a_paid_job_and_an_older_one(qtbot, language):
    language("en")
    paid = text_of(
        qtbot,
        job(profile="Kling", credits=2.0, request={"prompt": "x", "mode": "std", "cfg_scale": 0.5}),
    )
    lines = paid.split("\n")
    assert lines[lines.index("Units charged") + 1] == "2 units"
    assert lines[lines.index("Mode") + 1] == "Standard"
    assert "Follows the prompt" in paid and "Creativity" not in paid


def test_sizes_in_mb(language):
    language("en")
    assert _size(1_234_567) == "1.2 MB"
    assert _size(11_000) == "11.0 kB"


def test_details_in_chinese(qtbot, language):
    language("zh_CN")
    text = text_of(qtbot, job())
    lines = text.split("\n")
    assert lines[lines.index("扣除点数") + 1] == "0 — 演示"
    assert lines[lines.index("连接") + 1] == "演示"
    assert "技术详情" in text and "协调世界时" not in text and "UTC" not in text
    assert "2026年11月30日" in text


def test_a_wrong_file_is_said_in_red_and_goes_when_a_good_one_comes(qtbot, make_window, tmp_path):
    from PySide6.QtGui import QImage

    win = make_window()
    picker = win.forms["image2video"].picker("first_frame")
    bad = tmp_path / "notes.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    picker.load(bad)
    qtbot.waitUntil(lambda: picker.info.problem, timeout=5000)
    assert "cannot be opened as a picture" in picker.info.text()
    assert "Unsupported" not in picker.info.text() and "(" not in picker.info.text()
    assert "color" in picker.info.styleSheet()  # red, with the words to say it
    good = tmp_path / "frame.png"
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(good))
    picker.load(good)
    qtbot.waitUntil(lambda: picker.prepared is not None, timeout=5000)
    assert not picker.info.problem and "pixels" in picker.info.text()
    assert picker.info.styleSheet() == ""


def test_quitting_with_jobs_running_says_they_go_on_next_time(qtbot, make_window, monkeypatch):
    from kling_desktop.sandbox import Timings

    win = make_window(timings=Timings(image=(5.0, 5.0)))
    win.ask_before_quit = True
    asked = []
    answer = [False]
    monkeypatch.setattr("kling_desktop.ui.ask.ask", lambda *a: asked.append(a[2:]) or answer[0])
    win.show()
    form = win.forms["image"]
    form.prompt.setText("still cooking")
    form.generate()
    qtbot.waitUntil(lambda: bool(win.context.engine.active_jobs()), timeout=5000)
    win.close()
    ((text, do, dont),) = asked
    assert text.startswith("Not finished yet: 1 job.") and "next time" in text
    assert (do, dont) == ("Quit", "Stay")
    assert win.isVisible()  # stayed
    answer[0] = True
    win.close()
    assert not win.isVisible()


def test_settings_name_both_folders_on_their_own_lines(qtbot):
    from kling_desktop.store import Settings
    from kling_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        Settings(),
        "/home/me/Pictures/Kling Desktop",
        default_videos="/home/me/Videos/Kling Desktop",
    )
    qtbot.addWidget(dialog)
    lines = dialog.library_note.text().split("\n")
    assert lines[0].endswith("/home/me/Pictures/Kling Desktop")
    assert lines[1].endswith("/home/me/Videos/Kling Desktop")
    assert "·" not in dialog.library.placeholderText()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_field_has_a_tooltip_in_both_languages(qtbot, language, lang, tmp_path):
    import re

    from kling_desktop.context import AppContext
    from kling_desktop.store import AppPaths
    from kling_desktop.ui.main_window import MainWindow

    language(lang)
    context = AppContext(AppPaths.portable_in(tmp_path), demo=True)
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        for name, form in win.forms.items():
            tips = {"model": form.model.toolTip()} if form.operation.uses_model else {}
            tips |= {field: f.widget.toolTip() for field, f in form.fields.items()}
            for field, tip in tips.items():
                assert tip.strip(), f"{name}.{field} has no tooltip"
                if lang == "zh_CN":
                    assert re.search(r"[\u4e00-\u9fff]", tip), f"{name}.{field}: {tip}"
    finally:
        context.close()


def test_the_model_picker_names_badges_and_prices_newest_first(qtbot, make_window):
    from kling_desktop.ui.model_picker import BADGES_ROLE, DETAIL_ROLE, PRICE_ROLE

    win = make_window()
    picker = win.forms["text2video"].model
    names = [picker.itemText(i) for i in range(picker.count())]
    assert names[0].startswith("Kling 3.0") and names[-1] == "Other model…"
    assert not any(n.startswith("kling-") for n in names)  # no raw ids in the list
    row = picker.findText("Kling 3.0")
    assert {"New", "Sound", "4K"} <= set(picker.itemData(row, BADGES_ROLE))
    assert "15 seconds" in picker.itemData(row, DETAIL_ROLE)
    assert "video units a second" in picker.itemData(row, PRICE_ROLE)
    assert "kling-3.0" in picker.itemData(row, Qt.ItemDataRole.ToolTipRole)  # the id, for who asks
    released = [
        win.context.catalogue().model("text2video", picker.itemData(i)).released
        for i in range(picker.count() - 1)
    ]
    assert released == sorted(released, reverse=True)


def test_qts_own_dialogs_speak_chinese(language):
    from PySide6.QtCore import QCoreApplication

    language("zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"


def test_a_video_pauses_when_the_user_works_elsewhere(qtbot, make_window, monkeypatch):
    from PySide6.QtCore import Qt

    win = make_window()
    paused = []
    monkeypatch.setattr(win.viewer, "pause", lambda: paused.append(True))
    win._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    assert paused == [True]

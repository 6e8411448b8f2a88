"""Simplified Chinese is complete and reaches every layer, from the forms to api errors."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kling_desktop import i18n
from kling_desktop.operations import Request
from kling_desktop.ui.queue_panel import DETAILS

TS = Path(i18n.__file__).with_name("kling_desktop_zh_CN.ts")


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_every_string_is_translated():
    unfinished = [
        m.findtext("source")
        for m in ET.parse(TS).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert TS.with_suffix(".qm").is_file()


def test_the_translation_file_knows_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    root = Path(i18n.__file__).resolve().parents[2]
    files = [str(p) for p in (root / "kling_desktop").rglob("*.py") if "sandbox" not in p.parts]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True, cwd=root
    )
    missing = sources(fresh) - sources(TS)
    assert not missing, f"run tools/translations.py and translate: {sorted(missing)[:5]}"


def test_chinese_reaches_forms_and_api_messages(qtbot, chinese):
    from tests.ui.test_forms import make_form

    assert chinese == "zh_CN"
    form = make_form(qtbot, "image")
    assert form.generate_button.text() == "生成"
    assert form.model.currentText() == "可灵图像 3.0"  # the catalogue's own Chinese
    video = make_form(qtbot, "text2video")
    audio = video.fields["audio"].combo
    assert audio.itemText(audio.findData("off")) == "无（静音）"  # the operation's words
    problem = Request("image", prompt="").validate()[0]
    assert problem.message.translated(lambda s: QCoreApplication.translate("", s)) == (
        "请填写提示词：描述你想看到的画面。"
    )
    long = Request("image", prompt="x" * 2501).validate()[0]
    assert long.message.translated(lambda s: QCoreApplication.translate("", s)) == (
        "提示词有 2501 个字符，可灵图像 3.0 最多接受 2500 个。"
    )


def test_the_system_locale_decides_by_default(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", lambda: QLocale("zh_CN"))
    assert i18n.choose("system") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("de_DE"))
    assert i18n.choose("system") == "en"
    assert i18n.choose("zh_CN") == "zh_CN"


def test_stored_sentences_come_back_in_the_users_language(chinese):
    from kling_desktop.text import from_stored, stored, tr
    from kling_desktop.ui.words import translated

    sentence = tr("Shot {i}'s words are {n} characters long; the limit is 512.", i=2, n=600)
    kept = stored(sentence)
    assert from_stored(kept) == "Shot 2's words are 600 characters long; the limit is 512."
    assert translated(from_stored(kept)) == "第 2 个镜头的文字有 600 个字符，上限为 512。"
    # Text from the server or from an older version passes through untouched.
    assert from_stored("Image pixel is invalid") == "Image pixel is invalid"
    assert from_stored('{"t": broken') == '{"t": broken'


def test_a_failure_reads_in_chinese_in_the_queue(qtbot, chinese, tmp_path, sandbox):
    from kling_desktop.jobs.spec import JobSpec
    from kling_desktop.sandbox import Fault
    from kling_desktop.ui.queue_panel import QueuePanel
    from tests.jobs.conftest import Rig

    rig = Rig(sandbox, tmp_path, qtbot)
    try:
        panel = QueuePanel(rig.engine, rig.history)
        qtbot.addWidget(panel)
        sandbox.faults.script("submit", Fault.content_policy())
        job_id = rig.run(JobSpec(Request("image", prompt="x"), "Sandbox"))
        assert panel.item(job_id).text(2) == "失败"
        assert (
            panel.item(job_id).text(DETAILS) == "请求触发了内容安全规则。请修改提示词或图片后重试。"
        )
    finally:
        rig.stop()


def test_english_counts_read_as_english(qapp):
    from PySide6.QtCore import QCoreApplication

    from kling_desktop.ui.history_panel import HistoryPanel

    i18n.install(qapp, "en")
    try:

        def count(n):
            return QCoreApplication.translate("HistoryPanel", "%n result(s)", "", n)

        assert (count(1), count(4)) == ("1 result", "4 results")
        missing = QCoreApplication.translate(
            "Export",
            "%n file(s) were missing from the disk and are only named in the JSON file.",
            "",
            1,
        )
        assert missing.startswith("1 file was missing")
        # The contexts asked above are the classes' own (what their self.tr() uses).
        assert HistoryPanel.staticMetaObject.className() == "HistoryPanel"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)

"""First run and connections: test a key in words, save it, switch between connections."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from kling_desktop.context import AppContext
from kling_desktop.sandbox import Timings
from kling_desktop.store import AppPaths, CredentialStore, Profile, Secret
from kling_desktop.ui.connection_dialog import ConnectionDialog
from kling_desktop.ui.main_window import MainWindow
from tests.conftest import ACCESS_KEY, API_KEY, RELAY_KEY, SECRET_KEY
from tests.jobs.conftest import QUICK
from tests.store.test_credentials import MemoryKeyring


@pytest.fixture
def dialog(qtbot):
    d = ConnectionDialog(welcome=True)
    qtbot.addWidget(d)
    return d


def relay(dialog) -> ConnectionDialog:
    dialog.relay_choice.setChecked(True)
    return dialog


def probe_result(qtbot, dialog) -> str:
    dialog.test()
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled() and dialog.test_result.text() != "Testing…",
        timeout=20_000,
    )
    return dialog.test_result.text()


def test_a_working_relay_key(qtbot, dialog, sandbox):
    relay(dialog)
    dialog.relay_url.setText(sandbox.url)
    dialog.relay_key.setText(RELAY_KEY)
    assert probe_result(qtbot, dialog) == "Connected: the key works."
    profile, _, _ = dialog.chosen()
    assert profile.new_layout  # the test found that the relay forwards the new API too


def test_the_welcome_offers_the_free_demo_first(qtbot, dialog):
    assert "makes pictures and videos" in dialog.findChildren(QLabel)[0].text()
    order = [dialog.layout().indexOf(b) for b in dialog.choices]
    assert min(order) == dialog.layout().indexOf(dialog.demo_choice)
    assert dialog.demo_choice.isChecked() and dialog.demo_choice.text() == "Try it now, free"
    assert dialog.save_button.text() == "Start the demo"
    assert not dialog.test_button.isVisibleTo(dialog)  # nothing to test
    # Each choice says what it means, and where to get a key.
    assert "Where do I get one?" in dialog.explanations[dialog.API_KEY].text()
    assert "Where do I get one?" in dialog.explanations[dialog.RELAY].text()
    assert "Nothing is charged" in dialog.explanations[dialog.DEMO].text()


def test_adding_a_connection_starts_from_a_kling_api_key(qtbot):
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    assert dialog.api_key_choice.isChecked()
    assert dialog.layout().indexOf(dialog.api_key_choice) < dialog.layout().indexOf(
        dialog.relay_choice
    )
    assert dialog.save_button.text() == "Test and save"


def test_addresses_show_only_for_another_address(qtbot, dialog):
    for choice, region, url in (
        (dialog.api_key_choice, dialog.api_key_region, dialog.api_key_url),
        (dialog.official_choice, dialog.region, dialog.custom_url),
    ):
        choice.setChecked(True)
        label = url.parentWidget().layout().labelForField(url)
        assert not url.isVisibleTo(dialog) and not label.isVisibleTo(dialog)
        region.setCurrentIndex(region.findData(""))
        assert url.isVisibleTo(dialog) and label.isVisibleTo(dialog)


def test_a_kling_api_key(qtbot, dialog, sandbox):
    dialog.api_key_choice.setChecked(True)
    dialog.api_key_region.setCurrentIndex(dialog.api_key_region.findData(""))
    dialog.api_key_url.setText(sandbox.url)
    dialog.api_key.setText(API_KEY)
    assert probe_result(qtbot, dialog) == "Connected: the key works."
    dialog.save()
    assert dialog.result_profile == Profile("Kling", "api_key", sandbox.url, "")
    assert dialog.result_secret == Secret(api_key=API_KEY)


def test_a_wrong_key_is_said_in_words(qtbot, dialog, sandbox):
    relay(dialog)
    dialog.relay_url.setText(sandbox.url)
    dialog.relay_key.setText("sk-wrong-key-not-real")
    assert "did not accept your API key" in probe_result(qtbot, dialog)


def test_an_unreachable_server_is_said_in_words(qtbot, dialog):
    relay(dialog)
    dialog.relay_url.setText("http://127.0.0.1:9")
    dialog.relay_key.setText(RELAY_KEY)
    assert "could not be reached" in probe_result(qtbot, dialog)


def test_plain_http_to_another_computer_is_refused(qtbot, dialog):
    relay(dialog)
    dialog.relay_url.setText("http://relay.example.com")
    dialog.relay_key.setText(RELAY_KEY)
    assert "must start with https://" in probe_result(qtbot, dialog)


def test_official_keys_with_a_custom_address(qtbot, dialog, sandbox):
    dialog.official_choice.setChecked(True)
    dialog.region.setCurrentIndex(dialog.region.findData(""))
    dialog.custom_url.setText(sandbox.url)
    dialog.access_key.setText(ACCESS_KEY)
    dialog.secret_key.setText(SECRET_KEY)
    assert probe_result(qtbot, dialog) == "Connected: the key works."
    dialog.save()
    assert dialog.result_profile == Profile("Kling", "official", sandbox.url, "")
    assert dialog.result_secret == Secret(access_key=ACCESS_KEY, secret_key=SECRET_KEY)


def test_the_demo_choice(dialog):
    dialog.demo_choice.setChecked(True)
    dialog.save()
    assert dialog.result_profile == Profile("Demo", "demo")  # the same name in every language
    assert dialog.result_secret is None


def test_save_tests_first_and_saves_a_working_key(qtbot, dialog, sandbox):
    relay(dialog)
    dialog.relay_url.setText(sandbox.url)
    dialog.relay_key.setText(RELAY_KEY)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save_button.click()
    assert dialog.result_profile.base_url == sandbox.url
    assert dialog.test_result.text() == "Connected: the key works."


@pytest.mark.parametrize("answer", ["Go back and fix it", "Save anyway"])
def test_saving_a_connection_whose_test_failed_asks_first(qtbot, dialog, sandbox, answer):
    from PySide6.QtCore import QTimer

    relay(dialog)
    dialog.relay_url.setText(sandbox.url)
    dialog.relay_key.setText("sk-typo-not-real")
    asked = []

    def reply():
        box = dialog.findChild(QMessageBox, "failedTest")
        if box is None or not box.isVisible():
            QTimer.singleShot(50, reply)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()

    QTimer.singleShot(50, reply)
    dialog.save_button.click()  # tests first; the test fails; the question comes
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert "did not accept your API key" in asked[0] and "Save this connection anyway" in asked[0]
    assert "did not accept" in dialog.test_result.text()
    if answer == "Save anyway":
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.result_secret == Secret(api_key="sk-typo-not-real")
    else:
        assert dialog.result_profile is None  # still open, to fix the key


def test_editing_fills_the_fields_and_keeps_the_saved_key(qtbot, sandbox):
    saved = Secret(api_key=RELAY_KEY)
    profile = Profile("My relay", "relay", sandbox.url, new_layout=True)
    dialog = ConnectionDialog(editing=profile, saved=saved)
    qtbot.addWidget(dialog)
    assert dialog.relay_choice.isChecked() and not dialog.api_key_choice.isEnabled()
    assert dialog.relay_name.text() == "My relay" and dialog.relay_url.text() == sandbox.url
    assert dialog.relay_key.text() == ""  # the key is never shown
    assert "Saved" in dialog.relay_key.placeholderText()
    assert probe_result(qtbot, dialog) == "Connected: the key works."  # with the saved key
    dialog.relay_name.setText("Relay at work")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.save()
    assert dialog.result_profile.name == "Relay at work"
    assert dialog.result_secret is None  # keep the saved key


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    context = AppContext(
        AppPaths.portable_in(tmp_path),
        pacing=QUICK,
        credentials=CredentialStore(MemoryKeyring()),
        demo_timings=Timings(),
    )
    context.start_engine()
    win = MainWindow(context)
    win.warnings = warnings
    qtbot.addWidget(win)
    yield win
    context.close(timeout=5)


def run_job(qtbot, win, prompt):
    finished = []
    win.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    form = win.forms["image"]
    form.prompt.setText(prompt)
    form.generate()
    qtbot.waitUntil(lambda: bool(finished), timeout=15_000)
    return finished[0]


def test_no_connection_means_demo(window):
    assert window.context.demo
    assert window.banner.isVisibleTo(window)


def test_a_saved_relay_replaces_the_demo_and_generates(qtbot, window, sandbox):
    status = window.context.add_profile(
        Profile("My relay", "relay", sandbox.url), Secret(api_key=RELAY_KEY)
    )
    window.connections.changed()
    assert status.persistent
    assert not window.banner.isVisibleTo(window)
    assert window.statusBar().currentMessage() == "Connection: My relay"
    assert RELAY_KEY not in window.context.paths.settings.read_text()
    assert run_job(qtbot, window, "through my relay") == "succeeded"
    assert sandbox.counters.tasks_created == 1


def test_switching_connections_from_the_menu(qtbot, window, sandbox):
    window.context.add_profile(Profile("Relay A", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    window.context.add_profile(Profile("Demo", "demo"), None)
    window.connections.fill_menu()
    actions = {a.text(): a for a in window.connection_menu.actions()}
    assert actions["Demo"].isChecked()
    actions["Relay A"].trigger()
    assert window.context.active_profile == "Relay A"
    assert not window.banner.isVisibleTo(window)
    window.connections.fill_menu()
    assert {a.text(): a for a in window.connection_menu.actions()}["Relay A"].isChecked()


def test_a_refused_key_pauses_the_connection_once_and_resumes_when_fixed(qtbot, window, sandbox):
    window.context.add_profile(
        Profile("Relay", "relay", sandbox.url), Secret(api_key="sk-typo-not-real")
    )
    window.forms["image"].prompt.setText("first")
    window.forms["image"].generate()
    window.forms["image"].prompt.setText("second")
    window.forms["image"].generate()
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=10_000)
    qtbot.waitUntil(window.context.engine.settled, timeout=10_000)  # both jobs answered
    assert len(window.warnings) == 1
    assert "did not accept your API key" in window.warnings[0]
    finished = []
    window.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    window.context.add_profile(Profile("Relay", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    window.context.engine.unblock("Relay")
    qtbot.waitUntil(lambda: finished == ["succeeded", "succeeded"], timeout=15_000)


def test_a_mistyped_key_is_fixed_with_edit_and_the_waiting_job_goes_on(
    qtbot, window, sandbox, monkeypatch
):
    window.context.add_profile(
        Profile("Relay", "relay", sandbox.url), Secret(api_key="sk-typo-not-real")
    )
    finished = []
    window.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    window.forms["image"].prompt.setText("after the fix")
    window.forms["image"].generate()
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=10_000)
    assert "Connection → Edit “Relay”" in window.warnings[0]
    window.connections.fill_menu()
    edit = next(a for a in window.connection_menu.actions() if a.objectName() == "editConnection")
    assert edit.text() == "Edit “Relay”…"

    def fix(dialog):
        assert dialog.relay_url.text() == sandbox.url
        dialog.relay_key.setText(RELAY_KEY)
        dialog.relay_name.setText("Relay (fixed)")
        dialog._tested = True  # as after a passing test
        dialog.save()
        return dialog.result()

    told = []
    monkeypatch.setattr(ConnectionDialog, "exec", fix)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    edit.trigger()
    assert window.context.active_profile == "Relay"  # a job is waiting: the name stays
    assert "keeps its name until they end" in told[0]
    assert window.context.credentials.load("Relay") == Secret(api_key=RELAY_KEY)
    qtbot.waitUntil(lambda: finished == ["succeeded"], timeout=15_000)
    # Nothing in flight now: a rename takes, and the key moves with it.
    edit.trigger()
    assert window.context.active_profile == "Relay (fixed)"
    assert [p.name for p in window.context.settings.profiles] == ["Relay (fixed)"]
    assert window.context.credentials.load("Relay (fixed)") == Secret(api_key=RELAY_KEY)
    assert window.context.credentials.load("Relay") is None


def test_the_demo_is_named_in_the_language_of_the_day(qtbot, window):
    window.context.add_profile(Profile("演示", "demo"), None)  # made by a Chinese session
    window.connections.fill_menu()
    texts = [a.text() for a in window.connection_menu.actions()]
    assert "Demo" in texts and "演示" not in texts
    assert not any(t.startswith("Edit") for t in texts)  # nothing to edit in the demo


def test_a_missing_keyring_is_told(qtbot, tmp_path, monkeypatch):
    from keyring.backends import fail

    context = AppContext(
        AppPaths.portable_in(tmp_path), credentials=CredentialStore(fail.Keyring())
    )
    status = context.add_profile(
        Profile("Relay", "relay", "https://relay.example.com"), Secret(api_key=RELAY_KEY)
    )
    assert not status.persistent
    assert "kept only until you quit" in status.message
    assert context.credentials.load("Relay").api_key == RELAY_KEY
    context.close()


def test_an_edit_never_takes_another_connections_name(qtbot, window, sandbox, monkeypatch):
    window.context.add_profile(Profile("Home", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    window.context.add_profile(Profile("Work", "relay", sandbox.url), Secret(api_key=API_KEY))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))

    def rename(dialog):
        dialog.relay_name.setText("Home")
        dialog._tested = True
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ConnectionDialog, "exec", rename)
    window.edit_connection("Work")
    assert "already called “Home”" in told[0]
    assert sorted(p.name for p in window.context.settings.profiles) == ["Home", "Work"]
    assert window.context.credentials.load("Home") == Secret(api_key=RELAY_KEY)
    assert window.context.credentials.load("Work") == Secret(api_key=API_KEY)


def test_a_paused_job_offers_to_fix_its_connection_on_its_card(qtbot, window, sandbox, monkeypatch):
    window.context.add_profile(
        Profile("Relay", "relay", sandbox.url), Secret(api_key="sk-typo-not-real")
    )
    window.show()
    finished = []
    window.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    window.forms["image"].prompt.setText("paused, then fixed")
    window.forms["image"].generate()
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=10_000)
    card = window.viewer.card
    qtbot.waitUntil(lambda: card.isVisible() and card.fix_button.isVisible(), timeout=5000)
    assert card.fix_button.text() == "Fix the connection…"

    def fix(dialog):
        dialog.relay_key.setText(RELAY_KEY)
        dialog._tested = True
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ConnectionDialog, "exec", fix)
    card.fix_button.click()
    assert not card.fix_button.isVisible()
    qtbot.waitUntil(lambda: finished == ["succeeded"], timeout=15_000)

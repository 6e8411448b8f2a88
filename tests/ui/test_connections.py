"""First run and connections: test a key in words, save it, switch between connections."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

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


def test_a_kling_api_key_is_offered_first(qtbot, dialog, sandbox):
    assert dialog.api_key_choice.isChecked()
    assert dialog.layout().indexOf(dialog.api_key_choice) < dialog.layout().indexOf(
        dialog.relay_choice
    )
    assert not dialog.api_key_url.isVisibleTo(dialog)  # only for "Another address…"
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
    assert not dialog.test_button.isEnabled()
    dialog.save()
    assert dialog.result_profile.mode == "demo"
    assert dialog.result_secret is None


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
    window._connection_changed()
    assert status.persistent
    assert not window.banner.isVisibleTo(window)
    assert window.statusBar().currentMessage() == "Connection: My relay"
    assert RELAY_KEY not in window.context.paths.settings.read_text()
    assert run_job(qtbot, window, "through my relay") == "succeeded"
    assert sandbox.counters.tasks_created == 1


def test_switching_connections_from_the_menu(qtbot, window, sandbox):
    window.context.add_profile(Profile("Relay A", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    window.context.add_profile(Profile("Demo", "demo"), None)
    window._fill_connection_menu()
    actions = {a.text(): a for a in window.connection_menu.actions()}
    assert actions["Demo"].isChecked()
    actions["Relay A"].trigger()
    assert window.context.active_profile == "Relay A"
    assert not window.banner.isVisibleTo(window)
    window._fill_connection_menu()
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
    qtbot.wait(300)
    assert len(window.warnings) == 1
    assert "did not accept your API key" in window.warnings[0]
    finished = []
    window.context.engine.job_finished.connect(lambda update: finished.append(update.status.value))
    window.context.add_profile(Profile("Relay", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    window.context.engine.unblock("Relay")
    qtbot.waitUntil(lambda: finished == ["succeeded", "succeeded"], timeout=15_000)


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

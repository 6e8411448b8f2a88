"""The account as Kling tells it: units left in each pack (its kind and tasks at once read
from its name), recent charges from the deduction ledgers, the money left after the latest
charge only when the account pays in money, read at most once a minute; a relay without it
says so; a job the units left cannot cover is questioned before it is sent; the units a
job cost are on its history row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from kling_desktop.api import KlingClient
from kling_desktop.api.account import Account, ResourcePack, resource_packs
from kling_desktop.jobs.account import AccountReader, AccountReading
from kling_desktop.store import Profile, Secret
from tests.conftest import FAST, RELAY_KEY, make_connection


@pytest.mark.parametrize("mode", ["official", "api_key", "relay"])
def test_packs_are_read_with_their_kind_and_tasks_at_once(sandbox, mode):
    with KlingClient(make_connection(mode, sandbox), retry=FAST) as client:
        packs = {p.kind: p for p in resource_packs(client, 0, 2_000_000_000_000)}
        assert packs["video"].total == 1000 and packs["video"].usable
        assert packs["image"].remaining == 10000
        assert packs["video"].slots == 5  # "Sandbox-Video-1000Units-5Con"


def test_charges_come_from_the_ledgers_and_no_balance_is_made_up(sandbox, rig):
    from kling_desktop.jobs import JobSpec
    from kling_desktop.operations import Request

    assert rig.run(JobSpec(Request("image", prompt="a kite", n=2), "Sandbox")) is not None
    with KlingClient(make_connection("official", sandbox), retry=FAST) as client:
        reading = AccountReader().read("Kling", client)
        (charge,) = reading.account.charges
        assert (charge.amount, charge.kind, charge.money) == (16.0, "image", False)
        assert reading.account.balance is None  # an account in units has no money to say
        sandbox.cash_balance = 20.0
        paid = AccountReader().read("Kling", client)
    assert paid.account.balance == "17.76 USD"  # 16 units at 0.14 USD, after the charge
    assert [c.money for c in paid.account.charges] == [True]


def test_the_account_is_read_at_most_once_a_minute(sandbox):
    reader = AccountReader()
    with KlingClient(make_connection("official", sandbox), retry=FAST) as client:
        first = reader.read("Kling", client)
        again = reader.read("Kling", client)
        assert again is first and sandbox.counters["costs"] == 1
        forced = reader.read("Kling", client, force=True)
        assert forced is not first and sandbox.counters["costs"] == 2
    assert first.account.remaining("video") == 1000


def test_a_relay_without_account_information_says_so(sandbox):
    sandbox.relay_account = False
    with KlingClient(make_connection("relay", sandbox), retry=FAST) as client:
        reading = AccountReader().read("Relay", client)
    assert reading.account is None
    assert str(reading.problem) == (
        "This connection does not offer account information (units left, packs)."
    )


def test_the_account_window_lists_the_packs(qtbot, make_window):
    win = make_window()
    from kling_desktop.ui.account_dialog import AccountDialog

    dialog = AccountDialog(win.context, "Demo", win)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.packs.topLevelItemCount() == 3, timeout=5000)
    rows = {
        dialog.packs.topLevelItem(i).text(1): dialog.packs.topLevelItem(i).text(2) for i in range(3)
    }
    assert rows["Video units"] == "1000 of 1000"
    assert dialog.packs.topLevelItem(0).text(4) == "5"  # tasks at once
    assert "up to 12 hours late" in dialog.lag.text()
    assert dialog.charges.topLevelItem(0).text(0) == "No charges yet."
    assert dialog.balance.text() == ""  # no money figure is made up
    assert not dialog.refresh_button.isEnabled()  # once a minute at most


def test_a_job_the_units_cannot_cover_is_questioned(qtbot, make_window, monkeypatch, sandbox):
    win = make_window(demo=False)
    context = win.context
    monkeypatch.setattr(
        type(context.credentials), "load", lambda self, name: Secret(api_key=RELAY_KEY)
    )
    monkeypatch.setattr(type(context.credentials), "save", lambda self, name, secret: None)
    context.add_profile(Profile("Relay", "relay", sandbox.url), Secret(api_key=RELAY_KEY))
    win.connections.changed()
    pack = ResourcePack("Video pack", "video", 100, 5, "online", None)
    context.accounts._readings["Relay"] = AccountReading(
        Account((pack,), None, datetime.now(tz=UTC)), None, 1e12
    )
    form = win.forms["text2video"]
    form.fields["duration"].combo.setCurrentIndex(form.fields["duration"].combo.findData(10))
    form.prompt.setText("a long kite flight")
    form.revalidate()
    assert form.estimate.text() == "About 12 video units · 5 left"
    asked = []

    def refuse(box):
        asked.append(box.text())
        box.done(0)

    monkeypatch.setattr(QMessageBox, "exec", lambda box: refuse(box))
    form.generate()
    assert asked and "costs about 12 video units" in asked[0] and "5 left" in asked[0]
    assert sandbox.counters["submit"] == 0


def test_a_history_row_tells_the_units_a_job_cost(qtbot, make_window):
    from kling_desktop.ui.words import units_words

    assert units_words(12.0) == "12 units"
    assert units_words(0.5) == "0.5 units"


def test_an_unreachable_server_is_said_soon_and_refresh_is_offered_again(
    qtbot, make_window, monkeypatch
):
    import socket

    from kling_desktop.ui.account_dialog import AccountDialog

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    win = make_window(demo=False)
    context = win.context
    monkeypatch.setattr(
        type(context.credentials), "load", lambda self, name: Secret(api_key=RELAY_KEY)
    )
    monkeypatch.setattr(type(context.credentials), "save", lambda self, name, secret: None)
    context.add_profile(Profile("Relay", "relay", dead), Secret(api_key=RELAY_KEY))
    dialog = AccountDialog(context, "Relay", win)
    qtbot.addWidget(dialog)
    assert dialog.state.text() == "Reading the account…"
    # Said within seconds (a passing fault is still tried again), not after two minutes.
    qtbot.waitUntil(lambda: dialog.state.text() != "Reading the account…", timeout=8000)
    assert dialog.state.text().startswith("The server could not be reached.")
    assert dialog.refresh_button.isEnabled()

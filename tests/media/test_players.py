"""Media players made on several threads at once never freeze the app.

The first QMediaPlayer of a process loads Qt's FFmpeg backend while holding Qt's lock on
it, and the backend logs as it loads. With a Python message handler installed (pytest-qt
installs one in every test), a second thread making a player at that moment held Python's
lock while waiting for Qt's: two downloads probed at once hung the test run for good. The
check runs in a fresh process, where no player has been made yet."""

from __future__ import annotations

import os
import subprocess
import sys

FIRST_PLAYERS_AT_ONCE = """
import os, sys, threading
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
from kling_desktop.media.video import new_player

app = QApplication([])
said = []
qInstallMessageHandler(lambda kind, context, text: said.append(text))
start = threading.Barrier(4)
made = []

def make():
    start.wait()
    made.append(new_player())

threads = [threading.Thread(target=make) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(30)
print(len(made), "players", flush=True)
os._exit(0)
"""


def test_first_players_made_on_four_threads_at_once_are_all_made():
    run = subprocess.run(
        [sys.executable, "-c", FIRST_PLAYERS_AT_ONCE],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.stdout.strip() == "4 players", run.stderr[-2000:]

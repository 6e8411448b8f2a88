"""Render the window's main states for review, and check them.

    python tools/screenshots.py OUTDIR [--sizes 1024x700,1280x820,1600x1000]
                                       [--languages en,zh_CN] [--themes light,dark]

Offscreen, against the built-in demo sandbox, in a throw-away data folder. Writes one PNG
per state, size, language and theme (`OUTDIR/<language>-<theme>/<size>-<state>.png`):
welcome, empty window, a job in progress, an image result, a video result, a validation
error, an authentication error, settings, account, elements, compare and the Help menu's
two windows (the dialogs once per language and theme, on a screen of the smallest size).
Then it checks every window it drew and exits 1, listing what it found, if:

- Qt printed a warning (other than the offscreen platform's own notices);
- a form needs more width than its panel gives it (it would need a sideways scroll);
- a Generate button is not wholly inside the visible part of the window;
- a label, button or tab shows less than its text needs (words cut off);
- a dialog is larger than the smallest screen drawn.

CI runs it (`.ci/run`); look at the pictures before calling a screen done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KLING_DESKTOP_DEMO_SECONDS"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTabBar,
    QWidget,
)

#: Notices of a machine with no screen, sound or video acceleration, not of the app.
HARMLESS = (
    "propagateSizeHints",
    "Couldn't load",  # pipewire, va: video acceleration
    "Couldn't resolve",
    "PulseAudioService",
    "No RHI backend",
)

STATES = (
    "welcome",
    "empty",
    "progress",
    "image",
    "video",
    "validation",
    "auth-error",
    "settings",
    "account",
    "elements",
    "compare",
    "help-keys",
    "help-places",
)


class Kit:
    def __init__(self, out: Path, sizes: list[tuple[int, int]]) -> None:
        self.out = out
        self.sizes = sizes
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        qInstallMessageHandler(self._qt_message)
        self.folder = Path(tempfile.mkdtemp(prefix="kling-shots-"))

    def _qt_message(self, kind, _context, message: str) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and not any(h in message for h in HARMLESS):
            self.warnings.append(message)

    def wait(self, condition=lambda: False, seconds: float = 0.3) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.01)
        return condition()

    # -------------------------------------------------------------------------------------

    def run(self, languages: list[str], themes: list[str]) -> int:
        from kling_desktop import i18n
        from kling_desktop.ui import theme

        for language in languages:
            i18n.install(self.app, language)
            for name in themes:
                theme.apply(self.app, name)
                where = self.out / f"{language}-{name}"
                where.mkdir(parents=True, exist_ok=True)
                self.shoot(where, f"{language}/{name}")
        for problem in self.problems:
            print("problem:", problem)
        for warning in sorted(set(self.warnings)):
            print("Qt warning:", warning)
        shots = len(list(self.out.rglob("*.png")))
        print(f"{shots} pictures in {self.out}")
        return 1 if self.problems or self.warnings else 0

    def shoot(self, where: Path, label: str) -> None:
        from kling_desktop.context import AppContext
        from kling_desktop.store import AppPaths
        from kling_desktop.ui.connection_dialog import ConnectionDialog
        from kling_desktop.ui.main_window import MainWindow

        welcome = ConnectionDialog(welcome=True)
        self.grab(welcome, where / "welcome.png")
        welcome.deleteLater()

        empty = Path(tempfile.mkdtemp(dir=self.folder))
        context = AppContext(AppPaths.portable_in(empty), demo=True)
        context.start_engine()
        # A newcomer's first launch on a screen of the first size (the offscreen screen is
        # 800×800): the window and its panels are laid out for it, then resized.
        from kling_desktop.ui import fit

        first = QRect(0, 0, *self.sizes[0])
        real, fit.available = fit.available, lambda _widget: first
        try:
            window = MainWindow(context)
        finally:
            fit.available = real
        window.show()
        for w, h in self.sizes:
            self.at_size(window, w, h)
            for index in range(window.tabs.count()):  # every form fits, Generate in sight
                window.tabs.setCurrentIndex(index)
                self.wait(seconds=0.05)
                self.check(window, f"{label} {w}x{h} form {index}")
            window.tabs.setCurrentIndex(0)
            self.wait(seconds=0.1)
            self.grab(window, where / f"{w}x{h}-empty.png")
        self.results(window, where, label)
        window.close()
        context.close(timeout=5)
        window.deleteLater()
        self.wait()

    def results(self, window, where: Path, label: str) -> None:
        from kling_desktop.sandbox import Fault

        engine = window.context.engine
        ended: list = []
        engine.job_finished.connect(lambda update: ended.append(update))

        def generate(kind: str, prompt: str) -> None:
            form = window.show_form(kind)
            form.prompt.setText(prompt)
            form.generate()

        generate("image", "A red fox asleep in fresh snow, morning light")
        self.wait(lambda: len(ended) == 1, 30)
        image_job = ended[-1].id
        generate("text2video", "Waves rolling onto a quiet beach at dusk, slow camera pan")
        self.wait(lambda: window.viewer.stack.currentWidget() is window.viewer.card, 5)
        self.wait(seconds=0.3)
        for w, h in self.sizes:
            self.at_size(window, w, h)
            self.grab(window, where / f"{w}x{h}-progress.png")
        self.wait(lambda: len(ended) == 2, 30)
        self.wait(seconds=0.5)  # the window follows the result it was waiting for
        video_job = ended[-1].id
        for state, job_id in (("image", image_job), ("video", video_job)):
            window.history_panel.select_job(job_id)
            self.wait(seconds=0.6)
            self.every_size(window, where, label, state)

        # Motion control, its video taken from the history (its length and Kling's day).
        motion = window.show_form("motion_control")
        (video,) = window.context.history.outputs(video_job)
        motion.fields["video"].use(video)
        motion.fields["prompt"].set_value("The fox dances in the snow")
        motion.revalidate()
        self.every_size(window, where, label, "motion-control")
        edit = window.show_form("edit_video")
        edit.fields["video"].use(video)
        edit.fields["prompt"].set_value("Make the waves glow blue at dusk, keep the rest")
        edit.revalidate()
        self.every_size(window, where, label, "edit-video")

        # An effect of two pictures, both taken from the history.
        (picture,) = window.context.history.outputs(image_job)
        effect = window.show_form("effect")
        effect.fields["effect_scene"].set_value("hug_pro")
        for name in ("image", "image_2"):
            effect.fields[name].take(picture, window.context.history.get(image_job), "file")
        effect.revalidate()
        self.every_size(window, where, label, "effect")
        # Speech, and the sound it makes (Kling answers with it at once).
        generate("speech", "Welcome back. Tonight: the fox who danced in the snow.")
        self.wait(lambda: len(ended) == 3, 30)
        self.wait(seconds=0.6)
        self.every_size(window, where, label, "speech")
        # A talking photo: the picture, and the speech's sound as what it says.
        speech_job = ended[-1].id
        (sound,) = window.context.history.outputs(speech_job)
        avatar = window.show_form("avatar")
        avatar.fields["image"].take(picture, window.context.history.get(image_job), "file")
        avatar.fields["sound_file"].take(sound, window.context.history.get(speech_job), "file")
        avatar.fields["prompt"].set_value("Smiles, then nods while speaking")
        self.wait(lambda: avatar.fields["sound_file"].held is not None, 5)
        avatar.revalidate()
        self.every_size(window, where, label, "avatar")
        # Lip-sync: the video from the history, Kling's faces found, the speech as its words.
        lips = window.show_form("lip_sync")
        lips.fields["video"].use(video)
        lips.fields["sound_file"].take(sound, window.context.history.get(speech_job), "file")
        lips.find_faces()
        self.wait(lambda: lips.chosen_face() is not None, 10)
        self.wait(lambda: lips.fields["sound_file"].held is not None, 5)
        lips.revalidate()
        self.every_size(window, where, label, "lip-sync")

        form = window.show_form("image2video")
        form.prompt.setText("x" * 2600)
        form.generate()  # refused at the form: every field says what is wrong
        self.every_size(window, where, label, "validation")
        form.prompt.setText("")

        # A key Kling refuses: the window says so (the message box, grabbed as it shows).
        boxes: list[QMessageBox] = []
        original = QMessageBox.warning

        def warning(parent, title, text, *args, **kwargs):
            box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
            box.show()
            boxes.append(box)
            return QMessageBox.StandardButton.Ok

        QMessageBox.warning = warning  # type: ignore[method-assign]
        try:
            window.context.sandbox().faults.script("submit", Fault.kling_error(401, 1002))
            generate("image", "A lighthouse on a cliff in a storm")
            self.wait(lambda: bool(boxes), 15)
            self.wait(seconds=0.3)
            w, h = self.sizes[0]
            self.at_size(window, w, h)
            self.grab(window, where / f"{w}x{h}-auth-error.png")
            for box in boxes:
                self.grab(box, where / "auth-error-message.png")
                box.close()
        finally:
            QMessageBox.warning = original  # type: ignore[method-assign]

        from kling_desktop.ui import fit
        from kling_desktop.ui.account_dialog import AccountDialog
        from kling_desktop.ui.compare import CompareWindow
        from kling_desktop.ui.elements_dialog import ElementsDialog
        from kling_desktop.ui.voices_dialog import VoicesDialog

        # Every dialog on a screen of the smallest size drawn, and measured against it.
        small = QRect(0, 0, *self.sizes[0])
        real, fit.available = fit.available, lambda _widget: small
        try:
            context = window.context
            shown = [job.id for job in context.history.page()][:2]
            dialogs = [
                ("settings", window.make_settings_dialog()),
                ("account", AccountDialog(context, context.active_profile, window)),
                ("elements", ElementsDialog(context, context.active_profile, window)),
                ("voices", VoicesDialog(context, context.active_profile, window)),
                ("compare", CompareWindow(context.history, shown, window)),
                ("batch", self.batch_dialog(window)),
            ]
            for name, dialog in dialogs:
                dialog.show()
                self.wait(seconds=1.0)
                self.dialog(dialog, where / f"{name}.png", f"{label} {name}")
                dialog.close()
                dialog.deleteLater()
            help_menu = window.help_menu
            for name, show in (("keys", help_menu.show_keys), ("places", help_menu.show_places)):
                show()
                self.dialog(help_menu.dialog, where / f"help-{name}.png", f"{label} help-{name}")
                help_menu.dialog.close()
        finally:
            fit.available = real

    @staticmethod
    def batch_dialog(window):
        """“Several at once…” on the video form, across its choices (its tallest page)."""
        from kling_desktop.ui.batch_dialog import BatchDialog

        dialog = BatchDialog(window.show_form("text2video"), window)
        dialog.tabs.setCurrentIndex(1)
        for check in dialog.choice_boxes.get("duration", [])[:2]:
            check.setChecked(True)
        dialog.replan()
        return dialog

    def dialog(self, dialog: QWidget, path: Path, where: str) -> None:
        """Draw a dialog, check it as a window, and that it fits the smallest screen."""
        from kling_desktop.ui import fit

        self.grab(dialog, path)
        self.check(dialog, where)
        w, h = self.sizes[0]
        room = QRect(0, 0, w - fit.FRAME.width(), h - fit.FRAME.height())
        if dialog.width() > room.width() or dialog.height() > room.height():
            self.problems.append(
                f"{where}: {dialog.width()}x{dialog.height()} does not fit a {w}x{h} screen"
            )

    # -------------------------------------------------------------------------------------

    def every_size(self, window, where: Path, label: str, state: str) -> None:
        """The window in `state` at each size: checked, and drawn to `<size>-<state>.png`."""
        for w, h in self.sizes:
            self.at_size(window, w, h)
            self.check(window, f"{label} {w}x{h} {state}")
            self.grab(window, where / f"{w}x{h}-{state}.png")

    def at_size(self, window, w: int, h: int) -> None:
        window.resize(w, h)
        self.wait(seconds=0.25)

    def grab(self, widget: QWidget, path: Path) -> None:
        if not widget.isVisible():
            widget.show()
        self.wait(seconds=0.2)
        widget.grab().save(str(path))

    def check(self, window, where: str) -> None:
        visible = window.rect()
        form = window.current_form() if hasattr(window, "forms") else None
        if form is not None:
            name = form.operation.name
            body = form.scroll.widget()
            need = body.minimumSizeHint().width()
            have = form.scroll.viewport().width()
            if need > have:
                self.problems.append(
                    f"{where}: the {name} form needs {need} px, its panel gives {have}"
                )
            button = form.generate_button
            top_left = button.mapTo(window, button.rect().topLeft())
            bottom_right = button.mapTo(window, button.rect().bottomRight())
            shown = button.visibleRegion().boundingRect()
            if (
                not button.isVisible()
                or not visible.contains(top_left)
                or not visible.contains(bottom_right)
                or shown != button.rect()
            ):
                self.problems.append(f"{where}: Generate is not wholly in sight")
        for widget in window.findChildren(QWidget):
            if not widget.isVisible() or widget.width() <= 0:
                continue
            if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
                if widget.textFormat() != 0 and "<" in widget.text():
                    continue  # rich text lays out its own way
                if widget.sizeHint().width() > widget.width() + 1:
                    self.problems.append(f"{where}: “{widget.text()[:40]}” is cut off")
            elif isinstance(widget, QAbstractButton) and widget.text():
                if widget.sizeHint().width() > widget.width() + 1:
                    self.problems.append(f"{where}: button “{widget.text()}” is cut off")
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                        self.problems.append(f"{where}: tab “{widget.tabText(i)}” is cut off")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1024x700,1280x820,1600x1000")
    parser.add_argument("--languages", default="en,zh_CN")
    parser.add_argument("--themes", default="light,dark")
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    kit = Kit(args.out, sizes)  # type: ignore[arg-type]
    return kit.run(args.languages.split(","), args.themes.split(","))


if __name__ == "__main__":
    sys.exit(main())

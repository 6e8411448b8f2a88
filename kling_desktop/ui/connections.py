"""The Connection menu's work: switching, adding, editing and removing connections, their
Elements and Account windows, what the window says when a connection's jobs are paused,
and the units left on the active connection (read in the background, for the forms'
price line and the question before a job they cannot cover)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QStatusBar, QToolBar

    from kling_desktop.context import AppContext
    from kling_desktop.ui.form_shelf import FormShelf
    from kling_desktop.ui.viewer import ResultViewer


class Window(Protocol):
    """What the connections need of the main window (named, not imported: the window
    makes this object, so the arrow runs one way)."""

    context: AppContext
    notice: QToolBar
    connection_menu: QMenu
    viewer: ResultViewer
    forms: FormShelf

    def statusBar(self) -> QStatusBar: ...


class Connections(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.context = window.context

    # What the window says of the connection ----------------------------------------------

    def changed(self) -> None:
        """The active connection changed (or its settings): the demo notice and the status
        line follow."""
        self.window.notice.setVisible(self.context.demo)
        self.window.statusBar().showMessage(
            self.tr("Connection: {profile}").format(profile=self.label())
        )
        # The price line says the new connection's words at once (free in the demo, units
        # on an account), not after the next edit of a field.
        forms = getattr(self.window, "forms", None)
        for form in forms.built() if forms is not None else ():
            form.revalidate()

    def label(self, name: str | None = None) -> str:
        """A connection's name as shown: the demo's in the current language, whatever
        language it was made in."""
        from kling_desktop.context import DEMO_PROFILE

        name = self.context.active_profile if name is None else name
        profile = self.context.settings.profile(name)
        demo = name == DEMO_PROFILE or (profile is not None and profile.mode == "demo")
        return self.tr("Demo") if demo else name

    def fill_menu(self) -> None:
        menu = self.window.connection_menu
        menu.clear()
        active = self.context.active_profile
        for profile in self.context.settings.profiles:
            action = menu.addAction(self.label(profile.name))
            action.setCheckable(True)
            action.setChecked(profile.name == active)
            action.triggered.connect(lambda _=False, n=profile.name: self.switch_to(n))
        menu.addSeparator()
        menu.addAction(self.tr("Account and units…"), self.open_account)
        menu.addAction(self.tr("Elements…"), self.open_elements)
        menu.addAction(self.tr("Voices…"), self.open_voices)
        menu.addAction(self.tr("Add a connection…"), self.add)
        current = self.context.settings.profile()
        if current is not None and current.mode != "demo":
            edit = menu.addAction(self.tr("Edit “{name}”…").format(name=current.name))
            edit.setObjectName("editConnection")
            edit.triggered.connect(lambda: self.edit(current.name))
        if current is not None:
            label = self.label(current.name)
            remove = menu.addAction(self.tr("Remove “{name}”").format(name=label))
            remove.triggered.connect(lambda: self.remove(current.name))

    # The windows the menu opens -----------------------------------------------------------

    def open_voices(self) -> None:
        """The active connection's voices (Kling's presets and the user's own)."""
        from kling_desktop.ui.voices_dialog import VoicesDialog

        dialog = VoicesDialog(self.context, self.context.active_profile, self.window)
        self.window.voices_dialog = dialog  # reachable by tests while it is open
        dialog.open()

    def open_elements(self) -> None:
        """The active connection's elements (characters saved on the account)."""
        from kling_desktop.ui.elements_dialog import ElementsDialog

        dialog = ElementsDialog(self.context, self.context.active_profile, self.window)
        self.window.elements_dialog = dialog  # reachable by tests while it is open
        dialog.open()

    def open_account(self) -> None:
        from kling_desktop.ui.account_dialog import AccountDialog

        dialog = AccountDialog(self.context, self.context.active_profile, self.window)
        self.window.account_dialog = dialog  # reachable by tests while it is open
        dialog.exec()

    # Changing connections -------------------------------------------------------------------

    def switch_to(self, name: str) -> None:
        self.context.switch_profile(name)
        self.changed()
        self.read_account()

    def remove(self, name: str) -> None:
        from kling_desktop.ui.ask import ask

        if ask(
            self.window,
            self.tr("Remove connection"),
            self.tr(
                "Remove the connection “{name}” and its saved key? Your history and files stay."
            ).format(name=self.label(name)),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            self.context.remove_profile(name)
            self.changed()

    def add(self, *, welcome: bool = False) -> None:
        from kling_desktop.ui.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.window, welcome=welcome)
        self.window.connection_dialog = dialog  # reachable by tests while it is open
        if not dialog.exec() or dialog.result_profile is None:
            return
        status = self.context.add_profile(dialog.result_profile, dialog.result_secret)
        self._unblocked(dialog.result_profile.name)
        self.changed()
        self._say_session_only(status)

    def edit(self, name: str) -> None:
        """Change a connection's name, address or key in place (a mistyped key, a relay
        that moved); its waiting jobs go on with the new key."""
        from kling_desktop.ui.connection_dialog import ConnectionDialog

        profile = self.context.settings.profile(name)
        if profile is None:
            return
        saved = self.context.credentials.load(name)
        dialog = ConnectionDialog(self.window, editing=profile, saved=saved)
        self.window.connection_dialog = dialog  # reachable by tests while it is open
        if not dialog.exec() or dialog.result_profile is None:
            return
        new = dialog.result_profile
        if new.name != name and self.context.settings.profile(new.name) is not None:
            QMessageBox.information(
                self.window,
                self.tr("The name stays"),
                self.tr(
                    "Another connection is already called “{new}”, so this one keeps the name "
                    "“{name}”. The other changes are saved."
                ).format(new=new.name, name=name),
            )
            new = dataclasses.replace(new, name=name)
        elif new.name != name and name in self.context.running_profiles():
            QMessageBox.information(
                self.window,
                self.tr("The name stays for now"),
                self.tr(
                    "Jobs of “{name}” are still running, so it keeps its name until they end. "
                    "The other changes are saved."
                ).format(name=name),
            )
            new = dataclasses.replace(new, name=name)
        status = self.context.edit_profile(name, new, dialog.result_secret)
        self.window.viewer.card.blocked.discard(name)
        self._unblocked(new.name)
        self.changed()
        self.read_account()
        self._say_session_only(status)

    def _unblocked(self, name: str) -> None:
        self.context.engine.unblock(name)
        card = self.window.viewer.card
        card.blocked.discard(name)
        card.show_blocked()

    def _say_session_only(self, status) -> None:
        if status is not None and not status.persistent and status.message:
            QMessageBox.warning(
                self.window, self.tr("Key kept for this session only"), str(status.message)
            )

    def blocked(self, profile: str, message: str) -> None:
        """The engine paused a connection's jobs (a refused key, no units left)."""
        saved = self.context.settings.profile(profile)
        if saved is not None and saved.mode != "demo":  # something Edit can fix
            self.window.viewer.card.blocked.add(profile)
            self.window.viewer.card.show_blocked()
        QMessageBox.warning(
            self.window,
            self.tr("Jobs for “{name}” are paused").format(name=profile),
            self.tr(
                "{message}\n\nThe waiting jobs continue once this is fixed: Connection → "
                "Edit “{name}”."
            ).format(message=message, name=profile),
        )

    # Units left ---------------------------------------------------------------------------

    def units_left(self, pack: str) -> float | None:
        """Units left in the active connection's packs of `pack`, as last read."""
        reading = self.context.accounts.last(self.context.active_profile)
        if reading is None or reading.account is None:
            return None
        return reading.account.remaining(pack)

    def read_account(self) -> None:
        """Read the active connection's account in the background; the forms' price line
        follows."""
        from kling_desktop.ui.background import in_background

        if self.context.demo:
            return
        profile = self.context.active_profile
        in_background(lambda: self.context.read_account(profile), self._account_read, self)

    def _account_read(self, reading, error) -> None:
        for form in self.window.forms.built():
            form.revalidate()

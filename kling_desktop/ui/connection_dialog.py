"""The connection dialog: the first-run welcome, Connection → Add and Connection → Edit.

Four ways to reach Kling, each with a line of what it means and where to get one: the
demo (first in the welcome: no key, nothing charged), a Kling API key, a relay service,
older Kling access keys. "Test connection" makes free requests on the thread pool, says
the result in words and finds out which of Kling's API standards the connection reaches.
Saving tests first if the user has not; a connection whose test failed is saved only
after a question. Save puts the address in the settings and the key in the OS keyring;
editing keeps the saved key unless a new one is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.api import NEW, REGIONS, Connection, KlingError
from kling_desktop.context import DEMO_PROFILE
from kling_desktop.store import Profile, Secret
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.words import translated


class _Probe(QRunnable):
    class Done(QObject):
        finished = Signal(bool, str, object)  # ok, why not, the standards that answered

    def __init__(self, connection: Connection) -> None:
        super().__init__()
        self.connection = connection
        self.done = _Probe.Done()

    def run(self) -> None:
        from kling_desktop.jobs.probe import probe

        try:
            standards = probe(self.connection)
        except KlingError as exc:  # wrong key, unreachable, TLS, quota: each says so
            self.done.finished.emit(False, translated(exc.message), frozenset())
        except Exception as exc:
            self.done.finished.emit(False, str(exc), frozenset())
        else:
            self.done.finished.emit(True, "", standards)


#: Where Kling's console hands out API keys.
KLING_CONSOLE = "https://app.klingai.com/global/dev/api-key"


class ConnectionDialog(QDialog):
    """Returns (via `result_profile` / `result_secret`) the connection the user chose;
    `result_profile.mode == "demo"` for the demo. When editing (`editing`, with the key
    saved for it in `saved`), `result_secret` is None if the key was left as it was."""

    API_KEY, RELAY, ACCESS_KEYS, DEMO = range(4)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        welcome: bool = False,
        editing: Profile | None = None,
        saved: Secret | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self._saved = saved
        if welcome:
            title = self.tr("Welcome to Kling Desktop")
        elif editing is not None:
            title = self.tr("Edit the connection “{name}”").format(name=editing.name)
        else:
            title = self.tr("Add a connection")
        self.setWindowTitle(title)
        self.result_profile: Profile | None = None
        self.result_secret: Secret | None = None
        layout = QVBoxLayout(self)
        if welcome:
            hello = QLabel(
                self.tr(
                    "<b>Kling Desktop makes pictures and videos from your words and "
                    "pictures with Kling AI, and keeps every result on this computer.</b>"
                )
            )
            hello.setWordWrap(True)
            layout.addWidget(hello)
        intro = QLabel(
            self.tr("How will you use it? You can change this later in the Connection menu.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.choice = QButtonGroup(self)
        self.demo_choice = QRadioButton(self.tr("Try it now, free"))
        self.api_key_choice = QRadioButton(self.tr("I have a Kling API key"))
        self.relay_choice = QRadioButton(self.tr("I use a relay service"))
        self.official_choice = QRadioButton(self.tr("I have Kling access keys (older accounts)"))
        lines = {
            self.DEMO: self.tr(
                "No key needed. A small imitation of Kling on this computer makes placeholder "
                "pictures and videos, so you can learn the app first. Nothing is charged."
            ),
            self.API_KEY: self.tr(
                "The key Kling's developer console gives you. <a href='console'>Where do I "
                "get one?</a>"
            ),
            self.RELAY: self.tr(
                "A service that passes your requests on to Kling gave you an address and a "
                "key. <a href='relay'>Where do I get one?</a>"
            ),
            self.ACCESS_KEYS: self.tr(
                "An access key and a secret key, as Kling's console gave them before API "
                "keys. They reach fewer models."
            ),
        }
        buttons = {
            self.DEMO: self.demo_choice,
            self.API_KEY: self.api_key_choice,
            self.RELAY: self.relay_choice,
            self.ACCESS_KEYS: self.official_choice,
        }
        self.choices = tuple(buttons[i] for i in range(4))
        # The welcome offers the demo first; adding a connection starts from a key.
        order = (self.DEMO, self.API_KEY, self.RELAY, self.ACCESS_KEYS)
        if not welcome:
            order = (self.API_KEY, self.RELAY, self.ACCESS_KEYS, self.DEMO)
        self.explanations: dict[int, QLabel] = {}
        for index in order:
            button = buttons[index]
            self.choice.addButton(button, index)
            line = QLabel(lines[index])
            line.setWordWrap(True)
            line.setContentsMargins(24, 0, 0, 6)
            line.linkActivated.connect(self._link)
            self.explanations[index] = line
            layout.addWidget(button)
            layout.addWidget(line)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._api_key_page())
        self.pages.addWidget(self._relay_page())
        self.pages.addWidget(self._official_page())
        self.pages.addWidget(QWidget())  # the demo needs nothing more
        layout.addWidget(self.pages)
        self.choice.idToggled.connect(lambda i, on: on and self._switch(i))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setToolTip(
            self.tr("Ask Kling whether the key works. Free: nothing is generated.")
        )
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_button.clicked.connect(self.test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)
        layout.addStretch()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save_icon = self.save_button.icon()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._standards: frozenset[str] = frozenset()  # found by the last test
        self._tested: bool | None = None  # the last test of these fields: passed, failed
        self._tested_message = ""
        self._save_after_test = False
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._fields_changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._fields_changed)
        if editing is not None:
            self._fill(editing)
        else:
            buttons[order[0]].setChecked(True)
        fit_to_screen(self, QSize(600, 520))

    # Pages -----------------------------------------------------------------------------------

    def _api_key_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.api_key_name = QLineEdit(self.tr("Kling"))
        self.api_key_region = self._regions()
        self.api_key_url = QLineEdit()
        self.api_key_url.setPlaceholderText("https://…")
        self.api_key = self._key_box()
        form.addRow(self.tr("Name"), self.api_key_name)
        form.addRow(self.tr("Region"), self.api_key_region)
        form.addRow(self.tr("Address"), self.api_key_url)
        form.addRow(self.tr("API key"), self.api_key)
        self._custom_address(form, self.api_key_region, self.api_key_url)
        return page

    def _key_box(self, placeholder: str = "") -> QLineEdit:
        box = QLineEdit()
        box.setEchoMode(QLineEdit.EchoMode.Password)
        if self.editing is not None:
            placeholder = self.tr("Saved. Type a new one to replace it.")
        box.setPlaceholderText(placeholder)
        return box

    def _regions(self) -> QComboBox:
        region = QComboBox()
        region.addItem(self.tr("Singapore (outside China)"), "singapore")
        region.addItem(self.tr("Beijing (China console)"), "beijing")
        region.addItem(self.tr("Global (older accounts)"), "global")
        region.addItem(self.tr("Another address…"), "")
        return region

    @staticmethod
    def _custom_address(form: QFormLayout, region: QComboBox, url: QLineEdit) -> None:
        """The address row is shown only for "Another address…"."""
        region.currentIndexChanged.connect(
            lambda: form.setRowVisible(url, region.currentData() == "")
        )
        form.setRowVisible(url, False)

    def _relay_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.relay_name = QLineEdit(self.tr("My relay"))
        self.relay_url = QLineEdit()
        self.relay_url.setPlaceholderText("https://relay.example.com")
        self.relay_key = self._key_box("sk-…")
        form.addRow(self.tr("Name"), self.relay_name)
        form.addRow(self.tr("Address"), self.relay_url)
        form.addRow(self.tr("Key"), self.relay_key)
        return page

    def _official_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.official_name = QLineEdit(self.tr("Kling"))
        self.region = self._regions()
        self.custom_url = QLineEdit()
        self.custom_url.setPlaceholderText("https://…")
        self.access_key = QLineEdit()
        if self.editing is not None:
            self.access_key.setPlaceholderText(self.tr("Saved. Type a new one to replace it."))
        self.secret_key = self._key_box()
        form.addRow(self.tr("Name"), self.official_name)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Address"), self.custom_url)
        form.addRow(self.tr("Access key"), self.access_key)
        form.addRow(self.tr("Secret key"), self.secret_key)
        self._custom_address(form, self.region, self.custom_url)
        return page

    def _fill(self, profile: Profile) -> None:
        """Editing: the fields as the connection has them (never its key)."""
        index = {"api_key": self.API_KEY, "relay": self.RELAY, "official": self.ACCESS_KEYS}
        chosen = index.get(profile.mode, self.DEMO)
        self.choices[chosen].setChecked(True)
        for i, button in enumerate(self.choices):  # an edit keeps the kind of connection
            button.setEnabled(i == chosen)
            self.explanations[i].setEnabled(i == chosen)
        if chosen == self.RELAY:
            self.relay_name.setText(profile.name)
            self.relay_url.setText(profile.base_url)
            return
        name, region, url = (
            (self.api_key_name, self.api_key_region, self.api_key_url)
            if chosen == self.API_KEY
            else (self.official_name, self.region, self.custom_url)
        )
        name.setText(profile.name)
        region.setCurrentIndex(max(0, region.findData(profile.region)))
        if not profile.region:
            url.setText(profile.base_url)

    def _link(self, which: str) -> None:
        if which == "console":
            QDesktopServices.openUrl(QUrl(KLING_CONSOLE))
        else:
            QMessageBox.information(
                self,
                self.tr("Where do I get a relay key?"),
                self.tr(
                    "A relay service shows its address and your key on its own website, "
                    "usually in its dashboard under “API keys” or “Tokens”. If you do not use "
                    "one, choose “I have a Kling API key” instead."
                ),
            )

    def _switch(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.pages.setVisible(index != self.DEMO)
        self.test_button.setVisible(index != self.DEMO)
        self._fields_changed()

    def _fields_changed(self, *_) -> None:
        self._tested = None
        self._tested_message = ""
        self._standards = frozenset()
        self.test_result.clear()
        self.test_result.setStyleSheet("")
        demo = self.choice.checkedId() == self.DEMO
        self.save_button.setText(self.tr("Start the demo") if demo else self.tr("Test and save"))
        if demo:
            self.save_button.setIcon(QIcon())  # a floppy disk says "save", not "start"
        else:
            self.save_button.setIcon(self._save_icon)

    # The result --------------------------------------------------------------------------

    def chosen(self) -> tuple[Profile, Secret | None, Connection | None]:
        """The profile, secret and connection the fields describe (raises on bad input).
        Editing with the key boxes left empty: the saved key."""
        index = self.choice.checkedId()
        if index == self.DEMO:
            return Profile(DEMO_PROFILE, "demo"), None, None
        if index in (self.API_KEY, self.RELAY):
            box = self.api_key if index == self.API_KEY else self.relay_key
            typed = box.text().strip()
            key = typed or (self._saved.api_key if self._saved else "") or ""
            secret = Secret(api_key=key)
        else:
            access = self.access_key.text().strip()
            secret_key = self.secret_key.text().strip()
            saved = self._saved or Secret()
            secret = Secret(
                access_key=access or saved.access_key or "",
                secret_key=secret_key or saved.secret_key or "",
            )
        if index == self.API_KEY:
            region = self.api_key_region.currentData()
            url = REGIONS[region] if region else self.api_key_url.text().strip()
            connection = Connection.api_key(url, secret.api_key)
            profile = Profile(
                self.api_key_name.text().strip() or "Kling", "api_key", connection.base_url, region
            )
            return profile, secret, connection
        if index == self.RELAY:
            url = self.relay_url.text().strip()
            connection = Connection.relay(url, secret.api_key)
            keeps = self.editing is not None and self.editing.base_url == connection.base_url
            new_layout = NEW in self._standards or (
                keeps and not self._standards and self.editing.new_layout
            )
            profile = Profile(
                self.relay_name.text().strip() or "Relay",
                "relay",
                connection.base_url,
                new_layout=new_layout,
            )
            return profile, secret, connection
        region = self.region.currentData()
        url = REGIONS[region] if region else self.custom_url.text().strip()
        connection = Connection.official(url, secret.access_key, secret.secret_key)
        profile = Profile(
            self.official_name.text().strip() or "Kling", "official", connection.base_url, region
        )
        return profile, secret, connection

    def key_changed(self) -> bool:
        """Whether a key box holds a new key (editing keeps the saved one otherwise)."""
        boxes = (self.api_key, self.relay_key, self.access_key, self.secret_key)
        return self.editing is None or any(box.text().strip() for box in boxes)

    def test(self) -> None:
        try:
            _, _, connection = self.chosen()
        except KlingError as exc:
            self._show_test(False, translated(exc.message))
            self._save_after_test = False
            return
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Testing…"))
        probe = _Probe(connection)
        probe.done.finished.connect(self._tested_now)
        self._probe = probe
        QThreadPool.globalInstance().start(probe)

    def _tested_now(self, ok: bool, message: str, standards: frozenset[str]) -> None:
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._show_test(ok, self.tr("Connected: the key works.") if ok else message)
        self._standards = standards
        if ok:
            self.save_button.setText(self.tr("Save"))
        if self._save_after_test:
            self._save_after_test = False
            self.save()

    def _show_test(self, ok: bool, text: str) -> None:
        self._tested = ok
        self._tested_message = text
        self.test_result.setText(text)
        # Green or red as well as words (the words alone carry it for colour-blind eyes).
        from kling_desktop.ui.theme import error_red, success_green

        colour = (success_green() if ok else error_red()).name()
        self.test_result.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def save(self) -> None:
        """Save, after a test if the fields have not been tested; a connection whose test
        failed is saved only if the user says so."""
        if self.choice.checkedId() == self.DEMO:
            self.result_profile, self.result_secret = Profile(DEMO_PROFILE, "demo"), None
            self.accept()
            return
        try:
            profile, secret, _ = self.chosen()
        except KlingError as exc:
            self._show_test(False, translated(exc.message))
            return
        if self._tested is None:
            self._save_after_test = True
            self.test()
            return
        if not self._tested and not self.confirm_failed(self._tested_message):
            return
        self.result_profile = profile
        self.result_secret = secret if self.key_changed() else None
        self.accept()

    def confirm_failed(self, message: str) -> bool:
        from kling_desktop.ui.ask import ask

        return ask(
            self,
            self.tr("The test did not pass"),
            self.tr(
                "{message}\n\nSave this connection anyway? Jobs sent with it will wait until "
                "this is fixed."
            ).format(message=message),
            self.tr("Save anyway"),
            self.tr("Go back and fix it"),
            warning=True,
            name="failedTest",
        )

"""The connection dialog (also the first-run welcome): a Kling API key, a relay key, Kling
access keys, or the demo. "Test connection" makes free requests on the thread pool, says
the result in words and finds out which of Kling's API standards the connection reaches;
Save puts the address in the settings and the key in the OS keyring."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.api import NEW, REGIONS, Connection, KlingError
from kling_desktop.store import Profile, Secret
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


class ConnectionDialog(QDialog):
    """Returns (via `result_profile` / `result_secret`) the connection the user chose;
    `result_profile.mode == "demo"` for the demo."""

    def __init__(self, parent: QWidget | None = None, *, welcome: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Welcome to Kling Desktop") if welcome else self.tr("Add a connection")
        )
        self.result_profile: Profile | None = None
        self.result_secret: Secret | None = None
        intro = QLabel(
            self.tr("How do you reach Kling? You can change this later in the Connection menu.")
        )
        intro.setWordWrap(True)
        self.choice = QButtonGroup(self)
        self.api_key_choice = QRadioButton(self.tr("I have a Kling API key"))
        self.relay_choice = QRadioButton(self.tr("I have a relay key (an address and a key)"))
        self.official_choice = QRadioButton(
            self.tr("I have Kling access keys (access key and secret key)")
        )
        self.demo_choice = QRadioButton(self.tr("Try the demo (no key; nothing is charged)"))
        self.pages = QStackedWidget()
        self.choices = (
            self.api_key_choice,
            self.relay_choice,
            self.official_choice,
            self.demo_choice,
        )
        for i, button in enumerate(self.choices):
            self.choice.addButton(button, i)
        self.pages.addWidget(self._api_key_page())
        self.pages.addWidget(self._relay_page())
        self.pages.addWidget(self._official_page())
        demo = QLabel(
            self.tr(
                "The demo runs a small Kling imitation on this computer. It "
                "makes placeholder pictures and videos so you can learn the app "
                "first."
            )
        )
        demo.setWordWrap(True)
        self.pages.addWidget(demo)
        self.choice.idToggled.connect(lambda i, on: on and self._switch(i))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_button.clicked.connect(self.test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.choices:
            layout.addWidget(button)
        layout.addWidget(self.pages)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.api_key_choice.setChecked(True)
        self._standards: frozenset[str] = frozenset()  # found by the last test
        self.resize(560, 440)

    def _api_key_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.api_key_name = QLineEdit(self.tr("Kling"))
        self.api_key_region = self._regions()
        self.api_key_url = QLineEdit()
        self.api_key_url.setPlaceholderText("https://…")
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Name"), self.api_key_name)
        form.addRow(self.tr("Region"), self.api_key_region)
        form.addRow(self.tr("Address"), self.api_key_url)
        form.addRow(self.tr("API key"), self.api_key)
        self._custom_address(self.api_key_region, self.api_key_url)
        return page

    def _regions(self) -> QComboBox:
        region = QComboBox()
        region.addItem(self.tr("Singapore (outside China)"), "singapore")
        region.addItem(self.tr("Beijing (China console)"), "beijing")
        region.addItem(self.tr("Global (older accounts)"), "global")
        region.addItem(self.tr("Another address…"), "")
        return region

    @staticmethod
    def _custom_address(region: QComboBox, url: QLineEdit) -> None:
        """The address box is shown only for "Another address…"."""
        region.currentIndexChanged.connect(lambda: url.setVisible(region.currentData() == ""))
        url.setVisible(False)

    def _relay_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.relay_name = QLineEdit(self.tr("My relay"))
        self.relay_url = QLineEdit()
        self.relay_url.setPlaceholderText("https://relay.example.com")
        self.relay_key = QLineEdit()
        self.relay_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.relay_key.setPlaceholderText("sk-…")
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
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Name"), self.official_name)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Address"), self.custom_url)
        form.addRow(self.tr("Access key"), self.access_key)
        form.addRow(self.tr("Secret key"), self.secret_key)
        self._custom_address(self.region, self.custom_url)
        return page

    def _switch(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.test_button.setEnabled(index != self.DEMO)
        self.test_result.clear()
        self._standards = frozenset()

    API_KEY, RELAY, ACCESS_KEYS, DEMO = range(4)

    def chosen(self) -> tuple[Profile, Secret | None, Connection | None]:
        """The profile, secret and connection the fields describe (raises on bad input)."""
        index = self.choice.checkedId()
        if index == self.DEMO:
            return Profile(self.tr("Demo"), "demo"), None, None
        if index == self.API_KEY:
            region = self.api_key_region.currentData()
            url = REGIONS[region] if region else self.api_key_url.text().strip()
            secret = Secret(api_key=self.api_key.text().strip())
            connection = Connection.api_key(url, secret.api_key)
            profile = Profile(
                self.api_key_name.text().strip() or "Kling", "api_key", connection.base_url, region
            )
            return profile, secret, connection
        if index == self.RELAY:
            url = self.relay_url.text().strip()
            secret = Secret(api_key=self.relay_key.text().strip())
            connection = Connection.relay(url, secret.api_key)
            profile = Profile(
                self.relay_name.text().strip() or "Relay",
                "relay",
                connection.base_url,
                new_layout=NEW in self._standards,
            )
            return profile, secret, connection
        region = self.region.currentData()
        url = REGIONS[region] if region else self.custom_url.text().strip()
        secret = Secret(
            access_key=self.access_key.text().strip(), secret_key=self.secret_key.text().strip()
        )
        connection = Connection.official(url, secret.access_key, secret.secret_key)
        profile = Profile(
            self.official_name.text().strip() or "Kling", "official", connection.base_url, region
        )
        return profile, secret, connection

    def test(self) -> None:
        try:
            _, _, connection = self.chosen()
        except KlingError as exc:
            self.test_result.setText(translated(exc.message))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))
        probe = _Probe(connection)
        probe.done.finished.connect(self._tested)
        self._probe = probe
        QThreadPool.globalInstance().start(probe)

    def _tested(self, ok: bool, message: str, standards: frozenset[str]) -> None:
        self.test_button.setEnabled(True)
        self._standards = standards
        self.test_result.setText(self.tr("Connected: the key works.") if ok else message)

    def save(self) -> None:
        try:
            profile, secret, _ = self.chosen()
        except KlingError as exc:
            self.test_result.setText(translated(exc.message))
            return
        self.result_profile, self.result_secret = profile, secret
        self.accept()

"""The connection dialog (also the first-run welcome): a relay key, Kling access keys, or the
demo. "Test connection" makes one cheap request on the thread pool and says the result in
words; Save puts the address in the settings and the key in the OS keyring."""

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

from kling_desktop.api import REGIONS, Connection, KlingClient, KlingError, RetryPolicy, TaskKind
from kling_desktop.store import Profile, Secret
from kling_desktop.ui.words import translated


class _Probe(QRunnable):
    class Done(QObject):
        finished = Signal(bool, str)

    def __init__(self, connection: Connection) -> None:
        super().__init__()
        self.connection = connection
        self.done = _Probe.Done()

    def run(self) -> None:
        try:
            with KlingClient(
                self.connection, retry=RetryPolicy(attempts=2, total=10), timeout=15
            ) as client:
                client.list(TaskKind.IMAGE, page_size=1)
        except KlingError as exc:  # wrong key, unreachable, TLS, quota: each says so
            self.done.finished.emit(False, translated(exc.message))
        except Exception as exc:
            self.done.finished.emit(False, str(exc))
        else:
            self.done.finished.emit(True, "")


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
        self.relay_choice = QRadioButton(self.tr("I have a relay key (an address and a key)"))
        self.official_choice = QRadioButton(
            self.tr("I have Kling access keys (access key and secret key)")
        )
        self.demo_choice = QRadioButton(self.tr("Try the demo (no key; nothing is charged)"))
        self.pages = QStackedWidget()
        for i, button in enumerate((self.relay_choice, self.official_choice, self.demo_choice)):
            self.choice.addButton(button, i)
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
        for button in (self.relay_choice, self.official_choice, self.demo_choice):
            layout.addWidget(button)
        layout.addWidget(self.pages)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.relay_choice.setChecked(True)
        self.resize(560, 420)

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
        self.region = QComboBox()
        self.region.addItem(self.tr("Singapore (outside China)"), "singapore")
        self.region.addItem(self.tr("Beijing (China console)"), "beijing")
        self.region.addItem(self.tr("Global (older accounts)"), "global")
        self.region.addItem(self.tr("Another address…"), "")
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
        self.region.currentIndexChanged.connect(
            lambda: self.custom_url.setEnabled(self.region.currentData() == "")
        )
        self.custom_url.setEnabled(False)
        return page

    def _switch(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.test_button.setEnabled(index != 2)
        self.test_result.clear()

    def chosen(self) -> tuple[Profile, Secret | None, Connection | None]:
        """The profile, secret and connection the fields describe (raises on bad input)."""
        index = self.choice.checkedId()
        if index == 2:
            return Profile(self.tr("Demo"), "demo"), None, None
        if index == 0:
            url = self.relay_url.text().strip()
            secret = Secret(api_key=self.relay_key.text().strip())
            connection = Connection.relay(url, secret.api_key)
            profile = Profile(
                self.relay_name.text().strip() or "Relay", "relay", connection.base_url
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

    def _tested(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(self.tr("Connected: the key works.") if ok else message)

    def save(self) -> None:
        try:
            profile, secret, _ = self.chosen()
        except KlingError as exc:
            self.test_result.setText(translated(exc.message))
            return
        self.result_profile, self.result_secret = profile, secret
        self.accept()

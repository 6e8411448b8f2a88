"""The account of the chosen connection: units left in each resource pack (video, pictures,
sound), until when, and the balance. Read off the GUI thread, at most once a minute."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kling_desktop.ui.background import in_background
from kling_desktop.ui.words import translated

if TYPE_CHECKING:
    from kling_desktop.context import AppContext
    from kling_desktop.jobs.account import AccountReading


def pack_words(kind: str, *, in_sentence: bool = False) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if in_sentence:
        return {
            "video": translate("Account", "video units"),
            "image": translate("Account", "picture units"),
            "audio": translate("Account", "sound units"),
        }.get(kind, translate("Account", "units"))
    return {
        "video": translate("Account", "Video units"),
        "image": translate("Account", "Picture units"),
        "audio": translate("Account", "Sound units"),
    }.get(kind, translate("Account", "Units"))


class AccountDialog(QDialog):
    def __init__(self, context: AppContext, profile: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.profile = profile
        self.setWindowTitle(self.tr("Account: {name}").format(name=profile))
        self.packs = QTreeWidget()
        self.packs.setRootIsDecorated(False)
        self.packs.setHeaderLabels(
            [self.tr("Pack"), self.tr("Kind"), self.tr("Left"), self.tr("Valid until")]
        )
        self.balance = QLabel()
        self.state = QLabel(self.tr("Reading the account…"))
        self.state.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(
            self.tr("Kling asks apps to read the account rarely: once a minute at most.")
        )
        self.refresh_button.clicked.connect(lambda: self.load(force=True))
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.refresh_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.packs, 1)
        layout.addWidget(self.balance)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(620, 320)
        self._cooldown = QTimer(self, singleShot=True, interval=60_000)
        self._cooldown.timeout.connect(lambda: self.refresh_button.setEnabled(True))
        self.load()

    def load(self, *, force: bool = False) -> None:
        self.refresh_button.setEnabled(False)
        self.state.setText(self.tr("Reading the account…"))
        in_background(
            lambda: self.context.read_account(self.profile, force=force), self.show_reading, self
        )

    def show_reading(self, reading: AccountReading | None, error: Exception | None) -> None:
        self._cooldown.start()
        self.packs.clear()
        if reading is None or reading.account is None:
            message = getattr(reading, "problem", None) or getattr(error, "message", error)
            self.state.setText(translated(message) if message else "")
            self.balance.clear()
            return
        account = reading.account
        locale = QLocale()
        for pack in account.packs:
            left = self.tr("{left} of {total}").format(
                left=locale.toString(pack.remaining, "f", 1).removesuffix(".0"),
                total=locale.toString(pack.total, "f", 1).removesuffix(".0"),
            )
            until = (
                locale.toString(
                    QDateTime.fromSecsSinceEpoch(int(pack.valid_until.timestamp())).date(),
                    QLocale.FormatType.LongFormat,
                )
                if pack.valid_until
                else "—"
            )
            item = QTreeWidgetItem([pack.name, pack_words(pack.kind), left, until])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not pack.usable:
                item.setDisabled(True)
            self.packs.addTopLevelItem(item)
        for column in range(4):
            self.packs.resizeColumnToContents(column)
        self.balance.setText(
            self.tr("Balance: {money}").format(money=account.balance) if account.balance else ""
        )
        when = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat
        )
        self.state.setText(self.tr("Read at {time}.").format(time=when))

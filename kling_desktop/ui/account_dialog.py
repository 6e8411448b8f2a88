"""The account of the chosen connection, as Kling tells it: units left in each resource pack
(video, pictures, sound), until when and how many tasks at once; the charges of the last
30 days; the money left after the latest charge, when the account pays in money. Kling
counts what is left up to 12 hours late, and the window says so. Read off the GUI thread,
at most once a minute."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, QTimer
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

from kling_desktop.api.account import LAG_HOURS
from kling_desktop.ui.background import in_background
from kling_desktop.ui.fit import fit_to_screen
from kling_desktop.ui.words import translated

if TYPE_CHECKING:
    from kling_desktop.api.account import Charge
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
            [
                self.tr("Pack"),
                self.tr("Kind"),
                self.tr("Left"),
                self.tr("Valid until"),
                self.tr("At once"),
            ]
        )
        self.packs.headerItem().setToolTip(
            4, self.tr("How many jobs of this kind Kling makes at the same time.")
        )
        self.lag = QLabel(
            self.tr(
                "Kling counts what is left up to {hours} hours late: the newest jobs may not "
                "show in it yet."
            ).format(hours=LAG_HOURS)
        )
        self.lag.setWordWrap(True)
        self.lag.setObjectName("accountLag")
        self.charges = QTreeWidget()
        self.charges.setRootIsDecorated(False)
        self.charges.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Charged"), self.tr("Task")]
        )
        self.charges_title = QLabel(self.tr("<b>Charges of the last 30 days</b>"))
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
        layout.addWidget(self.lag)
        layout.addWidget(self.charges_title)
        layout.addWidget(self.charges, 1)
        layout.addWidget(self.balance)
        layout.addLayout(row)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(680, 460))
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
        self.charges.clear()
        if reading is None or reading.account is None:
            message = getattr(reading, "problem", None) or getattr(error, "message", error)
            self.state.setText(translated(message) if message else "")
            self.balance.clear()
            # Nothing was read, so nothing to spare the server: try again at once.
            self._cooldown.stop()
            self.refresh_button.setEnabled(True)
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
            at_once = str(pack.slots) if pack.slots else "—"
            item = QTreeWidgetItem([pack.name, pack_words(pack.kind), left, until, at_once])
            for column in (2, 4):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if not pack.usable:
                item.setDisabled(True)
            self.packs.addTopLevelItem(item)
        for column in range(5):
            self.packs.resizeColumnToContents(column)
        for charge in account.charges:
            self.charges.addTopLevelItem(self._charge_row(charge, locale))
        for column in range(4):
            self.charges.resizeColumnToContents(column)
        if not account.charges:
            self.charges.addTopLevelItem(QTreeWidgetItem([self.tr("No charges yet."), "", "", ""]))
        self.balance.setText(
            self.tr("Money left after the latest charge: {money}").format(money=account.balance)
            if account.balance
            else ""
        )
        when = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat
        )
        self.state.setText(self.tr("Read at {time}.").format(time=when))

    def _charge_row(self, charge: Charge, locale: QLocale) -> QTreeWidgetItem:
        when = (
            locale.toString(
                QDateTime.fromSecsSinceEpoch(int(charge.when.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            if charge.when
            else "—"
        )
        amount = locale.toString(charge.amount, "f", 2).rstrip("0").rstrip(locale.decimalPoint())
        if charge.money:
            charged = f"{amount} {charge.currency}".strip()
        else:
            charged = f"{amount} {pack_words(charge.kind, in_sentence=True)}"
        item = QTreeWidgetItem([when, charge.what or "—", charged, charge.task_id])
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

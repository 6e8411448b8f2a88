"""Words shown in several places: sentences from the Qt-free layers
(`kling_desktop.text.Message`), kinds, statuses and times, in the user's language."""

from __future__ import annotations

import time
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from kling_desktop.text import Message

if TYPE_CHECKING:
    from kling_desktop.store.records import JobRecord


def translated(message: Message | str) -> str:
    if isinstance(message, Message):
        return message.translated(lambda s: QCoreApplication.translate("", s))
    return str(message)


def error_words(error: BaseException | None) -> str:
    """What went wrong, in the language shown: the app's own sentence when the error
    carries one, else the error as Python says it."""
    message = getattr(error, "message", None)
    return translated(message) if message else str(error)


def kind_words(kind: str) -> str:
    """An operation's name in words (the registry's title); unknown kinds as recorded."""
    from kling_desktop.operations import registry

    operation = registry.find(kind)
    return translated(operation.title) if operation else kind


@lru_cache(maxsize=1024)
def row_facts(kind: str, request_json: str) -> tuple[str, ...]:
    """A history row's short facts from its parameters, as its operation sums them up
    ("10 s", "1080p", "with sound"), in the user's language."""
    import json

    from kling_desktop.operations import registry

    operation = registry.find(kind)
    if operation is None:
        return ()
    try:
        params = operation.upgrade(json.loads(request_json))
    except (ValueError, TypeError, AttributeError):
        return ()
    return tuple(translated(fact) for fact in operation.summary(params))


def units_words(units: float) -> str:
    """Units charged, as a person reads them: "12 units"."""
    return QCoreApplication.translate("Words", "{n} units").format(n=f"{units:g}")


def model_words(kind: str, model_id: str) -> str:
    """A model's display name from the catalogue ("Kling 3.0"), or its id if unlisted."""
    from kling_desktop.catalogue import current
    from kling_desktop.operations import model_name

    if not model_id:
        return "—"
    return translated(model_name(current().model(kind, model_id), model_id))


def setting_words(kind: str, name: str, value: object) -> str:
    """One setting's value as a batch says what sets a job apart: a model by its name, a
    length in seconds, a prompt shortened, anything else as it is."""
    if name == "model":
        return model_words(kind, str(value))
    if name == "duration" and isinstance(value, int | float):
        return duration_words(value)
    if name == "prompt":
        text = " ".join(str(value).split())
        return text if len(text) <= 30 else text[:29] + "…"
    return str(value)


def status_words(status: str, profile: str = "") -> str:
    """A job's status in words; a demo job (`profile` is the demo's) is not said to be with
    Kling, since nothing of it goes there."""
    from kling_desktop.context import DEMO_PROFILE

    if profile == DEMO_PROFILE and status in ("submitted", "processing"):
        return {
            "submitted": QCoreApplication.translate("QueuePanel", "Waiting in the demo"),
            "processing": QCoreApplication.translate("QueuePanel", "The demo is making it"),
        }[status]
    return {
        "queued": QCoreApplication.translate("QueuePanel", "Waiting to be sent"),
        "submitting": QCoreApplication.translate("QueuePanel", "Sending"),
        "submitted": QCoreApplication.translate("QueuePanel", "Waiting on Kling"),
        "processing": QCoreApplication.translate("QueuePanel", "Kling is making it"),
        "downloading": QCoreApplication.translate("QueuePanel", "Saving the result"),
        "succeeded": QCoreApplication.translate("QueuePanel", "Done"),
        "failed": QCoreApplication.translate("QueuePanel", "Failed"),
        "cancelled": QCoreApplication.translate("QueuePanel", "Cancelled"),
    }.get(status, status)


def relative_time(ms: int, now_ms: int) -> str:
    """“just now”, “5 min ago”, “3 h ago”, “yesterday”, then the date."""
    seconds = max(0, (now_ms - ms) // 1000)
    if seconds < 60:
        return QCoreApplication.translate("Time", "just now")
    if seconds < 3600:
        minutes = seconds // 60
        return QCoreApplication.translate("Time", "%n min ago", "", minutes)
    then = datetime.fromtimestamp(ms / 1000)
    today = datetime.fromtimestamp(now_ms / 1000).date()
    if then.date() == today:
        hours = seconds // 3600
        return QCoreApplication.translate("Time", "%n h ago", "", hours)
    if (today - then.date()).days == 1:
        return QCoreApplication.translate("Time", "yesterday")
    date = QDateTime.fromMSecsSinceEpoch(ms).date()
    if then.year == today.year:
        return QLocale().toString(date, QCoreApplication.translate("Time", "MMM d"))
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


def short_date(moment: datetime) -> str:
    """A day as the user's language writes it briefly, in local time ("30/12/2026")."""
    local = moment.astimezone()
    day = QDate(local.year, local.month, local.day)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # No language set (LANG=C): Qt's C format reads "2 01 2027"; ISO reads anywhere.
        return day.toString("yyyy-MM-dd")
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def full_time(ms: int | None) -> str:
    """A moment in the user's time zone and words, without naming the zone: "Monday, 30
    November 2026 17:51"."""
    if ms is None:
        return "—"
    moment = QDateTime.fromMSecsSinceEpoch(ms).toLocalTime()
    locale = QLocale()
    return (
        f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)} "
        f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
    )


def job_seconds(job: JobRecord, now: float | None = None) -> float:
    """How long a job has taken: from being sent (or queued, until it is sent) to being
    saved, or to `now` (epoch seconds) while it runs. The one figure the progress card,
    the queue and the details show, and what "usually about" is measured in."""
    start = job.submitted_at or job.queued_at
    end = job.finished_at.timestamp() if job.finished_at is not None else now or time.time()
    return max(0.0, end - start.timestamp())


def clock_words(seconds: float) -> str:
    """Elapsed time as a clock reads: "0:42", "12:05", "1:02:07"."""
    s = int(seconds)
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


def duration_words(seconds: float) -> str:
    """A duration in round words: "40 s", "3 min", "1 h 20 min"."""
    s = round(seconds)
    if s < 60:
        return QCoreApplication.translate("Time", "{n} s").format(n=max(1, s))
    minutes = round(s / 60)
    if minutes < 60:
        return QCoreApplication.translate("Time", "{n} min").format(n=minutes)
    return QCoreApplication.translate("Time", "{h} h {m} min").format(
        h=minutes // 60, m=minutes % 60
    )

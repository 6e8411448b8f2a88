"""The details of one job, as selectable text, in plain words: every parameter as the form
names it ("Quality 1080p"), the model by its name, local times, sizes in MB, the units
charged (none in the demo), the server's reason for a failure and how long Kling keeps its
copy; the ids and the model's id under "Technical details"."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from kling_desktop.context import DEMO_PROFILE
from kling_desktop.media import decode
from kling_desktop.operations import registry
from kling_desktop.store.history import History
from kling_desktop.store.records import JobRecord, Link, OutputRecord
from kling_desktop.text import from_stored
from kling_desktop.ui.words import (
    full_time,
    job_seconds,
    kind_words,
    model_words,
    status_words,
    translated,
    units_words,
)

if TYPE_CHECKING:
    from kling_desktop.jobs.update import JobUpdate


# Parameters older versions recorded, which no operation has any more.
_RETIRED_PARAMS = {
    "mode": QT_TRANSLATE_NOOP("Details", "Mode"),
    "cfg_scale": QT_TRANSLATE_NOOP("Details", "Follows the prompt"),
    "camera_control": QT_TRANSLATE_NOOP("Details", "Camera movement"),
    "sound": QT_TRANSLATE_NOOP("Details", "Sound"),
    "static_mask": QT_TRANSLATE_NOOP("Details", "Still area"),
    "dynamic_masks": QT_TRANSLATE_NOOP("Details", "Motion paths"),
    "image_tail": QT_TRANSLATE_NOOP("Details", "Last frame"),
    "callback_url": QT_TRANSLATE_NOOP("Details", "Callback address"),
    "watermark": QT_TRANSLATE_NOOP("Details", "Watermark"),
}


# Values of those older parameters, in words.
_RETIRED_VALUES = {
    ("mode", "std"): QT_TRANSLATE_NOOP("Details", "Standard"),
    ("mode", "pro"): QT_TRANSLATE_NOOP("Details", "Professional"),
}


def escape(text: str) -> str:
    """`text` safe in the details' HTML (the html module loads with the first details
    shown, not at start-up)."""
    from html import escape as html_escape

    return html_escape(text)


def _known(name: str, kind: str, value=""):
    """(the parameter, its value) as the job's operation knows them today: an older
    version's name is brought to today's by the operation's own `upgrade` (a first frame
    recorded as "image"); None for a parameter no operation has any more."""
    operation = registry.find(kind)
    if operation is None:
        return None
    param = operation.param(name)
    if param is not None:
        return param, value
    try:
        upgraded = operation.upgrade({name: value})
    except (TypeError, ValueError, AttributeError):
        return None
    if len(upgraded) == 1:
        ((new, new_value),) = upgraded.items()
        param = operation.param(new)
        if param is not None:
            return param, new_value
    return None


def parameter_name(name: str, kind: str) -> str:
    """A parameter as the form names it (the operation says), or an older one's name."""
    known = _known(name, kind)
    if known is not None:
        return translated(known[0].label)
    if name in _RETIRED_PARAMS:
        return QCoreApplication.translate("Details", _RETIRED_PARAMS[name])
    return name


def settings_in_words(job: JobRecord, *, model: bool = True) -> dict[str, str]:
    """A job's model (with `model`) and settings as the details say them ("Shape":
    "16:9"): the details' rows, and an export a person reads."""
    words = {}
    if model:
        words[QCoreApplication.translate("DetailsPanel", "Model")] = model_words(
            job.kind, job.model
        )
    for name, value in job.request.items():
        if name in ("prompt", "negative_prompt", "model", "external_task_id"):
            continue
        words[parameter_name(name, job.kind)] = parameter_value(name, job.kind, value)
    return words


def parameter_value(name: str, kind: str, value) -> str:
    """A stored value in words, as its parameter's kind says them."""
    known = _known(name, kind, value)
    if known is not None:
        param, value = known
        return translated(param.words(value))
    if isinstance(value, str) and (name, value) in _RETIRED_VALUES:
        return QCoreApplication.translate("Details", _RETIRED_VALUES[(name, value)])
    if name == "resolution" and isinstance(value, str) and value[:-1].isdigit():
        return value.upper()  # "1k" → "1K", "1080p" stays
    return _value(value)


def _value(value) -> str:
    """A value no operation knows any more, as plainly as it can be said."""
    if isinstance(value, dict) and "input" in value:
        return QCoreApplication.translate("Details", "(picture, kept with the job)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Details", "yes")
            if value
            else QCoreApplication.translate("Details", "no")
        )
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _size(n: int | None) -> str:
    """Sizes as people (and file managers) count them: 1.2 MB, 850 kB."""
    if n is None:
        return "—"
    return QLocale().formattedDataSize(n, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class DetailsPanel(QTextBrowser):
    #: A job named under "Made from" or "Used in" was clicked.
    job_requested = Signal(int)

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.job_id: int | None = None
        # What the shown job came from and went into: read when a job is chosen (two
        # indexed lookups), kept while the engine reports on the same job.
        self._links: tuple[int, list[Link], list[Link]] | None = None
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setPlaceholderText(self.tr("The details of the chosen result appear here."))

    def show_job(self, job_id: int | None) -> None:
        self.job_id = job_id
        job = self.history.get(job_id) if job_id is not None else None
        if job is None:
            self._links = None
            self.clear()
            return
        self._links = (job.id, self.history.made_from(job.id), self.history.used_in(job.id))
        self.setHtml(self.describe(job, self.history.outputs(job.id)))

    def show_update(self, update: JobUpdate) -> None:
        """Show the job as the engine just reported it (no history read, but for its
        links when another job was shown before)."""
        self.job_id = update.id
        if self._links is None or self._links[0] != update.id:
            made_from, used_in = self.history.made_from(update.id), self.history.used_in(update.id)
            self._links = (update.id, made_from, used_in)
        self.setHtml(self.describe(update.job, list(update.outputs)))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "job" and url.path().isdigit():
            self.job_requested.emit(int(url.path()))

    def refresh(self) -> None:
        self.show_job(self.job_id)

    def describe(self, job: JobRecord, outputs: list[OutputRecord]) -> str:
        rows: list[tuple[str, str]] = []

        def row(name: str, value: str) -> None:
            rows.append((escape(name), value))

        row(self.tr("Kind"), escape(kind_words(job.kind)))
        row(self.tr("Status"), escape(status_words(job.status.value, job.profile)))
        if job.error:
            row(self.tr("Why it failed"), escape(translated(from_stored(job.error))))
        elif job.note:
            row(self.tr("Note"), escape(translated(from_stored(job.note))))
        row(self.tr("Prompt"), escape(job.prompt) or "—")
        if self._links is not None and self._links[0] == job.id:  # what came from what
            _, made_from, used_in = self._links
            if made_from:
                rows.append(
                    (escape(self.tr("Made from")), self._kin(made_from, lambda _: job.kind))
                )
            if used_in:
                rows.append((escape(self.tr("Used in")), self._kin(used_in, lambda k: k.kind)))
        if job.negative_prompt:
            row(self.tr("Leave out"), escape(job.negative_prompt))
        row(self.tr("Model"), escape(model_words(job.kind, job.model)))
        for name, words in settings_in_words(job, model=False).items():
            row(name, escape(words))
        if job.tags:
            row(self.tr("Tags"), escape(", ".join(job.tags)))
        row(self.tr("Queued"), escape(full_time(_ms(job.queued_at))))
        if job.finished_at is not None:
            row(self.tr("Finished"), escape(full_time(_ms(job.finished_at))))
            # The queue's and the progress card's figure, cut to whole seconds as theirs.
            took = int(job_seconds(job))
            row(self.tr("Took"), escape(self.tr("%n second(s)", "", took)))
        if job.profile == DEMO_PROFILE:
            row(self.tr("Units charged"), escape(self.tr("0 — demo")))
        elif job.credits is not None:
            row(self.tr("Units charged"), escape(units_words(job.credits)))
        for output in outputs:
            row(self.tr("Result {n}").format(n=output.index + 1), self._output(output))
        technical: list[tuple[str, str]] = []
        for name, value in (
            (self.tr("Connection"), connection_words(job.profile)),
            (self.tr("Model id"), job.model or "—"),
            (self.tr("Kling's task id"), job.task_id or "—"),
            (self.tr("Request id (sent with the job)"), job.external_task_id),
            (self.tr("API"), self._standard_words(job.standard)),
        ):
            technical.append((escape(name), escape(value)))
        heading = escape(self.tr("Technical details"))
        return _table(rows) + f"<p style='margin-top:10px'><b>{heading}</b></p>" + _table(technical)

    def _kin(self, links: list[Link], kind_of_role) -> str:
        """Links as clickable thumbnails with the job's kind, prompt and what the result
        was used as (a role is a field of the job that used it: `kind_of_role`)."""
        lines = []
        for link in links:
            href = f"job:{link.job_id}"
            picture = ""
            if link.thumbnail and link.media in ("image", "video"):
                name = f"kin:{link.job_id}:{link.output_id}"
                image = decode.picture(link.thumbnail)
                if not image.isNull():
                    self.document().addResource(
                        QTextDocument.ResourceType.ImageResource, QUrl(name), image
                    )
                    height = 40
                    width = max(1, round(image.width() * height / max(1, image.height())))
                    picture = (
                        f"<a href='{href}'><img src='{name}' width='{width}'"
                        f" height='{height}' style='vertical-align: middle'></a>&nbsp;"
                    )
            words = " ".join(link.prompt.split())
            if len(words) > 40:
                words = words[:39] + "…"
            what = kind_words(link.kind) + (f": “{words}”" if words else "")
            role = parameter_name(link.role.split(":")[0], kind_of_role(link))
            if role[:1].isupper() and role[1:2].islower():  # "as first frame"
                role = role[0].lower() + role[1:]
            used_as = self.tr("as {field}").format(field=role)
            lines.append(f"{picture}<a href='{href}'>{escape(what)}</a> ({escape(used_as)})")
        return "<br>".join(lines)

    def _standard_words(self, standard: str) -> str:
        return {
            "legacy": self.tr("Kling's /v1 API"),
            "new": self.tr("Kling's new video API"),
        }.get(standard, standard or "—")

    def _output(self, output: OutputRecord) -> str:
        facts = []
        if output.width and output.height:
            facts.append(f"{output.width} × {output.height}")
        if output.duration:
            facts.append(self.tr("{s} s").format(s=f"{output.duration:g}"))
        facts.append(_size(output.size))
        lines = [escape(" · ".join(facts))]
        if output.path is not None and output.file_present():
            lines.append(escape(str(output.path)))
        else:
            lines.append(
                "<b>"
                + escape(self.tr("The file is missing from {path}").format(path=output.path or "—"))
                + "</b>"
            )
        lines.append(escape(self.server_copy(output)))
        return "<br>".join(lines)

    def server_copy(self, output: OutputRecord, now: datetime | None = None) -> str:
        if output.url_expires_at is None:
            return ""
        now = now or datetime.now(UTC)
        left = output.url_expires_at - now
        if left.total_seconds() <= 0:
            return self.tr("Server copy expired: only your local copy remains.")
        days = int(left.total_seconds() // 86400)
        if days < 1:
            return self.tr("Server copy expires today.")
        return self.tr("Server copy expires in %n day(s).", "", days)


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding-right:12px; white-space:nowrap'>{name}</td><td>{value}</td></tr>"
        for name, value in rows
    )
    return f"<table cellspacing='2'>{body}</table>"


def connection_words(name: str) -> str:
    """A connection's name as shown: the demo's in the current language."""
    return QCoreApplication.translate("Details", "Demo") if name == DEMO_PROFILE else name


def _ms(moment: datetime | None) -> int | None:
    return int(moment.timestamp() * 1000) if moment is not None else None

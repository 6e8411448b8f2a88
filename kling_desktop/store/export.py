"""Export past results: their files plus a JSON file of every parameter, into a folder or
a ZIP. Runs off the GUI thread; never changes the history or the library."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kling_desktop.store.history import History
from kling_desktop.store.library import unique_path
from kling_desktop.store.records import JobRecord, OutputRecord

MANIFEST = "kling-desktop.json"


@dataclass(frozen=True)
class ExportReport:
    target: Path
    files: int
    missing: tuple[str, ...]  # outputs whose file was not on disk (named in the manifest)


def export(
    history: History,
    job_ids: Sequence[int],
    target: str | Path,
    *,
    as_zip: bool,
    cancelled: Callable[[], bool] = lambda: False,
    describe: Callable[[JobRecord], dict[str, str]] | None = None,
) -> ExportReport:
    """Write the jobs' results and inputs with a manifest to `target` (a folder, created
    if needed, or a .zip file). A ZIP is written to a temporary name and renamed at the end,
    so an interrupted export leaves no half archive behind. `describe` gives a job's
    settings in the reader's words (`settings` beside the raw `parameters`)."""
    target = Path(target)
    manifest: list[dict[str, Any]] = []
    plan: list[tuple[Path, str]] = []  # source file, name inside the export
    used: set[str] = {MANIFEST}
    missing: list[str] = []

    def name_for(wanted: str) -> str:
        stem, dot, ext = wanted.rpartition(".")
        if not dot:
            stem, ext = wanted, ""
        name, n = wanted, 1
        while name.lower() in used:
            n += 1
            name = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        used.add(name.lower())
        return name

    exported = set(job_ids)
    for job_id in job_ids:
        job = history.get(job_id)
        if job is None:
            continue
        outputs = history.outputs(job_id)
        files: dict[int, str] = {}  # output id → name inside the export
        for output in outputs:
            if output.file_present():
                assert output.path is not None
                name = name_for(output.path.name)
                plan.append((output.path, name))
                files[output.id] = name
            else:
                missing.append(str(output.path or output.url))
        # A video goes with the sounds made from it (unless their job is exported itself).
        videos = {o.id for o in outputs if o.media == "video"}
        sounds: list[str] = []
        for link in history.used_in(job_id):
            if link.output_id not in videos or link.job_id in exported:
                continue
            for extra in history.outputs(link.job_id):
                if extra.media == "audio" and extra.file_present() and extra.id not in files:
                    assert extra.path is not None
                    name = name_for(extra.path.name)
                    plan.append((extra.path, name))
                    files[extra.id] = name
                    sounds.append(name)
        inputs = {}
        for record in history.inputs(job_id):
            if record.stored_path.is_file():
                suffix = _suffix(record.stored_path)
                name = name_for(f"inputs/{job.external_task_id}-{record.role}{suffix}")
                name = name.replace(":", "-")
                plan.append((record.stored_path, name))
                inputs[record.role] = name
        entry = _entry(job, outputs, files, inputs)
        if describe is not None:
            entry["settings"] = describe(job)
        if sounds:
            entry["sounds"] = sounds  # made from this job's video (given sound, say)
        manifest.append(entry)
    text = json.dumps({"format": 1, "jobs": manifest}, ensure_ascii=False, indent=2)
    count = 0
    if as_zip:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST, text)
                for source, name in plan:
                    if cancelled():
                        raise InterruptedError
                    archive.write(source, name)
                    count += 1
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
    else:
        target.mkdir(parents=True, exist_ok=True)
        for source, name in plan:
            if cancelled():
                raise InterruptedError
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            if destination.exists():
                destination = unique_path(destination.parent, destination.name)
            shutil.copy2(source, destination)
            count += 1
        manifest_path = target / MANIFEST
        if manifest_path.exists():
            manifest_path = unique_path(target, MANIFEST)
        manifest_path.write_text(text, encoding="utf-8")
    return ExportReport(target, count, tuple(missing))


def _suffix(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(12)
    if head.startswith(b"\x89PNG"):
        return ".png"
    if head.startswith(b"\xff\xd8"):
        return ".jpg"
    if head[8:12] == b"WEBP":
        return ".webp"
    return ""


def _entry(
    job: JobRecord, outputs: list[OutputRecord], files: dict[int, str], inputs: dict[str, str]
) -> dict[str, Any]:
    def iso(value) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "kind": job.kind,
        "model": job.model,
        "prompt": job.prompt,
        "negative_prompt": job.negative_prompt,
        "parameters": job.request,
        "inputs": inputs,
        "status": job.status.value,
        "task_id": job.task_id,
        "external_task_id": job.external_task_id,
        "queued_at": iso(job.queued_at),
        "finished_at": iso(job.finished_at),
        "credits": job.charged,
        "favourite": job.favourite,
        "tags": list(job.tags),
        "outputs": [
            {
                "index": o.index,
                "media": o.media,
                "width": o.width,
                "height": o.height,
                "duration": o.duration,
                "sha256": o.sha256,
                "file": files.get(o.id),  # None: the file was not on disk
            }
            for o in outputs
        ],
    }

"""The media library: results saved as ordinary files with names a person can read.

`2026-11-25 14.32 image - a lighthouse at dawn - 7f3a9c-1.png`: date, kind, a slug of the
prompt, a short id and the index. Names are safe on Windows, macOS and Linux: no path
separators or reserved characters (whatever the server or the prompt contains), no
reserved device names, no trailing dots or spaces, and short enough for every file system.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

MAX_NAME_BYTES = 200  # below every file system's 255-byte limit, with room for " (2)"
SLUG_CHARS = 48

_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")


def slug(text: str, limit: int = SLUG_CHARS) -> str:
    """A short, readable piece of `text` for a file name (letters of any script kept)."""
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(c if (unicodedata.category(c)[0] in "LN" or c in " -_") else " " for c in text)
    words = _SPACES.sub(" ", kept).strip()
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0] if " " in words[:limit] else words[:limit]
    return words.strip(" -_")


def safe_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """`name` made valid as one file name on every desktop OS."""
    name = unicodedata.normalize("NFC", _UNSAFE.sub("-", name))
    name = _SPACES.sub(" ", name).strip()
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 8 or " " in ext:
        stem, ext = name, ""
    stem = stem.rstrip(" .")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    suffix = f".{ext}" if ext else ""
    budget = max_bytes - len(suffix.encode())
    while len(stem.encode()) > budget:
        stem = stem[:-1]
    stem = stem.rstrip(" .") or "untitled"
    return stem + suffix


def result_name(
    when: datetime, kind: str, prompt: str, short_id: str, index: int, extension: str
) -> str:
    """The file name of one result."""
    stamp = when.astimezone().strftime("%Y-%m-%d %H.%M")
    parts = [f"{stamp} {kind}"]
    words = slug(prompt)
    if words:
        parts.append(words)
    parts.append(f"{slug(short_id, 12) or 'job'}-{index + 1}")
    return safe_name(" - ".join(parts) + "." + extension.lstrip("."))


def month_folder(library: Path, when: datetime) -> Path:
    """Results are grouped by month so no folder grows without end."""
    return library / when.astimezone().strftime("%Y-%m")


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2)`, `name (3)`... if taken."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate

"""Settings: connection profiles (never their keys), folders, limits, look and language.

Stored as JSON, written atomically (temporary file, fsync, rename). Unknown keys are
ignored and damaged values fall back to their defaults with a logged warning, field by
field, so one bad value never costs the user their other settings.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("kling_desktop.store")

MODES = ("relay", "api_key", "official", "demo")  # official: access key + secret key
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "zh_CN")


@dataclass(frozen=True)
class Profile:
    """A way to reach Kling. Its key lives in the keyring under the profile's name."""

    name: str
    mode: str  # relay, api_key (a Kling API key), official (access keys) or demo
    base_url: str = ""
    region: str = ""  # official API: singapore, beijing, global, or "" for a custom URL
    new_layout: bool = False  # a relay that also forwards Kling's new API (found by a test)


@dataclass(frozen=True)
class Settings:
    profiles: tuple[Profile, ...] = ()
    active_profile: str | None = None
    library_folder: str | None = None  # None: the platform's default
    # Jobs of one connection on Kling at once: 0 is automatic (as many as the account's
    # packs allow, learned by the engine), or the user's number.
    jobs_together: int = 0
    theme: str = "system"
    language: str = "system"
    notifications: bool = True
    catalogue_url: str | None = None  # where to look for a newer model list at start

    def profile(self, name: str | None = None) -> Profile | None:
        name = name or self.active_profile
        return next((p for p in self.profiles if p.name == name), None)

    def with_profile(self, profile: Profile, *, activate: bool = False) -> Settings:
        others = tuple(p for p in self.profiles if p.name != profile.name)
        active = profile.name if activate or not self.active_profile else self.active_profile
        return dataclasses.replace(self, profiles=(*others, profile), active_profile=active)

    def without_profile(self, name: str) -> Settings:
        rest = tuple(p for p in self.profiles if p.name != name)
        active = (
            self.active_profile if self.active_profile != name else (rest[0].name if rest else None)
        )
        return dataclasses.replace(self, profiles=rest, active_profile=active)


_CHECKS = {
    "active_profile": lambda v: v is None or isinstance(v, str),
    "library_folder": lambda v: v is None or (isinstance(v, str) and v.strip() != ""),
    "jobs_together": lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 20,
    "theme": lambda v: v in THEMES,
    "language": lambda v: v in LANGUAGES,
    "notifications": lambda v: isinstance(v, bool),
    "catalogue_url": lambda v: v is None or (isinstance(v, str) and secure_url(v)),
}


def secure_url(url: str) -> bool:
    """https, or plain http to this computer (a local test server)."""
    return url.startswith("https://") or url.startswith(
        ("http://127.0.0.1", "http://localhost", "http://[::1]")
    )


def load(path: Path) -> Settings:
    """The saved settings, or defaults for whatever is missing or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        log.warning("settings file %s is not an object; using defaults", path)
        return Settings()
    values: dict[str, Any] = {}
    for name, check in _CHECKS.items():
        if name in data:
            if check(data[name]):
                values[name] = data[name]
            else:
                log.warning("setting %s has a bad value %r; using the default", name, data[name])
    values["profiles"] = tuple(_profiles(data.get("profiles", [])))
    settings = Settings(**values)
    if settings.active_profile and settings.profile() is None:
        log.warning("active profile %r does not exist", settings.active_profile)
        settings = dataclasses.replace(
            settings, active_profile=settings.profiles[0].name if settings.profiles else None
        )
    return settings


def _profiles(raw: Any) -> list[Profile]:
    out: list[Profile] = []
    if not isinstance(raw, list):
        log.warning("settings: profiles is not a list; ignoring it")
        return out
    for item in raw:
        try:
            profile = Profile(
                name=str(item["name"]).strip(),
                mode=str(item["mode"]),
                base_url=str(item.get("base_url", "")),
                region=str(item.get("region", "")),
                new_layout=item.get("new_layout") is True,
            )
        except (KeyError, TypeError, AttributeError):
            log.warning("settings: skipping a damaged profile %r", item)
            continue
        if (
            profile.mode not in MODES
            or not profile.name
            or any(p.name == profile.name for p in out)
        ):
            log.warning("settings: skipping profile %r", profile.name)
            continue
        out.append(profile)
    return out


def save(path: Path, settings: Settings) -> None:
    """Write atomically: the old file stays whole until the new one is on disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = dataclasses.asdict(settings)
    data["profiles"] = [dataclasses.asdict(p) for p in settings.profiles]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = ["LANGUAGES", "MODES", "THEMES", "Profile", "Settings", "load", "save"]

"""Where the app keeps things: one object that every writer asks, so `--data-dir` (portable
mode) moves *everything* — database, inputs, settings, logs, cache and the media library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Kling Desktop"
APP_SLUG = "kling-desktop"


@dataclass(frozen=True)
class AppPaths:
    data: Path  # history.sqlite, prepared inputs
    config: Path  # settings.json
    logs: Path
    cache: Path
    default_library: Path  # where images go unless the user chose another folder
    default_video_library: Path  # where videos go unless the user chose another folder
    portable: bool = False

    @classmethod
    def for_user(cls) -> AppPaths:
        """The platform's folders for this user (e.g. ~/.local/share/kling-desktop)."""
        import platformdirs  # not needed in portable mode

        pictures = Path(platformdirs.user_pictures_dir())
        videos = Path(platformdirs.user_videos_dir())
        return cls(
            data=Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_SLUG, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_SLUG, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_SLUG, appauthor=False)),
            default_library=pictures / APP_NAME,
            default_video_library=videos / APP_NAME,
        )

    @classmethod
    def portable_in(cls, root: str | Path) -> AppPaths:
        """Everything under `root` (a USB stick, a test's temporary folder)."""
        root = Path(root).expanduser().resolve()
        return cls(
            data=root / "data",
            config=root / "config",
            logs=root / "logs",
            cache=root / "cache",
            default_library=root / "library",
            default_video_library=root / "library",
            portable=True,
        )

    @property
    def database(self) -> Path:
        return self.data / "history.sqlite"

    @property
    def inputs(self) -> Path:
        return self.data / "inputs"

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.logs, self.cache, self.inputs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

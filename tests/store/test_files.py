"""File names in the library, settings on disk, and where everything goes."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest

from kling_desktop.store import AppPaths, Profile, Settings
from kling_desktop.store import settings as settings_file
from kling_desktop.store.library import result_name, safe_name, slug, unique_path

WHEN = datetime(2026, 11, 25, 14, 32, tzinfo=UTC)


def test_result_names_are_readable():
    name = result_name(WHEN, "image", "A lighthouse at dawn, cinematic!", "7f3a9c2e", 0, "png")
    local = WHEN.astimezone().strftime("%Y-%m-%d %H.%M")
    assert name == f"{local} image - A lighthouse at dawn cinematic - 7f3a9c2e-1.png"


def test_chinese_prompts_stay_readable():
    name = result_name(WHEN, "text2video", "一只橘猫在窗台上晒太阳", "abc", 2, "mp4")
    assert "一只橘猫在窗台上晒太阳" in name and name.endswith("abc-3.mp4")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('a/b\\c:d*e?f"g<h>i|j.png', "a-b-c-d-e-f-g-h-i-j.png"),
        ("CON.png", "_CON.png"),
        ("lpt1", "_lpt1"),
        ("nul.tar.png", "_nul.tar.png"),
        ("ends with dots... .png", "ends with dots.png"),
        ("tab\tand\nnewline.mp4", "tab-and-newline.mp4"),
        ("../../etc/passwd", "..-..-etc-passwd"),
        ("", "untitled"),
        ("...", "untitled"),
    ],
)
def test_names_are_safe_everywhere(raw, expected):
    assert safe_name(raw) == expected


def test_long_names_fit_every_file_system():
    name = safe_name("猫" * 300 + ".png")
    assert len(name.encode()) <= 200
    assert name.endswith(".png")


def test_server_data_cannot_escape_the_folder():
    name = result_name(WHEN, "image", "x", "../../evil/id", 0, "png")
    assert "/" not in name and "\\" not in name


def test_slug_keeps_letters_of_any_script():
    assert slug("Ünïcödé — straße!! 東京 2026") == "Ünïcödé straße 東京 2026"
    assert len(slug("word " * 100)) <= 48


def test_unique_paths(tmp_path):
    (tmp_path / "a.png").write_bytes(b"")
    (tmp_path / "a (2).png").write_bytes(b"")
    assert unique_path(tmp_path, "a.png").name == "a (3).png"
    assert unique_path(tmp_path, "b.png").name == "b.png"


# --- settings -------------------------------------------------------------------------------


def test_defaults_when_there_is_no_file(tmp_path):
    assert settings_file.load(tmp_path / "settings.json") == Settings()


def test_settings_round_trip_atomically(tmp_path):
    path = tmp_path / "config" / "settings.json"
    settings = (
        Settings(theme="dark", language="zh_CN", jobs_together=5)
        .with_profile(Profile("My relay", "relay", "https://relay.example.com"), activate=True)
        .with_profile(
            Profile("Kling SG", "official", "https://api-singapore.klingai.com", "singapore")
        )
    )
    settings_file.save(path, settings)
    assert settings_file.load(path) == settings
    assert settings.profile().name == "My relay"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp files
    assert "sk-" not in path.read_text()


def test_damaged_settings_fall_back_with_a_warning(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    with caplog.at_level(logging.WARNING):
        assert settings_file.load(path) == Settings()
    assert "unreadable" in caplog.text


def test_one_bad_value_costs_only_itself(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "theme": "purple",
                "language": "zh_CN",
                "jobs_together": -1,
                "notifications": False,
                "profiles": [
                    {"name": "ok", "mode": "relay", "base_url": "https://r"},
                    {"name": "bad", "mode": "telepathy"},
                    "garbage",
                    {"mode": "relay"},
                ],
                "active_profile": "gone",
                "future_setting": 42,
            }
        )
    )
    with caplog.at_level(logging.WARNING):
        loaded = settings_file.load(path)
    assert loaded.theme == "system"
    assert loaded.language == "zh_CN"
    assert loaded.jobs_together == 0  # automatic
    assert loaded.notifications is False
    assert [p.name for p in loaded.profiles] == ["ok"]
    assert loaded.active_profile == "ok"
    assert "theme" in caplog.text


def test_removing_the_active_profile_activates_another():
    settings = Settings().with_profile(Profile("a", "demo")).with_profile(Profile("b", "demo"))
    assert settings.active_profile == "a"
    assert settings.without_profile("a").active_profile == "b"
    assert settings.without_profile("a").without_profile("b").active_profile is None


# --- paths ----------------------------------------------------------------------------------


def test_portable_mode_keeps_everything_under_one_folder(tmp_path):
    paths = AppPaths.portable_in(tmp_path / "stick").ensure()
    for path in (
        paths.database,
        paths.inputs,
        paths.settings,
        paths.logs,
        paths.cache,
        paths.default_library,
    ):
        assert path.is_relative_to(tmp_path / "stick")
    assert paths.portable


def test_user_paths_are_per_platform():
    paths = AppPaths.for_user()
    assert "kling-desktop" in str(paths.data)
    assert paths.default_library.name == "Kling Desktop"
    assert paths.default_video_library.name == "Kling Desktop"
    assert paths.default_video_library != paths.default_library

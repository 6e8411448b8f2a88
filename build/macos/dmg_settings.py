# dmgbuild settings: the app on the left, an arrow's worth of space, Applications on the right.
#
#     python -m dmgbuild -s build/macos/dmg_settings.py -D app="dist/Kling Desktop.app" \
#         -D icon=resources/icons/kling-desktop.icns "Kling Desktop" dist/KlingDesktop.dmg
#
# build/build.py runs this. dmgbuild executes the file with `defines` set from -D.
# ruff: noqa
import os.path

application = defines.get("app", "dist/Kling Desktop.app")  # type: ignore[name-defined]
appname = os.path.basename(application)

format = "UDZO"
filesystem = "HFS+"
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = defines.get("icon")  # type: ignore[name-defined]
icon_locations = {appname: (140, 160), "Applications": (420, 160)}
window_rect = ((200, 200), (560, 340))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 112
text_size = 13

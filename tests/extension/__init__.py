"""An operation the app does not have, added from outside the app: "dub" takes a sound (a
parameter kind the app does not know) and has a form of its own. Everything it needs is
here, declared the way the house's own operations are, and `install` registers it:

- `dub.py`: the sound kind, the files reader for its media, the operation and the
  sandbox's product;
- `dub_form.py`: the window's widget for the kind and the operation's form.

The tests beside them show it working from the window, the command line and the
history with no module of `kling_desktop` changed.
"""

from __future__ import annotations

_replaced: dict = {}


def install(*, window: bool = False) -> None:
    """Make "dub" known to this process (the window's widget too, with `window`)."""
    from kling_desktop.jobs import inputs
    from kling_desktop.operations import registry
    from kling_desktop.sandbox import products
    from tests.extension import dub

    registry.register(dub.DUB)
    try:
        _replaced["audio"] = inputs.reader("audio")  # a reader the app has, put back after
    except inputs.InputError:
        _replaced.pop("audio", None)
    inputs.register("audio", dub.SOUND_READER)
    products.register(dub.DUB_PRODUCT)
    if window:
        from kling_desktop.ui.form_fields import register_widget
        from tests.extension.dub_form import SoundField

        register_widget(dub.SOUND.name, SoundField)


def uninstall() -> None:
    from kling_desktop.jobs import inputs
    from kling_desktop.operations import registry
    from kling_desktop.sandbox import products
    from kling_desktop.ui.form_fields import WIDGETS

    registry.unregister("dub")
    inputs.unregister("audio")
    if "audio" in _replaced:
        inputs.register("audio", _replaced.pop("audio"))
    products.unregister("dub")
    WIDGETS.pop("dub_sound", None)

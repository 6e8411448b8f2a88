"""What a form asks of the window, named in one place that the forms and their fields both
read (the window fills it in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kling_desktop.catalogue import Catalogue
    from kling_desktop.store.records import OutputRecord


@dataclass(frozen=True)
class FormEnv:
    """What a form asks of the window: the connection chosen, which API standards it
    speaks, the catalogue in use, and whether this is the demo."""

    profile: Callable[[], str]
    standards: Callable[[], frozenset[str]]
    catalogue: Callable[[], Catalogue]
    demo: Callable[[], bool] = lambda: False
    #: The user's videos Kling still keeps, for a reference video: [(words, address)].
    videos: Callable[[], list[tuple[str, str]]] = lambda: []
    #: Units left in the connection's packs of a kind (video, image), if known.
    units_left: Callable[[str], float | None] = lambda pack: None
    #: The user's results of a kind Kling still keeps: [(job's prompt, result)].
    kept_outputs: Callable[[str], list[tuple[str, OutputRecord]]] = lambda media: []
    #: The user's video Kling knows by an id, with its job's prompt, if it is in the history.
    find_video: Callable[[str], tuple[str, OutputRecord] | None] = lambda video_id: None
    #: The connection's elements ready for use: [(name, element id)].
    elements: Callable[[], list[tuple[str, str]]] = lambda: []
    #: Open the Elements library.
    manage_elements: Callable[[], None] | None = None
    #: The connection's voices as last seen (Kling's and the user's): [(name, voice id)].
    voices_of_account: Callable[[], list[tuple[str, str]]] = lambda: []
    #: Open the Voices library.
    manage_voices: Callable[[], None] | None = None
    #: Send a job for a form and call back when it ends: `speak(request, done)` runs
    #: `request` (a Speech job, in the history like any other), then
    #: `done(result or None, why not or "")` on the GUI thread.
    run_for_form: Callable[[Any, Callable[[Any, str], None]], None] | None = None
    #: The connection's Kling client, for a form's own request before the job (lip-sync's
    #: search for faces); blocking: call it off the GUI thread.
    client: Callable[[], Any] | None = None

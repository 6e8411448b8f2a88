"""The composition root: paths, settings, keys, history, demo sandbox, clients and engine,
built once per process (window, command line or self-test) from one data folder.

Building one is cheap: the settings are read at once, the history database is opened on
first use (`open()`, or the first look at `db` / `history`), and the keyring, HTTP and job
code are imported when first needed. So the window can paint its first frame before any
of it is loaded."""

from __future__ import annotations

import dataclasses
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kling_desktop.store import settings as settings_file
from kling_desktop.store.paths import AppPaths
from kling_desktop.store.records import DEMO_PROFILE
from kling_desktop.text import tr

if TYPE_CHECKING:
    from kling_desktop.api import Connection
    from kling_desktop.catalogue import Catalogue
    from kling_desktop.jobs.clients import ClientPool
    from kling_desktop.jobs.elements import Elements
    from kling_desktop.jobs.engine import Engine
    from kling_desktop.jobs.retirements import Retirements
    from kling_desktop.jobs.steps import Pacing, Steps
    from kling_desktop.jobs.voices import Voices
    from kling_desktop.sandbox import Sandbox, Timings
    from kling_desktop.store import (
        CredentialStore,
        Database,
        History,
        KeyringStatus,
        Profile,
        Secret,
        Settings,
    )

log = logging.getLogger("kling_desktop")


class AppContext:
    """Everything a process of the app needs, wired together. Close it when done."""

    def __init__(
        self,
        paths: AppPaths,
        *,
        demo: bool = False,
        credentials: CredentialStore | None = None,
        pacing: Pacing | None = None,
        demo_timings: Timings | None = None,
    ) -> None:
        self.paths = paths.ensure()
        self.settings: Settings = settings_file.load(paths.settings)
        self._credentials = credentials
        self._db: Database | None = None
        self._history: History | None = None
        self.force_demo = demo
        self._demo_timings = demo_timings
        self._sandbox: Sandbox | None = None
        self._pacing = pacing
        self._pool: ClientPool | None = None
        self._elements: Elements | None = None
        self._voices: Voices | None = None
        self._retirements: Retirements | None = None
        self.engine: Engine | None = None
        self._catalogue: Catalogue | None = None
        self._retire_lock = threading.Lock()
        self._accounts = None
        self.catalogue_problem = None  # why a newer model list was not used, if it was not

    def open(self) -> History:
        """Open the history database (once); raises `StoreError` with words for the user."""
        if self._history is None:
            from kling_desktop.store.db import Database
            from kling_desktop.store.history import History

            self._db = Database(self.paths.database)
            self._history = History(self._db, self.paths.inputs)
        return self._history

    @property
    def db(self) -> Database:
        self.open()
        return self._db

    @property
    def history(self) -> History:
        return self.open()

    def catalogue(self) -> Catalogue:
        """The model catalogue: the app's own, or a newer one placed in the data folder
        (read once, checked, and used only if it is valid and not older)."""
        if self._catalogue is None:
            from kling_desktop import catalogue

            chosen, problem = catalogue.newest(self.paths.data / catalogue.FILE_NAME)
            chosen = self.retirements.applied(chosen)
            catalogue.install(chosen)
            self._catalogue, self.catalogue_problem = chosen, problem
        return self._catalogue

    @property
    def retirements(self) -> Retirements:
        """The models Kling has said are gone, remembered in the data folder."""
        if self._retirements is None:
            from kling_desktop.jobs.retirements import Retirements

            self._retirements = Retirements(self.paths.data / "retired-models.json")
        return self._retirements

    def retire_model(self, operation: str, model_id: str) -> None:
        """Kling answered that `model_id` is gone: the catalogue in use (and every later
        start) treats it as retired. Called on a worker thread."""
        from datetime import date

        from kling_desktop import catalogue

        with self._retire_lock:
            self.retirements.remember(operation, model_id)
            updated = self.catalogue().retire(operation, model_id, date.today())
            catalogue.install(updated)
            self._catalogue = updated

    def use_catalogue(self, chosen: Catalogue) -> None:
        """Use `chosen` from now on (a newer list was fetched)."""
        from kling_desktop import catalogue

        chosen = self.retirements.applied(chosen)
        catalogue.install(chosen)
        self._catalogue = chosen

    def update_catalogue(self):
        """Fetch the model list from the address in Settings and keep it if it is valid and
        newer (blocking: call it off the GUI thread). Returns a `CatalogueUpdate`."""
        from kling_desktop import catalogue
        from kling_desktop.jobs.catalogue_update import CatalogueUpdate, update

        url = self.settings.catalogue_url
        if not url:
            return CatalogueUpdate(None, None)
        return update(url, self.catalogue(), self.paths.data / catalogue.FILE_NAME)

    @property
    def accounts(self):
        """The last reading of each connection's account (units left), read at most once
        a minute."""
        if self._accounts is None:
            from kling_desktop.jobs.account import AccountReader

            self._accounts = AccountReader()
        return self._accounts

    def read_account(self, profile_name: str, *, force: bool = False):
        """The account of `profile_name` (blocking: off the GUI thread). The demo's own
        sandbox has packs too."""
        return self.accounts.read(profile_name, self.pool(profile_name), force=force)

    def standards(self, profile_name: str) -> frozenset[str]:
        """The API standards a connection speaks, from its settings alone (no key is read:
        the window asks this while the user types)."""
        from kling_desktop.api.standards import LEGACY, NEW

        profile = self.settings.profile(profile_name)
        if profile_name == DEMO_PROFILE or profile is None or profile.mode in ("demo", "api_key"):
            return frozenset((LEGACY, NEW))
        if profile.mode == "relay" and profile.new_layout:
            return frozenset((LEGACY, NEW))
        return frozenset((LEGACY,))

    @property
    def credentials(self) -> CredentialStore:
        if self._credentials is None:
            from kling_desktop.store.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    @property
    def pool(self) -> ClientPool:
        """One HTTP client per connection, shared by the engine's workers."""
        if self._pool is None:
            from kling_desktop.jobs.clients import ClientPool

            self._pool = ClientPool(self.connection_for)
        return self._pool

    @property
    def voices(self) -> Voices:
        """The connection's voices (Kling's and the user's): as last seen, and the work."""
        if self._voices is None:
            from kling_desktop.jobs.voices import Voices

            self._voices = Voices(self.paths.cache, self.pool)
        return self._voices

    @property
    def elements(self) -> Elements:
        """The account's elements: as last seen (offline), and the work on them."""
        if self._elements is None:
            from kling_desktop.jobs.elements import Elements
            from kling_desktop.store.elements import ElementShelf

            self._elements = Elements(ElementShelf(self.db), self.pool)
        return self._elements

    def make_steps(self) -> Steps:
        from kling_desktop.jobs.steps import Steps

        self.catalogue()  # the requests the steps send are checked against it

        return Steps(
            self.history,
            self.pool,
            self.library_folder,
            self._pacing,
            on_retired=self.retire_model,
        )

    @property
    def steps(self) -> Steps:
        return self.create_engine().steps

    @property
    def demo(self) -> bool:
        """Demo mode: asked for, chosen, or no connection configured yet."""
        profile = self.settings.profile()
        return self.force_demo or profile is None or profile.mode == "demo"

    @property
    def active_profile(self) -> str:
        profile = self.settings.profile()
        if self.force_demo or profile is None:
            return DEMO_PROFILE
        return profile.name

    def add_profile(self, profile: Profile, secret: Secret | None) -> KeyringStatus | None:
        """Save a connection (its key in the keyring) and make it the active one."""
        status = self.credentials.save(profile.name, secret) if secret else None
        self._save_settings(self.settings.with_profile(profile, activate=True))
        self._forget_connection(profile.name)
        return status

    def edit_profile(
        self, old_name: str, profile: Profile, secret: Secret | None
    ) -> KeyringStatus | None:
        """Change a connection in place: its name, address or key (`secret` None keeps the
        saved key, under the new name if it was renamed). It stays where it was in the
        list, and stays the active one if it was. Jobs already recorded keep the name
        they were made with, so a connection with jobs in flight is not renamed."""
        if profile.name != old_name and old_name in self.running_profiles():
            raise ValueError(f"{old_name!r} has jobs in flight")
        status = None
        if secret is None and profile.name != old_name:
            secret = self.credentials.load(old_name)
        if secret is not None:
            status = self.credentials.save(profile.name, secret)
        if profile.name != old_name:
            self.credentials.delete(old_name)
        profiles = tuple(
            profile if p.name == old_name else p
            for p in self.settings.profiles
            if p.name != profile.name or p.name == old_name
        )
        active = self.settings.active_profile
        self._save_settings(
            dataclasses.replace(
                self.settings,
                profiles=profiles,
                active_profile=profile.name if active == old_name else active,
            )
        )
        self._forget_connection(old_name)
        self._forget_connection(profile.name)
        return status

    def running_profiles(self) -> set[str]:
        """Connections with jobs not yet ended (in this session's engine)."""
        return self.engine.profiles_in_flight() if self.engine is not None else set()

    def switch_profile(self, name: str) -> None:
        self._save_settings(dataclasses.replace(self.settings, active_profile=name))

    def remove_profile(self, name: str) -> None:
        self.credentials.delete(name)
        self._save_settings(self.settings.without_profile(name))
        self._forget_connection(name)

    def update_settings(self, new: Settings) -> None:
        """Keep and save settings changed by the user (connections stay as they were)."""
        self._save_settings(
            dataclasses.replace(
                new, profiles=self.settings.profiles, active_profile=self.settings.active_profile
            )
        )

    def _save_settings(self, new: Settings) -> None:
        self.settings = new
        self.force_demo = False
        settings_file.save(self.paths.settings, new)

    def library_folder(self, media: str = "image") -> Path:
        """Where results of `media` ("image", "video" or "audio") are saved: sound goes
        with the videos, next to the video it was made for."""
        if self.settings.library_folder:
            return Path(self.settings.library_folder).expanduser()
        if media in ("video", "audio"):
            return self.paths.default_video_library
        return self.paths.default_library

    def sandbox(self) -> Sandbox:
        """The in-app Kling sandbox for demo mode, started on first use."""
        if self._sandbox is None:
            from kling_desktop.sandbox import Sandbox, Timings

            self._sandbox = Sandbox(
                timings=self._demo_timings or Timings.demo(),
                state_file=self.paths.data / "demo-sandbox.json",
            ).start()
        return self._sandbox

    def connection_for(self, profile_name: str) -> Connection:
        """How to reach Kling for `profile_name` (called on worker threads)."""
        from kling_desktop.api.connection import Connection
        from kling_desktop.api.errors import ConnectionConfigError
        from kling_desktop.logs import register_secret

        profile = self.settings.profile(profile_name)
        if profile_name == DEMO_PROFILE or (profile is not None and profile.mode == "demo"):
            sandbox = self.sandbox()  # speaks both of Kling's API standards
            return Connection.relay(sandbox.url, sandbox.relay_key, new_layout=True)
        if profile is None:
            raise ConnectionConfigError(
                tr(
                    "The connection “{name}” no longer exists. Choose another one.",
                    name=profile_name,
                )
            )
        secret = self.credentials.load(profile.name)
        if secret is None:
            raise ConnectionConfigError(
                tr(
                    "No key is saved for the connection “{name}”. Enter it in the connection "
                    "settings.",
                    name=profile.name,
                )
            )
        for value in (secret.api_key, secret.secret_key):
            register_secret(value)
        if profile.mode == "relay":
            return Connection.relay(profile.base_url, secret.api_key, new_layout=profile.new_layout)
        if profile.mode == "api_key":
            return Connection.api_key(profile.base_url, secret.api_key)
        return Connection.official(profile.base_url, secret.access_key, secret.secret_key)

    def create_engine(self, threads: int = 3) -> Engine:
        """The engine, not yet started (cheap: the window can be shown first)."""
        if self.engine is None:
            from kling_desktop.jobs.engine import Engine
            from kling_desktop.jobs.slots import Slots

            slots = Slots(
                fixed=lambda _profile: self.settings.jobs_together,
                told=self._pack_slots,
            )
            self.engine = Engine(self.make_steps, pool=self.pool, threads=threads, slots=slots)
        return self.engine

    def _forget_connection(self, name: str) -> None:
        """The connection changed or went: its client, and what was learned of its slots."""
        self.pool.forget(name)
        if self.engine is not None:
            self.engine.slots.forget(name)

    def _pack_slots(self, profile: str, pack: str) -> int | None:
        """Tasks at once the connection's packs of `pack` allow, as last read (if read)."""
        if self._accounts is None:
            return None
        reading = self._accounts.last(profile)
        account = reading.account if reading is not None else None
        return account.slots(pack) if account is not None else None

    def start_engine(self, *, resume: bool = True, threads: int = 3) -> Engine:
        engine = self.create_engine(threads)
        if not engine.started:
            engine.start(resume=resume)
        return engine

    def close(self, timeout: float = 0.8) -> bool:
        """Stop the engine and the sandbox; True if every worker stopped in time."""
        stopped = True
        if self.engine is not None:
            stopped = self.engine.shutdown(timeout)
        if self._sandbox is not None:
            self._sandbox.stop()
        if stopped and self._db is not None:
            self._db.close()
        return stopped

"""Local storage: the SQLite history, the media library's file names, credentials in the
OS keyring, and settings. No Qt here: it is tested as plain Python."""

from kling_desktop.store.credentials import CredentialStore, KeyringStatus, Secret
from kling_desktop.store.db import (
    Database,
    DatabaseTooNewError,
    DiskFullError,
    OpenReport,
    ReadOnlyError,
    StoreError,
)
from kling_desktop.store.history import (
    Filter,
    History,
    InputRecord,
    JobRecord,
    JobStatus,
    NewInput,
    NewJob,
    NewOutput,
    OutputRecord,
)
from kling_desktop.store.paths import AppPaths
from kling_desktop.store.settings import Profile, Settings

__all__ = [
    "AppPaths",
    "CredentialStore",
    "Database",
    "DatabaseTooNewError",
    "DiskFullError",
    "Filter",
    "History",
    "InputRecord",
    "JobRecord",
    "JobStatus",
    "KeyringStatus",
    "NewInput",
    "NewJob",
    "NewOutput",
    "OpenReport",
    "OutputRecord",
    "Profile",
    "ReadOnlyError",
    "Secret",
    "Settings",
    "StoreError",
]

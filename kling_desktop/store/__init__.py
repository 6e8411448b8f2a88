"""Local storage: the SQLite history, the media library's file names, credentials in the
OS keyring, and settings. No Qt here: it is tested as plain Python."""

# Names load on first use (PEP 562): the window's first frame needs the paths, the
# settings and the history, not the keyring code.
from kling_desktop._lazy import loader

_WHERE = {
    "AppPaths": "kling_desktop.store.paths",
    "BusyError": "kling_desktop.store.db",
    "CredentialStore": "kling_desktop.store.credentials",
    "DamagedError": "kling_desktop.store.db",
    "Database": "kling_desktop.store.db",
    "DatabaseTooNewError": "kling_desktop.store.db",
    "DiskFullError": "kling_desktop.store.db",
    "Filter": "kling_desktop.store.records",
    "History": "kling_desktop.store.history",
    "InputRecord": "kling_desktop.store.records",
    "JobRecord": "kling_desktop.store.records",
    "JobStatus": "kling_desktop.store.records",
    "KeyringStatus": "kling_desktop.store.credentials",
    "Link": "kling_desktop.store.records",
    "NewInput": "kling_desktop.store.records",
    "NewJob": "kling_desktop.store.records",
    "NewOutput": "kling_desktop.store.records",
    "OpenReport": "kling_desktop.store.db",
    "OutputRecord": "kling_desktop.store.records",
    "Profile": "kling_desktop.store.settings",
    "ReadOnlyError": "kling_desktop.store.db",
    "Secret": "kling_desktop.store.credentials",
    "Settings": "kling_desktop.store.settings",
    "StoreError": "kling_desktop.store.db",
}

__getattr__ = loader("kling_desktop.store", _WHERE, globals())
__all__ = sorted(_WHERE)

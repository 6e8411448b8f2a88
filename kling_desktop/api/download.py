"""The one checked, bounded, streaming GET of the app: result files (public addresses: no
key is ever sent) and small files such as a model list. Every hop of a redirect is held to
the rules of the address itself (https, or this computer); the size is bounded while the
bytes arrive; the bytes must be what was expected (a picture, a video, a sound) and whole.
A file is written beside its place, fsynced and renamed in, so a failed download leaves
nothing behind and a crash leaves only a `.part` file to sweep.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import httpx

from kling_desktop import __version__
from kling_desktop.api import filetypes
from kling_desktop.api.connection import check_url
from kling_desktop.api.errors import (
    DownloadError,
    DownloadTooLargeError,
    KlingError,
    NetworkError,
    OperationCancelled,
    RedirectRefusedError,
    ResultExpiredError,
    SaveError,
    UnexpectedContentError,
    error_for,
)
from kling_desktop.api.http import network_error, retry_after_of
from kling_desktop.text import tr

ProgressCallback = Callable[[int, int | None], None]
PARTIAL_SUFFIX = ".part"  # a download in progress: `.<name>.<random>.part` beside the file
MAX_REDIRECTS = 5


class Downloader:
    """Fetches files by address for one purpose (`what` names its addresses in
    sentences: "result address"). Safe to share between threads; every wait ends when
    `cancel` is set."""

    def __init__(
        self,
        *,
        what: str,
        timeout: httpx.Timeout | float = 30.0,
        cancel: threading.Event | None = None,
    ) -> None:
        self.what = what
        self.cancel = cancel or threading.Event()

        def check_hop(request: httpx.Request) -> None:
            _check_hop(request, what)

        self._http = httpx.Client(
            timeout=timeout,
            headers={"User-Agent": f"KlingDesktop/{__version__}"},
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            verify=True,
            event_hooks={"request": [check_hop]},
        )

    def close(self) -> None:
        self._http.close()

    def save(
        self,
        url: str,
        dest: Path,
        *,
        max_bytes: int,
        progress: ProgressCallback | None = None,
        accepted: tuple[str, ...],
    ) -> Path:
        """Save the file at `url` as `dest` (one attempt): written beside it, checked to be
        one of the `accepted` file types and whole, fsynced, then renamed in."""
        check_url(url, what=self.what)
        return self._save(url, dest, max_bytes, progress, accepted)

    def read(self, url: str, *, max_bytes: int) -> bytes:
        """The body at `url`, whatever it is, in memory (a small file)."""
        check_url(url, what=self.what)
        chunks = _Chunks()
        self._stream(url, chunks, max_bytes, None, None)
        return chunks.data

    def _save(
        self,
        url: str,
        dest: Path,
        max_bytes: int,
        progress: ProgressCallback | None,
        accepted: tuple[str, ...],
    ) -> Path:
        if self.cancel.is_set():
            raise OperationCancelled()
        try:
            fd, tmp_name = tempfile.mkstemp(
                dir=dest.parent, prefix=f".{dest.name}.", suffix=PARTIAL_SUFFIX
            )
        except OSError as exc:
            raise SaveError.of(exc) from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                head = self._stream(url, out, max_bytes, progress, accepted)
                out.flush()
                os.fsync(out.fileno())
            kind = filetypes.sniff(head)
            if kind is None or not filetypes.is_complete(tmp, kind):
                raise NetworkError(
                    tr("The download was cut short. The app will try again."), request_sent=True
                )
            # mkstemp made it private (0600); a result is an ordinary file of the user's.
            os.chmod(tmp, 0o666 & ~_UMASK)
            os.replace(tmp, dest)
            _fsync_dir(dest.parent)
            return dest
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise SaveError.of(exc) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _stream(
        self,
        url: str,
        out: BinaryIO | _Chunks,
        max_bytes: int,
        progress: ProgressCallback | None,
        accepted: tuple[str, ...] | None,
    ) -> bytes:
        too_large = DownloadTooLargeError(
            tr("The result file is larger than the {mb} MB limit.", mb=max_bytes // 2**20)
        )
        try:
            with self._http.stream("GET", url) as response:
                status = response.status_code
                if status in (403, 404, 410):
                    raise ResultExpiredError(
                        tr(
                            "The server no longer has this result (HTTP {status}). Kling "
                            "deletes results after 30 days.",
                            status=status,
                        ),
                        http_status=status,
                    )
                if status >= 400:
                    err = error_for(status, None, None, retry_after=retry_after_of(response))
                    raise err if err.retryable else DownloadError(err.message, http_status=status)
                length = _int(response.headers.get("content-length"))
                if length is not None and length > max_bytes:
                    raise too_large
                head = b""
                received = 0
                for chunk in response.iter_bytes(64 * 1024):
                    if self.cancel.is_set():
                        raise OperationCancelled()
                    received += len(chunk)
                    if received > max_bytes:
                        raise too_large
                    if len(head) < 16:
                        head += chunk[:16]
                        if len(head) >= 16 and not _expected(head, accepted):
                            raise _wrong_content(head)
                    out.write(chunk)
                    if progress:
                        progress(received, length)
        except httpx.TooManyRedirects as exc:
            raise DownloadError(
                tr("The address redirects too many times ({what}).", what=self.what)
            ) from exc
        except httpx.HTTPError as exc:
            raise network_error(exc) from exc
        if not _expected(head, accepted):
            raise _wrong_content(head)
        return head


def fetch(url: str, *, max_bytes: int = 2 << 20, timeout: float = 20.0) -> bytes:
    """The model list a user points the app at: a small file over HTTPS, no key sent, or a
    `KlingError` that says why not in the model list's words."""
    downloader = Downloader(what=str(tr("model list address")), timeout=timeout)
    try:
        return downloader.read(url, max_bytes=max_bytes)
    except DownloadTooLargeError as exc:
        raise DownloadTooLargeError(
            tr("The model list is larger than {mb} MB; it was not used.", mb=max_bytes >> 20)
        ) from exc
    except (ResultExpiredError, DownloadError) as exc:
        if exc.http_status is None:
            raise
        raise DownloadError(
            tr("The model list could not be fetched (HTTP {status}).", status=exc.http_status),
            http_status=exc.http_status,
        ) from exc
    finally:
        downloader.close()


class _Chunks:
    """A small body kept in memory (`read`)."""

    def __init__(self) -> None:
        self.data = b""

    def write(self, chunk: bytes) -> None:
        self.data += chunk


def _expected(head: bytes, accepted: tuple[str, ...] | None) -> bool:
    return accepted is None or filetypes.sniff(head) in accepted


def _check_hop(request: httpx.Request, what: str) -> None:
    """Refuse a result download (or a redirect on its way) that leaves https, except to
    this computer."""
    url = str(request.url)
    try:
        check_url(url, what=what)
    except KlingError as exc:
        raise RedirectRefusedError(
            tr(
                "The result's address led to {url}, which the app does not download from ({why}).",
                url=url[:200],
                why=exc.message,
            )
        ) from None


def _read_umask() -> int:
    mask = os.umask(0o022)  # read it the only way there is, and put it back at once
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # at import, before any worker thread creates files


def _wrong_content(head: bytes) -> UnexpectedContentError:
    """What arrived is not the media expected. A page or bytes that are no media at all
    (a CDN's or a proxy's error page, a cut answer) is a passing fault, tried again; a
    picture where a video was expected will not change, and is not."""
    error = UnexpectedContentError(
        tr("The server sent something that is not the expected picture, video or sound.")
    )
    error.retryable = filetypes.sniff(head) is None
    return error


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""Fetching a small file over HTTPS (the model catalogue a user points the app at): no key
is sent, the size is bounded, and every redirect is checked like the address itself."""

from __future__ import annotations

import httpx

from kling_desktop import __version__
from kling_desktop.api.client import network_error
from kling_desktop.api.connection import check_url
from kling_desktop.api.errors import DownloadError, DownloadTooLargeError
from kling_desktop.text import tr

MAX_REDIRECTS = 5


def fetch(url: str, *, max_bytes: int = 2 << 20, timeout: float = 20.0) -> bytes:
    """The body at `url`, or a `KlingError` that says why not."""
    what = str(tr("model list address"))
    current = check_url(url, what=what)
    headers = {"User-Agent": f"KlingDesktop/{__version__}"}
    with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as http:
        for _ in range(MAX_REDIRECTS + 1):
            try:
                with http.stream("GET", current) as response:
                    if response.is_redirect:
                        target = response.headers.get("location", "")
                        current = check_url(str(response.url.join(target)), what=what)
                        continue
                    if response.status_code != 200:
                        raise DownloadError(
                            tr(
                                "The model list could not be fetched (HTTP {status}).",
                                status=response.status_code,
                            ),
                            http_status=response.status_code,
                        )
                    data = b""
                    for chunk in response.iter_bytes():
                        data += chunk
                        if len(data) > max_bytes:
                            raise DownloadTooLargeError(
                                tr(
                                    "The model list is larger than {mb} MB; it was not used.",
                                    mb=max_bytes >> 20,
                                )
                            )
                    return data
            except httpx.HTTPError as exc:
                raise network_error(exc) from exc
    raise DownloadError(tr("The model list address redirects too many times."))

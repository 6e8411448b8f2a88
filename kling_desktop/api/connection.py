"""How to reach Kling: through a relay with its static key, or the official API with a
Kling API key (static) or with an access key and secret key (a signed JWT).

A `Connection` knows the base URL, which API standards it can speak, builds endpoint URLs,
and produces the `Authorization` header. Its secrets never appear in `repr()`, `str()` or
exceptions.
"""

from __future__ import annotations

import ipaddress
import re
import threading
import time
import unicodedata
import warnings
from collections.abc import Callable
from urllib.parse import quote, urlsplit

import jwt

from kling_desktop.api.errors import ConnectionConfigError
from kling_desktop.api.task import LEGACY, NEW
from kling_desktop.text import Message, tr

#: Official API hosts by region. Users may also type their own.
REGIONS = {
    "singapore": "https://api-singapore.klingai.com",
    "beijing": "https://api-beijing.klingai.com",
    "global": "https://api.klingai.com",
}

TOKEN_LIFETIME = 1800  # seconds, the `exp` Kling expects
TOKEN_RENEW_AFTER = 25 * 60  # a cached token older than this is never sent
TOKEN_NOT_BEFORE_SKEW = 5

# The secret key's length is Kling's choice, not the user's: PyJWT's advice is noise here.
if hasattr(jwt, "InsecureKeyLengthWarning"):
    warnings.filterwarnings("ignore", category=jwt.InsecureKeyLengthWarning)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, what: str = "server address") -> str:
    """Return `url` without a trailing slash, or refuse it in words.

    Parsed strictly: no spaces or control characters, no user name or password (it would
    be saved in the settings file), a valid host name or IP address, a valid port, and
    TLS (plain http is allowed only to this computer, for the local sandbox).
    """
    if not isinstance(url, str):
        raise ConnectionConfigError(tr("The {what} must be text.", what=what))
    url = url.strip()

    def refuse(why: Message) -> ConnectionConfigError:
        return ConnectionConfigError(
            tr("The {what} “{url}” cannot be used: {why}", what=what, url=url, why=why)
        )

    if any(c.isspace() or not c.isprintable() for c in url):
        raise refuse(tr("it contains a space or an invisible character."))
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise refuse(tr("it is not a valid web address.")) from None
    if parts.scheme not in ("https", "http") or not host:
        raise ConnectionConfigError(
            tr(
                "The {what} “{url}” is not a web address. It should look like "
                "https://api.example.com",
                what=what,
                url=url,
            )
        )
    if parts.username is not None or parts.password is not None:
        raise refuse(tr("a web address here must not contain a user name or password."))
    if not _valid_host(host):
        raise refuse(tr("“{host}” is not a valid server name.", host=host))
    if parts.scheme == "http" and not is_loopback(host):
        raise ConnectionConfigError(
            tr(
                "The {what} must start with https:// so your key travels encrypted "
                "(plain http is allowed only to this computer).",
                what=what,
            )
        )
    return url.rstrip("/")


_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)\Z", re.IGNORECASE)


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return len(ascii_host) <= 253 and all(_LABEL.match(label) for label in labels)


#: The longest key taken (Kling's keys and secrets are tens of characters; a relay's token
#: a few hundred): anything longer is something else pasted by mistake.
MAX_KEY_LENGTH = 4096


def check_key(value: object, what: str) -> str:
    """A key as pasted, without the spaces around it; refused in words if it holds a
    character no key has (a space, a line break, an invisible or non-ASCII character),
    naming the character and where it is."""
    if not isinstance(value, str):
        raise ConnectionConfigError(tr("The {what} must be text.", what=what))
    key = value.strip()
    if len(key) > MAX_KEY_LENGTH:
        raise ConnectionConfigError(
            tr(
                "The {what} is {n} characters long; keys are at most {limit}. Copy only the "
                "key itself.",
                what=what,
                n=len(key),
                limit=MAX_KEY_LENGTH,
            )
        )
    for position, char in enumerate(key, start=1):
        if "!" <= char <= "~":
            continue
        raise ConnectionConfigError(
            tr(
                "The {what} contains {char} (character {position}). Keys are made of "
                "letters, digits and signs only: copy it again from where you got it.",
                what=what,
                char=describe_char(char),
                position=position,
            )
        )
    return key


def describe_char(char: str) -> Message:
    code = f"U+{ord(char):04X}"
    if char == " ":
        return tr("a space")
    if char in "\r\n":
        return tr("a line break")
    if char == "\t":
        return tr("a tab")
    if not char.isprintable() or unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp"):
        return tr("an invisible character ({code})", code=code)
    return tr("“{char}” ({code}), which is not a plain letter", char=char, code=code)


def _strip_suffixes(url: str, suffixes: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if url.lower().endswith(suffix):
                url = url[: -len(suffix)].rstrip("/")
                changed = True
    return url


class Connection:
    """The base URL, the path layout, and the credentials for one Kling account.

    Build one with `Connection.relay(...)`, `Connection.api_key(...)` (a Kling API key) or
    `Connection.official(...)` (access key and secret key).
    """

    RELAY = "relay"
    API_KEY = "api_key"  # the official API with a Kling API key
    OFFICIAL = "official"  # the official API with an access key and a secret key

    def __init__(
        self,
        mode: str,
        base_url: str,
        *,
        api_key: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        new_layout: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.mode = mode
        self.base_url = base_url
        self.new_layout = new_layout
        self._api_key = api_key
        self._access_key = access_key
        self._secret_key = secret_key
        self._clock = clock
        self._token: str | None = None
        self._token_issued = 0.0
        self._lock = threading.Lock()

    @classmethod
    def relay(cls, base_url: str, api_key: str, *, new_layout: bool = False) -> Connection:
        """A relay: paths under `<base_url>/kling/...`, `Authorization: Bearer <key>`.

        A relay speaks Kling's legacy standard (`/kling/v1/...`); `new_layout` says it also
        forwards the new one (`/kling/text-to-video/...`, `/kling/tasks`). A pasted URL that
        already ends in `/kling` or `/kling/v1` is accepted as well.
        """
        if not api_key or not str(api_key).strip():
            raise ConnectionConfigError(tr("Enter the relay's API key."))
        key = check_key(api_key, tr("relay's API key"))
        url = _strip_suffixes(check_url(base_url), ("/v1", "/kling"))
        return cls(cls.RELAY, url, api_key=key, new_layout=new_layout)

    @classmethod
    def api_key(cls, base_url: str = REGIONS["singapore"], key: str = "") -> Connection:
        """The official API with a Kling API key (`Authorization: Bearer <key>`): both
        standards, every endpoint."""
        if not key or not str(key).strip():
            raise ConnectionConfigError(tr("Enter your Kling API key."))
        key = check_key(key, tr("Kling API key"))
        url = _strip_suffixes(check_url(base_url), ("/v1",))
        return cls(cls.API_KEY, url, api_key=key)

    @classmethod
    def official(
        cls,
        base_url: str = REGIONS["singapore"],
        access_key: str = "",
        secret_key: str = "",
        *,
        clock: Callable[[], float] = time.time,
    ) -> Connection:
        """The official API: paths under `<base_url>/v1/...`, an HS256 JWT signed with the
        secret key (`iss` = access key, `exp` = now + 1800 s, `nbf` = now - 5 s)."""
        if not str(access_key or "").strip() or not str(secret_key or "").strip():
            raise ConnectionConfigError(tr("Enter both the access key and the secret key."))
        access_key = check_key(access_key, tr("access key"))
        secret_key = check_key(secret_key, tr("secret key"))
        url = _strip_suffixes(check_url(base_url), ("/v1",))
        return cls(cls.OFFICIAL, url, access_key=access_key, secret_key=secret_key, clock=clock)

    @property
    def standards(self) -> frozenset[str]:
        """The API standards this connection can speak: access keys only the legacy one
        (Kling refuses them on the new one), a relay the new one too if it forwards it."""
        if self.mode == self.API_KEY or (self.mode == self.RELAY and self.new_layout):
            return frozenset((LEGACY, NEW))
        return frozenset((LEGACY,))

    def url(self, path: str) -> str:
        """Full URL of an API path below the API root, e.g. `v1/videos/text2video`,
        `text-to-video/kling-3.0`, `tasks` or `account/costs`."""
        prefix = "/kling/" if self.mode == self.RELAY else "/"
        return f"{self.base_url}{prefix}{path.lstrip('/')}"

    def task_url(self, path: str, task_id: str) -> str:
        """URL of one task; the id is opaque server data, so it is escaped."""
        return self.url(f"{path}/{quote(str(task_id), safe='')}")

    def authorization(self, *, renew: bool = False) -> str:
        """The `Authorization` header value. `renew=True` forces a fresh JWT."""
        if self.mode != self.OFFICIAL:
            return f"Bearer {self._api_key}"
        with self._lock:
            now = self._clock()
            if renew or self._token is None or now - self._token_issued >= TOKEN_RENEW_AFTER:
                self._token = jwt.encode(
                    {
                        "iss": self._access_key,
                        "exp": int(now) + TOKEN_LIFETIME,
                        "nbf": int(now) - TOKEN_NOT_BEFORE_SKEW,
                    },
                    self._secret_key,
                    algorithm="HS256",
                    headers={"typ": "JWT"},
                )
                self._token_issued = now
            return f"Bearer {self._token}"

    def secrets(self) -> tuple[str, ...]:
        """Every secret this connection holds, for log redaction."""
        values = (self._api_key, self._secret_key, self._token)
        return tuple(v for v in values if v)

    def __repr__(self) -> str:
        return f"Connection(mode={self.mode!r}, base_url={self.base_url!r})"

    @property
    def signs_tokens(self) -> bool:
        """Whether the Authorization header is a JWT this app signs (access keys)."""
        return self.mode == self.OFFICIAL

    __str__ = __repr__

    def __reduce__(self):  # never let a pickle carry the keys somewhere
        raise TypeError("Connection objects hold secrets and cannot be pickled")

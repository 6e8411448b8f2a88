"""The Kling client, shared by the app and by scripts. It imports no Qt, and knows
Kling's two API standards but no particular operation or model (see
`kling_desktop.operations` and `kling_desktop.catalogue` for those).

Typical use::

    from kling_desktop.api import Connection, KlingClient
    from kling_desktop.operations import Request

    with KlingClient(Connection.api_key(key=key)) as client:
        task = client.submit(Request("image", prompt="a lighthouse at dawn", n=2))
        while not (task := client.get(task)).finished:
            time.sleep(2)
        for result in task.results:
            client.download(result.url, f"out-{result.index}.png", max_bytes=50 << 20)
"""

# Names load on first use (PEP 562): the app's window paints before httpx, PyJWT and
# tenacity are imported, and scripts still write `from kling_desktop.api import KlingClient`.
from kling_desktop._lazy import loader

_WHERE = {
    "AccountError": "kling_desktop.api.errors",
    "AuthenticationError": "kling_desktop.api.errors",
    "ConcurrencyLimitError": "kling_desktop.api.errors",
    "Call": "kling_desktop.api.task",
    "Connection": "kling_desktop.api.connection",
    "ConnectionConfigError": "kling_desktop.api.errors",
    "NotKlingError": "kling_desktop.api.errors",
    "ContentPolicyError": "kling_desktop.api.errors",
    "DownloadError": "kling_desktop.api.errors",
    "DownloadTooLargeError": "kling_desktop.api.errors",
    "InvalidRequestError": "kling_desktop.api.errors",
    "KlingClient": "kling_desktop.api.client",
    "KlingError": "kling_desktop.api.errors",
    "LEGACY": "kling_desktop.api.task",
    "ModelUnavailableError": "kling_desktop.api.errors",
    "NEW": "kling_desktop.api.task",
    "NetworkError": "kling_desktop.api.errors",
    "NotFoundError": "kling_desktop.api.errors",
    "OperationCancelled": "kling_desktop.api.errors",
    "PermissionDeniedError": "kling_desktop.api.errors",
    "Problem": "kling_desktop.api.errors",
    "REGIONS": "kling_desktop.api.connection",
    "RateLimitError": "kling_desktop.api.errors",
    "RedirectRefusedError": "kling_desktop.api.errors",
    "ResultExpiredError": "kling_desktop.api.errors",
    "SaveError": "kling_desktop.api.errors",
    "RetryPolicy": "kling_desktop.api.retry",
    "ServerError": "kling_desktop.api.errors",
    "SubmitUncertainError": "kling_desktop.api.errors",
    "Task": "kling_desktop.api.task",
    "TaskRef": "kling_desktop.api.task",
    "TaskResult": "kling_desktop.api.task",
    "TaskStatus": "kling_desktop.api.task",
    "TlsError": "kling_desktop.api.errors",
    "UnexpectedContentError": "kling_desktop.api.errors",
    "UnexpectedResponseError": "kling_desktop.api.errors",
    "ValidationError": "kling_desktop.api.errors",
}


__getattr__ = loader("kling_desktop.api", _WHERE, globals())
__all__ = sorted(_WHERE)

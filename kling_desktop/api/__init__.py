"""The Kling API client, shared by the app and by scripts. It imports no Qt.

Typical use::

    from kling_desktop.api import Connection, KlingClient, ImageRequest

    with KlingClient(Connection.relay("https://relay.example.com", key)) as client:
        task = client.submit(ImageRequest(prompt="a lighthouse at dawn", n=2))
        while not (task := client.get(task.kind, task.task_id)).finished:
            time.sleep(2)
        for result in task.results:
            client.download(result.url, f"out-{result.index}.png", max_bytes=50 << 20)
"""

from kling_desktop.api.client import KlingClient, RetryPolicy
from kling_desktop.api.connection import REGIONS, Connection
from kling_desktop.api.errors import (
    AccountError,
    AuthenticationError,
    ConcurrencyLimitError,
    ConnectionConfigError,
    ContentPolicyError,
    DownloadError,
    DownloadTooLargeError,
    InvalidRequestError,
    KlingError,
    NetworkError,
    NotFoundError,
    OperationCancelled,
    PermissionDeniedError,
    RateLimitError,
    ResultExpiredError,
    ServerError,
    SubmitUncertainError,
    TlsError,
    UnexpectedContentError,
    UnexpectedResponseError,
    ValidationError,
)
from kling_desktop.api.requests import (
    CameraControl,
    DynamicMask,
    ImageRequest,
    ImageToVideoRequest,
    Problem,
    TextToVideoRequest,
    new_external_task_id,
)
from kling_desktop.api.task import Task, TaskKind, TaskResult, TaskStatus

__all__ = [
    "REGIONS",
    "AccountError",
    "AuthenticationError",
    "CameraControl",
    "ConcurrencyLimitError",
    "Connection",
    "ConnectionConfigError",
    "ContentPolicyError",
    "DownloadError",
    "DownloadTooLargeError",
    "DynamicMask",
    "ImageRequest",
    "ImageToVideoRequest",
    "InvalidRequestError",
    "KlingClient",
    "KlingError",
    "NetworkError",
    "NotFoundError",
    "OperationCancelled",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ResultExpiredError",
    "RetryPolicy",
    "ServerError",
    "SubmitUncertainError",
    "Task",
    "TaskKind",
    "TaskResult",
    "TaskStatus",
    "TextToVideoRequest",
    "TlsError",
    "UnexpectedContentError",
    "UnexpectedResponseError",
    "ValidationError",
    "new_external_task_id",
]

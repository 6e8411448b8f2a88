"""Log lines never carry a secret, whatever a bug might try to log."""

from __future__ import annotations

import logging

from kling_desktop import logs


def test_registered_secrets_bearer_tokens_and_jwts_are_redacted(tmp_path):
    path = logs.setup(tmp_path)
    logs.register_secret("sk-test-registered-secret")
    log = logging.getLogger("kling_desktop.test")
    log.warning("key sk-test-registered-secret in a message")
    log.warning("header Authorization: Bearer sk-anything-else-123")
    log.warning("token eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJhayJ9.c2lnbmF0dXJl")
    try:
        raise ValueError("failed with sk-test-registered-secret")
    except ValueError:
        log.exception("in a traceback")
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logging.FileHandler):
            handler.close()
            logging.getLogger().removeHandler(handler)
    text = path.read_text()
    assert "sk-test-registered-secret" not in text
    assert "sk-anything-else-123" not in text
    assert "eyJhbGciOiJIUzI1NiJ9" not in text
    assert text.count("[redacted") == 5


def test_a_full_log_is_rotated_when_the_app_starts(tmp_path):
    path = tmp_path / logs.LOG_FILE
    for name, text in (("", "newest"), (".1", "older"), (".2", "old"), (".3", "oldest")):
        (tmp_path / f"{logs.LOG_FILE}{name}").write_text(text)
    logs.rotate(path, max_bytes=100)  # not full yet: nothing moves
    assert path.read_text() == "newest"
    logs.rotate(path, max_bytes=5)
    assert not path.exists()
    kept = [(tmp_path / f"{logs.LOG_FILE}.{n}").read_text() for n in (1, 2, 3)]
    assert kept == ["newest", "older", "old"]  # the oldest is dropped
    logs.rotate(tmp_path / "missing.log", max_bytes=1)  # no file yet: nothing to do
    setup_path = logs.setup(tmp_path)  # and the app writes to a fresh file
    logging.getLogger("kling_desktop.test").warning("a new line")
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logging.FileHandler):
            handler.close()
            logging.getLogger().removeHandler(handler)
    assert "a new line" in setup_path.read_text()


def test_a_log_that_cannot_be_written_stays_silent(tmp_path, capfd):
    """A read-only or full disk must not turn every log line into a traceback."""
    blocked = tmp_path / "logs"
    blocked.write_text("a file where the log folder should be")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert logs.setup(blocked) is None
        working = logs.setup(tmp_path / "fine")
        handler = next(h for h in root.handlers if isinstance(h, logging.FileHandler))
        handler.stream.close()  # the disk went away under it
        logging.getLogger("kling_desktop").error("this line cannot be written")
        assert working is not None
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err
    assert "Logging error" not in captured.err

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
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            handler.close()
            logging.getLogger().removeHandler(handler)
    text = path.read_text()
    assert "sk-test-registered-secret" not in text
    assert "sk-anything-else-123" not in text
    assert "eyJhbGciOiJIUzI1NiJ9" not in text
    assert text.count("[redacted") == 5

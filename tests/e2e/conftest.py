from tests.ui.conftest import make_window  # noqa: F401 - a real window on a demo context

from tests.jobs.conftest import rig  # noqa: F401 - the engine rig, shared with tests/jobs
from tests.ui.conftest import make_window  # noqa: F401 - a real window on a demo context

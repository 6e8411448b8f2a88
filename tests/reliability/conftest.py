from tests.jobs.conftest import rig  # noqa: F401 - the engine rig, shared with tests/jobs

"""Kling's two API standards, by name (a module of its own: the operations name them at
start-up, long before any task is read or sent)."""

LEGACY = "legacy"  # /v1/<product>, model_name in the body
NEW = "new"  # /<product>/<model>, settings/options, GET /tasks
STANDARDS = (LEGACY, NEW)

"""A local emulator of the Kling server, with fault injection. Imports nothing from the app.

with Sandbox() as server:
    server.faults.script("submit", Fault.reset_after_receipt())
    client = KlingClient(Connection.relay(server.url, server.relay_key))
    ...
    assert server.counters.tasks_created == 1
"""

from kling_desktop.sandbox.faults import Fault, FaultInjector
from kling_desktop.sandbox.products import Product
from kling_desktop.sandbox.rules import Invalid
from kling_desktop.sandbox.server import Counters, Sandbox, SandboxTask, Timings

__all__ = [
    "Counters",
    "Fault",
    "FaultInjector",
    "Invalid",
    "Product",
    "Sandbox",
    "SandboxTask",
    "Timings",
]

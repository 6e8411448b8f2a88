"""`python -m kling_desktop.sandbox --port N`: run the local Kling server until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import signal
import threading

from kling_desktop.sandbox.server import Sandbox, Timings


def _timings(seconds: float | None) -> Timings:
    if seconds is None:
        return Timings.demo()
    return Timings(image=(seconds / 3, seconds), video=(seconds / 3, seconds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kling_desktop.sandbox",
        description="A local Kling API server for demos and tests (loopback only).",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0: any free)")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument(
        "--fast", action="store_true", help="finish tasks in a fraction of a second"
    )
    parser.add_argument(
        "--seconds", type=float, help="every task takes up to this long (default: a demo's)"
    )
    parser.add_argument("--state-file", help="keep the tasks in this file across restarts")
    parser.add_argument(
        "--faults",
        type=float,
        default=0.0,
        metavar="P",
        help="fail each request with probability P (5xx, 429, resets, HTML, cut downloads)",
    )
    parser.add_argument("--seed", type=int, help="seed for the injected faults")
    parser.add_argument(
        "--allow-duplicate-ids",
        action="store_true",
        help="accept a second task with an external id already used (as some relays do), "
        "so a client that sends twice is seen paying twice",
    )
    parser.add_argument("--relay-key", default="sk-sandbox-relay-key")
    parser.add_argument("--api-key", default="sandbox-kling-api-key")
    parser.add_argument("--access-key", default="ak-sandbox-access-key")
    parser.add_argument("--secret-key", default="sandbox-secret-key-not-a-real-one")
    parser.add_argument("--max-concurrency", type=int, default=None)
    parser.add_argument("--video-mb", type=int, default=None, help="pad videos to this size")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.host not in ("127.0.0.1", "::1", "localhost"):
        parser.error("the sandbox listens on loopback only")
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    sandbox = Sandbox(
        relay_key=args.relay_key,
        api_key=args.api_key,
        access_key=args.access_key,
        secret_key=args.secret_key,
        timings=Timings() if args.fast else _timings(args.seconds),
        host=args.host,
        port=args.port,
        max_concurrency=args.max_concurrency,
        video_bytes=args.video_mb * 2**20 if args.video_mb else None,
        state_file=args.state_file,
        seed=args.seed,
    )
    sandbox.unique_external_ids = not args.allow_duplicate_ids
    if args.faults:
        sandbox.faults.everywhere(args.faults)
    done = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: done.set())
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with sandbox:
        # The address on stdout, alone on its line, so scripts can read it.
        print(sandbox.url, flush=True)
        done.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

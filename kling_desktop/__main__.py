"""`python -m kling_desktop` starts the app, exactly as the `kling-desktop` command does."""

import sys

from kling_desktop.app import main

sys.exit(main())

"""`python -m dangjian_desktop` runs the same entry point as `dangjian-desktop`."""

import sys

from dangjian_desktop.cli import main

sys.exit(main())

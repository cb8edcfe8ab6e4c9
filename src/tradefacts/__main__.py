"""`python -m tradefacts`: the same command as `tradefacts`."""

import sys

from tradefacts.cli import main

sys.exit(main())

"""Allow ``python -m photoclip``, the same as the ``photoclip`` console script."""

import sys

from photoclip.cli import main

sys.exit(main())

"""Entry script of the PyInstaller build (packaging/photoclip.spec): the ``photoclip`` command."""

import sys

from photoclip.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""The ``photoclip`` command line: argparse over the core's Library.

This package and ``gui/`` are the only places that print, exit, or turn a
:class:`PhotoclipError` into an exit code. Every command takes ``--home DIR``
(or ``$PHOTOCLIP_HOME``) and ``--json``.

Exit codes: 0 success (bad photo files are reported, not failures), 1 a
problem the message explains, 2 bad usage, 130 interrupted (the library stays
consistent and the next ``index`` continues).

One module per command group (``library``, ``watch``, ``search``, ``models``,
``tags``, ``captions``, ``personalize``, ``bench``), each declaring its
:class:`~photoclip.cli.common.Command` values; ``app`` assembles the parser
from them and dispatches. The core is imported inside the handlers, so
``photoclip --help`` stays instant and only the commands that run a model
import torch.
"""

from photoclip.cli.app import build_parser, main

__all__ = ["build_parser", "main"]

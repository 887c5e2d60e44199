"""Keeps None, True and False alive under PySide6 builds that return them without a reference.

Some PySide6 builds (6.12.0 as installed here) hand back ``None`` from every
void method, and ``True``/``False`` from ``Signal.emit``, without taking a
reference, as if running on Python 3.12+ where these objects are immortal
(PEP 683). On Python 3.10 and 3.11 each such call then takes one reference
away for good, and after a few thousand calls (a scrolled photo grid makes
that many in seconds) the interpreter aborts with "none_dealloc" or
"bool_dealloc". Giving the three singletons a huge reference count makes them
as good as immortal there too, which is what Python 3.12 does itself.
"""

from __future__ import annotations

import ctypes
import platform
import sys

# Far more references than a process could ever drop (one per call), and far below overflow.
_EXTRA = 1 << 40
_done = False


def guard_singletons() -> bool:
    """Make None, True and False effectively immortal on CPython before 3.12 (once per process).

    Returns:
        Whether the counts were raised (False on Python 3.12+, other interpreters, or a second call).
    """
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA
    _done = True
    return True

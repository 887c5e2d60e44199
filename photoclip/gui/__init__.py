"""The PySide6 desktop app: a thin layer over ``photoclip.core``."""

from photoclip.gui.refcount_guard import guard_singletons

guard_singletons()

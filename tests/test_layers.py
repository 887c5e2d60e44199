"""The core stays Qt-free, and cheap commands stay free of torch."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    return set(out.stdout.split())


def test_core_never_imports_qt() -> None:
    modules = _modules_after(
        "import photoclip.core, photoclip.cli\n"
        "import pkgutil, importlib\n"
        "for m in pkgutil.iter_modules(photoclip.core.__path__): importlib.import_module('photoclip.core.' + m.name)"
    )
    assert "photoclip.core.library" in modules
    assert not {m for m in modules if m.startswith("PySide6")}


def test_library_and_cli_do_not_import_torch_until_a_model_is_needed() -> None:
    modules = _modules_after("import photoclip.core.library, photoclip.cli")
    assert "torch" not in modules and "open_clip" not in modules

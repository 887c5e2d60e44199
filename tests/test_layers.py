"""The layers hold: no Qt outside the GUI, the GUI enters the core only through its front doors, cheap commands stay free of torch.

The GUI may import ``photoclip.core.library`` (the facade), the background
service, and the modules that hold value types. A few other names are allowed
one by one (:data:`GUI_MAY_ALSO_IMPORT`): errors to catch, and pure helpers
that neither touch the catalog nor load a model. Imports under
``if TYPE_CHECKING:`` are annotations only and are not counted.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Core modules the GUI may import anything from.
GUI_MAY_IMPORT = {
    "photoclip.core.library",
    "photoclip.core.indexing.service",
    "photoclip.core.indexing.records",
    "photoclip.core.storage.records",
    "photoclip.core.tagsets.definition",
    "photoclip.core.tagsets.records",
    "photoclip.core.personalize.records",
    "photoclip.core.models.progress",
    "photoclip.core.duplicates.records",
    "photoclip.core.tagsets.heatmap",  # the similarity table's colours, values and samples: pure, shared with the CLI
    "photoclip.core.vocabulary.records",
    "photoclip.core.explore.records",
}
#: Single names the GUI may import from other core modules, and why.
GUI_MAY_ALSO_IMPORT = {
    # value types and errors that live beside their logic
    ("photoclip.core.search", "SearchFilters"),
    ("photoclip.core.search", "SearchHit"),
    ("photoclip.core.models", "ModelSpec"),
    ("photoclip.core.models", "ModelProgress"),
    ("photoclip.core.models", "ModelPhase"),
    ("photoclip.core.imaging", "ImageDecodeError"),
    ("photoclip.core.metadata", "PhotoMetadata"),
    ("photoclip.core.albums", "UserAlbum"),
    ("photoclip.core.folder_tree", "FolderNode"),
    ("photoclip.core.tagsets.files", "TagSetFileError"),
    # pure helpers: no catalog, no model, nothing written to the library
    ("photoclip.core.imaging", "load_image"),  # the viewer decodes the photo it shows
    ("photoclip.core.captions", "clean_captions"),  # the caption editor normalises as saving will
    ("photoclip.core.tagsets.scoring", "choose_tags"),  # the editor re-marks a preview for new thresholds
    ("photoclip.core.tagsets.files", "load_tagset_file"),  # read a file into the editor, unsaved
    ("photoclip.core.tagsets.files", "save_tagset_file"),  # write the editor's set to a file
    ("photoclip.core.duplicates.finding", "DEFAULT_THRESHOLD"),  # the likeness slider starts where the CLI does
    ("photoclip.core.query", "parse_query"),  # the search field's syntax, checked as the user types
    ("photoclip.core.query", "photo_query"),  # "Find similar" asks a photo alone
}


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True, cwd=ROOT)
    return set(out.stdout.split())


def test_nothing_outside_the_gui_imports_qt() -> None:
    modules = _modules_after(
        "import importlib, pkgutil, photoclip, benchmarks\n"
        "for pkg in (photoclip, benchmarks):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if not m.name.startswith('photoclip.gui') and m.name != 'photoclip.__main__':\n"
        "            importlib.import_module(m.name)"
    )
    # The walk reached the subpackages.
    assert {"photoclip.core.storage.catalog", "photoclip.core.tagsets.manager", "photoclip.core.indexing.service",
            "photoclip.core.personalize.training", "benchmarks.bench"} <= modules
    assert not {m for m in modules if m.startswith("PySide6")}


def _gui_core_imports() -> list[tuple[str, str, str]]:
    """``(file, module, name)`` of every runtime import of ``photoclip.core`` in the GUI (name '*' for ``import x``)."""
    found = []
    for path in sorted((ROOT / "photoclip" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for stmt in block.body
            for node in ast.walk(stmt)
        }
        for node in ast.walk(tree):
            if id(node) in type_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("photoclip.core"):
                found += [(path.name, node.module, alias.name) for alias in node.names]
            elif isinstance(node, ast.Import):
                found += [(path.name, alias.name, "*") for alias in node.names if alias.name.startswith("photoclip.core")]
    return found


def test_the_gui_uses_the_library_the_service_and_value_types_only() -> None:
    imports = _gui_core_imports()
    assert ("main_window.py", "photoclip.core.library", "Library") in imports  # the walk sees real imports
    wrong = [
        f"{file}: from {module} import {name}"
        for file, module, name in imports
        if module not in GUI_MAY_IMPORT and (module, name) not in GUI_MAY_ALSO_IMPORT
    ]
    assert not wrong, "the GUI reaches into the core past Library, the service and value types:\n" + "\n".join(wrong)


#: Catalog reads the GUI still makes past the Library, and why: ``(file, catalog method)``.
GUI_CATALOG_READS: set[tuple[str, str]] = set()  # none: search hits and album photos carry their records


def test_the_gui_reads_the_catalog_only_through_the_library() -> None:
    reads = set()
    for path in sorted((ROOT / "photoclip" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        catalogs = [node for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr == "catalog"]
        calls = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.value in catalogs}
        reads |= {(path.name, name) for name in calls}
        if len(catalogs) > sum(isinstance(node, ast.Attribute) and node.value in catalogs for node in ast.walk(tree)):
            reads.add((path.name, "catalog itself"))  # handed on whole, e.g. getattr(library.catalog, ...)
    assert reads <= GUI_CATALOG_READS, f"the GUI reads the catalog past the Library: {sorted(reads - GUI_CATALOG_READS)}"


def test_library_and_cli_do_not_import_torch_until_a_model_is_needed() -> None:
    modules = _modules_after("import photoclip.core.library, photoclip.cli")
    assert "torch" not in modules and "open_clip" not in modules

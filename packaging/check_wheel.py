"""Check that a built wheel carries photoclip's runtime data files.

    python packaging/check_wheel.py dist/photoclip-*.whl

Every file of the checkout that the package reads at run time must be in the
wheel at the same path: the resources (icons, starter tag sets, translations)
and the model registry and configs; and the benchmarks/ folder must not be
in it. Exits 1, listing what is missing, if any is not; prints a one-line count per folder otherwise. CI runs it on the wheel
it installs (.ci/run).
"""

from __future__ import annotations

import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The suffixes [tool.setuptools.package-data] in pyproject.toml ships from photoclip/resources.
RESOURCE_SUFFIXES = {".toml", ".svg", ".png", ".qm", ".ts", ".safetensors", ".tsv"}


def expected_files(root: Path = ROOT) -> list[str]:
    """The data files of the checkout, as wheel paths (``photoclip/...``)."""
    pkg = root / "photoclip"
    files = [f for f in (pkg / "resources").rglob("*") if f.is_file() and f.suffix in RESOURCE_SUFFIXES]
    files += (pkg / "core" / "models").glob("*.json")
    files += (pkg / "core" / "models" / "model_configs").glob("*.json")
    return sorted(f.relative_to(root).as_posix() for f in files)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    with zipfile.ZipFile(argv[0]) as wheel:
        names = set(wheel.namelist())
    shipped_benchmarks = sorted(n for n in names if n.startswith("benchmarks/"))
    if shipped_benchmarks:
        print(f"{argv[0]} ships the checkout's benchmarks ({len(shipped_benchmarks)} files); they stay out of the package", file=sys.stderr)
        return 1
    expected = expected_files()
    missing = [f for f in expected if f not in names]
    if missing:
        print(f"{argv[0]} lacks {len(missing)} data file(s):", file=sys.stderr)
        for f in missing:
            print(f"  {f}", file=sys.stderr)
        return 1
    by_folder = Counter(str(Path(f).parent) for f in expected)
    summary = ", ".join(f"{folder}: {n}" for folder, n in sorted(by_folder.items()))
    print(f"wheel data files OK ({len(expected)}): {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

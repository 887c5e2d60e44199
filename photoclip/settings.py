"""User settings of a library, kept as JSON in its home folder.

Settings are a frozen dataclass so they can cross threads and layers safely;
change them with :func:`dataclasses.replace` and :meth:`Settings.save`.
Unknown keys in the file are ignored and missing ones take their defaults, so
an older or newer settings file never stops the app from starting.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from photoclip.errors import PhotoclipError
from photoclip.paths import atomic_write_text


@dataclass(frozen=True)
class Settings:
    """Tunable behaviour, with defaults that suit a laptop.

    Attributes:
        device: ``auto`` (CUDA, else MPS, else CPU), ``cpu``, ``cuda`` or ``mps``.
        batch_size: Images per forward pass; 0 picks one that suits the device.
        threads: CPU threads for the model; 0 uses every core.
        precision: Arithmetic of the model's towers: ``auto`` (bf16 on a CPU
            that computes it natively, fp32 elsewhere), ``fp32`` or ``bf16``.
            bf16 is checked against fp32 each time the model loads, with a
            fall-back to fp32. Its speed and agreement with fp32 are in the
            README's Performance section.
        decode_threads: Threads decoding images ahead of the model; 0 picks one per core.
        draft_decode: Let libjpeg decode JPEGs at reduced scale (much faster on
            camera photos; the difference to full decode is within
            ``imaging.DRAFT_TOLERANCE``).
        max_pixels: Decoded-pixel cap against decompression bombs.
        index_save_seconds: Save the vector index at least this often while indexing.
        settle_seconds: How long a new or changed file must stay unchanged
            (size, modification and change times) before it is read, so a file
            still being copied or written is never read half-written.
        rescan_minutes: While watching, scan every folder this often as a
            fallback for changes the file-system notifications missed (an
            overflowed event queue, a network share); 0 turns it off. Cheap:
            unchanged files are only stat'ed.
        pause_on_battery: Pause background indexing while the computer runs on
            battery (where the platform reports it).
    """

    device: str = "auto"
    batch_size: int = 0
    threads: int = 0
    precision: str = "auto"
    decode_threads: int = 0
    draft_decode: bool = True
    max_pixels: int = 100_000_000
    index_save_seconds: float = 30.0
    thumbnail_cache_mb: int = 1024
    language: str = ""
    settle_seconds: float = 2.0
    rescan_minutes: float = 15.0
    pause_on_battery: bool = False

    @classmethod
    def load(cls, path: Path) -> "Settings":
        """Read settings from ``path``; a missing file gives the defaults.

        Raises:
            PhotoclipError: The file exists but is not valid JSON.
        """
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise PhotoclipError(f"The settings file {path} cannot be read: {exc}.", hint="Fix or delete it to use the defaults.") from exc
        if not isinstance(raw, dict):
            raise PhotoclipError(f"The settings file {path} does not hold a JSON object.", hint="Fix or delete it.")
        known = {f.name: f for f in dataclasses.fields(cls)}
        values = {}
        for key, value in raw.items():
            if key in known:
                values[key] = value
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write the settings atomically."""
        atomic_write_text(path, json.dumps(dataclasses.asdict(self), indent=2))

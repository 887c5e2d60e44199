"""A corpus of bad, odd and hostile files for the reliability tests (``tests/reliability``).

:func:`make_bad_corpus` fills a folder with good photos next to everything a
real photo folder can throw at the indexer: empty, truncated and fake image
files, a decompression bomb, unusual but valid images (16-bit, CMYK,
palette, LA, EXIF-rotated, animated), and file-system oddities (broken
links, a link loop, names at NAME_MAX, a path near PATH_MAX, unicode, emoji,
a newline and bytes that are not UTF-8 in names, a folder called ``x.jpg``,
a FIFO). The returned :class:`Corpus` says what the indexer must do with each
file, so a test can check every one of them.

Reasons are regular expressions matched against the reason the indexer
reports (``FileProblem.reason`` / the catalog's error text).
"""

from __future__ import annotations

import io
import os
import stat
import struct
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from tests.conftest import photo_image

NAME_MAX = 255


@dataclass
class Corpus:
    """What :func:`make_bad_corpus` wrote, and what indexing it must give.

    Attributes:
        root: The folder.
        good: Files that must end up indexed (active and embedded).
        bad: File -> regex its reported reason must match; each must be
            reported, none indexed.
        ignored: Things below ``root`` that are not photos and must be passed
            over silently (a folder named like a photo, a FIFO).
        rotated: EXIF-rotated files -> the (width, height) the catalog must store.
        notes: Cases that could not be made on this machine, and why.
    """

    root: Path
    good: list[Path] = field(default_factory=list)
    bad: dict[Path, str] = field(default_factory=dict)
    ignored: list[Path] = field(default_factory=list)
    rotated: dict[Path, tuple[int, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def encoded(image: Image.Image, fmt: str, **kwargs: object) -> bytes:
    """An image encoded in memory."""
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kwargs)
    return buf.getvalue()


def png_bomb(path: Path, width: int = 30000, height: int = 30000) -> Path:
    """A valid one-colour 1-bit PNG of any size that is tiny on disk (rows of zeros compress).

    30000x30000 is 900 MP: 900 MB decoded as mode "1"/"L", 2.7 GB as RGB, in
    about 100 KB of file. Written in blocks, so making it allocates nothing large.
    """

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = bytes(1 + (width + 7) // 8)  # filter byte + packed bits
    compressor = zlib.compressobj(9)
    block = row * 1000
    idat = b"".join(compressor.compress(block) for _ in range(height // 1000))
    idat += compressor.compress(row * (height % 1000)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def _oriented_jpeg(upright: Image.Image, orientation: int) -> bytes:
    """A JPEG whose pixels are stored turned, with the EXIF tag that turns them back."""
    stored = {6: upright.transpose(Image.Transpose.ROTATE_90), 8: upright.transpose(Image.Transpose.ROTATE_270)}[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encoded(stored, "JPEG", quality=90, exif=exif.tobytes())


def _animated(fmt: str, seed: int) -> bytes:
    frames = [photo_image(seed + i, (64, 48)) for i in range(3)]
    if fmt == "GIF":
        frames = [f.convert("P", palette=Image.Palette.ADAPTIVE) for f in frames]
    return encoded(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def make_bad_corpus(root: Path, *, good: int = 4, unreadable: bool | None = None) -> Corpus:
    """Write the corpus below ``root`` (created) and say what indexing it must give.

    Args:
        root: The folder to fill.
        good: How many plain good JPEGs to add (besides the unusual valid images).
        unreadable: Add a file and a folder without read permission. Default:
            only when the process cannot read them anyway (not root), since
            root bypasses permissions; the reliability tests run that case as
            the user ``nobody``.

    Returns:
        The :class:`Corpus`.
    """
    root.mkdir(parents=True, exist_ok=True)
    c = Corpus(root)
    jpeg = encoded(photo_image(100, (160, 120)), "JPEG", quality=90)
    png = encoded(photo_image(101, (160, 120)), "PNG")

    # ------------------------------------------------------------ good ones
    for i in range(good):
        c.good.append(_write(root / f"good_{i:02d}.jpg", encoded(photo_image(i), "JPEG", quality=90)))

    # Unusual but valid images.
    sixteen = (np.asarray(photo_image(200).convert("L"), dtype=np.uint16) * 257).astype(np.uint16)
    c.good.append(_write(root / "valid" / "sixteen_bit.png", encoded(Image.fromarray(sixteen), "PNG")))
    c.good.append(_write(root / "valid" / "cmyk.jpg", encoded(photo_image(201).convert("CMYK"), "JPEG", quality=90)))
    c.good.append(_write(root / "valid" / "palette.png", encoded(photo_image(202).convert("P", palette=Image.Palette.ADAPTIVE), "PNG")))
    c.good.append(_write(root / "valid" / "grey_alpha.png", encoded(photo_image(203).convert("LA"), "PNG")))
    rotated = _write(root / "valid" / "rotated_6.jpg", _oriented_jpeg(photo_image(204, (120, 80)), 6))
    c.good.append(rotated)
    c.rotated[rotated] = (120, 80)  # stored 80x120, displayed 120x80
    c.good.append(_write(root / "valid" / "animated.gif", _animated("GIF", 205)))
    c.good.append(_write(root / "valid" / "animated.webp", _animated("WEBP", 206)))

    # ------------------------------------------------------------- bad ones
    def bad(name: str, data: bytes, reason: str) -> None:
        c.bad[_write(root / "bad" / name, data)] = reason

    bad("zero_byte.jpg", b"", "^empty file$")
    bad("truncated.jpg", jpeg[: len(jpeg) // 2], "^truncated file$")
    bad("truncated.png", png[: len(png) * 2 // 3], "^truncated file$")
    bad("random_bytes.jpg", np.random.default_rng(7).bytes(8192), r"^not an image \(unrecognised data\)$")
    bad("png_named.gif", png[:40], "")  # a PNG header, cut: any reason will do, but it must be one
    c.bad[png_bomb(root / "bad" / "bomb_30000x30000.png")] = "^too large"
    # 144 MP: below Pillow's own hard limit (179 MP), above ours (100 MP).
    c.bad[png_bomb(root / "bad" / "bomb_12000x12000.png", 12000, 12000)] = r"^too large: 12000x12000 pixels exceeds the 100 MP limit$"

    # ------------------------------------------------- file-system oddities
    odd = root / "odd"
    odd.mkdir()
    broken = odd / "broken_link.jpg"
    broken.symlink_to(odd / "no_such_target.jpg")
    c.bad[broken] = "broken link"
    loop = odd / "link_loop.jpg"
    loop.symlink_to(loop)  # points at itself: stat() fails with ELOOP
    c.bad[loop] = "^symlink loop$"
    (odd / "sub").mkdir()
    (odd / "sub" / "back_up").symlink_to(odd, target_is_directory=True)  # a folder loop: walked once
    c.good.append(_write(odd / "sub" / "in_loop.jpg", encoded(photo_image(300), "JPEG")))

    c.good.append(_write(odd / ("L" * (NAME_MAX - 4) + ".jpg"), encoded(photo_image(301), "JPEG")))
    deep = odd
    while len(str(deep)) < 4096 - 2 * NAME_MAX:
        deep = deep / ("d" * 200)
    c.good.append(_write(deep / "deep.jpg", encoded(photo_image(302), "JPEG")))

    c.good.append(_write(odd / "café_日本語_Ωmega.jpg", encoded(photo_image(303), "JPEG")))
    c.good.append(_write(odd / "emoji_😀🏖️.jpg", encoded(photo_image(304), "JPEG")))
    c.good.append(_write(odd / "new\nline.jpg", encoded(photo_image(305), "JPEG")))
    c.good.append(_write(odd / " leading and trailing space .jpg", encoded(photo_image(306), "JPEG")))
    if sys.platform.startswith("linux"):
        # Linux names are bytes: this one is not UTF-8 (Python sees a lone surrogate).
        raw = os.fsencode(str(odd)) + b"/latin1_caf\xe9.jpg"
        with open(raw, "wb") as f:
            f.write(encoded(photo_image(307), "JPEG"))
        # The catalog and every report are UTF-8, so it is reported, not indexed.
        c.bad[Path(os.fsdecode(raw))] = "^file name is not valid UTF-8"

    not_a_photo = odd / "folder_named.jpg"
    not_a_photo.mkdir()
    c.ignored.append(not_a_photo)
    c.good.append(_write(not_a_photo / "inside.jpg", encoded(photo_image(308), "JPEG")))
    if hasattr(os, "mkfifo"):
        fifo = odd / "pipe.jpg"
        os.mkfifo(fifo)  # opening it would block forever
        c.ignored.append(fifo)

    if unreadable is None:
        unreadable = hasattr(os, "geteuid") and os.geteuid() != 0
    if unreadable:
        secret = _write(odd / "no_permission.jpg", encoded(photo_image(309), "JPEG"))
        secret.chmod(0)
        c.bad[secret] = "^permission denied$"
        locked = odd / "locked_folder"
        _write(locked / "hidden_inside.jpg", encoded(photo_image(310), "JPEG"))
        locked.chmod(0)
        c.bad[locked] = "^permission denied$"
    else:
        c.notes.append("no unreadable file in this corpus: root reads it anyway (covered as the user nobody)")
    return c


def restore_permissions(root: Path) -> None:
    """Make everything below ``root`` removable again (pytest's tmp cleanup)."""
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            try:
                if not os.path.islink(path):
                    mode = os.lstat(path).st_mode
                    os.chmod(path, stat.S_IMODE(mode) | stat.S_IRUSR | stat.S_IWUSR | (stat.S_IXUSR if stat.S_ISDIR(mode) else 0))
            except OSError:
                pass

"""What a photo's EXIF says: orientation, capture time, camera, lens, exposure and place.

:mod:`photoclip.core.imaging` reads orientation and capture time from here
for the catalog; :class:`PhotoMetadata` is the fuller picture the photo view
shows. EXIF is written by thousands of cameras and editors, many of them
carelessly, so every reader here turns a missing, malformed or absurd value
into None instead of raising: a bad tag hides one line, never the photo.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass
from typing import Any

from PIL import ExifTags, Image, PngImagePlugin

__all__ = [
    "PhotoMetadata",
    "exif_date_taken",
    "exif_orientation",
    "metadata_from_exif",
    "read_exif",
]

_TAG_DATETIME_ORIGINAL = ExifTags.Base.DateTimeOriginal
_TAG_OFFSET_TIME = ExifTags.Base.OffsetTime
_TAG_OFFSET_TIME_ORIGINAL = ExifTags.Base.OffsetTimeOriginal
_TAG_SUBSEC_TIME_ORIGINAL = ExifTags.Base.SubsecTimeOriginal

_EXIF_DATETIME_RE = re.compile(
    r"^\s*(\d{4})[:\-/](\d{1,2})[:\-/](\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})"
)
_EXIF_OFFSET_RE = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")
# 1/N is shown when the exposure is within this fraction of a whole 1/N (cameras store 1/250 as 4/1000 or 0.004).
_SHUTTER_SLACK = 0.03


@dataclass(frozen=True)
class PhotoMetadata:
    """What the photo view shows about one photo; None where the file does not say.

    Attributes:
        path: The photo's file.
        file_size: Its size in bytes (None when the file cannot be read).
        width: Width as displayed, i.e. after EXIF orientation.
        height: Height as displayed.
        camera_make: EXIF Make, e.g. ``"Canon"``.
        camera_model: EXIF Model, e.g. ``"Canon EOS 5D Mark IV"``.
        lens: EXIF LensModel (else LensMake), e.g. ``"EF 24-70mm f/2.8L II USM"``.
        exposure_time: Seconds the shutter was open (0.004 for 1/250 s).
        f_number: The aperture's f-number (2.8 for f/2.8).
        iso: ISO speed.
        focal_length: Focal length in millimetres.
        focal_length_35mm: Its 35 mm film equivalent in millimetres, when the camera wrote one.
        date_taken: POSIX time of DateTimeOriginal, else DateTime (as :func:`exif_date_taken`).
        latitude: Decimal degrees, north positive.
        longitude: Decimal degrees, east positive.
    """

    path: str
    file_size: int | None = None
    width: int | None = None
    height: int | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    lens: str | None = None
    exposure_time: float | None = None
    f_number: float | None = None
    iso: int | None = None
    focal_length: float | None = None
    focal_length_35mm: float | None = None
    date_taken: float | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def camera(self) -> str | None:
        """Make and model as people say them: ``"Canon EOS 5D"``, not ``"Canon Canon EOS 5D"``."""
        make, model = self.camera_make, self.camera_model
        if not model:
            return make
        if not make or model.lower().startswith(make.split()[0].lower()):
            return model
        return f"{make} {model}"

    @property
    def shutter_denominator(self) -> int | None:
        """N when the exposure is 1/N of a second (shown as "1/250 s"); None for longer or odd exposures."""
        t = self.exposure_time
        if t is None or t >= 1:
            return None
        n = round(1 / t)
        return n if n >= 1 and abs(1 / n - t) <= _SHUTTER_SLACK * t else None

    @property
    def has_location(self) -> bool:
        """Whether both GPS coordinates are known."""
        return self.latitude is not None and self.longitude is not None


# --------------------------------------------------------------------------
# Reading EXIF


def read_exif(im: Image.Image, *, allow_load: bool) -> Image.Exif | None:
    """The image's EXIF, or None if absent or corrupt.

    PNG keeps EXIF in an eXIf chunk that may follow the pixel data, and
    ``PngImageFile.getexif`` then decodes the whole image to reach it; with
    ``allow_load=False`` we only look at chunks already read (before IDAT,
    where writers put it) so header-only reads stay header-only.

    Args:
        im: An opened image.
        allow_load: Whether the pixels may be decoded to reach the EXIF.

    Returns:
        Its EXIF, or None.
    """
    if (
        not allow_load
        and isinstance(im, PngImagePlugin.PngImageFile)
        and "exif" not in im.info
    ):
        return None
    try:
        return im.getexif()
    except Exception:
        # Broken EXIF must not make an otherwise readable photo unreadable.
        return None


def exif_orientation(exif: Image.Exif | None) -> int:
    """The EXIF orientation tag (1-8); 1 when absent or invalid."""
    if exif is None:
        return 1
    try:
        value = int(exif.get(ExifTags.Base.Orientation, 1))
    except (TypeError, ValueError):
        return 1
    return value if 1 <= value <= 8 else 1


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    return value.replace("\x00", "").strip()


def _parse_exif_datetime(value: Any, offset: Any = None, subsec: Any = None) -> float | None:
    """POSIX time of an EXIF ``YYYY:MM:DD HH:MM:SS`` string, or None."""
    text = _text(value)
    if not text:
        return None
    m = _EXIF_DATETIME_RE.match(text)
    if not m:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in m.groups())
        moment = _dt.datetime(year, month, day, hour, minute, second)
    except ValueError:  # "0000:00:00 00:00:00" and other placeholders
        return None
    offset_text = _text(offset)
    om = _EXIF_OFFSET_RE.match(offset_text) if offset_text else None
    if om:
        minutes = int(om.group(2)) * 60 + int(om.group(3))
        sign = -1 if om.group(1) == "-" else 1
        try:
            moment = moment.replace(tzinfo=_dt.timezone(sign * _dt.timedelta(minutes=minutes)))
        except ValueError:  # offset out of range
            pass
    try:
        # A naive datetime's timestamp() interprets it as local time.
        stamp = moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None
    sub = _text(subsec)
    if sub and sub.isdigit():
        stamp += int(sub) / 10 ** len(sub)
    return stamp


def _sub_ifd(exif: Image.Exif, ifd: int) -> dict[int, Any]:
    try:
        return exif.get_ifd(ifd)
    except Exception:  # a sub-IFD pointer into garbage
        return {}


def exif_date_taken(exif: Image.Exif | None) -> float | None:
    """POSIX time of DateTimeOriginal, else DateTime; None if absent or unparseable.

    Uses OffsetTimeOriginal/OffsetTime when present; naive EXIF times are
    taken as local time.
    """
    if exif is None:
        return None
    sub_ifd = _sub_ifd(exif, ExifTags.IFD.Exif)
    stamp = _parse_exif_datetime(
        sub_ifd.get(_TAG_DATETIME_ORIGINAL),
        sub_ifd.get(_TAG_OFFSET_TIME_ORIGINAL),
        sub_ifd.get(_TAG_SUBSEC_TIME_ORIGINAL),
    )
    if stamp is None:
        stamp = _parse_exif_datetime(exif.get(ExifTags.Base.DateTime), sub_ifd.get(_TAG_OFFSET_TIME))
    return stamp


# --------------------------------------------------------------------------
# Camera facts


def _number(value: Any) -> float | None:
    """A positive finite number from a rational, int, float or a 1-tuple of them; else None."""
    if isinstance(value, (tuple, list)):
        if not value:
            return None
        value = value[0]
    if isinstance(value, (bytes, str)):
        return None
    try:
        number = float(value)  # IFDRational with a zero denominator gives nan
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) and number > 0 else None


def _name(value: Any) -> str | None:
    text = _text(value)
    return text or None


def _coordinate(value: Any, ref: Any, negative: str) -> float | None:
    """Decimal degrees from EXIF (degrees, minutes, seconds) and its N/S or E/W reference."""
    if not isinstance(value, (tuple, list)) or not 1 <= len(value) <= 3:
        return None
    parts: list[float] = []
    for part in value:
        try:
            number = float(part)
        except (TypeError, ValueError, ZeroDivisionError):
            return None
        if not math.isfinite(number) or number < 0:
            return None
        parts.append(number)
    degrees = sum(p / 60**i for i, p in enumerate(parts))
    reference = (_text(ref) or "").upper()
    return -degrees if reference == negative else degrees


def metadata_from_exif(
    exif: Image.Exif | None,
    path: str,
    *,
    file_size: int | None = None,
    width: int | None = None,
    height: int | None = None,
) -> PhotoMetadata:
    """Camera, lens, exposure, date and place from a photo's EXIF (never raises).

    Args:
        exif: The photo's EXIF (None when it has none).
        path: The photo's file, kept in the result.
        file_size: Its size in bytes.
        width: Its displayed width (after orientation).
        height: Its displayed height.

    Returns:
        The metadata; a field the EXIF lacks or garbles is None.
    """
    if exif is None:
        return PhotoMetadata(path, file_size, width, height)
    sub = _sub_ifd(exif, ExifTags.IFD.Exif)
    gps = _sub_ifd(exif, ExifTags.IFD.GPSInfo)
    iso = _number(sub.get(ExifTags.Base.ISOSpeedRatings))
    lat = _coordinate(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef), "S")
    lon = _coordinate(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef), "W")
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        lat = lon = None
    return PhotoMetadata(
        path=path,
        file_size=file_size,
        width=width,
        height=height,
        camera_make=_name(exif.get(ExifTags.Base.Make)),
        camera_model=_name(exif.get(ExifTags.Base.Model)),
        lens=_name(sub.get(ExifTags.Base.LensModel)) or _name(sub.get(ExifTags.Base.LensMake)),
        exposure_time=_number(sub.get(ExifTags.Base.ExposureTime)),
        f_number=_number(sub.get(ExifTags.Base.FNumber)),
        iso=round(iso) if iso is not None else None,
        focal_length=_number(sub.get(ExifTags.Base.FocalLength)),
        focal_length_35mm=_number(sub.get(ExifTags.Base.FocalLengthIn35mmFilm)),
        date_taken=exif_date_taken(exif),
        latitude=lat,
        longitude=lon,
    )

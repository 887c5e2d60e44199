"""Camera, lens, exposure, date and GPS from real JPEG files written by Pillow; bad EXIF hides fields, never raises."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import ExifTags
from PIL.TiffImagePlugin import IFDRational

from photoclip.core.imaging import ImageDecodeError, read_photo_metadata
from photoclip.core.library import Library
from photoclip.core.metadata import PhotoMetadata
from tests.conftest import camera_exif, photo_image, write_camera_jpeg


def test_camera_tags_are_read(tmp_path: Path) -> None:
    path = write_camera_jpeg(tmp_path / "shot.jpg")
    meta = read_photo_metadata(path)
    assert meta.camera_make == "Canon" and meta.camera_model == "Canon EOS 5D Mark IV"
    assert meta.camera == "Canon EOS 5D Mark IV"  # the make is not said twice
    assert meta.lens == "EF24-70mm f/2.8L II USM"
    assert meta.exposure_time == pytest.approx(1 / 250) and meta.shutter_denominator == 250
    assert meta.f_number == pytest.approx(2.8) and meta.iso == 400
    assert meta.focal_length == pytest.approx(50) and meta.focal_length_35mm == pytest.approx(50)
    assert meta.date_taken == pytest.approx(dt.datetime(2021, 7, 4, 15, 30, 45).timestamp())
    assert (meta.width, meta.height) == (80, 120)  # upright per the orientation tag
    assert meta.file_size == path.stat().st_size
    assert meta.latitude == pytest.approx(48 + 51 / 60 + 29.6 / 3600)
    assert meta.longitude == pytest.approx(-(2 + 17 / 60 + 40.2 / 3600))  # west is negative
    assert meta.has_location


def test_a_photo_without_exif_has_no_camera_facts(tmp_path: Path) -> None:
    path = tmp_path / "plain.jpg"
    photo_image(3, (64, 48)).save(path)
    meta = read_photo_metadata(path)
    assert meta == PhotoMetadata(str(path), path.stat().st_size, 64, 48)
    assert meta.camera is None and meta.shutter_denominator is None and not meta.has_location


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")  # Pillow says so, then carries on
def test_broken_exif_bytes_give_none_fields(tmp_path: Path) -> None:
    """An APP1 segment that claims to be EXIF but holds garbage: the photo still opens and reports its size."""
    path = tmp_path / "broken.jpg"
    photo_image(4, (64, 48)).save(path, exif=b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\xff\xff\x01\x0f\x00\x02garbage")
    meta = read_photo_metadata(path)
    assert (meta.width, meta.height, meta.file_size) == (64, 48, path.stat().st_size)
    assert meta.camera is None and meta.exposure_time is None and meta.latitude is None


def test_nonsense_values_are_dropped(tmp_path: Path) -> None:
    """Zero denominators, negative or out-of-range coordinates and text where numbers belong read as None."""
    exif = camera_exif()
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.ExposureTime] = IFDRational(1, 0)
    sub[ExifTags.Base.FNumber] = "wide open"
    sub[ExifTags.Base.FocalLength] = IFDRational(0, 1)
    place = exif.get_ifd(ExifTags.IFD.GPSInfo)
    place[ExifTags.GPS.GPSLatitude] = (IFDRational(95, 1), IFDRational(0, 1), IFDRational(0, 1))
    path = tmp_path / "odd.jpg"
    photo_image(5, (64, 48)).save(path, exif=exif)
    meta = read_photo_metadata(path)
    assert meta.exposure_time is None and meta.f_number is None and meta.focal_length is None
    assert meta.latitude is None and meta.longitude is None
    assert meta.camera == "Canon EOS 5D Mark IV" and meta.iso == 400  # the good tags survive


@pytest.mark.parametrize(("seconds", "shown"), [(Fraction(1, 250), 250), (0.004, 250), (Fraction(4, 1000), 250), (Fraction(10, 30), 3), (0.3, None), (2.0, None)])
def test_shutter_speed_as_a_fraction(seconds: float, shown: int | None) -> None:
    assert PhotoMetadata("x.jpg", exposure_time=float(seconds)).shutter_denominator == shown


def test_unreadable_file_raises_decode_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("not a photo")
    with pytest.raises(ImageDecodeError):
        read_photo_metadata(path)


def test_library_serves_metadata_and_falls_back_to_the_catalog(tiny_library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "cam"
    shot = write_camera_jpeg(folder / "shot.jpg")
    tiny_library.add_folder(folder)
    for _ in tiny_library.index():
        pass
    (record,) = tiny_library.browse()
    meta = tiny_library.photo_metadata(record.id)
    assert meta is not None and meta.camera == "Canon EOS 5D Mark IV" and meta.has_location
    assert tiny_library.photo_metadata(record.id + 1000) is None
    shot.unlink()  # gone from disk: the catalog still knows its pixels and size
    gone = tiny_library.photo_metadata(record.id)
    assert gone is not None and gone.camera is None and (gone.width, gone.height, gone.file_size) == (80, 120, record.size)

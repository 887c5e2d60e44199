"""Display names of the built-in tag sets: their names, descriptions and labels in the UI language.

The starter sets (``photoclip/resources/tagsets/*.toml``) are English, and
their labels must stay so in the core: a label is the text CLIP reads (the
templates put it into "a photo of {}."), and the catalog, the CLI and
exported files name albums by it. So the core is never told about
translations; the GUI shows a built-in set's name, description and album
names through this table instead, and writes the stored text back unchanged.

A set counts as built-in by its name (case-insensitively, as the library
compares names), and a label by that set's list: a label the user added to
"Scenes", a renamed set, a user's own set, and a description the user edited
are the user's text and are shown as they are.

``tests/gui/test_translations.py`` checks that this table matches the
``.toml`` files, so a label added there cannot go untranslated unnoticed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from photoclip.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BuiltinTagSets"


class _Builtin(NamedTuple):
    name: str
    description: str
    labels: tuple[str, ...]


# Each string is the exact English text of the .toml file; QT_TRANSLATE_NOOP
# only marks it for pyside6-lupdate. Comments starting with "#:" reach the
# translators (they pin down words such as "mouse" that COCO means one way).
BUILTIN_SETS: tuple[_Builtin, ...] = (
    # photoclip/resources/tagsets/scenes.toml
    _Builtin(
        QT_TRANSLATE_NOOP("BuiltinTagSets", "Scenes"),
        QT_TRANSLATE_NOOP("BuiltinTagSets", "Where the photo was taken. At most one scene per photo."),
        (
            QT_TRANSLATE_NOOP("BuiltinTagSets", "beach"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "mountains"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "city street"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "forest"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "snow"),
            #: Scenes: a photo taken inside a building
            QT_TRANSLATE_NOOP("BuiltinTagSets", "indoors"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "countryside"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "lake or river"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "desert"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "park or garden"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "sea"),
        ),
    ),
    # photoclip/resources/tagsets/subjects.toml
    _Builtin(
        QT_TRANSLATE_NOOP("BuiltinTagSets", "Subjects"),
        QT_TRANSLATE_NOOP("BuiltinTagSets", "What the photo shows. A photo can have several subjects, or none."),
        (
            QT_TRANSLATE_NOOP("BuiltinTagSets", "people"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "pets"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "food"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "documents and screenshots"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "vehicles"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "plants and flowers"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "buildings"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "wild animals"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "babies and children"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "art"),
        ),
    ),
    # photoclip/resources/tagsets/events.toml
    _Builtin(
        QT_TRANSLATE_NOOP("BuiltinTagSets", "Events"),
        QT_TRANSLATE_NOOP("BuiltinTagSets", "What was happening. Most photos get none."),
        (
            QT_TRANSLATE_NOOP("BuiltinTagSets", "birthday"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "wedding"),
            #: Events: a band or musician playing live
            QT_TRANSLATE_NOOP("BuiltinTagSets", "concert"),
            #: Events: a game or match being played
            QT_TRANSLATE_NOOP("BuiltinTagSets", "sports"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "graduation"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "christmas"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "party"),
            #: Events: people walking on trails
            QT_TRANSLATE_NOOP("BuiltinTagSets", "hiking"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "travel"),
        ),
    ),
    # photoclip/resources/tagsets/coco.toml
    _Builtin(
        QT_TRANSLATE_NOOP("BuiltinTagSets", "COCO objects"),
        QT_TRANSLATE_NOOP("BuiltinTagSets", "The 80 object categories of COCO; for evaluation against labelled photos."),
        (
            QT_TRANSLATE_NOOP("BuiltinTagSets", "person"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bicycle"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "car"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "motorcycle"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "airplane"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bus"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "train"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "truck"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "boat"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "traffic light"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "fire hydrant"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "stop sign"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "parking meter"),
            #: COCO: the seat
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bench"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bird"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "cat"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "dog"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "horse"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "sheep"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "cow"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "elephant"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bear"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "zebra"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "giraffe"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "backpack"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "umbrella"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "handbag"),
            #: COCO: the necktie
            QT_TRANSLATE_NOOP("BuiltinTagSets", "tie"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "suitcase"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "frisbee"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "skis"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "snowboard"),
            #: COCO: any ball used in a sport
            QT_TRANSLATE_NOOP("BuiltinTagSets", "sports ball"),
            #: COCO: the toy kite flown on a string
            QT_TRANSLATE_NOOP("BuiltinTagSets", "kite"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "baseball bat"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "baseball glove"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "skateboard"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "surfboard"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "tennis racket"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bottle"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "wine glass"),
            #: COCO: a cup or mug
            QT_TRANSLATE_NOOP("BuiltinTagSets", "cup"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "fork"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "knife"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "spoon"),
            #: COCO: the dish
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bowl"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "banana"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "apple"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "sandwich"),
            #: COCO: the fruit
            QT_TRANSLATE_NOOP("BuiltinTagSets", "orange"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "broccoli"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "carrot"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "hot dog"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "pizza"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "donut"),
            #: COCO: the sweet food
            QT_TRANSLATE_NOOP("BuiltinTagSets", "cake"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "chair"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "couch"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "potted plant"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "bed"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "dining table"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "toilet"),
            #: COCO: a television set
            QT_TRANSLATE_NOOP("BuiltinTagSets", "tv"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "laptop"),
            #: COCO: the computer mouse
            QT_TRANSLATE_NOOP("BuiltinTagSets", "mouse"),
            #: COCO: the remote control
            QT_TRANSLATE_NOOP("BuiltinTagSets", "remote"),
            #: COCO: the computer keyboard
            QT_TRANSLATE_NOOP("BuiltinTagSets", "keyboard"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "cell phone"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "microwave"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "oven"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "toaster"),
            #: COCO: the kitchen or bathroom sink
            QT_TRANSLATE_NOOP("BuiltinTagSets", "sink"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "refrigerator"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "book"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "clock"),
            #: COCO: the flower vase
            QT_TRANSLATE_NOOP("BuiltinTagSets", "vase"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "scissors"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "teddy bear"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "hair drier"),
            QT_TRANSLATE_NOOP("BuiltinTagSets", "toothbrush"),
        ),
    ),
)

_BY_NAME = {s.name.casefold(): s for s in BUILTIN_SETS}
_LABELS = {s.name.casefold(): {label.casefold(): label for label in s.labels} for s in BUILTIN_SETS}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def set_name(name: str) -> str:
    """How a tag set's name is shown: a built-in set's in the UI language, any other as the user wrote it."""
    builtin = _BY_NAME.get(name.casefold())
    return _tr(builtin.name) if builtin is not None else name


def set_names(text: str) -> str:
    """:func:`set_name` for each name of a comma-separated list (the core's progress events name several sets so)."""
    return ", ".join(set_name(part) for part in text.split(", "))


def set_description(name: str, description: str) -> str:
    """A set's description as shown: a built-in set's own text translated; an edited one as it is."""
    builtin = _BY_NAME.get(name.casefold())
    if builtin is not None and description.strip() == builtin.description:
        return _tr(builtin.description)
    return description


def tag_label(tagset: str, label: str) -> str:
    """How an album (a tag of ``tagset``) is named: a built-in label in the UI language, any other as it is."""
    source = _LABELS.get(tagset.casefold(), {}).get(label.casefold())
    return _tr(source) if source is not None else label


def album_name(tagset: str, label: str) -> str:
    """An album's full name as shown: ``Set › label``."""
    return f"{set_name(tagset)} › {tag_label(tagset, label)}"

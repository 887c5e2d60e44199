"""A small synthetic world: scenes of coloured shapes, their pictures and their captions.

The world is what the ``shapes-world`` model is trained on, and what the tests
of meaning and ``photoclip demo`` photograph. Everything is deterministic: a
scene comes from a seed, its picture from the scene, and its captions (in
English, Spanish and Portuguese, with their grammatical agreement) from the
scene too.

Objects are drawn inside the central square of the picture, so that the
model's centre crop of a camera-shaped (4:3) photo still sees all of them.
Arrows point somewhere, so orientation matters: a photo stored sideways with
an EXIF orientation tag only reads "pointing up" when the tag is honoured.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw

Shape = Literal["circle", "square", "triangle", "arrow"]
Colour = Literal["red", "green", "blue", "yellow"]
Background = Literal["white", "black", "gray", "purple"]
Texture = Literal["plain", "stripes", "dots"]
Direction = Literal["up", "down", "left", "right"]
Language = Literal["en", "es", "pt"]

SHAPES: tuple[Shape, ...] = ("circle", "square", "triangle", "arrow")
COLOURS: tuple[Colour, ...] = ("red", "green", "blue", "yellow")
BACKGROUNDS: tuple[Background, ...] = ("white", "black", "gray", "purple")
TEXTURES: tuple[Texture, ...] = ("plain", "stripes", "dots")
DIRECTIONS: tuple[Direction, ...] = ("up", "down", "left", "right")
LANGUAGES: tuple[Language, ...] = ("en", "es", "pt")

_RGB: dict[str, tuple[int, int, int]] = {
    "red": (220, 30, 30),
    "green": (30, 170, 50),
    "blue": (30, 60, 220),
    "yellow": (240, 210, 20),
    "white": (245, 245, 245),
    "black": (15, 15, 15),
    "gray": (128, 128, 128),
    "purple": (120, 40, 140),
}


@dataclass(frozen=True)
class Scene:
    """What one picture shows.

    Attributes:
        shape: The kind of every object in the picture (one kind per picture).
        colour: Their colour.
        count: How many there are (1 to 3).
        large: True for large objects, False for small ones.
        background: The background colour.
        texture: The background's pattern.
        direction: Where the arrows point (only meaningful for ``arrow``).
        seed: Places the objects and jitters the colours; same seed, same picture.
    """

    shape: Shape
    colour: Colour
    count: int
    large: bool
    background: Background
    texture: Texture
    direction: Direction
    seed: int


def random_scene(rng: random.Random) -> Scene:
    """Draw a scene uniformly over the world's attributes."""
    return Scene(
        shape=rng.choice(SHAPES),
        colour=rng.choice(COLOURS),
        count=rng.randint(1, 3),
        large=rng.random() < 0.5,
        background=rng.choice(BACKGROUNDS),
        texture=rng.choice(TEXTURES),
        direction=rng.choice(DIRECTIONS),
        seed=rng.randrange(2**31),
    )


def scenes(count: int, seed: int) -> list[Scene]:
    """``count`` scenes drawn from ``seed`` (the same list on every machine)."""
    rng = random.Random(seed)
    return [random_scene(rng) for _ in range(count)]


# ------------------------------------------------------------------ pictures


def render(scene: Scene, size: tuple[int, int] = (256, 256)) -> Image.Image:
    """The RGB picture of ``scene`` at ``size`` (width, height), upright.

    Objects are placed without overlapping inside the central square, so the
    model's centre crop sees all of them at any aspect ratio.
    """
    width, height = size
    rng = random.Random(scene.seed)
    image = Image.new("RGB", size, _jitter(_RGB[scene.background], rng, 12))
    draw = ImageDraw.Draw(image)
    _draw_texture(draw, scene, size, rng)
    side = min(width, height)
    left, top = (width - side) // 2, (height - side) // 2
    radius = side * (0.15 if scene.large else 0.09)
    centres = _place(scene.count, radius, side, rng)
    colour = _jitter(_RGB[scene.colour], rng, 18)
    for cx, cy in centres:
        _draw_shape(draw, scene, left + cx, top + cy, radius, colour)
    return image


def _jitter(rgb: tuple[int, int, int], rng: random.Random, amount: int) -> tuple[int, int, int]:
    r, g, b = (min(255, max(0, c + rng.randint(-amount, amount))) for c in rgb)
    return r, g, b


def _draw_texture(draw: ImageDraw.ImageDraw, scene: Scene, size: tuple[int, int], rng: random.Random) -> None:
    width, height = size
    base = _RGB[scene.background]
    # A pattern a little lighter or darker than the background: texture, not an object.
    shade = tuple(min(255, max(0, c + (40 if sum(base) < 380 else -40))) for c in base)
    step = max(4, min(width, height) // 12)
    if scene.texture == "stripes":
        for x in range(-height, width, step * 2):
            draw.line([(x, 0), (x + height, height)], fill=shade, width=max(1, step // 2))
    elif scene.texture == "dots":
        for _ in range(int(width * height / (step * step) * 0.6)):
            x, y = rng.randrange(width), rng.randrange(height)
            r = max(1, step // 6)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=shade)


def _place(count: int, radius: float, side: int, rng: random.Random) -> list[tuple[float, float]]:
    margin = radius * 1.15
    centres: list[tuple[float, float]] = []
    for _ in range(400):
        if len(centres) == count:
            break
        c = (rng.uniform(margin, side - margin), rng.uniform(margin, side - margin))
        if all(math.dist(c, o) > 2.3 * radius for o in centres):
            centres.append(c)
    while len(centres) < count:  # crowded: fall back to a row, still inside the square
        centres.append((side * (len(centres) + 1) / (count + 1), side / 2))
    return centres


def _draw_shape(
    draw: ImageDraw.ImageDraw, scene: Scene, cx: float, cy: float, r: float, colour: tuple[int, int, int]
) -> None:
    if scene.shape == "circle":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)
    elif scene.shape == "square":
        s = r * 0.85
        draw.rectangle([cx - s, cy - s, cx + s, cy + s], fill=colour)
    elif scene.shape == "triangle":
        draw.polygon([(cx, cy - r), (cx + r * 0.95, cy + r * 0.8), (cx - r * 0.95, cy + r * 0.8)], fill=colour)
    else:
        draw.polygon([_rotate(p, scene.direction, cx, cy) for p in _arrow_points(r)], fill=colour)


def _arrow_points(r: float) -> list[tuple[float, float]]:
    """An arrow pointing up, centred on the origin: a head and a shaft."""
    head, shaft = r * 0.75, r * 0.3
    return [
        (0, -r), (head, -r + head), (shaft, -r + head), (shaft, r),
        (-shaft, r), (-shaft, -r + head), (-head, -r + head),
    ]


def _rotate(p: tuple[float, float], direction: Direction, cx: float, cy: float) -> tuple[float, float]:
    x, y = p
    if direction == "down":
        x, y = -x, -y
    elif direction == "left":
        x, y = y, -x
    elif direction == "right":
        x, y = -y, x
    return cx + x, cy + y


# ------------------------------------------------------------------ captions

# count -> word, or {gender: word} where the number agrees
_NUMBERS: dict[str, dict[int, str | dict[str, str]]] = {
    "en": {1: "one", 2: "two", 3: "three"},
    "es": {1: {"m": "un", "f": "una"}, 2: "dos", 3: "tres"},
    "pt": {1: {"m": "um", "f": "uma"}, 2: {"m": "dois", "f": "duas"}, 3: "três"},
}
# (singular, plural, grammatical gender)
_NOUNS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {"circle": ("circle", "circles", "m"), "square": ("square", "squares", "m"),
           "triangle": ("triangle", "triangles", "m"), "arrow": ("arrow", "arrows", "f")},
    "es": {"circle": ("círculo", "círculos", "m"), "square": ("cuadrado", "cuadrados", "m"),
           "triangle": ("triángulo", "triángulos", "m"), "arrow": ("flecha", "flechas", "f")},
    "pt": {"circle": ("círculo", "círculos", "m"), "square": ("quadrado", "quadrados", "m"),
           "triangle": ("triângulo", "triângulos", "m"), "arrow": ("seta", "setas", "f")},
}
# colour -> {(gender, plural): word}
_ADJECTIVES: dict[str, dict[str, dict[tuple[str, bool], str]]] = {
    "en": {c: {(g, p): c for g in "mf" for p in (False, True)} for c in (*COLOURS, *BACKGROUNDS)},
    "es": {
        "red": {("m", False): "rojo", ("f", False): "roja", ("m", True): "rojos", ("f", True): "rojas"},
        "green": {("m", False): "verde", ("f", False): "verde", ("m", True): "verdes", ("f", True): "verdes"},
        "blue": {("m", False): "azul", ("f", False): "azul", ("m", True): "azules", ("f", True): "azules"},
        "yellow": {("m", False): "amarillo", ("f", False): "amarilla", ("m", True): "amarillos", ("f", True): "amarillas"},
        "white": {("m", False): "blanco", ("f", False): "blanca", ("m", True): "blancos", ("f", True): "blancas"},
        "black": {("m", False): "negro", ("f", False): "negra", ("m", True): "negros", ("f", True): "negras"},
        "gray": {("m", False): "gris", ("f", False): "gris", ("m", True): "grises", ("f", True): "grises"},
        "purple": {("m", False): "morado", ("f", False): "morada", ("m", True): "morados", ("f", True): "moradas"},
    },
    "pt": {
        "red": {("m", False): "vermelho", ("f", False): "vermelha", ("m", True): "vermelhos", ("f", True): "vermelhas"},
        "green": {("m", False): "verde", ("f", False): "verde", ("m", True): "verdes", ("f", True): "verdes"},
        "blue": {("m", False): "azul", ("f", False): "azul", ("m", True): "azuis", ("f", True): "azuis"},
        "yellow": {("m", False): "amarelo", ("f", False): "amarela", ("m", True): "amarelos", ("f", True): "amarelas"},
        "white": {("m", False): "branco", ("f", False): "branca", ("m", True): "brancos", ("f", True): "brancas"},
        "black": {("m", False): "preto", ("f", False): "preta", ("m", True): "pretos", ("f", True): "pretas"},
        "gray": {("m", False): "cinza", ("f", False): "cinza", ("m", True): "cinza", ("f", True): "cinza"},
        "purple": {("m", False): "roxo", ("f", False): "roxa", ("m", True): "roxos", ("f", True): "roxas"},
    },
}
# large -> {(gender, plural): word}
_SIZES: dict[str, dict[bool, dict[tuple[str, bool], str]]] = {
    "en": {large: {(g, p): word for g in "mf" for p in (False, True)} for large, word in ((True, "large"), (False, "small"))},
    "es": {True: {(g, p): ("grandes" if p else "grande") for g in "mf" for p in (False, True)},
           False: {("m", False): "pequeño", ("f", False): "pequeña", ("m", True): "pequeños", ("f", True): "pequeñas"}},
    "pt": {True: {(g, p): ("grandes" if p else "grande") for g in "mf" for p in (False, True)},
           False: {("m", False): "pequeno", ("f", False): "pequena", ("m", True): "pequenos", ("f", True): "pequenas"}},
}
_POINTING = {
    "en": {"up": "pointing up", "down": "pointing down", "left": "pointing left", "right": "pointing right"},
    "es": {"up": "hacia arriba", "down": "hacia abajo", "left": "hacia la izquierda", "right": "hacia la derecha"},
    "pt": {"up": "para cima", "down": "para baixo", "left": "para a esquerda", "right": "para a direita"},
}
_BACKGROUND = {"en": "on a {0} background", "es": "sobre un fondo {0}", "pt": "sobre um fundo {0}"}


def caption(scene: Scene, language: Language = "en", *, detail: int = 3, with_size: bool = False) -> str:
    """A caption of ``scene`` in ``language``.

    Args:
        scene: The scene.
        language: ``en``, ``es`` or ``pt``.
        detail: 1 names the colour and shape only ("red circles"), 2 adds the
            count, 3 adds the background too.
        with_size: Also say "large" or "small".

    Returns:
        The caption, e.g. "two red circles on a blue background",
        "dos círculos rojos sobre un fondo azul".
    """
    singular, plural, gender = _NOUNS[language][scene.shape]
    many = scene.count > 1
    noun = plural if many else singular
    colour = _ADJECTIVES[language][scene.colour][(gender, many)]
    words: list[str] = []
    if detail >= 2:
        number = _NUMBERS[language][scene.count]
        words.append(number[gender] if isinstance(number, dict) else number)
    if language == "en":
        if with_size:
            words.append(_SIZES["en"][scene.large][(gender, many)])
        words += [colour, noun]
    else:
        words += [noun, colour]
        if with_size:
            words.append(_SIZES[language][scene.large][(gender, many)])
    if scene.shape == "arrow":
        pointing = _POINTING[language][scene.direction]
        if language == "es":
            pointing = ("que apuntan " if many else "que apunta ") + pointing
        elif language == "pt":
            pointing = "apontando " + pointing
        words.append(pointing)
    if detail >= 3:
        background = _ADJECTIVES[language][scene.background][("m", False)]
        words.append(_BACKGROUND[language].format(background))
    return " ".join(words)


def captions(scene: Scene, rng: random.Random | None = None) -> list[str]:
    """Several captions of ``scene`` in every language, for training (varied detail and size)."""
    rng = rng or random.Random(scene.seed)
    out = []
    for language in LANGUAGES:
        for detail in (1, 2, 3):
            out.append(caption(scene, language, detail=detail, with_size=rng.random() < 0.3))
    return out


def save_photo(
    scene: Scene,
    path: Path,
    size: tuple[int, int] = (800, 600),
    *,
    orientation: int | None = None,
) -> Path:
    """Write ``scene``'s picture to ``path`` (JPEG, PNG or HEIC by the suffix).

    Args:
        scene: What to draw.
        path: Where; parent folders are created.
        size: The upright picture's (width, height).
        orientation: An EXIF orientation to store the picture with (6: stored
            turned a quarter left, to be shown turned right; 8: the reverse;
            3: upside down). The pixels are stored turned so that a viewer that
            honours the tag shows the upright picture. JPEG only.

    Returns:
        ``path``.
    """
    picture = render(scene, size)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix in (".heic", ".heif"):
        import pillow_heif

        pillow_heif.register_heif_opener()
    if orientation is None:
        picture.save(path, quality=90) if suffix in (".jpg", ".jpeg") else picture.save(path)
        return path
    if suffix not in (".jpg", ".jpeg"):
        raise ValueError("an EXIF orientation is only written to JPEG files")
    # What exif_transpose undoes for each tag.
    stored = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    picture.transpose(stored).save(path, quality=90, exif=exif)
    return path

"""Exploring the library: a map of its photos placed by meaning, with regions named by words.

``projection.py`` places embeddings in 2-D (PCA at once, t-SNE in the
background, new photos beside their neighbours), ``regions.py`` cuts the map
into regions, finds the photos inside a rectangle or a lasso and picks words
for regions from a pluggable word source, ``cache.py`` keeps maps in the
library's home, ``records.py`` has the values handed out, and
:class:`ExploreMap` (what ``Library.explore`` hands out) ties them to one
library. openTSNE is imported only when a map is computed.
"""

from photoclip.core.explore.manager import ExploreMap
from photoclip.core.explore.records import MapLayout, MapMethod, MapPhase, MapProgress, MapRect, Region, RegionWord
from photoclip.core.explore.regions import WordSource, fixed_words

__all__ = [
    "ExploreMap",
    "MapLayout",
    "MapMethod",
    "MapPhase",
    "MapProgress",
    "MapRect",
    "Region",
    "RegionWord",
    "WordSource",
    "fixed_words",
]

"""Albums of the user's own making, and favourites: which photos the user put where, kept in the catalog.

Unlike the albums of tag sets (``core/tagsets/``), which a model fills, these
hold exactly what the user added. ``schema.py`` has the tables, ``store.py``
all their SQL, ``records.py`` the values handed out.
"""

from photoclip.core.albums.records import UserAlbum

__all__ = ["UserAlbum"]

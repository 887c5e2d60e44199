"""A photo's own words: its captions, its file and folder names and the names of its albums, searchable with SQLite FTS5.

``schema.py`` has the full-text table and the triggers that keep it in step
with captions, paths and albums; ``matching.py`` turns a description into an
FTS5 query and reads the matching photos, best first. Nothing is imported
here: the storage package reads ``schema.py`` while the catalog module is
still loading.
"""

"""Indexing: scan the library folders, watch them, embed new photos (the pipeline), and the background service's jobs."""

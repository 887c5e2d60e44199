"""Storage: the SQLite catalog (the truth), its schema and records, the hnswlib vector cache, the writer lock."""

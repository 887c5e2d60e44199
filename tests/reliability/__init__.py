"""Reliability: bad input, crashes, corruption, concurrent use and untrusted files lose nothing (issue #8)."""

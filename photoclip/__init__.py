"""photoclip: an offline desktop photo organizer that understands what is in a picture."""

__version__ = "0.1.0"

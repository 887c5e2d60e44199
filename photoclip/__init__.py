"""photoclip: an offline desktop photo organizer that understands what is in a picture."""

import os as _os

__version__ = "0.1.0"

# The model's OpenMP threads share the cores with the threads that decode
# photos ahead of it. OpenMP's default lets idle threads spin, which starves
# the decoders; letting them sleep made the first index run of a process
# about 3x faster on a 2-core machine (ViT-B-32 bf16, 48 12 MP photos,
# the bench's pipeline run: 9-13 -> 28-38 photos/s) and left encode-only
# speed unchanged within noise. It must
# be set before torch loads its OpenMP runtime, hence here; a value the user
# set wins.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

"""Which CLIP models photoclip can use, where their weights come from, and how they are loaded.

See :mod:`photoclip.core.models.registry` for the registry and its data.
"""

from photoclip.core.models.progress import ModelPhase, ModelProgress, ModelProgressCallback
from photoclip.core.models.registry import (
    DEFAULT_HF_ENDPOINT,
    ModelRegistry,
    ModelSpec,
    hub_url,
    load_open_clip,
    register_model_configs,
)

__all__ = [
    "DEFAULT_HF_ENDPOINT",
    "ModelPhase",
    "ModelProgress",
    "ModelProgressCallback",
    "ModelRegistry",
    "ModelSpec",
    "hub_url",
    "load_open_clip",
    "register_model_configs",
]

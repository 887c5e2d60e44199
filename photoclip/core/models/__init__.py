"""Which CLIP models photoclip can use, where their weights come from, and how they are loaded.

- :mod:`~photoclip.core.models.spec`: :class:`ModelSpec` and the registry data;
- :mod:`~photoclip.core.models.registry`: :class:`ModelRegistry`, where each model's files are,
  verified, downloaded, imported and exported;
- :mod:`~photoclip.core.models.download`: the Hugging Face hub and its cache;
- :mod:`~photoclip.core.models.checkpoints`: reading weights safely, model archives;
- :mod:`~photoclip.core.models.loader`: open_clip's loader over local files;
- :mod:`~photoclip.core.models.embedder`: the model behind the indexer and search;
- :mod:`~photoclip.core.models.progress`: how all of it reports progress.
"""

from photoclip.core.models.download import DEFAULT_HF_ENDPOINT, hf_cache_dir, hub_url
from photoclip.core.models.loader import load_open_clip, register_model_configs
from photoclip.core.models.progress import ModelPhase, ModelProgress, ModelProgressCallback
from photoclip.core.models.registry import ModelRegistry
from photoclip.core.models.spec import ModelSpec

__all__ = [
    "DEFAULT_HF_ENDPOINT",
    "ModelPhase",
    "ModelProgress",
    "ModelProgressCallback",
    "ModelRegistry",
    "ModelSpec",
    "hf_cache_dir",
    "hub_url",
    "load_open_clip",
    "register_model_configs",
]

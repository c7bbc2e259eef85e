"""feudcli: actors, a timeline and claims from a folder of news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["analyze", "__version__"]

if TYPE_CHECKING:
    from .analysis import analyze


def __getattr__(name: str):
    # The analysis stack (and spaCy) loads only when first used.
    if name == "analyze":
        from .analysis import analyze

        return analyze
    raise AttributeError(name)

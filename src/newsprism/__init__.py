"""newsprism: one story, many sources, many languages.

Read news articles, group the ones that report the same story across outlets
and languages, and show what the sources agree on, add, omit and dispute.

Public API::

    import newsprism
    engine = newsprism.Engine("newsprism.db")
    engine.add(["articles/"])
    for story in engine.stories(): ...
    newsprism.analyze("Le président a déclaré ...")
    newsprism.compare(text_a, text_b)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Engine", "__version__", "analyze", "compare"]

if TYPE_CHECKING:
    from newsprism.api_python import analyze, compare
    from newsprism.engine import Engine


def __getattr__(name: str) -> Any:
    # Imported lazily: the models behind these load in seconds, `import newsprism` should not.
    if name == "Engine":
        from newsprism.engine import Engine

        return Engine
    if name in ("analyze", "compare"):
        from newsprism import api_python

        return getattr(api_python, name)
    raise AttributeError(f"module 'newsprism' has no attribute {name!r}")
